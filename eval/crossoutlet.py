"""Claims, numeric disagreements and entities across outlets, on the hand-labelled
development set of `eval/data/crossoutlet/` (issue #21).

The texts are copyrighted and never committed: `articles.jsonl` says where each came from and
its sha256, `texts/<id>.txt` (git-ignored) must hold it. The scorer runs the pipeline and
ingest into a temporary ledger (published dates included), brings the cross-article analysis
up to date with `update_analysis`, and scores the ledger's claim clusters, `disagreements` rows
and canonical entities against `labels.json` (rules in `eval.crossoutlet_scoring`).

    .venv/bin/python -m eval.crossoutlet [--out eval/results/crossoutlet.md] [--keep LEDGER]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from eval.crossoutlet_scoring import (
    Attribution,
    Disagreement,
    Quantity,
    Score,
    check_labels,
    load_jsonl,
    read_texts,
    restrict_labels,
    score_claims,
    score_disagreements,
    score_entities,
)
from eval.report import emit

DATA = Path(__file__).resolve().parent / "data" / "crossoutlet"
SHOW_ERRORS = 8  # per kind of error (wrong merge, wrong pair or row, wrong kind, miss, split)


def build_ledger(
    articles: list[dict[str, Any]], texts: dict[str, str], path: Path, model: str
) -> dict:
    """Pipeline + ingest of the texts, then the cross-article analysis."""
    from newsledger.analysis.update import update_analysis
    from newsledger.article import Article
    from newsledger.ingest.local import ingest, local_analyser
    from newsledger.ledger.store import Ledger

    items = []
    for meta in articles:
        article = Article.from_text(
            texts[meta["id"]],
            source=meta["url"],
            published=date.fromisoformat(meta["published"][:10]),
        )
        article.outlet, article.external_id = meta["outlet"], meta["id"]
        items.append(article)
    with Ledger(path) as ledger:
        report = ingest(ledger, items, local_analyser(workers=1, batch_size=8))
        if report.failed:
            raise SystemExit(f"crossoutlet: {report.failed} articles failed: {report.failures}")
        return update_analysis(ledger, model)


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def read_predictions(conn: sqlite3.Connection) -> dict[str, Any]:
    """Attributions with their clusters, quantities, disagreements, and a mention resolver."""
    ids = dict(conn.execute("SELECT id, external_id FROM articles"))
    contents: dict[int, list[tuple[int, int]]] = {}
    for attribution_id, start, end in conn.execute(
        'SELECT attribution_id, start, "end" FROM attribution_contents ORDER BY attribution_id, position'
    ):
        contents.setdefault(attribution_id, []).append((start, end))
    attributions = [
        Attribution(row[0], ids[row[1]], tuple(contents.get(row[0], ())), row[2], row[3])
        for row in conn.execute(
            """SELECT a.id, a.article_id, m.cluster_id, a.content FROM attributions a
               LEFT JOIN claim_members m ON m.attribution_id = a.id"""
        )
    ]
    measure = "q.measure" if "measure" in columns(conn, "quantities") else "NULL"
    quantities = {
        row[0]: Quantity(ids[row[1]], row[2], row[3], row[4], row[5], row[6])
        for row in conn.execute(
            f'SELECT q.id, q.article_id, q.start, q."end", q.text, q.value, {measure} FROM quantities q'
        )
    }
    kind = "kind" if "kind" in columns(conn, "disagreements") else "NULL"
    disagreements = [
        Disagreement(quantities[a], quantities[b], k)
        for a, b, k in conn.execute(f"SELECT quantity_a, quantity_b, {kind} FROM disagreements")
    ]
    mentions: dict[str, list[tuple[int, int, int]]] = {}
    for article_id, start, end, canonical in conn.execute(
        """SELECT m.article_id, m.start, m."end", l.canonical_id FROM mentions m
           JOIN entity_links l ON l.entity_id = m.entity_id"""
    ):
        mentions.setdefault(ids[article_id], []).append((start, end, canonical))

    def canonical(span: dict[str, Any]) -> int | None:
        """The canonical entity of the mention overlapping the span most."""
        best, best_overlap = None, 0
        for start, end, cid in mentions.get(span["article"], []):
            shared = min(end, span["end"]) - max(start, span["start"])
            if shared > best_overlap:
                best, best_overlap = cid, shared
        return best

    return {
        "attributions": attributions, "quantities": list(quantities.values()),
        "disagreements": disagreements, "canonical": canonical,
        "has_kind": kind == "kind", "has_measure": measure != "NULL",
    }  # fmt: skip


def run(
    data: Path,
    model: str,
    keep: Path | None,
    texts_dir: Path | None = None,
    present_only: bool = False,
) -> tuple[dict[str, Score], dict[str, Any]]:
    articles = load_jsonl(data / "articles.jsonl")
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    texts_dir = texts_dir or data / "texts"
    texts, problems = read_texts(articles, texts_dir)
    if problems and present_only and texts:
        print(f"crossoutlet: scoring {len(texts)} present reports only", file=sys.stderr)
        articles = [article for article in articles if article["id"] in texts]
        labels = restrict_labels(labels, set(texts))
    elif problems:
        print(
            f"crossoutlet: {len(problems)} of {len(articles)} texts missing or changed in "
            f"{texts_dir} (never committed; fetch them as articles.jsonl says): "
            + "; ".join(problems[:3])
            + (" …" if len(problems) > 3 else ""),
            file=sys.stderr,
        )
        raise SystemExit(2)
    wrong = check_labels(labels, texts)
    if wrong:
        print(
            f"crossoutlet: {len(wrong)} label spans do not match their texts: {wrong[:3]}",
            file=sys.stderr,
        )
        raise SystemExit(2)
    with tempfile.TemporaryDirectory() as workdir:
        path = keep or Path(workdir) / "crossoutlet.db"
        if keep and keep.exists():
            raise SystemExit(f"crossoutlet: {keep} exists; give a new path")
        analysis = build_ledger(articles, texts, path, model)
        conn = sqlite3.connect(path)
        predicted = read_predictions(conn)
        conn.close()
    scores = {
        "claims": score_claims(labels["claims"], predicted["attributions"]),
        "disagreements": score_disagreements(
            labels["frames"], predicted["disagreements"], predicted["quantities"]
        ),
        "entities": score_entities(labels["entities"], predicted["canonical"]),
    }
    facts = {
        "articles": len(articles), "stories": sorted({a["story"] for a in articles}),
        "outlets": len({a["outlet"] for a in articles}), "claim_groups": len(labels["claims"]),
        "frames": len(labels["frames"]), "number_items": sum(len(f["items"]) for f in labels["frames"]),
        "has_kind": predicted["has_kind"], "has_measure": predicted["has_measure"],
        "attributions": len(predicted["attributions"]), "quantities": len(predicted["quantities"]),
        "analysis": analysis, "model": model, "data": _shown(data),
    }  # fmt: skip
    return scores, facts


def render(scores: dict[str, Score], facts: dict[str, Any], command: str) -> str:
    claims, numbers, entities = scores["claims"], scores["disagreements"], scores["entities"]
    kind = (
        f"{numbers.extra['kind_right']} / {numbers.extra['kind_judged']}"
        if numbers.extra["kind_judged"]
        else ("no right rows to judge" if facts["has_kind"] else "no `kind` column yet")
    )
    lines = [
        "# Across outlets: claims, numeric disagreements, entities (development set)",
        "",
        f"`{facts['data']}/`: {facts['articles']} reports of {len(facts['stories'])} stories "
        f"({', '.join(facts['stories'])}) from {facts['outlets']} outlet(s); labels by hand: "
        f"{facts['claim_groups']} repeated-claim groups, {facts['frames']} number frames "
        f"({facts['number_items']} numbers, {numbers.gold} disagreeing pairs), {entities.gold} "
        f"same-entity and {entities.extra['distinct']} must-not-merge pairs. `articles.jsonl` "
        "gives each text's page, date, sha256 and how it was obtained (see the folder's README "
        "for whether texts are committed). Not the hidden test set.",
        "",
        "| what | predicted | right | precision | gold | found | recall |",
        "|---|---|---|---|---|---|---|",
        _row("claim pairs (cross-article, one cluster)", claims),
        _row("disagreements (rows of `disagreements`)", numbers),
        "",
        f"- Update/conflict told apart on right rows: {kind}.",
        f"- Entities: same-entity pairs merged {entities.found} / {entities.gold} "
        f"({entities.recall:.3f}); must-not-merge pairs merged: {entities.extra['wrong_merges']} "
        f"of {entities.extra['distinct']}.",
        f"- Ledger: {facts['attributions']} attributions, {facts['quantities']} quantities; "
        f"embedding model `{facts['model']}`; `quantities.measure` "
        f"{'present' if facts['has_measure'] else 'absent'}.",
        "",
        "## Per story",
        "",
        "| story | claim pairs right / wrong | gold claim pairs found | rows right / wrong | "
        "gold disagreements found | same-entity pairs merged | wrong merges |",
        "|---|---|---|---|---|---|---|",
    ]
    for story in facts["stories"]:
        c = claims.by_story.get(story, {})
        n = numbers.by_story.get(story, {})
        e = entities.by_story.get(story, {})
        lines.append(
            f"| {story} | {c.get('pairs right', 0)} / {c.get('pairs wrong', 0)} | "
            f"{c.get('gold pairs found', 0)} / {c.get('gold pairs', 0)} | "
            f"{n.get('rows right', 0)} / {n.get('rows wrong', 0)} | "
            f"{n.get('gold pairs found', 0)} / {n.get('gold pairs', 0)} | "
            f"{e.get('same pairs merged', 0)} / {e.get('same pairs', 0)} | {e.get('wrong merges', 0)} |"
        )
    for title, score in (("Claims", claims), ("Disagreements", numbers), ("Entities", entities)):
        lines += [
            "",
            f"## {title}: errors ({len(score.errors)}; up to {SHOW_ERRORS} of each kind)",
            "",
        ]
        lines += [f"- {e}" for e in _worst(score.errors)] or ["- none"]
    lines += ["", f"Command: `{command}`.", ""]
    return "\n".join(lines)


def _shown(path: Path) -> str:
    """A data folder as the command line would name it from the repository root."""
    root = Path(__file__).resolve().parent.parent
    return (
        str(path.resolve().relative_to(root)) if path.resolve().is_relative_to(root) else str(path)
    )


def _row(name: str, s: Score) -> str:
    precision = f"{s.precision:.3f}" if s.predicted else "– (none predicted)"
    return f"| {name} | {s.predicted} | {s.right} | {precision} | {s.gold} | {s.found} | {s.recall:.3f} |"


def _worst(errors: list[str]) -> list[str]:
    """Wrong merges and wrong pairs first (they mislead a reader), then misses; a few of each."""
    order = ("WRONG MERGE", "wrong", "kind", "missed", "split", "not found")
    shown = []
    for prefix in order:
        shown += [e for e in errors if e.startswith(prefix)][:SHOW_ERRORS]
    return shown


def main() -> None:
    from newsledger.analysis.embeddings import DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--texts", type=Path, default=None, help="the texts' folder (default: DATA/texts)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="write the ledger here and keep it")
    parser.add_argument(
        "--present-only",
        action="store_true",
        help="score the reports whose texts are present (labels restricted to them)",
    )
    args = parser.parse_args()
    scores, facts = run(args.data, args.model, args.keep, args.texts, args.present_only)
    command = "python -m eval.crossoutlet" + (
        f" --model {args.model}" if args.model != DEFAULT_MODEL else ""
    )
    if args.data.resolve() != DATA:
        command += f" --data {_shown(args.data)}"
    if args.present_only:
        command += " --present-only"
    text = render(scores, facts, command)
    emit(text, args.out)


if __name__ == "__main__":
    main()
