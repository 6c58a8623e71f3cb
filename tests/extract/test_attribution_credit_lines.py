"""Credit lines: a quotation, a dash and the speaker's name closing the line (vox pops,
reader responses, epigraphs). Sentences written for these tests."""

from newsledger.nlp.pipeline import load

VOX_POP = (
    "Readers told us what they think of the plan.\n\n"
    "“The council ignored everyone who lives here. Rents doubled in two years.” ― Maria Lopez\n"
    "“During the hearing the mayor said we were wrong. He never came to the street.”— Tomas "
    "Ruiz, 41, a baker\n"
    '"We are not afraid of the vote." — Ana Beltran.\n\n'
    "The mayor did not reply."
)


def credits(record: dict) -> dict[str, dict]:
    return {
        a["source"]["text"]: a
        for a in record["attributions"]
        if a["source"] and a["cue"]["text"] in ("―", "—")
    }


def test_each_quotation_goes_to_the_name_after_its_dash(analyse_text):
    by_name = credits(analyse_text(VOX_POP))
    assert sorted(by_name) == ["Ana Beltran", "Maria Lopez", "Tomas Ruiz"]
    lopez = by_name["Maria Lopez"]
    assert [p["text"] for p in lopez["content"]] == [
        "“The council ignored everyone who lives here. Rents doubled in two years.”"
    ]
    assert lopez["direct"] and lopez["kind"] == "statement"
    # the mayor's words inside a reader's quotation are the reader's report, not an item
    assert not any(a["cue"]["text"] == "said" for a in analyse_text(VOX_POP)["attributions"])


def test_a_dash_in_running_prose_credits_nobody(analyse_text):
    record = analyse_text(
        "The plan was called “a betrayal” — Lopez and her neighbours took it to court "
        "in March, and the judge agreed."
    )
    assert credits(record) == {}


def test_an_em_dash_is_split_from_a_quotation_mark_and_a_word():
    nlp = load(())
    words = [t.text for t in nlp.tokenizer("in hell.”―Pamela Padilla and 2010–2012 well-known")]
    assert words[3:6] == ["”", "―", "Pamela"]
    assert "2010–2012" in words and "well" in words  # en dashes and hyphens are left alone
