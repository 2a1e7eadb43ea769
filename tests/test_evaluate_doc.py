"""`marsad eval doc`: one article or a folder of articles against reference readings."""

import json
import shutil
from pathlib import Path

import pytest

from marsad.cli import main

DOCS = Path(__file__).parent / "data" / "docs"


def evaluate(capsys, *args):
    code = main(["eval", "doc", *map(str, args)])
    return code, capsys.readouterr().out


def evaluate_reading(tmp_path, capsys, text, about, **sections):
    """Score ``text`` against a reading made of ``sections`` (the others empty)."""
    (tmp_path / "un.txt").write_text(text, "utf-8")
    gold = {
        "about": about,
        "document": {"file": "un.txt", "published": "2024-03-04", "language": "ar"},
        **{k: [] for k in ("events", "entities", "places", "times", "claims", "contradictions")},
        **sections,
    }
    (tmp_path / "un.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return evaluate(capsys, "--gold", tmp_path / "un.gold.json", "--text", tmp_path / "un.txt")


def test_one_article_scores_every_section(capsys):
    code, out = evaluate(
        capsys, "--gold", DOCS / "cairo-talks.gold.json", "--text", DOCS / "cairo-talks.txt"
    )
    assert code == 0
    assert "E1   CONSULT  line  0  E1 parties=ok date=ok mode=ok" in out
    assert "E3   ASSAULT  line  2" in out and "mode=ok" in out.split("E3   ASSAULT")[1]
    assert "entities with gold country and sector: 5/5" in out
    assert "times with the gold value: 2/2" in out
    assert "claims with gold speaker country and relay: 2/2" in out


def test_folder_sums_the_sections(tmp_path, capsys):
    for name in ("cairo-talks.txt", "cairo-talks.gold.json"):
        shutil.copy(DOCS / name, tmp_path / name)
    # a second reading of the same article under another name: every total doubles
    gold = json.loads((DOCS / "cairo-talks.gold.json").read_text("utf-8"))
    gold["document"]["file"] = "copy.txt"
    (tmp_path / "copy.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    shutil.copy(DOCS / "cairo-talks.txt", tmp_path / "copy.txt")
    code, out = evaluate(capsys, "--dir", tmp_path)
    assert code == 0
    assert "2 articles" in out
    totals = {line.split()[0]: line.split()[-1] for line in out.splitlines()[-6:]}
    assert out.count("entities 5/5") == 2
    assert "  entities          10/10   1.00" in out
    assert "  times              4/4    1.00" in out
    assert totals["contradictions"] == "-"


def test_folder_errors(tmp_path, capsys):
    with pytest.raises(SystemExit):
        evaluate(capsys, "--dir", tmp_path)  # no readings in it
    assert "no *.gold.json" in capsys.readouterr().err
    (tmp_path / "lost.gold.json").write_text('{"document": {}}', "utf-8")
    with pytest.raises(SystemExit):
        evaluate(capsys, "--dir", tmp_path)
    assert "no article lost.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        evaluate(capsys, "--dir", tmp_path / "missing")
    with pytest.raises(SystemExit):
        evaluate(capsys)  # neither --gold/--text nor --dir


def test_a_reading_in_cameo_sectors(tmp_path, capsys):
    text = (
        "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش لوكالة رويترز إن منظمة العفو الدولية"
        " تتابع الوضع."
    )
    entities = [
        {"text": "أنطونيو غوتيريش", "type": "PERSON", "country": None, "sector": "IGO"},
        {"text": "منظمة العفو الدولية", "type": "ORG", "country": None, "sector": "NGO"},
        {"text": "الأمم المتحدة", "type": "ORG", "country": None, "sector": "MIL"},
        {"text": "وكالة رويترز", "type": "ORG", "country": "GBR", "sector": "MED"},
    ]
    code, out = evaluate_reading(
        tmp_path, capsys, text, "IGO and NGO given as sectors, as some readings do",
        entities=entities,
    )  # fmt: skip
    assert code == 0
    # matched through the codes IGOUNO and NGOAMN, and CAMEO's MED (media) as PLOVER's JRN; a
    # wrong functional sector still misses
    assert "entities with gold country and sector: 3/4" in out
    assert "missed entity الأمم المتحدة" in out


def test_international_actors_of_events_are_matched_through_their_codes(tmp_path, capsys):
    text = (
        "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف الليبية إلى وقف القتال.\n"
        "وطالب الاتحاد الأوروبي الحكومة الليبية بحماية المدنيين.\n"
        "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن القتال يجب أن يتوقف."
    )
    claims = [{"id": "C1", "line": 2, "speaker": "المتحدث", "speaker_country": "UNO"}]
    events = [
        {"id": "E1", "line": 0, "hint": "دعا", "type": "REQUEST", "actors": ["UNO"]},
        {"id": "E2", "line": 1, "hint": "وطالب", "type": "REQUEST", "actors": ["EUR"]},
        {"id": "E3", "line": 1, "hint": "وطالب", "type": "REQUEST", "actors": ["UNO"]},
    ]
    code, out = evaluate_reading(
        tmp_path, capsys, text, "PLOVER's UNO / EUR / IGO codes in the country lists of events",
        claims=claims, events=events,
    )  # fmt: skip
    assert code == 0
    # IGOUNO is the UN's, IGOEEC the EU's; the EU is no UN body
    assert "events: 2/3 non-optional gold events" in out
    assert "claims with gold speaker country and relay: 1/1" in out


def test_a_time_is_found_when_its_span_is_inside_the_readings_or_around_it(tmp_path, capsys):
    code, out = evaluate_reading(
        tmp_path,
        capsys,
        "ويشهد البلد نزاعاً منذ عام 2011، وعاد الوفد إلى العاصمة أمس الأحد.",
        "two times, one with its preposition",
        times=[
            {"line": 0, "text": "منذ عام 2011", "value": "2011"},  # Marsad: "عام 2011"
            {"line": 0, "text": "أمس الأحد", "value": "2024-03-03"},
            {"line": 0, "text": "العاصمة", "value": "2012"},  # no such time
        ],
    )
    assert code == 0
    assert "times with the gold value: 2/3" in out
    assert "  with the reading's whole span: 1/3" in out
    assert "missed time العاصمة → 2012" in out


def test_calls_split_by_coordination_match_one_reading_with_all_partners(tmp_path, capsys):
    text = (
        "وأجرى وزير الخارجية الأمريكي سلسلة اتصالات هاتفية مع نظرائه في بريطانيا وألمانيا والصين."
    )
    event = {"id": "E1", "line": 0, "hint": "سلسلة اتصالات هاتفية", "type": "CONSULT"}
    event |= {"actors": ["USA"], "recipients": ["GBR", "DEU", "CHN"]}
    code, out = evaluate_reading(tmp_path, capsys, text, "split calls", events=[event])
    assert code == 0
    # three CONSULT events, one per partner, are the one call round of the reading
    assert "events: 1/1 non-optional gold events" in out
    assert "3/3 Marsad events match a gold event" in out
    # a partner the split events do not name is still a miss
    event["recipients"] = ["GBR", "DEU", "CHN", "FRA"]
    code, out = evaluate_reading(tmp_path, capsys, text, "split calls", events=[event])
    assert "events: 0/1 non-optional gold events" in out


def test_a_place_of_no_country_in_the_reading_is_a_sea_found_without_one(tmp_path, capsys):
    code, out = evaluate_reading(
        tmp_path,
        capsys,
        "هاجم الحوثيون سفينة في البحر الأحمر قبالة سواحل اليمن.",
        "a sea has no country",
        places=[
            {"text": "البحر الأحمر", "name_en": "Red Sea", "kind": "sea"},
            {"text": "اليمن", "name_en": "Yemen", "country": "YEM", "kind": "country"},
        ],
    )
    assert code == 0
    assert "places resolved to the gold country (and id): 2/2" in out
