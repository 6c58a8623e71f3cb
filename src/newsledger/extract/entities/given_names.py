"""Personal names the small model calls something else ("Tomas Bures" GPE, "Stephane Auger"
ORG, "Abigail Tull" WORK_OF_ART), recognised by their given name.

The given names are read from the Phoenix actor dictionaries: a word that opens the names of
three or more listed people (MUHAMMAD, NARENDRA, JOSEFA) at least twenty times as often as it
is a word of a listed organisation's or place's name (JOSE: 184 people, "San Jose" and 3
more; not JOHN, ALI, ABU or AL); and the U.S. Census first names that no listed organisation
or place uses (not Georgia, Virginia or Morgan). The caller rules out titles ("Sir" opens 77
people's names). A name of two or three capitalised words opening with one is a person's,
unless a listed organisation or place uses its last word twice or more ("Hamilton District
Court", "Howard Government") or that word names a landform or a street ("Lucas Heights").
Names whose given name is in neither list ("Khawaja Asif") keep the model's type.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from newsledger.extract.entities.gender import census_first_names
from newsledger.extract.entities.phoenix import actors, normalise

MIN_PEOPLE = 3  # listed people a word must open the names of
PEOPLE_PER_OTHER_USE = 20  # ... for each use in a non-person name
# Last words of places that are not names of people: "Lucas Heights", "Kings Park".
PLACE_WORDS = frozenset(
    "heights hills hill park island islands valley beach bay lake river mountain mountains "
    "creek springs falls bridge street road avenue square station airport port harbour "
    "harbor point gardens downs vale plains".split()
)


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], Counter[str]]:
    """The given names, and how often each word occurs in non-person names."""
    opening: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for key, (kind, _) in actors().items():
        words = key.split()
        if kind == "PERSON":
            if len(words) > 1:
                opening[words[0]] += 1
        else:
            elsewhere.update(words)
    given = {
        word
        for word, people in opening.items()
        if people >= MIN_PEOPLE
        and len(word) > 2
        and elsewhere[word] * PEOPLE_PER_OTHER_USE <= people
    }
    # and the U.S. Census first names no listed organisation or place uses ("Vera"; not
    # "Georgia", "Virginia" or "Morgan")
    given |= {name.upper() for name in census_first_names() if not elsewhere[name.upper()]}
    return frozenset(given), elsewhere


def is_given_name(word: str) -> bool:
    """ "Jim", "Narendra": a word the lists show opening people's names."""
    return normalise(word) in _name_words()[0]


def opens_with_given_name(span: SpacySpan) -> bool:
    """ "Jim Press", "Emily Post": a given name first, whatever the last word."""
    return is_given_name(span[0].text)


def looks_like_a_personal_name(span: SpacySpan) -> bool:
    """Two or three capitalised words, a given name first, no organisation's or place's last
    word: "Khawaja Asif", "Anand Satyanand", "Ratu Josefa Iloilo"."""
    words = [t for t in span if not t.is_punct]
    hyphens = [
        t
        for t in span
        if t.text == "-" and t.i > span.start and not t.whitespace_ and not t.nbor(-1).whitespace_
    ]
    if not 2 <= len(words) <= 3 or len(words) + len(hyphens) != len(span):
        return False  # "Marilyn Carlyle-Helms" passes, "Tomas, Bures" does not
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    elsewhere = _name_words()[1]
    last = words[-1]
    if last.lower_ in PLACE_WORDS or elsewhere[normalise(last.text)] >= 2:
        return False
    return opens_with_given_name(span)  # words[0] is span[0]: only inner hyphens are skipped
