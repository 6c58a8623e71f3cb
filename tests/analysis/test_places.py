import pytest

from newsledger.analysis.places import candidates, context_countries, resolve


@pytest.mark.parametrize(
    ("name", "code"),
    [("UK", "GB"), ("Britain", "GB"), ("U.S.", "US"), ("Russia", "RU"), ("Viet Nam", "VN"),
     ("South Korea", "KR"), ("Korea", None), ("Ivory Coast", "CI"), ("the Netherlands", "NL"),
     ("Democratic Republic of the Congo", "CD"), ("Congo", None), ("Kremlin", None)],
)  # fmt: skip
def test_country_names(name, code):
    place, _ = resolve(name, {})
    assert (place.code if place else None) == code


@pytest.mark.parametrize(
    ("others", "text", "code"),
    [
        (["Russia", "Tbilisi"], "", "GE"),
        (["United States"], "", "GE"),  # a country named beside it is no evidence of a state
        (["Florida", "Alabama"], "", "US-GA"),
        ([], "voters in the state of Georgia", "US-GA"),
    ],
)
def test_georgia_country_or_state(others, text, code):
    place, _ = resolve("Georgia", context_countries([*others, "Georgia"]), text)
    assert place.code == code


def test_candidates_list_both_georgias():
    assert {p.code for p in candidates("Georgia")} == {"GE", "US-GA"}


def test_a_prefecture_named_with_its_title_is_the_same_place():
    bare, _ = resolve("Ishikawa", {"JP": 2})
    titled, _ = resolve("Ishikawa Prefecture", {"JP": 2})
    assert bare is not None and titled == bare
    assert resolve("Atlantis Province", {})[0] is None
