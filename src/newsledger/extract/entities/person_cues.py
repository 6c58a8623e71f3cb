"""What the words around a one-word name say about it being a person's.

A report names someone in full once, often in a headline or a caption the reader never
sees in the text, and then by surname; the small model types a lone unfamiliar surname as
an organisation or a place ("Skelos told the Senate he would resign": GPE), or misses it
("Sinwar, who ..."). The grammar often says what the name is, in ways no organisation
or place is written of:

- a relative "who" ("Sinwar, who masterminded the attack"), its verb in the singular;
- an age in commas ("Ebrard, 64, said");
- a kin noun it owns ("Skelos's wife", "Sinwar's son");
- being born ("Sinwar was born in 1962");
- "he" or "she" as the subject of what it says ("Skelos told the Senate he would resign"),
  or owning it ("Tshisekedi said his government would ..."), when nobody else is told it;
  or as the subject of a clause joined to the name's by "and" ("Ebrard said ..., and he
  thanked ..."), with no other name between;
- "surnamed" before it ("an official surnamed Cao"), as wire copy names a person it knows
  only by surname;
- "and" joining it to a one-word person's name ("Trump and Putin have agreed");
- what only a person does when speaking: "said in an interview", "told reporters";
- what only a person does or suffers ("Okafor died", "Rantala was killed", "Okonkwo met
  Varga") or owns ("Varga's remarks", "Okonkwo's resignation");
- "he" or "she" heading the next sentence's report ("Okafor said ... She added that ..."),
  or "his" or "her" owning its subject ("His wife said"), when no one else is named in the
  name's sentence.

Names the shipped lists give as an organisation, a country or a city of a million are
never read this way.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsledger.extract.entities.gazetteer import place
from newsledger.extract.entities.phoenix import (
    NON_PERSON_HEADS,
    PERSON_HEADS,
    listed_kind,
)

KIN_NOUNS = frozenset(
    "wife husband son daughter mother father brother sister widow widower grandson "
    "granddaughter grandfather grandmother nephew niece girlfriend boyfriend fiance fiancee "
    "fiancé fiancée stepson stepdaughter".split()
)
SPEECH_LEMMAS = frozenset("say tell add insist claim argue admit explain warn write".split())
PERSONAL_SUBJECTS = frozenset(["he", "she"])
PERSONAL_OWNERS = frozenset(["his", "her"])
NOT_PEOPLE = frozenset(["DATE", "TIME", "GPE", "LOC", "NORP"])
AUDIENCES = frozenset(["reporters", "journalists"])
QUOTES = frozenset(['"', "“", "”", "'", "‘"])
# Verbs whose subject is a person: no firm, party or place dies or resigns (teams and
# delegations visit and travel, so those say nothing).
PERSON_ACTS = frozenset("die resign marry smile laugh shrug weep".split())
PERSON_SUFFERS = frozenset("kill wound injure arrest assassinate".split())
PERSONAL_THINGS = frozenset(
    "remarks resignation presidency premiership tenure inauguration funeral arrest career "
    "death birthday".split()
)
SURNAMED = frozenset(["surnamed", "nicknamed"])
OLDEST = 120
ROLE_OR_BODY_NOUNS = PERSON_HEADS | NON_PERSON_HEADS | {"premier", "senator", "justice"}
BIG_PLACES = frozenset(["country", "state", "continent"])
BIG_CITY = 1_000_000


def shows_a_person(doc: Doc, start: int, end: int) -> bool:
    """True if the words around the one-word name doc[start:end] say it names a person."""
    if end - start != 1 or _listed_otherwise(doc[start].text):
        return False
    name = doc[start]
    if name.ent_type_ in ("DATE", "TIME"):
        return False  # "economists quoted on Monday, who warned": the model's date stands
    if (
        name.lower_ in ROLE_OR_BODY_NOUNS
        or name.tag_ == "NNPS"
        or any(c.dep_ == "det" for c in name.children)
    ):
        return False  # "The Prime Minister added he", "the Italian Augusta, who", "Republicans who"
    return (
        _aged(doc, name)
        or _relative_who(name)
        or _owns_kin(doc, name)
        or _born(name)
        or _speaks_of_self(name)
        or (start > 0 and doc[start - 1].lower_ in SURNAMED)
        or _paired_with_a_person(name)
        or _speaks_as_a_person(name)
        or _quotes_itself(doc, name)
        or _according_to_self(doc, name)
        or _he_next(doc, name)
        or _acts_as_a_person(name)
        or _met(name)
    )


def _acts_as_a_person(name: Token) -> bool:
    """What befalls or is done only by a person: "Okafor died", "Halvorsen resigned",
    "Rantala was killed"; or owned only by one: "Varga's remarks", "Okonkwo's resignation"."""
    verb = name.head
    lemma = verb.lemma_.lower()
    if name.dep_ == "nsubj" and lemma in PERSON_ACTS:
        return True
    if name.dep_ == "nsubjpass" and lemma in PERSON_SUFFERS:
        return True
    return name.dep_ == "poss" and verb.lower_ in PERSONAL_THINGS


def _met(name: Token) -> bool:
    """ "Ebrard met Blinken": one name meets another (nations meet as places, firms "meet
    expectations"): both one-word proper names, neither a listed body or a known place."""
    verb = name.head
    if verb.lemma_.lower() != "meet" or name.dep_ not in ("nsubj", "dobj"):
        return False
    if place(name.text) is not None:
        return False  # "Leeds met Chelsea": towns' teams meet
    other = "dobj" if name.dep_ == "nsubj" else "nsubj"
    partners = [c for c in verb.children if c.dep_ == other]
    return any(
        (p.pos_ == "PROPN" or p.ent_type_ != "") and p.is_title and p.tag_ != "NNS"
        and not _listed_otherwise(p.text)
        and place(p.text) is None
        and not any(c.pos_ == "PROPN" or c.dep_ == "det" for c in p.children)
        for p in partners
    )  # fmt: skip


FIRST_PERSON_SINGULAR = frozenset(["i", "me", "my", "mine", "myself"])
QUOTE_REACH = 80  # tokens back to the quotation's opening mark


def _quotes_itself(doc: Doc, name: Token) -> bool:
    """'"When my mother fell ill, I ...," Petrucelly said', 'Trump said of the site, "I
    looked at 211 sites"': a name right next to a quotation that speaks as "I" or "my",
    with its verb of speech between or after, is a person's (a body speaks as "we"; its
    spokesperson, named, as "I")."""
    i = name.i
    if i + 1 >= len(doc) or doc[i + 1].lemma_.lower() not in SPEECH_LEMMAS:
        return False
    if i >= 2 and doc[i - 1].text in QUOTES:
        return _first_person(reversed(doc[max(0, i - QUOTE_REACH) : i - 1]))
    opening = next((t for t in doc[i + 2 : i + 8] if t.text in QUOTES), None)
    if opening is None or any(t.is_sent_start for t in doc[i + 1 : opening.i + 1]):
        return False
    return _first_person(doc[opening.i + 1 : opening.i + QUOTE_REACH])


def _first_person(tokens: Iterable[Token]) -> bool:
    """ "I" or "my" among the tokens before the next quotation mark."""
    for token in tokens:
        if token.text in QUOTES:
            return False
        if token.lower_ in FIRST_PERSON_SINGULAR:
            return True
    return False


def _according_to_self(doc: Doc, name: Token) -> bool:
    """ "According to Lopez, she had been followed": "he" or "she" opening what the name
    is credited with, right after its comma, is the name."""
    i = name.i
    if i < 2 or doc[i - 1].lower_ != "to" or doc[i - 2].lower_ != "according":
        return False
    return i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in PERSONAL_SUBJECTS


def _speaks_as_a_person(name: Token) -> bool:
    """ "Halvorsen said in an interview", "Marsh told reporters": no firm gives interviews
    or tells reporters (it tells them in a statement, or a spokesperson does)."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in AUDIENCES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(c.dep_ == "pobj" and c.lower_ == "interview" for c in child.children)
        ):
            return True
    return False


def _he_next(doc: Doc, name: Token) -> bool:
    """The name heads its sentence, which names no one else, and "he" or "she" (or "his
    ..." or "her ...") heads the next sentence's report: "Brannigan arrived on Monday. His
    wife said he was tired." Not inside a quotation, where "he" is whoever the speaker means."""
    sentence = name.sent
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.dep_ != "ROOT":
        return False
    if sentence.end >= len(doc) or any(
        t.i != name.i and t.pos_ == "PROPN" and t.ent_type_ not in NOT_PEOPLE
        and (t.ent_type_ == "PERSON" or not t.ent_type_)
        for t in sentence
    ):  # fmt: skip
        return False
    following = doc[sentence.end].sent
    root = following.root
    if root.lemma_.lower() not in SPEECH_LEMMAS:
        return False  # "Subway announced his death. He had been ill": "he" is the one who died
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    if not subjects or any(t.text in QUOTES for t in doc[following.start : subjects[0].i]):
        return False
    subject = subjects[0]
    return subject.lower_ in PERSONAL_SUBJECTS or any(
        c.dep_ == "poss" and c.lower_ in PERSONAL_OWNERS for c in subject.children
    )


def _paired_with_a_person(name: Token) -> bool:
    """ "Trump and Putin have agreed": joined by "and" to a one-word name the model took for
    a person (a leader's surname beside another's)."""
    partners = [c for c in name.children if c.dep_ == "conj"]
    if name.dep_ == "conj":
        partners.append(name.head)
    return any(
        p.ent_type_ == "PERSON" and p.ent_iob_ == "B" and p.pos_ == "PROPN"
        and (p.i + 1 >= len(p.doc) or p.doc[p.i + 1].ent_iob_ != "I")
        and any(c.lower_ == "and" for c in (name.children if name.dep_ != "conj" else p.children))
        for p in partners
    )  # fmt: skip


def cued_people(doc: Doc, taken: Iterable[int]) -> list[tuple[int, int, str]]:
    """(start, end, "PERSON") for one-word proper names outside every mention (`taken`)
    that the words around them show to be people ("Sinwar, who ..." the model missed)."""
    taken = set(taken)
    found = []
    for token in doc:
        if (
            token.i not in taken
            and token.pos_ == "PROPN"
            and token.is_alpha
            and token.is_title
            and len(token) > 2
            and not token._.furniture
            and _alone(doc, token.i)
            and shows_a_person(doc, token.i, token.i + 1)
        ):
            found.append((token.i, token.i + 1, "PERSON"))
    return found


def _alone(doc: Doc, i: int) -> bool:
    """No proper noun right before or after, nor a hyphen joining it to one ("Al-Qudah"): one
    word, not part of a longer name."""
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return False
    return all(
        not (0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
        for j in (i - 1, i + 1)
    )


def _listed_otherwise(text: str) -> bool:
    """A listed organisation, a country or a big place: "Obama, who" is no Japanese town,
    "Jordan, who" is still read as the country."""
    kind = listed_kind(text)
    if kind is not None and kind != "PERSON":
        return True
    found = place(text)
    return found is not None and (found.kind in BIG_PLACES or found.population >= BIG_CITY)


def _aged(doc: Doc, name: Token) -> bool:
    """ "Ebrard, 64, said": a bare number of years between commas right after the name."""
    return aged_after(doc, name.i + 1)


def aged_after(doc: Doc, end: int) -> bool:
    """A name ending before doc[end] is given its age: ", 64," or ", 64." right after it."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", "."):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) <= OLDEST


def _relative_who(name: Token) -> bool:
    """ "Sinwar, who leads the group": a singular verb (British English writes "Arsenal,
    who play" of a team)."""
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.tag_ == "VBP":
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ == "who" for s in subjects):
            return True
    return False


def _owns_kin(doc: Doc, name: Token) -> bool:
    """ "Skelos's wife", "Sinwar's brother"."""
    owner = name.i + 1 < len(doc) and doc[name.i + 1].tag_ == "POS"
    return owner and name.dep_ == "poss" and name.head.lemma_.lower() in KIN_NOUNS


def _may_be_he(told: Token) -> bool:
    """Someone told by name or pronoun ("told Obama", "told him"); "told the Senate" is not,
    nor a plural ("told MPs he would resign": "he" is no MP)."""
    if told.lower_ in ("him", "her"):
        return True
    if told.tag_ in ("NNS", "NNPS") or (told.text.endswith("s") and told.text[:-1].isupper()):
        return False
    return told.pos_ == "PROPN" and not any(c.dep_ == "det" for c in told.children)


def _born(name: Token) -> bool:
    return name.dep_ == "nsubjpass" and name.head.lower_ == "born"


def _speaks_of_self(name: Token) -> bool:
    """ "Skelos told the Senate he would resign": "he" heads what the name says, and the
    verb tells nobody by name (in "told Obama he must", "he" is Obama); or "I" does,
    before or after the verb."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    if any(c.dep_ in ("dobj", "dative", "obj") and _may_be_he(c) for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "conj"):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "conj":  # "Ebrard said ..., and he thanked the negotiators"
            if clause.i > verb.i and any(s.lower_ in PERSONAL_SUBJECTS for s in subjects):
                return not _named_between(name, subjects[0])
            continue
        if any(s.lower_ == "i" for s in subjects):
            return True  # 'Burton said, "I love cats"': one speaks as "I", a body as "we"
        if clause.i > verb.i and any(
            s.lower_ in PERSONAL_SUBJECTS
            or any(c.dep_ == "poss" and c.lower_ in PERSONAL_OWNERS for c in s.children)
            for s in subjects
        ):
            return True  # "he would resign"; "his government would respond" (a body's: "its")
    return False


def _named_between(name: Token, pronoun: Token) -> bool:
    """Another proper name between the name and the pronoun, which "he" may mean instead
    (not a day's or a place's: "said on Tuesday", "in Lagos")."""
    return any(
        t.pos_ == "PROPN" and t.ent_type_ not in NOT_PEOPLE
        for t in name.doc[name.i + 1 : pronoun.i]
    )
