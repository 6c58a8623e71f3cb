"""An adjective and a body noun that the model split are one organisation's name
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Militants loyal to the Islamic State group seized two villages near the border.",
        "The Islamic State group claimed the bombing in a statement on Sunday.",
    ],
)
def test_an_adjective_and_a_body_noun_are_one_organisation(analyse_text, text):
    record = analyse_text(text)
    found = [(e["name"], e["type"]) for e in record["entities"] if e["type"] != "AGENT"]
    assert ("Islamic State", "ORG") in found, found
    assert not [name for name, kind in found if name in ("Islamic", "State")], found
