"""Train the attribution verifier on PolNeAR train, choose its settings on PolNeAR dev.

    .venv/bin/python -m training.attribution          # ~6 min on 2 cores; writes the model
    .venv/bin/python -m training.attribution --dry-run  # train and report, write nothing

Every article is parsed once by the pipeline up to (not including) attribution; the rules
then propose candidates at a low cue-score floor (`component.candidate_drafts`), each with
the features `verifier.draft_features` reads. A candidate is positive when its cue shares
a character with a gold cue of the article's annotation. A logistic regression
(scikit-learn, L2, lbfgs) is fitted on train for a few regularisation strengths and
floors. On dev, each setting's threshold is the one with the best candidate-level F1 among
those whose precision is at least the rules' own, and the setting with the best such F1
wins. Its shipped threshold is then set end to end: the one at which the whole extractor's
exact sources on dev have the best F0.5 (precision weighs twice recall, since a wrong
attribution costs more than a missed one). The weights are written as JSON to
`src/newsledger/data/attribution_verifier.json` with a version naming the date and data.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from eval.attribution_scoring import (
    Tally,
    Triple,
    attribution_triples,
    prf_exact,
    score_doc,
    univocal,
)
from eval.polnear import DEFAULT_ROOT, Fragment, read_split
from spacy.tokens import Doc

MODEL_PATH = Path(__file__).resolve().parents[1] / "src/newsledger/data/attribution_verifier.json"
TAGGED_MODEL_PATH = MODEL_PATH.with_name("attribution_verifier_tagged.json")
GATES = (0.35,)  # lower gates scored alike on dev, and the tagger would read more
LOWEST_FLOOR = 0.05
FLOORS = (0.05, 0.1, 0.15)
STRENGTHS = (0.1, 0.3, 1.0)


@dataclass(slots=True)
class Example:
    features: dict[str, float]
    score: float  # the rules' cue score, to try floors without re-parsing
    positive: bool
    by_rules: bool  # would the rules alone, with their own gates, propose it?
    tagged: dict[str, float]  # what the learned tagger says of its words (the second stage)


def _overlaps(start: int, end: int, fragments: list[Fragment]) -> bool:
    return any(s < end and start < e for s, e in fragments)


def examples(
    split: str, limit: int | None = None, keep: list[tuple[Doc, list[Triple]]] | None = None
) -> list[Example]:
    """The split's candidates; parsed docs and gold triples go to `keep` when given."""
    from newsledger.article import Article
    from newsledger.extract.attribution.component import candidate_drafts
    from newsledger.extract.attribution.learned_spans import sentences_of
    from newsledger.extract.attribution.tagger import shipped_tagger
    from newsledger.extract.attribution.verifier import draft_features, tagger_features
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(())
    tagger = shipped_tagger()
    found: list[Example] = []
    for number, gold in enumerate(read_split(split, DEFAULT_ROOT)):
        if limit is not None and number >= limit:
            break
        doc = nlp(make_doc(nlp, Article(text=gold.text)))
        if keep is not None:
            keep.append((doc, [Triple(g.cue, g.source, g.content) for g in gold.attributions]))
        cues = [fragment for g in gold.attributions for fragment in g.cue]
        drafts = candidate_drafts(doc, LOWEST_FLOOR)
        rules_cues = {tuple(d.cue) for d in candidate_drafts(doc, None)}
        drafts = [d for d in drafts if d.content or d.quote_pieces]
        tags = tagger.tag(doc, sentences_of(doc, drafts))
        for draft in drafts:
            start = doc[draft.cue[0]].idx
            end = doc[draft.cue[-1]].idx + len(doc[draft.cue[-1]])
            found.append(
                Example(
                    draft_features(doc, draft, drafts),
                    draft.score,
                    _overlaps(start, end, cues),
                    tuple(draft.cue) in rules_cues,
                    tagger_features(doc, draft, tags),
                )
            )
        if number % 100 == 99:
            print(f"  {split}: {number + 1} articles, {len(found)} candidates", file=sys.stderr)
    return found


def proposed(example: Example, floor: float) -> bool:
    """Would the rules propose it at this floor? ("according to", speaker labels always.)"""
    return example.score >= floor or any(k.startswith("special=") for k in example.features)


def fit(train: list[Example], strength: float, floor: float, first=None, gate: float = 0.0):  # type: ignore[no-untyped-def]
    """A logistic model over the candidates the rules propose at `floor`; for the second
    stage (`first` given), over those the first finds likely enough, tagger features too."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    kept = [e for e in train if proposed(e, floor)]
    if first is not None:  # the doubtful: what the first stage would refuse, above the gate
        kept = [e for e in kept if gate <= first.probability(e.features) < first.threshold]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features_of(e, first is not None) for e in kept])
    y = [e.positive for e in kept]
    model = LogisticRegression(C=strength, solver="lbfgs", max_iter=5000).fit(x, y)
    return vectorizer, model


def features_of(example: Example, tagged: bool) -> dict[str, float]:
    return example.features | example.tagged if tagged else example.features


def to_verifier(vectorizer, model, threshold: float, floor: float, version: str, gate: float = 0.0):  # type: ignore[no-untyped-def]
    from newsledger.extract.attribution.verifier import Verifier

    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return Verifier(version, weights, round(float(model.intercept_[0]), 5), threshold, floor, gate)


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rules_alone(dev: list[Example]) -> tuple[float, float, float]:
    """Candidate-level P, R, F of the rules with their own gates: the bar to clear."""
    gold = sum(e.positive for e in dev)
    kept = [e for e in dev if e.by_rules]
    return prf(sum(e.positive for e in kept), len(kept), gold)


def evaluate(verifier, dev: list[Example], threshold: float, first=None):  # type: ignore[no-untyped-def]
    """Candidate-level P, R, F over dev positives the lowest floor proposes; with `first`,
    of the cascade: what the first stage keeps stays, and of what it would refuse, those
    above the gate are decided again by `verifier`."""
    gold = sum(e.positive for e in dev)
    tp = predicted = 0
    for e in dev:
        if not proposed(e, verifier.floor):
            continue
        if first is not None:  # the first stage keeps what it is sure of
            p = first.probability(e.features)
            keep = p >= first.threshold or (
                p >= verifier.gate and verifier.probability(features_of(e, True)) >= threshold
            )
        else:
            keep = verifier.probability(e.features) >= threshold
        if keep:
            predicted += 1
            tp += e.positive
    return prf(tp, predicted, gold)


def source_scores(
    verifier, docs: list[tuple[Doc, list[Triple]]], second=False
) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """End-to-end dev source precision and recall (exact spans) of the whole extractor
    (without the tagger unless a `second` stage is given)."""
    from newsledger.extract.attribution.component import find_attributions

    tally = Tally()
    for doc, gold in docs:
        found = find_attributions(doc, verifier=verifier, tagger=bool(second), second=second)
        predicted = attribution_triples(found)
        score_doc(doc, univocal(predicted), gold, tally)
    p, r, _ = prf_exact(*tally.exact["source"])
    return p, r


def f_half(p: float, r: float) -> float:
    """F0.5: precision weighs twice recall."""
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def end_to_end_threshold(verifier, docs: list[tuple[Doc, list[Triple]]], first=None) -> float:  # type: ignore[no-untyped-def]
    """The threshold with the best end-to-end F0.5 of exact sources on dev: a statement
    credited to the wrong source costs more than a missed one. With `first`, `verifier` is
    the second stage and the first stays as it is."""
    if first is None:
        p, r = source_scores(False, docs)
        print(f"rules alone: dev sources exact P {p:.3f} R {r:.3f} F0.5 {f_half(p, r):.3f}")
    else:
        p, r = source_scores(first, docs)
        print(f"first stage alone: dev sources exact P {p:.3f} R {r:.3f} F0.5 {f_half(p, r):.3f}")
    scored = []
    for step in range(8, 20):  # 0.40 to 0.95
        threshold = step / 20
        if first is None:
            p, r = source_scores(replace(verifier, threshold=threshold), docs)
        else:
            p, r = source_scores(first, docs, replace(verifier, threshold=threshold))
        print(f"  threshold {threshold:.2f}: P {p:.3f} R {r:.3f} F0.5 {f_half(p, r):.3f}")
        scored.append((f_half(p, r), threshold))
    return max(scored)[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each split")
    parser.add_argument("--dry-run", action="store_true", help="do not write the model")
    parser.add_argument(
        "--second-only",
        action="store_true",
        help="keep the shipped first stage and train only the second (tagger features)",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    train = examples("train", args.limit)
    dev_docs: list[tuple[Doc, list[Triple]]] = []
    dev = examples("dev", args.limit, dev_docs)
    print(
        f"candidates: train {len(train)} ({sum(e.positive for e in train)} positive), "
        f"dev {len(dev)} ({sum(e.positive for e in dev)} positive); "
        f"parsed in {time.perf_counter() - began:.0f} s"
    )
    version = f"attribution-verifier/{date.today().isoformat()} (PolNeAR train)"
    if args.second_only:
        from newsledger.extract.attribution.verifier import shipped_verifier

        first = shipped_verifier()
        assert first is not None, "--second-only needs the shipped first stage"
    else:
        first = first_stage(train, dev, dev_docs, version)
        if not args.dry_run:
            write(MODEL_PATH, first)
    second = second_stage(train, dev, dev_docs, first)
    print(
        f"second stage: gate {second.gate}, threshold {second.threshold}, "
        f"{len(second.weights)} weights; {time.perf_counter() - began:.0f} s in all"
    )
    if not args.dry_run:
        write(TAGGED_MODEL_PATH, second)
    return 0


def write(path: Path, verifier) -> None:  # type: ignore[no-untyped-def]
    path.write_text(json.dumps(verifier.to_json(), indent=0, ensure_ascii=False) + "\n")
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")


def first_stage(train, dev, dev_docs, version):  # type: ignore[no-untyped-def]
    """The verifier over the rules' features: floor, strength and threshold chosen on dev."""
    bar, rules_r, rules_f = rules_alone(dev)
    print(f"rules alone: dev candidates P {bar:.3f} R {rules_r:.3f} F1 {rules_f:.3f}")
    best = None
    for floor in FLOORS:
        for strength in STRENGTHS:
            vectorizer, model = fit(train, strength, floor)
            candidate = to_verifier(vectorizer, model, 0.5, floor, version)
            threshold, (p, r, f1) = best_threshold(candidate, dev, bar)
            print(
                f"floor {floor:.2f} C {strength:<4} threshold {threshold:.2f}: "
                f"dev candidates P {p:.3f} R {r:.3f} F1 {f1:.3f}"
            )
            if best is None or f1 > best[0]:
                best = (f1, to_verifier(vectorizer, model, threshold, floor, version))
    assert best is not None
    verifier = replace(best[1], threshold=end_to_end_threshold(best[1], dev_docs))
    print(f"first stage: floor {verifier.floor}, threshold {verifier.threshold}")
    return verifier


def second_stage(train, dev, dev_docs, first):  # type: ignore[no-untyped-def]
    """The model that decides again, with the tagger's features, what the first stage finds
    likely enough: gate, strength and threshold chosen on dev, the bar being the first
    stage's own candidate precision."""
    from newsledger.extract.attribution.tagger import shipped_tagger

    tagger = shipped_tagger()
    version = (
        f"attribution-verifier-tagged/{date.today().isoformat()} (PolNeAR train; {tagger.version})"
    )
    bar, r, f1 = evaluate(first, dev, first.threshold)
    print(f"first stage: dev candidates P {bar:.3f} R {r:.3f} F1 {f1:.3f}")
    best = None
    for gate in GATES:
        for strength in STRENGTHS:
            vectorizer, model = fit(train, strength, first.floor, first, gate)
            candidate = to_verifier(vectorizer, model, 0.5, first.floor, version, gate)
            threshold, (p, r, f1) = best_threshold(candidate, dev, bar, first)
            print(
                f"gate {gate:.2f} C {strength:<4} threshold {threshold:.2f}: "
                f"dev candidates P {p:.3f} R {r:.3f} F1 {f1:.3f}"
            )
            if best is None or f1 > best[0]:
                best = (f1, replace(candidate, threshold=threshold))
    assert best is not None
    return replace(best[1], threshold=end_to_end_threshold(best[1], dev_docs, first))


def best_threshold(candidate, dev, bar: float, first=None):  # type: ignore[no-untyped-def]
    """The candidate-level threshold with the best F1 among those at least as precise as
    `bar` (or, when none is, the most precise), with its P, R, F1."""
    thresholds = [t / 100 for t in range(20, 81, 2)]
    scored = [(evaluate(candidate, dev, t, first), t) for t in thresholds]
    allowed = [(f1, t) for (p, _, f1), t in scored if p >= bar] or [
        (p, t)
        for (p, _, _), t in scored  # nothing clears the bar: most precise
    ]
    threshold = max(allowed)[1]
    return threshold, evaluate(candidate, dev, threshold, first)


if __name__ == "__main__":
    raise SystemExit(main())
