"""An article record as a page: annotated text plus a side panel a reporter can scan.

The same view model feeds the web app (`/article/{id}`) and `newsledger read --format html`
(`write_html`: one self-contained file, CSS and script inlined, nothing fetched).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any, TextIO
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsledger.sourcing import record_sourcing_profile
from newsledger.web.annotate import Mark, annotate, data_attrs

Record = dict[str, Any]
EntityHref = Callable[[dict[str, Any]], str]

CONTENT_PREVIEW = 220


@cache
def environment() -> Environment:
    """The one Jinja2 environment: autoescaping on for every template."""
    env = Environment(
        loader=PackageLoader("newsledger.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = percent
    env.filters["entity_url"] = entity_url
    return env


def static_text(name: str) -> str:
    """A file from web/static, for inlining into the self-contained page."""
    return resources.files("newsledger.web").joinpath("static", name).read_text("utf-8")


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def entity_url(name: str) -> str:
    """The ledger app's page for an entity, keyed by its canonical name."""
    return "/entity/" + quote(name, safe="")


def _tip_for_timex(timex: dict[str, Any]) -> str:
    value = str(timex.get("value") or "?")
    kind = str(timex.get("type") or "").lower()
    tip = value if kind in ("date", "") else f"{value} ({kind})"
    if timex.get("mod"):
        tip += f" · {str(timex['mod']).lower()}"
    interval = timex.get("interval") or {}
    if interval.get("begin") and interval.get("end") and interval["begin"] != interval["end"]:
        tip += f" · {interval['begin']} → {interval['end']}"
    return tip


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:.4g}"
    return str(value)


def quantity_tip(quantity: dict[str, Any]) -> str:
    """The normalised value in words a reader checks against the text, e.g.
    `about 190 mile = 305,775 m`."""
    parts: list[str] = []
    bound = quantity.get("bound")
    if bound and bound not in ("exact", "range"):
        parts.append(str(bound).replace("_", " "))
    value = quantity.get("value")
    if value is not None:
        number = _number(value)
        if quantity.get("high") is not None:
            number += f"–{_number(quantity['high'])}"
        parts.append(f"{number} {quantity.get('currency') or quantity.get('unit') or ''}".strip())
    si_value, si_unit = quantity.get("si_value"), quantity.get("si_unit")
    unit = quantity.get("currency") or quantity.get("unit")
    if si_value is not None and si_unit and (si_unit != unit or si_value != value):
        parts.append(f"= {_number(si_value)} {si_unit}")
    tip = " ".join(parts) or "quantity"
    if quantity.get("counted"):
        tip += f" · {quantity['counted']}"
    return tip


def record_marks(record: Record, entity_href: EntityHref, prefix: str = "") -> list[Mark]:
    """Every span of the record as a mark: regions, attributions, mentions, events, times,
    quantities. `prefix` keeps element ids unique when several articles share a page."""
    marks: list[Mark] = []
    for region in record["article"].get("regions") or []:
        classes = ["nl-region", f"nl-region-{region.get('kind', 'other')}"]
        if region.get("furniture"):
            classes.append("nl-furniture")
        marks.append(Mark(region["start"], region["end"], tuple(classes), rank=0, layer="region"))
    for attribution in record.get("attributions") or []:
        group = prefix + attribution["id"]
        direct = bool(attribution.get("direct"))
        for number, content in enumerate(attribution.get("content") or []):
            marks.append(
                Mark(
                    content["start"], content["end"],
                    ("nl-content", "nl-direct" if direct else "nl-indirect"),
                    rank=10, attrs=(("data-attr", group),),
                    first_attrs=(("id", group),) if number == 0 else (), layer="content",
                )
            )  # fmt: skip
        source = attribution.get("source")
        if source and source.get("end", 0) > source.get("start", 0):
            kind = source.get("kind") or "unknown"
            marks.append(
                Mark(
                    source["start"], source["end"], ("nl-source", f"nl-kind-{kind}"), rank=20,
                    attrs=(("data-attr", group), ("title", f"source · {kind}")), layer="source",
                )
            )  # fmt: skip
        cue = attribution["cue"]
        marks.append(
            Mark(
                cue["start"], cue["end"], ("nl-cue",), rank=20,
                attrs=(("data-attr", group), ("title", f"cue · {cue.get('lemma') or cue['text']}")),
                layer="cue",
            )
        )  # fmt: skip
    for entity in record.get("entities") or []:
        href = entity_href(entity)
        for mention in entity.get("mentions") or []:
            marks.append(
                Mark(
                    mention["start"], mention["end"],
                    ("nl-mention", f"nl-type-{str(entity.get('type', '')).lower()}"),
                    tag="a", rank=30,
                    attrs=(("href", href), ("data-entity", prefix + entity["id"]),
                           ("title", f"{entity['name']} · {entity.get('type', '')}")),
                    layer="mention",
                )
            )  # fmt: skip
    for event in record.get("events") or []:
        trigger = event["trigger"]
        marks.append(
            Mark(
                trigger["start"], trigger["end"], ("nl-event",), rank=35,
                attrs=data_attrs({"event": prefix + event["id"]}),
                first_attrs=(("id", f"{prefix}ev-{event['id']}"),), layer="event",
            )
        )  # fmt: skip
    for timex in record.get("timexes") or []:
        marks.append(
            Mark(
                timex["start"], timex["end"], ("nl-timex", "nl-tip"), rank=40,
                attrs=(("data-tip", _tip_for_timex(timex)), ("data-value", str(timex.get("value")))),
                layer="timex",
            )
        )  # fmt: skip
    for quantity in record.get("quantities") or []:
        marks.append(
            Mark(
                quantity["start"], quantity["end"], ("nl-quantity", "nl-tip"), rank=45,
                attrs=(("data-tip", quantity_tip(quantity)),), layer="quantity",
            )
        )  # fmt: skip
    return marks


def _source_key(attribution: dict[str, Any]) -> str | None:
    source = attribution.get("source") or {}
    if source.get("entity"):
        return "entity:" + source["entity"]
    text = (source.get("text") or "").strip().lower()
    return "text:" + text if text else None


def sourcing_profile(record: Record) -> dict[str, Any]:
    """The side panel's sourcing numbers: the record's own profile (`record["sourcing"]`,
    made by newsledger.sourcing.sourcing_profile when the article was analysed;
    computed by that same function for a record without one), laid out for the page. The
    named sources are the profile's: attributions whose source kind is "named". Beside it,
    shares as fractions and the number of distinct sources."""
    profile = record.get("sourcing") or record_sourcing_profile(record)
    attributions = record.get("attributions") or []
    entities = {e["id"]: e for e in record.get("entities") or []}
    total = int(profile.get("attributions") or 0)
    direct = int(profile.get("direct") or 0)
    kinds: dict[str, int] = profile.get("by_kind") or {}
    named = [
        {**source, "entity": entities.get(source.get("entity") or "")}
        for source in profile.get("named_sources") or []
    ]
    return {
        "attributions": total,
        "sources": len({key for a in attributions if (key := _source_key(a))}),
        "direct": direct,
        "indirect": int(profile.get("indirect") or total - direct),
        "direct_share": direct / total if total else None,
        "anonymous": kinds.get("anonymous", 0),
        "anonymous_share": profile.get("anonymous_share") if total else None,
        "kinds": sorted(kinds.items(), key=lambda item: (-item[1], item[0])),
        "named": sorted(named, key=lambda n: (-n["attributions"], n["name"])),
        "attitudes": int(profile.get("attitudes") or 0),
        "attitude_holders": [
            {**holder, "entity": entities.get(holder.get("entity") or "")}
            for holder in profile.get("attitude_holders") or []
        ],
    }


def _preview(text: str, limit: int = CONTENT_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def attribution_rows(record: Record, prefix: str = "") -> list[dict[str, Any]]:
    """Who said what, in text order, for the side panel."""
    entities = {e["id"]: e for e in record.get("entities") or []}
    rows = []
    for attribution in record.get("attributions") or []:
        source = attribution.get("source") or {}
        entity = entities.get(source.get("entity") or "")
        contents = attribution.get("content") or []
        rows.append(
            {
                "group": prefix + attribution["id"],
                "source": source.get("text") or "(no source)",
                "entity": entity,
                "kind": source.get("kind") or "unknown",
                "cue": attribution["cue"].get("lemma") or attribution["cue"]["text"],
                "content": _preview(" … ".join(c["text"] for c in contents)),
                "pieces": len(contents),
                "direct": bool(attribution.get("direct")),
                "attitude": attribution.get("kind") == "attitude",
                "start": min([attribution["cue"]["start"], *(c["start"] for c in contents)]),
            }
        )
    return sorted(rows, key=lambda row: row["start"])


def party_words(event: dict[str, Any], role: str) -> str | None:
    """The words naming an actor or target that is no entity ("the court"), shown only when
    they were coded as an actor (a country or a sector): a phrase the coder could not place
    ("the first time") is evidence in the record, not a name for a reader."""
    span = event.get(f"{role}_span")
    return span["text"] if span and event.get(f"{role}_codes") else None


def event_timeline(record: Record, prefix: str = "") -> list[dict[str, Any]]:
    """Events in the order of the time they are about (undated ones last, by position)."""
    names = {e["id"]: e["name"] for e in record.get("entities") or []}
    rows = []
    for event in record.get("events") or []:
        time = event.get("time")
        dated = bool(time and str(time)[:4].isdigit())
        rows.append(
            {
                "anchor": f"{prefix}ev-{event['id']}",
                "group": prefix + event["id"],
                "when": time if dated else None,
                "time": time,
                "type": str(event.get("type") or "event").replace("_", " "),
                "status": event.get("status") or "happened",
                "actor": names.get(event.get("actor") or "") or party_words(event, "actor"),
                "target": names.get(event.get("target") or "") or party_words(event, "target"),
                "place": names.get(event.get("place") or ""),
                "trigger": event["trigger"]["text"],
                "attribution": prefix + event["attribution"] if event.get("attribution") else None,
                "order": (0 if dated else 1, str(time) if dated else "", event["trigger"]["start"]),
            }
        )
    return sorted(rows, key=lambda row: row["order"])


def entity_groups(record: Record) -> list[tuple[str, list[dict[str, Any]]]]:
    """Entities by type, most mentioned first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for entity in record.get("entities") or []:
        groups.setdefault(entity.get("type") or "OTHER", []).append(entity)
    order = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]
    return [
        (kind, sorted(items, key=lambda e: (-len(e.get("mentions") or []), e["name"])))
        for kind, items in sorted(
            groups.items(), key=lambda g: (order.index(g[0]) if g[0] in order else 99, g[0])
        )
    ]


def article_view(record: Record, entity_href: EntityHref, prefix: str = "") -> dict[str, Any]:
    """Everything the article template shows, computed once."""
    text = record["article"]["text"]
    return {
        "article": record["article"],
        "prefix": prefix,
        "body": annotate(text, record_marks(record, entity_href, prefix)),
        "profile": sourcing_profile(record),
        "attributions": attribution_rows(record, prefix),
        "events": event_timeline(record, prefix),
        "entities": entity_groups(record),
        "entity_href": entity_href,
        "timexes": record.get("timexes") or [],
        "quantities": [dict(q, tip=quantity_tip(q)) for q in record.get("quantities") or []],
    }


def standalone_href(prefix: str) -> EntityHref:
    """In a single file there is no entity page: mentions jump to the side panel entry."""
    return lambda entity: f"#{prefix}entity-{entity['id']}"


def render_standalone(records: Iterable[Record]) -> str:
    """One self-contained HTML document for one or more article records."""
    views = [
        article_view(record, standalone_href(f"r{n}-"), prefix=f"r{n}-")
        for n, record in enumerate(records, start=1)
    ]
    template = environment().get_template("standalone.html")
    return template.render(
        views=views,
        css=Markup(static_text("newsledger.css")),
        script=Markup(static_text("article.js")),
    )


def write_html(records: Iterable[Record], out: TextIO) -> None:
    """`newsledger read --format html`: write the records as one self-contained HTML page."""
    out.write(render_standalone(records))
