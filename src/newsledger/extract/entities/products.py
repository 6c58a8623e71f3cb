"""Product names the small model takes for their maker: "iPhone", "iPad", "iOS" (ORG).

A brand written with a lower-case "i" before a capital names a device, a system or a service
("iPhone 16", "iCloud"), not the firm that makes it; a firm so named is written of as one
("iRobot said", "iRobot shares"), and keeps its type."""

from __future__ import annotations

import re

from spacy.tokens import Span

PRODUCT_SHAPE = re.compile(r"^i[A-Z][A-Za-z]+$")
MODEL_NUMBER = re.compile(r"^(?:\d{1,2}[a-z]?|[A-Z]{1,3}|Pro|Max|Plus|Mini|Air|Ultra)$")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
FIRMS_VERBS = frozenset("say announce report tell add warn expect plan hire".split())


def names_a_product(span: Span) -> bool:
    """ "the iPhone", "iPhone 16 Pro": the product shape first, then at most model words,
    not the subject of what a firm does ("iRobot said", "iRobot plans")."""
    if not PRODUCT_SHAPE.match(span[0].text):
        return False
    if not all(MODEL_NUMBER.match(t.text) for t in span[1:]):
        return False
    return span.root.dep_ not in SUBJECTS or span.root.head.lemma_.lower() not in FIRMS_VERBS
