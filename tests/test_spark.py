"""The Spark job in local mode gives the same events as the single-machine pipeline."""

import json
import shutil

import pytest

pyspark = pytest.importorskip("pyspark")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")

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
    finally:
        spark.stop()
    nlp = marsad.load()
    expected = set()
    for article in ARTICLES[:3]:
        fields = {
            "id": article["id"],
            "text": article.get("text") or article.get("content"),
            "published": article.get("published") or article.get("date"),
        }
        for row in event_rows(nlp.read_record(fields).to_dict()):
            expected.add(tuple(None if row[c] is None else str(row[c]) for c in EVENT_COLUMNS))
    assert counts == {"documents": 5, "events": len(expected)}
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


def _partition(rows):
    groups = {}
    for doc_id, event_id, incident_id in rows:
        groups.setdefault(incident_id, set()).add((doc_id, event_id))
    return sorted(sorted(group) for group in groups.values())
