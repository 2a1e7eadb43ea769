"""Load test for `marsad serve`: N concurrent clients post a ~500-word article for D seconds.

    marsad serve --port 8000 &
    python scripts/load_test.py --url http://127.0.0.1:8000 --clients 20 --seconds 60

Only for servers on this machine (localhost). Reports requests, errors, throughput and latency
percentiles.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from pathlib import Path

import httpx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def article() -> str:
    """About 500 words of composed wire copy: the bundled examples, one after another."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    text = "\n".join(texts)
    while len(text.split()) < 500:
        text += "\n" + texts[0]
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    if not args.url.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise SystemExit("load tests only target this machine")
    body = {"text": article(), "published": "2024-03-04"}
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + args.seconds

    def client() -> None:
        with httpx.Client(timeout=30) as session:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    response = session.post(f"{args.url}/v1/extract", json=body)
                    ok = response.status_code == 200
                    failure = "" if ok else f"HTTP {response.status_code}"
                except httpx.HTTPError as error:
                    failure = type(error).__name__
                with lock:
                    latencies.append(time.perf_counter() - started)
                    if failure:
                        errors.append(failure)

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    print(
        f"{args.clients} clients, {elapsed:.0f} s, {len(body['text'].split())}-word article: "
        f"{len(latencies)} requests ({len(latencies) / elapsed:.1f}/s), {len(errors)} errors; "
        f"latency median {statistics.median(ordered) * 1000:.0f} ms, p95 {pct(0.95):.0f} ms, "
        f"p99 {pct(0.99):.0f} ms"
    )


if __name__ == "__main__":
    main()
