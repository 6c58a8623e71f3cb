"""The web view: an annotated article page and read-only pages over a ledger.

`render` turns an article record into HTML (also `newsledger read --format html`);
`app` is the Starlette app behind `newsledger serve DB`.
"""
