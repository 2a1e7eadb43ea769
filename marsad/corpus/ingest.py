"""``marsad ingest``: read a corpus, run the pipeline on every core, store the results.

Documents are read as a stream and processed in windows of a few hundred, each window on a
process pool (every worker builds the pipeline once) and written as one transaction, with each
document's near-duplicate story; incidents are recomputed over the whole store at the end. Already
stored documents (same id or same text) are skipped before any work, so re-running an ingest,
or resuming one that was killed, adds exactly what is missing.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from marsad.corpus.incidents import rebuild_incidents
from marsad.corpus.sources import iter_records
from marsad.corpus.store import content_hash, known, open_store, write_batch
from marsad.corpus.stories import StoryIndex, signature
from marsad.errors import ErrorKind, MarsadInputError
from marsad.io import InputRecord
from marsad.pipeline import DEFAULT_MAX_BYTES, Pipeline

WINDOW = 256  # documents in flight at once, and per transaction
SKIPPED_KINDS = {ErrorKind.EMPTY.value, ErrorKind.NOT_ARABIC.value}


@dataclass(slots=True)
class Summary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    stories: int = 0  # distinct stories (near-duplicates grouped) in the store
    incidents: int = 0  # incidents across the store

    def report(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        lines = [
            f"read {self.read} documents in {self.seconds:.1f} s ({rate:.1f} docs/s)",
            f"  stored {self.stored}, already in the store {self.already_stored}",
            f"  store: {self.stories} distinct stories, {self.incidents} incidents",
            f"  skipped {sum(self.skipped.values())} {dict(self.skipped)}",
            f"  failed {sum(self.failed.values())} {dict(self.failed)}",
        ]
        return "\n".join(lines)


_worker_pipeline: Pipeline | None = None


def _init_worker(max_bytes: int) -> None:
    global _worker_pipeline
    from marsad.pipeline import Settings

    _worker_pipeline = Pipeline(settings=Settings(max_bytes=max_bytes))


def _process(item: tuple[str, dict[str, Any]]) -> tuple[str, Any]:
    ref, fields = item
    assert _worker_pipeline is not None
    try:
        doc = _worker_pipeline.read_record(fields)
        return "ok", (doc.to_dict(), signature(doc.text))
    except MarsadInputError as error:
        return "error", (ref, error.kind.value, error.message)
    except Exception as error:  # one bad document must not stop the corpus
        return "error", (ref, ErrorKind.INTERNAL.value, f"{type(error).__name__}: {error}")


def _windows(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    window: list[InputRecord] = []
    for record in records:
        window.append(record)
        if len(window) == size:
            yield window
            window = []
    if window:
        yield window


def ingest(
    paths: list[str],
    db: str,
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limit: int | None = None,
    progress: bool = False,
    field_map: dict[str, str] | None = None,
    window: int = WINDOW,
) -> Summary:
    """Ingest ``paths`` into the store at ``db``; ``limit`` stops after that many documents."""
    workers = workers or os.cpu_count() or 1
    connection = open_store(db)
    summary = Summary()
    started = time.perf_counter()
    records: Iterable[InputRecord] = iter_records(paths, max_bytes=max_bytes, field_map=field_map)
    if limit is not None:
        records = (r for i, r in enumerate(records) if i < limit)
    bar = _bar(progress)
    pool = get_context("fork").Pool(workers, _init_worker, (max_bytes,)) if workers > 1 else None
    if pool is None:
        _init_worker(max_bytes)
    seen: set[str] = set()
    stories = StoryIndex(connection)
    try:
        for batch in _windows(records, window):
            todo: list[tuple[str, dict[str, Any]]] = []
            failures: list[dict[str, str]] = []
            for record in batch:
                summary.read += 1
                if record.error is not None:
                    _count(
                        summary, failures, record.id, record.error.kind.value, record.error.message
                    )
                    continue
                text = record.fields.get("text")
                digest = content_hash(text) if isinstance(text, str) else ""
                if digest in seen or known(connection, _id(record), digest):
                    summary.already_stored += 1
                    continue
                seen.add(digest)
                todo.append((record.id, record.fields))
            results = pool.map(_process, todo, chunksize=8) if pool else map(_process, todo)
            documents = []
            for status, value in results:
                if status == "ok":
                    doc, minhash = value
                    documents.append((doc, stories.assign(doc["id"], minhash), minhash))
                else:
                    _count(summary, failures, *value)
            summary.stored += write_batch(connection, documents, failures)
            if bar is not None:
                bar.update(len(batch))
        summary.incidents = rebuild_incidents(connection)
        summary.stories = len(set(stories.story.values()))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if bar is not None:
            bar.close()
        connection.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _id(record: InputRecord) -> str | None:
    value = record.fields.get("id")
    return str(value) if value is not None else None


def _count(
    summary: Summary, failures: list[dict[str, str]], ref: str, kind: str, message: str
) -> None:
    if kind in SKIPPED_KINDS:
        summary.skipped[kind] += 1
        return
    summary.failed[kind] += 1
    failures.append({"ref": ref, "kind": kind, "message": message})


def _bar(enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(desc="marsad ingest", unit="doc", file=sys.stderr, dynamic_ncols=True)
