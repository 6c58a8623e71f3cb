"""Who is speaking: the source phrase of a cue, its kind, and the entity it names.

The kind answers the reader's question "how is this sourced?": a *named* person, an
*anonymous* official or source, a *group* ("proponents", "Democrats", "Labour, the Lib
Dems and the SNP"), an *organization* ("the Pentagon", "the campaign", "a court"), a
*document* ("the assessment", "a poll"). It is read from the head noun of the source phrase
first (the head decides: "Some Pentagon officials" are officials, not the Pentagon), then
from the named-entity labels of the phrase. A list of parties is a group, whatever its
members are.

The entity is the one the head names, or its apposition ("the channel, Al Jazeera"); never
one the phrase only mentions on the side ("Kocharyan's office" is not Kocharyan, "the iTV
network in Thailand" not Thailand), and a named person's is a person. A proper name the
tagger calls an organization is a person when the article says so: a surname of someone
introduced in full ("Chambers" after "Mark Chambers"), a title or honorific, an age or a
role beside it ("Chambers, 52,", "Kim, a spokeswoman for the union,"), a hyphenated given
name ("Frank-Walter Steinmeier"), or a leader news names alone; else it stays as tagged. Pronouns,
surnames and role nouns are resolved in ``attribution_antecedents``, which links only
when one antecedent is clear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.attribution.antecedents import (
    PERSON_ROLES,
    People,
    SourceGuess,
    organization_role,
    person_role,
    resolve_person,
)
from newsledger.extract.attribution.phrases import source_phrase, trim_phrase
from newsledger.extract.attribution.source_entities import (
    apposed_organization,
    apposed_person,
    body_before,
    person_ending,
    phrase_entity,
)
from newsledger.extract.attribution.source_lists import ROLE_ACRONYMS, several_speakers
from newsledger.extract.attribution.source_words import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    FIRST_PERSON,
    GROUP_HEADS_SINGULAR,
    HONORIFICS,
    MORE_DOCUMENT_HEADS,
    MORE_ORGANIZATION_HEADS,
    ONE_PERSON_HEADS,
    ORG_LABELS,
    ORG_NAME_WORDS,
    ORGANIZATION_HEADS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SOME_OF_THEM,
    SUBJECT_DEPS,
    THING_PRONOUNS,
)
from newsledger.extract.common import RELATIVE_PRONOUNS, doc_text, entity_at
from newsledger.extract.entities.person_cues import SURNAMED
from newsledger.extract.entities.phoenix import PERSON_HEADS
from newsledger.extract.events.leaders import leaders

__all__ = ["People", "SourceGuess", "describe_source", "source_phrase", "trim_phrase"]


def phrase_head(span: SpacySpan) -> Token:
    """The span's token whose head lies outside it; of several (a dateline's), the subject."""
    outside = [
        token
        for token in span
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i
    ]
    if not outside:
        return span.root
    subjects = [t for t in outside if t.dep_ in SUBJECT_DEPS]
    head = subjects[0] if subjects else outside[0]
    doc = span.doc
    if head.i + 1 < len(doc) and not head.whitespace_ and doc[head.i + 1].text == "-":
        head = subjects[-1] if subjects else head  # "Co - founder Larry Page": three subjects
    head = _hyphen_glued_end(head, outside)
    if head.lower_ in SURNAMED:  # "an official surnamed Cao", parsed as a clause
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    return _noun_after_acronym(head) or head


def _hyphen_glued_end(head: Token, outside: list[Token]) -> Token:
    """The last word of "vice-president" when the parser split it into three heads."""
    doc = head.doc
    while (
        not head.whitespace_
        and head.i + 2 < len(doc)
        and doc[head.i + 1].text == "-"
        and not doc[head.i + 1].whitespace_
        and doc[head.i + 2] in outside
    ):
        head = doc[head.i + 2]
    return head


def _noun_after_acronym(head: Token) -> Token | None:
    """The noun a name modifies when a bracketed acronym split them: the parser makes
    "employee" in "a United Nations (UN) employee" an apposition of "Nations"."""
    if head.pos_ != "PROPN":
        return None
    for child in head.rights:
        if (
            child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and child.i >= 1
            and child.doc[child.i - 1].text == ")"
        ):
            return child
    return None


def _one_named(head: Token) -> bool:
    """ "one of the report's authors Martin Ravallion": the one of them is named."""
    objects = [
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    return any(
        t.ent_type_ == "PERSON"
        for o in objects
        if o.dep_ == "pobj"
        for t in (o, *(c for c in o.children if c.dep_ == "appos"))
    )


def _names_person(span: SpacySpan) -> bool:
    # a PERSON entity inside the span has PERSON tokens: no need to build `span.ents`
    return any(t.ent_type_ == "PERSON" for t in span)


def _head_named(head: Token) -> bool:
    """True if the head is a person's name or carries one beside it ("a spokesman, John Kirby")."""
    if head.ent_type_ == "PERSON":
        return True
    if head.dep_ == "nsubj" and head.head.lower_ in SURNAMED:  # "an official surnamed Cao"
        return any(
            c.dep_ in ("dobj", "oprd") and c.ent_type_ == "PERSON" for c in head.head.children
        )
    return any(
        (child.dep_ == "appos" or _name_set_before(child, head) or _name_after(child, head))
        and child.ent_type_ == "PERSON"
        and child.pos_ == "PROPN"
        for child in head.children
    ) or _named_past_its_owner(head)


def _name_after(child: Token, head: Token) -> bool:
    """A name compounded after the role ("spokesman Kirby" misparsed); one before it names
    whose role it is: "a Biden aide" is not Biden."""
    return child.dep_ == "compound" and child.i > head.i


def _named_past_its_owner(head: Token) -> bool:
    """ "The sister of Haddad, MP Leila Haddad, said": the parser hangs the name on the
    person whose sister she is; a second person's name after one already named names the
    head ("the wife of the president, Jane Doe" too, where "the president" is a name)."""
    return _person_noun(head) and any(
        owner.ent_type_ == "PERSON"
        and any(
            a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.pos_ == "PROPN"
            for a in owner.children
        )
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for owner in prep.children
        if owner.dep_ == "pobj"
    )


def _name_set_before(child: Token, head: Token) -> bool:
    """ "Kim Hyun-chong, South Korean trade minister said": a name the parser hung on the
    role after it as a modifier is the role's own when a comma sets it off."""
    between = child.doc[child.i + 1 : head.i]
    return child.dep_ == "nmod" and any(t.text == "," for t in between)


def classify(span: SpacySpan) -> tuple[str, bool]:
    """(kind, plural) for a source phrase that is not a pronoun; the head noun decides."""
    head = phrase_head(span)
    lemma = head.lemma_.lower()
    lower = head.lower_
    plural = head.tag_ in ("NNS", "NNPS")
    if head.ent_type_ == "LAW":
        return "document", plural  # "the Constitution states", "Section 19 ... says"
    if head.lower_ == "one" and _one_named(head):
        return "named", False  # "one of the report's authors, Martin Ravallion"
    if head.like_num and head.ent_type_ in ("", "CARDINAL"):
        return "group", True  # "Of the superdelegates, 256 say they will vote for her"
    if lower in SOME_OF_THEM:
        return "group", True  # "some in the business community", "many of the protesters"
    if lower.rstrip(".") in ROLE_ACRONYMS and not _head_named(head):
        return "anonymous", plural  # "the company's CFO", as "its chief financial officer"
    if head.pos_ == "PROPN" and not head.ent_type_ and head.is_sent_start:
        # "Officials said ...", "Rescuers said ...": a common noun capitalised where it opens
        if lower in ANONYMOUS_HEADS or lemma in ANONYMOUS_HEADS:
            return "anonymous", plural
        if head.tag_ == "NNPS" and len(span) == 1:
            return "group", True
    if head.pos_ == "PROPN" or head.ent_type_:
        if _head_named(head) or (head.ent_type_ == "" and _names_person(span)):
            return "named", False
        if head.ent_type_ == "NORP":
            return "group", True
        if head.tag_ == "NNP" and _person_noun(head):
            return "unknown", False  # "The Homeland Security Adviser for the White House"
        if head.ent_type_ in ORG_LABELS or head.pos_ == "PROPN":
            return "organization", plural
    if lower in ANONYMOUS_HEADS or lemma in ANONYMOUS_HEADS:
        if _head_named(head):
            return "named", False
        return "anonymous", plural
    if lower in DOCUMENT_HEADS or lemma in DOCUMENT_HEADS or lemma in MORE_DOCUMENT_HEADS:
        return "document", plural
    if lemma in ORGANIZATION_HEADS or lemma in MORE_ORGANIZATION_HEADS:
        return "organization", False
    if _head_named(head):
        return "named", False
    if plural or lemma in GROUP_HEADS_SINGULAR:
        return "group", True
    if head.pos_ == "NOUN":
        if head.lower_ in ("source", "official") or _someone_unnamed(head):
            return "anonymous", False  # "an Egyptian minister", "a young Tehran resident"
        return "unknown", False
    return "unknown", plural


# Nouns for one person that a report leaves unnamed when it writes "a ..." or "one ...".
UNNAMED_PERSON_NOUNS = frozenset(
    "man woman resident citizen villager worker student farmer shopkeeper passenger survivor "
    "eyewitness neighbour neighbor mother father son daughter protester demonstrator".split()
)


def _someone_unnamed(head: Token) -> bool:
    """A person a report does not name: an indefinite person noun ("an Egyptian minister",
    "one security official", "a young Tehran resident"); "the minister" is someone named."""
    lemma = head.lemma_.lower()
    person = lemma in ONE_PERSON_HEADS or lemma in PERSON_HEADS or lemma in UNNAMED_PERSON_NOUNS
    return person and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
        for c in head.children
    )


def _person_noun(token: Token) -> bool:
    """A noun for one person: "spokeswoman", "negotiator", "the brother"."""
    return token.lower_ in ONE_PERSON_HEADS or token.lemma_.lower() in PERSON_HEADS


def _name_run(span: SpacySpan, head: Token) -> SpacySpan:
    """The proper-name words around the head ("Frank-Walter Steinmeier" in "President ...")."""
    doc = span.doc
    start = end = head.i
    while start - 1 >= span.start and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in ("-", ".")
    ):
        start -= 1
    while end + 1 < span.end and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head == head:
        end += 1
    return trim_phrase(doc, start, end + 1)


def _hyphenated_given_name(run: SpacySpan) -> bool:
    """ "Frank-Walter Steinmeier", "Jean-Claude Juncker": a hyphenated first word, then one
    or two more capitalised words."""
    texts = [t.text for t in run]
    if len(texts) < 4 or texts[1] != "-" or len(texts) > 5:
        return False
    words = [texts[0], texts[2], *texts[3:]]
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _named_itself(head: Token, entity: str | None, people: People) -> bool:
    """ "The opposition Conservative Party": the phrase names its own organisation, so it is
    no description of another one named before ("the ruling Labour Party"); nor is "the
    weather agency" once the entities component made it a mention of the Japan
    Meteorological Agency."""
    if entity is None or people.types.get(entity) != "ORG":
        return False
    return head.text[:1].isupper() or entity_at(head.doc, head.idx, head.idx + len(head)) == entity


def _occurrences(doc: Doc, word: str) -> Iterator[Token]:
    """Each token that is this word, found in the text (a scan in C, not over every token)."""
    starts = None
    for match in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", doc_text(doc)):
        if starts is None:
            starts = doc.to_array("IDX").tolist()
        i = bisect_left(starts, match.start())
        if i < len(starts) and starts[i] == match.start() and doc[i].text == word:
            yield doc[i]


def _titled(doc: Doc, token: Token) -> bool:
    """True if a title or honorific opens the name that ends in `token`."""
    i = token.i - 1
    while i >= 0 and token.i - i <= 4:
        word = doc[i]
        if word.lower_.rstrip(".") in HONORIFICS and word.text[:1].isupper():
            return True
        if word.pos_ != "PROPN":
            return False
        i -= 1
    return False


def _person_evidence(span: SpacySpan, head: Token, people: People) -> tuple[bool, str | None]:
    """(is a person, their entity) for a proper-name phrase the tagger may call an ORG."""
    run = _name_run(span, head)
    if not len(run) or any(t.lower_ in ORG_NAME_WORDS for t in run):
        return False, None
    if span[0].lower_ == "the" or head.tag_ == "NNPS":
        return False, None  # "The Guardian", "the Democrats"
    words = [t for t in run if t.is_alpha]
    if len(words) == 1:
        entity = people.by_surname(head.text, span.start_char)
        if entity is not None:
            return True, entity
    if head.ent_type_ in ("", "ORG", "PERSON") and (
        head.text in leaders() or run.text in leaders()
    ):
        return True, None
    if head.ent_type_ in ("", "ORG") and _hyphenated_given_name(run):
        return True, None
    doc = span.doc
    if _office_before(doc, run.start):
        return True, None  # "Mayor of Buffalo, Byron Brown": a person's office before the name
    if any(_titled(doc, token) for token in _occurrences(doc, head.text)):
        return True, None  # "Mr Chambers", "Detective Inspector Mark Chambers" somewhere
    for child in head.children:
        if child.i > head.i and child.like_num and doc[child.i - 1].text == ",":
            return True, None  # "Chambers, 52, said"
        if child.dep_ == "appos" and _person_noun(child):
            return True, None  # "Kim, a spokeswoman for the union, said"; "Ahmed, the brother of"
    return False, None  # "Chambers said" with nothing else to go on stays the tagger's


def _office_before(doc: Doc, start: int) -> bool:
    """True if a person's office opens the words just before a name: "Mayor of Buffalo,"."""
    i = start - 1
    while i >= 0 and start - i <= 5:
        word = doc[i]
        if word.lower_ in PERSON_ROLES and word.text[:1].isupper():
            return True
        if not (word.pos_ == "PROPN" or word.lower_ in ("of", "the", ",")):
            return False
        i -= 1
    return False


def _proper(token: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for a plural noun but the
    recognizer for a name ("Chambers")."""
    return token.pos_ == "PROPN" or (bool(token.ent_type_) and token.text[:1].isupper())


def _plural_name(head: Token, plural: bool) -> bool:
    """Plural, unless a name the tagger took for a plural noun ("Chambers", NNS)."""
    return plural and not (head.tag_ == "NNS" and head.ent_type_ in ("ORG", "PERSON"))


def _one_of_them_named(span: SpacySpan, head: Token, people: People) -> str | None:
    """ "One of the signatories, David Quinn, from Bedminster": one person, named after a
    comma; not a group."""
    if head.lower_ != "one":
        return None
    text = doc_text(span.doc)
    for start, _end, entity in people.mentions:
        inside = span.start_char < start < span.end_char
        if inside and people.types.get(entity) == "PERSON" and text[:start].rstrip()[-1:] == ",":
            return entity
    return None


def _named_beside(span: SpacySpan, head: Token, people: People) -> tuple[bool, str | None]:
    """ "Leader of the opposition Pita Limjaroenrat", "Atta, a spokesperson for the
    operation": a person's role with their name at one end of the phrase."""
    if not _person_noun(head):
        return False, None
    first = span[0]
    if (
        first.pos_ == "PROPN"
        and first.head == head.head
        and first.i + 1 < head.i
        and span.doc[first.i + 1].text == ","
    ):
        entity = entity_at(span.doc, first.idx, first.idx + len(first))
        if entity is not None and people.types.get(entity) != "PERSON":
            entity = people.by_surname(first.text, span.start_char)
        return True, entity
    last = span[-1]
    if last.i == head.i:
        return False, None
    if _acting_for(span, last):
        return False, None  # "a spokesman for Singh", "an aide to Senator John Smith"
    entity = entity_at(span.doc, last.idx, last.idx + len(last))
    typed = people.types.get(entity) if entity is not None else None
    if typed == "PERSON" or (last.ent_type_ == "PERSON" and typed is None):
        return True, entity  # the entities component's type wins over the tagger's
    return False, None


def _acting_for(span: SpacySpan, last: Token) -> bool:
    """True if the name ending the phrase is whom the head works for, not the head itself:
    the name is the object of "for", "to" or a bare "of" ("a spokesman for Singh"). A name
    set off by a comma is the head's own ("the chief negotiator for MILF, Mohaqher Iqbal")."""
    token = last
    while token.dep_ in ("flat", "compound") and token.head.i < token.i:
        token = token.head  # up from the surname to the name's head
        if token.i < span.start:
            return False
    if token.dep_ == "compound":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("for", "to", "of"):
        return False
    return token.head.lower_ != "of" or token.left_edge.i == token.head.i + 1


def _established_organization(entity: str | None, people: People) -> bool:
    """An organization the article names as one: with a company word ("Dell Inc.") or more
    than once by name. A surname rule gives way to it ("Dell" is not Michael Dell)."""
    if entity is None or people.types.get(entity) != "ORG":
        return False
    words = people.names.get(entity, "").lower().split()
    return bool(set(words) & ORG_NAME_WORDS) or len(people.name_mentions(entity)) > 1


PLACES_AND_BODIES = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})


def _noun_before(pronoun: Token) -> Token | None:
    """The noun right before "who" (a comma between): whom a reader takes it for, whatever
    the parser hung the clause on ("testimony by General John Abizaid, who said")."""
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].ent_type_ in ("DATE", "TIME"):  # "economists on Monday, who"
        while i >= 0 and doc[i].ent_type_ in ("DATE", "TIME"):
            i -= 1
        while i >= 0 and (doc[i].dep_ == "prep" or doc[i].text == ","):
            i -= 1
    token = doc[i] if i >= 0 else None
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.ent_type_ not in PLACES_AND_BODIES:
        return _person_owning(token) or token
    walker = token  # "O'Reilly, an expert at Stanford University, who said": the person
    for _ in range(6):
        if walker.head.i == walker.i:
            break
        walker = walker.head
        if walker.ent_type_ == "PERSON":
            return walker
        if _person_noun(walker):
            named = walker.dep_ == "appos" and walker.head.ent_type_ == "PERSON"
            return walker.head if named else walker
    return token


def _person_owning(noun: Token) -> Token | None:
    """The person a place or thing phrase hangs on ("a farmer in the village, who said",
    "economists from local universities, who warned"): "who" is that person, not the place."""
    if _person_noun(noun) or noun.ent_type_ == "PERSON":
        return None
    doc = noun.doc
    walker = noun
    for _ in range(3):  # by position: the parser often hangs the preposition on the verb
        before = walker.left_edge.i - 1
        if before < 1 or doc[before].pos_ != "ADP":
            return None
        walker = doc[before - 1]
        if walker.pos_ not in ("NOUN", "PROPN"):
            return None
        if _person_noun(walker) or walker.ent_type_ == "PERSON":
            return walker
    return None


def resolve_pronoun(
    pronoun: Token, earlier: list[SourceGuess], people: People
) -> tuple[str, str | None, bool, bool]:
    """(kind, entity, plural, person) of a pronoun source from the sources before it.

    "I" and "we" outside quotation marks are the writer's or an interviewee's, never a
    person named before: in a Q&A, "I think ..." after the answer mentions Spike Lee is not
    Spike Lee's."""
    lower = pronoun.lower_
    if lower in FIRST_PERSON:
        return "unknown", None, lower in PLURAL_PRONOUNS, lower not in PLURAL_PRONOUNS
    if lower in PLURAL_PRONOUNS:
        for guess in reversed(earlier):
            if guess.plural and guess.kind != "unknown":
                return guess.kind, guess.entity, True, False
        return "group", None, True, False
    if lower in PERSON_PRONOUNS:
        kind, entity = resolve_person(pronoun, earlier, people)
        return kind, entity, False, True
    if lower in THING_PRONOUNS:
        body = body_before(pronoun, people)
        if body is not None:
            return "organization", body, False, False
        for guess in reversed(earlier):
            if guess.kind in ("organization", "document") and not guess.plural:
                return guess.kind, guess.entity, False, False
    return "unknown", None, False, False


def describe_source(
    span: SpacySpan, earlier: list[SourceGuess], people: People | None = None
) -> SourceGuess:
    """Kind, entity and number of a source phrase, pronouns resolved against `earlier`."""
    doc = span.doc
    people = people if people is not None else People.of(doc)
    if len(span) == 1 and span[0].pos_ == "PRON":
        pronoun = span[0]
        if pronoun.lower_ in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
            # "an assessment that warned": the reader's source is the antecedent phrase
            antecedent = pronoun.head.head
            if pronoun.lower_ in ("who", "whom"):
                antecedent = _noun_before(pronoun) or antecedent
            phrase = trim_phrase(doc, antecedent.left_edge.i, antecedent.i + 1)
            if len(phrase):
                return describe_source(phrase, earlier, people)
        kind, entity, plural, person = resolve_pronoun(pronoun, earlier, people)
        return SourceGuess(span.start_char, span.end_char, kind, entity, plural, person)
    head = phrase_head(span)
    one_named = _one_of_them_named(span, head, people)
    if one_named is not None:
        return SourceGuess(span.start_char, span.end_char, "named", one_named, False, True)
    if several_speakers(span, head):
        return SourceGuess(span.start_char, span.end_char, "group", None, True)
    kind, plural = classify(span)
    entity = phrase_entity(span, head, kind, people)
    role = None if plural or _names_person(span) else person_role(span, head, people)
    if role is not None:
        kind, entity = "named", role  # "the PM" after "Prime Minister Keir Starmer"
    elif (
        _proper(head)
        and kind in ("named", "organization")
        and not _plural_name(head, plural)
        and not _established_organization(entity, people)
    ):
        is_person, person = _person_evidence(span, head, people)
        if is_person:
            kind, plural = "named", False
            person = person or apposed_person(span, head, people)
            if person is not None:
                entity = person
            elif (
                entity is not None
                and people.types.get(entity) != "PERSON"
                and (
                    people.types.get(entity) != "ORG"
                    or head.text not in people.names.get(entity, "")
                )
            ):
                entity = None  # the tagger's organization is some other stretch
        elif kind == "organization" and head.lower_ in PERSON_ROLES and entity is None:
            kind = "unknown"  # "The Minister said", capitalised: a person, but which?
    elif not plural and head.pos_ in ("NOUN", "PROPN") and kind != "named":
        named, person = _named_beside(span, head, people)
        if named:
            kind, entity = "named", person
        elif entity is not None and people.types.get(entity) == "PERSON":
            kind = "named"  # "the president", linked by the entities component
        elif entity is not None and people.types.get(entity) == "ORG" and kind == "unknown":
            # "the institute", linked to the "... Institute" named before; "The former First
            # Lady", tagged ORG, is a person and not that body
            kind, entity = ("unknown", None) if _person_noun(head) else ("organization", entity)
        elif (ending := person_ending(span, people)) is not None:
            kind, entity = "named", ending  # "president of PayPal Jeff Jordan"
        elif kind in ("organization", "unknown"):
            org = apposed_organization(span, head, people)
            if org is None and not _named_itself(head, entity, people):
                org = organization_role(span, head, people)  # "the party": the one named before
            if org is not None:
                kind, entity = "organization", org
    person = (
        not plural
        and kind in ("named", "anonymous", "unknown")
        and (kind == "named" or head.lower_ in ONE_PERSON_HEADS or head.lemma_ in ONE_PERSON_HEADS)
    )
    return SourceGuess(span.start_char, span.end_char, kind, entity, plural, person)
