"""Statements credited to the wrong speaker on PolNeAR: attributions whose cue meets a gold
cue but whose source shares no character with that gold attribution's source.

    .venv/bin/python -m eval.wrong_sources                  # PolNeAR dev, the count and each case
    .venv/bin/python -m eval.wrong_sources --split train --quiet

`eval.attribution` scores spans; this lists the errors a newsroom minds most, to read them.
PolNeAR marks a relative pronoun as the source ("Clinton, who said ..." credits "who"),
where the ledger names whom it stands for: those cases are counted apart, as convention, not
error. Cases where PolNeAR has no source at all are counted apart too.
"""

from __future__ import annotations

import argparse

from eval.attribution_scoring import system_triples, univocal
from eval.polnear import DEFAULT_ROOT, read_split

RELATIVE_SOURCES = frozenset({"who", "which", "whom", "that"})


def _chars(fragments: list[tuple[int, int]]) -> set[int]:
    return {i for start, end in fragments for i in range(start, end)}


def _text(text: str, chars: set[int]) -> str:
    return text[min(chars) : max(chars) + 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    args = parser.parse_args()

    from newsledger.article import Article
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(("newsledger_attribution",))
    linked = relative = no_gold = 0
    wrong: list[str] = []
    for gold_doc in read_split(args.split, DEFAULT_ROOT):
        text = gold_doc.text
        article = Article.from_text(text)
        if article.text != text:  # offsets must stay the dataset's
            article = Article(text=text)
        doc = nlp(make_doc(nlp, article))
        for predicted in univocal(system_triples(doc)):
            cue = _chars(predicted.cue)
            gold = next((g for g in gold_doc.attributions if cue & _chars(g.cue)), None)
            if gold is None:
                continue
            linked += 1
            mine, theirs = _chars(predicted.source), _chars(gold.source)
            if mine and not theirs:
                no_gold += 1
            elif mine and theirs and not mine & theirs:
                if _text(text, theirs).lower() in RELATIVE_SOURCES:
                    relative += 1
                    continue
                wrong.append(
                    f"- {_text(text, mine)!r}, gold {_text(text, theirs)!r} | cue "
                    f"{_text(text, cue)!r}"
                )
    print(
        f"PolNeAR {args.split}: {linked} attributions whose cue meets a gold cue; wrong "
        f"source {len(wrong)}; a relative pronoun in the gold source {relative}; no gold "
        f"source {no_gold}"
    )
    if not args.quiet:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
