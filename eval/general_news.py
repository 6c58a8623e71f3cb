"""Events on general news: how many the pipeline finds in reports no political actor is at
the centre of (crashes, storms, markets, sport, company and science news).

    .venv/bin/python -m eval.general_news            # the count, then each event
    .venv/bin/python -m eval.general_news --quiet    # the count only

Issue #18 asks that no event come from a disaster, a market report or sport unless a
political actor acts in it, so the right number is small, not zero: a government that
suspends flights or condemns an attack in such a report still acts. The reports are chosen
by headline (`eval/data/general_news_headlines.txt`) from the Wikinews corpus in
`../shared/corpus`; each is read as an article whose headline opens its text.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
from datetime import date
from pathlib import Path

from benchmarks.corpus import CORPUS

HEADLINES = Path(__file__).resolve().parent / "data" / "general_news_headlines.txt"


def chosen_reports(corpus: Path = CORPUS, headlines: Path = HEADLINES) -> list[dict]:
    """The corpus rows whose headline is listed (the first of each, with 40 words or more)."""
    wanted = [
        line.strip()
        for line in headlines.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    found: dict[str, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            headline = row.get("headline")
            if headline in wanted and len((row.get("text") or "").split()) > 40:
                found.setdefault(headline, row)
    return [found[h] for h in wanted if h in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print the count only")
    args = parser.parse_args()

    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse, load

    nlp = load()
    reports = chosen_reports()
    lines, total = [], 0
    for row in reports:
        published = None
        with contextlib.suppress(ValueError):  # a record with no date is read undated
            published = date.fromisoformat((row.get("published") or "")[:10])
        text = row["headline"] + "\n\n" + row["text"]
        events = analyse(Article.from_text(text, published=published), nlp).to_dict()["events"]
        total += len(events)
        for event in events:
            trigger = event["trigger"]
            actor = (event.get("actor_span") or {}).get("text")
            lines.append(f"- [{row['headline']}] {event['type']} {trigger['text']!r} ({actor})")
    print(f"{len(reports)} general-news reports, {total} events")
    if not args.quiet:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
