"""Clitic segmentation for Arabic words, guarded by a stem lexicon.

Proclitics stack in a fixed order: conjunction (و ف), then preposition or
future particle (ب ل ك / س), then the article ال; ل + ال is written لل
("فللجيش" = ف + ل + ال + جيش). Enclitic pronouns follow the stem
("قواتها" = قوات + ها).

A word is cut only when the result is believable: the stem is a known word
(resources/clitic_stems.txt or the guard list), or,
for unknown stems, when an article ال shows the word is a noun phrase
("وبالمدفعية"), a future س precedes an imperfect verb ("وسيتوجه"), or a
conjunction و sits before three or more letters. Words in
the guard list (names such as باكو، بلينكن، كابول، ليبيا) are never cut.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from marsad.resources import clitic_guard, clitic_stems

_CONJUNCTIONS = ("", "و", "ف")
_PARTICLES = ("", "ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي", "")
_IMPERFECT_PREFIXES = "يتنا"


class Segmentation(NamedTuple):
    proclitics: tuple[str, ...]
    stem: str
    enclitic: str
    stem_start: int  # offset of the stem inside the word

    @property
    def stem_end(self) -> int:
        return self.stem_start + len(self.stem)


def _proclitic_sequences() -> list[tuple[str, tuple[str, ...]]]:
    """Every surface prefix with the clitics it stands for, longest first."""
    sequences: dict[str, tuple[str, ...]] = {}
    for conj in _CONJUNCTIONS:
        for particle in _PARTICLES:
            for article in ("", "ال"):
                if particle == "س" and article:
                    continue
                parts = tuple(p for p in (conj, particle, article) if p)
                # ل + ال is written لل: "للجيش".
                surface = conj + "لل" if particle == "ل" and article else "".join(parts)
                sequences.setdefault(surface, parts)
    return sorted(sequences.items(), key=lambda item: -len(item[0]))


_PREFIXES = _proclitic_sequences()


@cache
def _known_words() -> frozenset[str]:
    return clitic_stems() | clitic_guard()


@lru_cache(maxsize=200_000)
def segment(word: str) -> Segmentation:
    """Split ``word`` (normalised) into proclitics, stem and enclitic."""
    whole = Segmentation((), word, "", 0)
    if len(word) <= 2 or word in clitic_guard():
        return whole
    known = _known_words()
    if word in known:
        return whole
    for surface, parts in _PREFIXES:
        if not word.startswith(surface):
            continue
        for enclitic in _ENCLITICS:
            if enclitic and not word.endswith(enclitic):
                continue
            stem = word[len(surface) : len(word) - len(enclitic)]
            if len(stem) < 2 or (not surface and not enclitic):
                continue
            if parts and parts[-1] == "س" and stem[0] not in _IMPERFECT_PREFIXES:
                continue
            if (
                stem in known
                or (enclitic and _restore_ta_marbuta(stem) in known)
                or (enclitic == "" and _believable_unknown(parts, stem))
            ):
                return Segmentation(parts, stem, enclitic, len(surface))
    return whole


def _restore_ta_marbuta(stem: str) -> str:
    """ة is written ت before a pronoun: "حكومتهم" = حكومة + هم (normalised ة is ه)."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def _believable_unknown(parts: tuple[str, ...], stem: str) -> bool:
    """Cut a word whose stem we do not know only on strong evidence."""
    if not parts:
        return False
    if parts[-1] == "ال":
        return len(stem) >= 2
    if parts[-1] == "س":  # future particle before an imperfect verb: "وسيتوجه"
        return len(stem) >= 3
    return parts == ("و",) and len(stem) >= 3


@lru_cache(maxsize=200_000)
def stem_candidates(word: str) -> tuple[str, ...]:
    """Plausible stems of ``word`` for lexicon look-up, the whole word first.

    A lexicon matcher tries each in order and keeps the first it knows, which is
    how the lexicons themselves guard segmentation ("وباكو" → باكو, but "باكو"
    stays باكو because it is tried whole first). Shorter proclitic strings come
    first, so "وبحث" is و + بحث (discussed) before و + ب + حث (urge).
    """
    if word in clitic_guard():
        return (word,)  # "وزارة" (ministry) is never و + زارة (visited)
    candidates = [word]
    for surface, parts in reversed(_PREFIXES):
        if surface and word.startswith(surface) and len(word) - len(surface) >= 2:
            rest = word[len(surface) :]
            if parts[-1] == "س" and rest[0] not in _IMPERFECT_PREFIXES:
                continue
            if rest not in candidates:
                candidates.append(rest)
    return tuple(candidates)


def stem_in(word: str, words: frozenset[str]) -> bool:
    """Whether the word, or the word without some of its proclitics, is one of ``words``:
    "بمدينة" → مدينه."""
    return any(candidate in words for candidate in stem_candidates(word))
