"""Tokenizer over normalised text: Arabic words, Latin words, numbers, punctuation.

Offsets are into the normalised text; ``Normalized.span`` maps them back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

import regex


class TokenKind(StrEnum):
    ARABIC = "arabic"
    LATIN = "latin"
    NUMBER = "number"
    PUNCT = "punct"
    SYMBOL = "symbol"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: TokenKind


# Numbers keep their thousands and decimal separators ("1,500.75", "12.5%"),
# so do clock times ("10:30"); a date "12/9/2022" is three numbers and two slashes.
_TOKEN = regex.compile(
    r"""
    (?P<number>\d+(?:[.,:]\d+)*%?)
  | (?P<arabic>[\p{Script=Arabic}&&\p{L}]+)
  | (?P<latin>[\p{Latin}\p{Greek}\p{Cyrillic}]+(?:['’\-][\p{Latin}]+)*)
  | (?P<punct>[\p{P}])
  | (?P<symbol>[^\s])
    """,
    regex.VERBOSE | regex.V1,
)

_KINDS = {
    "number": TokenKind.NUMBER,
    "arabic": TokenKind.ARABIC,
    "latin": TokenKind.LATIN,
    "punct": TokenKind.PUNCT,
    "symbol": TokenKind.SYMBOL,
}


def tokenize(text: str) -> list[Token]:
    """Split normalised text into tokens with offsets."""
    kinds = _KINDS
    return [
        Token(m.start(), m.end(), m.group(), kinds[m.lastgroup])  # type: ignore[index]
        for m in _TOKEN.finditer(text)
    ]
