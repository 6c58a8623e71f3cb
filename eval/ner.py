"""Named-entity scorer on MEANTIME (English Wikinews, CC BY 4.0).

Gold: ENTITY_MENTION markables whose syntactic_type is NAM or PRE.NAM (named mentions,
including pre-modifiers such as "U.S." in "U.S. officials"), typed through their
REFERS_TO link to the entity instance (PER, ORG, LOC, PRO, FIN, MIX), in the annotated
part of each document (title, date line, first sentences).

System: the entity mentions newsledger reports that come from a name (nominal and
pronoun links are not scored), with types mapped to MEANTIME's: PERSON->PER,
ORG->ORG, GPE/LOC/FAC->LOC, PRODUCT/WEAPON/WORK_OF_ART->PRO. NORP (demonyms) has no
MEANTIME counterpart and is left out. The bare en_core_web_sm NER goes through the same
scorer in the same run as the baseline.

Matching (one-to-one, greedy in text order), as MUC/CoNLL-style NER scoring does:
- exact: same start and end;
- overlap: the spans share at least one character (MEANTIME marks whole noun phrases,
  "JSA Research defence analyst Paul Nesbit", where NER marks the name).
Typed scores also need the same type.

    .venv/bin/python -m eval.ner [--limit N] [--out eval/results/ner.md]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eval.meantime import ANNOTATED_SENTENCES, DEFAULT_ROOT, Document, read_document, refers_to
from eval.report import emit

TYPE_MAP = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "PRODUCT": "PRO", "WEAPON": "PRO", "WORK_OF_ART": "PRO",
}  # fmt: skip
NAMED = ("NAM", "PRE.NAM")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str


def gold_mentions(path: Path, doc: Document) -> list[Mention]:
    """Named entity mentions in the annotated sentences, typed via REFERS_TO."""
    instance_type = {m.id: m.attrs.get("ent_type", "") for m in doc.markables if m.kind == "ENTITY"}
    mention_type = {m: instance_type.get(i, "") for m, i in refers_to(path).items()}
    sentence_of = {t.id: t.sentence for t in doc.tokens}
    found = []
    for m in doc.of_kind("ENTITY_MENTION"):
        if m.attrs.get("syntactic_type") not in NAMED:
            continue
        if sentence_of[m.tokens[0]] >= ANNOTATED_SENTENCES:
            continue
        found.append(Mention(m.start, m.end, mention_type.get(m.id, "")))
    return found


def system_mentions(doc: Document, nlp, bare: bool) -> list[Mention]:
    from newsledger.article import Article
    from newsledger.nlp.pipeline import make_doc, record_from_doc

    article = Article(text=doc.text)
    spacy_doc = nlp(make_doc(nlp, article))
    limit = doc.annotated_end
    if bare:
        return [
            Mention(e.start_char, e.end_char, TYPE_MAP[e.label_])
            for e in spacy_doc._.bare_ents
            if e.label_ in TYPE_MAP and e.end_char <= limit
        ]
    record = record_from_doc(article, spacy_doc)
    found = []
    for entity in record.entities:
        if entity.type not in TYPE_MAP:
            continue
        for span in entity.mentions:
            how = entity.links.get(f"{span.start}:{span.end}", "name")
            if how in ("pronoun", "role", "description") or span.end > limit:
                continue
            found.append(Mention(span.start, span.end, TYPE_MAP[entity.type]))
    return found


def match(gold: list[Mention], system: list[Mention], exact: bool, typed: bool) -> int:
    """Greedy one-to-one matching count."""
    used: set[int] = set()
    hits = 0
    for s in sorted(system, key=lambda m: m.start):
        for index, g in enumerate(gold):
            if index in used:
                continue
            same_span = (g.start, g.end) == (s.start, s.end)
            overlaps = g.start < s.end and s.start < g.end
            if (same_span if exact else overlaps) and (not typed or g.type == s.type):
                used.add(index)
                hits += 1
                break
    return hits


def prf(hits: int, n_gold: int, n_system: int) -> tuple[float, float, float]:
    p = hits / n_system if n_system else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(paths: Iterable[Path]) -> tuple[dict[str, dict[str, tuple[float, float, float]]], int, int]:
    from spacy.tokens import Doc

    from newsledger.nlp.pipeline import load

    nlp = load()
    if not Doc.has_extension("bare_ents"):
        Doc.set_extension("bare_ents", default=None)
    if "keep_bare_ents" not in nlp.pipe_names:
        from spacy.language import Language

        @Language.component("keep_bare_ents")
        def keep_bare_ents(doc):  # the model's own entities, before newsledger corrects them
            doc._.bare_ents = list(doc.ents)
            return doc

        nlp.add_pipe("keep_bare_ents", after="ner")
    totals = {name: {"gold": 0, "system": 0} for name in ("bare", "ours")}
    hits: dict[tuple[str, bool, bool], int] = {}
    documents = 0
    for path in paths:
        doc = read_document(path)
        gold = gold_mentions(path, doc)
        documents += 1
        for name in ("bare", "ours"):
            system = system_mentions(doc, nlp, bare=name == "bare")
            totals[name]["gold"] += len(gold)
            totals[name]["system"] += len(system)
            for exact in (True, False):
                for typed in (True, False):
                    key = (name, exact, typed)
                    hits[key] = hits.get(key, 0) + match(gold, system, exact, typed)
    nlp.remove_pipe("keep_bare_ents")
    table: dict[str, dict[str, tuple[float, float, float]]] = {}
    for name in ("bare", "ours"):
        row = {}
        for exact in (True, False):
            for typed in (True, False):
                label = ("exact" if exact else "overlap") + (" typed" if typed else " untyped")
                row[label] = prf(
                    hits[(name, exact, typed)], totals[name]["gold"], totals[name]["system"]
                )
        table[name] = row
    return table, documents, totals["ours"]["gold"]


def render(table, documents: int, n_gold: int, command: str, seconds: float) -> str:
    names = {"bare": "en_core_web_sm NER (baseline)", "ours": "newsledger entities"}
    columns = ["exact typed", "exact untyped", "overlap typed", "overlap untyped"]
    lines = [
        "# Named entities on MEANTIME",
        "",
        f"{documents} English MEANTIME documents (Wikinews, CC BY 4.0), {n_gold} gold named mentions "
        "(ENTITY_MENTION with syntactic_type NAM or PRE.NAM in the annotated sentences), typed "
        "PER/ORG/LOC/PRO/FIN/MIX through REFERS_TO.",
        "",
        "Matching: one-to-one; *exact* = same character span, *overlap* = spans share a character "
        "(MEANTIME marks whole noun phrases, NER marks names); *typed* also needs the same type after "
        "mapping PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, PRODUCT/WEAPON/WORK_OF_ART->PRO. NORP is "
        "not scored (no MEANTIME type). Figures are P / R / F1.",
        "",
        "| system | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for key, row in table.items():
        cells = [" / ".join(f"{v:.3f}" for v in row[c]) for c in columns]
        lines.append(f"| {names[key]} | " + " | ".join(cells) + " |")
    lines += ["", f"Command: `{command}` ({seconds:.0f} s).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    paths = sorted(Path(args.root, "intra-doc_annotation").glob("*/*.xml"))[: args.limit]
    started = time.perf_counter()
    table, documents, n_gold = run(paths)
    command = "python -m eval.ner" + (f" --limit {args.limit}" if args.limit else "")
    text = render(table, documents, n_gold, command, time.perf_counter() - started)
    emit(text, args.out)


if __name__ == "__main__":
    main()
