"""Definite descriptions of organisations: "the networking company", "the bank", "the party".

A reader takes "Cisco Systems ... the networking company said" as one company. A
description joins an organisation only when one is clear: the name it stands in apposition
to ("Kpler, the data firm"), else the one organisation named in the sentence before it or
earlier in its own sentence (for a description with modifiers, the only one named so far),
when nothing else (a company the model took for a place, a
product) is named there too; a news agency named as the reporter does not count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.common import introduced_unnamed
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.phoenix import actor_codes

ORG_HEADS = frozenset(
    "company firm group carrier airline bank lender insurer maker manufacturer retailer "
    "broadcaster network automaker carmaker producer operator conglomerate giant startup "
    "agency organisation organization party alliance bloc union ministry department "
    "court body regulator watchdog militia".split()
)
# Head words of organisations' names that a later "the <word>" stands for: "the Stockholm
# International Peace Research Institute ... the institute".
NAME_HEADS = ORG_HEADS | frozenset(
    "institute commission council committee university college foundation fund board "
    "authority bureau office association federation society corporation tribunal centre "
    "center assembly parliament congress senate service administration".split()
)
# Descriptions of one kind of body, which only a name with one of these words can be: "the
# court" after "the Senate" is some court, not the Senate.
KIND_WORDS = {
    "court": frozenset(["court", "tribunal", "justice"]),
    "ministry": frozenset(["ministry", "department"]),
    "department": frozenset(["department", "ministry"]),
}
# Descriptions of a business, and the last words of public bodies they never stand for.
BUSINESS_HEADS = frozenset(
    "company firm carrier airline bank lender insurer maker manufacturer retailer "
    "automaker carmaker producer operator conglomerate giant startup".split()
)
PUBLIC_BODY_WORDS = frozenset(
    "commission ministry department agency council court parliament senate congress "
    "authority bureau office administration service tribunal assembly committee guard "
    "police army navy force forces military".split()
)
# Last words of names "the party" never stands for: "the House", "the Senate", "the Council".
NOT_PARTIES = (NAME_HEADS - {"party"}) | {"house"}
# Named things a description could also mean: with two of them in view, it is not clear.
RIVALS = frozenset(["ORG", "GPE", "FAC", "PRODUCT", "LOC"])


def description_mentions(doc: Doc, clusters: list[Cluster]) -> list[tuple[Mention, Cluster]]:
    """Each "the (modifiers) <organisation noun>" with the organisation it refers to."""
    if not any(c.label == "ORG" for c in clusters):
        return []
    owner: dict[int, Cluster] = {}
    for cluster in clusters:
        if cluster.label not in RIVALS or cluster.key.startswith("country:"):
            continue
        if "MED" in actor_codes(doc[cluster.named()[0].start : cluster.named()[0].end].text):
            continue  # "Reuters reported ...": the news agency is not what the story is about
        for mention in cluster.named():
            for i in range(mention.start, mention.end):
                owner[i] = cluster
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    named_by_head = _named_by_head(doc, clusters)
    found = []
    for token in doc:
        if token.lemma_ not in NAME_HEADS or token.tag_ != "NN" or token.i in taken:
            continue
        start = _description_start(token)
        if start is None or token._.furniture:
            continue
        if introduced_unnamed(token, lambda t: t.i in taken):
            continue  # "a group calling itself ... the group": not the last one named
        cluster = owner.get(token.head.i) if token.dep_ == "appos" else None
        if cluster is None:  # "The regulator, Ofcom, says": the name stands in apposition
            named = [owner[c.i] for c in token.children if c.dep_ == "appos" and c.i in owner]
            cluster = named[0] if named else None
        if cluster is None:
            cluster = _named_so(token, named_by_head)  # "the institute": the one "... Institute"
        if cluster is None and token.lemma_ not in ORG_HEADS:
            continue
        if cluster is None and start + 1 < token.i:
            cluster = _only_one_so_far(token.i, owner)  # "the networking company"
        elif cluster is None:
            cluster = _clear_antecedent(doc, token, owner)  # "the company"
        if cluster is not None and cluster.label == "ORG" and _of_its_kind(doc, token, cluster):
            found.append((Mention(start, token.i + 1, "ORG", nominal=True), cluster))
    return found


def a_business_never(description: str, last_word: str) -> bool:
    """ "the company" never stands for a name ending in a public body's word ("... Coast
    Guard", "... Commission")."""
    return description.lower() in BUSINESS_HEADS and last_word.lower() in PUBLIC_BODY_WORDS


def _of_its_kind(doc: Doc, head: Token, cluster: Cluster) -> bool:
    """ "the court" is only a name with a court's word in it, "the party" no house, council
    or agency; "the company" any company, but no public body ("The U.S. Securities and
    Exchange Commission fined the firm": the firm is another), and nothing is the object of
    what it does itself."""
    if _done_to_by(head, cluster):
        return False
    if head.lemma_ == "party":  # "the party" is no house of a parliament named before it
        return not any(doc[m.end - 1].lower_ in NOT_PARTIES for m in cluster.named())
    if head.lemma_ in BUSINESS_HEADS:
        return not any(a_business_never(head.lemma_, doc[m.end - 1].text) for m in cluster.named())
    words = KIND_WORDS.get(head.lemma_)
    if words is None:
        return True
    return any(word.lower_ in words for m in cluster.named() for word in doc[m.start : m.end])


def _done_to_by(head: Token, cluster: Cluster) -> bool:
    """ "The SEC fined the firm": the description is the object of a verb the organisation is
    the subject of."""
    verb = head.head
    if head.dep_ not in ("dobj", "pobj") or verb.i == head.i:
        return False
    if head.dep_ == "pobj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    named = {i for m in cluster.named() for i in range(m.start, m.end)}
    return any(t.i in named for s in subjects for t in s.subtree)


def _named_by_head(doc: Doc, clusters: list[Cluster]) -> dict[str, list[tuple[int, Cluster]]]:
    """Organisations by the head word of their names ("Institute" in "Oslo Institute for
    Coastal Research"), with where each name appears."""
    found: dict[str, list[tuple[int, Cluster]]] = {}
    for cluster in clusters:
        if cluster.label != "ORG":
            continue
        for mention in cluster.named():
            word = doc[mention.start : mention.end].root.lower_
            if word in NAME_HEADS:
                found.setdefault(word, []).append((mention.start, cluster))
    return found


def _named_so(head: Token, named_by_head: dict[str, list[tuple[int, Cluster]]]) -> Cluster | None:
    """The one organisation named before with this word last in its name, if only one is."""
    earlier = {id(c): c for start, c in named_by_head.get(head.lower_, []) if start < head.i}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def _description_start(head: Token) -> int | None:
    """Where "the ... <head>" begins, if the head has "the" and only lower-case modifiers
    before it and nothing after it that makes it another thing ("the company's
    shareholders", "the bank of England")."""
    left = list(head.lefts)
    if not left or left[0].lower_ != "the" or left[0].dep_ != "det":
        return None
    if any(not t.is_lower or t.dep_ in ("poss", "nummod") for t in left[1:]):
        return None
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and (
        nxt.tag_ == "POS" or nxt.lower_ in ("of", "that", "which", "who") or nxt.pos_ == "PROPN"
    ):  # "the online marketing firm Aquantive" introduces another name
        return None
    return left[0].i


def _only_one_so_far(at: int, owner: dict[int, Cluster]) -> Cluster | None:
    """A description with modifiers ("the sports broadcaster") may describe something the
    model did not name; it joins an organisation only when the article has named no other."""
    seen = {id(owner[i]): owner[i] for i in owner if i < at}
    return next(iter(seen.values())) if len(seen) == 1 else None


def _clear_antecedent(doc: Doc, head: Token, owner: dict[int, Cluster]) -> Cluster | None:
    sent = head.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    seen = {id(owner[i]): owner[i] for i in range(start, head.i) if i in owner}
    return next(iter(seen.values())) if len(seen) == 1 else None
