"""Cross-article entity merges on MEANTIME's cross-document annotation (issue #21, part 4).

The question the ledger must answer: when two articles name the same entity, do their
entities get the same canonical id, and do entities that differ never share one?

Gold: ENTITY_MENTION markables with syntactic_type NAM or PRE.NAM in the annotated
sentences of `intra_cross-doc_annotation`, each with the ``instance_id`` of the ENTITY its
REFERS_TO relation points to (instance ids are shared across the documents of a topic; the
reader is eval.coref.gold_mentions). A *unit* is one gold entity in one document.

System: each topic's documents go through the ingest path (`ingest.local.ingest` with the
local analyser, published = the document's creation time) into a scratch ledger, then
`analysis.update.update_analysis`. System mentions come from the ledger (`mentions` joined
to `entity_links`), aligned one-to-one with gold mentions by span overlap (eval.coref.align);
a unit's canonical id is the one most of its aligned mentions carry.

Scores, over pairs of units in different documents:
- *merged*: of the pairs gold says are one entity (both units found), the share with the
  same canonical id; *end-to-end* also counts pairs with a unit NER missed as not merged;
- *wrong merges*: pairs with the same canonical id that gold says are different entities.

Split (fixed before any tuning): topics airbus and apple are **dev** (looked at, tuned on),
gm and stock are **test** (never looked at while building; scored once at the end).

    python -m eval.crossdoc_entities [--split dev|test|all] [--limit N] [--show]
    python -m eval.crossdoc_entities --new-merges BEFORE.db AFTER.db

The second form lists, for two ledgers holding the same records analysed by two versions,
the canonical entities of AFTER that join entities BEFORE kept apart: the sample read by
hand for wrong merges (see eval/results/crossdoc_entities.md).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from eval.coref import LAYER, align, creation_date, gold_mentions
from eval.meantime import DEFAULT_ROOT, Document, read_document

SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "test": ("corpus_gm", "corpus_stock")}


@dataclass
class Scores:
    """Pair counts; `examples` keeps a few misses and wrong merges to read."""

    gold_pairs: int = 0
    found_pairs: int = 0  # gold pairs whose two units were both found
    merged: int = 0
    wrong: int = 0
    system_pairs: int = 0  # pairs of found units with the same canonical id
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, other: Scores) -> None:
        self.gold_pairs += other.gold_pairs
        self.found_pairs += other.found_pairs
        self.merged += other.merged
        self.wrong += other.wrong
        self.system_pairs += other.system_pairs
        for kind, items in other.examples.items():
            self.examples[kind] += items


# A unit: (document, gold instance) -> (canonical id or None, the names it was seen as)
Units = dict[tuple[str, Hashable], tuple[Hashable | None, str]]


def score_units(units: Units) -> Scores:
    """Pair counts over units of different documents (the pure part, unit-tested)."""
    scores = Scores()
    for (a, a_info), (b, b_info) in combinations(sorted(units.items(), key=str), 2):
        if a[0] == b[0]:
            continue  # same document: in-article coreference, not scored here
        same_gold = a[1] == b[1]
        found = a_info[0] is not None and b_info[0] is not None
        same_system = found and a_info[0] == b_info[0]
        scores.gold_pairs += same_gold
        scores.found_pairs += same_gold and found
        scores.merged += same_gold and same_system
        scores.system_pairs += same_system
        if same_system and not same_gold:
            scores.wrong += 1
            scores.examples["wrong"].append(f"{a_info[1]} ~ {b_info[1]} ({a[1]} / {b[1]})")
        elif same_gold and found and not same_system:
            scores.examples["split"].append(f"{a_info[1]} | {b_info[1]} ({a[1]})")
    return scores


def _articles(docs: list[Document]):
    from newsledger.article import Article

    return [
        Article(text=d.text, published=creation_date(d.dct), external_id=d.name, outlet="Wikinews")
        for d in docs
    ]


def system_mentions(docs: list[Document], db: Path) -> dict[str, list[tuple]]:
    """Per document: (start, end, canonical id, name) of every stored mention."""
    from newsledger.analysis.update import update_analysis
    from newsledger.ingest.local import ingest, local_analyser
    from newsledger.ledger.store import Ledger

    articles = _articles(docs)
    with Ledger(db) as ledger:
        ingest(ledger, articles, local_analyser(1, 8), notice=lambda _: None)
        update_analysis(ledger)
        rows = ledger.conn.execute(
            """SELECT m.article_id, m.start, m."end", l.canonical_id, e.name, e.type
               FROM mentions m JOIN entities e ON e.id = m.entity_id
               JOIN entity_links l ON l.entity_id = e.id ORDER BY m.article_id, m.start"""
        ).fetchall()
    by_article: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_article[row[0]].append((row[1], row[2], row[3], f"{row[4]}/{row[5]}"))
    return {d.name: by_article.get(a.id, []) for d, a in zip(docs, articles, strict=True)}


def topic_units(paths: list[Path], scratch: Path) -> Units:
    docs = [read_document(p) for p in paths]
    systems = system_mentions(docs, scratch)
    units: Units = {}
    for path, doc in zip(paths, docs, strict=True):
        gold = gold_mentions(path, doc)
        system = systems[doc.name]
        pairs = {g: s for s, g in align(gold, system).items()}
        votes: dict[str, Counter] = defaultdict(Counter)
        names: dict[str, Counter] = defaultdict(Counter)
        for g_index, (start, end, instance) in enumerate(gold):
            names[instance][doc.text[start:end]] += 0  # keep the gold name if nothing aligns
            if g_index in pairs:
                s = system[pairs[g_index]]
                votes[instance][s[2]] += 1
                names[instance][s[3]] += 1
        for instance, name_counts in names.items():
            canonical = votes[instance].most_common(1)[0][0] if votes[instance] else None
            units[(doc.name, instance)] = (canonical, name_counts.most_common(1)[0][0])
    return units


def run(topics: Iterable[str], root: Path, limit: int | None) -> dict[str, Scores]:
    results: dict[str, Scores] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for topic in topics:
            paths = sorted(Path(root, LAYER, topic).glob("*.xml"))[:limit]
            results[topic] = score_units(topic_units(paths, Path(scratch) / f"{topic}.db"))
    return results


def _row(name: str, s: Scores) -> str:
    merged = s.merged / s.found_pairs if s.found_pairs else 0.0
    end_to_end = s.merged / s.gold_pairs if s.gold_pairs else 0.0
    return (
        f"| {name} | {s.gold_pairs} | {s.found_pairs} | {s.merged} | {merged:.3f} | "
        f"{end_to_end:.3f} | {s.system_pairs} | {s.wrong} |"
    )


def render(results: dict[str, Scores], command: str, seconds: float) -> str:
    lines = [
        "| topic (split) | gold pairs | both found | merged | merged share | end-to-end | "
        "system pairs | wrong merges |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for split, topics in SPLITS.items():
        total = Scores()
        shown = [t for t in topics if t in results]
        for topic in shown:
            total.add(results[topic])
            lines.append(_row(f"{topic.removeprefix('corpus_')} ({split})", results[topic]))
        if shown:
            lines.append(_row(f"**{split}**", total))
    lines += ["", f"Command: `{command}` ({seconds:.0f} s).", ""]
    return "\n".join(lines)


def new_merges(before: Path, after: Path) -> list[str]:
    """Canonical entities of ledger `after` that join entities ledger `before` kept apart
    (the same records, analysed by two versions): the merges to read by hand, one line each
    with the names of each former group and how each was linked."""
    import sqlite3

    old = dict(sqlite3.connect(before).execute("SELECT entity_id, canonical_id FROM entity_links"))
    conn = sqlite3.connect(after)
    rows = conn.execute(
        """SELECT l.canonical_id, c.name || '/' || c.type, l.entity_id,
                  e.name || '/' || e.type || ':' || l.method
           FROM entity_links l JOIN entities e ON e.id = l.entity_id
           JOIN canonical_entities c ON c.id = l.canonical_id ORDER BY l.canonical_id, e.id"""
    ).fetchall()
    groups: dict[tuple[int, str], dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for canonical, shown, entity, described in rows:
        groups[(canonical, shown)][old.get(entity, -entity)].add(described)
    return [
        f"{shown}: " + " + ".join(str(sorted(names)[:4]) for names in parts.values())
        for (_, shown), parts in groups.items()
        if len(parts) > 1
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="documents per topic")
    parser.add_argument("--show", action="store_true", help="print splits and wrong merges")
    parser.add_argument(
        "--new-merges", nargs=2, type=Path, metavar=("BEFORE_DB", "AFTER_DB"),
        help="list the merges AFTER_DB makes that BEFORE_DB does not (no scoring)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.new_merges:
        found = new_merges(*args.new_merges)
        print("\n".join(found) + f"\n{len(found)} canonical entities join former groups")
        return
    topics = [t for s, ts in SPLITS.items() if args.split in (s, "all") for t in ts]
    started = time.perf_counter()
    results = run(topics, args.root, args.limit)
    command = f"python -m eval.crossdoc_entities --split {args.split}" + (
        f" --limit {args.limit}" if args.limit else ""
    )
    print(render(results, command, time.perf_counter() - started))
    if args.show:
        for topic, s in results.items():
            for kind in ("wrong", "split"):
                for line in sorted(set(s.examples[kind])):
                    print(f"{topic} {kind}: {line}")


if __name__ == "__main__":
    main()
