"""Train the event category model on PLV_train; choose its threshold by cross-validation.

    .venv/bin/python -m training.events            # ~2 min on 2 cores; writes the model
    .venv/bin/python -m training.events --dry-run  # cross-validate and report, write nothing

Every sentence of `../shared/eval/plv/PLV_train.tsv`, and every record of the PLOVER gold
file's development half (its held-out half stays unread), is read by the whole pipeline and
coded by the event rules (`events.clauses.code_sentence`, the model switched off). In PLV
the candidate that stands for the gold event is the first whose source overlaps the marked
source, else the sentence's first reported event; in the PLOVER file it is the main event
`eval.events` scores. It gets the gold root (2021 roots; the PLOVER file's categories are
mapped onto them). A multinomial logistic regression (scikit-learn, L2, lbfgs) over
`category_model.category_features` learns the root. Five-fold cross-validation over the
PLV sentences (the PLOVER half is in every fold's training data) gives honest development
figures, with the measures of `eval.plv` (the gold root among the reported events, the
first event right), for the rules alone and for each regularisation strength and margin by which the
model must prefer another root to overrule the rules' own; the best is kept and the model refitted on
everything. The weights are written as JSON to
`src/newsledger/data/events_category_model.json` and the cross-validated table to
`eval/results/plv_model.md`.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eval.plv import COMMAND as EVAL_COMMAND
from eval.plv import Sentence, read_sentences

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src/newsledger/data/events_category_model.json"
RESULTS = ROOT / "eval/results/plv_model.md"
STRENGTHS = (1.0, 2.0, 4.0, 8.0, 16.0)
# Margins by which the model must prefer another root to the rules' own (0: whenever it
# prefers one); on a tie the rules keep theirs, whose category comes with named rules a
# reader can check.
THRESHOLDS = tuple(t / 20 for t in range(0, 13))
FOLDS = 5


@dataclass(slots=True)
class Coded:
    """One sentence's reported candidates: features, the rules' roots, which stands for gold."""

    gold: str
    features: list[dict[str, float]]
    rule_roots: list[str]
    labelled: int | None
    # per candidate: do its actor words overlap the marked source (eval.plv's "with actor
    # words", read from the candidate's source span rather than the record's entity)
    actor_hits: list[bool] = dataclasses.field(default_factory=list)


def _acts(sentence: Sentence, candidate) -> bool:  # type: ignore[no-untyped-def]
    """Do the candidate's source words overlap the sentence's marked source?"""
    span = sentence.source
    return span is not None and any(
        s.start_char < span[1] and span[0] < s.end_char for s in candidate.source
    )


def _pick(sentence: Sentence, candidates) -> int | None:  # type: ignore[no-untyped-def]
    if not candidates:
        return None
    return next((i for i, c in enumerate(candidates) if _acts(sentence, c)), 0)


def _coder():  # type: ignore[no-untyped-def]
    """A function from (text, gold root, source span) to its Coded sentence."""
    from newsledger.article import Article
    from newsledger.extract.events.category_model import category_features, to_root
    from newsledger.extract.events.clauses import code_sentence, main_event
    from newsledger.extract.events.component import (
        home_country,
        people_countries,
        worth_reporting,
    )
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(("newsledger_events",))

    def code(sentence: Sentence, by_main_event: bool = False) -> Coded:
        doc = nlp(make_doc(nlp, Article(text=sentence.text)))
        people, home = people_countries(doc), home_country(doc)
        candidates = [
            c for sent in doc.sents for c in code_sentence(sent, people, home) if worth_reporting(c)
        ]
        candidates.sort(key=lambda c: c.start_char)
        labelled = _pick(sentence, candidates)
        if by_main_event and (main := main_event(doc[:])) is not None:
            labelled = next(
                (i for i, c in enumerate(candidates) if c.trigger.i == main.trigger.i), labelled
            )
        return Coded(
            to_root(sentence.root),
            [category_features(c) for c in candidates],
            [to_root(c.category) for c in candidates],
            labelled,
            [_acts(sentence, c) for c in candidates],
        )

    return code


def coded_sentences(limit: int | None) -> list[Coded]:
    """PLV_train, coded by the rules (the model off)."""
    code = _coder()
    sentences = list(read_sentences())
    if limit is not None:  # spread over the file, which is ordered by root
        sentences = sentences[:: max(1, len(sentences) // limit)][:limit]
    return [code(sentence) for sentence in sentences]


def coded_plover_development(limit: int | None) -> list[Coded]:
    """The PLOVER gold file's development half (its held-out half stays unread), each
    record's main event labelled with its category's root."""
    from eval.plover import read_records, split

    code = _coder()
    development = split(read_records())[0]
    if limit is not None:
        development = development[:: max(1, len(development) // limit)][:limit]
    return [code(Sentence(r.text, r.event, None), by_main_event=True) for r in development]


def fit(sentences: list[Coded], strength: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labelled = [s for s in sentences if s.labelled is not None]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([s.features[s.labelled] for s in labelled])  # type: ignore[index]
    y = [s.gold for s in labelled]
    model = LogisticRegression(C=strength, solver="lbfgs", max_iter=5000).fit(x, y)
    return vectorizer, model


def final_roots(coded: Coded, vectorizer, model, threshold: float | None) -> list[str]:  # type: ignore[no-untyped-def]
    if threshold is None or not coded.features:
        return coded.rule_roots
    probabilities = model.predict_proba(vectorizer.transform(coded.features))
    classes = [str(c) for c in model.classes_]
    roots = []
    for rule_root, row in zip(coded.rule_roots, probabilities, strict=True):
        best = int(row.argmax())
        rules_p = row[classes.index(rule_root)] if rule_root in classes else 0.0
        roots.append(classes[best] if row[best] - rules_p >= threshold else rule_root)
    return roots


def cross_validate(
    sentences: list[Coded], extra: list[Coded], strength: float
) -> dict[float | None, tuple[int, int, int]]:
    """(among, first, with actor) counts over all PLV sentences for the rules (None) and
    each threshold; `extra` (the PLOVER development half) is in every fold's training data."""
    counts: dict[float | None, list[int]] = {t: [0, 0, 0] for t in (None, *THRESHOLDS)}
    for fold in range(FOLDS):
        train = [s for i, s in enumerate(sentences) if i % FOLDS != fold] + extra
        held = [s for i, s in enumerate(sentences) if i % FOLDS == fold]
        vectorizer, model = fit(train, strength)
        for threshold in counts:
            for coded in held:
                roots = final_roots(coded, vectorizer, model, threshold)
                counts[threshold][0] += coded.gold in roots
                counts[threshold][1] += bool(roots) and roots[0] == coded.gold
                counts[threshold][2] += any(
                    root == coded.gold and hit
                    for root, hit in zip(roots, coded.actor_hits, strict=True)
                )
    return {t: (a, f, w) for t, (a, f, w) in counts.items()}


def to_model(vectorizer, model, threshold: float, version: str):  # type: ignore[no-untyped-def]
    from newsledger.extract.events.category_model import CategoryModel

    roots = tuple(str(c) for c in model.classes_)
    weights: dict[str, dict[str, float]] = {}
    for name, column in zip(vectorizer.get_feature_names_out(), model.coef_.T, strict=True):
        row = {
            root: round(float(w), 4)
            for root, w in zip(roots, column, strict=True)
            if abs(w) >= 1e-3
        }
        if row:
            weights[str(name)] = row
    bias = {root: round(float(b), 4) for root, b in zip(roots, model.intercept_, strict=True)}
    return CategoryModel(version, roots, weights, bias, threshold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="N sentences, spread")
    parser.add_argument("--dry-run", action="store_true", help="write nothing")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    sentences = coded_sentences(args.limit)
    extra = coded_plover_development(args.limit)
    n = len(sentences)
    print(f"{n} sentences coded in {time.perf_counter() - began:.0f} s")
    lines = [
        "| system | C | gold root among events | first event right | with its actor (words) |",
        "|---|---:|---:|---:|---:|",
    ]
    best: tuple[int, float, float] | None = None
    for strength in STRENGTHS:
        results = cross_validate(sentences, extra, strength)
        for threshold, (among, first, actor) in results.items():
            figures = f"{among / n:.3f} | {first / n:.3f} | {actor / n:.3f} |"
            if threshold is None:
                if strength == STRENGTHS[0]:
                    lines.insert(2, f"| rules alone | | {figures}")
                continue
            name = f"model overrules by a margin >= {threshold:.2f}"
            lines.append(f"| {name} | {strength} | {figures}")
            if best is None or among + first > best[0]:
                best = (among + first, strength, threshold)
    assert best is not None
    _, strength, threshold = best
    table = "\n".join(lines)
    print(table)
    print(f"chosen C {strength}, threshold {threshold}; {time.perf_counter() - began:.0f} s in all")
    if args.dry_run:
        return 0
    version = f"events-category/{date.today().isoformat()} (PLV_train)"
    vectorizer, model = fit(sentences + extra, strength)
    category_model = to_model(vectorizer, model, threshold, version)
    # two models fitted the same day must not share a version: the weights' digest tells them apart
    body = json.dumps(category_model.to_json(), sort_keys=True).encode()
    digest = hashlib.sha256(body).hexdigest()[:8]
    category_model = dataclasses.replace(category_model, version=f"{version} {digest}")
    MODEL_PATH.write_text(json.dumps(category_model.to_json(), ensure_ascii=False) + "\n")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} KiB)")
    RESULTS.write_text(
        "# Event categories: the learned model, cross-validated on PLV_train\n\n"
        "Command: `.venv/bin/python -m training.events` (it also writes the model).\n\n"
        f"{FOLDS}-fold cross-validation over the {n} distinct PLV_train sentences (folds by "
        "sentence position), read by the whole pipeline; the measures are those of "
        f"`{EVAL_COMMAND}` on sentences the fold's model did not see. The shipped model "
        f"overrules the rules when it prefers another root by a margin >= {threshold:.2f} (C = {strength}) and is refitted on every PLV sentence and the PLOVER development half, so "
        "`eval.plv` run with it scores sentences it was trained on: these figures, not "
        "those, are its development figures. *With its actor (words)*: an event with the gold "
        "root whose actor words overlap the marked source (eval.plv's last figure, read from "
        "the candidate's source span, not from the record's entities).\n\n" + table + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
