"""Spark local-mode throughput against the process pool, on the same articles and core counts.

    python scripts/bench_spark.py --data ../shared/data/saudinewsnet --limit 2000 --repeat 3

Writes the articles as JSON lines to a temporary folder, then times `marsad.spark.job` (documents,
events, incidents, stories) with local[N] and `marsad ingest` (the same work into SQLite) with N
workers, for each core count, `--repeat` times, alternating the two. Each Spark run gets a new
session, started outside the timing. Reports the medians, docs/s, the ratio of the medians and
each side's scaling efficiency from 1 to 2 cores. A short CPU check before and after tells whether
the machine's cores were busy with something else meanwhile (shared machines often are).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

from marsad.bench import iter_articles
from marsad.corpus.ingest import ingest


def _spin(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - started


def cpu_check() -> str:
    """One busy loop alone, then two at once: equal times mean two free cores."""
    alone = _spin(0)
    with get_context("fork").Pool(2) as pool:
        pair = max(pool.map(_spin, [0, 1]))
    return f"CPU check: one loop {alone:.2f} s, two loops at once {pair:.2f} s"


def time_spark(source: Path, out: str, cores: int) -> float:
    from pyspark.sql import SparkSession

    from marsad.spark.job import run

    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.showConsoleProgress", "false")
        .appName("marsad-bench")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        spark.read.text(str(source)).count()  # start-up outside the timing
        started = time.perf_counter()
        run(str(source), out, spark)
        return time.perf_counter() - started
    finally:
        spark.stop()


def time_pool(source: Path, db: str, cores: int) -> float:
    started = time.perf_counter()
    ingest([str(source)], db, workers=cores)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; medians reported")
    parser.add_argument("--cores", default="1,2", help="core counts, comma-separated")
    args = parser.parse_args()
    core_counts = [int(c) for c in args.cores.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        count = 0
        with source.open("w", encoding="utf-8") as out:
            for n, text in enumerate(iter_articles(args.data, args.limit)):
                out.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
                count += 1
        print(cpu_check(), flush=True)
        medians: dict[int, tuple[float, float]] = {}
        for cores in core_counts:
            spark_runs, pool_runs = [], []
            for n in range(args.repeat):
                spark_runs.append(time_spark(source, f"{tmp}/out{cores}-{n}", cores))
                pool_runs.append(time_pool(source, f"{tmp}/pool{cores}-{n}.db", cores))
                print(
                    f"  {cores} core(s) run {n + 1}: Spark {spark_runs[-1]:.1f} s, "
                    f"pool {pool_runs[-1]:.1f} s",
                    flush=True,
                )
            spark_s, pool_s = statistics.median(spark_runs), statistics.median(pool_runs)
            medians[cores] = (spark_s, pool_s)
            print(
                f"{cores} core(s), {count} articles, medians of {args.repeat}: "
                f"Spark {count / spark_s:.1f} docs/s ({spark_s:.1f} s), "
                f"process pool {count / pool_s:.1f} docs/s ({pool_s:.1f} s), "
                f"Spark/pool time ratio {spark_s / pool_s:.2f}",
                flush=True,
            )
        if 1 in medians and 2 in medians:
            spark_eff = medians[1][0] / medians[2][0] / 2
            pool_eff = medians[1][1] / medians[2][1] / 2
            print(
                f"scaling efficiency 1→2 cores: Spark {spark_eff:.0%}, process pool {pool_eff:.0%}"
            )
        print(cpu_check())


if __name__ == "__main__":
    main()
