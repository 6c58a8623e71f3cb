"""The ledger: SQLite store, ingest, queries and exports."""
