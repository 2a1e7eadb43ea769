"""The Marsad pipeline: named components applied to a Document in order.

    text → entities → times → places → claims → events → contradictions

Each component is a callable ``component(doc) -> doc`` with a ``name``. A
component loads its resources on first use, so building a pipeline is cheap and
a process pays for a resource once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import regex

from marsad.doc import Document
from marsad.errors import ErrorKind, MarsadInputError

COMPONENT_ORDER = ("text", "entities", "times", "places", "claims", "events", "contradictions")
DEFAULT_MAX_BYTES = 2_000_000

_ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&\p{L}]", regex.V1)
_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES


def _component_factories() -> dict[str, Callable[[], Component]]:
    # Imported here so that `import marsad` stays fast and a skipped stage costs nothing.
    from marsad.claims.component import ClaimsComponent
    from marsad.contradictions.component import ContradictionsComponent
    from marsad.entities.component import EntitiesComponent
    from marsad.events.component import EventsComponent
    from marsad.places.component import PlacesComponent
    from marsad.text.component import TextComponent
    from marsad.times.component import TimesComponent

    return {
        "text": TextComponent,
        "entities": EntitiesComponent,
        "places": PlacesComponent,
        "times": TimesComponent,
        "claims": ClaimsComponent,
        "events": EventsComponent,
        "contradictions": ContradictionsComponent,
    }


class Pipeline:
    """Turns article text into a Document. Build one with ``marsad.load()``."""

    def __init__(self, skip: Iterable[str] = (), settings: Settings | None = None) -> None:
        skipped = set(skip)
        unknown = skipped - set(COMPONENT_ORDER)
        if unknown:
            raise ValueError(
                f"unknown component(s) {sorted(unknown)}; choose from {list(COMPONENT_ORDER)}"
            )
        if "text" in skipped:
            raise ValueError("the text component cannot be skipped: every other stage needs it")
        self.settings = settings or Settings()
        factories = _component_factories()
        self.components: list[Component] = [
            factories[name]() for name in COMPONENT_ORDER if name not in skipped
        ]

    @property
    def pipe_names(self) -> list[str]:
        return [component.name for component in self.components]

    def __call__(
        self,
        text: str,
        *,
        published: str | None = None,
        id: str | None = None,  # noqa: A002 - the contract's field name
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Document:
        doc = self.make_document(
            text, published=published, id=id, source=source, title=title, url=url
        )
        for component in self.components:
            doc = component(doc)
        return doc

    def make_document(
        self,
        text: Any,
        *,
        published: Any = None,
        id: Any = None,  # noqa: A002
        source: Any = None,
        title: Any = None,
        url: Any = None,
    ) -> Document:
        """Validate the input fields and build an empty Document, or raise MarsadInputError."""
        if not isinstance(text, str):
            raise MarsadInputError(ErrorKind.BAD_FIELD, "the 'text' field must be a string")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.settings.max_bytes:
            raise MarsadInputError(
                ErrorKind.TOO_LARGE,
                f"text is {size:,} bytes, over the limit of {self.settings.max_bytes:,} "
                "(raise it with --max-bytes)",
            )
        if not text.strip():
            raise MarsadInputError(ErrorKind.EMPTY, "text is empty or only white space")
        if not _ARABIC_LETTER.search(text):
            raise MarsadInputError(ErrorKind.NOT_ARABIC, "text contains no Arabic letters")
        for name, value in (("id", id), ("source", source), ("title", title), ("url", url)):
            if value is not None and not isinstance(value, str | int):
                raise MarsadInputError(ErrorKind.BAD_FIELD, f"the '{name}' field must be a string")
        return Document(
            id=str(id) if id is not None else content_id(text),
            text=text,
            published=parse_published(published),
            source=source,
            title=title,
            url=url,
        )

    def pipe(self, records: Iterable[dict[str, Any]]) -> Iterator[Document | MarsadInputError]:
        """Process many records (dicts with ``text`` and optional metadata) in order.

        A record that cannot be read yields its MarsadInputError; the rest go on.
        """
        for record in records:
            try:
                yield self.read_record(record)
            except MarsadInputError as error:
                yield error

    def read_record(self, record: dict[str, Any]) -> Document:
        """Process one record with the contract's fields (``text``, ``published``, ``id`` ...)."""
        return self(
            record.get("text"),  # type: ignore[arg-type]
            published=record.get("published"),
            id=record.get("id"),
            source=record.get("source"),
            title=record.get("title"),
            url=record.get("url"),
        )


def content_id(text: str) -> str:
    """A stable id for a document without one: a hash of its text."""
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False)
    return "doc-" + digest.hexdigest()[:16]


def parse_published(value: Any) -> str | None:
    """Accept YYYY-MM-DD or an ISO date-time; return YYYY-MM-DD, or raise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise MarsadInputError(ErrorKind.BAD_FIELD, "'published' must be a date string")
    match = _DATE_PREFIX.match(value.strip())
    try:
        if match is None:
            raise ValueError
        parsed = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise MarsadInputError(
            ErrorKind.BAD_FIELD, f"'published' is {value!r}; expected YYYY-MM-DD"
        ) from None
    return parsed.isoformat()
