"""The event word lists are data files beside the code: each is read, and each is used."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from newsledger.extract.events import groups, leaders
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.data import rows

PACKAGE = files("newsledger.extract.events")
DATA_FILES = sorted(p.name for p in PACKAGE.iterdir() if p.name.endswith(".tsv"))


def test_every_word_class_has_its_python_name():
    unnamed = [name for name in lex.WORD_CLASSES if getattr(lex, name, None) is None]
    assert not unnamed


def test_every_data_file_is_read():
    sources = "".join(p.read_text("utf-8") for p in PACKAGE.iterdir() if p.name.endswith(".py"))
    assert DATA_FILES and all(f'"{name}"' in sources for name in DATA_FILES)


def test_data_files_ship_with_the_package():
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    package_data = tomllib.loads(pyproject.read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["newsledger"]
    assert "extract/events/*.tsv" in package_data


def test_rows_are_well_formed():
    widths = {"phrase_cues.tsv": 3, "object_cues.tsv": 3, "idioms.tsv": 4, "groups.tsv": 3}
    for name in DATA_FILES:
        for row in rows(name):
            assert all(field.strip() for field in row), (name, row)
            assert len(row) == widths.get(name, 2), (name, row)
    categories = set(lex.CATEGORIES)
    for name in ("verb_cues.tsv", "noun_cues.tsv", "phrase_cues.tsv", "object_cues.tsv"):
        assert {row[0] for row in rows(name)} <= categories, name


def test_tables_read_from_the_files():
    assert lex.VERB_CUES["condemn"] == lex.DISAPPROVE
    assert lex.PHRASE_CUES[("call", "for")] == lex.DEMAND
    assert lex.OBJECT_CUES[("send", "commandos")] == lex.MOBILIZE  # a continued row
    assert lex.IDIOMS[("hurl", "", "grenade")] == lex.ASSAULT  # "-": no preposition
    assert lex.NOMINALISATIONS["imposition"] == "impose"
    assert "photo" in lex.NOT_SEIZED and "attention" in lex.NOT_SEIZED
    assert leaders.leader_country("talks with Mr. Putin") == "RUS"
    assert ("Ulster Defence Association", "GBR", "REB") in groups.NAMED_GROUPS
    assert ("Red Crescent", "NGO", None) in groups.NAMED_GROUPS
