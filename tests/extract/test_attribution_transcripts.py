"""Transcripts: a speaker label opening a paragraph owns the paragraph, also when each
paragraph of the transcript is quoted. Sentences written for these tests."""


def turns(record: dict) -> list[tuple[str, list[str]]]:
    return [
        (a["source"]["text"], [p["text"] for p in a["content"]])
        for a in record["attributions"]
        if a["cue"]["text"] == ":"
    ]


def test_a_label_opening_its_paragraph_owns_every_sentence_of_it(analyse_text):
    record = analyse_text(
        "Part of the exchange:\n\n"
        "COLLINS: Let me start with the budget. Will it pass? I ask because the vote is near.\n\n"
        "OKAFOR: It will. We have no other choice.\n"
    )
    assert turns(record) == [
        ("COLLINS", ["Let me start with the budget. Will it pass? I ask because the vote is near"]),
        ("OKAFOR", ["It will. We have no other choice"]),
    ]


def test_a_quoted_transcript_turn_is_the_labels_not_the_quotation_marks(analyse_text):
    record = analyse_text(
        "Part of the exchange:\n\n"
        '"COLLINS: Let me start with the budget. Will the cuts go ahead this year?\n\n'
        '"OKAFOR: They will. We have no other choice, and the markets know it.\n'
    )
    assert turns(record) == [
        ("COLLINS", ["Let me start with the budget. Will the cuts go ahead this year?"]),
        ("OKAFOR", ["They will. We have no other choice, and the markets know it."]),
    ]


def test_a_verb_of_saying_before_the_name_and_colon_is_the_cue(analyse_text):
    record = analyse_text(
        'Added Maria Lopez: "We will be back next year, whatever the council says."'
    )
    (added,) = record["attributions"]
    assert (added["source"]["text"], added["cue"]["text"]) == ("Maria Lopez", "Added")
    assert added["content"][0]["text"].startswith('"We will be back')
