"""Sentence-level event coding: find the cue words, decide category, status and actors.

Works from one parsed sentence alone (the dependency parse of en_core_web_sm), so it runs
with or without the other newsledger components; `events.py` adds what they know (entity
ids, timex values, attributions). The reading follows event coders' practice: the cue
nearest the top of the parse is the sentence's main event, reporting verbs ("said") are
transparent, and an event named inside the complement of a verbal event ("threatened to
impose sanctions", "accused X of attacking") belongs to it rather than standing alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.common import furniture_chars
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import (
    ActorCode,
    NameHit,
    code_actors,
    names_in,
    place_like,
)
from newsledger.extract.events.arguments import (
    a_quantity,
    actor_spans,
    died_of,
    governing_verb,
    names_actor,
    noun_arguments,
    passive_subject,
    subject_of,
    targets_of,
    undergoer_of,
)
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.category_rules import adjust_category
from newsledger.extract.events.cues import (
    guest_forces,
    noun_cue,
    object_of,
    phrase,
    prep_objects,
    verb_cue,
)
from newsledger.extract.events.purpose import purpose_leads
from newsledger.extract.events.status import read_mood

__all__ = ["Candidate", "code_sentence", "main_event"]

NESTING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "acl", "advcl"})
PLACE_PREPS = lex.ARGUMENT_PLACE_PREPS


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _wrapper(candidate: Candidate, by_token: dict[int, Candidate]) -> Candidate | None:
    """The verbal event whose complement this event sits in, if any."""
    current = candidate.predicate
    for _ in range(8):
        if current.dep_ in {"ROOT", "conj", "relcl"} or current.head.i == current.i:
            return None
        if current.dep_ not in NESTING_DEPS and current.dep_ not in {"aux", "compound"}:
            return None
        clause = current.dep_ == "ccomp"
        current = current.head
        if clause:  # "repeated its demand that X ease...": the clause is the noun's content
            noun = object_of(current)
            held = by_token.get(noun.i) if noun is not None else None
            if held is not None and held.category in lex.WRAPPING and held is not candidate:
                return held
        above = by_token.get(current.i)
        if (
            above is not None
            and above.trigger.i != candidate.trigger.i
            and above.category in lex.WRAPPING
        ):
            return above
    return None


def code_sentence(
    sent: SpacySpan, people: Mapping[str, str] | None = None, home: str | None = None
) -> list[Candidate]:
    """Every event cue of a sentence with category, status and coded actors.

    `people` maps surnames to countries the document gave them; `home` is the country the
    report was filed from, the country of a titled actor the text does not place.
    """
    candidates: list[Candidate] = []
    seen: set[int] = set()
    furniture = furniture_chars(sent.doc)
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN") or token.i in seen or token.idx in furniture:
            continue
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            cue = verb_cue(token)
            if cue:
                category, trigger = cue
                seen.add(trigger.i)
                candidates.append(Candidate(trigger, token, category, depth=_depth(token)))
        elif token.pos_ == "NOUN" and token.dep_ != "compound" and (category := noun_cue(token)):
            candidates.append(Candidate(token, token, category, depth=_depth(token) + 1))
    verbs = {c.predicate.i for c in candidates if c.predicate.pos_ == "VERB"}
    candidates = [
        c
        for c in candidates
        if not (c.trigger.i == c.predicate.i and c.trigger.pos_ == "NOUN" and c.trigger.i in seen)
        and not _manner_of_event(c.trigger, verbs)
    ]
    names = names_in(sent)
    for candidate in candidates:
        _fill(candidate, sent, names, people, home)
    candidates = [c for c in candidates if c.category]
    by_token = {c.predicate.i: c for c in candidates}
    by_token.update({c.trigger.i: c for c in candidates})
    for candidate in candidates:
        candidate.wrapped_by = _wrapper(candidate, by_token)
    purpose_leads(candidates)
    return candidates


def _manner_of_event(noun: Token, verbs: set[int]) -> bool:
    """ "In coordination with the army, police arrested 20": the noun says how the verb's
    event was done, with whom; it is no event of its own."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.i in verbs
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    )


def _state_acting(pred: Token) -> list[Token]:
    """ "was arrested in Rwanda", "have been expelled from North Korea": with no one named
    doing it, an arrest or an expulsion is the state's where it happens, as coders read it."""
    if pred.lemma_.lower() not in lex.STATE_ACTIONS:
        return []
    places = prep_objects(pred, frozenset({"in", "from"}))
    return [p for p in places if p.ent_type_ == "GPE"][:1]


def _fill(
    candidate: Candidate,
    sent: SpacySpan,
    names: list[NameHit],
    people: Mapping[str, str] | None,
    home: str | None = None,
) -> None:
    pred = candidate.predicate
    mood = read_mood(pred)
    victim: Token | None = None
    undergoer = undergoer_of(pred) if pred.pos_ == "NOUN" else None
    if undergoer is not None:
        # "troops came under attack from rebels", "was placed under arrest": the verb's
        # subject undergoes the event, a from- or by-phrase names who does it
        sources = [o for p in (*pred.children, *pred.head.head.children)
                   if p.dep_ in {"prep", "agent"} and p.lower_ in {"from", "by"}
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        targets = [undergoer]
    elif pred.pos_ == "NOUN":
        sources, targets = noun_arguments(pred)
        if not sources and not targets and candidate.category == lex.ASSAULT:
            victim = died_of(pred)  # "a prisoner died after torture"
            targets = [victim] if victim is not None else []
        governor = governing_verb(pred)
        if governor is not None and not any(names_actor(s) for s in sources):
            # "held talks with", "arrived for talks", "was on a visit": the verb's subject
            subject = subject_of(governor)
            sources = ([subject] if subject is not None else []) + sources
        if candidate.category == lex.MOBILIZE:  # "deployment of North Korean troops"
            sources, targets = sources + targets, []
    elif pred.lemma_.lower() in lex.UNDERGOING_VERBS and candidate.trigger.i != pred.i:
        # "the decision drew criticism from Washington": Washington criticises
        subject = subject_of(pred)
        targets = [subject] if subject is not None else []
        by_whom = frozenset({"from", "by"})
        sources = prep_objects(pred, by_whom) + prep_objects(candidate.trigger, by_whom)
    elif (guests := guest_forces(pred)) is not None and candidate.category == lex.RETREAT:
        # "peacekeepers arrived in Sierra Leone": the host receives them
        sources = prep_objects(pred, frozenset({"in", "at"}))
        targets = [guests]
    else:
        subject = subject_of(pred)
        sources = [subject] if subject is not None else []
        targets = targets_of(pred, candidate.trigger)
        sent_forces = passive_subject(pred)
        if candidate.category == lex.MOBILIZE and not sources and sent_forces is not None:
            # "hundreds of soldiers were sent to the region": the forces are the actor
            sources, targets = [sent_forces], [t for t in targets if t.i != sent_forces.i]
        elif not sources and sent_forces is not None:
            sources = _state_acting(pred)
    if mood.obligation and mood.reporter is not None and candidate.category != lex.DEMAND:
        # "Russia said that Sudan must return the helicopter": Russia demands, Sudan is asked.
        speaker = subject_of(mood.reporter)
        if speaker is not None and (not sources or speaker.lemma_ != sources[0].lemma_):
            candidate.category = lex.DEMAND
            targets = sources + targets
            sources = [speaker]
            mood.status, mood.intent, mood.future = "happened", False, False
    sources = [s for s in sources if not a_quantity(s)]  # "delivered by 2011"
    source_spans = actor_spans(sources, people, owners=True)
    target_spans = actor_spans([t for t in targets if t not in sources], people)
    if source_spans:  # the first source that names someone, else the first at all
        span, codes = next(((s, c) for s, c in source_spans if c), source_spans[0])
        candidate.source = [span]
        candidate.source_codes = list(codes)
    for span, codes in target_spans:
        if not codes:
            continue
        root = span.root
        if (
            root.head.lower_ in PLACE_PREPS
            and all(c.sector in {"CVL", "GOV", None} for c in codes)
            and place_like(root)
        ):
            candidate.place = candidate.place or span
            continue
        candidate.target = [span]
        candidate.target_codes = [c for c in codes if c not in candidate.source_codes] or list(
            codes
        )
        break
    if victim is not None and not candidate.target and target_spans:
        candidate.target = [target_spans[0][0]]  # the dead, named or not ("a prisoner")
    _fall_back_on_home(candidate, home)
    _fall_back_on_sentence(candidate, sent, names)
    _ethnic_by_residence(candidate, sent, names)
    candidate.status, candidate.negated = mood.status, mood.negated
    adjust_category(candidate, mood, sent.text)


def _fall_back_on_home(candidate: Candidate, home: str | None) -> None:
    """A person or titled official the text does not place ("President Biden", "the
    president") in a report filed from a country is, for its readers, of that country."""
    if home is None:
        return
    for spans, codes in (
        (candidate.source, candidate.source_codes),
        (candidate.target, candidate.target_codes),
    ):
        if not spans or any(c.country for c in codes):
            continue
        root = spans[0].root
        sector = codes[0].sector if codes else None
        person = root.ent_type_ == "PERSON" or (root.pos_ == "PROPN" and not root.ent_type_)
        if person or sector in {"GOV", "LEG", "MIL", "JUD", "COP"}:
            codes[:] = [ActorCode(home, sector)]


def _ethnic_by_residence(candidate: Candidate, sent: SpacySpan, names: list[NameHit]) -> None:
    """ "ethnic Albanians demonstrated in Serbia": CAMEO codes an ethnic group by the state
    it lives in, not by the state its name recalls, when the sentence names that state."""
    states = [h for h in names if h.kind in {"country", "capital", "city", "region"}]
    for spans, codes in (
        (candidate.source, candidate.source_codes),
        (candidate.target, candidate.target_codes),
    ):
        if not spans or not any(t.lower_ == "ethnic" for t in spans[0]):
            continue
        own = {c.country for c in codes}
        home = next((h.code for h in states if h.code not in own), None)
        if home is not None:
            codes[:] = [ActorCode(home, c.sector) for c in codes[:1]]


def _fall_back_on_sentence(candidate: Candidate, sent: SpacySpan, names: list[NameHit]) -> None:
    """An actor whose phrase names no country ("President Bashir") takes the country the
    sentence names ("... in Sudan"): the one not already taken by the other role."""

    def taken(codes: list[ActorCode]) -> set[str | None]:
        return {c.country for c in codes}

    place = candidate.place
    low, high = (
        (place.start_char - sent.start_char, place.end_char - sent.start_char) if place else (0, 0)
    )

    anchor = candidate.trigger.idx - sent.start_char

    def free_names(exclude: set[str | None], role: str, in_place: bool = False) -> list[NameHit]:
        found = [h for h in names if h.code not in exclude and (low <= h.start < high) == in_place]
        # a source is named before the event, a target after it, as English orders them
        side = [h for h in found if (h.start < anchor) == (role == "source")]
        return side + [h for h in found if h not in side]

    for role in ("source", "target"):
        codes = candidate.source_codes if role == "source" else candidate.target_codes
        other = candidate.target_codes if role == "source" else candidate.source_codes
        if all(c.country is None for c in codes):
            # Failing that, the other role's country: most events in news are domestic.
            # Last, the place's country: the gold standard infers actors from the location
            # where the text names no one else ("a roadside bombing near Samarra killed").
            choices = (
                free_names(taken(other) | taken(codes), role)
                or free_names(set(), role)
                or free_names(taken(other), role, in_place=True)
            )
            if choices:
                sector = codes[0].sector if codes else None
                if sector is None and not codes:  # the name's own phrase speaks for the actor
                    sector = _sector_around(sent, choices[0]) or {
                        "capital": "GOV",
                        "city": "CVL",
                    }.get(choices[0].kind)
                codes[:] = [ActorCode(choices[0].code, sector)]


def _sector_around(sent: SpacySpan, hit: NameHit) -> str | None:
    """The sector of the noun phrase a borrowed name stands in: "demanded the resignation
    of Algerian President Ben Bella" borrows DZA and, from its phrase, GOV."""
    named = sent.char_span(hit.start, hit.end, alignment_mode="expand")
    if named is None:
        return None
    head = named.root
    for _ in range(3):  # "Algerian" -> "President" -> "Bella": up to the phrase's head
        if head.dep_ not in {"amod", "compound", "poss", "nmod"} or head.head.i == head.i:
            break
        head = head.head
    if head.i == named.root.i and head.ent_type_ in {"GPE", "LOC"}:
        return None  # the place itself, coded by its kind
    return next((c.sector for c in code_actors(phrase(head)) if c.country == hit.code), None)


def main_event(
    sent: SpacySpan, people: Mapping[str, str] | None = None, home: str | None = None
) -> Candidate | None:
    """The sentence's main event: the unwrapped cue nearest the top of the parse."""
    free = [c for c in code_sentence(sent, people, home) if c.category and c.wrapped_by is None]
    if not free:
        return None
    return min(free, key=lambda c: (c.depth, c.trigger.i))
