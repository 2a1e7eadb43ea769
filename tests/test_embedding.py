"""Sentence embeddings and their use by the sentence model (sentences composed for these tests)."""

import multiprocessing
import sys

import numpy as np
import pytest

import marsad
from marsad.events import sentence_model
from marsad.text import embedding
from marsad.text.embedding import DIMENSIONS, embed

PROTEST_REPORT = "تظاهر آلاف العمال أمس أمام مقر الحكومة في العاصمة احتجاجا على تأخر صرف رواتبهم."
PROTEST_PARAPHRASE = "خرج مئات الموظفين إلى الشوارع أمس للمطالبة بدفع أجورهم المتأخرة."
FOOTBALL = "فاز المنتخب الوطني على ضيفه بثلاثة أهداف مقابل هدف في المباراة الودية."


def test_embeddings_are_unit_vectors_one_per_text():
    vectors = embed([PROTEST_REPORT, FOOTBALL])
    assert vectors.shape == (2, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert embed([]).shape == (0, DIMENSIONS)


def test_a_huge_unpunctuated_text_is_read_from_its_beginning_only():
    huge = "قتل مسلحون جنديا في هجوم على نقطة تفتيش " * 20_000  # 800,000 characters
    assert np.allclose(embed([huge]), embed([huge[: embedding.MAX_CHARS]]))


def test_a_paraphrase_lies_closer_than_another_topic():
    report, paraphrase, football = embed([PROTEST_REPORT, PROTEST_PARAPHRASE, FOOTBALL])
    assert report @ paraphrase > report @ football + 0.1


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(skip=["contradictions"])


def test_batched_embeddings_give_the_same_confidence_as_one_by_one(nlp):
    assert sentence_model.uses_embedding("PROTEST") and sentence_model.uses_embedding("ASSAULT")
    doc = nlp(f"{FOOTBALL}\n{PROTEST_REPORT}\nوأضرب عمال الموانئ عن العمل أمس.")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert {e.sentence for e in protests} >= {1, 2}
    for event in protests:
        alone = sentence_model.probability(doc, event.sentence, "PROTEST")
        assert event.confidence == round(alone, 3)
        # the embedding term is part of the score: another sentence's vector changes it
        other = embed([FOOTBALL])[0]
        assert sentence_model.probability(doc, event.sentence, "PROTEST", other) != alone


def _embed_in_child() -> None:
    sys.exit(0 if embed([PROTEST_REPORT]).shape == (1, DIMENSIONS) else 1)


def test_a_forked_worker_embeds_while_a_parent_thread_is_loading_the_encoder():
    # While a thread of the parent builds the encoder it holds the lock; a worker forked then
    # must build its own instead of waiting forever.
    process = multiprocessing.get_context("fork").Process(target=_embed_in_child)
    with embedding._lock:
        process.start()
    process.join(timeout=120)
    if process.exitcode is None:
        process.kill()
    assert process.exitcode == 0
