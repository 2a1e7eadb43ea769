"""A readable Latin transliteration of Arabic names for ``name_en`` when no curated name exists.

Vowels are mostly unwritten in Arabic, so this is a readable key, not the person's own
spelling: "باشنيان" → "Bashnyan". Curated names (people.tsv) take precedence.
"""

from __future__ import annotations

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "'", "ئ": "'", "ؤ": "'",
    "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}  # fmt: skip


def transliterate(name: str) -> str:
    """Latin rendering of an Arabic-script name, word by word, capitalised."""
    words = []
    for word in name.split():
        latin = "".join(_LETTERS.get(ch, ch) for ch in word)
        # Long vowels between consonants read as vowels: "بوتين" → "Butin", not "Bwtyn".
        latin = _vowels(latin)
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)


def _vowels(latin: str) -> str:
    out = []
    for i, ch in enumerate(latin):
        prev = latin[i - 1] if i else ""
        if ch == "w" and prev and prev not in "aeiou'":
            out.append("u")
        elif ch == "y" and prev and prev not in "aeiou'" and i + 1 < len(latin):
            out.append("i")
        else:
            out.append(ch)
    return "".join(out)
