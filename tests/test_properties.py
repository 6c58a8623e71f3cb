"""Random and adversarial text through the whole pipeline: it never crashes, and every
span in the record is true to the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.article import Article
from newsledger.nlp.pipeline import analyse
from newsledger.records import iter_spans

NEWSY = st.sampled_from(
    ["said", "“", "”", '"', "'", "Mr.", "Biden", "officials", "—", "\n", "\n\n", "on Sunday",
     "about 190 miles", "$2bn", "10,000", "according to", "he", "she", "they", "(", ")", ",",
     ".", "By Jane Doe", "Nov. 17, 2024", "Advertisement", "WASHINGTON —", "U.S.", "the president",
     "ATACMS", "Kursk", "warned", "feared", "a year ago", "more than", "percent", "\t", "  ", "é", "🙂"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(NEWSY, min_size=1, max_size=80).map(" ".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), min_size=1, max_size=60).map("".join),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, dated=st.booleans())
def test_pipeline_never_crashes_and_spans_are_true(nlp, text, dated):
    from datetime import date

    article = Article.from_text(text, published=date(2024, 11, 17) if dated else None)
    record = analyse(article, nlp).to_dict()
    assert record["article"]["text"] == text
    for span in iter_spans(record):
        assert text[span["start"] : span["end"]] == span["text"]
    for key in ("entities", "attributions", "timexes", "quantities", "events"):
        assert isinstance(record[key], list)
