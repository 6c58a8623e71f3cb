"""Sources read from real-news constructions: a description points back to the phrase
that repeats its noun (or to what the entities component linked it to), never to a byline;
tallies are documents; a passive participle's noun is no speaker. Every sentence here is
written for this file."""

from __future__ import annotations

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
