"""A Markdown report of one article record: something a person can skim."""

from __future__ import annotations

from typing import Any

from newsledger.web.render import party_words


def _cell(value: object, limit: int = 120) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def _table(headers: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def markdown_report(record: dict[str, Any], max_rows: int | None = None) -> str:
    """Render an article record (its JSON form) as Markdown."""
    article = record["article"]
    names = {e["id"]: e["name"] for e in record["entities"]}
    out: list[str] = [f"# {article.get('headline') or '(no headline)'}", ""]
    meta = [
        f"published {article.get('published') or 'unknown'}",
        "by " + ", ".join(article["authors"]) if article.get("authors") else None,
        f"dateline {article['dateline']}" if article.get("dateline") else None,
        f"id {article['id'][:12]}",
        f"source {article['source']}" if article.get("source") else None,
    ]
    out += ["*" + " · ".join(m for m in meta if m) + "*", ""]

    def cap(rows: list) -> list:
        return rows if max_rows is None else rows[:max_rows]

    sourcing = record.get("sourcing") or {}
    total = sourcing.get("attributions", 0)
    out += ["## Sourcing", ""]
    if total:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted((sourcing.get("by_kind") or {}).items()))
        out.append(
            f"{total} statements ({sourcing.get('direct', 0)} direct, "
            f"{sourcing.get('indirect', 0)} indirect); anonymous share "
            f"{sourcing.get('anonymous_share', 0):.0%}; by kind: {kinds}."
        )
        named = sourcing.get("named_sources") or []
        if named:
            out.append(
                "Named sources: "
                + ", ".join(f"{n['name']} ({n['attributions']})" for n in named)
                + "."
            )
    elif not sourcing.get("attitudes"):
        out.append("No attributions found.")
    holders = sourcing.get("attitude_holders") or []
    if holders:
        out.append(
            f"Attitudes ({sourcing.get('attitudes', 0)}, not counted as statements): "
            + ", ".join(f"{h['name']} ({h['attitudes']})" for h in holders)
            + "."
        )
    out.append("")

    if record["attributions"]:
        out += ["## Who said what", ""]
        rows = []
        for a in cap(record["attributions"]):
            source = a.get("source") or {}
            who = source.get("text", "?")
            if source.get("entity") in names and names[source["entity"]] != who:
                who += f" → {names[source['entity']]}"
            content = " … ".join(c["text"] for c in a["content"])
            rows.append(
                [
                    who,
                    source.get("kind"),
                    a["cue"]["text"],
                    content,
                    "direct" if a["direct"] else "indirect",
                    a.get("kind") or "statement",
                ]
            )
        out += [*_table(["source", "kind", "cue", "content", "quote", "what"], rows), ""]

    if record["events"]:
        out += ["## Events (timeline)", ""]
        events = sorted(
            record["events"], key=lambda v: (v.get("time") or "9999", v["trigger"]["start"])
        )
        rows = [
            [v.get("time") or "", v["type"], v["trigger"]["text"],
             names.get(v.get("actor")) or party_words(v, "actor") or "",
             names.get(v.get("target")) or party_words(v, "target") or "",
             v["status"], v.get("attribution") or ""]
            for v in cap(events)
        ]  # fmt: skip
        out += [
            *_table(
                ["time", "category", "trigger", "actor", "target", "status", "attribution"], rows
            ),
            "",
        ]

    if record["entities"]:
        out += ["## Entities", ""]
        ranked = sorted(record["entities"], key=lambda e: -len(e["mentions"]))
        rows = [[e["name"], e["type"], len(e["mentions"])] for e in cap(ranked)]
        out += [*_table(["entity", "type", "mentions"], rows), ""]

    if record["timexes"]:
        out += ["## Time expressions", ""]
        rows = [
            [t["text"], t["type"], t["value"], t.get("mod") or ""] for t in cap(record["timexes"])
        ]
        out += [*_table(["expression", "type", "value", "mod"], rows), ""]

    if record["quantities"]:
        out += ["## Quantities", ""]
        rows = [
            [q["text"], q["value"], q.get("unit") or "", q.get("bound"), q.get("counted") or "",
             "" if q.get("si_value") is None else f"{q['si_value']:g} {q.get('si_unit') or ''}",
             q.get("measure") or "", (q.get("owner") or {}).get("text") or "", q.get("as_of") or ""]
            for q in cap(record["quantities"])
        ]  # fmt: skip
        header = ["quantity", "value", "unit", "bound", "counted", "SI", "measures", "of", "as of"]
        out += [*_table(header, rows), ""]
    return "\n".join(out).rstrip() + "\n"
