"""How common an Arabic word is in running text, from wordfreq's Arabic list (Wikipedia,
subtitles, news, web text; shipped inside the package, no download).

Marsad matches normalised text ("مدينه" for "مدينة", "اكثر" for "أكثر"), while wordfreq counts
written forms, so a normalised word is looked up under the written forms it can stand for and
the most frequent one counts.
"""

from __future__ import annotations

from functools import lru_cache

_HAMZA_ALEFS = ("أ", "إ", "آ")


def written_forms(word: str) -> set[str]:
    """The spellings a normalised word can stand for: final ه as ة, final ي as ى, a bare
    initial alef with its hamza or madda."""
    forms = {word}
    if word.endswith("ه"):
        forms.add(word[:-1] + "ة")
    if word.endswith("ي"):
        forms.add(word[:-1] + "ى")
    if word.startswith("ا"):
        forms |= {alef + form[1:] for form in list(forms) for alef in _HAMZA_ALEFS}
    return forms


@lru_cache(maxsize=131_072)  # bounded: a long batch meets millions of distinct words
def zipf(word: str) -> float:
    """Zipf frequency (log10 of occurrences per billion words) of the word's commonest written
    form: about 6 for "أكثر", 4 for "تكساس", 0 for "داشكسن" (unlisted)."""
    from wordfreq import zipf_frequency  # imported on first use: it adds 0.3 s to start-up

    return max(zipf_frequency(form, "ar") for form in written_forms(word))
