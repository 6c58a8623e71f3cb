"""Harm no one did: vehicles in accidents and forces of nature as the doers of a harm verb.

"The helicopter struck the ground", "one of the aircraft crashed, killing 17", "huge waves
sank two ships": the parse gives a harm verb a doer, but the doer is a machine or the
weather, and the real-news criterion is that accidents and disasters yield no event unless
a political actor acts. A report's opening (headline and lead) tells what kind of story a
sentence belongs to, where the sentence itself does not say ("a crash" in the headline).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.candidate import Candidate

# Vehicles whose accident, not anyone's act, harms ("the train derailed, injuring 40").
VEHICLES = frozenset(
    "train bus plane aircraft airliner jet helicopter chopper car truck lorry ferry boat ship "
    "vessel coach van tram minibus".split()
)
ACCIDENT_VERBS = frozenset(
    "derail crash capsize collide overturn sink skid plunge veer ditch".split()
)
ACCIDENT_NOUNS = frozenset({"crash", "accident", "collision", "derailment", "pileup"})

# Nouns that measure what they are "of": "four days of intense rain", "weeks of fighting",
# "waves of air strikes", "one of the aircraft".
QUANTITY_HEADS = frozenset(
    "day days week weeks hour hours month months night nights number amount wave waves "
    "one two three some".split()
)


def head_words(root: Token) -> tuple[str, str]:
    """The phrase's head as lemma and word, past a measure ("days of rain": rain)."""
    if root.lower_ in QUANTITY_HEADS:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if thing is not None:
            root = thing
    return root.lemma_.lower(), root.lower_


def word_set(tokens: Iterable[Token]) -> set[str]:
    return {w for t in tokens for w in (t.lemma_.lower(), t.lower_)}


def opening_words(doc: Doc) -> set[str]:
    """The words of a report's first two sentences (its headline and lead, as a rule), read
    once a document: every candidate of a report asks. The cache holds the last document
    only (the component reads one at a time), and nothing is stored on the doc itself."""
    if _LAST_OPENING[0] is not doc:
        opening = list(itertools.islice(doc.sents, 2))
        _LAST_OPENING[:] = [doc, frozenset(word_set(t for sentence in opening for t in sentence))]
    return set(_LAST_OPENING[1])


_LAST_OPENING: list = [None, frozenset()]


def vehicle_accident(candidate: Candidate) -> bool:
    """A vehicle as the doer of harm in a sentence telling of its accident, or in a report
    opening on one when no one is named as hit ("the helicopter struck the ground"): no
    assault, no fight."""
    heads = {head_words(span.root)[0] for span in candidate.source}
    if not heads or not heads <= VEHICLES:
        return False
    sentence = candidate.trigger.sent
    if any(t.lemma_.lower() in ACCIDENT_VERBS for t in sentence):
        return True
    opening = opening_words(sentence.doc)
    return not candidate.target_codes and bool(opening & (ACCIDENT_VERBS | ACCIDENT_NOUNS))


def an_accident_told(words: set[str]) -> bool:
    """Do the words tell of a vehicle's accident ("a bus overturned", "the train derailed")?"""
    return bool(words & ACCIDENT_VERBS)


RELATIVES = frozenset({"that", "which"})


def antecedent(relative: Token) -> str:
    """The lemma of the noun a relative pronoun stands for: the noun just before it ("a
    crash that killed"), which the parser may not attach it to ("X mourns after crash that
    killed Y" hangs the clause on "mourns")."""
    before = relative.doc[relative.i - 1] if relative.i > 0 else relative
    return (
        before.lemma_.lower()
        if before.pos_ in ("NOUN", "PROPN")
        else relative.head.head.lemma_.lower()
    )


def unsaid_doer(pred: Token) -> bool:
    """A passive verb with no agent ("was fatally injured", "homes reported as destroyed"):
    the text names no doer, so any actor the parse gives it was borrowed."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)
    return passive and not any(c.dep_ == "agent" for c in pred.children)


# What a report on a disaster or an accident opens with ("fire" is as often gunfire).
DISASTER_WORDS = frozenset(
    "earthquake quake aftershock storm hurricane typhoon cyclone tornado tornadoes flood floods "
    "flooding tsunami landslide mudslide avalanche wildfire wildfires eruption blizzard "
    "snowstorm crash accident collision derailment collapse".split()
)
# Who acts politically in a disaster: the state's bodies, armed groups, aid organisations.
ACTING_SECTORS = lex.POLITICAL_SECTORS | {"NGO"}


def disaster_story(candidate: Candidate) -> bool:
    """In a report that opens on a disaster or an accident, an event with no political
    actor on either side ("area residents were assisting those who lost their homes", "the
    crew were all rescued"): the disaster's story, not a political event. A state named as
    acting ("Japan sent rescuers") or a political sector keeps it; with nobody named acting,
    the country of those it befell acts in nothing ("miners in Copiapó, Chile were rescued")."""
    return story_without_actors(candidate, DISASTER_WORDS)


def story_without_actors(
    candidate: Candidate, story_words: frozenset[str], countries_act: bool = True
) -> bool:
    """Does the report open with one of `story_words` (what kind of story it is), and no
    political actor act on either side of the candidate? A country with no sector counts
    as acting where `countries_act`, else only when a side is the country itself ("the
    United States will boycott the Olympics", not "the Belgian rider" in a race)."""
    codes = candidate.source_codes + candidate.target_codes
    sides = candidate.source + candidate.target
    countries_act = countries_act or any(span.root.ent_type_ == "GPE" for span in sides)
    if not candidate.source or not countries_act:
        codes = [code for code in codes if code.sector]
    if any(code.sector in ACTING_SECTORS or (code.country and not code.sector) for code in codes):
        return False
    return not opening_words(candidate.trigger.doc).isdisjoint(story_words)


# Blasts and fires that happen at a works, and the works they happen at: "an explosion
# ripped through a chemical plant" is an accident, not a bombing.
BLASTS = frozenset({"explosion", "explosions", "blast", "blasts", "fire", "fires", "blaze"})
INDUSTRIAL_SITES = frozenset(
    "plant factory refinery pipeline boiler gas warehouse fireworks chemical chemicals reactor "
    "furnace cylinder depot colliery mine mill workshop".split()
)
# Words that tell of a bombing or an attack, whatever blew up.
BOMBING_WORDS = (lex.TERROR_MEANS | lex.GENERIC_MEANS | lex.ARMED_MEANS) - BLASTS - {"mine"}


def industrial_blast(candidate: Candidate) -> bool:
    """A blast or a fire as the doer of harm where the sentence or the report's opening names
    a works and the sentence no bomb or attack ("An explosion ripped through a chemical
    plant, injuring 30 workers"): no one assaulted anyone."""
    doers = {head_words(span.root)[0] for span in candidate.source}
    if not doers or not doers <= BLASTS:
        return False
    sentence = candidate.trigger.sent
    words = word_set(sentence)
    if words & BOMBING_WORDS:
        return False
    return not (words | opening_words(sentence.doc)).isdisjoint(INDUSTRIAL_SITES)
