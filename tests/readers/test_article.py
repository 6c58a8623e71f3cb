import gzip
import json
from datetime import date, datetime

import pytest

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.paths import read_path

BODY = (
    "The minister said on Monday that the talks would resume in Geneva next week, officials said."
)


def test_seed_front_matter(seed_article):
    assert (
        seed_article.headline
        == "Biden Allows Ukraine to Strike Russia With Long-Range U.S. Missiles"
    )
    assert seed_article.published == date(2024, 11, 17)
    assert seed_article.authors == ["Adam Entous", "Eric Schmitt", "Julian E. Barnes"]
    assert seed_article.dateline == "Washington"
    furniture = [r.text for r in seed_article.furniture]
    assert any(t.startswith("A version of this article appears in print") for t in furniture)
    assert (
        sum(
            t.endswith(
                ("More about Adam Entous", "More about Eric Schmitt", "More about Julian E. Barnes")
            )
            for t in furniture
        )
        == 3
    )
    assert len(seed_article.id) == 64


def test_published_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline Here\nBy Jane Doe\nNov. 17, 2024\n" + BODY)
    [article] = read_path(path, published=date(2020, 1, 2))
    assert article.published == date(2020, 1, 2)
    assert article.authors == ["Jane Doe"]


def test_jsonl_and_gz(tmp_path):
    rows = [
        {"id": "x1", "headline": "Talks resume", "published": "2021-03-04T10:00:00Z", "text": BODY, "authors": ["A B"]},
        {"headline": "Second", "published": "2021-03-05", "text": BODY + " More."},
    ]  # fmt: skip
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    packed = tmp_path / "b.jsonl.gz"
    with gzip.open(packed, "wt") as handle:
        handle.write(plain.read_text())
    for path in (plain, packed):
        articles = list(read_path(path))
        assert [a.headline for a in articles] == ["Talks resume", "Second"]
        assert articles[0].published == date(2021, 3, 4)
        assert articles[0].external_id == "x1" and articles[0].authors == ["A B"]


def test_truncated_gzip_reports_and_keeps_earlier_articles(tmp_path):
    data = gzip.compress(
        ("\n".join(json.dumps({"text": BODY + str(i)}) for i in range(200)) + "\n").encode()
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_path(path))
    assert isinstance(items[-1], ReadFailure) and items[-1].error.code == Code.TRUNCATED
    assert all(isinstance(i, Article) for i in items[:-1])


def test_directory_with_a_broken_file(tmp_path):
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also-good.txt").write_text(BODY + " Again.")
    items = list(read_path(tmp_path))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, ReadFailure)]
    assert len(good) == 2
    assert [b.error.code for b in bad] == [Code.BINARY]


def test_html_body_and_metadata(tmp_path):
    html = f"""<!doctype html><html><head><title>Talks resume | Example News</title>
    <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2022-05-06">
    </head><body><nav>Home | World | Sport</nav><article><h1>Talks resume in Geneva</h1>
    <p>{BODY}</p><p>The delegation arrived late on Sunday &amp; met the envoy, a spokesman said.</p>
    <p>Both sides said they expected a long negotiation, according to a statement.</p></article>
    <footer>© Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html)
    [article] = read_path(path)
    assert "talks would resume in Geneva" in article.text
    assert "Home | World" not in article.text
    assert "&amp;" not in article.text and "Sunday & met" in article.text
    assert article.published == date(2022, 5, 6)
    assert article.authors == ["Jane Doe"]
    assert article.headline and "Talks resume" in article.headline


def test_jsonl_fields_of_the_wrong_type_make_the_line_bad(tmp_path):
    rows = [
        {"text": BODY, "headline": {"main": "Talks resume", "kicker": "Geneva"}},
        {"text": BODY, "title": ["Talks", "resume"]},
        {"text": BODY, "authors": [{"name": "Jane Doe"}]},
        {"text": BODY, "authors": 7},
        {"text": BODY, "outlet": {"name": "Example News"}},
        {"text": BODY, "dateline": {"city": "Geneva"}},
        {"text": BODY, "id": {"value": 1}},
        {"text": BODY, "headline": "Talks resume", "authors": "A B; C D", "id": 12},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(read_path(path))
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.source for f in failures] == [f"{path}:{n}" for n in range(1, 8)]
    assert all(f.error.code == Code.BAD_RECORD for f in failures)
    named = ["'headline'", "'title'", "'authors'", "'authors'", "'outlet'", "'dateline'", "'id'"]
    assert [name in str(f.error) for f, name in zip(failures, named, strict=True)] == [True] * 7
    assert "not an object" in str(failures[0].error)
    assert "not a list holding an object" in str(failures[2].error)
    [article] = [i for i in items if isinstance(i, Article)]
    assert article.headline == "Talks resume" and article.authors == ["A B", "C D"]
    assert article.external_id == "12"


def test_jsonl_source_object_names_the_outlet(tmp_path):
    """NewsAPI writes `"source": {"id": …, "name": "Reuters"}`: its name is the outlet."""
    rows = [
        {"text": BODY, "source": {"id": "reuters", "name": "Reuters"}},
        {"text": BODY, "source": "AP"},
        {"text": BODY, "source": ["AP"]},
        {"text": BODY, "source": {"name": 3}},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(read_path(path))
    assert [i.outlet for i in items if isinstance(i, Article)] == ["Reuters", "AP"]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.source for f in failures] == [f"{path}:3", f"{path}:4"]
    assert all("'source'" in str(f.error) for f in failures)


@pytest.mark.parametrize(
    "given",
    ["2024-11-17", "2024-11-17T09:30:00Z", datetime(2024, 11, 17, 9, 30), date(2024, 11, 17)],
)
def test_the_api_takes_a_publication_date_in_the_forms_users_hand_it(given):
    """A string or a datetime is the day it names; analysing then anchors time to it."""
    assert Article(text="Talks resume on Monday.", published=given).published == date(2024, 11, 17)


def test_a_publication_date_that_is_no_date_is_one_clear_error():
    with pytest.raises(NewsledgerError) as raised:
        Article.from_text("Talks resume on Monday.", published="last week")
    assert raised.value.code == "NL010"
