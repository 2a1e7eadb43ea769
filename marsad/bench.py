"""Benchmarks: text-layer throughput and pipeline latency. Reports medians over runs.

marsad bench text [--data PATH]       MB of Arabic text per second through the text layer
marsad bench pipeline [--data PATH]   per-article latency of each component, and start-up time
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from marsad.io import map_fields
from marsad.text.clitics import segment
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import TokenKind, tokenize

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def iter_articles(path: str | None, limit: int) -> Iterator[str]:
    """Article texts from a folder or file (.txt .json .jsonl .zip); default: bundled examples."""
    if path is None:
        files = sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []
        if not files:
            files = [Path(str(f)) for f in resources.files("marsad").joinpath("examples").iterdir()]
        yield from (f.read_text("utf-8") for f in files)
        return
    root = Path(path)
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    count = 0
    for file in files:
        for text in _texts_in(file):
            if count >= limit:
                return
            count += 1
            yield text


def _texts_in(file: Path) -> Iterator[str]:
    if file.suffix == ".zip":
        with zipfile.ZipFile(file) as archive:
            for name in archive.namelist():
                yield from _texts_from_bytes(name, archive.read(name))
    else:
        yield from _texts_from_bytes(file.name, file.read_bytes())


def _texts_from_bytes(name: str, data: bytes) -> Iterator[str]:
    text = data.decode("utf-8", "replace")
    if name.endswith(".jsonl"):
        values = [json.loads(line) for line in text.splitlines() if line.strip()]
    elif name.endswith(".json"):
        loaded = json.loads(text)
        values = loaded if isinstance(loaded, list) else [loaded]
    elif name.endswith(".txt"):
        yield text
        return
    else:
        return
    for value in values:
        article = map_fields(value).get("text") if isinstance(value, dict) else None
        if isinstance(article, str) and article.strip():
            yield article


def text_layer(text: str) -> int:
    """Everything the text layer does to one article; returns the token count."""
    norm = normalize(text)
    tokens = tokenize(norm.text)
    split_sentences(norm.text)
    for token in tokens:
        if token.kind is TokenKind.ARABIC:
            segment(token.text)
    return len(tokens)


def bench_text(articles: list[str], repeat: int) -> str:
    size_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    # Small inputs are repeated so a run lasts long enough to time.
    copies = max(1, int(2 / size_mb)) if size_mb < 2 else 1
    corpus = articles * copies
    text_layer(corpus[0])  # load resources outside the timing
    rates = []
    for _ in range(repeat):
        segment.cache_clear()
        started = time.perf_counter()
        for article in corpus:
            text_layer(article)
        rates.append(size_mb * copies / (time.perf_counter() - started))
    median = statistics.median(rates)
    return (
        f"text layer: {len(corpus)} articles, {size_mb * copies:.2f} MB UTF-8 per run, "
        f"{repeat} runs\n  median {median:.2f} MB/s (min {min(rates):.2f}, "
        f"max {max(rates):.2f}), one core, clitic cache cleared before each run"
    )


def bench_pipeline(articles: list[str], repeat: int) -> str:
    import marsad

    nlp = marsad.load()
    nlp(articles[0], published="2024-01-01")  # load resources
    per_component: dict[str, list[float]] = {c.name: [] for c in nlp.components}
    totals = []
    words = []
    for _ in range(repeat):
        for article in articles:
            doc = nlp.make_document(article, published="2024-01-01")
            started = time.perf_counter()
            for component in nlp.components:
                t0 = time.perf_counter()
                doc = component(doc)
                per_component[component.name].append((time.perf_counter() - t0) * 1000)
            totals.append((time.perf_counter() - started) * 1000)
            words.append(len(article.split()))
    lines = [
        f"pipeline: {len(articles)} articles x {repeat} runs, "
        f"median {statistics.median(words):.0f} words",
        f"  per article: median {statistics.median(totals):.1f} ms, p90 {_p90(totals):.1f} ms",
    ]
    scale = [500 / max(w, 1) for w in words]  # per 500 words, the unit of the budgets
    total = sum(sum(ms) for ms in per_component.values()) or 1.0
    for name, ms in per_component.items():
        per_500 = statistics.median(m * k for m, k in zip(ms, scale, strict=True))
        lines.append(
            f"    {name:15s} median {statistics.median(ms):6.2f} ms  p90 {_p90(ms):6.2f} ms"
            f"  | per 500 words: median {per_500:6.2f} ms  | share {100 * sum(ms) / total:4.1f}%"
        )
    lines.append("  " + startup_time())
    return "\n".join(lines)


def startup_time(runs: int = 5) -> str:
    """Wall time of `marsad extract` on a short bundled example, start-up included."""
    example = EXAMPLES / "border-clash.json"
    if not example.exists():
        return "start-up: bundled example not found (run from a clone)"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "marsad.cli", "extract", str(example)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    return f"marsad extract, short article, start-up included: median {median:.2f} s ({runs} runs)"


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.9 * (len(ordered) - 1))]


def bench_corpus(data: str, limit: int) -> str:
    """End-to-end ingest into a fresh store with 1 worker and with all cores."""
    import os
    import resource
    import tempfile

    from marsad.corpus.ingest import ingest

    lines = [f"corpus: {data} (at most {limit} documents)"]
    cores = os.cpu_count() or 1
    words = sum(len(a.split()) for a in iter_articles(data, limit))
    for workers in sorted({1, cores}):
        with tempfile.TemporaryDirectory() as tmp:
            summary = ingest([data], f"{tmp}/bench.db", workers=workers, limit=limit)
        peak = max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        lines.append(
            f"  {workers} worker(s): {summary.read} docs in {summary.seconds:.1f} s, "
            f"{summary.read / summary.seconds:.1f} docs/s, {words / summary.seconds:,.0f} words/s, "
            f"peak RSS of a process so far {peak / 1024:.0f} MB"
        )
    sample = list(iter_articles(data, min(limit, 300)))
    lines.append("  per-component profile on a sample:")
    lines += ["  " + line for line in bench_pipeline(sample, 1).splitlines()]
    return "\n".join(lines)


def run_bench(what: str, *, data: str | None, repeat: int, limit: int) -> str:
    if what == "corpus":
        if data is None:
            raise SystemExit("marsad bench corpus needs --data PATH")
        return bench_corpus(data, limit)
    articles = list(iter_articles(data, limit))
    if not articles:
        raise SystemExit(f"marsad bench: no articles found in {data}")
    if what == "text":
        return bench_text(articles, repeat)
    return bench_pipeline(articles, repeat)
