"""The MEANTIME reader: text rebuilt from tokens, markables of every kind with offsets."""

from __future__ import annotations

import pytest
from eval.meantime import read_document, rebuild_text

SNIPPET = """<?xml version="1.0" ?><Document doc_id="7" doc_name="7_Boeing_test" lang="en" url="http://x">
<token number="0" sentence="0" t_id="1">Boeing</token>
<token number="1" sentence="0" t_id="2">wins</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">Boeing</token>
<token number="7" sentence="2" t_id="8">(</token>
<token number="8" sentence="2" t_id="9">BA</token>
<token number="9" sentence="2" t_id="10">)</token>
<token number="10" sentence="2" t_id="11">said</token>
<token number="11" sentence="2" t_id="12">a</token>
<token number="12" sentence="2" t_id="13">year</token>
<token number="13" sentence="2" t_id="14">ago</token>
<token number="14" sentence="2" t_id="15">.</token>
<token number="15" sentence="6" t_id="16">Later</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
<token_anchor t_id="7"/>
</ENTITY_MENTION>
<EVENT_MENTION aspect="NONE" m_id="2" pos="VERB" pred="say" tense="PAST">
<token_anchor t_id="11"/>
</EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="3" type="DATE" value="2008-03-01">
<token_anchor t_id="3"/>
<token_anchor t_id="4"/>
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="4" type="DATE" value="2007-03">
<token_anchor t_id="12"/>
<token_anchor t_id="13"/>
<token_anchor t_id="14"/>
</TIMEX3>
<ENTITY TAG_DESCRIPTOR="Boeing" ent_type="ORG" m_id="5"/>
</Markables>
<Relations>
<REFERS_TO r_id="9"><source m_id="1"/><target m_id="5"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "7_Boeing_test.xml"
    path.write_text(SNIPPET, encoding="utf-8")
    return read_document(path)


def test_text_is_rebuilt_one_sentence_a_line(doc):
    assert doc.text == "Boeing wins\nMarch 01, 2008\nBoeing (BA) said a year ago.\nLater"
    assert (doc.id, doc.name, doc.url) == ("7", "7_Boeing_test", "http://x")


def test_every_token_offset_points_at_its_text(doc):
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    ("kind", "surfaces"),
    [
        ("TIMEX3", ["March 01, 2008", "a year ago"]),
        ("ENTITY_MENTION", ["Boeing"]),
        ("EVENT_MENTION", ["said"]),
    ],
)
def test_markables_cover_their_tokens(doc, kind, surfaces):
    assert [doc.text[m.start : m.end] for m in doc.of_kind(kind)] == surfaces


def test_markable_attributes_are_kept(doc):
    mention = doc.of_kind("ENTITY_MENTION")[0]
    assert mention.attrs["syntactic_type"] == "NAM"
    event = doc.of_kind("EVENT_MENTION")[0]
    assert (event.attrs["pred"], event.attrs["tense"]) == ("say", "PAST")
    timex = doc.of_kind("TIMEX3")[1]
    assert (timex.type, timex.attrs["value"], timex.tokens) == ("DATE", "2007-03", (12, 13, 14))


def test_instance_markables_have_no_tokens(doc):
    assert doc.of_kind("ENTITY") == []
    (instance,) = doc.of_kind("ENTITY", anchored=False)
    assert (instance.type, instance.attrs["TAG_DESCRIPTOR"], instance.start) == (
        "ORG",
        "Boeing",
        -1,
    )


def test_creation_time_and_annotated_part(doc):
    assert doc.dct == "2008-03-01"
    assert doc.dct_markable.id == "3"
    assert doc.text[: doc.annotated_end].endswith("a year ago.")


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ([(1, 0, "U.S."), (2, 0, "'s"), (3, 0, "plan"), (4, 0, ":")], "U.S.'s plan:"),
        ([(1, 0, "$"), (2, 0, "40"), (3, 0, "billion")], "$40 billion"),
        ([(1, 0, "end"), (2, 0, "."), (3, 1, "New")], "end.\nNew"),
    ],
)
def test_rebuild_text_spacing(tokens, text):
    assert rebuild_text(tokens)[0] == text
