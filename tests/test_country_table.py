"""The one country table (newsledger.places) and the three callers that read it."""

import ast
from importlib import resources
from pathlib import Path

import pytest

from newsledger import places
from newsledger.analysis import places as analysis_places
from newsledger.extract.entities import gazetteer
from newsledger.extract.events import actors

SRC = Path(__file__).resolve().parents[1] / "src" / "newsledger"


def entities_code(name: str) -> str | None:
    return gazetteer.country_code(name)


def events_code(name: str) -> str | None:
    return actors.place_country(name)


def analysis_code(name: str) -> str | None:
    place, _ = analysis_places.resolve(name, {})
    if place is None or place.code != place.country:  # no country, or a subdivision
        return None
    return places.alpha3(place.country)


CALLERS = {"entities": entities_code, "events": events_code, "analysis": analysis_code}


@pytest.mark.parametrize(
    ("name", "code"),
    [("U.S.", "USA"), ("the U.S.", "USA"), ("United States", "USA"), ("Britain", "GBR"),
     ("UK", "GBR"), ("United Kingdom", "GBR"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"),
     ("Russia", "RUS"), ("North Korea", "PRK"), ("Vietnam", "VNM"), ("Viet Nam", "VNM"),
     ("Holland", "NLD"), ("the Netherlands", "NLD"), ("Burma", "MMR"), ("Czechia", "CZE"),
     ("Czech Republic", "CZE"), ("Türkiye", "TUR"), ("Turkey", "TUR"), ("DRC", None),
     ("Swaziland", "SWZ"), ("East Timor", "TLS"), ("Cape Verde", "CPV")],
)  # fmt: skip
def test_the_three_callers_agree(name, code):
    assert {caller: find(name) for caller, find in CALLERS.items()} == dict.fromkeys(CALLERS, code)
    if code is not None:
        assert places.country_code(name) == code


# Where the callers disagree, each keeps the answer it gave before the tables were merged; the
# table's "used by" column says which caller reads which row.
@pytest.mark.parametrize(
    ("name", "entities", "events", "analysis"),
    [
        ("Kremlin", None, "RUS", None),  # a seat of government: actor coding only
        ("Washington", None, "USA", None),  # a capital standing for its government
        ("Korea", "KOR", None, None),  # analysis leaves it ambiguous (KOR or PRK)
        ("Congo", "COG", "COD", None),  # GeoNames' Congo is the Republic's
        ("USSR", "RUS", None, None),
        ("Kosovo", "XKX", "XKX", None),  # not in ISO 3166-1
    ],
)
def test_callers_that_disagree_keep_their_answers(name, entities, events, analysis):
    assert (entities_code(name), events_code(name), analysis_code(name)) == (
        entities,
        events,
        analysis,
    )


def test_one_row_per_country_with_both_codes():
    countries = places.countries()
    assert len({c.alpha3 for c in countries}) == len(countries) >= 249
    assert len({c.alpha2 for c in countries}) == len(countries)
    assert places.alpha2("RUS") == "RU"
    assert places.alpha3("ru") == "RUS"
    assert places.country_name("RUS") == "Russia"
    assert places.country_name("XKX") == "Kosovo"
    assert places.country("XK").numeric == ""  # outside ISO 3166-1


def test_every_alias_names_a_country_in_the_table():
    codes = {c.alpha3 for c in places.countries()}
    forms = [*places.iso_names(), *places.aliases()]
    assert forms and {a.alpha3 for a in forms} <= codes
    assert {c for a in forms for c in a.callers} <= set(places.CALLERS)


def test_aliases_per_caller():
    kremlin = next(a for a in places.aliases() if a.form == "Kremlin")
    assert (kremlin.alpha3, kremlin.kind, kremlin.callers) == ("RUS", "seat", {"events"})
    assert places.alias_table("entities")["u.s."] == "USA"
    assert "kremlin" not in places.alias_table("entities")
    assert places.alias_table()["kremlin"] == "RUS"
    with pytest.raises(ValueError, match="unknown caller"):
        list(places.aliases("web"))


def test_iso_lookup_matches_codes_and_names_like_pycountry():
    pycountry = pytest.importorskip("pycountry")
    for value in ["FR", "fra", "250", "France", "french republic", "Bolivia", "Iran", "Kosovo"]:
        try:
            expected = pycountry.countries.lookup(value).alpha_3
        except LookupError:
            expected = None
        assert places.iso_lookup(value) == expected, value


def test_the_data_file_is_packaged_and_well_formed():
    text = resources.files("newsledger.data").joinpath("countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 6 for row in rows)
    kinds = {row[3] for row in rows}
    assert kinds <= {"name", *places.ISO_KINDS, *places.ALIAS_KINDS}


def test_places_imports_nothing_from_newsledger():
    tree = ast.parse((SRC / "places.py").read_text("utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for name in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    ]
    assert not [name for name in imported if name.startswith("newsledger")]


def test_no_caller_keeps_a_country_table_of_its_own():
    for module in (gazetteer, actors, analysis_places):
        assert not hasattr(module, "COUNTRY_ALIASES"), module.__name__
