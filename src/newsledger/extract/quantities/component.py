"""Quantities with units normalised and bounds kept.

A claim ledger that drops the "about" in "about 190 miles" or the "more than" in
"more than 10,000 troops" misreports its source, so every quantity keeps its bound
(exact, about, more_than, less_than, at_least, at_most, range, vague) read from the
words around it. Numbers are found with compiled patterns over the text (spaCy's
tokens split "$2bn" or "25lbs" unpredictably); tokens are used only for context:
the counted noun, proper names ("Boeing 787") and furniture. Years, dates, clock
times and durations ("two months") are left to the time extractor; ordinals,
phone numbers and ids are ignored.

Conventions: a range keeps its low end in `value` and its high end in `high`; a
vague amount ("thousands of", "several hundred") carries its scale (1000, 100) as
`value` with bound "vague"; "nearly" and "almost" read as "about"; money has its
ISO 4217 code as both `unit` and `currency` ("USD / kilogram" for a price per unit);
counts have no unit and name what they count in `counted`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extract.common import doc_text
from newsledger.extract.extensions import register_extensions
from newsledger.extract.quantities.frames import read_frame
from newsledger.extract.quantities.ranges import Found
from newsledger.extract.quantities.reader import Reader
from newsledger.extract.quantities.units import to_si
from newsledger.records import Quantity, Span, Timex


@Language.factory(
    "newsledger_quantities",
    requires=[
        "doc._.nl_timexes",
        "token._.furniture",
        "token.is_sent_start",
        "token.tag",
        "token.pos",
        "token.dep",
        "token.head",
        "token.lemma",
        "token.ent_type",
    ],
    assigns=["doc._.nl_quantities"],
)
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    register_extensions()
    return QuantityExtractor()


class QuantityExtractor:
    """spaCy component: writes `doc._.nl_quantities`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_quantities = find_quantities(doc)
        return doc


def quantities_from_doc(doc: Doc) -> list[Quantity]:
    """The records this component left on the doc."""
    return list(doc._.nl_quantities or [])


def find_quantities(doc: Doc, keep_time: bool = False) -> list[Quantity]:
    """Every quantity in the doc; `keep_time` also returns years and durations (for scoring)."""
    text = doc_text(doc)
    if not text:
        return []
    reader = Reader(doc, text)
    timexes = list(doc._.nl_timexes or [])  # read by each quantity's frame (its as-of time)
    found = reader.read()
    quantities = []
    for item in found:
        if item.kind == "name" or (item.kind != "quantity" and not keep_time):
            continue
        if reader.tokens.touches_furniture(item.start, item.end):
            continue
        quantities.append(_record(doc, item, timexes))
    return quantities


def _record(doc: Doc, item: Found, timexes: list[Timex]) -> Quantity:
    text = doc_text(doc)
    unit = item.unit
    si_value, si_unit = to_si(item.value, unit) if unit else (None, None)
    frame = read_frame(
        doc, item.start, item.end, unit.name if unit else None, unit.currency if unit else None,
        si_unit, item.counted, timexes,
    )  # fmt: skip
    return Quantity(
        span=Span.of(text, item.start, item.end),
        value=item.value,
        unit=unit.name if unit else None,
        si_value=si_value,
        si_unit=si_unit,
        bound=item.bound,
        counted=item.counted,
        high=item.high,
        unit_text=item.unit_text,
        currency=unit.currency if unit else None,
        measure=frame.measure,
        owner=Span.of(text, *frame.owner) if frame.owner else None,
        as_of=frame.as_of,
    )
