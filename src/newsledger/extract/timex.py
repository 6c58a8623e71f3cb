"""Time expressions, normalised to TIMEX3 values against the article date.

Not built yet: the component writes an empty list so the record always has its key.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extensions import register_extensions
from newsledger.records import Timex


@Language.factory("newsledger_timex", assigns=["doc._.nl_timexes"])
def make_timex(nlp: Language, name: str) -> TimexExtractor:
    register_extensions()
    return TimexExtractor()


class TimexExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_timexes = []
        return doc


def timex_from_doc(doc: Doc) -> list[Timex]:
    """The records this component left on the doc."""
    return list(doc._.nl_timexes or [])
