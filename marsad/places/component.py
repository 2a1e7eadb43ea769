"""Pipeline component ``places``."""

from __future__ import annotations

from marsad.doc import Document


class PlacesComponent:
    name = "places"

    def __call__(self, doc: Document) -> Document:
        return doc
