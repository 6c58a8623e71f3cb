"""The polite client and the URL reader against a news site on 127.0.0.1 (no NLP, no internet)."""

from __future__ import annotations

import pytest
from tests.fixtures.news_site import NewsSite, news_site

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.fetch.client import FetchSettings, Page, PoliteClient
from newsledger.fetch.listings import page_kind, sitemap_links
from newsledger.fetch.sources import WebOptions, read_urls

FAST = FetchSettings(delay=0, timeout=0.5, max_bytes=100_000, retries=2, backoff=0)


@pytest.fixture(scope="module")
def site():
    with news_site() as running:
        yield running


def client(settings: FetchSettings = FAST, waits: list[float] | None = None) -> PoliteClient:
    record = waits.append if waits is not None else (lambda seconds: None)
    return PoliteClient(settings, sleep=record)


def failure(site: NewsSite, path: str, settings: FetchSettings = FAST) -> NewsledgerError:
    with client(settings) as http, pytest.raises(NewsledgerError) as raised:
        http.fetch(site.url(path))
    return raised.value


def test_an_article_page_is_fetched_with_a_user_agent_naming_newsledger_and_the_contact(site):
    settings = FetchSettings(delay=0, contact="desk@example.org")
    with client(settings) as http:
        page = http.fetch(site.url("/news/a.html"))
    assert page.status == 200 and page.final_url == page.url
    assert page_kind(page) == "html" and b"Harbour bridge" in page.body
    assert site.user_agents[-1].startswith("newsledger/")
    assert "desk@example.org" in site.user_agents[-1]


def test_robots_txt_is_read_once_and_a_disallowed_url_is_refused(site):
    before = site.hits["/robots.txt"]
    with client() as http:
        with pytest.raises(NewsledgerError) as raised:
            http.fetch(site.url("/private/secret.html"))
        http.fetch(site.url("/news/b.html"))
    assert raised.value.code is Code.ROBOTS
    assert site.hits["/robots.txt"] == before + 1


def test_redirects_are_followed_and_each_hop_obeys_robots_txt(site):
    with client() as http:
        page = http.fetch(site.url("/moved.html"))
    assert page.url.endswith("/moved.html") and page.final_url.endswith("/news/b.html")
    error = failure(site, "/to-private.html")
    assert error.code is Code.ROBOTS and "redirected to" in error.message


def test_a_404_is_one_error_with_its_status(site):
    error = failure(site, "/missing.html")
    assert error.code is Code.HTTP_STATUS and "404" in str(error)
    assert str(error).count("\n") == 0


def test_a_500_then_a_200_is_retried_with_backoff(site):
    waits: list[float] = []
    settings = FetchSettings(delay=0, retries=2, backoff=0.25)
    with client(settings, waits) as http:
        page = http.fetch(site.url("/flaky.html"))
    assert page.status == 200 and site.hits["/flaky.html"] == 2
    assert 0.25 in waits


def test_a_429_waits_as_retry_after_says(site):
    with client() as http:
        assert http.fetch(site.url("/busy.html")).status == 200
    assert site.hits["/busy.html"] == 2


def test_retries_end_and_the_last_status_is_reported(site):
    error = failure(site, "/broken.html")
    assert error.code is Code.HTTP_STATUS and "503" in error.message
    assert site.hits["/broken.html"] == 1 + FAST.retries


def test_a_slow_response_times_out(site):
    error = failure(site, "/slow.html", FetchSettings(delay=0, timeout=0.3))
    assert error.code is Code.NETWORK and "timed out" in error.message


@pytest.mark.parametrize("path", ["/big.html", "/big-unsized.html"])
def test_an_oversized_response_is_refused(site, path):
    error = failure(site, path)
    assert error.code is Code.TOO_LARGE and "--max-bytes" in error.message


def test_requests_to_one_host_keep_the_delay(site):
    waits: list[float] = []
    with client(FetchSettings(delay=0.5), waits) as http:
        http.fetch(site.url("/news/a.html"))
        http.fetch(site.url("/news/b.html"))
    assert waits and all(0 < w <= 0.5 for w in waits)


def read(site: NewsSite, *paths: str, **options) -> tuple[list[Article], list[ReadFailure]]:
    notices: list[str] = []
    with client() as http:
        items = list(
            read_urls(
                [site.url(p) for p in paths], http, WebOptions(**options), None, notices.append
            )
        )
    return [i for i in items if isinstance(i, Article)], [
        i for i in items if isinstance(i, ReadFailure)
    ]


def test_a_page_gives_its_article_with_the_meta_date_and_the_signal(site):
    [article], failures = read(site, "/news/a.html")
    assert failures == []
    assert article.published.isoformat() == "2025-03-14"
    assert article.published_from == "meta:article:published_time"
    assert article.headline == "Harbour bridge to reopen after repairs"
    assert article.authors == ["Dana Whitfield"] and article.outlet == "The Riverside Courier"
    assert article.source == site.url("/news/a.html")
    for boilerplate in (
        "newsletter",
        "Subscribe",
        "Privacy policy",
        "Weather outlook",
        "Copyright",
    ):
        assert boilerplate not in article.text


def test_a_non_html_response_is_refused(site):
    articles, [failed] = read(site, "/data.json")
    assert articles == [] and failed.error.code is Code.UNSUPPORTED
    assert "application/json" in failed.error.message


def test_a_feed_gives_its_articles_on_its_own_host_since_a_date(site):
    from datetime import date

    articles, failures = read(site, "/feed.xml", since=date(2025, 1, 1))
    assert failures == []
    assert sorted(a.headline for a in articles) == [
        "Harbour bridge to reopen after repairs",
        "Library extends weekend opening hours",
    ]


def test_a_news_sitemap_gives_its_articles(site):
    articles, failures = read(site, "/sitemap.xml")
    assert failures == [] and len(articles) == 2
    with client() as http:
        links = sitemap_links(http.fetch(site.url("/sitemap.xml")))
    assert [str(link.published) for link in links] == ["2025-03-15", "2024-01-02"]


def test_a_sitemap_index_gives_the_articles_of_its_sitemaps_each_once(site):
    articles, failures = read(site, "/sitemap-index.xml", "/sitemap.xml")
    assert failures == [] and len(articles) == 2


def test_a_broken_sitemap_is_one_failure(site):
    articles, [failed] = read(site, "/broken-sitemap.xml")
    assert articles == [] and failed.error.code is Code.BAD_RECORD
    assert "not a readable sitemap" in failed.error.message


def test_a_stored_page_is_not_fetched_again(site):
    kept: dict[str, Page] = {}

    class Store:
        def stored(self, url: str) -> Page | None:
            return kept.get(url)

        def keep(self, page: Page) -> None:
            kept[page.url] = page

    url = site.url("/news/c.html")
    before = site.hits["/news/c.html"]
    with client() as http:
        first = list(read_urls([url], http, None, Store(), lambda m: None))
        second = list(read_urls([url], http, None, Store(), lambda m: None))
    assert site.hits["/news/c.html"] == before + 1
    assert first[0].text == second[0].text and url in kept


def test_a_site_that_does_not_answer_is_one_network_error():
    import socket

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with client() as http, pytest.raises(NewsledgerError) as raised:
        http.fetch(f"http://127.0.0.1:{port}/news/a.html")
    assert raised.value.code is Code.NETWORK and "robots.txt could not be read" in str(raised.value)


def test_only_http_urls_are_fetched():
    with client() as http, pytest.raises(NewsledgerError) as raised:
        http.fetch("file:///etc/passwd")
    assert raised.value.code is Code.UNSUPPORTED
