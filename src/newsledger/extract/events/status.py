"""The status of an event from its clause: happened, ongoing, planned, possible, denied, feared.

Read from the words around the event's predicate and the verbs above it in the parse:
modals ("could" -> possible, "will" -> planned), progressive aspect (ongoing), negation
(denied), and governing verbs of fear, denial and planning ("feared that X could..." ->
feared). The same walk notes what event coders need for the category: whether the event
is reported speech in the future ("said it would boycott" is a threat), an obligation laid
on someone else ("said Sudan must return" is a demand), a readiness ("is willing to
withdraw" is an offer), a condition ("unless") or a failure ("failed to agree").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex

STATUS_ORDER = ("denied", "feared", "possible", "planned", "ongoing", "happened")
CLIMB_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "advcl", "aux", "acomp"}
)
STOP_DEPS = frozenset({"ROOT", "relcl", "conj"})


@dataclass(slots=True)
class Mood:
    status: str = "happened"
    negated: bool = False
    intent: bool = False  # promised, offered, willing; or "would" in reported speech
    future: bool = False  # "will", "shall"
    obligation: bool = False  # "must", "should" in reported speech
    conditional_threat: bool = False  # "... unless ..."
    reporter: Token | None = None  # the reporting verb the event is the content of


def _own_markers(token: Token, found: set[str], mood: Mood) -> None:
    for child in token.children:
        lower = child.lower_
        if child.dep_ in {"aux", "advmod", "acomp"} and lower in lex.POSSIBLE_MODALS:
            found.add("possible")
        if child.dep_ == "aux" and lower in lex.FUTURE_MODALS:
            found.add("planned")
            mood.future = True
        if child.dep_ == "aux" and lower in lex.OBLIGATION_MODALS:
            mood.obligation = True
        if child.dep_ == "mark" and lower == "if":
            found.add("possible")
        if child.dep_ == "advcl" and any(m.lower_ == "unless" for m in child.children):
            mood.conditional_threat = True


def _scheduled(noun: Token) -> bool:
    """An event noun said to lie ahead, or the subject of a clause in the future ("the
    summit will focus on trade") or of one scheduled ("is expected to", "is due to")."""
    if any(c.dep_ in {"amod", "acl", "appos"} and c.lower_ in lex.SCHEDULED for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.FUTURE_MODALS for c in verb.children):
        return True
    # "the summit is expected to focus on trade", "the talks are due to start"
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(
        h.lower_ in lex.SCHEDULED and any(x.dep_ == "xcomp" for x in h.children) for h in holders
    )


def read_mood(pred: Token) -> Mood:
    """What the clause says about whether the event at `pred` happened."""
    mood = Mood()
    mood.negated = any(c.dep_ == "neg" for c in pred.children)
    found: set[str] = set()
    if pred.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in pred.children):
        found.add("ongoing")
    _own_markers(pred, found, mood)
    if pred.pos_ == "NOUN" and _scheduled(pred):
        found.add("planned")
    would_here = any(c.dep_ == "aux" and c.lower_ == "would" for c in pred.children)
    current = pred
    for _ in range(8):
        if (
            current.dep_ in STOP_DEPS
            or current.head.i == current.i
            or current.dep_ not in CLIMB_DEPS
        ):
            break
        current = current.head
        lemma = current.lemma_.lower()
        if lemma in lex.DENY_WORDS:
            found.add("denied")
        elif lemma in lex.FEAR_WORDS:
            found.add("feared")
        elif lemma in lex.INTENT_ADJECTIVES or lemma in lex.INTENT_VERBS:
            found.add("planned")
            mood.intent = True
        elif lemma in lex.PLAN_WORDS:
            found.add("planned")
        elif lemma in lex.FAILURE_VERBS:
            mood.negated = True
        elif lemma in {"likely", "possible", "able"}:
            found.add("possible")
        elif lemma in lex.REPORTING_VERBS and mood.reporter is None:
            mood.reporter = current
            if would_here:  # "said they would boycott": future in the past, not a maybe
                found.discard("possible")
                found.add("planned")
                mood.intent = True
            break
        if current.pos_ in {"VERB", "AUX"}:
            _own_markers(current, found, mood)
    mood.status = next((s for s in STATUS_ORDER if s in found), "happened")
    if mood.negated and mood.status == "happened":
        mood.status = "denied"
    return mood
