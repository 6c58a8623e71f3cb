"""Score event coding on PLV_train: PLOVER-coded news sentences, read as news (dev figures).

    .venv/bin/python -m eval.plv              # print the table
    .venv/bin/python -m eval.plv --rules-only --write   # the rules; writes eval/results/plv.md
    .venv/bin/python -m eval.plv --errors 40  # list the first 40 sentences it gets wrong

`../shared/eval/plv/PLV_train.tsv` (README there) holds 1,044 distinct news sentences, each
coded with the PLOVER root of the event between a marked source and target. Each sentence
goes through the whole pipeline as a one-sentence article, and the figures are the ones a
user of the ledger would see:

- *among*: the gold root is the category of one of the sentence's events;
- *first*: the sentence's first event (in text order) has the gold root;
- *with actor*: an event with the gold root has as actor an entity one of whose mentions
  overlaps the marked source (a named entity, or an unnamed agent of type AGENT: "the
  court", "striking workers");
- *with actor words*: the same, or, where the actor is no entity ("the ELN" the model did
  not find), the event's actor words (`actor_span`) overlap the marked source.

The data uses the 2021 roots, so newsledger's categories are mapped onto them first
(DISAPPROVE and INVESTIGATE → ACCUSE, DEMAND → REQUEST, CONCEDE and RETREAT → YIELD,
FIGHT → ASSAULT). The majority root is the baseline. These are development figures: the
sentences were read during rule work; the hidden set they stand for is not. With
`--rules-only` the learned category model (`training.events`) is switched off; with it on,
the figures are fitted ones, since it was trained on these sentences: its honest,
cross-validated figures are in `eval/results/plv_model.md`.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.extract.events.category_model import to_root

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plv" / "PLV_train.tsv"
RESULTS = Path(__file__).resolve().parent / "results" / "plv.md"
COMMAND = ".venv/bin/python -m eval.plv --rules-only --write"

FITTED = "with the learned model, which was trained on these sentences: fitted figures"
MARK = re.compile(r"</?[st]>")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    root: str
    source: tuple[int, int] | None  # character span of the marked source in `text`


def _source_span(marked: str) -> tuple[int, int] | None:
    """Where the <s>…</s> source lies once the marks are taken out."""
    opening = marked.find("<s>")
    closing = marked.find("</s>")
    if opening < 0 or closing < opening:
        return None
    start = len(MARK.sub("", marked[:opening]))
    return start, start + len(MARK.sub("", marked[opening + 3 : closing]))


def read_sentences(path: Path = DATA) -> Iterator[Sentence]:
    """Distinct sentences with their gold root, in file order."""
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text = row["sentence"].strip()
            root = row["gold_root"].strip()
            if not text or not root or text in seen:
                continue
            seen.add(text)
            marked = row["marked_sentence"].strip()
            span = _source_span(marked) if MARK.sub("", marked) == text else None
            yield Sentence(text, root, span)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _actor_spans(
    record: dict[str, Any], event: dict[str, Any], words: bool = False
) -> list[tuple[int, int]]:
    """Where the event's actor entity is mentioned; with `words`, where no entity is the
    actor, the actor's own words."""
    actor = event.get("actor")
    if actor is None:
        span = event.get("actor_span") if words else None
        return [(span["start"], span["end"])] if span else []
    for entity in record["entities"]:
        if entity["id"] == actor:
            return [(m["start"], m["end"]) for m in entity["mentions"]]
    return []


@dataclass(slots=True)
class Tally:
    sentences: int = 0
    among: int = 0
    first: int = 0
    with_actor: int = 0
    with_actor_words: int = 0
    majority: int = 0
    events: int = 0
    no_event: int = 0

    def row(self, name: str, value: int) -> str:
        return f"| {name} | {value / self.sentences:.3f} | {value}/{self.sentences} |"


def judge(sentence: Sentence, record: dict[str, Any]) -> tuple[bool, bool, bool, bool]:
    """(among, first, with actor, with actor words) for one analysed sentence."""
    events = sorted(record["events"], key=lambda e: e["trigger"]["start"])
    roots = [to_root(e["type"]) for e in events]
    among = sentence.root in roots
    first = bool(roots) and roots[0] == sentence.root

    def with_actor(words: bool) -> bool:
        source = sentence.source
        return source is not None and any(
            to_root(e["type"]) == sentence.root
            and any(_overlaps(span, source) for span in _actor_spans(record, e, words))
            for e in events
        )

    return among, first, with_actor(False), with_actor(True)


def run(
    limit: int | None, errors: int, rules_only: bool = False
) -> tuple[Tally, Counter[tuple[str, str]], float]:
    from newsledger.article import Article
    from newsledger.extract.events import component
    from newsledger.nlp.pipeline import analyse_many, load

    if rules_only:
        component.shipped_category_model = lambda: None  # type: ignore[assignment]

    began = time.perf_counter()
    sentences = list(read_sentences())[:limit]
    majority_root = Counter(s.root for s in sentences).most_common(1)[0][0]
    tally = Tally()
    confusion: Counter[tuple[str, str]] = Counter()
    shown = 0
    nlp = load()
    records = analyse_many((Article(text=s.text) for s in sentences), nlp)
    for sentence, analysed in zip(sentences, records, strict=True):
        record = analysed.to_dict()
        among, first, with_actor, with_words = judge(sentence, record)
        tally.sentences += 1
        tally.among += among
        tally.first += first
        tally.with_actor += with_actor
        tally.with_actor_words += with_words
        tally.majority += sentence.root == majority_root
        tally.events += len(record["events"])
        tally.no_event += not record["events"]
        events = sorted(record["events"], key=lambda e: e["trigger"]["start"])
        predicted = to_root(events[0]["type"]) if events else "-"
        confusion[(sentence.root, predicted)] += 1
        if not first and shown < errors:
            shown += 1
            found = ", ".join(f"{e['trigger']['text']}={to_root(e['type'])}" for e in events)
            print(f"gold {sentence.root:9} | {found or '-'} | {sentence.text[:160]}")
    return tally, confusion, time.perf_counter() - began


def report(tally: Tally, confusion: Counter[tuple[str, str]], seconds: float) -> str:
    mistakes = [(n, gold, got) for (gold, got), n in confusion.items() if gold != got]
    common = "\n".join(
        f"| {gold} | {got} | {n} |" for n, gold, got in sorted(mistakes, reverse=True)[:15]
    )
    return f"""PLV_train: {tally.sentences} distinct sentences, {tally.events} events predicted, \
{tally.no_event} sentences without an event; {seconds:.0f} s.

| figure | value | count |
|---|---:|---:|
{tally.row("gold root among the sentence's events", tally.among)}
{tally.row("first event has the gold root", tally.first)}
{tally.row("an event with the gold root has the gold source as actor", tally.with_actor)}
{tally.row("... as actor entity, or as actor words where no entity is the actor", tally.with_actor_words)}
{tally.row("majority root (baseline)", tally.majority)}

Most frequent confusions of the first event (gold, predicted; "-" is no event):

| gold | first event | sentences |
|---|---|---:|
{common}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="the first N sentences")
    parser.add_argument("--errors", type=int, default=0, help="list N wrong first events")
    parser.add_argument("--rules-only", action="store_true", help="without the learned model")
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.name}")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"[eval] {DATA} is missing (see ../shared/eval/plv/README.md)", file=sys.stderr)
        return 1
    text = report(*run(args.limit, args.errors, args.rules_only))
    print(text)
    if args.write:
        RESULTS.write_text(
            f"# Events on PLV_train ({'rules alone' if args.rules_only else FITTED})\n\n"
            f"Command: `{COMMAND if args.rules_only else COMMAND.replace(' --rules-only', '')}`\n\n"
            + (__doc__ or "").split("\n\n", 2)[2]
            + "\n"
            + text,
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
