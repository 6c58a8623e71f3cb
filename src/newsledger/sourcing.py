"""How an article is sourced: the profile stored with every record (`record["sourcing"]`).

One function, used by the pipeline when it makes a record and by the web view for a record
that carries no profile, so `newsledger show` and /article/ID cannot disagree."""

from __future__ import annotations

from typing import Any

from newsledger.records import Attribution, Cue, Source, Span


def sourcing_profile(
    attributions: list[Attribution], entity_names: dict[str, str] | None = None
) -> dict[str, object]:
    """How an article is sourced: counts, anonymous share, named sources, direct vs indirect.

    Statements are counted (said, wrote, according to); attitudes (wants, fears, believes)
    are listed apart, with who holds them. A named source tied to an entity is listed under
    the entity's canonical name ("Thomas Fanning", not "he" or "The CEO of Southern
    Company, Thomas Fanning")."""
    entity_names = entity_names or {}
    attitudes = [a for a in attributions if a.kind == "attitude"]
    attributions = [a for a in attributions if a.kind != "attitude"]
    total = len(attributions)
    kinds: dict[str, int] = {}
    named: dict[str, dict[str, object]] = {}
    for attribution in attributions:
        kind = attribution.source.kind if attribution.source else "unknown"
        kinds[kind] = kinds.get(kind, 0) + 1
        source = attribution.source
        if source is not None and kind == "named":
            key = source.entity or source.span.text
            entry = named.setdefault(
                key,
                {"name": source.span.text, "entity": source.entity, "attributions": 0, "direct": 0},
            )
            if source.entity in entity_names:
                entry["name"] = entity_names[source.entity]
            elif source.span.text[:1].isupper() and len(source.span.text) > len(str(entry["name"])):
                entry["name"] = source.span.text
            entry["attributions"] = int(entry["attributions"]) + 1  # type: ignore[call-overload]
            entry["direct"] = int(entry["direct"]) + int(attribution.direct)  # type: ignore[call-overload]
    direct = sum(1 for a in attributions if a.direct)
    return {
        "attributions": total,
        "direct": direct,
        "indirect": total - direct,
        "by_kind": kinds,
        "anonymous_share": round(kinds.get("anonymous", 0) / total, 3) if total else 0.0,
        "named_sources": list(named.values()),
        "cues": _cue_counts(attributions),
        "attitudes": len(attitudes),
        "attitude_holders": _holders(attitudes, entity_names),
    }


def _holders(attitudes: list[Attribution], entity_names: dict[str, str]) -> list[dict[str, object]]:
    """Who holds the attitudes, most first: {"name", "entity", "attitudes"}."""
    held: dict[str, dict[str, object]] = {}
    for attitude in attitudes:
        source = attitude.source
        if source is None:
            continue
        key = source.entity or source.span.text.lower()
        name = entity_names.get(source.entity or "", source.span.text)
        entry = held.setdefault(key, {"name": name, "entity": source.entity, "attitudes": 0})
        entry["attitudes"] = int(entry["attitudes"]) + 1  # type: ignore[call-overload]
    return sorted(held.values(), key=lambda e: (-int(e["attitudes"]), str(e["name"])))  # type: ignore[call-overload]


def _cue_counts(attributions: list[Attribution]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for attribution in attributions:
        counts[attribution.cue.lemma] = counts.get(attribution.cue.lemma, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def attributions_from_dicts(items: list[dict[str, Any]]) -> list[Attribution]:
    """Attribution records back from their JSON form (enough for a profile)."""

    def span(d: dict[str, Any]) -> Span:
        return Span(d["start"], d["end"], d["text"])

    attributions = []
    for a in items:
        source = a.get("source")
        attributions.append(
            Attribution(
                a["id"],
                Source(span(source), source.get("kind") or "unknown", source.get("entity"))
                if source else None,
                Cue(span(a["cue"]), a["cue"].get("lemma") or a["cue"]["text"]),
                [span(c) for c in a.get("content") or []],
                bool(a.get("direct")),
                a.get("kind") or "statement",
            )
        )  # fmt: skip
    return attributions


def record_sourcing_profile(record: dict[str, Any]) -> dict[str, Any]:
    """The profile the pipeline would have stored for a record in JSON form that has none
    (written by hand or by another tool): the same function over the same attributions."""
    attributions = attributions_from_dicts(record.get("attributions") or [])
    names = {e["id"]: e["name"] for e in record.get("entities") or []}
    return sourcing_profile(attributions, names)
