"""Organisations named inside an office, between the office and its holder.

"المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر" names the State Department as well as its
spokesman: the ministry is an entity of the document, but the spokesman is the one who speaks and
acts, so the ministry's mention there takes no part in claims or events.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.doc import Document
from marsad.entities.lexicon import title_matcher

_TITLE_WORDS = 3  # "الأمين العام المساعد لـ..."


def office_bodies(doc: Document) -> set[tuple[str, int]]:
    """(entity id, mention start) of organisation mentions that follow an office ("باسم" or a
    title) and precede the mention of its holder."""
    people = {m.start for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    before_holders = [
        (entity.id, mention)
        for entity in doc.entities
        if entity.type == "ORG"
        for mention in entity.mentions
        if doc.text[mention.end : mention.end + 1] == " " and mention.end + 1 in people
    ]
    if not before_holders:
        return set()
    starts = [doc.span(t.start, t.start).start for t in doc.tokens]
    found = set()
    for entity_id, mention in before_holders:
        first = bisect_left(starts, mention.start)
        if first < len(starts) and starts[first] > mention.start:
            first -= 1  # the mention begins inside a token, after its proclitics
        if _after_office(doc, first):
            found.add((entity_id, mention.start))
    return found


def _after_office(doc: Document, first: int) -> bool:
    """Whether token ``first`` follows "باسم" or a title: "المتحدث باسم الكرملين", "الأمين العام
    للأمم المتحدة"."""
    tokens = doc.tokens
    if first > 0 and tokens[first - 1].text == "باسم":
        return True
    return any(
        (title := title_matcher().match_at(tokens, k, first)) is not None and title.last == first
        for k in range(max(0, first - _TITLE_WORDS), first)
    )
