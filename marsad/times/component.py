"""Pipeline component ``times``."""

from __future__ import annotations

from marsad.doc import Document


class TimesComponent:
    name = "times"

    def __call__(self, doc: Document) -> Document:
        return doc
