from pathlib import Path

import pytest

import marsad

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="session")
def nlp():
    return marsad.load()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


def write_warc(path: Path, url: str, html: bytes) -> Path:
    """A gzipped WARC file with one HTTP response record (warcio must be installed)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html), http_headers=headers
        )
        writer.write_record(record)
    return path
