"""The event category table: every rule's docstring example, run through the whole pipeline,
applies that rule and ends with the category the docstring gives. Generated from the table, so
a new rule without a working example fails here."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from newsledger.article import Article
from newsledger.extract.events import category_rules, clauses
from newsledger.extract.events.category_rules import RULES, CategoryRule, Clause
from newsledger.extract.events.lexicon import Category
from newsledger.nlp.pipeline import make_doc

EXAMPLES = [(rule.name, text, category) for rule in RULES for text, category in rule.examples]


def test_every_rule_is_named_once_has_a_code_and_an_example() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.code for rule in RULES)
    assert [rule.name for rule in RULES if not rule.examples] == []


def test_every_example_category_is_a_plover_category_or_none() -> None:
    assert {category for _, _, category in EXAMPLES} <= {"", *Category}


@pytest.mark.parametrize(("rule", "text", "category"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_rule_example(nlp, monkeypatch, rule: str, text: str, category: str) -> None:
    decided: list[tuple[str, list[str], str]] = []
    real = clauses.adjust_category

    def spy(candidate, mood, sentence):  # type: ignore[no-untyped-def]
        fired = real(candidate, mood, sentence)
        decided.append((candidate.trigger.text, fired, candidate.category))
        return fired

    monkeypatch.setattr(clauses, "adjust_category", spy)
    nlp(make_doc(nlp, Article(text=text, published=date(2024, 11, 17))))
    assert any(rule in fired and final == category for _, fired, final in decided), decided


def _rule(name: str, answer: str | None, group: str | None = None) -> CategoryRule:
    def decide(clause: Clause) -> str | None:
        return answer

    decide.__name__ = name
    return CategoryRule(decide, "test", group)


def test_rules_of_a_group_are_alternatives_and_later_rules_see_the_result(monkeypatch) -> None:
    table = (
        _rule("first", None, group="g"),
        _rule("second", "AGREE", group="g"),
        _rule("third", "THREATEN", group="g"),  # not asked: "second" settled the group
        _rule("after", None),
        _rule("last", "REJECT"),
    )
    monkeypatch.setattr(category_rules, "RULES", table)
    candidate = SimpleNamespace(category="CONSULT", category_rules=[])
    fired = category_rules.adjust_category(candidate, mood=None, sent_text="")  # type: ignore[arg-type]
    assert fired == ["second", "last"]
    assert candidate.category == "REJECT" and candidate.category_rules == ["second", "last"]
