"""Who says a claim, for the clusterer's thresholds."""

from __future__ import annotations

from newsledger.analysis.claim_speakers import (
    DIFFERENT,
    SAME,
    UNKNOWN,
    fold,
    relation,
    speaker,
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
