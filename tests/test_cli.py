"""`marsad extract` on good and bad input: clear errors, nothing lost, right exit codes."""

import json
import subprocess
import sys

import pytest

from marsad.cli import main
from marsad.schema import validation_errors

ARTICLE = "قالت وزارة الخارجية في بيان، مساء الإثنين، إن الوفد سيصل إلى القاهرة غداً."


def run(capsys, *args):
    code = main(["extract", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_txt_article_gives_a_valid_document(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, path, "--published", "2024-05-07")
    assert code == 0
    doc = json.loads(out)
    assert doc["published"] == "2024-05-07"
    assert doc["text"] == ARTICLE
    assert doc["id"].startswith("doc-")
    assert validation_errors(doc) == []
    assert [ARTICLE[s["start"] : s["end"]] for s in doc["sentences"]] == [ARTICLE]


def test_bundled_examples_are_valid(examples, capsys):
    for path in sorted(examples.glob("*.json")):
        code, out, _ = run(capsys, path)
        assert code == 0, path
        doc = json.loads(out)
        assert validation_errors(doc) == []
        assert doc["id"] == f"example-{path.stem}"


def test_jsonl_batch_keeps_going_past_bad_lines(tmp_path, capsys):
    good = json.dumps({"id": "a", "text": ARTICLE, "published": "2024-05-07"}, ensure_ascii=False)
    lines = [
        good.encode(),
        b'{"id": "broken", "text": "',  # malformed JSON
        b"",  # a blank line is skipped
        json.dumps({"id": "b", "text": "   "}).encode(),  # whitespace only
        json.dumps({"id": "c", "text": "The minister said nothing."}).encode(),  # no Arabic
        b'{"id": "d", "text": "\xff\xfe bad bytes"}',  # not UTF-8
        json.dumps({"id": "e", "text": ARTICLE, "published": "13/09/2022"}).encode(),
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"id": "f", "text": ARTICLE}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run(capsys, path)
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == [
        "a",
        "batch.jsonl:2",
        "b",
        "c",
        "batch.jsonl:6",
        "e",
        "batch.jsonl:8",
        "f",
    ]
    kinds = {r["id"]: r["error"]["kind"] for r in results if "error" in r}
    assert kinds == {
        "batch.jsonl:2": "malformed",
        "b": "empty",
        "c": "not_arabic",
        "batch.jsonl:6": "encoding",
        "e": "bad_field",
        "batch.jsonl:8": "malformed",
    }
    for result in results:
        if "error" not in result:
            assert validation_errors(result) == []
    assert "not UTF-8" in err and "expected YYYY-MM-DD" in err


def test_non_utf8_txt(tmp_path, capsys):
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    code, out, err = run(capsys, path)
    assert code == 1
    assert json.loads(out)["error"]["kind"] == "encoding"
    assert "re-encode the file as UTF-8" in err


@pytest.mark.parametrize(
    ("content", "kind"),
    [("", "empty"), ("  \n\t ", "empty"), ("Breaking news only in English.", "not_arabic")],
)
def test_empty_and_non_arabic_txt(tmp_path, capsys, content, kind):
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert code == 1
    assert json.loads(out)["error"]["kind"] == kind


def test_size_limit(tmp_path, capsys):
    path = tmp_path / "big.jsonl"
    rows = [
        {"id": "small", "text": ARTICLE},
        {"id": "big", "text": ARTICLE * 50},
        {"id": "after", "text": ARTICLE},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, path, "--max-bytes", "2000")
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["small", "big", "after"]
    assert results[1]["error"]["kind"] == "too_large"
    assert "error" not in results[2]


def test_json_array_and_output_file(tmp_path, capsys):
    path = tmp_path / "articles.json"
    path.write_text(
        json.dumps(
            [{"id": "x", "content": ARTICLE, "date": "2024-05-07"}, {"id": "y", "text": ""}],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    out_path = tmp_path / "out.json"
    code, out, _ = run(capsys, path, "-o", out_path, "--pretty")
    assert code == 1 and out == ""
    results = json.loads(out_path.read_text(encoding="utf-8"))
    assert results[0]["published"] == "2024-05-07"  # the "date" and "content" aliases are mapped
    assert results[1]["error"]["kind"] == "empty"


def test_skip_components(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, path, "--skip", "events", "--skip", "times", "--format", "jsonl")
    assert code == 0
    doc = json.loads(out)
    assert doc["events"] == [] and doc["times"] == []


def test_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as missing:
        main(["extract", str(tmp_path / "nope.txt")])
    assert missing.value.code == 2
    with pytest.raises(SystemExit) as bad_skip:
        main(["extract", "-", "--skip", "parser"])
    assert bad_skip.value.code == 2
    capsys.readouterr()


def test_stdin_and_console_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "extract", "-", "--published", "2024-05-07"],
        input=ARTICLE.encode(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["published"] == "2024-05-07"
    schema = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "schema"], capture_output=True, check=True
    )
    assert json.loads(schema.stdout)["title"] == "Marsad document v1"


def test_actor_eval_finds_annotated_words_as_whole_tokens():
    from marsad.entities.evaluate import _token_span

    text = "وقال مفوض الشرطة إن المسلحين احتجزوا أربعة من شرطة المدينة."
    start, end = _token_span(text, ["شرطة", "المدينة"])
    assert text[start:end] == "شرطة المدينة"
