"""Everyday senses of cue words in market, business and election news, and idioms.

Markets move ("home values are declining", "a rally lifted the index"), firms order goods
("ordered 3 jets"), polls measure support ("64 percent support"), and idioms borrow a
cue word ("captured on film", "soldiers under his command", "take growth for granted").
None is an act between political actors; the real-news criterion is that market reports
yield no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.common import acted_on
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.candidate import Candidate

# Things that rise and fall as figures: "home values are declining", "exports fell".
FIGURE_NOUNS = frozenset(
    "value price rate sale index share stock cost number figure export import output profit "
    "revenue earning inflation unemployment growth demand supply production spending yield "
    "currency dollar euro yen pound rouble ruble peso market economy wage income "
    "deficit debt reserve".split()
)
# Verbs that tell how a figure moved ("shares fell 5 percent").
MOVING_VERBS = frozenset(
    "decline drop fall rise climb slip slump plunge tumble sink gain lose jump surge".split()
)
# ... and those a figure as their subject moves by ("home values are declining").
FIGURE_VERBS = (MOVING_VERBS - {"lose"}) | frozenset(
    "increase decrease grow shrink soar dip".split()
)


def figure_lifted(pred: Token) -> bool:
    """ "demand lifted sales", "the rally lifted the index": a figure raised, not a ban
    lifted."""
    return pred.lemma_.lower() == "lift" and any(
        c.lemma_.lower() in FIGURE_NOUNS for c in acted_on(pred)
    )


def figure_moved(pred: Token) -> bool:
    """ "home values are declining": a figure as the subject of a moving verb, with no
    refusal's complement ("declined to comment"), is statistics."""
    if pred.lemma_.lower() not in FIGURE_VERBS:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in pred.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FIGURE_NOUNS for c in pred.children
    )


# Money one "sinks" or "pours" into something: investing, not sinking ships.
INVESTING_VERBS = frozenset({"sink", "pour", "plough", "plow", "pump"})
MONEY_NOUNS = frozenset(
    "saving savings money fund funds cash capital investment billion million".split()
)


def invested(pred: Token) -> bool:
    """ "investors are sinking their savings into the market"."""
    if pred.lemma_.lower() not in INVESTING_VERBS:
        return False
    money = any(
        c.dep_ == "dobj" and (c.lemma_.lower() in MONEY_NOUNS or c.ent_type_ == "MONEY")
        for c in pred.children
    )
    into = pred.lemma_.lower() == "sink" and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in pred.children
    )
    vessel = any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in VESSELS
        for c in pred.children
    )
    return (money or into) and not vessel


VESSELS = frozenset({"ship", "vessel", "boat", "submarine", "ferry", "tanker"})


# Verbs that stop, restart or undo trading ("a glitch halted trading", "trading was
# suspended", "trades at prices 60% off are to be cancelled").
STOPPING_VERBS = frozenset(
    {"halt", "suspend", "stop", "resume", "freeze", "pause", "restart", "cancel"}
)
# A market's deals, as a word (not "trade", a country's trade another may suspend).
TRADING_WORDS = frozenset({"trading", "trades"})


def stock_trading(candidate: Candidate) -> bool:
    """Trading as a market's business, or its halt: no trade deal, no sanction. "The two
    sides were trading accusations" (a verb) is not read here."""
    trigger, pred = candidate.trigger, candidate.predicate
    if trigger.lower_ == "trading" and trigger.pos_ == "NOUN":
        return True
    if pred.lemma_.lower() not in STOPPING_VERBS:
        return False
    # the parser may make what is stopped the subject of "are to be cancelled"
    stopped = [*acted_on(pred), *(span.root for span in candidate.source)]
    return any(c.lower_ in TRADING_WORDS or c.lemma_ in lex.MARKET_WORDS for c in stopped)


# Verbs a figure passes a level with ("the index breached 8,000").
PASSING_VERBS = frozenset({"breach", "break", "top", "cross", "pass", "surpass", "exceed"})
NUMBER_ENTITIES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def passed_a_level(pred: Token) -> bool:
    """ "The Dow breached 8,000": passing a number is no breach of a deal."""
    if pred.lemma_.lower() not in PASSING_VERBS:
        return False
    return any(
        c.dep_ == "dobj" and (c.like_num or c.ent_type_ in NUMBER_ENTITIES) for c in pred.children
    )


# Index names that tell a rally is the market's ("a rally lifted the Nikkei").
INDEX_WORDS = frozenset({"index", "indices", "indexes", "dow", "nasdaq", "ftse", "nikkei", "dax"})
PROTEST_PEOPLE = frozenset(
    "protester protesters demonstrator demonstrators supporter supporters marcher "
    "marchers activist activists crowd crowds".split()
)


def market_rally(trigger: Token) -> bool:
    """ "Today's 2.1% rally": a rally measured in percent or in market words is the market's;
    so is one in a sentence about shares or an index where no protesters or supporters
    appear ("The rally lifted the index")."""
    if trigger.lemma_.lower() != "rally":
        return False
    if any(
        t.ent_type_ == "PERCENT" or t.lemma_.lower() in lex.MARKET_WORDS
        for c in trigger.children
        for t in c.subtree
    ):
        return True
    words = {t.lemma_.lower() for t in trigger.sent} | {t.lower_ for t in trigger.sent}
    if words & PROTEST_PEOPLE:
        return False
    if words & (lex.MARKET_WORDS | INDEX_WORDS):
        return True
    # "when explaining the rally" in a report on stocks: a bare rally in a market story
    bare = all(c.dep_ in ("det", "amod", "punct") for c in trigger.children)
    return bare and sum(_market_word(t) for t in trigger.doc) >= MARKET_STORY


# Market words in a document that make it a market story.
MARKET_STORY = 3


def _market_word(token: Token) -> bool:
    return token.lemma_.lower() in lex.MARKET_WORDS or token.lower_ in INDEX_WORDS


# Goods firms order ("ordered 3 jets"): a purchase, not a demand.
GOODS = frozenset(
    "jet jets aircraft plane planes airliner airliners helicopter helicopters train trains "
    "locomotive locomotives ship ships vessel vessels car cars vehicle vehicles bus buses "
    "truck trucks turbine turbines unit units copy copies engine engines".split()
)


def ordered_goods(pred: Token) -> bool:
    """ "Libyan Airlines ordered 3 jets": an order for goods, with no one told to act."""
    if pred.lemma_.lower() != "order":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in pred.children):
        return False
    return any(
        (c.dep_ in ("dobj", "nsubjpass") and _goods(c))
        or (c.dep_ == "prep" and c.lower_ in ("for", "with", "worth") and _a_price(c))
        for c in pred.children
    )


def _goods(obj: Token) -> bool:
    """The object or a word compounded on it is goods ("3 Bombardier regional jet s")."""
    words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod", "amod"))]
    return any(w.lemma_.lower() in GOODS or w.lower_ in GOODS for w in words)


def _a_price(prep: Token) -> bool:
    """ "ordered the cloning for US$50,000", "ordered 3 jet s with a value of $108m": what
    is ordered for a price is bought."""
    return any(t.ent_type_ == "MONEY" for t in prep.subtree)


# Those whose support a poll or a vote measures.
ELECTORATE = frozenset(
    "voter voters electorate constituent constituents respondent respondents".split()
)


def poll_support(trigger: Token) -> bool:
    """ "out front with 64 percent support", "drawing support from voters": a share of the
    vote or a poll, not one party backing another."""
    if trigger.lemma_.lower() != "support" or trigger.pos_ != "NOUN":
        return False
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    for c in (c for holder in holders for c in holder.children):
        if c.ent_type_ == "PERCENT" or c.lower_ in ("percent", "per", "%"):
            return True
        voters = (p.lower_ in ELECTORATE for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "from" and any(voters):
            return True
    return False


# Media a scene is caught on ("captured on film"): recorded, not seized.
RECORDINGS = frozenset("film camera video tape cctv footage videotape cellphone".split())


def recorded(pred: Token) -> bool:
    """ "an exchange of insults captured on film": caught on camera, not captured."""
    if pred.lemma_.lower() not in ("capture", "catch"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in RECORDINGS for p in c.children)
        for c in pred.children
    )


def compared_figure(trigger: Token) -> bool:
    """ "34 cents a share, opposed to 31 cents": a comparison of figures, no opposition."""
    return trigger.lower_ == "opposed" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL") for t in c.subtree)
        for c in trigger.children
    )


def idiom(trigger: Token) -> bool:
    """A cue word inside an idiom: "soldiers under his command" (whose, not an order),
    "take growth for granted" (assumed, not granted), "a fighting chance", a "margin
    call" (a lender's)."""
    word, head = trigger.lower_, trigger.head
    if word == "command" and trigger.dep_ == "pobj" and head.lower_ == "under":
        return True
    if word == "fighting" and head.lemma_.lower() == "chance":
        return True  # "a fighting chance"
    if word == "granted" and (
        head.lower_ == "for" or any(c.lower_ == "for" for c in trigger.children)
    ):
        return True
    return margin_call(trigger)


def margin_call(noun: Token) -> bool:
    """ "a margin call": a lender's demand for cash, no one's call."""
    return noun.lemma_.lower() == "call" and any(
        c.dep_ == "compound" and c.lower_ in ("margin", "cash", "capital") for c in noun.children
    )


# Verbs a price or a figure moves back with ("oil retreated to $121.79").
RETURNING_VERBS = frozenset({"retreat", "recover", "rebound", "ease", "advance", "return"})


def priced_move(pred: Token) -> bool:
    """ "Brent crude retreated to $121.79": a price moved to or by an amount, not a
    withdrawal."""
    if pred.lemma_.lower() not in RETURNING_VERBS | FIGURE_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "by", "from")
        and any(t.ent_type_ in ("MONEY", "PERCENT") for t in c.subtree)
        for c in pred.children
    )


def supply_met(pred: Token) -> bool:
    """ "supply is meeting demand": a figure meeting another is no meeting or concession."""
    return pred.lemma_.lower() == "meet" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FIGURE_NOUNS for c in pred.children
    )


# Verbs of one side ahead of another in a poll or a count ("beating Labour by 7%").
LEADING_VERBS = frozenset({"beat", "lead", "trail", "outpoll", "edge", "defeat"})


def ahead_in_a_poll(pred: Token) -> bool:
    """A lead by a percent is a poll's or a count's, not an assault."""
    return pred.lemma_.lower() in LEADING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(t.ent_type_ == "PERCENT" for t in c.subtree)
        for c in pred.children
    )


# What measures how much buyers want: "strong demand", "consumer demand", "demand growth".
DEMAND_MEASURES = frozenset(
    "strong stronger weak weaker high higher low lower robust solid sluggish soft exceptional "
    "rising falling growing slowing slow healthy brisk buoyant record overall underlying "
    "seasonal pent-up consumer customer market global domestic export import energy oil "
    "housing travel investor".split()
)


def market_demand(trigger: Token) -> bool:
    """ "strong demand for chips", "consumer demand": how much buyers want, a market
    measure, no political demand."""
    if trigger.pos_ != "NOUN" or trigger.lower_ != "demand":
        return False
    nouns = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    return any(  # "consumer confidence and demand"
        c.dep_ in ("amod", "compound") and c.lower_ in DEMAND_MEASURES
        for noun in nouns
        for c in noun.children
    )


# Who comments on markets: their blame or doubt is analysis, not a political act.
MARKET_VOICES = frozenset(
    "analyst analysts economist economists strategist strategists trader traders broker "
    "brokers dealer dealers".split()
)


def market_voices(candidate: Candidate) -> bool:
    """ "Analysts blamed weak sales for the drop": every actor a market commentator."""
    return bool(candidate.source) and all(
        span.root.lower_ in MARKET_VOICES for span in candidate.source
    )


def everyday(candidate: Candidate) -> bool:
    """Is the candidate a market's, a buyer's or a poll's everyday sense, or an idiom?"""
    pred, trigger = candidate.predicate, candidate.trigger
    return (
        figure_moved(pred)
        or figure_lifted(pred)
        or invested(pred)
        or stock_trading(candidate)
        or passed_a_level(pred)
        or market_rally(trigger)
        or ordered_goods(pred)
        or poll_support(trigger)
        or recorded(pred)
        or idiom(trigger)
        or priced_move(pred)
        or supply_met(pred)
        or ahead_in_a_poll(pred)
        or market_demand(trigger)
        or compared_figure(trigger)
        or market_voices(candidate)
        or any(margin_call(span.root) for span in candidate.source)
    )
