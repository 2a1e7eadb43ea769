"""Pipeline component ``contradictions``: where the document's sources give incompatible accounts.

One contradiction per pair of sides, listing each strand of their dispute (`about` joins them with
" | "). Three kinds of strand:

- mirrored accusations: claims from different speakers report the same kind of event with actor
  and recipient swapped ("الجيش الأرميني قام بعمل استفزازي" vs "أذربيجان شنّت قصفاً");
- assertion against denial: one claim asserts an event that another speaker's claim denies, of
  any type, with the same doer or the same target where both name one ("الدعم الإيراني
  للحوثيين" vs "نفى أن تكون بلاده زودت الحوثيين بأسلحة"); the two speakers may be of one
  country when they are different actors (an army and a rebel force);
- rebuttal: an accusation answered by a denial from the side it accuses;
- answered account: a denial answering the nearest earlier statement of another country that
  names the denier's country ("قالت البحرية الأمريكية إن طائرة مسيّرة إيرانية اقتربت ..." …
  "نفى كنعاني أن تكون أي طائرة إيرانية قد اقتربت"), or, between two speakers of one country,
  the nearest earlier statement that shares its words ("أطباء: قوات الأمن استخدمت الرصاص الحي" …
  "نفت الشرطة أن تكون قد استخدمت الرصاص الحي").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from marsad.doc import Claim, Contradiction, Document, Event, Span
from marsad.entities.lexicon import name_stopwords
from marsad.text.clitics import stem_candidates

_CONTESTED = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "SANCTION", "MOBILIZE"})


def _countries(participants: list) -> frozenset[str]:  # type: ignore[type-arg]
    return frozenset(p.country for p in participants if p.country)


def _compatible_dates(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    shorter = min(len(a.date["value"] or ""), len(b.date["value"] or ""))
    return (a.date["value"] or "")[:shorter] == (b.date["value"] or "")[:shorter]


def _own_claims(doc: Document) -> dict[str, str]:
    """The claim an event belongs to: the one whose words contain it, or the one it is the
    speech act of ("اتهمت موسكو لندن": the accusation is the claim's own verb)."""
    owned = {e.id: e.claim for e in doc.events if e.claim}
    for event in doc.events:
        if event.id in owned:
            continue
        for claim in doc.claims:
            if claim.cue.start <= event.trigger.start < claim.cue.end:
                owned[event.id] = claim.id
    return owned  # type: ignore[return-value]


def find_contradictions(doc: Document) -> list[Contradiction]:
    claims = {c.id: c for c in doc.claims}
    owned = _own_claims(doc)
    attributed = [
        replace(e, claim=owned[e.id]) for e in doc.events
        if e.id in owned and not e.historical and (_countries(e.actors) or _countries(e.recipients))
    ]  # fmt: skip
    # one contradiction per pair of sides, made of the strands of their dispute
    strands: dict[tuple[str, ...], dict[tuple[str, str], Contradiction]] = {}

    def strand(sides: tuple[str, ...], key: tuple[str, str], events: list[Event]) -> Contradiction:
        part = strands.setdefault(sides, {}).setdefault(
            key, Contradiction(events=[], claims=[], about="")
        )
        part.events.extend(e.id for e in events if e.id not in part.events)
        part.claims.extend(e.claim for e in events if e.claim not in part.claims)  # type: ignore[misc]
        return part

    for i, first in enumerate(attributed):
        for second in attributed[i + 1 :]:
            kind = _conflict(first, second, claims)
            if kind is None or not _compatible_dates(first, second):
                continue
            sides = tuple(sorted(_countries(first.actors) | _countries(first.recipients)))
            part = strand(sides, (kind, first.type), [first, second])
            part.about = _about(kind, first.type, part, attributed, claims)
    for accusation, denial in _rebuttals(attributed, doc.claims, claims):
        accuser = claims[accusation.claim]  # type: ignore[index]
        accused = _countries(accusation.recipients)
        speaker_side = {accuser.speaker.country} if accuser.speaker.country else set()
        sides = tuple(sorted(accused | speaker_side))
        part = strand(sides, ("rebutted", accusation.id), [accusation])
        if denial.id not in part.claims:
            part.claims.append(denial.id)
        part.about = (
            f"{accusation.type}: whether it is true — {_who(accuser)} accuses "
            f"{'/'.join(sorted(accused))}; {_who(denial)} denies"
        )
    for denial, answered in _answered(doc):
        sides = tuple(sorted({denial.speaker.country, answered.speaker.country}))  # type: ignore[arg-type]
        if any(
            denial.id in part.claims and answered.id in part.claims
            for parts in strands.values()
            for part in parts.values()
        ):
            continue  # already a strand of its own
        part = strand(sides, ("answered", denial.id), [])
        part.claims.extend(c for c in (answered.id, denial.id) if c not in part.claims)
        part.events.extend(
            e.id
            for e in doc.events
            if e.claim in (answered.id, denial.id) and e.id not in part.events
        )
        words = doc.text[denial.content.start : denial.content.end].split()
        excerpt = " ".join(words[:_EXCERPT_WORDS]) + (" …" if len(words) > _EXCERPT_WORDS else "")
        part.about = f"whether «{excerpt}» — {_who(answered)} says; {_who(denial)} denies"
    return [_joined(list(parts.values())) for parts in strands.values()]


def _joined(parts: list[Contradiction]) -> Contradiction:
    """The strands of one dispute as one contradiction: their events, claims and accounts."""
    joined = Contradiction(events=[], claims=[], about=" | ".join(p.about for p in parts))
    for part in parts:
        joined.events.extend(e for e in part.events if e not in joined.events)
        joined.claims.extend(c for c in part.claims if c not in joined.claims)
    return joined


def _who(claim: Claim) -> str:
    return claim.speaker.country or claim.speaker.text


def _rebuttals(
    events: list[Event], all_claims: list[Claim], claims: dict[str, Claim]
) -> list[tuple[Event, Claim]]:
    """An accusation answered by a denial from the side it accuses, later in the article:
    "اتهمت موسكو لندن بالتجسس" … "نفت الخارجية البريطانية أن يكون الدبلوماسيان قد قاما بأي
    نشاط"."""
    found = []
    # a claim denies when its verb does, or when it says an act did not happen: "قالت سينغ إن
    # الولايات المتحدة لم تكن ضالعة في الغارة"
    denying = {c.id for c in all_claims if c.stance == "deny"} | {
        e.claim for e in events if e.negated and e.claim
    }
    for event in events:
        if event.type != "ACCUSE" or event.negated:
            continue
        accuser = claims[event.claim].speaker  # type: ignore[index]
        accused = _countries(event.recipients)
        if not accused or accuser.country in accused:
            continue
        denial = next(
            (
                c
                for c in all_claims
                if c.id in denying
                and c.speaker.country in accused
                and c.cue.start > event.trigger.start
            ),
            None,
        )
        if denial is not None:
            found.append((event, denial))
    return found


# How far back (in sentences) a denial looks for the statement it answers.
_ANSWER_REACH = 8
_EXCERPT_WORDS = 8  # words of the denied statement quoted in `about`
_SHARED_WORDS = 2  # content words a same-country denial shares with the statement it answers


def _answered(doc: Document) -> list[tuple[Claim, Claim]]:
    """Each denial with the earlier statement of another speaker it answers (see the module's
    docstring); nothing for a denial by a speaker of no known country."""
    found = []
    sentence_of = _sentence_index(doc)
    sectors = {e.id: e.sector for e in doc.entities}
    for denial in doc.claims:
        if denial.stance != "deny" or not denial.speaker.country:
            continue
        earlier = [
            c for c in doc.claims
            if c.cue.start < denial.cue.start and c.stance != "deny" and c.speaker.country
            and sentence_of(denial.cue.start) - sentence_of(c.cue.start) <= _ANSWER_REACH
            and not _same_speaker(c, denial)
        ]  # fmt: skip
        denied_words: set[str] | None = None
        for claim in reversed(earlier):
            if claim.speaker.country != denial.speaker.country:
                answers = denial.speaker.country in _countries_named(doc, claim)
            elif _opposed_at_home(sectors, claim, denial):
                if denied_words is None:
                    denied_words = _content_words(doc, denial.content)
                shared = _content_words(doc, claim.content) & denied_words
                answers = len(shared) >= _SHARED_WORDS
            else:
                answers = False
            if answers:
                found.append((denial, claim))
                break
    return found


# Sectors of the state: two of them speaking for one country are one side.
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _opposed_at_home(sectors: dict[str, str | None], a: Claim, b: Claim) -> bool:
    """Two speakers of one country on opposite sides: of different sectors, not both of the
    state (police and doctors, an army and a rebel force; not a president and a ministry)."""
    first = sectors.get(a.speaker.entity or "")
    second = sectors.get(b.speaker.entity or "")
    if not first or not second or first == second:
        return False
    return not (first in _STATE and second in _STATE)


def _same_speaker(a: Claim, b: Claim) -> bool:
    if a.speaker.entity is not None and a.speaker.entity == b.speaker.entity:
        return True
    return a.speaker.text == b.speaker.text


def _sentence_index(doc: Document):  # type: ignore[no-untyped-def]
    starts = [s.start for s in doc.sentences]

    def index(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    return index


def _countries_named(doc: Document, claim: Claim) -> set[str]:
    """Countries a statement speaks of: of its events' parties and of the entities and places it
    names."""
    inside = lambda span: claim.content.start <= span.start < claim.content.end  # noqa: E731
    named = {
        p.country
        for e in doc.events
        if e.claim == claim.id
        for p in (*e.actors, *e.recipients)
        if p.country
    }
    for item in (*doc.entities, *doc.places):
        if item.country and any(inside(m) for m in item.mentions):
            named.add(item.country)
    return named


_SUFFIXES = ("ات", "ها", "هم", "ه", "ين", "ون", "يه")


def _content_words(doc: Document, span: Span) -> set[str]:
    """The stems of a statement's content words, without proclitics and common suffixes."""
    words = set()
    stop = name_stopwords()
    for token in doc.tokens:
        where = doc.span(token.start, token.end)
        if where.start < span.start or where.end > span.end or len(token.text) < 3:
            continue
        stem = stem_candidates(token.text)[-1]
        suffix = next((x for x in _SUFFIXES if stem.endswith(x) and len(stem) - len(x) >= 3), "")
        stem = stem[: len(stem) - len(suffix)]
        if len(stem) >= 3 and stem not in stop:
            words.add(stem)
    return words


def _conflict(a: Event, b: Event, claims: dict[str, Claim]) -> str | None:
    speaker_a, speaker_b = claims[a.claim].speaker, claims[b.claim].speaker  # type: ignore[index]
    if speaker_a.entity is not None and speaker_a.entity == speaker_b.entity:
        return None
    if speaker_a.text == speaker_b.text or a.type != b.type:
        return None
    one_country = bool(speaker_a.country) and speaker_a.country == speaker_b.country
    actors_a, recipients_a = _countries(a.actors), _countries(a.recipients)
    actors_b, recipients_b = _countries(b.actors), _countries(b.recipients)
    if a.negated != b.negated and _same_act(actors_a, recipients_a, actors_b, recipients_b):
        return "denied"
    if one_country:
        return None  # one side's own account (an attack and its retaliation) is not a conflict
    if a.type not in _CONTESTED or not (actors_a and recipients_a):
        return None
    # each blames the other; one side may be a bloc: "اتهمت السعودية والإمارات والبحرين ومصر
    # قطر بدعم الإرهاب" and "اتهمت قطر السعودية بالسعي إلى فرض الوصاية"
    blamed_back = bool(recipients_b) and recipients_b <= actors_a and recipients_a <= actors_b
    if a.negated == b.negated and actors_a.isdisjoint(actors_b) and blamed_back:
        return "mirrored"
    return None


def _same_act(
    actors_a: frozenset[str],
    recipients_a: frozenset[str],
    actors_b: frozenset[str],
    recipients_b: frozenset[str],
) -> bool:
    """The same doer or the same target, and nothing that tells them apart: a side one report
    leaves out does not make another act."""

    def agree(x: frozenset[str], y: frozenset[str]) -> bool:
        return not x or not y or x == y

    shared = (actors_a and actors_a == actors_b) or (recipients_a and recipients_a == recipients_b)
    return bool(shared) and agree(actors_a, actors_b) and agree(recipients_a, recipients_b)


def _about(
    kind: str,
    event_type: str,
    item: Contradiction,
    attributed: list[Event],
    claims: dict[str, Claim],
) -> str:
    events = {e.id: e for e in attributed}
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
