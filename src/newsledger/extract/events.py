"""Events: what happened, was decided, planned, feared or denied.

Not built yet: the component writes an empty list so the record always has its key.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extensions import register_extensions
from newsledger.records import Event


@Language.factory("newsledger_events", assigns=["doc._.nl_events"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    register_extensions()
    return EventExtractor()


class EventExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_events = []
        return doc


def events_from_doc(doc: Doc) -> list[Event]:
    """The records this component left on the doc."""
    return list(doc._.nl_events or [])
