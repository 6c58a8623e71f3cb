"""The source phrase's edges: what the parse's subject span holds that is not the speaker.

Wire copy opens its first paragraph with a dateline and an agency credit ("BANGKOK, March 27
(Xinhua) --", "PARIS (Reuters) -", "WASHINGTON, May 2 /PRNewswire/ --"); the parser often
hangs it on the first sentence's subject, so the subject's span swallows it. The dateline
ends at a free-standing dash (spaces around it, unlike the hyphen of "Frank-Walter"); what
stands before that dash is only names, numbers, a date and a bracketed credit. The source
begins after it. Some outlets end the dateline with a colon instead ("AMIZMIZ:", "NEW
DELHI:"): a label in capitals opening a paragraph, which reads like a transcript's speaker
label ("WALLACE:"); it is a dateline when it names a place (the gazetteer or the NER says
so), or when it is no person and the only such label in the text (a transcript has many).

A name joined by a hyphen ("Frank-Walter Steinmeier", "Kim Jong-un") is one word to a
reader but three tokens to spaCy, and the parse sometimes hangs the first part elsewhere:
the phrase takes the whole hyphenated word. A phrase that begins in the middle of other
text and crosses an opening bracket ("... Iraq(The 9/11 Commission report") starts after the
bracket when its head is inside it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import doc_text
from newsledger.extract.entities.gazetteer import place

DASHES = frozenset({"-", "--", "---", "—", "–", "―"})
MONTHS = frozenset(
    """
jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul.
july aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec
dec. december
""".split()
)
HYPHENS = frozenset({"-", "‐", "‑"})
LABEL_MAX = 4  # words in a capitals label before a colon ("SAN LUIS OBISPO:")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_CAPS_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z.'’\- ]{0,40}:", re.M)


# Past verb forms that, right after a name, make a clause of their own ("Trump rescinded"),
# which the small parser sometimes hangs on the next noun as a modifier.
FINITE_TAGS = frozenset({"VBD", "VBN"})  # not "think tank", "Trump-backed"


def trim_phrase(doc: Doc, start: int, end: int) -> SpacySpan:
    """Drop edge punctuation and whitespace from doc[start:end]; keep inner commas, and a
    per cent sign after its number ("54% said")."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text == "%" and end - 1 > start and doc[end - 2].like_num:
            break
        end -= 1
    return doc[start:end]


def source_phrase(doc: Doc, ids: list[int]) -> SpacySpan:
    """The speaker's phrase over the source tokens: no dateline, whole hyphenated names."""
    start, end = min(ids), max(ids) + 1
    start = after_dateline(doc, start, end)
    start = _after_misparsed_clause(doc, start, end)
    start = _after_leading_time(doc, start, end)
    start, end = whole_words(doc, start, end)
    phrase = trim_phrase(doc, start, end)
    if len(phrase):
        phrase = _inside_bracket(phrase)
    return phrase


def _after_leading_time(doc: Doc, start: int, end: int) -> int:
    """Past "Tuesday," or "10:00PM AEDT," opening the speaker's phrase: the parser hangs a
    fronted time on the subject ("Tuesday, doctors said ..."), but it dates the saying."""
    i = start
    while i < end and doc[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    if start < i < end - 1 and doc[i].text == ",":
        return i + 1
    return start


def _after_misparsed_clause(doc: Doc, start: int, end: int) -> int:
    """Past a name and a finite verb the parser hung on the speaker as a modifier: in
    "Trump rescinded guidance issued by the Obama administration saying that ...", the
    guidance says it, not "Trump rescinded guidance ..."."""
    for i in range(start + 1, end - 1):
        verb = doc[i]
        if (
            verb.tag_ in FINITE_TAGS
            and verb.dep_ in ("amod", "compound", "nmod")
            and verb.i < verb.head.i < end  # modifies a noun after it, in the phrase
            and doc[i - 1].pos_ in ("PROPN", "PRON")
            and doc[i - 1].whitespace_  # "Kremlin-backed" is one modifier
        ):
            return i + 1
    return start


def free_dash(token: Token) -> bool:
    """A dash standing apart (" -- ", " - ", "—"), not a hyphen inside a word."""
    if token.text not in DASHES:
        return False
    doc = token.doc
    before_space = token.i == 0 or bool(doc[token.i - 1].whitespace_)
    return token.text != "-" or (before_space and bool(token.whitespace_))


def _dateline_word(token: Token) -> bool:
    return (
        token.is_space
        or token.is_punct
        or token.like_num
        or token.pos_ in ("PROPN", "NUM")
        or token.lower_ in MONTHS
        or token.is_upper
        or token.text[:1].isupper()
    )


def after_dateline(doc: Doc, start: int, end: int) -> int:
    """The first token after a dateline and agency credit at the start of doc[start:end]."""
    cut = start
    for k in range(start, end):
        if doc[k].text in (":", "):") and dateline_label(doc[k]):  # "KABUL (Pajhwok):"
            return k + 1
        if not free_dash(doc[k]):
            continue
        before = doc[start:k]
        if not len(before) or not _looks_like_dateline(before):
            break  # the first free dash decides: a later one is the speaker's own
        cut = k + 1
        break
    return cut


def opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether token i is the first of its paragraph (the text's or a line's start)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def dateline_label(colon: Token) -> bool:
    """Whether the words before this colon are a dateline ("AMIZMIZ:"), not a speaker."""
    doc = colon.doc
    first = colon.i
    while not opens_paragraph(doc, first):
        first -= 1
    label = outside_brackets([t for t in doc[first : colon.i] if not t.is_space])
    words = [t for t in label if t.is_alpha]
    if not words or len(words) > LABEL_MAX or len(label) > LABEL_MAX + 2:
        return False
    if not all(t.is_upper or (t.is_punct and t.text in ".-'’") for t in label):
        return False
    if any(t.ent_type_ == "PERSON" for t in label):
        return False
    if place(doc[first : colon.i].text) is not None or any(
        t.ent_type_ in PLACE_TYPES for t in label
    ):
        return True
    return len(_CAPS_LABEL.findall(doc_text(doc))) == 1


def names_a_place(words: list[Token]) -> bool:
    """Whether these words name a place (the gazetteer, or the NER where it knows)."""
    if not words:
        return False
    text = words[0].doc[words[0].i : words[-1].i + 1].text
    return place(text) is not None or all(t.ent_type_ in PLACE_TYPES for t in words)


def outside_brackets(tokens: list[Token]) -> list[Token]:
    """The words outside brackets: a label less its agency credit ("KABUL (Pajhwok):"), a
    source less the seat it holds ("Peter Costello (Higgins, Liberal)")."""
    kept, depth = [], 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept


def _looks_like_dateline(span: SpacySpan) -> bool:
    """Names, numbers, a date and a bracketed or slashed credit, and at least one sign of a
    dateline: the credit, a date, or a place in capitals ("BANGKOK")."""
    depth = 0
    credit = dated = capital = False
    words = 0
    for token in span:
        if token.text in ("(", "/") and depth == 0:
            depth = 1
            continue
        if token.text in (")", "/") and depth == 1:
            depth = 0
            credit = True
            continue
        if depth:
            continue  # anything goes inside the credit: "(dpa)", "(UN News)"
        if not _dateline_word(token):
            return False
        if token.is_alpha:
            words += 1
        if token.lower_ in MONTHS or token.ent_type_ == "DATE":
            dated = True
        if token.is_alpha and words == 1:
            capital = token.is_upper and len(token) > 1  # the place leads: "BANGKOK, ..."
    return words <= 8 and (credit or dated or capital)


def _glued(left: Token, right: Token) -> bool:
    """True if no space parts the two tokens."""
    return left.i + 1 == right.i and not left.whitespace_


def whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen doc[start:end] over hyphen-joined parts of its first and last words."""
    while (
        start >= 2
        and doc[start - 1].text in HYPHENS
        and _glued(doc[start - 1], doc[start])
        and _glued(doc[start - 2], doc[start - 1])
        and doc[start - 2].is_alpha
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and end > start
        and doc[end].text in HYPHENS
        and _glued(doc[end - 1], doc[end])
        and _glued(doc[end], doc[end + 1])
        and doc[end + 1].is_alpha
    ):
        end += 2
    return start, end


def _inside_bracket(phrase: SpacySpan) -> SpacySpan:
    """A phrase that crosses an opening bracket it does not close: a bracket closed right
    after it belongs to it ("Iraq Body Count (IBC)"); otherwise the phrase runs into a
    parenthesis the speaker stands in, and starts there ("... occupy Iraq(The 9/11
    Commission report concluded ...")."""
    doc = phrase.doc
    opened = [t for t in phrase if "(" in t.text and ")" not in t.text]  # "Iraq(The" too
    closed = [t for t in phrase if ")" in t.text and "(" not in t.text]
    if len(opened) <= len(closed):
        return phrase
    close = phrase.end
    while close < len(doc) and doc[close].text == ".":  # "(R-Tex.)": an abbreviation's dot
        close += 1
    if close < len(doc) and doc[close].text == ")":
        return doc[phrase.start : close + 1]
    inner = trim_phrase(doc, opened[-1].i + 1, phrase.end)  # "Iraq(The" is one token
    return inner if len(inner) else phrase
