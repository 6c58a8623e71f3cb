"""The learned attribution verifier and the kinds: statement, attitude, nothing for deeds."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from newsledger.extract.attribution.component import find_attributions
from newsledger.extract.attribution.tagger import shipped_tagger
from newsledger.extract.attribution.verifier import (
    Verifier,
    shipped_tagged_verifier,
    shipped_verifier,
)
from newsledger.records import Attribution, Cue, Source, Span
from newsledger.sourcing import sourcing_profile

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "polnear"


def test_the_model_ships_in_the_package_and_loads_offline() -> None:
    raw = resources.files("newsledger.data").joinpath("attribution_verifier.json").read_bytes()
    assert len(raw) < 200_000  # a few hundred weights, as JSON
    verifier = shipped_verifier()
    assert verifier is not None
    assert verifier.version.startswith("attribution-verifier/")
    assert 0.0 < verifier.threshold < 1.0 and verifier.weights


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    verifier = Verifier("v", {"a": 2.0, "b": -1.0}, bias=-0.5, threshold=0.5, floor=0.1)
    assert verifier.probability({}) == pytest.approx(1 / (1 + 2.718281828**0.5))
    assert verifier.probability({"a": 1.0, "b": 1.0, "unknown": 5.0}) == pytest.approx(
        1 / (1 + 2.718281828**-0.5)
    )
    again = Verifier.from_json(json.loads(json.dumps(verifier.to_json())))
    assert again == verifier


def test_every_attribution_names_the_model_that_kept_it(analyse_text) -> None:
    record = analyse_text(
        'Officials said on Monday that the talks would resume. "We are ready," Ms. Lee said.',
        "2024-11-17",
    )
    assert record["attributions"]
    deciders = {shipped_verifier().version, shipped_tagged_verifier().version}  # type: ignore[union-attr]
    tagger = shipped_tagger().version
    for attribution in record["attributions"]:
        decider, _, reader = attribution["model"].partition("+")
        assert decider in deciders and reader in ("", tagger)  # the tagger, if it read it
        assert 0.0 <= attribution["confidence"] <= 1.0
        assert attribution["kind"] == "statement"


def test_the_rules_alone_still_work(nlp) -> None:
    doc = nlp("Officials said on Monday that the talks would resume.")
    found = find_attributions(doc, verifier=False, tagger=False)
    assert [a.cue.lemma for a in found] == ["say"]
    assert found[0].model == "rules" and found[0].confidence is None


def test_a_verifier_that_refuses_everything_keeps_nothing(nlp) -> None:
    doc = nlp("Officials said on Monday that the talks would resume.")
    refuse = Verifier("refuse", {}, bias=-30.0, threshold=0.5, floor=0.1)
    assert find_attributions(doc, verifier=refuse) == []


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The minister told reporters that the deal was close.", "tell", "statement"),
        ("According to the report, exports fell by a third.", "according to", "statement"),
        ("Farmers fear that the new tariffs will ruin them.", "fear", "attitude"),
        ("Most voters want the council to cut taxes.", "want", "attitude"),
        ('"It is over," the coach believes.', "believe", "statement"),  # quoted: his words
    ],
)
def test_kind_of_what_is_attributed(analyse_text, text: str, cue: str, kind: str) -> None:
    record = analyse_text(text, "2024-11-17")
    found = [a for a in record["attributions"] if a["cue"]["lemma"] == cue]
    assert found, record["attributions"]
    assert found[0]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "cue_word", "kind"),
    [
        ("The senator urged Republicans to join the effort.", "urged", "statement"),
        ("The candidate really wants to release his tax returns.", "wants", "attitude"),
        ("The union has promised to hold a vote within a month.", "promised", "statement"),
    ],
)
def test_the_governing_verb_says_what_is_attributed(
    analyse_text, text: str, cue_word: str, kind: str
) -> None:
    """The infinitive after it is an act ("to join"), but urging, wanting and promising are
    what the source is credited with; one attribution per cue."""
    found = analyse_text(text, "2024-11-17")["attributions"]
    assert [(cue_word in a["cue"]["text"], a["kind"]) for a in found] == [(True, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The senators agreed not to back the spending bill.",
        "The rebels are trying to take the airport.",
        "The council decided to postpone the vote.",
        "The governor allowed the agencies to hire more staff.",
        "The board authorized the purchase of the building.",
        "The mayor was charged with fraud on Tuesday.",
        "Twelve Republicans supported the bill in the final vote.",
    ],
)
def test_deeds_are_not_attributions(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-11-17")["attributions"] == []


def test_the_profile_counts_statements_and_lists_attitudes_apart() -> None:
    def make(kind: str, name: str, entity: str | None) -> Attribution:
        source = Source(Span(0, len(name), name), "named", entity)
        return Attribution("a", source, Cue(Span(0, 1, "s"), "say"), [Span(0, 1, "c")], False, kind)

    profile = sourcing_profile(
        [make("statement", "Ms. Lee", "e1"), make("attitude", "Ms. Lee", "e1"),
         make("attitude", "farmers", None), make("attitude", "Farmers", None)],
        {"e1": "Anna Lee"},
    )  # fmt: skip
    assert profile["attributions"] == 1 and profile["attitudes"] == 3
    assert profile["named_sources"] == [
        {"name": "Anna Lee", "entity": "e1", "attributions": 1, "direct": 0}
    ]
    assert profile["attitude_holders"] == [
        {"name": "farmers", "entity": None, "attitudes": 2},
        {"name": "Anna Lee", "entity": "e1", "attitudes": 1},
    ]


@pytest.mark.skipif(not (POLNEAR / "train").exists(), reason=f"PolNeAR not found at {POLNEAR}")
def test_training_reads_candidates_and_labels_from_polnear() -> None:
    from training.attribution import examples, fit, to_verifier

    found = examples("train", limit=2)
    assert found and any(e.positive for e in found) and not all(e.positive for e in found)
    vectorizer, model = fit(found, strength=1.0, floor=0.1)
    verifier = to_verifier(vectorizer, model, 0.5, 0.1, "attribution-verifier/test")
    assert verifier.weights and all(isinstance(w, float) for w in verifier.weights.values())
    # the second stage learns from the tagger's reading of the candidates the first keeps
    assert any(name.startswith("tag_") for e in found for name in e.tagged)
    doubting = replace(verifier, threshold=1.01)  # so that every candidate is doubtful
    vectorizer, model = fit(found, strength=1.0, floor=0.1, first=doubting, gate=0.0)
    second = to_verifier(vectorizer, model, 0.5, 0.1, "tagged/test", gate=0.0)
    assert any(name.startswith("tag_") for name in second.weights)


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the floods in the south rose past 900 people in the port city alone, "
        "the agency said, overshadowing hopes of finding hundreds of others missing after a "
        "violent storm slammed into the coastal province a week ago.",
        "Local television stations broadcast footage of flooded streets in the capital, "
        "where the river burst its banks before dawn.",
    ],
)
def test_a_rarer_cue_word_needs_the_taggers_assent(analyse_text, text) -> None:
    record = analyse_text(text, "2025-01-14")
    cues = [a["cue"]["text"] for a in record["attributions"]]
    assert not any("slammed" in c or "broadcast" in c for c in cues), cues
