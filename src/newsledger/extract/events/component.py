"""Events: what happened, was decided, planned, feared or denied; who did it to whom, where, when.

Runs last. Each sentence is coded on its own (`events_clauses`: PLOVER category from the
cue lexicon, status from modality, negation and governing verbs, actors from the parse and
coded as PLOVER country + sector by `events_actors`). This component then ties each event
to the rest of the record: actor/target/place entity ids (`entity_at` over the entity
mentions), a time (a timex in the same clause, else the nearest in the sentence, else the
article date when the verb is present perfect or progressive: "has authorized" is news of
the day), and the attribution whose content holds the trigger. An event reported inside a
"feared"/"warned" attribution is feared, inside a denial denied, inside a plan planned:
event data usually drops who said what; the ledger keeps it.

Events inside another event's complement ("threatened to impose sanctions") are part of it
and are not reported separately; nothing is read from furniture lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import entity_at, to_span, touches_furniture
from newsledger.extract.entities.agents import agent_at
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import (
    ActorCode,
    code_actors,
    place_country,
    place_like,
)
from newsledger.extract.events.arguments import passive_subject
from newsledger.extract.events.business import among_companies, company_tokens
from newsledger.extract.events.category_model import recategorise, shipped_category_model
from newsledger.extract.events.clauses import Candidate, code_sentence
from newsledger.extract.events.cues import phrase, prep_objects
from newsledger.extract.events.descriptions import backing_describes_an_actor
from newsledger.extract.events.mishaps import (
    RELATIVES,
    an_accident_told,
    antecedent,
    disaster_story,
    head_words,
    industrial_blast,
    opening_words,
    unsaid_doer,
    word_set,
)
from newsledger.extract.events.routine import a_match, named_disaster, routine, sport_story
from newsledger.extract.events.timing import after_publication, event_time
from newsledger.extract.extensions import PARSED, register_extensions
from newsledger.records import Attribution, Event, Span, Timex

# Attribution cue lemmas that set the status of what they report.
FEAR_CUES = lex.FEAR_CUES
DENY_CUES = lex.DENY_CUES
PLAN_CUES = lex.PLAN_CUES
PLACE_PREPS = lex.EVENT_PLACE_PREPS
HOME_REGIONS = ("reporting_from", "dateline")
POINT_TYPES = frozenset({"DATE", "TIME"})  # a duration ("two months") is not when


@Language.factory(
    "newsledger_events",
    requires=[
        "doc._.published",
        "doc._.regions",
        "doc._.nl_mentions",
        "doc._.nl_entities",
        "doc._.nl_agent_mentions",
        "doc._.nl_timexes",
        "doc._.nl_attributions",
        "token._.furniture",
        "doc.ents",
        *PARSED,
    ],
    assigns=["doc._.nl_events"],
)
def make_events(nlp: Language, name: str) -> EventExtractor:
    register_extensions()
    return EventExtractor()


class EventExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_events = [coded.event for coded in read_events(doc)]
        return doc


def events_from_doc(doc: Doc) -> list[Event]:
    """The records this component left on the doc."""
    return list(doc._.nl_events or [])


@dataclass(slots=True)
class CodedEvent:
    """An event record with its PLOVER actor codes (the record has no field for them yet)."""

    event: Event
    source_codes: list[ActorCode] = field(default_factory=list)
    target_codes: list[ActorCode] = field(default_factory=list)


def read_events(doc: Doc) -> list[CodedEvent]:
    """Every event of the doc, in text order, with ids v1, v2, …"""
    if not doc.has_annotation("DEP"):  # no parse, no clauses to read
        return []
    people = people_countries(doc)
    home = home_country(doc)
    attributions: list[Attribution] = list(doc._.nl_attributions or [])
    timexes = sorted(
        (t for t in doc._.nl_timexes or [] if t.type in POINT_TYPES), key=lambda t: t.span.start
    )
    category_model = shipped_category_model()
    companies = company_tokens(doc)
    found: list[CodedEvent] = []
    for sent in doc.sents:
        if all(token._.furniture or token.is_space for token in sent):
            continue
        candidates = [c for c in code_sentence(sent, people, home) if worth_reporting(c, companies)]
        decided_by = recategorise(candidates, category_model)
        for candidate in candidates:
            found.append(_record(doc, sent, candidate, attributions, timexes, home, decided_by))
    for number, coded in enumerate(found, start=1):
        coded.event.id = f"v{number}"
    return found


def worth_reporting(
    candidate: Candidate, companies: set[int] | frozenset[int] = frozenset()
) -> bool:
    if candidate.wrapped_by is not None or not candidate.category:
        return False
    if candidate.trigger._.furniture or not_political(candidate, companies):
        return False
    if backing_describes_an_actor(candidate):
        return False  # "rebels backed by Turkey attacked": the attack is the event
    if candidate.predicate.pos_ == "NOUN":  # a bare event noun needs someone doing it
        return bool(candidate.source or candidate.target)
    return True


# Sectors of political actors: with one of them acting, a disaster or a match can still
# hold a political event ("troops were sent to the flooded towns").
POLITICAL_SECTORS = lex.POLITICAL_SECTORS
FORCE = frozenset({"ASSAULT", "FIGHT", "COERCE", "THREATEN"})


def not_political(candidate: Candidate, companies: set[int] | frozenset[int] = frozenset()) -> bool:
    """A quake that struck, earnings that beat forecasts, a side that beat another, a firm
    buying a rival: news, but no political event, unless a political actor is coded on it."""
    if (
        str(candidate.category) in FORCE
        and _no_one_acting(candidate)
        and _a_disaster_toll(candidate)
    ):
        return True  # "52 people were killed when a fire ripped through a factory"
    if str(candidate.category) in FORCE and industrial_blast(candidate):
        return True  # "an explosion ripped through a chemical plant, injuring 30 workers"
    if _a_lasting_state(candidate.predicate):
        return True  # "villages that remain cut off": how they are, not what anyone did
    if routine(candidate):
        return True  # "a request from Reuters for comment", "shares fell 5%", "beat them 2-1"
    heads = [head_words(span.root) for span in candidate.source]
    if heads and all(
        lex.NON_POLITICAL_AGENTS.intersection(head) or named_disaster(span.root)
        for head, span in zip(heads, candidate.source, strict=True)
    ):
        return True  # "Athens bank fire kills three", "Hurricane Katrina struck"
    doers = {code.sector for code in candidate.source_codes}
    if (
        str(candidate.category) in FORCE
        and not doers & POLITICAL_SECTORS
        and _subjects_of_clause(candidate.predicate) & lex.NON_POLITICAL_AGENTS
    ):
        return True  # "a plane crash that killed the governor": the victim acts in nothing
    codes = candidate.source_codes + candidate.target_codes
    if any(code.sector in POLITICAL_SECTORS for code in codes):
        return False
    if _befell(candidate) or _on_the_market(candidate) or _a_change_in_figures(candidate):
        return True
    if str(candidate.category) == "CONSULT" and candidate.predicate.lemma_.lower() == "visit":
        return True  # "the woman visited Singapore": travel, with no political actor coded
    if among_companies(candidate.source, companies) and (
        not candidate.target or among_companies(candidate.target, companies)
    ):
        return True  # "BT has agreed to buy rival operator TalkTalk"
    if not candidate.source and _a_company_undergoes(candidate, companies):
        return True  # "Microsoft has been criticized for sitting on cash": by no one named
    if _subjects_of_clause(candidate.predicate) & lex.NON_POLITICAL_AGENTS:
        return True  # "killing 40" after "an earthquake struck"; "a magnitude 6.8 quake struck"
    if disaster_story(candidate) or sport_story(candidate):
        return True  # "area residents were assisting those who lost their homes"
    sentence = candidate.trigger.sent
    return a_match(candidate, sport_words=True) or (
        str(candidate.category) in FORCE
        and any(t.lemma_.lower() in lex.SPORT_WORDS for t in sentence)
    )


def _a_company_undergoes(candidate: Candidate, companies: set[int] | frozenset[int]) -> bool:
    """Something done to a company by no one named, its target uncoded or a company."""
    if candidate.target:
        return among_companies(candidate.target, companies)
    undergoer = passive_subject(candidate.predicate)
    return undergoer is not None and among_companies([phrase(undergoer)], companies)


# Verbs that tell how a figure moved: "attrition declined to 12.9 percent".
MOVING_FIGURES = frozenset(
    "decline drop fall rise climb increase decrease surge plunge slip grow jump slump".split()
)


def _a_change_in_figures(candidate: Candidate) -> bool:
    """A figure that moved to, by or from another ("declined to 12.9 percent"): statistics,
    not a refusal or any other political event."""
    pred = candidate.predicate
    if pred.lemma_.lower() not in MOVING_FIGURES:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "by", "from")
        and any(t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") for t in c.subtree)
        for c in pred.children
    )


def _no_one_acting(candidate: Candidate) -> bool:
    """No actor, or only a count of the hurt ("with more than 1,500 injured": the parser
    makes the number the subject), or a passive with no agent, whose actor the parse can
    only have borrowed ("the occupant was fatally injured")."""
    if unsaid_doer(candidate.predicate) or _after_a_mishap(candidate.predicate):
        return True
    return all(
        span.root.like_num or span.root.lemma_.lower() in ("people", "person", "other")
        for span in candidate.source
    )


def _after_a_mishap(pred: Token) -> bool:
    """ "A building collapsed, killing 12": the harm follows from something that befell,
    done to no one by anyone (a bomb that exploded is told by the sentence's violent words)."""
    befell = pred.head
    return (
        pred.dep_ in ("advcl", "conj")
        and befell.lemma_.lower() in lex.BEFALLING_VERBS
        and not any(c.dep_ in ("dobj", "agent") for c in befell.children)
    )


def _a_disaster_toll(candidate: Candidate) -> bool:
    """Deaths or injuries with nobody doing them, in a sentence that names a disaster or an
    accident, or in a report whose opening does, and no means of violence in the sentence: a
    toll, not an assault ("At least 237 people were killed" in a report on a quake)."""
    sentence = candidate.trigger.sent
    words = word_set(sentence)
    if word_set(t for t in sentence if not _rescuing(t)) & VIOLENT_WORDS:
        return False
    if an_accident_told(words):
        return True  # "a bus overturned, killing 14 passengers"
    return bool((words | opening_words(sentence.doc)) & lex.NON_POLITICAL_AGENTS)


# What troops do in a disaster, not to its victims: "troops were rescuing marooned villagers".
RESCUE_VERBS = frozenset(
    "rescue evacuate help search deploy airlift assist distribute deliver clear".split()
)


def _rescuing(token: Token) -> bool:
    """A word of the subject (or the subject's phrase) of a rescuing verb."""
    head = token
    while head.dep_ not in ("nsubj", "nsubjpass") and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in RESCUE_VERBS


# Who does violence, where a sentence names them without the parse making them the actor.
VIOLENT_AGENTS = frozenset(
    "gunman gunmen militant militants attacker attackers bomber bombers assailant assailants "
    "shooter sniper snipers rebel rebels insurgent insurgents soldier soldiers troops".split()
)
# Words that say violence was done ("fire" alone is as often a blaze as gunfire); torture is
# done by someone, whatever else the sentence holds ("died as a result of torture").
VIOLENT_WORDS = (
    (lex.ARMED_MEANS - {"fire"})
    | lex.GENERIC_MEANS
    | lex.TERROR_MEANS
    | VIOLENT_AGENTS
    | {"torture", "tortured"}
)


STATE_VERBS = frozenset({"remain", "stay", "seem", "appear", "look", "become", "get"})


def _a_lasting_state(predicate: Token) -> bool:
    """A participle that says how something is after a verb of being ("remain cut off")."""
    return (
        predicate.tag_ == "VBN"
        and predicate.dep_ in ("acomp", "oprd", "xcomp")
        and predicate.head.lemma_.lower() in STATE_VERBS
    )


def _befell(candidate: Candidate) -> bool:
    pred = candidate.predicate
    return (
        str(candidate.category) in FORCE
        and pred.pos_ == "VERB"
        and pred.lemma_.lower() in lex.BEFALLING_VERBS
        and not any(child.dep_ in ("dobj", "agent") for child in pred.children)
    )


def _on_the_market(candidate: Candidate) -> bool:
    """ "American Express trades at $57", "an initial public offering of 61 million shares",
    "the airline, who trade as Adam Air": business on the stock market, no political event."""
    pred = candidate.trigger
    if pred.lemma_.lower() not in lex.MARKET_CUES:
        return False
    if pred.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ in ("as", "at") for c in pred.children
    ):
        return True  # "trade as Adam Air", "trades at $57.34"
    if pred.lemma_.lower() == "trade" and any(
        p.lemma_.lower() in ("market", "exchange") for p in prep_objects(pred, "on")
    ):
        return True  # "expected to trade on the market"
    if pred.pos_ == "NOUN" and any(c.lower_ == "public" for c in pred.children):
        return True  # "an initial public offering"
    objects = [c for c in pred.children if c.dep_ in ("dobj", "dative", "prep", "pobj")]
    return any(t.lemma_.lower() in lex.MARKET_WORDS for o in objects for t in o.subtree)


def _subjects_of_clause(token: Token) -> set[str]:
    """The lemmas of the subjects of the clause the word hangs from (empty if none near);
    several when the parser split one ("A magnitude 6.8 earthquake": "magnitude" and
    "earthquake" both subjects)."""
    current = token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = {c.lemma_.lower() for c in subjects}
        found |= {antecedent(c) for c in subjects if c.lower_ in RELATIVES}
        if found:
            return found
        if current.head.i == current.i:
            break
        current = current.head
    return set()


def _record(
    doc: Doc,
    sent: SpacySpan,
    candidate: Candidate,
    attributions: list[Attribution],
    timexes: list[Timex],
    home: str | None,
    model: str,
) -> CodedEvent:
    trigger = candidate.trigger
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    status = candidate.status
    attribution_id = None
    for attribution in attributions:
        if any(c.start <= start < c.end for c in attribution.content):
            attribution_id = attribution.id
            status = _status_from_cue(attribution.cue.lemma, status)
            break
    place = candidate.place or _place(candidate)
    time = event_time(doc, sent, candidate, timexes)
    if status == "happened" and after_publication(time, doc._.published):
        status = "planned"  # "a summit in three weeks" has not happened yet
    event = Event(
        id="",
        trigger=to_span(doc, start, end),
        type=str(candidate.category),  # a plain string in the record, not the enum
        status=status,
        actor=_entity(doc, candidate.source) or _agent(doc, candidate.source),
        target=_entity(doc, candidate.target) or _agent(doc, candidate.target),
        place=_entity(doc, [place] if place is not None else []),
        time=time,
        attribution=attribution_id,
        actor_codes=[_code_dict(c) for c in candidate.source_codes],
        target_codes=[_code_dict(c) for c in candidate.target_codes],
        model=model,
        actor_span=_words(doc, candidate.source),
        target_span=_words(doc, candidate.target),
    )
    return CodedEvent(event, candidate.source_codes, candidate.target_codes)


def _code_dict(code: ActorCode) -> dict[str, str | None]:
    return {"code": code.country, "sector": code.sector}


def _status_from_cue(lemma: str, status: str) -> str:
    lemma = lemma.lower()
    if lemma in DENY_CUES:
        return "denied"
    if lemma in FEAR_CUES and status != "denied":
        return "feared"
    if lemma in PLAN_CUES and status == "happened":
        return "planned"
    return status


def _words(doc: Doc, spans: list[SpacySpan]) -> Span | None:
    """The first actor (or target) phrase as a record span: the evidence for the entity, or
    the only one when the phrase names none ("the court", "striking dock workers")."""
    return to_span(doc, spans[0].start_char, spans[0].end_char) if spans else None


def _entity(doc: Doc, spans: list[SpacySpan]) -> str | None:
    for span in spans:
        found = _participant(doc, span)
        if found:
            return found
    return None


def _agent(doc: Doc, spans: list[SpacySpan]) -> str | None:
    """The unnamed actor a phrase's head is ("police in Lagos"), a conjunct of it ("party
    MLAs and ministers") or its "of" names ("a majority of the guards"), where no entity is
    named."""
    for span in spans:
        joined = [c for c in span.root.children if c.dep_ == "conj" and c.i < span.end]
        for head in (span.root, *joined, *_of_objects(span)):
            found = agent_at(doc, head.idx, head.idx + len(head))
            if found:
                return found
    return None


def _of_objects(span: SpacySpan) -> list[Token]:
    """The objects of the phrase head's "of" inside the phrase: who "dozens of Russian
    peacekeepers" or "the armies of Brazil and Argentina" are."""
    head = span.root
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" and o.i < span.end]  # fmt: skip


# Dependencies through which a phrase's head names who it is: "Jordan and Britain",
# "Iraqi Prime Minister Adel Abdul Mahdi", "Afghanistan's intelligence services".
NAMING_DEPS = frozenset({"conj", "compound", "poss", "nmod", "amod", "appos"})


def _participant(doc: Doc, span: SpacySpan) -> str | None:
    """The entity an actor or target phrase names: its head's, else a conjunct's or a
    modifier's (the first named, so "Jordan and Britain" is Jordan), else the same of its
    "of" ("the armies of Brazil and Argentina" are Brazil's), else the last one named in
    the phrase outside a place it is in ("protesters in Gjilan" are not Gjilan)."""
    for head in (span.root, *_of_objects(span)):
        for token in [head] + [t for t in head.subtree if t.i != head.i and _names_head(t, head)]:
            if span.start <= token.i < span.end:
                found = entity_at(doc, token.idx, token.idx + len(token.text))
                if found:
                    return found
    head = span.root
    for token in reversed(span):
        if not _under_place(token, head):
            found = entity_at(doc, token.idx, token.idx + len(token.text))
            if found:
                return found
    return None


def _names_head(token: Token, head: Token) -> bool:
    """True if every link from `token` up to `head` names who the head is."""
    while token.i != head.i:
        if token.dep_ not in NAMING_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _under_place(token: Token, head: Token) -> bool:
    """True if `token` lies in a locative phrase below `head` ("in the Deraa countryside")."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in lex.ACTOR_PLACE_PREPS:
            return True
        token = token.head
    return False


def _place(candidate: Candidate) -> SpacySpan | None:
    """Where: a location after "in", "into", "at"… attached to the event's words."""
    for holder in (candidate.predicate, candidate.trigger):
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            span = phrase(pobj)
            if place_like(pobj) or any(c.sector == "CVL" for c in code_actors(span)):
                return span
    return None


def people_countries(doc: Doc) -> dict[str, str]:
    """Surname -> country, from the document's own descriptions of its people
    ("President Volodymyr Zelensky of Ukraine", "Russian President Vladimir Putin")."""
    people: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or touches_furniture(ent):
            continue
        codes = code_actors(phrase(ent.root))
        country = next((c.country for c in codes if c.country), None)
        if country and ent[-1].text not in people:
            people[ent[-1].text] = country
    return people


def home_country(doc: Doc) -> str | None:
    """The country of the place the report was filed from, if the reader marked it."""
    for region in doc._.regions or []:
        if region.kind in HOME_REGIONS:
            text = region.text
            if text.lower().startswith("reporting from"):
                text = text[len("reporting from") :]
            country = place_country(text.strip(" ,—-"))
            if country:
                return country
    return None
