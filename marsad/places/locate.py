"""Event location: the places a clause or sentence names, not the ones acting as governments."""

from __future__ import annotations

from marsad.doc import Document, Entity, Span
from marsad.entities.lexicon import posted_titles
from marsad.places.resolve import PLACE_NOUNS, locative_cues
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


_ORIGIN_WORDS = frozenset({"في", "من"})


def drop_place_nisbas(doc: Document) -> None:
    """A country-level reference that is part of a place name is no actor: "المحيط الهندي",
    "مدينة سوسة التونسية" (the nisba right after the place)."""
    spans = [(m.start, m.end) for place in doc.places for m in place.mentions]
    if not spans:
        return
    kept = []
    for entity in doc.entities:
        if entity.type == "NORP" and entity.sector is None:
            entity.mentions = [
                m
                for m in entity.mentions
                if not any(s <= m.start <= e + 1 or s < m.end <= e for s, e in spans)
            ]
            if not entity.mentions:
                continue
        kept.append(entity)
    for number, entity in enumerate(kept, start=1):  # claims and events come later
        entity.id = f"T{number}"
    doc.entities = kept


def countries_from_places(doc: Document) -> None:
    """Actors named without a country take it from the place right after them:
    "مسلحين في شمال العراق", "سكان غزة", "المواطنين من قرية كفر قليل" (if the village resolves).
    Only "في" / "من", words of place and directions may stand between; "إلى" does not
    (troops sent to a country are not its troops)."""
    starts = {
        m.start: place
        for place in doc.places
        if place.country and len(place.countries) <= 1
        for m in place.mentions
    }
    if not starts:
        return
    for entity in doc.entities:
        if entity.code is not None or entity.type == "GPE":
            continue
        if normalize_key(entity.name).split()[0] in posted_titles():
            continue  # "السفير في بغداد" is rarely Iraq's ambassador
        for mention in entity.mentions:
            country = _country_after(doc, mention.end, starts)
            if country:
                _set_country(entity, country)
                break


def _country_after(doc: Document, end: int, starts: dict[int, object]) -> str | None:
    window = doc.text[end : end + 40]
    offset = 0
    for _ in range(4):  # up to three linking words, then the place
        stripped = len(window[offset:]) - len(window[offset:].lstrip())
        at = end + offset + stripped
        place = starts.get(at)
        if place is not None:
            return place.country  # type: ignore[attr-defined]
        word = window[offset + stripped :].split(maxsplit=1)[0] if window[offset:].strip() else ""
        key = normalize_key(word)
        adjective = offset == 0 and key.endswith(("يا", "يه", "يين", "يون"))  # "مسجدا سنيا"
        if not word or not (key in _ORIGIN_WORDS | PLACE_NOUNS | _DIRECTIONS or adjective):
            return None
        offset += stripped + len(word)
    return None


# "في شمال العراق", "جنوب بغداد": directions between an actor and its place.
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})


def _set_country(entity: Entity, country: str) -> None:
    entity.country = country
    entity.code = f"{country}{entity.sector or ''}"
