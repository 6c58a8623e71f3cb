"""The cross-outlet scorer's rules on hand-made labels and predictions, and the committed
labels' own consistency (the texts themselves are not in the repository)."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest
from eval.crossoutlet_scoring import (
    Attribution,
    Disagreement,
    Quantity,
    check_labels,
    load_jsonl,
    read_texts,
    restrict_labels,
    score_claims,
    score_disagreements,
    score_entities,
)

DATA = Path(__file__).resolve().parents[2] / "eval" / "data" / "crossoutlet"
WIKINEWS = DATA.parent / "crossoutlet-wikinews"  # texts committed (CC BY 2.5)


def span(article: str, start: int, end: int, surface: str = "x") -> dict:
    return {"article": article, "start": start, "end": end, "surface": surface}


GROUPS = [
    {
        "id": "s-c1",
        "story": "s",
        "note": "n",
        "spans": [span("s-a", 0, 10), span("s-b", 5, 20), span("s-c", 0, 5)],
    },
    {"id": "s-c2", "story": "s", "note": "n", "spans": [span("s-a", 50, 60), span("s-b", 50, 60)]},
]


def test_claim_pairs_right_wrong_and_recall():
    attributions = [
        Attribution(1, "s-a", ((2, 8),), 7, "a1"),
        Attribution(2, "s-b", ((10, 12),), 7, "b1"),  # same group as 1: right
        Attribution(3, "s-a", ((52, 58),), 7, "a2"),  # same article as 1: not a pair
        Attribution(4, "s-c", ((100, 110),), 7, "c-other"),  # no group: wrong with 1, 2, 3
        Attribution(5, "s-b", ((55, 56),), None, "b2"),  # not clustered
    ]
    score = score_claims(GROUPS, attributions)
    # cross-article pairs in cluster 7: 1-2, 1-4, 2-3, 2-4, 3-4
    assert score.predicted == 5
    assert score.right == 1
    assert score.gold == 4  # c1: a-b, a-c, b-c; c2: a-b
    assert score.found == 1
    assert any("not clustered" in e for e in score.errors)
    assert any("no attribution over the claim in s-c" in e for e in score.errors)


FRAMES = [
    {
        "id": "s-killed", "story": "s", "measure": "killed", "owner": "quake",
        "items": [
            {"id": "k.1", **span("s-a", 0, 2), "value": 4, "high": None, "bound": "exact"},
            {"id": "k.2", **span("s-a", 30, 32), "value": 4, "high": None, "bound": "exact"},
            {"id": "k.3", **span("s-b", 0, 2), "value": 9, "high": None, "bound": "exact"},
            {"id": "k.4", **span("s-c", 0, 2), "value": 4, "high": None, "bound": "exact"},
        ],
        "relations": [
            {"a": "k.1", "b": "k.3", "relation": "update", "reason": "r"},
            {"a": "k.4", "b": "k.3", "relation": "update", "reason": "r"},
        ],
    },
    {
        "id": "s-injured", "story": "s", "measure": "injured", "owner": "quake",
        "items": [
            {"id": "i.1", **span("s-a", 10, 12), "value": 57, "high": None, "bound": "exact"},
            {"id": "i.2", **span("s-b", 10, 14), "value": 1000, "high": None, "bound": "about"},
        ],
        "relations": [{"a": "i.1", "b": "i.2", "relation": "update", "reason": "r"}],
    },
]  # fmt: skip


def q(article: str, start: int, end: int) -> Quantity:
    return Quantity(article, start, end, f"{article}:{start}")


def test_disagreement_rows_matched_by_frame_and_report():
    rows = [
        Disagreement(
            q("s-a", 30, 32), q("s-b", 0, 2), "conflict"
        ),  # other mention of 4 in s-a: right, kind wrong
        Disagreement(q("s-a", 10, 12), q("s-b", 0, 2), None),  # injured vs killed: wrong
        Disagreement(q("s-a", 0, 2), q("s-c", 0, 2), None),  # same frame, values agree: wrong
        Disagreement(q("s-a", 40, 42), q("s-b", 0, 2), None),  # unlabelled number: wrong
    ]
    extracted = [q("s-a", 0, 2), q("s-b", 0, 2), q("s-c", 0, 1)]
    score = score_disagreements(FRAMES, rows, extracted)
    assert (score.predicted, score.right, score.gold, score.found) == (4, 1, 3, 1)
    assert score.extra == {"kind_judged": 1, "kind_right": 0}
    reasons = "\n".join(score.errors)
    assert "different frames: s-injured vs s-killed" in reasons
    assert "same frame, the values agree" in reasons
    assert "without a labelled counterpart" in reasons
    assert "NOT EXTRACTED" in reasons  # the injured pair: neither side was extracted


def test_entities_merged_split_and_wrong_merges():
    entities = {
        "same": [
            {"a": span("s-a", 0, 5), "b": span("s-b", 0, 5), "note": "n"},
            {"a": span("s-a", 10, 15), "b": span("s-b", 10, 15), "note": "n"},
            {"a": span("s-a", 20, 25), "b": span("s-c", 0, 3), "note": "n"},
        ],
        "distinct": [{"a": span("s-a", 30, 35), "b": span("s-c", 10, 15), "note": "n"}],
    }
    ids = {
        ("s-a", 0): 1,
        ("s-b", 0): 1,
        ("s-a", 10): 2,
        ("s-b", 10): 3,
        ("s-a", 30): 4,
        ("s-c", 10): 4,
    }
    score = score_entities(entities, lambda s: ids.get((s["article"], s["start"])))
    assert (score.gold, score.found) == (3, 1)
    assert score.extra["wrong_merges"] == 1
    assert sum(e.startswith("split") for e in score.errors) == 1
    assert sum(e.startswith("not found") for e in score.errors) == 1


def test_labels_restricted_to_the_present_reports():
    entities = {
        "same": [
            {"a": span("s-a", 0, 5), "b": span("s-b", 0, 5), "note": "n"},
            {"a": span("s-a", 10, 15), "b": span("s-c", 0, 3), "note": "n"},
        ],
        "distinct": [{"a": span("s-b", 30, 35), "b": span("s-c", 10, 15), "note": "n"}],
    }
    labels = {"claims": GROUPS, "frames": FRAMES, "entities": entities}
    kept = restrict_labels(labels, {"s-a", "s-b"})
    # c1 keeps its a and b spans; c2 lies wholly in a and b
    assert [len(group["spans"]) for group in kept["claims"]] == [2, 2]
    killed = kept["frames"][0]
    assert [item["id"] for item in killed["items"]] == ["k.1", "k.2", "k.3"]
    assert [(r["a"], r["b"]) for r in killed["relations"]] == [("k.1", "k.3")]
    assert len(kept["entities"]["same"]) == 1 and kept["entities"]["distinct"] == []
    # one report left of a group: the group goes
    assert restrict_labels(labels, {"s-a", "s-c"})["claims"] == [
        {**GROUPS[0], "spans": [span("s-a", 0, 10), span("s-c", 0, 5)]}
    ]
    assert labels["frames"][0]["items"][3]["id"] == "k.4"  # the input is not changed


def test_missing_and_changed_texts_are_reported(tmp_path: Path):
    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "b.txt").write_text("changed", encoding="utf-8")
    articles = [
        {"id": "a", "sha256": hashlib.sha256(b"hello").hexdigest()},
        {"id": "b", "sha256": hashlib.sha256(b"original").hexdigest()},
        {"id": "c", "sha256": "0" * 64},
    ]
    texts, problems = read_texts(articles, tmp_path)
    assert texts == {"a": "hello"}
    assert [p.split(":")[0] for p in problems] == ["b", "c"]
    labels = {"claims": [{"spans": [span("a", 0, 5, "hello"), span("a", 1, 3, "xx")]}], "frames": [],
              "entities": {"same": [], "distinct": []}}  # fmt: skip
    assert check_labels(labels, texts) == ["a 1-3: 'xx'"]


def test_scorer_says_texts_are_missing_and_exits(tmp_path: Path, capsys):
    from eval.crossoutlet import run

    (tmp_path / "articles.jsonl").write_text((DATA / "articles.jsonl").read_text())
    (tmp_path / "labels.json").write_text((DATA / "labels.json").read_text())
    with pytest.raises(SystemExit) as stop:
        run(tmp_path, "static", None)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "texts missing or changed" in err[0]


# ---------------------------------------------------------------- the committed labels


def _interval(item: dict) -> tuple[float, float]:
    value, bound = item["value"], item["bound"]
    if bound == "range":
        return value, item["high"]
    if bound == "about":
        return value * 0.9, value * 1.1
    if bound in ("at_least", "more_than"):
        return value, math.inf
    if bound in ("at_most", "less_than"):
        return 0.0, value
    return value * 0.995, value * 1.005


def test_development_set_has_four_stories_of_four_outlets():
    articles = load_jsonl(DATA / "articles.jsonl")
    stories = {a["story"] for a in articles}
    assert len(stories) >= 4
    for story in stories:
        assert len({a["outlet"] for a in articles if a["story"] == story}) >= 4


def test_wikinews_texts_match_their_labels():
    articles = load_jsonl(WIKINEWS / "articles.jsonl")
    texts, problems = read_texts(articles, WIKINEWS / "texts")
    assert not problems
    labels = json.loads((WIKINEWS / "labels.json").read_text(encoding="utf-8"))
    assert check_labels(labels, texts) == []


@pytest.mark.parametrize("data", [DATA, WIKINEWS], ids=["outlets", "wikinews"])
def test_committed_labels_are_consistent(data: Path):
    articles = {a["id"]: a for a in load_jsonl(data / "articles.jsonl")}
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    for group in labels["claims"]:
        assert len({s["article"] for s in group["spans"]}) >= 2, group["id"]
    for frame in labels["frames"]:
        items = {i["id"]: i for i in frame["items"]}
        for item in items.values():
            assert item["article"] in articles and item["end"] - item["start"] == len(
                item["surface"]
            )
        related = set()
        for r in frame["relations"]:
            a, b = items[r["a"]], items[r["b"]]
            assert r["relation"] in ("update", "conflict") and r["reason"]
            assert a["article"] != b["article"]
            lo, hi = sorted((_interval(a), _interval(b)))
            assert lo[1] < hi[0], f"{frame['id']}: {r} agree within their bounds"
            related.add(frozenset((r["a"], r["b"])))
        for a in (
            items.values()
        ):  # every disagreeing cross-article pair is labelled (as one report pair)
            for b in items.values():
                lo, hi = sorted((_interval(a), _interval(b)))
                if a["article"] < b["article"] and lo[1] < hi[0]:
                    assert any(
                        {(items[x]["article"], items[x]["value"], items[x]["bound"]) for x in pair}
                        == {
                            (a["article"], a["value"], a["bound"]),
                            (b["article"], b["value"], b["bound"]),
                        }
                        for pair in map(tuple, related)
                    ), (frame["id"], a["id"], b["id"])
    for kind in ("same", "distinct"):
        for pair in labels["entities"][kind]:
            assert pair["a"]["article"] != pair["b"]["article"]
