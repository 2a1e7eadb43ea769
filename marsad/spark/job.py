"""Run Marsad over an article archive with Spark and write Parquet tables.

    spark-submit --py-files marsad.whl marsad/spark/job.py INPUT OUTPUT
    python -m marsad.spark.job INPUT OUTPUT --master local[2]

INPUT is any Spark-readable URI of JSON lines (one article per line, the same fields and aliases
as ``marsad ingest``), Parquet (columns named like those fields) or WARC files (main text and date
extracted as ``marsad ingest`` does). Each partition builds the
pipeline once per executor process and reads its articles with the same code as
``marsad extract``; OUTPUT gets two tables: ``documents`` (id, published, source, url, the full
document JSON or the error) and ``events`` (the flat rows of ``marsad export``), the latter
partitioned by day.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.corpus.store import EVENT_COLUMNS, event_rows

_PIPELINE: Any = None  # one per executor Python process


def _pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        import marsad

        _PIPELINE = marsad.load()
    return _PIPELINE


def process_records(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """("doc", document row) and ("event", event row) for each record, errors kept as documents."""
    from marsad.corpus.stories import signature
    from marsad.errors import MarsadInputError
    from marsad.io import map_fields

    nlp = _pipeline()
    for record in records:
        fields = map_fields(record)
        ref = str(fields.get("id") or record.get("_ref") or "")
        try:
            doc = nlp.read_record(fields).to_dict()
        except MarsadInputError as error:
            yield "doc", {"id": ref, "published": None, "source": fields.get("source"),
                          "url": fields.get("url"), "document": None,
                          "error": json.dumps(error.to_dict(), ensure_ascii=False)}  # fmt: skip
            continue
        yield "doc", {"id": doc["id"], "published": doc["published"], "source": doc["source"],
                      "url": doc.get("url"), "document": json.dumps(doc, ensure_ascii=False),
                      "error": None}  # fmt: skip
        yield "story", (record.get("_order", 0), doc["id"], signature(doc["text"]))
        for row in event_rows(doc):
            row["day"] = (row["date"] or "unknown")[:10]
            yield "event", row


def _warc_articles(item: tuple[str, bytes]) -> Iterator[dict[str, Any]]:
    import tempfile
    from pathlib import Path

    from marsad.corpus.web import warc_records

    path, data = item
    suffix = ".warc.gz" if path.endswith(".gz") else ".warc"
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        for record in warc_records(Path(handle.name)):
            yield (
                {**record.fields, "_ref": record.ref}
                if record.error is None
                else {"_ref": record.ref}
            )


def _parse_lines(lines: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for number, row in enumerate(lines):
        line = row.value if hasattr(row, "value") else row
        if not line or not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            value = {"_ref": f"line-{number}", "text": None, "_error": str(error)}
        if isinstance(value, dict):
            yield value


def run(input_uri: str, output_uri: str, spark: Any, input_format: str = "auto") -> dict[str, int]:
    """Process ``input_uri`` and write ``output_uri``/documents and ``output_uri``/events."""
    from pyspark.sql import Row
    from pyspark.sql.types import StringType, StructField, StructType

    fmt = input_format
    if fmt == "auto":
        uri = input_uri.rstrip("/")
        fmt = "parquet" if uri.endswith(".parquet") else "warc" if ".warc" in uri else "jsonl"
    if fmt == "parquet":
        source = spark.read.parquet(input_uri).rdd.map(lambda row: row.asDict())
    elif fmt == "warc":  # the same extraction as `marsad ingest` (marsad[web])
        source = spark.sparkContext.binaryFiles(input_uri).flatMap(_warc_articles)
    else:
        source = spark.read.text(input_uri).rdd.mapPartitions(_parse_lines)
    # Input order, for stories: a document joins the story of an earlier near-duplicate.
    source = source.zipWithIndex().map(lambda pair: {**pair[0], "_order": pair[1]})
    results = source.mapPartitions(process_records).cache()
    doc_schema = StructType(
        [
            StructField(n, StringType())
            for n in ("id", "published", "source", "url", "document", "error")
        ]
    )
    documents = spark.createDataFrame(
        results.filter(lambda r: r[0] == "doc").map(lambda r: Row(**r[1])), doc_schema
    )
    event_fields = [StructField(c, StringType()) for c in (*EVENT_COLUMNS, "day")]
    events = spark.createDataFrame(
        results.filter(lambda r: r[0] == "event").map(
            lambda r: tuple(_text(r[1][c]) for c in (*EVENT_COLUMNS, "day"))
        ),
        StructType(event_fields),
    )
    documents.write.mode("overwrite").parquet(f"{output_uri}/documents")
    events.write.mode("overwrite").partitionBy("day").parquet(f"{output_uri}/events")
    # Incidents with the corpus tools' rules, one event type per task: reports of different types
    # never join, so each type's reports are grouped where they are, not on the driver.
    incident_rows = (
        results.filter(lambda r: r[0] == "event" and _reported(r[1]))
        .map(lambda r: (r[1]["type"], _report(r[1])))
        .groupByKey()
        .flatMap(_incidents_of_type)
    )
    incident_schema = StructType(
        [StructField(n, StringType()) for n in ("doc_id", "event_id", "incident_id")]
    )
    incidents = spark.createDataFrame(incident_rows, incident_schema)
    incidents.write.mode("overwrite").parquet(f"{output_uri}/incidents")
    stories = spark.createDataFrame(
        _stories(results.filter(lambda r: r[0] == "story").map(lambda r: r[1])),
        StructType([StructField("doc_id", StringType()), StructField("story_id", StringType())]),
    )
    stories.write.mode("overwrite").parquet(f"{output_uri}/stories")
    counts = {"documents": documents.count(), "events": events.count()}
    results.unpersist()
    return counts


def _stories(signed: Any) -> Any:
    """Near-duplicate stories with the rule of `marsad ingest`, computed with joins.

    A document's parent is the smallest id among the earlier documents sharing an LSH band with
    it (itself when there is none); its story is its parent's story, resolved by pointer jumping.
    """
    from marsad.corpus.stories import band_keys

    def earliest_before(
        group: tuple[bytes, Iterable[tuple[int, str]]],
    ) -> Iterator[tuple[str, str]]:
        smallest: str | None = None
        for _, doc_id in sorted(group[1]):
            if smallest is not None:
                yield doc_id, smallest
            smallest = doc_id if smallest is None else min(smallest, doc_id)

    banded = signed.flatMap(lambda s: [(key, (s[0], s[1])) for key in band_keys(s[2])])
    parents = banded.groupByKey().flatMap(earliest_before).reduceByKey(min)
    story = (
        signed.map(lambda s: (s[1], s[1]))
        .leftOuterJoin(parents)
        .mapValues(lambda pair: pair[1] or pair[0])
    )
    while True:  # pointer jumping: replace each parent by its parent until nothing changes
        jumped = story.map(lambda d: (d[1], d[0])).join(story).map(lambda x: (x[1][0], x[1][1]))
        changed = jumped.join(story).filter(lambda x: x[1][0] != x[1][1]).count()
        story = jumped.cache()
        if changed == 0:
            return story


def _reported(row: dict[str, Any]) -> bool:
    """The events `marsad ingest` groups: reported (not negated, not historical), day-dated."""
    return not row["negated"] and not row["historical"] and len(row["date"] or "") >= 10


def _report(row: dict[str, Any]) -> dict[str, Any]:
    place = row["geonameid"] if row["geonameid"] is not None else row["place_name"]
    return {
        "doc": row["doc_id"], "event": row["event_id"], "type": row["type"], "date": row["date"],
        "places": [str(place)] if place else [],
        "actors": [row["actor_country"]] if row["actor_country"] else [],
        "recipients": [row["recipient_country"]] if row["recipient_country"] else [],
        "speaker": row["claim_country"],
    }  # fmt: skip


def _incidents_of_type(
    group: tuple[str, Iterable[dict[str, Any]]],
) -> Iterator[tuple[str, str, str]]:
    from marsad.contradictions.incidents import group_incidents

    event_type, reports = group
    ordered = sorted(reports, key=lambda r: (r["doc"], r["event"]))
    for incident in group_incidents(ordered):
        for report in incident["reports"]:
            yield report["doc"], report["event"], f"{event_type}-{incident['id']}"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="marsad-spark")
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--master", help="e.g. local[2]; omit under spark-submit")
    parser.add_argument("--format", choices=["auto", "jsonl", "parquet", "warc"], default="auto")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("marsad")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        counts = run(args.input, args.output, spark, args.format)
    finally:
        spark.stop()
    print(
        f"marsad spark: {counts['documents']} documents, {counts['events']} events → {args.output}"
    )


if __name__ == "__main__":
    main()
