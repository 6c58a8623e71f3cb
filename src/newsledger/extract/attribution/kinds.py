"""What an attribution attributes: a statement, an attitude, or nothing (a deed).

A newsroom counts statements (said, told, wrote, announced, according to, a court heard,
a poll shows) and lists attitudes apart (wants, believes, hopes, fears, expects). A deed
is not sourcing at all: "agreed not to back the bill" and "voted for the bill" report what
someone did, "was charged with fraud" what was done to them. Words in quotation marks are
always a statement: the reporter gives the words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.calling import call_is_a_deed
from newsledger.extract.attribution.hearsay import HEARSAY_PARTICIPLES, said_to_be, the_said
from newsledger.extract.attribution.lexicon import (
    ATTITUDE_ADJECTIVES,
    COGNITION,
    COMMITMENT,
    MESSAGE_NOUNS,
    REFLEXIVES,
    SPEECH,
    speaker_like,
    subject_of,
)
from newsledger.extract.attribution.light_verbs import MESSAGE_OBJECTS, message_object
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.speakers import RAISING_PASSIVES
from newsledger.extract.common import acted_on, to_infinitive
from newsledger.extract.entities.phoenix import PERSON_HEADS

STATEMENT = "statement"
ATTITUDE = "attitude"

# Verbs of wanting, believing, feeling and holding a position.
ATTITUDE_VERBS = frozenset(
    """
want wish hope fear worry believe think feel expect doubt suspect assume guess wonder reckon
anticipate imagine prefer intend regret consider view know understand realize realise
recognize recognise trust like dislike love hate care seem appear tend support oppose favor
favour back endorse welcome distrust suppose
hop
""".split()  # "hop": the small model's lemma of "hopes", "hoped" and "hoping"
)

# Verbs of trying: "are trying to defend the town" reports an effort, not a claim.
ENDEAVOUR = frozenset({"try", "attempt", "strive", "struggle", "manage", "fail", "endeavour"})

# What is declared by doing it: "declared bankruptcy", "declared war", "declared a state of
# emergency" (declaring victory or a view still says something).
DECLARED_ACTS = frozenset(
    "bankruptcy insolvency war emergency independence ceasefire truce curfew".split()
)
# What one issues to say something, besides the message nouns: "issued an apology".
ISSUED_MESSAGES = frozenset(
    "apology denial rebuttal ultimatum threat report advisory alert guidance reminder "
    "communique communiqué declaration clarification correction message messages note notice "
    "announcement".split()
)
# What is denied by refusing it, not by saying anything: "denied entry", "was denied bail".
DENIED_THINGS = frozenset(
    "entry access visa visas permission bail passage landing request application licence "
    "license service asylum use entrance admission chance opportunity right".split()
)
# What is claimed by taking it, not by saying anything: "the attack claimed 140 lives",
# "claimed the title"; "claimed responsibility" and "claimed victory" still say something.
TAKEN_THINGS = frozenset(
    "life victim title seat medal gold silver bronze prize crown throne championship trophy "
    "record".split()
)

# Verbs of refusing: "refused to take part" is a decision, like "agreed not to back";
# "refused to say whether ..." or "declined to comment" still concern speech.
REFUSAL = frozenset({"refuse", "decline"})
TALK = frozenset(
    "discuss comment talk speak disclose reveal identify name elaborate answer respond".split()
)

# What refusing still concerns speech for, and what issuing still says something with.
SAID_OR_HELD = SPEECH | COGNITION | ATTITUDE_VERBS | TALK
SAID_BY_ISSUING = MESSAGE_NOUNS | MESSAGE_OBJECTS | ISSUED_MESSAGES

# Verbs of letting: "allowed them to use the rockets" grants something, says nothing.
PERMISSION = frozenset({"allow", "permit", "authorize", "authorise", "let", "enable"})

# Stance verbs that, with only an object and in the past, report an act: "supported a bill",
# "backed the measure", "voted for the plan". In the present they hold a position.
BACKING_VERBS = frozenset({"support", "back", "endorse", "oppose", "favor", "favour", "vote"})

# Verbs of appointing: "named Frank Hsieh premier" fills a post; only with a that-clause
# ("named ... and said that") would they say anything.
APPOINTING = frozenset({"name", "appoint", "nominate"})
PAST_TAGS = frozenset({"VBD", "VBN"})
# Verbs that decide on a proposal: "rejected a pay offer", "approved the bill" is a decision
# taken, not something said; "rejected claims that ..." still says something.
DECIDING_VERBS = frozenset({"reject", "accept", "approve", "veto", "ratify", "adopt", "sign"})
PROPOSALS = frozenset(
    """offer bid proposal plan deal bill budget measure motion resolution agreement accord
treaty contract settlement package amendment law request nomination order decree pact
memorandum proclamation demand appeal""".split()
)
PAY = frozenset({"pay", "wage", "salary"})


def attribution_kind(doc: Doc, draft: Draft) -> str | None:
    """statement, attitude, or None for a deed (the candidate is then dropped)."""
    head = _governing_word(doc, draft)
    lemma = head.lemma_.lower() if head.pos_ == "VERB" else draft.lemma.lower()
    if draft.quote_pieces and not mostly_quoted(doc, draft) and _deed(head, lemma):
        return None  # "decided to award him the medal for "his contributions"": a deed
    if draft.quote_pieces:  # quoted words are said, unless a few inside a view it holds
        held = head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ATTITUDE_VERBS
        return ATTITUDE if held and not mostly_quoted(doc, draft) else STATEMENT
    if (draft.act and not _speaks_through(draft, head)) or _idiom(doc, draft):
        return None  # the rules' deed judgment, or "as expected" with nobody expecting
    if _deed(head, lemma):
        return None
    if any(doc[i].pos_ == "ADJ" and doc[i].lower_ in ATTITUDE_ADJECTIVES for i in draft.cue):
        return ATTITUDE  # "is concerned about", "are angry about": a state of mind
    if head.pos_ in ("VERB", "AUX") and lemma in ATTITUDE_VERBS:
        return ATTITUDE
    return STATEMENT


def mostly_quoted(doc: Doc, draft: Draft) -> bool:
    """'"It is over," the coach believes': his words; "want “discretionary” spending": his
    view with a word in scare quotes."""
    words = [doc[i] for i in draft.content if not (doc[i].is_punct or doc[i].is_space)]
    quoted = [t for t in words if any(start <= t.idx < end for start, end in draft.quote_pieces)]
    return not words or 2 * len(quoted) >= len(words)


# Whom police or a hospital name by name: "named the man who died as John Smith".
IDENTIFIED_PEOPLE = frozenset(
    "him her them man men woman women victim victims suspect suspects driver boy girl "
    "teenager gunman attacker person people child soldier officer pilot".split()
)


def _identified_by_name(head: Token) -> bool:
    """ "Police have named him as Arcan Cetin": who someone is, a statement; not "named
    Frank Hsieh as the new premier", an appointment (a role, not a name, after "as")."""
    if head.lemma_.lower() != "name":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects or objects[0].lower_ not in IDENTIFIED_PEOPLE:
        return False
    return any(
        t.lower_ == "as" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)
        for t in head.subtree
        if t.i > objects[0].i
    )


def _finite_clause(head: Token) -> bool:
    """A that-clause ("allowed that the claim was timely"), not "them to use" (which the
    parser also calls a clause), nor a clause past a comma that the parser hung on the verb
    ("allowed the bill to become law, though he felt that ...")."""
    doc = head.doc
    return any(
        child.dep_ == "ccomp"
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not any(t.is_punct for t in doc[head.i + 1 : child.left_edge.i])
        for child in head.children
    )


def _governing_word(doc: Doc, draft: Draft) -> Token:
    """The cue's first verb: in "agreed to allow" it is "agreed" that says what kind of
    thing is attributed, not the infinitive the rules took the lemma from."""
    verbs = [doc[i] for i in draft.cue if doc[i].pos_ == "VERB"]
    while len(verbs) > 1 and _raising_passive(verbs[0]):
        verbs = verbs[1:]  # "is expected to say": what is expected is a statement
    return verbs[0] if verbs else doc[draft.head]


def _raising_passive(verb: Token) -> bool:
    return verb.lemma_.lower() in RAISING_PASSIVES and any(
        c.dep_ == "auxpass" for c in verb.children
    )


def _speaks_through(draft: Draft, head: Token) -> bool:
    """ "urged Republicans to join", "wants to release": the rules judged the infinitive a
    deed, but the verb governing it says or holds something, and that is what is attributed."""
    lemma = head.lemma_.lower()
    judged_another_word = lemma != draft.lemma.lower()
    return judged_another_word and (
        lemma in SPEECH or lemma in COGNITION or lemma in ATTITUDE_VERBS
    )


def _idiom(doc: Doc, draft: Draft) -> bool:
    """ "As expected, the bill passed": an "as" clause with nobody behind it credits no one."""
    head = doc[draft.head]
    return not draft.source and any(
        child.dep_ == "mark" and child.lower_ == "as" for child in head.children
    )


# Verbs whose subject is a fact as often as a speaker: as a trailing participle on a verb of
# doing ("won 34%, signalling that ..."), what signals is the fact, not the verb's subject.
EVIDENCE_VERBS = frozenset(
    "signal indicate suggest show mean underscore highlight reflect demonstrate prove".split()
)


# Verbs of wanting and feeling, which need someone to want or feel ("hop" is the small
# model's lemma of "hoped").
MINDS = frozenset("want wish hope hop fear worry regret love hate".split())


KIN = frozenset("family parent child people public community youth elder couple".split())
SOMEONE = PERSON_HEADS | KIN
SAYING_OR_THINKING = SPEECH | COGNITION
AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ee", "man", "men")


def _mindless(subject: Token | None) -> bool:
    """A common noun that is no one: "system", not "officials", "the firm", "the envoy",
    "families", nor any noun shaped like one who does something ("regulators",
    "environmentalists", "parents")."""
    if subject is None or subject.pos_ != "NOUN" or speaker_like(subject) or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in SOMEONE and not lemma.endswith(AGENT_ENDINGS)


def _happening(subject: Token | None) -> bool:
    """A thing that happened or was done, which can show but not say: "the controversy", "the
    storm", "the decision" (not "the airline", "the report")."""
    if not _mindless(subject):
        return False
    lemma = subject.lemma_.lower()  # type: ignore[union-attr]
    return lemma in HAPPENINGS or lemma.endswith(ABSTRACT_ENDINGS)


HAPPENINGS = frozenset(
    "row move storm attack war crisis scandal dispute delay vote result flood fire quake "
    "earthquake rise fall".split()
)
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ence", "ance", "ity", "ism", "ness", "versy")


def _trails_a_fact(participle: Token) -> bool:
    host = participle.head
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and host.i < participle.i
        and host.pos_ in ("VERB", "AUX")
        and host.lemma_.lower() not in SAYING_OR_THINKING
    )


def _deed(head: Token, lemma: str) -> bool:
    if head.pos_ != "VERB":
        return False
    deps = {child.dep_ for child in head.children}
    if lemma in (COMMITMENT | ENDEAVOUR) and "xcomp" in deps and "ccomp" not in deps:
        return True  # "agreed not to back", "decided to send", "are trying to defend"
    if lemma in REFUSAL and "ccomp" not in deps and _refuses_a_deed(head):
        return True  # "has refused to take dollars", "declined to attend"
    if lemma in COMMITMENT and "ccomp" not in deps and _to_a_thing(head):
        return True  # "owners agree to CBA extension", "agreed to the plan"
    if lemma in APPOINTING and not _finite_clause(head) and not _identified_by_name(head):
        return True  # "named Frank Hsieh as the new premier"
    if lemma == "confirm" and not _finite_clause(head) and _confirms_a_person(head):
        return True  # "the Senate confirmed Maria Ortiz as attorney general": a vote
    if _state_after(head):
        return True  # a headline's "161 People Confirmed Dead": a count, nobody speaking
    if lemma in PERMISSION and not _finite_clause(head):
        return True  # "allowed them to use", "authorized the strikes"
    if lemma == "charge" and "nsubjpass" in deps:
        return True  # "was charged with fraud"
    if lemma in MINDS and _mindless(subject_of(head)):
        return True  # "a new system of addresses hoped to resolve ...": no one hopes
    if message_object(head) and _happening(subject_of(head)):
        return True  # "the controversy cast doubt on", "the storm made it clear that"
    if lemma in EVIDENCE_VERBS and _trails_a_fact(head):
        return True  # "X received 34% of the vote, signalling that ...": the result signals
    if lemma == "issue" and "ccomp" not in deps and _issues_a_thing(head):
        return True  # "did not issue a stop work order", "issued visas"
    if lemma == "deny" and "ccomp" not in deps and _denies_a_thing(head):
        return True  # "denied entry to the warships", "was denied bail"
    if lemma == "recognize" and "ccomp" not in deps and _recognizes_a_state(head):
        return True  # "three neighbours recognize Kosovo": diplomatic recognition is an act
    if lemma == "claim" and "ccomp" not in deps and _objects_in(head, TAKEN_THINGS):
        return True  # "the attack claimed the lives of 140 people"
    if lemma == "declare" and _declares_an_act(head):
        return True  # "declared bankruptcy", "declared a state of emergency"
    if lemma == "call" and call_is_a_deed(head):
        return True  # "called off the strike", "called a snap election", "called McCain"
    clause = deps & {"ccomp", "xcomp"} or any(c.dep_ == "mark" for c in head.children)
    if lemma in DECIDING_VERBS and not clause and _decides_a_proposal(head):
        return True  # "the union rejected a belated pay offer"
    if _votes_on(head, lemma):
        return True  # "two committees voted to reject an amendment banning ...": a vote
    if lemma == "post" and not clause and (_objects_in(head, RESULTS) or _issues_a_thing(head)):
        return True  # "posted higher profit"; "posted a draft of the bill to his website"
    if lemma == "show" and not clause and _person_subject(head):
        return True  # "family members did not show any symptoms"
    if lemma == "plan" and not clause and "dobj" in deps:
        return True  # "plans three days of protest", "planned the raid": organised, not said
    if lemma == "testify" and not clause:
        return True  # "testified against the couple at trial"
    if lemma == "recall" and not clause and "dobj" in deps:
        return True  # "Toyota recalls 17,000 cars", "recalled its ambassador"
    if lemma == "add" and any(_into_something(c, bool(clause)) for c in head.children):
        return True  # "earmarks added into the bill", "was added to the list"
    return lemma in BACKING_VERBS and head.tag_ in PAST_TAGS and not clause


# What a company posts by reporting its results, not by saying anything.
RESULTS = frozenset(
    "profit profits loss losses gain gains revenue revenues earnings sales income growth "
    "deficit surplus result results decline increase rise fall drop margin".split()
)
# Subjects that show symptoms, skill or restraint rather than findings ("the poll shows").
SHOWING_PEOPLE = frozenset("member people family patient player team child".split())


def _votes_on(head: Token, lemma: str) -> bool:
    """ "voted to reject / approve": deciding by a vote, whichever word the cue rests on."""
    if lemma in DECIDING_VERBS and head.dep_ == "xcomp":
        return head.head.lemma_ == "vote"
    return lemma == "vote" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in DECIDING_VERBS for c in head.children
    )


def _recognizes_a_state(head: Token) -> bool:
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and (
        objects[0].ent_type_ in ("GPE", "ORG") or objects[0].lemma_.lower() in RECOGNIZED
    )


RECOGNIZED = frozenset("state independence government sovereignty regime country".split())


def _objects_in(head: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in head.children)


def _person_subject(head: Token) -> bool:
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in ("he", "she", "they", "we", "i")
        or lemma in SHOWING_PEOPLE
        or lemma in PERSON_HEADS
    )


def _into_something(child: Token, clause: bool) -> bool:
    """ "into" or "onto" a thing, or "to" one where no clause follows ("added to reporters
    that ..." still speaks)."""
    if child.dep_ != "prep":
        return False
    return child.lower_ in ("into", "onto") or (child.lower_ == "to" and not clause)


def _issues_a_thing(head: Token) -> bool:
    """Issuing an order, a permit or a bond is an act; a statement or a warning says something."""
    objects = acted_on(head)
    return bool(objects) and all(o.lemma_.lower() not in SAID_BY_ISSUING for o in objects)


def _denies_a_thing(head: Token) -> bool:
    """ "denied entry", "The use of the avenue and permission to film were denied": the
    thing refused, or any thing joined to it."""
    for c in head.children:
        if c.dep_ in ("dobj", "nsubjpass", "dative"):
            joined = [c, *(d for d in c.children if d.dep_ == "conj")]
            if any(t.lemma_.lower() in DENIED_THINGS for t in joined):
                return True
    return False


def _declares_an_act(head: Token) -> bool:
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        words = {obj.lemma_.lower()} | {
            g.lemma_.lower() for p in obj.children if p.dep_ == "prep" for g in p.children
        }
        joined = "".join(c.lower_ for c in obj.children if c.dep_ == "compound") + obj.lower_
        if (
            obj.lemma_.lower() in DECLARED_ACTS
            or joined in DECLARED_ACTS
            or (obj.lemma_.lower() == "state" and words & DECLARED_ACTS)
        ):
            return True
    return False


def _refuses_a_deed(head: Token) -> bool:
    infinitives = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return bool(infinitives) and all(v.lemma_.lower() not in SAID_OR_HELD for v in infinitives)


def _decides_a_proposal(head: Token) -> bool:
    objects = acted_on(head)
    return bool(objects) and all(
        (o.lemma_.lower() in PROPOSALS or _pay_rise(o))
        and not any(
            c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ != "VBN" and not to_infinitive(c))
            for c in o.children
        )  # "the plan that ...", not "an offer to pay for it" or "a proposal built by a consortium"
        for o in objects
    )


def _pay_rise(noun: Token) -> bool:
    """ "rejected the company's 2 percent pay increase": an offer of pay is a proposal."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in PAY for c in noun.children)


def _confirms_a_person(head: Token) -> bool:
    """A person confirmed (in a post) is voted on, not vouched for: "confirmed Ortiz",
    "Yekhanurov needs to be confirmed by parliament"; "confirmed his death" says something."""
    objects = acted_on(head)
    return bool(objects) and all(o.ent_type_ == "PERSON" for o in objects)


# What a person is "confirmed", "feared" or "reported" to be: the reporter's count of the
# dead, not a statement of the people counted.
STATES = frozenset({"dead", "killed", "missing", "injured", "wounded", "alive", "drowned"})


def _state_after(head: Token) -> bool:
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return nxt is not None and nxt.lower_ in STATES


def _to_a_thing(head: Token) -> bool:
    """ "agree to the extension": a "to" with a noun, not an infinitive, after the verb; or,
    as British English writes it, the deal itself ("BT agrees rescue deal")."""
    return any(
        (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(c.dep_ == "pobj" for c in child.children)
        )
        or (child.dep_ == "dobj" and child.lemma_.lower() in PROPOSALS)
        for child in head.children
    )


# Words that propose no attribution at all, whatever their cue score.
def told_to(token: Token) -> bool:
    """ "urged the minister to admit that ...", "requires presidents to swear that ...": the
    one who would speak is the object of another verb and has not spoken; what that verb
    does (urging) is the attribution, if any, not the speech it asks for."""
    governor = token.head
    return (
        token.dep_ == "xcomp"
        and governor.i < token.i
        and any(child.dep_ == "dobj" and child.i < token.i for child in governor.children)
    )


def no_speaker(token: Token) -> bool:
    """ "The tactic seems to have worked": a raising verb holds no one's view; "earmarks added
    into the bill": a participle after a noun it happens to, with nobody saying anything."""
    if token.lower_ == "said" and the_said(token):
        return True  # "The said police officers submitted an apology": "said" is "aforesaid"
    if token.lower_ in HEARSAY_PARTICIPLES and said_to_be(token):
        return True  # "Other councils said to have engaged in it include ...": hearsay, no one
    if token.lemma_ in ("seem", "appear") and not any(
        child.dep_ == "prep" and child.lower_ == "to" for child in token.children
    ):
        return any(child.dep_ == "xcomp" for child in token.children) or _expletive_it(token)
    if (
        token.lemma_ == "ask"
        and token.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return True  # "When asked her opinion, X told ...": the asking is someone else's
    if token.lemma_ == "refer":
        return not _someone(subject_of(token))  # "Ancestral domain refers to land"
    if _asked_whether(token):  # "when asked whether the Kremlin interpreted ...": a question
        return True
    if token.lemma_ in ("reply", "respond") and not any(c.dep_ == "ccomp" for c in token.children):
        return any(  # "Replying to another question about whether ...": the question's words
            c.dep_ == "prep" and c.lower_ == "to" and _a_question(c) for c in token.children
        )
    return (
        token.tag_ == "VBN"
        and token.dep_ == "acl"
        and not any(child.dep_ == "agent" for child in token.children)
    )


QUESTIONS = frozenset({"ask", "question", "wonder", "inquire", "query"})


def _a_question(prep: Token) -> bool:
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in ("question", "query") for o in prep.children
    )


def _asked_whether(token: Token) -> bool:
    """A clause that is what someone asks ("asked whether X interpreted ..."; "a question
    about whether X deserved ..."), which nobody in it claims."""
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
        return False
    head = token.head
    if head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() in QUESTIONS


def _expletive_it(token: Token) -> bool:
    """ "it also appeared that retailers were ...": "it" stands for the clause, not a holder."""
    return any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in token.children) and any(
        c.dep_ == "ccomp" for c in token.children
    )


# Objects that only point back to the thing named: "the deal, which Howard calls the Sydney
# declaration".
RELATIVE_OBJECTS = frozenset({"which", "that", "what", "whom"})


def _someone(subject: Token | None) -> bool:
    """A subject that can mean something by its words: a speaker, a name, a person noun."""
    if subject is None:
        return False
    if subject.pos_ == "PROPN" or speaker_like(subject):
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in PERSON_HEADS


def _as_one_calls_it(token: Token) -> bool:
    """ "reform, as the party calls it": a word the writer borrows, not a claim; a name in
    quotation marks ("as the Beast called them, 'Manchurian anchors'") is still quoted."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    quoted = any(t.is_quote for t in token.sent if t.i > token.i)
    return (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and len(objects) == 1
        and objects[0].lower_ in ("it", "them", "this", "that")
        and not quoted
    )


def naming(token: Token) -> bool:
    """ "the system known as ATACMS", "fans dubbed him the Professor", "the deal, which Howard
    calls the Sydney declaration", "a group calling itself ...": a name is given to a thing;
    nobody is being quoted.
    ("called him a liar" is a statement and stays.)"""
    after = [t for t in token.doc[token.i + 1 : token.i + 3] if t.pos_ != "ADV"]
    if token.lemma_ == "identify" and after and after[0].lower_ == "as":
        return True  # "a manager identified only as Zhong": how the report names him
    if token.lemma_ not in ("know", "call", "dub", "name", "nickname"):
        return False
    if token.lemma_ in ("dub", "nickname") and any(c.dep_ == "oprd" for c in token.children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in token.children):
        return any(c.dep_ == "oprd" for c in token.children)
    if _as_one_calls_it(token):
        return True  # "entitlement reform, as the party calls it"
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return True  # "a group calling itself Anarchist Action": its name, not its words
    return token.dep_ == "acl" and any(
        child.dep_ == "prep" and child.lower_ == "as" for child in token.children
    )
