"""The phrase matcher: lexicon phrases over proclitics, split by a subject, or by quote marks."""

from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import tokenize


def tokens(text: str):
    return tokenize(normalize_key(text))


def test_quote_marks_between_the_words_of_a_phrase_when_allowed():
    phrases = [("شدد على ضرورة", "call"), ("شدد", "stress"), ("قناة الجزيرة", "outlet")]
    quoting = PhraseMatcher(phrases, over_quotes=True)
    plain = PhraseMatcher(phrases)
    words = tokens('وشدد على "ضرورة وقف إطلاق النار"')
    assert quoting.match_at(words, 0).value == "call"  # the longer phrase, over the quote
    assert plain.match_at(words, 0).value == "stress"
    outlet = tokens('ونقلت قناة "الجزيرة" عن مصدر')
    match = quoting.match_at(outlet, 1)
    assert match is not None and outlet[match.last - 1].text == '"'  # the quote closes with it
    apart = tokens('قناة ، "الجزيرة"')  # a comma is more than a quote mark: no phrase
    assert quoting.match_at(apart, 0) is None


def test_a_split_phrase_reaches_its_rest_over_quote_marks():
    matcher = PhraseMatcher([("شدد على ضرورة", "call")], over_quotes=True)
    words = tokens('وشدد الوزير المصري على "ضرورة الحوار"')
    match = matcher.match_split(words, 0, len(words), max_gap=4)
    assert match is not None and match.value == "call"
    assert PhraseMatcher([("شدد على ضرورة", "call")]).match_split(words, 0, len(words), 4) is None
