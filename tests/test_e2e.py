"""End to end in real headless Chromium (Debian's chromium, driven by Playwright): paste an article,
see highlights and events, click a row, see map markers; a screenshot is kept as an artifact."""

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "border-clash.txt"


@pytest.fixture(scope="module")
def server():
    from marsad.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    # A running server has its resources loaded; so does this one before anything is timed.
    import httpx

    httpx.post(f"{url}/v1/extract", json={"text": EXAMPLE.read_text(encoding="utf-8")}, timeout=120)
    yield url
    instance.should_exit = True
    thread.join(timeout=5)


def test_paste_read_click_and_map(server):
    # About 500 words: the example report and composed follow-ups.
    text = (
        EXAMPLE.read_text(encoding="utf-8") * 3
        + "\n<script>window.pwned = true</script><img src=x onerror=alert(1)>"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto(server)
        page.fill("#text", text)
        page.fill("#published", "2024-03-04")
        started = time.perf_counter()
        page.click("#form button[type=submit]")
        page.wait_for_selector("#events tbody tr")
        elapsed = time.perf_counter() - started
        assert page.locator("#article [data-kind=trigger]").count() >= 5
        assert page.locator("#article [data-kind=entity]").count() >= 5
        assert page.evaluate("window.pwned === undefined")
        assert "<script>" in page.inner_text("#article")
        page.locator("#events tbody tr").nth(4).click()
        assert page.locator("#article .hit").count() == 1
        page.wait_for_selector("#map circle", state="attached")
        assert page.locator("#map circle").count() >= 1
        page.click("#lang")
        assert page.inner_text("#events thead").startswith("Type")
        page.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)
        browser.close()
    print(f"paste to rendered: {elapsed:.2f} s")
    assert elapsed < 1.0, f"paste to rendered took {elapsed:.2f} s"
