"""The learned attribution verifier: is this candidate attribution one a reader would count?

The rules propose candidates generously (every word whose cue score clears a low floor,
with the source and content they read from the parse and the quotations they attach);
a logistic model trained on PolNeAR train (`python -m training.attribution`) decides which
to keep. Its features are what the rules know about a candidate: the cue's lemma, part of
speech, frame and learned score, whether it reports a deed, whether a quotation gives the
words, what kind of phrase the source is, whether the cue sits inside another candidate's
content, modals and negation. So the rules stay where they are strong (quotation
typography, "according to", speaker labels) and become the model's evidence.

The weights ship as JSON in `newsledger/data/attribution_verifier.json` (no pickle, no
download); the model's version goes into every attribution it keeps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from newsledger.extract.attribution.lexicon import (
    MODALS,
    frame_of,
    is_reporting_word,
    reports_a_deed,
    says_or_thinks,
)
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.tagger import TokenTags
from newsledger.extract.common import packaged_model

MODEL_FILE = "attribution_verifier.json"
TAGGED_MODEL_FILE = "attribution_verifier_tagged.json"
RULES_VERSION = "rules"
Features = dict[str, float]


@dataclass(frozen=True, slots=True)
class Verifier:
    """A logistic model over named features: p = sigmoid(bias + sum(weight * value))."""

    version: str
    weights: dict[str, float]
    bias: float
    threshold: float
    floor: float  # the lowest cue score a candidate needs to be proposed
    # the second stage only (`shipped_tagged_verifier`): the first stage's probability a
    # candidate needs before the tagger reads its sentence and this model decides
    gate: float = 0.0

    def probability(self, features: Features) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "bias": self.bias,
            "threshold": self.threshold,
            "floor": self.floor,
            "gate": self.gate,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Verifier:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            version=str(data["version"]),
            weights={str(k): float(v) for k, v in weights.items()},
            bias=float(data["bias"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
            floor=float(data["floor"]),  # type: ignore[arg-type]
            gate=float(data.get("gate", 0.0)),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=1)
def shipped_verifier() -> Verifier | None:
    """The packaged model, or None when the package has none (then the rules decide alone)."""
    data = packaged_model(MODEL_FILE)
    return Verifier.from_json(data) if data is not None else None


@lru_cache(maxsize=1)
def shipped_tagged_verifier() -> Verifier | None:
    """The second stage: the same features and what the learned tagger read (`tagger`), for
    the candidates the first stage finds likely enough; None when the package has none."""
    data = packaged_model(TAGGED_MODEL_FILE)
    return Verifier.from_json(data) if data is not None else None


def tagger_features(doc: Doc, draft: Draft, tags: TokenTags) -> Features:
    """What the learned tagger says of a candidate's words: is its cue a cue there, its
    source a source, its content a content (shares of their words, and the cue's label)."""
    head_role = tags.role[draft.head] or "O"
    features: Features = {f"tag_head={head_role}": 1.0}
    if head_role == "CUE":
        features["tag_head_cue_p"] = tags.probability[draft.head]
    for name, ids, role in (
        ("cue", draft.cue, "CUE"),
        ("source", draft.source, "SOURCE"),
        ("content", draft.content, "CONTENT"),
    ):
        if ids:
            share = sum(tags.role[i] == role for i in ids) / len(ids)
            features[f"tag_{name}_share"] = share
            features[f"tag_{name}_share_bin={_bin(share, (0.25, 0.5, 0.75, 1.0))}"] = 1.0
    if draft.content:
        other = sum(tags.role[i] in ("CUE", "SOURCE") for i in draft.content)
        features["tag_content_other"] = other / len(draft.content)
    return features


def _bin(value: float, edges: tuple[float, ...]) -> str:
    return str(sum(value >= edge for edge in edges))


def draft_features(doc: Doc, draft: Draft, drafts: list[Draft]) -> Features:
    """What the rules know about one candidate, as named features (binary unless scored)."""
    head = doc[draft.head]
    lemma = draft.lemma.lower()
    special = draft.lemma if draft.lemma in ("according to", ":", "in") else ""
    features: Features = {
        f"lemma={lemma}|{head.pos_}": 1.0,
        f"pos={head.pos_}": 1.0,
        f"tag={head.tag_}": 1.0,
        f"dep={head.dep_}": 1.0,
        f"head_lemma={head.head.lemma_.lower() if head.head.i != head.i else 'ROOT'}": 1.0,
        "score": draft.score,
        f"score_bin={_bin(draft.score, (0.1, 0.2, 0.3, 0.45, 0.6, 0.8))}": 1.0,
        f"cue_len={min(len(draft.cue), 4)}": 1.0,
    }
    if special:
        features[f"special={special}"] = 1.0
    else:
        frame = frame_of(head)
        features[f"frame={frame}"] = 1.0
        features[f"frame={frame}|{head.pos_}"] = 1.0
        if head.pos_ == "VERB" and reports_a_deed(head, frame):
            features["deed"] = 1.0
        if is_reporting_word(head):
            features["reporting"] = 1.0
        if says_or_thinks(head):
            features["says_or_thinks"] = 1.0
    if draft.act:
        features["act"] = 1.0
    # the source phrase
    if draft.source:
        root = phrase_root(doc, draft.source)
        features["has_source"] = 1.0
        features[f"source_pos={root.pos_}"] = 1.0
        features[f"source_ent={root.ent_type_ or '-'}"] = 1.0
        features[f"source_len={min(len(draft.source), 6)}"] = 1.0
        if root.pos_ == "PRON":
            features[f"source_pron={root.lower_}"] = 1.0
    else:
        features["no_source"] = 1.0
    # the content
    content = draft.content
    features[f"content_len={_bin(len(content), (1, 3, 6, 12, 25, 50))}"] = 1.0
    if content:
        first = doc[min(content)]
        features[
            f"content_first={first.lower_ if first.lower_ in ('that', 'to', ':') else first.pos_}"
        ] = 1.0
        if any(doc[i].pos_ in ("VERB", "AUX") for i in content):
            features["content_has_verb"] = 1.0
        features["content_before" if min(content) < draft.head else "content_after"] = 1.0
    if draft.quote_pieces:
        features["quoted"] = 1.0
        if not content:
            features["quote_only"] = 1.0
    # the clause around the cue
    if any(doc[i].dep_ == "aux" and doc[i].lower_ in MODALS for i in draft.cue) or any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in head.children
    ):
        features["modal"] = 1.0
    if any(c.dep_ == "neg" for c in head.children):
        features["negated"] = 1.0
    if any(other is not draft and draft.head in other.content for other in drafts):
        features["inside_other_content"] = 1.0
    sentence = head.sent
    position = (draft.head - sentence.start) / max(1, len(sentence))
    features[f"sent_pos={_bin(position, (0.25, 0.5, 0.75))}"] = 1.0
    return features


def phrase_root(doc: Doc, ids: list[int]):  # type: ignore[no-untyped-def]
    inside = set(ids)
    return next(
        (doc[i] for i in ids if doc[i].head.i not in inside or doc[i].head.i == i), doc[ids[0]]
    )
