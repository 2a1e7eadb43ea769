"""Clitic-aware phrase matching over a document's tokens.

Every lexicon in Marsad (countries, titles, triggers, cues, places) is a
mapping from an Arabic phrase to a value. ``PhraseMatcher`` finds those phrases
in the token stream: the first word may carry proclitics ("وبالمدفعية" matches
the entry "مدفعية"; "ولاتشين" matches "لاتشين"), and the whole word is always
tried first, so an entry like "باكو" is never read as ب + اكو. Matching is
greedy, longest phrase first, left to right, without overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from marsad.resources import read_word_list
from marsad.text.clitics import stem_candidates
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, TokenKind, tokenize

_QUOTES = frozenset("\"«»“”'/")  # "عناصر تنظيم ” داعش ” الإرهابي", "تنظيم / داعش /"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    first: int  # index of the first token
    last: int  # index one past the last token
    start: int  # normalised offset where the phrase begins (after any proclitics)
    end: int  # normalised offset where it ends
    proclitics: str  # the letters cut from the first word ("و", "وبال", ...)
    value: T
    rest_first: int | None = None  # of a split phrase: where the words after the gap begin
    rest: tuple[str, ...] = ()  # of a split phrase: the entry's words after the gap


_COMMAS = frozenset("،,")
_ASIDE_WORDS = 3
_SOURCE_ASIDE_WORDS = 12  # "، في بيان لوزارة الخارجية نقلته وكالة الأنباء اليمنية (سبأ) الرسمية،"
_PARENTHESES = frozenset("()")
# an acronym in parentheses, the slash of a date's two month names: "(سبأ)", "20 يوليو/تموز"
_INSIDE_ASIDES = _PARENTHESES | {"/"}


def _quote_within(tokens: Sequence[Token], i: int, limit: int) -> bool:
    """A quote mark among the three tokens after ``i``."""
    return any(tokens[k].text in _QUOTES for k in range(i + 1, min(limit, i + 4)))


def _words(tokens: Sequence[Token], match: PhraseMatch[T]) -> int:
    """The words of a match, its quote marks not counted."""
    return sum(t.text not in _QUOTES for t in tokens[match.first : match.last])


def _gap_window(tokens: Sequence[Token], i: int, limit: int, max_gap: int) -> list[int]:
    """Where the words after the gap of a split phrase starting at ``i`` may begin: after 1 to
    ``max_gap`` words. Punctuation ends the clause (quotes around a name do not), except a
    short aside between two commas, which is passed over and not counted: "أسقط مجلس العموم،
    مساء الأربعاء، تعديلاً", "زودت الهند سريلانكا، الاثنين، بشحنة"."""
    window: list[int] = []
    words = 0
    j = i + 1
    while j < limit:
        token = tokens[j]
        if token.kind is TokenKind.PUNCT and token.text not in _QUOTES:
            close = _aside_end(tokens, j, limit) if words else None
            if close is None:
                break
            j = close + 1
            window.append(j)
            continue
        words += 1
        if words > max_gap:
            break
        j += 1
        window.append(j)
    return [j for j in window if j < limit]


def _aside_end(tokens: Sequence[Token], comma: int, limit: int) -> int | None:
    """The closing comma of a short aside opened by the comma at ``comma``, or None."""
    if tokens[comma].text not in _COMMAS:
        return None
    sourced = comma + 1 < limit and opens_long_aside(tokens[comma + 1].text)
    reach = _SOURCE_ASIDE_WORDS if sourced else _ASIDE_WORDS
    k, words = comma + 1, 0
    while k < limit and words <= reach:
        token = tokens[k]
        if token.kind is TokenKind.PUNCT and not (sourced and token.text in _INSIDE_ASIDES):
            return k if token.text in _COMMAS and words else None
        words += token.kind is not TokenKind.PUNCT
        k += 1
    return None


@lru_cache(maxsize=1)
def _long_asides() -> frozenset[str]:
    return frozenset(read_word_list("asides.txt")) | _appositions()


@lru_cache(maxsize=1)
def _appositions() -> frozenset[str]:
    return frozenset(read_word_list("appositions.txt"))


@lru_cache(maxsize=8192)
def opens_long_aside(word: str) -> bool:
    """Whether a word after a comma opens an aside a clause goes on after: "، في بيان ...،"
    (asides.txt), "، القريبة من حركة الاحتجاج،" (appositions.txt)."""
    return normalize_key(word) in _long_asides()


@lru_cache(maxsize=8192)
def opens_apposition(word: str) -> bool:
    """Whether a word after a comma opens an apposition on the party before it: "، أحد أبرز
    قادة الحركة،", "، الذي طلب عدم ذكر اسمه،" (appositions.txt)."""
    return normalize_key(word) in _appositions()


class PhraseMatcher(Generic[T]):
    """Find lexicon phrases in tokens. Keys are normalised with ``normalize_key``."""

    def __init__(
        self,
        phrases: Iterable[tuple[str, T]],
        *,
        proclitics: bool = True,
        over_quotes: bool = False,
    ) -> None:
        self.allow_proclitics = proclitics
        self.over_quotes = over_quotes  # quote marks may stand between the words of a phrase
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        seen: dict[tuple[str, ...], T] = {}
        for phrase, value in phrases:
            key = tuple(token.text for token in tokenize(normalize_key(phrase)))
            if not key:
                raise ValueError(f"empty phrase in lexicon: {phrase!r}")
            if key in seen:
                if seen[key] != value:
                    raise ValueError(f"phrase {phrase!r} is listed twice with different values")
                continue
            seen[key] = value
            self._by_first.setdefault(key[0], []).append((key, value))
        # The second word of each phrase, by first word: a split phrase is only tried where its
        # second word can stand.
        self._seconds: dict[str, set[str]] = {
            first: {key[1] for key, _ in entries if len(key) > 1}
            for first, entries in self._by_first.items()
        }
        for entries in self._by_first.values():
            # More words first; among as many, longer words first, so that a whole word beats a
            # joined preposition ("تبرع بالدم" before "تبرع ب")
            entries.sort(key=lambda entry: (-len(entry[0]), -sum(map(len, entry[0]))))

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._by_first.values())

    def keys(self) -> set[str]:
        """Every normalised phrase, space-joined."""
        return {" ".join(key) for entries in self._by_first.values() for key, _ in entries}

    def match_at(
        self, tokens: Sequence[Token], i: int, limit: int | None = None
    ) -> PhraseMatch[T] | None:
        """The longest phrase starting at token ``i`` (ending before ``limit``), or None."""
        limit = len(tokens) if limit is None else min(limit, len(tokens))
        if i >= limit:
            return None  # "وصفته ب" at the end of a text: nothing after the particle
        first = tokens[i]
        if first.kind is TokenKind.PUNCT:
            return None
        stems = _stems(first.text) if self.allow_proclitics else ((first.text, 0),)
        plain = None
        for stem, prefix_len in stems:
            entries = self._by_first.get(stem)
            if not entries:
                continue
            for key, value in entries:
                n = len(key)
                if i + n > limit:
                    continue
                if all(_fits(tokens[i + k].text, key[k], k == n - 1) for k in range(1, n)):
                    plain = PhraseMatch(
                        first=i,
                        last=i + n,
                        start=first.start + prefix_len,
                        end=tokens[i + n - 1].end,
                        proclitics=first.text[:prefix_len],
                        value=value,
                    )
                    break
            if plain is not None:
                break
        if not self.over_quotes or not _quote_within(tokens, i, limit):
            return plain
        quoted = self._match_over_quotes(tokens, i, limit, stems)
        if quoted is not None and (plain is None or _words(tokens, quoted) > _words(tokens, plain)):
            return quoted  # 'شدد على "ضرورة' is more than "شدد"
        return plain

    def _match_over_quotes(
        self, tokens: Sequence[Token], i: int, limit: int, stems: tuple[tuple[str, int], ...]
    ) -> PhraseMatch[T] | None:
        """A phrase with quote marks between its words, as wire copy puts them: 'شددا على
        "ضرورة وقف إطلاق النار"', 'أطلق "صواريخ" على المدينة'."""
        first = tokens[i]
        for stem, prefix_len in stems:
            entries = self._by_first.get(stem, ())
            if not entries:
                continue
            # the words after the first, quote marks passed over: a phrase of n words spans at
            # most 2n tokens (entries are sorted longest first)
            reach = min(limit, i + 2 * len(entries[0][0]))
            words = [j for j in range(i + 1, reach) if tokens[j].text not in _QUOTES]
            for key, value in entries:
                n = len(key)
                if n < 2 or len(words) < n - 1:
                    continue
                at = words[: n - 1]
                if at[-1] - i >= 2 * n or any(tokens[j].kind is TokenKind.PUNCT for j in at):
                    continue  # only quote marks between the words, and not too many
                if all(_fits(tokens[j].text, key[k + 1], k == n - 2) for k, j in enumerate(at)):
                    last = at[-1] + 1
                    opened = sum(tokens[j].text in _QUOTES for j in range(i + 1, last)) % 2
                    if opened and last < limit and tokens[last].text in _QUOTES:
                        last += 1  # 'قناة "الجزيرة"': the quote closes with the name
                    return PhraseMatch(
                        first=i,
                        last=last,
                        start=first.start + prefix_len,
                        end=tokens[last - 1].end,
                        proclitics=first.text[:prefix_len],
                        value=value,
                    )
        return None

    def match_split(
        self, tokens: Sequence[Token], i: int, limit: int, max_gap: int
    ) -> PhraseMatch[T] | None:
        """A multiword phrase whose first word is separated from the rest by up to ``max_gap``
        tokens: "أطلق مسلحون النار" for the entry "أطلق النار". The match covers the first word."""
        first = tokens[i]
        if first.kind is TokenKind.PUNCT:
            return None
        candidates = stem_candidates(first.text) if self.allow_proclitics else (first.text,)
        window = _gap_window(tokens, i, limit, max_gap)
        for stem in candidates:
            seconds = self._seconds.get(stem)
            if not seconds:
                continue
            starts = [j for j in window if not seconds.isdisjoint(_probes(tokens[j].text))]
            for key, value in self._by_first[stem] if starts else ():
                rest = key[1:]
                if not rest:
                    continue
                for j in starts:
                    at = self._rest_positions(tokens, j, limit, len(rest))
                    # The object may take the article: "أطلقت عشرات الصواريخ" for "أطلق صواريخ".
                    if at is not None and all(
                        tokens[p].text == "ال" + rest[k]
                        or _fits(tokens[p].text, rest[k], p == at[-1])
                        for k, p in enumerate(at)
                    ):
                        prefix_len = len(first.text) - len(stem)
                        return PhraseMatch(
                            i, i + 1, first.start + prefix_len, first.end,
                            first.text[:prefix_len], value, rest_first=j, rest=rest,
                        )  # fmt: skip
        return None

    def _rest_positions(
        self, tokens: Sequence[Token], j: int, limit: int, n: int
    ) -> list[int] | None:
        """Where the n words after a split phrase's gap stand: side by side, or with quote marks
        between them when the matcher allows it ('شدد الوزير على "ضرورة')."""
        if not self.over_quotes:
            return list(range(j, j + n)) if j + n <= limit else None
        at: list[int] = []
        k = j
        while k < limit and len(at) < n:
            if tokens[k].text in _QUOTES and at:
                k += 1
                continue
            at.append(k)
            k += 1
        return at if len(at) == n else None

    def find_all(
        self, tokens: Sequence[Token], start: int = 0, end: int | None = None
    ) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches in ``tokens[start:end]``, left to right."""
        end = len(tokens) if end is None else end
        matches: list[PhraseMatch[T]] = []
        i = start
        while i < end:
            match = self.match_at(tokens, i, end)
            if match is None:
                i += 1
            else:
                matches.append(match)
                i = match.last
        return matches


def word_list_matcher(name: str) -> PhraseMatcher[bool]:
    """A matcher of the phrases in a resource word list ("events/protesters.txt")."""
    return PhraseMatcher((phrase, True) for phrase in read_word_list(name))


@lru_cache(maxsize=131_072)
def _stems(word: str) -> tuple[tuple[str, int], ...]:
    """(stem, length of the proclitics cut) for each reading of a word, the whole word first."""
    stems = [(stem, len(word) - len(stem)) for stem in stem_candidates(word)]
    stems[1:1] = _lam_article(word)
    return tuple(stems)


def _lam_article(word: str) -> list[tuple[str, int]]:
    """ل + ال is written لل: "للحكومة" is ل + "الحكومة" ("وللجيش" is و + ل + "الجيش")."""
    for proclitic in ("ل", "ول", "فل"):
        if word.startswith(proclitic + "ل") and len(word) - len(proclitic) >= 4:
            return [("ا" + word[len(proclitic) :], len(proclitic))]
    return []


# A phrase may end on a preposition written joined to the next word: "لوّح بشن هجوم" for the entry
# "لوح ب", "تبرع بمبلغ" for "تبرع ب".
_JOINED_PREPOSITIONS = frozenset({"ب", "ل"})


def _fits(word: str, key_word: str, last: bool) -> bool:
    """Whether a token stands for a phrase word: the same word, or, for the phrase's last word,
    a joined preposition at the start of a longer token."""
    if word == key_word:
        return True
    return last and key_word in _JOINED_PREPOSITIONS and word.startswith(key_word) and len(word) > 2


def _probes(word: str) -> tuple[str, ...]:
    """The phrase words a token may stand for: itself, itself without the article, and a joined
    preposition at its start."""
    probes = [word]
    if word.startswith("ال"):
        probes.append(word[2:])
    if len(word) > 2 and word[0] in _JOINED_PREPOSITIONS:
        probes.append(word[0])
    return tuple(probes)
