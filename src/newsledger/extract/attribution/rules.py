"""From a cue word to its attribution: cue span, source phrase and content over the parse.

One draft per cue candidate. The rules follow how news English attributes:

- "X said (that) C" / "X warned that C": the subject is the source, the clausal
  complement (``ccomp``) the content; "X wants to C" takes the infinitive (``xcomp``);
  "X praised C" the object; "X called for C" the prepositional object (the preposition
  joins the cue, as annotators do).
- "C, officials said." / "C, they said, is ...": the cue is the root over the content
  clause, or a ``parataxis`` inside it; the content is the clause around the cue.
- "..., saying C" / "praised the move but said C": a participle, conjunct or infinitive
  without a subject borrows the subject of the verb it hangs from.
- "according to X, C": X is the source, the clause it modifies the content.
- "C is expected": a passive cue with no agent has no source; the passive subject and its
  infinitive are the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsledger.extract.attribution.fronted_clauses import (
    cause_before,
    opens_a_quotation,
    passive_with_agent,
    quotation_before,
    relative_after_comma,
    stray_after_infinitive,
)
from newsledger.extract.attribution.lexicon import (
    ADDRESSEE_VERBS,
    CUE_THRESHOLD,
    colon_after,
    cue_score,
    for_clause,
)
from newsledger.extract.attribution.light_verbs import LIGHT, light_verb_content, made_clear_content
from newsledger.extract.attribution.loose_contents import (
    as_clause,
    clause_behind_a_phrase,
    content_before_comma,
    contrasted_before,
    stray_that_clause,
)
from newsledger.extract.attribution.quotes import DOUBLE_MARKS
from newsledger.extract.attribution.source_extent import (
    more_agents,
    name_after_quotation,
    source_tokens,
    with_joined_subject,
)
from newsledger.extract.attribution.speakers import (
    answered_participle,
    conjoined_with_outer,
    find_subject,
    inverted_speaker,
    is_addressee,
    name_before,
    parenthetical_speaker,
)
from newsledger.extract.common import subtree_ids

CUE_MODIFIER_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
QUOTE_CHARS = frozenset("“”\"„«»'`")


@dataclass(slots=True)
class Draft:
    """A candidate attribution, in token indices (converted to spans later)."""

    cue: list[int]
    lemma: str
    source: list[int] = field(default_factory=list)
    content: set[int] = field(default_factory=set)
    score: float = 0.0
    direct: bool = False
    quote_pieces: list[tuple[int, int]] = field(default_factory=list)
    act: bool = False  # reports a deed, not a claim: kept only if a quotation joins it
    anonymous: bool = False  # the speaker asked not to be named (``attribution_anonymity``)
    # the verb of issuing or quoting that carries it: "issued a statement saying", "was
    # quoted as saying" (``carried``); None for the rest
    carrier: int | None = None

    @property
    def head(self) -> int:
        return self.cue[0]


def cue_tokens(token: Token, extra: list[Token] | None = None) -> list[int]:
    """The cue head with its auxiliaries, negation and particle ("has not said")."""
    ids = {token.i}
    for child in token.children:
        if child.dep_ in CUE_MODIFIER_DEPS and abs(child.i - token.i) <= 3:
            ids.add(child.i)
        elif child.dep_ == "advmod" and child.i == token.i - 1 and child.pos_ == "ADV":
            ids.add(child.i)  # "also said", "repeatedly warned"
    for t in extra or []:
        ids.add(t.i)
    low, high = min(ids), max(ids)
    doc = token.doc
    if high + 1 < len(doc) and doc[high + 1].text == ":":
        high += 1  # "said:" introducing a quotation
    return list(range(low, high + 1))


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


# Verbs whose "to" or "with" names the one spoken to: "talking to a reporter".
TALKING_TO = frozenset(
    {"talk", "speak", "chat", "write", "explain", "complain", "reply", "argue", "quarrel"}
)
# Prepositions that say where or when ("explained from a podium"), not what was said.
WHERE_WHEN_PREPS = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "from",
        "outside",
        "inside",
        "near",
        "following",
        "amid",
        "since",
        "until",
        "throughout",
        "within",
        "ahead",
    }
)


# Nouns for what is said that a colon can follow: "issued a statement: C".
STATEMENT_NOUNS = frozenset(
    "statement response reply message comment comments remarks note tweet post answer "
    "explanation warning announcement".split()
)
# Verbs that say what something is through an "as" phrase: "described the plan as reckless".
AS_PREDICATE_VERBS = frozenset(
    "describe characterize characterise portray depict label brand dub term call see view "
    "regard paint cast".split()
)


def _what_it_is_called(token: Token, obj: Token) -> set[int]:
    """ "calling it a smear campaign", "described the plan as reckless": the object and what
    it is called are said together (PolNeAR marks "it a smear campaign")."""
    ids: set[int] = set()
    for child in token.children:
        if child.i < obj.i:
            continue
        if child.dep_ == "oprd" or (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and token.lemma_.lower() in AS_PREDICATE_VERBS
        ):
            ids |= subtree_ids(child)
    return ids


def _colon_after_statement(obj: Token) -> Token | None:
    """The colon after a statement noun and its modifiers ("the following response to email
    inquiries:"), which introduces what the statement says."""
    if obj.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    inside = subtree_ids(obj)
    for i in range(obj.i + 1, min(obj.right_edge.i + 2, len(obj.doc))):
        if obj.doc[i].text == ":":
            return obj.doc[i]
        if i not in inside or obj.doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def content_for_verb(token: Token) -> tuple[set[int], list[Token]]:
    """(content token ids, extra cue tokens) for a verb or adjective cue."""
    made_clear = made_clear_content(token)
    if made_clear is not None:
        return made_clear
    clauses = [
        c
        for c in _children(token, ("ccomp",))
        if not relative_after_comma(token, c)
        and not stray_after_infinitive(token, c)
        and not cause_before(token, c)
    ]
    quoted = [c for c in clauses if c.i < token.i and opens_a_quotation(c)]
    if quoted:  # "He refused to name a date, "The timetable is mine," Blair insisted": the quote
        clauses = [c for c in clauses if c.i > token.i or c.i >= quoted[-1].i]
    if clauses:
        ids: set[int] = set()
        for clause in clauses:
            ids |= subtree_ids(clause)
            for verb in clause.children:  # "denied that C and said D": D is not denied
                if conjoined_with_outer(verb) is not None:  # its outer word is `token`
                    ids -= subtree_ids(verb) | {c.i for c in clause.children if c.dep_ == "cc"}
        opening = quotation_before(token)
        if opening is not None and ids and max(ids) < token.i:
            ids = {i for i in ids if i >= opening}  # "He refused X, "C," Blair insisted": C
        return ids, []
    clause = for_clause(token)
    if clause is not None:  # "called for the U.S. to act": "for" joins the cue
        return subtree_ids(clause) - {token.i + 1}, [token.doc[token.i + 1]]
    if token.dep_ == "parataxis" and token.head.i != token.i:
        around = subtree_ids(token.head) - subtree_ids(token)
        for sibling in token.head.children:
            if sibling.dep_ in ("advcl", "mark", "cc") and sibling.i < token.i:
                around -= subtree_ids(sibling)  # "While X, one goal, they said, is ..."
        return around, []
    if as_clause(token):  # "As the Times noted, C": the clause it modifies is the content
        contrasted = contrasted_before(token)
        if contrasted is not None:
            return contrasted, []
        return subtree_ids(token.head) - subtree_ids(token), []
    xcomps = _children(token, ("xcomp",))
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if xcomps:
        ids = subtree_ids(xcomps[0])
        if passive:
            for child in token.children:
                if child.dep_ == "nsubjpass":
                    ids |= subtree_ids(child)
        return ids, []
    objects = _children(token, ("dobj",))
    colon = _colon_after_statement(objects[0]) if objects else None
    if colon is not None:  # "released the following statement: C": C is what was said
        return after_colon(colon), list(token.doc[objects[0].left_edge.i : colon.i])
    light = light_verb_content(token, objects) if LIGHT else None
    if light is not None:
        return light
    if objects and not (token.lemma_.lower() in ADDRESSEE_VERBS and is_addressee(objects[0])):
        return _answered(objects[0]) | _what_it_is_called(token, objects[0]) | _what_for(token), []
    colon = colon_after(token)
    if colon is not None:
        return after_colon(colon), []
    done_to = passive_with_agent(token)
    if done_to is not None:  # "Her victory was announced by the commission": what it announced
        # what the parser hung on the subject past the agent is more agents ("criticised by
        # unions, employers' federations, and industry groups"): `more_agents` takes it
        before = {i for i in subtree_ids(done_to) if i < token.i}
        return before | _charged_with(token), []
    for prep in _children(token, ("prep",)):
        adverbial = prep.lower_ in WHERE_WHEN_PREPS
        adverbial |= prep.lower_ == "of" and token.lemma_ == "say"  # "said of X": about X
        adverbial |= prep.lower_ == "by"  # "quoted as saying by The Times": who carried it
        called_on = prep.lower_ == "on" and token.lemma_ == "call"
        if prep.i < token.i or (adverbial and not called_on):
            continue
        if prep.lower_ in ("to", "with") and token.lemma_.lower() in TALKING_TO:
            continue  # "talking to David Kirkpatrick": whom, not what
        objects = _children(prep, ("pobj", "pcomp"))
        if objects and objects[0].ent_type_ in ("DATE", "TIME"):
            continue  # "argued with them for an hour": how long, not what
        if objects:
            return _answered(objects[0]), [prep]
    return (
        stray_that_clause(token) or content_before_comma(token) or clause_behind_a_phrase(token)
    ), []


def _what_for(token: Token) -> set[int]:
    """ "accusing the county of caving", "blamed the union for the delay": the charge the
    parser hung on the verb belongs with the object."""
    if token.lemma_.lower() not in CHARGING:
        return set()
    ids: set[int] = set()
    for prep in _children(token, ("prep",)):
        if prep.lower_ in ("of", "for") and prep.i > token.i:
            ids |= subtree_ids(prep)
    return ids


CHARGING = frozenset(
    "accuse charge suspect blame criticize criticise praise thank condemn fault commend".split()
)


def _charged_with(token: Token) -> set[int]:
    """ "of employing fighters" that the parser hung on the agent of "was accused by X"."""
    ids: set[int] = set()
    for agent in _children(token, ("agent",)):
        for accuser in _children(agent, ("pobj",)):
            for prep in _children(accuser, ("prep",)):
                if prep.lower_ == "of" and any(c.tag_ == "VBG" for c in prep.children):
                    ids |= subtree_ids(prep)
    return ids


def _answered(obj: Token) -> set[int]:
    """The object's words, less a participle its answerer speaks ("spoke out against Livni's
    statements saying, '...'": what was spoken against is the statements)."""
    participle = answered_participle(obj)
    ids = subtree_ids(obj)
    return ids - subtree_ids(participle) if participle is not None else ids


def after_colon(colon: Token) -> set[int]:
    """What a colon introduces: the rest of its paragraph, or the next paragraph if none. A
    quotation it opens ends there when a new sentence follows its closing mark ("she
    shouted: "Down with X!" According to Y, ..." gives only the shout)."""
    doc = colon.doc
    ids: set[int] = set()
    i = colon.i + 1
    crossed = False
    quoted = False
    while i < len(doc):
        token = doc[i]
        if "\n" in token.text or "\n" in doc[i - 1].whitespace_:
            if ids or crossed:
                break
            crossed = True
        if not token.is_space:
            if not ids:
                quoted = token.text in DOUBLE_MARKS
            elif quoted and token.text in DOUBLE_MARKS:
                ids.add(i)
                after = next((t for t in doc[i + 1 :] if not t.is_space), None)
                if after is not None and after.is_sent_start:
                    break
                quoted = False
            ids.add(i)
        i += 1
        if ids and "\n" in token.whitespace_:
            break
    return ids


# Surveys whose findings a sentence reports: "71 percent back the plan in a new CNN poll".
SURVEY_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
FINDING_WORDS = frozenset({"percent", "%", "point", "points", "lead", "majority", "plurality"})


def in_document(token: Token) -> Draft | None:
    """ "Trump leads with 45 percent in a new Fox News poll": the poll is the source.

    News reports poll findings with "in": the poll is the source, "in" the cue and the
    clause the phrase hangs from the finding. Held to what a finding looks like: the
    phrase modifies a verb (not a noun: "a lead in the poll" is read with its verb), the
    poll is a particular one ("a new CNN poll", "the latest survey", not "in polls"), the
    clause carries a number or a share, and no word of saying governs it ("said in a
    survey" is that verb's cue). "run a candidate in the presidential poll" (an election)
    has no share and stays out.
    """
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ not in SURVEY_NOUNS:
        return None
    if not any(c.dep_ in ("det", "poss", "compound", "amod") for c in objects[0].children):
        return None
    host = token.head
    if cue_score(host) >= CUE_THRESHOLD:
        return None
    phrase = subtree_ids(token)
    content = {i for i in subtree_ids(host) - phrase if not token.doc[i].is_space}
    words = {token.doc[i].lower_ for i in content}
    if len(content) < 3 or not (
        words & FINDING_WORDS or any(token.doc[i].pos_ == "NUM" for i in content)
    ):
        return None
    return Draft([token.i], "in", sorted(subtree_ids(objects[0])), content, 0.5)


def noun_draft(token: Token, score: float) -> Draft | None:
    """A nominal cue: "Mr. Obama's decision not to ...", "criticism of ..."."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    content: set[int] = set()
    for child in token.children:
        if child.dep_ in ("acl", "ccomp", "xcomp") and child.i > token.i:
            content = subtree_ids(child)
            break
    extra: list[Token] = []
    if not content:
        for prep in _children(token, ("prep",)):
            if prep.i > token.i:
                objects = _children(prep, ("pobj", "pcomp"))
                if objects:
                    content = subtree_ids(objects[0])
                    extra = [prep]
                    break
    if not owners or not content:
        return None
    cue = [token.i] + [t.i for t in extra]
    return Draft(
        list(range(min(cue), max(cue) + 1)),
        token.lemma_.lower(),
        sorted(subtree_ids(owners[0])),
        content,
        score,
    )


def verb_draft(token: Token, score: float) -> Draft:
    """A verbal (or predicative adjective) cue with its source and content from the parse."""
    content, extra = content_for_verb(token)
    anchor = token
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        anchor = token.head  # "officials are concerned that ...": the subject hangs off "are"
        extra = [*extra, anchor]
    cue = cue_tokens(token, extra)
    if anchor is not token:
        cue = sorted(set(cue) | set(cue_tokens(anchor)))
        cue = list(range(cue[0], cue[-1] + 1))
    parenthetical = parenthetical_speaker(token)
    if parenthetical is not None:  # "The deal, said Doyle, would be clear": the deal is said
        content |= {i for c in token.children if c.dep_ == "nsubj" for i in subtree_ids(c)}
    subject = parenthetical or find_subject(anchor)
    inverted = subject is None and (subject := inverted_speaker(token)) is not None
    if inverted or parenthetical or (subject is not None and subject.dep_ == "ccomp"):
        content -= subtree_ids(subject)  # "said X", "an official surnamed Cao ... said"
    if subject is not None and subject.head.dep_ == "agent" and subject.i in cue:
        cue = [i for i in cue if i < subject.head.i]  # "is seen by Canadians as": who sees
    elif subject is not None and subject.i in cue and subject.i < token.i:
        cue = [i for i in cue if i > subject.i]  # '"C," Petrucelly said': read as an adverb
    exclude = set(cue) | content
    source = source_tokens(subject, exclude) if subject is not None else []
    if inverted and subject.head.i != token.i:  # "said KCR at the meet": the name alone
        source = [t.i for t in subject.lefts if t.dep_ in ("compound", "flat")] + [subject.i]
    if subject is not None:
        source = name_before(subject, source)
        source = name_after_quotation(token.doc, source, content)
        source = with_joined_subject(subject, source, exclude)
        source = more_agents(subject, source)
    content -= set(cue) | set(source)
    cue = widen_cue(token, cue, content, set(source))
    cue = reach_governor(token, cue, content, set(source))
    return Draft(cue, token.lemma_.lower(), source, content, score)


GOVERNOR_DEPS = frozenset({"xcomp", "advcl"})
MAX_GOVERNOR_GAP = 6
REACH_GOVERNOR = True


def reach_governor(token: Token, cue: list[int], content: set[int], source: set[int]) -> list[int]:
    """An infinitive cue takes the verb it completes, as annotators mark it.

    "goes on to say", "took to Twitter to say", "is expected to endorse", "were more
    likely to say": the governing verb (with its auxiliaries) and what stands between
    belong to the cue, as long as none of it is the source or the content.
    """
    governor = token.head
    if not REACH_GOVERNOR or token.dep_ not in GOVERNOR_DEPS or governor.i >= cue[0]:
        return cue
    if governor.pos_ not in ("VERB", "AUX", "ADJ") or cue[0] - governor.i > MAX_GOVERNOR_GAP:
        return cue
    if token.dep_ == "advcl" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return cue
    low = governor.i
    for child in governor.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < low and governor.i - child.i <= 3:
            low = child.i
    span = set(range(low, cue[0]))
    if span & (content | source) or any(token.doc[i].is_punct for i in span):
        return cue
    return list(range(low, cue[-1] + 1))


LEFT_CUE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
RIGHT_CUE_DEPS = frozenset({"npadvmod", "prep", "advmod", "prt", "agent"})
MAX_CUE_TOKENS = 8
WIDEN_LEFT = True
WIDEN_RIGHT = True


def widen_cue(token: Token, cue: list[int], content: set[int], source: set[int]) -> list[int]:
    """The cue as annotators mark it: "has also said", "said in a statement Friday".

    Leftwards over the verb's own auxiliaries, negation and adverbs; rightwards over
    its adverbials (time, manner, "in a statement") up to where the content or source
    begins. The cue stays one unbroken stretch.
    """
    doc = token.doc
    taken = content | source
    low, high = cue[0], cue[-1]
    heads = {token.i} | {t.i for t in cue_heads(doc, cue)}
    while WIDEN_LEFT and low - 1 >= 0:
        t = doc[low - 1]
        if t.i in taken or t.head.i not in heads or t.dep_ not in LEFT_CUE_DEPS:
            break
        low -= 1
    for child in sorted(token.children, key=lambda c: c.i) if WIDEN_RIGHT else []:
        if child.i <= high:
            continue
        edge_left, edge_right = child.left_edge.i, child.right_edge.i
        if edge_left != high + 1 or child.dep_ not in RIGHT_CUE_DEPS:
            break
        span = set(range(edge_left, edge_right + 1))
        if span & taken or edge_right - low + 1 > MAX_CUE_TOKENS:
            break
        if any(doc[i].is_punct or doc[i].is_space for i in span):
            break
        high = edge_right
    return list(range(low, high + 1))


def cue_heads(doc: Doc, cue: list[int]) -> list[Token]:
    return [doc[i] for i in cue if doc[i].pos_ in ("VERB", "AUX", "ADJ")]


def trim_ids(doc: Doc, ids: set[int]) -> list[tuple[int, int]]:
    """Contiguous token runs of `ids` as (start, end) token ranges, edge punctuation off.

    Quote marks stay (they belong to a quotation); space tokens never split a run.
    """
    runs: list[tuple[int, int]] = []
    for i in sorted(ids):
        if runs and (runs[-1][1] == i or all(doc[j].is_space for j in range(runs[-1][1], i))):
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    trimmed = []
    for start, end in runs:
        while start < end and _edge_junk(doc[start]):
            start += 1
        while end > start and (
            _edge_junk(doc[end - 1])
            or doc[end - 1].lower_ in DANGLING
            or _cut_off(doc[end - 1], end)
        ):
            end -= 1  # "the toll had jumped and": the conjunction opens what is not said
        if end > start:
            trimmed.append((start, end))
    return trimmed


DANGLING = frozenset({"and", "but", "or"})


def _cut_off(token: Token, end: int) -> bool:
    """A preposition whose object lies past the run ("the most corrupt state by")."""
    return token.pos_ == "ADP" and any(
        c.dep_ in ("pobj", "pcomp") and c.i >= end for c in token.children
    )


def _edge_junk(token: Token) -> bool:
    if token.is_space:
        return True
    return token.is_punct and not (set(token.text) & QUOTE_CHARS)
