"""Experiment (not shipped): would a CRF tagger trained on PolNeAR train find more cues?

    pip install python-crfsuite==0.9.12      # the `crf` extra; not in requirements.lock
    .venv/bin/python -m eval.attribution_crf  # ~25 min on 2 cores: parse, train, tag dev

A linear-chain CRF labels every token of an article B/I-CUE, B/I-SRC, B/I-CON or O (PolNeAR
is univocal, so an annotation is a tag sequence). Its features are the parse around the
token (word, lemma, tag, dependency, head, children, neighbours), the cue lexicon's score
and frame, whether the token is quoted, and the role the shipped rules gave the token and
its neighbours, so the CRF can only add to what the rules know. It is trained on all
train articles and scored on dev by token-level role F1 (non-space tokens; with
univocal predictions this is what Citron's overlap rule counts). Printed: the rules, the
CRF, the rules' cues with the CRF's cues added, and how many of the added cues touch a
gold cue. Results are discussed in `eval/results/attribution.md`.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval.polnear import DEFAULT_ROOT, Fragment, read_split

ROLE_TAGS = {"cue": "CUE", "source": "SRC", "content": "CON"}
Token = dict[str, Any]


def tag_sequence(doc: Any, attributions: list[dict[str, list[Fragment]]]) -> list[str]:
    """BIO role tags for the doc's tokens from attributions given as role -> fragments."""
    tags = ["O"] * len(doc)
    for attribution in attributions:
        for role, fragments in attribution.items():
            previous = None
            for start, end in fragments:
                span = doc.char_span(start, end, alignment_mode="expand")
                for token in span if span is not None else []:
                    if token.is_space or tags[token.i] != "O":
                        continue
                    inside = previous is not None and previous == token.i - 1
                    tags[token.i] = ("I-" if inside else "B-") + ROLE_TAGS[role]
                    previous = token.i
    return tags


def read_articles(split: str) -> list[dict[str, Any]]:
    """Token descriptions, gold tags and the rules' tags for every article of a split."""
    from newsledger.article import Article
    from newsledger.extract.attribution.component import QuoteIndex, attribution_from_doc
    from newsledger.extract.attribution.lexicon import cue_score, frame_of
    from newsledger.extract.attribution.quotes import find_quotations
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(("newsledger_attribution",))
    articles = []
    for gold in read_split(split, DEFAULT_ROOT):
        doc = nlp(make_doc(nlp, Article(text=gold.text)))
        rules = [
            {
                "cue": [(a.cue.span.start, a.cue.span.end)],
                "source": [(a.source.span.start, a.source.span.end)] if a.source else [],
                "content": [(c.start, c.end) for c in a.content],
            }
            for a in attribution_from_doc(doc)
        ]
        truth = [
            {"cue": a.cue, "source": a.source, "content": a.content} for a in gold.attributions
        ]
        quotes = QuoteIndex(find_quotations(doc.text))
        tokens = []
        for t in doc:
            score = cue_score(t)
            tokens.append(
                {
                    "lower": t.lower_, "lemma": t.lemma_.lower(), "pos": t.pos_, "tag": t.tag_,
                    "dep": t.dep_, "head": t.head.i, "ent": t.ent_type_, "space": t.is_space,
                    "title": t.is_title, "sent_start": bool(t.is_sent_start),
                    "quote": quotes.covers(t.idx), "newline": t.is_space and "\n" in t.text,
                    "score": score, "frame": frame_of(t) if score > 0 else "",
                    "kids": sorted({c.dep_ for c in t.children}),
                }
            )  # fmt: skip
        articles.append(
            {"tokens": tokens, "gold": tag_sequence(doc, truth), "rules": tag_sequence(doc, rules)}
        )
    return articles


def features(tokens: list[Token], rules: list[str], i: int) -> dict[str, float]:
    t, head = tokens[i], tokens[tokens[i]["head"]]
    grand = tokens[head["head"]]
    f = {
        "bias": 1.0, "q": float(t["quote"]), "title": float(t["title"]),
        "sent_start": float(t["sent_start"]), "newline": float(t["newline"]),
        "head_score": head["score"], "head_quoted": float(head["quote"]),
    }  # fmt: skip
    for name, value in (
        ("low", t["lower"]), ("lem", t["lemma"]), ("pos", t["pos"]), ("tag", t["tag"]),
        ("dep", t["dep"]), ("ent", t["ent"]), ("dep_pos", t["dep"] + "_" + t["pos"]),
        ("head_lem", head["lemma"]), ("head_pos", head["pos"]), ("head_dep", head["dep"]),
        ("dep_head_lem", t["dep"] + "_" + head["lemma"]), ("grand_lem", grand["lemma"]),
        ("dep_head_dep", t["dep"] + "_" + head["dep"]),
        ("head_score_tenth", str(int(head["score"] * 10))),
        ("rule", rules[i]), ("rule_pos", rules[i] + "_" + t["pos"]),
    ):  # fmt: skip
        f[f"{name}={value}"] = 1.0
    for kid in t["kids"]:
        f["kid=" + kid] = 1.0
    if t["score"] > 0:
        f["score"] = t["score"]
        f[f"score_tenth={int(t['score'] * 10)}"] = 1.0
        f["frame=" + t["frame"]] = 1.0
        f["lem_frame=" + t["lemma"] + "_" + t["frame"]] = 1.0
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if not 0 <= j < len(tokens):
            f[f"{offset}edge"] = 1.0
            continue
        f[f"{offset}lem=" + tokens[j]["lemma"]] = 1.0
        f[f"{offset}pos=" + tokens[j]["pos"]] = 1.0
        f[f"{offset}rule=" + rules[j]] = 1.0
    return f


def sequence(article: dict[str, Any]) -> list[dict[str, float]]:
    tokens, rules = article["tokens"], article["rules"]
    return [features(tokens, rules, i) for i in range(len(tokens))]


def runs(tags: list[str], role: str) -> list[list[int]]:
    """Token index runs of one role (a B- tag or a role change starts a new run)."""
    found: list[list[int]] = []
    current: list[int] = []
    for i, tag in enumerate(tags):
        if tag == "B-" + role or (tag == "I-" + role and not current):
            if current:
                found.append(current)
            current = [i]
        elif tag == "I-" + role:
            current.append(i)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def add_cues(rules: list[str], crf: list[str]) -> list[str]:
    """The rules' tags with every CRF cue run that touches no rule cue added."""
    merged = list(rules)
    taken = {i for run in runs(rules, "CUE") for i in run}
    for run in runs(crf, "CUE"):
        if taken.isdisjoint(run):
            for k, i in enumerate(run):
                if merged[i] == "O":
                    merged[i] = ("B-" if k == 0 else "I-") + "CUE"
    return merged


def role_f1(articles: list[dict[str, Any]], predictions: list[list[str]]) -> dict[str, tuple]:
    scores = {}
    for role in ROLE_TAGS.values():
        tp = fp = fn = 0
        for article, predicted in zip(articles, predictions, strict=True):
            for token, gold, guess in zip(
                article["tokens"], article["gold"], predicted, strict=True
            ):
                if token["space"]:
                    continue
                is_gold, is_guess = gold.endswith(role), guess.endswith(role)
                tp += is_gold and is_guess
                fp += is_guess and not is_gold
                fn += is_gold and not is_guess
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        scores[role] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0, 3))
    return scores


def added_cue_hits(articles: list[dict[str, Any]], predictions: list[list[str]]) -> tuple[int, int]:
    """(CRF cues beyond the rules' that touch a gold cue, those that touch none)."""
    hits = misses = 0
    for article, predicted in zip(articles, predictions, strict=True):
        rule_cues = {i for run in runs(article["rules"], "CUE") for i in run}
        gold_cues = {i for run in runs(article["gold"], "CUE") for i in run}
        for run in runs(predicted, "CUE"):
            if rule_cues.isdisjoint(run):
                hits += not gold_cues.isdisjoint(run)
                misses += gold_cues.isdisjoint(run)
    return hits, misses


def cached(split: str, cache: Path) -> list[dict[str, Any]]:
    path = cache / f"polnear-{split}-tokens.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    articles = read_articles(split)
    path.write_bytes(pickle.dumps(articles))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c1", type=float, default=0.05, help="L1 weight")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)
    try:
        import pycrfsuite
    except ImportError:
        print("needs python-crfsuite: pip install python-crfsuite==0.9.12", file=sys.stderr)
        return 1

    began = time.perf_counter()
    train, dev = cached("train", args.cache), cached("dev", args.cache)
    trainer = pycrfsuite.Trainer(verbose=False)
    for article in train:
        trainer.append(pycrfsuite.ItemSequence(sequence(article)), article["gold"])
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
         "feature.possible_transitions": True}
    )  # fmt: skip
    model = args.cache / "polnear-roles.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    crf = [tagger.tag(pycrfsuite.ItemSequence(sequence(a))) for a in dev]
    print(f"train {len(train)} articles, dev {len(dev)}; {time.perf_counter() - began:.0f} s")
    print("token-level role (P, R, F1) on dev:")
    print("  rules           ", role_f1(dev, [a["rules"] for a in dev]))
    print("  CRF             ", role_f1(dev, crf))
    merged = [add_cues(a["rules"], c) for a, c in zip(dev, crf, strict=True)]
    print("  rules + CRF cues", role_f1(dev, merged))
    hits, misses = added_cue_hits(dev, crf)
    print(f"CRF cues beyond the rules': {hits} touch a gold cue, {misses} touch none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
