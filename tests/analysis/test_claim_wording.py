"""Shared wording of two claim contents."""

from newsledger.analysis.claim_wording import share_wording, word_runs


def test_a_run_of_three_words_is_shared_whatever_the_punctuation():
    relayed = word_runs('"underwater noises" were detected by an aircraft')
    assert share_wording(relayed, word_runs("that underwater noises were detected in the area"))
    assert not share_wording(relayed, word_runs("an aircraft heard noises under the water"))
    assert word_runs("two words") == frozenset()
