"""Command line: ``marsad extract``, ``marsad schema``, ``marsad bench``, ``marsad eval``.

Exit codes: 0 every document succeeded, 1 some documents failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from marsad import __version__
from marsad.errors import ErrorKind, MarsadInputError
from marsad.io import InputRecord, read_inputs
from marsad.pipeline import COMPONENT_ORDER, DEFAULT_MAX_BYTES, Pipeline, Settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad", description="Structured, source-attributed event data from Arabic news."
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="read articles and print Marsad documents")
    extract.add_argument(
        "path", help="a .txt article, a .json object or array, a .jsonl file, or -"
    )
    extract.add_argument(
        "--published", help="publication date YYYY-MM-DD (for .txt and records without one)"
    )
    extract.add_argument("-o", "--output", help="write here instead of standard output")
    extract.add_argument(
        "--format",
        choices=["json", "jsonl"],
        help="output format (default: jsonl for .jsonl input, json otherwise)",
    )
    extract.add_argument("--input-format", choices=["auto", "txt", "json", "jsonl"], default="auto")
    extract.add_argument("--pretty", action="store_true", help="indent JSON output")
    extract.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=COMPONENT_ORDER[1:],
        metavar="NAME",
        help=f"leave out a component ({', '.join(COMPONENT_ORDER[1:])}); repeatable",
    )
    extract.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="largest article accepted, in UTF-8 bytes (default: %(default)s)",
    )
    extract.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    commands.add_parser("schema", help="print the JSON Schema of the document contract")

    bench = commands.add_parser("bench", help="measure throughput (see README: Benchmarks)")
    bench.add_argument(
        "what",
        choices=["text", "pipeline", "corpus"],
        help="the text layer, the whole pipeline, or an ingest with 1 and all workers",
    )
    bench.add_argument(
        "--data",
        help="a folder or file of articles (.txt/.json/.jsonl/.zip); default: the bundled examples",
    )
    bench.add_argument("--repeat", type=int, default=5, help="timed runs (the median is reported)")
    bench.add_argument(
        "--limit", type=int, default=2000, help="at most this many articles from --data"
    )
    evaluate = commands.add_parser("eval", help="score Marsad against annotated data")
    evaluate.add_argument(
        "what",
        choices=["gsr", "actors", "doc", "sentences"],
        help="gsr: PLOVER event types on GSR sentences; actors: actor country and role on GSR "
        "spans; doc: one article against a gold reading; sentences: all PLOVER types on a "
        "labelled sentence file (type, label, actor, recipient, sentence)",
    )
    evaluate.add_argument(
        "--data",
        help="folder with the GSR files (*_dev.csv, *_spans_dev.json); for `eval sentences` a TSV",
    )
    evaluate.add_argument(
        "--gold", help="gold reading (JSON, as in the seed's gold.json) for `eval doc`"
    )
    evaluate.add_argument("--text", help="the article the gold reading is of, for `eval doc`")
    evaluate.add_argument(
        "--dir",
        help="for `eval doc`: a folder of NAME.gold.json readings beside their NAME.txt articles",
    )
    evaluate.add_argument(
        "--details", action="store_true", help="with --dir: each article's full report too"
    )
    ingest = commands.add_parser("ingest", help="read a corpus into the store (SQLite)")
    ingest.add_argument(
        "paths", nargs="+", help="files, folders or .zip archives of .jsonl/.json/.txt"
    )
    ingest.add_argument("--db", default="marsad.db", help="store path (default: %(default)s)")
    ingest.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    ingest.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    ingest.add_argument("--limit", type=int, help="stop after this many documents")
    ingest.add_argument(
        "--window", type=int, default=256, help="documents per transaction (default: %(default)s)"
    )
    ingest.add_argument("--no-progress", action="store_true")
    ingest.add_argument(
        "--map", action="append", default=[], metavar="FIELD=KEY",
        help="read a contract field from another key, e.g. --map text=body_ar; repeatable",
    )  # fmt: skip

    query = commands.add_parser("query", help="ask the store: per-day, dyads, sources, actor")
    query.add_argument("name", choices=["per-day", "incidents", "dyads", "sources", "actor"])
    query.add_argument("--db", default="marsad.db")
    query.add_argument("--date", default="", help="date prefix: 2015-07 or 2015-07-21")
    query.add_argument("--type", default="", help="PLOVER event type")
    query.add_argument("--country", default="", help="actor country (ISO3)")
    query.add_argument("--actor", default="", help="for `actor`: a name fragment or an actor code")

    export = commands.add_parser("export", help="write every stored event as a flat row")
    export.add_argument("--db", default="marsad.db")
    export.add_argument("--format", choices=["csv", "jsonl", "parquet"], default="csv")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    serve = commands.add_parser("serve", help="the HTTP API and the analyst page")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default: localhost only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--db", help="a store for /v1/documents, /v1/events, /v1/incidents, /v1/stats"
    )
    serve.add_argument(
        "--api-key", help="required as X-API-Key on write endpoints (or MARSAD_API_KEY)"
    )
    serve.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (e.g. `marsad extract ... | head`): stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123
        return EXIT_OK


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        from marsad.schema import document_schema

        json.dump(document_schema(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if args.command == "bench":
        from marsad.bench import run_bench

        print(run_bench(args.what, data=args.data, repeat=args.repeat, limit=args.limit))
        return EXIT_OK
    if args.command == "eval":
        return _evaluate(parser, args)
    if args.command in {"ingest", "query", "export"}:
        return _corpus(parser, args)
    if args.command == "serve":
        try:
            import uvicorn

            from marsad.web.app import create_app
        except ImportError:
            parser.error('serve needs: pip install "marsad[serve]"')
        uvicorn.run(
            create_app(args.db, args.api_key, args.max_bytes), host=args.host, port=args.port
        )
        return EXIT_OK
    return _extract(parser, args)


def _corpus(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from marsad.corpus.query import export, print_table, run_query
    from marsad.corpus.store import open_store

    if args.command == "ingest":
        from marsad.corpus.ingest import ingest

        missing = [p for p in args.paths if not Path(p).exists()]
        if missing:
            parser.error(f"no such file or folder: {', '.join(missing)}")
        field_map = {}
        for item in args.map:
            name, sep, key = item.partition("=")
            if not sep or name not in {"text", "published", "id", "source", "title", "url"}:
                parser.error(
                    f"--map takes FIELD=KEY with FIELD one of text, published, id, ...: {item}"
                )
            field_map[name] = key
        summary = ingest(
            args.paths, args.db, workers=args.workers, max_bytes=args.max_bytes,
            limit=args.limit, progress=not args.no_progress and sys.stderr.isatty(),
            field_map=field_map, window=args.window,
        )  # fmt: skip
        print(summary.report(), file=sys.stderr)
        return EXIT_SOME_FAILED if summary.failed else EXIT_OK
    is_postgres = args.db.startswith(("postgresql://", "postgres://"))
    if not is_postgres and not Path(args.db.removeprefix("sqlite:///")).exists():
        parser.error(f"no store at {args.db}; run marsad ingest first")
    connection = open_store(args.db)
    if args.command == "export":
        if args.format == "parquet":
            from marsad.corpus.query import export_parquet

            if not args.output:
                parser.error("--format parquet needs -o FILE")
            count = export_parquet(connection, args.output)
            print(f"marsad: exported {count} events", file=sys.stderr)
            return EXIT_OK
        with _open_output(args.output) as out:
            count = export(connection, args.format, out)
        print(f"marsad: exported {count} events", file=sys.stderr)
        return EXIT_OK
    headers = {
        "per-day": ["date", "type", "actor_country", "events"],
        "incidents": [
            "incident",
            "date",
            "type",
            "reports",
            "outlets",
            "sources",
            "places",
            "who says what",
        ],
        "dyads": ["actor_code", "recipient_code", "type", "events"],
        "sources": ["source", "type", "events", "documents"],
        "actor": [
            "date",
            "type",
            "actor",
            "actor_code",
            "recipient",
            "recipient_code",
            "place",
            "source",
        ],
    }
    rows = run_query(
        connection, args.name, date=args.date, event_type=args.type, country=args.country,
        actor=args.actor,
    )  # fmt: skip
    print_table(rows, headers[args.name], sys.stdout)
    return EXIT_OK


def _evaluate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.what == "doc":
        from marsad.events.evaluate import evaluate_doc, evaluate_docs

        if args.dir:
            if not Path(args.dir).is_dir():
                parser.error(f"no such folder: {args.dir}")
            try:
                print(evaluate_docs(Path(args.dir), details=args.details))
            except ValueError as error:
                parser.error(str(error))
            return EXIT_OK
        if not (args.gold and args.text):
            parser.error("eval doc needs --gold and --text, or --dir")
        print(evaluate_doc(Path(args.gold), Path(args.text)))
        return EXIT_OK
    if args.what == "sentences":
        if not args.data or not Path(args.data).is_file():
            parser.error("eval sentences needs --data pointing at a TSV file")
        from marsad.events.evaluate import evaluate_sentences

        try:
            print(evaluate_sentences(Path(args.data)))
        except ValueError as error:
            parser.error(str(error))
        return EXIT_OK
    if not args.data or not Path(args.data).is_dir():
        parser.error(f"eval {args.what} needs --data pointing at a folder")
    if args.what == "gsr":
        from marsad.events.evaluate import evaluate_gsr

        print(evaluate_gsr(Path(args.data)))
    else:
        from marsad.entities.evaluate import evaluate_gsr_actors

        print(evaluate_gsr_actors(Path(args.data)))
    return EXIT_OK


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.path != "-" and not Path(args.path).is_file():
        parser.error(f"no such file: {args.path}")
    if args.max_bytes <= 0:
        parser.error("--max-bytes must be positive")
    try:
        nlp = Pipeline(skip=args.skip, settings=Settings(max_bytes=args.max_bytes))
    except ValueError as error:
        parser.error(str(error))
    records = read_inputs(
        args.path,
        input_format=args.input_format,
        published=args.published,
        max_bytes=args.max_bytes,
    )
    suffix = Path(args.path).suffix.lower()
    output_format = args.format or ("jsonl" if suffix in {".jsonl", ".ndjson"} else "json")
    multi = suffix != ".txt" and args.input_format != "txt"
    show_progress = multi and not args.no_progress and sys.stderr.isatty()
    results = process(nlp, _with_progress(records, show_progress))
    failed = 0
    with _open_output(args.output) as out:
        for result in _write(results, out, output_format, pretty=args.pretty):
            if "error" in result:
                failed += 1
                print(f"marsad: {result['id']}: {result['error']['message']}", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _open_output(path: str | None) -> AbstractContextManager[TextIO]:
    if path is None:
        return nullcontext(sys.stdout)
    return Path(path).open("w", encoding="utf-8")


def process(nlp: Pipeline, records: Iterable[InputRecord]) -> Iterator[dict[str, Any]]:
    """Run the pipeline on each record; a failing document becomes an error record."""
    for record in records:
        if record.error is not None:
            yield error_record(record.id, record.error)
            continue
        try:
            yield nlp.read_record(record.fields).to_dict()
        except MarsadInputError as error:
            yield error_record(record.id, error)
        except Exception as error:
            internal = MarsadInputError(
                ErrorKind.INTERNAL,
                f"internal error ({type(error).__name__}: {error}); please report it",
            )
            yield error_record(record.id, internal)


def error_record(doc_id: str, error: MarsadInputError) -> dict[str, Any]:
    return {"id": doc_id, "error": error.to_dict()}


def _with_progress(records: Iterator[InputRecord], enabled: bool) -> Iterator[InputRecord]:
    if not enabled:
        return records
    from tqdm import tqdm

    return iter(tqdm(records, desc="marsad", unit="doc", file=sys.stderr, dynamic_ncols=True))


def _write(
    results: Iterator[dict[str, Any]], out: TextIO, output_format: str, *, pretty: bool
) -> Iterator[dict[str, Any]]:
    """Write results as they come (jsonl) or as one value at the end (json); re-yield each."""
    indent = 2 if pretty else None
    if output_format == "jsonl":
        for result in results:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            yield result
        return
    collected = []
    for result in results:
        collected.append(result)
        yield result
    value: Any = collected[0] if len(collected) == 1 else collected
    json.dump(value, out, ensure_ascii=False, indent=indent)
    out.write("\n")


if __name__ == "__main__":
    sys.exit(main())
