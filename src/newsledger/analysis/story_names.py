"""Names one report of a story writes that the entity recogniser missed in another.

Outlets write one name differently: "the National Fire Agency" in one report, "Taiwan's
national fire agency" in the next, where the recogniser, trained on capitals, sees no name
at all (or "Taroko" alone in "Taroko national park"); a date before a name ("the Jan. 1
Noto Peninsula Earthquake") can swallow it whole. Analysis runs no NLP; it looks the
multi-word names the other reports of the story gave up, case aside, in the stored text,
and records each place found as an entity of the article (`local_id` "text:<offset>",
linked by method ``text``) when:

- the reports are of one story: they share STORY_SHARED named entities that are neither
  KB places nor named in more than STORY_MAX_ARTICLES reports (those tie no story);
- the name has two words or more and is no person's (a lower-case "rush" is no Stockton
  Rush); one written all in lower case needs three ("the coast guard" is any coast guard);
- no mention already covers the place or crosses its edges (a mention inside it, as
  "Taroko" in "Taroko national park", is taken in), and no capitalised word runs on
  before (a possessive aside: "Taiwan's national fire agency") or after it ("Noto
  Peninsula" in an unmarked "Noto Peninsula Airport" is another place).

Work: one query for the batch's story neighbours (MOST_NEIGHBOURS at most per article) and
one for their names, a regular expression per article over its text; a batch reads only its
own articles' and their neighbours' texts.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from newsledger.analysis.name_index import NameIndex
from newsledger.analysis.variant_links import STORY_SHARED
from newsledger.ledger.store import execute_in, write_entity

# A named entity in more reports than this ties no story ("Reuters", "United Nations").
STORY_MAX_ARTICLES = 100
# Types whose unmarked names are looked up: named things, not people, groups or actors.
LOOKED_UP = {"ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# The reports of its story an article is compared with, those sharing the most names first:
# a batch reads at most this many other texts per article.
MOST_NEIGHBOURS = 20
PREFIX = "text:"
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True, slots=True)
class Found:
    """An unmarked name in an article's text and the canonical entity it names."""

    article_id: str
    start: int
    end: int
    text: str
    canonical_id: int


def neighbours(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, set[str]]:
    """Article -> the other articles of its story (see the module docstring)."""
    shared: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for here, there, n in execute_in(
        conn,
        f"""SELECT e.article_id, e2.article_id, count(DISTINCT l.canonical_id) FROM entities e
            JOIN entity_links l ON l.entity_id = e.id
            JOIN canonical_entities c ON c.id = l.canonical_id
            JOIN entity_links l2 ON l2.canonical_id = l.canonical_id
            JOIN entities e2 ON e2.id = l2.entity_id
            WHERE e.article_id IN ({{marks}}) AND e2.article_id != e.article_id
              AND c.kb_id IS NULL AND c.type != 'AGENT'
              AND c.n_articles BETWEEN 2 AND {STORY_MAX_ARTICLES}
            GROUP BY e.article_id, e2.article_id
            HAVING count(DISTINCT l.canonical_id) >= {STORY_SHARED}""",
        article_ids,
    ):
        shared[here].append((n, there))
    found: dict[str, set[str]] = defaultdict(set)
    for here, others in shared.items():
        for _, there in sorted(others, reverse=True)[:MOST_NEIGHBOURS]:
            found[here].add(there)
            found[there].add(here)
    return found


def _names(conn: sqlite3.Connection, article_ids: set[str]) -> dict[str, dict[str, int]]:
    """Article -> {folded name: canonical id} of its multi-word names worth looking up."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for article_id, name, kind, canonical_id in execute_in(
        conn,
        """SELECT e.article_id, e.name, e.type, l.canonical_id FROM entities e
           JOIN entity_links l ON l.entity_id = e.id
           WHERE e.article_id IN ({marks}) AND l.method != 'text'""",
        sorted(article_ids),
    ):
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if kind in LOOKED_UP and len(bare.split()) >= 2 and any(c.isupper() for c in bare):
            found[article_id].setdefault(_folded(bare), canonical_id)
    return found


def find_unmarked(conn: sqlite3.Connection, index: NameIndex, batch: list[str]) -> list[Found]:
    """The unmarked names of the batch's stories: in each batch article, the names of its
    story's reports; in an older report of the story, the batch article's names."""
    story = neighbours(conn, batch)
    if not story:
        return []
    in_batch = set(batch)
    wanted: dict[str, set[str]] = defaultdict(set)  # article -> articles whose names to seek
    for article_id in batch:
        for other in story.get(article_id, ()):
            wanted[article_id].add(other)
            if other not in in_batch:
                wanted[other].add(article_id)
    names = _names(conn, set(wanted) | {a for others in wanted.values() for a in others})
    texts = dict(
        execute_in(conn, "SELECT id, text FROM articles WHERE id IN ({marks})", sorted(wanted))
    )
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article_id, start, end in execute_in(
        conn, 'SELECT article_id, start, "end" FROM mentions WHERE article_id IN ({marks})',
        sorted(wanted),
    ):  # fmt: skip
        spans[article_id].append((start, end))
    found: list[Found] = []
    for article_id, others in wanted.items():
        sought: dict[str, int] = {}
        for other in sorted(others):
            for name, canonical_id in names.get(other, {}).items():
                sought.setdefault(name, canonical_id)
        for name in names.get(article_id, {}):
            sought.pop(name, None)  # written in this article with a mention of its own
        sought = {n: c for n, c in sought.items() if c in index.names}
        if sought:
            found += _seek(article_id, texts.get(article_id, ""), sought, spans[article_id])
    return found


def _seek(
    article_id: str, text: str, sought: dict[str, int], spans: list[tuple[int, int]]
) -> list[Found]:
    pattern = "|".join(
        re.escape(name).replace(r"\ ", r"\s+") for name in sorted(sought, key=len, reverse=True)
    )
    found = []
    for match in re.finditer(rf"(?<![\w'’.-])(?:{pattern})(?![\w'’-])", text, re.IGNORECASE):
        start, end, surface = match.start(), match.end(), match.group(0)
        if any(s < end and start < e and not (start <= s and e <= end and (s, e) != (start, end))
               for s, e in spans):  # fmt: skip
            continue  # marked already, or inside or across another name
        if not any(c.isupper() for c in surface) and len(surface.split()) < 3:
            continue
        if _capitalised_run(text, start, end):
            continue
        canonical_id = sought.get(_folded(surface))
        if canonical_id is not None:  # a case fold that changes length ("ß") finds no key
            found.append(Found(article_id, start, end, surface, canonical_id))
    return found


def _folded(name: str) -> str:
    """A name as sought and as found: lower case, one space between words ("Thai Rak Thai
    Party", written with a double space where a link was stripped)."""
    return " ".join(name.lower().split())


def _capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word runs on right after the match, or right before it and
    not as a possessive nor the first word of a sentence."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group(0)[0].isupper():
        return True
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][0].isupper():
        return False
    return not words[-1].endswith(("'s", "’s", ".", "!", "?", ",", ":", ";", '"', "”"))


def store(conn: sqlite3.Connection, index: NameIndex, found: list[Found]) -> list[int]:
    """One entity per article and canonical entity found, its places as mentions, linked
    by ``text``; returns the canonical ids linked."""
    grouped: dict[tuple[str, int], list[Found]] = defaultdict(list)
    for item in found:
        grouped[(item.article_id, item.canonical_id)].append(item)
    for (article_id, canonical_id), items in grouped.items():
        first = items[0]
        entity_id = write_entity(conn, article_id, {
            "id": f"{PREFIX}{first.start}", "name": first.text,
            "type": index.types[canonical_id],
            "mentions": [{"start": i.start, "end": i.end, "text": i.text} for i in items],
        })  # fmt: skip
        conn.execute(
            """INSERT INTO entity_links(entity_id, canonical_id, method, score, evidence)
               VALUES (?, ?, 'text', 0.75, ?)""",
            (entity_id, canonical_id, f"story:{first.text.lower()}"),
        )
    return sorted({canonical_id for _, canonical_id in grouped})
