"""The sentence model on held-out composed sentences (tests/data/events_testset.tsv).

The 880 sentences were never used for training, so this measures how the lexicon and the learned
model carry over to phrasings they have not seen (figures in the README).
"""

import csv
from pathlib import Path

import pytest

import marsad
from marsad.events.evaluate import predicts

TESTSET = Path(__file__).parent / "data" / "events_testset.tsv"


def load_testset() -> list[dict[str, str]]:
    with TESTSET.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def decisions():
    nlp = marsad.load(skip=["contradictions"])
    rows = load_testset()
    return [(r["type"], r["label"] == "yes", predicts(nlp(r["sentence"]), r["type"])) for r in rows]


def f1(decisions, event_type):
    pairs = [(gold, found) for kind, gold, found in decisions if kind == event_type]
    tp = sum(gold and found for gold, found in pairs)
    precision = tp / max(sum(found for _, found in pairs), 1)
    recall = tp / max(sum(gold for gold, _ in pairs), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def test_testset_is_balanced_and_well_formed():
    rows = load_testset()
    assert len(rows) == 880
    counts = {(r["type"], r["label"]) for r in rows}
    assert counts == {("ASSAULT", "yes"), ("ASSAULT", "no"), ("PROTEST", "yes"), ("PROTEST", "no")}


@pytest.mark.parametrize(("event_type", "minimum"), [("ASSAULT", 0.78), ("PROTEST", 0.74)])
def test_held_out_f1(decisions, event_type, minimum):
    assert f1(decisions, event_type) >= minimum
