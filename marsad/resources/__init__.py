"""Language resources: versioned data files in this folder and their loaders.

Two formats:
- word lists (``*.txt``): one entry per line, optional ``<TAB>gloss``; ``#`` starts a comment;
- tables (``*.tsv``): a header line naming the columns, then one row per entry.

Loaders validate as they read (column count, required fields, duplicates) and
raise ``ResourceError`` naming the file and line, so a bad edit fails loudly in
the tests rather than quietly at run time. Each loader caches its result, so a
resource is read once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources as importlib_resources

from marsad.text.normalize import normalize_key

RESOURCE_PACKAGE = "marsad.resources"


class ResourceError(ValueError):
    """A language resource file is malformed."""


def _lines(name: str) -> Iterator[tuple[int, str]]:
    text = importlib_resources.files(RESOURCE_PACKAGE).joinpath(name).read_text("utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#") else ""
        if line.strip():
            yield number, line


def read_word_list(name: str) -> dict[str, str]:
    """Read a word list; returns normalised entry → gloss (may be empty)."""
    entries: dict[str, str] = {}
    for number, line in _lines(name):
        word, _, gloss = line.partition("\t")
        key = normalize_key(word.strip())
        if not key:
            raise ResourceError(f"{name}:{number}: empty entry")
        if key in entries:
            raise ResourceError(f"{name}:{number}: duplicate entry {word.strip()!r}")
        entries[key] = gloss.strip()
    return entries


def read_table(name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a TSV table whose header contains ``required`` columns (all non-empty)."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in _lines(name):
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            missing = [column for column in required if column not in header]
            if missing:
                raise ResourceError(f"{name}:{number}: header lacks columns {missing}")
            continue
        if len(cells) > len(header):
            raise ResourceError(f"{name}:{number}: {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        empty = [column for column in required if not row[column]]
        if empty:
            raise ResourceError(f"{name}:{number}: empty required cells {empty}")
        row["_line"] = str(number)
        rows.append(row)
    if header is None:
        raise ResourceError(f"{name}: no header")
    return rows


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations whose final period does not end a sentence ("د." "أ.ف.ب")."""
    return frozenset(key.rstrip(".") for key in read_word_list("abbreviations.txt"))


@cache
def clitic_guard() -> frozenset[str]:
    """Words that look like clitic + stem but are whole words (باكو، بلينكن، ليبيا)."""
    return frozenset(read_word_list("clitic_guard.txt"))


@cache
def clitic_stems() -> frozenset[str]:
    """Known stems: a cut that leaves one of these is trusted ("وقواتها" → قوات)."""
    return frozenset(read_word_list("clitic_stems.txt"))
