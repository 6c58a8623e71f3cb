"""An outlet carrying someone's words: who said them. Sentences written for these tests."""

import pytest


def by_cue(record: dict, cue: str) -> list[dict]:
    return [a for a in record["attributions"] if a["cue"]["text"] == cue]


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "said"),
    [
        (
            "The agency quoted Lena Varga as saying that every delegation had issues to raise.",
            "Lena Varga",
            "named",
            "that every delegation had issues to raise",
        ),
        (
            "The newspaper quoted a ministry spokesman as saying the plan was dead.",
            "a ministry spokesman",
            "anonymous",
            "the plan was dead",
        ),
    ],
)
def test_quoted_as_saying_credits_the_one_quoted(analyse_text, text, speaker, kind, said):
    record = analyse_text(text)
    (saying,) = by_cue(record, "saying")
    assert saying["source"]["text"] == speaker
    assert saying["source"]["kind"] == kind
    assert [piece["text"] for piece in saying["content"]] == [said]  # no "as" before the cue
    (quoting,) = by_cue(record, "quoted")  # the outlet's quoting stays, as PolNeAR marks it
    assert quoting["source"]["kind"] == "organization"


def test_an_outlet_quoting_a_document_credits_no_one_else(analyse_text):
    record = analyse_text("The agency quoted the report in full.")
    assert by_cue(record, "saying") == []


def test_a_who_clause_after_the_cue_describes_the_speaker(analyse_text):
    record = analyse_text(
        "The opposition should tell the public the truth, Varga said, who was flanked by "
        "cabinet ministers during the press conference."
    )
    (said,) = by_cue(record, "said")
    assert [p["text"] for p in said["content"]] == [
        "The opposition should tell the public the truth"
    ]


def test_asked_who_keeps_its_question(analyse_text):
    (asked,) = by_cue(
        analyse_text("The minister asked who was responsible for the delay."), "asked"
    )
    assert [p["text"] for p in asked["content"]] == ["who was responsible for the delay"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The minister accused the opposition of lying, calling it a smear campaign.",
         "calling", "it a smear campaign"),
        ("He called the decision a betrayal of voters.", "called",
         "the decision a betrayal of voters"),
        ("She described the plan as reckless.", "described", "the plan as reckless"),
    ],
)  # fmt: skip
def test_what_something_is_called_is_said_with_it(analyse_text, text, cue, content):
    (attribution,) = by_cue(analyse_text(text), cue)
    assert [p["text"] for p in attribution["content"]] == [content]
