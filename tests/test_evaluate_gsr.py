"""`marsad eval gsr` pieces on composed files in the GSR format (the real files stay in ../shared)."""

import json

import pytest

import marsad
from marsad.events.evaluate import evaluate_gsr_arguments, load_gsr

CSV = """id,event_type,label,accept,reject,total,text
A-1,ASSAULT,yes,3,0,3,قتل مسلحون خمسة جنود في هجوم على حاجز للجيش شمال بغداد أمس.
A-2,ASSAULT,easy no,0,3,3,ناقش البرلمان العراقي أمس مشروع قانون الموازنة.
A-3,ASSAULT,difficult no,1,2,3,أدان الرئيس الهجوم الذي استهدف الحاجز.
A-4,ASSAULT,ambiguous,2,1,3,وتحدثت مصادر عن سماع دوي انفجار قرب الحاجز.
"""


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(skip=["contradictions"])


def test_load_gsr_keeps_yes_and_no_and_leaves_out_ambiguous(tmp_path):
    (tmp_path / "assault_dev.csv").write_text(CSV, encoding="utf-8")
    items = load_gsr(tmp_path, "ASSAULT")
    assert [label for _, label in items] == [True, False, False]
    assert all("دوي انفجار" not in text for text, _ in items)


def test_arguments_are_scored_against_annotated_spans(tmp_path, nlp):
    records = [
        {
            "source": "S-1",
            "text": "قال الجيش الأمريكي إن جنوده قتلوا خمسة مسلحين في غارة شمال بغداد أمس.",
            "spans": [
                {"source_actor": ["الجيش", "الأمريكي"], "verb": ["قتلوا"],
                 "target_actor": ["مسلحين"]},
                {"source_actor": ["الجيش"], "verb": ["ناقش"], "target_actor": []},
            ],
        }
    ]  # fmt: skip
    (tmp_path / "assault_spans_dev.json").write_text(json.dumps(records), encoding="utf-8")
    lines = evaluate_gsr_arguments(tmp_path, nlp)
    assert lines[0].startswith("arguments against the annotators' spans: 1/2 annotated events")
    assert "source: 1/1 (1.00" in lines[1]
    assert "target: 1/1 (1.00" in lines[2]


def test_no_span_files_no_argument_lines(tmp_path, nlp):
    assert evaluate_gsr_arguments(tmp_path, nlp) == []


SENTENCES = (
    "type\tlabel\tactor\trecipient\tsentence\n"
    "# a comment line\n"
    "CONSULT\tyes\tFRA\tEGY\tالتقى وزير الخارجية الفرنسي نظيره المصري في القاهرة أمس.\n"
    "CONSULT\tno\t-\t-\tوتحولت قاعة الاجتماعات في الفندق إلى مطعم.\n"
    "ASSAULT\tyes\tISR\tPSE\tقصفت الطائرات الإسرائيلية أمس مواقع لحركة حماس في قطاع غزة،"
    " مما أسفر عن مقتل ثلاثة مسلحين.\n"
)


def test_eval_sentences_scores_each_type_and_its_countries(tmp_path):
    from marsad.events.evaluate import evaluate_sentences

    path = tmp_path / "set.tsv"
    path.write_text(SENTENCES, encoding="utf-8")
    lines = evaluate_sentences(path).splitlines()
    consult = next(line for line in lines if line.startswith("CONSULT"))
    assert consult.split()[1:4] == ["1", "1", "1.00/1.00/1.00"]
    assault = next(line for line in lines if line.startswith("ASSAULT"))
    assert "1.00 (1/1)" in assault  # the result clause keeps the strike's doer, Israel


def test_eval_sentences_rejects_a_row_without_its_fields(tmp_path):
    from marsad.events.evaluate import evaluate_sentences

    path = tmp_path / "bad.tsv"
    path.write_text("type\tlabel\tactor\trecipient\tsentence\nASSAULT\tmaybe\t-\t-\tنص\n", "utf-8")
    with pytest.raises(ValueError, match="row 2"):
        evaluate_sentences(path)
