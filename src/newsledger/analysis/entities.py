"""Entity resolution across articles: each article entity links to one canonical entity.

Every link records how it was made (`entity_links.method`, `score`, `evidence`):

- ``kb``/``kb-context``/``kb-ambiguous``: a place resolved to an ISO 3166 code (pycountry),
  with the other places of the article deciding between a country and a state;
- ``exact``: the same normalised name and type group;
- ``title``: the same name once titles are stripped; an office title and a surname only one
  person in the ledger has ("President Biden" -> "Joe Biden", not "Mr Lai");
- ``surname``: a one-word person name and the one person of the same article whose name
  holds it ("Biden" -> "Joe Biden"); never across articles: a bare "Lai" of another article
  gets an entity of its own (a one-word name no person's name holds is a mononym, one entity
  everywhere);
- ``initial``: same surname and first initial ("Joe Biden", "Joseph R. Biden");
- ``acronym``: "UN" and "United Nations";
- ``lead``: "Ford" and "Ford Motor Company" (a distinctive first word, legal form dropped,
  the other words naming a trade: not "Apple Corps" or "Google Talk");
- ``variant``/``cross-type``: the same name once dashes, dots, spaces, titles and country
  abbreviations are normalised ("Al-Haouz" / "Al Haouz", "U.S. Air Force" / "United States
  Air Force"), in the same type group or, for a name of two words or more (never a bare
  surname), in another ("Lai Ching-te" PERSON / ORG); a short one-word name only within
  one story (two named entities in common) and never a person's ("Dali" ORG / PRODUCT);
- ``spelling``: a transliteration variant of a long name of the same broad kind
  ("Marrakech" / "Marrakesh"), never of a KB place or of another GeoNames city;
- ``gazetteer``: a place GeoNames knows under both spellings;
- ``acronym``: also "USGS" for "US Geological Survey" (four letters or more from initials
  alone), and acronyms an article defines ("Kuomintang (KMT)" teaches "KMT");
- ``alias``: another name an article gave the entity in parentheses (see `aliases`); a
  canonical entity of the same story known only by that name or acronym is absorbed
  (`name_index.absorb`): "KMT" seen alone before "the Kuomintang (KMT)";
- ``dictionary``: a synonym in the Phoenix dictionaries ("IDF", "Israel Defense Forces");
- ``variant`` also: a long name in another word order, a unit read with its organisation
  ("the Coast Guard's First District", see `owned_names`), a name with and without a
  leading year within one story ("2024 Noto Peninsula Earthquake");
- ``text``: a name another report of the story gave, found case aside in the article's
  stored text where no mention marked it (`story_names`: "national fire agency");
- ``new``: nothing matched, a new canonical entity.

Incremental: only entities past the `analysis.entities_upto` watermark are read, and the
name index is loaded from `canonical_names`, so a batch of new articles costs time in
proportion to the batch, not the ledger.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from newsledger.analysis import places, story_names
from newsledger.analysis.aliases import Defined, defined_aliases
from newsledger.analysis.name_index import PLACE_TYPES, Link, NameIndex, type_group
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
from newsledger.analysis.owned_names import owned_names
from newsledger.analysis.state import get_mark, set_mark
from newsledger.analysis.synonyms import synonyms
from newsledger.analysis.variant_links import VariantLinks
from newsledger.analysis.variants import (
    geonames_id,
)
from newsledger.ledger.entities import (
    LINKS_SHAPE,
    EntityRef,
    canonical_candidates,
    canonical_types,
)
from newsledger.ledger.entities import resolve_entity as resolve_in_ledger
from newsledger.ledger.queries import has_shape
from newsledger.ledger.store import execute_in
from newsledger.records import AGENT_TYPE

WATERMARK = "analysis.entities_upto"
CITY = " city"
# Links that say the name itself is one of the canonical's names (so it may teach variants).
NAME_METHODS = {"new", "exact", "title", "initial", "kb", "kb-context", "variant",
                "cross-type", "spelling", "gazetteer", "acronym", "alias", "dictionary"}  # fmt: skip


class Resolver(VariantLinks):
    """Links article entities to canonical ones, writing new canonicals as it goes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.index = NameIndex.load(conn)
        self.defined = Defined()  # the other names the entity being linked was given
        self.article_canonicals: set[int] = set()  # linked so far in the article at hand
        self.touched: set[int] = set()  # canonical entities whose counts need refreshing
        self.article_id = ""  # the article at hand, and its people by surname
        self.article_people: dict[str, set[int]] = defaultdict(set)

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
        self.index.types[canonical_id] = entity_type
        if kb_id:
            self.index.kb.add(canonical_id)
        return canonical_id

    # -- one entity ---------------------------------------------------------------
    def link(
        self,
        name: str,
        entity_type: str,
        context: dict[str, int],
        text: str,
        defined: Defined | None = None,
    ) -> Link:
        self.defined = defined or Defined()
        if entity_type == AGENT_TYPE:
            # "police" in Lagos and "police" in Lima are different bodies: an unnamed actor
            # is its article's own, never linked to another article's by its role noun
            return Link(self.new(name, entity_type), "agent", 1.0, "")
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
        variant = self.variant(name, entity_type)
        if variant is not None:
            self.add_key(key, variant.canonical_id, "full")
            return variant
        canonical_id = self.new(name, entity_type)
        self.add_key(key, canonical_id, "full")
        return Link(canonical_id, "new", 1.0, key)

    def _person(self, name: str, entity_type: str) -> Link:
        full, first, last = person_parts(name)
        _, titled = strip_titles(name)
        full_key = f"PERSON|full:{full}"
        found = self.index.best(full_key)
        if found is not None and first:
            return Link(found, "title" if titled else "exact", 0.95 if titled else 1.0, full_key)
        if not first:  # one word: a surname (or a mononym)
            holders = self.index.find(f"PERSON|last:{last}")
            if len(holders) == 1 and titled and _office(name):  # "President Biden"
                return Link(holders[0], "title", 0.9, f"PERSON|last:{last}")
            return self._one_word_person(name if not titled else full.title(), full, found)
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
        variant = self.variant(name, entity_type)
        if variant is not None:
            self._person_keys(variant.canonical_id, full_key, first, last)
            return variant
        canonical_id = self.new(name, entity_type)
        self._person_keys(canonical_id, full_key, first, last)
        return Link(canonical_id, "new", 1.0, full_key)

    def _one_word_person(self, name: str, word: str, found: int | None) -> Link:
        """A surname alone never links across articles: "Lai" is the article's own Lai
        (the one person there of that surname), else an entity of its own in
        this article where the word is part of some person's name in the ledger, else a
        mononym ("Madonna"), one entity wherever it is written."""
        here = self.article_people.get(word, set())
        if len(here) == 1:
            return Link(next(iter(here)), "surname", 0.9, f"article:{word}")
        if here or self.index.find(f"PERSON|part:{word}"):
            key = f"PERSON|bare:{self.article_id}:{word}"  # this article's "Kim", no other's
        elif found is not None:
            return Link(found, "exact", 1.0, f"PERSON|full:{word}")
        else:
            key = f"PERSON|full:{word}"
        found = self.index.best(key)
        if found is not None:
            return Link(found, "exact", 1.0, key)
        canonical_id = self.new(name, "PERSON")
        self.add_key(key, canonical_id, "full")
        return Link(canonical_id, "new", 1.0, key)

    def _person_keys(self, canonical_id: int, full_key: str, first: str, last: str) -> None:
        for word in full_key.split(":", 1)[1].split():
            if len(word) >= 2:  # a name's parts: "Lee" of "Lee Hsien Loong" is no mononym
                self.add_key(f"PERSON|part:{word}", canonical_id, "part")
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
        town = self._town(name, entity_type)
        if town is not None:
            return town
        geo = geonames_id(name) if len(name) >= 5 else None
        if geo is not None:
            key = f"PLACE|geo:{geo}"
            found = self.index.best(key)
            if found is not None:
                self.add_key(f"PLACE|full:{org_key(name)}", found, "full")
                exact = self.index.names.get(found, "").lower() == name.lower()
                return Link(found, "exact" if exact else "gazetteer", 1.0 if exact else 0.9, key)
            link = self._exact_or_new(f"PLACE|full:{org_key(name)}", name, entity_type)
            self.add_key(key, link.canonical_id, "gazetteer")
            return link
        link = self._exact_or_new(f"PLACE|full:{org_key(name)}", name, entity_type)
        if entity_type == "GPE" and org_key(name).endswith(CITY):
            self.add_key(f"PLACE|town:{org_key(name)[: -len(CITY)]}", link.canonical_id, "town")
        return link

    def _town(self, name: str, entity_type: str) -> Link | None:
        """ "Wajima City" and "Wajima" are one town, within one story. Both must be GPE and
        neither a place the KB could mean ("Mexico City" is not Mexico, "New York City" not
        the state)."""
        if entity_type != "GPE":
            return None
        key = org_key(name)
        if key.endswith(CITY) and len(key) > len(CITY) + 2:
            bare = key[: -len(CITY)]
            lookup = f"PLACE|full:{bare}"  # "Wajima City" after "Wajima"
        else:
            bare, lookup = key, f"PLACE|town:{key}"  # "Wajima" after "Wajima City"
        if places.candidates(bare):
            return None  # "New York" may be the state; "Quebec" the province
        found = self.index.best(lookup)
        if found is None or found in self.index.kb or self.index.types.get(found) != "GPE":
            return None
        if not self._shares_story(found):
            return None  # "Manchester City" the club, typed a place, is not Manchester
        return Link(found, "variant", 0.8, f"{lookup} story")

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
            # an article that spells the acronym out ("The Automobile Association (AA)")
            # says which one it is: its initials elsewhere (AirTran Airways) do not
            # and the dictionaries' meaning ("AFP": Agence France-Presse) beats initials
            spelled = self.defined.names or synonyms(name)
            found = self.index.best(acr) if not spelled else None
            if found is not None:
                self.add_key(key, found, "full")
                return Link(found, "acronym", 0.85, acr)
            variant = self.variant(name, entity_type)
            if variant is not None:
                self.add_key(key, variant.canonical_id, "full")
                return variant
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
        variant = self.variant(name, entity_type)
        if variant is not None:
            self.add_key(key, variant.canonical_id, "full")
            return variant
        canonical_id = self.new(name, entity_type)
        self.add_key(key, canonical_id, "full")
        if initials:
            self.add_key(f"ORG|acr:{initials}", canonical_id, "acronym")
        if lead:
            self.add_key(f"ORG|lead:{lead}", canonical_id, "lead")
        return Link(canonical_id, "new", 1.0, key)


# Titles that say nothing of the office: "Mr Lai" may be any Lai, "President Lai" is one.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "former", "late",
              "rev", "reverend", "prof", "professor", "the"}  # fmt: skip


def _office(name: str) -> bool:
    """Whether the title before a surname names an office ("President Biden")."""
    words = fold(name).replace(".", "").split()
    return bool(words) and words[0] not in HONORIFICS


def _order(row: sqlite3.Row) -> tuple[int, int]:
    """Full person names before bare surnames, long organisation names before acronyms, and
    a town's "X City" after the rest of its article (whose names tell the story)."""
    name = row["name"]
    short = len(name.split()) == 1 or is_acronym(name) or fold(name).endswith(CITY)
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
    touched = resolver.touched
    defined = defined_aliases(conn, rows)
    owned = owned_names(conn, rows)  # "the Coast Guard's First District": whose district
    for article_id, entities in by_article.items():
        place_names = [e["name"] for e in entities if e["type"] in PLACE_TYPES]
        context = places.context_countries(place_names)
        text = _article_text(conn, article_id) if _needs_text(place_names) else ""
        resolver.article_canonicals = set()
        resolver.article_id, resolver.article_people = article_id, defaultdict(set)
        for entity in sorted(entities, key=_order):
            given = defined.get(entity["id"]) or Defined()
            name, kind = entity["name"], entity["type"]
            if entity["id"] in owned:
                name, kind = owned[entity["id"]], "ORG"
            link = resolver.link(name, kind, context, text, given)
            if link.method in NAME_METHODS:
                resolver.teach(link.canonical_id, name, kind, given)
            conn.execute(
                """INSERT OR REPLACE INTO entity_links(entity_id, canonical_id, method, score, evidence)
                   VALUES (?, ?, ?, ?, ?)""",
                (entity["id"], link.canonical_id, link.method, link.score, link.evidence),
            )
            resolver.article_canonicals.add(link.canonical_id)
            if entity["type"] == "PERSON":  # the article's people by surname ("Lai Ching-te")
                _, first, last = person_parts(entity["name"])
                if first:
                    resolver.article_people[last].add(link.canonical_id)
            if link.canonical_id not in touched:
                touched.add(link.canonical_id)
            if link.method != "surname":
                resolver.index.weight[link.canonical_id] += 1
            counts[link.method] += 1
    _refresh(conn, touched)
    found = story_names.find_unmarked(conn, resolver.index, list(by_article))
    if found:  # "national fire agency" where another report wrote the National Fire Agency
        _refresh(conn, set(story_names.store(conn, resolver.index, found)))
        counts["text"] += len(found)
    upto = conn.execute("SELECT max(id) FROM entities").fetchone()[0]
    set_mark(conn, WATERMARK, max(upto or 0, max(row["id"] for row in rows)))
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
