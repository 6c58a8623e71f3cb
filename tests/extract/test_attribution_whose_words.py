"""Whose words a statement or a quotation is, where the parse invites another reading.
Sentences written for these tests."""

import pytest


def by_cue(record: dict, cue: str) -> list[dict]:
    return [a for a in record["attributions"] if a["cue"]["text"].split()[0] == cue]


def test_and_said_after_a_that_clause_is_the_first_speakers(analyse_text):
    record = analyse_text(
        "But Varga denied that the Commission was behind the leak and said accusing Selberg "
        "was a way to undermine the union."
    )
    (denied,) = by_cue(record, "denied")
    (said,) = by_cue(record, "said")
    assert said["source"]["text"] == "Varga"  # not "the Commission"
    assert [p["text"] for p in said["content"]] == [
        "accusing Selberg was a way to undermine the union"
    ]
    assert [p["text"] for p in denied["content"]] == ["that the Commission was behind the leak"]


def test_a_verb_joined_inside_what_was_said_keeps_its_own_subject(analyse_text):
    record = analyse_text("He said that the company had grown and hired new staff.")
    (said,) = by_cue(record, "said")
    assert [p["text"] for p in said["content"]] == [
        "that the company had grown and hired new staff"
    ]


def test_a_quotation_another_clause_introduces_is_not_the_speakers(analyse_text):
    record = analyse_text(
        '"I do not comment on leaks, but today I will," Varga said after reporters asked '
        'about a story claiming the premier had "begged" for help.'
    )
    (said,) = by_cue(record, "said")
    assert [p["text"] for p in said["content"]] == [
        '"I do not comment on leaks, but today I will,"'
    ]


def test_a_split_quotation_still_joins_across_where_and_when(analyse_text):
    record = analyse_text(
        '"We will win," Smith said at a news conference in Washington, "and we will govern."'
    )
    (said,) = by_cue(record, "said")
    assert len(said["content"]) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"No further details will be shared," RCMP spokesperson Sgt. Vera Munro said in '
         "the statement.", "Vera Munro"),
        ('"We confirm it," said police spokesperson Const. Andrea East.', "Andrea East"),
        ("Capt. Jamie Fredericks said the search would go on.", "Jamie Fredericks"),
        # a civic title: "Ald." (alderman) before a councillor's name and role
        ('"We need rules," said Ald. Norma Pryce, a councillor.', "a councillor"),
    ],
)  # fmt: skip
def test_a_rank_abbreviation_ends_no_sentence(analyse_text, text, speaker):
    (attribution,) = analyse_text(text)["attributions"]
    assert attribution["source"]["text"].endswith(speaker)
    assert attribution["source"]["kind"] == "named"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('The agency offered the following response to email inquiries: "The case remains '
         'open."', "offered the following response to email inquiries:", '"The case remains open."'),
        ('The ministry issued a statement: "We regret the delay."', "issued a statement:",
         '"We regret the delay."'),
    ],
)  # fmt: skip
def test_a_statement_noun_and_a_colon_introduce_what_is_said(analyse_text, text, cue, content):
    (attribution,) = analyse_text(text)["attributions"]
    assert attribution["cue"]["text"] == cue
    assert [p["text"] for p in attribution["content"]] == [content]


def test_said_of_a_thing_is_about_it_and_the_quotation_is_what_was_said(analyse_text):
    record = analyse_text(
        '"Twenty people were killed in all, including police," an official surnamed Li from '
        "the provincial news office said of the incident, which, he added, occurred on Tuesday."
    )
    (said,) = by_cue(record, "said")
    assert [p["text"] for p in said["content"]] == [
        '"Twenty people were killed in all, including police,"'
    ]


def test_an_outlet_named_by_its_kind_is_an_organisation(analyse_text):
    record = analyse_text(
        "The Global Times quoted an expert. Police have five suspects, the tabloid said."
    )
    (said,) = by_cue(record, "said")
    assert said["source"]["kind"] == "organization"


# --- an outlet carrying someone's words ---


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


def test_according_to_sources_then_their_clause_with_no_comma(analyse_text):
    record = analyse_text(
        "The blast went off one hour after the march had started and according to some "
        "sources the attacker mingled within the crowd."
    )  # parsed as a relative clause of "sources"
    (according,) = by_cue(record, "according")
    assert according["source"]["text"] == "some sources"
    assert [p["text"] for p in according["content"]] == ["the attacker mingled within the crowd"]


def test_a_linking_adverb_before_according_to_is_not_content(analyse_text):
    record = analyse_text(
        "Also according to the police, the fire started after a gas canister exploded."
    )
    (according,) = by_cue(record, "according")
    assert [p["text"] for p in according["content"]] == [
        "the fire started after a gas canister exploded"
    ]


def test_a_participle_on_someone_elses_remarks_is_the_answerers(analyse_text):
    record = analyse_text(
        "Ruth Ellison, a union spokeswoman in Leeds, spoke out against Varga's remarks "
        'saying, "nobody has the right to silence the nurses."'
    )
    (saying,) = by_cue(record, "saying")
    assert saying["source"]["text"].startswith("Ruth Ellison")  # not "Varga's remarks"


def test_a_passive_cue_with_its_agent_says_its_subject(analyse_text):
    record = analyse_text(
        "The new tariff was formally announced by the trade ministry on Friday following "
        "the summit."
    )
    (announced,) = by_cue(record, "was")
    assert announced["source"]["text"] == "the trade ministry"
    assert [p["text"] for p in announced["content"]] == ["The new tariff"]
    denied = analyse_text("The figure was not confirmed by the police.")
    assert denied["attributions"] == []


def test_a_quoted_nickname_does_not_make_a_deed_a_statement(analyse_text):
    record = analyse_text(
        "The last surviving sailor of those who raised the first flag over the island "
        'during the war, Robert "Bob" Hallam, died in Leeds on Sunday.'
    )
    assert record["attributions"] == []


def test_a_clause_however_sets_against_a_cue_with_an_object_is_not_its_content(analyse_text):
    record = analyse_text(
        "There had been talk that the brewer would close the plant after weak sales in "
        "Wales, however chief executive Olga Brandt confirmed the company's plans at the "
        "annual meeting."
    )
    (confirmed,) = by_cue(record, "confirmed")
    assert confirmed["content"][0]["text"].startswith("the company's plans")


def test_it_is_okay_to_criticise_has_no_speaker(analyse_text):
    record = analyse_text(
        "If it's okay to criticize pensions and welfare waste, why is it not okay to cut "
        "waste in the army too?"
    )
    assert all(a["source"] is None or a["source"]["text"] != "it" for a in record["attributions"])


def test_a_place_label_before_a_headline_that_names_its_speaker(analyse_text):
    record = analyse_text("Chile: Boric announces new cabinet\n\nThe president spoke on Monday.")
    sources = [a["source"]["text"] for a in record["attributions"] if a["source"]]
    assert "Chile" not in sources
    assert "Boric" in sources


def test_voting_to_reject_is_a_deed_and_declaring_a_cease_fire_an_act(analyse_text):
    voted = analyse_text(
        "Two Ohio council committees voted on Monday to reject a zoning amendment banning "
        "food trucks."
    )
    assert voted["attributions"] == []
    declared = analyse_text('The rebel front has declared a "unilateral" cease fire with the army.')
    assert declared["attributions"] == []


def test_told_by_names_whom_they_told_not_what(analyse_text):
    record = analyse_text("The BBC was told by the company's staff.")
    assert record["attributions"] == []


def test_rejecting_declarations_by_others_saying_is_the_rejecters(analyse_text):
    record = analyse_text(
        "The ministry has rejected the earlier truce demands by the rebels saying that the "
        "state does not bargain with bandits."
    )
    (saying,) = by_cue(record, "saying")
    assert saying["source"]["text"] == "The ministry"
    (rejected,) = by_cue(record, "has")
    assert [p["text"] for p in rejected["content"]] == ["the earlier truce demands by the rebels"]


def test_a_time_between_the_noun_and_its_preposition_keeps_the_stance(analyse_text):
    record = analyse_text("Kevin Marsh voiced his support on Wednesday for a regional airport.")
    (voiced,) = by_cue(record, "voiced")
    assert [p["text"] for p in voiced["content"]] == ["a regional airport"]


@pytest.mark.parametrize(
    "text",
    [
        "In the recording, a message said to come from the smugglers can be heard.",
        "Former rugby captain Owen Tamsett alleged to have cheated at the club trials",
    ],
)
def test_hearsay_participles_with_other_infinitives_credit_no_one(analyse_text, text):
    assert analyse_text(text)["attributions"] == []


def test_said_to_with_a_person_still_instructs(analyse_text):
    (said,) = by_cue(analyse_text("The coach said to wait for the results."), "said")
    assert said["source"]["text"] == "The coach"


def test_a_content_that_opens_a_quotation_keeps_its_closing_mark(analyse_text):
    record = analyse_text("Senator Marsh said the plan was “reckless.”")
    (said,) = by_cue(record, "said")
    assert said["content"][-1]["text"].endswith("“reckless.”")


def test_of_a_deed_on_the_accuser_is_the_charge_not_the_source(analyse_text):
    record = analyse_text(
        "The ruling Unity party was recently accused by its electoral rivals of hiring "
        "militia fighters to disrupt the country's first free vote since 1993."
    )
    (accused,) = by_cue(record, "was")
    assert accused["source"]["text"] == "its electoral rivals"
    assert accused["content"][-1]["text"].startswith("of hiring militia fighters")


def test_a_clause_before_a_passive_cue_with_its_agent_is_not_its_content(analyse_text):
    record = analyse_text(
        "The rules were meant to curb waste in public spending - Ruritania was labeled the "
        "region's most wasteful state by a watchdog survey last year."
    )
    (labeled,) = by_cue(record, "was")
    assert labeled["source"]["text"] == "a watchdog survey"
    assert "The rules were meant" not in " ".join(p["text"] for p in labeled["content"])
    assert not labeled["content"][-1]["text"].endswith(" by")


def test_a_participle_on_a_mute_object_is_the_subjects_own_statement(analyse_text):
    record = analyse_text("Residents expressed anger accusing the council of ignoring the floods.")
    (expressed,) = by_cue(record, "expressed")
    assert [p["text"] for p in expressed["content"]] == ["anger"]
    (accusing,) = by_cue(record, "accusing")
    assert accusing["source"]["text"] == "Residents"
    assert [p["text"] for p in accusing["content"]] == ["the council of ignoring the floods"]


def test_according_to_closing_a_coordination_covers_every_conjunct(analyse_text):
    record = analyse_text(
        "Marsh also ordered council staff to run his errands, and shredded the audit files, "
        "according to the verdict handed down by the jury on Monday."
    )
    (according,) = by_cue(record, "according")
    text = " ".join(p["text"] for p in according["content"])
    assert (
        text.startswith("Marsh also ordered council staff") and "shredded the audit files" in text
    )


def test_refusing_the_use_of_a_place_is_an_act(analyse_text):
    record = analyse_text(
        "The use of the main square and permission to fly drones over the march were "
        "denied by the city council."
    )
    assert not [a for a in record["attributions"] if a["cue"]["text"].startswith("were")]


def test_who_after_a_place_in_an_apposition_is_the_person(analyse_text):
    record = analyse_text(
        "A different view came from Helen Marsh, a finance professor at Leeds University, "
        'who said, "Strong firms rarely stay strong for long."'
    )
    (said,) = by_cue(record, "said")
    assert said["source"]["text"] == "Helen Marsh"


def test_an_unquoted_clause_before_a_quotation_is_not_the_cues_content(analyse_text):
    record = analyse_text(
        "However, he declined to give a date for his exit, "
        '"The timing has to be left to me and has to be done properly," Marsh insisted.'
    )
    (insisted,) = by_cue(record, "insisted")
    assert [p["text"] for p in insisted["content"]] == [
        '"The timing has to be left to me and has to be done properly,"'
    ]


def test_a_headline_clause_before_a_cue_with_its_own_object(analyse_text):
    record = analyse_text("Court ruling boosts Ortega, rival vows parallel cabinet")
    (vows,) = by_cue(record, "vows")
    assert [p["text"] for p in vows["content"]] == ["parallel cabinet"]


def test_a_participle_on_the_court_a_suit_was_filed_in_is_the_filers(analyse_text):
    record = analyse_text(
        "Sony filed its own separate lawsuit against Vortex in a New York state court "
        "alleging that Vortex's usage of the film is harming Sony's ability to license the film."
    )
    (alleging,) = by_cue(record, "alleging")
    assert alleging["source"]["text"] == "Sony"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry in a statement said the talks had failed.", "The ministry"),
        ("The mayor in an interview with the BBC said he would resign.", "The mayor"),
        ("Omar Hadid, a spokesman for Sadr in a statement to the media said talks were off.",
         "Omar Hadid, a spokesman for Sadr"),
    ],
)  # fmt: skip
def test_in_a_statement_on_the_speaker_is_not_the_speaker(analyse_text, text, source):
    (said,) = by_cue(analyse_text(text), "said")
    assert said["source"]["text"] == source


def test_a_verb_joined_to_a_things_relative_clause_after_a_comma_is_the_subjects(analyse_text):
    record = analyse_text(
        'Prime Minister Ana Ruiz later apologised for "an unfortunate leak" that suggested '
        "the inquiry was complete, and assured parliament that the inquiry was not yet over."
    )
    (assured,) = by_cue(record, "assured")
    assert assured["source"]["text"] == "Prime Minister Ana Ruiz"


def test_rejecting_a_proposal_with_a_participle_is_still_a_deed(analyse_text):
    record = analyse_text("The union rejected the plan drawn up by the board.")
    assert record["attributions"] == []


def test_a_participle_on_a_letter_someone_wrote_is_the_writers(analyse_text):
    record = analyse_text(
        "Arafat had written him a letter thanking the Brazilian people for their help."
    )
    (thanking,) = by_cue(record, "had")
    assert thanking["source"]["text"] == "Arafat"
    assert not [a for a in record["attributions"] if a["source"]["text"] == "a letter"]


def test_a_capitalised_role_without_a_name_is_no_organisation(analyse_text):
    record = analyse_text(
        "The Homeland Security Adviser for the White House said it was a priority."
    )
    (said,) = by_cue(record, "said")
    assert said["source"]["kind"] != "organization"


def test_denying_someone_entrance_is_an_act(analyse_text):
    record = analyse_text("Egypt initially denied the pilgrims entrance at the border crossing.")
    assert record["attributions"] == []


def test_letting_a_bill_become_law_is_a_deed_and_its_participle_the_governors(analyse_text):
    """A finite clause past a comma is no complement of "allowed", and a trailing participle
    the parser hung on the infinitive is said by the one who let it happen, not the bill."""
    record = analyse_text(
        "The mandate was sent to Governor Jim Hale.  Hale allowed the bill to become law "
        "without his signature, stating his concern that fuel costs would rise&mdash;"
        "potentially spurring inflation&mdash;though he felt that this was balanced."
    )
    assert by_cue(record, "allowed") == []
    (stating,) = by_cue(record, "stating")
    assert stating["source"]["text"] == "Hale"


def test_a_verb_ending_a_misparsed_since_clause_is_its_subjects(analyse_text):
    """The parser makes "Smith" the object of "since" and "cited" a conjunct of "targeting";
    with no "and" before it, Smith cited the remarks, not Jones."""
    record = analyse_text(
        "Jones has been targeting Lopez since Smith, at Monday's debate, cited derogatory "
        "comments Jones had made about Lopez after she won the contest."
    )
    (cited,) = by_cue(record, "cited")
    assert cited["source"]["text"] == "Smith"


def test_citing_the_release_of_prisoners_cites_no_speaker(analyse_text):
    record = analyse_text(
        'The country "has made dramatic changes for the better," Walker said in June 2012, '
        "citing the release of political prisoners and the new election law."
    )
    (said,) = by_cue(record, "said")
    assert said["source"]["text"] == "Walker"


def test_a_participle_on_the_addressee_of_a_sent_message_is_the_senders(analyse_text):
    record = analyse_text(
        "Her campaign quickly blasted out an email to supporters stating that the speaker "
        "had joined the critics."
    )
    assert [a["source"]["text"] for a in record["attributions"]] == ["Her campaign"]


def test_a_person_citing_others_as_evidence_still_speaks_for_himself(analyse_text):
    record = analyse_text(
        '"People have not seen the better lives they had hoped for," he continued, citing '
        "the many Americans who had given up looking for work entirely."
    )
    (continued,) = by_cue(record, "continued")
    assert continued["source"]["text"] == "he"
    outlet = analyse_text("Reuters, citing two sources familiar with the matter, said it was off.")
    assert outlet["attributions"][0]["source"]["text"] == "two sources familiar with the matter"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Barr stated his opinion that both Smith and Jones are indistinguishable on policy "
         "and accused them of sound-bite politics.", "accused", "Barr"),
        ("Mr. Putin backpedaled on his prediction a year ago that Russia would pull out of "
         "its slump within two years, and blamed the tumble in oil prices.", "blamed",
         "Mr. Putin"),
    ],
)  # fmt: skip
def test_a_verb_in_the_outer_tense_after_a_that_clause_is_the_outer_subjects(
    analyse_text, text, cue, speaker
):
    (found,) = by_cue(analyse_text(text), cue)
    assert found["source"]["text"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The contrast with the rival party, said Doyle and others, would be clear.",
         "Doyle and others", ["The contrast with the rival party", "would be clear"]),
        ("And the mayor, said Sunshine, who remains friendly with her former boss, does not "
         "forgive or forget.", "Sunshine, who remains friendly with her former boss",
         ["the mayor", "does not forgive or forget"]),
        ("Officials, said the report, had ignored the warnings.", "the report",
         ["Officials", "had ignored the warnings"]),
    ],
)  # fmt: skip
def test_a_cue_set_in_commas_inside_what_it_reports_is_spoken_by_the_words_after_it(
    analyse_text, text, speaker, content
):
    (said,) = by_cue(analyse_text(text), "said")
    assert said["source"]["text"] == speaker
    assert [c["text"] for c in said["content"]] == content


def test_a_subject_far_before_the_and_is_no_second_speaker(analyse_text):
    record = analyse_text(
        "The program has been the subject of much debate, with the opposition claiming it "
        "is unconstitutional, and supporters saying that it is constitutional."
    )
    (saying,) = by_cue(record, "saying")
    assert saying["source"]["text"] == "supporters"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win the vote," said Tsahiriin Daariimaa Saturday on the eve of the '
         "presidential elections.", "Tsahiriin Daariimaa"),
        ('"We will win," said Jones Saturday.', "Jones"),
    ],
)  # fmt: skip
def test_the_day_after_an_inverted_speakers_name_is_not_the_speaker(analyse_text, text, speaker):
    (said,) = by_cue(analyse_text(text), "said")
    assert said["source"]["text"] == speaker


def test_citing_a_source_for_ones_own_claim_quotes_no_one(analyse_text):
    record = analyse_text(
        "Trump never cited a source for his claim in November that Obama wants to take in as "
        "many as 250,000 refugees."
    )
    assert all(a["source"]["text"] != "a source for his claim" for a in record["attributions"])
    quoted = analyse_text('"The talks are over," Politico quoted one person involved in the talks.')
    assert quoted["attributions"][0]["source"]["text"] == "one person involved in the talks"


def test_a_quotation_is_not_given_to_a_verb_ending_the_next_sentence(analyse_text):
    record = analyse_text(
        '"We will not accept this," said Mary Olsen, the chief lawyer. "Every customer pays '
        'the price." A group of retailers went to court in May, accusing.'
    )
    owners = {p["text"]: a["source"]["text"] for a in record["attributions"] for p in a["content"]}
    assert owners['"Every customer pays the price."'] == "Mary Olsen, the chief lawyer"


def test_a_cue_in_brackets_says_only_what_the_brackets_hold(analyse_text):
    record = analyse_text(
        "The march drew 40,000 people (police said the number was lower) and ended peacefully."
    )
    (said,) = record["attributions"]
    assert [p["text"] for p in said["content"]] == ["the number was lower"]


def test_a_bracketed_cue_with_nothing_inside_keeps_the_words_around_it(analyse_text):
    (say,) = analyse_text("The economy (analysts say) is slowing down fast.")["attributions"]
    assert "slowing down fast" in " ".join(p["text"] for p in say["content"])


def test_a_participle_on_its_noun_is_no_cue_of_that_noun(analyse_text):
    record = analyse_text(
        "Wreckage found near the coast suggests the plane experienced a “sudden breakup” in "
        "the air."
    )
    assert not [a for a in record["attributions"] if a["cue"]["text"].startswith("found")]


def test_a_speaker_whose_clause_subject_was_read_as_an_object_keeps_the_cue(analyse_text):
    record = analyse_text(
        "Speaking to reporters on Saturday, Varga said the minister from time to time met "
        "with the groups in parliament and one meeting was held."
    )
    assert [a["source"]["text"] for a in record["attributions"]] == ["Varga"]


def test_a_clause_after_a_time_phrase_is_what_was_said(analyse_text):
    record = analyse_text(
        "Lopez said after the meeting he would not accept the offer if it were made."
    )
    (said,) = record["attributions"]
    assert said["source"]["text"] == "Lopez"
    assert said["content"][0]["text"].startswith("he would not accept")


def test_a_clause_opened_by_when_stays_outside_what_was_said(analyse_text):
    (said,) = analyse_text("She said it was over when he left.")["attributions"]
    assert said["content"][0]["text"].startswith("it was over")
