"""Name keys for matching entities across articles.

Reports name the same entity differently: "President Biden", "Joe Biden", "Mr. Biden",
"the United Nations", "UN". These helpers turn a surface name into comparable keys;
they never decide a link on their own (see `entities`).
"""

from __future__ import annotations

import re
import unicodedata

# Titles and roles that precede a person's name in news copy; multiword ones first.
TITLES = (
    "prime minister", "foreign minister", "finance minister", "defence minister",
    "defense minister", "deputy prime minister", "vice president", "vice-president",
    "secretary of state", "secretary-general", "secretary general", "chief executive",
    "attorney general", "supreme leader", "crown prince", "first lady",
    "president", "presidential candidate", "candidate", "senator", "sen.", "sen",
    "representative", "rep.", "rep", "governor", "gov.", "gov", "mayor", "minister",
    "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "sheikh",
    "general", "gen.", "gen", "colonel", "col.", "captain", "capt.", "lt.", "sergeant",
    "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "director", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "commissioner", "leader", "speaker",
    "secretary", "former", "late", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
    "sir", "dame", "lord", "lady", "rev.", "reverend", "prof.", "professor", "u.s.",
    "us", "uk", "british", "american", "french", "german", "russian", "chinese",
)  # fmt: skip
_TITLE_WORDS = sorted(TITLES, key=lambda t: -len(t.split()))
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_ARTICLES = ("the ",)
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ORG_STOP = {"of", "the", "and", "for", "de", "des", "du", "la", "le", "&", "on", "in"}


def fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed, possessive dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SPACE.sub(" ", text.replace("\u2019", "'")).strip().lower()
    return _POSSESSIVE.sub("", text).strip(" ,.;:\"'()")


def strip_titles(name: str) -> tuple[str, bool]:
    """("president joe biden") -> ("joe biden", True); never strips the whole name."""
    folded = fold(name)
    for article in _ARTICLES:
        if folded.startswith(article):
            folded = folded[len(article) :]
    stripped = False
    changed = True
    while changed:
        changed = False
        for title in _TITLE_WORDS:
            if folded.startswith(title + " ") and len(folded) > len(title) + 1:
                folded = folded[len(title) + 1 :].lstrip(" ,")
                stripped = changed = True
                break
    return folded, stripped


def person_parts(name: str) -> tuple[str, str, str]:
    """(key, first, last) of a person's name: suffixes dropped, initials without dots
    ("George H. W. Bush" -> "george h w bush", kept apart from "george w bush")."""
    name = _DASH_IN_NAME.sub("-", name)  # "Lai Ching - te", "Lai Ching\u2013te": "Lai Ching-te"
    base, _ = strip_titles(name)
    base = re.sub(r"\b([a-z])\.(?=[a-z])", r"\1. ", base)  # "h.w." -> "h. w."
    words = [w.rstrip(".") for w in base.replace(",", " ").split() if w not in SUFFIXES]
    words = [w for w in words if w]
    if not words:
        return base, "", base
    if len(words) == 1:
        return words[0], "", words[0]
    if len(words) == 2 and _FAMILY_FIRST.search(name.strip()):  # titles aside
        return " ".join(words), words[1], words[0]  # "Lai Ching-te": Lai is the surname
    return " ".join(words), words[0], words[-1]


# A two-syllable given name written with a hyphen and the second syllable in lower case
# ("Ching-te", "Yu-ih", "Jae-in") follows the family name: Chinese and Korean order.
_FAMILY_FIRST = re.compile(r"\s[A-Z][a-z]+-[a-z]+$")
# A dash inside a name, spaced or not, of any width.
_DASH_IN_NAME = re.compile(r"(?<=\w)\s*[-\u2010\u2011\u2012\u2013\u2014]\s*(?=\w)")


# Short forms of given names common in English news copy (Joe Biden, Joseph Biden).
NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
    "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james", "mike": "michael",
    "tom": "thomas", "tony": "anthony", "ted": "edward", "ed": "edward", "chris": "christopher",
    "dan": "daniel", "dave": "david", "al": "albert", "ben": "benjamin", "nick": "nicholas",
    "pat": "patrick", "steve": "stephen", "sam": "samuel", "alex": "alexander",
    "andy": "andrew", "ken": "kenneth", "larry": "lawrence", "jerry": "gerald",
    "chuck": "charles", "charlie": "charles", "hank": "henry", "jack": "john",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "cathy": "catherine",
    "sue": "susan", "peggy": "margaret", "meg": "margaret", "fred": "frederick",
    "greg": "gregory", "jeff": "jeffrey", "matt": "matthew", "pete": "peter",
    "ron": "ronald", "don": "donald", "tim": "timothy", "vince": "vincent", "newt": "newton",
}  # fmt: skip


def given_names_agree(a: str, b: str) -> bool:
    """Same given name, an initial of it, or a known short form of it."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b:
        return True
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return NICKNAMES.get(a, a) == NICKNAMES.get(b, b)


def middle_initials(key: str) -> str:
    """The initials between first and last name of a person key ("george h w bush" -> "hw")."""
    words = key.split()
    return "".join(w[0] for w in words[1:-1]) if len(words) > 2 else ""


def short_person_key(key: str) -> str:
    """First and last name only: the key "George Bush" and "George W. Bush" share."""
    words = key.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else key


# Legal-form words that do not tell two organisations apart.
ORG_SUFFIXES = {"corporation", "corp", "company", "co", "inc", "incorporated", "ltd", "limited",
                "llc", "plc", "spa", "ag", "sa", "nv", "bv", "gmbh", "group", "holdings"}  # fmt: skip
# Words that open many different organisations' names ("Bank of ...", "National ...").
GENERIC_HEADS = {"bank", "national", "united", "new", "american", "european", "federal", "state",
                 "international", "world", "general", "royal", "central", "first", "north",
                 "south", "east", "west", "great", "british", "us", "u.s", "university",
                 "department", "ministry", "office", "council", "committee", "party", "house",
                 "supreme", "high", "democratic", "republican", "labour", "liberal", "social",
                 "people's", "islamic", "church", "city", "air", "army"}  # fmt: skip


def org_key(name: str) -> str:
    """An organisation's comparison key: folded, leading article and legal form dropped
    ("The Ford Motor Company" -> "ford motor")."""
    folded = fold(name)
    for article in ("the ", "a ", "an "):
        if folded.startswith(article):
            folded = folded[len(article) :]
            break
    words = folded.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


def without_legal_form(name: str) -> str:
    """ "General Motors Corporation" -> "General Motors" (surface form kept)."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


# Words after a company's name that say its trade, not another body: "Ford Motor",
# "Apple Computer", "Toyota Motors". "Apple Corps", "Apple TV", "Boeing Commercial Airplanes"
# are other things that share a first word.
TRADE_WORDS = {"motor", "motors", "computer", "computers", "airlines", "airline", "airways",
               "aviation", "aerospace", "energy", "oil", "petroleum", "pharmaceuticals",
               "pharmaceutical", "pharma", "electronics", "electric", "telecom",
               "telecommunications", "communications", "technologies", "technology",
               "industries", "industrie", "entertainment", "foods", "steel", "chemicals",
               "chemical", "financial", "insurance", "software", "semiconductor", "mining",
               "resources", "automotive", "cars", "airplane", "airplanes", "air", "lines",
               "systems", "department", "marine", "shipping", "line", "logistics", "power",
               "railway", "railways", "expeditions", "travel", "tours", "media",
               "capital", "partners", "labs", "games", "studios", "networks", "services",
               "solutions", "brands"}  # fmt: skip


def org_lead(key: str) -> str:
    """The distinctive first word of an organisation key whose other words name its trade
    ("ford motor" -> "ford"), or "" when the first word is generic, the key one word, or
    the rest names something else ("apple corps", "boeing commercial airplanes")."""
    words = key.split()
    if len(words) < 2 or words[0] in GENERIC_HEADS or len(words[0]) < 3:
        return ""
    if len(words) > 3 or not all(w in TRADE_WORDS for w in words[1:]):
        return ""
    return words[0]


def acronym(name: str) -> str:
    """Initials of the capitalised content words: "United Nations" -> "un"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if any(_abbreviation(w) for w in words):
        return ""  # "U.S. Navy" is not "UN"; analysis.variants.acronyms spells such out
    letters = [w[0] for w in words if w[0].isupper() and w.lower() not in _ORG_STOP]
    return "".join(letters).lower() if len(letters) >= 2 else ""


def _abbreviation(word: str) -> bool:
    """ "U.S.", "US", "UK": a word that is an acronym itself."""
    bare = word.replace(".", "")
    return 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper()


def is_acronym(name: str) -> bool:
    """True for "UN", "U.N.", "NATO": all capitals, 2-6 letters."""
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronym_key(name: str) -> str:
    return name.replace(".", "").replace("&", "").lower()
