"""Who is speaking: the source phrase of a cue, its kind, and the entity it names.

The kind answers the reader's question "how is this sourced?": a *named* person, an
*anonymous* official or source, a *group* ("proponents", "Democrats"), an
*organization* ("the Pentagon", "the campaign"), a *document* ("the assessment", "a
poll"). It is read from the head noun of the source phrase first (the head decides:
"Some Pentagon officials" are officials, not the Pentagon), then from the named-entity
labels of the phrase. Pronouns take the kind and entity of their antecedent: "he"
the last named person before it, "they" the last plural source ("U.S. officials said
... they said" is the same anonymous group).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import entity_at

ANONYMOUS_HEADS = frozenset(
    """
official officials source sources aide aides adviser advisers advisor advisors person
people insider insiders diplomat diplomats staffer staffers spokesman spokeswoman
spokesperson representative representatives operative operatives strategist strategists
confidant confidants associate associates ally allies member members observer observers
someone somebody witness witnesses employee employees officer officers investigator
investigators lawmaker lawmakers senator senators colleague colleagues friend friends
""".split()
)

DOCUMENT_HEADS = frozenset(
    """
assessment report reports statement study studies survey surveys poll polls memo
memorandum letter document documents analysis filing filings data record records book
article estimate estimates review audit indictment complaint lawsuit ruling order
transcript email emails tweet tweets post video ad ads release cable intelligence
findings finding paper editorial column website release footage chart figures numbers
blog newsletter podcast documentary op-ed obituary communique communiqué dossier
""".split()
)

ORGANIZATION_HEADS = frozenset(
    """
administration government campaign committee department ministry agency company firm
party military army court council commission office bureau service board police
pentagon kremlin white-house house senate congress embassy network newspaper union
organization group coalition team
""".split()
)

# Common nouns for people who take a stand (group sources when plural).
PEOPLE_HEADS = frozenset(
    """
voter voters supporter supporters critic critics opponent opponents proponent proponents
expert experts analyst analysts economist economists activist activists leader leaders
candidate candidates resident residents protester protesters republican republicans
democrat democrats conservative conservatives liberal liberals advocate advocates
scientist scientists researcher researchers lawyer lawyers attorney attorneys donor donors
president governor mayor senator congressman congresswoman secretary minister chairman
chairwoman director chief executive spokesman man woman men women student students
""".split()
)

GROUP_HEADS_SINGULAR = frozenset({"public", "electorate", "majority", "minority", "crowd"})

SPEAKER_HEADS = ANONYMOUS_HEADS | DOCUMENT_HEADS | ORGANIZATION_HEADS | PEOPLE_HEADS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})
THING_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})


@dataclass(slots=True)
class SourceGuess:
    start: int  # character offsets of the source phrase
    end: int
    kind: str
    entity: str | None
    plural: bool


def phrase_head(span: SpacySpan) -> Token:
    """The token of the span whose head lies outside it (the phrase's head)."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span.root


def trim_phrase(doc: Doc, start: int, end: int) -> SpacySpan:
    """Drop edge punctuation and whitespace from doc[start:end]; keep inner commas."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _names_person(span: SpacySpan) -> bool:
    return any(ent.label_ == "PERSON" for ent in span.ents) or any(
        t.ent_type_ == "PERSON" for t in span
    )


def _head_named(head: Token) -> bool:
    """True if the head is a person's name or carries one beside it ("a spokesman, John Kirby")."""
    if head.ent_type_ == "PERSON":
        return True
    return any(
        child.dep_ in ("appos", "compound")
        and child.ent_type_ == "PERSON"
        and child.pos_ == "PROPN"
        for child in head.children
    )


def classify(span: SpacySpan) -> tuple[str, bool]:
    """(kind, plural) for a source phrase that is not a pronoun; the head noun decides."""
    head = phrase_head(span)
    lemma = head.lemma_.lower()
    lower = head.lower_
    plural = head.tag_ in ("NNS", "NNPS")
    if head.pos_ == "PROPN" or head.ent_type_:
        if _head_named(head) or (head.ent_type_ == "" and _names_person(span)):
            return "named", False
        if head.ent_type_ == "NORP":
            return "group", True
        if head.ent_type_ in ORG_LABELS or head.pos_ == "PROPN":
            return "organization", plural
    if lower in ANONYMOUS_HEADS or lemma in ANONYMOUS_HEADS:
        if _head_named(head):
            return "named", False
        return "anonymous", plural
    if lower in DOCUMENT_HEADS or lemma in DOCUMENT_HEADS:
        return "document", plural
    if lemma in ORGANIZATION_HEADS:
        return "organization", False
    if _head_named(head):
        return "named", False
    if plural or lemma in GROUP_HEADS_SINGULAR:
        return "group", True
    if head.pos_ == "NOUN":
        return "anonymous" if head.lower_ in ("source", "official") else "unknown", False
    return "unknown", plural


def resolve_pronoun(
    pronoun: Token, earlier: list[SourceGuess], doc: Doc
) -> tuple[str, str | None, bool]:
    """(kind, entity, plural) of a pronoun source from the sources before it."""
    lower = pronoun.lower_
    if lower in PLURAL_PRONOUNS:
        for guess in reversed(earlier):
            if guess.plural and guess.kind != "unknown":
                return guess.kind, guess.entity, True
        return "group", None, True
    if lower in PERSON_PRONOUNS:
        for guess in reversed(earlier):
            if guess.kind == "named" and not guess.plural:
                return "named", guess.entity, False
        person = _last_person_before(doc, pronoun.idx)
        if person is not None:
            return "named", person, False
        return "unknown", None, False
    if lower in THING_PRONOUNS:
        for guess in reversed(earlier):
            if guess.kind in ("organization", "document") and not guess.plural:
                return guess.kind, guess.entity, False
    return "unknown", None, False


def _last_person_before(doc: Doc, char: int) -> str | None:
    """The entity id of the last person mentioned before `char`, if the entities know it."""
    types = {e.id: e.type for e in (doc._.nl_entities or [])}
    for start, _end, entity_id in reversed(doc._.nl_mentions or []):
        if start < char and types.get(entity_id) == "PERSON":
            return entity_id
    return None


def describe_source(span: SpacySpan, earlier: list[SourceGuess]) -> SourceGuess:
    """Kind, entity and number of a source phrase, pronouns resolved against `earlier`."""
    doc = span.doc
    if len(span) == 1 and span[0].pos_ == "PRON":
        pronoun = span[0]
        if pronoun.lower_ in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
            # "an assessment that warned": the reader's source is the antecedent phrase
            antecedent = pronoun.head.head
            phrase = trim_phrase(doc, antecedent.left_edge.i, antecedent.i + 1)
            if len(phrase):
                return describe_source(phrase, earlier)
        kind, entity, plural = resolve_pronoun(pronoun, earlier, doc)
        return SourceGuess(span.start_char, span.end_char, kind, entity, plural)
    kind, plural = classify(span)
    head = phrase_head(span)
    entity = entity_at(doc, head.idx, head.idx + len(head))
    if entity is None and kind in ("named", "organization"):
        entity = entity_at(doc, span.start_char, span.end_char)
    return SourceGuess(span.start_char, span.end_char, kind, entity, plural)
