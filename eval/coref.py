"""Cross-document entity coreference on MEANTIME (intra_cross-doc_annotation).

Gold: ENTITY_MENTION markables with syntactic_type NAM or PRE.NAM in the annotated
sentences, clustered by the ``instance_id`` of the ENTITY instance their REFERS_TO
relation points to (instance ids are shared across the documents of a topic).

System: newsledger's pipeline on each document (published = the document's creation
time), the records written to a scratch ledger, then `analysis.entities.update_entities`
links them across documents; a system mention's cluster is its canonical entity. Only
name mentions are scored (pronoun and role links are in-article coreference).

Mentions are aligned one-to-one, greedily in text order, when their spans overlap
(MEANTIME marks whole noun phrases, "JSA Research defence analyst Paul Nesbit", where
NER marks names). B-cubed and MUC are computed as the CoNLL-2012 reference scorer
(v8, Pradhan et al. 2014) defines them over differing mention sets: a system mention
with no gold twin counts in the precision denominator only, a missed gold mention in
the recall denominator only. Two views: *end-to-end* (every system name mention) and
*aligned* (only system mentions aligned with a gold one: resolution alone). Two
baselines through the same scorer: *in-document only* (no cross-document links) and
*same string* (one entity per type group and folded name).

    .venv/bin/python -m eval.coref [--limit N] [--out eval/results/coref.md]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Hashable, Iterable
from datetime import date
from pathlib import Path

from eval.meantime import ANNOTATED_SENTENCES, DEFAULT_ROOT, Document, read_document, refers_to
from eval.report import emit

NAMED = ("NAM", "PRE.NAM")
LAYER = "intra_cross-doc_annotation"
SCORED_TYPES = {
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "PRODUCT",
    "WEAPON",
    "WORK_OF_ART",
    "EVENT",
    "LAW",
}

Clusters = dict[Hashable, set[Hashable]]


# -- the CoNLL metrics ------------------------------------------------------------
def _clusters(assignment: dict[Hashable, Hashable]) -> Clusters:
    clusters: Clusters = defaultdict(set)
    for mention, cluster in assignment.items():
        clusters[cluster].add(mention)
    return clusters


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B-cubed as the CoNLL scorer computes it (mention sets may differ)."""
    where = {m: r for r, ms in response.items() for m in ms}

    def score(a: Clusters, b_of: dict[Hashable, Hashable], b: Clusters) -> float:
        total = sum(len(ms) for ms in a.values())
        if not total:
            return 0.0
        correct = 0.0
        for ms in a.values():
            overlap: dict[Hashable, int] = defaultdict(int)
            for m in ms:
                if m in b_of:
                    overlap[b_of[m]] += 1
            correct += sum(n * n for n in overlap.values()) / len(ms)
        return correct / total

    key_of = {m: k for k, ms in key.items() for m in ms}
    recall = score(key, where, response)
    precision = score(response, key_of, key)
    return precision, recall, _f1(precision, recall)


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links kept, counting unaligned mentions as singletons."""

    def score(a: Clusters, b: Clusters) -> float:
        b_of = {m: c for c, ms in b.items() for m in ms}
        numerator = denominator = 0
        for ms in a.values():
            parts = {b_of.get(m, ("alone", m)) for m in ms}
            numerator += len(ms) - len(parts)
            denominator += len(ms) - 1
        return numerator / denominator if denominator else 0.0

    recall, precision = score(key, response), score(response, key)
    return precision, recall, _f1(precision, recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# -- gold --------------------------------------------------------------------------
def gold_mentions(path: Path, doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, instance_id) of named mentions in the annotated sentences."""
    instance = {m.id: m.attrs.get("instance_id", "") for m in doc.markables if m.kind == "ENTITY"}
    refers = {m: instance.get(i, "") for m, i in refers_to(path).items()}
    sentence_of = {t.id: t.sentence for t in doc.tokens}
    found = []
    for m in doc.of_kind("ENTITY_MENTION"):
        if (
            m.attrs.get("syntactic_type") not in NAMED
            or sentence_of[m.tokens[0]] >= ANNOTATED_SENTENCES
        ):
            continue
        if refers.get(m.id):
            found.append((m.start, m.end, refers[m.id]))
    return found


# -- system ------------------------------------------------------------------------
def creation_date(value: str | None) -> date | None:
    """MEANTIME writes most creation times as ISO dates, one as MM-DD-YYYY."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        month, day, year = value[:10].split("-")
        return date(int(year), int(month), int(day))


def system_records(docs: list[Document], nlp) -> list[dict]:
    from newsledger.article import Article
    from newsledger.nlp.pipeline import make_doc, record_from_doc

    records = []
    for doc in docs:
        published = creation_date(doc.dct)
        article = Article(
            text=doc.text, published=published, external_id=doc.name, outlet="Wikinews"
        )
        record = record_from_doc(article, nlp(make_doc(nlp, article)))
        as_dict = record.to_dict()
        links = {e.id: e.links for e in record.entities}  # how each mention was linked
        for entity in as_dict["entities"]:
            entity["links"] = links.get(entity["id"], {})
        records.append(as_dict)
    return records


def system_mentions(records: list[dict], docs: list[Document], db: Path) -> dict[str, list[tuple]]:
    """Per document: (start, end, canonical id, in-doc id, same-string key) of name mentions."""
    from newsledger.analysis.entities import type_group
    from newsledger.analysis.names import fold, person_parts
    from newsledger.ledger.store import Ledger, transaction

    with Ledger(db) as ledger:
        ledger.write(records)
        from newsledger.analysis.entities import update_entities

        with transaction(ledger.conn):
            update_entities(ledger.conn)
        canonical = {
            (r[0], r[1]): r[2]
            for r in ledger.conn.execute(
                """SELECT e.article_id, e.local_id, l.canonical_id FROM entities e
                   JOIN entity_links l ON l.entity_id = e.id"""
            )
        }
    found: dict[str, list[tuple]] = {}
    for record, doc in zip(records, docs, strict=True):
        article_id = record["article"]["id"]
        limit = doc.annotated_end
        mentions = []
        for entity in record["entities"]:
            if entity["type"] not in SCORED_TYPES:
                continue
            group = type_group(entity["type"])
            name = person_parts(entity["name"])[0] if group == "PERSON" else fold(entity["name"])
            links = entity.get("links") or {}
            for span in entity["mentions"]:
                if links.get(f"{span['start']}:{span['end']}", "name") in (
                    "pronoun",
                    "role",
                    "description",
                ):
                    continue
                if span["end"] > limit:
                    continue
                mentions.append((
                    span["start"], span["end"], canonical[(article_id, entity["id"])],
                    (doc.name, entity["id"]), (group, name),
                ))  # fmt: skip
        found[doc.name] = mentions
    return found


def align(gold: list[tuple[int, int, str]], system: list[tuple]) -> dict[int, int]:
    """system index -> gold index, one-to-one, greedy in text order, by overlap."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for s_index, s in sorted(enumerate(system), key=lambda x: x[1][0]):
        for g_index, g in enumerate(gold):
            if g_index not in used and g[0] < s[1] and s[0] < g[1]:
                used.add(g_index)
                pairs[s_index] = g_index
                break
    return pairs


def score(paths: Iterable[Path]) -> tuple[dict[str, dict[str, tuple]], dict[str, int]]:
    from newsledger.nlp.pipeline import load

    paths = list(paths)
    docs = [read_document(p) for p in paths]
    golds = {d.name: gold_mentions(p, d) for p, d in zip(paths, docs, strict=True)}
    # each topic is its own small world: resolve across the documents of one topic
    by_topic: dict[str, list[int]] = defaultdict(list)
    for index, path in enumerate(paths):
        by_topic[path.parent.name].append(index)
    nlp = load()
    systems: dict[str, list[tuple]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for topic, indexes in by_topic.items():
            topic_docs = [docs[i] for i in indexes]
            records = system_records(topic_docs, nlp)
            systems.update(system_mentions(records, topic_docs, Path(scratch) / f"{topic}.db"))
    key: dict[Hashable, Hashable] = {}
    views: dict[str, dict[str, dict[Hashable, Hashable]]] = {
        v: {"newsledger": {}, "in-document only": {}, "same string": {}}
        for v in ("end-to-end", "aligned")
    }
    topic_of = {d.name: p.parent.name for p, d in zip(paths, docs, strict=True)}
    for doc in docs:
        gold, system = golds[doc.name], systems.get(doc.name, [])
        for g_index, g in enumerate(gold):
            key[(doc.name, "g", g_index)] = (topic_of[doc.name], g[2])
        pairs = align(gold, system)
        for s_index, s in enumerate(system):
            mention = (
                (doc.name, "g", pairs[s_index]) if s_index in pairs else (doc.name, "s", s_index)
            )
            for view in ("end-to-end", "aligned"):
                if view == "aligned" and s_index not in pairs:
                    continue
                views[view]["newsledger"][mention] = (topic_of[doc.name], s[2])
                views[view]["in-document only"][mention] = s[3]
                views[view]["same string"][mention] = (topic_of[doc.name], s[4])
    key_clusters = _clusters(key)
    table: dict[str, dict[str, tuple]] = {}
    for view, systems_of_view in views.items():
        for name, assignment in systems_of_view.items():
            response = _clusters(assignment)
            table[f"{name} ({view})"] = {
                "MUC": muc(key_clusters, response), "B3": b_cubed(key_clusters, response)
            }  # fmt: skip
    counts = {
        "documents": len(docs), "gold mentions": len(key), "gold entities": len(key_clusters),
        "cross-document gold entities": sum(
            1 for ms in key_clusters.values() if len({m[0] for m in ms}) > 1
        ),
        "system mentions": len(views["end-to-end"]["newsledger"]),
        "aligned": len(views["aligned"]["newsledger"]),
    }  # fmt: skip
    return table, counts


def render(table, counts, command: str, seconds: float) -> str:
    lines = [
        "# Cross-document entity coreference on MEANTIME",
        "",
        f"MEANTIME `{LAYER}` (English Wikinews, CC BY 4.0): {counts['documents']} documents in 4 "
        f"topics; {counts['gold mentions']} gold named mentions (NAM / PRE.NAM, annotated "
        f"sentences) in {counts['gold entities']} gold entities, {counts['cross-document gold entities']} "
        f"of which span several documents. newsledger reported {counts['system mentions']} name "
        f"mentions there; {counts['aligned']} align with a gold mention.",
        "",
        "Metrics: MUC and B-cubed as the CoNLL-2012 reference scorer (v8) defines them for differing "
        "mention sets. Alignment: one-to-one by span overlap. Resolution runs over the documents "
        "of one topic at a time (a ledger per topic). *end-to-end* scores every system name mention "
        "(NER errors count); *aligned* keeps only system mentions aligned with a gold one. "
        "Baselines: *in-document only* = newsledger's in-article entities, no cross-document "
        "links; *same string* = one entity per type group and folded name. Figures are P / R / F1.",
        "",
        "| system | MUC | B-cubed |",
        "|---|---|---|",
    ]
    for name, row in table.items():
        cells = [" / ".join(f"{v:.3f}" for v in row[m]) for m in ("MUC", "B3")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", f"Command: `{command}` ({seconds:.0f} s).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--limit", type=int, default=None, help="documents per topic")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    paths: list[Path] = []
    for topic in sorted(Path(args.root, LAYER).iterdir()):
        if topic.is_dir():
            paths += sorted(topic.glob("*.xml"))[: args.limit]
    started = time.perf_counter()
    table, counts = score(paths)
    command = "python -m eval.coref" + (f" --limit {args.limit}" if args.limit else "")
    text = render(table, counts, command, time.perf_counter() - started)
    emit(text, args.out)


if __name__ == "__main__":
    main()
