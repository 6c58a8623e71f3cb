"""A statute's name is a law, whatever the model said (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was charged under the Prevention of Terrorism Act.", "Prevention of Terrorism Act"),
        ("Police seized the cash under the Proceeds of Crime Act on Monday.",
         "Proceeds of Crime Act"),
    ],
)  # fmt: skip
def test_an_act_is_a_law(analyse_text, text, name):
    record = analyse_text(text)
    found = {e["name"]: e["type"] for e in record["entities"]}
    assert found.get(name) == "LAW", found


def test_capital_act_is_not_a_statute(analyse_text):
    record = analyse_text("Voters in the ACT went to the polls on Saturday.")
    assert not [e for e in record["entities"] if e["type"] == "LAW"]
