"""Which entity a source phrase names: the one its head names, an apposition's, or a
person's name the phrase ends with; never one it only mentions on the side or in brackets
("Peter Costello (Higgins, Liberal)" is Costello, not the seat he holds)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.attribution.antecedents import People
from newsledger.extract.attribution.phrases import outside_brackets
from newsledger.extract.attribution.source_lists import appositions
from newsledger.extract.common import entity_at


def phrase_entity(span: SpacySpan, head: Token, kind: str, people: People) -> str | None:
    """The entity the head names, or (for a person or an organization) what names it beside
    the head: an apposition ("the channel, Al Jazeera"), a compound ("the Labour campaign"),
    a person's name anywhere in a person's phrase. Nothing the phrase mentions on the side:
    a possessor, a place ("the iTV network in Thailand"), a document's maker ("Senate
    testimony")."""
    doc = span.doc
    entity = None if kind == "anonymous" else entity_at(doc, head.idx, head.idx + len(head))
    if kind == "named" and people.types.get(entity or "", "PERSON") != "PERSON":
        entity = None  # "Founder and chief executive Rick Adams": not the recogniser's "Founder"
    if entity is not None or kind not in ("named", "organization"):
        return entity
    wanted = ("PERSON",) if kind == "named" else ("ORG",)
    order = {"appos": 0, "flat": 1, "compound": 2}  # "business owner, Williman Zammer"
    beside = sorted((c for c in head.children if c.dep_ in order), key=lambda c: order[c.dep_])
    for child in beside:
        if span.start <= child.i < span.end:
            sub = doc[child.left_edge.i : child.right_edge.i + 1]
            bracket = next((t.i for t in sub if t.text == "("), sub.end)  # "(Higgins, Liberal)"
            sub = doc[sub.start : max(bracket, child.i + 1)]
            entity = entity_at(doc, sub.start_char, sub.end_char)
            if entity is not None and people.types.get(entity, wanted[0]) in wanted:
                return entity
    if kind == "named":  # "local business owner, Williman Zammer": the person it names
        for token in reversed(outside_brackets(list(span))):
            if token.ent_type_ == "PERSON":
                entity = entity_at(doc, token.idx, token.idx + len(token))
                if entity is not None and people.types.get(entity, "PERSON") == "PERSON":
                    return entity
    return None


def apposed_person(span: SpacySpan, head: Token, people: People) -> str | None:
    """The person an apposition names ("X, the governor of the Bank, Mark Carney")."""
    for token in appositions(span, head)[1:]:
        if token.ent_type_ == "PERSON":
            entity = entity_at(span.doc, token.idx, token.idx + len(token))
            if entity is not None and people.types.get(entity, "PERSON") == "PERSON":
                return entity
    return None


def person_ending(span: SpacySpan, people: People) -> str | None:
    """The person whose name ends a role phrase ("president of PayPal Jeff Jordan"); not one
    a preposition governs ("a spokesman for Okafor" speaks for her, not as her)."""
    last = span[-1]
    if last.ent_type_ != "PERSON":
        return None
    first = last
    while first.i > span.start and span.doc[first.i - 1].ent_type_ == "PERSON":
        first = span.doc[first.i - 1]
    if first.i == span.start or span.doc[first.i - 1].pos_ == "ADP":
        return None
    entity = entity_at(span.doc, last.idx, last.idx + len(last))
    return entity if entity is not None and people.types.get(entity) == "PERSON" else None


def apposed_organization(span: SpacySpan, head: Token, people: People) -> str | None:
    """The organisation an apposition names ("France's railway operator, SNCF")."""
    for token in appositions(span, head)[1:]:
        if token.ent_type_ == "ORG":
            entity = entity_at(span.doc, token.idx, token.idx + len(token))
            if entity is not None and people.types.get(entity) == "ORG":
                return entity
    return None


def body_before(pronoun: Token, people: People) -> str | None:
    """ "The Japan Meteorological Agency issued a warning for Wajima. It called on residents
    to ...": "it" opening a sentence is the organisation the sentence before is about (its
    main subject, one body), which need not have said anything before."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if pronoun.i != start or start == 0:
        return None
    before = doc[start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    if not subjects or subjects[0].tag_ in ("NNS", "NNPS"):
        return None
    subject = subjects[0]
    entity = entity_at(doc, subject.left_edge.idx, subject.idx + len(subject))
    return entity if entity is not None and people.types.get(entity) == "ORG" else None
