"""Credit lines: a quotation followed by a dash and the speaker's name, the name ending its
line ("“We are not afraid.” ― Maria Lopez", "... in hell.”— Ana Ruiz, 34, a teacher").

Vox pops, reader responses and epigraphs credit quotes this way, with no verb of saying:
the dash is the cue, the quotation the content and the name the source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.rules import Draft
from newsledger.extract.entities.headlines import NAME_PARTICLES

CREDIT = "—"  # the draft's lemma for every credit dash
CREDIT_DASHES = frozenset({"—", "―", "–", "--"})
NAME_MAX = 5
DESCRIPTION_MAX = 15  # ", 34, a teacher in Phoenix": what may follow the name on its line


def credit_draft(token: Token, quoted_before: tuple[int, int] | None) -> Draft | None:
    """The credit a dash gives right after a quotation (`quoted_before`, its characters)."""
    if token.text not in CREDIT_DASHES or quoted_before is None:
        return None
    doc = token.doc
    name: list[Token] = []
    k = token.i + 1
    while k < len(doc) and len(name) <= NAME_MAX and _name_word(doc[k]):
        name.append(doc[k])
        k += 1
    if not name or len(name) > NAME_MAX or not any(t.is_alpha and len(t) > 1 for t in name):
        return None
    if not _line_ends_after(doc, k):
        return None
    content = {t.i for t in doc.char_span(*quoted_before, alignment_mode="expand") or []}
    if not content:
        return None
    return Draft([token.i], CREDIT, [t.i for t in name], content, 0.5, direct=True)


def _name_word(token: Token) -> bool:
    """A word of a name: capitalised ("Herridge", "Jr."), an initial ("J.") or a particle
    inside a name ("de", "van") — never the line's end."""
    if "\n" in token.text or token.is_space:
        return False
    return token.text[:1].isupper() or token.lower_ in NAME_PARTICLES


def _line_ends_after(doc: Doc, k: int) -> bool:
    """Whether the name closes its line: nothing after it, a full stop, or a short
    description with no verb (", 34, a nurse in Phoenix"), then the line's end."""
    if k < len(doc) and doc[k].text == ".":
        k += 1
    if k >= len(doc) or "\n" in doc[k].text:
        return True
    if doc[k].text != ",":
        return False
    end = k + 1
    while end < len(doc) and "\n" not in doc[end].text:
        if doc[end].pos_ in ("VERB", "AUX") or end - k > DESCRIPTION_MAX:
            return False
        end += 1
    return True
