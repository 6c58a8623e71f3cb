"""Who a pronoun, a surname or a role noun in a source phrase stands for, or nobody.

A quote given to the wrong person costs more than a quote given to nobody, so each rule
links only when one antecedent is clear and leaves the entity empty otherwise:

- "he"/"she" is the last person who spoke, when no other person has been named since
  (outside what was said: "Smith said Jones erred. He added ..." is Smith's); else the one
  person named before it in its own sentence; else the person of the sentence before (its
  subject, or its only person); else the only person named in the last few sentences;
  else nobody. The last speaker may be unnamed ("a spokesman said ... he added"): the
  pronoun is then unnamed too, never the last named person. A pronoun never takes a person
  whose gender the article's honorifics ("Mr.", "Ms.") or pronoun give otherwise.
- a lone surname ("Chambers said") is the person introduced in full with that surname.
- a role noun ("the PM", "the judge", "the foreign minister") is the one person the article
  titled so before; a company noun ("the networking company", "the firm") the one
  organization named in the sentences just before.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import doc_text, entity_at, introduced_unnamed
from newsledger.extract.entities.descriptions import a_business_never
from newsledger.extract.entities.gazetteer import demonym_country
from newsledger.extract.entities.gender import (
    HONORIFIC_GENDER,
    PRONOUN_GENDER,
    first_name_gender,
)
from newsledger.extract.entities.namesakes import surname_key

# Role nouns for one person, with the short forms news uses ("the PM").
PERSON_ROLES = frozenset(
    """
president minister premier chancellor judge justice mayor governor senator secretary
ambassador chairman chairwoman chair chief ceo director leader king queen prince princess
pope general commander coach manager prosecutor detective inspector sheriff captain bishop
archbishop congressman congresswoman envoy magistrate coroner superintendent commissioner
president-elect headteacher principal founder owner boss monitor referee lady
""".split()
)
ROLE_ALIASES = {"pm": "prime minister", "ceo": "chief executive", "fm": "foreign minister"}
# Nouns for one organization ("the networking company said").
ORGANIZATION_ROLES = frozenset(
    """
company firm corporation group bank lender carrier airline network channel broadcaster
agency party charity union retailer manufacturer maker giant insurer operator startup
club newspaper paper publisher organisation organization conglomerate developer tabloid
daily magazine portal website station
""".split()
)
ORG_WINDOW_SENTENCES = 3
NOBODY = ""  # a person in focus whom the article does not name
# "under Saddam", "during Reagan": a person named as a time, not a new speaker
PERIOD_PREPOSITIONS = frozenset({"under", "during"})


@dataclass(slots=True)
class SourceGuess:
    """A source phrase read: its characters, kind, entity, number, and whether it is one
    person (the pronoun rules look back for the last one)."""

    start: int  # character offsets of the source phrase
    end: int
    kind: str
    entity: str | None
    plural: bool
    person: bool = False


@dataclass(slots=True)
class People:
    """What the entities component found, indexed for the source pass.

    `quiet` holds the character ranges where a name is not a new person in focus: what the
    attributions say (their content, with its quotations).
    """

    doc: Doc
    types: dict[str, str]
    names: dict[str, str]
    mentions: list[tuple[int, int, str]]
    links: dict[tuple[int, int], str]
    quiet: list[tuple[int, int]]
    _genders: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, quiet: list[tuple[int, int]] | None = None) -> People:
        entities = doc._.nl_entities or []
        links: dict[tuple[int, int], str] = {}
        for entity in entities:
            for key, how in (entity.links or {}).items():
                start, _, end = key.partition(":")
                links[(int(start), int(end))] = how
        return cls(
            doc,
            {e.id: e.type for e in entities},
            {e.id: e.name for e in entities},
            sorted(doc._.nl_mentions or []),
            links,
            sorted(quiet or []),
        )

    def names_token(self, token: Token) -> bool:
        """True if the token lies in a mention of an entity."""
        at = bisect_left(self.mentions, (token.idx + 1,))
        return any(s <= token.idx < e for s, e, _ in self.mentions[max(0, at - 3) : at])

    def is_quiet(self, start: int) -> bool:
        return self.quiet_range(start) is not None

    def quiet_range(self, start: int) -> tuple[int, int] | None:
        """The quiet range (what an attribution says) that holds this character, if any."""
        return next(((s, e) for s, e in self.quiet if s <= start < e), None)

    def persons_between(
        self, start: int, end: int, quiet_too: bool = False, foreground: bool = False
    ) -> set[str]:
        """PERSON entities named in [start, end), outside quiet ranges unless `quiet_too`
        (by name or title: the entities component's own pronoun links are guesses, not
        evidence); with `foreground`, not one named only as the time of something ("under
        Saddam they earned $3 a month"), who takes no speaker's place."""
        found = set()
        for m_start, m_end, entity_id in self.mentions[bisect_left(self.mentions, (start,)) :]:
            if m_start >= end:
                break
            if self.types.get(entity_id) != "PERSON" or (not quiet_too and self.is_quiet(m_start)):
                continue
            if foreground and self._as_a_period(m_start, m_end):
                continue
            if self.links.get((m_start, m_end)) != "pronoun":
                found.add(entity_id)
        return found

    def _as_a_period(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        head = span.root if span is not None else None
        return head is not None and head.dep_ == "pobj" and head.head.lower_ in PERIOD_PREPOSITIONS

    def gender(self, entity_id: str | None, by_name: bool = True) -> str | None:
        """m, f, or None when neither the article's honorifics nor (with `by_name`) the first
        name tell, or the honorifics tell both."""
        if entity_id is None:
            return None
        titled = self._titled_gender(entity_id)
        if titled is not None or not by_name:
            return titled
        return first_name_gender(self.names.get(entity_id, ""))

    def _titled_gender(self, entity_id: str) -> str | None:
        """The gender the article's honorifics give ("Mr.", "Ms."), if they agree."""
        if entity_id not in self._genders:
            seen: set[str] = set()
            text = doc_text(self.doc)
            for start, _end, other in self.mentions:
                if other != entity_id:
                    continue
                before = text[max(0, start - 6) : start].strip().lower().rstrip(".").split()
                if before and before[-1] in HONORIFIC_GENDER:
                    seen.add(HONORIFIC_GENDER[before[-1]])
            self._genders[entity_id] = seen.pop() if len(seen) == 1 else None
        return self._genders[entity_id]

    def name_mentions(self, entity_id: str) -> list[tuple[int, int]]:
        return [
            (s, e)
            for s, e, other in self.mentions
            if other == entity_id and self.links.get((s, e), "name") in ("name", "surname")
        ]

    def by_surname(self, word: str, before: int) -> str | None:
        """The person introduced in full whose surname is `word` (the latest before `before`)."""
        word = surname_key(word)
        best: tuple[int, str] | None = None
        for entity_id, name in self.names.items():
            parts = name.replace(" - ", "-").split()
            if self.types.get(entity_id) != "PERSON" or len(parts) < 2:
                continue
            if surname_key(parts[-1]) != word:
                continue
            first = min((s for s, _ in self.name_mentions(entity_id)), default=None)
            if first is None:
                continue
            rank = first if first < before else -1
            if best is None or rank > best[0]:
                best = (rank, entity_id)
        return best[1] if best else None

    def titles(self, entity_id: str) -> list[str]:
        """The words the article puts beside a person's name: "Prime Minister Keir Starmer",
        "Keir Starmer, the prime minister," (lowercased, one string per mention)."""
        doc = self.doc
        found = []
        for start, end in self.name_mentions(entity_id):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            words = [t.lower_ for t in span]
            i = span.start - 1
            while i >= 0 and span.start - i <= 5 and not doc[i].is_sent_end:
                token = doc[i]
                if token.is_punct and token.text not in ("-", "."):
                    break
                words.insert(0, token.lower_)
                i -= 1
            apposed_to = span.root.head
            if span.root.dep_ == "appos" and apposed_to.i < span.start:
                # "The Argentine President, Nestor Kirchner,": the title stands before it
                words[:0] = [t.lower_ for t in doc[apposed_to.left_edge.i : apposed_to.i + 1]]
            if span.end < len(doc) and doc[span.end].text == ",":
                for token in doc[span.end + 1 : span.end + 9]:
                    if token.is_punct:
                        break
                    words.append(token.lower_)
            found.append(" ".join(words))
        return found


def _role_words(span: SpacySpan, head: Token) -> str | None:
    """ "the foreign minister" -> "foreign minister"; "the PM" -> "prime minister"."""
    role = head.lower_
    if role not in PERSON_ROLES and role not in ROLE_ALIASES:
        return None
    role = ROLE_ALIASES.get(role, role)
    modifiers = [
        t.lower_
        for t in span
        if t.i < head.i and t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha
    ]
    return " ".join([*modifiers, role])


def definite(span: SpacySpan, head: Token) -> bool:
    """ "the PM", "the networking company": a phrase that points back to someone."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def person_role(span: SpacySpan, head: Token, people: People) -> str | None:
    """The one person the article titled with this role before the phrase; of several, the
    one named last, if within the last few sentences; else None."""
    if not definite(span, head) or head.tag_ in ("NNS", "NNPS"):
        return None
    role = _role_words(span, head)
    if role is None:
        return None
    names = {role}  # "the CEO" after "Salil Parekh, CEO and MD" as after "chief executive"
    if head.lower_ in ROLE_ALIASES and role.endswith(ROLE_ALIASES[head.lower_]):
        names.add(role[: -len(ROLE_ALIASES[head.lower_])] + head.lower_)
    holders: dict[str, int] = {}
    for entity_id, kind in people.types.items():
        if kind != "PERSON":
            continue
        mentioned = [
            s
            for s, _ in people.name_mentions(entity_id)
            if s < span.start_char and not people.is_quiet(s)
        ]
        if mentioned and any(
            f" {name} " in f" {t} " for t in people.titles(entity_id) for name in names
        ):
            holders[entity_id] = max(mentioned)
    if len(holders) == 1:
        return next(iter(holders))
    latest = max(holders, key=lambda e: holders[e], default=None)
    if latest is not None and holders[latest] >= _window_start(span.doc, head):
        return latest  # "the minister": the minister just named, as news uses it
    return None


def _window_start(doc: Doc, head: Token) -> int:
    """Where the sentences just before the head's begin (its own and ORG_WINDOW_SENTENCES)."""
    sentences = list(doc.sents)
    here = next((k for k, s in enumerate(sentences) if s.start <= head.i < s.end), 0)
    return sentences[max(0, here - ORG_WINDOW_SENTENCES)].start_char


def organization_role(span: SpacySpan, head: Token, people: People) -> str | None:
    """The one organization named in the sentences just before "the company said"."""
    if not definite(span, head) or head.lemma_.lower() not in ORGANIZATION_ROLES:
        return None
    if head.tag_ in ("NNS", "NNPS") or introduced_unnamed(head, people.names_token):
        return None
    if any(t.pos_ == "PROPN" and demonym_country(t.text) is None for t in span if t.i < head.i):
        return None  # "the Yonhap news agency" names its own agency, not the one before
    window_start = _window_start(span.doc, head)
    repeated = _same_head_before(span, head, window_start)
    if repeated is not None:  # "Taiwan's national fire agency says ... the agency said"
        entity = entity_at(span.doc, repeated.idx, repeated.idx + len(repeated))
        return entity if entity is not None and people.types.get(entity) == "ORG" else None
    found = set()
    for m_start, _m_end, entity_id in people.mentions:
        if m_start >= span.start_char:
            break
        if m_start >= window_start and people.types.get(entity_id) == "ORG":
            last_word = (people.names.get(entity_id) or " ").split()[-1]
            if not a_business_never(head.lemma_, last_word):  # "the company": no Coast Guard
                found.add(entity_id)  # what was said counts too: "Reuters reported that Cisco"
    return found.pop() if len(found) == 1 else None


def _same_head_before(span: SpacySpan, head: Token, window_start: int) -> Token | None:
    """The last noun before the phrase, in its window, that is the phrase's own head noun:
    a definite description repeats the noun of what it points back to, so that noun's
    phrase is the antecedent, named or not, whatever other organization is about."""
    doc = span.doc
    for token in reversed(doc[: span.start]):
        if token.idx < window_start:
            return None
        if token.lemma_.lower() == head.lemma_.lower() and token.pos_ in ("NOUN", "PROPN"):
            return token
    return None


def resolve_person(
    pronoun: Token, earlier: list[SourceGuess], people: People
) -> tuple[str, str | None]:
    """(kind, entity) for he/she/I: the last speaker if still in focus, else the person of
    the sentence before, else unknown.

    First names only veto: where they change the answer the honorifics alone would give,
    the new answer stands only if its own gender is known to be the pronoun's ("she" after
    Peter Hennessy and Eliza Manningham-Buller is hers); otherwise nobody is credited."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    found = _resolve_person(pronoun, earlier, people, by_name=True)
    if gender is None or found == _resolve_person(pronoun, earlier, people, by_name=False):
        return found
    if found[1] is not None and people.gender(found[1]) == gender:
        return found
    return "unknown", None


def _resolve_person(
    pronoun: Token, earlier: list[SourceGuess], people: People, by_name: bool
) -> tuple[str, str | None]:
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    start = pronoun.idx

    def fits(entity_id: str | None) -> bool:
        known = people.gender(entity_id, by_name)
        return gender is None or known is None or known == gender

    def fits_guess(guess: SourceGuess) -> bool:
        said = PRONOUN_GENDER.get(doc_text(people.doc)[guess.start : guess.end].lower())
        return fits(guess.entity) and (gender is None or said is None or said == gender)

    inside = people.quiet_range(start)
    if inside is not None:  # "his comments indicated that Bush is not truthful when he states"
        named = {p for p in people.persons_between(inside[0], start, quiet_too=True) if fits(p)}
        if len(named) == 1:
            return "named", named.pop()
        if named:
            return "unknown", None
    last = next((g for g in reversed(earlier) if g.person and not g.plural and fits_guess(g)), None)
    if last is not None:
        others = {
            other
            for other in people.persons_between(last.end, start, foreground=True) - {last.entity}
            if fits(other) or people.gender(other, by_name) is None
        }
        if not others:
            return last.kind, last.entity
    sentence = pronoun.sent
    here = people.persons_between(sentence.start_char, start)
    if len(here) == 1 and fits(next(iter(here))):
        return "named", here.pop()  # "When Jones arrived, he said"; "In his speech, he said"
    if here:
        return "unknown", None  # two people before it in its own sentence: too close to call
    previous = _previous_sentence(pronoun)
    if previous is not None:
        person = _person_of(previous, people, [g for g in earlier if fits_guess(g)])
        if person == NOBODY:
            return "unknown", None  # the sentence before is about someone we cannot name
        if person is not None and fits(person):
            return "named", person
    window = _window_start(pronoun.doc, pronoun)
    recent = {person for person in people.persons_between(window, start) if fits(person)}
    if len(recent) == 1:
        return "named", recent.pop()  # the only person named just before who can be "she"
    return "unknown", None


def _previous_sentence(token: Token) -> SpacySpan | None:
    start = token.sent.start
    return token.doc[start - 1].sent if start > 0 else None


def _person_of(sentence: SpacySpan, people: People, earlier: list[SourceGuess]) -> str | None:
    """The person who is the sentence's subject (a pronoun subject as this pass resolved it,
    NOBODY if to no one), or its only person."""
    named = people.persons_between(sentence.start_char, sentence.end_char)
    root = sentence.root
    for child in root.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.pos_ == "PRON":
            resolved = next((g for g in earlier if g.start == child.idx), None)
            if resolved is None:
                break  # a pronoun of the other gender, or one no attribution resolved
            return resolved.entity or NOBODY
        for token in (child, *(c for c in child.children if c.dep_ in ("appos", "compound"))):
            entity = _entity_on(token, people)
            if entity in named:
                return entity
    return named.pop() if len(named) == 1 else None


def _entity_on(token: Token, people: People) -> str | None:
    start, end = token.idx, token.idx + len(token)
    for m_start, m_end, entity_id in people.mentions[
        max(0, bisect_left(people.mentions, (start,)) - 4) :
    ]:
        if m_start >= end:
            break
        if m_start < end and m_end > start:
            return entity_id
    return None
