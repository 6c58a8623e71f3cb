"""Score attribution, entities and time on the real-news development set, read as a reader
would (`eval/data/realnews/README.md`).

Attribution is scored the way issue #16 measures real news: a prediction matches a labelled
attribution when their contents overlap by half of either; it is right when its source is the
labelled one (the resolved name, the source's words, or the surname); precision counts right
predictions, recall the labelled attributions some right prediction covers. Entities: each
labelled entity's type (majority over its mentions found) and whether all its mentions come
out as one entity. Time: the value of each labelled expression the system found.

    python -m eval.realnews            # print the table
    python -m eval.realnews --write    # also eval/results/realnews.md
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).parent / "data" / "realnews"
RESULTS = Path(__file__).parent / "results" / "realnews.md"
PLACES = {"GPE", "LOC"}


def words(text: str | None) -> list[str]:
    return re.sub(r"[^a-z0-9 ]", "", (text or "").lower().replace("’", "'")).split()


def same_source(predicted: list[str], label: dict) -> bool:
    """The predicted source (its words, its entity's name) names the labelled one."""
    resolved, written = words(label["resolved"]), words(label["source"])
    for name in predicted:
        said = words(name)
        if not said:
            continue
        if said in (resolved, written) or (resolved and set(said) >= set(resolved)):
            return True
        if resolved and said[-1] == resolved[-1] and len(said) <= 3:
            return True  # the surname, or a short name ending in it
    return False


def overlapping(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    length = sum(e - s for s, e in spans)
    return overlap > 0 and (overlap * 2 >= end - start or overlap * 2 >= length)


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def score_attributions(article: str, text: str, record: dict, labels: list[dict], t: Tally) -> None:
    names = {e["id"]: e["name"] for e in record["entities"]}
    found: set[int] = set()
    where = [(text.find(g["content"]), len(g["content"])) for g in labels]
    for attribution in record["attributions"]:
        t.counts["predicted"] += 1
        source = attribution["source"] or {}
        predicted = [source.get("text", ""), names.get(source.get("entity"), "")]
        spans = [(c["start"], c["end"]) for c in attribution["content"]]
        hits = [i for i, (s, n) in enumerate(where) if s >= 0 and overlapping(spans, s, s + n)]
        right = [i for i in hits if same_source(predicted, labels[i])]
        said = f"{predicted[0]!r} | {attribution['cue']['text']} | {attribution['content'][0]['text'][:70]!r}"
        if right:
            t.counts["right"] += 1
            found.update(right)
        elif hits:
            t.errors.append(
                f"wrong source [{article}] {said} (labelled {labels[hits[0]]['source']!r})"
            )
        else:
            t.errors.append(f"not labelled [{article}] {said}")
    t.counts["labelled"] += len(labels)
    t.counts["found"] += len(found)
    for i, label in enumerate(labels):
        if i not in found:
            t.errors.append(
                f"missed [{article}] {label['source']!r} | {label['cue']} | {label['content'][:70]!r}"
            )


def score_entities(article: str, text: str, record: dict, labels: list[dict], t: Tally) -> None:
    mentions = [
        (m["start"], m["end"], e["id"], e["type"])
        for e in record["entities"]
        for m in e["mentions"]
    ]
    for label in labels:
        hits = []
        for surface in dict.fromkeys(label["mentions"]):
            for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                s, e = match.span()
                hits.append(next((m for m in mentions if m[0] < e and s < m[1]), None))
        got = [h for h in hits if h is not None]
        t.counts["entities"] += 1
        if not got:
            t.errors.append(f"entity missed [{article}] {label['type']} {label['name']}")
            continue
        t.counts["entities found"] += 1
        typed = Counter(h[3] for h in got).most_common(1)[0][0]
        if typed == label["type"] or {typed, label["type"]} <= PLACES:
            t.counts["typed right"] += 1
        else:
            t.errors.append(f"type [{article}] {label['name']}: {label['type']}, given {typed}")
        if len(label["mentions"]) > 1:
            t.counts["groups"] += 1
            if len(got) == len(hits) and len({h[2] for h in got}) == 1:
                t.counts["groups whole"] += 1
            else:
                t.errors.append(f"split [{article}] {label['name']}")


def score_timexes(article: str, text: str, record: dict, labels: list[dict], t: Tally) -> None:
    timexes = [(x["start"], x["end"], x["value"]) for x in record["timexes"]]
    at = 0
    for label in labels:
        start = text.find(label["text"], at)
        start = start if start >= 0 else text.find(label["text"])
        end = start + len(label["text"])
        at = max(at, end)
        t.counts["expressions"] += 1
        hit = next((x for x in timexes if x[0] < end and start < x[1]), None)
        if hit is None:
            t.errors.append(f"time missed [{article}] {label['text']!r} {label['value']}")
            continue
        t.counts["expressions found"] += 1
        if hit[2] == label["value"]:
            t.counts["values right"] += 1
        else:
            t.errors.append(
                f"value [{article}] {label['text']!r}: {label['value']}, given {hit[2]}"
            )


def read_jsonl(name: str) -> list[dict]:
    path = ROOT / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS}")
    args = parser.parse_args()

    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse, load

    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for kind in ("attributions", "entities", "timexes"):
        for row in read_jsonl(f"{kind}.jsonl"):
            by_article[row["article"]][kind].append(row)
    tallies = {kind: Tally() for kind in ("attributions", "entities", "timexes")}
    present = missing = 0
    nlp = None
    for meta in read_jsonl("articles.jsonl"):
        path = ROOT / "texts" / f"{meta['id']}.txt"
        if not path.exists() or sha256(path.read_bytes()).hexdigest() != meta["sha256"]:
            missing += 1
            continue
        present += 1
        nlp = nlp or load()
        text = path.read_text()
        published = date.fromisoformat(meta["published"])
        record = analyse(Article.from_text(text, published=published), nlp).to_dict()
        labels = by_article[meta["id"]]
        score_attributions(
            meta["id"], text, record, labels["attributions"], tallies["attributions"]
        )
        score_entities(meta["id"], text, record, labels["entities"], tallies["entities"])
        score_timexes(meta["id"], text, record, labels["timexes"], tallies["timexes"])
    a, e, x = (tallies[k].counts for k in ("attributions", "entities", "timexes"))
    precision, recall = a["right"] / max(1, a["predicted"]), a["found"] / max(1, a["labelled"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lines = [
        "# Real news: attribution, entities, time (development set)",
        "",
        f"`eval/data/realnews/`: {present} reports present of {present + missing} (texts are "
        "git-ignored; see the folder's README). Not the hidden test set.",
        "",
        "| what | figure | counts |",
        "|---|---|---|",
        f"| attribution precision (right source) | {precision:.3f} | {a['right']} / {a['predicted']} |",
        f"| attribution recall | {recall:.3f} | {a['found']} / {a['labelled']} |",
        f"| attribution F1 | {f1:.3f} | |",
        f"| entity type right | {ratio(e['typed right'], e['entities found'])} | {e['typed right']} / {e['entities found']} |",
        f"| same-entity groups whole | {ratio(e['groups whole'], e['groups'])} | {e['groups whole']} / {e['groups']} |",
        f"| time value right (found) | {ratio(x['values right'], x['expressions found'])} | {x['values right']} / {x['expressions found']} |",
        f"| time expressions found | {ratio(x['expressions found'], x['expressions'])} | {x['expressions found']} / {x['expressions']} |",
        "",
        "## Errors",
        "",
        *(f"- {err}" for t in tallies.values() for err in t.errors),
        "",
        "Command: `python -m eval.realnews`.",
    ]  # fmt: skip
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        RESULTS.write_text(report)


if __name__ == "__main__":
    main()
