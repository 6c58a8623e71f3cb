"""One body named with and without its country, or with its words turned round.

News names a national body in several ways in one report: "the U.S. Coast Guard", "the
United States Coast Guard" and "the Coast Guard"; "the Defense Department" and "the
Department of Defense". Each way was its own entity, and a third form ("the NPS", "the Park
Service") then fitted two long forms and was linked to neither. Forms whose body is the same
once the leading country is dropped and "Department of X" is read as "X Department" are
one entity; the form without a country joins them only when the article gives one country
for that body (the "Foreign Ministry" of an article on two countries' ministries stays apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from newsledger.extract.entities.acronyms import bare
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.gazetteer import country_code

# Types the small model gives one body's name in different sentences (a place's name is left
# alone: the "Virgin Islands" are not the "U.S. Virgin Islands").
BODY_TYPES = frozenset(["ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"])
# "Department of Defense" is the "Defense Department"; "Ministry of Finance", "Finance Ministry".
_OF_FORM = re.compile(r"^(Department|Ministry) of (?:the )?(.+)$")


def body_form(form: str) -> tuple[str | None, str]:
    """The country a form leads with (ISO code) and the body's name without it, with "X of Y"
    turned to "Y X": "U.S. Department of the Treasury" -> ("USA", "treasury department")."""
    words = bare(form).split()
    country = None
    for size in (3, 2, 1):  # "United States Coast Guard", "U.S. Coast Guard"
        if len(words) > size + 1:
            code = country_code(" ".join(words[:size]))
            if code:
                country, words = code, words[size:]
                break
    rest = " ".join(words)
    turned = _OF_FORM.match(rest)
    if turned:
        rest = f"{turned.group(2)} {turned.group(1)}"
    return country, rest.lower()


def join_country_variants(
    doc: Doc, clusters: list[Cluster], link: Callable[[Cluster, Cluster], None]
) -> None:
    """Link the clusters whose forms name one body (see the module's docstring); `link(long,
    short)` joins two."""
    by_body: dict[str, list[tuple[str | None, Cluster]]] = {}
    for cluster in clusters:
        if cluster.label not in BODY_TYPES:
            continue
        read = {
            body_form(" ".join(bare(doc[m.start : m.end].text).split())) for m in cluster.named()
        }
        if len(read) != 1:
            continue
        country, body = next(iter(read))
        if len(body.split()) >= 2:  # "the Government", "the Army": too common to join
            by_body.setdefault(body, []).append((country, cluster))
    for found in by_body.values():
        if len(found) < 2 or len({c for c, _ in found if c}) > 1:
            continue
        found.sort(key=lambda pair: (pair[0] is None, pair[1].first()))  # a country's form first
        for _, other in found[1:]:
            link(found[0][1], other)
