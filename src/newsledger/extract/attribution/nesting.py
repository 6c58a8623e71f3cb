"""Outlets that report what others said: whose words are whose.

- "Putin said the talks had failed, AFP reports.": AFP reports [Putin said the talks had
  failed]. Putin's words are "the talks had failed" (not ", AFP reports"); AFP's are the
  whole report of them. The parser hangs the outlet's clause inside the speaker's content
  and gives the outlet the speaker's words; here the outlet takes the report instead.
- "Reuters, citing two sources, said the deal would be signed.": the words are the sources'
  (as Reuters tells it): the source of "said" is what is cited, when it can speak.
- "X was quoted by AFP as saying C": one statement, X's (``rules.find_subject`` gives
  "saying" its speaker); the passive "was quoted ... as" holding nothing but it goes.

- "He pointed out the centers are the opposition's, noting D": the parser hangs "noting" on
  the reported clause; it is the speaker's second statement (``speakers.participle_of_outer``
  gives it its speaker), so the first one's words end before it.

- "X has proved difficult -- the Pentagon has denied that C": with a "that" clause after
  it, the cue's words are that clause, not the reporter's before it.

"according to Reuters, C" alone stays Reuters' attribution: nothing is nested there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.lexicon import (
    MODALS,
    SPEECH,
    cue_verb,
    says_or_thinks,
    speaker_like,
)
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.source_words import ORGANIZATION_HEADS, PERSON_PRONOUNS
from newsledger.extract.attribution.speakers import participle_of_outer, quoted_as_saying
from newsledger.extract.common import subtree_ids

CITING_VERBS = frozenset({"cite", "quote"})


def _tail_of_sentence(doc: Doc, start: int) -> bool:
    """True if only punctuation follows token `start`'s stretch to its sentence end."""
    sentence = doc[start].sent
    return all(doc[i].is_punct or doc[i].is_space for i in range(start, sentence.end))


def _trailing_report(doc: Doc, speaker: Draft) -> tuple[Token, int] | None:
    """The outlet's clause closing the speaker's content ("..., AFP reports."): its verb and
    its first token."""
    for i in sorted(speaker.content, reverse=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or not (says_or_thinks(verb) or verb.lemma_ == "report"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (speaker_like(subject) or subject.pos_ in ("PROPN", "PRON")):
            return None
        start = min(subject.left_edge.i, verb.i)
        if start <= speaker.head or doc[start - 1].text not in (",", "\u2014", "--"):
            return None
        if not _tail_of_sentence(doc, max(verb.i, subject.right_edge.i) + 1):
            return None
        if any(doc[j].dep_ == "ccomp" and doc[j].head == verb for j in range(start, verb.i)):
            return None
        return verb, start
    return None


def nest_outlets(doc: Doc, drafts: list[Draft]) -> None:
    """ "X said C, AFP reports": X's words lose ", AFP reports"; AFP's (when it is an
    attribution here) become "X said C"."""
    for speaker in drafts:
        found = _trailing_report(doc, speaker) if speaker.content else None
        if found is None:
            continue
        verb, start = found
        speaker.content = {i for i in speaker.content if i < start - 1}
        first = min([*speaker.cue, *speaker.source, *speaker.content])
        for outlet in drafts:
            if outlet is not speaker and outlet.head == verb.i:
                outlet.content = {i for i in range(first, start - 1) if not doc[i].is_space}


def _cited(token: Token) -> Token | None:
    """The speaker cited by "citing two sources" on the cue `token`, if it can speak."""
    for child in token.children:
        if child.dep_ != "advcl" or child.lemma_.lower() not in CITING_VERBS:
            continue
        if child.tag_ != "VBG":
            continue
        for obj in child.children:
            if obj.dep_ == "dobj" and (speaker_like(obj) or obj.ent_type_ in ("PERSON", "ORG")):
                return None if _release_of_something(obj) else obj
    return None


def _release_of_something(noun: Token) -> bool:
    """ "citing the release of political prisoners": the act of releasing, no press release."""
    return noun.lemma_.lower() == "release" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def cited_speakers(doc: Doc, drafts: list[Draft]) -> None:
    """ "Reuters, citing two sources, said C": the sources are the source of C. Not where C
    is itself someone's statement ("X said C, Reuters reported, citing a statement"): the
    outlet reports it, and X is C's speaker. Nor where a person speaks: "he continued, citing
    the Americans who had given up looking for work" gives his evidence, in his words."""
    for draft in drafts:
        if not draft.source or draft.lemma in ("according to", ":", "in"):
            continue
        if any(
            doc[i].ent_type_ == "PERSON" or doc[i].lower_ in PERSON_PRONOUNS for i in draft.source
        ):
            continue
        if any(
            other is not draft and other.source and other.head in draft.content for other in drafts
        ):
            continue
        obj = _cited(doc[draft.head])
        if obj is not None:
            draft.source = sorted(subtree_ids(obj))


def drop_quoting_shells(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Drop "was quoted by AFP as" when all it holds is another attribution ("saying C")."""
    kept = []
    for draft in drafts:
        shell = not draft.source and any(doc[i].dep_ == "auxpass" for i in draft.cue)
        words = {i for i in draft.content if not (doc[i].is_punct or doc[i].is_space)}
        if shell and words:
            for inner in drafts:
                if inner is draft or not inner.source or inner.head not in draft.content:
                    continue
                if words <= set(inner.cue) | inner.content | set(inner.source):
                    break
            else:
                kept.append(draft)
            continue
        kept.append(draft)
    return kept


def reported_speakers(
    doc: Doc, rejected: list[tuple[Draft, float]], kept: list[Draft]
) -> list[tuple[Draft, float]]:
    """ "Smith said the deal was off, AFP reported.": the parser makes Smith's statement the
    outlet's content, and a model fit on PolNeAR (one role per word) refuses a statement
    inside another's content; but Smith is the speaker, and AFP only reports it. The
    rejected statements that open a kept outlet's report (its source and cue first, the
    outlet's cue after it) come back, with the model's probability."""
    reports = [  # each body's report with the first word of what it reports
        (outer, min(i for i in outer.content if not doc[i].is_punct))
        for outer in kept
        if _body_report(doc, outer) and any(not doc[i].is_punct for i in outer.content)
    ]
    back = []
    for inner, probability in rejected if reports else ():
        if not inner.source or not inner.content or inner.act:
            continue
        if any(doc[i].lower_ in MODALS for i in inner.cue):
            continue  # "may show": no statement
        opening = min([*inner.source, *inner.cue])
        for outer, first in reports:
            if inner.head not in outer.content:
                continue
            after = outer.head > max(inner.content) and first == opening
            if (after and _outlet_report(doc, outer) and inner.lemma.lower() in SPEECH) or (
                _reported_clause(doc, inner, outer)
            ):
                back.append((inner, probability))  # "said", "confirmed"; not "knew"
                break
    return back + _quoted_as_saying(doc, rejected, kept)


def _reported_clause(doc: Doc, inner: Draft, outer: Draft) -> bool:
    """ "Politico noted that Trump has privately wondered why ...": the statement is the very
    clause the outlet reports, and its speaker is named or a person."""
    verb = cue_verb(doc[inner.head])
    if verb.dep_ != "ccomp" or verb.head.i not in outer.cue:
        return False
    root = next((doc[i] for i in inner.source if doc[i].head.i not in inner.source), None)
    if root is None or root.lower_ in ("they", "we", "it"):
        return False  # "police say they know of no motive": the body itself, said once
    return says_or_thinks(verb) and speaker_like(root)


def _quoted_as_saying(
    doc: Doc, rejected: list[tuple[Draft, float]], kept: list[Draft]
) -> list[tuple[Draft, float]]:
    """ "AFP quoted X as saying C": X's statement C comes back beside the outlet's quoting
    of it (PolNeAR marks only the outer one; the reader asks who said C)."""
    quoting = {outer.head for outer in kept if outer.lemma.lower() in CITING_VERBS}
    back = []
    for inner, probability in rejected if quoting else ():
        saying = doc[inner.head]
        if not inner.source or not inner.content or saying.lemma_.lower() != "say":
            continue
        if quoted_as_saying(saying) is not None and saying.head.head.i in quoting:
            back.append((inner, probability))
    return back


OUTLET_NOUNS = frozenset(
    "agency newspaper paper daily broadcaster channel station network outlet wire television "
    "radio magazine website".split()
)


def _body_report(doc: Doc, outer: Draft) -> bool:
    """An outlet's or a body's statement ("AFP reported", "Politico noted that ...")."""
    if outer.lemma.lower() not in SPEECH or not outer.source:
        return False
    root = next((doc[i] for i in outer.source if doc[i].head.i not in outer.source), None)
    return root is not None and _a_body(root)


def _a_body(root: Token) -> bool:
    lemma = root.lemma_.lower()
    return root.ent_type_ == "ORG" or lemma in OUTLET_NOUNS or lemma in ORGANIZATION_HEADS


def _outlet_report(doc: Doc, outer: Draft) -> bool:
    """ "..., AFP reported", "..., the agency said", "He added C, the ministry said": a named
    organisation, a news outlet or a body reporting, after what it reports."""
    if outer.lemma.lower() not in ("report", "say", "tell") or not outer.source:
        return False
    root = next((doc[i] for i in outer.source if doc[i].head.i not in outer.source), None)
    if root is None:
        return False
    if outer.lemma.lower() == "report" and root.pos_ == "PROPN":
        return True  # "..., Asahi Shimbun reports"
    return _a_body(root)


def split_trailing_participles(doc: Doc, drafts: list[Draft]) -> None:
    """Take ", noting D" out of the words of the statement whose clause the parser hung it
    on, when it is that speaker's own second statement."""
    for inner in drafts:
        participle = cue_verb(doc[inner.head])
        outer_verb = participle_of_outer(participle)
        if outer_verb is None:
            continue
        for outer in drafts:
            if outer is not inner and outer_verb.i in outer.cue and inner.head in outer.content:
                cut = subtree_ids(participle)
                if min(cut) > 0 and doc[min(cut) - 1].is_punct:
                    cut.add(min(cut) - 1)  # the comma before ", noting"
                outer.content -= cut


def drop_narration_before(doc: Doc, drafts: list[Draft]) -> None:
    """A cue whose words follow it as a "that" clause says nothing before it: in "Locating
    the contract has proved difficult -- the Pentagon has denied that such a contract
    exists" the parser hangs the reporter's first clause on "denied" too."""
    for draft in drafts:
        if not draft.content or draft.quote_pieces:
            continue
        opening = min([*draft.cue, *draft.source])
        closing = max(draft.cue)
        after = sorted(i for i in draft.content if i > closing)
        if not after or not any(i < opening for i in draft.content):
            continue
        if doc[after[0]].lower_ == "that" and doc[after[0]].dep_ == "mark":
            draft.content = {i for i in draft.content if i > closing}
