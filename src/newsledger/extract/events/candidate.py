"""One event read from a sentence: the record the clause readers fill in."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.events.actors import ActorCode


@dataclass(slots=True)
class Candidate:
    """One event read from a sentence, before it is tied to the article's records."""

    trigger: Token  # the cue word (a verb, or the event noun)
    predicate: Token  # the word whose arguments are the actors (the light verb for "held talks")
    category: str
    status: str = "happened"
    negated: bool = False
    source: list[SpacySpan] = field(default_factory=list)
    target: list[SpacySpan] = field(default_factory=list)
    place: SpacySpan | None = None
    wrapped_by: Candidate | None = None
    depth: int = 0
    source_codes: list[ActorCode] = field(default_factory=list)
    target_codes: list[ActorCode] = field(default_factory=list)
    category_rules: list[str] = field(default_factory=list)  # the category rules that applied

    @property
    def start_char(self) -> int:
        return self.trigger.idx

    @property
    def end_char(self) -> int:
        return self.trigger.idx + len(self.trigger.text)
