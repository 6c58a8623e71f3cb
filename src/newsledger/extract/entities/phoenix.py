"""Types and actor codes from the Phoenix / PETRARCH2 dictionaries (compiled by
scripts/build_phoenix.py into phoenix_actors.tsv.gz beside this module; MIT, see
PHOENIX_LICENSE.txt).

The small model often types a person's name as an organisation or a place ("Bozize" ORG)
and a party or an armed group as a person. The dictionaries name some 20,000 people and
9,000 organisations of every country, so a name found there gets the dictionary's kind,
unless the document itself says otherwise: a title or an honorific before the name, or an
apposition ("X, the company") after it. One dict lookup per mention.
"""

from __future__ import annotations

import gzip
import re
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from newsledger.extract.common import ascii_form
from newsledger.extract.entities.gazetteer import place

TABLE = "phoenix_actors.tsv.gz"
SURNAMES = "phoenix_surnames.txt"
# Nouns in apposition that say what a name is: "Kpler, a data firm"; "Ebrard, the minister".
PERSON_HEADS = frozenset(
    "minister president leader chief executive director official spokesman spokeswoman "
    "spokesperson founder chairman chairwoman senator governor mayor lawmaker candidate "
    "secretary ambassador envoy commander general head son daughter wife husband brother "
    "sister father mother analyst economist professor lawyer judge journalist activist "
    "businessman businesswoman singer actor actress player coach author writer officer "
    "negotiator adviser advisor aide deputy commissioner prosecutor attorney researcher "
    "scientist doctor witness teacher chancellor premier legislator congressman "
    "congresswoman councillor councilor manager diplomat mediator superintendent inspector "
    "sergeant constable detective captain colonel lieutenant sheriff magistrate coroner "
    "owner engineer nurse surgeon pilot farmer villager survivor resident expert specialist "
    "consultant historian academic lecturer student physician photographer artist musician "
    "campaigner protester victim patient veteran correspondent reporter editor columnist "
    "commentator strategist pollster lobbyist investor entrepreneur banker trader chef "
    "designer architect priest bishop cleric imam rabbi monk athlete goalkeeper boxer "
    "cyclist co-founder cofounder administrator organizer organiser employee "
    "representative chairperson councilwoman".split()
)
NON_PERSON_HEADS = frozenset(
    "company firm group party movement organisation organization agency bank militia "
    "network union council committee association institute university newspaper "
    "broadcaster town city village region province district country airline carrier "
    "maker manufacturer producer operator provider retailer brand band parliament assembly "
    "legislature senate congress court ministry government army military department "
    "office authority regulator watchdog commission board daily tabloid weekly magazine "
    "channel outlet".split()
)
# What a dictionary kind may overrule: the NER's types that the kind contradicts.
OVERRULES = {
    "PERSON": frozenset(["ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"]),
    "ORG": frozenset(["PERSON", "PRODUCT", "WORK_OF_ART"]),
    "GPE": frozenset(["PERSON"]),
    "NORP": frozenset(["PERSON", "ORG", "PRODUCT", "WORK_OF_ART"]),  # "Islam" (ORG)
    "EVENT": frozenset(["PERSON", "ORG", "GPE", "NORP", "PRODUCT"]),
    "LAW": frozenset(["PERSON", "ORG", "GPE", "NORP", "PRODUCT"]),
}


def normalise(name: str) -> str:
    """The lookup key (the build script's): accents, case, dots, apostrophes, hyphens and
    underscores folded, so "Frank-Walter Steinmeier" finds FRANK_WALTER_STEINMEIER_."""
    text = re.sub(r"[.'’]", "", ascii_form(name).upper())
    return " ".join(re.split(r"[\s_\-]+", text)).strip()


@lru_cache(maxsize=1)
def actors() -> dict[str, tuple[str, str]]:
    """key -> (kind, codes), read once per process."""
    raw = resources.files("newsledger.extract.entities").joinpath(TABLE).read_bytes()
    table: dict[str, tuple[str, str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        key, kind, codes = line.split("\t")
        table[key] = (kind, codes)
    return table


def actor_kind(name: str) -> str | None:
    """PERSON, ORG or GPE for a name the dictionaries list, else None."""
    found = actors().get(normalise(name))
    return found[0] if found else None


def actor_codes(name: str, on: date | None = None) -> list[str]:
    """The CAMEO codes of a listed actor valid on a day ("Joe Biden" in 2005: USAELI; after
    2009-01-20: USAGOV too). Without a day, every code listed."""
    found = actors().get(normalise(name))
    if not found or not found[1]:
        return []
    day = on.strftime("%Y%m%d") if on else None
    valid = []
    for item in found[1].split(";"):
        code, start, end = item.split(":")
        if day is None or ((not start or start <= day) and (not end or day <= end)):
            valid.append(code)
    return list(dict.fromkeys(valid))


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Well-known names that are no person ("Brexit" EVENT): known_names.tsv beside this."""
    text = resources.files("newsledger.extract.entities").joinpath("known_names.tsv")
    table = {}
    for line in text.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, kind = line.split("\t")
            table[name.strip()] = kind.strip()
    return table


@lru_cache(maxsize=1)
def lone_surnames() -> frozenset[str]:
    """Keys of people the dictionaries list by surname alone ("PUTIN", "MADURO"):
    phoenix_surnames.txt beside this module."""
    text = resources.files("newsledger.extract.entities").joinpath(SURNAMES)
    return frozenset(
        line.strip() for line in text.read_text("utf-8").splitlines() if line[:1].isalpha()
    )


def listed_kind(name: str) -> str | None:
    """The type the shipped lists give a name: the well-known names first, then Phoenix; a
    surname the dictionaries know alone is a person's unless it is a place ("Maduro said" is
    no company, whatever the model read)."""
    kind = known_names().get(name) or actor_kind(name)
    if kind is None and " " not in name and normalise(name) in lone_surnames():
        return None if place(name) is not None else "PERSON"
    return kind


def dictionary_label(doc: Doc, start: int, end: int, label: str, titled: bool) -> str:
    """The type the shipped name lists give this mention, where the document does not say
    otherwise (`titled`: a title or an honorific stands before it); else the NER's label."""
    text = re.sub(r"^the\s+", "", doc[start:end].text, flags=re.I)
    kind = listed_kind(text)
    if kind is None or kind == label or label not in OVERRULES.get(kind, frozenset()):
        return label
    if kind == "PERSON" and _a_country_or_state(text):
        return label  # the lists code "Bosnia and Herzegovina" by date, like a person
    said = "PERSON" if titled else document_says(doc, start, end)
    if said == "PERSON" and kind != "PERSON":
        return label
    if said == "OTHER" and kind == "PERSON":
        return label
    return kind


def _a_country_or_state(name: str) -> bool:
    found = place(name)
    return found is not None and found.kind in ("country", "state")


def document_says(doc: Doc, start: int, end: int) -> str | None:
    """ "PERSON" when a person noun is in apposition ("X, a former minister"; "the minister,
    X") or said of it ("X is a lawyer"); "OTHER" for an institution noun ("X, the data
    company"; "the rail operator, X"; "X is a super intelligence company");
    None when the document is silent."""
    root = doc[start:end].root
    apposed = [child for child in root.children if child.dep_ == "appos" and child.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        apposed.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "SpaceX is a ... company"
        apposed += [c for c in root.head.children if c.dep_ == "attr" and c.i >= end]
    for noun in apposed:
        if noun.lemma_.lower() in PERSON_HEADS or any(
            c.lemma_.lower() in PERSON_HEADS
            and (
                c.dep_ == "nmod" or (c.dep_ == "poss" and any(g.dep_ == "prep" for g in c.children))
            )
            for c in noun.children
        ):  # "X, the Police Superintendent of Y district": the parser heads it "district";
            # "X, General Secretary of BEST's workers union": it heads it "union"
            return "PERSON"
        # "the chief negotiator for MILF, Mohaqher Iqbal", "the chief economist at X
        # Research Institute, Y": the parser hangs the name on the organisation; the role
        # noun the organisation depends on says what it is, whatever the organisation is.
        if (
            noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.i < start
            and noun.head.head.lemma_.lower() in PERSON_HEADS
        ):
            return "PERSON"
        if noun.lemma_.lower() in NON_PERSON_HEADS and not _named_between(doc, end, noun.i):
            return "OTHER"
    return None


def _named_between(doc: Doc, end: int, at: int) -> bool:
    """ "Robert Klein of Safeguard, a property management firm": a name between the mention
    and the apposed noun is what the noun describes, whatever the parser hung it on."""
    return any(t.dep_ == "pobj" and t.pos_ == "PROPN" for t in doc[end:at])
