"""Reading a directory: only article files, never tools' folders, one line for the rest."""

import json

import pytest

from newsledger.article import Article, ReadFailure, SkippedFiles
from newsledger.errors import Code
from newsledger.readers.paths import read_path

BODY = (
    "The minister said on Monday that the talks would resume in Geneva next week, officials said."
)
FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title>
  <item><title>Talks resume</title><link>https://news.example/talks</link>
    <description><![CDATA[<p>{BODY}</p><p>Both sides said they expected a long negotiation.</p>]]>
    </description></item>
</channel></rss>"""


def kinds(items):
    return [type(i).__name__ for i in items]


def test_tools_folders_are_never_entered(tmp_path):
    (tmp_path / "article.txt").write_text(BODY)
    for folder in (".venv/lib/python3.11/site-packages/pkg", ".git/objects", "node_modules/x"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "README.md").write_text(BODY + f" In {folder}.")
    (tmp_path / "env").mkdir()  # a virtualenv under any name
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (tmp_path / "env" / "notes.txt").write_text(BODY + " In env.")
    (tmp_path / "pkg" / "__pycache__").mkdir(parents=True)
    (tmp_path / "pkg" / "__pycache__" / "notes.txt").write_text(BODY + " In pycache.")
    (tmp_path / ".hidden.txt").write_text(BODY + " Hidden.")
    items = list(read_path(tmp_path))
    assert kinds(items) == ["Article"]
    assert items[0].source == str(tmp_path / "article.txt")


def test_pruned_folders_are_not_even_listed(tmp_path, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "node_modules" / "deep").mkdir(parents=True)
    listed = []
    real_scandir = os.scandir

    def scandir(path="."):
        listed.append(os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    list(read_path(tmp_path))
    assert not any("node_modules" in path for path in listed)


def test_only_article_types_are_read_and_the_rest_counted_in_one_summary(tmp_path):
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.md").write_text(BODY + " Md.")
    (tmp_path / "c.text").write_text(BODY + " Text.")
    (tmp_path / "d.htm").write_text(
        f"<html><body><article><p>{BODY} Htm.</p></article></body></html>"
    )
    (tmp_path / "e.jsonl").write_text(json.dumps({"text": BODY + " Jsonl."}) + "\n")
    (tmp_path / "f.xml").write_text(FEED)  # an RSS feed saved as .xml
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "g.rss").write_text(FEED.replace("Talks resume", "Talks go on"))
    for name in ("script.py", "tool.py", "data.json", "Makefile", "sub/photo.jpg", "sitemap.xml"):
        (tmp_path / name).write_text(BODY)  # readable text, but not an article file type
    items = list(read_path(tmp_path))
    assert kinds(items) == ["Article"] * 7 + ["SkippedFiles"]
    assert [i.source.rsplit("/", 1)[-1] for i in items[:5]] == [
        "a.md", "b.txt", "c.text", "d.htm", "e.jsonl:1"
    ]  # fmt: skip
    summary = items[-1]
    assert isinstance(summary, SkippedFiles)
    assert summary.by_suffix == {".py": 2, ".json": 1, "": 1, ".jpg": 1, ".xml": 1}
    assert summary.source == str(tmp_path)
    assert "skipped 6 files" in str(summary) and "\n" not in str(summary)
    # Named on the command line, a file is read whatever its name.
    [article] = read_path(tmp_path / "script.py")
    assert isinstance(article, Article) and article.text == BODY


@pytest.mark.parametrize("files", [{}, {"x.py": "print(1)", ".env": "A=1"}])
def test_directory_with_nothing_to_read_is_one_failure(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(BODY)
    [failure] = list(read_path(tmp_path))
    assert isinstance(failure, ReadFailure)
    assert failure.error.code == Code.NO_ARTICLES and failure.source == str(tmp_path)
    assert ("x.py" in files) == (".py ×1" in str(failure.error))


def test_files_that_fail_explain_themselves_without_no_articles(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "x.py").write_text("print(1)")
    items = list(read_path(tmp_path))
    assert kinds(items) == ["ReadFailure", "SkippedFiles"]
    assert items[0].error.code == Code.BINARY


@pytest.mark.parametrize("path", ["", "   "])
def test_empty_path_is_refused_not_read_as_the_current_directory(tmp_path, monkeypatch, path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.txt").write_text(BODY)
    [failure] = list(read_path(path))
    assert isinstance(failure, ReadFailure) and failure.error.code == Code.EMPTY_PATH


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    import errno
    import os

    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(BODY + " Locked.")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_path(tmp_path))
    assert kinds(items) == ["Article", "ReadFailure"]
    assert items[1].source == str(tmp_path / "locked")
    assert str(items[1].error).endswith("cannot read (Permission denied)")
