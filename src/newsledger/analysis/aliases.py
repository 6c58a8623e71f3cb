"""Alternative names an article itself gives an entity: "the Kuomintang (KMT)", "Kuomintang
(Chinese Nationalist Party)", "Lai Ching-te (William Lai)", "the KMT, also known as the Chinese Nationalist Party".

A report that writes a name and another in parentheses right after it says they are one;
later reports may use either alone. What one article so defines teaches the canonical
entity that name (see `entities.Resolver.teach`). An acronym counts only where its letters
run through the name in order, first letter first (Schwartz & Hearst 2003): "Kuomintang
(KMT)" is taught, "Boeing (NYSE)" and "Apple (AAPL)" are not. Places are never taught
("Al Haouz (Morocco)" names where, not what).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from newsledger.analysis.variants import acronym_of, broad_kind, norm_key

# A name the NER ran into the acronym after it: "The Automobile Association  (AA".
_GLUED = re.compile(r"^(.+?)\s*\(([A-Z][A-Z.&]{1,9})\)?$")
# What an article writes between two names it says are one, besides a parenthesis: "the
# KMT, also known as the Chinese Nationalist Party" (not "X, or Y": that may be a list).
_SAID_ONE = re.compile(
    r",?\s+(?:also\s+|better\s+|formally\s+|officially\s+)?known\s+as\s+(?:the\s+)?"
)
_LONGEST_LINK = 32
# Kinds whose names in parentheses may be another name of the entity before them.
TAUGHT_KINDS = {"PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


@dataclass
class Defined:
    """What an article says an entity is also called."""

    acronyms: set[str] = field(default_factory=set)
    names: set[tuple[str, str]] = field(default_factory=set)  # (name, type)


def letters_run_through(letters: str, name: str) -> bool:
    """ "kmt" in "Kuomintang", "dpp" in "Democratic Progressive Party": the acronym's
    letters in the name in order, the first letter the name's."""
    text = "".join(c for c in name.lower() if c.isalnum())
    if not letters or not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def defined_aliases(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[int, Defined]:
    """Entity id -> its alternative names, for the entities in `rows` (one batch): acronym
    mentions the article linked to it, and names written in parentheses right after it
    (or it in parentheses after them)."""
    low = min(row["id"] for row in rows)
    found: dict[int, Defined] = defaultdict(Defined)
    entity = {row["id"]: (row["name"], row["type"]) for row in rows}
    for entity_id, text in conn.execute(
        "SELECT entity_id, text FROM mentions WHERE entity_id >= ?", (low,)
    ):
        name, kind = entity.get(entity_id, ("", "PERSON"))
        if kind == "PERSON":
            continue
        glued = _GLUED.match(text)  # the NER took "Automobile Association (AA" as one name
        letters = glued.group(2).replace(".", "").lower() if glued else acronym_of(text)
        other = glued or text != name
        if letters and other and not acronym_of(name) and letters_run_through(letters, name):
            found[entity_id].acronyms.add(letters)
            if glued and norm_key(glued.group(1), kind):  # and the name without it
                found[entity_id].names.add((glued.group(1), kind))
    pairs = conn.execute(
        f"""SELECT m1.entity_id, m2.entity_id, substr(a.text, m1."end" + 1, m2.start - m1."end")
           FROM mentions m1
           JOIN mentions m2 ON m2.article_id = m1.article_id
                AND m2.start BETWEEN m1."end" + 1 AND m1."end" + {_LONGEST_LINK}
           JOIN articles a ON a.id = m1.article_id
           WHERE m1.entity_id >= ? AND m2.entity_id != m1.entity_id
             AND (substr(a.text, m2."end" + 1, 1) = ')' OR instr(lower(substr(a.text,
                  m1."end" + 1, m2.start - m1."end")), 'known as') > 0)""",
        (low,),
    )
    for first, second, between in pairs:
        said = _SAID_ONE.fullmatch(between)  # "the KMT, also known as the Chinese Nat..."
        if first not in entity or second not in entity or not (said or between in ("(", " (")):
            continue
        (a_name, a_kind), (b_name, b_kind) = entity[first], entity[second]
        if a_kind not in TAUGHT_KINDS or broad_kind(a_kind) != broad_kind(b_kind):
            continue
        letters, before = _acronym_letters(b_name, a_kind), _acronym_letters(a_name, a_kind)
        if letters:  # "Democratic Progressive Party (DPP)", two entities
            if said or letters_run_through(letters, a_name):
                found[first].acronyms.add(letters)
                found[second].names.add((a_name, a_kind))
        elif said and before:  # "the KMT, also known as the Chinese Nationalist Party"
            found[second].acronyms.add(before)
            found[first].names.add((b_name, b_kind))
        elif norm_key(a_name, a_kind) and norm_key(b_name, b_kind):
            found[first].names.add((b_name, b_kind))
            found[second].names.add((a_name, a_kind))
    _spelled_out_in_article(rows, entity, found)
    return found


def _acronym_letters(name: str, kind: str) -> str:
    """ "kmt" for "KMT" or "K.M.T.", "" for a person's name or a name in other letters."""
    bare = name.replace(".", "")
    return bare.lower() if kind != "PERSON" and bare.isalpha() and bare.isupper() else ""


def _spelled_out_in_article(
    rows: list[sqlite3.Row], entity: dict[int, tuple[str, str]], found: dict[int, Defined]
) -> None:
    """An acronym an article spells out anywhere names that entity there: "AA" after "The
    Automobile Association (AA)" is the AA, whatever other "AA" the ledger knows."""
    article_of = {row["id"]: row["article_id"] for row in rows}
    spelled: dict[tuple[str, str], tuple[str, str]] = {}
    for entity_id, defined in found.items():
        for letters in defined.acronyms:
            spelled.setdefault((article_of[entity_id], letters), entity[entity_id])
    if not spelled:
        return
    for row in rows:
        bare = row["name"].replace(".", "")
        if row["type"] == "PERSON" or not (bare.isalpha() and bare.isupper()):
            continue
        long = spelled.get((row["article_id"], bare.lower()))
        if long is not None and long[0] != row["name"]:
            found[row["id"]].names.add(long)
