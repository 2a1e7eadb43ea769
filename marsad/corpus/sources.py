"""Walk corpus inputs: files, folders and .zip archives of .jsonl, .json (object or array) and .txt,
and web crawls in WARC files.

Reading streams: a JSON-lines file is read line by line and an archive member by member, so a
large input is never held in memory whole (a .json array is, by the nature of the format).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from marsad.io import InputRecord, read_bytes, read_inputs, read_jsonl_stream

SUFFIXES = {".jsonl", ".ndjson", ".json", ".txt"}


def iter_records(
    paths: list[str], *, max_bytes: int, field_map: dict[str, str] | None = None
) -> Iterator[InputRecord]:
    """Every document in ``paths`` (files, folders, zip archives), in a stable order."""
    for path in paths:
        root = Path(path)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for file in files:
            if file.name.lower().endswith((".warc", ".warc.gz")):
                from marsad.corpus.web import warc_records

                yield from warc_records(file)
            elif file.suffix.lower() == ".zip":
                yield from _zip_records(file, max_bytes, field_map)
            elif file.suffix.lower() in SUFFIXES:
                yield from read_inputs(str(file), max_bytes=max_bytes, field_map=field_map)


def _zip_records(
    archive_path: Path, max_bytes: int, field_map: dict[str, str] | None
) -> Iterator[InputRecord]:
    with zipfile.ZipFile(archive_path) as archive:
        for name in sorted(archive.namelist()):
            suffix = Path(name).suffix.lower()
            if suffix not in SUFFIXES:
                continue
            data = archive.read(name)
            ref = f"{archive_path.name}/{name}"
            yield from _records_from_bytes(data, ref, suffix, max_bytes, field_map)


def _records_from_bytes(
    data: bytes, ref: str, suffix: str, max_bytes: int, field_map: dict[str, str] | None
) -> Iterator[InputRecord]:
    fmt = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}.get(suffix, "txt")
    if fmt == "jsonl":
        yield from read_jsonl_stream(io.BytesIO(data), ref, None, max_bytes, field_map)
    else:
        limit = max_bytes * (6 if fmt == "json" else 1)
        truncated = len(data) > limit and fmt == "txt"
        yield from read_bytes(
            data, ref, fmt, None, max_bytes, truncated=truncated, field_map=field_map
        )
