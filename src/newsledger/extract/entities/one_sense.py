"""One type per name within an article: the small model types the same word differently
from one sentence to the next ("Kursk" GPE nine times, PRODUCT once); the article's
majority, its titles and the grammar around any one mention decide for every mention."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsledger.extract.common import word_before
from newsledger.extract.entities.body_cues import bodies_among, shows_a_body
from newsledger.extract.entities.full_names import people_by_surname
from newsledger.extract.entities.gazetteer import country_code, puts_in_a_place
from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.person_cues import aged_after, shows_a_person
from newsledger.extract.entities.phoenix import PERSON_HEADS, document_says
from newsledger.extract.entities.ties import tied_with_a_person


def one_sense_per_text(doc: Doc, mentions: list[Mention], person_titles: frozenset[str]) -> None:
    """A name keeps one type within an article: the type most of its mentions have
    ("Kursk" is GPE nine times, so the tenth "Kursk" the model called PRODUCT is GPE too).
    A mention with a personal title before it keeps its own type, and a person the document
    titles once ("party leader Mayawati"), or writes of as a person once ("Skelos, who"),
    is a person in every mention, whatever the votes; a name the document calls an
    institution once ("Lyst, a franchising company") is no person anywhere, nor one whose
    data, shares or analysts it writes of once ("Kpler data showed", "an analyst at Kpler")."""
    by_text: dict[str, Counter] = {}
    titled: set[str] = set()
    institutions: dict[str, str] = {}
    for mention in mentions:
        text = doc[mention.start : mention.end].text
        by_text.setdefault(text, Counter())[mention.label] += 1
        before = word_before(doc, mention.start)
        if (
            mention.label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT")
            and not country_code(text)  # "Official Myanmar death toll ..." in a headline
            and (
                (
                    before is not None
                    and (before.lower_ in person_titles or before.lower_ in PERSON_HEADS)
                )
                or aged_after(doc, mention.end)
            )
            and all(t.pos_ == "PROPN" for t in doc[mention.start : mention.end])
        ):
            titled.add(text)  # "party leader Ebrard", "Foreign Minister Ebrard", "Ebrard, 64,"
        elif mention.label != "PERSON" and shows_a_person(doc, mention.start, mention.end):
            titled.add(text)  # "Skelos, who ...", "Skelos's wife"
        elif (
            mention.label != "PERSON" and document_says(doc, mention.start, mention.end) == "OTHER"
        ):
            institutions[text] = mention.label  # "Lyst, a franchising company"
        elif shows_a_body(doc, mention.start, mention.end):
            institutions[text] = "ORG" if mention.label == "PERSON" else mention.label
    doubtful = {
        doc[m.start].text
        for m in mentions
        if m.end - m.start == 1 and m.label == "PERSON" and doc[m.start].text not in titled
    } - institutions.keys()
    mentioned = {m.start for m in mentions}
    for text in bodies_among(doc, doubtful, mentioned):
        institutions[text] = "ORG"  # "Kpler said ... Kpler data showed": no mention the second
    placed = {
        doc[m.start : m.end].text: m.label
        for m in mentions
        if m.label in ("GPE", "LOC") and puts_in_a_place(word_before(doc, m.start))
    }
    for mention in mentions:
        text = doc[mention.start : mention.end].text
        if text in titled and mention.label in (
            "PERSON",
            "ORG",
            "GPE",
            "NORP",
            "PRODUCT",
            "FAC",
            "LOC",
        ):
            mention.label = "PERSON"  # and a person's own mention keeps its type, tie or not
            continue
        if text in institutions and text not in titled:
            if mention.label == "PERSON":
                mention.label = institutions[text]
            continue
        votes = by_text[text]
        label, count = votes.most_common(1)[0]
        tied = tied_with_a_person(doc[mention.start : mention.end], votes)
        if count * 2 == sum(votes.values()) and text in placed:
            label = placed[text]  # "took Sampur" (PERSON), "near Sampur" (GPE): a place
        elif tied is not None:
            label = tied  # "at Circular Quay" (ORG), "closed Circular Quay" (PERSON)
        elif label == mention.label or count * 2 <= sum(votes.values()) or "WEAPON" in votes:
            continue
        if label == mention.label:
            continue
        before = word_before(doc, mention.start)
        if before is not None and before.lower_ in person_titles:
            continue
        mention.label = label
    shown = titled | {
        doc[m.start : m.end].text
        for m in mentions
        if m.label == "PERSON" and shows_a_person(doc, m.start, m.end)
    }
    people_by_surname(doc, mentions, shown)  # "Sorin Petrescu" (LOC), "Petrescu, who ..."
