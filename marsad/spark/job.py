"""Run Marsad over an article archive with Spark and write Parquet tables.

    spark-submit --py-files marsad.whl marsad/spark/job.py INPUT OUTPUT
    python -m marsad.spark.job INPUT OUTPUT --master local[2]

INPUT is any Spark-readable URI of JSON lines (one article per line, the same fields and aliases
as ``marsad ingest``), Parquet (columns named like those fields) or WARC files (main text and date
extracted as ``marsad ingest`` does). Each partition builds the pipeline once per executor process
and reads its articles with the same code as ``marsad extract``. The pipeline's rows are persisted
once and OUTPUT gets four tables: ``documents`` (id, published, source, url, the full document
JSON or the error), ``events`` (the flat rows of ``marsad export``, partitioned by day),
``incidents`` and ``stories`` (near-duplicates), with the rules of ``marsad ingest``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
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


def process_records(records: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """One row per record (errors kept as documents), in the order of the schema below: the document
    columns, its story signature's LSH band keys and its events (the flat rows of ``marsad export``
    with their day), all as the strings of the Parquet tables."""
    from marsad.corpus.store import content_hash
    from marsad.corpus.stories import band_keys, signature
    from marsad.errors import MarsadInputError
    from marsad.io import map_fields

    nlp = _pipeline()
    for record in records:
        fields = map_fields(record)
        ref = str(fields.get("id") or record.get("_ref") or "")
        order = record.get("_order", 0)
        try:
            doc = nlp.read_record(fields).to_dict()
        except MarsadInputError as error:
            yield (order, ref, None, _text(fields.get("source")), _text(fields.get("url")), None,
                   json.dumps(error.to_dict(), ensure_ascii=False), [], [], None)  # fmt: skip
            continue
        events = []
        for row in event_rows(doc):
            row["day"] = (row["date"] or "unknown")[:10]
            events.append(tuple(_text(row[c]) for c in EVENT_FIELDS))
        yield (order, doc["id"], doc["published"], doc["source"], doc.get("url"),
               json.dumps(doc, ensure_ascii=False), None, band_keys(signature(doc["text"])),
               events, content_hash(fields["text"]))  # fmt: skip


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
    """Process ``input_uri`` and write the documents, events, incidents and stories tables.

    The pipeline runs once, in one Python pass over the articles; its rows are persisted as one
    DataFrame, and every table is then written from it with Spark's own expressions: stories and
    incidents read only a few small columns, and only the incident grouping goes back to Python.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    tasks = max(1, sc.defaultParallelism) * TASKS_PER_CORE  # small tasks keep every core busy
    fmt = input_format
    if fmt == "auto":
        uri = input_uri.rstrip("/")
        fmt = "parquet" if uri.endswith(".parquet") else "warc" if ".warc" in uri else "jsonl"
    if fmt == "parquet":
        source = spark.read.parquet(input_uri).rdd.map(lambda row: row.asDict())
    elif fmt == "warc":  # the same extraction as `marsad ingest` (marsad[web])
        source = sc.binaryFiles(input_uri, tasks).flatMap(_warc_articles)
    else:  # split by bytes into `tasks` pieces at least, without a shuffle
        source = sc.textFile(input_uri, tasks).mapPartitions(_parse_lines)
    # Input order, for stories (a document joins the story of an earlier near-duplicate): the
    # partition's index then the position in it, known without an extra pass over the input.
    source = source.mapPartitionsWithIndex(_numbered)
    if source.getNumPartitions() < tasks:  # a few big files or row groups: spread the articles
        source = source.repartition(tasks)
    processed = spark.createDataFrame(
        source.mapPartitions(process_records), _schema(), verifySchema=False
    ).persist(StorageLevel.MEMORY_AND_DISK)
    # `marsad ingest` keeps the first of articles with the same text: so does the job. Only the
    # (small) orders of the later copies are shuffled and broadcast, never the documents.
    keyed = processed.where(F.col("content_hash").isNotNull()).select("content_hash", "order")
    firsts = keyed.groupBy("content_hash").agg(F.min("order").alias("first"))
    copies = keyed.join(firsts, "content_hash").where(F.col("order") != F.col("first"))
    # Computed once (every table below reads it), from the cache the pipeline pass fills.
    copies = copies.select("order").persist(StorageLevel.MEMORY_AND_DISK)
    results = processed.join(F.broadcast(copies), "order", "left_anti")
    shuffle_key = "spark.sql.shuffle.partitions"
    previous = spark.conf.get(shuffle_key)
    try:
        # The one pass of the pipeline over the articles, at full parallelism, fills the cache.
        totals = processed.agg(
            F.count(F.lit(1)).alias("read"), F.count("content_hash").alias("texts"),
            F.countDistinct("content_hash").alias("distinct"),
        ).first()  # fmt: skip
        duplicates = int(totals["texts"]) - int(totals["distinct"])
        events_total = results.agg(F.sum(F.size("events")).alias("events")).first()["events"]
        counts = {
            "documents": int(totals["read"]) - duplicates,
            "duplicates": duplicates,
            "events": int(events_total or 0),
        }
        # Stories and incidents shuffle a few small columns: a few partitions are enough.
        spark.conf.set(shuffle_key, str(_shuffle_partitions(counts["events"])))
        writers = max(1, sc.defaultParallelism)
        results.select("id", "published", "source", "url", "document", "error").coalesce(
            writers
        ).write.mode("overwrite").parquet(f"{output_uri}/documents")
        events = results.select(F.explode("events").alias("e")).select("e.*")
        # Each day's events gathered in one task (a small shuffle of the flat rows): one file per
        # day rather than one per day and task.
        events.repartition(writers, "day").write.mode("overwrite").partitionBy("day").parquet(
            f"{output_uri}/events"
        )
        _incidents(spark, events).write.mode("overwrite").parquet(f"{output_uri}/incidents")
        _stories(results).write.mode("overwrite").parquet(f"{output_uri}/stories")
    finally:
        spark.conf.set(shuffle_key, previous)
        copies.unpersist()
        processed.unpersist()
    return counts


TASKS_PER_CORE = 8
EVENT_FIELDS = (*EVENT_COLUMNS, "day")


def _schema() -> Any:
    from pyspark.sql.types import (
        ArrayType,
        BinaryType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    text = [StructField(n, StringType()) for n in ("id", "published", "source", "url")]
    return StructType(
        [
            StructField("order", LongType(), False),
            *text,
            StructField("document", StringType()),
            StructField("error", StringType()),
            StructField("bands", ArrayType(BinaryType(), False), False),
            StructField(
                "events",
                ArrayType(StructType([StructField(c, StringType()) for c in EVENT_FIELDS]), False),
                False,
            ),
            StructField("content_hash", StringType()),
        ]
    )


def _numbered(index: int, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for position, record in enumerate(records):
        yield {**record, "_order": (index << 32) + position}


def _shuffle_partitions(rows: int) -> int:
    """Partitions for the shuffles of stories and incidents: about 200,000 small rows each
    (Spark's default of 200 is mostly empty tasks on an archive of a few thousand articles)."""
    return max(1, min(200, -(-rows // 200_000)))


def _stories(results: Any) -> Any:
    """Near-duplicate stories with the rule of `marsad ingest`, computed with Spark expressions.

    A document's parent is the smallest id among the earlier documents sharing an LSH band with
    it (itself when there is none); its story is its parent's story, resolved by pointer jumping
    over the near-duplicates only.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    signed = results.where(F.col("error").isNull()).select("order", "id", "bands")
    earlier = Window.partitionBy("band").orderBy("order").rowsBetween(Window.unboundedPreceding, -1)
    parents = (
        signed.select("order", "id", F.explode("bands").alias("band"))
        .select("id", F.min("id").over(earlier).alias("parent"))
        .where(F.col("parent").isNotNull())
        .groupBy("id")
        .agg(F.min("parent").alias("parent"))
    )
    while True:  # pointer jumping: replace each parent by its parent until nothing changes
        up = parents.select(F.col("id").alias("up_id"), F.col("parent").alias("up_parent"))
        jumped = (
            parents.join(up, F.col("parent") == F.col("up_id"), "left")
            .select(
                "id",
                F.coalesce("up_parent", "parent").alias("parent"),
                F.col("up_id").isNotNull().alias("moved"),
            )
            .localCheckpoint()
        )
        parents = jumped.select("id", "parent")
        if jumped.where("moved").isEmpty():
            break
    return signed.join(parents, "id", "left").select(
        F.col("id").alias("doc_id"), F.coalesce("parent", "id").alias("story_id")
    )


def _incidents(spark: Any, events: Any) -> Any:
    """Incidents with the corpus tools' rules, one event type per task: reports of different types
    never join, so each type's reports are grouped where they are, not on the driver."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    reported = events.where(  # reported (not negated, not historical), day-dated
        (F.col("negated") == "0") & (F.col("historical") == "0") & (F.length("date") >= 10)
    )
    reports = reported.groupBy("type").agg(
        F.collect_list(
            F.struct(
                F.col("doc_id").alias("doc"),
                F.col("event_id").alias("event"),
                "date",
                F.coalesce("geonameid", "place_name").alias("place"),
                F.col("actor_country").alias("actor"),
                F.col("recipient_country").alias("recipient"),
                F.col("claim_country").alias("speaker"),
            )
        ).alias("reports")
    )
    schema = StructType(
        [StructField(n, StringType()) for n in ("doc_id", "event_id", "incident_id")]
    )
    return spark.createDataFrame(reports.rdd.flatMap(_incidents_of_type), schema)


def _incidents_of_type(group: Any) -> Iterator[tuple[str, str, str]]:
    from marsad.contradictions.incidents import group_incidents

    event_type, rows = group["type"], group["reports"]
    ordered = [
        {
            "doc": r["doc"], "event": r["event"], "type": event_type, "date": r["date"],
            "places": [r["place"]] if r["place"] else [],
            "actors": [r["actor"]] if r["actor"] else [],
            "recipients": [r["recipient"]] if r["recipient"] else [],
            "speaker": r["speaker"],
        }
        for r in sorted(rows, key=lambda r: (r["doc"], r["event"]))
    ]  # fmt: skip
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
    if (args.master or "").startswith("local"):
        # Local workers run on this machine: give them this interpreter, in which Marsad and its
        # dependencies are installed, rather than whatever "python3" is first on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        counts = run(args.input, args.output, spark, args.format)
    finally:
        spark.stop()
    print(
        f"marsad spark: {counts['documents']} documents ({counts['duplicates']} exact copies "
        f"skipped), {counts['events']} events → {args.output}"
    )


if __name__ == "__main__":
    main()
