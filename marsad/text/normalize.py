"""Matching normalisation of Arabic text with a map back to original offsets.

Every downstream component matches against ``Normalized.text``; every span it
finds is turned back into original character offsets with ``Normalized.span``.
One-to-one character folds (alef variants, digits, ى→ي) keep length; deletions
(diacritics, tatweel, invisible controls) and NFKC expansions of presentation
forms (ﻻ → لا) are recorded as segments of the offset map.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

# Harakat, tanwin, shadda, sukun, dagger alef, Quranic annotation marks.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
# Zero-width and bidirectional controls, soft hyphen, byte-order mark.
_INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# Arabic presentation forms A and B (ligatures and contextual glyph forms).
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"

_DELETE_CLASS = f"[{_DIACRITICS}{_TATWEEL}{_INVISIBLE}]"
_SPECIAL = regex.compile(f"[{_DIACRITICS}{_TATWEEL}{_INVISIBLE}{_PRESENTATION}]+")
_DELETE = regex.compile(_DELETE_CLASS)
_MARKS = regex.compile(f"[{_DIACRITICS}{_TATWEEL}]*")

_BASE_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "٫": ".",
    "٬": ",",
}
_BASE_FOLDS.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic ٠-٩
_BASE_FOLDS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian ۰-۹


@dataclass(frozen=True, slots=True)
class NormalizationConfig:
    """Which optional folds to apply. ة→ه is a common spelling variant in news."""

    fold_ta_marbuta: bool = True
    fold_alef_maqsura: bool = True


DEFAULT_CONFIG = NormalizationConfig()


@lru_cache(maxsize=8)
def _fold_table(config: NormalizationConfig) -> dict[int, str]:
    folds = dict(_BASE_FOLDS)
    if config.fold_ta_marbuta:
        folds["ة"] = "ه"
    if not config.fold_alef_maqsura:
        del folds["ى"]
    return str.maketrans(folds)


@lru_cache(maxsize=4096)
def _replacement(char: str, config: NormalizationConfig) -> str:
    """What one special character becomes: '' (deleted) or its folded NFKC form."""
    if _DELETE.fullmatch(char):
        return ""
    expanded = unicodedata.normalize("NFKC", char)
    return _DELETE.sub("", expanded).translate(_fold_table(config)).strip()


class Normalized:
    """Normalised text plus a piecewise map from its offsets to the original's.

    The map is a sorted list of segments ``(norm_start, orig_start, norm_len,
    orig_len)``. A segment with equal lengths is an identity run; one with
    ``orig_len == 1`` and ``norm_len > 1`` is an expansion of one character.
    Deleted characters fall in the gaps between segments.
    """

    __slots__ = ("_seg_len", "_seg_norm", "_seg_olen", "_seg_orig", "original", "text")

    def __init__(self, original: str, config: NormalizationConfig = DEFAULT_CONFIG) -> None:
        self.original = original
        folded = original.translate(_fold_table(config))
        seg_norm: list[int] = []
        seg_orig: list[int] = []
        seg_len: list[int] = []
        seg_olen: list[int] = []
        pieces: list[str] = []
        norm_pos = 0
        orig_pos = 0

        def identity(upto: int) -> None:
            nonlocal norm_pos, orig_pos
            if upto > orig_pos:
                length = upto - orig_pos
                seg_norm.append(norm_pos)
                seg_orig.append(orig_pos)
                seg_len.append(length)
                seg_olen.append(length)
                pieces.append(folded[orig_pos:upto])
                norm_pos += length
                orig_pos = upto

        for match in _SPECIAL.finditer(folded):
            identity(match.start())
            for char in match.group():
                replacement = _replacement(char, config)
                if replacement:
                    seg_norm.append(norm_pos)
                    seg_orig.append(orig_pos)
                    seg_len.append(len(replacement))
                    seg_olen.append(1)
                    pieces.append(replacement)
                    norm_pos += len(replacement)
                orig_pos += 1
        identity(len(folded))
        self.text = "".join(pieces) if len(pieces) != 1 else pieces[0]
        self._seg_norm = seg_norm
        self._seg_orig = seg_orig
        self._seg_len = seg_len
        self._seg_olen = seg_olen

    def __len__(self) -> int:
        return len(self.text)

    def to_original_start(self, pos: int) -> int:
        """Original offset of the character at normalised offset ``pos``."""
        if pos >= len(self.text):
            return len(self.original)
        i = bisect_right(self._seg_norm, pos) - 1
        offset = pos - self._seg_norm[i]
        if self._seg_len[i] == self._seg_olen[i]:
            return self._seg_orig[i] + offset
        return self._seg_orig[i]

    def to_original_end(self, pos: int) -> int:
        """Original end offset (exclusive) for a span ending at normalised ``pos``.

        Marks deleted after the last kept character (e.g. the tanwin of "وقفاً")
        stay inside the span, so a highlight covers the whole written word.
        """
        if pos <= 0:
            return 0
        if pos >= len(self.text):
            last = self._last_kept_original_end()
            return self._extend_over_deleted(last)
        i = bisect_right(self._seg_norm, pos) - 1
        offset = pos - self._seg_norm[i]
        if offset == 0:
            return self._extend_over_deleted(self._end_of_char(pos - 1))
        if self._seg_len[i] == self._seg_olen[i]:
            return self._seg_orig[i] + offset
        return self._seg_orig[i] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for a normalised half-open span."""
        if end <= start:
            begin = self.to_original_start(start)
            return begin, begin
        return self.to_original_start(start), self.to_original_end(end)

    def _end_of_char(self, pos: int) -> int:
        i = bisect_right(self._seg_norm, pos) - 1
        if self._seg_len[i] == self._seg_olen[i]:
            return self._seg_orig[i] + (pos - self._seg_norm[i]) + 1
        return self._seg_orig[i] + 1

    def _last_kept_original_end(self) -> int:
        if not self._seg_norm:
            return 0
        return self._seg_orig[-1] + self._seg_olen[-1]

    def _extend_over_deleted(self, orig_end: int) -> int:
        """Move an end offset past the marks that follow it (diacritics, tatweel)."""
        return _MARKS.match(self.original, orig_end).end()


def normalize(text: str, config: NormalizationConfig = DEFAULT_CONFIG) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map."""
    return Normalized(text, config)


def normalize_key(text: str, config: NormalizationConfig = DEFAULT_CONFIG) -> str:
    """Normalised form of a lexicon entry or query (no offset map, whitespace folded)."""
    return " ".join(Normalized(text, config).text.split())


_QUOTE_TABLE = str.maketrans("", "", '"«»“”')


def unquoted(text: str) -> str:
    """Text without its quote marks, spaces collapsed: 'تنظيم «داعش» الإرهابي' → تنظيم داعش
    الإرهابي (names are compared and shown so; mentions keep the marks, for highlighting)."""
    return " ".join(text.translate(_QUOTE_TABLE).split())
