"""A learned sentence-level check for ASSAULT and PROTEST events.

The trigger lexicon finds every sentence that mentions an attack or a protest; many only refer to
one ("أدان قتل المدنيين", "تاريخ الاحتجاجات"). A logistic regression over character n-grams of the
sentence and features of the coded events (verbal or nominal trigger, participants, time, place,
claim, negation) estimates whether the sentence reports the event. Its probability becomes the
event's confidence. Weights: marsad/resources/events/sentence_model.json, trained by
scripts/train_sentence_model.py (model card: marsad/resources/events/SENTENCE_MODEL.md).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

from marsad.doc import Document, Event
from marsad.events.lexicon import trigger_matcher
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import tokenize

MODEL_FILE = "events/sentence_model.json"
ENABLED = True  # the training script turns the model off while it computes features
NGRAMS = (3, 4, 5)


@cache
def sentence_model() -> dict[str, Any]:
    path = resources.files("marsad.resources").joinpath(MODEL_FILE)
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8"))


def char_ngrams(text: str) -> set[str]:
    """Character n-grams of each word padded with spaces (like scikit-learn's char_wb)."""
    grams: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        for n in NGRAMS:
            grams.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def sentence_features(doc: Document, sentence: int, event_type: str) -> set[str]:
    """Features of one sentence for one event type."""
    norm = doc.normalized.text
    span = doc.sentences[sentence]
    features = {f"c:{g}" for g in char_ngrams(norm[span.norm_start : span.norm_end])}
    events = [e for e in doc.events if e.sentence == sentence and e.type == event_type]
    features.add(f"n_events:{min(len(events), 3)}")
    for event in events:
        features |= _event_features(event)
    if any(t.start >= span.start and t.end <= span.end for t in doc.times):
        features.add("has_time")
    if any(m.start >= span.start and m.end <= span.end for p in doc.places for m in p.mentions):
        features.add("has_place")
    return features


def _is_verbal(trigger_text: str) -> bool:
    """Whether the lexicon lists the trigger as a verb form (not a verbal noun)."""
    tokens = tokenize(normalize_key(trigger_text))
    match = trigger_matcher().match_at(tokens, 0) if tokens else None
    return bool(match and match.value.verbal)


def _event_features(event: Event) -> set[str]:
    features = {
        f"trigger:{event.trigger.text}",
        "verbal" if _is_verbal(event.trigger.text) else "nominal",
        "negated" if event.negated else "asserted",
        "historical" if event.historical else "current",
        "in_claim" if event.claim else "own_voice",
    }
    if event.actors:
        features.add("has_actor")
    if event.recipients:
        features.add("has_recipient")
    features.update(f"mode:{m}" for m in event.modes)
    return features


def probability(doc: Document, sentence: int, event_type: str) -> float | None:
    """P(the sentence reports an event of ``event_type``), or None without a model for it."""
    model = sentence_model().get(event_type)
    if not model:
        return None
    weights: dict[str, float] = model["weights"]
    score = model["bias"] + sum(
        weights.get(f, 0.0) for f in sentence_features(doc, sentence, event_type)
    )
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def apply(doc: Document) -> None:
    """Set the confidence of modelled events to the sentence model's probability."""
    if not ENABLED:
        return
    cache_: dict[tuple[int, str], float | None] = {}
    for event in doc.events:
        key = (event.sentence, event.type)
        if key not in cache_:
            cache_[key] = probability(doc, event.sentence, event.type)
        p = cache_[key]
        if p is not None:
            event.confidence = round(p, 3)
