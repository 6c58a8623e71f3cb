from tests.analysis.conftest import canonical_links as _canonical_of
from tests.analysis.conftest import link_entities as _link

from newsledger.analysis.entities import find_canonical


def test_biden_variants_are_one_person_and_record_how(ledger, record):
    ledger.write([
        record("Joe Biden spoke in Delaware.", "2020-01-01", [("Joe Biden", "PERSON")]),
        record("President Biden signed the bill.", "2021-02-01", [("President Biden", "PERSON")]),
        record("Biden said no.", "2021-03-01", [("Biden", "PERSON")]),
        record("Joseph R. Biden won.", "2020-11-07", [("Joseph R. Biden", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    ids = {name: _canonical_of(ledger, name)[0] for name in
           ("Joe Biden", "President Biden", "Biden", "Joseph R. Biden")}  # fmt: skip
    assert len({ids[n][0] for n in ("Joe Biden", "President Biden", "Joseph R. Biden")}) == 1
    assert ids["President Biden"][1] == "title" and ids["Joseph R. Biden"][1] == "initial"
    # a surname alone never links across articles (issue #21): an entity of its own
    assert ids["Biden"][0] != ids["Joe Biden"][0] and ids["Biden"][1] == "new"


def test_different_given_names_stay_apart(ledger, record):
    ledger.write([
        record("Josh Howard scored.", "2005-01-01", [("Josh Howard", "PERSON")]),
        record("John Howard won the election.", "2005-01-02", [("John Howard", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical_of(ledger, "Josh Howard")[0][0] != _canonical_of(ledger, "John Howard")[0][0]


def test_georgia_country_and_state_are_two_entities(ledger, record):
    ledger.write([
        record("Georgia and Russia met in Tbilisi.", "2008-08-08",
                    [("Georgia", "GPE"), ("Russia", "GPE"), ("Tbilisi", "GPE")]),
        record("Voters in Georgia, Florida and Alabama.", "2008-11-04",
                    [("Georgia", "GPE"), ("Florida", "GPE"), ("Alabama", "GPE")]),
    ])  # fmt: skip
    _link(ledger)
    links = _canonical_of(ledger, "Georgia")
    assert links[0][0] != links[1][0]
    kb = {r[0] for r in ledger.conn.execute("SELECT kb_id FROM canonical_entities")}
    assert {"GE", "US-GA"} <= kb


def test_acronym_links_to_long_name_and_incremental_watermark(ledger, record):
    ledger.write([record("The United Nations met.", "2005-01-01", [("United Nations", "ORG")])])
    assert _link(ledger) == {"new": 1}
    assert _link(ledger) == {}  # nothing new: nothing read
    ledger.write([record("The UN said so.", "2005-01-02", [("UN", "ORG")])])
    assert _link(ledger) == {"acronym": 1}
    found = find_canonical(ledger.conn, "UN")
    assert found[0]["name"] == "United Nations" and found[0]["n_articles"] == 2


def test_middle_initials_keep_father_and_son_apart(ledger, record):
    ledger.write([
        record("George W. Bush spoke.", "2005-01-01", [("George W. Bush", "PERSON")]),
        record("George H. W. Bush spoke.", "2005-01-02", [("George H. W. Bush", "PERSON")]),
        record("George Bush spoke.", "2005-01-03", [("George Bush", "PERSON")]),
    ])  # fmt: skip
    _link(ledger)
    son, father, plain = (_canonical_of(ledger, n)[0][0] for n in
                          ("George W. Bush", "George H. W. Bush", "George Bush"))  # fmt: skip
    assert son != father and plain in (son, father)


def test_company_names_with_and_without_legal_form(ledger, record):
    ledger.write([
        record("Ford cut jobs.", "2009-01-01", [("Ford", "ORG")]),
        record("The Ford Motor Company said so.", "2009-01-02", [("Ford Motor Company", "ORG")]),
        record("General Motors Corporation said so.", "2009-01-03", [("General Motors Corporation", "ORG")]),
        record("GM and General Motors agreed.", "2009-01-04", [("GM", "ORG"), ("General Motors", "ORG")]),
        record("Bank of America and Bank of England.", "2009-01-05",
               [("Bank of America", "ORG"), ("Bank of England", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    assert _canonical_of(ledger, "Ford")[0][0] == _canonical_of(ledger, "Ford Motor Company")[0][0]
    gm = {
        _canonical_of(ledger, n)[0][0]
        for n in ("General Motors Corporation", "GM", "General Motors")
    }
    assert len(gm) == 1
    assert (
        _canonical_of(ledger, "Bank of America")[0][0]
        != _canonical_of(ledger, "Bank of England")[0][0]
    )


def test_an_unnamed_actor_is_never_linked_across_articles(ledger, record):
    """ "police" in Lagos and "police" in Lima are two bodies; "UN" in both is one."""
    ledger.write([
        record("The police in Lagos arrested him. The UN said so.", "2005-01-01",
               [("police", "AGENT"), ("UN", "ORG")]),
        record("The police in Lima arrested her. The UN said so.", "2005-01-02",
               [("police", "AGENT"), ("UN", "ORG")]),
    ])  # fmt: skip
    _link(ledger)
    police = _canonical_of(ledger, "police")
    assert police[0][0] != police[1][0] and {m for _, m in police} == {"agent"}
    united = _canonical_of(ledger, "UN")
    assert united[0][0] == united[1][0]
