"""Event location: the places a clause or sentence names, not the ones acting as governments."""

from __future__ import annotations

from marsad.doc import Document, Span
from marsad.places.resolve import locative_cues
from marsad.text.clitics import stem_candidates
from marsad.text.normalize import normalize_key


def is_metonymic(doc: Document, span: Span) -> bool:
    """A place mention that is also an actor ("أكدت باكو", "هاجمت أذربيجان") and has no word of
    place before it ("في باكو", "العاصمة تونس")."""
    for entity in doc.entities:
        if entity.type != "GPE":
            continue
        if any(m.start == span.start and m.end == span.end for m in entity.mentions):
            return not follows_locative(doc.text[max(0, span.start - 20) : span.start])
    return False


def follows_locative(before: str) -> bool:
    """Whether the text before a name ends with a word of place: "في", "على", "العاصمة"."""
    words = normalize_key(before).split()
    return bool(words) and any(s in locative_cues() | {"علي"} for s in stem_candidates(words[-1]))


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
