"""Spark local-mode throughput against the process pool, on the same articles and core counts.

    python scripts/bench_spark.py --data ../shared/data/saudinewsnet --limit 2000

Writes the articles as JSON lines to a temporary folder, then times `marsad.spark.job` with
local[1] and local[2] and `marsad ingest` with 1 and 2 workers; reports docs/s and the ratio.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from marsad.bench import iter_articles
from marsad.corpus.ingest import ingest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args()
    from pyspark.sql import SparkSession

    from marsad.spark.job import run

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        count = 0
        with source.open("w", encoding="utf-8") as out:
            for n, text in enumerate(iter_articles(args.data, args.limit)):
                out.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
                count += 1
        for cores in (1, 2):
            spark = (
                SparkSession.builder.master(f"local[{cores}]")
                .config("spark.default.parallelism", str(cores * 4))
                .appName("marsad-bench")
                .getOrCreate()
            )
            spark.read.text(str(source)).count()  # start-up outside the timing
            started = time.perf_counter()
            run(str(source), f"{tmp}/out{cores}", spark)
            spark_seconds = time.perf_counter() - started
            spark.stop()
            started = time.perf_counter()
            ingest([str(source)], f"{tmp}/pool{cores}.db", workers=cores)
            pool_seconds = time.perf_counter() - started
            print(
                f"{cores} core(s), {count} articles: Spark {count / spark_seconds:.1f} docs/s, "
                f"process pool {count / pool_seconds:.1f} docs/s, "
                f"Spark/pool time ratio {spark_seconds / pool_seconds:.2f}"
            )


if __name__ == "__main__":
    main()
