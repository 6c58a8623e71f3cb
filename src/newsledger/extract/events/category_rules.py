"""Category rules that depend on the clause: intent, refusal, obligation, who protests.

A cue gives a sentence's event its first category ("attack" is FIGHT); the clause around it
may change it: a promised cooperative act is AGREE, a hostile one announced for the future
THREATEN, police storming a building COERCE, students clashing with police PROTEST.

`RULES` is the table, applied in its order, each rule to the category the ones before it left.
A rule answers None when it does not apply, else the category (which may be the one it was
given). Rules sharing a `group` are alternatives: the first that applies settles the group
and the others in it are not asked. Every rule's docstring ends with an example and the
category it gives; tests/extract/test_event_category_rules.py runs each example through the
pipeline and checks that its rule applies and gives that category.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import code_actors
from newsledger.extract.events.arguments import (
    names_actor,
    passive_subject,
)
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.cues import (
    EXERCISES,
    infinitive_of,
    noun_cue,
    object_of,
    phrase,
    prep_objects,
)
from newsledger.extract.events.punitive_calls import punishment_called_for
from newsledger.extract.events.status import Mood
from newsledger.extract.events.violence import violence_kind
from newsledger.extract.events.warning_kinds import nested_category, warning_is_threat

MATERIAL_CONFLICT = frozenset(
    {lex.PROTEST, lex.SANCTION, lex.MOBILIZE, lex.COERCE, lex.FIGHT, lex.ASSAULT}
)
EXAMPLE = re.compile(r'^\s*Example: "(?P<text>[^"]+)" -> (?P<category>[A-Z]+|none)\s*$', re.M)


@dataclass
class Clause:
    """What a rule sees: the event read so far, its clause's mood, its sentence, and the
    category the rules before it left."""

    candidate: Candidate
    mood: Mood
    sentence: str
    category: str
    applied: list[str] = field(default_factory=list)

    @cached_property
    def lemma(self) -> str:
        return self.candidate.predicate.lemma_.lower()

    @cached_property
    def trigger_lemma(self) -> str:
        return self.candidate.trigger.lemma_.lower()

    @cached_property
    def thing_as_subject(self) -> bool:
        return _thing_as_subject(self.candidate.predicate)

    @cached_property
    def named_sectors(self) -> set[str | None]:
        """Sectors the source phrase itself names, not a country borrowed from the sentence."""
        source = self.candidate.source
        return {c.sector for c in code_actors(source[0])} if source else set()

    @property
    def own_sectors(self) -> set[str]:
        return {c.sector for c in self.candidate.source_codes if c.sector}

    @property
    def ordered_alone(self) -> bool:
        """Is this the verb "order" itself (not a noun event under it)?"""
        return self.lemma == "order" and self.candidate.trigger.i == self.candidate.predicate.i

    @property
    def ordered(self) -> Token | None:
        """What was ordered: the object, or the subject of "was ordered" ("an inquiry")."""
        pred = self.candidate.predicate
        return object_of(pred) or passive_subject(pred)


Decide = Callable[[Clause], str | None]


@dataclass(frozen=True)
class CategoryRule:
    """One named rule of the table, with the PLOVER category and CAMEO code it stands for."""

    decide: Decide
    code: str
    group: str | None = None

    @property
    def name(self) -> str:
        return self.decide.__name__

    @property
    def examples(self) -> list[tuple[str, str]]:
        """(sentence, category) pairs from the docstring; category "" for "none"."""
        return [
            (m["text"], "" if m["category"] == "none" else m["category"])
            for m in EXAMPLE.finditer(self.decide.__doc__ or "")
        ]


# Intent: what an intent verb, a negation or a future tense makes of the cue's category.


def thing_cannot_intend(c: Clause) -> str | None:
    """A thing as the subject of an intent or enabling verb promises nothing.
    Example: "The decision threatens to create chaos in the region." -> none"""
    if c.lemma in lex.INTENT_VERBS | lex.ENABLING_VERBS and c.thing_as_subject:
        return ""
    return None


def forecast_is_no_pledge(c: Clause) -> str | None:
    """ "promised to be": a forecast, no pledge.
    Example: "The senator promised to be a tough negotiator." -> none"""
    if c.lemma in lex.INTENT_VERBS and _promises_to_be(c.candidate.predicate):
        return ""
    return None


# Verbs that commit to an act: committing not to act is refusing it.
COMMITTING_VERBS = frozenset({"agree", "decide", "vow", "pledge", "promise", "choose", "resolve"})


def committed_not_to(c: Clause) -> str | None:
    """Agreeing, deciding or vowing not to act is a refusal of the act, and it happened.
    Example: "The two parties agreed not to support the motion." -> REJECT"""
    if c.lemma not in COMMITTING_VERBS:
        return None
    for child in c.candidate.predicate.children:
        if child.dep_ == "xcomp" and any(g.dep_ == "neg" for g in child.children):
            c.candidate.status = "happened"
            return lex.REJECT
    return None


# Verbs that give support in words when their object is support ("pledged full support").
VOICING_VERBS = frozenset({"pledge", "promise", "vow", "offer", "voice", "express", "reiterate"})
OFFERING_VERBS = frozenset({"offer", "volunteer"})


def pledged_support(c: Clause) -> str | None:
    """Pledging support, or a commitment to support, is support given in words (PLOVER
    SUPPORT), not a promise of some other act.
    Example: "The minister pledged full support for the peace plan." -> SUPPORT"""
    pred = c.candidate.predicate
    given = object_of(pred) if c.lemma in VOICING_VERBS else None
    if given is not None and noun_cue(given) == lex.SUPPORT:
        return lex.SUPPORT
    if c.trigger_lemma in {"commitment", "pledge"} and c.category == lex.AGREE:
        content = [g for p in c.candidate.trigger.children if p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children if g.dep_ in {"pcomp", "pobj"}]  # fmt: skip
        content += [g for g in c.candidate.trigger.children if g.dep_ in {"acl", "xcomp"}]
        if any(g.lemma_.lower() == "support" for g in content):
            return lex.SUPPORT
    return None


def offer_is_no_threat(c: Clause) -> str | None:
    """One offers help, never harm: an offer to send troops is a promise (AGREE).
    Example: "Spain has offered to send troops to help the mission." -> AGREE"""
    if c.lemma in OFFERING_VERBS and c.candidate.trigger.i == c.candidate.predicate.i:
        return lex.AGREE if c.category in {lex.AGREE, lex.THREATEN} else None
    return None


def granted_leave(c: Clause) -> str | None:
    """Granting someone to do something is allowing it (PLOVER CONCEDE), not aid.
    Example: "The court granted the agency to keep the files for a year." -> CONCEDE
    Example: "The council gave approval for the charity to open a clinic." -> CONCEDE"""
    pred = c.candidate.predicate
    leave = [
        g for g in pred.children
        if g.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.lower_ == "to" for a in g.children)
    ]  # fmt: skip
    obj = object_of(pred)
    granted = c.lemma == "grant" and c.trigger_lemma == "grant" and obj is not None
    if granted and leave and code_actors(phrase(obj)):
        return lex.CONCEDE
    # "gave approval for the U.N. to deliver aid": approval of someone's act is leave given
    approved = c.trigger_lemma in {"approval", "consent"} and c.candidate.trigger.i != pred.i
    if approved and any(m.dep_ == "mark" and m.lower_ == "for" for g in leave for m in g.children):
        return lex.CONCEDE
    return None


def borders_opened_to_people(c: Clause) -> str | None:
    """Borders opened to refugees or to a people shelter them (PLOVER AID), while a border
    reopened to trade or traffic eases a blockade (RETREAT).
    Example: "Jordan opened its borders to refugees from Syria." -> AID"""
    obj = object_of(c.candidate.predicate)
    if c.lemma not in {"open", "reopen"} or obj is None or obj.lemma_.lower() != "border":
        return None
    to = prep_objects(c.candidate.predicate, "to") + prep_objects(obj, "to")
    to += [o for t in to for o in prep_objects(t, "of")]  # "a large number of Syrians"
    words = {w.lemma_.lower() for t in to for w in (t, *t.children) if w.dep_ != "det"}
    people = any(t.ent_type_ == "NORP" for t in to) or words & lex.SHELTERED
    return lex.AID if people else None


def intended_act(c: Clause) -> str | None:
    """An intent verb takes the kind of the act intended: hostile is THREATEN, else AGREE.
    Example: "The minister vowed to impose sanctions on Iran." -> THREATEN"""
    if c.lemma not in lex.INTENT_VERBS:
        return None
    nested = nested_category(c.candidate.predicate)
    if nested is None:
        return c.category
    return lex.THREATEN if nested in lex.CONFLICT else lex.AGREE


def refused_cooperation(c: Clause) -> str | None:
    """A cooperative act negated is a rejection, and it happened.
    Example: "Russia did not agree to the ceasefire proposal." -> REJECT"""
    if c.category in lex.COOPERATIVE and c.mood.negated:
        c.candidate.status = "happened"
        return lex.REJECT
    return None


def promised_cooperation(c: Clause) -> str | None:
    """A cooperative act promised or announced for the future is an expression of intent.
    Example: "China will send aid to the flood victims next week." -> AGREE"""
    if c.category not in lex.COOPERATIVE or c.category == lex.AGREE:
        return None
    return lex.AGREE if c.mood.intent or c.mood.future else None


def announced_hostility(c: Clause) -> str | None:
    """A hostile act announced for the future or made conditional is a threat.
    Example: "The government said it would expel the ambassador." -> THREATEN"""
    if c.category not in MATERIAL_CONFLICT:
        return None
    mood = c.mood
    return lex.THREATEN if mood.intent or mood.future or mood.conditional_threat else None


# Plans: forces made ready, or an act planned.


def forces_made_ready(c: Clause) -> str | None:
    """Armed forces made ready for violence are a show of military power.
    Example: "The army prepared to resume shelling the city." -> MOBILIZE"""
    armed = {code.sector for code in c.candidate.source_codes} & {"MIL", "REB", "COP"}
    fighting = c.category in {lex.FIGHT, lex.ASSAULT} and armed
    return lex.MOBILIZE if fighting and _governed_by_verb(c.candidate.predicate) else None


def planned_act(c: Clause) -> str | None:
    """An act planned ("plans to", "is ready to"): hostile is a threat, cooperative intent.
    Example: "Ecuador plans to expel the Colombian diplomats." -> THREATEN"""
    if not _governed_by(c.candidate.predicate, lex.HOSTILE_PLANS):
        return None
    if c.category in MATERIAL_CONFLICT:
        return lex.THREATEN
    if c.category in lex.COOPERATIVE:
        return lex.AGREE
    return c.category


def conditional_threat(c: Clause) -> str | None:
    """ "will withdraw unless": an act made conditional on the other side is a threat.
    Example: "The rebels released the hostages unless the army attacks." -> THREATEN"""
    if c.mood.conditional_threat and c.category in lex.COOPERATIVE | MATERIAL_CONFLICT:
        return lex.THREATEN
    return None


# Who acts on whom: the same word is a different event for different actors.


def peacekeepers_are_aid(c: Clause) -> str | None:
    """Providing peacekeepers is military protection (CAMEO 074), not a mobilisation.
    Example: "Brazil deployed 500 peacekeepers to Haiti." -> AID"""
    if c.category == lex.MOBILIZE and "peacekeep" in c.sentence.lower():
        return lex.AID
    return None


def lodged_protest(c: Clause) -> str | None:
    """ "lodged a protest": an official complaint (CAMEO 114), not a demonstration.
    Example: "Japan lodged a protest with Beijing over the incident." -> DISAPPROVE"""
    if c.category == lex.PROTEST and c.lemma in {"lodge", "file", "issue", "deliver", "register"}:
        return lex.DISAPPROVE
    return None


def government_boycott(c: Clause) -> str | None:
    """A government's boycott is a sanction (CAMEO 163).
    Example: "The government boycotted the summit in Minsk." -> SANCTION"""
    boycott = c.category == lex.PROTEST and c.trigger_lemma == "boycott"
    return lex.SANCTION if boycott and "GOV" in c.named_sectors else None


def state_protest(c: Clause) -> str | None:
    """A government or a state protesting is a verbal complaint (CAMEO 11), not a rally.
    Example: "The foreign ministry protested the arrest of its citizens." -> DISAPPROVE"""
    if c.category != lex.PROTEST or not c.candidate.source or c.lemma != "protest":
        return None
    named = c.named_sectors
    state = c.candidate.source[0].root.ent_type_ in {"GPE"} and None in named
    return lex.DISAPPROVE if named & {"GOV", "LEG", "JUD"} or state else None


def kind_of_violence(c: Clause) -> str | None:
    """FIGHT between armed parties, ASSAULT when one-sided (see violence.violence_kind).
    Example: "Gunmen killed 12 villagers in an attack on Sunday." -> ASSAULT"""
    if c.category in {lex.FIGHT, lex.ASSAULT}:
        return violence_kind(c.candidate, c.category, c.named_sectors)
    return None


def civilians_riot(c: Clause) -> str | None:
    """Civilians fighting is a riot (CAMEO 145).
    Example: "Students clashed with police in the capital." -> PROTEST"""
    named = c.named_sectors
    if c.category == lex.FIGHT and named and None not in named and named <= lex.CIVIL_SECTORS:
        return lex.PROTEST
    return None


def police_action(c: Clause) -> str | None:
    """Police storming or capturing is law enforcement (CAMEO 17).
    Example: "Police stormed the building on Monday." -> COERCE"""
    if c.category == lex.FIGHT and c.lemma in lex.POLICE_ACTIONS and c.own_sectors == {"COP"}:
        return lex.COERCE
    return None


def civilians_obstruct(c: Clause) -> str | None:
    """Protesters occupying or blocking obstruct (CAMEO 144).
    Example: "Protesters occupied the parliament building." -> PROTEST"""
    own = c.own_sectors
    if c.category == lex.COERCE and c.lemma in lex.OBSTRUCTIONS and own:
        return lex.PROTEST if own <= lex.CIVIL_SECTORS else None
    return None


# Orders and requests: the thing ordered or sought decides.


def ordered_act(c: Clause) -> str | None:
    """An authority's order is the act ordered ("ordered the arrest of").
    Example: "The court ordered the arrest of the former minister." -> COERCE"""
    if not c.ordered_alone:
        return None
    obj = c.ordered
    return (noun_cue(obj) or None) if obj is not None and obj.pos_ == "NOUN" else None


def ordered_to_leave(c: Clause) -> str | None:
    """Ordering someone to leave is an expulsion (CAMEO 1663).
    Example: "Moscow ordered two British diplomats to leave the country." -> SANCTION"""
    if not c.ordered_alone or c.ordered is None:
        return None
    going = infinitive_of(c.candidate.predicate)
    return lex.SANCTION if going is not None and going.lemma_.lower() in lex.LEAVING_VERBS else None


def ordered_civilians(c: Clause) -> str | None:
    """An authority ordering a newspaper, a firm or residents is coercion (CAMEO 17);
    ordering a state or an army is a demand.
    Example: "The regulator ordered the newspaper to close its offices." -> COERCE"""
    if not c.ordered_alone:
        return None
    obj, going = c.ordered, infinitive_of(c.candidate.predicate)
    if obj is not None and going is not None and _civil_party(obj):
        return lex.COERCE
    return None


def seeking_is_demand(c: Clause) -> str | None:
    """Seeking something is asking for it (CAMEO 10).
    Example: "The family sought refuge in the embassy." -> DEMAND"""
    pred = c.candidate.predicate
    if c.lemma == "seek" and c.candidate.trigger.i == pred.i and object_of(pred) is not None:
        return lex.DEMAND
    return None


def charged_with(c: Clause) -> str | None:
    """ "was charged with": legal action (CAMEO 17), not an accusation.
    Example: "The mayor was charged with corruption on Friday." -> COERCE"""
    if c.lemma == "charge" and passive_subject(c.candidate.predicate) is not None:
        return lex.COERCE
    return None


def joint_exercises(c: Clause) -> str | None:
    """Joint exercises of two countries' forces are cooperation (PLOVER MOBILIZE note).
    Example: "India and France began naval exercises off Goa." -> COOPERATE"""
    joint = len({code.country for code in c.candidate.source_codes if code.country}) >= 2
    if c.category == lex.MOBILIZE and c.trigger_lemma in EXERCISES and joint:
        return lex.COOPERATE
    return None


def ruled_out(c: Clause) -> str | None:
    """ "removing the sanctions is out of the question": the act is refused.
    Example: "Lifting the sanctions is out of the question, the minister said." -> REJECT"""
    if c.category in lex.COOPERATIVE | MATERIAL_CONFLICT and _ruled_out(c.candidate.predicate):
        return lex.REJECT
    return None


def investigators_visit(c: Clause) -> str | None:
    """Investigators visiting a site investigate (CAMEO 09), they do not consult.
    Example: "U.N. investigators visited the site of the massacre." -> INVESTIGATE"""
    if c.category == lex.CONSULT and c.lemma in {"visit", "tour"}:
        return lex.INVESTIGATE if _visited_by_investigators(c.candidate) else None
    return None


def warning_without_threat(c: Clause) -> str | None:
    """A report warning that something could happen fears; it threatens nobody.
    Example: "The report warned that prices could rise sharply." -> none"""
    if c.lemma in {"warn", "caution"} and not warning_is_threat(c.candidate):
        return ""
    return None


RULES: tuple[CategoryRule, ...] = (
    CategoryRule(thing_cannot_intend, "none", group="intent"),
    CategoryRule(forecast_is_no_pledge, "none", group="intent"),
    CategoryRule(committed_not_to, "REJECT 12", group="intent"),
    CategoryRule(pledged_support, "SUPPORT 051", group="intent"),
    CategoryRule(offer_is_no_threat, "AGREE 03", group="intent"),
    CategoryRule(intended_act, "THREATEN 13 / AGREE 03", group="intent"),
    CategoryRule(refused_cooperation, "REJECT 12", group="intent"),
    CategoryRule(promised_cooperation, "AGREE 03", group="intent"),
    CategoryRule(announced_hostility, "THREATEN 13", group="intent"),
    CategoryRule(forces_made_ready, "MOBILIZE 15", group="plans"),
    CategoryRule(planned_act, "THREATEN 13 / AGREE 03", group="plans"),
    CategoryRule(conditional_threat, "THREATEN 13"),
    CategoryRule(peacekeepers_are_aid, "AID 074"),
    CategoryRule(lodged_protest, "DISAPPROVE 114"),
    CategoryRule(government_boycott, "SANCTION 163"),
    CategoryRule(state_protest, "DISAPPROVE 11"),
    CategoryRule(kind_of_violence, "FIGHT 19 / ASSAULT 18"),
    CategoryRule(civilians_riot, "PROTEST 145"),
    CategoryRule(police_action, "COERCE 17"),
    CategoryRule(civilians_obstruct, "PROTEST 144"),
    CategoryRule(granted_leave, "CONCEDE 08"),
    CategoryRule(borders_opened_to_people, "AID 073"),
    CategoryRule(ordered_act, "the act ordered"),
    CategoryRule(ordered_to_leave, "SANCTION 1663"),
    CategoryRule(ordered_civilians, "COERCE 17"),
    CategoryRule(seeking_is_demand, "DEMAND 10"),
    CategoryRule(punishment_called_for, "DISAPPROVE 11"),
    CategoryRule(charged_with, "COERCE 17"),
    CategoryRule(joint_exercises, "COOPERATE 06"),
    CategoryRule(ruled_out, "REJECT 12"),
    CategoryRule(investigators_visit, "INVESTIGATE 09"),
    CategoryRule(warning_without_threat, "none"),
)


def adjust_category(candidate: Candidate, mood: Mood, sent_text: str) -> list[str]:
    """Run the table over the candidate's category; the names of the rules that applied."""
    clause = Clause(candidate, mood, sent_text, candidate.category)
    settled: set[str] = set()
    for rule in RULES:
        if rule.group in settled:
            continue
        decided = rule.decide(clause)
        if decided is None:
            continue
        if rule.group:
            settled.add(rule.group)
        clause.applied.append(rule.name)
        clause.category = decided
    candidate.category = clause.category
    candidate.category_rules = clause.applied
    return clause.applied


def _civil_party(token: Token) -> bool:
    """Does the phrase name private people or bodies (press, business, residents)?"""
    sectors = {c.sector for c in code_actors(phrase(token))}
    return bool(sectors) and None not in sectors and sectors <= lex.ONE_SIDED_TARGETS


def _thing_as_subject(pred: Token) -> bool:
    """Is the verb's own subject a thing, not someone who could promise or threaten?"""
    subject = next((c for c in pred.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subject is None or subject.dep_ == "csubj":
        return subject is not None
    if subject.lower_ in {"which", "that"} and pred.dep_ == "relcl":
        subject = pred.head  # "loopholes which allow firms to pay less"
    elif subject.lower_ in {"this", "that"}:
        return True  # "this threatens the whole recovery": a state of affairs
    if subject.pos_ != "NOUN" or names_actor(subject):
        return False
    named = phrase(subject)
    return not code_actors(named) and not any(t.ent_type_ for t in named)


def _promises_to_be(pred: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in pred.children)


def _visited_by_investigators(candidate: Candidate) -> bool:
    if not candidate.source:
        return False
    return any(t.lemma_.lower() in lex.INVESTIGATORS for t in candidate.source[0])


def _ruled_out(pred: Token) -> bool:
    """ "removing the sanctions is out of the question": the subject clause is refused."""
    if pred.dep_ not in {"csubj", "nsubj"} or pred.head.lemma_ not in {"be", "remain"}:
        return False
    rest = [t for t in pred.head.subtree if not (pred.left_edge.i <= t.i <= pred.right_edge.i)]
    return any(
        t.lemma_.lower() in lex.RULED_OUT
        or (t.lower_ == "question" and t.head.lower_ == "of" and t.head.head.lower_ == "out")
        for t in rest
    )


def _governed_by_verb(pred: Token) -> bool:
    """Is the predicate the complement of a verb of physical preparation ("prepared to")?"""
    current = pred
    for _ in range(2):  # through an aspect verb: "prepared to resume shelling"
        if current.dep_ != "xcomp":
            return False
        head = current.head
        if head.lemma_.lower() in lex.PREPARING_VERBS:
            return head.pos_ == "VERB" and head.tag_ != "VBN"
        current = head
    return False


def _governed_by(pred: Token, lemmas: frozenset[str]) -> bool:
    """Is the predicate the complement of one of these words ("plans to X", "ready to X")?"""
    current = pred
    for _ in range(3):
        if current.dep_ not in {"xcomp", "ccomp", "acomp"} or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in lemmas or current.lower_ in lemmas:
            return True
    return False
