"""Components declare what they read (`requires=`) and write (`assigns=`); the pipeline checks
its order from those declarations."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest
from spacy.language import Language

from newsledger.extract.extensions import DOC_EXTENSIONS
from newsledger.nlp.pipeline import (
    COMPONENTS,
    MAKE_DOC_ASSIGNS,
    ComponentOrderError,
    check_order,
    load,
)

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_READ = re.compile(r"\._\.(\w+)")
# Shared helpers in extract/common.py that read an attribute for their caller.
COMMON_READS = {"entity_at(": "doc._.nl_mentions", "touches_furniture(": "token._.furniture"}


def newsledger_factories() -> dict[str, str]:
    """Factory name -> "module:function", from the spaCy entry points in pyproject.toml."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    factories = meta["project"]["entry-points"]["spacy_factories"]
    for target in factories.values():
        importlib.import_module(target.partition(":")[0])
    return factories


def sources_of(target: str) -> list[Path]:
    """The files of a factory's family package (its module alone for a top-level module)."""
    module = importlib.import_module(target.partition(":")[0])
    path = Path(module.__file__)
    return sorted(path.parent.glob("*.py")) if path.name == "component.py" else [path]


def extension_attrs_read(paths: list[Path]) -> set[str]:
    text = "\n".join(p.read_text("utf-8") for p in paths)
    found = {
        f"doc._.{name}" if name in DOC_EXTENSIONS else f"token._.{name}"
        for name in EXTENSION_READ.findall(text)
    }
    return found | {attr for call, attr in COMMON_READS.items() if call in text}


def test_the_shipped_pipeline_passes_the_order_check(nlp) -> None:
    check_order(nlp)
    assert [n for n in nlp.pipe_names if n.startswith("newsledger_")] == [
        "newsledger_layout",
        "newsledger_spelling",
        *COMPONENTS,
    ]


def test_spacy_analysis_finds_no_problem_but_make_doc_inputs_and_undeclared_pos(nlp) -> None:
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    missing = {attr for attrs in problems.values() for attr in attrs}
    assert missing <= {*MAKE_DOC_ASSIGNS, "token.pos"}


def test_two_components_swapped_fail_naming_the_component_and_the_attribute() -> None:
    swapped = ("newsledger_entities", "newsledger_quantities", "newsledger_timex",
               "newsledger_attribution", "newsledger_events")  # fmt: skip
    with pytest.raises(ComponentOrderError) as raised:
        load(swapped)
    message = str(raised.value)
    assert "'newsledger_quantities' requires 'doc._.nl_timexes'" in message
    assert "assigned only later, by newsledger_timex" in message


def test_every_newsledger_component_declares_requires_and_assigns() -> None:
    factories = newsledger_factories()
    assert set(COMPONENTS) | {"newsledger_layout"} <= set(factories)
    undeclared = {
        name: kind
        for name in factories
        for kind in ("requires", "assigns")
        if not getattr(Language.get_factory_meta(name), kind)
    }
    assert undeclared == {}


def test_every_extension_a_component_package_touches_is_declared() -> None:
    """Grep each family's package for `._.x`: every one must be in its requires or assigns."""
    undeclared = {}
    for name, target in newsledger_factories().items():
        meta = Language.get_factory_meta(name)
        missing = extension_attrs_read(sources_of(target)) - set(meta.requires) - set(meta.assigns)
        if missing:
            undeclared[name] = sorted(missing)
    assert undeclared == {}


def test_every_required_extension_is_assigned_by_someone() -> None:
    """A misspelt requirement would otherwise only show as an order error."""
    factories = newsledger_factories()
    assigned = set(MAKE_DOC_ASSIGNS)
    for name in factories:
        assigned |= set(Language.get_factory_meta(name).assigns)
    wrong = {
        (name, attr)
        for name in factories
        for attr in Language.get_factory_meta(name).requires
        if "._." in attr and attr not in assigned
    }
    assert wrong == set()


# The check itself, on a pipeline of stand-in components -------------------------------------
class _Pass:
    def __call__(self, doc):
        return doc


@Language.factory("test_order_writer", assigns=["doc._.nl_quantities"])
def _make_writer(nlp: Language, name: str) -> _Pass:
    return _Pass()


@Language.factory(
    "test_order_reader", requires=["doc._.nl_quantities"], assigns=["doc._.nl_events"]
)
def _make_reader(nlp: Language, name: str) -> _Pass:
    return _Pass()


def _pipeline(*names: str) -> Language:
    nlp = Language()
    for name in names:
        nlp.add_pipe(name)
    return nlp


def test_the_check_passes_a_reader_after_its_writer() -> None:
    check_order(_pipeline("test_order_writer", "test_order_reader"))


def test_the_check_refuses_a_reader_before_its_writer() -> None:
    nlp = _pipeline("test_order_reader", "test_order_writer")
    with pytest.raises(
        ComponentOrderError, match=re.escape("'test_order_reader' requires 'doc._.nl_quantities'")
    ):
        check_order(nlp)
    with pytest.raises(ComponentOrderError, match="assigned only later"):
        check_order(nlp, left_out=["test_order_writer"])  # leaving out never excuses lateness


def test_the_check_refuses_a_reader_without_writer_unless_the_writer_was_left_out() -> None:
    nlp = _pipeline("test_order_reader")
    with pytest.raises(ComponentOrderError, match="no earlier component assigns it"):
        check_order(nlp)
    check_order(nlp, left_out=["test_order_writer"])
