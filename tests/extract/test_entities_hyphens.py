"""A person's name the tokenizer cut at a dash stays one name ("Lai Ching–te")."""

import pytest


def _names(record):
    return {(e["name"], e["type"]) for e in record["entities"]}


@pytest.mark.parametrize("dash", ["\u2013", "\u2011", "-"])
def test_a_name_cut_at_a_dash_is_whole(analyse_text, dash):
    record = analyse_text(
        f"President-elect Lai Ching{dash}te said on Saturday that Taiwan would stay calm. "
        f"Hou Yu{dash}ih of the Kuomintang conceded."
    )
    names = {name for name, _ in _names(record)}
    assert f"Lai Ching{dash}te" in names and "Lai Ching" not in names
    if dash != "\u2011":  # the tokenizer keeps "Yu\u2011ih" whole; the small model misses it
        assert f"Hou Yu{dash}ih" in names


def test_compound_adjectives_and_company_pairs_are_not_joined(analyse_text):
    record = analyse_text(
        "The Boeing-Airbus rivalry and the Washington-based firm grew. Senator Clinton-led "
        "talks went on."
    )
    names = {name for name, _ in _names(record)}
    assert not any("-" in name for name in names)
