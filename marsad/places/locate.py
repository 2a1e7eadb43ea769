"""Event location: the places a clause or sentence names, not the ones acting as governments."""

from __future__ import annotations

from marsad.doc import Document, Span

_LOCATIVE_BEFORE = ("في ", "الى ", "إلى ", "قرب ", "على ", "داخل ", "من ")


def is_metonymic(doc: Document, span: Span) -> bool:
    """A place mention that is also an actor ("أكدت باكو", "هاجمت أذربيجان") and has no
    preposition of place before it."""
    for entity in doc.entities:
        if entity.type != "GPE":
            continue
        if any(m.start == span.start and m.end == span.end for m in entity.mentions):
            before = doc.text[max(0, span.start - 5) : span.start]
            return not before.endswith(_LOCATIVE_BEFORE)
    return False


def places_in_span(doc: Document, start: int, end: int) -> list[str]:
    """Ids of places with a non-metonymic mention inside the original span ``[start, end)``.

    Countries are dropped when a finer place is named ("في بلدة غوريس في أرمينيا" → Goris).
    """
    found = []
    for place in doc.places:
        if any(
            start <= m.start and m.end <= end and not is_metonymic(doc, m) for m in place.mentions
        ):
            found.append(place)
    finer = [p for p in found if p.feature not in {"country", None}]
    chosen = finer or found
    return [p.id for p in chosen]
