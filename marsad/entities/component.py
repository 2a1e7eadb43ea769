"""Pipeline component ``entities``."""

from __future__ import annotations

from marsad.doc import Document


class EntitiesComponent:
    name = "entities"

    def __call__(self, doc: Document) -> Document:
        return doc
