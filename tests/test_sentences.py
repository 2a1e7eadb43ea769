from marsad.text.normalize import normalize
from marsad.text.sentences import MAX_CHARS, split_sentences


def sentences(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[s:e] for s, e in split_sentences(norm)]


def test_headline_without_final_punctuation_stands_alone():
    text = "اشتباكات عنيفة على الحدود\nقالت الوزارة إن الهجوم بدأ فجراً. وأضافت أن الوضع مستقر."
    assert sentences(text) == [
        "اشتباكات عنيفه علي الحدود",
        "قالت الوزاره ان الهجوم بدا فجرا.",
        "واضافت ان الوضع مستقر.",
    ]


def test_quote_spanning_a_full_stop_is_one_sentence():
    text = "وقال الوزير: «لن نتراجع. سندافع عن أرضنا». ثم غادر القاعة."
    assert sentences(text) == [
        "وقال الوزير: «لن نتراجع. سندافع عن ارضنا».",
        "ثم غادر القاعه.",
    ]


def test_straight_quotes_spanning_a_full_stop():
    text = 'وقالت الوزارة إن "الجيش رد. والوضع تحت السيطرة". وانتهى المؤتمر.'
    assert len(sentences(text)) == 2


def test_abbreviations_do_not_end_sentences():
    text = "التقى د. أحمد سالم وفد الوكالة عام 2022 م. في عمّان. ونقلت أ.ف.ب الخبر."
    assert sentences(text) == [
        "التقي د. احمد سالم وفد الوكاله عام 2022 م. في عمان.",
        "ونقلت ا.ف.ب الخبر.",
    ]


def test_question_and_exclamation_marks():
    assert sentences("هل انتهت الحرب؟ لا! القتال مستمر") == [
        "هل انتهت الحرب؟",
        "لا!",
        "القتال مستمر",
    ]


def test_decimal_point_is_not_a_boundary():
    assert sentences("ارتفع المؤشر 2.5 بالمئة اليوم.") == ["ارتفع المؤشر 2.5 بالمئه اليوم."]


def test_blank_lines_and_whitespace_are_trimmed():
    assert sentences("\n\n  أولاً.  \n\n ثانياً \n") == ["اولا.", "ثانيا"]


def test_a_run_without_sentence_ends_is_cut_at_a_space_below_the_limit():
    text = "قتل مسلحون جنديا في هجوم على نقطة تفتيش " * 500  # 20,000 characters, no full stop
    spans = split_sentences(text)
    assert len(spans) > 1 and all(end - start <= MAX_CHARS for start, end in spans)
    assert all(text[start:end] == text[start:end].strip() for start, end in spans)
    assert " ".join(text[start:end] for start, end in spans) == text.strip()
