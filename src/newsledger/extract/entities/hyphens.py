"""Names the tokenizer cut at a hyphen: "Lai Ching–te", "Hou Yu‑ih".

spaCy splits a word at a hyphen or dash between letters ("Ching", "–", "te"), and the small
model often ends the name at the dash, so the entity is "Lai Ching" and the article's
"Lai" then means a different person from every other report's "Lai Ching-te". A dash glued
to the name on both sides, and the word glued to it, belong to the name, unless that word
names a person of its own elsewhere ("a Putin-Trump meeting").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.gazetteer import place

# Hyphen, non-breaking hyphen, figure dash, en and em dash, minus, as a name may carry them.
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
# The heads of compound adjectives after a name ("Lai-led", "Taipei-based"): not syllables.
COMPOUND_HEADS = frozenset(
    "led based born run made era age type style like owned wide free era area backed linked".split()
)


def _glued_dash(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1 are a dash and a name part ("te", "Jones"), glued to the name
    and to each other."""
    if i + 1 >= len(doc) or i < 1:
        return False
    dash, word = doc[i], doc[i + 1]
    return (
        dash.text in DASHES
        and not doc[i - 1].whitespace_
        and not dash.whitespace_
        and word.is_alpha
        and doc[i - 1].is_alpha
        and (word.is_title or (word.is_lower and len(word) <= 4))
        and word.lower_ not in COMPOUND_HEADS
    )


def extend_over_dashes(doc: Doc, start: int, end: int, label: str) -> int:
    """The end of the person's name [start, end) once the glued dash-word pairs after it
    are taken; other names are left alone ("Boeing-Airbus rivalry" is two companies)."""
    while label == "PERSON" and _glued_dash(doc, end) and not _another_person(doc, end + 1):
        end += 2
    return end


def _another_person(doc: Doc, i: int) -> bool:
    """ "a Putin-Trump meeting": the word after the dash names a person of its own elsewhere
    in the article, so the two are two names, not one."""
    word = doc[i].text
    return any(
        ent.label_ == "PERSON" and ent.end - 1 != i and ent[-1].text == word for ent in doc.ents
    )


def split_at_free_dash(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """ "Algeria - Police", one name to the model: a dash standing apart after a place ends
    the name (a dateline and the report's first word); the place stays, a single word after
    it ("Police") is left to be read on its own. A name the text spaces out ("Wal - Mart")
    is no place and stays whole."""
    for i in range(start + 1, end - 1):
        token = doc[i]
        free = token.text in DASHES and token.whitespace_ and doc[i - 1].whitespace_
        if free and place(doc[start:i].text) is not None:
            parts = [(start, i, label)]
            if end - (i + 1) > 1:
                parts.append((i + 1, end, label))
            return parts
    return [(start, end, label)]
