"""The learned event category: which PLOVER root a coded event belongs to.

The rules find the event cues and read their actors; their category comes from the cue
lexicon and the ordered category rules, which do not know the coding conventions of
PLOVER-coded news ("backed the plan" is SUPPORT, not AGREE; a raid is ASSAULT, not
COERCE). A multinomial logistic model trained on PLV_train (`python -m training.events`)
reads what the rules know about a candidate (their category and the rules that gave it,
the cue, its head and dependents, negation, status, what kind of names act) and may
replace the category when it finds another root likelier than the rules' own by a margin. The weights ship as JSON in
`newsledger/data/events_category_model.json`; the version goes into every event.

The model speaks the 2021 PLOVER roots PLV uses; a root the rules' own category already
falls under keeps the rules' finer category (DISAPPROVE and INVESTIGATE are both ACCUSE).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsledger.extract.common import packaged_model
from newsledger.extract.events.candidate import Candidate

MODEL_FILE = "events_category_model.json"
RULES_VERSION = "rules"
Features = dict[str, float]

# newsledger's categories under the 2021 roots of PLOVER-coded data, and back.
TO_ROOT = {
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
    "CONCEDE": "YIELD",
    "RETREAT": "YIELD",
    "FIGHT": "ASSAULT",
}
FROM_ROOT = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND", "YIELD": "CONCEDE"}
ARGUMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "attr", "prt", "neg", "acomp", "oprd"})


def to_root(category: str) -> str:
    return TO_ROOT.get(category, category)


def from_root(root: str, rules_category: str) -> str:
    """The category to record for a root: the rules' own when it falls under the root."""
    return rules_category if to_root(rules_category) == root else FROM_ROOT.get(root, root)


@dataclass(frozen=True, slots=True)
class CategoryModel:
    """Softmax over roots: p(root) ∝ exp(bias[root] + Σ weight[root][feature] · value)."""

    version: str
    roots: tuple[str, ...]
    weights: dict[str, dict[str, float]]  # feature -> root -> weight (sparse)
    bias: dict[str, float]
    threshold: float  # how much likelier another root must be than the rules' to overrule them

    def distribution(self, features: Features) -> dict[str, float]:
        scores = dict(self.bias)
        for name, value in features.items():
            for root, weight in self.weights.get(name, {}).items():
                scores[root] += weight * value
        top = max(scores.values())
        exps = {root: math.exp(score - top) for root, score in scores.items()}
        total = sum(exps.values())
        return {root: e / total for root, e in exps.items()}

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "roots": list(self.roots),
            "threshold": self.threshold,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CategoryModel:
        weights = data["weights"]
        bias = data["bias"]
        roots = data["roots"]
        assert isinstance(weights, dict) and isinstance(bias, dict) and isinstance(roots, list)
        return cls(
            version=str(data["version"]),
            roots=tuple(str(r) for r in roots),
            weights={
                str(f): {str(r): float(w) for r, w in ws.items()} for f, ws in weights.items()
            },
            bias={str(r): float(b) for r, b in bias.items()},
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=1)
def shipped_category_model() -> CategoryModel | None:
    """The packaged model, or None when the package has none (then the rules decide alone)."""
    data = packaged_model(MODEL_FILE)
    return CategoryModel.from_json(data) if data is not None else None


def _word(token: Token) -> str:
    return token.lemma_.lower()


def category_features(candidate: Candidate) -> Features:
    """What the rules know about a candidate, as named features."""
    trigger, predicate = candidate.trigger, candidate.predicate
    rule = candidate.category
    lemma = _word(trigger)
    features: Features = {
        f"rule={rule}": 1.0,
        f"root={to_root(rule)}": 1.0,
        f"lemma={lemma}": 1.0,
        f"lemma|rule={lemma}|{rule}": 1.0,
        f"pos={trigger.pos_}": 1.0,
        f"dep={trigger.dep_}": 1.0,
        f"status={candidate.status}": 1.0,
    }
    if candidate.negated:
        features["negated"] = 1.0
        features[f"negated|rule={rule}"] = 1.0
    if predicate.i != trigger.i:
        features[f"predicate={_word(predicate)}"] = 1.0
    if trigger.head.i != trigger.i:
        features[f"head={_word(trigger.head)}"] = 1.0
    for child in trigger.children:
        if child.dep_ in ARGUMENT_DEPS:
            features[f"{child.dep_}={_word(child)}"] = 1.0
        elif child.dep_ in ("prep", "agent"):
            features[f"prep={child.lower_}"] = 1.0
            features[f"lemma|prep={lemma}|{child.lower_}"] = 1.0  # "called on" is not "called"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    features[f"prep|obj={child.lower_}|{_word(obj)}"] = 1.0
    for name in candidate.category_rules:
        features[f"category_rule={name}"] = 1.0
    for role, spans in (("source", candidate.source), ("target", candidate.target)):
        features[f"{role}s={min(len(spans), 2)}"] = 1.0
        for span in spans[:2]:
            features[f"{role}_type={span.root.ent_type_ or span.root.pos_}"] = 1.0
    for code in candidate.source_codes[:2]:
        features[f"source_sector={code.sector}"] = 1.0
    for code in candidate.target_codes[:2]:
        features[f"target_sector={code.sector}"] = 1.0
    for token in trigger.sent:
        if token.pos_ in ("NOUN", "VERB") and not token.is_stop:
            features[f"word={_word(token)}"] = 0.5
    return features


def recategorise(candidates: list[Candidate], model: CategoryModel | None) -> str:
    """Let the model overrule the rules' category where it is confident; returns the
    version that decided (recorded on every event)."""
    if model is None:
        return RULES_VERSION
    for candidate in candidates:
        if not candidate.category:
            continue
        distribution = model.distribution(category_features(candidate))
        root, p = max(distribution.items(), key=lambda item: item[1])
        rules_p = distribution.get(to_root(candidate.category), 0.0)
        if p - rules_p >= model.threshold and root != to_root(candidate.category):
            candidate.category = from_root(root, candidate.category)
            candidate.category_rules.append(f"model:{root}")
    return model.version
