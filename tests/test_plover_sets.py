"""All 16 PLOVER types on the composed sentence sets (tests/data/plover_dev.tsv, plover_test.tsv,
plover_dev2.tsv and plover_dev3.tsv for the weaker types).

The development sets are read for error analysis; the held-out half is only measured. All are
scored the way `marsad eval sentences` scores them (figures in the README).
"""

from collections import Counter
from pathlib import Path

import pytest

import marsad
from marsad.events.evaluate import evaluate_sentences, load_sentences, predicts
from marsad.events.lexicon import PLOVER_TYPES

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["plover_dev.tsv", "plover_test.tsv"])
def test_each_set_has_reports_and_hard_negatives_of_every_type(name):
    rows = load_sentences(DATA / name)
    counts = Counter((r["type"], r["label"]) for r in rows)
    assert {t for t, _ in counts} == set(PLOVER_TYPES)
    assert all(counts[(t, "yes")] >= 14 and counts[(t, "no")] == 10 for t in PLOVER_TYPES)
    assert all(r["actor"] == "-" and r["recipient"] == "-" for r in rows if r["label"] == "no")


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(skip=["contradictions"])


@pytest.mark.parametrize(
    ("name", "minimum"),
    [
        ("plover_dev.tsv", 0.75),
        ("plover_dev2.tsv", 0.72),
        ("plover_dev3.tsv", 0.75),
        ("plover_test.tsv", 0.58),
    ],
)
def test_sentence_f1_over_all_types(nlp, name, minimum):
    rows = load_sentences(DATA / name)
    pairs = [(r["label"] == "yes", predicts(nlp(r["sentence"]), r["type"])) for r in rows]
    tp = sum(g and f for g, f in pairs)
    precision = tp / max(sum(f for _, f in pairs), 1)
    recall = tp / max(sum(g for g, _ in pairs), 1)
    assert 2 * precision * recall / (precision + recall) >= minimum


def test_the_report_names_every_type_and_the_total(tmp_path):
    path = tmp_path / "two.tsv"
    path.write_text(
        "type\tlabel\tactor\trecipient\tsentence\n"
        "PROTEST\tyes\tKEN\tKEN\tتظاهر آلاف الكينيين في نيروبي احتجاجا على رفع الضرائب.\n"
        "PROTEST\tno\t-\t-\tناقش البرلمان الكيني قانون التظاهر أمس.\n",
        encoding="utf-8",
    )
    lines = evaluate_sentences(path).splitlines()
    assert lines[-1].startswith("all") and any(line.startswith("PROTEST") for line in lines)
