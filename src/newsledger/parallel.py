"""Analyse a stream of articles on all cores, in order, with memory bounded.

spaCy's own `n_process` ships Docs back through msgpack, which cannot carry our record
objects, so workers here run the whole `analyse` and send back plain JSON-ready dicts.
At most `window` batches are in flight, whatever the length of the stream. An article
that makes the pipeline fail comes back as a failure, and the stream goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from newsledger.article import Article

ANALYSIS_FAILED = "NL012"
RECYCLE_AFTER_ARTICLES = 1000


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result: its record, or why it could not be analysed."""

    source: str
    record: dict[str, Any] | None = None
    code: str | None = None
    error: str | None = None


def analyse_batch(articles: list[Article]) -> list[Outcome]:
    """Analyse a batch in this process (the pipeline is loaded once per process)."""
    from newsledger.pipeline import analyse_many, load

    nlp = load()
    outcomes: list[Outcome] = []
    try:
        records = list(analyse_many(articles, nlp, batch_size=len(articles) or 1))
        for article, record in zip(articles, records, strict=True):
            outcomes.append(Outcome(_where(article), record.to_dict()))
        return outcomes
    except Exception:  # one bad article: redo the batch one by one to find it
        pass
    for article in articles:
        try:
            [record] = analyse_many([article], nlp, batch_size=1)
            outcomes.append(Outcome(_where(article), record.to_dict()))
        except Exception as error:
            message = f"analysis failed ({type(error).__name__}: {error})"[:500]
            outcomes.append(Outcome(_where(article), None, ANALYSIS_FAILED, message))
    return outcomes


def _where(article: Article) -> str:
    return article.source or article.external_id or article.id


def _warm_up() -> None:
    from newsledger.pipeline import load

    load()


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def analyse_stream(
    articles: Iterable[Article], workers: int = 1, batch_size: int = 8, window: int | None = None
) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` > 1 uses a pool of processes."""
    if workers <= 1:
        for batch in batched(articles, batch_size):
            yield from analyse_batch(batch)
        return
    window = window or workers * 2
    context = multiprocessing.get_context("spawn")
    # spaCy's string store only grows as new words stream past, so each worker is replaced
    # after a while: memory stays flat on any corpus, for the cost of a model load.
    recycle = max(1, RECYCLE_AFTER_ARTICLES // batch_size)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_warm_up, max_tasks_per_child=recycle
    ) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for batch in batched(articles, batch_size):
            pending.append(pool.submit(analyse_batch, batch))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
