"""A learned sentence-level check for ASSAULT and PROTEST events.

The trigger lexicon finds nearly every sentence that mentions an attack or a protest; many only
refer to one ("أدان قتل المدنيين", "تاريخ الاحتجاجات"). A logistic regression over the character
2–5-grams and the word unigrams and bigrams of the normalised sentence, and features of the
events the lexicon coded in it (trigger form, verbal or nominal, participants, negation,
historical, claim, modes, time and place named), estimates whether the sentence reports the
event. Each group of features is binary and L2-normalised (every feature of a group weighs
1/sqrt(size of the group), the event group EVENT_WEIGHT/sqrt(size)), so inference needs no
vocabulary beyond the weights. A type's model may also weigh the sentence's multilingual
embedding (marsad.text.embedding): its 512 coefficients are stored under "embedding", already
scaled, and the sentences of a document are embedded in one batch.
Its probability becomes the event's confidence. Weights: marsad/resources/events/
sentence_model.json, trained by scripts/train_sentence_model.py (model card:
marsad/resources/events/SENTENCE_MODEL.md).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from marsad.doc import Document, Event, Participant
from marsad.events.lexicon import trigger_entry
from marsad.text.embedding import embed

MODEL_FILE = "events/sentence_model.json"
ENABLED = True  # the training script turns the model off while it runs the pipeline
CHAR_NGRAMS = (2, 3, 4, 5)
EVENT_WEIGHT = 0.5
_WORD = re.compile(r"[^\s،,.:؛«»\"'()\[\]؟?!]+")


@cache
def sentence_model() -> dict[str, Any]:
    path = resources.files("marsad.resources").joinpath(MODEL_FILE)
    if not path.is_file():
        return {}
    models: dict[str, Any] = json.loads(path.read_text("utf-8"))
    for model in models.values():
        if "embedding" in model:
            model["embedding"] = np.asarray(model["embedding"], dtype=np.float32)
    return models


def uses_embedding(event_type: str) -> bool:
    """Whether the model of ``event_type`` weighs the sentence embedding."""
    return "embedding" in sentence_model().get(event_type, {})


def sentence_text(doc: Document, sentence: int) -> str:
    """The sentence as written: what its embedding is computed from."""
    span = doc.sentences[sentence]
    return doc.text[span.start : span.end]


def char_ngrams(text: str) -> set[str]:
    """Character n-grams of each word padded with spaces (like scikit-learn's char_wb)."""
    grams: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        for n in CHAR_NGRAMS:
            grams.update(padded[i : i + n] for i in range(max(len(padded) - n + 1, 1)))
    return grams


def word_ngrams(text: str) -> set[str]:
    """Word unigrams and bigrams (punctuation dropped)."""
    words = _WORD.findall(text)
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def text_features(normalized: str) -> dict[str, float]:
    """Features of a normalised sentence: each group binary, L2-normalised."""
    features: dict[str, float] = {}
    text = normalized.lower()
    for prefix, grams in (("c:", char_ngrams(text)), ("w:", word_ngrams(text))):
        if grams:
            value = 1 / math.sqrt(len(grams))
            features.update((prefix + g, value) for g in grams)
    return features


def sentence_features(doc: Document, sentence: int, event_type: str) -> dict[str, float]:
    """Features of one sentence of a document for one event type."""
    span = doc.sentences[sentence]
    features = text_features(doc.normalized.text[span.norm_start : span.norm_end])
    features.update(group(event_features(doc, sentence, event_type), EVENT_WEIGHT))
    return features


def group(names: set[str], weight: float) -> dict[str, float]:
    """A binary feature group, L2-normalised and scaled."""
    return {name: weight / math.sqrt(len(names)) for name in names}


def event_features(doc: Document, sentence: int, event_type: str) -> set[str]:
    """Features of the events of ``event_type`` the lexicon coded in the sentence."""
    span = doc.sentences[sentence]
    events = [e for e in doc.events if e.sentence == sentence and e.type == event_type]
    features = {f"e:n_events:{min(len(events), 3)}"}
    for event in events:
        features |= _event_features(event)
    if any(t.start >= span.start and t.end <= span.end for t in doc.times):
        features.add("e:has_time")
    if any(m.start >= span.start and m.end <= span.end for p in doc.places for m in p.mentions):
        features.add("e:has_place")
    return features


def _is_verbal(trigger_text: str) -> bool:
    """Whether the lexicon lists the trigger as a verb form (not a verbal noun)."""
    entry = trigger_entry(trigger_text)
    return entry is not None and entry.verbal


def _event_features(event: Event) -> set[str]:
    features = {
        f"e:trigger:{event.trigger.text}",
        "e:verbal" if _is_verbal(event.trigger.text) else "e:nominal",
        "e:negated" if event.negated else "e:asserted",
        "e:historical" if event.historical else "e:current",
        "e:in_claim" if event.claim else "e:own_voice",
    }
    if event.actors:
        features.add("e:has_actor")
    if any(_named(p) for p in event.recipients):
        features.add("e:has_recipient")
    features.update(f"e:mode:{m}" for m in event.modes)
    return features


def _named(participant: Participant) -> bool:
    """A participant the sentence names, not one inferred from where the event happens or from
    a domestic story (those carry a code but no entity)."""
    return participant.entity is not None or participant.code is None


def probability(
    doc: Document, sentence: int, event_type: str, embedding: np.ndarray | None = None
) -> float | None:
    """P(the sentence reports an event of ``event_type``), or None without a model for it.
    ``embedding`` is the sentence's embedding when the caller has it already."""
    model = sentence_model().get(event_type)
    if not model:
        return None
    weights: dict[str, float] = model["weights"]
    score = model["bias"] + sum(
        weights.get(f, 0.0) * v for f, v in sentence_features(doc, sentence, event_type).items()
    )
    if "embedding" in model:
        if embedding is None:
            embedding = embed([sentence_text(doc, sentence)])[0]
        score += float(model["embedding"] @ embedding)
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def apply(doc: Document) -> None:
    """Set the confidence of modelled events to the sentence model's probability."""
    if not ENABLED:
        return
    keys = list(dict.fromkeys((e.sentence, e.type) for e in doc.events))
    embedded = sorted({s for s, t in keys if uses_embedding(t)})
    vectors = dict(zip(embedded, embed([sentence_text(doc, s) for s in embedded]), strict=True))
    probabilities = {(s, t): probability(doc, s, t, vectors.get(s)) for s, t in keys}
    for event in doc.events:
        p = probabilities[event.sentence, event.type]
        if p is not None:
            event.confidence = round(p, 3)
