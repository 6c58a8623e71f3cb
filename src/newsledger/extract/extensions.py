"""The Doc and Token extensions newsledger components read and write.

Registered once, explicitly (textacy's habit), never with ``force=True`` on every call.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

DOC_EXTENSIONS = (
    "published",  # datetime.date | None: the document creation time
    "regions",  # list[Region]: headline, byline, furniture… from the reader
    "nl_entities",  # list[Entity]
    "nl_mentions",  # list[tuple[int, int, str]]: (start_char, end_char, entity id), sorted
    "nl_agents",  # list[Entity]: unnamed actors ("police"), type AGENT, numbered after the named
    "nl_agent_mentions",  # list[tuple[int, int, str]]: as nl_mentions, for the agents
    "nl_attributions",  # list[Attribution]
    "nl_timexes",  # list[Timex]
    "nl_quantities",  # list[Quantity]
    "nl_events",  # list[Event]
)


# What spaCy's own pipeline (en_core_web_sm) leaves on a Doc that the rule readers use: a
# component lists these in `requires=` after the newsledger attributes it reads.
PARSED = [
    "doc.sents",
    "token.tag",
    "token.pos",
    "token.dep",
    "token.head",
    "token.lemma",
    "token.ent_type",
]


def register_extensions() -> None:
    """Add newsledger's extensions to spaCy's Doc and Token, if not there yet."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Token.has_extension("furniture"):
        Token.set_extension("furniture", default=False)


def remove_extensions() -> None:
    """Undo `register_extensions` (for tests)."""
    for name in DOC_EXTENSIONS:
        if Doc.has_extension(name):
            Doc.remove_extension(name)
    if Token.has_extension("furniture"):
        Token.remove_extension("furniture")
