"""Pipeline component ``events``."""

from __future__ import annotations

from marsad.doc import Document


class EventsComponent:
    name = "events"

    def __call__(self, doc: Document) -> Document:
        return doc
