"""Which words cue an attribution: a hand lexicon plus rates learned from PolNeAR train.

News attributes with speech verbs ("said", "told"), with cognition and attitude verbs
("feared", "believes", "warned") and with a few fixed phrases ("according to").
Whether a word cues an attribution depends on its frame: "thinks that ..." does,
"thinks" alone rarely; "called for ..." does, "called" a meeting does not. So a
candidate is keyed by lemma, part of speech and frame (what hangs off it in the
dependency parse) and scored by how often that key was a cue head in PolNeAR train
(``data/attribution_cues.json``, built by ``eval/attribution_lexicon.py``). Keys the
table has not seen enough fall back to the lemma's rate, then to the hand lexicon,
so a speech verb the training data never met still counts.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsledger.extract.attribution.light_verbs import LIGHT_SCORE, message_object

# Tags of a finite verb: a clause of its own, not a phrase ("arrests end Minsk", ", has found").
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Modal auxiliaries: a cue under one speaks of what could be, not of what was said.
MODALS = frozenset({"could", "might", "may", "would", "should", "can", "will", "must"})

# Verbs of saying and reporting: a cue whenever they have a speaker or a message.
SPEECH = frozenset(
    """
share email publish broadcast remind plead rule
say tell add note argue announce claim insist state declare explain write report recall
reply respond acknowledge admit confirm deny warn suggest tweet post testify comment
remark assert contend maintain predict promise pledge vow urge caution complain concede
estimate reveal disclose describe mention emphasize stress point ask question quip joke
boast brag charge accuse allege criticize praise blast slam dismiss reject demand insist
conclude indicate advise propose recommend inform assure reiterate repeat echo counter
retort concur agree disagree object protest lament acknowledge observe forecast refute affirm
reaffirm restate reassert underscore underline
""".split()
)

# Cognition and attitude verbs: a cue when they take a clause or an infinitive.
COGNITION = frozenset(
    """
fear believe think expect hope worry doubt suspect know feel consider view see assume
guess wonder reckon judge figure anticipate imagine understand realize recognize learn
conclude decide want prefer intend plan wish regret
""".split()
)

# Verbs of stance, evidence and talk beyond the speech list: "opposed the plan", "defended
# the decision", "called for", "declined to comment", "cited a poll", "seems to". They
# report a position or a message, so they stay cues with an object or an infinitive.
STANCE = frozenset(
    """
support oppose endorse favor favour back welcome applaud condemn denounce decry defend
embrace advocate champion reject call talk speak discuss refer cite quote recount express
voice raise cast highlight blame credit tout list mock challenge apologize
congratulate thank signal describe refuse decline seem appear show like dislike care
remember deem interpret tend hope hop question name label brand characterize portray
dispute doubt acknowledge greet hail laud slam blast lambast rebuke scold
""".split()
)

# Commitments: "agreed to allow", "decided to send" report a decision (a deed); "agreed
# that ..." reports what was said.
COMMITMENT = frozenset({"agree", "decide", "plan", "intend", "choose", "seek"})

# Objects that make a stance verb a deed: a place is defended or attacked by force
# ("to defend Kharkiv"), a reflexive object is self-defence, not a statement.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself"})

# Nouns that carry a message ("the statement said" is a source; "in a statement" a cue).
MESSAGE_NOUNS = frozenset(
    """
statement interview speech remark remarks comment comments tweet post letter memo
release briefing testimony conference address op-ed email
""".split()
)

# Adjectives of attitude that cue with a clause: "officials are concerned that ...".
ATTITUDE_ADJECTIVES = frozenset(
    """
concerned confident sure certain convinced worried afraid aware skeptical hopeful
optimistic pessimistic adamant frustrated unsure uncertain doubtful critical supportive
appreciative upbeat tired wary proud angry happy pleased disappointed dismissive opposed
eager determined glad sorry unhappy upset furious alarmed troubled satisfied
""".split()
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})


@lru_cache(maxsize=1)
def learned_rates() -> dict[str, tuple[int, int]]:
    """``key -> (times a cue head, times seen)`` from PolNeAR train (empty if absent)."""
    try:
        raw = (
            resources.files("newsledger.data")
            .joinpath("attribution_cues.json")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table = json.loads(raw)
    return {key: (int(v[0]), int(v[1])) for key, v in table["rates"].items()}


def subject_of(token: Token) -> Token | None:
    """The token's own subject, or the one it inherits (conjunct, relative clause...)."""
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    if token.dep_ == "relcl":
        return token.head
    if token.dep_ in ("conj", "xcomp", "advcl", "acomp") and token.head.i != token.i:
        for child in token.head.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
    return None


def has_subject(token: Token) -> bool:
    return subject_of(token) is not None


SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def speaker_like(subject: Token) -> bool:
    """True if the subject can speak: a person, a group, an institution, a document."""
    from newsledger.extract.attribution.source_words import SPEAKER_HEADS

    if subject.pos_ == "PRON":
        return subject.lower_ in SPEAKER_PRONOUNS
    if subject.ent_type_ in SPEAKER_ENTITIES:
        return True
    return subject.lemma_.lower() in SPEAKER_HEADS or subject.lower_ in SPEAKER_HEADS


def frame_of(token: Token) -> str:
    """What the candidate governs: a clause, an infinitive, an object, a preposition."""
    deps = {child.dep_ for child in token.children}
    # `for_clause` walks the children again for an "advcl": asked only when there is one
    if (
        deps & CLAUSE_DEPS
        or token.dep_ == "parataxis"
        or ("advcl" in deps and for_clause(token) is not None)
    ):
        frame = "clause"
    elif "xcomp" in deps:
        frame = "xcomp"
    elif "dobj" in deps:
        frame = "dobj"
    elif "prep" in deps:
        frame = "prep"
    elif colon_after(token) is not None:
        frame = "colon"
    else:
        frame = "none"
    subject = subject_of(token)
    if subject is None:
        return frame + "-s"
    return frame + ("+h" if speaker_like(subject) else "+s")


def colon_after(token: Token) -> Token | None:
    """The colon right after the cue ("Cruz continued:"), which introduces the content."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].dep_ in ("prt", "advmod", "npadvmod") and doc[i].head == token:
        i += 1
    if i < len(doc) and doc[i].text == ":":
        return doc[i]
    return None


def for_clause(token: Token) -> Token | None:
    """The clause of "called for X to do Y" (parsed as an adverbial clause marked "for")."""
    for child in token.children:
        if child.dep_ == "advcl" and child.i > token.i:
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"]
            if marks and marks[0].i == token.i + 1:
                return child
    return None


def cue_key(token: Token) -> str:
    return f"{token.lemma_.lower()}|{token.pos_}|{frame_of(token)}"


def hand_score(token: Token, frame: str) -> float:
    """The prior for words the learned table does not know well."""
    lemma = token.lemma_.lower()
    governs = not frame.startswith("none")
    if token.pos_ == "VERB" and frame.startswith("colon") and not frame.endswith("-s"):
        return 0.5  # "Cruz continued:" introduces what he said
    if token.pos_ == "VERB":
        if lemma in SPEECH and (governs or not frame.endswith("-s")):
            return 0.8 if governs else 0.5
        if lemma in COGNITION and frame.startswith(("clause", "xcomp")):
            return 0.6
    attitude = token.pos_ == "ADJ" and lemma in ATTITUDE_ADJECTIVES
    if attitude and frame.startswith(("clause", "prep")) and frame.endswith("+h"):
        return 0.6
    return 0.0


def reports_a_deed(token: Token, frame: str) -> bool:
    """True if the word, in this frame, tells what someone did rather than said or thought.

    A claim comes as a clause ("warned that ..."), a quotation or a colon; a word of
    saying, thinking, stance or talk is a claim with any complement ("praised the move").
    Any other verb with only an object, infinitive or preposition is a deed ("has
    authorized the use", "to start using", "could respond to"), and so is a commitment
    to act ("agreed to allow") and a stance verb done to a place or to oneself ("defend
    Kharkiv"). Such cues only count when a quotation gives their words.
    """
    if frame.startswith(("clause", "colon")) or token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma in COMMITMENT:
        return frame.startswith("xcomp")
    if lemma in LET_GO and _people_as_object(token):
        return True  # "dismissed four employees": fired them, said nothing
    if lemma in PERCEPTION and frame.startswith("dobj"):
        # "had seen the document"; not "sees it as a threat" nor a clause
        heads = {token.i} | {c.i for c in token.children if c.dep_ == "dobj"}
        return not any(t.lower_ == "as" and t.head.i in heads for t in token.subtree)
    if lemma in SPEECH or lemma in COGNITION:
        return False
    if lemma in STANCE:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return bool(objects) and (
            objects[0].ent_type_ in PLACE_ENTITIES or objects[0].lower_ in REFLEXIVES
        )
    return True


STANCE_IS_REPORTING = True

# Words of thinking that with a bare object tell what someone perceived or found.
PERCEPTION = frozenset({"see", "learn", "figure"})
# Words of saying that also mean letting someone go ("dismissed the claims" / "dismissed the
# coach"), and the nouns for the people let go.
LET_GO = frozenset({"dismiss", "sack", "discharge"})
STAFF_NOUNS = frozenset(
    "employee worker staff staffer official officer coach manager executive minister aide "
    "player teacher judge general commander chief director editor producer".split()
)


def _people_as_object(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and (
        objects[0].ent_type_ == "PERSON" or objects[0].lemma_.lower() in STAFF_NOUNS
    )


def cue_verb(first: Token) -> Token:
    """A cue's own word, from its first word ("has", "also", "not") up to its verb."""
    verb = first
    while verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def says_or_thinks(token: Token) -> bool:
    """True for a word of saying or thinking (not of stance): "noted", "said", "believes"."""
    lemma = token.lemma_.lower()
    return lemma in SPEECH or lemma in COGNITION


# Court reporting: "..., a court heard." / "The jury heard how ...": what the court was told.
HEARING_SUBJECTS = frozenset(
    "court jury jurors tribunal inquest hearing magistrates magistrate inquiry".split()
)
HEARING_SCORE = 0.8


def court_heard(token: Token) -> bool:
    """True for "heard" with a court, jury, tribunal or inquest as subject and a clause."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "hear":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in HEARING_SUBJECTS:
        return False
    return any(c.dep_ == "ccomp" for c in token.children) or token.dep_ == "parataxis"


def is_reporting_word(token: Token) -> bool:
    """True for words of saying, thinking, feeling or stance (the hand lexicon)."""
    lemma = token.lemma_.lower()
    if court_heard(token):
        return True
    if token.pos_ == "VERB":
        return lemma in SPEECH or lemma in COGNITION or (STANCE_IS_REPORTING and lemma in STANCE)
    return token.pos_ == "ADJ" and lemma in ATTITUDE_ADJECTIVES


MIN_SEEN = 4
PRIOR_WEIGHT = 4
# Scores a word must reach to cue an attribution: words of saying, thinking and feeling
# (the hand lexicon), and other words PolNeAR's annotators took as stances ("defended").
CUE_THRESHOLD = 0.25
OTHER_THRESHOLD = 0.35


def cue_score(token: Token) -> float:
    """How likely the token heads an attribution cue (0..1)."""
    if token.pos_ not in ("VERB", "NOUN", "ADJ", "AUX"):
        return 0.0
    if court_heard(token):
        return HEARING_SCORE
    frame = frame_of(token)
    prior = hand_score(token, frame)
    rates = learned_rates()
    lemma = token.lemma_.lower()
    base = prior
    lemma_cue, lemma_seen = rates.get(f"{lemma}|{token.pos_}", (0, 0))
    if lemma_seen >= MIN_SEEN and not frame.startswith("none"):
        base = max(prior, lemma_cue / lemma_seen)
    # the frame's own counts, pulled towards the lemma's rate (or the hand prior) when few
    cue, seen = rates.get(f"{lemma}|{token.pos_}|{frame}", (0, 0))
    score = (cue + PRIOR_WEIGHT * base) / (seen + PRIOR_WEIGHT)
    return max(score, LIGHT_SCORE) if message_object(token) else score


# Verbs whose object is the person addressed, not the message ("told reporters").
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "urge", "ask", "brief", "advise", "thank"}
)
