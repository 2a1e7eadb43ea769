"""Within-document coreference the event coder needs."""

from __future__ import annotations

from collections import Counter

from marsad.doc import Document


def country_mentions(doc: Document) -> Counter[str]:
    """How often each country is mentioned, through any entity that carries it."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.country:
            counts[entity.country] += len(entity.mentions)
    return counts


def two_sides(doc: Document) -> tuple[str, str] | None:
    """The two countries in focus, for "الطرفين / الجانبين / البلدين / الجارتين".

    The two most mentioned countries, in order of first mention.
    """
    counts = country_mentions(doc)
    top = [country for country, _ in counts.most_common(2)]
    if len(top) < 2:
        return None
    first_seen: dict[str, int] = {}
    for entity in doc.entities:
        if entity.country in top and entity.mentions:
            start = min(m.start for m in entity.mentions)
            first_seen[entity.country] = min(first_seen.get(entity.country, start), start)
    ordered = sorted(top, key=lambda country: first_seen.get(country, 0))
    return ordered[0], ordered[1]
