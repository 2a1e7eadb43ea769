"""Pipeline component ``contradictions``: where the document's sources give incompatible accounts.

Two kinds, each reported once per pair of sides:

- mirrored accusations: claims from different speakers report the same kind of event with actor
  and recipient swapped ("الجيش الأرميني قام بعمل استفزازي" vs "أذربيجان شنّت قصفاً");
- assertion against denial: one claim asserts an event that another claim denies.
"""

from __future__ import annotations

from marsad.doc import Claim, Contradiction, Document, Event

_CONTESTED = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "SANCTION", "MOBILIZE"})


def _countries(participants: list) -> frozenset[str]:  # type: ignore[type-arg]
    return frozenset(p.country for p in participants if p.country)


def _compatible_dates(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    shorter = min(len(a.date["value"] or ""), len(b.date["value"] or ""))
    return (a.date["value"] or "")[:shorter] == (b.date["value"] or "")[:shorter]


def find_contradictions(doc: Document) -> list[Contradiction]:
    claims = {c.id: c for c in doc.claims}
    attributed = [
        e for e in doc.events
        if e.claim and e.type in _CONTESTED and not e.historical
        and _countries(e.actors) and _countries(e.recipients)
    ]  # fmt: skip
    found: dict[tuple[object, ...], Contradiction] = {}
    for i, first in enumerate(attributed):
        for second in attributed[i + 1 :]:
            kind = _conflict(first, second, claims)
            if kind is None or not _compatible_dates(first, second):
                continue
            sides = tuple(sorted(_countries(first.actors) | _countries(first.recipients)))
            key = (kind, first.type, sides)
            item = found.get(key)
            if item is None:
                item = found[key] = Contradiction(events=[], claims=[], about="")
            for event in (first, second):
                if event.id not in item.events:
                    item.events.append(event.id)
                if event.claim not in item.claims:
                    item.claims.append(event.claim)  # type: ignore[arg-type]
            item.about = _about(kind, first.type, item, doc, claims)
    return list(found.values())


def _conflict(a: Event, b: Event, claims: dict[str, Claim]) -> str | None:
    speaker_a, speaker_b = claims[a.claim].speaker, claims[b.claim].speaker  # type: ignore[index]
    if speaker_a.country and speaker_a.country == speaker_b.country:
        return None  # one side's own account (an attack and its retaliation) is not a conflict
    if speaker_a.entity is not None and speaker_a.entity == speaker_b.entity:
        return None
    if a.type != b.type:
        return None
    actors_a, recipients_a = _countries(a.actors), _countries(a.recipients)
    actors_b, recipients_b = _countries(b.actors), _countries(b.recipients)
    if a.negated == b.negated and actors_a == recipients_b and recipients_a == actors_b:
        return "mirrored"
    if a.negated != b.negated and actors_a == actors_b and recipients_a == recipients_b:
        return "denied"
    return None


def _about(
    kind: str, event_type: str, item: Contradiction, doc: Document, claims: dict[str, Claim]
) -> str:
    events = {e.id: e for e in doc.events}
    accounts = []
    for event_id in item.events:
        event = events[event_id]
        speaker = claims[event.claim].speaker  # type: ignore[index]
        who = speaker.country or speaker.text
        actor = "/".join(sorted(_countries(event.actors)))
        recipient = "/".join(sorted(_countries(event.recipients)))
        verb = "denies" if event.negated else "says"
        account = f"{who} {verb} {actor} → {recipient}"
        if account not in accounts:
            accounts.append(account)
    label = "who did it to whom" if kind == "mirrored" else "whether it happened"
    return f"{event_type}: {label} — " + "; ".join(accounts)


class ContradictionsComponent:
    name = "contradictions"

    def __call__(self, doc: Document) -> Document:
        doc.contradictions = find_contradictions(doc)
        return doc
