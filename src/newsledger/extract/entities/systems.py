"""Named military systems ("ATACMS", "Patriot missiles"): found with the shipped gazetteer,
which the small model often misses or calls a person."""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsledger.extract.entities.gazetteer import SYSTEM_NOUNS, military_systems
from newsledger.extract.entities.headlines import NAME_PARTICLES
from newsledger.extract.entities.mention import Mention


def add_system_names(doc: Doc, mentions: list[Mention], matcher: PhraseMatcher) -> list[Mention]:
    """Named military systems the NER missed or mistyped, from the shipped gazetteer."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for start, end in _system_spans(doc, matcher):
        overlapping = [m for m in mentions if m.start < end and m.end > start]
        if overlapping:
            for mention in overlapping:
                if (
                    mention.start >= start and mention.end <= end
                ) or end - start >= mention.end - mention.start:
                    mention.start, mention.end, mention.label = start, end, "WEAPON"
            continue
        if not any(i in taken for i in range(start, end)):
            found.append(Mention(start, end, "WEAPON"))
    merged = _dedupe(mentions + found)
    return merged


def system_matcher(nlp) -> PhraseMatcher:
    """A PhraseMatcher over the systems gazetteer (case-insensitive; plurals included),
    built once per pipeline: matching runs in spaCy's C code, not a Python loop."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, entry in military_systems().items():
        patterns = [nlp.make_doc(entry.name)]
        if entry.name[-1:].isalpha():
            patterns.append(nlp.make_doc(entry.name + "s"))
        matcher.add(key, patterns)
    return matcher


def _system_spans(doc: Doc, matcher: PhraseMatcher) -> list[tuple[int, int]]:
    """Gazetteer matches written as names (not "scalp" in lower case); an ambiguous name
    ("Patriot") only when a system noun follows. Longest match first, no overlaps."""
    systems = military_systems()
    candidates = []
    for match_id, start, end in matcher(doc):
        words = doc[start:end]
        if any(w.is_lower for w in words if w.lower_ not in NAME_PARTICLES):
            continue
        if any(w._.furniture for w in words):
            continue
        entry = systems[doc.vocab.strings[match_id]]
        follower = doc[end] if end < len(doc) else None
        if entry.ambiguous and not (follower is not None and follower.lower_ in SYSTEM_NOUNS):
            continue
        candidates.append((start, end))
    candidates.sort(key=lambda span: (span[0], span[0] - span[1]))
    spans: list[tuple[int, int]] = []
    for start, end in candidates:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
    return spans


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
