"""Speaker labels before a colon: "WALLACE: Let's start ...", "Poll: ...", "Trump: ...";
not page layout ("Update:"), a dateline ("AMIZMIZ:") or a place heading someone else's
words ("Italy: Berlusconi announces ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.lexicon import SPEECH
from newsledger.extract.attribution.phrases import dateline_label, names_a_place, opens_paragraph
from newsledger.extract.attribution.quotes import DOUBLE_MARKS
from newsledger.extract.attribution.rules import Draft, after_colon

SPEAKER_LABEL_MAX = 5


# Labels of page layout, not speakers: "Update: ...", "Photo: ...".
LAYOUT_LABELS = frozenset(
    """
note update updated photo photos video watch related read source sources correction
editor advertisement share image caption credit listen subscribe click breaking
""".split()
)
TITLE_LABELS = True
# A verb of saying put before the speaker's name and a colon: "Said Ellis: ...".
FRONTED_SAYING = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked"})


def colon_draft(token: Token) -> Draft | None:
    """A speaker label: "WALLACE: Let's start ..." or "NY Daily News: Paris attacks ...".

    The words before a sentence's first colon are a source when they are a short name
    (proper nouns, words in capitals, or a headline's title-case words: "Poll: ...",
    "Trump: ...", which the tagger often takes for common nouns) and hold no verb; what
    follows is the content, or the next paragraph when the label stands alone
    ("TAPPER:" on its own line).
    """
    if token.text != ":":
        return None
    sent = token.sent
    before = [t for t in sent if t.i < token.i and not t.is_space]
    if before and before[0].text in DOUBLE_MARKS:  # a transcript quoted paragraph by paragraph
        before = before[1:]  # ("\"WALLACE: Let's start ...")
    said = before[0] if len(before) > 1 and before[0].lower_ in FRONTED_SAYING else None
    if said is not None:  # "Said Ellis: ..."
        before = before[1:]
    after = [t for t in sent if t.i > token.i and not t.is_space]
    if not before or len(before) > SPEAKER_LABEL_MAX:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in before):
        return None
    words = [t for t in before if t.is_alpha]
    named = all(t.pos_ == "PROPN" or t.is_upper for t in words)
    titled = TITLE_LABELS and all(t.text[:1].isupper() for t in words)
    if not (named or titled) or not before[0].text[:1].isupper():
        return None
    if any(t.lower_ in LAYOUT_LABELS for t in words) or dateline_label(token):
        return None
    if _opens_paragraph(sent.doc, before[0].i):  # a transcript's turn: the whole paragraph
        content = after_colon(token)
    elif len(after) >= 3:
        content = {t.i for t in after}
    else:
        content = after_colon(token) if TITLE_LABELS else set()
    if len(content) < 3:
        return None
    doc = token.doc
    if names_a_place(words) and any(
        doc[i].lemma_.lower() in SPEECH and any(c.dep_ == "nsubj" for c in doc[i].children)
        for i in content
    ):
        return None  # "Italy: Berlusconi announces new government": where, then who says
    cue = [said.i] if said is not None else [token.i]
    return Draft(cue, ":", [t.i for t in before], content, 0.5)


def _opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether token i starts its paragraph (an opening quotation mark may stand before)."""
    if i > 0 and doc[i - 1].text in DOUBLE_MARKS:
        i -= 1
    return opens_paragraph(doc, i)
