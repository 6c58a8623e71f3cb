"""How many events of each PLOVER category the system finds in ordinary news (no gold).

    .venv/bin/python -m eval.events_counts               # first 120 PolNeAR dev articles
    .venv/bin/python -m eval.events_counts --articles 40

The PLOVER gold file scores one main event per hand-picked sentence, so it cannot show
events found where there are none. This prints, for whole articles of U.S. political news
(PolNeAR dev texts, read as plain text), the count of events per category: a precision
check to read by eye and to compare between code versions (run the same command with
`PYTHONPATH=src` in a checkout of the other commit). It is a count, not a score.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eval.polnear import DEFAULT_ROOT


def article_texts(limit: int, root: Path = DEFAULT_ROOT) -> Iterator[str]:
    """The first `limit` PolNeAR dev texts in file-name order, streamed."""
    for path in sorted((root / "dev" / "text").iterdir())[:limit]:
        yield path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120, help="how many articles")
    args = parser.parse_args()

    from newsledger.extract.events.component import read_events
    from newsledger.nlp.pipeline import load

    nlp = load(("newsledger_events",))
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    for doc in nlp.pipe(article_texts(args.articles)):
        counts.update(coded.event.type for coded in read_events(doc))
    elapsed = time.perf_counter() - started
    print(f"{sum(counts.values())} events in {args.articles} articles ({elapsed:.1f} s)")
    for category, count in counts.most_common():
        print(f"  {category:12} {count}")


if __name__ == "__main__":
    main()
