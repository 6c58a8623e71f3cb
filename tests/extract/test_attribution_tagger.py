"""The learned attribution tagger: its windows, its labels, and the edges it draws."""

from __future__ import annotations

from importlib import resources

import pytest
from tokenizers import Tokenizer

from newsledger.extract.attribution.learned_spans import refine, sentences_of
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.tagger import TOKENIZER, TokenTags, shipped_tagger
from newsledger.extract.attribution.tagger_windows import (
    LABEL_ID,
    cut_windows,
    piece_labels,
)


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer.from_file(str(TOKENIZER))


def test_windows_hold_whole_sentences_and_never_join_sentences_apart(tokenizer) -> None:
    text = "Officials said the talks failed. Nobody came. Lee said it was over."
    one, two, three = (0, 32), (33, 45), (46, len(text))
    joined = cut_windows(text, [one, two, three], tokenizer, max_pieces=50)
    assert len(joined) == 1 and (joined[0].start, joined[0].end) == (0, len(text))
    apart = cut_windows(text, [one, three], tokenizer, max_pieces=50)
    assert [(w.start, w.end) for w in apart] == [(0, 32), (46, len(text))]
    for window in apart:  # every piece points at its own characters of the whole text
        for piece_id, (s, e) in zip(window.ids, window.offsets, strict=True):
            assert tokenizer.id_to_token(piece_id).lstrip("#") == text[s:e].lower()


def test_a_sentence_longer_than_a_window_is_cut(tokenizer) -> None:
    text = " ".join(["word"] * 30) + "."
    windows = cut_windows(text, [(0, len(text))], tokenizer, max_pieces=8)
    assert [len(w.ids) for w in windows] == [8, 8, 8, 7]


def test_labels_begin_each_span_and_tell_adjacent_spans_apart(tokenizer) -> None:
    text = "Lee said rates rise, prices fall."
    window = cut_windows(text, [(0, len(text))], tokenizer)[0]
    roles = [(0, 3, "SOURCE", 0), (4, 8, "CUE", 0), (9, 19, "CONTENT", 0), (21, 32, "CONTENT", 1)]
    labels = piece_labels(window, roles)
    names = {v: k for k, v in LABEL_ID.items()}
    assert [names[i] for i in labels] == [
        "B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "O", "B-CONTENT", "I-CONTENT", "O",
    ]  # fmt: skip


def _tags(doc, spans: dict[str, list[tuple[int, int]]]) -> TokenTags:
    tags = TokenTags([""] * len(doc), [False] * len(doc), [0.0] * len(doc))
    for role, ranges in spans.items():
        for start, end in ranges:
            for i in range(start, end):
                tags.role[i] = role
                tags.begins[i] = i == start
                tags.probability[i] = 0.9
    return tags


def test_the_tagger_draws_the_content_edges_and_the_rules_keep_the_source(nlp) -> None:
    doc = nlp("Mr. Lee , the minister , said rates will rise and prices will fall . Rain fell .")
    # the rules took "rates will rise" alone, and "Lee" without his title
    draft = Draft(cue=[6], lemma="say", source=[1], content={7, 8, 9})
    tags = _tags(doc, {"SOURCE": [(0, 5)], "CUE": [(6, 7)], "CONTENT": [(7, 14)]})
    assert refine(doc, [draft], tags) == {id(draft)}
    assert draft.content == set(range(7, 14)) and draft.source == [1]
    assert sentences_of(doc, [draft]) == [(0, doc[14].idx + 1)]  # only the one that holds it


def test_the_rules_stand_where_the_tagger_reads_another_content(nlp) -> None:
    doc = nlp("Lee said rates will rise and prices will fall .")
    draft = Draft(cue=[1], lemma="say", source=[0], content=set(range(2, 9)))
    # the tagger sees content only in "prices will fall"
    tags = _tags(doc, {"SOURCE": [(0, 2)], "CONTENT": [(6, 9)]})
    assert refine(doc, [draft], tags) == set()
    assert draft.content == set(range(2, 9)) and draft.source == [0]


def test_the_rules_stand_where_the_tagger_keeps_only_a_tail_without_the_head(nlp) -> None:
    doc = nlp("Farmers promised marches in the streets of Lyon and Lille on Sunday .")
    draft = Draft(cue=[1], lemma="promise", source=[0], content=set(range(2, 10)))
    # the tagger reads content only in "of Lyon and Lille": what was promised is lost
    tags = _tags(doc, {"SOURCE": [(0, 1)], "CONTENT": [(6, 10)]})
    assert refine(doc, [draft], tags) == set()
    assert draft.content == set(range(2, 10))


def test_sentences_of_lists_each_sentence_once_in_text_order(nlp) -> None:
    doc = nlp("Rain fell. Lee said it rained. Kim said so too.")
    drafts = [Draft(cue=[10], lemma="say", source=[9]), Draft(cue=[4], lemma="say", source=[3])]
    spans = sentences_of(doc, drafts)
    assert [doc.text[s:e] for s, e in spans] == ["Lee said it rained.", "Kim said so too."]


def test_the_shipped_tagger_loads_offline_and_is_small() -> None:
    model = resources.files("newsledger.data").joinpath("attribution_tagger/model.onnx")
    assert model.is_file() and model.stat().st_size < 30_000_000  # type: ignore[attr-defined]
    tagger = shipped_tagger()
    assert tagger.version.startswith("attribution-tagger-minilm-")


def test_the_shipped_tagger_finds_who_said_what(nlp) -> None:
    doc = nlp("The minister, Anna Lee, said on Monday that the talks had failed.")
    tags = shipped_tagger().tag(doc, [(0, len(doc.text))])
    roles = {t.text: tags.role[t.i] for t in doc}
    assert roles["said"] == "CUE"
    assert roles["Lee"] == "SOURCE" and roles["talks"] == "CONTENT"


def test_the_second_stage_decides_only_what_the_first_would_refuse(nlp) -> None:
    from newsledger.extract.attribution.component import find_attributions
    from newsledger.extract.attribution.verifier import Verifier

    doc = nlp("Officials said on Monday that the talks would resume.")
    doubting = Verifier("first", {}, bias=0.0, threshold=0.6, floor=0.1)  # p = 0.5: refuses
    refuse = Verifier("refuse", {}, bias=-30.0, threshold=0.5, floor=0.1, gate=0.3)
    assert find_attributions(doc, verifier=doubting, second=refuse) == []
    sure = Verifier("first", {}, bias=0.0, threshold=0.4, floor=0.1)  # p = 0.5: keeps
    kept = find_attributions(doc, verifier=sure, second=refuse)  # what it keeps stays
    assert [a.model.partition("+")[0] for a in kept] == ["first"]
    under_gate = Verifier("refuse", {}, bias=30.0, threshold=0.5, floor=0.1, gate=0.6)
    assert find_attributions(doc, verifier=doubting, second=under_gate) == []
    # it reads the tagger: a weight on the cue being tagged a cue is enough to save it
    tag_reader = Verifier("tags", {"tag_head=CUE": 60.0}, bias=-30.0, threshold=0.5, floor=0.1)
    kept = find_attributions(doc, verifier=doubting, second=tag_reader)
    assert [(a.cue.lemma, a.model.partition("+")[0]) for a in kept] == [("say", "tags")]
    assert kept[0].model.partition("+")[2] == shipped_tagger().version


def test_a_word_the_tagger_reads_otherwise_inside_the_content_stays(nlp) -> None:
    doc = nlp("The border will reopen , as reported by the Associated Press .")
    draft = Draft(cue=[6], lemma="report", source=[8, 9, 10], content={0, 1, 2, 3})
    tags = _tags(doc, {"CONTENT": [(0, 2), (3, 4)], "CUE": [(2, 3)]})
    refine(doc, [draft], tags)
    assert draft.content == {0, 1, 2, 3}


def test_a_pool_worker_takes_its_share_of_the_cores(monkeypatch) -> None:
    from newsledger.extract.attribution.tagger import THREADS_VARIABLE, default_threads

    monkeypatch.setenv(THREADS_VARIABLE, "1")
    assert default_threads() == 1
    monkeypatch.setenv(THREADS_VARIABLE, "8")
    assert default_threads() == 2  # onnxruntime gains nothing past two threads here
