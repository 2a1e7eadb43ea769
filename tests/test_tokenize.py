from marsad.text.normalize import normalize
from marsad.text.tokenize import TokenKind, tokenize


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind.value) for t in tokenize(normalize(sentence).text)]


def test_arabic_punctuation_and_quotes():
    assert texts("قال: «نرفض ذلك»، أليس كذلك؟ نعم؛ “حسناً”") == [
        ("قال", "arabic"),
        (":", "punct"),
        ("«", "punct"),
        ("نرفض", "arabic"),
        ("ذلك", "arabic"),
        ("»", "punct"),
        ("،", "punct"),
        ("اليس", "arabic"),
        ("كذلك", "arabic"),
        ("؟", "punct"),
        ("نعم", "arabic"),
        ("؛", "punct"),
        ("“", "punct"),
        ("حسنا", "arabic"),
        ("”", "punct"),
    ]


def test_numbers_keep_separators():
    tokens = texts("نقل ١٬٥٠٠ طن بقيمة 2,750.5 دولار، أي 12.5% عند الساعة 10:30")
    numbers = [t for t, kind in tokens if kind == "number"]
    assert numbers == ["1,500", "2,750.5", "12.5%", "10:30"]


def test_date_with_slashes_is_split():
    assert [t for t, _ in texts("في 12/9/2022")] == ["في", "12", "/", "9", "/", "2022"]


def test_latin_words_and_mixed_script():
    tokens = texts("طائرات Bayraktar TB2 وصواريخ S-300")
    assert ("Bayraktar", "latin") in tokens
    assert ("TB", "latin") in tokens and ("2", "number") in tokens
    assert ("وصواريخ", "arabic") in tokens


def test_offsets_index_the_normalised_text():
    text = normalize("أكدت باكو، أمس، أن 3 جنود قتلوا").text
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert tokenize("") == []
    assert {t.kind for t in tokenize(text)} <= set(TokenKind)
