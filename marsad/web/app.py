"""``marsad serve``: the HTTP API (FastAPI, OpenAPI at /docs and /openapi.json) and the page.

Write endpoints can require an API key (``--api-key`` or ``MARSAD_API_KEY``, sent as the
``X-API-Key`` header). Requests over the size limit get 413; bad input gets 4xx with a JSON
``{"error": {"kind", "message"}}`` body; unexpected errors get 500 without a stack trace.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

import marsad
from marsad.corpus.store import Store, open_store, write_batch
from marsad.corpus.stories import signature
from marsad.errors import MarsadInputError
from marsad.pipeline import DEFAULT_MAX_BYTES, Pipeline, Settings

STATIC = resources.files("marsad.web").joinpath("static")
LOG = logging.getLogger("marsad.web")


class Article(BaseModel):
    text: str = Field(description="the article text (Arabic)")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD")
    id: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None


def _error(status: int, kind: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status)


def create_app(
    db: str | None = None, api_key: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> FastAPI:
    app = FastAPI(
        title="Marsad",
        version=marsad.__version__,
        description="Structured, source-attributed event data (PLOVER) from Arabic news.",
    )
    nlp = Pipeline(settings=Settings(max_bytes=max_bytes))
    key = api_key or os.environ.get("MARSAD_API_KEY")
    # One store connection, used by one request at a time. The story index is loaded once and
    # grows with each POST; incidents are regrouped lazily, before the first read after writes.
    # (Documents ingested into the same store by another process meanwhile are seen by queries,
    # but their stories only after a restart.)
    state: dict[str, Any] = {"incidents_stale": False}
    lock = threading.RLock()

    @contextmanager
    def store(*, current_incidents: bool = False) -> Iterator[Store]:
        if db is None:
            raise HTTPException(404, "this server has no store (start it with --db)")
        with lock:
            if "store" not in state:
                state["store"] = open_store(db)
            connection = state["store"]
            if current_incidents and state["incidents_stale"]:
                from marsad.corpus.incidents import rebuild_incidents

                rebuild_incidents(connection)
                state["incidents_stale"] = False
            yield connection

    def write_access(x_api_key: str | None = Header(None)) -> None:
        if key and x_api_key != key:
            raise HTTPException(401, "a valid X-API-Key header is required")

    @app.middleware("http")
    async def limit_size(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_bytes * 6 + 65_536:
            return _error(413, "too_large", f"request body over {max_bytes:,} bytes of text")
        try:
            return await call_next(request)
        except Exception:  # no stack traces to clients; the log keeps it
            LOG.exception("error while serving %s %s", request.method, request.url.path)
            return _error(500, "internal", "internal error; the server log has the details")

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        kind = {401: "unauthorized", 404: "not_found", 413: "too_large"}.get(
            error.status_code, "bad_request"
        )
        return _error(error.status_code, kind, str(error.detail))

    @app.exception_handler(MarsadInputError)
    async def input_error(_: Request, error: MarsadInputError) -> JSONResponse:
        status = 413 if error.kind == "too_large" else 422
        return _error(status, str(error.kind), error.message)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, "bad_field", f"{where}: {first.get('msg', 'invalid request')}")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": marsad.__version__}

    @app.post("/v1/extract")
    def extract(article: Article) -> dict[str, Any]:
        """Read one article and return its Marsad document (the v1 contract)."""
        return nlp.read_record(article.model_dump()).to_dict()

    @app.post("/v1/documents", dependencies=[Depends(write_access)], status_code=201)
    def add_document(article: Article) -> dict[str, Any]:
        """Read one article and keep it in the store."""
        doc = nlp.read_record(article.model_dump())
        data = doc.to_dict()
        from marsad.corpus.stories import StoryIndex

        minhash = signature(doc.text)
        with store() as connection:
            if "stories" not in state:
                state["stories"] = StoryIndex(connection)
            story = state["stories"].assign(doc.id, minhash)
            added = write_batch(connection, [(data, story, minhash)], [])
            state["incidents_stale"] = state["incidents_stale"] or bool(added)
        return {"id": doc.id, "stored": bool(added), "events": len(data["events"])}

    @app.get("/v1/documents/{doc_id}")
    def get_document(doc_id: str) -> dict[str, Any]:
        with store() as connection:
            sql = "SELECT document FROM documents WHERE id = ?"
            row = connection.execute(sql, (doc_id,)).fetchone()
        if row is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return json.loads(row[0])

    @app.get("/v1/events")
    def events(
        type: str | None = None,  # noqa: A002 - the API's parameter name
        country: str | None = Query(None, description="actor or recipient country (ISO3)"),
        actor: str | None = Query(None, description="actor name fragment or code"),
        date_from: str | None = None,
        date_to: str | None = None,
        place: str | None = Query(None, description="place name fragment or GeoNames id"),
        incident: str | None = None,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        from marsad.corpus.store import EVENT_COLUMNS

        where = ["1 = 1"]
        params: list[Any] = []
        filters = [
            (type, "e.type = ?", type),
            (country, "(e.actor_country = ? OR e.recipient_country = ?)", None),
            (actor, "(e.actor_name LIKE ? OR e.actor_code LIKE ?)", None),
            (date_from, "e.date >= ?", date_from),
            (date_to, "e.date <= ?", (date_to or "") + "~"),
            (place, "(e.place_name LIKE ? OR CAST(e.geonameid AS TEXT) = ?)", None),
            (incident, "i.incident_id = ?", incident),
        ]
        for value, clause, param in filters:
            if not value:
                continue
            where.append(clause)
            if clause.count("?") == 2:
                params += [f"%{value}%", value] if "LIKE" in clause else [value, value]
            else:
                params.append(param)
        columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
        sql = (
            f"SELECT {columns}, i.incident_id FROM events e LEFT JOIN incidents i "
            f"USING (doc_id, event_id) WHERE {' AND '.join(where)} "
            "ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, e.doc_id, e.event_id "
            "LIMIT ? OFFSET ?"
        )
        with store(current_incidents=True) as connection:
            rows = connection.execute(sql, (*params, limit, offset)).fetchall()
        names = [*EVENT_COLUMNS, "incident_id"]
        return {"events": [dict(zip(names, row, strict=True)) for row in rows], "offset": offset}

    @app.get("/v1/incidents")
    def incidents(
        type: str | None = None,  # noqa: A002
        country: str | None = None,
        date: str | None = Query(None, description="date prefix, e.g. 2015-07"),
    ) -> dict[str, Any]:
        from marsad.corpus.query import run_query

        with store(current_incidents=True) as connection:
            rows = run_query(
                connection, "incidents", date=date or "", event_type=type or "",
                country=country or "",
            )  # fmt: skip
        keys = ["incident", "date", "type", "reports", "outlets", "sources", "places", "accounts"]
        return {"incidents": [dict(zip(keys, row, strict=True)) for row in rows]}

    @app.get("/v1/stats")
    def stats(country: str | None = None) -> dict[str, Any]:
        """Reported events per day and type (an incident counts once)."""
        from marsad.corpus.query import run_query

        with store(current_incidents=True) as connection:
            rows = run_query(connection, "per-day", country=country or "")
        per: dict[tuple[str, str], int] = {}
        for day, event_type, _, count in rows:
            per[(day or "", event_type)] = per.get((day or "", event_type), 0) + count
        return {
            "per_day": [{"date": d, "type": t, "events": n} for (d, t), n in sorted(per.items())]
        }

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC.joinpath("index.html")))

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app
