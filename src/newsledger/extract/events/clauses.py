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
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.events.actors import (
    SECTOR_WORDS,
    ActorCode,
    NameHit,
    code_actors,
    find_names,
    names_in,
    place_like,
)
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.cues import (
    EXERCISES,
    SUBJECT_DEPS,
    cue_lemma,
    guest_forces,
    infinitive_of,
    noun_cue,
    object_of,
    phrase,
    pobj_of,
    prep_objects,
    verb_cue,
)
from newsledger.extract.events.lexicon import words
from newsledger.extract.events.status import Mood, read_mood
from newsledger.extract.events.violence import violence_kind

ARGUMENT_PREPS = (
    "against", "on", "to", "with", "toward", "towards", "at", "into", "upon", "from", "between",
)  # fmt: skip
NESTING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "acl", "advcl"})
PLACE_PREPS = words("in at near into inside across within throughout")
# Verbs whose complement names what was agreed, demanded, refused or threatened.
WRAPPING_LEMMAS = frozenset(
    lemma for lemma, category in lex.VERB_CUES.items() if category in lex.WRAPPING
)
MATERIAL_CONFLICT = frozenset(
    {lex.PROTEST, lex.SANCTION, lex.MOBILIZE, lex.COERCE, lex.FIGHT, lex.ASSAULT}
)


@dataclass(slots=True)
class Candidate:
    """One event read from a sentence, before it is tied to the article's records."""

    trigger: Token  # the cue word (a verb, or the event noun)
    predicate: Token  # the word whose arguments are the actors (the light verb for "held talks")
    category: str
    status: str = "happened"
    negated: bool = False
    source: list[SpacySpan] = field(default_factory=list)
    target: list[SpacySpan] = field(default_factory=list)
    place: SpacySpan | None = None
    wrapped_by: Candidate | None = None
    depth: int = 0
    source_codes: list[ActorCode] = field(default_factory=list)
    target_codes: list[ActorCode] = field(default_factory=list)

    @property
    def start_char(self) -> int:
        return self.trigger.idx

    @property
    def end_char(self) -> int:
        return self.trigger.idx + len(self.trigger.text)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _subject(pred: Token) -> Token | None:
    """The grammatical subject; a pronoun is read as the subject of the clause above it
    ("Hungary said it will support": Hungary), as event coders read reported speech."""
    return _resolve_pronoun(_grammatical_subject(pred))


def _resolve_pronoun(found: Token | None) -> Token | None:
    """A pronoun ("it", "their") stands for the nearest subject above it that is a noun."""
    if found is None or found.lower_ not in lex.PRONOUNS:
        return found
    current = found.head
    for _ in range(8):
        above = next(
            (c for c in current.children if c.dep_ in SUBJECT_DEPS and c.i != found.i), None
        )
        if above is not None and above.lower_ not in lex.PRONOUNS and above.pos_ != "PRON":
            return above
        if current.head.i == current.i:
            break
        current = current.head
    return found


def _grammatical_subject(pred: Token) -> Token | None:
    current = pred
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        for child in current.children:
            if child.dep_ == "agent":
                found = pobj_of(child)
                if found is not None:
                    return found
        if current.lemma_.lower() in lex.INTENT_VERBS | lex.INTENT_ADJECTIVES:
            passive = _passive_subject(current)  # "Vietnam is committed to opening"
            if passive is not None:
                return passive
        if current.dep_ == "acomp" and current.head.i != current.i:
            current = current.head  # "he is prepared to lift": through the adjective
            continue
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head.i != current.i:
            if current.dep_ == "xcomp":
                obj = object_of(current.head)
                if obj is not None and obj.pos_ in {"PROPN", "NOUN", "PRON"}:
                    return obj  # "urged Israel to withdraw": Israel withdraws
            current = current.head
            continue
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            head = current.head
            if current.dep_ == "relcl":
                return head
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return owner
        break
    return None


def _passive_subject(pred: Token) -> Token | None:
    return next((c for c in pred.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)


def _targets(pred: Token, trigger: Token, nested: bool = True) -> list[Token]:
    found: list[Token] = []
    obj = object_of(pred)
    if obj is not None and obj.i != trigger.i:
        found.append(obj)
    passive = _passive_subject(pred)
    if passive is not None:
        found.append(passive)
    found += [c for c in pred.children if c.dep_ in {"dative", "iobj"}]
    holders = (
        [pred] + ([trigger] if trigger.i != pred.i else []) + ([obj] if obj is not None else [])
    )
    for preposition in ARGUMENT_PREPS:
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == preposition:
                    pobj = pobj_of(child)
                    if pobj is not None:
                        found.append(pobj)
    for child in pred.children:  # "demanded that Israel withdraw": Israel is the target
        if child.dep_ in {"ccomp", "xcomp"}:
            subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ not in lex.PRONOUNS:
                found.append(subject)
    if nested and pred.lemma_.lower() in WRAPPING_LEMMAS | lex.INTENT_VERBS:
        for child in pred.children:  # "offered to hand over to Great Britain"
            if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
                found += _targets(child, child, nested=False)
    return found


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Source and target of an event noun: "Russia's invasion of Ukraine"."""
    sources = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
    targets: list[Token] = []
    between: list[Token] = []
    holders = [noun]
    if cue_lemma(noun) in lex.NOMINALISATIONS:  # "the signing of an accord between X and Y"
        holders += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep":
                continue
            pobj = pobj_of(child)
            if pobj is None:
                continue
            if child.lower_ == "by" and holder is noun:
                sources.append(pobj)
            elif child.lower_ in {"between", "among"}:
                between.append(pobj)  # both sides act: "talks between X and Y"
            elif holder is noun and (child.lower_ in ARGUMENT_PREPS or child.lower_ == "of"):
                targets.append(pobj)
    if between and not any(_names_actor(s) for s in sources):
        sources = between + sources
    return sources, targets


UNDER_VERBS = words("come fall be put place keep remain go stay hold")


def _undergoer(noun: Token) -> Token | None:
    """Who an event noun after "under" happens to: "came under attack", "was put under
    investigation", "remains under house arrest" (the verb's subject, active or passive)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in UNDER_VERBS:
        return None
    return _passive_subject(verb) or _subject(verb) or object_of(verb)


def _governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        noun, head = head.head, head.head.head  # "gave 5 million dollars of aid"
    if noun.dep_ == "dobj" and head.pos_ in {"VERB", "AUX"}:
        return head
    via = noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"for", "on", "in", "to"}
    if via and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _names_actor(token: Token) -> bool:
    """Does this word (with its own modifiers) name an actor, rather than a thing?"""
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
        return True
    if token.lower_ in SECTOR_WORDS or token.lemma_.lower() in SECTOR_WORDS:
        return True
    modifiers = [c for c in token.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    return any(find_names(m.text) for m in modifiers)


def _actor_in(token: Token) -> Token:
    """The actor an argument stands for: "the use of missiles by Ukraine" is Ukraine's."""
    if _names_actor(token):
        return token
    for preposition in ("by", "to", "for", "of"):
        for child in token.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ == preposition:
                pobj = pobj_of(child)
                if pobj is not None and _names_actor(pobj):
                    return pobj
    return token


def _actor_spans(
    tokens: list[Token], people: Mapping[str, str] | None, owners: bool = False
) -> list[tuple[SpacySpan, list[ActorCode]]]:
    out = []
    for token in tokens:
        token = _actor_in(_resolve_pronoun(token) or token)
        span = phrase(token)
        codes = code_actors(span, people)
        if owners and not any(c.country for c in codes):
            codes = _owner_codes(token, codes, people) or codes
        if not any(c.country for c in codes):
            codes = _modifier_codes(token, codes, people) or codes
        out.append((span, codes))
    return out


def _modifier_codes(
    token: Token, codes: list[ActorCode], people: Mapping[str, str] | None
) -> list[ActorCode]:
    """ "a bus carrying Israeli tourists", "militants loyal to Iraq's Al-Qaeda": a phrase that
    names no state takes the one its participle or "loyal to" names, keeping its own sector."""
    holders = [
        c for c in token.children
        if c.dep_ == "acl" or (c.dep_ == "amod" and c.lower_ in {"loyal", "allied", "linked"})
    ]  # fmt: skip
    for holder in holders:
        described = token.doc[holder.left_edge.i : holder.right_edge.i + 1]
        found = [c for c in code_actors(described, people) if c.country]
        if found:
            sector = codes[0].sector if codes else None
            return [ActorCode(found[0].country, sector or found[0].sector)]
    return []


def _owner_codes(
    token: Token, codes: list[ActorCode], people: Mapping[str, str] | None
) -> list[ActorCode]:
    """ "their forces", "its army": the owner a possessive pronoun stands for gives the
    country, the phrase its own sector ("Bosnian Serbs said their forces withdrew")."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in lex.PRONOUNS:
        return []
    found = None
    current = token
    for _ in range(8):  # the nearest subject above that is neither this phrase nor a pronoun
        if current.head.i == current.i:
            break
        current = current.head
        found = next(
            (
                c
                for c in current.children
                if c.dep_ in SUBJECT_DEPS and c.i != token.i and c.lower_ not in lex.PRONOUNS
            ),
            None,
        )
        if found is not None:
            break
    if found is None:
        return []
    sector = codes[0].sector if codes else None
    owned = [c for c in code_actors(phrase(found), people) if c.country]
    return [ActorCode(c.country, sector or c.sector) for c in owned[:1]]


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
    for token in sent:
        if token.i in seen or token._.furniture:
            continue
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            cue = verb_cue(token)
            if cue:
                category, trigger = cue
                seen.add(trigger.i)
                candidates.append(Candidate(trigger, token, category, depth=_depth(token)))
        elif token.pos_ == "NOUN" and token.dep_ != "compound" and (category := noun_cue(token)):
            candidates.append(Candidate(token, token, category, depth=_depth(token) + 1))
    candidates = [
        c
        for c in candidates
        if not (c.trigger.i == c.predicate.i and c.trigger.pos_ == "NOUN" and c.trigger.i in seen)
    ]
    names = names_in(sent)
    for candidate in candidates:
        _fill(candidate, sent, names, people, home)
    candidates = [c for c in candidates if c.category]
    by_token = {c.predicate.i: c for c in candidates}
    by_token.update({c.trigger.i: c for c in candidates})
    for candidate in candidates:
        candidate.wrapped_by = _wrapper(candidate, by_token)
    return candidates


def _fill(
    candidate: Candidate,
    sent: SpacySpan,
    names: list[NameHit],
    people: Mapping[str, str] | None,
    home: str | None = None,
) -> None:
    pred = candidate.predicate
    mood = read_mood(pred)
    undergoer = _undergoer(pred) if pred.pos_ == "NOUN" else None
    if undergoer is not None:
        # "troops came under attack from rebels", "was placed under arrest": the verb's
        # subject undergoes the event, a from- or by-phrase names who does it
        sources = [o for p in (*pred.children, *pred.head.head.children)
                   if p.dep_ in {"prep", "agent"} and p.lower_ in {"from", "by"}
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        targets = [undergoer]
    elif pred.pos_ == "NOUN":
        sources, targets = _noun_arguments(pred)
        governor = _governing_verb(pred)
        if governor is not None and not any(_names_actor(s) for s in sources):
            # "held talks with", "arrived for talks", "was on a visit": the verb's subject
            subject = _subject(governor)
            sources = ([subject] if subject is not None else []) + sources
        if candidate.category == lex.MOBILIZE:  # "deployment of North Korean troops"
            sources, targets = sources + targets, []
    elif pred.lemma_.lower() in lex.UNDERGOING_VERBS and candidate.trigger.i != pred.i:
        # "the decision drew criticism from Washington": Washington criticises
        subject = _subject(pred)
        targets = [subject] if subject is not None else []
        by_whom = frozenset({"from", "by"})
        sources = prep_objects(pred, by_whom) + prep_objects(candidate.trigger, by_whom)
    elif (guests := guest_forces(pred)) is not None and candidate.category == lex.RETREAT:
        # "peacekeepers arrived in Sierra Leone": the host receives them
        sources = prep_objects(pred, frozenset({"in", "at"}))
        targets = [guests]
    else:
        subject = _subject(pred)
        sources = [subject] if subject is not None else []
        targets = _targets(pred, candidate.trigger)
        sent_forces = _passive_subject(pred)
        if candidate.category == lex.MOBILIZE and not sources and sent_forces is not None:
            # "hundreds of soldiers were sent to the region": the forces are the actor
            sources, targets = [sent_forces], [t for t in targets if t.i != sent_forces.i]
    if mood.obligation and mood.reporter is not None and candidate.category != lex.DEMAND:
        # "Russia said that Sudan must return the helicopter": Russia demands, Sudan is asked.
        speaker = _subject(mood.reporter)
        if speaker is not None and (not sources or speaker.lemma_ != sources[0].lemma_):
            candidate.category = lex.DEMAND
            targets = sources + targets
            sources = [speaker]
            mood.status, mood.intent, mood.future = "happened", False, False
    source_spans = _actor_spans(sources, people, owners=True)
    target_spans = _actor_spans([t for t in targets if t not in sources], people)
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
    _fall_back_on_home(candidate, home)
    _fall_back_on_sentence(candidate, sent, names)
    _ethnic_by_residence(candidate, sent, names)
    candidate.status, candidate.negated = mood.status, mood.negated
    _adjust_category(candidate, mood, sent.text)


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


def _adjust_category(candidate: Candidate, mood: Mood, sent_text: str) -> None:
    """Category rules that depend on the clause: intent, refusal, obligation, who protests."""
    category = candidate.category
    lemma = candidate.predicate.lemma_.lower()
    if lemma in lex.INTENT_VERBS | lex.ENABLING_VERBS and _thing_as_subject(candidate.predicate):
        category = ""  # "recognition can offer an edge", "the decision threatens to create"
    elif lemma in lex.INTENT_VERBS and _promises_to_be(candidate.predicate):
        category = ""  # "the debate promised to be a crucial moment": a forecast, no pledge
    elif lemma in lex.INTENT_VERBS:
        nested = _nested_category(candidate.predicate)
        if nested is not None:
            category = lex.THREATEN if nested in lex.CONFLICT else lex.AGREE
    elif category in lex.COOPERATIVE and mood.negated:
        category, candidate.status = lex.REJECT, "happened"
    elif category in lex.COOPERATIVE and category != lex.AGREE and (mood.intent or mood.future):
        category = lex.AGREE  # a promised cooperative act is an expression of intent
    elif category in MATERIAL_CONFLICT and (mood.intent or mood.future or mood.conditional_threat):
        # "said they would boycott", "will expel", "will withdraw unless": a hostile act
        # announced for the future is a threat (PLOVER THREATEN)
        category = lex.THREATEN
    armed = {c.sector for c in candidate.source_codes} & {"MIL", "REB", "COP"}
    if category in {lex.FIGHT, lex.ASSAULT} and armed and _governed_by_verb(candidate.predicate):
        # "the army prepared to resume shelling": forces made ready is a show of military
        # power (PLOVER MOBILIZE); a stated readiness ("is prepared to attack") threatens
        category = lex.MOBILIZE
    elif _governed_by(candidate.predicate, lex.HOSTILE_PLANS):
        if category in MATERIAL_CONFLICT:
            category = lex.THREATEN  # "plans to expel", "is ready to attack"
        elif category in lex.COOPERATIVE:
            category = lex.AGREE  # "plans to visit", "is ready to withdraw": intent
    if mood.conditional_threat and category in lex.COOPERATIVE | MATERIAL_CONFLICT:
        category = lex.THREATEN
    if category == lex.MOBILIZE and "peacekeep" in sent_text.lower():
        category = lex.AID  # providing peacekeepers is military protection (CAMEO 074)
    if category == lex.PROTEST and lemma in {"lodge", "file", "issue", "deliver", "register"}:
        category = lex.DISAPPROVE  # "lodged a protest": an official complaint (CAMEO 114)
    # sectors the source phrase itself names, not a country borrowed from the sentence; only
    # the protest and violence rules below need them
    judged = candidate.source and category in {lex.PROTEST, lex.FIGHT, lex.ASSAULT}
    named = {c.sector for c in code_actors(candidate.source[0])} if judged else set()
    if category == lex.PROTEST and candidate.trigger.lemma_.lower() == "boycott" and "GOV" in named:
        category = lex.SANCTION  # a government's boycott is a sanction (CAMEO 163)
    if category == lex.PROTEST and candidate.source and lemma == "protest":
        state = candidate.source[0].root.ent_type_ in {"GPE"} and None in named
        if named & {"GOV", "LEG", "JUD"} or state:
            category = lex.DISAPPROVE  # a government protesting is a verbal complaint
    if category in {lex.FIGHT, lex.ASSAULT}:
        category = violence_kind(candidate, category, named)
    own_sectors = {c.sector for c in candidate.source_codes if c.sector}
    if category == lex.FIGHT and named and None not in named and named <= lex.CIVIL_SECTORS:
        category = lex.PROTEST  # "students clashed with police": civilians riot (145)
    if category == lex.FIGHT and lemma in lex.POLICE_ACTIONS and own_sectors == {"COP"}:
        category = lex.COERCE  # police storming or capturing is law enforcement (CAMEO 17)
    if (
        category == lex.COERCE
        and lemma in lex.OBSTRUCTIONS
        and own_sectors
        and (own_sectors <= lex.CIVIL_SECTORS)
    ):
        category = lex.PROTEST  # protesters occupying or blocking obstruct (CAMEO 144)
    if lemma == "order" and candidate.trigger.i == candidate.predicate.i:
        # what was ordered: the object, or the subject of "was ordered" ("an inquiry was ordered")
        obj = object_of(candidate.predicate) or _passive_subject(candidate.predicate)
        ordered = noun_cue(obj) if obj is not None and obj.pos_ == "NOUN" else None
        if ordered:  # "ordered the arrest of": an authority's order is the act itself
            category = ordered
        going = infinitive_of(candidate.predicate)
        if obj is not None and going is not None and going.lemma_.lower() in lex.LEAVING_VERBS:
            category = lex.SANCTION  # "ordered two diplomats to leave": an expulsion
        if obj is not None and going is not None and _civil_party(obj):
            # an authority ordering a newspaper, a firm or residents is coercion (CAMEO 17);
            # ordering a state or an army is a demand
            category = lex.COERCE
    if (
        lemma == "seek"
        and candidate.trigger.i == candidate.predicate.i
        and object_of(candidate.predicate) is not None
    ):
        category = lex.DEMAND
    if lemma == "charge" and _passive_subject(candidate.predicate) is not None:
        category = lex.COERCE  # "was charged with": legal action, not an accusation
    joint = len({c.country for c in candidate.source_codes if c.country}) >= 2
    if category == lex.MOBILIZE and candidate.trigger.lemma_.lower() in EXERCISES and joint:
        category = lex.COOPERATE  # joint exercises are cooperation (PLOVER MOBILIZE note)
    if category in lex.COOPERATIVE | MATERIAL_CONFLICT and _ruled_out(candidate.predicate):
        category = lex.REJECT
    if (
        category == lex.CONSULT
        and lemma in {"visit", "tour"}
        and _visited_by_investigators(candidate)
    ):
        category = lex.INVESTIGATE  # "U.N. investigators visited the site of the massacre"
    if lemma in {"warn", "caution"} and not _warning_is_threat(candidate):
        category = ""
    candidate.category = category


def _civil_party(token: Token) -> bool:
    """Does the phrase name private people or bodies (press, business, residents)?"""
    sectors = {c.sector for c in code_actors(phrase(token))}
    return bool(sectors) and None not in sectors and sectors <= lex.ONE_SIDED_TARGETS


def _thing_as_subject(pred: Token) -> bool:
    """Is the verb's own subject a thing, not someone who could promise or threaten?"""
    subject = next((c for c in pred.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subject is None or subject.dep_ == "csubj":
        return subject is not None
    if subject.pos_ != "NOUN" or _names_actor(subject):
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


def _nested_category(pred: Token) -> str | None:
    for child in pred.subtree:
        if child.i == pred.i:
            continue
        if child.pos_ == "VERB":
            cue = verb_cue(child)
            if cue:
                return cue[0]
        elif child.pos_ == "NOUN" and (category := noun_cue(child)):
            return category
    return None


def _warning_is_threat(candidate: Candidate) -> bool:
    """'X warned it would retaliate' threatens; 'the report warned that X could' fears."""
    pred = candidate.predicate
    clause = next((c for c in pred.children if c.dep_ == "ccomp"), None)
    if clause is None:  # "warned Israel", "warned them to stop"; not "the report warned of"
        return any(c.dep_ in {"dobj", "xcomp"} for c in pred.children)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    warner = _grammatical_subject(pred)
    if subject is None or warner is None:
        return subject is None
    if subject.lower_ in lex.PRONOUNS or subject.lemma_ == warner.lemma_:
        return True
    # "Iran warned that any attack would be met with force": an actor's warning of
    # violence in the future is a threat; a report's is a fear
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in clause.children)
    nested = _nested_category(clause) or (verb_cue(clause) or (None,))[0]
    return future and nested in lex.CONFLICT and bool(code_actors(phrase(warner)))


def main_event(
    sent: SpacySpan, people: Mapping[str, str] | None = None, home: str | None = None
) -> Candidate | None:
    """The sentence's main event: the unwrapped cue nearest the top of the parse."""
    free = [c for c in code_sentence(sent, people, home) if c.category and c.wrapped_by is None]
    if not free:
        return None
    return min(free, key=lambda c: (c.depth, c.trigger.i))
