import pytest

from marsad.text.clitics import segment, stem_candidates
from marsad.text.normalize import normalize_key


def seg(word: str) -> tuple[tuple[str, ...], str, str]:
    result = segment(normalize_key(word))
    return result.proclitics, result.stem, result.enclitic


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالمدفعية", (("و", "ب", "ال"), "مدفعيه", "")),
        ("فللجيش", (("ف", "ل", "ال"), "جيش", "")),
        ("وسيتوجه", (("و", "س"), "يتوجه", "")),
        ("والقوات", (("و", "ال"), "قوات", "")),
        ("وقواتها", (("و",), "قوات", "ها")),
        ("لمواقعه", (("ل",), "مواقع", "ه")),
        ("بالقول", (("ب", "ال"), "قول", "")),
        ("وأكد", (("و",), "اكد", "")),
        ("وباكو", (("و",), "باكو", "")),
        ("جيشنا", ((), "جيش", "نا")),
        ("وحكومتهم", (("و",), "حكومت", "هم")),  # ة written ت before the pronoun
    ],
)
def test_segments(word, expected):
    assert seg(word) == expected


@pytest.mark.parametrize(
    "word", ["باكو", "بلينكن", "كابول", "ليبيا", "لبنان", "واشنطن", "وزير", "ألمانيا", "باشنيان"]
)
def test_guarded_and_unknown_names_are_not_cut(word):
    proclitics, stem, enclitic = seg(word)
    assert (proclitics, enclitic) == ((), "")
    assert stem == normalize_key(word)


def test_future_particle_only_before_imperfect_prefix():
    # "وسلام" is و + سلام, never و + س + لام.
    assert seg("وسلام") == (("و",), "سلام", "")


def test_stem_offsets():
    result = segment(normalize_key("وبالمدفعية"))
    assert normalize_key("وبالمدفعية")[result.stem_start : result.stem_end] == "مدفعيه"


def test_stem_candidates_try_the_whole_word_first():
    assert stem_candidates("باكو")[0] == "باكو"
    assert "باكو" in stem_candidates("وباكو")
    assert "مدفعيه" in stem_candidates("وبالمدفعيه")


def test_a_guarded_word_offers_no_shorter_stem():
    from marsad.text.clitics import stem_candidates

    assert stem_candidates("وزاره") == ("وزاره",)  # ministry, not و + زارة (visited)
    assert stem_candidates("وبحث")[:2] == ("وبحث", "بحث")
