"""Which signal gives an HTML page's date: the published-time meta tag wins over htmldate."""

from __future__ import annotations

from datetime import date

from newsledger.readers.html import article_from_html

BODY = (
    "<p>The council voted on a new plan for the river park after a long public debate, and "
    "the mayor said work would start in the spring once the budget had been agreed.</p>"
)


def page(head: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Park plan</h1>{BODY}</article></body></html>"
    )


def test_the_published_time_meta_tag_wins_over_other_dates():
    html = page(
        '<meta name="date" content="2020-01-01">'
        '<meta property="article:modified_time" content="2025-04-01T10:00:00Z">'
        '<meta property="article:published_time" content="2025-03-14T07:30:00+00:00">'
    )
    article = article_from_html(html, "park.html")
    assert (article.published, article.published_from) == (
        date(2025, 3, 14),
        "meta:article:published_time",
    )


def test_without_it_the_date_htmldate_finds_is_used_and_said_so():
    article = article_from_html(page('<meta name="date" content="2024-06-02">'), "park.html")
    assert (article.published, article.published_from) == (date(2024, 6, 2), "htmldate")


def test_a_given_date_overrides_the_page_and_no_date_has_no_signal():
    given = article_from_html(page(""), "park.html", date(2023, 5, 1))
    assert given.published_from == "given"
    assert article_from_html(page(""), "park.html").published_from is None
