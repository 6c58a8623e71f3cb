"""News from the web: polite fetching (`client`), feeds and sitemaps (`listings`), and
URLs turned into Articles (`sources`). Knows nothing of the ledger: pages are kept through
the `sources.PageStore` a caller gives."""
