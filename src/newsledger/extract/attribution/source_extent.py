"""The extent of a source phrase once its head word is known: the subject's phrase without
what the parser hung on it that is no part of the speaker ("officials saying ...", "in a
statement", "to Reuters", "of employing fighters", a date), and both people of two subjects
joined by "and"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.lexicon import says_or_thinks
from newsledger.extract.attribution.speakers import CLOSING_QUOTES, described_further
from newsledger.extract.common import subtree_ids


def source_tokens(subject: Token, exclude: set[int]) -> list[int]:
    """The subject's phrase, without any clause that holds the cue or the content."""
    tokens = []
    for t in subject.subtree:
        if t.i in exclude:
            continue
        tokens.append(t.i)
    if subject.pos_ in ("NOUN", "PROPN"):
        # drop a clause on the subject that holds the cue ("officials saying ...")
        named = [a for a in subject.children if a.dep_ == "appos"]  # "the chief, Jane Doe
        for child in [*subject.children, *(c for a in named for c in a.children)]:  # who"
            if child.dep_ in ("relcl", "acl") and child.i > subject.i:
                drop = subtree_ids(child)
                if drop & exclude or _says_more(child):
                    tokens = [i for i in tokens if i not in drop]
            elif _of_a_deed(child):
                drop = subtree_ids(child)  # "accused by their rivals of employing fighters"
                tokens = [i for i in tokens if i not in drop]
            elif child.i < subject.i and _a_day(child):
                drop = subtree_ids(child)  # "Last week a McDonald's ... said", "On Sunday,
                tokens = [i for i in tokens if i not in drop]  # spokeswoman Jane Doe, said"
            elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
                # "said Jane Doe Saturday on the eve of the vote": the day and what follows
                # it tell when she spoke, which the parser hung on her name
                tokens = [i for i in tokens if i < child.i]
    how_it_spoke = [t for t in subject.subtree if t.i in tokens and _in_a_message_or_to(t)]
    for prep in how_it_spoke:
        drop = subtree_ids(prep)  # "The ministry in a statement said", "a spokesman for
        tokens = [i for i in tokens if i not in drop]  # Abbas in a statement to the media"
    if subject.text.lower() in DIRECTIONS:
        return _past_the_place(subject.doc, sorted(tokens))
    return _contiguous_around(tokens, subject.i)


def _in_a_message_or_to(child: Token) -> bool:
    """ "in a statement", or whom it spoke to, where the parser hung that on the speaker's
    role after the role's own place ("said X, chief economist at RBS to the Associated
    Press", "a spokeswoman for Sony to Reuters"; not "adviser to the president", "chief of
    staff to President Clinton")."""
    if _in_a_message(child):
        return True
    if child.dep_ != "prep" or child.lower_ != "to" or child.i < child.head.i:
        return False
    anchored = any(
        c.dep_ == "prep" and c.lower_ in ("at", "for", "with", "from") and c.i < child.i
        for c in child.head.children
    )
    before = child.doc[child.i - 1]  # a name takes no "to" of its own: "said professor of
    anchored |= before.pos_ == "PROPN" and before.ent_type_ == "PERSON"  # law Jane Doe to
    # the Monitor" is whom she told
    return anchored and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child.children)


def _in_a_message(child: Token) -> bool:
    """ "in a statement", "in an interview" on a speaker: how it spoke, not who. (Not "in
    responding to X": PolNeAR keeps that in the source, exact source F1 -0.1.)"""
    if child.dep_ != "prep" or child.i <= child.head.i:
        return False
    return child.lower_ in ("in", "on", "during") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in SPEAKING_OCCASIONS for c in child.children
    )


SPEAKING_OCCASIONS = frozenset(
    "statement interview letter speech address briefing release conference post tweet "
    "message broadcast communique communiqué email e-mail blog column op-ed program "
    "programme show".split()
)


def _of_a_deed(child: Token) -> bool:
    """ "of employing fighters" on a speaker: what is charged, which the parser hung on the
    accuser ("was accused by their rivals of employing ...")."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and child.i > child.head.i
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
    )


def _a_day(child: Token) -> bool:
    """ "Last week" or "On Sunday" hung on the speaker: when it spoke, not who."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ == "DATE"
    return child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children
    )


def _says_more(clause: Token) -> bool:
    """ "X, who also added that C", "a spokesperson, confirming an earlier report, said": a
    clause on the speaker that is a statement of its own."""
    if not says_or_thinks(clause):
        return False
    start = clause.left_edge.i
    aside = clause.tag_ == "VBG" and start > 0 and clause.doc[start - 1].text == ","
    return aside or any(c.dep_ == "ccomp" for c in clause.children)


DIRECTIONS = frozenset(
    "east west north south northeast northwest southeast southwest outside near".split()
)


def _past_the_place(doc: Doc, tokens: list[int]) -> list[int]:
    """ "..., east of the capital Dhaka, Debashis Bardhan, deputy director ... said": the
    parser made the place the subject; the speaker is the person named after its comma."""
    for i in tokens:
        if doc[i].text == "," and i + 1 in tokens and doc[i + 1].ent_type_ == "PERSON":
            return [j for j in tokens if j > i]
    return tokens


def more_agents(subject: Token, source: list[int]) -> list[int]:
    """All agents of "was criticised by unions, employers' federations, and industry
    groups", where the parser hung the later ones on the passive subject as an apposition:
    the list after the first agent, joined by "and" or "or", runs to the sentence's end."""
    doc = subject.doc
    if not source or subject.head.dep_ != "agent":
        return source
    verb = subject.head.head
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not passive_subjects:
        return source
    end = max(source) + 1
    if end >= len(doc) or doc[end].text != ",":
        return source
    hung = sorted(i for i in subtree_ids(passive_subjects[0]) if i > end)
    if not hung or hung[0] != end + 1 or hung != list(range(hung[0], hung[-1] + 1)):
        return source
    if not any(doc[i].lower_ in ("and", "or") for i in hung):
        return source
    return list(range(min(source), hung[-1] + 1))


def with_joined_subject(subject: Token, source: list[int], exclude: set[int]) -> list[int]:
    """Both people of "Whip Steve Scalise of Louisiana and Chairman Jeb Hensarling of Texas
    said", which the small parser reads as two subjects of one verb: the source is the pair,
    never one of them."""
    doc = subject.doc
    if not source:
        return source
    for other in subject.head.children:
        if other is subject or other.dep_ != "nsubj":
            continue
        other_tokens = source_tokens(other, exclude)
        if not other_tokens:
            continue
        first, second = sorted([source, other_tokens], key=min)
        if first is source and min(second) == max(first) + 1 and described_further(subject, other):
            return list(range(min(first), max(second) + 1))  # "Doku from website Uswitch"
        if min(second) <= max(first) and max(first) - min(second) > 1:
            continue  # one inside the other
        i = min(second) - 1
        joining = []
        while i >= min(first) and (doc[i].is_space or doc[i].is_punct or doc[i].dep_ == "cc"):
            joining.append(doc[i].lower_)
            i -= 1
        if i > max(first):
            continue  # words between the two ("... debate, with the opposition claiming
            # it is unconstitutional, and supporters saying"): no pair of subjects
        if "and" in joining and set(range(i + 1, min(second))).isdisjoint(exclude):
            return list(range(min(first), max(second) + 1))
    return source


def _contiguous_around(tokens: list[int], anchor: int) -> list[int]:
    """The unbroken run of token indices that contains the anchor."""
    present = set(tokens)
    if anchor not in present:
        return sorted(present)
    start = end = anchor
    while start - 1 in present:
        start -= 1
    while end + 1 in present:
        end += 1
    return list(range(start, end + 1))


def name_after_quotation(doc: Doc, source: list[int], content: set[int]) -> list[int]:
    """ "'We will achieve justice,' Tulsa police Chief Chuck Jordan said": the parser hung
    "Tulsa" on the quotation; capitalised words between the closing mark and the source
    open the source's name."""
    if not source:
        return source
    k = min(source) - 1
    words: list[int] = []
    while k >= 0 and k in content and len(words) < 3 and not (doc[k].is_punct or doc[k].is_space):
        words.append(k)
        k -= 1
    if not words or k < 0 or doc[k].text not in CLOSING_QUOTES:
        return source
    if not all(doc[i].text[:1].isupper() for i in words):
        return source
    return sorted(words) + source
