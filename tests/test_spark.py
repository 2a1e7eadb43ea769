"""The Spark job in local mode gives the same events as the single-machine pipeline."""

import json
import os
import shutil
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")
# Spark's local workers must run the interpreter Marsad is installed in, not "python3" on PATH.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

from conftest import write_warc  # noqa: E402

import marsad  # noqa: E402
from marsad.corpus.store import EVENT_COLUMNS, event_rows  # noqa: E402
from marsad.spark.job import run  # noqa: E402

ARTICLES = [
    {
        "id": "s1",
        "text": "قالت وزارة الدفاع الهندية إن القوات الباكستانية قصفت مواقع هندية في كشمير مساء الأحد.",
        "published": "2024-03-04",
    },
    {
        "id": "s2",
        "content": "تظاهر آلاف العمال في مدينة صفاقس التونسية احتجاجاً على تأخر الأجور.",
        "date": "2024-03-05",
    },
    {
        "id": "s3",
        "text": "استقبل وزير الخارجية الأردني نظيره المصري في عمّان يوم الثلاثاء.",
        "published": "2024-03-05",
    },
    {"id": "s4", "text": "English only."},
]
WIRE = (
    "قالت وزارة الدفاع الهندية في بيان اليوم الأحد إن القوات الباكستانية قصفت مواقع هندية في كشمير "
    "مساء السبت بقذائف الهاون، ما أدى إلى إصابة جنديين، وأضافت أن القوات الهندية ردت على مصادر "
    "النيران، مؤكدة أنها ستواصل حماية حدودها ومواطنيها في القرى القريبة من خط المراقبة."
)
# The same wire copy re-published with a dateline and a credit line: one story.
ARTICLES += [
    {"id": "w1", "text": WIRE, "published": "2024-03-03"},
    {"id": "w2", "text": "نيودلهي - " + WIRE + " (رويترز)", "published": "2024-03-03"},
    # The very same text again under another id: `marsad ingest` keeps the first only.
    {"id": "w3", "text": WIRE, "published": "2024-03-04"},
]


def test_spark_events_equal_single_machine_events(tmp_path):
    from pyspark.sql import SparkSession

    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n{broken\n",
        encoding="utf-8",
    )
    spark = SparkSession.builder.master("local[2]").appName("marsad-test").getOrCreate()
    try:
        counts = run(str(source), str(tmp_path / "out"), spark)
        spark_events = {
            tuple(row[c] for c in EVENT_COLUMNS)
            for row in spark.read.parquet(str(tmp_path / "out" / "events")).collect()
        }
        documents = {
            row["id"]: row
            for row in spark.read.parquet(str(tmp_path / "out" / "documents")).collect()
        }
        incident_rows = [
            tuple(row) for row in spark.read.parquet(str(tmp_path / "out" / "incidents")).collect()
        ]
        story_rows = sorted(
            tuple(row) for row in spark.read.parquet(str(tmp_path / "out" / "stories")).collect()
        )
    finally:
        spark.stop()
    nlp = marsad.load()
    expected = set()
    for article in [a for a in ARTICLES if a["id"] not in {"s4", "w3"}]:
        fields = {
            "id": article["id"],
            "text": article.get("text") or article.get("content"),
            "published": article.get("published") or article.get("date"),
        }
        for row in event_rows(nlp.read_record(fields).to_dict()):
            expected.add(tuple(None if row[c] is None else str(row[c]) for c in EVENT_COLUMNS))
    assert counts == {"documents": 7, "duplicates": 1, "events": len(expected)}
    assert "w3" not in documents
    assert spark_events == expected
    assert json.loads(documents["s4"]["error"])["kind"] == "not_arabic"

    # The same incident grouping as the store computes after `marsad ingest`.
    from marsad.corpus.ingest import ingest
    from marsad.corpus.store import open_store

    ingest([str(source)], str(tmp_path / "store.db"), workers=1)
    store_rows = (
        open_store(str(tmp_path / "store.db"))
        .execute("SELECT doc_id, event_id, incident_id FROM incidents")
        .fetchall()
    )
    assert _partition(incident_rows) == _partition(store_rows)
    assert _partition(incident_rows)
    stored_stories = sorted(
        open_store(str(tmp_path / "store.db"))
        .execute("SELECT doc_id, story_id FROM stories")
        .fetchall()
    )
    assert story_rows == stored_stories
    assert ("w2", "w1") in story_rows


def _partition(rows):
    groups = {}
    for doc_id, event_id, incident_id in rows:
        groups.setdefault(incident_id, set()).add((doc_id, event_id))
    return sorted(sorted(group) for group in groups.values())


def test_spark_reads_warc_like_ingest(tmp_path):
    from pyspark.sql import SparkSession

    page = (
        "<html><head><title>اشتباكات</title>"
        '<meta property="article:published_time" content="2024-03-04"></head><body>'
        f"<article><h1>اشتباكات على الحدود</h1><p>{ARTICLES[0]['text']}</p></article></body></html>"
    ).encode()
    path = write_warc(tmp_path / "crawl.warc.gz", "https://news.example/k", page)
    spark = SparkSession.builder.master("local[2]").appName("marsad-warc").getOrCreate()
    try:
        run(str(path), str(tmp_path / "out"), spark)
        document = spark.read.parquet(str(tmp_path / "out" / "documents")).collect()[0]
    finally:
        spark.stop()
    doc = json.loads(document["document"])
    assert (doc["url"], doc["published"]) == ("https://news.example/k", "2024-03-04")
    assert "ASSAULT" in {e["type"] for e in doc["events"]}
