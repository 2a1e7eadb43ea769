"""Across documents: group reports of the same incident and list who says what.

Two event reports belong to the same incident when they have the same PLOVER type, dates at
most ``window_days`` apart, and either share a place or involve the same pair of countries.
Reports are sorted and matched through a dictionary of (type, day, place) and (type, day, pair)
keys, so grouping is O(n log n) however many reports fall on one day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _pair(report: dict[str, Any]) -> frozenset[str]:
    return frozenset(report.get("actors", [])) | frozenset(report.get("recipients", []))


def _keys(report: dict[str, Any], day: date) -> list[tuple[Any, ...]]:
    """What two reports of one incident share: a place, or the same pair of countries."""
    keys: list[tuple[Any, ...]] = [
        (report["type"], day, "place", p) for p in report.get("places", [])
    ]
    pair = _pair(report)
    if len(pair) >= 2:
        keys.append((report["type"], day, "pair", pair))
    return keys


def group_incidents(reports: list[dict[str, Any]], window_days: int = 1) -> list[dict[str, Any]]:
    """Group event reports into incidents.

    Each report is a dict with ``doc``, ``event``, ``type``, ``date`` (ISO day), ``places``,
    ``actors`` and ``recipients`` (country codes) and ``speaker`` (country or text, None for the
    outlet's own voice). Returns incidents with their reports and a who-says-what summary.
    """
    dated = sorted(
        (r for r in reports if _day(r.get("date"))), key=lambda r: (r["type"], _day(r["date"]))
    )
    parent = list(range(len(dated)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Each report joins any earlier report that shares a key on a day within the window: one pass
    # with a dictionary, linear in the number of reports.
    seen: dict[tuple[Any, ...], int] = {}
    for i, report in enumerate(dated):
        day = _day(report["date"])
        assert day is not None
        for offset in range(-window_days, window_days + 1):
            for key in _keys(report, day + timedelta(days=offset)):
                if key in seen:
                    parent[find(i)] = find(seen[key])
        for key in _keys(report, day):
            seen.setdefault(key, i)
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, report in enumerate(dated):
        groups.setdefault(find(i), []).append(report)
    incidents = []
    for number, members in enumerate(groups.values(), start=1):
        accounts = sorted(
            {
                (str(r.get("speaker") or "outlet"), "/".join(sorted(r.get("actors", []))) or "?",
                 "/".join(sorted(r.get("recipients", []))) or "?")
                for r in members
            }
        )  # fmt: skip
        incidents.append(
            {
                "id": f"I{number}",
                "type": members[0]["type"],
                "dates": sorted({r["date"][:10] for r in members}),
                "reports": [{"doc": r["doc"], "event": r["event"]} for r in members],
                "accounts": [
                    {"speaker": speaker, "actors": actors, "recipients": recipients}
                    for speaker, actors, recipients in accounts
                ],
            }
        )
    return incidents
