"""Pipeline component ``claims``."""

from __future__ import annotations

from marsad.doc import Document


class ClaimsComponent:
    name = "claims"

    def __call__(self, doc: Document) -> Document:
        return doc
