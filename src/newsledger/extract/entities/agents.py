"""Agents: who acts in a report without a name ("police", "the court", "striking workers").

Event coders (PLOVER, Phoenix) code these role nouns by their sector, and a reader of the
ledger wants an event's actor or target to point at them just as at a named actor. Each
becomes an entity of its article, type AGENT, named by its words ("riot police"): one per
role and article, its mentions in text order. The role nouns are those of the Phoenix
agents dictionary (compiled by scripts/build_phoenix.py into phoenix_agents.tsv.gz beside
this module) and a few that news uses and the dictionary lacks ("authorities", "forces").

Agents are kept apart from the named entities (`doc._.nl_agents` and
`doc._.nl_agent_mentions`): named-entity types, doc.ents, pronouns and the resolution of
sources never see them, and the events component reads them only where no named entity
is the actor or target (`agent_at`). Only a noun heading an argument becomes an agent (a
subject, an object, the "by" of a passive, a conjunct of one, the object of a preposition
other than a place's), and only when no name stands in its phrase before it: "Israeli
police" are still Israel's, "police in Lagos" are an agent.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from newsledger.extract.common import doc_text, mention_at
from newsledger.extract.entities.unmarked import unmarked_subject
from newsledger.records import AGENT_TYPE, Entity, Span

__all__ = ["AGENT_TYPE", "agent_at", "find_agents", "role_nouns"]
TABLE = "phoenix_agents.tsv.gz"
# Role nouns news uses that the agents dictionary does not list by themselves.
NEWS_ROLES = frozenset(
    "official authority force guard committee firm crew staff personnel gunman "
    "assailant attacker demonstrator striker investigator rescuer leader minister "
    "lawmaker musician group commission".split()
)
# Nouns of the dictionary that name a place, a thing or an event more often than who acts
# (but do act as the subject of a verb: "the city has banned").
NOT_ACTORS = frozenset(
    "town city village neighborhood neighbourhood district post base check house prison "
    "camp station border state country land home hospital school market".split()
)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"})
# Prepositions whose object is where something happens, not who takes part.
PLACE_PREPOSITIONS = frozenset(
    "in at near into inside outside across throughout around within across".split()
)
# Left dependents that make up the role's own phrase ("U.S. officials", "Israel's army"); the
# parser also hangs an opening dateline ("ALGIERS, Algeria - Police ...") on the subject.
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod"})
DASHES = frozenset({"-", "–", "—", "--"})
# Left modifiers that belong to the role's name ("riot police", "striking workers").
NAME_DEPS = frozenset({"compound", "amod"})


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Lower-case role nouns and phrases (singular) of the packaged agents table."""
    raw = resources.files("newsledger.extract.entities").joinpath(TABLE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    listed = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    return frozenset(listed | NEWS_ROLES) - NOT_ACTORS


def _is_role(token: Token, roles: frozenset[str]) -> bool:
    if token.pos not in (NOUN, PROPN):  # "Police said": capitalised, tagged a name
        return False
    if token.lower_ in roles or token.lemma_.lower() in roles:
        return True
    # a place that does something is who governs or runs it: "70 countries have agreed"
    acting = token.dep_ == "nsubj" and token.head.pos_ == "VERB"
    return acting and (token.lower_ in NOT_ACTORS or token.lemma_.lower() in NOT_ACTORS)


def _in_argument(token: Token) -> bool:
    if token.dep_ not in ARGUMENT_DEPS:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ not in PLACE_PREPOSITIONS
    return True


def _role_words(token: Token) -> list[Token]:
    """The role noun with the modifiers right before it that name the role."""
    words = [token]
    for child in sorted(token.lefts, key=lambda t: -t.i):
        if child.i != words[0].i - 1 or child.dep_ not in NAME_DEPS:
            break
        if child.pos_ not in ("NOUN", "ADJ", "VERB") or not child.is_lower:
            break
        words.insert(0, child)
    return words


def _named_in_phrase(token: Token, named: list[tuple[int, int, str]]) -> bool:
    """True if a named mention lies in the phrase before the role noun ("U.S. officials")."""
    own = [  # not a dateline hung on it ("Algeria - Police")
        t
        for t in token.lefts
        if t.dep_ in PHRASE_DEPS
        and not any(_free_dash(w) for w in token.doc[t.left_edge.i : token.i])
    ]
    start = min((t.left_edge.idx for t in own), default=token.idx)
    return mention_at(named, start, token.idx + len(token)) is not None


def _free_dash(word: Token) -> bool:
    """A dash standing apart ("Algeria - Police"), not a hyphen ("Kremlin-backed")."""
    before = word.doc[word.i - 1] if word.i else None
    return word.text in DASHES and (
        bool(word.whitespace_) or before is None or bool(before.whitespace_)
    )


def find_agents(doc: Doc, first_number: int) -> tuple[list[Entity], list[tuple[int, int, str]]]:
    """The article's agents, numbered on from the named entities, and their mention index."""
    named = doc._.nl_mentions or []
    roles = role_nouns()
    text = doc_text(doc)
    by_key: dict[str, Entity] = {}
    for token in doc:
        if (run := unmarked_subject(token, roles)) is not None:
            _add_unmarked(doc, run, named, by_key, first_number)
            continue
        if not _is_role(token, roles) or not _in_argument(token) or token._.furniture:
            continue
        if _named_in_phrase(token, named):
            continue
        words = _role_words(token)
        key = " ".join([*(w.lower_ for w in words[:-1]), token.lemma_.lower()])
        start, end = words[0].idx, token.idx + len(token)
        mention = Span.of(text, start, end)
        entity = by_key.get(key)
        if entity is None:
            number = first_number + len(by_key)
            by_key[key] = Entity(f"e{number}", mention.text.lower(), AGENT_TYPE, [mention])
        else:
            entity.mentions.append(mention)
    agents = list(by_key.values())
    index = sorted((m.start, m.end, a.id) for a in agents for m in a.mentions)
    return agents, index


def _add_unmarked(
    doc: Doc,
    run: tuple[int, int],
    named: list[tuple[int, int, str]],
    by_key: dict[str, Entity],
    first_number: int,
) -> None:
    """An unmarked name heading a subject ("Action Against Hunger says") as an agent."""
    first, last = doc[run[0]], doc[run[1] - 1]
    start, end = first.idx, last.idx + len(last)
    if mention_at(named, start, end) is not None:
        return
    mention = Span.of(doc_text(doc), start, end)
    entity = by_key.get(mention.text)
    if entity is None:
        number = first_number + len(by_key)
        by_key[mention.text] = Entity(f"e{number}", mention.text, AGENT_TYPE, [mention])
    else:
        entity.mentions.append(mention)


def agent_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The id of the agent whose mention overlaps [start_char, end_char), if any."""
    return mention_at(doc._.nl_agent_mentions or [], start_char, end_char)
