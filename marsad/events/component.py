"""Pipeline component ``events``: PLOVER events with actors, recipients, status and evidence."""

from __future__ import annotations

from marsad.doc import Document
from marsad.events import sentence_model
from marsad.events.coder import code_events


class EventsComponent:
    name = "events"

    def __call__(self, doc: Document) -> Document:
        doc.events = code_events(doc)
        sentence_model.apply(doc)  # learned confidence for ASSAULT and PROTEST
        return doc
