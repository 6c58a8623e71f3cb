"""Sources read from real-news constructions: a description points back to the phrase
that repeats its noun (or to what the entities component linked it to), never to a byline;
tallies are documents; a passive participle's noun is no speaker. Every sentence here is
written for this file."""

from __future__ import annotations

import pytest
from tests.extract.test_attribution_sources import by_cue, entity_name


def test_the_agency_is_the_agency_just_named_not_the_byline_wire(analyse_text):
    text = (
        "Ten Climbers Stranded after Landslide\n\nReuters\n\nMarch 2, 2025\n\n"
        "Nepal's national disaster agency says ten climbers are stranded above a landslide "
        "near the Annapurna base camp. Seven of them were in one group and three in "
        "another, the agency said."
    )
    record = analyse_text(text, "2025-03-02")
    said = by_cue(record, "said")
    assert said["source"]["text"] == "the agency"
    assert entity_name(record, said) != "Reuters"


def test_a_description_the_entities_linked_keeps_that_organization(analyse_text):
    text = (
        "The Korea Meteorological Agency warned of heavy snow in the east on Tuesday. "
        "Trains were cancelled across the region. Flights were delayed. Samsung Electronics "
        "shut its chip plant near Gangneung for the day. According to the weather agency, "
        "up to 30 centimetres fell in the mountains."
    )
    record = analyse_text(text, "2025-01-14")
    according = by_cue(record, "According to")
    assert entity_name(record, according) == "Korea Meteorological Agency"


def test_a_tally_is_a_document(analyse_text):
    record = analyse_text(
        "According to a tally by the Daily Courier, 41 people were hurt in the storm.",
        "2025-01-14",
    )
    assert by_cue(record, "According to")["source"]["kind"] == "document"


def test_a_passive_participle_does_not_make_its_noun_a_source(analyse_text):
    record = analyse_text(
        "Dozens of homes were damaged, with a total of 52 buildings confirmed to be "
        "partly destroyed in the two districts.",
        "2025-01-14",
    )
    assert not [a for a in record["attributions"] if "52 buildings" in a["source"]["text"]]


@pytest.mark.parametrize(
    "phrase", ["A spokesman for Okafor", "A lawyer for Okafor", "An aide to Okafor"]
)
def test_someone_acting_for_a_person_is_not_that_person(analyse_text, phrase):
    text = (
        f"Prime Minister Daniel Okafor met the envoy on Monday. {phrase} said the talks "
        "had been useful."
    )
    said = by_cue(analyse_text(text, "2025-01-14"), "said")
    assert said["source"]["text"] == phrase
    assert said["source"]["entity"] is None
    assert said["source"]["kind"] != "named"


def test_a_title_apposed_before_the_name_makes_the_role_noun_point_to_it(analyse_text):
    text = (
        "The Chilean President, Marta Ibarra, criticized the new tariff plan on Monday. "
        '"We will not accept a wall of taxes between friends," said the President to '
        "a room of senators."
    )
    record = analyse_text(text, "2025-01-14")
    said = by_cue(record, "said")
    assert said["source"]["text"] == "the President"
    assert entity_name(record, said) == "Marta Ibarra"


def test_a_verb_after_a_relative_clause_and_its_and_is_not_the_first_speakers():
    """The parse of a real report: "applauded" hung on "said", its "and" on "got"."""
    from newsledger.extract.attribution.speakers import find_subject

    rows = [  # word, head, dep, pos
        ("said", 0, "ROOT", "VERB"), ("the", 2, "det", "DET"), ("President", 0, "nsubj", "PROPN"),
        ("to", 0, "prep", "ADP"), ("deputies", 3, "pobj", "NOUN"), (",", 4, "punct", "PUNCT"),
        ("who", 7, "nsubj", "PRON"), ("got", 4, "relcl", "VERB"), ("up", 7, "prt", "ADP"),
        ("and", 7, "cc", "CCONJ"), ("loudly", 11, "advmod", "ADV"),
        ("applauded", 0, "conj", "VERB"), ("him", 11, "dobj", "PRON"), (".", 0, "punct", "PUNCT"),
    ]  # fmt: skip
    doc = _parsed(rows)
    assert find_subject(doc[11]).text == "who"
    assert find_subject(doc[0]).text == "President"


def test_a_speech_tag_after_a_long_quotation_keeps_it(analyse_text):
    text = (
        "The Chilean President, Marta Ibarra, criticized the new tariff plan on Monday. "
        '"It is not only an insult to our neighbours in the north, but to every nation of '
        'the continent and every nation of the world," she added later.'
    )
    record = analyse_text(text, "2025-01-14")
    added = [a for a in record["attributions"] if a["cue"]["text"].startswith("added")]
    assert added and entity_name(record, added[0]) == "Marta Ibarra"


def test_an_employee_of_an_acronymed_body_is_not_the_body(analyse_text):
    record = analyse_text(
        "According to a United Nations (UN) employee who saw the convoy, two trucks "
        "were turned back at the border.",
        "2025-01-14",
    )
    according = by_cue(record, "According to")
    assert according["source"]["entity"] is None
    assert according["source"]["kind"] == "anonymous"


def _parsed(rows: list[tuple[str, int, str, str]]):  # type: ignore[no-untyped-def]
    """A Doc with the parse given (word, head, dep, pos): the misparses of real reports."""
    import spacy
    from spacy.tokens import Doc

    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[0].lower() for r in rows],
    )


def test_whom_someone_told_is_never_the_speaker():
    """A real report's parse: the subject went to a verb inside the quoted song title, and
    "told" was left with the newspaper as its only noun."""
    from newsledger.extract.attribution.speakers import inverted_speaker

    rows = [  # '... the hit "We Go On," told The Courier that ...'
        ("hit", 6, "ccomp", "NOUN"), ('"', 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"),
        ("go", 0, "ccomp", "VERB"), (",", 6, "punct", "PUNCT"), ('"', 6, "punct", "PUNCT"),
        ("tell", 6, "ROOT", "VERB"), ("The", 8, "det", "DET"), ("Courier", 6, "dobj", "PROPN"),
    ]  # fmt: skip
    assert inverted_speaker(_parsed(rows)[6]) is None
    rows[6] = ("say", 6, "ROOT", "VERB")  # '"...," said the Courier': the Courier speaks
    assert inverted_speaker(_parsed(rows)[6]).text == "Courier"


def test_one_persons_two_posts_are_no_group_and_the_acronym_points_back(analyse_text):
    record = analyse_text(
        "Meera Pillai, CEO and MD, said the company had a strong pipeline of deals. The CEO "
        "said the company was working with a large retailer.",
        "2025-01-14",
    )
    first, second = record["attributions"][:2]
    assert first["source"]["kind"] == "named"
    assert entity_name(record, first) == "Meera Pillai"
    assert entity_name(record, second) == "Meera Pillai"


def test_the_name_after_a_speech_verb_speaks_when_the_parser_gave_it_a_later_verb():
    """'"...?" said KCR at the party's meet': "meet" read as a verb with the name its subject."""
    from newsledger.extract.attribution.speakers import inverted_speaker

    rows = [
        ("?", 2, "punct", "PUNCT"), ("”", 2, "punct", "PUNCT"), ("say", 2, "ROOT", "VERB"),
        ("KCR", 8, "nsubj", "PROPN"), ("at", 3, "prep", "ADP"), ("the", 6, "det", "DET"),
        ("party", 7, "poss", "NOUN"), ("committee", 4, "pobj", "NOUN"),
        ("meet", 2, "ccomp", "VERB"), (".", 2, "punct", "PUNCT"),
    ]  # fmt: skip
    assert inverted_speaker(_parsed(rows)[2]).text == "KCR"
    rows[3] = ("KCR", 8, "nsubj", "NOUN")  # a common noun is no name standing after it
    assert inverted_speaker(_parsed(rows)[2]) is None


def test_a_place_the_parser_made_the_subject_is_cut_from_the_speaker():
    """A real report's parse: "east" the subject of "said", the speaker a conjunct of the city."""
    from newsledger.extract.attribution.source_extent import source_tokens

    rows = [
        ("east", 10, "nsubj", "NOUN"), ("of", 0, "prep", "ADP"), ("the", 4, "det", "DET"),
        ("capital", 4, "compound", "NOUN"), ("Dhaka", 1, "pobj", "PROPN"),
        (",", 4, "punct", "PUNCT"), ("Mahfuz", 7, "compound", "PROPN"),
        ("Karim", 4, "conj", "PROPN"), (",", 7, "punct", "PUNCT"),
        ("director", 7, "appos", "NOUN"), ("say", 10, "ROOT", "VERB"),
    ]  # fmt: skip
    doc = _parsed(rows)
    doc.ents = [doc.char_span(doc[6].idx, doc[7].idx + len("Karim"), label="PERSON")]
    source = source_tokens(doc[0], {10})
    assert [doc[i].text for i in source] == ["Mahfuz", "Karim", ",", "director"]


def test_someone_named_by_surname_alone_is_the_speaker(analyse_text):
    record = analyse_text(
        "An official surnamed Deng at the district's flood office said the bridge had been "
        "reopened.",
        "2025-01-14",
    )
    said = by_cue(record, "said")
    assert said["source"]["text"].startswith("An official surnamed Deng")
    assert said["source"]["kind"] == "named"
    assert entity_name(record, said) == "Deng"
    assert "surnamed" not in " ".join(p["text"] for p in said["content"])


def test_a_pronoun_inside_what_was_said_is_the_person_named_there_before_it(nlp):
    """ "His comments indicated that Governor Mann is not truthful when he states ...": the
    "he" inside the reported words is Mann, not the speaker outside them."""
    from newsledger.extract.attribution.antecedents import People, SourceGuess, resolve_person

    text = (
        "Admiral Tom Reyes has condemned the administration. His comments indicated that "
        "Governor Paul Mann is not truthful when he states that the budget is balanced."
    )
    doc = nlp(text)
    said = text.index("that Governor")
    people = People.of(doc, quiet=[(said, len(text))])
    reyes = SourceGuess(
        0, len("Admiral Tom Reyes"), "named", people_id(people, "Reyes"), False, True
    )
    he = next(t for t in doc if t.lower_ == "he")
    assert resolve_person(he, [reyes], people) == ("named", people_id(people, "Mann"))


def people_id(people, surname: str) -> str:
    return next(e for e, name in people.names.items() if name.endswith(surname))
