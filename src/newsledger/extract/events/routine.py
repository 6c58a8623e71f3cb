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

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.everyday import MOVING_VERBS, everyday
from newsledger.extract.events.mishaps import vehicle_accident

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
    """Meeting a target or a standard is no meeting (CONSULT)."""
    if pred.lemma_.lower() != "meet":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in MEASURES for c in pred.children)


# What is published, not set free, when it is released ("figures released on Friday").
PUBLISHED = frozenset(
    "figure figures statistic statistics data report reports study studies result results "
    "detail details information number numbers document documents footage video videos "
    "album film record records estimate estimates survey surveys poll polls".split()
)


def published(pred: Token) -> bool:
    """Releasing a report or figures publishes them; no one is freed (RETREAT, CONCEDE)."""
    if pred.lemma_.lower() != "release":
        return False
    released = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if pred.dep_ == "acl":
        released.append(pred.head)  # "figures released late Friday"
    if pred.dep_ == "ROOT" and not released:
        released = [c for c in pred.children if c.dep_ == "nsubj"]  # a parse of the same
    return any(t.lemma_.lower() in PUBLISHED or t.lower_ in PUBLISHED for t in released)


def routine(candidate: Candidate) -> bool:
    """Is the candidate one of news's routine senses, not a political event?"""
    pred = candidate.predicate
    return (
        press_request(candidate)
        or won_by_a_score(candidate)
        or vehicle_accident(candidate)
        or moved_by(pred)
        or met_a_measure(pred)
        or published(pred)
        or everyday(candidate)
    )
