"""Quantities with units normalised and bounds kept.

Not built yet: the component writes an empty list so the record always has its key.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extensions import register_extensions
from newsledger.records import Quantity


@Language.factory("newsledger_quantities", assigns=["doc._.nl_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    register_extensions()
    return QuantityExtractor()


class QuantityExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_quantities = []
        return doc


def quantities_from_doc(doc: Doc) -> list[Quantity]:
    """The records this component left on the doc."""
    return list(doc._.nl_quantities or [])
