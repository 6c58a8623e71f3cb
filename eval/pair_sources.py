"""Recover who says each side of `eval/data/paraphrase_pairs.jsonl`, from the Wikinews corpus.

The pairs keep only the two contents and their dates. For each side, the corpus articles of
that date whose text holds the content's first words are analysed with the current
pipeline and written to a scratch ledger; the cross-article entity step links their
sources; the attribution whose content matches the pair's (folded text equal, else the most
similar above `MATCH_MIN`) gives the side's source text and kind and its speaker key
(`claim_speakers.speaker_key`, the one the clusterer uses). A side with no match keeps
`null`. The fields are written back into the pair file (`a_source`, `a_source_kind`,
`a_speaker`, and the same for `b`); the labels are not touched.

    .venv/bin/python -m eval.pair_sources [--corpus ../shared/corpus/wikinews-politics-economy.jsonl.gz]
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import tempfile
from pathlib import Path

from eval.claims import PAIRS, load_pairs

CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared/corpus/wikinews-politics-economy.jsonl.gz"
)
MATCH_MIN = 0.8
PROBE_CHARS = 40


def _fold(text: str) -> str:
    return " ".join(text.replace("…", " ").split()).strip(" \"'“”").lower()


def _probe(content: str) -> str:
    first = content.split(" … ")[0].strip(" \"'“”")
    return " ".join(first.split())[:PROBE_CHARS]


def candidate_articles(pairs: list[dict], corpus: Path) -> list[dict]:
    """Corpus articles of a side's date whose (space-normalised) text holds its probe."""
    wanted: dict[str, list[str]] = {}
    for pair in pairs:
        for side in "ab":
            wanted.setdefault(pair[f"{side}_published"], []).append(_probe(pair[side]))
    found = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            obj = json.loads(line)
            probes = wanted.get((obj.get("published") or "")[:10])
            if not probes or not obj.get("text"):
                continue
            flat = " ".join(obj["text"].split())
            if any(p and p in flat for p in probes):
                found.append(obj)
    return found


def recover(pairs: list[dict], corpus: Path) -> list[dict]:
    from newsledger.analysis.claim_speakers import speaker_key
    from newsledger.analysis.update import update_analysis
    from newsledger.ledger.store import Ledger
    from newsledger.nlp.pipeline import analyse_many
    from newsledger.readers.jsonl import article_from_json

    objs = candidate_articles(pairs, corpus)
    articles = [article_from_json(o, str(corpus)) for o in objs]
    with tempfile.TemporaryDirectory() as scratch, Ledger(Path(scratch) / "pairs.db") as ledger:
        ledger.write([r.to_dict() for r in analyse_many(articles)])
        update_analysis(ledger, claims=False)
        rows = ledger.conn.execute(
            """SELECT at.content, at.source_text, at.source_kind, l.canonical_id, ar.published
               FROM attributions at JOIN articles ar ON ar.id = at.article_id
               LEFT JOIN entity_links l ON l.entity_id = at.source_entity_id"""
        ).fetchall()
        by_day: dict[str, list[tuple]] = {}
        for r in rows:
            by_day.setdefault((r[4] or "")[:10], []).append(tuple(r))
    for pair in pairs:
        for side in "ab":
            best = _match(pair[side], by_day.get(pair[f"{side}_published"], []))
            pair[f"{side}_source"] = best[1] if best else None
            pair[f"{side}_source_kind"] = best[2] if best else None
            pair[f"{side}_speaker"] = speaker_key(best[1], best[2], best[3]) if best else None
    return pairs


def _match(content: str, rows: list[tuple]) -> tuple | None:
    target = _fold(content)
    exact = [r for r in rows if _fold(r[0]) == target]
    if exact:
        return exact[0]
    scored = [(difflib.SequenceMatcher(None, target, _fold(r[0])).ratio(), r) for r in rows]
    scored = [s for s in scored if s[0] >= MATCH_MIN]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    pairs = recover(load_pairs(), args.corpus)
    PAIRS.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
    found = sum(p[f"{s}_speaker"] is not None for p in pairs for s in "ab")
    both = sum(p["a_speaker"] is not None and p["b_speaker"] is not None for p in pairs)
    print(f"{found} of {2 * len(pairs)} sides with a speaker; {both} pairs with both")


if __name__ == "__main__":
    main()
