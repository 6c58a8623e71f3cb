"""Companies doing business: a takeover, a deal between firms, a company welcoming a review.

"BT has agreed to buy rival operator TalkTalk", "Virgin Media called it a stitch-up": news,
but no political event unless a political actor acts in it (the coder's sectors decide
that first). A company is what the article itself calls one: an entity with a business
noun among its mentions or in apposition ("the firm", "The UK's biggest broadband
provider, BT"), a company suffix ("Inc", "plc", "Holdings"), or the dictionaries' MNC or
business sector.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import COMPANY_SUFFIXES
from newsledger.extract.entities.phoenix import actor_codes
from newsledger.records import Entity

BUSINESS_NOUNS = frozenset(
    "company firm provider operator retailer carrier airline lender insurer maker "
    "manufacturer automaker carmaker supplier brand chain conglomerate startup administrator "
    "broadband telecom".split()
)
BUSINESS_SECTORS = ("MNC", "BUS")
STATE_WORDS = frozenset({"state", "state-owned", "state-run", "national", "government"})


def company_tokens(doc: Doc) -> set[int]:
    """Token indices of every mention of an entity the article shows to be a company."""
    tokens: set[int] = set()
    for entity in doc._.nl_entities or []:
        if entity.type != "ORG":
            continue
        spans = [
            span
            for m in entity.mentions
            if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        ]
        if _a_company(entity, spans):
            tokens.update(t.i for span in spans for t in span)
    return tokens


def _a_company(entity: Entity, spans: list[SpacySpan]) -> bool:
    words = entity.name.split()
    if words and words[-1].lower() in COMPANY_SUFFIXES:
        return True
    if any(
        code[:3] in BUSINESS_SECTORS or code[3:6] in BUSINESS_SECTORS
        for code in actor_codes(entity.name)
    ):
        return True
    for span in spans:
        if _business_noun(span.root) and span.root.is_lower:
            return True  # "the firm", linked to this entity
        apposed = [c for c in span.root.children if c.dep_ == "appos"]
        if span.root.dep_ == "appos":
            apposed.append(span.root.head)
        if any(_business_noun(a) for a in apposed):
            return True  # "The UK's biggest broadband provider, BT"
    return False


def _business_noun(noun: Token) -> bool:
    """A business noun not owned by a state ("Belarus's state oil company" is the state's)."""
    if noun.lemma_.lower() not in BUSINESS_NOUNS:
        return False
    return not any(c.lower_ in STATE_WORDS for c in noun.children)


def among_companies(spans: list[SpacySpan], companies: set[int]) -> bool:
    """Every span names a company (its head is a company mention or a business noun)."""
    return bool(spans) and all(
        span.root.i in companies or _business_noun(span.root) for span in spans
    )
