"""The HTTP API: extraction, the store endpoints, errors, limits, the API key, the page."""

import json

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.web.app import create_app  # noqa: E402

ARTICLE = "قالت وزارة الدفاع الهندية إن القوات الباكستانية قصفت مواقع هندية في كشمير مساء الأحد."


@pytest.fixture
def client(tmp_path):
    return TestClient(create_app(str(tmp_path / "web.db"), api_key="secret", max_bytes=5000))


def test_extract_returns_the_document(client):
    response = client.post("/v1/extract", json={"text": ARTICLE, "published": "2024-03-04"})
    assert response.status_code == 200
    doc = response.json()
    assert doc["published"] == "2024-03-04"
    assert [e["type"] for e in doc["events"]] == ["ASSAULT"]


def test_bad_input_gets_a_json_error_without_a_trace(client):
    for body, status, kind in [
        ({"text": "English only"}, 422, "not_arabic"),
        ({"text": "   "}, 422, "empty"),
        ({"text": ARTICLE, "published": "13/09/2022"}, 422, "bad_field"),
        ({"published": "2024-03-04"}, 422, "bad_field"),
        ({"text": ARTICLE * 40}, 413, "too_large"),
    ]:
        response = client.post("/v1/extract", json=body)
        assert response.status_code == status, body
        error = response.json()["error"]
        assert error["kind"] == kind and "Traceback" not in error["message"]
    huge = client.post(
        "/v1/extract", content=b"x" * 10_000_000, headers={"Content-Type": "application/json"}
    )
    assert huge.status_code == 413


def test_writes_need_the_api_key_and_reads_find_the_document(client):
    article = {"id": "k1", "text": ARTICLE, "published": "2024-03-04", "source": "Outlet"}
    assert client.post("/v1/documents", json=article).status_code == 401
    created = client.post("/v1/documents", json=article, headers={"X-API-Key": "secret"})
    assert created.status_code == 201 and created.json()["stored"] is True
    assert client.get("/v1/documents/k1").json()["id"] == "k1"
    assert client.get("/v1/documents/nope").status_code == 404
    events = client.get("/v1/events", params={"type": "ASSAULT", "country": "PAK"}).json()["events"]
    assert [(e["actor_code"], e["date"]) for e in events] == [("PAKMIL", "2024-03-03")]
    assert client.get("/v1/stats").json()["per_day"] == [
        {"date": "2024-03-03", "type": "ASSAULT", "events": 1}
    ]
    assert client.get("/v1/incidents").status_code == 200
    assert client.get("/v1/events", params={"limit": 5000}).status_code == 422


def test_page_and_openapi_and_health(client):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert client.get("/static/vendor/countries-110m.json").status_code == 200
    script = client.get("/static/app.js").text
    assert (
        "innerHTML = paths" in script and ".innerHTML = doc" not in script
    )  # article text as text only
    assert "/v1/extract" in json.dumps(client.get("/openapi.json").json()["paths"])
    assert client.get("/healthz").json()["status"] == "ok"


def test_page_script_parses():
    import shutil
    import subprocess
    from pathlib import Path

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = Path(__file__).resolve().parent.parent / "marsad" / "web" / "static" / "app.js"
    assert subprocess.run([node, "--check", str(script)], capture_output=True).returncode == 0


def test_posts_group_into_stories_and_incidents_across_requests(client):
    headers = {"X-API-Key": "secret"}
    second = "أعلن الجيش الهندي أن القوات الباكستانية قصفت مواقع هندية في كشمير مساء الأحد."
    for doc_id, text, source in [("a", ARTICLE, "Outlet A"), ("b", second, "Outlet B")]:
        body = {"id": doc_id, "text": text, "published": "2024-03-04", "source": source}
        assert client.post("/v1/documents", json=body, headers=headers).status_code == 201
    again = {"id": "a", "text": ARTICLE, "published": "2024-03-04", "source": "Outlet A"}
    reposted = client.post("/v1/documents", json=again, headers=headers)
    assert reposted.status_code == 201 and reposted.json()["stored"] is False
    incidents = client.get("/v1/incidents").json()["incidents"]
    assert len(incidents) == 1 and incidents[0]["reports"] == 2  # two outlets, one shelling
    events = client.get("/v1/events").json()["events"]
    assert len({e["incident_id"] for e in events}) == 1
