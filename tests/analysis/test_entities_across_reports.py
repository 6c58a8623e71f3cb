"""One entity however reports of a story write it: word order, a leading year, a unit named
after its organisation, a name in lower case or missed by the recogniser (issue #21)."""

from tests.analysis.conftest import canonical_links as _canonical
from tests.analysis.conftest import link_entities as _link

from newsledger.analysis.owned_names import is_unit_name
from newsledger.analysis.variants import bag_key, without_year


def _text_links(ledger):
    """(article text, mention text, canonical name) of every entity the text look-up made."""
    return sorted(
        ledger.conn.execute(
            """SELECT a.text, m.text, c.name FROM entity_links l
               JOIN entities e ON e.id = l.entity_id JOIN mentions m ON m.entity_id = e.id
               JOIN articles a ON a.id = e.article_id
               JOIN canonical_entities c ON c.id = l.canonical_id WHERE l.method = 'text'"""
        ).fetchall()
    )


def _canonical_at(ledger, article_text, part):
    """The canonical entity of the mention over `part` of the article."""
    start = article_text.index(part)
    row = ledger.conn.execute(
        """SELECT l.canonical_id FROM mentions m JOIN articles a ON a.id = m.article_id
           JOIN entity_links l ON l.entity_id = m.entity_id
           WHERE a.text = ? AND m.start = ? AND m."end" = ?""",
        (article_text, start, start + len(part)),
    ).fetchone()
    return row[0] if row else None


def test_keys_for_word_order_years_and_units():
    assert bag_key("Fifth Coast Guard District", "ORG") == bag_key(
        "Coast Guard Fifth District", "ORG"
    )
    assert bag_key("Air China", "ORG") == ""  # two words: China Air is another airline
    assert bag_key("Maria Elena Santos", "PERSON") == ""
    assert without_year("2031 Kestrel Valley Floods") == "Kestrel Valley Floods"
    assert without_year("Kestrel Valley Floods") == ""
    assert is_unit_name("Fifth District") and is_unit_name("the 9th Precinct")
    assert not is_unit_name("National Fire Agency") and not is_unit_name("District")


def test_a_unit_named_after_its_organisation_meets_the_other_word_order(ledger, record):
    one = "The Fifth Coast Guard District said the trawler sank off Brindle Point."
    two = "A spokeswoman for the Coast Guard’s Fifth District said the trawler sank."
    three = "The Fire Department’s Fifth District closed two stations in Oakmere."
    ledger.write([
        record(one, "2031-03-01", [("Fifth Coast Guard District", "ORG")]),
        record(two, "2031-03-02", [("Coast Guard", "ORG"), ("Fifth District", "LOC")]),
        record(three, "2031-03-02", [("Fire Department", "ORG"), ("Fifth District", "LOC")]),
    ])  # fmt: skip
    _link(ledger)
    district = _canonical(ledger, "Fifth Coast Guard District")[0][0]
    fifth = [c for c, _ in _canonical(ledger, "Fifth District")]
    assert fifth[0] == district
    assert fifth[1] != district  # the fire department's is another district


def test_a_name_with_and_without_its_year_within_one_story(ledger, record):
    one = "Dam keepers at Lake Ferrow and Corvin Gorge watched the 2031 Kestrel Valley Floods."
    two = "Lake Ferrow and Corvin Gorge were still cut off after the Kestrel Valley Floods."
    three = "Historians in Pellam recalled the 1987 Kestrel Valley Floods."
    ledger.write([
        record(one, "2031-05-01", [("Lake Ferrow", "LOC"), ("Corvin Gorge", "LOC"),
                                   ("2031 Kestrel Valley Floods", "EVENT")]),
        record(two, "2031-05-03", [("Lake Ferrow", "LOC"), ("Corvin Gorge", "LOC"),
                                   ("Kestrel Valley Floods", "EVENT")]),
        record(three, "2031-05-04", [("Pellam", "GPE"), ("1987 Kestrel Valley Floods", "EVENT")]),
    ])  # fmt: skip
    _link(ledger)
    dated = _canonical(ledger, "2031 Kestrel Valley Floods")[0][0]
    assert _canonical(ledger, "Kestrel Valley Floods")[0][0] == dated
    # another year's floods, in another story
    assert _canonical(ledger, "1987 Kestrel Valley Floods")[0][0] != dated


STORY = [("Brindle Harbour", "FAC"), ("Quarrytown Power Plant", "FAC")]
CAPITALISED = (
    "The National Mine Rescue Agency and the Harbour Police said 40 miners were trapped near Brindle Harbour "
    "and the Quarrytown Power Plant."
)
LOWER = (
    "Officials at Brindle Harbour and the Quarrytown Power Plant said Veloria's national "
    "mine rescue agency had reached the miners, and the harbour police thanked them. "
    "Hikers were stranded in Sorrel national park."
)


def test_a_name_in_lower_case_is_found_in_a_report_of_the_same_story(ledger, record):
    ledger.write([
        record(CAPITALISED, "2031-04-03",
               [("National Mine Rescue Agency", "ORG"), ("Harbour Police", "ORG"), *STORY]),
        record(LOWER, "2031-04-04", [("Veloria", "GPE"), *STORY]),
        record("In Tamsford the national mine rescue agency held drills.", "2031-04-04",
               [("Tamsford", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    agency = _canonical(ledger, "National Mine Rescue Agency")[0][0]
    assert _canonical_at(ledger, LOWER, "national mine rescue agency") == agency
    # two lower-case words are any agency's; another story's agency is its own
    assert [(t[1], t[2]) for t in _text_links(ledger)] == [
        ("national mine rescue agency", "National Mine Rescue Agency")
    ]


def test_an_older_report_learns_the_name_a_later_one_writes(ledger, record):
    ledger.write([record(LOWER, "2031-04-04", [("Veloria", "GPE"), *STORY])])
    _link(ledger)
    ledger.write(
        [record(CAPITALISED, "2031-04-05", [("National Mine Rescue Agency", "ORG"), *STORY])]
    )
    _link(ledger)
    agency = _canonical(ledger, "National Mine Rescue Agency")[0][0]
    assert _canonical_at(ledger, LOWER, "national mine rescue agency") == agency


def test_a_mention_inside_the_name_is_taken_in(ledger, record):
    park = (
        "Rangers closed Sorrel National Park near Brindle Harbour and the Quarrytown Power Plant."
    )
    ledger.write([
        record(park, "2031-04-03", [("Sorrel National Park", "FAC"), *STORY]),
        record(LOWER, "2031-04-04", [("Veloria", "GPE"), ("Sorrel", "GPE"), *STORY]),
    ])  # fmt: skip
    _link(ledger)
    found = _canonical_at(ledger, LOWER, "Sorrel national park")
    assert found == _canonical(ledger, "Sorrel National Park")[0][0]


def test_a_known_name_inside_a_longer_capitalised_name_is_not_taken(ledger, record):
    one = "Ferries left Brindle Harbour for the Quarrytown Power Plant and Corvin Bay."
    two = "At Brindle Harbour, the Quarrytown Power Plant and the Corvin Bay Bridge reopened."
    ledger.write([
        record(one, "2031-04-03", [*STORY, ("Corvin Bay", "LOC")]),
        record(two, "2031-04-04", STORY),
    ])  # fmt: skip
    _link(ledger)
    assert _text_links(ledger) == []


def test_a_rebuild_finds_the_names_again_without_doubling_them(ledger, record, embedder):
    from newsledger.analysis.update import rebuild_analysis

    ledger.write([
        record(CAPITALISED, "2031-04-03", [("National Mine Rescue Agency", "ORG"), *STORY]),
        record(LOWER, "2031-04-04", [("Veloria", "GPE"), *STORY]),
    ])  # fmt: skip
    _link(ledger)
    before = _text_links(ledger)
    rebuild_analysis(ledger, embedder)
    assert _text_links(ledger) == before and len(before) == 1


def test_an_acronym_also_known_by_a_name_no_initials_spell(ledger, record):
    ledger.write([
        record("The Kelvari Alliance (KVA) lost seats in Dunmere.", "2031-06-01",
               [("Kelvari Alliance", "ORG"), ("KVA", "ORG"), ("Dunmere", "GPE")]),
        record("The KVA, also known as the Northern Unity Front, conceded in Dunmere.",
               "2031-06-02", [("KVA", "ORG"), ("Northern Unity Front", "ORG"), ("Dunmere", "GPE")]),
        record("The Northern Unity Front named a new leader.", "2031-06-03",
               [("Northern Unity Front", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    party = {c for n in ("Kelvari Alliance", "KVA", "Northern Unity Front")
             for c, _ in _canonical(ledger, n)}  # fmt: skip
    assert len(party) == 1


def test_a_name_written_with_a_double_space_is_found_whole(ledger, record):
    """A stripped link leaves two spaces inside a name ("National Mine  Rescue Agency"):
    the name sought and the name found are folded alike, and nothing fails."""
    spaced = CAPITALISED.replace("Mine Rescue", "Mine  Rescue")
    ledger.write([
        record(spaced, "2031-04-03",
               [("National Mine  Rescue Agency", "ORG"), ("Harbour Police", "ORG"), *STORY]),
        record(LOWER, "2031-04-04", [("Veloria", "GPE"), *STORY]),
    ])  # fmt: skip
    _link(ledger)
    agency = _canonical(ledger, "National Mine  Rescue Agency")[0][0]
    assert _canonical_at(ledger, LOWER, "national mine rescue agency") == agency
