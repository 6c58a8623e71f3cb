"""What a number measures: its frame (the property, whose it is, and as of when).

Two reports' figures can only disagree when they measure the same property of the same
thing: "2,012 killed" and "2,059 injured" both count people but say different things, and
one candidate's vote total never contradicts another's. So each quantity gets a frame
read from the parse around it:

- `measure`: killed, injured, critically injured, missing, votes, vote share, magnitude,
  crew, length, height, turnout, ... (the words are in `data/measures.tsv`, see `newsledger.measures`); for other counts
  the counted noun ("troops"), for physical units the dimension ("length"), for money
  "amount of <noun>";
- `owner`: the thing the property belongs to, as offsets: the candidate whose votes
  ("Lai received 5.58 million votes"), the ship whose length ("a 948-foot ship"), the
  place a partial toll is for ("452 in Taroudant");
- `as_of`: the TIMEX3 value of the time a tally is given for ("as of Sunday", "a toll
  issued on Saturday at 10 pm"), when the sentence says so.

A number whose frame cannot be read has no measure, and is never compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.extract.quantities.frame_words import (
    PERSON_NOUNS,
    SUBJECTS,
    counted_noun,
    lemma,
    word_measure,
)
from newsledger.extract.quantities.owners import (
    PLACE_NOUNS,
    as_of_time,
    clause_subject,
    copula_subject,
    governing_noun,
    owner_of,
    possessor_or_subject,
)
from newsledger.records import Timex

CRITICAL = frozenset("critical serious severe grave".split())
CRITICAL_ADVERBS = frozenset("critically seriously severely gravely badly".split())
DIMENSION_WORDS = {
    "tall": "height", "high": "height", "height": "height", "long": "length",
    "length": "length", "wide": "width", "width": "width", "deep": "depth", "depth": "depth",
    "away": "distance", "distance": "distance", "far": "distance", "from": "distance",
}  # fmt: skip
SI_DIMENSIONS = {
    "m": "length", "kg": "mass", "m²": "area", "m³": "volume", "m/s": "speed", "K": "temperature",
}  # fmt: skip
TOLL_NOUNS = frozenset("toll tally count figure number".split())
SECONDARY_SHOCKS = frozenset("aftershock foreshock".split())
MAIN_SHOCKS = frozenset("earthquake quake temblor tremor".split())
SUB_EVENTS = frozenset(
    "landslide mudslide rockslide rockfall boulder rock avalanche fire blaze collapse aftershock".split()
)
DISASTERS = frozenset("flood storm tsunami cyclone hurricane typhoon attack war fire".split())
MODALS = frozenset("may might could would".split())
PROJECTING = frozenset("predict expect forecast project".split())
INCREMENTS = frozenset("other more additional further new another".split())
WINDOW = 4  # tokens either side in which a measure word counts as near


@dataclass(frozen=True, slots=True)
class Frame:
    measure: str | None = None
    owner: tuple[int, int] | None = None
    as_of: str | None = None


def read_frame(
    doc: Doc,
    start: int,
    end: int,
    unit: str | None,
    currency: str | None,
    si_unit: str | None,
    counted: str | None,
    timexes: list[Timex],
) -> Frame:
    """The frame of the quantity at characters [start, end) of `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Frame()
    root = span.root
    sentence = root.sent
    measure, owner_token = _measure(span, root, unit, currency, si_unit, counted)
    if measure is None or _increment(span, root):
        return Frame()
    projection = _projection(root)
    if projection is not None:  # the forecast owns it: compared only with forecasts
        return Frame(measure, (projection.idx, projection.idx + len(projection)), None)
    owner = owner_of(span, root, measure, owner_token)
    if owner is None and _part_of_a_whole(root, measure):
        return Frame()
    return Frame(measure, owner, as_of_time(sentence, timexes))


def _critical(token: Token) -> bool:
    """ "1,404 in critical condition", "seriously injured", "721 of them serious"."""
    if token.lower_ in CRITICAL_ADVERBS or token.lower_ in CRITICAL:
        return True
    return any(c.lower_ in CRITICAL_ADVERBS for c in token.children if c.dep_ == "advmod")


def _measure(
    span: Span,
    root: Token,
    unit: str | None,
    currency: str | None,
    si_unit: str | None,
    counted: str | None,
) -> tuple[str | None, Token | None]:
    """The property and, when the parse gives it, the token the property belongs to."""
    doc = span.doc
    near = [
        doc[i]
        for i in range(
            max(span.sent.start, span.start - WINDOW), min(span.sent.end, span.end + WINDOW)
        )
    ]
    if _magnitude(span, root):
        return "magnitude", _shock(span)
    if unit == "percent":
        return _share(span, root)
    if currency:
        head = governing_noun(root)
        return (f"amount of {lemma(head)}" if head is not None else "amount"), head
    if si_unit:
        dimension = SI_DIMENSIONS.get(si_unit)
        if dimension is None:
            return None, None
        for t in near if dimension == "length" else ():
            if t.i >= span.end and t.lower_ in DIMENSION_WORDS:
                return DIMENSION_WORDS[t.lower_], copula_subject(t)
        head = governing_noun(root)
        return dimension, head
    return _count(span, root, counted)


def _shock(span: Span) -> Token | None:
    """An aftershock's magnitude is not the quake's: the shock noun of the sentence nearest to
    the number, when it is an aftershock (or foreshock)."""
    shocks = [t for t in span.sent if lemma(t) in SECONDARY_SHOCKS or lemma(t) in MAIN_SHOCKS]
    if not shocks:
        return None
    nearest = min(shocks, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end + 1)))
    return nearest if lemma(nearest) in SECONDARY_SHOCKS else None


def _magnitude(span: Span, root: Token) -> bool:
    """ "a magnitude 6.8 quake", "6.8-magnitude", "a magnitude of 7", "7 on the Richter scale"."""
    doc = span.doc
    close = [*doc[max(span.sent.start, span.start - 2) : min(span.sent.end, span.end + 2)]]
    linked = [root.head, root.head.head, *root.children, *root.head.children]
    linked += [
        g for t in (root, root.head) for c in t.children if c.dep_ == "prep" for g in c.subtree
    ]
    return any(lemma(t) in ("magnitude", "richter") for t in close + linked)


def _part_of_a_whole(root: Token, measure: str) -> bool:
    """ "four of the deaths", "Three of those who lost their lives": a part of the toll with
    nothing saying which part, so not comparable with a total (a part with its own place,
    "Of the 72 deaths, 39 were in Wajima", has an owner; "721 of whom are in critical
    condition" measures something else than its whole)."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            whole = next((c for c in child.children if c.dep_ == "pobj"), None)
            if whole is None:
                continue
            if whole.pos_ in ("PRON", "DET") or whole.tag_ in ("WP", "WDT", "PRP"):
                return not measure.startswith("critically")
            word = word_measure(whole)
            return word is not None and word.name == measure
    return False


def _increment(span: Span, root: Token) -> bool:
    """ "nine other people", "three more bodies", "an additional 20": an increment to a tally,
    not a total, so never compared with one."""
    noun = root.head if root.dep_ in ("nummod", "quantmod") else None
    modifiers = [*root.children, *(noun.children if noun is not None else [])]
    following = span.doc[span.end] if span.end < len(span.doc) else None
    doc = span.doc
    return any(
        t.lower_ in INCREMENTS
        and not span.start <= t.i < span.end  # "More than 2,300" is a bound, not an increment
        and not (t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
        for t in modifiers
    ) or (following is not None and following.lower_ in ("more", "other", "additional", "new"))


def _share(span: Span, root: Token) -> tuple[str | None, Token | None]:
    """ "40.05% of the vote" (vote share, owned by the clause's subject), "turnout was 71%"."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    word = word_measure(obj)
                    name = f"{word.name if word else lemma(obj)} share"
                    return name.replace("votes share", "vote share"), clause_subject(root)
    head = root.head
    if head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "GPE":
            return subject.lower_, None
    return None, None


def _count(span: Span, root: Token, counted: str | None) -> tuple[str | None, Token | None]:
    """Counts: what happened to the counted people, or what the counted noun is."""
    doc = span.doc
    noun = root.head if root.dep_ in ("nummod", "quantmod") and counted_noun(root.head) else None
    anchor = noun or root
    # "crew of 22", "a toll of 2,012", "the death toll rose to 2,946"
    found = _from_heads(anchor)
    if found is not None:
        return found, possessor_or_subject(anchor)
    # "2,059 injured", "2,012 dead", "1,404 in critical condition", "six missing"
    after = doc[span.end : min(span.sent.end, span.end + 3)]
    for t in after:
        if t == noun:
            break
        if _critical_condition(t):
            return "critically injured", None
        word = word_measure(t)
        if word is not None and t.pos_ in ("ADJ", "VERB", "NOUN"):
            return (
                "critically " + word.name if word.name == "injured" and _critical(t) else word.name
            ), None
        if t.pos_ not in ("ADV", "PART", "AUX"):
            break
    word_noun = word_measure(noun) if noun is not None else None
    if word_noun is not None:  # "22 crew", "5.58 million votes", "2,000 deaths"
        return word_noun.name, possessor_or_subject(noun)
    # "1,037 of them were killed" / "2,012 people were killed" / "killing 2,000 people"
    verb = anchor.head if anchor.dep_ in (*SUBJECTS, "dobj", "attr", "conj", "appos") else None
    if verb is not None and anchor.dep_ == "conj":
        return _conjunct_measure(anchor)
    if verb is not None:
        word = word_measure(verb)
        if word is None:
            word = next(
                (
                    w
                    for c in verb.children
                    if c.dep_ in ("acomp", "oprd", "xcomp")
                    for w in [word_measure(c)]
                    if w
                ),
                None,
            )
        agent = _agent(verb)
        if word is not None and agent is not None and _other_event(agent):
            return word.name, agent  # "a landslide that killed five", "the 1999 quake killed"
        elsewhere = next(
            (c for c in [*verb.children, *anchor.children] if c.lower_ == "elsewhere"), None
        )
        if word is not None and elsewhere is not None:
            return word.name, elsewhere  # "killed about 170 people elsewhere": not the toll here
        if word is not None:
            critical = word.name == "injured" and (
                _critical(verb) or any(_critical(c) for c in verb.children)
            )
            return ("critically injured" if critical else word.name), None
        if _in_critical_condition(verb):  # "721 of whom are in serious condition"
            return "critically injured", None
        found = _partitive(anchor)
        if found[0] is not None:
            return found
    if noun is not None and noun.lower_ in PERSON_NOUNS and noun.dep_ == "pobj":
        holder = noun.head.head  # "a city of 100,000 people", "home to 100,000 people"
        if noun.head.lower_ in ("of", "to") and (
            lemma(holder) in PLACE_NOUNS or lemma(holder) == "home"
        ):
            return "population", None
    if counted and counted.lower() not in PERSON_NOUNS and noun is not None:
        return lemma(noun), possessor_or_subject(noun)
    return None, None


def _agent(verb: Token) -> Token | None:
    """Who or what did it: the subject, through "that" to the noun it stands for, and from a
    coordinated verb to the first one's ("the quake killed 2,415 and injured 11,000")."""
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if agent is not None and agent.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return agent


def _other_event(agent: Token) -> bool:
    """A sub-event of the story ("a landslide") or a dated or named earlier one ("the 921
    earthquake", "the 1999 quake"): its toll is not the story's."""
    if lemma(agent) in SUB_EVENTS:
        return True
    return lemma(agent) in MAIN_SHOCKS | DISASTERS and any(
        c.dep_ in ("nummod", "compound", "amod")
        and (c.like_num or c.ent_type_ in ("DATE", "CARDINAL"))
        for c in agent.children
    )


def _projection(root: Token) -> Token | None:
    """ "could reach 20,000", "magnitudes of between 6.5 and 7 are predicted": a projection
    or forecast is not a reported figure and contradicts none; the word that makes it one."""
    verbs = [t for t in [root, *root.ancestors] if t.pos_ in ("VERB", "AUX")][:2]
    for verb in verbs:
        if lemma(verb) in PROJECTING:
            return verb
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
        if modal is not None:
            return modal
    return None


def _from_heads(token: Token) -> str | None:
    """A measure word the number hangs from: "crew of 22", "death toll rose to 2,946"."""
    current = token
    for _ in range(4):
        head = current.head
        if head is current:
            return None
        if (
            current.dep_ == "pobj"
            and head.lower_ in ("of", "to", "at")
            and head.head.pos_ == "NOUN"
        ):
            owner = head.head
            word = word_measure(owner)
            if word is not None:
                return word.name
            if lemma(owner) in TOLL_NOUNS:
                return _toll_measure(owner)
        if lemma(head) in TOLL_NOUNS and head.pos_ == "NOUN":
            return _toll_measure(head)
        if head.pos_ == "VERB" and lemma(head) not in (
            "rise",
            "climb",
            "reach",
            "stand",
            "jump",
            "increase",
            "be",
            "hit",
            "exceed",
            "surpass",
            "top",
        ):
            subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
            if subject is not None and lemma(subject) in TOLL_NOUNS:
                return _toll_measure(subject)
            return None
        if head.pos_ == "VERB":
            subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
            if subject is not None and lemma(subject) in TOLL_NOUNS:
                return _toll_measure(subject)
        current = head
    return None


def _toll_measure(noun: Token) -> str | None:
    """ "death toll" -> killed; "injury toll" -> injured; a bare "toll" is a death toll."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            word = word_measure(child)
            if word is not None:
                return word.name
        if child.dep_ == "prep" and child.lower_ == "of":  # "the number of people confirmed dead"
            for inner in child.subtree:
                word = word_measure(inner) if inner.pos_ in ("ADJ", "VERB", "NOUN") else None
                if word is not None and inner.i - child.i <= 5:
                    return word.name
    return "killed" if noun.lower_ == "toll" else None


def _conjunct_measure(token: Token) -> tuple[str | None, Token | None]:
    """ "2,012 people were killed and 2,059 were wounded": the conjunct's own verb, else
    the measure of what it is coordinated with ("1,000 in Al Haouz and 452 in Taroudant")."""
    head = token.head
    word = word_measure(head)
    if word is not None:
        return word.name, None
    first = head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first is not token and first.like_num:  # "39 were in Wajima, 22 in Suzu"
        return _partitive(first)
    return _partitive(token)


def _partitive(token: Token) -> tuple[str | None, Token | None]:
    """ "Of the 72 deaths, 39 were in Wajima": the measure of the whole the number is part of."""
    for holder in (token, token.head):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                word = word_measure(obj) if obj is not None else None
                if word is not None:
                    return word.name, None
    return None, None


def _critical_condition(token: Token) -> bool:
    """ "in critical condition", "in serious condition": the preposition `token` and its object."""
    return token.lower_ == "in" and any(
        lemma(c) == "condition" and any(_critical(a) for a in c.children) for c in token.children
    )


def _in_critical_condition(token: Token) -> bool:
    return any(c.dep_ == "prep" and _critical_condition(c) for c in token.children)
