"""Time expressions: every form the recogniser knows, on composed sentences with fixed dates."""

import csv
from datetime import date
from pathlib import Path

import pytest

import marsad
from marsad.text.normalize import normalize
from marsad.times.recognize import _matches, _pattern, _weekday_date

TESTSET = Path(__file__).parent / "data" / "times_testset.tsv"


@pytest.fixture(scope="module")
def times_nlp():
    return marsad.load(skip=["entities", "places", "claims", "events", "contradictions"])


def load_testset() -> list[dict[str, str]]:
    with TESTSET.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return list(rows)


def found(nlp, sentence: str, published: str | None, text: str):
    doc = nlp(sentence, published=published or None)
    return next((t for t in doc.times if t.text == text), None), doc


def test_testset_accuracy(times_nlp):
    rows = load_testset()
    assert len(rows) >= 80
    misses = []
    for row in rows:
        item, doc = found(times_nlp, row["sentence"], row["published"], row["text"])
        expected = None if row["value"] == "-" else row["value"]
        if item is None or item.value != expected:
            got = [(t.text, t.value) for t in doc.times]
            misses.append(f"{row['text']!r}: expected {expected}, got {got}")
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.95, "\n".join(misses)


@pytest.mark.parametrize("row", load_testset(), ids=lambda row: row["text"])
def test_each_expression(times_nlp, row):
    item, doc = found(times_nlp, row["sentence"], row["published"], row["text"])
    assert item is not None, [t.text for t in doc.times]
    assert item.value == (None if row["value"] == "-" else row["value"])
    assert doc.text[item.start : item.end] == row["text"]


def test_anchors_and_modifiers(times_nlp):
    text = "انتهت الحرب أواخر 2020، واندلعت اشتباكات أمس، ثم في 27 سبتمبر من العام ذاته."
    doc = times_nlp(text, published="2022-09-13")
    by_text = {t.text: t for t in doc.times}
    assert by_text["أواخر 2020"].anchor is None
    assert by_text["أواخر 2020"].modifier == "END"
    assert by_text["أمس"].anchor == "published"
    assert by_text["27 سبتمبر من العام ذاته"].anchor == "text"
    assert by_text["27 سبتمبر من العام ذاته"].value == "2020-09-27"


def test_part_of_day_and_hijri_fields(times_nlp):
    doc = times_nlp("وقع الهجوم مساء الإثنين في 15 رمضان 1443 هـ.", published="2022-04-19")
    evening, hijri = doc.times
    assert evening.part_of_day == "EV" and evening.value == "2022-04-18"
    assert hijri.calendar == "hijri" and hijri.hijri == "1443-09-15" and hijri.value == "2022-04-16"


def test_without_publication_date_relative_forms_are_kept(times_nlp):
    doc = times_nlp("قُتل جندي الإثنين، وأعلنت الوزارة أمس النتائج.")
    monday, yesterday = doc.times
    assert monday.value is None and monday.relative == "XXXX-WXX-1"
    assert yesterday.value is None and yesterday.relative == "P-1D"


def test_no_false_times_in_numbers(times_nlp):
    doc = times_nlp("أرسل الأردن 2000 جندي و40 شاحنة إلى المعبر.", published="2024-03-04")
    assert doc.times == []


@pytest.mark.parametrize(
    ("weekday", "published", "direction", "expected"),
    [
        (1, date(2024, 1, 1), "nearest_past", date(2024, 1, 1)),  # same day
        (1, date(2024, 1, 1), "past", date(2023, 12, 25)),  # across the year boundary
        (7, date(2024, 1, 1), "nearest_past", date(2023, 12, 31)),
        (4, date(2024, 2, 26), "future", date(2024, 2, 29)),  # leap day
        (1, date(2024, 1, 1), "future", date(2024, 1, 8)),
    ],
)
def test_weekday_arithmetic(weekday, published, direction, expected):
    assert _weekday_date(weekday, published, direction) == expected


def test_a_weekday_before_a_written_date_and_a_marker_after_it_belong_to_it():
    nlp = marsad.load(skip=["places", "claims", "events", "contradictions"])
    cases = {
        "وقعت الاشتباكات أمس الأربعاء 6 أبريل/نيسان 2022.": (
            "أمس الأربعاء 6 أبريل/نيسان 2022",
            "2022-04-06",
        ),
        "قتل 15 جندياً فجر اليوم الاثنين 3 ربيع الأول 1445هـ.": (
            "فجر اليوم الاثنين 3 ربيع الأول 1445هـ",
            "2023-09-18",
        ),
        "التقى الوزيران في 4 سبتمبر/أيلول الماضي.": ("4 سبتمبر/أيلول الماضي", "2022-09-04"),
        "وسيعقد الاجتماع في 3 يونيو/حزيران المقبل.": ("3 يونيو/حزيران المقبل", "2023-06-03"),
    }
    for text, expected in cases.items():
        doc = nlp(text, published="2023-05-31")
        assert [(t.text, t.value) for t in doc.times] == [expected], text


def test_spans_counted_back_or_so_far_are_durations():
    nlp = marsad.load(skip=["places", "claims", "events", "contradictions"])
    cases = {
        "وقتل 20 شخصاً خلال الساعات الـ24 الماضية.": "PT24H",
        "وشهدت الأيام الثلاثة الماضية مواجهات.": "P3D",
        "وخلال اليومين الماضيين قتل خمسة.": "P2D",
        "واستمرت المفاوضات نحو عام.": "P1Y",
        "وتواصل الاعتصام لليوم الثالث على التوالي.": "P3D",
        "وزار الوفد بغداد الأسبوع الماضي.": "2023-W21",  # a period, not a span
    }
    for text, value in cases.items():
        doc = nlp(text, published="2023-05-31")
        assert [t.value for t in doc.times] == [value], text


def test_words_tried_give_the_same_matches_as_every_position() -> None:
    # Proclitics, articles, glued digits and Hijri years: each expression still begins at a word
    # the prefilter tries.
    text = normalize(
        "وبعد يومين من الاشتباكات، وفي 12سبتمبر/أيلول 2022م، ولليوم الثالث على التوالي، "
        "خلال الأيام الثلاثة الماضية وفجر الإثنين الموافق 3 ربيع الأول 1445هـ، وقبل نحو عام، "
        "وبالساعة الخامسة مساء من العام ذاته، ومنذ أواخر 2019 وحتى الأسبوع المقبل."
    ).text
    everywhere = [m.span() for m in _pattern().finditer(text)]
    assert len(everywhere) >= 8
    assert [m.span() for m in _matches(text)] == everywhere


def test_tomorrow_and_yesterday_with_yawm(times_nlp):
    for sentence, text, value in [
        ("وسيصل الوفد يوم غد السبت إلى الرياض.", "يوم غد السبت", "2023-04-08"),
        ("وسيعقد الاجتماع يوم غد.", "يوم غد", "2023-04-08"),
        ("وصل الوفد يوم أمس الخميس.", "يوم أمس الخميس", "2023-04-06"),
        ("وتبدأ المحادثات صباح غد السبت.", "صباح غد السبت", "2023-04-08"),
    ]:
        time, _ = found(times_nlp, sentence, "2023-04-07", text)
        assert time is not None and time.value == value, sentence
    hope, _ = found(times_nlp, "نحو غد أفضل للأجيال.", "2023-04-07", "غد")
    assert hope is None  # "a better tomorrow" is no date


def test_the_next_day_and_a_day_of_this_or_that_month(times_nlp):
    published = "2019-04-08"
    for sentence, text, value in [
        # a date without its year, or a weekday, anchors "the next day"; "أمس" does not
        ("سيطر الجيش على المدينة في 5 أبريل/نيسان. وفي اليوم التالي انسحب.", "اليوم التالي", "2019-04-06"),
        ("هاجم المسلحون القرية الخميس الماضي، وفي اليوم التالي انسحبوا.", "اليوم التالي", "2019-04-05"),
        ("سيطر الجيش على المدينة في 5 أبريل. وصباح اليوم التالي انسحب.", "صباح اليوم التالي", "2019-04-06"),
        ("قتل 20 شخصاً في 3 يناير 2020، ثم في الخامس من الشهر نفسه قصفت الطائرات المدينة.", "الخامس من الشهر نفسه", "2020-01-05"),
        ("وكان الزلزال قد وقع في السادس من الشهر الجاري.", "السادس من الشهر الجاري", "2019-04-06"),
        ("وعقد الاجتماع مساء 22 من الشهر الماضي.", "مساء 22 من الشهر الماضي", "2019-03-22"),
    ]:  # fmt: skip
        time, doc = found(times_nlp, sentence, published, text)
        assert time is not None and time.value == value, (sentence, [t.text for t in doc.times])
    told, _ = found(
        times_nlp,
        "وقالت الوزارة أمس إن الجيش انسحب، وفي اليوم التالي عاد.",
        published,
        "اليوم التالي",
    )
    assert told is not None and told.value is None
    february, _ = found(
        times_nlp,
        "وفي الثلاثين من الشهر المقبل تبدأ الانتخابات.",
        "2024-01-10",
        "الثلاثين من الشهر المقبل",
    )
    assert february is not None and february.value is None  # 30 February does not exist


def test_a_month_without_its_year_and_a_bare_year_after_fi(times_nlp):
    doc = times_nlp("ووصل الوفد مطلع يناير/كانون الثاني، وغادر في مارس.", published="2022-11-15")
    assert [(t.text, t.value) for t in doc.times] == [
        ("مطلع يناير/كانون الثاني", "2022-01"),
        ("مارس", "2022-03"),
    ]
    doc = times_nlp("وزار الوفد أنقرة في 2019، قبل الحرب.", published="2022-11-15")
    assert [(t.text, t.value) for t in doc.times] == [("2019", "2019")]
    # a count of things is no year
    assert times_nlp("وتضرر في 2000 منزل.", published="2022-11-15").times == []
    doc = times_nlp("وأمهلت الحكومة المسلحين خلال الـ72 ساعة المقبلة.", published="2022-11-15")
    assert [(t.text, t.value) for t in doc.times] == [("الـ72 ساعة", "PT72H")]
    doc = times_nlp("واجتمع الطرفان في السابع من الشهر.", published="2021-12-09")
    assert [(t.text, t.value) for t in doc.times] == [("السابع من الشهر", "2021-12-07")]
