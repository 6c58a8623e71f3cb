"""News's routine that event cues misread: a reporter asking for comment, a named storm or a
vehicle in an accident doing the harm, a match result, a market move, a target met, figures
released.

Each reads a cue word's political sense ("request", "struck", "beat", "declined", "met",
"released") where general news uses an everyday one; the real-news criterion is that
disasters, markets and sport yield no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.common import acted_on
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.business import BUSINESS_NOUNS
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.cues import prep_objects
from newsledger.extract.events.everyday import MOVING_VERBS, everyday
from newsledger.extract.events.mishaps import story_without_actors, vehicle_accident

# What a reporter asks an official for: not a political demand ("a request for comment").
PRESS_WANTS = frozenset({"comment", "comments", "interview", "interviews", "reaction"})
ASKING_WORDS = frozenset({"request", "ask", "call", "query", "inquiry", "enquiry"})


def press_request(candidate: Candidate) -> bool:
    """ "did not respond to a request from Reuters for comment", "asked the ministry for
    comment": a journalist's request, not a demand between political actors."""
    trigger = candidate.trigger
    if trigger.lemma_.lower() not in ASKING_WORDS:
        return False
    holders = [trigger]
    if trigger.dep_ == "dobj":
        holders.append(trigger.head)  # "answered a request from Bloomberg for comment"
    wanted = [
        p
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(p.lower_ in PRESS_WANTS for p in wanted)


# Titles of named disasters (not "Stock" in "the Tokyo Stock Exchange").
DISASTER_TITLES = frozenset(
    "hurricane typhoon cyclone storm tornado earthquake quake wildfire fire flood".split()
)


def named_disaster(root: Token) -> bool:
    """ "Hurricane Katrina", "Typhoon Haiyan": a name whose title is a disaster word."""
    return root.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in DISASTER_TITLES for c in root.children
    )


# A score ("2-1", "a 3-0 win") or a margin only games have ("by nine wickets").
SCORE = re.compile(r"(?<![\d/.-])\d{1,2} ?[-–] ?\d{1,2}(?![\d/.%-])")
MARGIN_WORDS = frozenset({"wicket", "wickets", "run", "runs", "stroke", "strokes"})
# Words for a contest's turns that cue violence elsewhere ("Barcelona's attack").
CONTEST_TRIGGERS = frozenset({"attack", "beat", "defeat", "crush", "rout", "thrash", "capture"})


def a_match(candidate: Candidate, sport_words: bool = False) -> bool:
    """A side that beat another by a score or a margin, or (with `sport_words`, for actors
    no political code was found for) a team's attack in a sentence about a game."""
    if candidate.trigger.lemma_.lower() not in CONTEST_TRIGGERS:
        return False
    sentence = candidate.trigger.sent
    if SCORE.search(sentence.text) or any(_a_margin(t) for t in sentence):
        return True
    return sport_words and any(t.lower_ in lex.SPORT_WORDS for t in sentence)


def _a_margin(token: Token) -> bool:
    """ "by nine wickets", "by 20 runs": a counted margin, not "accounts run by"."""
    return token.lower_ in MARGIN_WORDS and any(
        c.like_num or c.ent_type_ == "CARDINAL" for c in token.children
    )


# Winning verbs, and the sectors that fight rather than play.
WINNING_VERBS = frozenset({"beat", "defeat", "crush", "rout", "thrash", "edge"})
ARMED = frozenset({"MIL", "REB", "COP", "UAF"})


def won_by_a_score(candidate: Candidate) -> bool:
    """ "Real Madrid beat Sevilla 3-1": a win by a score, even by a side named for a city
    (coded as its government), unless an armed party is coded on it."""
    codes = candidate.source_codes + candidate.target_codes
    return (
        candidate.trigger.lemma_.lower() in WINNING_VERBS
        and bool(SCORE.search(candidate.trigger.sent.text))
        and not any(code.sector in ARMED for code in codes)
    )


def moved_by(pred: Token) -> bool:
    """ "Easyjet has declined 11%", "shares fell 5 percent": a figure moved by an amount
    written as the verb's object or measure, not a refusal."""
    return any(
        pred.lemma_.lower() in MOVING_VERBS
        and c.dep_ in ("dobj", "npadvmod", "advmod")
        and any(t.ent_type_ in ("PERCENT", "MONEY") for t in c.subtree)
        for c in pred.children
    )


# Things one meets as a measure, not people one meets ("met its emissions targets").
MEASURES = frozenset(
    "target targets goal goals requirement requirements standard standards need needs "
    "guideline guidelines criterion criteria deadline deadlines expectation expectations "
    "forecast forecasts quota quotas cost costs obligation obligations".split()
)


def met_a_measure(pred: Token) -> bool:
    """Meeting a target or a standard is no meeting (CONSULT), also when the parser puts
    the measure in a conjunct ("meet analysts' and its own expectations")."""
    if pred.lemma_.lower() != "meet":
        return False
    met = acted_on(pred)
    met += [c for m in met for c in m.children if c.dep_ == "conj"]
    return any(m.lower_ in MEASURES for m in met) or _measure_follows(pred)


def _measure_follows(pred: Token) -> bool:
    """A measure in the words right after the verb, before any other verb or preposition:
    the parser may hang "analysts’ and its own expectations" on another word."""
    for token in pred.doc[pred.i + 1 : min(pred.i + 9, pred.sent.end)]:
        if token.lower_ in MEASURES:
            return True
        if token.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}:
            return False
    return False


def to_blame(pred: Token) -> bool:
    """ "engine failure may have been to blame": what caused it, not anyone's accusation."""
    return (
        pred.lemma_.lower() == "blame"
        and pred.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)
    )


# What investigators rule out as a cause: no refusal of anything.
CAUSES = frozenset({"cause", "causes", "factor", "factors", "motive", "motives", "reason"})


def ruled_out_as_a_cause(pred: Token) -> bool:
    """ "ruled out sabotage as a cause of the crash": an inquiry's finding, no REJECT."""
    return pred.lemma_.lower() == "rule" and any(
        p.lower_ in CAUSES for p in prep_objects(pred, "as")
    )


# Buildings an inspector condemns as unfit: no disapproval of anyone.
BUILDINGS = frozenset(
    "house houses home homes building buildings structure structures property properties "
    "dwelling dwellings block blocks bridge bridges".split()
)


def condemned_building(pred: Token) -> bool:
    """ "officials condemned several of the damaged houses": declared unfit to live in."""
    if pred.lemma_.lower() != "condemn":
        return False
    condemned = acted_on(pred)
    condemned += [p for c in condemned for p in prep_objects(c, "of")]
    return any(c.lower_ in BUILDINGS for c in condemned)


# The hurt as a group: "the injured", "the dead and wounded".
HURT = frozenset({"injured", "wounded", "killed", "hurt", "maimed"})


def the_hurt(trigger: Token) -> bool:
    """ "The injured were taken to hospital": the hurt as a group, no act of hurting."""
    return (
        trigger.lower_ in HURT
        and trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
    )


# Services and routes a storm or a strike stops and starts: flights, trains, roads.
SERVICES = frozenset(
    "flight flights service services operation operations train trains departure departures "
    "route routes road roads section sections highway highways lane lanes line lines airport "
    "airports station stations terminal terminals trading trades work construction "
    "demolition production".split()
)
SERVICE_VERBS = frozenset({"halt", "suspend", "cancel", "resume", "reopen", "close", "ground"})
HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "clinic", "treatment", "treated"})


def services_stopped(candidate: Candidate) -> bool:
    """ "the airline canceled four flights", "both sections have since reopened", patients
    "later released" from hospital: a service's or a patient's day, with no political actor
    coded on it."""
    codes = candidate.source_codes + candidate.target_codes
    if any(code.sector in lex.POLITICAL_SECTORS for code in codes):
        return False
    business = any(t.lemma_.lower() in BUSINESS_NOUNS for span in candidate.source for t in span)
    if not business and any(not code.sector for code in codes):
        return False  # a state ("Russia suspended all flights"), not "a Spanish carrier"
    pred = candidate.predicate
    lemma = pred.lemma_.lower()
    if lemma in ("release", "discharge"):
        return any(t.lower_ in HOSPITAL_WORDS for t in pred.sent)
    if lemma not in SERVICE_VERBS:
        return False
    stopped = [c for c in pred.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    stopped += [p for c in stopped for p in prep_objects(c, "of")]  # "four of its flights"
    return any(t.lower_ in SERVICES for t in stopped)


# Losses one regrets without owning them: "regret at the news of his death".
LOSSES = frozenset({"death", "deaths", "loss", "losses", "passing", "news", "demise"})


def mourned(trigger: Token) -> bool:
    """Regret at a death is mourning, no apology (CONCEDE)."""
    if trigger.lemma_.lower() != "regret":
        return False
    holders = [trigger]
    while holders[-1].dep_ in ("conj", "dobj") and len(holders) < 3:
        holders.append(holders[-1].head)  # "express sadness and regret at the news"
    held = [p for h in holders for p in prep_objects(h, frozenset({"at", "over", "for"}))]
    return any(t.lower_ in LOSSES for p in held for t in p.subtree)


# What is published, not set free, when it is released ("figures released on Friday").
PUBLISHED = frozenset(
    "figure figures statistic statistics data report reports study studies result results "
    "detail details information number numbers document documents footage video videos "
    "album film record records estimate estimates survey surveys poll polls app apps software "
    "product products single song songs game games version client phone device model".split()
)


def published(pred: Token) -> bool:
    """Releasing a report or figures publishes them; no one is freed (RETREAT, CONCEDE)."""
    if pred.lemma_.lower() != "release":
        return False
    released = acted_on(pred)
    if pred.dep_ == "acl":
        released.append(pred.head)  # "figures released late Friday"
    if not released:  # a parse of the same, as the main verb or a clause's
        released = [c for c in pred.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in PUBLISHED or t.lower_ in PUBLISHED for t in released)


# What a side defends or signs in sport: a title, a player.
TITLES = frozenset("title titles crown championship belt trophy medal record".split())
PLAYERS = frozenset(
    "player players midfielder midfielders striker strikers defender defenders goalkeeper "
    "forward forwards winger quarterback pitcher batsman bowler".split()
)


def sporting(pred: Token) -> bool:
    """ "defended her title", "signed the midfielder", "withdrew from the tournament": a
    side's season, no support, agreement or retreat."""
    lemma = pred.lemma_.lower()
    objects = {c.lower_ for c in acted_on(pred)}
    if lemma in ("defend", "retain") and objects & TITLES:
        return True
    if lemma == "sign" and objects & PLAYERS:
        return True
    left = {p.lower_ for p in prep_objects(pred, "from")}
    return lemma in ("withdraw", "pull") and bool(left & lex.SPORT_WORDS)


def sport_story(candidate: Candidate) -> bool:
    """In a report that opens on sport ("United beat City in derby"), an event with no
    political actor on either side: "the home side attacked", "the world number two pulled
    out", "his team defended his lead" are play, whatever country the players are from."""
    return story_without_actors(candidate, lex.SPORT_STORY_WORDS, countries_act=False)


def routine(candidate: Candidate) -> bool:
    """Is the candidate one of news's routine senses, not a political event?"""
    pred = candidate.predicate
    return (
        press_request(candidate)
        or won_by_a_score(candidate)
        or vehicle_accident(candidate)
        or moved_by(pred)
        or met_a_measure(pred)
        or to_blame(pred)
        or ruled_out_as_a_cause(pred)
        or condemned_building(pred)
        or the_hurt(candidate.trigger)
        or services_stopped(candidate)
        or mourned(candidate.trigger)
        or sporting(pred)
        or published(pred)
        or everyday(candidate)
    )
