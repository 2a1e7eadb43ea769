"""Corpus ingest into SQLite: formats, duplicates, skipped and failed documents, resume, queries."""

import io
import json
import os
import sqlite3
import zipfile

import pytest
from conftest import write_warc

from marsad.cli import main
from marsad.corpus.ingest import ingest
from marsad.corpus.query import export, run_query
from marsad.corpus.store import open_store

CLASH = "قالت وزارة الدفاع الهندية إن القوات الباكستانية قصفت مواقع هندية في كشمير مساء الأحد."
PROTEST = "تظاهر آلاف العمال في مدينة صفاقس التونسية احتجاجاً على تأخر الأجور."
TALKS = "استقبل وزير الخارجية الأردني نظيره المصري في عمّان يوم الثلاثاء."


@pytest.fixture
def corpus(tmp_path):
    lines = [
        json.dumps(
            {"id": "a1", "text": CLASH, "published": "2024-03-04", "source": "Outlet A"},
            ensure_ascii=False,
        ),
        '{"id": "broken", ',
        json.dumps({"id": "a2", "text": "English only."}),
        json.dumps(
            {"id": "a3", "content": PROTEST, "date": "2024-03-05", "outlet": "Outlet B"},
            ensure_ascii=False,
        ),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    array = [
        {"id": "z1", "text": TALKS, "published": "2024-03-05", "source": "Outlet C"},
        {
            "id": "z2",
            "text": CLASH,
            "published": "2024-03-04",
            "source": "Outlet C",
        },  # the same story again
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("day/2024-03-05.json", json.dumps(array, ensure_ascii=False))
    (tmp_path / "b.zip").write_bytes(buffer.getvalue())
    return tmp_path


def dump(db):
    out = io.StringIO()
    export(open_store(str(db)), "jsonl", out)
    return out.getvalue()


def test_ingest_counts_and_is_idempotent(corpus, tmp_path):
    db = tmp_path / "store.db"
    summary = ingest([str(corpus)], str(db), workers=1)
    assert (summary.read, summary.stored, summary.already_stored) == (6, 3, 1)
    assert dict(summary.skipped) == {"not_arabic": 1}
    assert dict(summary.failed) == {"malformed": 1}
    again = ingest([str(corpus)], str(db), workers=1)
    assert (again.stored, again.already_stored) == (0, 4)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM documents").fetchone() == (3,)
        assert connection.execute("SELECT kind FROM failures").fetchall() == [("malformed",)]


def test_resume_after_an_interruption_gives_the_same_store(corpus, tmp_path):
    whole = tmp_path / "whole.db"
    ingest([str(corpus)], str(whole), workers=2)
    resumed = tmp_path / "resumed.db"
    ingest([str(corpus)], str(resumed), workers=1, limit=1)  # stopped after the first document
    ingest([str(corpus)], str(resumed), workers=1)
    assert dump(resumed) == dump(whole) != ""


def test_queries_and_export(corpus, tmp_path):
    db = tmp_path / "store.db"
    ingest([str(corpus)], str(db), workers=1)
    connection = open_store(str(db))
    per_day = run_query(connection, "per-day", event_type="ASSAULT")
    assert per_day == [("2024-03-03", "ASSAULT", "PAK", 1)]
    dyads = run_query(connection, "dyads")
    assert ("PAKMIL", "IND", "ASSAULT", 1) in dyads
    rows = [json.loads(line) for line in dump(db).splitlines()]
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    assert (assault["source"], assault["claim_country"], assault["place_name"]) == (
        "Outlet A",
        "IND",
        "Kashmir",
    )


def test_cli_ingest_query_export(corpus, tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert (
        main(["ingest", str(corpus), "--db", db, "--workers", "1", "--no-progress"]) == 1
    )  # one failure
    assert "stored 3" in capsys.readouterr().err
    assert main(["query", "per-day", "--db", db, "--type", "PROTEST"]) == 0
    assert "PROTEST" in capsys.readouterr().out
    out = tmp_path / "events.csv"
    assert main(["export", "--db", db, "--format", "csv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("doc_id,event_id,date,type")
    with pytest.raises(SystemExit):
        main(["query", "per-day", "--db", str(tmp_path / "none.db")])


WIRE = (
    "قالت وزارة الدفاع الهندية في بيان اليوم الأحد إن القوات الباكستانية قصفت مواقع هندية في كشمير "
    "مساء السبت بقذائف الهاون، ما أدى إلى إصابة جنديين، وأضافت أن القوات الهندية ردت على مصادر "
    "النيران، مؤكدة أنها ستواصل حماية حدودها ومواطنيها في القرى القريبة من خط المراقبة."
)


def test_near_duplicates_share_a_story_and_an_incident(tmp_path):
    rows = [
        {"id": "w1", "text": WIRE, "published": "2024-03-03", "source": "Outlet A"},
        # The same wire copy, re-published with a credit line and a dateline of its own.
        {
            "id": "w2",
            "text": "نيودلهي - " + WIRE + " (رويترز)",
            "published": "2024-03-03",
            "source": "Outlet B",
        },
        {"id": "w3", "text": TALKS, "published": "2024-03-03", "source": "Outlet C"},
    ]
    (tmp_path / "wire.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    db = tmp_path / "store.db"
    summary = ingest([str(tmp_path / "wire.jsonl")], str(db), workers=1)
    assert (summary.stored, summary.stories) == (3, 2)
    connection = open_store(str(db))
    stories = dict(connection.execute("SELECT doc_id, story_id FROM stories").fetchall())
    assert stories == {"w1": "w1", "w2": "w1", "w3": "w3"}
    incidents = run_query(connection, "incidents", event_type="ASSAULT")
    assert incidents and incidents[0][3] == 2 and incidents[0][4] == 2  # two reports, two outlets
    per_day = run_query(connection, "per-day", event_type="ASSAULT")
    assert per_day == [("2024-03-02", "ASSAULT", "PAK", 1)]  # counted once, not once per copy


def test_parquet_export_when_pyarrow_is_installed(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = tmp_path / "store.db"
    ingest([str(corpus)], str(db), workers=1)
    out = tmp_path / "events.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows > 0 and "actor_code" in table.column_names


def test_field_map_reads_other_keys(tmp_path):
    row = {"uid": "m1", "body_ar": PROTEST, "pub": "2024-03-05", "site": "Outlet M"}
    (tmp_path / "m.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    code = main(
        [
            "ingest",
            str(tmp_path / "m.jsonl"),
            "--db",
            db,
            "--workers",
            "1",
            "--no-progress",
            "--map",
            "text=body_ar",
            "--map",
            "published=pub",
            "--map",
            "source=site",
        ]
    )
    assert code == 0
    stored = json.loads(open_store(db).execute("SELECT document FROM documents").fetchone()[0])
    assert (stored["published"], stored["source"]) == ("2024-03-05", "Outlet M")


def test_warc_crawl_is_ingested(tmp_path):
    pytest.importorskip("warcio")
    page = (
        "<html><head><title>اشتباكات على الحدود</title>"
        '<meta property="article:published_time" content="2024-03-04"></head><body>'
        "<nav>الرئيسية | أخبار | رياضة</nav><article><h1>اشتباكات على الحدود</h1>"
        f"<p>{CLASH}</p><p>وأضافت الوزارة أن القوات الهندية ردت على مصادر النيران.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    ).encode()
    path = write_warc(tmp_path / "crawl.warc.gz", "https://news.example/kashmir", page)
    db = tmp_path / "web.db"
    summary = ingest([str(path)], str(db), workers=1)
    assert summary.stored == 1
    stored = json.loads(open_store(str(db)).execute("SELECT document FROM documents").fetchone()[0])
    assert stored["published"] == "2024-03-04" and stored["url"] == "https://news.example/kashmir"
    assert "الرئيسية" not in stored["text"] and CLASH in stored["text"]
    assert any(e["type"] == "ASSAULT" for e in stored["events"])


def test_killed_ingest_resumes_to_the_same_store(tmp_path):
    import subprocess
    import sys
    import time

    towns = ["كوبوارا", "بونش", "أوري", "راجوري", "كارجيل", "باراموله"]
    rows = []
    for n in range(60):
        town = towns[n % len(towns)]
        text = f"قالت الشرطة الهندية إن {n + 3} مسلحين هاجموا نقطة تفتيش قرب بلدة {town} في كشمير، في الهجوم رقم {n + 1} هذا الشهر."
        rows.append(
            json.dumps({"id": f"k{n}", "text": text, "published": "2024-03-04"}, ensure_ascii=False)
        )
    corpus = tmp_path / "k.jsonl"
    corpus.write_text("\n".join(rows) + "\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "marsad.cli",
        "ingest",
        str(corpus),
        "--workers",
        "1",
        "--window",
        "4",
        "--no-progress",
    ]

    killed_db = tmp_path / "killed.db"
    process = subprocess.Popen([*command, "--db", str(killed_db)])
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
        if killed_db.exists():
            try:
                stored = (
                    sqlite3.connect(killed_db)
                    .execute("SELECT COUNT(*) FROM documents")
                    .fetchone()[0]
                )
            except sqlite3.Error:
                continue
            if stored >= 8:
                process.kill()
                break
    process.wait()
    assert 8 <= stored < 60, "the ingest must be killed mid-way"
    subprocess.run([*command, "--db", str(killed_db)], check=True)
    whole_db = tmp_path / "whole.db"
    subprocess.run([*command, "--db", str(whole_db)], check=True)
    assert dump(killed_db) == dump(whole_db)
    stories = "SELECT doc_id, story_id FROM stories ORDER BY doc_id"
    assert (
        open_store(str(killed_db)).execute(stories).fetchall()
        == open_store(str(whole_db)).execute(stories).fetchall()
    )


POSTGRES = os.environ.get("MARSAD_TEST_POSTGRES")


@pytest.mark.skipif(
    not POSTGRES, reason="set MARSAD_TEST_POSTGRES to a PostgreSQL URL (.ci/run does)"
)
def test_postgres_store_matches_sqlite(corpus, tmp_path):
    store = open_store(POSTGRES)
    with store.transaction():
        for table in ("incidents", "stories", "events", "failures", "documents"):
            store.execute(f"DELETE FROM {table}")
    summary = ingest([str(corpus)], POSTGRES, workers=2)
    assert summary.stored == 3
    assert ingest([str(corpus)], POSTGRES, workers=1).stored == 0
    sqlite_db = tmp_path / "same.db"
    ingest([str(corpus)], str(sqlite_db), workers=1)
    assert dump(POSTGRES) == dump(sqlite_db)
    for name in ("per-day", "dyads", "sources"):
        assert run_query(open_store(POSTGRES), name) == run_query(open_store(str(sqlite_db)), name)


def test_a_store_from_an_earlier_schema_is_upgraded(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as connection:  # the events table as first released, without admin1
        connection.execute(
            "CREATE TABLE events (doc_id TEXT, event_id TEXT, date TEXT, type TEXT, modes TEXT, "
            "actor_code TEXT, actor_name TEXT, actor_country TEXT, recipient_code TEXT, "
            "recipient_name TEXT, recipient_country TEXT, place_name TEXT, place_country TEXT, "
            "geonameid INTEGER, lat REAL, lon REAL, source TEXT, url TEXT, claim_speaker TEXT, "
            "claim_country TEXT, relayed_by TEXT, negated INTEGER, historical INTEGER, "
            "confidence REAL, trigger TEXT, PRIMARY KEY (doc_id, event_id))"
        )
    assert "admin1" in open_store(str(db)).columns("events")
    assert run_query(open_store(str(db)), "per-day") == []
