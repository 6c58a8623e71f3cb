"""Entities: every named thing in the article, each with one canonical name and all
its mentions ("President Biden", "Mr. Biden", "the president", "he").

In-article coreference is rule-based and conservative: names by surname and alias,
countries by ISO code, role nouns ("the president", "Ukraine's president") by the
titles the article itself gives people, and pronouns only where one antecedent is clear.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from newsledger import places
from newsledger.extract.common import word_before
from newsledger.extract.entities.agents import find_agents
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.dateline import dateline_mentions
from newsledger.extract.entities.descriptions import description_mentions
from newsledger.extract.entities.gazetteer import (
    country_code,
    country_name,
    place,
    puts_in_a_place,
)
from newsledger.extract.entities.gender import (
    HONORIFIC_GENDER,
    first_name_gender,
)
from newsledger.extract.entities.headline_bodies import headline_forms
from newsledger.extract.entities.linking import is_a_place as _is_a_place
from newsledger.extract.entities.linking import merge_aliases
from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.namesakes import (
    SURNAME_PARTICLES,
    full_name_cluster,
    given_name_of,
    name_words,
    plain_lower,
    surname_antecedent,
    surname_key,
)
from newsledger.extract.entities.person_cues import BIG_CITY, shows_a_person
from newsledger.extract.entities.phoenix import document_says
from newsledger.extract.entities.pronouns import add_pronoun_mentions
from newsledger.extract.entities.refind import glued_to_name, unmarked_names, unmarked_surnames
from newsledger.extract.entities.roles import add_role_mentions, qualifier_after
from newsledger.extract.entities.systems import system_matcher
from newsledger.extract.entities.types import (
    CAPITAL_TITLES,
    PERSON_TITLES,
    TITLE_WORDS,
    candidate_mentions,
)
from newsledger.extract.extensions import register_extensions
from newsledger.records import Entity, Span

# Built once: these are checked for every token near every person mention.
TITLE_PARTS = TITLE_WORDS | {"-", "elect", "vice", "prime", "chief", "foreign", "defense", "state"}
LEADING_TITLE_WORDS = PERSON_TITLES | {"the"}
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
TRAILING_NAME_WORDS = NAME_SUFFIXES | {","}
# Types the small model gives a lone surname ("Chambers" ORG, "Skelos" GPE).
SURNAME_MISTYPES = frozenset(["ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"])
NUMERIC_TYPES = frozenset(["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"])


@Language.factory(
    "newsledger_entities",
    requires=[
        "doc._.regions",
        "token._.furniture",
        "doc.ents",
        "doc.sents",
        "token.is_sent_start",
        "token.tag",
        "token.dep",
        "token.ent_type",
    ],
    assigns=[
        "doc._.nl_entities",
        "doc._.nl_mentions",
        "doc._.nl_agents",
        "doc._.nl_agent_mentions",
        "doc.ents",
    ],
)
def make_entities(nlp: Language, name: str) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp)


class EntityResolver:
    """Corrects entity types, then groups mentions into entities."""

    def __init__(self, nlp: Language) -> None:
        self.systems = system_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        headline = _headline_tokens(doc)
        datelines = dateline_mentions(doc)
        mentions = candidate_mentions(doc, headline, self.systems)
        _same_place_as_dateline(doc, mentions, datelines)
        mentions = sorted(mentions + datelines, key=lambda m: m.start)
        clusters = _cluster(doc, mentions)
        _add_headline_mentions(doc, headline, clusters)
        _add_unmarked_surnames(doc, clusters)
        add_role_mentions(doc, clusters)
        for mention, cluster in description_mentions(doc, clusters):
            cluster.add_nominal(mention, "description")
        add_pronoun_mentions(doc, clusters)
        entities, index = _to_entities(doc, clusters)
        doc._.nl_entities = entities
        doc._.nl_mentions = index
        _set_doc_ents(doc, clusters)
        doc._.nl_agents, doc._.nl_agent_mentions = find_agents(doc, len(entities) + 1)
        return doc


def _same_place_as_dateline(doc: Doc, mentions: list[Mention], datelines: list[Mention]) -> None:
    """The article's own dateline says what "Bangui" is, whatever the NER made of it."""
    places = {doc[m.start : m.end].text.lower(): m.label for m in datelines}
    for mention in mentions:
        label = places.get(doc[mention.start : mention.end].text.lower())
        if label is not None:
            mention.label = label


def entities_from_doc(doc: Doc) -> list[Entity]:
    """The entity records this component left on the doc."""
    return list(doc._.nl_entities or []) + list(doc._.nl_agents or [])


def _headline_tokens(doc: Doc) -> set[int]:
    regions = [r for r in doc._.regions or [] if r.kind == "headline"]
    tokens: set[int] = set()
    for region in regions:
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _name_bounds(doc: Doc, mention: Mention) -> tuple[int, int]:
    """The tokens of a person's name without a leading title or a trailing "Jr." or comma."""
    start, end = mention.start, mention.end
    while start < end and (
        doc[start].lower_ in LEADING_TITLE_WORDS or doc[start].text in CAPITAL_TITLES
    ):
        start += 1
    while end > start and doc[end - 1].lower_ in TRAILING_NAME_WORDS:
        end -= 1
    return start, end


def _name(doc: Doc, mention: Mention) -> str:
    """A person's name as written: "Frank-Walter Steinmeier", "O'Neill" keep their characters."""
    start, end = _name_bounds(doc, mention)
    return doc[start:end].text


def _key(doc: Doc, mention: Mention) -> str:
    text = doc[mention.start : mention.end].text
    if mention.label in ("GPE", "LOC"):
        code = country_code(text)
        if code and places.bare_name(text).lower() not in places.own_places():
            return f"country:{code}"  # not "Scotland" or "Gaza": coded GBR, PSE, places apart
    if mention.label == "PERSON":
        return "person:" + plain_lower(_name(doc, mention))
    bare = re.sub(r"^the\s+|['’]s$", "", text, flags=re.I).lower()  # "Moody's" is "Moody"
    if mention.label == "NORP" and bare.endswith("s") and not bare.endswith("ss"):
        bare = bare[:-1]  # "Ukrainians" and "Ukrainian" are one group
    return f"{mention.label.lower()}:{bare}"


def _title_before(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """The title right before a name ("Vice President-elect") and an honorific gender."""
    words: list[str] = []
    word = word_before(doc, start)
    while word is not None and (
        word.lower_.rstrip(".") in TITLE_PARTS or word.text in CAPITAL_TITLES
    ):
        words.insert(0, word.lower_)
        word = word_before(doc, word.i)
    if not words:
        return None, None
    title = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    gender = HONORIFIC_GENDER.get(words[-1].rstrip("."))
    return title, gender


def _cluster(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    """Group named mentions: full names first, then lone surnames onto them (whatever type
    the NER gave a surname: "Chambers" after "John Chambers" is that person)."""
    clusters: dict[str, Cluster] = {}
    people: list[Cluster] = []
    for mention in mentions:
        words = _name(doc, mention).split() if mention.label == "PERSON" else []
        if len(words) > 1:
            cluster = full_name_cluster(people, words)
            if cluster is None:
                cluster = Cluster(
                    _key(doc, mention),
                    "PERSON",
                    gender=first_name_gender(" ".join(words)),
                    surname=surname_key(words[-1]),
                )
                people.append(cluster)
                clusters[cluster.key] = cluster
            _join(doc, cluster, mention, "name")
    surnames = {c.surname for c in people}
    # and the name of a person titled but never named in full ("PM Sanchez", "Mr Osei")
    surnames |= {
        surname_key(_name(doc, m))
        for m in mentions
        if m.label == "PERSON" and len(_name(doc, m).split()) == 1 and _titled(doc, m)
    }
    # and a two-word name's first word, the family name where it comes first ("Ri Yong-ho")
    surnames |= {name_words(c)[0] for c in people if len(name_words(c)) == 2}
    # "Ford" beside "Ford Motor Co." stays ORG, unless it speaks as a person ("Trump said,
    # "I ..."" beside "Trump Tower")
    surnames -= _words_of_names(doc, mentions) - _shown_people(doc, mentions)
    singles: list[Mention] = []
    for mention in mentions:
        if mention.label == "PERSON":
            words = _name(doc, mention).split()
            if len(words) == 1:
                singles.append(mention)
            continue  # full names are placed; a bare title ("President") is no name
        if mention.label in SURNAME_MISTYPES and _is_surname(doc, mention, surnames):
            mention.label = "PERSON"
            singles.append(mention)
            continue
        bearer = _particle_surname_of(doc, mention, people)
        if bearer is not None:  # "Al Arifin" (typed ORG) after "Abdul Al Arifin"
            mention.label = "PERSON"
            _join(doc, bearer, mention, "surname")
            continue
        key = _key(doc, mention)
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = Cluster(key, mention.label)
        _join(doc, cluster, mention, "name")
    for mention in singles:
        word = surname_key(_name(doc, mention))
        _, gender = _title_before(doc, mention.start)
        same = [c for c in people if c.surname == word and c.gender in (None, gender or c.gender)]
        if same:
            _join(doc, surname_antecedent(doc, same, mention.start), mention, "surname")
            continue
        bearer = given_name_of(people, word, mention.start)
        if bearer is not None:
            _join(doc, bearer, mention, "given name")  # "hear Mark talk" after "Mark Meadows"
            continue
        cluster = Cluster(f"person:{word}", "PERSON", surname=word)
        people.append(cluster)
        clusters[cluster.key] = cluster
        _join(doc, cluster, mention, "name")
    merged = merge_aliases(doc, list(clusters.values()))
    for cluster in merged:
        cluster.label = cluster.labels.most_common(1)[0][0]
        if cluster.label == "PERSON":
            for mention in cluster.mentions:
                mention.label = "PERSON"
    return [c for c in merged if c.label != "PERSON" or _plausible_person(doc, c)]


def _shown_people(doc: Doc, mentions: list[Mention]) -> set[str | None]:
    """Surname keys of one-word mentions the words around them show to be people."""
    return {
        surname_key(doc[m.start].text)
        for m in mentions
        if m.end - m.start == 1 and shows_a_person(doc, m.start, m.end)
    }


def _titled(doc: Doc, mention: Mention) -> bool:
    """A title in the mention or right before it: "PM Sanchez", "Senator Osei"."""
    start, _ = _name_bounds(doc, mention)
    return start > mention.start or _title_before(doc, start)[0] is not None


def _particle_surname_of(doc: Doc, mention: Mention, people: list[Cluster]) -> Cluster | None:
    """The one person whose full name ends in this particle and surname ("Al Arifin", "De
    Blasio"), whatever type the NER gave the pair."""
    words = doc[mention.start : mention.end].text.lower().split()
    if mention.label not in SURNAME_MISTYPES or len(words) != 2:
        return None
    if words[0] not in SURNAME_PARTICLES:
        return None
    bearers = [c for c in people if name_words(c)[-2:] == words]
    return bearers[0] if len(bearers) == 1 else None


def _is_surname(doc: Doc, mention: Mention, surnames: set[str | None]) -> bool:
    """A one-word name the NER typed as something else that is the surname of a person the
    article names in full, and not a country or a sizeable place ("Jordan" stays a place);
    a title before it aside ("General Sonthi" ORG after "General Sonthi Boonyaratglin")."""
    text = _name(doc, mention)
    if len(text.split()) != 1 or surname_key(text) not in surnames:
        return False
    return not _a_place_here(doc, mention, text) and not glued_to_name(
        doc, mention.start, mention.end
    )


def _a_place_here(doc: Doc, mention: Mention, text: str) -> bool:
    """A country or a city of a million is a place whatever the article names ("Jordan"); a
    town sharing a surname of the article's ("Bush", a town in Egypt, after "George W.
    Bush") only where a preposition puts something in it ("flew to Bush")."""
    if not _is_a_place(text):
        return False
    found = place(text)
    if found is None or found.kind != "city" or found.population >= BIG_CITY:
        return True
    return puts_in_a_place(word_before(doc, mention.start))


def _words_of_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Words of the article's longer non-person names, less a first word put before a name
    the article also gives alone ("the Yellen Fed" beside "the Fed": a person's Fed)."""
    names = [
        _name(doc, m).split()  # past "the" and a title: "General Sonthi" is a person's name
        for m in mentions
        if m.label in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW")
    ]
    alone = {" ".join(words) for words in names}
    return {
        word.lower()
        for words in names
        if len(words) > 1  # "Osei-Adjei" is one word
        for n, word in enumerate(words)
        if n > 0 or " ".join(words[1:]) not in alone
    }


def _plausible_person(doc: Doc, cluster: Cluster) -> bool:
    """A lone capitalised word the NER called a person, never titled or named in full, in
    a title-case line, is more likely a headline word than a person."""
    return (
        bool(cluster.titles)
        or any(m.end - m.start > 1 for m in cluster.mentions)
        or any(
            not doc[m.start].is_title
            or not _in_title_case_line(doc, m.start, m.end)
            or document_says(doc, m.start, m.end) == "PERSON"  # "Tariq, the brother of"
            or shows_a_person(doc, m.start, m.end)  # "Sinwar, who"
            for m in cluster.mentions
        )
    )


def _in_title_case_line(doc: Doc, start: int, end: int) -> bool:
    """A sentence-initial word in a line whose other longer words are mostly capitalised
    ("Storm Batters Coast"), or standing alone: "Kerry stressed that ..." is prose."""
    if doc[start].is_sent_start is not True:
        return False
    sentence = doc[start].sent
    words = [t for t in sentence if t.is_alpha and len(t) > 3 and not start <= t.i < end]
    return not words or sum(t.is_title or t.is_upper for t in words) * 2 >= len(words)


def _join(doc: Doc, cluster: Cluster, mention: Mention, how: str) -> None:
    cluster.mentions.append(mention)
    cluster.labels[mention.label] += 1
    cluster.how[mention.start] = how
    if mention.label == "PERSON":
        title, gender = _title_before(doc, mention.start)
        if title:
            cluster.titles.add(title.rstrip("."))
            cluster.gender = gender or cluster.gender  # "Mr", "Ms" win over the first name
        qualifier = qualifier_after(doc, mention.end)
        if qualifier:
            cluster.qualifiers.add(qualifier)


def _add_headline_mentions(doc: Doc, headline: set[int], clusters: list[Cluster]) -> None:
    """Find known names again in a title-case headline the NER misread."""
    if not headline:
        return
    surface: dict[tuple[str, ...], Cluster] = {}
    for cluster in clusters:
        for mention in cluster.mentions:
            if mention.start not in headline:
                words = tuple(t.text for t in doc[mention.start : mention.end])
                surface.setdefault(words, cluster)
                if cluster.label == "PERSON" and cluster.surname:
                    surface.setdefault((doc[mention.end - 1].text,), cluster)
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    shortened = headline_forms(doc, clusters, headline)  # "Election commission says"
    i, last = min(headline), max(headline) + 1
    while i < last:
        for length in (4, 3, 2, 1):
            words = tuple(t.text for t in doc[i : i + length])
            cluster = surface.get(words) or shortened.get(tuple(w.lower() for w in words))
            if cluster and not taken.intersection(range(i, i + length)):
                _join(doc, cluster, Mention(i, i + length, cluster.label), "headline")
                i += length
                break
        else:
            i += 1


def _add_unmarked_surnames(doc: Doc, clusters: list[Cluster]) -> None:
    """A known person's surname, or a known place's or body's name, the NER did not mark
    ("Sinwar had led the group", "Kyiv is ready")."""
    people = [c for c in clusters if c.label == "PERSON"]
    other_names = _words_of_names(doc, [m for c in clusters for m in c.named()])
    full_names = {}
    for cluster in people:
        if cluster.surname in other_names:
            continue
        for mention in cluster.named():
            if len(_name(doc, mention).split()) > 1:
                full_names[id(cluster)] = mention
                break
        else:  # one name only ("Awnur, a resident of the town, said"): shown to be a person
            shown = [
                m
                for m in cluster.named()
                if shows_a_person(doc, m.start, m.end)
                or document_says(doc, m.start, m.end) == "PERSON"
                or _titled(doc, m)  # "Senator Okonkwo"
            ]
            if shown:
                full_names[id(cluster)] = shown[0]
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for mention, same in unmarked_surnames(doc, people, full_names, taken):
        _join(doc, surname_antecedent(doc, same, mention.start), mention, "surname")
        taken.update(range(mention.start, mention.end))
    for mention, cluster in unmarked_names(doc, clusters, taken):
        _join(doc, cluster, mention, "same name")


def _canonical(doc: Doc, cluster: Cluster) -> str:
    named = [m for m in cluster.mentions if not m.nominal]
    if cluster.key.startswith("country:"):
        return country_name(cluster.key.split(":", 1)[1]) or doc[named[0].start : named[0].end].text
    if cluster.label == "PERSON":
        names = [_name(doc, m) for m in named]
        names = [n for n in names if n] or [doc[m.start : m.end].text for m in named]  # "the Queen"
        return max(names, key=lambda n: (len(n.split()), len(n)))
    forms = Counter(re.sub(r"^the\s+", "", doc[m.start : m.end].text, flags=re.I) for m in named)
    ranked = sorted(
        forms.items(), key=lambda kv: (-len(kv[0].split()) * (not kv[0].isupper()), -kv[1])
    )
    best = ranked[0][0]
    if best.isupper() and len(best) > 3 and cluster.label in ("GPE", "LOC"):
        known = place(best)  # a dateline's "BANGUI" is named "Bangui"
        return known.name if known is not None else best.title()
    return best


def _to_entities(
    doc: Doc, clusters: list[Cluster]
) -> tuple[list[Entity], list[tuple[int, int, str]]]:
    ordered = sorted(
        (c for c in clusters if any(not m.nominal for m in c.mentions)),
        key=lambda c: min(m.start for m in c.mentions),
    )
    entities: list[Entity] = []
    index: list[tuple[int, int, str]] = []
    for number, cluster in enumerate(ordered, start=1):
        entity_id = f"e{number}"
        mentions = sorted(cluster.mentions, key=lambda m: m.start)
        spans = []
        links = {}
        for mention in mentions:
            span = doc[mention.start : mention.end]
            spans.append(Span(span.start_char, span.end_char, span.text))
            index.append((span.start_char, span.end_char, entity_id))
            links[f"{span.start_char}:{span.end_char}"] = cluster.how.get(mention.start, "name")
        entities.append(Entity(entity_id, _canonical(doc, cluster), cluster.label, spans, links))
    index.sort()
    return entities, index


def _set_doc_ents(doc: Doc, clusters: list[Cluster]) -> None:
    """Write the corrected named mentions back to doc.ents (numeric types are kept)."""
    spans = [
        doc.char_span(
            doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), label=cluster.label
        )
        for cluster in clusters
        for m in cluster.mentions
        if not m.nominal
    ]
    numeric = [e for e in doc.ents if e.label_ in NUMERIC_TYPES]
    doc.ents = sorted(
        filter_spans([s for s in spans if s is not None] + numeric), key=lambda s: s.start
    )
