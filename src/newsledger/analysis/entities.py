"""Entity resolution across articles: each article entity links to one canonical entity.

Every link records how it was made (`entity_links.method`, `score`, `evidence`):

- ``kb``/``kb-context``/``kb-ambiguous``: a place resolved to an ISO 3166 code (pycountry),
  with the other places of the article deciding between a country and a state;
- ``exact``: the same normalised name and type group;
- ``title``: the same name once titles are stripped ("President Biden" -> "Biden");
- ``surname``: a one-word person name and a known full name ending in it ("Biden" ->
  "Joe Biden"), the most reported candidate winning, its share giving the score;
- ``initial``: same surname and first initial ("Joe Biden", "Joseph R. Biden");
- ``acronym``: "UN" and "United Nations";
- ``lead``: "Ford" and "Ford Motor Company" (a distinctive first word, legal form dropped);
- ``new``: nothing matched, a new canonical entity.

Incremental: only entities past the `analysis.entities_upto` watermark are read, and the
name index is loaded from `canonical_names`, so a batch of new articles costs time in
proportion to the batch, not the ledger.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsledger.analysis import places
from newsledger.analysis.names import (
    acronym,
    acronym_key,
    fold,
    given_names_agree,
    is_acronym,
    middle_initials,
    org_key,
    org_lead,
    person_parts,
    short_person_key,
    strip_titles,
    without_legal_form,
)
from newsledger.analysis.state import get_mark, set_mark
from newsledger.ledger.entities import (
    LINKS_SHAPE,
    EntityRef,
    canonical_candidates,
    canonical_types,
)
from newsledger.ledger.entities import resolve_entity as resolve_in_ledger
from newsledger.ledger.queries import has_shape
from newsledger.ledger.store import execute_in

WATERMARK = "analysis.entities_upto"
PLACE_TYPES = {"GPE", "LOC"}
# A canonical entity needs this share of a surname's reports to take a bare surname.
SURNAME_MIN_SHARE = 0.5


def type_group(entity_type: str) -> str:
    if entity_type in PLACE_TYPES:
        return "PLACE"
    return entity_type


@dataclass(slots=True)
class Link:
    canonical_id: int
    method: str
    score: float
    evidence: str


@dataclass
class NameIndex:
    """canonical_names in memory, plus what the linker needs to know of each canonical."""

    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    names: dict[int, str] = field(default_factory=dict)
    weight: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> NameIndex:
        index = cls()
        for row in conn.execute("SELECT id, name FROM canonical_entities"):
            index.names[row[0]] = row[1]
        # weight: links made by the name itself, so that bare surnames do not snowball
        for canonical_id, n in conn.execute(
            "SELECT canonical_id, count(*) FROM entity_links WHERE method != 'surname' GROUP BY 1"
        ):
            index.weight[canonical_id] = n
        for key, canonical_id in conn.execute("SELECT key, canonical_id FROM canonical_names"):
            index.keys[key].append(canonical_id)
        return index

    def find(self, key: str) -> list[int]:
        return self.keys.get(key, [])

    def best(self, key: str) -> int | None:
        found = self.find(key)
        return max(found, key=lambda c: self.weight[c]) if found else None


class Resolver:
    """Links article entities to canonical ones, writing new canonicals as it goes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.index = NameIndex.load(conn)

    def add_key(self, key: str, canonical_id: int, kind: str) -> None:
        if canonical_id in self.index.keys.get(key, []):
            return
        self.index.keys[key].append(canonical_id)
        self.conn.execute(
            "INSERT OR IGNORE INTO canonical_names(key, canonical_id, kind) VALUES (?, ?, ?)",
            (key, canonical_id, kind),
        )

    def new(self, name: str, entity_type: str, kb_id: str | None = None) -> int:
        """A canonical entity under `name`, a leading article cut ("the Pentagon"); a KB
        name is the place's own and kept whole ("An Giang" is not "Giang")."""
        for article in () if kb_id else ("the ", "a ", "an "):
            if name.lower().startswith(article) and len(name) > len(article) + 1:
                name = name[len(article) :]
        canonical_id = int(
            self.conn.execute(
                "INSERT INTO canonical_entities(name, type, kb_id) VALUES (?, ?, ?)",
                (name, entity_type, kb_id),
            ).lastrowid
        )
        self.index.names[canonical_id] = name
        return canonical_id

    def rename(self, canonical_id: int, name: str) -> None:
        """A fuller name arrived for a canonical first seen under a short one."""
        self.index.names[canonical_id] = name
        self.conn.execute(
            "UPDATE canonical_entities SET name = ? WHERE id = ?", (name, canonical_id)
        )

    # -- one entity ---------------------------------------------------------------
    def link(self, name: str, entity_type: str, context: dict[str, int], text: str) -> Link:
        group = type_group(entity_type)
        if group == "PERSON":
            return self._person(name, entity_type)
        if group == "PLACE":
            return self._place(name, entity_type, context, text)
        if group == "ORG":
            return self._org(name, entity_type)
        return self._exact_or_new(f"{group}|full:{fold(name)}", name, entity_type)

    def _exact_or_new(self, key: str, name: str, entity_type: str) -> Link:
        """The entity already known under `key`, else a new one under it."""
        found = self.index.best(key)
        if found is not None:
            return Link(found, "exact", 1.0, key)
        canonical_id = self.new(name, entity_type)
        self.add_key(key, canonical_id, "full")
        return Link(canonical_id, "new", 1.0, key)

    def _person(self, name: str, entity_type: str) -> Link:
        full, first, last = person_parts(name)
        _, titled = strip_titles(name)
        full_key = f"PERSON|full:{full}"
        found = self.index.best(full_key)
        if found is not None and (first or not self.index.find(f"PERSON|last:{last}")):
            return Link(found, "title" if titled else "exact", 0.95 if titled else 1.0, full_key)
        if not first:  # one word: a surname (or a mononym)
            candidates = self.index.find(f"PERSON|last:{last}")
            if candidates:
                total = sum(self.index.weight[c] or 1 for c in candidates)
                best = max(candidates, key=lambda c: self.index.weight[c])
                share = (self.index.weight[best] or 1) / total
                if share >= SURNAME_MIN_SHARE:
                    return Link(best, "surname", round(0.9 * share, 3), f"PERSON|last:{last}")
            if found is not None:
                return Link(found, "exact", 1.0, full_key)
            canonical_id = self.new(name if not titled else full.title(), entity_type)
            self.add_key(full_key, canonical_id, "full")
            return Link(canonical_id, "new", 1.0, full_key)
        short_key = f"PERSON|short:{short_person_key(full)}"
        mine = middle_initials(full)
        compatible = [
            c for c in self.index.find(short_key)
            if not mine or middle_initials(person_parts(self.index.names[c])[0]) in ("", mine)
        ]  # fmt: skip
        if compatible:
            found = max(compatible, key=lambda c: self.index.weight[c])
            self.add_key(full_key, found, "full")
            return Link(found, "exact", 0.95, short_key)
        initial_key = f"PERSON|init:{first[0]} {last}"
        agreeing = [
            c for c in self.index.find(initial_key)
            if given_names_agree(first, person_parts(self.index.names[c])[1])
            and (not mine or middle_initials(person_parts(self.index.names[c])[0]) in ("", mine))
        ]  # fmt: skip
        found = max(agreeing, key=lambda c: self.index.weight[c]) if agreeing else None
        if found is not None:
            self.add_key(full_key, found, "full")
            return Link(found, "initial", 0.85, initial_key)
        short = self.index.best(f"PERSON|full:{last}")  # a canonical first seen as "Biden"
        if short is not None and not self.index.find(f"PERSON|last:{last}"):
            self.rename(short, name)
            self._person_keys(short, full_key, first, last)
            return Link(short, "surname", 0.8, f"PERSON|full:{last}")
        canonical_id = self.new(name, entity_type)
        self._person_keys(canonical_id, full_key, first, last)
        return Link(canonical_id, "new", 1.0, full_key)

    def _person_keys(self, canonical_id: int, full_key: str, first: str, last: str) -> None:
        self.add_key(full_key, canonical_id, "full")
        self.add_key(
            f"PERSON|short:{short_person_key(full_key.split(':', 1)[1])}", canonical_id, "short"
        )
        self.add_key(f"PERSON|last:{last}", canonical_id, "last")
        self.add_key(f"PERSON|init:{first[0]} {last}", canonical_id, "initial")

    def _place(self, name: str, entity_type: str, context: dict[str, int], text: str) -> Link:
        place, how = places.resolve(name, context, text)
        if place is not None:
            key = f"PLACE|kb:{place.code}"
            found = self.index.best(key)
            score = {"kb": 1.0, "kb-context": 0.85, "kb-ambiguous": 0.7}[how]
            if found is None:
                found = self.new(place.name, entity_type, place.code)
                self.add_key(key, found, "kb")
            return Link(found, how, score, key)
        return self._exact_or_new(f"PLACE|full:{org_key(name)}", name, entity_type)

    def _org(self, name: str, entity_type: str) -> Link:
        folded = org_key(name)
        key = f"ORG|full:{folded}"
        found = self.index.best(key)
        if found is not None:
            return Link(found, "exact", 1.0, key)
        lead = org_lead(folded)
        if lead:  # "Ford Motor Company" after "Ford"
            found = self.index.best(f"ORG|full:{lead}")
            if found is not None:
                self.add_key(key, found, "full")
                return Link(found, "lead", 0.8, f"ORG|full:{lead}")
        elif " " not in folded and not is_acronym(name):  # "Ford" after "Ford Motor Company"
            found = self.index.best(f"ORG|lead:{folded}")
            if found is not None:
                self.add_key(key, found, "full")
                return Link(found, "lead", 0.8, f"ORG|lead:{folded}")
        if is_acronym(name):
            acr = f"ORG|acr:{acronym_key(name)}"
            found = self.index.best(acr)
            if found is not None:
                self.add_key(key, found, "full")
                return Link(found, "acronym", 0.85, acr)
            canonical_id = self.new(name, entity_type)
            self.add_key(key, canonical_id, "full")
            return Link(canonical_id, "new", 1.0, key)
        initials = acronym(without_legal_form(name))
        if initials:
            short = self.index.best(f"ORG|full:{initials}")  # seen only as "UN" so far
            if short is not None and is_acronym(self.index.names.get(short, "")):
                self.rename(short, name)
                self.add_key(key, short, "full")
                self.add_key(f"ORG|acr:{initials}", short, "acronym")
                return Link(short, "acronym", 0.85, f"ORG|full:{initials}")
        canonical_id = self.new(name, entity_type)
        self.add_key(key, canonical_id, "full")
        if initials:
            self.add_key(f"ORG|acr:{initials}", canonical_id, "acronym")
        if lead:
            self.add_key(f"ORG|lead:{lead}", canonical_id, "lead")
        return Link(canonical_id, "new", 1.0, key)


def _order(row: sqlite3.Row) -> tuple[int, int]:
    """Full person names before bare surnames, long organisation names before acronyms."""
    name = row["name"]
    short = len(name.split()) == 1 or is_acronym(name)
    return (1 if short else 0, row["id"])


def update_entities(conn: sqlite3.Connection, limit: int | None = None) -> dict[str, int]:
    """Link every entity added since the last run; returns counts by method."""
    upto = get_mark(conn, WATERMARK)
    sql = """SELECT e.id, e.article_id, e.name, e.type, a.published FROM entities e
             JOIN articles a ON a.id = e.article_id WHERE e.id > ?
             ORDER BY a.published, e.article_id, e.id"""
    rows = conn.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), (upto,)).fetchall()
    counts: dict[str, int] = defaultdict(int)
    if not rows:
        return dict(counts)
    resolver = Resolver(conn)
    by_article: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        by_article[row["article_id"]].append(row)
    touched: set[int] = set()
    for article_id, entities in by_article.items():
        place_names = [e["name"] for e in entities if e["type"] in PLACE_TYPES]
        context = places.context_countries(place_names)
        text = _article_text(conn, article_id) if _needs_text(place_names) else ""
        for entity in sorted(entities, key=_order):
            link = resolver.link(entity["name"], entity["type"], context, text)
            conn.execute(
                """INSERT OR REPLACE INTO entity_links(entity_id, canonical_id, method, score, evidence)
                   VALUES (?, ?, ?, ?, ?)""",
                (entity["id"], link.canonical_id, link.method, link.score, link.evidence),
            )
            if link.canonical_id not in touched:
                touched.add(link.canonical_id)
            if link.method != "surname":
                resolver.index.weight[link.canonical_id] += 1
            counts[link.method] += 1
    _refresh(conn, touched)
    set_mark(conn, WATERMARK, max(row["id"] for row in rows))
    return dict(counts)


def _needs_text(place_names: Iterable[str]) -> bool:
    return any(len(places.candidates(n)) > 1 for n in place_names)


def _article_text(conn: sqlite3.Connection, article_id: str) -> str:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else ""


def _refresh(conn: sqlite3.Connection, canonical_ids: set[int]) -> None:
    """Recount articles and first report of the canonical entities a batch touched."""
    ids = sorted(canonical_ids)
    statement = execute_in(
        conn,
        """UPDATE canonical_entities SET
            n_articles = (SELECT count(DISTINCT e.article_id) FROM entity_links l
                          JOIN entities e ON e.id = l.entity_id
                          WHERE l.canonical_id = canonical_entities.id),
            first_published = (SELECT min(a.published) FROM entity_links l
                          JOIN entities e ON e.id = l.entity_id
                          JOIN articles a ON a.id = e.article_id
                          WHERE l.canonical_id = canonical_entities.id)
            WHERE id IN ({marks})""",
        ids,
    )
    for _ in statement:  # an UPDATE yields no rows; running the chunks is the point
        pass


def lookup_keys(conn: sqlite3.Connection, name: str) -> set[str]:
    """The `canonical_names` keys a user's NAME can reach: person full name and surname,
    organisation and place keys, the acronym, KB place codes, and the folded name for the
    type groups with no key group of their own."""
    keys = {f"PERSON|full:{person_parts(name)[0]}", f"PERSON|last:{person_parts(name)[2]}",
            f"ORG|full:{org_key(name)}", f"PLACE|full:{org_key(name)}"}  # fmt: skip
    groups = {type_group(kind) for kind in canonical_types(conn)}
    for group in groups - {"PERSON", "ORG", "PLACE"}:
        keys.add(f"{group}|full:{fold(name)}")
    if is_acronym(name):
        keys.add(f"ORG|acr:{acronym_key(name)}")
    keys.update(f"PLACE|kb:{p.code}" for p in places.candidates(name))
    return keys


def find_canonical(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """Canonical entities a user's NAME can mean: those shown under exactly that name
    first, then those its lookup keys reach, the most reported first.

    The shown name alone is not enough to rebuild a key: the KB names a place by its ISO
    name ("Russian Federation", "Congo", whose key "congo" is dropped as ambiguous), a
    leading "the" is cut from the name but not the key, and a type may have no key group
    listed here (WEAPON). So the name itself is matched too, and every display name
    resolves."""
    return canonical_candidates(conn, name, lookup_keys(conn, name))


def resolve_entity(conn: sqlite3.Connection, name: str) -> EntityRef | None:
    """What NAME means on every view (`newsledger timeline`, `newsledger entity`, the web
    entity page): ledger.entities.resolve_entity with this analysis's lookup keys."""
    keys = lookup_keys(conn, name) if has_shape(conn, LINKS_SHAPE) else set()
    return resolve_in_ledger(conn, name, keys)
