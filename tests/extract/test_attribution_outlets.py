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
