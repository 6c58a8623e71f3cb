"""Scoring of the cross-outlet development set: gold labels against what a ledger predicts.

No NLP and no ledger here (`eval.crossoutlet` reads the ledger), so the rules can be tested
on hand-made predictions. Everything is matched by character spans: a predicted item is the
gold item whose span, in the same article, overlaps it.

- Claims: a predicted pair is two attributions of different articles in one claim cluster;
  it is right when both overlap spans of one gold claim group. Recall counts gold pairs as
  (group, article, article), so a claim repeated inside one article is one report.
- Disagreements: a predicted row is right when its two quantities are items of one gold frame
  and the frame's labels say those two (article, value, bound) reports disagree. Recall counts
  the labelled disagreeing pairs; update/conflict is judged on the right rows that carry a kind.
- Entities: a same-entity pair is merged when both mentions reach one canonical entity; a
  must-not-merge pair that does is a wrong merge.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[str, int, int]  # article id, start, end


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def span_of(item: dict[str, Any]) -> Span:
    return (item["article"], item["start"], item["end"])


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def read_texts(articles: list[dict[str, Any]], folder: Path) -> tuple[dict[str, str], list[str]]:
    """The texts that are present and match their recorded sha256, and what is wrong."""
    texts, problems = {}, []
    for article in articles:
        path = folder / f"{article['id']}.txt"
        if not path.is_file():
            problems.append(f"{article['id']}: missing ({path})")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != article["sha256"]:
            problems.append(f"{article['id']}: sha256 differs from articles.jsonl")
            continue
        texts[article["id"]] = text
    return texts, problems


def restrict_labels(labels: dict[str, Any], present: set[str]) -> dict[str, Any]:
    """The labels as they read on the present reports only: a claim group keeps its spans in
    present reports (and stays while two remain), a frame its items there, an entity pair both
    sides there. For scoring when a page can no longer be fetched; figures then compare only
    with a baseline scored on the same reports."""

    def here(span: dict[str, Any]) -> bool:
        return span["article"] in present

    claims = []
    for group in labels["claims"]:
        spans = [span for span in group["spans"] if here(span)]
        if len({span["article"] for span in spans}) >= 2:
            claims.append({**group, "spans": spans})
    frames = []
    for frame in labels["frames"]:
        items = [item for item in frame["items"] if here(item)]
        kept = {item["id"] for item in items}
        relations = [r for r in frame["relations"] if r["a"] in kept and r["b"] in kept]
        frames.append({**frame, "items": items, "relations": relations})
    entities = {
        kind: [pair for pair in labels["entities"][kind] if here(pair["a"]) and here(pair["b"])]
        for kind in ("same", "distinct")
    }
    return {**labels, "claims": claims, "frames": frames, "entities": entities}


def label_spans(labels: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for group in labels["claims"]:
        yield from group["spans"]
    for frame in labels["frames"]:
        yield from frame["items"]
    for kind in ("same", "distinct"):
        for pair in labels["entities"][kind]:
            yield pair["a"]
            yield pair["b"]


def check_labels(labels: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Spans whose surface is not the text at their offsets (labels and texts out of step)."""
    wrong = []
    for span in label_spans(labels):
        text = texts.get(span["article"])
        if text is not None and text[span["start"] : span["end"]] != span["surface"]:
            wrong.append(f"{span['article']} {span['start']}-{span['end']}: {span['surface']!r}")
    return wrong


def story_of(article: str) -> str:
    return article.split("-", 1)[0]


@dataclass(slots=True)
class Score:
    """Precision/recall counts with the errors an engineer reads."""

    predicted: int = 0
    right: int = 0
    gold: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)
    by_story: dict[str, Counter] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def count(self, story: str, what: str) -> None:
        self.by_story.setdefault(story, Counter())[what] += 1


# ---------------------------------------------------------------- claims


@dataclass(frozen=True, slots=True)
class Attribution:
    id: int
    article: str
    spans: tuple[tuple[int, int], ...]  # content spans
    cluster: int | None
    content: str


def claim_groups_of(attribution: Attribution, groups: list[dict[str, Any]]) -> set[str]:
    return {
        g["id"]
        for g in groups
        for s in g["spans"]
        for start, end in attribution.spans
        if overlaps(span_of(s), (attribution.article, start, end))
    }


def score_claims(groups: list[dict[str, Any]], attributions: list[Attribution]) -> Score:
    score = Score()
    mapped = {a.id: claim_groups_of(a, groups) for a in attributions}
    by_cluster: dict[int, list[Attribution]] = {}
    for a in attributions:
        if a.cluster is not None:
            by_cluster.setdefault(a.cluster, []).append(a)
    covered: set[tuple[str, str, str]] = set()
    for members in by_cluster.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.article == b.article:
                    continue
                score.predicted += 1
                shared = mapped[a.id] & mapped[b.id]
                story = story_of(a.article)
                if shared:
                    score.right += 1
                    score.count(story, "pairs right")
                    for g in shared:
                        covered.add((g, *sorted((a.article, b.article))))
                else:
                    score.count(story, "pairs wrong")
                    why = (
                        "different gold claims"
                        if mapped[a.id] and mapped[b.id]
                        else "not a repeated claim in the labels"
                    )
                    score.errors.append(
                        f"wrong pair ({why}): [{a.article}] {a.content[:90]!r} ~ "
                        f"[{b.article}] {b.content[:90]!r}"
                    )
    for group in groups:
        articles = sorted({s["article"] for s in group["spans"]})
        for i, x in enumerate(articles):
            for y in articles[i + 1 :]:
                score.gold += 1
                score.count(group["story"], "gold pairs")
                if (group["id"], x, y) in covered:
                    score.found += 1
                    score.count(group["story"], "gold pairs found")
                    continue
                score.errors.append(
                    f"missed {group['id']} {x} ~ {y}: {_claim_miss(group, x, y, attributions, mapped)}"
                )
    return score


def _claim_miss(
    group: dict[str, Any],
    x: str,
    y: str,
    attributions: list[Attribution],
    mapped: dict[int, set[str]],
) -> str:
    sides = [
        [a for a in attributions if a.article == art and group["id"] in mapped[a.id]]
        for art in (x, y)
    ]
    if not sides[0] or not sides[1]:
        lost = [art for art, side in zip((x, y), sides, strict=True) if not side]
        return f"no attribution over the claim in {', '.join(lost)} ({group['note']})"
    if any(all(a.cluster is None for a in side) for side in sides):
        return f"an attribution was found but not clustered ({group['note']})"
    return f"found on both sides, in different clusters ({group['note']})"


# ---------------------------------------------------------------- disagreements


@dataclass(frozen=True, slots=True)
class Quantity:
    article: str
    start: int
    end: int
    text: str
    value: float | None = None
    measure: str | None = None


@dataclass(frozen=True, slots=True)
class Disagreement:
    a: Quantity
    b: Quantity
    kind: str | None = None  # update | conflict, when the ledger says


def report_key(item: dict[str, Any]) -> tuple[str, float, str]:
    return (item["article"], item["value"], item["bound"])


def gold_relations(frames: list[dict[str, Any]]) -> dict[tuple, dict[str, Any]]:
    """(frame, report key, report key) in a canonical order -> the labelled relation."""
    relations = {}
    for frame in frames:
        items = {i["id"]: i for i in frame["items"]}
        for r in frame["relations"]:
            a, b = sorted((report_key(items[r["a"]]), report_key(items[r["b"]])))
            relations[(frame["id"], a, b)] = {**r, "story": frame["story"]}
    return relations


def items_of(q: Quantity, frames: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    span = (q.article, q.start, q.end)
    return [(f["id"], i) for f in frames for i in f["items"] if overlaps(span_of(i), span)]


def score_disagreements(
    frames: list[dict[str, Any]], predicted: list[Disagreement], extracted: list[Quantity]
) -> Score:
    score = Score()
    relations = gold_relations(frames)
    score.gold = len(relations)
    found: set[tuple] = set()
    kinds = Counter()
    for row in predicted:
        score.predicted += 1
        story = story_of(row.a.article)
        key, why = _match_row(row, frames, relations)
        if key is None:
            score.count(story, "rows wrong")
            score.errors.append(
                f"wrong row ({why}): [{row.a.article}] {row.a.text!r} ~ [{row.b.article}] {row.b.text!r}"
            )
            continue
        score.right += 1
        score.count(story, "rows right")
        found.add(key)
        if row.kind is not None:
            gold_kind = relations[key]["relation"]
            kinds["judged"] += 1
            kinds["right"] += row.kind == gold_kind
            if row.kind != gold_kind:
                score.errors.append(
                    f"kind {row.kind}, gold {gold_kind}: {row.a.text!r} ~ {row.b.text!r} "
                    f"({relations[key]['reason']})"
                )
    score.found = len(found)
    for key, r in relations.items():
        score.count(r["story"], "gold pairs")
        if key in found:
            score.count(r["story"], "gold pairs found")
        else:
            score.errors.append(
                f"missed {r['relation']} {key[0]}: {_number_miss(key, frames, extracted)} — {r['reason']}"
            )
    score.extra["kind_judged"] = kinds["judged"]
    score.extra["kind_right"] = kinds["right"]
    return score


def _match_row(
    row: Disagreement, frames: list[dict[str, Any]], relations: dict[tuple, dict[str, Any]]
) -> tuple[tuple | None, str]:
    left, right = items_of(row.a, frames), items_of(row.b, frames)
    if not left or not right:
        return None, "a number without a labelled counterpart"
    same_frame = False
    for frame_a, a in left:
        for frame_b, b in right:
            if frame_a != frame_b:
                continue
            same_frame = True
            x, y = sorted((report_key(a), report_key(b)))
            if (frame_a, x, y) in relations:
                return (frame_a, x, y), ""
    if same_frame:
        return None, "same frame, the values agree"
    frames_a = sorted({f for f, _ in left})
    frames_b = sorted({f for f, _ in right})
    return None, f"different frames: {'/'.join(frames_a)} vs {'/'.join(frames_b)}"


def _number_miss(key: tuple, frames: list[dict[str, Any]], extracted: list[Quantity]) -> str:
    frame = next(f for f in frames if f["id"] == key[0])
    sides = []
    for article, value, bound in key[1:]:
        items = [i for i in frame["items"] if report_key(i) == (article, value, bound)]
        got = any(
            overlaps(span_of(i), (q.article, q.start, q.end)) for i in items for q in extracted
        )
        sides.append(f"{items[0]['surface']!r} [{article}]" + ("" if got else " NOT EXTRACTED"))
    return " ~ ".join(sides)


# ---------------------------------------------------------------- entities

Resolve = Callable[[dict[str, Any]], int | None]  # gold span -> canonical entity id, if found


def score_entities(entities: dict[str, list[dict[str, Any]]], canonical: Resolve) -> Score:
    score = Score()
    for pair in entities["same"]:
        story = story_of(pair["a"]["article"])
        score.gold += 1
        score.count(story, "same pairs")
        a, b = canonical(pair["a"]), canonical(pair["b"])
        if a is not None and a == b:
            score.found += 1
            score.count(story, "same pairs merged")
            continue
        why = "not found as a mention" if a is None or b is None else "split"
        score.errors.append(
            f"{why}: {pair['a']['surface']!r} [{pair['a']['article']}] / "
            f"{pair['b']['surface']!r} [{pair['b']['article']}] ({pair['note']})"
        )
    wrong = 0
    for pair in entities["distinct"]:
        a, b = canonical(pair["a"]), canonical(pair["b"])
        if a is not None and a == b:
            wrong += 1
            score.count(story_of(pair["a"]["article"]), "wrong merges")
            score.errors.append(
                f"WRONG MERGE: {pair['a']['surface']!r} [{pair['a']['article']}] / "
                f"{pair['b']['surface']!r} [{pair['b']['article']}] ({pair['note']})"
            )
    score.extra["distinct"] = len(entities["distinct"])
    score.extra["wrong_merges"] = wrong
    return score
