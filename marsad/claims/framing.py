"""The outlet's own loaded vocabulary ("تحرير" / "احتلال", "شهيد" / "قتيل", "إرهابي").

Words from marsad/resources/claims/framing.tsv found in the outlet's own voice — outside every
claim and every quotation — become ``framing`` notes on the events of their sentence, so an
analyst sees whose narrative the wording takes.
"""

from __future__ import annotations

from functools import cache

from marsad.doc import Document
from marsad.resources import read_table
from marsad.text.matcher import PhraseMatcher

_QUOTES = {"«": "»", "“": "”", '"': '"'}


@cache
def framing_matcher() -> PhraseMatcher[str]:
    rows = read_table("claims/framing.tsv", ("phrase", "note"))
    return PhraseMatcher((row["phrase"], row["note"]) for row in rows)


def framing_notes(doc: Document, sentence_index: int) -> list[str]:
    """Framing notes for one sentence: "تحرير: 'liberation': endorses ..."."""
    sentence = doc.sentences[sentence_index]
    quoted = _quoted_tokens(doc, sentence.first_token, sentence.last_token)
    notes = []
    for match in framing_matcher().find_all(doc.tokens, sentence.first_token, sentence.last_token):
        if match.first in quoted:
            continue
        span = doc.span(match.start, match.end)
        if any(c.content.start <= span.start < c.content.end for c in doc.claims):
            continue
        note = f"{doc.text[span.start : span.end]}: {match.value}"
        if note not in notes:
            notes.append(note)
    return notes


def _quoted_tokens(doc: Document, first: int, last: int) -> set[int]:
    inside: set[int] = set()
    closing: str | None = None
    for i in range(first, last):
        text = doc.tokens[i].text
        if closing is not None and text == closing:
            closing = None
        elif closing is None and text in _QUOTES:
            closing = _QUOTES[text]
        elif closing is not None:
            inside.add(i)
    return inside
