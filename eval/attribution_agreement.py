"""How far annotators of PolNeAR agree with each other: the ceiling for any system.

    .venv/bin/python -m eval.attribution_agreement

A few PolNeAR articles were annotated by five or six people (16 in train, 2 in dev). Each
ordered pair of their annotations is scored with the same rules as the system (one as
"predicted", the other as "gold"), and so is newsledger against every annotation of the
same articles. Under Citron's overlap rule the pair scores are symmetric, so precision,
recall and F1 agree for annotators. A system scored against one annotator cannot be
expected to beat what a second annotator scores against the first.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from collections.abc import Iterator

from eval.attribution_scoring import Tally, Triple, score_doc, system_triples, table, univocal
from eval.polnear import DEFAULT_ROOT, PolnearDoc, read_split

SPLITS = ("train", "dev")


def multiply_annotated(splits: tuple[str, ...] = SPLITS) -> Iterator[list[PolnearDoc]]:
    """Every article with two or more annotations, its annotations in annotator order."""
    for split in splits:
        groups: dict[str, list[PolnearDoc]] = defaultdict(list)
        for doc in read_split(split, DEFAULT_ROOT, all_annotators=True):
            groups[doc.name].append(doc)
        for name in sorted(groups):
            if len(groups[name]) > 1:
                yield sorted(groups[name], key=lambda d: d.annotator)


def gold_triples(doc: PolnearDoc) -> list[Triple]:
    return [Triple(g.cue, g.source, g.content) for g in doc.attributions]


def agreement() -> tuple[dict[str, Tally], int, int]:
    """(tallies, articles, annotator pairs): annotators vs each other, system vs each."""
    from newsledger.article import Article
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(("newsledger_attribution",))
    people, system = Tally(), Tally()
    articles = pairs = 0
    for group in multiply_annotated():
        articles += 1
        text = group[0].text
        doc = nlp(make_doc(nlp, Article(text=text)))
        predicted = univocal(system_triples(doc))
        for first, second in itertools.permutations(group, 2):
            score_doc(doc, gold_triples(first), gold_triples(second), people)
            pairs += 1
        for annotation in group:
            score_doc(doc, predicted, gold_triples(annotation), system)
    return (
        {"annotator vs annotator": people, "newsledger vs each annotator": system},
        articles,
        pairs,
    )


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    tallies, articles, pairs = agreement()
    print(f"{articles} articles annotated by several people; {pairs} ordered annotator pairs")
    print(table(tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
