"""``marsad query`` and ``marsad export`` over the store."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from marsad.corpus.store import EVENT_COLUMNS, Store

# Background and denied events are not counted as happenings; filters are LIKE patterns.
_WHERE = """negated = 0 AND historical = 0 AND COALESCE(date, '') LIKE ? AND type LIKE ?
    AND COALESCE(actor_country, '') LIKE ?"""

QUERIES: dict[str, str] = {
    # An incident reported by several outlets counts once.
    "per-day": f"""SELECT date, type, actor_country,
        COUNT(DISTINCT COALESCE(i.incident_id, e.doc_id || '/' || e.event_id)) AS events
        FROM events e LEFT JOIN incidents i USING (doc_id, event_id)
        WHERE {_WHERE} GROUP BY date, type, actor_country
        ORDER BY COALESCE(date, ''), events DESC, type, COALESCE(actor_country, '')""",
    "incidents": f"""SELECT i.incident_id, MIN(e.date), e.type, COUNT(*) AS reports,
        COUNT(DISTINCT e.source) AS outlets, GROUP_CONCAT(DISTINCT e.source),
        GROUP_CONCAT(DISTINCT e.place_name),
        GROUP_CONCAT(DISTINCT COALESCE(e.claim_country, 'outlet') || ': '
            || COALESCE(e.actor_country, '?') || '>' || COALESCE(e.recipient_country, '?'))
        FROM incidents i JOIN events e USING (doc_id, event_id) WHERE {_WHERE}
        GROUP BY i.incident_id, e.type HAVING COUNT(*) > 1
        ORDER BY reports DESC, i.incident_id LIMIT 30""",
    "dyads": f"""SELECT actor_code, recipient_code, type, COUNT(*) AS events FROM events
        WHERE {_WHERE} AND actor_code IS NOT NULL AND recipient_code IS NOT NULL
        GROUP BY actor_code, recipient_code, type
        ORDER BY events DESC, actor_code, recipient_code, type LIMIT 30""",
    "sources": f"""SELECT source, type, COUNT(*) AS events, COUNT(DISTINCT doc_id) AS documents
        FROM events WHERE {_WHERE} GROUP BY source, type
        ORDER BY events DESC, COALESCE(source, ''), type""",
}


def run_query(
    connection: Store,
    name: str,
    *,
    date: str = "",
    event_type: str = "",
    country: str = "",
    actor: str = "",
) -> list[tuple[Any, ...]]:
    if name == "actor":  # everything a given actor did: by name fragment or code
        return connection.execute(
            """SELECT date, type, actor_name, actor_code, recipient_name, recipient_code,
            place_name, source FROM events WHERE negated = 0 AND historical = 0
            AND (actor_name LIKE ? OR actor_code LIKE ?)
            ORDER BY COALESCE(date, ''), doc_id, event_id LIMIT 200""",
            (f"%{actor}%", f"%{actor}%"),
        ).fetchall()
    sql = QUERIES[name]
    return connection.execute(sql, (f"{date}%", event_type or "%", country or "%")).fetchall()


def print_table(rows: list[tuple[Any, ...]], header: list[str], out: TextIO) -> None:
    table = [header, *[["" if v is None else str(v) for v in row] for row in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for row in table:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        out.write("\n")


def export(connection: Store, fmt: str, out: TextIO) -> int:
    """Write every event as a flat row; returns the number written."""
    cursor = connection.execute(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY doc_id, event_id"
    )
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(EVENT_COLUMNS)
        for row in cursor:
            writer.writerow(row)
            count += 1
    else:
        for row in cursor:
            out.write(
                json.dumps(dict(zip(EVENT_COLUMNS, row, strict=True)), ensure_ascii=False) + "\n"
            )
            count += 1
    return count


def export_parquet(connection: Store, path: str) -> int:
    """Write every event to a Parquet file (needs pyarrow: pip install "marsad[parquet]")."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SystemExit(
            'marsad: Parquet export needs pyarrow: pip install "marsad[parquet]"'
        ) from None
    cursor = connection.execute(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY doc_id, event_id"
    )
    columns = list(zip(*cursor.fetchall(), strict=True)) or [() for _ in EVENT_COLUMNS]
    table = pa.table(
        {name: list(values) for name, values in zip(EVENT_COLUMNS, columns, strict=True)}
    )
    pq.write_table(table, path)
    return table.num_rows
