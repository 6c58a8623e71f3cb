"""Ingest: readers -> NLP -> ledger, on local processes or a Dask cluster."""
