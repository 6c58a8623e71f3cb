"""The ledger's record types and their JSON form (`newsledger.article/1`).

Every extracted item carries character offsets into ``article.text`` exactly as
given, so each record can be checked against its evidence: ``text[start:end]``.
The JSON shape is the contract in ``shared/conventions/article-json.md``: fields
may be added, never renamed or removed without bumping ``SCHEMA``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "newsledger.article/1"
# The entity type of an unnamed actor ("police", "the court"): an event's actor or target
# where no name is given; it belongs to its article and is never linked across articles.
AGENT_TYPE = "AGENT"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Region:
    """A marked stretch of the input (headline, byline, furniture…)."""

    start: int
    end: int
    text: str
    kind: str
    furniture: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    # How the mentions were linked (e.g. "surname", "title", "pronoun", "alias"): kept for audit.
    links: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Source:
    span: Span
    kind: str  # named|anonymous|group|organization|document|unknown
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "entity": self.entity, "kind": self.kind}


@dataclass(slots=True)
class Cue:
    span: Span
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "lemma": self.lemma}


@dataclass(slots=True)
class Attribution:
    id: str
    source: Source | None
    cue: Cue
    content: list[Span]
    direct: bool
    kind: str = "statement"  # statement (said, wrote, a poll shows) | attitude (wants, fears)
    confidence: float | None = None  # the verifier's probability; None when rules alone kept it
    model: str = "rules"  # what kept it: "rules" or the verifier's version

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": [c.to_dict() for c in self.content],
            "direct": self.direct,
            "kind": self.kind,
            "confidence": self.confidence,
            "model": self.model,
        }


@dataclass(slots=True)
class Timex:
    span: Span
    type: str  # DATE|TIME|DURATION|SET
    value: str
    mod: str | None = None
    begin: str | None = None
    end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            # The calendar interval the value covers (ISO dates), for sorting and filtering;
            # not "begin"/"end" at top level, where "end" is the span's end offset.
            "interval": {"begin": self.begin, "end": self.end} if self.begin or self.end else None,
        }


@dataclass(slots=True)
class Quantity:
    span: Span
    value: float
    unit: str | None
    si_value: float | None = None
    si_unit: str | None = None
    bound: str = "exact"
    counted: str | None = None
    high: float | None = None
    unit_text: str | None = None
    currency: str | None = None
    # The frame: what the number measures ("injured", "votes", "length"), whose it is, as of when.
    measure: str | None = None
    owner: Span | None = None
    as_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "value": self.value,
            "high": self.high,
            "unit": self.unit,
            "unit_text": self.unit_text,
            "currency": self.currency,
            "si_value": self.si_value,
            "si_unit": self.si_unit,
            "bound": self.bound,
            "counted": self.counted,
            "measure": self.measure,
            "owner": self.owner.to_dict() if self.owner else None,
            "as_of": self.as_of,
        }


@dataclass(slots=True)
class Event:
    id: str
    trigger: Span
    type: str
    status: str
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    time: str | None = None
    attribution: str | None = None
    # PLOVER actor coding, a list since actors can be coordinated: [{"code": "USA", "sector": "GOV"}]
    actor_codes: list[dict[str, str | None]] = field(default_factory=list)
    target_codes: list[dict[str, str | None]] = field(default_factory=list)
    model: str = "rules"  # what decided the category: "rules" or the learned model's version
    # The words that name the actor and target, entity or not ("Farmers in the town of X").
    actor_span: Span | None = None
    target_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "trigger": self.trigger.to_dict(),
            "type": self.type,
            "actor": self.actor,
            "actor_span": self.actor_span.to_dict() if self.actor_span else None,
            "target": self.target,
            "target_span": self.target_span.to_dict() if self.target_span else None,
            "place": self.place,
            "time": self.time,
            "status": self.status,
            "attribution": self.attribution,
            "actor_codes": [dict(c) for c in self.actor_codes],
            "target_codes": [dict(c) for c in self.target_codes],
            "model": self.model,
        }


@dataclass(slots=True)
class ArticleInfo:
    id: str
    text: str
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: str | None = None
    # Which signal gave `published`: "meta:article:published_time", "htmldate", "feed", "text",
    # "record", "given" (--published); None when there is no date.
    published_from: str | None = None
    source: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    language: str = "en"
    regions: list[Region] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "authors": list(self.authors),
            "dateline": self.dateline,
            "published": self.published,
            "published_from": self.published_from,
            "source": self.source,
            "external_id": self.external_id,
            "outlet": self.outlet,
            "language": self.language,
            # The date relative times ("on Sunday", "a year ago") were resolved against; null when
            # the article has no date, and then only absolute expressions carry full values.
            "time_anchor": self.published,
            "regions": [r.to_dict() for r in self.regions],
            "text": self.text,
        }


@dataclass(slots=True)
class ArticleRecord:
    """Everything newsledger read from one article."""

    article: ArticleInfo
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sourcing: dict[str, Any] = field(default_factory=dict)
    # The analysis that made this record (`nlp.pipeline.pipeline_version`): what `reanalyse` compares.
    pipeline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "pipeline": self.pipeline,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
            "timexes": [t.to_dict() for t in self.timexes],
            "quantities": [q.to_dict() for q in self.quantities],
            "events": [v.to_dict() for v in self.events],
            "sourcing": dict(self.sourcing),
        }


def iter_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span-shaped object in a record's JSON form (for checking evidence)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys():
                found.append(node)
            for key, value in node.items():
                if key != "article":
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(record)
    found.extend(record.get("article", {}).get("regions", []))
    return found
