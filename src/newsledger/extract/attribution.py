"""Attributions: who said what, named or anonymous, direct or indirect.

Not built yet: the component writes an empty list so the record always has its key.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extensions import register_extensions
from newsledger.records import Attribution


@Language.factory("newsledger_attribution", assigns=["doc._.nl_attributions"])
def make_attribution(nlp: Language, name: str) -> AttributionExtractor:
    register_extensions()
    return AttributionExtractor()


class AttributionExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_attributions = []
        return doc


def attribution_from_doc(doc: Doc) -> list[Attribution]:
    """The records this component left on the doc."""
    return list(doc._.nl_attributions or [])


def sourcing_profile(attributions: list[Attribution]) -> dict[str, object]:
    """How an article is sourced: counts, anonymous share, named sources, direct vs indirect."""
    total = len(attributions)
    kinds: dict[str, int] = {}
    named: dict[str, int] = {}
    for attribution in attributions:
        kind = attribution.source.kind if attribution.source else "unknown"
        kinds[kind] = kinds.get(kind, 0) + 1
        if attribution.source and kind == "named":
            named[attribution.source.span.text] = named.get(attribution.source.span.text, 0) + 1
    direct = sum(1 for a in attributions if a.direct)
    return {
        "attributions": total,
        "direct": direct,
        "indirect": total - direct,
        "by_kind": kinds,
        "anonymous_share": round(kinds.get("anonymous", 0) / total, 3) if total else 0.0,
        "named_sources": [{"name": k, "attributions": v} for k, v in named.items()],
    }
