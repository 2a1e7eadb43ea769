"""Sentence splitter for Arabic news over normalised text.

Rules, in order:
- a line break always ends a sentence, so headlines and crossheads without
  final punctuation ("اشتباكات حدودية واسعة النطاق") stand alone;
- . ! ? ؟ … end a sentence when followed by white space, unless the period closes
  a known abbreviation ("د." doctor, "م." for the Common Era year, "أ.ف.ب") or
  a single letter ("ج. بايدن");
- a full stop inside an open quotation («...» or “...”) does not end the
  sentence; the sentence ends after the closing quote instead;
- a run longer than MAX_CHARS without any of these (a page pasted without punctuation) is cut at
  the last space before the limit: later stages look across a sentence for each trigger, so one
  such run of 200 kB would otherwise take minutes.
"""

from __future__ import annotations

import regex

from marsad.resources import abbreviations

_LINE = regex.compile(r"[^\n]+")
_MARK = regex.compile(r'[«“(»”)"]|[.!?؟…]+')
_WORD_BEFORE = regex.compile(r"(\S+?)$")
_OPENERS = {"«": "»", "“": "”", "(": ")"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_TRAILING_CLOSERS = "»”\")]'’"
MAX_CHARS = 2_000  # the longest sentence of the GSR news sentences has 1,820 characters


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of sentences in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), spans)
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    known_abbreviations = abbreviations()
    sentence_start = start
    depth = 0
    straight_open = False
    consumed = start
    for mark in _MARK.finditer(text, start, end):
        pos = mark.start()
        if pos < consumed:
            continue
        char = text[pos]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(depth - 1, 0)
        elif char == '"':
            straight_open = not straight_open
        else:
            stop = mark.end()
            # Closing quotes and brackets right after the stop belong to this sentence.
            while stop < end and text[stop] in _TRAILING_CLOSERS:
                if text[stop] in _CLOSERS:
                    depth = max(depth - 1, 0)
                elif text[stop] == '"':
                    straight_open = not straight_open
                stop += 1
            consumed = stop
            at_break = stop >= end or text[stop].isspace()
            inside_quote = depth > 0 or straight_open
            if (
                at_break
                and not inside_quote
                and not _is_abbreviation(text, sentence_start, pos, char, known_abbreviations)
            ):
                _add(text, sentence_start, stop, spans)
                sentence_start = stop
    _add(text, sentence_start, end, spans)


def _is_abbreviation(
    text: str, sentence_start: int, pos: int, char: str, known: frozenset[str]
) -> bool:
    if char != ".":
        return False
    word = _WORD_BEFORE.search(text, sentence_start, pos)
    if word is None:
        return False
    token = word.group(1).lstrip('(«“"')
    if token in known or (token + ".") in known:
        return True
    # A lone letter before the period is an initial ("ج. بايدن", "J. Biden").
    return len(token) == 1 and token.isalpha()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_CHARS)
        cut = cut if cut > start else start + MAX_CHARS
        _add(text, start, cut, spans)
        start = cut + 1 if text[cut] == " " else cut
    if end > start:
        spans.append((start, end))
