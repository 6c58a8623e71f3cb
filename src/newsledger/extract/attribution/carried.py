"""Speech carried by a message or by whoever quotes it, as wire copy writes it.

"The company issued a statement saying it would appeal", "Ri was quoted as saying ...",
"The minister was quoted by state media as saying ...": the participle of saying reports
what the issuer or the quoted person says. The parser
gives two candidates for each, the verb of issuing or quoting (whose object or clause holds
the participle) and the participle itself (whose subject it cannot see, or takes to be the
statement); a reader sees one attribution, with the whole stretch as its cue. The form is
sure enough to keep without the verifier, as "according to" is.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.lexicon import MESSAGE_NOUNS

# Verbs that put a message out: "issued a statement", "released a letter", "posted a video",
# "aired a statement", "read out a statement".
ISSUING_VERBS = frozenset(
    "issue release publish post send put circulate distribute draft sign make write pen "
    "blast fire air broadcast televise read deliver tweet".split()
)
# Messages that say what their participle says ("a statement saying", "a letter warning").
CARRYING_MESSAGES = MESSAGE_NOUNS | frozenset(
    "communique communiqué declaration report advisory notice message video".split()
)
# Verbs by which an outlet carries someone's words: "was quoted as saying", "cited X as".
QUOTING_VERBS = frozenset({"quote", "cite", "report"})
MAX_CARRIED_CUE = 10  # tokens: "was quoted by the official news agency as saying"


def issuing_verb(participle: Token) -> Token | None:
    """The verb of "issued a statement saying" for its participle, or None. The parser may
    hang the participle on the message's addressee ("sent a letter to lawmakers saying"):
    the letter says it, not the lawmakers."""
    message = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or message.i > participle.i:
        return None
    if message.dep_ == "pobj" and message.head.lower_ == "to":
        holder = message.head.head  # the letter, or the verb that sent it
        objects = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ == "VERB" else []
        message = objects[0] if objects else holder
    if message.lemma_.lower() not in CARRYING_MESSAGES or message.dep_ != "dobj":
        return None
    verb = message.head
    return verb if verb.lemma_.lower() in ISSUING_VERBS else None


def quoting_verb(participle: Token) -> Token | None:
    """The verb of "was quoted as saying", "quoted him as saying", "was quoted saying" and
    "was quoted to say"."""
    prep = participle.head
    if participle.dep_ == "xcomp" and participle.tag_ in ("VBG", "VB"):
        verb = prep  # "was also quoted saying, ...", "was quoted to say: ...": no "as"
        return verb if verb.lemma_.lower() in QUOTING_VERBS and verb.i < participle.i else None
    if participle.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in QUOTING_VERBS and verb.i < participle.i else None


def carrier(participle: Token) -> Token | None:
    """The verb of issuing or quoting that carries the participle of saying, or None."""
    return issuing_verb(participle) or quoting_verb(participle)


def carried_cue(participle: Token, cue: list[int], source: list[int]) -> list[int] | None:
    """The cue from the verb of issuing or quoting (with its auxiliaries) to the participle,
    when the participle is carried that way; None otherwise, and when the speaker stands
    between: "AFP quoted him as saying C" keeps the outlet's quoting beside his saying
    (`nesting`), as PolNeAR marks it."""
    verb = carrier(participle)
    if verb is None:
        return None
    low = min(
        [verb.i]
        + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    )
    high = max(cue)
    if high - low + 1 > MAX_CARRIED_CUE or any(low <= i <= high for i in source):
        return None
    return list(range(low, high + 1))
