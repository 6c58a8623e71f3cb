"""Attribution scoring on PolNeAR: triples, tallies, exact and overlap matching, the table.

Shared by eval.attribution (the system) and eval.attribution_agreement (annotators against
each other), so neither imports the other."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eval.polnear import Fragment

ROLES = ("cue", "source", "content")


@dataclass(slots=True)
class Triple:
    """An attribution as character fragments per role (system or gold)."""

    cue: list[Fragment]
    source: list[Fragment]
    content: list[Fragment]


@dataclass(slots=True)
class Tally:
    exact: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})
    overlap: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})
    linked: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})
    items: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})
    predicted: int = 0
    gold: int = 0


def token_sets(doc: Doc, fragments: Iterable[Fragment]) -> frozenset[int]:
    """Indices of the non-space tokens that overlap any of the character fragments."""
    found: set[int] = set()
    for start, end in fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        found.update(t.i for t in span if not t.is_space)
    return frozenset(found)


def univocal(triples: list[Triple]) -> list[Triple]:
    """Drop attributions whose cue sits inside another attribution's content."""
    kept = []
    for triple in triples:
        cue_start = min(s for s, _ in triple.cue)
        nested = any(
            other is not triple and any(s <= cue_start < e for s, e in other.content)
            for other in triples
        )
        if not nested:
            kept.append(triple)
    return kept


def score_doc(doc: Doc, predicted: list[Triple], gold: list[Triple], tally: Tally) -> None:
    """Add one article's counts to the tally (Citron's exact and overlap rules)."""
    pred = [{r: token_sets(doc, getattr(t, r)) for r in ROLES} for t in predicted]
    true = [{r: token_sets(doc, getattr(t, r)) for r in ROLES} for t in gold]
    pred = [p for p in pred if p["cue"]]
    true = [g for g in true if g["cue"]]
    tally.predicted += len(pred)
    tally.gold += len(true)

    def exact_match(p: dict, g: dict, role: str) -> bool:
        if role == "cue":
            return p["cue"] == g["cue"]
        return bool(p["cue"] & g["cue"]) and p[role] == g[role]

    for role in ROLES:
        counts = tally.exact[role]
        counts[0] += sum(1 for p in pred if any(exact_match(p, g, role) for g in true))
        counts[1] += sum(1 for p in pred if not any(exact_match(p, g, role) for g in true))
        counts[2] += sum(1 for g in true if not any(exact_match(p, g, role) for p in pred))
        overlap = tally.overlap[role]
        linked = tally.linked[role]
        for p in pred:
            for g in true:
                shared = len(p[role] & g[role])
                overlap[0] += shared
                if p["cue"] & g["cue"]:
                    linked[0] += shared
        for counts in (overlap, linked):
            counts[1] += sum(len(p[role]) for p in pred)
            counts[2] += sum(len(g[role]) for g in true)
        matched = _matched_items([p[role] for p in pred], [g[role] for g in true])
        items = tally.items[role]
        items[0] += matched
        items[1] += sum(1 for p in pred if p[role]) - matched
        items[2] += sum(1 for g in true if g[role]) - matched


def _matched_items(predicted: list[frozenset[int]], gold: list[frozenset[int]]) -> int:
    """How many predicted spans pair one-to-one with a gold span sharing a token.

    The issue's overlap figures count items this way; a maximum bipartite matching
    (augmenting paths) so that the count does not depend on the order spans come in."""
    owner: dict[int, int] = {}

    def claim(p: int, seen: set[int]) -> bool:
        for g, span in enumerate(gold):
            if g in seen or not (span & predicted[p]):
                continue
            seen.add(g)
            if g not in owner or claim(owner[g], seen):
                owner[g] = p
                return True
        return False

    return sum(1 for p, span in enumerate(predicted) if span and claim(p, set()))


def prf_exact(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def prf_overlap(shared: int, predicted: int, actual: int) -> tuple[float, float, float]:
    p = shared / predicted if predicted else 0.0
    r = shared / actual if actual else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def system_triples(doc: Doc) -> list[Triple]:
    """newsledger's attributions on a doc the pipeline has run over."""
    from newsledger.extract.attribution.component import attribution_from_doc

    return attribution_triples(attribution_from_doc(doc))


def untagged_triples(doc: Doc) -> list[Triple]:
    """newsledger without the learned span tagger (rules and verifier, for comparison)."""
    from newsledger.extract.attribution.component import find_attributions

    return attribution_triples(find_attributions(doc, tagger=False))


def tagger_triples(doc: Doc) -> list[Triple]:
    """The learned tagger alone, for comparison: every tagged cue with the nearest tagged
    source of its sentence and the tagged contents of its sentence nearer to it than to
    another cue (a plain reading of the tags; what ships joins them to the rules)."""
    from newsledger.extract.attribution.tagger import shipped_tagger

    tags = shipped_tagger().tag(doc, [(s.start_char, s.end_char) for s in doc.sents])
    triples: list[Triple] = []
    for sentence in doc.sents:
        runs: dict[str, list[tuple[int, int]]] = {"CUE": [], "SOURCE": [], "CONTENT": []}
        i = sentence.start
        while i < sentence.end:
            run = tags.run(i)
            if run is None:
                i += 1
                continue
            runs[tags.role[i]].append((run[0], min(run[1], sentence.end)))
            i = max(i + 1, run[1])

        def chars(run: tuple[int, int]) -> tuple[int, int]:
            return doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1])

        def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
            return max(a[0] - b[1], b[0] - a[1], 0)

        for cue in runs["CUE"]:
            source = min(runs["SOURCE"], key=lambda r: gap(r, cue), default=None)
            contents = [
                r for r in runs["CONTENT"] if min(runs["CUE"], key=lambda c: gap(r, c)) == cue
            ]
            triples.append(
                Triple(
                    [chars(cue)],
                    [chars(source)] if source else [],
                    [chars(r) for r in contents],
                )
            )
    return triples


def rules_triples(doc: Doc) -> list[Triple]:
    """newsledger's rules alone, without the learned verifier (for the comparison row)."""
    from newsledger.extract.attribution.component import find_attributions

    return attribution_triples(find_attributions(doc, verifier=False, tagger=False))


def attribution_triples(attributions: list) -> list[Triple]:  # type: ignore[type-arg]
    return [
        Triple(
            [(a.cue.span.start, a.cue.span.end)],
            [(a.source.span.start, a.source.span.end)] if a.source else [],
            [(c.start, c.end) for c in a.content],
        )
        for a in attributions
    ]


def textacy_triples(doc: Doc) -> list[Triple]:
    """The baseline: textacy's ``direct_quotations`` (speaker, cue, quoted content)."""
    from textacy.extract.triples import direct_quotations

    triples: list[Triple] = []
    try:
        quotes = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quote marks
        return triples
    for quote in quotes:
        speaker = [(t.idx, t.idx + len(t)) for t in quote.speaker]
        cue = [(t.idx, t.idx + len(t)) for t in quote.cue]
        content = quote.content
        if not cue:
            continue
        triples.append(Triple(cue, speaker, [(content.start_char, content.end_char)]))
    return triples


def table(tallies: dict[str, Tally]) -> str:
    lines = [
        "| system | matching | cue P | cue R | cue F1 | source P | source R | source F1 "
        "| content P | content R | content F1 |",
        "|---|---|" + "---:|" * 9,
    ]
    for name, tally in tallies.items():
        for label, counts, prf in (
            ("exact", tally.exact, prf_exact),
            ("overlap (Citron)", tally.overlap, prf_overlap),
            ("overlap, linked", tally.linked, prf_overlap),
            ("overlap, items", tally.items, prf_exact),
        ):
            cells = []
            for role in ROLES:
                cells.extend(f"{v * 100:.1f}" for v in prf(*counts[role]))
            lines.append(f"| {name} | {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
