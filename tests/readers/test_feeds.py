from datetime import date
from io import BytesIO

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code
from newsledger.readers.paths import read_path

PARAGRAPHS = (
    "<p>The finance minister said on Tuesday that the budget would be balanced by next year, "
    "according to a statement released by the ministry.</p>"
    "<p>Opposition leaders said the plan relied on optimistic forecasts and warned of cuts.</p>"
)


def page(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{PARAGRAPHS}</article></body></html>"


def test_warc_html_responses_become_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, body, kind in [
            ("https://news.example/budget", page("Budget to balance"), "text/html; charset=utf-8"),
            ("https://news.example/logo.png", "PNG", "image/png"),
            ("https://news.example/menu", "<html><body><nav>Home</nav></body></html>", "text/html"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    items = list(read_path(path))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.source for a in articles] == ["https://news.example/budget"]
    assert "budget would be balanced" in articles[0].text
    assert articles[0].outlet == "news.example"
    assert [f.error.code for f in failures] == [Code.NO_ARTICLE]


def test_truncated_warc_is_reported(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort")
    items = list(read_path(path))
    assert items and all(isinstance(i, ReadFailure) for i in items)


def test_rss_reads_saved_pages_and_entry_content(tmp_path):
    (tmp_path / "budget.html").write_text(page("Budget to balance"))
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"><channel><title>Example News</title>
      <item><title>Budget to balance</title><link>https://news.example/2024/budget.html</link>
        <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><guid>b-1</guid></item>
      <item><title>Opposition objects</title><link>https://news.example/opposition</link>
        <pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[{PARAGRAPHS}]]></description></item>
      <item><title>Empty</title><link>https://news.example/empty</link></item>
    </channel></rss>"""
    path = tmp_path / "feed.rss"
    path.write_text(feed)
    items = list(read_path(path))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.headline for a in articles] == ["Budget to balance", "Opposition objects"]
    assert articles[0].source.endswith("budget.html") and articles[0].published == date(2024, 3, 5)
    assert articles[1].published == date(2024, 3, 6) and articles[1].outlet == "Example News"
    assert [i.error.code for i in items if isinstance(i, ReadFailure)] == [Code.NO_ARTICLE]


def test_feed_links_cannot_leave_the_feed_folder(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "private.html").write_text(page("Private diary"))
    folder = tmp_path / "feeds" / "news"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "budget.html").write_text(page("Budget to balance"))
    (folder / "diary.html").symlink_to(secret / "private.html")
    links = [
        "pages/budget.html",  # a subfolder of the feed's folder: read
        "../../secret/private.html",
        str(secret / "private.html"),
        "https://news.example/2024/diary.html",  # beside the feed, but a symlink out of it
    ]
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link></item>" for n, link in enumerate(links)
    )
    path = folder / "feed.rss"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    )
    read = list(read_path(path))
    articles = [i for i in read if isinstance(i, Article)]
    failures = [i for i in read if isinstance(i, ReadFailure)]
    assert [a.source for a in articles] == [str(folder / "pages" / "budget.html")]
    assert not any("Private diary" in (a.headline or "") + a.text for a in articles)
    assert [f.error.code for f in failures] == [Code.OUTSIDE_FEED] * 3
    assert [f.source for f in failures] == links[1:]
    assert all("\n" not in str(f.error) for f in failures)
