"""The ledger file opens in Datasette as it is, with our metadata and canned queries."""

import pytest
from tests.fixtures.aio import run_async


def test_ledger_opens_in_datasette(sample_ledger):
    datasette_app = pytest.importorskip("datasette.app")
    from newsledger.cli.ledger import datasette_metadata

    metadata = datasette_metadata(str(sample_ledger))
    ds = datasette_app.Datasette([str(sample_ledger)], metadata=metadata)
    name = sample_ledger.stem

    async def fetch(path):
        response = await ds.client.get(path)
        return response.status_code, response.json()

    status, body = run_async(fetch(f"/{name}/articles.json?_shape=array"))
    assert status == 200 and len(body) == 4
    status, body = run_async(fetch(f"/{name}/anonymous_share_by_outlet.json?_shape=array"))
    assert status == 200 and body[0]["outlet"] == "Wikinews"
    status, body = run_async(fetch(f"/{name}/search_articles.json?_shape=array&query=nuclear"))
    assert status == 200 and body
