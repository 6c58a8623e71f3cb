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
    tagger_triples,
    textacy_triples,
    univocal,
    untagged_triples,
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
        systems["newsledger without the tagger"] = untagged_triples
        systems["the learned tagger alone"] = tagger_triples
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

**Systems.** *newsledger* is what ships. The rules propose candidates at a low cue-score
floor; the learned verifier (`src/newsledger/data/attribution_verifier.json`, a logistic
regression over the candidates' features) gives each a probability; the learned attribution
tagger (MiniLM-L6 fine-tuned on PolNeAR train to tag words as cue, source or content, int8
ONNX in `src/newsledger/data/attribution_tagger/`) reads the sentences of the candidates
above the second stage's gate, and the second stage
(`attribution_verifier_tagged.json`, the same features plus the tagger's reading) decides
those; the kept attributions' contents take the tagger's edges. Both verifiers' thresholds
are the ones with the best end-to-end F0.5 of exact sources on this split (precision weighs
twice: a statement credited to the wrong source costs more than a missed one). Training:
`make train` (`training.attribution_tagger`, then `training.attribution`).
*without the tagger* is the verifier alone (what shipped before the tagger). *the learned
tagger alone* reads every sentence and ties each tagged cue to the nearest tagged source and
the tagged contents of its sentence: the learned model with no rules, for comparison.
*rules alone* is the extractor with neither model. All but the tagger alone drop deeds
("agreed to send", "allowed them to use", "was charged with"), which a newsroom does not
count as sourcing but PolNeAR often annotates, so part of the recall gap to PolNeAR is by
design. They also drop an attribution with no source outside quotation marks ("is expected
to", "was announced"): a ledger of who said what has nobody to credit there. At commit
5ecb44b, which kept them, the shipped row read exact cue 82.5 / 55.2 / 66.1, source
82.5 / 55.1 / 66.1, content 67.0 / 44.8 / 53.7: dropping them raised source precision by
2.3 points and cost 0.2 of cue F1 and 0.3 of content F1. Nor does a verb someone is asked or
bound to speak with propose an attribution ("urged the minister to admit that ...": the
minister has admitted nothing, and the urgers did not say what was to be admitted); at
commit 19acb9f, before that, the shipped row read exact cue 84.0 / 54.2 / 65.9, source
84.8 / 54.7 / 66.5, content 68.1 / 43.9 / 53.4. A thing that "seems" holds no view, and
deciding on a proposal ("rejected a pay offer", "approved the budget") is a deed, not a
statement. Nor are refusing to act ("refused to cooperate", "declined to step into the
fray"; "refused to discuss" still concerns speech), an act done by declaring or calling
("declared bankruptcy", "declared war", "calling in its loans"), a name given through a
relative ("which Howard calls the Sydney declaration"), "it appeared that", a definition
("the term refers to") or being asked ("When asked her opinion, ..."); at commit 909dab7,
before these, the shipped row read exact cue 84.7 / 54.2 / 66.1, source 85.2 / 54.5 / 66.5,
content 68.1 / 43.6 / 53.2. Of the 11 dev predictions they remove, 9 match a PolNeAR cue:
five refusals, two declarations, a definition, and "which RT pointed to", whose only
content was the relative "which" (a content run of one linking word is no content now).
Deeds too: a person confirmed in a post ("the Senate confirmed Maria Ortiz"), a pay offer or
a proposal with its infinitive rejected ("rejected an offer to pay for the flags", which also
drops three court rulings on requests PolNeAR annotates), a thing posted that is no message
("posted a draft of the bill to his website"), a chance or a right denied; and an
attribution with nobody to credit keeps only a quotation of four words or more, not scare
quotes. At commit deb1adb, before these, the shipped row read exact cue 85.2 / 53.9 / 66.1,
source 86.1 / 54.4 / 66.7, content 70.6 / 44.7 / 54.7.

Session of 2026-12-08: wrong speakers found reading Wikinews and PolNeAR train (where a
predicted cue meets a gold one but the source misses the gold source, not counting PolNeAR's
relative-pronoun sources: 102 -> 91 of 11,510 linked; `python -m eval.wrong_sources --split train`)
were mended: a cue set in commas inside what it reports ("The deal, said Doyle, would be
clear"), a verb ending a subordinate clause the parser read as a preposition ("since Smith,
at the debate, cited ..."), a verb in the outer tense after a that-clause ("stated his
opinion that ... and accused them"), a participle on a sent message's addressee ("an email
to supporters stating"), a person citing others as evidence, a trailing participle on an
infinitive ("allowed the bill to become law, stating"), a person named as a time ("under
Marcos"), the day after an inverted name ("said Jones Saturday"), titles joined before a
name or after its comma, a seat in brackets ("Peter Costello (Higgins, Liberal)"), a
currency the model took for an organisation. At commit c74fb96, before these, the shipped
row read exact cue 85.3 / 53.6 / 65.8, source 86.4 / 54.3 / 66.7, content 70.7 / 44.4 / 54.5,
overlap source 98.1 / 71.2 / 82.5; the fixes are mostly rare on this split.

Second session of 2026-12-08: credit lines ("“...” ― Maria Lopez", 24 attributions in one
dev article of reader responses; the tokenizer now splits an em dash or horizontal bar from
a quotation mark), a transcript's speaker label owning its paragraph (also when each
paragraph is quoted: "\"PENCE: Well, ..."), "Said Ellis: ...", "X said after the meeting he
would ...", a place before the speaker's title after a quotation ("..., Tulsa police Chief
Chuck Jordan said"), British spellings (lemmas read as American: "criticised"), plus wrong
speakers and contents found reading Wikinews and the cross-outlet reports. At commit fdd56fe,
before these, the shipped row read exact cue 85.3 / 53.6 / 65.8, source 86.7 / 54.4 / 66.9,
content 70.7 / 44.4 / 54.5, overlap source 98.4 / 71.3 / 82.7, content 94.1 / 72.1 / 81.6,
items source 93.9 / 62.4 / 75.0, content 96.4 / 60.5 / 74.4.

The *overlap, items* rows count spans, not tokens: each predicted cue, source or content is
paired one-to-one with a gold one sharing a token (a maximum matching), the rule issue #16
states its PolNeAR targets in (source and content >= 85). PolNeAR's annotators reach 83.1
(source) and 85.8 (content) with each other under it, and 68.5 on exact contents (the
issue asks 70; see the agreement table). Of the 853 dev attributions no predicted cue
touches, 263 have a word of saying or thinking as their cue's head; the other 590 are
deeds and states PolNeAR annotates ("is a staunch opponent of", "was appointed by", "is
dedicated to", "plans to") that the issue asks the ledger not to report.

Tried and not shipped (session of 2026-12-07): the tagger's own cues in the sentences it reads anyway
(about 27 % of the words), each with the parse's speaker as source, added where no kept
attribution's cue lay. Exact cue / source / content F1 rose to 67.1 / 67.7 / 54.8 and overlap
source / content to 83.7 / 83.1 on this split (the tagger's runs alone, without the parse's
speaker, gave overlap 88.2 / 84.7 at cue precision 78.4), but real-news precision fell from
0.964 to 0.956 (two more wrong sources) and the exact-source F0.5 the thresholds are chosen
by fell from 77.1 to 75.9; reading every sentence to find more would double the tagger's time.

Figures are percentages. **Matching rule** (Citron's evaluation, the reference for the
published PARC3 figures), over spaCy tokens of the article, whitespace ignored:

- *exact*: a cue counts when its tokens equal a gold cue's tokens; a source (content)
  counts when the predicted cue overlaps a gold cue and the source (content) tokens are
  equal (a missing source on both sides is equal). Counts are attributions.
- *overlap (Citron)*: tokens of a role shared between every predicted and gold attribution,
  summed; P = shared / predicted tokens, R = shared / gold tokens.
- *overlap, linked* (stricter): as above, but a predicted and a gold attribution only share
  tokens when their cues overlap.
- *overlap, items* (issue #16's rule): each predicted span of a role is paired one-to-one
  with a gold span sharing a token (a maximum matching); counts are spans.

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
source and content targets (>= 80) lie below human agreement.
The gap that is left to the annotators is recall: see the "newsledger vs each annotator"
rows, where newsledger's cue and source precision are above what the annotators reach with
each other and its recall below.
"""


if __name__ == "__main__":
    sys.exit(main())
