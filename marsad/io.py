"""Reading article inputs (.txt, .json, .jsonl, stdin) into records, one at a time.

A reader never stops at a bad document: it yields an ``InputRecord`` carrying a
``MarsadInputError`` for that document and carries on with the next one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from marsad.errors import ErrorKind, MarsadInputError

# Field names used by common news datasets, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article"),
    "published": ("published", "date", "date_published", "publish_date", "date_extracted"),
    "id": ("id", "doc_id", "uid"),
    "source": ("source", "outlet"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
}
JSON_EXPANSION = 6  # a character escaped as \uXXXX takes six bytes in a JSON line


@dataclass(slots=True)
class InputRecord:
    """One document read from input: its fields, or the error that stopped reading it."""

    ref: str  # where it came from: "file.jsonl:17"
    fields: dict[str, Any] = field(default_factory=dict)
    error: MarsadInputError | None = None

    @property
    def id(self) -> str:
        value = self.fields.get("id")
        return str(value) if value is not None else self.ref


def map_fields(obj: dict[str, Any], field_map: dict[str, str] | None = None) -> dict[str, Any]:
    """Pick the contract's fields out of a dataset record, allowing common aliases.

    ``field_map`` overrides them: {"text": "body_ar", "published": "pub"} reads those keys first.
    """
    mapped: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        override = (field_map or {}).get(name)
        for alias in ((override,) if override else ()) + aliases:
            if obj.get(alias) is not None:
                mapped[name] = obj[alias]
                break
    return mapped


def decode(data: bytes, ref: str) -> str:
    """UTF-8 (with or without BOM), or a MarsadInputError saying where it broke."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MarsadInputError(
            ErrorKind.ENCODING,
            f"{ref}: not UTF-8 (invalid byte 0x{data[error.start]:02x} at byte {error.start}); "
            "re-encode the file as UTF-8",
        ) from None


def read_inputs(
    path: str,
    *,
    input_format: str = "auto",
    published: str | None = None,
    max_bytes: int,
    field_map: dict[str, str] | None = None,
) -> Iterator[InputRecord]:
    """Yield the documents in ``path`` ("-" for standard input)."""
    fmt = input_format if input_format != "auto" else _format_from_name(path)
    if path == "-":
        stream: BinaryIO = sys.stdin.buffer
        if fmt == "jsonl":
            yield from read_jsonl_stream(stream, "<stdin>", published, max_bytes, field_map)
            return
        data = stream.read(max_bytes * JSON_EXPANSION + 1)
        yield from read_bytes(
            data,
            "<stdin>",
            fmt,
            published,
            max_bytes,
            field_map=field_map,
            truncated=bool(stream.read(1)),
        )
        return
    file = Path(path)
    if fmt == "jsonl":
        with file.open("rb") as stream:
            yield from read_jsonl_stream(stream, file.name, published, max_bytes, field_map)
        return
    limit = max_bytes * (JSON_EXPANSION if fmt == "json" else 1)
    size = file.stat().st_size
    if size > limit and fmt == "txt":
        yield InputRecord(
            file.name,
            error=MarsadInputError(
                ErrorKind.TOO_LARGE,
                f"{file.name}: {size:,} bytes, over the limit of {max_bytes:,} (raise --max-bytes)",
            ),
        )
        return
    with file.open("rb") as stream:
        data = stream.read(limit + 1)
    yield from read_bytes(
        data, file.name, fmt, published, max_bytes, field_map=field_map, truncated=size > limit
    )


def _format_from_name(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if path == "-":
        return "sniff"
    return "txt"


def read_bytes(
    data: bytes,
    ref: str,
    fmt: str,
    published: str | None,
    max_bytes: int,
    *,
    truncated: bool,
    field_map: dict[str, str] | None = None,
) -> Iterator[InputRecord]:
    if truncated:
        yield InputRecord(
            ref,
            error=MarsadInputError(
                ErrorKind.TOO_LARGE, f"{ref}: input over the limit of {max_bytes:,} bytes"
            ),
        )
        return
    try:
        text = decode(data, ref)
    except MarsadInputError as error:
        yield InputRecord(ref, error=error)
        return
    if fmt == "sniff":
        fmt = _sniff(text)
    if fmt == "txt":
        yield InputRecord(ref, fields={"text": text, "published": published})
    elif fmt == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _parse_json_line(line, f"{ref}:{number}", published, field_map)
    else:
        yield from _read_json_document(text, ref, published, field_map)


def _sniff(text: str) -> str:
    """Guess the format of standard input: a JSON value, JSON lines, or plain text."""
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        try:
            json.loads(text)
        except json.JSONDecodeError:
            return "jsonl"
        return "json"
    return "txt"


def _read_json_document(
    text: str, ref: str, published: str | None, field_map: dict[str, str] | None
) -> Iterator[InputRecord]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputRecord(
            ref, error=MarsadInputError(ErrorKind.MALFORMED, f"{ref}: invalid JSON: {error}")
        )
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        item_ref = f"{ref}[{index}]" if isinstance(value, list) else ref
        yield _record_from_object(item, item_ref, published, field_map)


def read_jsonl_stream(
    stream: BinaryIO,
    ref: str,
    published: str | None,
    max_bytes: int,
    field_map: dict[str, str] | None = None,
) -> Iterator[InputRecord]:
    line_limit = max_bytes * JSON_EXPANSION + 65_536
    number = 0
    while True:
        raw = stream.readline(line_limit)
        if not raw:
            return
        number += 1
        line_ref = f"{ref}:{number}"
        if len(raw) >= line_limit and not raw.endswith(b"\n"):
            # Skip the rest of an oversized line without holding it in memory.
            while (chunk := stream.readline(line_limit)) and not chunk.endswith(b"\n"):
                pass
            yield InputRecord(
                line_ref,
                error=MarsadInputError(
                    ErrorKind.TOO_LARGE, f"{line_ref}: line over {line_limit:,} bytes"
                ),
            )
            continue
        if not raw.strip():
            continue
        try:
            line = decode(raw, line_ref)
        except MarsadInputError as error:
            yield InputRecord(line_ref, error=error)
            continue
        yield _parse_json_line(line, line_ref, published, field_map)


def _parse_json_line(
    line: str, ref: str, published: str | None, field_map: dict[str, str] | None = None
) -> InputRecord:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return InputRecord(
            ref, error=MarsadInputError(ErrorKind.MALFORMED, f"{ref}: invalid JSON: {error}")
        )
    return _record_from_object(value, ref, published, field_map)


def _record_from_object(
    value: Any, ref: str, published: str | None, field_map: dict[str, str] | None = None
) -> InputRecord:
    if not isinstance(value, dict):
        return InputRecord(
            ref,
            error=MarsadInputError(
                ErrorKind.MALFORMED, f"{ref}: expected a JSON object, got {type(value).__name__}"
            ),
        )
    fields = map_fields(value, field_map)
    if fields.get("published") is None and published is not None:
        fields["published"] = published
    if "text" not in fields:
        record = InputRecord(ref, fields=fields)
        record.error = MarsadInputError(ErrorKind.EMPTY, f"{ref}: no 'text' field")
        return record
    return InputRecord(ref, fields=fields)
