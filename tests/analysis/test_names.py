import pytest

from newsledger.analysis.names import (
    acronym,
    given_names_agree,
    is_acronym,
    org_key,
    person_parts,
    strip_titles,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("President Joe Biden", ("joe biden", True)),
        ("Prime Minister Tony Blair", ("tony blair", True)),
        ("U.S. President George W. Bush", ("george w. bush", True)),
        ("Joe Biden", ("joe biden", False)),
        ("President", ("president", False)),  # never strips the whole name
    ],
)
def test_strip_titles(name, expected):
    assert strip_titles(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Joseph R. Biden Jr.", ("joseph r biden", "joseph", "biden")),
        ("George H.W. Bush", ("george h w bush", "george", "bush")),
        ("Biden", ("biden", "", "biden")),
        ("Mr. Biden's", ("biden", "", "biden")),
        ("José Manuel Barroso", ("jose manuel barroso", "jose", "barroso")),
    ],
)
def test_person_parts(name, expected):
    assert person_parts(name) == expected


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("joe", "joseph", True),
        ("j", "john", True),
        ("john", "josh", False),
        ("bill", "william", True),
    ],
)
def test_given_names_agree(a, b, agree):
    assert given_names_agree(a, b) is agree


@pytest.mark.parametrize(
    ("name", "expected"),
    [("United Nations", "un"), ("North Atlantic Treaty Organization", "nato"), ("Reuters", "")],
)
def test_acronym(name, expected):
    assert acronym(name) == expected


def test_acronym_shapes_and_org_key():
    assert is_acronym("U.N.") and is_acronym("NATO") and not is_acronym("Nato")
    assert org_key("The European Union") == org_key("a European Union") == "european union"
