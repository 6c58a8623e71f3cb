"""The Dask path, on a real LocalCluster (worker processes), writing through the one writer."""

import pytest

from newsledger.ingest.local import ingest, read_sources
from newsledger.ledger.store import Ledger


@pytest.mark.slow
def test_ingest_on_a_local_dask_cluster(tmp_path, sample_path, sample_ledger):
    distributed = pytest.importorskip("distributed")
    from newsledger.ingest.cluster import cluster_analyser

    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        Ledger(tmp_path / "dask.db") as ledger,
    ):
        report = ingest(ledger, read_sources([sample_path]), cluster_analyser(client, batch_size=2))
        dask_counts = ledger.counts()
    assert report.added == 4 and report.failed == 0
    with Ledger(sample_ledger) as local:
        assert dask_counts == local.counts()
