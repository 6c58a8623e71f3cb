"""The links one name's variants make (see `variants`, `aliases`, `synonyms`): tried by
`entities.Resolver` before it makes a new canonical entity, and taught after each link.

Keys, all in `canonical_names`: ``ANY|norm:`` the normalised name (any type), ``ANY|skel:``
its spelling outline, ``ANY|acr:`` acronyms from initials, ``ANY|def:`` acronyms an article
spelled out, ``ANY|short:`` an entity known by its acronym alone, ``ANY|geo:`` a GeoNames city,
``ANY|glued:`` the name's words written together, ``ANY|bag:`` a long name's words in
alphabetical order, ``ANY|noyear:`` the name a leading year was cut from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from newsledger.analysis import places
from newsledger.analysis.aliases import Defined
from newsledger.analysis.name_index import Link, NameIndex, absorb, type_group
from newsledger.analysis.synonyms import synonyms
from newsledger.analysis.variants import (
    acronym_of,
    acronyms,
    bag_key,
    broad_kind,
    crosses_types,
    geonames_id,
    glued_key,
    norm_key,
    skeleton,
    spelling_agrees,
    without_year,
)

# Named entities (not KB places) two articles share to be one story for a short name.
STORY_SHARED = 2


class VariantLinks:
    """The variant half of the resolver, with the key and name writers both halves use;
    `entities.Resolver` gives it the connection, the index and what it knows of the
    article at hand."""

    conn: sqlite3.Connection
    index: NameIndex
    defined: Defined
    article_canonicals: set[int]
    touched: set[int]

    def add_key(self, key: str, canonical_id: int, kind: str) -> None:
        if canonical_id in self.index.keys.get(key, []):
            return
        self.index.keys[key].append(canonical_id)
        self.conn.execute(
            "INSERT OR IGNORE INTO canonical_names(key, canonical_id, kind) VALUES (?, ?, ?)",
            (key, canonical_id, kind),
        )

    def rename(self, canonical_id: int, name: str) -> None:
        """A fuller name arrived for a canonical first seen under a short one."""
        self.index.names[canonical_id] = name
        self.conn.execute(
            "UPDATE canonical_entities SET name = ? WHERE id = ?", (name, canonical_id)
        )

    def variant(self, name: str, entity_type: str) -> Link | None:
        """A canonical entity this name is a variant of (see `variants`), before a new one
        is made: the normalised name, another name the article gave it (`self.defined`,
        see `aliases`), an acronym either way, a spelling variant."""
        norm = norm_key(name, entity_type)
        group = type_group(entity_type)
        if norm:
            crossing = crosses_types(name, entity_type)
            found = self.index.best(f"ANY|norm:{norm}")
            same = [c for c in self.index.find(f"ANY|norm:{norm}")
                    if type_group(self.index.types.get(c, "")) == group]  # fmt: skip
            if same:
                found = max(same, key=lambda c: self.index.weight[c])
                return Link(found, "variant", 0.9, f"ANY|norm:{norm}")
            if found is not None and crossing:
                return Link(found, "cross-type", 0.85, f"ANY|norm:{norm}")
            if (  # "Dali", the ship: never a person's name, and only within one story
                found is not None
                and "PERSON" not in (entity_type, self.index.types.get(found))
                and self._shares_story(found)
            ):
                return Link(found, "cross-type", 0.8, f"ANY|norm:{norm} story")
        reordered = self._reordered_or_dated(name, entity_type, norm)
        if reordered is not None:
            return reordered
        glued = glued_key(name, entity_type)
        if glued:  # "Ocean Gate" after "OceanGate"
            same = [c for c in self.index.find(f"ANY|glued:{glued}")
                    if type_group(self.index.types.get(c, "")) == group]  # fmt: skip
            if same:
                found = max(same, key=lambda c: self.index.weight[c])
                return Link(found, "variant", 0.85, f"ANY|glued:{glued}")
        geo = geonames_id(name) if entity_type != "PERSON" and len(name) >= 5 else None
        if geo is not None:  # "Marrakech" ORG after "Marrakesh" GPE: one city to GeoNames
            found = self.index.best(f"ANY|geo:{geo}")
            if found is not None and type_group(self.index.types.get(found, "")) == group:
                return Link(found, "gazetteer", 0.9, f"ANY|geo:{geo}")
            if (
                found is not None
                and self.index.types.get(found) != "PERSON"
                and (crosses_types(name, entity_type) or self._shares_story(found))
            ):
                return Link(found, "cross-type", 0.8, f"ANY|geo:{geo}")
        for other, other_type in sorted(self.defined.names):  # "Kuomintang (Chinese Nat...)"
            found = self.index.best(f"ANY|norm:{norm_key(other, other_type)}")
            if found is not None:
                return Link(found, "alias", 0.85, f"ANY|norm:{norm_key(other, other_type)}")
        for letters in sorted(self.defined.acronyms):  # "Chinese Nationalist Party, also
            found = self.index.best(f"ANY|def:{letters}")  # known as" another's "KMT"
            if found is not None:
                return Link(found, "alias", 0.85, f"ANY|def:{letters}")
        short = acronym_of(name) if entity_type != "PERSON" else ""
        if short:  # "USGS" after "US Geological Survey"; "KMT" after "Kuomintang (KMT)"
            for key in (f"ANY|def:{short}", f"ANY|acr:{short}"):
                found = self.index.best(key)
                if found is not None:
                    return Link(found, "acronym", 0.85, key)
        for letters in sorted(acronyms(name, entity_type) | self.defined.acronyms):
            # "United States Geological Survey" after "USGS" alone
            for found in self.index.find(f"ANY|short:{letters}"):
                if acronym_of(self.index.names.get(found, "")) == letters:
                    self.rename(found, name)
                    return Link(found, "acronym", 0.85, f"ANY|short:{letters}")
        if entity_type != "PERSON":
            for other in sorted(synonyms(name)):  # the Phoenix dictionaries: "IDF" = ...
                kind, _, text = other.partition(":")
                key = f"ANY|{'short' if kind == 'acr' else 'norm'}:{text}"
                found = self.index.best(key)
                if found is not None and kind == "acr":  # only one known by it alone
                    bare = self.index.names.get(found, "").replace(".", "")
                    found = found if bare.lower() == text and bare.isupper() else None
                    if found is not None:
                        self.rename(found, name)
                if found is not None:
                    return Link(found, "dictionary", 0.85, key)
        return self._spelling(name, entity_type)

    def _reordered_or_dated(self, name: str, entity_type: str, norm: str) -> Link | None:
        """A long name in another word order ("Coast Guard First District" after "First
        Coast Guard District"), of any kind but a person's; a name with and without a
        leading year ("2024 Noto Peninsula Earthquake"), only within one story: "2020
        Summer Olympics" and "Summer Olympics" of another story are other games."""
        bag = bag_key(name, entity_type)
        if bag:
            found = [c for c in self.index.find(f"ANY|bag:{bag}")
                     if self.index.types.get(c) != "PERSON"]  # fmt: skip
            if found:
                best = max(found, key=lambda c: self.index.weight[c])
                return Link(best, "variant", 0.8, f"ANY|bag:{bag}")
        if entity_type == "PERSON":
            return None
        rest = norm_key(without_year(name), entity_type)
        key = f"ANY|norm:{rest}" if rest else f"ANY|noyear:{norm}" if norm else ""
        for found in self.index.find(key) if key else ():
            if self.index.types.get(found) != "PERSON" and self._shares_story(found):
                return Link(found, "variant", 0.8, f"{key} story")
        return None

    def _shares_story(self, canonical_id: int) -> bool:
        """Whether the articles that name the canonical entity share STORY_SHARED named
        entities with the article at hand (places the ISO KB resolves are too common to
        count): one story, where a short name of another type ("Dali" ORG, "Dali" PRODUCT)
        is the same thing."""
        here = {c for c in self.article_canonicals if c not in self.index.kb}
        if len(here) < STORY_SHARED:
            return False
        there = {
            row[0]
            for row in self.conn.execute(
                """SELECT DISTINCT l2.canonical_id FROM entity_links l
                   JOIN entities e ON e.id = l.entity_id
                   JOIN entities e2 ON e2.article_id = e.article_id
                   JOIN entity_links l2 ON l2.entity_id = e2.id
                   WHERE l.canonical_id = ?""",
                (canonical_id,),
            )
        }
        return len((here & there) - {canonical_id}) >= STORY_SHARED

    def _spelling(self, name: str, entity_type: str) -> Link | None:
        outline = skeleton(name, entity_type)
        if not outline or places.candidates(name):
            return None
        kind, geo = broad_kind(entity_type), geonames_id(name)
        agreeing = [
            c for c in self.index.find(f"ANY|skel:{outline}")
            if c not in self.index.kb
            and broad_kind(self.index.types.get(c, "")) == kind
            and spelling_agrees(name, self.index.names.get(c, ""), entity_type)
            and geonames_id(self.index.names.get(c, "")) in (None, geo)
        ]  # fmt: skip
        if not agreeing:
            return None
        found = max(agreeing, key=lambda c: self.index.weight[c])
        return Link(found, "spelling", 0.8, f"ANY|skel:{outline}")

    def teach(self, canonical_id: int, name: str, entity_type: str, defined: Defined) -> None:
        """The variant keys of a name a canonical entity goes by, and the other names and
        acronyms the article gave it ("Kuomintang (KMT)")."""
        norm = norm_key(name, entity_type)
        if norm:
            self.add_key(f"ANY|norm:{norm}", canonical_id, "variant")
        glued = glued_key(name, entity_type)
        if glued:
            self.add_key(f"ANY|glued:{glued}", canonical_id, "variant")
        bag = bag_key(name, entity_type)
        if bag:
            self.add_key(f"ANY|bag:{bag}", canonical_id, "variant")
        rest = norm_key(without_year(name), entity_type) if entity_type != "PERSON" else ""
        if rest:
            self.add_key(f"ANY|noyear:{rest}", canonical_id, "variant")
        if canonical_id not in self.index.kb:
            outline = skeleton(name, entity_type)
            if outline:
                self.add_key(f"ANY|skel:{outline}", canonical_id, "spelling")
        geo = geonames_id(name) if entity_type != "PERSON" and len(name) >= 5 else None
        if geo is not None and canonical_id not in self.index.kb:
            self.add_key(f"ANY|geo:{geo}", canonical_id, "gazetteer")
        short = acronym_of(name) if entity_type != "PERSON" else ""
        if short:  # known so far by its acronym alone: the full name may come later
            self.add_key(f"ANY|short:{short}", canonical_id, "acronym")
        for letters in acronyms(name, entity_type):
            self.add_key(f"ANY|acr:{letters}", canonical_id, "acronym")
        for letters in defined.acronyms:
            self.add_key(f"ANY|def:{letters}", canonical_id, "defined")
            self._absorb(
                f"ANY|short:{letters}", canonical_id, lambda n, x=letters: acronym_of(n) == x
            )
        for other, other_type in defined.names:
            key = norm_key(other, other_type)
            self.add_key(f"ANY|norm:{key}", canonical_id, "alias")
            self._absorb(
                f"ANY|norm:{key}", canonical_id, lambda n, k=key, t=other_type: norm_key(n, t) == k
            )

    def _absorb(self, key: str, canonical_id: int, named: Callable[[str], bool]) -> None:
        """An article just said two names are one ("the Kuomintang (KMT)"): a canonical
        entity known only by the other name, in the same story, is this one."""
        for other in list(self.index.find(key)):
            if (
                other != canonical_id
                and other not in self.index.kb
                and named(self.index.names.get(other, ""))
                and self._shares_story(other)
            ):
                absorb(self.conn, self.index, other, canonical_id)
                self.touched.discard(other)
                self.touched.add(canonical_id)
                self.article_canonicals.discard(other)
