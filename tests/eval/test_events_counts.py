"""eval.events_counts: the article stream behind the no-gold event counts."""

from __future__ import annotations

import pytest
from eval.events_counts import article_texts
from eval.polnear import DEFAULT_ROOT


def test_article_texts_streams_the_first_articles_in_name_order(tmp_path):
    texts = tmp_path / "dev" / "text"
    texts.mkdir(parents=True)
    for name, body in (("b.txt", "second"), ("a.txt", "first"), ("c.txt", "third")):
        (texts / name).write_text(body, encoding="utf-8")
    assert list(article_texts(2, root=tmp_path)) == ["first", "second"]


@pytest.mark.skipif(not (DEFAULT_ROOT / "dev").is_dir(), reason="PolNeAR is not in ../shared")
def test_article_texts_reads_polnear_dev():
    first = next(article_texts(1))
    assert isinstance(first, str) and len(first) > 200
