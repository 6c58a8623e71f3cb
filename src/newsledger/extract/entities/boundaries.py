"""Where a name the small model marked really begins and ends, when it took in a neighbour.

- "the Office of Personnel Management Scott Kupor": a person's name glued after an
  organisation's ("Director of the Office of Personnel Management Scott Kupor") is a second
  name; a known first name right after the organisation's last word says where it starts.
- "the latest Bureau of Economic Analysis estimate": a lower-case adjective after "the" is no
  part of the name.
- "Moody's has warned", "a McDonald's in Edinburgh": an "'s" that owns nothing after it is
  part of a company's name, not a possessive.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.gender import first_name_gender

ORG_LIKE = frozenset({"ORG", "FAC", "GPE", "WORK_OF_ART"})


def split_trailing_person(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """[start, end) as one name, or as the organisation and the person named after it."""
    if label not in ORG_LIKE or end - start < 4:
        return [(start, end, label)]
    given, surname, last_of_org = doc[end - 2], doc[end - 1], doc[end - 3]
    if (
        first_name_gender(f"{given.text} {surname.text}") is not None
        and given.is_title
        and surname.is_title
        and surname.is_alpha
        and last_of_org.is_title
        and last_of_org.lower_ not in ("of", "the", "and")
        and first_name_gender(f"{last_of_org.text} {given.text}") is None  # "Mary Ann Smith"
    ):
        return [(start, end - 2, label), (end - 2, end, "PERSON")]
    return [(start, end, label)]


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
