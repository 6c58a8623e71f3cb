"""Who says a claim, for the clusterer's thresholds."""

from __future__ import annotations

from tests.analysis.conftest import link_entities

from newsledger.analysis.claim_speakers import (
    DIFFERENT,
    SAME,
    UNKNOWN,
    fold,
    relation,
    speaker,
    speakers_of,
)


def test_linked_sources_are_their_canonical_entity():
    assert speaker("Mr Howard", "named", 712) == speaker("Prime Minister John Howard", "named", 712)
    assert relation(speaker("Lai", "named", 1), speaker("Hou", "named", 2)) == DIFFERENT


def test_unlinked_sources_compare_by_folded_text():
    assert fold("The  Interior Ministry,") == "interior ministry"
    ministry = speaker("the Interior Ministry", "organization", None)
    assert relation(ministry, speaker("Interior ministry", "organization", None)) == SAME


def test_anonymous_sources_are_one_speaker_per_kind():
    official = speaker("a US official", "anonymous", None)
    assert relation(official, speaker("officials", "anonymous", None)) == SAME
    assert relation(official, speaker("a source", "anonymous", None)) == UNKNOWN


def test_a_relay_or_a_missing_source_is_not_a_different_speaker():
    """ "The Washington Post reported" and "the diplomat said" may be one quote relayed."""
    post = speaker("The Washington Post", "organization", 138)
    assert relation(post, speaker("Bob Baer", "named", 777)) == UNKNOWN
    assert relation(None, speaker("Bob Baer", "named", 777)) == UNKNOWN
    assert speaker("", "unknown", None) is None


def test_an_unresolved_pronoun_is_no_speaker():
    """ "They said" in one report and "they said" in another are not one speaker."""
    assert speaker("They", "group", None) is None
    assert relation(speaker("it", "unknown", None), speaker("It", "organization", None)) == UNKNOWN
    assert speaker("He", "named", 712) is not None  # linked by coreference: a person


def test_an_organisation_and_one_its_source_names_as_its_own_are_one_speaker():
    """ "The Harbour Authority said" and "Harbour Authority pilot Ana Ruiz said": an
    agency's statement credited to the agency, then to its officer."""
    authority = speaker("The Harbour Authority", "organization", 41)
    pilot = speaker("Harbour Authority pilot Ana Ruiz", "named", 42, frozenset({"entity:41"}))
    assert relation(authority, pilot) == SAME == relation(pilot, authority)
    officials = speaker("port officials", "anonymous", None, frozenset({"entity:41"}))
    assert relation(officials, authority) == SAME
    assert relation(pilot, speaker("Tom Reyes", "named", 43, frozenset({"entity:41"}))) == DIFFERENT
    assert relation(speaker("The Coast Guard", "organization", 44), pilot) == UNKNOWN


def test_the_organisations_named_in_a_source_are_read_from_its_linked_mentions(ledger, record):
    said = "the channel will stay closed to ships until Friday"
    first = f"Harbour Authority said {said}."
    second = f"Harbour Authority pilot Ana Ruiz said {said}."
    ledger.write([
        record(first, "2024-03-01", [("Harbour Authority", "ORG")],
               [("Harbour Authority", "organization", said)]),
        record(second, "2024-03-01", [("Harbour Authority", "ORG"), ("Ana Ruiz", "PERSON")],
               [("Harbour Authority pilot Ana Ruiz", "named", said)]),
    ])  # fmt: skip
    link_entities(ledger)
    ids = [r[0] for r in ledger.conn.execute("SELECT id FROM attributions ORDER BY id")]
    found = speakers_of(ledger.conn, ids)
    assert relation(found[ids[0]], found[ids[1]]) == SAME
