"""One entity across articles despite spelling, hyphens, types and acronyms (issue #21)."""

from tests.analysis.conftest import canonical_links as _canonical
from tests.analysis.conftest import link_entities as _link

from newsledger.analysis.variants import (
    acronym_of,
    acronyms,
    geonames_id,
    norm_key,
    skeleton,
    spelling_agrees,
)


def test_norm_key_folds_dashes_dots_titles_and_countries():
    assert norm_key("Al-Haouz", "ORG") == norm_key("Al Haouz", "PERSON") == "al haouz"
    assert norm_key("Lai Ching - te", "PERSON") == norm_key("President Lai Ching\u2011te", "ORG"
                                                            ).removeprefix("president ")  # fmt: skip
    assert norm_key("U.S. Air Force", "ORG") == norm_key("United States Air Force", "ORG")
    assert norm_key("Lai", "PERSON") == ""  # a surname carries no cross-article key
    assert norm_key("Iran", "NORP") == ""
    assert norm_key("Eddie Stobart Limited", "ORG") != norm_key("Eddie Stobart", "PERSON")


def test_acronyms_with_and_without_small_words():
    assert acronyms("US Geological Survey", "ORG") == {"usgs"}
    assert acronyms("United States Geological Survey", "ORG") == {"usgs"}
    assert acronyms("Federal Bureau of Investigation", "ORG") == {"fboi"}  # "fbi": too short
    assert acronyms("Bureau of Labor Statistics", "ORG") == {"bols"}
    assert acronyms("Joe Biden", "PERSON") == set()
    assert acronym_of("U.S.G.S.") == "usgs" and acronym_of("UN") == "" and acronym_of("Nato") == ""


def test_spelling_variants_only_for_long_close_names():
    assert skeleton("Marrakech", "GPE") == skeleton("Marrakesh", "GPE")
    assert spelling_agrees("Marrakech", "Marrakesh", "GPE")
    assert spelling_agrees("Hezbollah", "Hizballah", "ORG")
    assert not spelling_agrees("Labour Party", "Labor Party", "ORG")  # the UK's, Australia's
    assert not spelling_agrees("Defence Ministry", "Defense Ministry", "ORG")
    assert spelling_agrees("Sergei Lavrov", "Sergey Lavrov", "PERSON")
    assert not spelling_agrees("Ivan Petrov", "Ivan Petrova", "PERSON")
    assert skeleton("Ivan Petrov", "PERSON") != skeleton("Ivan Petrova", "PERSON")
    assert skeleton("Chen", "PERSON") == "" and skeleton("Oman", "GPE") == ""
    assert skeleton("Defence", "ORG") == ""  # one common word: the UK's or the US's?
    assert not spelling_agrees("Hou Yu-ih", "Hou You-yi", "PERSON")
    assert not spelling_agrees("Gary Johanson", "Gary Johnson", "PERSON")
    assert spelling_agrees("Volodymyr Zelensky", "Volodymyr Zelenskyy", "PERSON")


def test_gazetteer_knows_both_spellings():
    assert geonames_id("Marrakech") == geonames_id("Marrakesh") is not None


def test_hyphen_space_and_type_variants_merge(ledger, record):
    ledger.write([
        record("Lai Ching-te won.", "2024-01-13", [("Lai Ching-te", "PERSON")]),
        record("Lai Ching - te spoke.", "2024-01-14", [("Lai Ching - te", "PERSON")]),
        record("Lai Ching\u2011te said.", "2024-01-14", [("Lai Ching\u2011te", "ORG")]),
        record("The quake hit Al-Haouz.", "2023-09-09", [("Al-Haouz", "ORG")]),
        record("In Al Haouz province.", "2023-09-10", [("Al Haouz", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    lai = {c for n in ("Lai Ching-te", "Lai Ching - te", "Lai Ching\u2011te")
           for c, _ in _canonical(ledger, n)}  # fmt: skip
    assert len(lai) == 1
    assert _canonical(ledger, "Lai Ching\u2011te")[0][1] == "cross-type"
    assert _canonical(ledger, "Al-Haouz")[0][0] == _canonical(ledger, "Al Haouz")[0][0]


def test_a_surname_alone_never_crosses_types_or_pulls_in_another_lai(ledger, record):
    ledger.write([
        record("Lai Ching-te won.", "2024-01-13", [("Lai Ching-te", "PERSON")]),
        record("Jimmy Lai was jailed.", "2024-01-14", [("Jimmy Lai", "PERSON")]),
        record("Lai Group grew.", "2024-01-15", [("Lai", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Lai Ching-te")[0][0] != _canonical(ledger, "Jimmy Lai")[0][0]
    assert _canonical(ledger, "Lai")[0][1] == "new"


def test_spelling_variant_of_a_city_merges(ledger, record):
    ledger.write([
        record("Marrakech shook.", "2023-09-09", [("Marrakech", "GPE")]),
        record("In Marrakesh, people slept outside.", "2023-09-10", [("Marrakesh", "GPE")]),
        record("Hezbollah fired.", "2023-10-09", [("Hezbollah", "ORG")]),
        record("Hizballah said.", "2023-10-10", [("Hizballah", "ORG")]),
        record("Ivan Petrov skated.", "2023-10-09", [("Ivan Petrov", "PERSON")]),
        record("Ivan Petrova skated.", "2023-10-10", [("Ivan Petrova", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Marrakech")[0][0] == _canonical(ledger, "Marrakesh")[0][0]
    assert _canonical(ledger, "Hezbollah")[0][0] == _canonical(ledger, "Hizballah")[0][0]
    assert _canonical(ledger, "Hizballah")[0][1] == "spelling"
    assert _canonical(ledger, "Ivan Petrov")[0][0] != _canonical(ledger, "Ivan Petrova")[0][0]


def test_kb_place_takes_no_spelling_variant(ledger, record):
    ledger.write([
        record("Colombia voted.", "2022-05-29", [("Colombia", "GPE")]),
        record("Columbia students marched.", "2022-05-30", [("Columbia", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Colombia")[0][0] != _canonical(ledger, "Columbia")[0][0]


def test_acronym_and_country_abbreviation_variants(ledger, record):
    ledger.write([
        record("The US Geological Survey said.", "2023-09-08", [("US Geological Survey", "ORG")]),
        record("The United States Geological Survey said.", "2023-09-09",
               [("United States Geological Survey", "ORG")]),
        record("USGS data showed.", "2023-09-10", [("USGS", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    ids = {c for n in ("US Geological Survey", "United States Geological Survey", "USGS")
           for c, _ in _canonical(ledger, n)}  # fmt: skip
    assert len(ids) == 1


def test_acronym_first_then_long_name_renames(ledger, record):
    ledger.write([record("USGS data showed.", "2023-09-08", [("USGS", "ORG")])])
    _link(ledger)
    ledger.write([record("The US Geological Survey said.", "2023-09-09",
                         [("US Geological Survey", "ORG")])])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "USGS")[0][0] == _canonical(ledger, "US Geological Survey")[0][0]
    name = ledger.conn.execute("SELECT name FROM canonical_entities").fetchone()[0]
    assert name == "US Geological Survey"


def test_an_acronym_the_article_defines_is_learned(ledger, record):
    text = "The Kuomintang (KMT) lost."
    defined = record(text, "2024-01-13", [("Kuomintang", "ORG")])
    start = text.index("KMT")
    defined["entities"][0]["mentions"].append({"start": start, "end": start + 3, "text": "KMT"})
    ledger.write([defined, record("The KMT conceded.", "2024-01-14", [("KMT", "ORG")])])
    _link(ledger)
    assert _canonical(ledger, "Kuomintang")[0][0] == _canonical(ledger, "KMT")[0][0]


def test_short_acronyms_need_an_article_to_define_them(ledger, record):
    ledger.write([
        record("U.S. Bancorp fell.", "2013-01-01", [("U.S. Bancorp", "ORG")]),
        record("A USB port.", "2013-01-02", [("USB", "ORG")]),
        record("The U.S. Navy sailed.", "2013-01-03", [("U.S. Navy", "ORG")]),
        record("U.N. staff left.", "2013-01-04", [("U.N.", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "USB")[0][0] != _canonical(ledger, "U.S. Bancorp")[0][0]
    assert _canonical(ledger, "U.N.")[0][0] != _canonical(ledger, "U.S. Navy")[0][0]


def test_one_short_word_does_not_cross_types(ledger, record):
    ledger.write([
        record("Martin spoke.", "2013-01-01", [("Martin", "PRODUCT")]),
        record("In Martin.", "2013-01-02", [("Martin", "GPE")]),
        record("Greymouth council.", "2013-01-01", [("Greymouth", "ORG")]),
        record("In Greymouth.", "2013-01-02", [("Greymouth", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    assert len({c for c, _ in _canonical(ledger, "Martin")}) == 2
    assert len({c for c, _ in _canonical(ledger, "Greymouth")}) == 1


def test_acronym_alone_first_then_its_definition(ledger, record):
    ledger.write([record("The KMT conceded.", "2024-01-13", [("KMT", "ORG")])])
    _link(ledger)
    text = "The Kuomintang (KMT) lost."
    defined = record(text, "2024-01-14", [("Kuomintang", "ORG")])
    start = text.index("KMT")
    defined["entities"][0]["mentions"].append({"start": start, "end": start + 3, "text": "KMT"})
    ledger.write([defined])
    _link(ledger)
    assert _canonical(ledger, "Kuomintang")[0][0] == _canonical(ledger, "KMT")[0][0]


def test_acronym_letters_run_through_the_name():
    from newsledger.analysis.aliases import letters_run_through

    assert letters_run_through("kmt", "Kuomintang")
    assert letters_run_through("dpp", "Democratic Progressive Party")
    assert not letters_run_through("nyse", "Boeing")
    assert not letters_run_through("aapl", "Apple")


def test_a_name_in_parentheses_is_taught_to_later_reports(ledger, record):
    ledger.write([
        record("The Kuomintang (Chinese Nationalist Party) lost.", "2024-01-13",
               [("Kuomintang", "ORG"), ("Chinese Nationalist Party", "ORG")]),
        record("The Chinese Nationalist Party conceded.", "2024-01-14",
               [("Chinese Nationalist Party", "ORG")]),
        record("Shares of Boeing (NYSE) fell.", "2024-01-13", [("Boeing", "ORG"), ("NYSE", "ORG")]),
        record("The NYSE opened.", "2024-01-14", [("NYSE", "ORG")]),
        record("The quake hit Al Haouz (Morocco).", "2023-09-09",
               [("Al Haouz", "GPE"), ("Morocco", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    kmt = {c for n in ("Kuomintang", "Chinese Nationalist Party") for c, _ in _canonical(ledger, n)}
    assert len(kmt) == 1
    assert _canonical(ledger, "Boeing")[0][0] not in {c for c, _ in _canonical(ledger, "NYSE")}
    assert _canonical(ledger, "Al Haouz")[0][0] != _canonical(ledger, "Morocco")[0][0]


def test_a_spelled_out_acronym_is_not_matched_by_initials(ledger, record):
    ledger.write([
        record("AirTran Airways flew.", "2010-01-01", [("AirTran Airways", "ORG")]),
        record("The Automobile Association (AA) said.", "2010-05-12",
               [("Automobile Association", "ORG"), ("AA", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "AA")[0][0] == _canonical(ledger, "Automobile Association")[0][0]
    assert _canonical(ledger, "AA")[0][0] != _canonical(ledger, "AirTran Airways")[0][0]


def test_a_shared_first_word_is_not_one_company(ledger, record):
    ledger.write([
        record("Apple sold phones.", "2010-01-01", [("Apple", "ORG")]),
        record("Apple Corps sued.", "2010-01-02", [("Apple Corps", "ORG")]),
        record("Apple Computer grew.", "2010-01-03", [("Apple Computer", "ORG")]),
        record("The Southern Company.", "2010-01-01", [("Southern Company", "ORG")]),
        record("The Southern Poverty Law Center.", "2010-01-02",
               [("Southern Poverty Law Center", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Apple Corps")[0][0] != _canonical(ledger, "Apple")[0][0]
    assert _canonical(ledger, "Apple Computer")[0][0] == _canonical(ledger, "Apple")[0][0]
    assert (_canonical(ledger, "Southern Poverty Law Center")[0][0]
            != _canonical(ledger, "Southern Company")[0][0])  # fmt: skip


def test_an_acronym_spelled_out_anywhere_in_the_article(ledger, record):
    text = "The Automobile Association  (AA) said prices rose. The AA added more."
    glued = record(text, "2010-05-12", [("Automobile Association  (AA", "ORG")])
    start = text.index("AA added")
    glued["entities"].append({"id": "e2", "name": "AA", "type": "ORG",
                              "mentions": [{"start": start, "end": start + 2, "text": "AA"}]})  # fmt: skip
    ledger.write([record("AirTran Airways flew.", "2010-01-01", [("AirTran Airways", "ORG")]),
                  glued])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "AA")[0][0] == _canonical(ledger, "Automobile Association  (AA")[0][0]


def test_a_bare_surname_two_people_share_links_to_neither(ledger, record):
    from newsledger.analysis.names import person_parts

    assert person_parts("Lai Ching-te")[2] == "lai" and person_parts("Jimmy Lai")[2] == "lai"
    assert person_parts("President Lai Ching - te") == ("lai ching-te", "ching-te", "lai")
    assert person_parts("Lai Ching\u2013te") == person_parts("Lai Ching-te")
    assert person_parts("Frank-Walter Steinmeier")[2] == "steinmeier"
    ledger.write([
        record("Lai Ching-te won.", "2024-01-13", [("Lai Ching-te", "PERSON")]),
        record("Jimmy Lai was jailed.", "2024-01-14", [("Jimmy Lai", "PERSON")]),
        record("Lai spoke.", "2024-01-15", [("Lai", "PERSON")]),
        record("Ko Wen-je came third.", "2024-01-13", [("Ko Wen-je", "PERSON")]),
        record("Ko conceded.", "2024-01-14", [("Ko", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Lai")[0][1] == "new"
    # one Ko in the ledger, but a surname alone still never links across articles
    assert _canonical(ledger, "Ko")[0][0] != _canonical(ledger, "Ko Wen-je")[0][0]


def test_a_bare_surname_is_its_own_articles_person(ledger, record):
    ledger.write([
        record("Lee Jae-joung spoke in Seoul.", "2007-01-01", [("Lee Jae-joung", "PERSON")]),
        record("Lee Hsien Loong spoke; later Lee left.", "2007-01-02",
               [("Lee Hsien Loong", "PERSON"), ("Lee", "PERSON")]),
        record("Kim Jong-il ruled; Kim spoke.", "2007-01-03",
               [("Kim Jong-il", "PERSON"), ("Kim", "PERSON")]),
        record("Kim waved.", "2007-01-04", [("Kim", "PERSON")]),
        record("Madonna sang.", "2007-01-05", [("Madonna", "PERSON")]),
        record("Madonna sang again.", "2007-01-06", [("Madonna", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    # "Lee Hsien Loong" is no surname-last name the ledger can tell: "Lee" stays apart from
    # both, and never joins the other article's Lee Jae-joung
    assert _canonical(ledger, "Lee")[0][0] != _canonical(ledger, "Lee Jae-joung")[0][0]
    kims = [c for c, _ in _canonical(ledger, "Kim")]
    assert kims[0] == _canonical(ledger, "Kim Jong-il")[0][0] and kims[1] != kims[0]
    assert len({c for c, _ in _canonical(ledger, "Madonna")}) == 1  # a mononym


def test_phoenix_synonyms_link_names_no_rule_could():
    from newsledger.analysis.synonyms import synonyms

    assert "norm:israel defense force" in synonyms("IDF")
    assert "norm:al qaida" in synonyms("Al-Qaeda")
    assert "norm:senate armed services committee" not in synonyms("House Armed Services Committee")


def test_dictionary_links_a_short_acronym_to_its_name(ledger, record):
    ledger.write([
        record("The Israel Defense Forces said.", "2023-10-09", [("Israel Defense Forces", "ORG")]),
        record("The IDF said.", "2023-10-10", [("IDF", "GPE")]),
        record("Al-Qaeda claimed it.", "2011-01-01", [("Al-Qaeda", "ORG")]),
        record("Al Qaida denied it.", "2011-01-02", [("Al Qaida", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "IDF")[0] == (_canonical(ledger, "Israel Defense Forces")[0][0],
                                            "dictionary")  # fmt: skip
    assert _canonical(ledger, "Al-Qaeda")[0][0] == _canonical(ledger, "Al Qaida")[0][0]


def test_the_dictionary_meaning_of_an_acronym_beats_initials(ledger, record):
    ledger.write([
        record("Aveos Fleet Performance shut.", "2012-03-18", [("Aveos Fleet Performance", "ORG")]),
        record("AFP reported it.", "2012-03-19", [("AFP", "ORG")]),
        record("Agence France-Presse said.", "2012-03-20", [("Agence France-Presse", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "AFP")[0][0] != _canonical(ledger, "Aveos Fleet Performance")[0][0]
    assert _canonical(ledger, "AFP")[0][0] == _canonical(ledger, "Agence France-Presse")[0][0]


def test_a_short_name_crosses_types_only_within_one_story(ledger, record):
    bridge = [("Francis Scott Key Bridge", "FAC"), ("Wes Moore", "PERSON")]
    ledger.write([
        record("The Dali hit the Francis Scott Key Bridge, Wes Moore said.", "2024-03-26",
               [("Dali", "PRODUCT"), *bridge]),
        record("Wes Moore said the Dali hit the Francis Scott Key Bridge.", "2024-03-27",
               [*bridge, ("Dali", "ORG")]),
        record("Dali is a city in Yunnan.", "2024-03-28", [("Dali", "GPE")]),
        record("Dali painted clocks.", "2024-03-29", [("Dali", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    ship, ship_too, city, painter = (c for c, _ in _canonical(ledger, "Dali"))
    assert ship == ship_too and len({ship, city, painter}) == 3


def test_an_acronym_seen_alone_first_joins_the_name_a_later_report_spells_out(ledger, record):
    story = [("Lai Ching-te", "PERSON"), ("Hou Yu-ih", "PERSON")]
    ledger.write([
        record("Lai Ching-te beat Hou Yu-ih of the KMT.", "2024-01-13", [*story, ("KMT", "ORG")]),
        record("Lai Ching-te beat Hou Yu-ih of the Kuomintang.", "2024-01-13",
               [*story, ("Kuomintang", "ORG")]),
        record("The DPP of Taiwan met the KMT.", "2015-01-01", [("KMT", "PRODUCT")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "KMT")[0][0] != _canonical(ledger, "Kuomintang")[0][0]
    text = "Lai Ching-te beat Hou Yu-ih of the Kuomintang (KMT)."
    defined = record(text, "2024-01-14", [*story, ("Kuomintang", "ORG")])
    start = text.index("KMT")
    defined["entities"][2]["mentions"].append({"start": start, "end": start + 3, "text": "KMT"})
    ledger.write([defined])
    _link(ledger)
    kuomintang = {c for c, _ in _canonical(ledger, "Kuomintang")}
    assert len(kuomintang) == 1 and _canonical(ledger, "KMT")[0][0] in kuomintang
    assert (
        ledger.conn.execute(
            "SELECT n_articles FROM canonical_entities WHERE id = ?", (kuomintang.pop(),)
        ).fetchone()[0]
        == 3
    )


def test_one_city_to_geonames_across_types_and_spellings(ledger, record):
    ledger.write([
        record("Marrakech's old city cracked.", "2023-09-09", [("Marrakech", "ORG")]),
        record("In Marrakesh, people slept outside.", "2023-09-10", [("Marrakesh", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Marrakesh")[0] == (_canonical(ledger, "Marrakech")[0][0],
                                                  "cross-type")  # fmt: skip


def test_long_names_fold_number_spelling_and_admin_words():
    assert norm_key("Central Emergency Operation Centre", "ORG") == norm_key(
        "Central Emergency Operations Center", "ORG"
    )
    assert norm_key("Self-Defense Forces", "ORG") == norm_key("Self-Defense Force", "ORG")
    assert norm_key("Al Haouz province", "GPE") == norm_key("Al-Haouz", "GPE")
    assert norm_key("Ishikawa Prefecture", "GPE") == norm_key("Ishikawa", "GPE")
    assert norm_key("Mexico City", "GPE") != norm_key("Mexico", "GPE")
    assert norm_key("Washington County", "GPE") != norm_key("Washington", "GPE")
    assert norm_key("United States", "GPE") != norm_key("United State", "GPE")  # two words stay


def test_a_town_with_and_without_city_is_one_place_within_one_story(ledger, record):
    story = [("Noto Peninsula", "LOC"), ("Japan Meteorological Agency", "ORG")]
    told = " on the Noto Peninsula, the Japan Meteorological Agency said."
    ledger.write([
        record("Houses fell in Wajima" + told, "2024-01-02", [("Wajima", "GPE"), *story]),
        record("In Wajima City, fires burned" + told, "2024-01-02", [("Wajima City", "GPE"), *story]),
        record("Suzu City lost power" + told, "2024-01-02", [("Suzu City", "GPE"), *story]),
        record("Suzu is cut off" + told, "2024-01-03", [("Suzu", "GPE"), *story]),
        record("New York voted" + told, "2024-06-02", [("New York", "GPE"), *story]),
        record("New York City flooded" + told, "2024-06-03", [("New York City", "GPE"), *story]),
        record("Rain in Leeds" + told, "2024-06-02", [("Leeds", "GPE"), *story]),
        record("Leeds City won at Elland Road.", "2024-06-03", [("Leeds City", "GPE"), ("Elland Road", "FAC")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "Wajima")[0][0] == _canonical(ledger, "Wajima City")[0][0]
    assert _canonical(ledger, "Suzu")[0][0] == _canonical(ledger, "Suzu City")[0][0]
    assert _canonical(ledger, "New York")[0][0] != _canonical(ledger, "New York City")[0][0]
    assert _canonical(ledger, "Leeds")[0][0] != _canonical(ledger, "Leeds City")[0][0]


def test_a_company_and_its_name_with_a_trade_word_are_one(ledger, record):
    ledger.write([
        record("OceanGate said.", "2023-06-20", [("OceanGate", "ORG")]),
        record("OceanGate Expeditions said.", "2023-06-21", [("OceanGate Expeditions", "ORG")]),
        record("Apple sold phones.", "2023-06-20", [("Apple", "ORG")]),
        record("Apple Corps sued.", "2023-06-21", [("Apple Corps", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert (
        _canonical(ledger, "OceanGate")[0][0] == _canonical(ledger, "OceanGate Expeditions")[0][0]
    )
    assert _canonical(ledger, "Apple")[0][0] != _canonical(ledger, "Apple Corps")[0][0]


def test_a_name_written_together_and_apart_merges(ledger, record):
    ledger.write([
        record("SeaVenture said the dive began.", "2023-06-20", [("SeaVenture", "ORG")]),
        record("Sea Venture said it was safe.", "2023-06-21", [("Sea Venture", "ORG")]),
        record("Mary Sea was there.", "2023-06-21", [("Mary Sea", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical(ledger, "SeaVenture")[0][0] == _canonical(ledger, "Sea Venture")[0][0]
    assert _canonical(ledger, "Mary Sea")[0][0] != _canonical(ledger, "SeaVenture")[0][0]
