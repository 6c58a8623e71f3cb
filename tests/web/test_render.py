"""The article page from a record: marks, tooltips, side panel, and the single-file export."""

from __future__ import annotations

import io
import re

import pytest
from web_support import HOSTILE_HEADLINE, HOSTILE_TEXT, make_record, quoted_record, span

from newsledger.web.render import (
    article_view,
    event_timeline,
    quantity_tip,
    render_standalone,
    sourcing_profile,
    write_html,
)

TIPS = [
    ({"value": 190.0, "unit": "mile", "si_value": 305775.36, "si_unit": "m", "bound": "about"},
     "about 190 mile = 305,775 m"),
    ({"value": 50000.0, "unit": None, "bound": "about", "counted": "soldiers"},
     "about 50,000 · soldiers"),
    ({"value": 3.5, "unit": "percent", "si_value": 3.5, "si_unit": "percent", "bound": "exact"},
     "3.5 percent"),
    ({"value": 10.0, "high": 20.0, "currency": "USD", "unit": "USD", "bound": "range"},
     "10–20 USD"),
    ({"value": None, "bound": "vague"}, "vague"),
]  # fmt: skip


@pytest.mark.parametrize(("quantity", "expected"), TIPS)
def test_quantity_tip(quantity: dict, expected: str) -> None:
    assert quantity_tip(quantity) == expected


def _view(record: dict) -> str:
    return str(article_view(record, lambda e: f"/entity/{e['name']}")["body"])


def test_split_quote_pieces_share_one_group() -> None:
    body = _view(quoted_record())
    pieces = re.findall(r'<span class="nl-content nl-direct" data-attr="(\w+)"', body)
    assert pieces == ["a1", "a1"]
    assert body.count('id="a1"') == 1  # the side panel links to the first piece only


def test_timex_and_quantity_carry_their_values() -> None:
    body = _view(quoted_record())
    assert 'data-tip="2024-11-11"' in body
    assert 'data-tip="40 · soldiers"' in body


def test_mentions_link_to_entity_page() -> None:
    body = _view(quoted_record())
    assert '<a class="nl-mention nl-type-person" href="/entity/John Smith"' in body


def test_sourcing_profile_counts() -> None:
    record = quoted_record()
    text = record["article"]["text"]
    record["attributions"].append(
        {"id": "a2", "source": {**span(text, "Mr. Smith"), "entity": None, "kind": "anonymous"},
         "cue": {**span(text, "said"), "lemma": "say"}, "content": [], "direct": False}
    )  # fmt: skip
    profile = sourcing_profile(record)
    assert (profile["attributions"], profile["direct"], profile["anonymous"]) == (2, 1, 1)
    assert profile["anonymous_share"] == 0.5
    assert [p["name"] for p in profile["named"]] == ["John Smith"]


def test_timeline_puts_dated_events_first_in_time_order() -> None:
    record = quoted_record()
    text = record["article"]["text"]
    base = record["events"][0]
    record["events"] = [
        {**base, "id": "v1", "time": None},
        {**base, "id": "v2", "time": "2024-11-12"},
        {**base, "id": "v3", "time": "2023-01"},
        {**base, "id": "v4", "time": "PRESENT_REF", "trigger": span(text, "Mr.")},
    ]
    assert [e["group"] for e in event_timeline(record)] == ["v3", "v2", "v4", "v1"]


def test_standalone_is_self_contained_and_escaped() -> None:
    hostile = make_record(HOSTILE_TEXT, headline=HOSTILE_HEADLINE)
    out = io.StringIO()
    write_html([quoted_record(), hostile], out)
    html = out.getvalue()
    assert html.startswith("<!doctype html>")
    assert "<style>" in html and "<link" not in html
    assert not re.search(r"<[a-z]+[^>]*\s(src|href)=\"?(https?:)?//", html)  # nothing fetched
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Markup &lt;b&gt;in&lt;/b&gt; the headline &amp;" in html
    # two articles on one page: their element ids do not collide
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert 'data-attr="r1-a1"' in html


def test_bad_offsets_do_not_break_the_page() -> None:
    record = quoted_record()
    record["timexes"].append({"start": 5, "end": 999, "text": "?", "type": "DATE", "value": "X"})
    assert "Smith speaks" in render_standalone([record])


def test_timeline_names_an_actor_that_is_no_entity_by_its_words() -> None:
    record = quoted_record()
    text = record["article"]["text"]
    base = record["events"][0]
    record["events"] = [
        {**base, "id": "v1", "actor": None, "actor_span": span(text, "Mr."), "target": None,
         "target_span": span(text, "Smith"), "actor_codes": [{"code": None, "sector": "JUD"}],
         "target_codes": []},
    ]  # fmt: skip
    [row] = event_timeline(record)
    assert row["actor"] == "Mr." and row["target"] is None  # uncoded words are not shown
