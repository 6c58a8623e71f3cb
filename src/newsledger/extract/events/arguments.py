"""Who acts on whom: the subject, objects and prepositional arguments of an event's predicate.

Reads one dependency parse (en_core_web_sm): a pronoun is read as the subject of the clause
above it, an event noun takes its arguments from its possessor and prepositions, and each
argument is coded as an actor (country and sector).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.attribution.phrases import after_dateline
from newsledger.extract.common import RELATIVE_PRONOUNS, holder_of_place
from newsledger.extract.entities.agents import role_nouns
from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import (
    SECTOR_WORDS,
    ActorCode,
    code_actors,
    find_names,
)
from newsledger.extract.events.cues import (
    SUBJECT_DEPS,
    cue_lemma,
    object_of,
    phrase,
    pobj_of,
)

ARGUMENT_PREPS = (
    "against", "on", "to", "with", "toward", "towards", "at", "into", "upon", "from", "between",
)  # fmt: skip
# Verbs whose complement names what was agreed, demanded, refused or threatened.
WRAPPING_LEMMAS = frozenset(
    lemma for lemma, category in lex.VERB_CUES.items() if category in lex.WRAPPING
)


def subject_of(pred: Token) -> Token | None:
    """The grammatical subject; a pronoun is read as the subject of the clause above it
    ("Hungary said it will support": Hungary), as event coders read reported speech."""
    found = grammatical_subject(pred)
    holder = holder_of_place(found) if found is not None else None
    return resolve_pronoun(holder or found)  # "crash near Haifa, Israel injures": the crash


def resolve_pronoun(found: Token | None) -> Token | None:
    """A pronoun ("it", "their") stands for the nearest subject above it that is a noun; a
    relative one ("the crash, which injured five") for the noun its clause describes."""
    if found is not None and found.lower_ in RELATIVE_PRONOUNS and found.head.dep_ == "relcl":
        return found.head.head
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


def _shares_a_passive(pred: Token) -> bool:
    """A participle joined to a passive verb, its "were" left out ("52 were killed and 50
    injured"), or reported bare ("officials reported 15 dead and 60 injured"): passive too."""
    if pred.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in pred.children):
        return False
    if pred.dep_ in ("ccomp", "advcl"):
        return True
    return pred.dep_ == "conj" and any(c.dep_ == "auxpass" for c in pred.head.children)


def grammatical_subject(pred: Token) -> Token | None:
    if _shares_a_passive(pred):  # "52 were killed and 50 others injured": done to them
        return next((found for c in pred.children if c.dep_ == "agent"
                     for found in (pobj_of(c),) if found is not None), None)  # fmt: skip
    current = pred
    for _ in range(6):
        # the last: a dateline the parser made a second subject comes first ("Cebu City--Police")
        subject = next((c for c in reversed(list(current.lefts)) if c.dep_ in SUBJECT_DEPS), None)
        subject = subject or next((c for c in current.rights if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        acronym = next((c for c in current.lefts if _misread_acronym(c)), None)
        if acronym is not None:
            return acronym  # "USAID provided shelter": tagged an adverb or an adjective
        for child in current.children:
            if child.dep_ == "agent":
                found = pobj_of(child)
                if found is not None:
                    return found
        if current.lemma_.lower() in lex.INTENT_VERBS | lex.INTENT_ADJECTIVES:
            passive = passive_subject(current)  # "Vietnam is committed to opening"
            if passive is not None:
                return passive
        if current.dep_ == "acomp" and current.head.i != current.i:
            current = current.head  # "he is prepared to lift": through the adjective
            continue
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head.i != current.i:
            if current.dep_ == "xcomp" and current.head.lemma_.lower() not in lex.CONTACT_VERBS:
                obj = object_of(current.head)
                if obj is not None and _can_act(obj):
                    return obj  # "urged Israel to withdraw": Israel withdraws
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.head.pos_ in {"VERB", "AUX", "ADJ"}:
            current = current.head.head  # "were guilty of violating", "accused X of attacking"
            obj = object_of(current) if current.pos_ == "VERB" else None
            doer = obj if obj is not None and _can_act(obj) else passive_subject(current)
            if doer is not None:
                return doer
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if infinitive and current.dep_ in {"acl", "relcl"}:
            above = _clause_above(current.head)
            if above is not None:  # "in a bid to end", "is the first to comply": its subject
                current = above
                continue
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            head = current.head
            if current.dep_ == "acl" and _main_verb_misread(current):
                return head  # "A U.S. report called for sanctions": the parser's root is "report"
            if infinitive and head.dep_ == "dobj" and not names_actor(head):
                return _author_of(head)  # "police took a position to disperse the mob"
            if current.dep_ == "relcl":  # "the victim, who was assaulted": done to, not doing
                return None if passive_subject(current) is not None else head
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is None and head.lemma_.lower() in lex.AUTHORED_DOCUMENTS:
                return _author_of(head)  # "passed a resolution criticizing": who passed it
            return owner
        break
    return None


def _misread_acronym(word: Token) -> bool:
    """An organisation's acronym the tagger took for a modifier of the verb it is the
    subject of: capitals only, hung on the verb as an adverb, with no noun it modifies."""
    return (
        word.dep_ in {"advmod", "npadvmod", "amod", "dep"}
        and word.pos_ in {"ADV", "ADJ", "PROPN", "NOUN"}
        and word.is_alpha
        and word.is_upper
        and len(word) > 1
    )


def _clause_above(noun: Token) -> Token | None:
    """The verb whose subject does what an infinitive on `noun` says: the verb of a
    preposition the noun follows ("moved in a bid to end the strike"), or the copula the noun
    completes ("the group is the first to comply"); None for any other noun."""
    head = noun.head
    if noun.dep_ == "attr" and head.pos_ in {"VERB", "AUX"}:
        return head
    if noun.dep_ != "pobj" or names_actor(noun):  # "called on Israel to withdraw": Israel
        return None
    if head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _author_of(document: Token) -> Token | None:
    """Who issued a document: the subject of the verb it is the object of."""
    verb = document.head
    if document.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return subject_of(verb)


def _main_verb_misread(verb: Token) -> bool:
    """A past-tense verb the parser hung on the sentence's root noun as a participle: the
    sentence then has no other verb, and the noun is its subject. A bare participle with
    nothing after it stays one ("Three men arrested in Kabul", a headline's passive)."""
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    acts_on = any(c.dep_ in {"dobj", "oprd", "dative"} for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    )
    return verb.tag_ == "VBD" or acts_on


def _can_act(obj: Token) -> bool:
    """An object that can do what the infinitive says: a name, a pronoun, an actor noun (not
    "took a position to disperse the mob", where the police disperse it)."""
    return obj.pos_ in {"PROPN", "PRON"} or (obj.pos_ == "NOUN" and names_actor(obj))


def passive_subject(pred: Token) -> Token | None:
    return next((c for c in pred.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)


def targets_of(pred: Token, trigger: Token, nested: bool = True) -> list[Token]:
    found: list[Token] = []
    obj = object_of(pred)
    if obj is not None and obj.i != trigger.i:
        found.append(obj)
    passive = passive_subject(pred)
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
                found += targets_of(child, child, nested=False)
    return found


def noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Source and target of an event noun: "Russia's invasion of Ukraine"."""
    sources = [
        c
        for c in noun.children
        if (
            c.dep_ == "poss"
            or (c.dep_ in {"compound", "nmod"} and _party_modifier(c))
            or (c.dep_ == "amod" and _names_a_party(c))
        )
        and c.ent_type_ not in NOT_PARTY_ENTITIES  # "a September attack", "last year's raid"
    ]
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
    if between and not any(names_actor(s) for s in sources):
        sources = between + sources
    return sources, targets


# Kinds of event noun whose modifier is the means of force, standing for who used it ("air
# raids", "rocket attacks"): kept as the event's actor words.
FORCE_NOUN_KINDS = frozenset({lex.FIGHT, lex.ASSAULT, lex.COERCE})


def _party_modifier(modifier: Token) -> bool:
    """A noun before an event noun names who acts ("police investigation", "rebel attacks")
    or only what the event is about ("an accounting investigation", "phone conversations")."""
    if modifier.pos_ != "NOUN" or modifier.ent_type_ or names_actor(modifier):
        return True
    if lex.NOUN_CUES.get(cue_lemma(modifier.head)) in FORCE_NOUN_KINDS:
        return True
    roles = role_nouns()
    return modifier.lemma_.lower() in roles or modifier.lower_ in roles


NOT_PARTY_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"})
DYING_VERBS = frozenset({"die", "succumb", "perish"})


def died_of(noun: Token) -> Token | None:
    """Who died of the harm a noun names: "a prisoner died after torture", "died as a result
    of the beating", "died due to continued torture" (the harm was done to the dead)."""
    current = noun
    for _ in range(5):
        if current.dep_ not in {"pobj", "prep", "pcomp"} or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB":
            return subject_of(current) if current.lemma_.lower() in DYING_VERBS else None
    return None


def a_quantity(token: Token) -> bool:
    """A date, a number or a sum, which does nothing: "delivered by 2011", "a deal worth
    $13.7 billion"."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "tens of thousands of students": a count of people who act
    if token.ent_type_ in NOT_PARTY_ENTITIES or token.pos_ == "NUM":
        return True
    return token.lower_ == "worth" or (token.pos_ == "SYM" and token.ent_type_ == "MONEY")


def _names_a_party(adjective: Token) -> bool:
    """ "Russian attacks", "Saudi-led strikes" name who acts; "criminal investigation",
    "humanitarian assistance" and "mass killings" only say what kind of event it is."""
    return any(t.text[:1].isupper() or t.ent_type_ for t in adjective.subtree)  # "Saudi-led"


UNDER_VERBS = lex.UNDER_VERBS


def undergoer_of(noun: Token) -> Token | None:
    """Who an event noun after "under" happens to: "came under attack", "was put under
    investigation", "remains under house arrest" (the verb's subject, active or passive)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in UNDER_VERBS:
        return None
    return passive_subject(verb) or subject_of(verb) or object_of(verb)


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition, or as a
    conjunct of its object ("expressed its rejection and condemnation of")."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        noun, head = head.head, head.head.head  # "gave 5 million dollars of aid"
    if noun.dep_ == "dobj" and head.pos_ in {"VERB", "AUX"}:
        return head
    via = noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"for", "on", "in", "to"}
    if via and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if via and head.head.dep_ == "acomp" and head.head.head.pos_ in {"VERB", "AUX"}:
        return head.head.head  # "the cartel has been responsible for mass killings"
    giver = head.head if noun.dep_ == "pobj" and head.lower_ == "of" else None
    if giver is not None and giver.dep_ == "attr" and giver.lemma_.lower() in lex.GIVER_NOUNS:
        return giver.head  # "the United States remains the largest donor of aid"
    return None


def names_actor(token: Token) -> bool:
    """Does this word (with its own modifiers) name an actor, rather than a thing?"""
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
        return True
    if token.lower_ in SECTOR_WORDS or token.lemma_.lower() in SECTOR_WORDS:
        return True
    modifiers = [c for c in token.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    return any(find_names(m.text) for m in modifiers)


def _actor_in(token: Token) -> Token:
    """The actor an argument stands for: "the use of missiles by Ukraine" is Ukraine's, "the
    talks between the EU and Turkey" are the EU's, "the missiles fired by Israel" Israel's."""
    if names_actor(token):
        return token
    fired = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for preposition in ("by", "between", "to", "for", "of"):
        for holder in (token, *fired):
            for child in holder.children:
                if child.dep_ not in {"prep", "agent"} or child.lower_ != preposition:
                    continue
                if holder is not token and child.dep_ != "agent":
                    continue  # of a participle, only its "by" of the passive
                pobj = pobj_of(child)
                if pobj is not None and names_actor(pobj):
                    return pobj
    return token


MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod"})


def _past_dateline(token: Token) -> tuple[Token, int]:
    """The parser often makes a dateline the subject ("BERLIN -- A court in Bavaria has
    convicted", "ALGIERS, Algeria - Police have"): the actor is the first phrase head after
    it. Also where the dateline ends (0 when there is none)."""
    if not token.left_edge.text[:1].isupper():  # "BAMAKO - Armed men": a phrase's first word
        return token, 0
    sent = token.sent
    cut = after_dateline(token.doc, sent.start, sent.end)
    if cut == sent.start or token.i >= cut:
        return token, cut
    for word in token.doc[cut : sent.end]:
        if word.pos_ in {"NOUN", "PROPN", "PRON"} and word.dep_ not in MODIFIER_DEPS:
            return word, cut
    return token, cut


def actor_spans(
    tokens: list[Token], people: Mapping[str, str] | None, owners: bool = False
) -> list[tuple[SpacySpan, list[ActorCode]]]:
    out = []
    for token in tokens:
        token, cut = _past_dateline(resolve_pronoun(token) or token)
        token = _actor_in(token)
        span = phrase(token)
        if span.start < cut <= token.i:
            span = token.doc[cut : span.end]  # "ALGIERS, Algeria - Police": Police
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
