"""'According to X, C': X is the source and the clause the phrase modifies the content; the
parser hangs the phrase, the source's apposed name or role, and the clause's own subject in
many ways, sorted out here. Inside a quotation the phrase is the quoted speaker's own
sourcing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.lexicon import FINITE_VERB_TAGS
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.source_words import PERSON_TITLE_WORDS
from newsledger.extract.common import subtree_ids
from newsledger.extract.entities.phoenix import PERSON_HEADS


def according_to(token: Token) -> Draft | None:
    """'according to X': X is the source, the clause it modifies is the content."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects and objects[0].lemma_.lower() in MEASURES:
        return None  # "shared according to population size", "according to plan": no source
    clause = _clause_hung_on_source(objects[0]) if objects else None
    objects_ids = set().union(*(subtree_ids(o) for o in objects))  # "vice - president"
    if clause is not None:
        objects_ids -= subtree_ids(clause)
    source = list(range(min(objects_ids), max(objects_ids) + 1)) if objects_ids else []
    source = _before_a_saying_relative(doc, _before_an_aside(doc, source))
    trimmed = _without_the_clause_subject(doc, source)
    subject, source = set(source) - set(trimmed), trimmed
    source += _name_apposed_after(doc, source) or _role_apposed_after(doc, source)
    phrase = (subtree_ids(token) | subtree_ids(to) | {token.i, to.i} | set(source)) - subject
    if clause is not None:
        phrase -= subtree_ids(clause)
    host = token.head if token.head.i != token.i else token
    while host.dep_ not in ("ROOT",) and host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head
    if _closes_its_sentence(token, to):
        while host.dep_ == "conj" and host.head.i < host.i:
            host = host.head  # "X ordered A, and destroyed B, according to the verdict": both
    sentence = token.sent
    if clause is not None:
        # "C and according to some sources the bomber mingled ...": what the sources say is
        # the clause after them, not the sentence the phrase was coordinated into
        content = subtree_ids(clause) - phrase
    elif host.i > token.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and token.i < c.i and c.tag_ in ("WDT", "WP")
        for c in host.children
    ):  # "C, according to her will which was written ...": the parser hung the phrase on the
        # source's own relative clause; what the will says is the rest of the sentence (not
        # "an effort which, according to the constitution, requires": that clause is said)
        content = {t.i for t in sentence} - phrase - subtree_ids(host)
    elif host.dep_ == "ROOT":
        content = {t.i for t in sentence} - phrase
    else:
        content = subtree_ids(host) - phrase
    before = [i for i in content if i < token.i]
    if before and all(doc[i].pos_ in _LINKING_POS for i in before):
        content -= set(before)  # "Also according to the police, C": "Also" says nothing
    return Draft([token.i, to.i], "according to", source, content, 1.0)


_LINKING_POS = frozenset({"ADV", "CCONJ", "SCONJ", "PUNCT"})


def _clause_hung_on_source(source: Token) -> Token | None:
    """ "according to some sources the bomber mingled within the crowd": with no comma the
    parser reads the clause as a relative one of "sources" that has no relative pronoun;
    a clause with a subject of its own right after the source that runs to the sentence's
    end is what the sources say."""
    doc = source.doc
    for child in source.children:
        if child.dep_ != "relcl" or child.i < source.i:
            continue
        subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$"):
            return None
        if child.left_edge.i <= source.i or child.left_edge.tag_ in ("WDT", "WP", "WP$", "IN"):
            return None  # "the sources that / who / whom ..." is a relative clause
        after = child.right_edge.i + 1
        if after < len(doc) and not doc[after].is_sent_end and doc[after].text == ",":
            return None  # "according to the sources the agency trusted, C"
        return child
    return None


def _closes_its_sentence(token: Token, to: Token) -> bool:
    """Whether the phrase ends its sentence ("..., according to the verdict.")."""
    end = max(t.i for t in to.subtree) + 1
    rest = token.doc[end : token.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _without_the_clause_subject(doc: Doc, source: list[int]) -> list[int]:
    """ "According to Japan's chief envoy, Kenichiro Sasae, North Korea will not take part":
    the parser may hang the clause's subject on the source as one more apposition; a verb
    right after the source shows the last part set off by a comma is that subject."""
    if not source or max(source) + 1 >= len(doc):
        return source
    after = doc[max(source) + 1]
    if after.pos_ not in ("VERB", "AUX") or after.tag_ in ("VBG", "VBN"):
        return source  # "the report, released on Monday, ..." describes the source
    commas = [i for i in source if doc[i].text == ","]
    organisation = ("ORG", "GPE")
    if (
        commas
        and doc[source[0]].ent_type_ in organisation
        and doc[commas[0] - 1].ent_type_ in organisation
        and doc[commas[0] + 1].ent_type_ == "PERSON"
    ):  # "according to the Workers Party, Imre Varga, president of ..., has": an organisation
        # has no name apposed, so the person after it opens the clause
        return source[: source.index(commas[0])]
    return source[: source.index(commas[-1])] if commas else source


def _name_apposed_after(doc: Doc, source: list[int]) -> list[int]:
    """ "according to the company's vice-president of licensing, Horacio Gutierrez, C": the
    name set off by commas after the role, which the parser may hang anywhere (after a name,
    "according to Workers World Party, Ahn Byung-ook, president of ..., has": the clause's)."""
    if not source:
        return []
    comma = max(source) + 1
    end = comma + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    if comma >= len(doc) or doc[comma].text != "," or end == comma + 1 or end >= len(doc):
        return []
    if end + 1 < len(doc) and doc[end + 1].like_num:
        return []  # "according to her biography, Nooyi, 50, is ...": the clause's subject, aged
    if _verb_after_apposition(doc, end):
        return []  # the name has its own role and then its verb: the clause's subject
    return list(range(comma, end)) if doc[end].text == "," else []


def _verb_after_apposition(doc: Doc, comma: int) -> bool:
    """ ", president of the commission, has identified": a finite verb right after the
    phrase that the comma at `comma` opens and the next comma closes."""
    for i in range(comma + 1, min(comma + 10, len(doc) - 1)):
        if doc[i].is_punct:
            return doc[i].text == "," and doc[i + 1].tag_ in FINITE_VERB_TAGS
    return False


def _role_apposed_after(doc: Doc, source: list[int]) -> list[int]:
    """ "according to Adnan Pachachi, acting parliament speaker, al-Maliki has ...": the role
    set off by commas after the name is the source's, not the clause's."""
    if not source or doc[max(source)].ent_type_ != "PERSON":
        return []
    comma = max(source) + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    for end in range(comma + 2, min(comma + MAX_ROLE_WORDS + 2, len(doc) - 1)):
        if doc[end].text == ",":
            role = doc[comma + 1 : end]
            last = role[-1]
            plain = all(not t.is_punct and t.tag_ not in FINITE_VERB_TAGS for t in role)
            a_role = any(t.lower_ in ROLE_WORDS for t in role)
            # "the University of Leeds Director of the Institute of Sport Studies": a post
            # ending in the body's name, no other person's name in it
            titled = last.pos_ == "PROPN" and not any(t.ent_type_ == "PERSON" for t in role)
            if plain and a_role and ((last.pos_ == "NOUN" and last.is_lower) or titled):
                return list(range(comma, end))
            return []
    return []


MAX_ROLE_WORDS = 14


ROLE_WORDS = PERSON_HEADS | PERSON_TITLE_WORDS | {"speaker"}


# What a comma sets after the source that is about something else: "according to the fire
# service, including 40 workers at the plant", "..., which updated its count", "..., citing".
ASIDE_WORDS = frozenset({"including", "which", "excluding", "among"})


def _before_an_aside(doc: Doc, source: list[int]) -> list[int]:
    """The source up to a comma that opens an aside: "including ...", "which ...", or a
    participle ("citing", "released on Friday"), not an apposed role ("John Smith, a
    spokesman for the agency")."""
    for k in source:
        if doc[k].text != "," or k + 1 > source[-1]:
            continue
        after = doc[k + 1]
        if after.lower_ in ASIDE_WORDS or after.tag_ in ("VBG", "VBN"):
            return [i for i in source if i < k]
    return source


def _before_a_saying_relative(doc: Doc, source: list[int]) -> list[int]:
    """The source up to a relative clause that reports something of its own: "according to
    a report by the institute which says that spending doubled" credits the report, and
    what it says is an attribution of its own."""
    for k in source:
        if doc[k].dep_ == "relcl" and any(c.dep_ == "ccomp" for c in doc[k].children):
            cut = doc[k].left_edge.i
            kept = [i for i in source if i < cut]
            while kept and (doc[kept[-1]].is_punct or doc[kept[-1]].is_space):
                kept.pop()
            return kept or source
    return source


def quoted_according_to(token: Token, piece: tuple[int, int]) -> Draft | None:
    """ "'The mayor had no idea, according to city officials,' the paper's reporter wrote":
    the quoted speaker credits others with part of the words, an attribution of its own
    inside the quotation. Only "according to" is read there: a quoted "he said" is more often
    the speaker's own retelling than sourcing, and the quotation's owner is found anyway."""
    draft = according_to(token)
    if draft is None:
        return None
    doc = token.doc
    span = doc.char_span(*piece, alignment_mode="contract")
    inside = set(range(span.start, span.end)) if span is not None else set()
    if not draft.source or not inside.issuperset(draft.source):
        return None
    draft.content &= inside
    return draft if any(not doc[i].is_punct for i in draft.content) else None


# What "according to" measures by rather than cites: "according to its population size",
# "according to plan", "according to their needs".
MEASURES = frozenset(
    "size population need needs plan schedule weight proportion share merit rank age order "
    "ability capacity income seniority".split()
)
