"""WARC files cut short, empty or garbled: the whole records before a cut are kept, the cut is
reported once (NL008), and no message quotes the file's bytes."""

from io import BytesIO

import pytest
from click.testing import CliRunner

from newsledger.article import Article, ReadFailure
from newsledger.cli.main import main
from newsledger.errors import Code
from newsledger.readers.paths import read_path

TOPICS = ["budget", "harbour", "election", "railway", "hospital", "drought"]


def story(topic: str) -> str:
    """About 640 characters of plain English news prose."""
    return (
        f"The {topic} committee said on Tuesday that its report would be published next month, "
        "according to a statement released by the council. Officials said the review had taken "
        "longer than expected because several witnesses asked to give their evidence in private. "
        "Opposition members said the delay was a sign that the government wanted to avoid "
        "scrutiny before the summer recess, and they called for the chairman to explain the "
        "timetable. A spokesman for the ministry said the department had answered every question "
        "it was sent and would continue to do so. The committee will meet again on Thursday, "
        "when the chairman is expected to set out a new date for the report, its clerk said."
    )


def page(topic: str) -> bytes:
    title = f"{topic.title()} review delayed"
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{story(topic)}</p></article></body></html>"
    ).encode()


def write_warc(path, gzip: bool) -> set[int]:
    """Write the six records; returns the offsets where a record ends (a copy cut there is
    whole, if shorter)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ends = set()
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for topic in TOPICS:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{topic}",
                "response",
                payload=BytesIO(page(topic)),
                http_headers=headers,
            )
            writer.write_record(record)
            ends.add(handle.tell())
    return ends


def cut_copy(tmp_path, name: str, share: float):
    whole = tmp_path / f"whole-{name}"
    write_warc(whole, gzip=name.endswith(".gz"))
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: int(len(data) * share)])
    return cut


def split(items):
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert len(articles) + len(failures) == len(items)
    return articles, failures


@pytest.mark.parametrize(
    ("name", "share", "kept"),
    [("crawl.warc", 0.97, 5), ("crawl.warc.gz", 0.97, 5), ("crawl.warc.gz", 0.55, 3),
     ("crawl.warc", 0.55, 3)],
)  # fmt: skip
def test_cut_warc_keeps_whole_records_and_reports_the_cut_once(tmp_path, name, share, kept):
    path = cut_copy(tmp_path, name, share)
    whole_articles, whole_failures = split(list(read_path(tmp_path / f"whole-{name}")))
    assert (
        len(whole_articles) == 6 and whole_failures == []
    )  # the checks take no whole file for cut
    articles, failures = split(list(read_path(path)))
    assert [a.source for a in articles] == [f"https://news.example/{t}" for t in TOPICS[:kept]]
    assert all(a.text.rstrip().endswith("its clerk said.") for a in articles)
    [failure] = failures
    assert failure.error.code == Code.TRUNCATED
    assert failure.source == str(path)
    assert "cut short" in str(failure.error) and str(path) in str(failure.error)


def test_cut_inside_a_record_names_that_record(tmp_path):
    path = cut_copy(tmp_path, "crawl.warc", 0.97)
    [failure] = [i for i in read_path(path) if isinstance(i, ReadFailure)]
    assert "https://news.example/drought" in str(failure.error)


def test_every_cut_point_gives_whole_articles_and_one_failure(tmp_path):
    """Wherever a copy stops (bar the blank lines ending a record), never half an article."""
    whole = tmp_path / "whole.warc.gz"
    record_ends = write_warc(whole, gzip=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    for end in range(0, len(data), 37):
        cut.write_bytes(data[:end])
        articles, failures = split(list(read_path(cut)))
        assert [a.source for a in articles] == [
            f"https://news.example/{t}" for t in TOPICS[: len(articles)]
        ]
        if end in record_ends:  # the copy stops between two records: whole, nothing to report
            assert failures == [] and len(articles) == sorted(record_ends).index(end) + 1
            continue
        assert len(failures) == 1, (end, failures)
        assert failures[0].error.code in (Code.TRUNCATED, Code.EMPTY)


@pytest.mark.parametrize("name", ["empty.warc", "empty.warc.gz"])
def test_empty_warc_is_reported(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    [failure] = list(read_path(path))
    assert isinstance(failure, ReadFailure) and failure.error.code == Code.EMPTY


def test_garbage_warc_message_is_short_and_printable(tmp_path):
    path = tmp_path / "garbage.warc"
    path.write_bytes(bytes(range(11, 256)) * 8)  # no newline: one "first line" of 2 KB
    [failure] = list(read_path(path))
    message = str(failure.error)
    assert failure.error.code == Code.TRUNCATED
    assert len(message) < len(str(path)) + 200
    assert message.isprintable() and message.isascii()


def test_cli_read_of_a_cut_warc_exits_1_with_one_line(nlp, tmp_path):
    path = cut_copy(tmp_path, "crawl.warc.gz", 0.55)
    result = CliRunner().invoke(main, ["read", str(path), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    assert len(result.stdout.splitlines()) == 3
    lines = result.stderr.splitlines()
    assert [line for line in lines if "[NL" in line] == [lines[0]]
    assert lines[0].startswith(f"newsledger: [NL008] {path}")
