"""Candidates the rules are sure of, whatever the verifier says: forms news gives its
sourcing in that a model fit on PolNeAR's article bodies doubts (headlines, a closing
"..., local media reported", what a party asked the court for, what a speaker wants), and
the speaker-like source with a word of saying that needs no second reading."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.attribution.lexicon import (
    SPEECH,
    cue_verb,
    is_reporting_word,
    speaker_like,
)
from newsledger.extract.attribution.loose_contents import as_clause, contrasted_before
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.source_words import MORE_ORGANIZATION_HEADS
from newsledger.extract.attribution.verifier import phrase_root


def headline_speech(doc: Doc, draft: Draft) -> bool:
    """ "Health ministry reports two new Zika cases", "Ombudsman denies Russian claim": a
    headline's present-tense word of saying with a speaker before it. Headlines write
    attribution that way, and the model, fit on article bodies, doubts them."""
    token = doc[draft.head]
    if token.tag_ not in ("VBZ", "VBP") or token.lemma_.lower() not in SPEECH or not draft.source:
        return False
    if not any(r.kind == "headline" and r.start <= token.idx < r.end for r in doc._.regions or []):
        return False
    return sure_speaker(doc, draft)


def sought_penalty(doc: Doc, draft: Draft) -> bool:
    """ "Prosecutors had sought a term of at least 24 years": in court reporting, what a
    party asks the court for is what it said there."""
    verb = cue_verb(doc[draft.head])
    if verb.lemma_.lower() not in ("seek", "demand", "request") or not draft.source:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    speaker = phrase_root(doc, draft.source).lemma_.lower()
    return bool(objects) and objects[0].lemma_.lower() in PENALTIES and speaker in COURT_PARTIES


def wanted(doc: Doc, draft: Draft) -> bool:
    """ "China wants North Korea to keep talking", "the opposition wants to raise ...": what
    a speaker wants, with a clause or an infinitive, is the attitude a newsroom records; the
    model, fit on PolNeAR (which marks under half of them), doubts it."""
    verb = cue_verb(doc[draft.head])
    if verb.lemma_.lower() not in WANTING or verb.pos_ != "VERB" or not draft.content:
        return False
    if not draft.source:
        return False  # "wanting to leave, ...": no one named wants it
    if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    root = phrase_root(doc, draft.source)
    if root.lower_ in ("you", "one"):
        return False  # "you want to check a patient first": anyone, no one in particular
    return sure_speaker(doc, draft) or root.ent_type_ in ("GPE", "ORG")


WANTING = frozenset({"want", "wish"})
PENALTIES = frozenset("sentence term penalty imprisonment jail prison fine".split())
COURT_PARTIES = frozenset(
    "prosecutor prosecution lawyer attorney defence defense state government".split()
)


def inverted_speech(doc: Doc, draft: Draft) -> bool:
    """ "..., local media reported.": the content first, then a speaker and a finite word of
    saying closing the sentence, the form news gives most of its sourcing; the model, which
    reads the word's rarer senses too ("reported a loss"), doubts the rarer words there."""
    token = cue_verb(doc[draft.head])
    finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in token.children)
    if not finite or token.lemma_.lower() not in SPEECH:
        return False
    if not draft.content or not draft.source or max(draft.content) >= min(draft.source):
        return False
    last = max(max(draft.cue), max(draft.source)) + 1
    if last < len(doc) and not (doc[last].is_sent_end or doc[last].text in (".", "!", "?")):
        return False
    root = phrase_root(doc, draft.source)
    return sure_speaker(doc, draft) or not NEWS_SPEAKERS.isdisjoint(
        {root.lemma_.lower(), root.lower_}
    )


# Who news copy most often credits with a closing "... , X said", beyond the cue lexicon's
# speakers (which the learned models were fit with and so stay as they are).
NEWS_SPEAKERS = MORE_ORGANIZATION_HEADS | {"authority", "media", "press", "agency", "rescuer"}


def sure_speaker(doc: Doc, draft: Draft) -> bool:
    """A source that can speak and a word of saying: a second reading changes little there
    (over 150 Wikinews reports it refused 7 of some 400 sure candidates with rarer cue
    words, most of them without such a source) for the tagger's time."""
    if not draft.source or not is_reporting_word(doc[draft.head]):
        return False
    root = phrase_root(doc, draft.source)
    return root.pos_ == "PROPN" or speaker_like(root)


# Words a body reports a tally with: "authorities reported four deaths", "the ministry
# confirmed 2,012 deaths".
TALLY_VERBS = frozenset({"report", "confirm", "announce"})


def reported_tally(doc: Doc, draft: Draft) -> bool:
    """ "Taiwan's authorities reported four deaths and more than 50 injuries": a speaker's
    word of saying whose object is a count is a toll the speaker gave, the claim disaster
    news repeats most across outlets; the model, fit on PolNeAR's politics (where "reported
    a loss" is a deed), doubts the object form."""
    verb = cue_verb(doc[draft.head])
    if verb.lemma_.lower() not in TALLY_VERBS or verb.pos_ != "VERB" or not draft.content:
        return False
    if not draft.source:
        return False  # nobody gave it ("Rescuers reached the town, reporting 12 deaths")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    if not any(c.dep_ == "nummod" and c.like_num for o in objects for c in o.children):
        return False  # "reported a loss of $12m": an amount inside it, not a count of it
    root = phrase_root(doc, draft.source)
    return sure_speaker(doc, draft) or root.lemma_.lower() in NEWS_SPEAKERS


def contrasted_claim(doc: Doc, draft: Draft) -> bool:
    """ "rather than falling, as ministers claimed, emissions rose": a speaker credited, by
    the sentence's form, with what the report denies; the model, which sees a content
    outside the clause its cue hangs from, doubts it."""
    token = doc[draft.head]
    return as_clause(token) and contrasted_before(token) is not None and sure_speaker(doc, draft)
