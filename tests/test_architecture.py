"""The architecture in ARCHITECTURE.md, checked: import direction, module size, and the checklist
for a record field (it must reach the ledger's schema, the export and the record's docs)."""

from __future__ import annotations

import ast
import dataclasses
import sys
import types
import typing
from pathlib import Path

from tests.fixtures.records import full_record

from newsledger import records
from newsledger.ledger import export
from newsledger.ledger.store import Ledger

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SHARED_CONTRACT = ROOT.parent / "shared" / "conventions" / "article-json.md"
MAX_LINES = 600


def module_name(path: Path) -> str:
    base = SRC if path.is_relative_to(SRC) else ROOT
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files() -> list[Path]:
    files = [p for p in (SRC / "newsledger").rglob("*.py")]
    for folder in ("eval", "tests", "benchmarks", "scripts", "training"):
        files += (ROOT / folder).rglob("*.py")
    return sorted(files)


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports anywhere in its body (lazy imports count: a
    circle hidden inside a function is still a circle)."""
    modules = {module_name(p): p for p in python_files()}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                    base = f"{base}.{node.module}" if node.module else base
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for child in graph[node]:
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_in_src_eval_or_tests() -> None:
    assert circles(import_graph()) == []


def test_the_circle_check_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_in_src_is_over_600_lines() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in (SRC / "newsledger").rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_dependencies_point_one_way() -> None:
    """read → Article → Doc → record → ledger → views: storage never runs NLP, extractors
    never touch storage, and nothing below the CLI imports it."""
    graph = import_graph()
    forbidden = {
        "newsledger.ledger": ("newsledger.nlp", "newsledger.extract", "newsledger.ingest",
                              "newsledger.readers", "newsledger.web", "newsledger.cli"),
        "newsledger.extract": ("newsledger.ledger", "newsledger.ingest", "newsledger.analysis",
                               "newsledger.web", "newsledger.cli", "newsledger.nlp"),
        "newsledger.readers": ("newsledger.ledger", "newsledger.nlp", "newsledger.extract",
                               "newsledger.web", "newsledger.cli", "newsledger.fetch"),
        "newsledger.fetch": ("newsledger.ledger", "newsledger.nlp", "newsledger.extract",
                             "newsledger.ingest", "newsledger.analysis", "newsledger.web",
                             "newsledger.cli"),
        "newsledger.analysis": ("newsledger.nlp", "newsledger.extract", "newsledger.cli",
                                "newsledger.web"),
        "newsledger.web": ("newsledger.cli", "newsledger.nlp", "newsledger.ingest",
                           "newsledger.extract", "newsledger.readers"),
    }  # fmt: skip
    wrong = [
        (module, target)
        for module, targets in graph.items()
        for owner, banned in forbidden.items()
        if module == owner or module.startswith(owner + ".")
        for target in targets
        if target.startswith(banned)
    ]
    assert wrong == []


def test_extract_holds_one_package_per_family_each_with_its_component() -> None:
    families = sorted(p.parent.name for p in (SRC / "newsledger/extract").glob("*/component.py"))
    assert len(families) >= 5
    assert {"attribution", "entities", "events", "quantities", "timex"} <= set(families)


# The checklist for a record field ------------------------------------------------------------


def _filled(kind: typing.Any) -> typing.Any:
    """A non-default value of a records.py type, for building a record with every field set."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _filled(next(a for a in typing.get_args(kind) if a is not type(None)))
    if origin is list:
        return [_filled(typing.get_args(kind)[0])]
    if origin is dict:
        key, value = typing.get_args(kind)
        return {_filled(key): _filled(value)}
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind, vars(records))
        return kind(**{f.name: _filled(hints[f.name]) for f in dataclasses.fields(kind)})
    return {str: "x", int: 1, float: 1.5, bool: True}.get(kind, "x")


# Values that are maps of data, not fields: the sourcing profile's counts, the actor codes.
FREE_FORM = {"sourcing", "actor_codes", "target_codes"}


def key_paths(node: typing.Any, prefix: str = "") -> set[str]:
    paths: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{prefix}.{key}" if prefix else key
            paths.add(path)
            if key not in FREE_FORM:
                paths |= key_paths(value, path)
    elif isinstance(node, list):
        for item in node:
            paths |= key_paths(item, prefix + "[]")
    return paths


def empty_fields(node: typing.Any, prefix: str = "") -> list[str]:
    if node is None or node == [] or node == {}:
        return [prefix]
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in empty_fields(v, f"{prefix}.{k}")]
    if isinstance(node, list):
        return [p for v in node for p in empty_fields(v, prefix + "[]")]
    return []


def test_the_full_record_fixture_fills_every_field_of_the_contract() -> None:
    every_field = key_paths(_filled(records.ArticleRecord).to_dict())
    fixture = full_record()
    assert every_field - key_paths(fixture) == set()
    assert empty_fields(fixture) == []


def test_every_record_field_reaches_the_ledger_and_the_export(tmp_path: Path) -> None:
    original = full_record()
    with Ledger(tmp_path / "ledger.db") as ledger:
        assert ledger.write([original]) == 1
        [exported] = list(export.records(ledger.conn))
    assert exported == original


def test_every_record_field_is_documented() -> None:
    documents = (ROOT / "docs" / "article-record.md").read_text("utf-8")
    if SHARED_CONTRACT.exists():
        documents += SHARED_CONTRACT.read_text("utf-8")
    names = {path.rpartition(".")[2].removesuffix("[]") for path in key_paths(full_record())}
    missing = sorted(n for n in names if f"`{n}`" not in documents and f'"{n}"' not in documents)
    assert missing == []
