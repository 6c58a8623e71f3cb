"""Which words speak a cue: the verb's subject, a passive's agent, a subject borrowed from
the verb a participle hangs on; and the speakers that rule misses or mistakes: who is heard
in court, who is quoted by an outlet, which of two subjects a misparse gives is the speaker,
a name left hanging. How far the speaker's phrase reaches is `source_extent`'s job.

- "The jury was told that ...", "The inquest was shown ...": court reporting gives what
  the court heard; the court (jury, inquest) stands as the source, as in "..., a court
  heard" (``attribution_lexicon.court_heard``).
- "X was quoted by AFP as saying C": X says C; AFP only carries it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.carried import QUOTING_VERBS, issuing_verb, quoting_verb
from newsledger.extract.attribution.lexicon import HEARING_SUBJECTS, says_or_thinks, speaker_like
from newsledger.extract.attribution.phrases import free_dash
from newsledger.extract.attribution.quotes import DOUBLE_MARKS
from newsledger.extract.attribution.source_words import PERSON_TITLE_WORDS
from newsledger.extract.attribution.subordinate import subordinate_clause_subject
from newsledger.extract.common import holder_of_place, to_infinitive
from newsledger.extract.entities.person_cues import SURNAMED

# Passives whose subject is the one who will do what the infinitive says: "X is expected to
# say", "X is set to announce", "X was scheduled to testify".
RAISING_PASSIVES = frozenset({"expect", "set", "schedule", "slate", "due", "poise", "tip"})
ANNOUNCED_SPEECH = frozenset("say tell announce warn argue insist declare state claim".split())
# Clauses that borrow the subject of the verb they hang from ("..., saying C").
BORROWING_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})

TOLD_VERBS = frozenset({"tell", "show", "inform", "remind"})


def addressed_court(token: Token) -> Token | None:
    """The court or jury a passive "was told" addresses: the source of what it was told."""
    if token.lemma_.lower() not in TOLD_VERBS:
        return None
    for child in token.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in HEARING_SUBJECTS:
            return child
    return None


def quoted_as_saying(token: Token) -> Token | None:
    """The speaker of "saying" in "X was quoted by AFP as saying ..." and in "AFP quoted X
    as saying ...": X (the outlet only carries it)."""
    verb = quoting_verb(token)
    if verb is None:
        return None
    for child in verb.children:
        quoted = speaker_like(child) or child.lower_ in ("him", "her", "them")
        if child.dep_ == "nsubjpass" or (child.dep_ == "dobj" and quoted):
            return child
    return None


def _quoted_one(token: Token) -> Token | None:
    """'"C," Politico quoted one person involved in the talks': whom the outlet quotes
    speaks C (with "as saying", the participle speaks instead: `quoted_as_saying`)."""
    if token.lemma_.lower() not in QUOTING_VERBS or any(c.lower_ == "as" for c in token.children):
        return None
    if any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return None  # "never cited a source for his claim that C": his claim, no one quoted
    for child in token.children:
        if child.dep_ == "dobj" and (child.ent_type_ == "PERSON" or speaker_like(child)):
            return child
    return None


def _name_read_as_modifier(token: Token) -> Token | None:
    """'"C," Petrucelly said': a name the tagger does not know, right after a closing
    quotation mark, can be tagged and parsed as the verb's adverb; it is the speaker."""
    doc = token.doc
    if token.i < 2 or token.lower_ not in ("said", "says"):
        return None
    name = doc[token.i - 1]
    if name.head.i != token.i or name.dep_ not in ("advmod", "npadvmod"):
        return None
    if not (name.is_title and (name.pos_ == "PROPN" or name.ent_type_)):
        return None
    return name if doc[name.i - 1].text in DOUBLE_MARKS else None


def speaker_rank(token: Token) -> int:
    """0 for a person, 1 for anything else that can speak (a place, a body), 2 otherwise."""
    if token.ent_type_ == "PERSON" or token.lower_ in ("he", "she"):
        return 0
    return 1 if speaker_like(token) else 2


def name_before(subject: Token, source: list[int]) -> list[int]:
    """ "Atta, a spokesperson for the operation, cited ...": the parser takes the role for
    the subject and leaves the name hanging from the verb; the name joins the source."""
    doc = subject.doc
    if not source:
        return source
    first = min(source)
    if first < 2 or doc[first - 1].text != "," or subject.pos_ != "NOUN":
        return source
    name = doc[first - 2]
    if name.pos_ != "PROPN" or name.head != subject.head or name.dep_ not in ("npadvmod", "dep"):
        return source
    return list(range(name.left_edge.i, first)) + source


CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
# Verbs of saying whose object is always the one addressed: no speaker follows them
# ('"Why?" asked the reporter' inverts; '"...," told the Times' does not).
NEVER_INVERTED = frozenset({"tell", "inform", "assure", "remind", "brief", "advise", "thank"})


def inverted_speaker(token: Token) -> Token | None:
    """ "'We love cats!' reply Burton and Nick": right after a quotation, a speech verb with
    no subject has its speakers after it, and the parser takes them for its object."""
    if any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in token.children):
        return None
    if token.lemma_.lower() in NEVER_INVERTED:
        return None  # '..." told The New York Times': the object is whom they told
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.text not in CLOSING_QUOTES:
        return None
    for child in token.children:
        if (
            child.dep_ == "dobj"
            and child.i > token.i
            and (child.pos_ in ("PROPN", "PRON") or speaker_like(child) or child.ent_type_)
        ):
            return child
    return _subject_of_a_later_verb(token)


def _subject_of_a_later_verb(token: Token) -> Token | None:
    """'"...?" said KCR at the party's meet': the parser took "meet" for a verb and made
    the name its subject; the name right after the speech verb is its speaker."""
    if token.i + 1 >= len(token.doc):
        return None
    name = token.doc[token.i + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return name if name.head.i > name.i and name.head.i != token.i else None


def _subject(token: Token) -> Token | None:
    """The verb's subject. Of two (a misparse), not a dateline the parser took for one
    ("JAKARTA, Feb 9 (Xinhua) -- Speaker Puan Maharani said"), then one that can speak,
    then the nearer ("... the Iran nuclear program, Russian President Vladimir Putin
    assured ...")."""
    subjects = [child for child in token.children if child.dep_ in ("nsubj", "csubj")]
    if subjects and _passive_participle(token):
        return None  # "with 186 structures confirmed to be collapsed": what is confirmed
    if len(subjects) == 1 and (holder := holder_of_place(subjects[0])) is not None:
        return holder  # "a McDonald's in Edinburgh, Scotland said": not Scotland
    if len(subjects) == 2 and described_further(*sorted(subjects, key=lambda s: s.i)):
        return min(subjects, key=lambda s: s.i)  # "Ernest Doku from comparison website Uswitch"
    if len(subjects) > 1:
        plain = [c for c in subjects if not any(free_dash(t) for t in c.subtree)]
        return min(plain or subjects, key=lambda c: (speaker_rank(c), abs(token.i - c.i)))
    return subjects[0] if subjects else None


def _after_comma(token: Token) -> bool:
    """A conjunct set off by a comma (", and assured"): a clause of the sentence's own, not
    a second verb of the relative clause ("a conversation that humanizes and demands")."""
    doc = token.doc
    before = [doc[i].text for i in range(max(0, token.i - 3), token.i)]
    return "," in before


def _mute_antecedent(subject: Token, verb: Token) -> bool:
    """A relative pronoun whose antecedent cannot speak ("a leak that suggested C, and
    assured parliament D"): the parser joined the second verb to the relative clause."""
    if subject.tag_ != "WDT" or verb.dep_ != "relcl":  # "who" is a person
        return False
    antecedent = verb.head
    return antecedent.pos_ == "NOUN" and not antecedent.ent_type_ and not speaker_like(antecedent)


def _expletive(subject: Token, verb: Token) -> bool:
    """ "it" of a copula with an adjective or noun and an infinitive: "it's okay to ..."."""
    return (
        subject.lower_ == "it"
        and verb.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )


def _passive_participle(token: Token) -> bool:
    """A past participle with no "have" that hangs on a preposition or a noun is passive
    ("with N confirmed", "the N reported"): its noun is what is reported, not who reports
    it. (A main verb tagged VBN is often a simple past the tagger missed: "noted Friday".)"""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in ("with", "without"):
        # "with N confirmed to be ...", however the participle was tagged; not "with the
        # premier saying C", where N speaks
        return token.tag_ != "VBG"
    return token.tag_ == "VBN" and token.dep_ in ("pcomp", "acl")


def described_further(first: Token, second: Token) -> bool:
    """The second "subject" only ends the first one's prepositional phrase ("Doku from
    comparison website Uswitch said", "a lawyer at law firm Smith said"): the parser cut a
    name that belongs to the phrase."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "of", "at", "with", "for")
        and c.right_edge.i + 1 == second.left_edge.i
        for c in first.children
    )


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _acl_speaker(clause: Token) -> Token | None:
    """The speaker of a participle on a noun: "officials saying ...", "a statement warning".
    Only a word that can speak speaks ("the result telling his supporters" is told by the
    subject of "accepted the result"); a past participle is done to its noun ("the bodies,
    believed to be ...") and has no speaker there."""
    noun = clause.head
    if clause.tag_ == "VBN":
        return None
    issuer = issuing_verb(clause)
    if issuer is not None and _subject(issuer) is not None:
        return _subject(issuer)  # "the company issued a statement saying": the company
    answerer = _answering_subject(noun) or _filer(noun)
    if answerer is not None:
        return answerer
    if noun.pos_ in ("PROPN", "PRON") or speaker_like(noun) or noun.ent_type_:
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and clause.tag_ == "VBG":
        return noun  # "with the opposition claiming C": the noun is the clause's subject
    if noun.dep_ == "dobj" and noun.head.i != noun.i:
        return _subject(noun.head)
    return None


def _filer(noun: Token) -> Token | None:
    """ "EMI filed a lawsuit in a state court alleging that ...": a participle hung on the
    place where something was filed or said is the filer's, not the court's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "before"):
        return None
    verb = prep.head
    return _subject(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() in FILING else None


FILING = frozenset("file lodge bring submit launch open initiate present table".split())


def _answering_subject(noun: Token) -> Token | None:
    """ "Hamdan spoke out against Livni's statements saying, 'no one has the right ...'": a
    speech act of someone named in the possessive says nothing more itself; the parser hung
    the participle on it, but the speaker is the one answering it (the verb's subject)."""
    owned = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by" and c.i < noun.i + 4)
        for c in noun.children
    )  # "Livni's statements", "declarations by the PKK"
    if noun.lemma_.lower() not in ANSWERED_SPEECH or not owned:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return _subject(verb) if verb.pos_ in ("VERB", "AUX") else None


def answered_participle(noun: Token) -> Token | None:
    """The participle of `noun` that its answerer speaks (`_answering_subject`): not part of
    what the answering verb is about ("spoke out against Livni's statements")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.i > noun.i:
            if _answering_subject(noun) is not None:
                return child
            mute = not (noun.pos_ in ("PROPN", "PRON") or speaker_like(noun) or noun.ent_type_)
            if mute and noun.dep_ == "dobj" and says_or_thinks(child):
                return child  # "expressed disappointment accusing the county of ...": theirs
            return None
    return None


# Speech acts owned by their speaker ("Livni's statements"), unlike documents ("the
# minister's report saying ..." does say it).
ANSWERED_SPEECH = frozenset(
    "statement remark comment word claim accusation allegation assertion suggestion "
    "criticism threat declaration demand call appeal request".split()
)


def conjoined_with_outer(token: Token) -> Token | None:
    """The word of saying whose subject also speaks `token`, when the parser joined `token`
    to the clause that word reports: in "X denied that the Commission was behind it and said
    D" it makes "said" a second verb of "that the Commission was ...", whose subject then
    speaks D; a reader joins "and said" to "denied". Without "that", only where the reported
    clause's subject cannot speak and the outer one can ("Officials said the toll had
    jumped and warned that ...": not the toll), and the verb's tense is not the reported
    clause's against the outer word's.

    The same holds past a noun's that-clause ("Barr stated his opinion that both are alike
    and accused them of ...") and past the verb of a clause its own tense sets apart
    ("backpedaled on his prediction that Russia would recover, and blamed ..."): there
    the verb has the outer word's tense, not the clause's."""
    host = token.head
    if token.dep_ != "conj" or host.dep_ not in ("ccomp", "acl"):
        return None
    outer = _governing_verb(host) if host.dep_ == "acl" else host.head
    speaker = _subject(outer) if outer is not None else None
    if outer is None or outer.i == host.i or speaker is None:
        return None
    apart = _tense(token) == _tense(outer) != _tense(host) and _that_clause(host)
    if host.dep_ == "acl" or not says_or_thinks(outer) or not says_or_thinks(token):
        return outer if apart else None
    if token.lemma_ == outer.lemma_:
        return outer  # "X added that C and added that D": the same word, the same speaker
    if _tense(token) == _tense(host) != _tense(outer):
        # "Police say the suspect pulled a gun and told ...", "demanded that the BBC
        # apologize and promise ...": the reported clause's tense, its subject's verb
        return None
    if _that_clause(host):
        return outer
    return outer if _cannot_speak(_subject(host)) and speaker_like(speaker) else None


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _governing_verb(clause: Token) -> Token | None:
    """The verb whose object or prepositional object the noun of a that-clause is ("stated
    his opinion that", "backpedaled on his prediction that")."""
    noun = clause.head
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or holder.pos_ != "VERB" or holder.i >= noun.i:
        return None
    return holder


def participle_of_outer(token: Token) -> Token | None:
    """The verb whose subject speaks a trailing participle the parser hung on the clause that
    verb governs: "He pointed out the centers are the opposition's, noting D" gives "noting"
    to "He", not to "centers". Only where the clause's subject cannot speak or is sent to
    act ("allowed the bill to become law, stating"), and the outer one can."""
    host = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or not says_or_thinks(token):
        return None
    if host.dep_ != "ccomp" or host.i > token.i:
        return None
    outer = host.head
    speaker = _subject(outer)
    if outer.i == host.i or speaker is None:
        return None
    if not (speaker_like(speaker) or speaker.lemma_.lower() in PERSON_TITLE_WORDS):
        return None  # "the envoy" speaks, though the verifier's word list lacks it
    return outer if _cannot_speak(_subject(host)) or to_infinitive(host) else None


# Prepositions that hang a speaking gerund on the deed it is part of: "responded by saying".
MEANS_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in"})


def means_of_outer(token: Token) -> Token | None:
    """The verb whose subject speaks a gerund after a preposition: "Acme responded by saying
    C" and "he closed the speech by saying C" give C to the verb's subject."""
    prep = token.head
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or prep.lower_ not in MEANS_PREPOSITIONS:
        return None
    outer = prep.head
    if prep.dep_ != "prep" or outer.pos_ not in ("VERB", "AUX") or outer.i > prep.i:
        return None
    between = token.doc[outer.i + 1 : prep.i]  # "watches Sanders thrill crowds by exhorting
    return None if any(t.pos_ in ("VERB", "AUX") for t in between) else outer  # them": his


ADDRESSEES = (
    frozenset({"reporter", "audience", "crowd", "supporter", "voter", "visitor"})
    | PERSON_TITLE_WORDS
)


def is_addressee(token: Token) -> bool:
    """Whom "told" tells ("told reporters", "told the visitors"), not what ("told the truth")."""
    return (
        token.pos_ in ("PRON", "PROPN")
        or token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.lemma_.lower() in ADDRESSEES
    )


def _cannot_speak(subject: Token | None) -> bool:
    """A common noun no one speaks through: "the toll", not "officials" or a name."""
    return subject is not None and subject.pos_ == "NOUN" and not speaker_like(subject)


def _tense(verb: Token) -> str:
    """The verb's form, base and present forms as one ("apologize and promise")."""
    return "present" if verb.tag_ in ("VB", "VBP", "VBZ") else verb.tag_


def parenthetical_speaker(token: Token) -> Token | None:
    """The speaker of a cue set in commas inside the clause it reports: in "The deal, said
    Doyle and others, would be clear" the parser makes "The deal" the subject of "said" and
    "Doyle and others" the subject of "would be clear"; a reader hears Doyle and the others."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None:
        return None
    # the clause's subject, or the cue's object where the clause has none ("Officials, said
    # the report, had ignored the warnings")
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    for subject in subjects or [c for c in token.children if c.dep_ == "dobj"]:
        if subject.left_edge.i != token.i + 1:
            continue
        end = subject.right_edge.i  # the closing comma, which the parser may hang on it
        end += doc[end].text != ","
        return subject if end < clause.i and doc[end].text == "," else None
    return None


def find_subject(token: Token) -> Token | None:
    """The speaker's token: own subject, the agent of a passive, or a borrowed subject."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return _agent(token) or addressed_court(token)
    if token.tag_ == "VBN" and _agent(token) is not None:
        return _agent(token)  # "as suggested by the deputy", "a plan backed by the mayor"
    subject = _quoted_one(token) or _subject(token) or quoted_as_saying(token) or _surnamed(token)
    subject = subject or _name_read_as_modifier(token)
    subject = subject or subordinate_clause_subject(token)  # "since Smith, ..., cited"
    if subject is not None:
        return _antecedent_of_partitive(token, _name_before_a_day(subject))
    outer = conjoined_with_outer(token) or participle_of_outer(token) or means_of_outer(token)
    if outer is not None:
        return _subject(outer)  # "X denied that C and said D", "X noted C, adding D": X says D
    joined = _true_conjunct(token)
    if joined is not None:
        return _subject(joined)  # "said X to deputies, who rose and applauded him": theirs
    current = token
    for _ in range(3):
        if current.dep_ not in BORROWING_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _acl_speaker(current)  # "officials saying ..." / "a statement warning ..."
        raised = current.dep_ == "xcomp"
        current = current.head
        subject = _subject(current)
        if raised and subject is not None and _expletive(subject, current):
            return None  # "it's okay to criticize X", "it is time to say": no one speaks
        if subject is not None and _mute_antecedent(subject, current) and _after_comma(token):
            outer = current.head  # "apologised for a leak that suggested C, and assured"
            while outer.pos_ not in ("VERB", "AUX") and outer.head.i != outer.i:
                outer = outer.head
            return _subject(outer) if outer.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            return subject
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive:  # "Griffith is expected to say": a speech announced ahead (not "to endorse")
            speaks = raised and token.lemma_.lower() in ANNOUNCED_SPEECH
            return passive[0] if speaks and current.lemma_.lower() in RAISING_PASSIVES else None
    return None


def _name_before_a_day(subject: Token) -> Token:
    """ "said Jones Saturday": the parser took the day for the subject and the name for its
    modifier; the name speaks."""
    if subject.ent_type_ not in ("DATE", "TIME"):
        return subject
    names = [c for c in subject.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    return names[-1] if names else subject


def _antecedent_of_partitive(verb: Token, subject: Token) -> Token:
    """ "Croatia, Bulgaria and Hungary, all of which border Serbia, announced ...": the parser
    may read the partitive relative as the clause of "announced"; who speaks is the list the
    relative pronoun stands for."""
    if verb.dep_ != "relcl" or subject.lower_ not in PARTITIVES:
        return subject
    relative = [
        word
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for word in prep.subtree
        if word.lower_ in ("which", "whom")
    ]
    return verb.head if relative else subject


PARTITIVES = frozenset("all both each some many most none several two three four".split())


def _true_conjunct(token: Token) -> Token | None:
    """The verb a conjoined verb really shares its subject with, when the parser hung it on
    an earlier one: the "and" before it belongs to a nearer verb (in "said the President to
    deputies, who got up and applauded him", "and" hangs on "got", "applauded" on "said")."""
    if token.dep_ != "conj" or token.head.i >= token.i:
        return None
    for i in range(token.i - 1, token.head.i, -1):
        word = token.doc[i]
        if word.dep_ == "cc":
            nearer = word.head
            if (
                nearer.i != token.head.i
                and nearer.pos_ in ("VERB", "AUX")
                and nearer.i > token.head.i
                and not any(c.dep_ == "mark" for c in nearer.children)  # "because it could"
            ):
                subject = _subject(nearer)
                return nearer if subject is not None and not _cannot_speak(subject) else None
            return None
        if word.pos_ not in ("ADV", "PUNCT"):
            return None
    return None


def _surnamed(token: Token) -> Token | None:
    """ "An official surnamed Cao at the county office said ...": the parser reads "surnamed"
    as the verb of a clause before "said"; that clause is who speaks."""
    for child in token.children:
        if (
            child.dep_ == "ccomp"
            and child.i < token.i
            and child.lower_ in SURNAMED
            and any(c.dep_ == "nsubj" for c in child.children)
        ):
            return child
    return None
