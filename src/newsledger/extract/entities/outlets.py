"""News outlets by the last word of their name: "The Sydney Morning Herald" (which the small
model calls an event), "Kyodo News", "the Korea JoongAng Daily". Outlets are among the
sources news cites most, so their type decides a source's kind."""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.extract.entities.given_names import opens_with_given_name

# Last words of outlets' names, as written (capitalised). Left out where another kind of
# name ends so too: "Globe" (the Golden Globes), "Record", "Review", "Standard", "Express",
# "TV" (Apple TV, a product).
OUTLET_LAST_WORDS = frozenset(
    "Times Post Journal Herald Tribune Gazette Telegraph Guardian Chronicle Inquirer "
    "Dispatch Bulletin Examiner Courier Observer Mirror Daily Weekly Magazine News Press".split()
)


def outlet_name(span: Span) -> bool:
    """True for a name of two words or more ending in an outlet's word and opening with no
    given name ("Jim Press" and "Emily Post" are people)."""
    return (
        len(span) >= 2
        and span[-1].text in OUTLET_LAST_WORDS
        and span[0].is_title
        and not opens_with_given_name(span)
    )
