"""The store: documents, their JSON, a flat table of events, stories and incidents — one SQLite
file by default, or a PostgreSQL database with the same schema.

Writes go in batches, each batch in one transaction, so an interrupted ingest keeps every
finished batch and the next run picks up the rest. A document is stored once, by id and by
content hash.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    published TEXT, source TEXT, title TEXT, url TEXT,
    document TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    ref TEXT PRIMARY KEY, kind TEXT NOT NULL, message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    event_id TEXT NOT NULL,
    date TEXT, type TEXT NOT NULL, modes TEXT,
    actor_code TEXT, actor_name TEXT, actor_country TEXT,
    recipient_code TEXT, recipient_name TEXT, recipient_country TEXT,
    place_name TEXT, place_country TEXT, admin1 TEXT, geonameid INTEGER, lat REAL, lon REAL,
    source TEXT, url TEXT, claim_speaker TEXT, claim_country TEXT, relayed_by TEXT,
    negated INTEGER NOT NULL, historical INTEGER NOT NULL, confidence REAL NOT NULL,
    trigger TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id)
);
CREATE TABLE IF NOT EXISTS stories (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id),
    story_id TEXT NOT NULL,
    minhash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS incidents (
    doc_id TEXT NOT NULL, event_id TEXT NOT NULL, incident_id TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id)
);
CREATE TABLE IF NOT EXISTS participants (
    doc_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
    text TEXT, entity_id TEXT, country TEXT, sector TEXT, code TEXT,
    PRIMARY KEY (doc_id, event_id, role, position)
);
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
    name_en TEXT, country TEXT, sector TEXT, code TEXT, mentions INTEGER NOT NULL,
    PRIMARY KEY (doc_id, entity_id)
);
CREATE TABLE IF NOT EXISTS places (
    doc_id TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT,
    country TEXT, geonameid INTEGER, lat REAL, lon REAL, feature TEXT, mentions INTEGER NOT NULL,
    PRIMARY KEY (doc_id, place_id)
);
CREATE TABLE IF NOT EXISTS times (
    doc_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
    granularity TEXT, anchor TEXT,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE IF NOT EXISTS claims (
    doc_id TEXT NOT NULL, claim_id TEXT NOT NULL, speaker TEXT, speaker_entity TEXT,
    speaker_country TEXT, relayed_by TEXT, stance TEXT, content TEXT,
    PRIMARY KEY (doc_id, claim_id)
);
CREATE TABLE IF NOT EXISTS contradictions (
    doc_id TEXT NOT NULL, position INTEGER NOT NULL, events TEXT NOT NULL, claims TEXT NOT NULL,
    about TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);
CREATE INDEX IF NOT EXISTS events_by_date_type ON events(date, type);
CREATE INDEX IF NOT EXISTS entities_by_code ON entities(code);
CREATE INDEX IF NOT EXISTS places_by_geonameid ON places(geonameid);
CREATE INDEX IF NOT EXISTS stories_by_story ON stories(story_id);
CREATE INDEX IF NOT EXISTS incidents_by_incident ON incidents(incident_id);
CREATE INDEX IF NOT EXISTS events_by_actor ON events(actor_country, actor_code);
CREATE INDEX IF NOT EXISTS events_by_dyad ON events(actor_code, recipient_code);
"""

# Columns added after stores were first written: (table, column, SQL type).
ADDED_COLUMNS = (("events", "admin1", "TEXT"),)

EVENT_COLUMNS = (
    "doc_id", "event_id", "date", "type", "modes", "actor_code", "actor_name", "actor_country",
    "recipient_code", "recipient_name", "recipient_country", "place_name", "place_country",
    "admin1", "geonameid", "lat", "lon", "source", "url", "claim_speaker", "claim_country",
    "relayed_by", "negated", "historical", "confidence", "trigger",
)  # fmt: skip


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """A connection to SQLite (a file path or ``sqlite:///path``) or PostgreSQL
    (``postgresql://...``, with ``pip install "marsad[postgres]"``), speaking one SQL dialect:
    statements are written for SQLite and adapted for PostgreSQL."""

    def __init__(self, url: str) -> None:
        self.dialect = "postgres" if url.startswith(("postgresql://", "postgres://")) else "sqlite"
        if self.dialect == "postgres":
            try:
                import psycopg
            except ImportError:
                raise SystemExit(
                    'marsad: PostgreSQL needs: pip install "marsad[postgres]"'
                ) from None
            # Autocommit, so that each transaction() block is a real transaction.
            self.connection: Any = psycopg.connect(url, autocommit=True)
        else:
            path = url.removeprefix("sqlite:///")
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            # One connection may serve the web server's worker threads, one at a time (the
            # server serialises access with a lock).
            self.connection = sqlite3.connect(path, check_same_thread=False)
            self.connection.execute("PRAGMA journal_mode=WAL")
        with self.transaction():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.execute(statement)
            self._add_new_columns()

    def _add_new_columns(self) -> None:
        """Bring a store made by an earlier Marsad up to this schema (columns added since)."""
        for table, column, kind in ADDED_COLUMNS:
            if column not in self.columns(table):
                self.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def columns(self, table: str) -> set[str]:
        if self.dialect == "sqlite":
            return {row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")}
        rows = self.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,)
        )
        return {row[0] for row in rows}

    def adapt(self, sql: str) -> str:
        if self.dialect == "sqlite":
            return sql
        sql = (
            sql.replace("?", "%s").replace(" BLOB", " BYTEA").replace(" REAL", " DOUBLE PRECISION")
        )
        sql = re.sub(r"GROUP_CONCAT\(DISTINCT ([^)]+)\)", r"STRING_AGG(DISTINCT \1, ',')", sql)
        if "INSERT OR IGNORE" in sql:
            sql = sql.replace("INSERT OR IGNORE", "INSERT") + " ON CONFLICT DO NOTHING"
        if "INSERT OR REPLACE INTO failures" in sql:
            sql = sql.replace("INSERT OR REPLACE", "INSERT") + (
                " ON CONFLICT (ref) DO UPDATE SET kind = EXCLUDED.kind, message = EXCLUDED.message"
            )
        return sql

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.connection.execute(self.adapt(sql), params)

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.dialect == "sqlite":
            self.connection.executemany(sql, rows)
        else:
            with self.connection.cursor() as cursor:
                cursor.executemany(self.adapt(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.dialect == "sqlite":
            with self.connection:
                yield
        else:
            with self.connection.transaction():
                yield

    def close(self) -> None:
        self.connection.close()


def open_store(url: str) -> Store:
    """Open (and create on first use) the store at ``url``."""
    return Store(url)


def known(connection: Store, doc_id: str | None, text_hash: str) -> bool:
    """Whether a document with this id or this text is already stored."""
    row = connection.execute(
        "SELECT 1 FROM documents WHERE id = ? OR content_hash = ? LIMIT 1", (doc_id, text_hash)
    ).fetchone()
    return row is not None


def write_batch(
    connection: Store,
    documents: Iterable[tuple[dict[str, Any], str, bytes]],
    failures: Iterable[dict[str, str]],
) -> int:
    """Store documents (each with its story id and MinHash), their events, and failures, in one
    transaction; returns the number of new documents."""
    added = 0
    with connection.transaction():
        for doc, story_id, minhash in documents:
            cursor = connection.execute(
                "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    doc["id"], content_hash(doc["text"]), doc["published"], doc["source"],
                    doc["title"], doc.get("url"), json.dumps(doc, ensure_ascii=False),
                ),
            )  # fmt: skip
            if cursor.rowcount == 0:
                continue
            added += 1
            connection.execute(
                "INSERT OR IGNORE INTO stories VALUES (?, ?, ?)", (doc["id"], story_id, minhash)
            )
            connection.executemany(
                f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
                [tuple(row[c] for c in EVENT_COLUMNS) for row in event_rows(doc)],
            )
            for table, rows in detail_rows(doc).items():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    connection.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows)
        connection.executemany(
            "INSERT OR REPLACE INTO failures VALUES (?, ?, ?)",
            [(f["ref"], f["kind"], f["message"]) for f in failures],
        )
    return added


def detail_rows(doc: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of the per-document tables: participants, entities, places, times, claims,
    contradictions."""
    doc_id = doc["id"]
    text = doc["text"]
    return {
        "participants": [
            (doc_id, event["id"], role, i, p["text"], p["entity"], p["country"], p["sector"],
             p["code"])
            for event in doc["events"]
            for role in ("actors", "recipients")
            for i, p in enumerate(event[role])
        ],
        "entities": [
            (doc_id, e["id"], e["type"], e["name"], e["name_en"], e["country"], e["sector"],
             e["code"], len(e["mentions"]))
            for e in doc["entities"]
        ],
        "places": [
            (doc_id, p["id"], p["name"], p["name_en"], p["country"], p["geonameid"], p["lat"],
             p["lon"], p["feature"], len(p["mentions"]))
            for p in doc["places"]
        ],
        "times": [
            (doc_id, i, t["text"], t["value"], t["granularity"], t["anchor"])
            for i, t in enumerate(doc["times"])
        ],
        "claims": [
            (doc_id, c["id"], c["speaker"]["text"], c["speaker"]["entity"], c["speaker"]["country"],
             "|".join(r["text"] for r in c["relayed_by"]) or None, c.get("stance"),
             text[c["content"]["start"] : c["content"]["end"]])
            for c in doc["claims"]
        ],
        "contradictions": [
            (doc_id, i, "|".join(c["events"]), "|".join(c["claims"]), c["about"])
            for i, c in enumerate(doc["contradictions"])
        ],
    }  # fmt: skip


def event_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per event, in the column conventions of event datasets."""
    places = {p["id"]: p for p in doc["places"]}
    claims = {c["id"]: c for c in doc["claims"]}
    for event in doc["events"]:
        actor = event["actors"][0] if event["actors"] else {}
        recipient = event["recipients"][0] if event["recipients"] else {}
        place = next((places[i] for i in event["places"] if i in places), {})
        claim = claims.get(event["claim"] or "", {})
        speaker = claim.get("speaker", {})
        yield {
            "doc_id": doc["id"],
            "event_id": event["id"],
            "date": (event["date"] or {}).get("value"),
            "type": event["type"],
            "modes": "|".join(event["modes"]),
            "actor_code": "|".join(str(a["code"]) for a in event["actors"] if a["code"]) or None,
            "actor_name": actor.get("text"),
            "actor_country": actor.get("country"),
            "recipient_code": "|".join(str(r["code"]) for r in event["recipients"] if r["code"])
            or None,
            "recipient_name": recipient.get("text"),
            "recipient_country": recipient.get("country"),
            "place_name": place.get("name_en") or place.get("name"),
            "place_country": place.get("country"),
            "admin1": place.get("admin1"),
            "geonameid": place.get("geonameid"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "source": doc["source"],
            "url": doc.get("url"),
            "claim_speaker": speaker.get("text"),
            "claim_country": speaker.get("country"),
            "relayed_by": "|".join(r["text"] for r in claim.get("relayed_by", [])) or None,
            "negated": int(event["negated"]),
            "historical": int(event["historical"]),
            "confidence": event["confidence"],
            "trigger": event["trigger"]["text"],
        }
