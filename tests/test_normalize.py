"""Offsets survive every normalisation: what a span covers in the original is the word itself."""

import regex

from marsad.text.normalize import NormalizationConfig, normalize, normalize_key


def words_back(original: str) -> list[str]:
    norm = normalize(original)
    out = []
    for match in regex.finditer(r"\S+", norm.text):
        start, end = norm.span(match.start(), match.end())
        out.append(original[start:end])
    return out


def test_diacritics_removed_and_mapped_back():
    original = "أَعْلَنَتِ الْوِزَارَةُ وَقْفاً لِإِطْلَاقِ النَّارِ"
    norm = normalize(original)
    assert norm.text == "اعلنت الوزاره وقفا لاطلاق النار"
    assert words_back(original) == original.split()


def test_tatweel_and_alef_variants():
    original = "أكّــد إيران آمنة ٱلقرار"
    norm = normalize(original)
    assert norm.text == "اكد ايران امنه القرار"
    assert words_back(original) == original.split()


def test_alef_maqsura_and_ta_marbuta_folds_are_configurable():
    assert normalize("مستشفى المدينة").text == "مستشفي المدينه"
    kept = normalize(
        "مستشفى المدينة", NormalizationConfig(fold_ta_marbuta=False, fold_alef_maqsura=False)
    )
    assert kept.text == "مستشفى المدينة"


def test_arabic_indic_and_persian_digits():
    original = "قُتل ١٢ شخصاً في ۲۰۲۲ و٣٫٥ بالمئة"
    norm = normalize(original)
    assert norm.text == "قتل 12 شخصا في 2022 و3.5 بالمئه"
    assert words_back(original) == original.split()


def test_zero_width_and_bidi_controls_dropped_but_offsets_kept():
    original = "قال\u200f الرئيس\u200b\u200c إن \u202bباكو\u202c ردت"
    norm = normalize(original)
    assert norm.text == "قال الرئيس ان باكو ردت"
    start = norm.text.index("باكو")
    s, e = norm.span(start, start + 4)
    assert original[s:e] == "باكو"


def test_presentation_forms_expand_with_nfkc():
    # U+FEFB is the lam-alef ligature; U+FE8D.. are contextual glyph forms.
    original = "\ufefb تراجع عن \ufe8d\ufee0\ufed8\ufeae\ufe8d\ufead"
    norm = normalize(original)
    assert norm.text == "لا تراجع عن القرار"
    s, e = norm.span(0, 2)
    assert original[s:e] == "\ufefb"
    # A span ending inside the ligature still covers the whole original character.
    assert norm.span(0, 1) == (0, 1)
    start = norm.text.index("القرار")
    s, e = norm.span(start, start + len("القرار"))
    assert original[s:e] == "\ufe8d\ufee0\ufed8\ufeae\ufe8d\ufead"


def test_mixed_arabic_latin_digits():
    original = "أعلنت «رويترز» (Reuters) أن 1,500 جنديٍّ انسحبوا – COVID-19"
    assert words_back(original) == original.split()


def test_every_offset_maps_monotonically():
    original = "وَبِالْمُدَفْعِيَّةِ\u200f ﻻ ١٢ — ـــ إيران"
    norm = normalize(original)
    starts = [norm.to_original_start(i) for i in range(len(norm.text) + 1)]
    assert starts == sorted(starts)
    assert starts[-1] == len(original)
    assert all(0 <= s <= len(original) for s in starts)


def test_span_end_includes_trailing_diacritics():
    original = "وقفاً فورياً"
    norm = normalize(original)
    s, e = norm.span(0, 4)
    assert original[s:e] == "وقفاً"


def test_empty_text():
    norm = normalize("")
    assert norm.text == ""
    assert norm.span(0, 0) == (0, 0)


def test_normalize_key_folds_whitespace():
    assert normalize_key("  وزارة   الدفاع\n") == "وزاره الدفاع"
