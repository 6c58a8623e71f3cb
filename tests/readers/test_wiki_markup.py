"""Wiki markup left in Wikinews text is marked as regions, so the extractors read around it."""

from newsledger.article import Article
from newsledger.nlp.pipeline import analyse, make_doc
from newsledger.readers.wiki_markup import wiki_regions


def _kinds(text: str) -> list[tuple[str, str, bool]]:
    return [(r.kind, r.text, r.furniture) for r in wiki_regions(text)]


def test_a_heading_keeps_its_words_and_marks_its_equals_signs():
    text = "The vote was close.  == Reactions ==  The mayor spoke."
    assert _kinds(text) == [
        ("markup", "==", True),
        ("subheading", "Reactions", False),
        ("markup", "==", True),
    ]


def test_a_closing_link_section_is_furniture_to_the_next_heading():
    text = "The vote was close. == Related news == * * * == Sources == * Daily Post"
    assert [(k, t) for k, t, _ in _kinds(text)] == [
        ("navigation", "== Related news == * * *"),
        ("navigation", "== Sources == * Daily Post"),
    ]


def test_every_closing_link_section_is_recognised():
    text = "The vote was close. == External links == * Party site"
    assert _kinds(text) == [("navigation", "== External links == * Party site", True)]


def test_comments_tags_switches_and_image_captions_are_furniture():
    text = (
        "<noinclude>  [[Image:Town hall.jpg|thumb|right|200px|The town hall in May.]] "
        "The council met. <!-- check the figure --> __NOTOC__ It voted.<br />Then it rose."
    )
    assert [(k, t) for k, t, _ in _kinds(text)] == [
        ("markup", "<noinclude>"),
        ("caption", "[[Image:Town hall.jpg|thumb|right|200px|The town hall in May.]]"),
        ("markup", "<!-- check the figure -->"),
        ("markup", "__NOTOC__"),
        ("markup", "<br />"),
    ]


def test_a_templates_or_pages_name_is_furniture():
    text = "Pre-war_intelligence_infobox   A coalition of groups will ask the court."
    assert _kinds(text) == [("markup", "Pre-war_intelligence_infobox", True)]
    text = "2008_US_Presidential_Election  A legislative inquiry found she abused her power."
    assert _kinds(text) == [("markup", "2008_US_Presidential_Election", True)]
    assert _kinds("Rename the file my_data_file.csv or call __init__ first.") == []


def test_a_portal_label_before_the_first_sentence_is_furniture():
    text = "<noinclude>  Economy and business  The Labour Organization said jobs were lost."
    assert _kinds(text)[-1] == ("markup", "Economy and business", True)
    assert _kinds("Australian news  Protesters gathered in the capital.") == [
        ("markup", "Australian news", True)
    ]
    assert _kinds("Health  officials said the outbreak was over.") == []


def test_any_short_label_set_off_by_wide_space_before_the_first_sentence_is_furniture():
    assert _kinds("New Zealand   A man linked to the attacks was deported.") == [
        ("markup", "New Zealand", True)
    ]
    assert _kinds("2008 US Presidential Election   Senator Ann Cole said so.") == [
        ("markup", "2008 US Presidential Election", True)
    ]
    # a sentence whose link the stripper removed keeps its words
    assert _kinds("The US   Condoleezza Rice began a trip.") == []


def test_ordinary_prose_has_no_wiki_regions():
    assert wiki_regions("If x == y the test passes. The 55<sup>th</sup> soldier.") == []
    assert wiki_regions("Prices rose 3 percent in May, the agency said.") == []


def test_a_heading_glued_to_the_next_sentence_does_not_join_its_source(nlp):
    text = (
        "Her editors could not reach her phone, which was switched off.  "
        "== Ministers promise help ==    Prime Minister Ana Lopes, who has just returned "
        'from a visit to Chile, said on Monday night that "every agency is on alert."'
    )
    record = analyse(Article.from_text(text), nlp).to_dict()
    sources = [a["source"]["text"] for a in record["attributions"] if a["source"]]
    assert any(s.startswith("Prime Minister Ana Lopes") for s in sources), sources
    assert not any("==" in s or "help" in s.split() for s in sources), sources


def test_a_region_edge_inside_a_token_splits_it_and_keeps_the_text(nlp):
    text = "The agency says it will move people.  ==Situation in the north== Meanwhile, "
    text += "thousands of families have left their homes since the fighting began, officials said."
    article = Article.from_text(text)
    doc = nlp(make_doc(nlp, article))
    assert doc.text == text
    assert "Meanwhile, thousands" in [s.text[:20] for s in doc.sents]
    record = analyse(article, nlp).to_dict()
    said = [a for a in record["attributions"] if a["cue"]["text"] == "said"]
    assert said and said[0]["content"][0]["text"].startswith("Meanwhile, thousands")
