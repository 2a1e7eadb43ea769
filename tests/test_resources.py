import pytest

from marsad import resources
from marsad.resources import ResourceError, abbreviations, clitic_guard, clitic_stems


def test_bundled_word_lists_load():
    assert "د" in abbreviations()
    assert "باكو" in clitic_guard()
    assert "قوات" in clitic_stems()


def test_duplicates_and_bad_headers_are_rejected(monkeypatch):
    def fake_lines(name):
        return iter([(1, "قوات"), (2, "قوّات")])

    monkeypatch.setattr(resources, "_lines", fake_lines)
    with pytest.raises(ResourceError, match=r"x\.txt:2: duplicate entry"):
        resources.read_word_list("x.txt")

    monkeypatch.setattr(resources, "_lines", lambda name: iter([(1, "phrase\tsector")]))
    with pytest.raises(ResourceError, match="header lacks columns"):
        resources.read_table("t.tsv", ("phrase", "country"))

    monkeypatch.setattr(
        resources, "_lines", lambda name: iter([(1, "phrase\tsector"), (3, "جيش\t")])
    )
    with pytest.raises(ResourceError, match=r"t\.tsv:3: empty required cells"):
        resources.read_table("t.tsv", ("phrase", "sector"))


def test_lexicon_modes_are_the_plover_manuals():
    from marsad.events.lexicon import check_mode, plover_modes

    assert plover_modes()["SANCTION"] == {"convict", "expel", "withdraw", "discontinue"}
    assert plover_modes()["COOPERATE"] == frozenset()
    check_mode("x", "ASSAULT", "drone")
    with pytest.raises(ResourceError, match="not a PLOVER mode of SANCTION"):
        check_mode("triggers.tsv:9", "SANCTION", "embargo")
