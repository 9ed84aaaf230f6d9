"""The README's pictures, made by driving the real app in Chromium, so they stay true.

Starts `paddockqa serve` on the bundled corpus (a copy, with its own index), holds a short
conversation in the chat (a question, then a follow-up), clicks the first answer's [1] and
opens its document in the viewer, and takes the Questions tab; then the Corpus tab. Writes
docs/chat.png and docs/corpus.png.

    .venv/bin/python benchmarks/screenshots.py [--port 7890]

Needs Debian's chromium (/usr/bin/chromium) and Playwright (`pip install -e '.[test]'`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
QUESTIONS = ["Quel âge a Philippe Gaillard ?", "Et d'où vient-il ?"]


def wait_for(url: str, seconds: float = 300) -> None:
    """Until the server answers ``url``, or SystemExit after ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(1)
    sys.exit(f"the app did not answer at {url} within {seconds:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=7890)
    args = parser.parse_args()
    from playwright.sync_api import expect, sync_playwright

    work = Path(tempfile.mkdtemp(prefix="paddockqa-shots-"))
    shutil.copytree(ROOT / "corpus", work / "corpus")
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    command = [sys.executable, "-m", "paddockqa", "serve", "--port", str(args.port)]
    command += ["--corpus", str(work / "corpus"), "--index", str(work / "index")]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{args.port}/"
    try:
        wait_for(url + "v1/models")
        DOCS.mkdir(exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1366, "height": 860}, locale="fr-FR")
            page.set_default_timeout(60_000)
            page.goto(url, wait_until="load")
            box = page.locator("#pq-question textarea")
            bots = page.locator("#pq-chat [data-testid='bot']")
            for i, question in enumerate(QUESTIONS):
                box.fill(question)
                box.press("Enter")
                expect(bots.nth(i).locator("a.pq-cite").first).to_be_visible(timeout=120_000)
            bots.nth(0).locator("a.pq-cite").first.click()
            page.locator("#pq-sources .pq-turn:not(.pq-hidden) a.pq-open").first.click()
            expect(page.locator("#pq-viewer mark")).to_be_visible(timeout=60_000)
            page.wait_for_timeout(800)  # scrolled to the quote
            page.screenshot(path=str(DOCS / "chat.png"))
            page.get_by_role("tab", name="Corpus").click()
            expect(page.locator("#pq-totals")).to_contain_text("documents", timeout=60_000)
            page.wait_for_timeout(1500)  # the chart draws itself
            page.screenshot(path=str(DOCS / "corpus.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    print(f"written: {DOCS / 'chat.png'}, {DOCS / 'corpus.png'}")


if __name__ == "__main__":
    main()
