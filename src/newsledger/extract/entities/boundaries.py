"""Where a name the small model marked really begins and ends, when it took in a neighbour.

- "the Office of Personnel Management Scott Kupor": a person's name glued after an
  organisation's ("Director of the Office of Personnel Management Scott Kupor") is a second
  name; a known first name right after the organisation's last word says where it starts.
- "the latest Bureau of Economic Analysis estimate": a lower-case adjective after "the" is no
  part of the name.
- "Moody's has warned", "a McDonald's in Edinburgh": an "'s" that owns nothing after it is
  part of a company's name, not a possessive.
- "Politico's Josh Dawsey": a person's name after an owner's "'s" is the owner's person.
- "Magnus Ranstorp": a given name the model left outside a surname it typed as something
  else belongs to the name.
- "Finance Minister T Harish Rao": the model took "Finance" for an organisation and only
  "Rao" for the person; a portfolio before "Minister" is no name, and the initials and given
  names the parser hangs on the surname are the person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsledger.extract.entities.gazetteer import demonym_country, place
from newsledger.extract.entities.gender import first_name_gender
from newsledger.extract.entities.given_names import looks_like_a_personal_name
from newsledger.extract.entities.person_cues import aged_after
from newsledger.extract.entities.phoenix import actor_kind, document_says

ORG_LIKE = frozenset({"ORG", "FAC", "GPE", "WORK_OF_ART"})
NAME_TYPES = ORG_LIKE | {"PERSON", "LOC"}
INITIALS = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")  # "T", "M.", "Y.S.", "M.K."


def split_trailing_person(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """[start, end) as one name, or as the organisation (or the place: "the mayor of
    Katherine, Anne Shepherd", one name to the model) and the person named after it."""
    if label not in ORG_LIKE or end - start < 4:
        return [(start, end, label)]
    given, surname, last_of_org = doc[end - 2], doc[end - 1], doc[end - 3]
    comma = last_of_org.text == ","
    if (
        first_name_gender(f"{given.text} {surname.text}") is not None
        and given.is_title
        and surname.is_title
        and surname.is_alpha
        and (
            comma
            or (
                last_of_org.is_title
                and last_of_org.lower_ not in ("of", "the", "and")
                and first_name_gender(f"{last_of_org.text} {given.text}") is None
            )  # "Mary Ann Smith"
        )
    ):
        return [(start, end - 3 if comma else end - 2, label), (end - 2, end, "PERSON")]
    return [(start, end, label)]


def split_leading_organisation(
    doc: Doc, start: int, end: int, label: str
) -> list[tuple[int, int, str]]:
    """ "president of PayPal Jeff Jordan", one person to the model: a listed organisation's
    name right before a given name and a surname is the organisation, the rest the person."""
    if label != "PERSON" or end - start < 3:
        return [(start, end, label)]
    given, surname = doc[start + 1], doc[end - 1]
    owner = doc[start].text
    if (
        (actor_kind(owner) == "ORG" or _shaped_like_a_brand(owner))
        and given.is_title
        and surname.is_title
        and first_name_gender(doc[start + 1 : end].text) is not None
        and first_name_gender(doc[start : start + 2].text) is None  # "Paul Jeff ..." is no firm
    ):
        return [(start, start + 1, "ORG"), (start + 1, end, "PERSON")]
    return [(start, end, label)]


def _shaped_like_a_brand(word: str) -> bool:
    """ "PayPal", "eBay", "IBM": a capital inside the word, or all capitals; no given name."""
    inner = any(c.isupper() for c in word[1:])
    return word.isalpha() and len(word) >= 2 and (word.isupper() or (inner and not word.istitle()))


def named_after_possessive(doc: Doc, start: int, end: int) -> bool:
    """A given name and a surname after an owner's "'s" ("Politico's Josh Dawsey", which
    the small model types as one work of art after a quotation): a person of the owner."""
    words = doc[start:end]
    return (
        len(words) >= 2
        and all(t.is_title and t.is_alpha for t in words)
        and first_name_gender(words.text) is not None
    )


def past_leading_adjective(doc: Doc, start: int, end: int) -> int:
    """The start of the name past "the latest" in "the latest Bureau of Economic Analysis"."""
    if (
        end - start >= 3
        and doc[start].lower_ == "the"
        and doc[start + 1].is_lower
        and doc[start + 1].tag_ in ("JJ", "JJS", "JJR")
        and doc[start + 2].is_title
    ):
        return start + 2
    return start


POSSESSED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG"})


def with_brand_s(doc: Doc, start: int, end: int, label: str) -> int:
    """The end of an organisation's name past an "'s" that owns nothing ("Moody's said")."""
    if label != "ORG" or end + 1 > len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return end
    if doc[end - 1].whitespace_:
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is None or after.tag_ not in POSSESSED_TAGS:
        return end + 1  # "Moody's has warned", "a McDonald's in Edinburgh"
    return end


def is_portfolio(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "Finance" in "Finance Minister X": one word before "Minister" names a portfolio, not
    an organisation ("the Finance Ministry" is one, and keeps its "Ministry")."""
    return (
        label == "ORG"
        and end - start == 1
        and end < len(doc)
        and doc[end].lower_ == "minister"
        and doc[start].is_title
    )


def with_leading_initials(
    doc: Doc, start: int, end: int, label: str, titles: frozenset[str]
) -> int:
    """The start of a person's name past the initials, and the capitalised given names after
    them, that the parser hangs on it and the model left out ("T Harish" of "Minister T
    Harish Rao"); without an initial nothing is added ("Detective Sergeant Amy Okafor")."""
    if label != "PERSON":
        return start
    names = set(range(start, end))
    first_initial = start  # only as far as an initial: "Fed Chair Janet Yellen" stays
    while start > 0:
        word = doc[start - 1]
        if (
            word.dep_ != "compound"
            or word.head.i not in names
            or word.ent_type_ not in ("", "PERSON")
        ):
            break
        initial = INITIALS.match(word.text) is not None
        if not (initial or (word.is_title and word.is_alpha and word.tag_ == "NNP")):
            break
        if word.lower_.rstrip(".") in titles:
            break
        start -= 1
        names.add(start)
        if initial:
            first_initial = start
    return first_initial


def title_and_initials(ent: Span, titles: frozenset[str]) -> bool:
    """ "Gen AI": title-like words before an acronym of up to three letters name no one."""
    *before, last = ent
    return (
        bool(before)
        and last.is_upper
        and len(last) <= 3
        and all(t.lower_.rstrip(".") in titles for t in before)
    )


def with_given_name(doc: Doc, start: int, end: int, label: str) -> int:
    """The start of "Magnus Ranstorp" when the model marked only "Ranstorp", and as an
    organisation: a capitalised given name right before a one-word name opens it, as does a
    capitalised word the parser joins to it where a person noun stands in apposition
    ("Magnus Ranstorp, an expert on terrorism")."""
    if label == "PERSON" or end - start != 1 or start == 0:
        return start
    word = doc[start - 1]
    if word.ent_type_ or not word.whitespace_ or word.tag_ != "NNP" or not word.is_title:
        return start
    if looks_like_a_personal_name(doc[start - 1 : end]):
        return start - 1
    named = word.dep_ == "compound" and word.head.i == start
    return start - 1 if named and document_says(doc, start, end) == "PERSON" else start


def with_surname_after(doc: Doc, start: int, end: int) -> int:
    """The end of "Tatyana Moskalkova" when the model marked "Tatyana" and "Moskalkova" as
    two one-word names (two places, say): a given name and the capitalised word right after
    it, with nothing between but a space, are one person's name; so are a one-word person of
    the model's and a one-word name of another type right after it ("Tatyana" a person,
    "Moskalkova" a place), and two one-word names of the model's where neither is a place
    the gazetteer knows."""
    if end - start != 1 or end >= len(doc) or not doc[start].whitespace_:
        return end
    after = doc[end]
    if after.ent_iob_ == "I" or (
        after.ent_type_ and end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I"
    ):
        return end  # the word after opens a longer name of its own
    if after.tag_ != "NNP" or not after.is_title or not after.is_alpha:
        return end
    if doc[start].ent_type_ == "PERSON" and after.ent_type_ in ORG_LIKE | {"NORP", "PERSON"}:
        return end + 1  # the model's own person, and a one-word name of another type after it
    if looks_like_a_personal_name(doc[start : end + 1]) or aged_after(doc, end + 1):
        return end + 1  # "Arcan Weller, 20, of Oak Harbor": a name with its age
    two_names = doc[start].ent_type_ in NAME_TYPES and after.ent_type_ in NAME_TYPES
    unknown = two_names and place(doc[start].text) is None and place(after.text) is None
    return end + 1 if unknown and after.ent_iob_ == "B" else end


def split_coordinated_places(
    doc: Doc, start: int, end: int, label: str
) -> list[tuple[int, int, str]]:
    """ "Maharashtra and Andhra Pradesh", one name to the model: two places the gazetteer
    knows, joined by "and", are two names, unless the whole is one ("Trinidad and Tobago")."""
    words = [t.lower_ for t in doc[start:end]]
    if "and" not in words or end - start < 3:
        return [(start, end, label)]
    middle = start + words.index("and")
    left, right = doc[start:middle].text, doc[middle + 1 : end].text
    if middle == start or middle + 1 == end or place(doc[start:end].text):  # "Trinidad and Tobago"
        return [(start, end, label)]
    if not place(left) or not place(right):
        return [(start, end, label)]
    return [(start, middle, "GPE"), (middle + 1, end, "GPE")]


# Places named after someone, written with a lower-case noun: "the Diaoyutai state
# guesthouse", "the Mario Ortiz children's hospital". The noun says what the name is;
# OntoNotes calls buildings FAC and institutions ORG.
FACILITY_NOUNS = {
    **dict.fromkeys(
        "guesthouse airport stadium palace hotel bridge prison mosque temple cathedral "
        "arena highway motorway port".split(),
        "FAC",
    ),
    **dict.fromkeys("hospital clinic university college school academy".split(), "ORG"),
}
MAX_FACILITY_WORDS = 3  # "state guesthouse", "children's hospital"


def with_facility(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A person's name or an unknown name right before a lower-case facility noun names the
    facility: the mention takes the noun and its type. A people ("Turkish hospital") or a
    place the gazetteer knows ("Kabul airport") keeps its own reading."""
    if label not in ("PERSON", "ORG", "NORP", "GPE", "LOC"):
        return start, end, label
    for last in range(end, min(end + MAX_FACILITY_WORDS, len(doc))):
        token = doc[last]
        kind = FACILITY_NOUNS.get(token.lower_)
        if kind is not None and token.is_lower and _heads_into(doc, end - 1, last):
            text = doc[start:end].text
            if demonym_country(text) or (label in ("GPE", "LOC") and place(text) is not None):
                break
            return start, last + 1, kind
        if not (token.is_lower or token.tag_ == "POS") or token.pos_ not in ("NOUN", "ADJ", "PART"):
            break
    return start, end, label


def _heads_into(doc: Doc, first: int, last: int) -> bool:
    """True if every word from `first` up to `last` hangs on a later one of them (an "'s"
    hangs on the word it ends)."""
    return all(last >= doc[i].head.i > i or doc[i].tag_ == "POS" for i in range(first, last))


# Landforms news names by a people's or a place's adjective: "the Korean peninsula", "the
# Crimean peninsula", "the Arabian Peninsula" are places, not the people the adjective names.
LANDFORMS = frozenset({"peninsula"})


def with_place_noun(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A demonym or a place right before a landform noun names the landform (LOC); any
    other name before a facility noun names the facility (`with_facility`)."""
    if label in ("NORP", "GPE", "LOC") and end < len(doc) and doc[end].lower_ in LANDFORMS:
        return start, end + 1, "LOC"
    return with_facility(doc, start, end, label)
