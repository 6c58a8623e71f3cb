"""The character spans of a kept attribution's content: parse runs, trimmed at the edges,
widened to whole quotation pieces and closing marks, joined where only commas part them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.phrases import after_dateline, opens_paragraph, whole_words
from newsledger.extract.attribution.rules import Draft, trim_ids
from newsledger.extract.common import doc_text

# A content run of one such word says nothing: "despite the fact that, according to X, ...".
LINKING_WORDS = frozenset({"that", "which", "whether", "if", "what", "who", "whom"})


def _says_nothing(token: Token) -> bool:
    """A one-word run that only links: "that", "which", a stray "by" or "and"."""
    return token.lower_ in LINKING_WORDS or token.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PART")


def content_spans(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """Character spans of the content: parse runs widened to whole quotation pieces, less a
    dateline the parse hung on the sentence ("RABAT, Sept 10 (Reuters) - ...")."""
    ids = set(draft.content)
    brackets = _enclosing_brackets(doc, draft.head)
    if brackets is not None:  # "(police said the number was lower) and ended": a cue in
        inside = {i for i in ids if brackets[0] < i < brackets[1]}  # brackets says no more,
        ids = inside or ids  # unless it says what stands outside ("The economy (analysts say) is")
    if ids:
        first = min(ids)
        if opens_paragraph(doc, first):  # a dateline opens a paragraph
            cut = after_dateline(doc, first, max(ids) + 1)
            ids = {i for i in ids if i >= cut}
    runs = [
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        for s, e in (whole_words(doc, *run) for run in trim_ids(doc, ids))  # not "to re"
        if not (e - s == 1 and _says_nothing(doc[s]))  # "the fact that, according to"
    ]
    pieces = sorted(set(draft.quote_pieces))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs + pieces):
        for ps, pe in pieces:  # a run that cuts into a quotation takes all of it
            if ps < end and pe > start:
                start, end = min(start, ps), max(end, pe)
        if merged and (start <= merged[-1][1] or _glue(doc_text(doc)[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [_closing_quote(doc_text(doc), start, end) for start, end in merged]


def _closing_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A content that opens a quotation and stops at its last word ("called Trump
    “unhinged") takes the quotation's closing punctuation and mark too."""
    inside = text[start:end]
    if inside.count("“") <= inside.count("”") and inside.count('"') % 2 == 0:
        return start, end
    after = text[end : end + 3]
    for n, char in enumerate(after, start=1):
        if char in '”"':
            return start, end + n
        if char not in ".,!?":
            break
    return start, end


def _glue(gap: str) -> bool:
    """True if two content pieces are parted only by spaces and commas (one stretch)."""
    return len(gap) <= 3 and "\n" not in gap and all(c in " ,;:" for c in gap)


def _enclosing_brackets(doc: Doc, i: int) -> tuple[int, int] | None:
    """The round brackets around token i within its sentence, if any."""
    sent = doc[i].sent
    depth = 0
    for k in range(i - 1, sent.start - 1, -1):
        if doc[k].text == ")":
            depth += 1
        elif doc[k].text == "(":
            if depth == 0:
                for j in range(i + 1, sent.end):
                    if doc[j].text == ")":
                        return k, j
                    if doc[j].text == "(":
                        return None
                return None
            depth -= 1
    return None
