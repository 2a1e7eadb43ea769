"""Incidents across the store: reports of the same happening, from any document or outlet."""

from __future__ import annotations

from marsad.contradictions.incidents import group_incidents
from marsad.corpus.store import Store


def rebuild_incidents(connection: Store) -> int:
    """Recompute the incidents table from every reported, dated event; returns incident count."""
    rows = connection.execute(
        """SELECT doc_id, event_id, type, date, COALESCE(CAST(geonameid AS TEXT), place_name),
        actor_country, recipient_country, claim_country FROM events
        WHERE negated = 0 AND historical = 0 AND date IS NOT NULL AND length(date) >= 10
        ORDER BY doc_id, event_id"""
    ).fetchall()
    reports = [
        {
            "doc": doc_id, "event": event_id, "type": event_type, "date": day,
            "places": [place] if place else [],
            "actors": [actor] if actor else [], "recipients": [recipient] if recipient else [],
            "speaker": speaker,
        }
        for doc_id, event_id, event_type, day, place, actor, recipient, speaker in rows
    ]  # fmt: skip
    incidents = group_incidents(reports)
    with connection.transaction():
        connection.execute("DELETE FROM incidents")
        connection.executemany(
            "INSERT INTO incidents VALUES (?, ?, ?)",
            [
                (report["doc"], report["event"], incident["id"])
                for incident in incidents
                for report in incident["reports"]
            ],
        )
    return len(incidents)
