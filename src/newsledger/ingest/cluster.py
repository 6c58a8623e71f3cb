"""Scale out: run the NLP on a Dask distributed cluster, stream results to the one writer.

Articles go to the workers in batches (futures, at most `window` in flight, so neither
side holds the corpus); each worker loads the pipeline once and sends back plain record
dicts; the caller writes them as they complete. See docs/cluster.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsledger.article import Article
from newsledger.nlp.parallel import Outcome, analyse_batch, batched


def cluster_analyser(address: str, batch_size: int = 16, window: int | None = None):
    """An analyser (articles -> outcomes) that runs on the Dask scheduler at `address`.

    `address` may also be a `distributed.Client` (tests pass one for a LocalCluster).
    """

    def run(articles: Iterable[Article]) -> Iterator[Outcome]:
        from distributed import Client, as_completed

        client = address if isinstance(address, Client) else Client(address)
        owns_client = client is not address
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            limit = window or workers * 3
            in_flight = as_completed()
            for batch in batched(articles, batch_size):
                in_flight.add(client.submit(analyse_batch, batch, pure=False))
                if in_flight.count() >= limit:
                    yield from next(in_flight).result()
            for future in in_flight:
                yield from future.result()
        finally:
            if owns_client:
                client.close()

    return run
