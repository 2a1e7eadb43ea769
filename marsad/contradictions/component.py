"""Pipeline component ``contradictions``."""

from __future__ import annotations

from marsad.doc import Document


class ContradictionsComponent:
    name = "contradictions"

    def __call__(self, doc: Document) -> Document:
        return doc
