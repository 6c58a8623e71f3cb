"""One entity for one organisation or place named several ways in an article.

A reader takes "the Centers for Disease Control and Prevention (CDC)", "the CDC" and
"CDC" as one body, "Cisco Systems" and "Cisco" as one company, and "the European
Commission" and "the Commission" as one institution. Each rule needs the article itself to
give the long form, and links only when exactly one long form fits: an acronym with two
possible expansions stays on its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.common import COMPANY_SUFFIXES, word_before
from newsledger.extract.entities.acronyms import bare, initials, is_acronym_of
from newsledger.extract.entities.cluster import Cluster, absorb
from newsledger.extract.entities.gazetteer import CHAMBERS, country_code, place
from newsledger.extract.entities.variants import join_country_variants

ORG_LIKE = frozenset(["ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "PERSON"])
# A short form is only linked to a long one of a compatible type.
LONG_TYPES = frozenset(["ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"])
# "EU", "U.N.", "AT&T", and the mixed forms some bodies use: "TfL", "DfT", "BoE".
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$|^[A-Z][A-Z&]{1,6}$|^[A-Z](?:[a-z]?[A-Z]){1,5}$")


def merge_aliases(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Link acronyms and short forms to their long forms; the long form gives the type."""
    _same_name_any_type(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    join_country_variants(doc, clusters, _link)
    clusters = [c for c in clusters if c.mentions]
    _adjacent_acronyms(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    _acronyms_anywhere(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    _person_initials(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    _short_forms(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    _compass_short_forms(doc, clusters)
    return [c for c in clusters if c.mentions]


# Types under which the small model may give one name of a thing in one article: "Andhra
# Pradesh" as a place, an organisation and a work of art in three sentences.
RETYPED = frozenset(["ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"])


def _same_name_any_type(doc: Doc, clusters: list[Cluster]) -> None:
    """One name, one thing: clusters of the same name under different types join the one
    with the most mentions, and the type most of its mentions carry is the entity's."""
    by_name: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        forms = _forms(doc, cluster)
        if cluster.label in RETYPED and len(forms) == 1:
            by_name.setdefault(next(iter(forms)).lower(), []).append(cluster)
    for same in by_name.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda c: (-len(c.mentions), c.first()))
        for other in same[1:]:
            absorb(same[0], other, "name")


def _forms(doc: Doc, cluster: Cluster) -> set[str]:
    return {bare(doc[m.start : m.end].text) for m in cluster.mentions if not m.nominal}


def _adjacent_acronyms(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Army Tactical Missile Systems, or ATACMS", "the Centers for Disease Control and
    Prevention (CDC)": an acronym right after its long form."""
    by_start = {m.start: c for c in clusters for m in c.mentions}
    for cluster in clusters:
        for mention in list(cluster.mentions):
            nxt = mention.end
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1  # "Transport for London  (TfL)"
            if nxt + 1 < len(doc) and doc[nxt].text in (",", "("):
                j = nxt + 1
                if j < len(doc) and doc[j].lower_ == "or":
                    j += 1
                other = by_start.get(j)
                if (
                    other is not None
                    and other is not cluster
                    and is_acronym_of(doc[j].text, doc[mention.start : mention.end].text)
                ):
                    _link(cluster, other, by_start)


def _link(long: Cluster, short: Cluster, by_start: dict[int, Cluster] | None = None) -> None:
    """The long form names the thing, so its type is the entity's type."""
    label = long.labels.most_common(1)[0][0] if long.labels else long.label
    absorb(long, short, "alias", by_start)
    long.labels[label] += len(long.mentions)  # the short form's votes do not outvote it


def _acronyms_anywhere(doc: Doc, clusters: list[Cluster]) -> None:
    """ "European Union" ... "the EU": an acronym whose letters are exactly the initials of
    one long form in the article, wherever the two stand."""
    longs: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.label not in LONG_TYPES:
            continue
        for form in {f for whole in _forms(doc, cluster) for f in _with_and_without_country(whole)}:
            letters = initials(form)
            if len(letters) >= 2 and len(form.split()) >= 2:
                found = longs.setdefault(letters, [])
                if cluster not in found:
                    found.append(cluster)
    for cluster in clusters:
        forms = _forms(doc, cluster)
        if cluster.label not in ORG_LIKE or not forms or not cluster.mentions:
            continue
        if not all(ACRONYM.match(f) for f in forms):
            continue
        if all(_after_a_name(doc, m.start) for m in cluster.named()):
            continue  # "Fulham F.C.": part of another name, not an acronym standing alone
        # (one mention standing alone shows it is one: "Bush EPA nominee", then "The EPA said")
        keys = {f.replace(".", "").replace("&", "") for f in forms}  # "P&G" of "Procter & Gamble"
        targets = {id(c): c for k in keys for c in longs.get(k, []) if c is not cluster}
        if not targets and any(k != k.upper() for k in keys):  # "TfL": letters not all initials
            targets = {
                id(c): c
                for found in longs.values()
                for c in found
                if c is not cluster
                and any(is_acronym_of(k, form) for k in keys for form in _forms(doc, c))
            }
        if len(targets) == 1:
            _link(next(iter(targets.values())), cluster)


def _person_initials(doc: Doc, clusters: list[Cluster]) -> None:
    """ "KCR" after "K Chandrasekhar Rao", "JFK" after "John F. Kennedy": a capitalised
    short form whose letters are the initials of every word of one person's full name."""
    people: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.label != "PERSON":
            continue
        for form in _forms(doc, cluster):
            words = re.findall(r"[A-Za-z][A-Za-z'’-]*", form)
            if 3 <= len(words) <= 4:
                found = people.setdefault("".join(w[0].upper() for w in words), [])
                if cluster not in found:
                    found.append(cluster)
    for cluster in clusters:
        forms = _forms(doc, cluster)
        if cluster.label not in ("PERSON", "ORG") or not forms:
            continue
        if all(re.fullmatch(r"[A-Z]{3,4}", f) for f in forms):
            bearers = [c for f in forms for c in people.get(f, []) if c is not cluster]
            if len({id(c) for c in bearers}) == 1:
                absorb(bearers[0], cluster, "alias")


def _with_and_without_country(form: str) -> list[str]:
    """The form, and without a leading country ("U.S. Securities and Exchange Commission" is
    the SEC's long form too)."""
    words = form.split()
    if len(words) > 2 and country_code(words[0]):
        return [form, " ".join(words[1:])]
    return [form]


def _short_forms(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Cisco" for "Cisco Systems" (a leading part), "the Commission" for "the European
    Commission" (the head noun, with its article): the one long form in the article that
    the short form begins or ends."""
    longs = [
        (form.split(), cluster)
        for cluster in clusters
        if cluster.label == "ORG"
        for form in _forms(doc, cluster)
        if len(form.split()) >= 2
    ]
    for cluster in clusters:
        if not cluster.mentions or cluster.label not in ("ORG", "GPE", "LOC", "PERSON", "PRODUCT"):
            continue
        named = cluster.named()
        forms = _forms(doc, cluster)
        if len(forms) != 1:
            continue
        words = next(iter(forms)).split()
        if (
            ACRONYM.match(words[0])
            or len(words) > 2
            or not words[0][:1].isupper()
            or is_a_place(" ".join(words))
        ):
            continue
        with_article = any(doc[m.start].lower_ == "the" for m in named) or any(
            m.start > 0 and doc[m.start - 1].lower_ == "the" for m in named
        )
        targets = {}
        for long_words, long in longs:
            if long is cluster or len(long_words) <= len(words):
                continue
            leading = (
                long_words[: len(words)] == words
                and not cluster.titles
                and _the_same_body(long_words[len(words) :], long, cluster)
            )
            head = (
                long_words[-len(words) :] == words
                and with_article
                and cluster.label == "ORG"
                and " ".join(words).lower() not in CHAMBERS  # "the House" is no "White House"
            )
            if leading or head:
                targets[id(long)] = long
        if len(targets) == 1:
            _link(next(iter(targets.values())), cluster)


COMPASS = frozenset({"north", "south", "east", "west"})


def _compass_short_forms(doc: Doc, clusters: list[Cluster]) -> None:
    """ "the North" for North Korea, "the South" for South Sudan: the one country of the
    article whose name the compass word begins."""
    for cluster in clusters:
        forms = _forms(doc, cluster)
        if len(forms) != 1 or next(iter(forms)).lower() not in COMPASS:
            continue
        word = next(iter(forms)).lower()
        if not all(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in cluster.named()):
            continue
        countries = [
            other
            for other in clusters
            if other is not cluster
            and other.label == "GPE"
            and any(
                f.lower().startswith(word + " ") and country_code(f) for f in _forms(doc, other)
            )
        ]
        if len(countries) == 1:
            _link(countries[0], cluster)


# Last words of a company's full name that its short name drops ("Cisco Systems", "Toyota
# Motor Corp"); other trailing words name a part or a product of it ("Microsoft Passport
# Network", "Google Maps").
COMPANY_TAILS = COMPANY_SUFFIXES | frozenset(
    "corporation company incorporated limited group systems technologies technology motor "
    "motors airlines airways industries communications international enterprises".split()
)


def _the_same_body(rest: list[str], long: Cluster, short: Cluster) -> bool:
    """Whether a short name that begins a longer one is that body: the article gave the full
    name first and shortened it after, or all the short name drops is the company's tail.
    A region's name only so ("Southwest" for "Southwest Airlines"; "the Gulf" is no "Gulf
    Air")."""
    if long.mentions and long.first() < short.first() and short.label != "LOC":
        return True
    return all(w.lower() in COMPANY_TAILS for w in rest)


def _after_a_name(doc: Doc, start: int) -> bool:
    before = word_before(doc, start)
    if before is not None and before.text == ",":
        place_before = word_before(doc, before.i)  # "Washington, D.C.": the place's district
        return place_before is not None and place_before.ent_type_ in ("GPE", "LOC")
    if before is None or before.ent_type_ in ("DATE", "TIME"):
        return False  # "On Friday TfL said": a day, not the first half of a name
    return before.text[:1].isupper() and before.tag_ == "NNP"


def is_a_place(text: str) -> bool:
    """A country or a sizeable place is its own entity ("China", not "China Mobile")."""
    if country_code(text):
        return True
    found = place(text)
    return found is not None and (found.kind != "city" or found.population >= 100_000)
