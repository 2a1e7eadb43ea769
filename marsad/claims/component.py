"""Pipeline component ``claims``: reported speech with speaker, content, relays and stance."""

from __future__ import annotations

from marsad.claims.attribution import find_claims
from marsad.doc import Document


class ClaimsComponent:
    name = "claims"

    def __call__(self, doc: Document) -> Document:
        doc.claims = find_claims(doc)
        return doc
