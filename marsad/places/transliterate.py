"""Consonant skeletons that let an Arabic spelling meet a Latin one: جيرموك ~ Jermuk, غوريس ~ Goris.

Arabic writes foreign names without short vowels and with its own letters for foreign sounds, so
both scripts are reduced to a skeleton of consonant classes: vowels and semivowels (ا و ي / a e i
o u w y) are dropped, and letters that render the same sound share a class (ف and v/f; غ, g and
gh; ش, sh, ş; تش, ch, ç).
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_ARABIC_CLASSES = {
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "ج": "j", "چ": "C", "ح": "h", "خ": "x",
    "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ژ": "j", "ر": "r", "س": "s", "ص": "s",
    "ش": "S", "غ": "g", "گ": "g", "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h",
}  # fmt: skip
_LATIN_DIGRAPHS = (
    ("tch", "C"), ("sch", "S"), ("sh", "S"), ("ch", "C"), ("kh", "x"), ("gh", "g"), ("zh", "j"),
    ("dj", "j"), ("dzh", "j"), ("ph", "f"), ("th", "s"), ("ts", "s"), ("tz", "s"), ("ck", "k"),
)  # fmt: skip
_LATIN_CLASSES = {
    "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "c": "k", "k": "k", "q": "k", "g": "g",
    "h": "h", "x": "x", "z": "z", "r": "r", "s": "s", "f": "f", "v": "f", "l": "l", "m": "m",
    "n": "n",
}  # fmt: skip
_LATIN_SPECIAL = {"ş": "S", "š": "S", "ç": "C", "č": "C", "ğ": "", "ž": "j", "ı": "", "ə": ""}
# Vowels, for telling apart names of one skeleton: Arabic writes long vowels and often the short
# ones of a foreign name ("كوتونو" is Cotonou, not Hampton; "معالوت" Ma'alot, not Murrieta).
_ARABIC_VOWELS = {"ا": "a", "ى": "a", "و": "u", "ي": "i"}
_LATIN_VOWELS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}


def arabic_skeleton(word: str) -> str:
    """Skeleton of a normalised Arabic word: "جيرموك" → "jrmk", "لاتشين" → "lCn"."""
    word = word.replace("تش", "چ")
    if word.endswith("ه"):
        word = word[:-1]  # final ة (normalised to ه) is a vowel: "غوطه"
    return _squeeze("".join(_ARABIC_CLASSES.get(ch, "") for ch in word))


def latin_skeleton(name: str) -> str:
    """Skeleton of a Latin-script name: "Jermuk" → "jrmk", "Laçın" → "lCn"."""
    return _latin_classes(name, {})


@lru_cache(maxsize=65536)
def sound_similarity(arabic: str, latin: str, floor: float = 0.0) -> float:
    """How alike a normalised Arabic name and a Latin one sound, vowels included, from 0 to 1:
    "كوتونو" ~ "Cotonou" 1.0, ~ "Hampton" 0.46 (the same skeleton, ktn). Below ``floor`` the
    value is only an upper bound, which is quicker to get."""
    word = arabic.replace("تش", "چ")
    if word.endswith("ه"):
        word = word[:-1] + "ا"
    sound = _squeeze("".join(_ARABIC_CLASSES.get(ch, _ARABIC_VOWELS.get(ch, "")) for ch in word))
    matcher = SequenceMatcher(None, sound, _latin_classes(latin, _LATIN_VOWELS), autojunk=False)
    bound = matcher.quick_ratio()
    return bound if bound < floor else matcher.ratio()


def _latin_classes(name: str, vowels: dict[str, str]) -> str:
    text = name.lower()
    text = "".join(_LATIN_SPECIAL.get(ch, ch) for ch in text)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    for digraph, cls in _LATIN_DIGRAPHS:
        text = text.replace(digraph, cls)
    out = [_LATIN_CLASSES.get(ch, vowels.get(ch, ch if ch in "SCx" else "")) for ch in text]
    skeleton = "".join(out)
    if skeleton.endswith("h"):
        skeleton = skeleton[:-1]
    return _squeeze(skeleton)


def _squeeze(skeleton: str) -> str:
    """Doubled consonants are written once in Arabic: "Kalbajjar" ~ "كلبجار"."""
    out = []
    for ch in skeleton:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
