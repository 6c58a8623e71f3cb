"""`furniture_chars` reads the same furniture as `token._.furniture`, without its per-word cost."""

from __future__ import annotations

from newsledger.extract.common import furniture_chars, touches_furniture
from newsledger.nlp.pipeline import make_doc


def test_furniture_chars_is_the_extension(nlp, seed_article):
    doc = nlp(make_doc(nlp, seed_article))
    furniture = furniture_chars(doc)
    assert furniture  # the seed article has a byline and a photo credit
    for token in doc:
        assert (token.idx in furniture) == bool(token._.furniture)
    for sent in doc.sents:
        assert touches_furniture(sent) == any(t._.furniture for t in sent)


def test_furniture_chars_sees_a_value_set_later(nlp):
    doc = nlp("The minister spoke. Photo: Reuters.")
    assert not furniture_chars(doc)
    doc[4]._.furniture = True
    assert furniture_chars(doc) == {doc[4].idx}
    doc[4]._.furniture = False
    assert not furniture_chars(doc)
