"""Role nouns as mentions of the person the article titles so: "the president", "Ukraine's
president", "the president of Ukraine" -> the one person the article calls president (of
Ukraine), named within a few sentences where two hold the role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.common import word_before
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.gazetteer import country_code, demonym_country
from newsledger.extract.entities.mention import Mention

ROLE_NOUNS = frozenset(
    [
        "president",
        "president-elect",
        "senator",
        "representative",
        "governor",
        "secretary",
        "minister",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "judge",
        "speaker",
        "ambassador",
        "mayor",
        "general",
        "chairman",
        "chairwoman",
        "premier",
        "leader",
        "prime minister",
    ]
)
# Roles one person holds for life, written "the Queen" in place of a name.
SOVEREIGNS = frozenset(["queen", "king", "pope"])
ROLE_ABBREVIATIONS = {"PM": "prime minister"}  # "the PM", "Britain's PM"
ROLE_REACH_SENTENCES = 3  # a role two people hold means the one named in these sentences


def qualifier_after(doc: Doc, end: int) -> str | None:
    """ "President X of Ukraine" -> "UKR"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        stop = end + 1
        while stop < len(doc) and stop < end + 4 and doc[stop].text[:1].isupper():
            stop += 1
        if stop > end + 1:
            return country_code(doc[end + 1 : stop].text)
    return None


def add_role_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """ "the president", "Ukraine's president", "the president of Ukraine" -> the person
    the article itself titles that way; "the Queen", "the Pope" (capitalised) named by no one
    else in the article are a person of their own."""
    people = [c for c in clusters if c.label == "PERSON" and c.titles]
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for token in doc:
        capital = _capitalised_role(doc, token)
        role = ROLE_ABBREVIATIONS.get(token.text) or (
            token.lower_ if token.is_lower or capital else ""
        )
        if role not in ROLE_NOUNS or token.i in taken or token._.furniture:
            continue
        start = token.i
        qualifier = None
        prev = word_before(doc, start)
        if prev is not None and prev.lower_ == "the":
            start -= 1
        elif prev is not None and prev.tag_ == "POS" and start >= 2:
            qualifier = country_code(doc[start - 2].text)
            start -= 2
        elif prev is not None and prev.ent_type_ == "NORP":
            qualifier = demonym_country(prev.text)
            start -= 2 if start >= 2 and doc[start - 2].lower_ == "the" else 1
        else:
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].text in ("-", "-elect"):
            continue
        if qualifier is None:
            qualifier = qualifier_after(doc, end)
            if qualifier:
                end += 2
        cluster = _role_holder(doc, people, role, qualifier, token.i) if people else None
        if cluster is not None:
            cluster.add_nominal(Mention(start, end, "PERSON", nominal=True), "role")
        elif capital and role in SOVEREIGNS and start < token.i:
            sovereign = Cluster(f"person:the {role}", "PERSON", titles={role})
            sovereign.mentions.append(Mention(start, end, "PERSON"))
            sovereign.labels["PERSON"] += 1
            clusters.append(sovereign)  # "The Queen opened parliament": no name, one person
            people.append(sovereign)


def _capitalised_role(doc: Doc, token: Token) -> bool:
    """ "the Queen", "the President" written as a name, after "the" and before no other
    capitalised word ("the King Center" is a building's name)."""
    if not token.is_title or token.i == 0 or doc[token.i - 1].lower_ != "the":
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()


def _role_holder(
    doc: Doc, people: list[Cluster], role: str, qualifier: str | None, at: int
) -> Cluster | None:
    """The one person titled so; of several ("President George Washington", "President
    Donald Trump"), the one named last, if the role is at most ROLE_REACH_SENTENCES
    sentences on from that mention (counting both)."""

    def has_role(c: Cluster) -> bool:
        return any(t == role or t.endswith(" " + role) for t in c.titles)

    holders = [c for c in people if has_role(c)]
    if qualifier:
        holders = [c for c in holders if qualifier in c.qualifiers]
    else:
        holders = [c for c in holders if not c.qualifiers] or holders
    if len(holders) == 1:
        return holders[0]
    if not holders:
        return None
    preceding = [
        (max((m.start for m in c.mentions if m.start < at), default=-1), c) for c in holders
    ]
    preceding.sort(key=lambda p: p[0])
    last, holder = preceding[-1]
    if last < 0:
        return None
    sentences = 1 + sum(1 for i in range(last + 1, at) if doc[i].is_sent_start)
    return holder if sentences <= ROLE_REACH_SENTENCES else None
