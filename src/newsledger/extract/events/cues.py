"""Which words of a clause name an event, and of which PLOVER kind.

A verb names an event by itself ("condemned"), with a particle ("pulled out"), through its
object ("imposed sanctions", "held talks"), or in an idiom read through a preposition ("took
to the streets"); a noun names one by itself ("the invasion"), as a nominalised verb with
its object ("the lifting of the embargo"), or as a verb used as a noun ("Iraq's recall of
its envoy"). Lemmas are checked against the lexicon with spelling variants, so a
lemmatiser slip ("staged" -> "stag") does not hide a cue. `events_clauses` reads the
arguments and the rest of the clause.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import code_actors
from newsledger.extract.events.senses import (
    bare_offer,
    dates_the_act,
    legal_action,
    peaceful_footing,
    says_whom,
    telephoned,
    withholds_talk,
)

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PHRASE_PREPS = frozenset({"of", "in", "from"})
CUT_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "parataxis", "mark"})


def object_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"dobj", "obj", "attr", "oprd"}:
            return child
    return None


KNOWN_VERBS = frozenset(
    {*lex.VERB_CUES, *lex.LIGHT_VERBS, *lex.INTENT_VERBS, *lex.REPORTING_VERBS}
    | {verb for verb, _ in (*lex.PHRASE_CUES, *lex.OBJECT_CUES)}
    | {verb for verb, _, _ in lex.IDIOMS}
)
KNOWN_NOUNS = frozenset({*lex.NOUN_CUES, *lex.NOMINALISATIONS})


def cue_lemma(token: Token) -> str:
    """The token's lemma as the lexicon knows it, trying spelling variants when the
    lemmatiser's answer is not a cue ("staged" lemmatised as "stag")."""
    lemma = token.lemma_.lower()
    noun = token.pos_ in {"NOUN", "PROPN"}
    known = KNOWN_NOUNS if noun else KNOWN_VERBS
    if lemma in known:
        return lemma
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "a sit-in": the tagger splits it
        joined = f"{doc[token.i - 2].lower_}-{token.lower_}"
        if joined in known:
            return joined
    if noun and lemma != token.lower_:
        return lemma  # the lemmatiser read the noun ("aides" -> "aide", not "aid")
    for variant in lex.surface_variants(token.text, noun=noun):
        if variant in known:
            return variant  # not "band" -> "ban" for a noun
    return lemma


def _object_lemmas(noun: Token) -> list[str]:
    """The object's lemma and, for a compound ("hunger strike"), its modifier too."""
    lemmas = [noun.lemma_.lower(), noun.lower_]
    measure = lemmas[0] in lex.MEASURE_NOUNS or noun.pos_ == "NUM"
    if lemmas[0] in lex.CONTAINER_NOUNS or measure:
        # "a state of alert" is read as "alert", "thousands of troops" as "troops"
        measured = _of_nouns(noun)
        lemmas = [w for o in measured for w in (o.lemma_.lower(), o.lower_)] + lemmas
    lemmas += [c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}]
    return lemmas


def _strike_category(token: Token) -> str:
    """'strike' is a labour protest only with its protest words; otherwise use of force."""
    near = {c.lower_ for c in token.children} | {token.head.lower_}
    on_strike = token.dep_ == "pobj" and token.head.lower_ == "on"  # "Greece goes on strike"
    if near & lex.PROTEST_STRIKE_MODIFIERS or on_strike or token.head.lemma_ == "go":
        return lex.PROTEST
    return lex.FIGHT


def verb_cue(token: Token) -> tuple[str, Token] | None:
    """(category, trigger) if this verb names an event; the trigger may be its object noun."""
    lemma = cue_lemma(token)
    obj = object_of(token)
    idiom = _idiom(token, lemma, obj)
    if idiom == lex.MOBILIZE and lemma in STAYING_VERBS and not _armed_subject(token, SECURITY):
        idiom = None  # "residents remained on alert for aftershocks": wary, not mobilised
    if idiom == lex.MOBILIZE and peaceful_footing(token):
        idiom = None  # "put Linux on an equal footing with Windows"
    if idiom:
        return idiom, token
    if lemma in lex.LIGHT_VERBS and obj is not None and obj.pos_ == "NOUN":
        for noun in (obj, *(c for c in obj.children if c.dep_ == "compound"), *_of_nouns(obj)):
            category = noun_cue(noun)
            if category:  # "held talks", "launched a mediation effort"
                return category, noun
    if lemma == "tell" and obj is not None and infinitive_of(token) is not None:
        return lex.DEMAND, token  # "told Israel to withdraw" is a demand, not a report
    if lemma == "ask" and not _requests_something(token):
        return None  # "was asked whether", "asked about": a question, not a request
    if lemma in lex.REPORTING_VERBS:
        return None
    if lemma == "receive" and obj is not None and obj.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return lex.CONSULT, token  # "Mubarak received Arafat": a hosted visit
    if lemma in lex.BLAST_VERBS and _bomb_argument(token):
        return lex.ASSAULT, token  # "a car bomb exploded" (CAMEO 183, non-military bombing)
    if lemma in lex.ARRIVAL_VERBS and guest_forces(token) is not None:
        return lex.RETREAT, token  # "U.N. peacekeepers arrived in Sierra Leone" (CAMEO 0861)
    if lemma in lex.INCURSION_VERBS and _armed_subject(token) and _into_territory(token, lemma):
        return lex.FIGHT, token  # "Kenyan troops crossed into Somalia" (CAMEO 192)
    if lemma in lex.LEAVING_VERBS and _armed_subject(token):
        return lex.RETREAT, token  # "the last Russian troops left Estonia"
    if obj is None:
        obj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    # "allowed inspectors to return": the parser may make the object the complement's subject
    complement_subjects = [
        s
        for c in token.children
        if c.dep_ in {"ccomp", "xcomp"}
        for s in c.children
        if s.dep_ in SUBJECT_DEPS
    ]
    agreed_on = prep_objects(token, AGREED_ON) if lemma == "agree" else []  # "agreed to a deal"
    for noun in ([obj] if obj is not None else []) + complement_subjects + agreed_on:
        for noun_lemma in _object_lemmas(noun):
            category = lex.OBJECT_CUES.get((lemma, noun_lemma))
            if category:
                return category, token
    money = obj is not None and (obj.ent_type_ == "MONEY" or obj.lemma_.lower() in lex.CURRENCIES)
    if lemma in lex.MONEY_GIVING and money:
        return lex.AID, token
    if telephoned(token, object_of(token)):
        return lex.CONSULT, token  # "Trump called King Salman on Saturday" (CAMEO 041)
    # "let free activists": the parser may take the particle for the object's adjective
    misread = [c for c in obj.children if c.dep_ == "amod" and c.i == token.i + 1] if obj else []
    for child in (*token.children, *misread):
        if child.dep_ in {"prt", "prep", "acomp", "oprd", "advmod", "dobj", "ccomp", "amod"}:
            if child.dep_ == "prep" and dates_the_act(child):
                continue  # "called Erdogan on Friday" is no "call on"
            if (lemma, child.lower_) in lex.NOT_EVENTS:
                return None
            category = lex.PHRASE_CUES.get((lemma, child.lower_))
            if lemma == "pull" and obj is not None and _drawn(obj):
                return None  # "pulled out a gun": a weapon drawn, nobody withdrawing
            if category:
                return category, token
    category = lex.VERB_CUES.get(lemma)
    if category is not None and _figurative_use(token, lemma, category, obj):
        return None
    if lemma in lex.GIVING_BACK and obj is None:
        return None  # "negotiators return to Geneva" travel; one returns something (CAMEO 084)
    if category is None and lemma in lex.INTENT_VERBS:
        category = lex.AGREE
    if category is None and lemma in lex.WANT_VERBS and _wants_of_another(token):
        category = lex.DEMAND  # "wants Israel to withdraw": a demand on Israel
    if category == lex.FIGHT and lemma == "strike":
        category = lex.FIGHT if obj is not None else _strike_category(token)
    return (category, token) if category else None


# "agreed on a deal", "agreed to a trade pact": what is agreed, as an object would be.
AGREED_ON = frozenset({"on", "to", "upon"})
# What one pulls out of a pocket or a holster; troops pulled out are withdrawn.
DRAWN_THINGS = frozenset(
    "gun pistol handgun revolver rifle knife machete weapon phone wallet card".split()
)


def _drawn(obj: Token) -> bool:
    return obj.lemma_.lower() in DRAWN_THINGS


# What evidence bears out: "the claim was backed up by the records".
CLAIMS = frozenset({"claim", "claims", "finding", "findings", "account", "accounts", "theory"})


def _figurative_use(token: Token, lemma: str, category: str, obj: Token | None) -> bool:
    """Is this cue verb used for no event: a contest, a document, a view, a cause? Only a
    verb with a category is asked, so the checks stay off the path of every other verb."""
    if category in {lex.FIGHT, lex.ASSAULT} and _reflexive_object(token):
        return True  # "shot himself": no one acted on anyone else
    contested = lemma in {"beat", "defeat", "battle", "fight"} and _in_a_contest(token)
    if category in {lex.FIGHT, lex.ASSAULT} and contested:
        return True  # "Cruz beat Dewhurst in the GOP primary runoff"
    # what is released or delivered: the object, or the noun a participle describes
    thing = obj if obj is not None else (token.head if token.dep_ == "acl" else None)
    if thing is None:
        thing = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    things = set(_object_lemmas(thing)) if thing is not None else set()
    if lemma == "release" and things & lex.RELEASED_THINGS:
        return True  # "would release the article", "the plan released Tuesday"
    pledged = object_of(token)  # the direct object only: "Vietnam is committed to" pledges
    if lemma == "commit" and pledged is not None and cue_lemma(pledged) not in lex.COMMITTED:
        return True  # "committed suicide", "crimes committed": no pledge
    if lemma == "reinforce" and not (things & lex.REINFORCED or _armed_subject(token)):
        return True  # "reinforce the reasons voters have reservations"
    if lemma == "demonstrate" and object_of(token) is not None:
        return True  # "has not demonstrated an ambition": showing, not protesting
    if lemma == "fight" and _fights_for_a_cause(token):
        return True  # "the companies are fighting to protect their business"
    if lemma in {"help", "assist"} and _helps_something_happen(token):
        return True  # "the museum can help us talk", "a decision that helped pave the way"
    if category == lex.AID and things & lex.FIGURATIVE_OBJECTS:
        return True  # "to deliver our recovery plan", "provided the e-mails"
    backed_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
    if lemma == "back" and backed_up and things & (lex.SAID_THINGS | lex.UTTERANCES | CLAIMS):
        return True  # "a statement backed up by an expert": borne out, not supported
    if category in {lex.FIGHT, lex.COERCE} and things & lex.NOT_SEIZED:
        return True  # "emails were captured", "captured the mood"
    if lemma == "recall" and not things & lex.RECALLED:
        return True  # "recalling her own experience"
    if lemma in {"agree", "concur"} and _agrees_with_a_view(token):
        return True  # "52 percent agreed that Clinton is in good health": an opinion
    if lemma == "appeal" and not _requests_something(token):
        return True  # "appeal to an international market": attract, not ask
    if category == lex.REJECT and _refuses_to_speak(token):
        return True  # "declined to comment"
    if category == lex.AGREE and lemma == "offer" and things & (lex.SAID_THINGS | lex.SOLD_THINGS):
        return True  # "offered the following response", "offered condolences", "offer software"
    if lemma == "accept" and things & lex.SOLD_THINGS:
        return True  # "enable Air Canada to accept Jetsgo tickets": business, no concession
    if lemma in ("authorize", "authorise", "permit", "allow") and _refuses_to_speak(token, False):
        return True  # "he was not authorised to brief the media": why a source is unnamed
    # "to fight drug trafficking", "combat corruption"
    return category == lex.FIGHT and _fights_a_problem(token, obj)


def _fights_a_problem(verb: Token, obj: Token | None) -> bool:
    """Is the object of "fight" a social problem rather than an adversary?"""
    nouns = [obj] if obj is not None else []
    nouns += prep_objects(verb, "against")
    return any(n.lemma_.lower() in lex.SOCIAL_PROBLEMS for n in nouns)


def infinitive_of(verb: Token) -> Token | None:
    """The to-infinitive a verb governs ("told them to leave"), if any; an imperative in a
    quotation ("told ABC: 'Show me'") is none."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"xcomp", "ccomp"}
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )


def _helps_something_happen(verb: Token) -> bool:
    """ "X helps Y do Z" is causation unless X is a state or an international body."""
    if not any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"csubj"}), None)
    if subject is None or subject.dep_ == "csubj":
        return True
    return not any(c.country for c in code_actors(phrase(subject)))


def _fights_for_a_cause(verb: Token) -> bool:
    """ "fighting to protect", "fought to push through": a struggle, unless armed men fight."""
    if object_of(verb) is not None or infinitive_of(verb) is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sectors = {c.sector for c in code_actors(phrase(subject))} if subject is not None else set()
    return not sectors & {"MIL", "REB", "UAF", "COP"}


def _reflexive_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in lex.REFLEXIVES for c in verb.children)


def _agrees_with_a_view(verb: Token) -> bool:
    """ "agreed that X is Y" shares a view; "agreed that X should cooperate" (a modal or
    an infinitive) commits to an act."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_ not in {"be", "have"}:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in lex.COMMITTING_AUX for c in clause.children)


def _requests_something(verb: Token) -> bool:
    """ "appealed for calm", "asked them to leave": a request says what for or to do;
    "asked whether", "appeal to a market" do not."""
    return infinitive_of(verb) is not None or has_prep(verb, "for")


def _refuses_to_speak(verb: Token, only_talk: bool = True) -> bool:
    """ "declined to comment"; with `only_talk`, not "refused to provide military aid"."""
    going = infinitive_of(verb)
    speaking = going is not None and going.lemma_.lower() in lex.SPEAKING_VERBS
    return speaking and (not only_talk or withholds_talk(going))


def _in_a_contest(token: Token) -> bool:
    """Does the word sit among election or contest words ("beat X in the primary")?"""
    near = [c for c in token.children if c.dep_ in {"compound", "amod", "dobj"}]
    near += prep_objects(token, frozenset({"in", "for"}))
    for noun in list(near):
        near += [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    return any(t.lemma_.lower() in lex.CONTEST_WORDS or t.lower_ in lex.CONTEST_WORDS for t in near)


def _armed_subject(verb: Token, sectors: frozenset[str] = frozenset({"MIL", "REB"})) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.sector in sectors for c in code_actors(phrase(subject)))


STAYING_VERBS = frozenset({"remain", "stay"})
SECURITY = frozenset({"MIL", "REB", "COP", "SPY"})


def _into_territory(verb: Token, lemma: str) -> bool:
    """ "crossed into Somalia", "entered the town": an armed move onto someone's ground."""
    if lemma == "enter" and object_of(verb) is not None:
        return True
    return has_prep(verb, "into")


def guest_forces(verb: Token) -> Token | None:
    """The subject of an arrival verb when it names peacekeepers, observers or inspectors."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or noun_cue(subject) is not None:
        return None  # "the deployment of NATO troops arrived": the deployment is the event
    words_in = {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
    return subject if words_in & lex.GUEST_FORCES else None


def _bomb_argument(verb: Token) -> bool:
    """Is what blew up (subject or object) a bomb ("car bomb", "explosives")?"""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            lemmas = {child.lemma_.lower()} | {
                c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod"}
            }
            if lemmas & lex.TERROR_MEANS:
                return True
    return False


def _wants_of_another(verb: Token) -> bool:
    """Does the verb want something of someone other than its subject ("X wants Y to go")?"""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in SUBJECT_DEPS for c in child.children):
                return True
            if object_of(verb) is not None:
                return True
    return False


def _idiom(token: Token, lemma: str, obj: Token | None) -> str | None:
    """ "took to the streets", "hurled stones at", "used tear gas against"."""
    pairs = [("", obj)] if obj is not None else []
    pairs += [(c.lower_, pobj_of(c)) for c in token.children if c.dep_ == "prep"]
    for preposition, noun in pairs:
        if noun is None:
            continue
        for noun_lemma in _object_lemmas(noun):
            category = lex.IDIOMS.get((lemma, preposition, noun_lemma))
            if category:
                return category
    return None


EXERCISES = lex.EXERCISES


def _nominal_cue(token: Token, lemma: str) -> str | None:
    """ "the imposition of sanctions" is "impose sanctions"; "the freezing of assets" is
    "freeze": a nominalised verb takes the category of the verb with its object."""
    verb = lex.NOMINALISATIONS.get(lemma)
    if verb is None and lemma.endswith("ing"):
        verb = next((v for v in lex.surface_variants(lemma) if v in lex.VERB_CUES), None)
    if verb is None:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and (obj := pobj_of(child)) is not None:
            for noun_lemma in _object_lemmas(obj):
                category = lex.OBJECT_CUES.get((verb, noun_lemma))
                if category:
                    return category
    if lemma in lex.NOUN_CUES:
        return None
    return lex.VERB_CUES.get(verb)


def _converted_noun_cue(token: Token, lemma: str) -> str | None:
    """A verb used as a noun ("the return of refugees", "Iraq's recall of its envoy") names
    the verb's event when someone does it or it is done to someone."""
    category = lex.VERB_CUES.get(lemma)
    if category is None or lemma in lex.NOT_CONVERTED:
        return None
    if lemma == "return" and not _of_nouns(token):
        return None  # "his tax returns"; a giving back says what: "the return of refugees"
    has_argument = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "by"}) for c in token.children
    ) or (token.dep_ == "dobj" and cue_lemma(token.head) in lex.LIGHT_VERBS)  # "gave help"
    return category if has_argument else None


def noun_cue(token: Token) -> str | None:
    if any(c.dep_ == "compound" and c.lower_ in lex.NOT_EVENT_COMPOUNDS for c in token.children):
        return None
    lemma = cue_lemma(token)
    if bare_offer(token):
        return None  # "special offers on tickets": goods on sale, no promise
    doc = token.doc
    if token.i >= 1 and doc[token.i - 1].text == "-" and "-" not in lemma:
        return None  # the end of a hyphenated word the lexicon does not know: "on-demand"
    nominal = _nominal_cue(token, lemma)
    if nominal:
        return nominal
    if lemma in EXERCISES:
        modifiers = {c.lower_ for c in token.children}
        if modifiers & {"war", "military", "naval", "joint"}:
            return lex.COOPERATE if "joint" in modifiers else lex.MOBILIZE
        held_by = token.head if token.dep_ == "dobj" else None
        if held_by is not None and held_by.pos_ == "VERB" and _armed_subject(held_by):
            return lex.MOBILIZE  # "the Chinese navy began exercises" (CAMEO 150)
    if lemma == "show" and {o.lemma_.lower() for o in _of_nouns(token)} & {"force", "strength"}:
        return lex.MOBILIZE  # a show of force (CAMEO 150)
    if lemma == "call" and {c.lemma_.lower() for c in token.children} & {"phone", "telephone"}:
        return lex.CONSULT  # a phone call (CAMEO 041 "Discuss by telephone")
    if lemma == "call" and has_prep(token, "for"):
        return lex.DEMAND  # "the Pope's call for an end to the fighting"
    if legal_action(token):
        return lex.DISAPPROVE  # "launched legal action against the government"
    if lemma == "struggle" and any(c.lower_ == "armed" for c in token.children):
        return lex.FIGHT
    if lemma in OPERATIONS:
        return _operation_kind(token)
    category = lex.NOUN_CUES.get(lemma) or _converted_noun_cue(token, lemma)
    if category == lex.MOBILIZE and any(c.lower_ == "joint" for c in token.children):
        return lex.COOPERATE  # "joint patrols", like joint exercises
    if (
        category == lex.COERCE
        and lemma == "raid"
        and any(c.lower_ in ("air", "aerial", "drone") for c in token.children)
    ):
        return lex.FIGHT  # "air raids" are military force, not a police raid
    if category in {lex.FIGHT, lex.ASSAULT} and _in_a_contest(token):
        return None  # "a delegate battle", "the U.S. drug war"
    if category == lex.AID and not _aid_has_a_party(token):
        return None  # "student loans", "the coal industry's contribution to emissions"
    if category == lex.COERCE and lemma == "ban" and _bans_trade(token):
        return lex.SANCTION  # "a ban on arms sales to China"
    if category == lex.THREATEN and lemma == "threat" and _threat_as_description(token):
        return None  # "North Korea is considered a threat", "poses a threat to"
    if category == lex.RETREAT and lemma == "release" and not says_whom(token):
        return None  # "the release added": a press release; a freeing says whom
    if (
        category == lex.SUPPORT
        and lemma == "recognition"
        and any(c.dep_ == "compound" and c.lower_ == "name" for c in token.children)
    ):
        return None  # "name recognition"
    if category and lemma == "strike":
        return _strike_category(token)
    return category


OPERATIONS = lex.OPERATIONS


def _operation_kind(token: Token) -> str | None:
    """An "operation" is an event only when the text says what kind: a joint operation
    cooperates, a police or security sweep coerces, one against an enemy or a military
    one fights (CAMEO 19x)."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    against = has_prep(token, "against")
    if "joint" in modifiers:
        return lex.COOPERATE
    if modifiers & {"police", "security", "counterterrorism", "anti-terrorist"}:
        return lex.COERCE
    if modifiers & {"military", "army", "combat"} or (against and token.lemma_ != "campaign"):
        return lex.FIGHT
    return None


def _bans_trade(noun: Token) -> bool:
    return any(set(_object_lemmas(n)) & lex.TRADE_WORDS for n in prep_objects(noun, "on"))


def _threat_as_description(noun: Token) -> bool:
    """A threat someone *is* or *poses* describes them; a threat *made* is an event."""
    if noun.dep_ in {"attr", "oprd"}:
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"pose", "represent", "constitute"}


def _aid_has_a_party(noun: Token) -> bool:
    """Aid is an event when the text says who gives or gets it, or what kind it is."""
    if noun.dep_ in {"dobj", "pobj", "nsubjpass"} and cue_lemma(noun.head) in lex.LIGHT_VERBS:
        return True  # "gave help", "sent aid"
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in lex.REFLEXIVES:
            return True
        arguing = child.dep_ == "prep" and child.lower_ in {"of", "by", "from", "to", "for"}
        if arguing and pobj_of(child) is not None:
            return True
        if child.dep_ in {"amod", "compound"} and (
            child.lower_ in lex.AID_KINDS or any(c.country for c in code_actors(phrase(child)))
        ):
            return True
    head = noun.head  # "$50 million in aid", "5 million dollars of aid"
    if noun.dep_ != "pobj" or head.lower_ not in {"in", "of"}:
        return False
    amount = head.head
    return amount.pos_ in {"NUM", "SYM"} or amount.ent_type_ == "MONEY"


def phrase(token: Token) -> SpacySpan:
    """The noun phrase a token heads, without its clauses ("officials in Baghdad who...")."""
    keep = {token.i}
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in CUT_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                continue
            keep.add(child.i)
            stack.append(child)
    doc = token.doc
    start, end = min(keep), max(keep) + 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def pobj_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def has_prep(token: Token, prepositions: str | frozenset[str]) -> bool:
    """Does the word govern one of these prepositions ("appealed *for* calm")?"""
    wanted = {prepositions} if isinstance(prepositions, str) else prepositions
    return any(c.dep_ == "prep" and c.lower_ in wanted for c in token.children)


def prep_objects(token: Token, prepositions: str | frozenset[str]) -> list[Token]:
    """The objects of the word's prepositions of these kinds ("fought *against* X")."""
    wanted = {prepositions} if isinstance(prepositions, str) else prepositions
    return [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in wanted
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip


def _of_nouns(noun: Token) -> list[Token]:
    """What a measure is of: "5 million dollars of aid", "a package of sanctions"."""
    return [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]  # fmt: skip
