"""Score attribution extraction on PolNeAR: cue, source and content, exact and overlap.

    .venv/bin/python -m eval.attribution                 # PolNeAR dev, with the baseline row
    .venv/bin/python -m eval.attribution --limit 10      # a quick run on the first 10 articles
    .venv/bin/python -m eval.attribution --write         # also write eval/results/attribution.md

Matching follows Citron's evaluation (Newell et al., BBC R&D, whose published PARC3 figures
are the reference), over spaCy tokens of the article (whitespace tokens ignored):

- exact, cue: a predicted cue counts when its tokens equal a gold cue's tokens;
- exact, source / content: the predicted cue overlaps a gold cue *and* the source (content)
  tokens are equal (no source on both sides is equal);
- overlap (Citron): token overlap summed over every predicted x gold pair; precision =
  overlap / predicted tokens, recall = overlap / gold tokens;
- overlap, linked (stricter, ours): as above but a pair only counts when their cues overlap,
  so a content found but tied to the wrong cue earns nothing.

PolNeAR is univocal (a token has one role in one attribution), so predictions are made
univocal before scoring: an attribution whose cue lies inside another predicted
attribution's content (``officials said [they feared ...]``) is dropped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from eval.attribution_scoring import (
    Tally,
    Triple,
    rules_triples,
    score_doc,
    system_triples,
    table,
    textacy_triples,
    univocal,
)
from eval.polnear import DEFAULT_ROOT, read_split

RESULTS = Path(__file__).resolve().parent / "results" / "attribution.md"


def run(
    split: str, limit: int | None, systems: dict[str, Callable[[Doc], list[Triple]]]
) -> tuple[dict[str, Tally], int]:
    from newsledger.article import Article
    from newsledger.nlp.pipeline import load, make_doc

    nlp = load(("newsledger_attribution",))  # entity ids are not scored
    tallies = {name: Tally() for name in systems}
    count = 0
    for gold_doc in read_split(split, DEFAULT_ROOT):
        if limit is not None and count >= limit:
            break
        count += 1
        article = Article.from_text(gold_doc.text)
        if article.text != gold_doc.text:  # offsets must stay the dataset's
            article = Article(text=gold_doc.text)
        doc = nlp(make_doc(nlp, article))
        gold = [Triple(g.cue, g.source, g.content) for g in gold_doc.attributions]
        for name, system in systems.items():
            score_doc(doc, univocal(system(doc)), gold, tallies[name])
    return tallies, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None, help="score the first N articles")
    parser.add_argument("--no-baseline", action="store_true", help="skip the textacy row")
    parser.add_argument(
        "--no-rules-row", action="store_true", help="skip the row of the rules without the verifier"
    )
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.name}")
    args = parser.parse_args(argv)

    systems: dict[str, Callable[[Doc], list[Triple]]] = {"newsledger": system_triples}
    if not args.no_rules_row:
        systems["newsledger, rules alone (no verifier)"] = rules_triples
    if not args.no_baseline:
        systems["textacy direct_quotations (baseline)"] = textacy_triples
    began = time.perf_counter()
    tallies, count = run(args.split, args.limit, systems)
    seconds = time.perf_counter() - began
    some = next(iter(tallies.values()))
    summary = (
        f"PolNeAR {args.split}: {count} articles, {some.gold} gold attributions; "
        + ", ".join(f"{name}: {t.predicted} predicted" for name, t in tallies.items())
        + f"; {seconds:.0f} s"
    )
    print(summary)
    print(table(tallies))
    if args.write:
        from eval.attribution_agreement import agreement

        command = "python -m eval.attribution" + (f" --limit {args.limit}" if args.limit else "")
        people, articles, pairs = agreement()
        ceiling = (
            f"{articles} articles annotated by several people, {pairs} ordered annotator "
            f"pairs:\n\n{table(people)}"
        )
        print(ceiling)
        write_results(table(tallies), summary, command, ceiling)
    return 0


def write_results(rows: str, summary: str, command: str, ceiling: str) -> None:
    text = RESULTS_TEMPLATE.format(command=command, summary=summary, table=rows, ceiling=ceiling)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")


RESULTS_TEMPLATE = """# Attribution: PolNeAR dev

Command: `.venv/bin/{command} --write` (spaCy en_core_web_sm 3.8, textacy 0.13.0); the
agreement table below comes from the same run (`python -m eval.attribution_agreement`).

{summary}

{table}

Figures are percentages. **Matching rule** (Citron's evaluation, the reference for the
published PARC3 figures), over spaCy tokens of the article, whitespace ignored:

- *exact*: a cue counts when its tokens equal a gold cue's tokens; a source (content)
  counts when the predicted cue overlaps a gold cue and the source (content) tokens are
  equal (a missing source on both sides is equal). Counts are attributions.
- *overlap (Citron)*: tokens of a role shared between every predicted and gold attribution,
  summed; P = shared / predicted tokens, R = shared / gold tokens.
- *overlap, linked* (stricter): as above, but a predicted and a gold attribution only share
  tokens when their cues overlap.

Data: PolNeAR dev (`../shared/eval/polnear/dev`), one annotation per article (the
annotator id that sorts first, for the two articles annotated by six people); every E line
with a cue is a gold attribution; Source, Cue, Content and Content2 fragments are kept.
PolNeAR is univocal (each token has one role in one attribution), so before scoring an
attribution whose cue lies inside another predicted attribution's content is dropped (the
record keeps it). Reference: Citron on PARC3 test reports cue F1 82.3 exact / 76.8 overlap,
source 82.0 / 85.3, content 59.3 / 83.3 (its model card; a different corpus, for
orientation only).

## How far PolNeAR's own annotators agree

{ceiling}

Each ordered pair of annotations of the same article is scored with the rules above, one
as "predicted" and the other as "gold" (overlap scores are then symmetric). Two trained
PolNeAR annotators agree on cue tokens at **69.6** overlap F1 (71.3 exact), on sources at
88.1 and on contents at 91.8. A system scored against one annotator has no reason to
score higher than a second annotator does, so the issue's cue target (overlap F1 >= 80)
lies above what the data can show: no system is expected to reach it on PolNeAR. The
source and content targets (>= 80) lie below human agreement, and newsledger meets them.
The gap that is left to the annotators is recall: newsledger scored against every
annotator of those 18 articles is at cue 59.8, source 77.8, content 84.3 overlap F1, with
higher cue precision (73.4) than the annotators have with each other.

## System

Rules over the spaCy dependency parse (`extract/attribution/rules.py`), a quotation
finder (`extract/attribution/quotes.py`) and a cue lexicon whose rates per lemma, part of
speech and frame were counted on PolNeAR **train** only (`eval/attribution_lexicon.py` ->
`src/newsledger/data/attribution_cues.json`); the two thresholds were chosen on dev.
Chosen on train: infinitive cues take the verb they complete ("went on to say", "is
expected to endorse"); light verbs with a message object are cues ("made the case that",
"raised concerns about"); stance verbs ("supports", "opposed") and attitude adjectives
("is critical of") use the lower threshold; title-case headline labels ("Poll: ...")
are speakers.

This round (errors read on PolNeAR **train**, rules written for news constructions, not
for sentences): a cue standing alone right after a quotation that ends in "!", "?" or a
stray period takes the quotation (the parser ends the sentence inside the quotation:
"\u201cWe will win!\u201d Bush said."); "as X noted, C" gives C to X ("as reported by
X" too: a participle's by-phrase is its source); a poll or survey whose finding a clause
reports is a document source with cue "in" ("71 percent back the plan in a new CNN poll";
held to a particular poll, a verb and a number, because "in the presidential poll" is
also an election and "in a study" mostly names participants); a "that" clause the parser
hangs on the cue's own phrase ("wrote in a letter to the board that he would resign") is
the content; and token identity tests that could never be true (`token.head is token`)
became index tests. Dev moved from cue 59.3 / source 81.2 / content 82.0 to the figures
above; the first 250 train articles from 59.3 / 76.5 / 80.5 to 59.6 / 76.9 / 80.8
(`python -m eval.attribution --split train --limit 250 --no-baseline`).

Deeds are not sourcing: a verb outside the words of saying, thinking, stance and talk
whose complement is only an object, infinitive or preposition ("has authorized the use",
"to start using", "has outlined a plan"), a commitment to act ("agreed to allow"), a
stance verb done to a place or to oneself ("defend Kharkiv") and a modal cue inside
another attribution's content ("warned that Mr. Putin could respond to ...") are not
reported unless a quotation gives their words. Reporters read the ledger to audit
sourcing, so this holds even though PolNeAR's annotators mark many such deeds as cues (it
cost 1.6 points of cue overlap F1 when it was introduced).

## Where it falls short

Cue recall. PolNeAR's annotators mark a long tail of stance words as cues ("is a staunch
opponent of", "has no illusions about", "voted for", "focused on"), many deeds (above),
copular judgements ("the poll's results are disappointing news for Kasich") and long cue
spans ("said at a briefing Monday", "took to Twitter to say"); annotators disagree most on
exactly these, which is why their own cue agreement is under 70. A logistic regression
over the candidate words (earlier round) scored no better than the counted lexicon. A
linear-chain CRF over the same parse features plus the rules' own output, trained on all
840 train articles (`python -m eval.attribution_crf`, an experiment that needs the `crf`
extra), tags dev cue tokens at F1 61.1 against the rules' 59.8 (token level); adding its
cues to the rules' gives 62.6, but 243 of the 468 cues it adds touch no gold cue: the gain
is the liberal tail above, at under 50% precision, so it does not ship. Its content
tokens score 85.7 against the rules' 82.5 (recall), a lead worth taking up only with an
assembly step that ties tagged content to a cue and a source.
Exact content is hard for the same reason as in PARC3 (span edges: "that", trailing
quotation pieces, multi-sentence contents). The baseline only finds direct quotations
with a speech verb in the same sentence, so it has high precision (above newsledger's on
several columns) and little recall; newsledger's F1 is ahead on every column.
"""


if __name__ == "__main__":
    sys.exit(main())
