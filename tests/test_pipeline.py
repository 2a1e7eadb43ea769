import pytest

import marsad
from marsad.errors import MarsadInputError
from marsad.schema import validation_errors

TEXT = "عمّان - استقبل الملك وفداً رسمياً. وقال المتحدث إن اللقاء كان إيجابياً."


def test_python_api(nlp):
    doc = nlp(TEXT, published="2024-01-16T08:30:00Z", source="test")
    assert doc.published == "2024-01-16"
    assert nlp.pipe_names == [
        "text",
        "entities",
        "times",
        "places",
        "claims",
        "events",
        "contradictions",
    ]
    data = doc.to_dict()
    assert validation_errors(data) == []
    assert [TEXT[s["start"] : s["end"]] for s in data["sentences"]] == [
        "عمّان - استقبل الملك وفداً رسمياً.",
        "وقال المتحدث إن اللقاء كان إيجابياً.",
    ]


def test_pipe_yields_errors_in_place(nlp):
    results = list(
        nlp.pipe([{"id": "1", "text": TEXT}, {"id": "2", "text": "hello"}, {"text": TEXT}])
    )
    assert results[0].id == "1"
    assert isinstance(results[1], MarsadInputError) and results[1].kind == "not_arabic"
    assert results[2].id.startswith("doc-")


def test_skip_and_unknown_component():
    assert "events" not in marsad.load(skip=["events"]).pipe_names
    with pytest.raises(ValueError, match="unknown component"):
        marsad.load(skip=["parser"])
    with pytest.raises(ValueError, match="cannot be skipped"):
        marsad.load(skip=["text"])


def test_bad_published_is_reported(nlp):
    with pytest.raises(MarsadInputError, match="expected YYYY-MM-DD"):
        nlp(TEXT, published="2024-02-30")


def test_same_text_same_id(nlp):
    assert nlp(TEXT).id == nlp(TEXT).id != nlp(TEXT + " ").id


# a wire paragraph with speech, condemnation naming, threats, places and times; every cut of it
# is text a truncated feed or a sentence splitter may hand Marsad
_CUT_TEXT = (
    "ووصفت وزارة الخارجية الأردنية، في بيان نقلته وكالة بترا أمس الأحد، القصف الذي استهدف "
    'بلدة جنوب لبنان بأنه "اعتداء سافر"، وحمّلت إسرائيل المسؤولية، فيما توعّد حزب الله '
    "بالرد، وقال مسؤول طلب عدم الكشف عن هويته إن الجيش ردّ بإطلاق النار على ما وصفته ب"
)


def test_every_cut_of_a_paragraph_is_read_without_error(nlp):
    words = _CUT_TEXT.split()
    for end in range(1, len(words) + 1):
        doc = nlp(" ".join(words[:end]), published="2024-03-11")
        assert validation_errors(doc.to_dict()) == []
