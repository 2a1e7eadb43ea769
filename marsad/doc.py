"""The Document: an article's text, its normalised form and everything found in it.

Components add to a Document in pipeline order. Internally they work on
``doc.norm.text`` (normalised); every span they store is in offsets of the
original ``doc.text``, converted with ``doc.span``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.text.normalize import Normalized
from marsad.text.tokenize import Token

SCHEMA_VERSION = "1.0"


@dataclass(slots=True)
class Span:
    """Half-open span ``[start, end)`` of the original text."""

    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    norm_start: int
    norm_end: int
    first_token: int  # index of the sentence's first token in doc.tokens
    last_token: int  # index one past its last token


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # PERSON | ORG | GPE | NORP | GROUP
    name: str
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    id: str
    name: str
    name_en: str | None = None
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # country | region | city | border | feature | crossing | landmark
    mentions: list[Span] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # both sides of a border, sea or region
    match: str | None = (
        None  # how it was found: name | transliteration | border | None (unresolved)
    )
    score: float | None = None  # the disambiguation score of the chosen entry
    admin1: str | None = None  # GeoNames first-order division of a city, e.g. "AM.08"


@dataclass(slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None  # day | month | year | week | duration | ...
    anchor: str | None  # "published" | "text" | None
    modifier: str | None = None  # START | MID | END (مطلع / منتصف / أواخر)
    calendar: str = "gregorian"  # "hijri" when written in the Hijri calendar (value is Gregorian)
    hijri: str | None = None  # the Hijri date as written, normalised: "1443-09-15"
    part_of_day: str | None = None  # TIMEX3 codes: MO, MI, AF, EV, NI, DT
    relative: str | None = None  # unresolved form when there is no publication date: "XXXX-WXX-1"


@dataclass(slots=True)
class SourceRef:
    text: str
    entity: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    speaker: SourceRef
    cue: Span
    content: Span
    relayed_by: list[SourceRef] = field(default_factory=list)
    stance: str = "assert"  # assert | deny | allege | warn


@dataclass(slots=True)
class Participant:
    text: str
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: Trigger
    sentence: int
    modes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: dict[str, str] | None = None
    claim: str | None = None
    negated: bool = False
    historical: bool = False
    confidence: float = 0.5
    cameo: str | None = None
    framing: list[str] = field(default_factory=list)  # the outlet's loaded words in the sentence


@dataclass(slots=True)
class Contradiction:
    events: list[str]
    claims: list[str]
    about: str


@dataclass
class Document:
    """One article and the readings the pipeline attaches to it."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    norm: Normalized | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def normalized(self) -> Normalized:
        if self.norm is None:
            raise RuntimeError("the text component has not run on this document")
        return self.norm

    def span(self, norm_start: int, norm_end: int) -> Span:
        """Original-text span for a span of the normalised text."""
        start, end = self.normalized.span(norm_start, norm_end)
        return Span(start, end)

    def to_dict(self) -> dict[str, Any]:
        from marsad import __version__

        return {
            "id": self.id,
            "published": self.published,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "text": self.text,
            "marsad_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "places": [asdict(p) for p in self.places],
            "times": [asdict(t) for t in self.times],
            "claims": [asdict(c) for c in self.claims],
            "events": [asdict(e) for e in self.events],
            "contradictions": [asdict(c) for c in self.contradictions],
        }
