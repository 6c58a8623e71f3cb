"""Corrects the small model's entity spans and types with gazetteers and rules.

en_core_web_sm often calls a missile system a PERSON ("ATACMS"), a city a PRODUCT
("Kursk"), a demonym a GPE ("Ukrainian"), and reads title-case headlines as names
("Biden Allows Ukraine"). These fixes are general: each rests on a gazetteer that
ships in a package or on the shape of the text, never on a particular article.
"""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsledger.extract.abbreviations import KNOWN_TITLE_NORM
from newsledger.extract.common import touches_furniture, word_before
from newsledger.extract.entities.acronyms import body_initials, unknown_initials
from newsledger.extract.entities.adjective_names import adjective_names
from newsledger.extract.entities.body_cues import shows_a_body
from newsledger.extract.entities.boundaries import (
    is_portfolio,
    named_after_possessive,
    past_leading_adjective,
    split_coordinated_places,
    split_leading_organisation,
    split_trailing_person,
    title_and_initials,
    with_brand_s,
    with_given_name,
    with_leading_initials,
    with_place_noun,
    with_surname_after,
)
from newsledger.extract.entities.defined import defined_names
from newsledger.extract.entities.gazetteer import (
    PLACE_CUES,
    demonym_country,
    looks_like_a_demonym,
    place,
    puts_in_a_place,
    seats_of_government,
)
from newsledger.extract.entities.given_names import looks_like_a_personal_name
from newsledger.extract.entities.headlines import (
    broken_title_case,
    common_words_in_title_case,
    name_end_in_title_case,
)
from newsledger.extract.entities.hyphens import extend_over_dashes, split_at_free_dash
from newsledger.extract.entities.law_names import names_a_law
from newsledger.extract.entities.listed import acting_acronyms, join_split_names, listed_mentions
from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.non_names import not_a_name
from newsledger.extract.entities.one_sense import one_sense_per_text
from newsledger.extract.entities.outlets import outlet_name
from newsledger.extract.entities.person_cues import aged_after, cued_people
from newsledger.extract.entities.phoenix import (
    NON_PERSON_HEADS,
    dictionary_label,
    document_says,
    listed_kind,
)
from newsledger.extract.entities.place_context import label_from_context
from newsledger.extract.entities.products import names_a_product
from newsledger.extract.entities.systems import add_system_names
from newsledger.extract.entities.widen import widen_to_longer_names

NAMED_TYPES = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE WEAPON".split()
)
LEADING_QUANTIFIERS = frozenset(
    [
        "some",
        "many",
        "most",
        "several",
        "all",
        "other",
        "both",
        "each",
        "few",
        "various",
        "any",
        "no",
        "those",
        "these",
    ]
)
# Clerical titles that open a person's name and never a church's ("Cardinal Health" is a firm).
CLERGY = frozenset("bishop archbishop rabbi imam pastor reverend".split())
PERSON_TITLES = (
    frozenset(
        """
mr mr. mrs mrs. ms ms. dr dr. president president-elect vice senator sen sen.
representative rep rep. governor gov gov. secretary minister chancellor king queen
prince princess pope judge justice speaker ambassador mayor general gen gen. colonel
col col. lt lt. adm adm. admiral sgt sgt. sergeant captain capt capt. chairman
chairwoman leader premier sheikh lord lady sir dame prof prof. professor rev rev.
father crown assemblyman assemblywoman congressman congresswoman councilman councilwoman
ayatollah treasurer commissioner detective inspector superintendent constable marshal
cardinal
""".split()
    )
    | CLERGY
)  # "crown": "Crown Prince Mohammed bin Salman"
# The titles without their full stop ("Sen." and "Sen" alike), for checking tokens.
TITLE_WORDS = frozenset(t.rstrip(".") for t in PERSON_TITLES)
# Titles news writes in capitals before a name ("PM Prodi", "Labour MP Jane Doyle"); only in
# capitals, as "pm" is also the time of day.
STREET_WORDS = frozenset("street road avenue boulevard lane highway square".split())
CAPITAL_TITLES = frozenset({"PM", "MP", "MEP", "MLA", "MSP", "CEO", "CFO", "COO", "CTO"})


# Tags of a word that starts no name: "Contrasting Biden", "Despite Trump".
NOT_NAME_TAGS = frozenset(["VBG", "VBD", "VBZ", "VBP", "VB", "RB", "IN", "CC", "MD", "WDT",
                           "WP", "PRP", "PRP$", "UH"])  # fmt: skip
REPORTING_PERIOD = re.compile(r"^(?:Q[1-4]|H[12]|[1-4]Q|FY\d{2,4})$")
# A model designation: "737", "737-800", "A380", "A400M", "787s".
# Last words that make a name no person: "the Colmar Brunton Poll", "Lagos Business School".
NOT_PERSON_LAST_WORDS = NON_PERSON_HEADS | frozenset(
    "poll survey report index study school college hospital foundation fund trust ministry "
    "commission authority corporation inc ltd plc llc co corp shimbun herald gazette tribune "
    "journal telegraph chronicle economics affairs studies sciences".split()
)
INSTITUTION_WORDS = NOT_PERSON_LAST_WORDS | frozenset(
    "administration department service office bureau council ministry agency".split()
)
# Nouns for a person that stand right before a name: "her NDP opponent Davies".
# Only nouns for people: "rival", "leader" or "successor" also stand before companies and
# products ("its rival Airbus", "market leader Nokia").
PERSON_NOUNS_BEFORE = frozenset(
    "opponent colleague aide adviser advisor nominee spokesman spokeswoman spokesperson "
    "minister senator governor mayor lawmaker son daughter wife husband brother sister "
    "father mother lawyer judge analyst economist professor journalist activist boss chief "
    "executive founder chairman chairwoman director ceo candidate leader envoy commissioner "
    "negotiator coach striker secretary deputy chancellor prosecutor counterpart predecessor "
    "successor rival suspect victim teammate".split()
)  # "BT boss Alison Kirkby", "chief executive Jane Doe"
# Words before a surname that only a person takes.
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame"}
)
# Last words that make a name an administrative area, whatever the model said.
ADMIN_AREAS = frozenset({"prefecture", "province", "governorate", "oblast", "county"})
# Last words of a body, never of a place: "United Kingdom Atomic Energy Authority".
BODY_WORDS = (
    (INSTITUTION_WORDS | {"headquarters"})
    - ADMIN_AREAS
    - frozenset("town city village region province district country".split())
)
# Last words of bodies for names an article defines, those and more: "Royal Air Force (RAF)".
DEFINED_BODY_WORDS = BODY_WORDS | frozenset(
    "force forces corps command tribunal league federation alliance coalition front navy guard "
    "police board society church mission workers airlines airways".split()
)
MODEL_DESIGNATION = re.compile(r"^[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}s?$")
# Types the small model gives a name it does not know for a person's ("given_names").
GIVEN_NAME_MISTYPES = frozenset(["ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"])


def candidate_mentions(
    doc: Doc, headline_tokens: set[int], matcher: PhraseMatcher
) -> list[Mention]:
    """Named mentions from the NER and the systems gazetteer, spans and types corrected."""
    mentions: list[Mention] = []
    taken = 0  # tokens up to here belong to a name already (one extended over a dash)
    for ent in doc.ents:
        if ent.label_ not in NAMED_TYPES or touches_furniture(ent) or ent.start < taken:
            continue
        if not any(c.isupper() for c in ent.text):
            continue  # "gay, lesbian and transgender": a name has a capital somewhere
        if len(ent) == 1 and ent.label_ == "PERSON" and ent[0].tag_ == "NNS":
            continue  # "Schools closed early.": a plural common noun opening a sentence
        if ent.label_ == "PERSON" and title_and_initials(ent, TITLE_WORDS):
            continue  # "Gen AI": a title-like word before an acronym is no one's name
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        end = taken = with_surname_after(
            doc, start, extend_over_dashes(doc, start, end, ent.label_)
        )
        if ent.start in headline_tokens and broken_title_case(doc[start:end]):
            continue  # re-found from known names later
        if ent.label_ != "PERSON" and common_words_in_title_case(doc, start, end):
            continue  # "... Trapped in 2 Mines after Powerful Quake": no name
        end = name_end_in_title_case(doc, start, end, person=ent.label_ == "PERSON")
        if is_portfolio(doc, start, end, ent.label_):
            continue  # "Finance" of "Finance Minister"
        start = with_given_name(doc, past_leading_adjective(doc, start, end), end, ent.label_)
        start = with_leading_initials(doc, start, end, ent.label_, TITLE_WORDS | {"state"})
        end = with_brand_s(doc, start, end, ent.label_)
        parts = [
            piece
            for part in _split_possessive(doc, start, end, ent.label_)
            for piece in split_trailing_person(doc, *part)
            for piece in split_coordinated_places(doc, *piece)
            for piece in split_at_free_dash(doc, *piece)
            for piece in split_leading_organisation(doc, *piece)
        ]
        parts = [with_place_noun(doc, *part) for part in parts]
        for part_start, part_end, label in parts:
            if (
                label in ("ORG", "PRODUCT")
                and part_end < len(doc)
                and MODEL_DESIGNATION.match(doc[part_end].text)
            ):
                part_end, label = part_end + 1, "PRODUCT"  # a maker and a model: "Boeing 737s"
            mentions.append(Mention(part_start, part_end, label))
    mentions = add_system_names(doc, adjective_names(doc, mentions, headline_tokens), matcher)
    mentions = _add_defined_names(doc, mentions)
    taken_tokens = [i for m in mentions for i in range(m.start, m.end)]
    listed = listed_mentions(doc, taken_tokens, headline_tokens, TITLE_WORDS)
    taken_tokens += [i for start, end, _ in listed for i in range(start, end)]
    listed += cued_people(doc, taken_tokens)
    taken_tokens += [i for start, end, _ in listed for i in range(start, end)]
    listed += acting_acronyms(doc, taken_tokens, headline_tokens)
    if listed:
        mentions = sorted(mentions + [Mention(*found) for found in listed], key=lambda m: m.start)
    mentions = widen_to_longer_names(doc, join_split_names(doc, mentions))
    mentions = [m for m in mentions if not not_a_name(doc[m.start : m.end])]
    for mention in mentions:
        mention.label = corrected_label(doc, mention)
    one_sense_per_text(doc, mentions, PERSON_TITLES)
    return mentions


# Verb forms a name never ends with: "the National party says" was taken whole.
REPORTING_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
NAMED_AS_A_THING = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading quantifiers ("Some White House") or a neighbouring word that is no part of
    a name ("Contrasting Biden", "According Smith"), and trailing possessives, punctuation or
    a reporting period ("Cisco Q1")."""
    while start < end and (
        doc[start].lower_ in LEADING_QUANTIFIERS
        or (end - start > 1 and _outside_word(doc, start, end))
        or (end - start == 1 and doc[start].norm_ == KNOWN_TITLE_NORM)  # a lone "Lt."
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (end - start > 1 and REPORTING_PERIOD.match(doc[end - 1].text))
        or (end - start > 1 and doc[end - 1].tag_ in REPORTING_VERB_TAGS)  # "X party says"
    ):
        if doc[end - 1].text == "." and end - start > 1 and len(doc[end - 2]) == 1:
            break  # an initial: "Julian E."
        end -= 1
    return start, end


def _outside_word(doc: Doc, start: int, end: int) -> bool:
    """A leading verb, adverb or preposition of the sentence that modifies no later word."""
    token = doc[start]
    return token.tag_ in NOT_NAME_TAGS and not (start < token.head.i < end)


def _split_possessive(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """ "Jeff Bezos’s Blue Origin" is two names, the owner and the owned. The owned thing is
    what the NER typed; when it typed a person, the owned thing is an organisation unless
    the owner is a place ("Britain's Prince Harry")."""
    inner = [i for i in range(start + 1, end - 1) if doc[i].tag_ == "POS"]
    if not inner:
        return [(start, end, label)]
    cut = inner[0]
    owner = doc[start:cut].text
    if _institution(doc, start, cut) and cut + 1 < end:
        return [(start, cut, "ORG"), (cut + 1, end, label)]  # "the Weather Administration's
    if named_after_possessive(doc, cut + 1, end):  # "Politico's Josh Dawsey"
        return [
            (start, cut, "GPE" if place(owner) is not None else "ORG"),
            (cut + 1, end, "PERSON"),
        ]
    if doc[cut - 1].tag_ in ("NNS", "NNPS") or doc[start].lower_ == "the":
        return [(start, end, label)]  # "the People's Republic", "Workers' Party": one name
    if label != "PERSON" and place(owner) is None:
        return [(start, end, label)]  # "McDonald's Corp", "Apple Computer's Mac OS"
    owned = label
    if label == "PERSON" and place(owner) is None and doc[cut + 1].lower_ not in PERSON_TITLES:
        owned = "ORG"
    owner_label = "GPE" if place(owner) is not None and label != "PERSON" else label
    return [(start, cut, owner_label), (cut + 1, end, owned)]


def _institution(doc: Doc, start: int, end: int) -> bool:
    """A name of two words or more ending in an institution's word ("Central Weather
    Administration"): an owner in its own right, not the first half of one name."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    return len(words) >= 2 and words[-1].lower_ in INSTITUTION_WORDS


def _add_defined_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Transport for London (TfL)": the article defines the words as one name, whatever
    the model made of them ("London" alone). The acronym becomes a mention of the same type,
    there and wherever else the article uses it ("... (CAR) ... CAR has been unstable")."""
    defined: dict[str, str] = {}
    for start, end, acronym in defined_names(doc):
        existing = next((m for m in mentions if m.end == end and m.start <= start), None)
        if existing is not None:
            label = existing.label  # the model found the name: "the Central African Republic"
        else:
            inside = [
                m
                for m in mentions
                if (start <= m.start and m.end <= end)
                or (m.start <= start and end < m.end <= acronym + 2)  # "Organization (WHO"
            ]
            if any(m.start < end and m.end > start and m not in inside for m in mentions):
                continue  # a name that runs across the edge: leave the model's reading
            if not _defines_a_body(doc, start, end, inside):
                continue  # "Software Development Kit (SDK)": a thing, left to the model
            start = min([start] + [m.start for m in inside])  # keep "the" if the model took it
            label = "ORG"
            mentions = [m for m in mentions if m not in inside] + [Mention(start, end, label)]
        defined.setdefault(doc[acronym].text, label)
    for token in doc if defined else ():
        label = defined.get(token.text)
        if label is not None and not any(m.start <= token.i < m.end for m in mentions):
            mentions.append(Mention(token.i, token.i + 1, label))
    return sorted(mentions, key=lambda m: m.start)


def _defines_a_body(doc: Doc, start: int, end: int, inside: list[Mention]) -> bool:
    """An organisation's name: it ends in a body's word ("... Wildlife Service"), holds an
    organisation the model found, or ends in a place after "for"/"of" ("Transport for London")."""
    if doc[end - 1].lower_ in DEFINED_BODY_WORDS or any(m.label == "ORG" for m in inside):
        return True
    return any(
        doc[k - 1].lower_ in ("for", "of") and place(doc[k:end].text) is not None
        for k in range(start + 1, end)
    )


def corrected_label(doc: Doc, mention: Mention) -> str:
    """The entity type after checking the gazetteers and the words around the mention."""
    span = doc[mention.start : mention.end]
    text = span.text
    label = mention.label
    if label == "WEAPON":
        return label
    if label != "LAW" and names_a_law(span):
        return "LAW"  # "the Prevention of Terrorism Act" (ORG to the model)
    bare = text[4:] if text.lower().startswith("the ") else text
    before = word_before(doc, mention.start)
    titled = before is not None and before.lower_.rstrip(".") in TITLE_WORDS
    if len(span) > 1 and span[0].lower_ in HONORIFICS and span[1].pos_ == "PROPN":
        return "PERSON"  # "Mr Prodi", whatever the model took it for
    if 1 < len(span) <= 4 and label in ("NORP", "GPE", "ORG") and aged_after(doc, span.end):
        return "PERSON"  # "Arcan Weller, 20, of Oak Harbor" (NORP): only people give ages
    if len(span) > 1 and span[-1].lower_ in STREET_WORDS and label in ("ORG", "PERSON", "GPE"):
        return "FAC"  # "Oxford Street", "al-Moski Street" (ORG to the model)
    if (
        1 < len(span) <= 4
        and span[0].text in CAPITAL_TITLES
        and all(t.pos_ == "PROPN" and t.is_title for t in span[1:])
    ):
        return "PERSON"  # "PM Prodi" (ORG), "MP Tim Yeo"
    if 1 < len(span) <= 3 and span[0].lower_ in CLERGY and all(t.pos_ == "PROPN" for t in span[1:]):
        return "PERSON"  # "Bishop Washington", "Imam Abdul Rauf": no church is named so
    if label != "ORG" and outlet_name(span):
        return "ORG"  # "The Sydney Morning Herald" (EVENT), "Kyodo News"; not "Emily Post"
    where = None if titled else label_from_context(doc, mention.start, mention.end, label)
    if where is not None:
        return where  # "the capital, Guwahati", "in East Haddam, Connecticut"
    listed = dictionary_label(doc, mention.start, mention.end, label, titled)
    if listed != label:
        return listed
    if (
        (
            label in ("ORG", "PRODUCT", "WORK_OF_ART")
            or (label in ("GPE", "LOC", "FAC") and not place(bare))
        )
        and (span.root.pos_ == "PROPN" or span.root.is_title)
        and span[-1].lower_ not in NOT_PERSON_LAST_WORDS
        and not (len(span) > 2 and _a_body(span))  # "the Union of the Textile Industry"
        and (
            document_says(doc, mention.start, mention.end) == "PERSON"
            or (before is not None and before.lower_ in PERSON_NOUNS_BEFORE)
        )
    ):
        return "PERSON"  # "Tariq, the brother of the missing fisherman", "Isa Gambar, leader of"
    if (
        label in GIVEN_NAME_MISTYPES
        and span[0].lower_.rstrip(".") not in TITLE_WORDS
        and looks_like_a_personal_name(span)
        and document_says(doc, mention.start, mention.end) != "OTHER"
    ):
        return "PERSON"  # "Tomas Bures" GPE, "Anand Satyanand" ORG
    if (
        label in ("ORG", "GPE", "PERSON", "WORK_OF_ART")
        and names_a_product(span)
        and document_says(doc, mention.start, mention.end) is None
        and not shows_a_body(doc, mention.start, mention.end)
    ):
        return "PRODUCT"  # "the iPhone" (ORG), "iPad sales"
    if label == "PERSON" and _plural_of_a_people(doc, span):
        return "NORP"  # "Republicans insist", beside "a Republican faction"
    if label in ("PERSON", "ORG") and _ends_in_a_people(doc, span):
        return "NORP"  # "Pro-Brexit British politician Nigel Farage"
    if label == "PERSON" and (
        _with_article(doc, mention)
        or document_says(doc, mention.start, mention.end) == "OTHER"
        or shows_a_body(doc, mention.start, mention.end)  # "Kpler data", "an analyst at Kpler"
        or (len(span) > 1 and span[-1].lower_.rstrip(".") in NOT_PERSON_LAST_WORDS)
        or (
            before is not None
            and before.lower_ in NON_PERSON_HEADS
            and (before.dep_ == "compound" or not looks_like_a_personal_name(span))
        )
    ):
        return "ORG"  # "the Lib Dems won", "Kpler, the data firm", "the department Defra"
    if (
        label in ("ORG", "PERSON", "FAC", "PRODUCT")
        and len(span) > 1
        and span[-1].lower_ in ADMIN_AREAS
    ):
        return "GPE"  # "Ishikawa Prefecture", "Al Haouz Province"
    body = label in ("GPE", "LOC", "NORP", "PRODUCT") and len(span) > 1 and _a_body(span)
    if body and not _gazetteer_region(bare):
        return "ORG"  # "the United Kingdom Atomic Energy Authority"; not "the West Bank"
    if label == "ORG" and len(span) > 1 and MODEL_DESIGNATION.match(span[-1].text):
        return "PRODUCT"  # a maker and a model: "Boeing 737-800", "Airbus A380"
    if label in ("GPE", "LOC") and looks_like_a_demonym(bare) and not _named_as_a_thing(span):
        return "NORP"
    if label == "FAC" and _a_seat_at_work(span, bare):
        return "ORG"  # "the White House was soon on the phone", "the Senate, House and ..."
    if (label == "GPE" and unknown_initials(bare)) or (label != "ORG" and body_initials(bare)):
        return "ORG"  # "BT has agreed to buy TalkTalk": no place has those initials; "the MoD"
    if label in ("GPE", "LOC", "PERSON", "PRODUCT", "ORG", "FAC", "WORK_OF_ART", "NORP"):
        found = place(bare)
        if found and label != "GPE" and _place_evidence(doc, mention, found.kind, found.population):
            return "GPE" if found.kind in ("country", "state", "city") else "LOC"
    return label


BUILDING_PREPOSITIONS = frozenset("outside inside near around into across behind beside".split())


def _a_seat_at_work(span: SpacySpan, bare: str) -> bool:
    """A seat of government or a chamber: the body (OntoNotes' ORG), also "talks at the
    White House", except where the words place something by the building ("protesters
    outside the White House" stays FAC)."""
    root = span.root
    by_the_building = root.dep_ == "pobj" and root.head.lower_ in BUILDING_PREPOSITIONS
    return bare.lower() in seats_of_government() and not by_the_building


def _gazetteer_region(name: str) -> bool:
    """A whole name the gazetteer knows as a country, state or region ("West Bank")."""
    found = place(name)
    return found is not None and found.kind in ("country", "state", "continent", "region")


def _a_body(span: SpacySpan) -> bool:
    """Ends in a body's word, or has one before its "for" or "of" ("Coordination
    Headquarters for the Treatment of Prisoners of War")."""
    words = [t.lower_ for t in span]
    cut = next((i for i, w in enumerate(words) if i and w in ("for", "of")), len(words))
    return words[cut - 1] in BODY_WORDS or words[-1] in BODY_WORDS


def _with_article(doc: Doc, mention: Mention) -> bool:
    """ "the" right before the name, which heads its phrase ("the Lib Dems won"; not "the
    Biden administration", where the name only modifies)."""
    span = doc[mention.start : mention.end]
    if span[0].lower_ == "the":
        span = span[1:]
    elif mention.start == 0 or doc[mention.start - 1].lower_ != "the":
        return False
    if not len(span) or span[0].lower_.rstrip(".") in TITLE_WORDS:
        return False
    if len(span) == 1 and span[0].text.endswith("s"):
        return False  # "the Johnsons": a family
    if listed_kind(span.text) == "PERSON":
        return False  # "the Dalai Lama": a title the lists know as one person's name
    return span.root.dep_ not in ("compound", "nmod", "poss", "amod", "npadvmod")


def _ends_in_a_people(doc: Doc, span: SpacySpan) -> bool:
    """A run of modifiers ending in a nationality before a common noun: no name."""
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) > 1
        and span[-1].tag_ == "JJ"
        and demonym_country(span[-1].text) is not None
        and after is not None
        and after.pos_ == "NOUN"
    )


def _plural_of_a_people(doc: Doc, span: SpacySpan) -> bool:
    """One plural proper noun whose singular the model calls a group elsewhere in the text
    ("Republicans" beside "Republican") or modifies a noun with ("Houthi militias"): members
    of a party, a movement or a people, not a person."""
    if len(span) != 1 or not span.text.endswith("s"):
        return False
    singular = span.text[:-1]
    if any(
        t.text == singular and t.dep_ in ("amod", "compound") and t.ent_type_ != "PERSON"
        for t in doc
    ):
        return True  # "Houthis" beside "Houthi militias" (not "Williams" beside "William Hague")
    return span[0].tag_ == "NNPS" and (
        looks_like_a_demonym(span.text)
        or any(ent.label_ == "NORP" and ent.text in (singular, span.text) for ent in doc.ents)
    )


def _named_as_a_thing(span: SpacySpan) -> bool:
    """ "Transocean rejected the findings": a word ending like a people's name, no known one,
    heading a subject or an object is a name, not a people ("Kosovan police" is one)."""
    return demonym_country(span.text) is None and span.root.dep_ in NAMED_AS_A_THING


def _place_evidence(doc: Doc, mention: Mention, kind: str, population: int) -> bool:
    """Is a gazetteer name used as a place here, and not as a person's name?"""
    before = word_before(doc, mention.start)
    after = doc[mention.end] if mention.end < len(doc) else None
    if before is not None and before.lower_.rstrip(".") in TITLE_WORDS:
        return False
    if mention.label == "PERSON" and mention.end - mention.start > 1 and kind != "country":
        return False  # "Paris Hilton": a full personal name; not "Bosnia and Herzegovina"
    if kind in ("country", "state", "continent") or population >= 1_000_000:
        return True
    if after is not None and after.lower_ in PLACE_CUES:
        return True
    if puts_in_a_place(before) or (before is not None and before.lower_ == "of"):
        return True
    return bool(
        after is not None
        and after.text == ","
        and mention.end + 1 < len(doc)
        and place(doc[mention.end + 1].text)
    )
