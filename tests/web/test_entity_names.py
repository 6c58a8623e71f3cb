"""Every entity name the ledger shows resolves: on /entities and its links, through
`find_canonical`, and with the `entity` command, including canonical names no article
uses ("Russian Federation" for "Russia"), names whose lookup key was dropped as ambiguous
("Congo"), names cut of a leading "the", and types without a key group (WEAPON)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
from click.testing import CliRunner
from web_support import local_client, make_record, span

from newsledger.analysis.entities import find_canonical, update_entities
from newsledger.ledger.store import Ledger, transaction

# (text, [(name as the article has it, type)])
STORIES = [
    ("Russia said the talks in Geneva would go on.", [("Russia", "GPE"), ("Geneva", "GPE")]),
    ("Holland sent a team to Russia.", [("Holland", "GPE"), ("Russia", "GPE")]),
    ("The Republic of the Congo held elections.", [("Republic of the Congo", "GPE")]),
    ("Fighting went on in Congo, officials said.", [("Congo", "GPE")]),
    ("A Patriot battery was sent, the Democrats said.",
     [("Patriot", "WEAPON"), ("the Democrats", "NORP")]),
    ("Floods hit An Giang, where John Smith lives.", [("An Giang", "GPE"), ("John Smith", "PERSON")]),
    ("Smith left An Giang on Monday.", [("Smith", "PERSON"), ("An Giang", "GPE")]),
]  # fmt: skip


def _story(text: str, names: list[tuple[str, str]], day: int) -> dict[str, Any]:
    entities = [{"id": f"e{n}", "name": name, "type": kind, "mentions": [span(text, name)]}
                for n, (name, kind) in enumerate(names, start=1)]  # fmt: skip
    return make_record(text, headline=text[:30], published=f"2024-03-{day:02d}", entities=entities)


@pytest.fixture
def analysed(ledger_of: Callable[..., Path]) -> Path:
    """A ledger whose analysis has run, then one more article it has not linked yet."""
    path = ledger_of([_story(text, names, n) for n, (text, names) in enumerate(STORIES, 1)])
    with Ledger(path) as ledger:
        with transaction(ledger.conn):
            update_entities(ledger.conn)
        late = "Brazzaville is quiet."
        ledger.write([_story(late, [("Brazzaville", "GPE")], 28)])
    return path


def _canonical_names(path: Path) -> list[tuple[int, str]]:
    with Ledger(path) as ledger:
        return [
            tuple(row) for row in ledger.conn.execute("SELECT id, name FROM canonical_entities")
        ]


def test_every_listed_entity_resolves(analysed: Path) -> None:
    client = local_client(analysed)
    listing = client.get("/entities").text
    links = re.findall(r'<td><a href="(/entity/[^"]+)">([^<]+)</a>', listing)
    names = {unquote(link.removeprefix("/entity/")) for link, _ in links}
    assert {"Russian Federation", "Netherlands", "Congo", "Democrats", "Patriot", "An Giang",
            "John Smith", "Brazzaville"} <= names  # fmt: skip
    assert "Russia" not in names and "Holland" not in names  # shown by their canonical name
    for link, shown in links:
        response = client.get(link)
        assert response.status_code == 200, link
        assert f'<h1 class="nl-page-title">{shown}</h1>' in response.text, link


def test_every_canonical_name_resolves(analysed: Path) -> None:
    client = local_client(analysed)
    canonical = _canonical_names(analysed)
    assert len(canonical) >= 9
    with Ledger(analysed) as ledger:
        for canonical_id, name in canonical:
            found = [row["id"] for row in find_canonical(ledger.conn, name)]
            assert found and found[0] in {i for i, n in canonical if n == name}, name
            assert canonical_id in found, name
    for _, name in canonical:
        assert client.get("/entity/" + quote(name, safe="")).status_code == 200, name


def test_canonical_page_gathers_every_name_it_links(analysed: Path) -> None:
    client = local_client(analysed)
    body = client.get("/entity/Russian%20Federation").text
    assert "Russia said the talks" in body and "Holland sent a team to" in body
    netherlands = client.get("/entity/netherlands").text  # any case
    assert "<mark>Holland</mark>" in netherlands
    assert "Netherlands" in client.get("/entities", params={"name": "Holland"}).text
    assert client.get("/entities", params={"type": "WEAPON"}).text.count("/entity/") == 1
    assert client.get("/entity/Russia").status_code == 200  # the article's own name too
    assert client.get("/entity/Atlantis").status_code == 404


def test_a_kb_place_keeps_its_whole_name(analysed: Path) -> None:
    names = {name for _, name in _canonical_names(analysed)}
    assert "An Giang" in names and "Giang" not in names
    assert "Democrats" in names  # a leading "the" is still cut outside the KB


def test_entity_command_finds_every_canonical_name(analysed: Path) -> None:
    from newsledger.cli.main import main

    for _, name in _canonical_names(analysed):
        result = CliRunner().invoke(main, ["entity", str(analysed), name, "--format", "jsonl"])
        assert result.exit_code == 0, (name, result.output)
        assert result.stderr.startswith(f"{name} ("), name
