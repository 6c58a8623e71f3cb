"""Make docs/screenshot-article.png: the article view of a shipped Wikinews sample (CC BY 2.5).

    .venv/bin/python tests/web/screenshot.py [--article wikinews-ID1114646] [--out PATH]

Analyses the four sample articles into a temporary ledger, serves it on a loopback port,
and photographs one article in Debian's chromium with a time expression hovered, so the
tooltip with its normalised value is in the picture. Never run on the seed article: it is
copyrighted and must not end up in the repository.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from web_support import CHROMIUM, CHROMIUM_ARGS, LiveServer, build_ledger  # noqa: E402


def sample_records() -> list[dict]:
    from newsledger.article import ReadFailure
    from newsledger.nlp.pipeline import analyse, load
    from newsledger.readers.jsonl import read_jsonl

    nlp = load()
    sample = resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl")
    with resources.as_file(sample) as path:
        articles = [a for a in read_jsonl(path) if not isinstance(a, ReadFailure)]
    records = []
    for article in articles:
        record = analyse(article, nlp).to_dict()
        record["article"]["outlet"] = record["article"].get("outlet") or "Wikinews"
        records.append(record)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default="wikinews-ID1114646", help="external id")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot-article.png"))
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1080)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    records = sample_records()
    chosen = next(r for r in records if r["article"].get("external_id") == args.article)
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(build_ledger(Path(tmp) / "samples.db", records))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                page = browser.new_page(
                    viewport={"width": args.width, "height": args.height}, device_scale_factor=1
                )
                page.goto(f"{server.url}/article/{chosen['article']['id']}")
                timex = page.locator(".nl-text .nl-timex")
                if timex.count():
                    timex.first.hover()
                page.screenshot(path=args.out)
                browser.close()
        finally:
            server.stop()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
