"""Web crawls: articles from WARC files (.warc, .warc.gz).

HTML responses are reduced to their main text with trafilatura and dated with htmldate (page
metadata first), both maintained libraries; install them with ``pip install "marsad[web]"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.errors import ErrorKind, MarsadInputError
from marsad.io import InputRecord


def warc_records(path: Path) -> Iterator[InputRecord]:
    try:
        import htmldate
        import trafilatura
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise SystemExit('marsad: WARC input needs: pip install "marsad[web]"') from None
    with path.open("rb") as stream:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response":
                continue
            content_type = (
                record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            )
            if "html" not in content_type:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            ref = f"{path.name}#{number}"
            html = record.content_stream().read()
            text = trafilatura.extract(html, favor_recall=True, url=url)
            if not text:
                error = MarsadInputError(ErrorKind.EMPTY, f"{ref}: no article text in {url}")
                yield InputRecord(ref, fields={"url": url}, error=error)
                continue
            metadata = trafilatura.extract_metadata(html)
            published = htmldate.find_date(
                html, url=url, original_date=True, extensive_search=False
            )
            fields = {
                "id": url or ref,
                "text": text,
                "url": url,
                "title": metadata.title if metadata else None,
                "source": metadata.sitename if metadata and metadata.sitename else None,
                "published": published,
            }
            yield InputRecord(ref, fields=fields)
