"""The claim clusterer's rules beyond the cosine (figures, shared wording) measured on the
hand-labelled paraphrase pairs.

`eval.claims` scores the cosine thresholds alone: the pair file holds texts, not the
quantities of their articles. Here each content is run through the pipeline on its own
(its quantities and DURATION time expressions, read as `claim_numbers` reads them from a
ledger, the content being the whole text), and a pair is predicted the same claim as the
clusterer would join the later side to the earlier one's cluster: the cosine reaches the
speaker threshold (one step lower when both state one named figure: `claim_numbers.agreeing`,
`claims.LOWER`; or, for speakers not known to be one, when the two share a run of
`claim_wording.SHARED_RUN` words and were published within `claims.RELAY_DAYS`: a statement
relayed), and the figures neither are one-sided (`one_sided`) nor differ
(`conflicting`) nor measure only other things (`about_other_things`); with *wording*, two
speakers not known to be the same also share a run of n words (`claim_wording`) unless they
state one telling figure, n chosen on the dev half (best F1; ties to the shorter run).
Thresholds are the dev-tuned *by speaker* ones of `eval.claims`, so the rows compare the
rules alone.

    .venv/bin/python -m eval.claims_rules [--models minilm-int8] [--out FILE]
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np

from eval.claims import best_speaker_thresholds, load_pairs, prf, relations, similarities
from eval.report import emit

RUNS = (2, 3, 4, 5, 6)  # the shared-run lengths tried on the dev half


def figures_of(texts: dict[str, str]) -> dict[str, list]:
    """The figures each text states, by the pipeline run on the text alone."""
    from newsledger.analysis.claim_numbers import duration_figure, figure
    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse_many

    keys = list(texts)
    articles = [Article.from_text(texts[k], published=date(2006, 1, 1)) for k in keys]
    found: dict[str, list] = {}
    for key, analysed in zip(keys, analyse_many(articles), strict=True):
        text, record = texts[key], analysed.to_dict()
        found[key] = [figure(q, 0, text) for q in record["quantities"] if q["value"] is not None]
        for timex in record["timexes"]:
            if timex["type"] == "DURATION" and (made := duration_figure(timex, 0, text)):
                found[key].append(made)
    return found


def verdicts(pairs: list[dict], figures: dict[str, list]) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: whether the figures keep the two apart, and whether they agree."""
    from newsledger.analysis.claim_numbers import (
        about_other_things,
        agreeing,
        conflicting,
        one_sided,
    )

    blocked, agree = [], []
    for p in pairs:
        held, new = figures[p["a"]], figures[p["b"]]
        if (p.get("b_published") or "") < (p.get("a_published") or ""):
            held, new = new, held  # the later report joins the earlier one's cluster
        blocked.append(
            one_sided(new, held)
            or bool(new and (conflicting(new, held) or about_other_things(new, held)))
        )
        agree.append(agreeing(new, held))
    return np.array(blocked), np.array(agree)


def shared(pairs: list[dict], n: int) -> np.ndarray:
    """Whether each pair's two contents share a run of n words."""
    from newsledger.analysis.claim_wording import share_wording, word_runs

    return np.array([share_wording(word_runs(p["a"], n), word_runs(p["b"], n)) for p in pairs])


def relayed(pairs: list[dict], kinds: np.ndarray) -> np.ndarray:
    """Whether each pair reads as one statement relayed (`claims._Limits.relayed`): speakers
    not known to be one, a shared run of words, published within `RELAY_DAYS`."""
    from newsledger.analysis.claim_speakers import UNKNOWN
    from newsledger.analysis.claim_wording import SHARED_RUN
    from newsledger.analysis.claims import RELAY_DAYS

    def days_apart(p: dict) -> int | None:
        if not (p.get("a_published") and p.get("b_published")):
            return None
        first, second = (date.fromisoformat(p[s][:10]) for s in ("a_published", "b_published"))
        return abs((first - second).days)

    near = np.array([(d := days_apart(p)) is not None and d <= RELAY_DAYS for p in pairs])
    return (kinds == UNKNOWN) & near & shared(pairs, SHARED_RUN)


def run(models: list[str]) -> tuple[list[dict], dict]:
    from newsledger.analysis.claims import LOWER
    from newsledger.analysis.claims import claim_text as clean

    pairs = load_pairs()
    labels = np.array([bool(p["label"]) for p in pairs])
    dev = np.array([p["split"] == "dev" for p in pairs])
    kinds = relations(pairs)
    texts = {p[s]: clean(p[s]) for p in pairs for s in ("a", "b")}
    blocked, agree = verdicts(pairs, figures_of(texts))
    lowered = np.array([LOWER[k] for k in kinds])
    lower = agree | relayed(pairs, kinds)
    rows = []
    for model, centre in [(m, c) for m in models for c in (True, False)]:
        sims = similarities(pairs, model, centre)
        chosen = best_speaker_thresholds(labels[dev], sims[dev], kinds[dev])
        plain = sims >= np.array([chosen.of(k) for k in kinds])
        limits = np.array(
            [chosen.of(low if a else k) for k, low, a in zip(kinds, lowered, lower, strict=True)]
        )
        ruled = (sims >= limits) & ~blocked
        free = (kinds == "same") | agree  # no shared wording needed
        worded = {n: ruled & (free | shared(pairs, n)) for n in RUNS}
        n = max(RUNS, key=lambda n: (prf(labels[dev], worded[n][dev])[2], -n))
        for name, predicted in (
            ("by speaker", plain),
            ("by speaker + figures", ruled),
            (f"by speaker + figures + wording (n = {n})", worded[n]),
        ):
            rows.append({
                "model": model + (" centred" if centre else " raw"), "rule": name,
                "thresholds": " / ".join(f"{t:.2f}" for t in chosen),
                "test": prf(labels[~dev], predicted[~dev]), "all": prf(labels, predicted),
            })  # fmt: skip
    counts = {
        "pairs": len(pairs), "positive": int(labels.sum()),
        "blocked": (int((blocked & labels).sum()), int((blocked & ~labels).sum())),
        "agree": (int((agree & labels).sum()), int((agree & ~labels).sum())),
        "with_figures": int(sum(bool(blocked[i] or agree[i]) for i in range(len(pairs)))),
    }  # fmt: skip
    return rows, counts


def render(rows: list[dict], counts: dict, command: str) -> str:
    blocked_pos, blocked_neg = counts["blocked"]
    agree_pos, agree_neg = counts["agree"]
    lines = [
        "# Claim rules beyond the cosine (figures, shared wording) on the paraphrase pairs",
        "",
        f"`eval/data/paraphrase_pairs.jsonl`: {counts['pairs']} pairs, {counts['positive']} "
        "the same claim. Figures read by the pipeline from each content alone. The rules keep "
        f"{blocked_pos + blocked_neg} pairs apart ({blocked_pos} labelled the same claim, "
        f"{blocked_neg} not) and lower the threshold for {agree_pos + agree_neg} "
        f"({agree_pos} the same claim, {agree_neg} not). Thresholds: `eval.claims`'s dev-tuned "
        "*by speaker* ones. Figures are P / R / F1.",
        "",
        "| model | rule | thresholds same / unknown / different | test P / R / F1 | all pairs P / R / F1 |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [" / ".join(f"{v:.3f}" for v in row[k]) for k in ("test", "all")]
        lines.append(
            f"| {row['model']} | {row['rule']} | {row['thresholds']} | " + " | ".join(cells) + " |"
        )
    lines += ["", f"Command: `{command}`.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=["minilm-int8"])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows, counts = run(args.models)
    text = render(rows, counts, "python -m eval.claims_rules --models " + " ".join(args.models))
    emit(text, args.out)


if __name__ == "__main__":
    main()
