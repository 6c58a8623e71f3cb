"""Which person a name means when several could: a full name's earlier mentions, a lone
surname among namesakes, a first name alone.

"J. Smith" may be John Smith, "K. Kesava Rao" is not "K. Chandrasekhar Rao"; "Mr Johnson"
after Jo and Boris Johnson is the one the text is about; "Mark" after "Mark Meadows" is him
unless two Marks are named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.common import ascii_form
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.given_names import is_given_name

# Lower-case words a surname may open with, capitalised at a sentence's start ("De Blasio").
SURNAME_PARTICLES = frozenset(
    "de da del della di du dos das van von der den ter ten le la al el bin ibn".split()
)


def given_name_of(people: list[Cluster], word: str, at: int) -> Cluster | None:
    """The one person named in full before `at` whose first name is `word` ("Mark" after
    "Mark Meadows"; "Xi" after "Xi Jinping"), unless two are, or it is a surname here too."""
    found = [
        c
        for c in people
        if len(_past_initials(name_words(c))) > 1
        and _past_initials(name_words(c))[0] == word  # "Harish" of "T Harish Rao"
        and c.first() < at
    ]
    return found[0] if len(found) == 1 else None


def surname_antecedent(doc: Doc, same: list[Cluster], at: int) -> Cluster:
    """Which of several people sharing a surname a lone surname means: the one most recently
    the subject of a sentence (the one the text is about), else the one named most recently
    before it, else the next one named ("Mr Johnson" after "Jo Johnson, brother of Boris
    Johnson, resigned" is Jo)."""
    if len(same) == 1:
        return same[0]

    def last(cluster: Cluster, subject: bool) -> int:
        return max(
            (
                m.start
                for m in cluster.mentions
                if m.start < at
                and (not subject or doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass"))
            ),
            default=-1,
        )

    for subject in (True, False):
        ranked = sorted(same, key=lambda c: last(c, subject))
        if last(ranked[-1], subject) >= 0:
            return ranked[-1]
    return min(same, key=lambda c: c.first())


ARABIC_ARTICLES = ("al", "el")  # written on and off, and in either case, before a name
ARTICLE_PREFIX = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})[-‐‑]", re.I)


def plain_lower(text: str) -> str:
    """Lower case without accents: news writes "Gusmão" and "Gusmao" for one man, often in
    one article."""
    return ascii_form(text).lower()


def surname_key(word: str) -> str:
    """A surname as compared: lower case, accents dropped, without the Arabic article news
    writes on and off and in either case ("Majed al-Ansari", "Majed Al-Ansari", "Ansari")."""
    return ARTICLE_PREFIX.sub("", plain_lower(word))


def full_name_cluster(people: list[Cluster], words: list[str]) -> Cluster | None:
    """An existing person this full name belongs to ("Donald Trump" ~ "Donald J. Trump")."""
    first, last = plain_lower(words[0]), surname_key(words[-1])
    for cluster in people:
        if cluster.surname != last:
            continue
        known_words = name_words(cluster) or [""]
        known = known_words[0]
        if _surname_only(words, known_words) or _surname_only(known_words, words):
            return cluster  # "De Blasio" is Bill de Blasio's surname, not a "De" Blasio
        if _double_surname(words, known_words) or _double_surname(known_words, words):
            return cluster  # "Lopez Obrador" after "Andres Manuel Lopez Obrador"
        if _given_names_clash([plain_lower(w) for w in words[1:-1]], known_words[1:-1]):
            continue  # "K. Kesava Rao" is not "K. Chandrasekhar Rao"
        if known == first or ((_initial(known) or _initial(first)) and known[:1] == first[:1]):
            return cluster  # "J. Smith" may be John Smith; "Jane Smith" is not
        given = _past_initials([plain_lower(w) for w in words])
        known_given = _past_initials(known_words)
        if len(given) > 1 and len(known_given) > 1 and given[0] == known_given[0]:
            return cluster  # "Ravi Kumar Reddy" after "Y.S. Ravi Kumar Reddy"
    return None


def name_words(cluster: Cluster) -> list[str]:
    """The lower-cased words of a person's key: "person:mark meadows" -> ["mark", "meadows"]."""
    return cluster.key.split(":", 1)[1].split()


def _surname_only(short: list[str], full: list[str]) -> bool:
    """ "De Blasio" (a particle, then the surname) is how "Bill de Blasio" ends."""
    short = [w.lower() for w in short]
    return (
        short[0] in SURNAME_PARTICLES
        and len(full) > len(short)
        and [w.lower() for w in full[-len(short) :]] == short
    )


def _double_surname(short: list[str], full: list[str]) -> bool:
    """ "Lopez Obrador" (two family names) is how "Andres Manuel Lopez Obrador" ends; not
    "Paul Jones" of "John Paul Jones", which opens with a given name."""
    short = [w.lower() for w in short]
    return (
        len(short) == 2
        and len(full) >= 3
        and [w.lower() for w in full[-2:]] == short
        and not is_given_name(short[0])
    )


def _given_names_clash(middle: list[str], known_middle: list[str]) -> bool:
    """Each name has a given name in full that the other lacks: two people."""
    full = {w for w in middle if not _initial(w)}
    known_full = {w for w in known_middle if not _initial(w)}
    return bool(full - known_full) and bool(known_full - full)


def _initial(word: str) -> bool:
    """ "J.", "T", and "Y.S." (initials run together)."""
    letters = word.replace(".", "")
    return len(letters) == 1 or (len(letters) <= 3 and "." in word and word.endswith("."))


def _past_initials(words: list[str]) -> list[str]:
    """The name's words from its first that is no initial: "y.s. ravi kumar reddy" ->
    ["ravi", "kumar", "reddy"]."""
    for n, word in enumerate(words):
        if not _initial(word):
            return words[n:]
    return []
