"""Where an attribution's parts end: a gerund after "by" speaks for the verb's subject, a
quotation a colon opens ends at its closing mark, and a source's own reporting relative
clause is not part of the source. Every sentence here is written for this file."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [("The airline responded by saying the union was trying to score points.", "The airline"),
     ("Acme Corp. reacted on Monday by saying the report was wrong.", "Acme Corp."),
     ("The senator ended her speech by saying that the war was over.", "The senator")],
)  # fmt: skip
def test_a_gerund_after_by_speaks_for_the_verbs_subject(analyse_text, text, source):
    record = analyse_text(text)
    (saying,) = record["attributions"]
    assert saying["cue"]["text"] == "saying"
    assert saying["source"]["text"] == source


def test_a_quotation_a_colon_opens_ends_at_its_closing_mark(analyse_text):
    record = analyse_text(
        'Addressing a rally in the capital, she shouted: "Down with the government!"  '
        "According to Lopez, she had been followed by police for weeks."
    )
    shouted = next(a for a in record["attributions"] if a["cue"]["text"].startswith("shouted"))
    assert [c["text"] for c in shouted["content"]] == ['"Down with the government!"']


def test_a_colon_quotation_running_on_in_its_sentence_stays_whole(analyse_text):
    record = analyse_text('He said: "We will rebuild" and the crowd cheered loudly.')
    said = next(a for a in record["attributions"] if a["cue"]["text"].startswith("said"))
    assert said["content"][-1]["text"].endswith("cheered loudly")


def test_according_to_a_source_stops_before_its_own_reporting_clause(analyse_text):
    record = analyse_text(
        "The decision is consistent with past policy, according to a report issued last "
        "week by the Budget Institute which says that spending has doubled."
    )
    according = next(a for a in record["attributions"] if a["cue"]["text"] == "according to")
    assert according["source"]["text"] == "a report issued last week by the Budget Institute"


@pytest.mark.parametrize("name", ["Buonocelly", "Tortorelly"])
def test_a_name_after_a_quotation_read_as_an_adverb_is_the_speaker(analyse_text, name):
    record = analyse_text(
        f'"When my brother lost his job, we decided to sell the old house," {name} said to '
        "the press."
    )
    (said,) = record["attributions"]
    assert said["source"]["text"] == name
    assert said["cue"]["text"] == "said to the press"


def test_every_agent_of_a_passive_cue_is_the_source_and_none_the_content(analyse_text):
    record = analyse_text(
        "The new budget was criticised by trade unions, employers' federations, and "
        "industry groups."
    )
    (criticised,) = record["attributions"]
    assert criticised["source"]["text"] == (
        "trade unions, employers' federations, and industry groups"
    )
    assert [c["text"] for c in criticised["content"]] == ["The new budget"]


def test_whom_a_named_speaker_told_is_not_part_of_the_source(analyse_text):
    record = analyse_text(
        '"It is hard to see why voters would change their minds now," said professor of '
        "political science Jane Morrow to the Boston Herald."
    )
    (said,) = record["attributions"]
    assert said["source"]["text"] == "professor of political science Jane Morrow"


def test_according_to_inside_a_relative_clause_credits_that_clause(analyse_text):
    record = analyse_text(
        "The student union has started this effort which, according to the constitution, "
        "requires 50,000 signatures within 180 days."
    )
    (according,) = record["attributions"]
    assert according["content"][0]["text"].endswith("requires 50,000 signatures within 180 days")
    assert "student union" not in according["content"][0]["text"]


@pytest.mark.parametrize(
    ("text", "source"),
    [('The ceremony began at dawn, with Prime Minister Helen Clark saying "Our young '
      'nations came of age here."', "Prime Minister Helen Clark"),
     ("With the opposition claiming the vote was rigged, the result was delayed.",
      "the opposition")],
)  # fmt: skip
def test_the_noun_after_with_speaks_its_gerund(analyse_text, text, source):
    (said,) = analyse_text(text)["attributions"]
    assert said["source"]["text"] == source


def test_a_count_confirmed_after_with_still_credits_no_one(analyse_text):
    assert (
        analyse_text("The quake hit at noon, with 40 people confirmed dead.")["attributions"] == []
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [("Still, he watches Ms. Warren excite student crowds by urging them to demand more.",
      "he"),
     ("He sees the governor win voters by telling them that taxes will fall.", "He")],
)  # fmt: skip
def test_a_gerund_after_by_past_another_verb_is_not_the_first_subjects(analyse_text, text, subject):
    assert all(a["source"]["text"] != subject for a in analyse_text(text)["attributions"])
