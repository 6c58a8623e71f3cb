"""The PLOVER category cue lexicon: which words name which kind of event.

Written from the category definitions of the PLOVER manual (draft 0.7/0.8) and the
CAMEO code names its CAMEO2PLOVER table maps onto them (e.g. CAMEO 0841 "Return, release
person(s)" -> RETREAT, 173 "Arrest, detain" -> COERCE, 19x "Use conventional military
force" -> FIGHT, 18x/20x unconventional violence -> ASSAULT). The gold-standard records
use the 0.5 category set, where INVESTIGATE and DISAPPROVE are separate and FIGHT is the
conventional-force category; this lexicon follows that set.

Cues are lemmas. A verb cue names an event by itself ("condemn"); a phrase cue needs a
particle or preposition ("call for", "pull out"); an object cue needs its object noun
("impose sanctions", "send troops"), and a light verb ("hold", "launch", "stage") takes
the category of its object noun ("held talks", "launched an attack").

The words themselves are data: the .tsv files beside this module (verb_cues, noun_cues,
phrase_cues, object_cues, idioms, nominalisations, word_classes), read once on import.
"""

from __future__ import annotations

import itertools
from enum import StrEnum

from newsledger.extract.events.data import rows as _rows


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (lexicons read better so)."""
    return frozenset(text.split())


class Category(StrEnum):
    """The PLOVER event categories (the 0.5 set the gold-standard records use). A member is
    its name as a string: "AGREE" == Category.AGREE."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    DEMAND = "DEMAND"
    DISAPPROVE = "DISAPPROVE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    FIGHT = "FIGHT"
    ASSAULT = "ASSAULT"


AGREE = Category.AGREE
CONSULT = Category.CONSULT
SUPPORT = Category.SUPPORT
CONCEDE = Category.CONCEDE
COOPERATE = Category.COOPERATE
AID = Category.AID
RETREAT = Category.RETREAT
INVESTIGATE = Category.INVESTIGATE
DEMAND = Category.DEMAND
DISAPPROVE = Category.DISAPPROVE
REJECT = Category.REJECT
THREATEN = Category.THREATEN
PROTEST = Category.PROTEST
SANCTION = Category.SANCTION
MOBILIZE = Category.MOBILIZE
COERCE = Category.COERCE
FIGHT = Category.FIGHT
ASSAULT = Category.ASSAULT

CATEGORIES = (
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, INVESTIGATE, DEMAND,
    DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, FIGHT, ASSAULT,
)  # fmt: skip

# Cooperative categories: promised or future forms of these are AGREE ("All cooperative
# actions reported in future tense are also taken to imply intentions", PLOVER AGREE);
# a refusal of them is REJECT.
COOPERATIVE = frozenset({AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT})
# Verbal categories whose content is what was agreed, demanded, refused, threatened or
# criticised: an event named inside their complement is part of them, not a new event
# ("threatened to impose sanctions" is one THREATEN, "accused X of attacking" one DISAPPROVE).
# CONCEDE wraps too: what is allowed or authorised ("allowed Ukraine to strike") has not
# happened by being allowed.
WRAPPING = frozenset({AGREE, DEMAND, REJECT, THREATEN, DISAPPROVE, SUPPORT, INVESTIGATE, CONCEDE})
CONFLICT = frozenset(
    {DEMAND, DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, FIGHT, ASSAULT}
)


def _cues(name: str) -> dict[str, str]:
    """CATEGORY<TAB>lemmas rows -> lemma: category ("_" in a lemma stands for a space)."""
    out: dict[str, str] = {}
    for category, cue_words in _rows(name):
        for word in cue_words.split():
            out[word.replace("_", " ")] = Category(category)
    return out


def _combinations(name: str) -> dict[tuple[str, ...], str]:
    """CATEGORY<TAB>words<TAB>words... rows -> every combination of one word from each field
    ("-" stands for no word): (verb, noun) -> category, in the order the file gives them."""
    out: dict[tuple[str, ...], str] = {}
    for category, *fields in _rows(name):
        for key in itertools.product(*(field.split() for field in fields)):
            out[tuple("" if w == "-" else w for w in key)] = Category(category)
    return out


def _word_classes(name: str) -> dict[str, frozenset[str]]:
    joined: dict[str, list[str]] = {}
    for class_name, class_words in _rows(name):
        joined.setdefault(class_name, []).extend(class_words.split())
    return {class_name: frozenset(found) for class_name, found in joined.items()}


VERB_CUES: dict[str, str] = _cues("verb_cues.tsv")
# Nouns that name an event by themselves ("the talks", "a crackdown", "the invasion").
NOUN_CUES: dict[str, str] = _cues("noun_cues.tsv")
# (verb, particle or preposition) -> category: the pair means more than the verb.
PHRASE_CUES: dict[tuple[str, str], str] = _combinations("phrase_cues.tsv")
# Idioms in which a cue verb names no event ("seized on a report", "struck a deal" is SUPPORT
# through its object, but "struck down" a law is REJECT-like and left out).
NOT_EVENTS = frozenset({("seize", "on"), ("seize", "upon"), ("strike", "down")})
# (verb, object noun) -> category: the object decides what kind of event the verb is.
OBJECT_CUES: dict[tuple[str, str], str] = _combinations("object_cues.tsv")
# Nominalisations whose object names the event's kind: "the imposition of sanctions" reads
# as "impose sanctions", "the lifting of the embargo" as "lift the embargo".
NOMINALISATIONS: dict[str, str] = dict(_rows("nominalisations.tsv"))
# Idioms read through a preposition and its object: "took to the streets" (protest),
# "hurled stones at" (assault). (verb, preposition or "", noun) -> category.
IDIOMS: dict[tuple[str, str, str], str] = _combinations("idioms.tsv")

# Word classes the rules read; word_classes.tsv says why each matters.
WORD_CLASSES: dict[str, frozenset[str]] = _word_classes("word_classes.tsv")
SOCIAL_PROBLEMS = WORD_CLASSES["SOCIAL_PROBLEMS"]
FIGURATIVE_OBJECTS = WORD_CLASSES["FIGURATIVE_OBJECTS"]
SOLD_THINGS = WORD_CLASSES["SOLD_THINGS"]
CONTEST_WORDS = WORD_CLASSES["CONTEST_WORDS"]
NOT_CONVERTED = WORD_CLASSES["NOT_CONVERTED"]
COMMITTING_AUX = WORD_CLASSES["COMMITTING_AUX"]
ENABLING_VERBS = WORD_CLASSES["ENABLING_VERBS"]
COMMITTED = WORD_CLASSES["COMMITTED"]
REFLEXIVES = WORD_CLASSES["REFLEXIVES"]
AID_KINDS = WORD_CLASSES["AID_KINDS"]
RELEASED_THINGS = WORD_CLASSES["RELEASED_THINGS"]
NOT_SEIZED = RELEASED_THINGS | WORD_CLASSES["NOT_SEIZED"]
RECALLED = WORD_CLASSES["RECALLED"]
SPEAKING_VERBS = WORD_CLASSES["SPEAKING_VERBS"]
SPOKEN_OBJECTS = WORD_CLASSES["SPOKEN_OBJECTS"]
COUNTERPARTS = WORD_CLASSES["COUNTERPARTS"]
SHELTERED = WORD_CLASSES["SHELTERED"]
MONEY_GIVING = WORD_CLASSES["MONEY_GIVING"]
CURRENCIES = WORD_CLASSES["CURRENCIES"]
LIGHT_VERBS = WORD_CLASSES["LIGHT_VERBS"]
UNDERGOING_VERBS = WORD_CLASSES["UNDERGOING_VERBS"]
REPORTING_VERBS = WORD_CLASSES["REPORTING_VERBS"]
FEAR_WORDS = WORD_CLASSES["FEAR_WORDS"]
DENY_WORDS = WORD_CLASSES["DENY_WORDS"]
PLAN_WORDS = WORD_CLASSES["PLAN_WORDS"]
POSSIBLE_MODALS = WORD_CLASSES["POSSIBLE_MODALS"]
FUTURE_MODALS = WORD_CLASSES["FUTURE_MODALS"]
INTENT_VERBS = WORD_CLASSES["INTENT_VERBS"]
CONTACT_VERBS = WORD_CLASSES["CONTACT_VERBS"]
INTENT_ADJECTIVES = WORD_CLASSES["INTENT_ADJECTIVES"]
OBLIGATION_MODALS = WORD_CLASSES["OBLIGATION_MODALS"]
FAILURE_VERBS = WORD_CLASSES["FAILURE_VERBS"]
PROTEST_STRIKE_MODIFIERS = WORD_CLASSES["PROTEST_STRIKE_MODIFIERS"]
PREPARING_VERBS = WORD_CLASSES["PREPARING_VERBS"]
HOSTILE_PLANS = WORD_CLASSES["HOSTILE_PLANS"]
POLICE_ACTIONS = WORD_CLASSES["POLICE_ACTIONS"]
OBSTRUCTIONS = WORD_CLASSES["OBSTRUCTIONS"]
CIVIL_SECTORS = WORD_CLASSES["CIVIL_SECTORS"]
ONE_SIDED_TARGETS = WORD_CLASSES["ONE_SIDED_TARGETS"]
ONE_SIDED_VERBS = WORD_CLASSES["ONE_SIDED_VERBS"]
HARM_VERBS = WORD_CLASSES["HARM_VERBS"]
NON_POLITICAL_AGENTS = WORD_CLASSES["NON_POLITICAL_AGENTS"]
# Sectors of political actors: with one of them acting, a disaster or a match can still
# hold a political event ("troops were sent to the flooded towns").
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "REB", "PTY", "IGO"})
SPORT_WORDS = WORD_CLASSES["SPORT_WORDS"]
SPORT_STORY_WORDS = WORD_CLASSES["SPORT_STORY_WORDS"]
VERBAL_ATTACKS = WORD_CLASSES["VERBAL_ATTACKS"]
VERBAL_KINDS = WORD_CLASSES["VERBAL_KINDS"]
POLICY_TARGETS = WORD_CLASSES["POLICY_TARGETS"]
INVESTIGATORS = WORD_CLASSES["INVESTIGATORS"]
TRADE_WORDS = WORD_CLASSES["TRADE_WORDS"]
REINFORCED = WORD_CLASSES["REINFORCED"]
UTTERANCES = WORD_CLASSES["UTTERANCES"]
ARMED_SECTORS = WORD_CLASSES["ARMED_SECTORS"]
WEAPON_WORDS = WORD_CLASSES["WEAPON_WORDS"]
TERROR_MEANS = WORD_CLASSES["TERROR_MEANS"]
BLAST_VERBS = WORD_CLASSES["BLAST_VERBS"]
GENERIC_MEANS = WORD_CLASSES["GENERIC_MEANS"]
ARMED_MEANS = WORD_CLASSES["ARMED_MEANS"]
WANT_VERBS = WORD_CLASSES["WANT_VERBS"]
LEAVING_VERBS = WORD_CLASSES["LEAVING_VERBS"]
INCURSION_VERBS = WORD_CLASSES["INCURSION_VERBS"]
GIVING_BACK = WORD_CLASSES["GIVING_BACK"]
ARRIVAL_VERBS = WORD_CLASSES["ARRIVAL_VERBS"]
GUEST_FORCES = WORD_CLASSES["GUEST_FORCES"]
RULED_OUT = WORD_CLASSES["RULED_OUT"]
PRONOUNS = WORD_CLASSES["PRONOUNS"]
PLACE_NOUNS = WORD_CLASSES["PLACE_NOUNS"]
CONTAINER_NOUNS = WORD_CLASSES["CONTAINER_NOUNS"]
MEASURE_NOUNS = WORD_CLASSES["MEASURE_NOUNS"]
AUTHORED_DOCUMENTS = WORD_CLASSES["AUTHORED_DOCUMENTS"]
GIVER_NOUNS = WORD_CLASSES["GIVER_NOUNS"]
STATE_ACTIONS = WORD_CLASSES["STATE_ACTIONS"]
MARKET_WORDS = WORD_CLASSES["MARKET_WORDS"]
MARKET_CUES = WORD_CLASSES["MARKET_CUES"]
SCHEDULED = WORD_CLASSES["SCHEDULED"]
NOT_EVENT_COMPOUNDS = WORD_CLASSES["NOT_EVENT_COMPOUNDS"]
EXERCISES = WORD_CLASSES["EXERCISES"]
OPERATIONS = WORD_CLASSES["OPERATIONS"]
UNDER_VERBS = WORD_CLASSES["UNDER_VERBS"]
ARGUMENT_PLACE_PREPS = WORD_CLASSES["ARGUMENT_PLACE_PREPS"]
FEAR_CUES = WORD_CLASSES["FEAR_CUES"]
DENY_CUES = WORD_CLASSES["DENY_CUES"]
PLAN_CUES = WORD_CLASSES["PLAN_CUES"]
EVENT_PLACE_PREPS = WORD_CLASSES["EVENT_PLACE_PREPS"]
ACTOR_PLACE_PREPS = WORD_CLASSES["ACTOR_PLACE_PREPS"]
BEFALLING_VERBS = WORD_CLASSES["BEFALLING_VERBS"]
SAID_THINGS = WORD_CLASSES["SAID_THINGS"]

_VERB_ENDINGS = ("ied", "ies", "ed", "es", "ing", "s", "d")


# A noun's own spelling ends in "d" ("band", "fund"): no past tense to strip.
_NOUN_ENDINGS = tuple(e for e in _VERB_ENDINGS if e not in {"ed", "d"})


def surface_variants(word: str, noun: bool = False) -> list[str]:
    """Base forms a verb or noun could have, from its spelling alone: the statistical
    lemmatiser sometimes misses ("staged" -> "stag"), and a cue should not hang on it."""
    word = word.lower()
    out = [word]
    for ending in _NOUN_ENDINGS if noun else _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if ending in {"ied", "ies"}:
                out.append(stem + "y")
                continue
            out += [stem, stem + "e"]
            if len(stem) >= 4 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelled" -> "shell" stays, "planned" -> "plan"
    return out
