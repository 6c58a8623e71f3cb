"""Analyse a stream of articles on all cores, in order, with memory bounded.

spaCy's own `n_process` ships Docs back through msgpack, which cannot carry our record
objects, so workers here run the whole `analyse` and send back plain JSON-ready dicts.
At most `window` batches are in flight, whatever the length of the stream. An article
that makes the pipeline fail comes back as a failure, and the stream goes on; so does one
too long to parse in bounded memory (`MAX_ANALYSIS_CHARS`).

Workers die with the process that started them, even on kill -9 of it (which runs no
clean-up): each asks Linux for SIGKILL when its parent dies, and a watchdog thread exits
when its parent changes. The pool's queues use semaphores, so multiprocessing starts a
resource tracker; it exits by itself once every process holding its pipe (the parent and
the workers) is gone, so it does not outlive the workers.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from newsledger.article import Article
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, too_long_for_analysis

ANALYSIS_FAILED = "NL012"
TOO_LARGE = "NL004"
RECYCLE_AFTER_ARTICLES = 1000
MAX_ANALYSIS_CHARS = MAX_ARTICLE_CHARS  # see textcheck: one limit for reading and analysis
PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result: its record, or why it could not be analysed."""

    source: str
    record: dict[str, Any] | None = None
    code: str | None = None
    error: str | None = None


def too_long(article: Article) -> str | None:
    """Why this article is not analysed, if it is over the analysis limit."""
    return too_long_for_analysis(article.text)


def analyse_batch(articles: list[Article]) -> list[Outcome]:
    """Analyse a batch in this process (the pipeline is loaded once per process); outcomes
    in the batch's order, an over-long article refused before it is parsed."""
    refused = {i: why for i, a in enumerate(articles) if (why := too_long(a)) is not None}
    if not refused:
        return _analyse_fitting(articles)
    analysed = iter(_analyse_fitting([a for i, a in enumerate(articles) if i not in refused]))
    return [
        Outcome(_where(a), None, TOO_LARGE, refused[i]) if i in refused else next(analysed)
        for i, a in enumerate(articles)
    ]


def _analyse_fitting(articles: list[Article]) -> list[Outcome]:
    from newsledger.nlp.pipeline import analyse_many, load

    if not articles:
        return []
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
    from newsledger.nlp.pipeline import load

    load()


def _start_worker(parent_pid: int, workers: int = 1) -> None:
    """Pool initializer: tie this worker's life to its parent's, share the cores out among
    the workers (the attribution tagger's threads), then load the pipeline."""
    from newsledger.extract.attribution.tagger import THREADS_VARIABLE

    die_with_parent(parent_pid)
    os.environ[THREADS_VARIABLE] = str(max(1, (os.cpu_count() or 1) // workers))
    _warm_up()


def die_with_parent(parent_pid: int) -> None:
    """Exit when the process `parent_pid` (our parent) dies, however it dies.

    Linux: PR_SET_PDEATHSIG sends SIGKILL at once (it fires when the parent *thread* that
    spawned us exits: the pool spawns from the caller's thread, or from its manager thread
    when it replaces a worker, and both outlive the workers). Elsewhere, or should prctl be
    unavailable, a daemon thread polls os.getppid(), which changes when we are orphaned.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # it died before we could ask
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="newsledger-parent-watch", daemon=True
    ).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


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
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(), workers),
        max_tasks_per_child=recycle,
    ) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for batch in batched(articles, batch_size):
            pending.append(pool.submit(analyse_batch, batch))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
