"""Errors Marsad reports about its input, with a machine-readable kind."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    ENCODING = "encoding"  # bytes that are not UTF-8
    EMPTY = "empty"  # no text, or only white space
    NOT_ARABIC = "not_arabic"  # no Arabic letters at all
    TOO_LARGE = "too_large"  # over the configured size limit
    MALFORMED = "malformed"  # a JSON line or file that does not parse
    BAD_FIELD = "bad_field"  # a field of the wrong type or form (e.g. published)
    INTERNAL = "internal"  # a bug in Marsad: the document is skipped, the batch goes on


class MarsadInputError(ValueError):
    """A document Marsad cannot read; carries a kind and a message for the user."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"kind": str(self.kind), "message": self.message}
