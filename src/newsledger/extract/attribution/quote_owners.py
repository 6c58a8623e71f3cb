"""Which attribution each quotation belongs to: the one whose content holds it, the cue
nearest it in its sentence when the quotation is that cue's content, the cue opening the
text right after it, or the last speaker's, when nothing but narrative-free text stands
between (a quotation run continued in the next paragraph)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.lexicon import says_or_thinks
from newsledger.extract.attribution.quotes import Quotation
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.common import doc_text


def attach_quotations(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> None:
    """Tie each quotation to a draft: the one whose content holds it, or one nearby."""
    drafts.sort(key=lambda d: d.head)
    for quotation in quotations:
        pieces = quotation.pieces
        first_tok = _token_at(doc, pieces[0][0])
        last_tok = _token_at(doc, pieces[-1][1] - 1)
        if first_tok is None or last_tok is None or first_tok._.furniture:
            continue
        owner = _containing_draft(doc, drafts, pieces)
        if owner is None:
            owner = _nearest_cue_in_sentence(doc, drafts, first_tok, last_tok)
            if owner is not None and not _fits(doc, owner, pieces):
                owner = None
        if owner is None:
            owner = _cue_right_after(doc, drafts, pieces[-1][1])
        if owner is None:
            previous = _previous_draft(drafts, first_tok.i)
            if (
                previous is not None
                and not any(doc[i].dep_ == "neg" for i in previous.cue)  # "has not replied"
                and _continues(doc, drafts, previous, pieces[0][0])
            ):
                owner = previous
        if owner is not None:
            owner.quote_pieces.extend(_after_own_label(doc, owner, pieces))


def _after_own_label(
    doc: Doc, owner: Draft, pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A quoted transcript paragraph ("\"PENCE: Well, look ...") holds its speaker's label:
    the words are what follows the colon."""
    cue = doc[owner.cue[0]]
    start, end = pieces[0]
    if cue.text != ":" or not start <= cue.idx < end:
        return pieces
    text = doc_text(doc)
    after = cue.idx + 1
    while after < end and text[after].isspace():
        after += 1
    return [(after, end), *pieces[1:]]


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def piece_tokens(doc: Doc, pieces: list[tuple[int, int]]) -> set[int]:
    ids: set[int] = set()
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ids.update(t.i for t in span)
    return ids


def spoken_quotation(doc: Doc, pieces: list[tuple[int, int]], min_words: int = 2) -> bool:
    """Whether a quotation piece holds words someone said: a quoted nickname or term
    (Charles "Chuck" Lindberg, a "toff") is someone's word for a thing, not speech."""
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and sum(1 for t in span if t.is_alpha) >= min_words:
            return True
    return False


def _only_punct(doc: Doc, ids: set[int]) -> bool:
    return all(doc[i].is_punct or doc[i].is_space for i in ids)


def _containing_draft(doc: Doc, drafts: list[Draft], pieces: list[tuple[int, int]]) -> Draft | None:
    inside = piece_tokens(doc, pieces)
    best, best_share = None, 0.5
    for draft in drafts:
        if not draft.content:
            continue
        share = len(inside & draft.content) / max(1, len(inside))
        if share > best_share:
            best, best_share = draft, share
    return best


def _nearest_cue_in_sentence(
    doc: Doc, drafts: list[Draft], first: Token, last: Token
) -> Draft | None:
    # a cue in either sentence; tested against their bounds, not with each cue's own `.sent`
    # (a Span built per quotation and cue: the drafts are every word over the verifier's floor)
    sentences = [(s.start, s.end) for s in (first.sent, last.sent)]
    candidates = [d for d in drafts if any(start <= d.head < end for start, end in sentences)]
    if not candidates:
        return None
    return min(candidates, key=lambda d: min(abs(d.head - first.i), abs(d.head - last.i)))


def _cue_right_after(doc: Doc, drafts: list[Draft], quote_end: int) -> Draft | None:
    """The attribution that opens the text right after a quotation ending in . ! or ?.

    In “We will win!” Bush said. the parser ends a sentence inside the quotation, so
    the cue stands alone in the next one; a reader still gives it the quotation. Only a
    cue with no content of its own takes it, and only when its source and cue come first
    ("Bush said", "said Bush", "she said as she left"), in the same paragraph.
    """
    mark = _token_at(doc, quote_end - 1)
    if mark is None:
        return None
    opening = mark.i + 1
    while opening < len(doc) and (doc[opening].is_space or doc[opening].is_punct):
        opening += 1
    if opening == len(doc):
        return None
    between = doc_text(doc)[quote_end : doc[opening].idx]
    if "\n" in between or not set(between) <= set(" ,\u2014\u2013-"):
        return None
    for draft in drafts:
        if draft.content or draft.act:
            continue
        if min([*draft.cue, *draft.source]) == opening and _cue_by_source(doc, draft):
            return draft
    return None


def _cue_by_source(doc: Doc, draft: Draft) -> bool:
    """Whether the cue stands by its source ("Bush said", "said Bush", "she also said"), not
    at the end of a new sentence about it ("A group of retailers filed a suit last month
    naming ...": the quotation before is someone else's)."""
    own = set(draft.cue) | set(draft.source)
    low, high = min(own), max(own)
    return all(
        i in own or doc[i].pos_ in ("ADV", "AUX", "PART", "PUNCT") for i in range(low, high + 1)
    )


def _fits(doc: Doc, draft: Draft, pieces: list[tuple[int, int]]) -> bool:
    """True if the quotation is the draft's content, or runs on from it ("vowed to X 'today'")."""
    inside = piece_tokens(doc, pieces)
    outside = draft.content - inside
    if not outside or _only_punct(doc, outside):
        return True
    first = min(inside)
    after = max(draft.content) + 1
    return after <= first and all(doc[i].is_punct or doc[i].is_space for i in range(after, first))


def _draft_end(doc: Doc, draft: Draft) -> int:
    """The character where the draft's own words end (cue, source, content, quotations)."""
    ids = set(draft.cue) | set(draft.source) | draft.content
    end = max(doc[i].idx + len(doc[i]) for i in ids)
    return max([end] + [e for _, e in draft.quote_pieces])


def _previous_draft(drafts: list[Draft], token_i: int) -> Draft | None:
    before = [d for d in drafts if d.head < token_i]
    return before[-1] if before else None


PARAGRAPH_BREAK = re.compile(r"[ \t]*\n\s*")


def _continues(doc: Doc, drafts: list[Draft], previous: Draft, start: int) -> bool:
    """True if a quotation at `start` with no cue of its own continues `previous`'s words.

    A reader gives it to the last speaker when nothing but that speaker's own sentence
    stands between, within the paragraph or at the start of the next one.
    """
    previous_end = _draft_end(doc, previous)
    if previous_end > start:
        return False
    between = doc_text(doc)[previous_end:start]
    if len(PARAGRAPH_BREAK.findall(between)) > 1:
        return False  # "\n" or a blank line, once: the start of the next paragraph at most
    if any(previous_end <= doc[d.head].idx < start for d in drafts if d is not previous):
        return False
    gap = doc.char_span(previous_end, start, alignment_mode="contract")
    if gap is None:
        return True
    own_sentence = doc[previous.head].sent
    if any(says_or_thinks(t) and own_sentence.start <= t.i < own_sentence.end for t in gap):
        return False  # "X said after reporters asked about a story claiming 'Y'": Y is not X's
    narrative = [
        t
        for t in gap
        if not (t.is_space or t.is_punct) and not own_sentence.start <= t.i < own_sentence.end
    ]
    return len(narrative) <= 2  # a narrative sentence in between ends the quotation run


# Verbs of a speech tag: '"...," he added later.' (not "broadcast" or "shared")
SPEECH_TAG_VERBS = frozenset(
    """
say add tell note explain write reply respond insist ask argue recall warn continue
observe remark quip joke conclude acknowledge admit state declare comment
""".split()
)


def speech_tag(doc: Doc, draft: Draft) -> bool:
    """True for a quotation closed by a speech tag and nothing else: '"...," he added later.'
    The typography says whose words they are, however the parser read the tag (after a long
    quotation it may hang "added" on the quoted verb, and the learned scores drop)."""
    head = doc[draft.head]
    if not draft.quote_pieces or not draft.source or head.lemma_.lower() not in SPEECH_TAG_VERBS:
        return False
    closing = max((end for _, end in draft.quote_pieces if end <= head.idx), default=None)
    if closing is None:
        return False
    mine = set(draft.cue) | set(draft.source)
    sentence = head.sent
    for token in sentence:
        if token.idx < closing or token.i in mine or token.is_punct or token.is_space:
            continue
        if token.pos_ != "ADV" and token.ent_type_ not in ("DATE", "TIME"):
            return False  # more than a tag: "... he said as he left", another clause
    return True
