"""Build ``src/newsledger/data/attribution_cues.json``: cue rates from PolNeAR **train** only.

    .venv/bin/python -m eval.attribution_lexicon          # about 3 minutes on one core

For every token of every train article outside quotation marks (the component never
takes a cue from inside a quotation) the key ``lemma|POS|frame`` (see
``newsledger.extract.attribution.lexicon.cue_key``) and the lemma key ``lemma|POS`` are
counted, and so is how often the token heads a gold cue (the cue token whose parse head
lies outside the cue). Only lemmas that head a cue at least twice are kept: the table is a
lexicon with evidence, not a model of the corpus. PolNeAR has no licence, so only these
counts ship, never its text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eval.attribution_scoring import token_sets
from eval.polnear import read_split

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "attribution_cues.json"


def write_table(rates: dict[str, list[int]], source: str) -> None:
    """One key a line, so a diff of the table reads like a diff of a lexicon."""
    lines = [f"{json.dumps(key)}: [{cue}, {seen}]" for key, (cue, seen) in sorted(rates.items())]
    body = ",\n".join(lines)
    OUT.write_text(
        f'{{"source": {json.dumps(source)},\n"rates": {{\n{body}\n}}}}\n', encoding="utf-8"
    )


def main() -> int:
    from newsledger.article import Article
    from newsledger.extract.attribution.component import QuoteIndex
    from newsledger.extract.attribution.lexicon import cue_key
    from newsledger.extract.attribution.quotes import find_quotations
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(())  # the parse is all the counts need
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    articles = 0
    for gold in read_split("train"):
        articles += 1
        doc = nlp(make_doc(nlp, Article(text=gold.text)))
        heads: set[int] = set()
        for attribution in gold.attributions:
            tokens = token_sets(doc, attribution.cue)
            outside = [
                i for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i
            ]
            if outside:
                heads.add(outside[0])
        quotes = QuoteIndex(find_quotations(doc.text))
        for token in doc:
            if token.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") or quotes.covers(token.idx):
                continue  # the component never looks inside quotations, so neither do the counts
            keys = (cue_key(token), f"{token.lemma_.lower()}|{token.pos_}")
            for key in keys:
                seen[key] += 1
                if token.i in heads:
                    cue[key] += 1
    lemma_cues = Counter({k: v for k, v in cue.items() if k.count("|") == 1})
    kept_lemmas = {k for k, v in lemma_cues.items() if v >= 2}
    rates = {
        key: [cue[key], seen[key]]
        for key in sorted(seen)
        if "|".join(key.split("|")[:2]) in kept_lemmas
    }
    write_table(rates, f"PolNeAR train, {articles} articles; [cue head count, token count]")
    print(f"{len(rates)} keys from {articles} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
