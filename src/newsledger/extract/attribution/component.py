"""Attributions: who said what, named or anonymous, direct or indirect.

The component works in three passes over the parsed doc:

1. cues: every word outside a quotation whose lexicon score (``attribution_lexicon``)
   clears the threshold, plus "according to", becomes a draft with its source and
   content read from the dependency parse (``attribution_rules``);
2. quotations (``attribution_quotes``): a quotation inside a draft's content makes it
   direct and widens the content to the whole quotation; a quotation with no content cue
   takes the nearest cue of its sentence; a quotation with no cue in its sentence
   continues the previous direct quotation when a reader would read it so (same or next
   paragraph, nothing attributed in between): one attribution, several content spans;
3. sources (``attribution_sources``): the kind of each source and its entity, pronouns
   resolved against the sources before them.

Deeds are not sourcing: a cue that reports what someone did ("has authorized the use",
"agreed to allow", "to defend Kharkiv"; ``attribution_lexicon.reports_a_deed``) is kept
only when a quotation gives the words, and a modal cue inside another attribution's
content ("warned that Mr. Putin could respond to ...") is a possibility, not a statement.
Nothing comes from furniture lines. A cue inside another attribution's content whose
source is a pronoun for the same speaker ("officials said they feared ...") is folded into
the outer attribution rather than counted twice.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.extract.attribution.according import according_to, quoted_according_to
from newsledger.extract.attribution.anonymity import anonymous_drafts
from newsledger.extract.attribution.carried import carried_cue, carrier
from newsledger.extract.attribution.content_spans import content_spans
from newsledger.extract.attribution.credit_lines import CREDIT, CREDIT_DASHES, credit_draft
from newsledger.extract.attribution.kinds import (
    attribution_kind,
    mostly_quoted,
    naming,
    no_speaker,
    told_to,
)
from newsledger.extract.attribution.learned_spans import refine, sentences_of
from newsledger.extract.attribution.lexicon import (
    CUE_THRESHOLD,
    MODALS,
    OTHER_THRESHOLD,
    cue_score,
    frame_of,
    is_reporting_word,
    reports_a_deed,
)
from newsledger.extract.attribution.nesting import (
    cited_speakers,
    drop_narration_before,
    drop_quoting_shells,
    nest_outlets,
    reported_speakers,
    split_trailing_participles,
)
from newsledger.extract.attribution.quote_owners import (
    attach_quotations,
    piece_tokens,
    speech_tag,
    spoken_quotation,
)
from newsledger.extract.attribution.quotes import Quotation, find_quotations
from newsledger.extract.attribution.reduced_relatives import reduced_relative
from newsledger.extract.attribution.rules import (
    Draft,
    in_document,
    noun_draft,
    verb_draft,
)
from newsledger.extract.attribution.source_words import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)
from newsledger.extract.attribution.sources import (
    People,
    SourceGuess,
    describe_source,
    source_phrase,
)
from newsledger.extract.attribution.speaker_labels import colon_draft
from newsledger.extract.attribution.sure import (
    contrasted_claim,
    headline_speech,
    inverted_speech,
    reported_tally,
    sought_penalty,
    sure_speaker,
    wanted,
)
from newsledger.extract.attribution.tagger import AttributionTagger, TokenTags, shipped_tagger
from newsledger.extract.attribution.verifier import (
    Verifier,
    draft_features,
    shipped_tagged_verifier,
    shipped_verifier,
    tagger_features,
)
from newsledger.extract.common import doc_text, furniture_chars, to_span, touches_furniture
from newsledger.extract.extensions import PARSED, register_extensions
from newsledger.records import Attribution, Cue, Source, Span

NO_SOURCE_MIN = 0.5
DIRECT_SHARE = 0.8
PRONOUN_SOURCES = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"})
DEED_GATE = True  # drop cues that report deeds ("has authorized") unless quoted  # share of content characters inside quotation marks for "direct"


@Language.factory(
    "newsledger_attribution",
    requires=[
        "doc._.nl_entities",
        "doc._.nl_mentions",
        "token._.furniture",
        "doc._.regions",
        "doc.ents",
        *PARSED,
    ],
    assigns=["doc._.nl_attributions"],
)
def make_attribution(nlp: Language, name: str) -> AttributionExtractor:
    register_extensions()
    return AttributionExtractor()


class AttributionExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_attributions = find_attributions(doc)
        return doc


def attribution_from_doc(doc: Doc) -> list[Attribution]:
    """The records this component left on the doc."""
    return list(doc._.nl_attributions or [])


class QuoteIndex:
    """Which characters are inside a quotation, answered by bisection."""

    def __init__(self, quotations: list[Quotation]) -> None:
        self.pieces = sorted(p for q in quotations for p in q.pieces)
        self.starts = [p[0] for p in self.pieces]

    def covers(self, char: int) -> bool:
        return self.piece_at(char) is not None

    def piece_ending_at(self, token: Token) -> tuple[int, int] | None:
        """The quotation piece that ends right before this token (whitespace between)."""
        text = doc_text(token.doc)  # the cached text: `doc.text` joins every token anew
        end = token.idx
        while end > 0 and text[end - 1].isspace():
            end -= 1
        piece = self.piece_at(end - 1) if end else None
        return piece if piece is not None and piece[1] == end else None

    def piece_at(self, char: int) -> tuple[int, int] | None:
        """The quotation piece holding that character, if any."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.pieces[i][0] <= char < self.pieces[i][1]:
            return self.pieces[i]
        return None


def _draft_for(token: Token, quotes: QuoteIndex, floor: float | None = None) -> Draft | None:
    """The candidate a word proposes. The rules' own gates apply when `floor` is None; with
    a floor (the verifier's), every word scoring at least that much is proposed, and what
    the gates would have said is left to the verifier's features. Furniture is the caller's."""
    if token.is_space:
        return None
    piece = quotes.piece_at(token.idx)
    if piece is not None:
        return quoted_according_to(token, piece) or (
            colon_draft(token) if token.text == ":" and piece[0] == token.sent.start_char else None
        )
    special = (
        according_to(token)
        or colon_draft(token)
        or in_document(token)
        or (
            credit_draft(token, quotes.piece_ending_at(token))
            if token.text in CREDIT_DASHES
            else None
        )
    )
    if special is not None:
        return special
    score = cue_score(token)
    if floor is None:  # the lexicon is asked only when the gates apply: it costs, per word
        limit = CUE_THRESHOLD if is_reporting_word(token) else OTHER_THRESHOLD
    else:
        limit = floor
    if score < limit:
        return None
    if naming(token) or told_to(token) or no_speaker(token) or reduced_relative(token):
        return None
    draft = noun_draft(token, score) if token.pos_ == "NOUN" else verb_draft(token, score)
    if draft is not None and draft.source:
        carried = carried_cue(token, draft.cue, draft.source)
        if carried is not None:
            draft.cue, draft.carrier = carried, carrier(token).i  # type: ignore[union-attr]
    if draft is None or any(
        quotes.covers(token.doc[i].idx) for i in draft.source if not token.doc[i].is_punct
    ):
        return None  # a name inside the quoted words is what is said, not who says it
        # (the closing quotation mark the parser may hang on the speaker does not count)
    if floor is None and not draft.source and score < NO_SOURCE_MIN:
        return None  # a weak cue with nobody behind it ("allowed to defend themselves")
    if DEED_GATE and token.pos_ != "NOUN":
        # a light verb's object joins the cue: "voiced support for", "cast doubt on"
        light = any(token.doc[i].dep_ == "dobj" and token.doc[i].head == token for i in draft.cue)
        draft.act = not light and reports_a_deed(token, frame_of(token))
    return draft


# rules the verifier does not overrule: "according to" and a speaker label before a colon
# are sourcing by their form (PolNeAR annotates few transcripts, so the model undervalues
# the label)
TYPOGRAPHIC = frozenset({"according to", ":", CREDIT})
# A sure candidate whose cue is a rarer word ("slammed into", "broadcast", "confirmed to be")
# and whose source is no sure speaker is read by the tagger too, and dropped when the second
# stage finds it this unlikely: the first stage alone, trusting the cue word, kept "a storm
# slammed into the nation" as something said. A quotation exempts it (its marks show whose
# words they are), and so does a speaker-like source with a word of saying (`sure.sure_speaker`:
# reading those too gained 0.4 points of cue precision on PolNeAR dev for 9 % more of the
# text through the tagger, which ingest's speed target cannot spare). On PolNeAR dev: exact
# cue precision 85.0 -> 85.2, source precision 85.2 -> 85.5, content F1 53.7 -> 54.0; the
# tagger reads 33 % of the characters instead of 24 %.
VETO = 0.5
COMMON_CUES = frozenset({"say", "tell", *TYPOGRAPHIC})


def find_attributions(
    doc: Doc,
    verifier: Verifier | bool | None = True,
    tagger: AttributionTagger | bool | None = True,
    second: Verifier | bool | None = True,
) -> list[Attribution]:
    """Every attribution in the doc, in text order of their cues.

    With a verifier (the shipped one by default; False for the rules alone) the rules
    propose and the model decides; see `verifier`. With the learned tagger too (`tagger`;
    False for none), what the verifier would refuse but finds likely enough (`second.gate`)
    is decided again by a second model (`second`) that also reads what the tagger says of
    its words; what the verifier keeps stays. The contents of kept attributions in the
    sentences the tagger read take the edges it draws (`learned_spans`); with no second
    stage, the tagger reads the kept attributions' sentences for that alone. Deeds are
    dropped either way (`kinds`)."""
    model = shipped_verifier() if verifier is True else verifier or None
    span_model = shipped_tagger() if tagger is True else tagger or None
    stage_two = shipped_tagged_verifier() if second is True else second or None
    if model is None or span_model is None:
        stage_two = None
    quotations = find_quotations(doc_text(doc))
    drafts = candidate_drafts(doc, model.floor if model else None, quotations)
    drafts = [d for d in drafts if not _demanded(doc, d, drafts)]
    labels: dict[int, dict[str, object]] = {}
    tags: TokenTags | None = None
    read_sentences: list[tuple[int, int]] = []
    if model is None:
        drafts = [d for d in drafts if (d.content and not d.act) or d.quote_pieces]
        drafts = [d for d in drafts if not _hypothetical(doc, d, drafts)]
    else:
        scored = [
            (draft, features, model.probability(features))
            for draft in drafts
            if draft.content or draft.quote_pieces
            for features in (draft_features(doc, draft, drafts),)
        ]
        doubtful = {
            id(d)
            for d, _, p in scored
            if stage_two is not None and stage_two.gate <= p < model.threshold
        }
        vetted = {
            id(d)
            for d, _, p in scored
            if stage_two is not None
            and p >= model.threshold
            and d.lemma not in COMMON_CUES
            and not spoken_quotation(doc, d.quote_pieces)  # the marks show whose words
            and not sure_speaker(doc, d)
            and not sought_penalty(doc, d)
        }
        if stage_two is not None and span_model is not None:
            # the tagger reads only the sentences of the doubtful and vetted candidates: reading
            # those of all the sure ones too, to redraw their contents, gained 0.9 points of exact
            # content F1 on PolNeAR dev and cost twice the tagger's time (52 % of the words
            # read instead of 24 %), which ingest's speed target cannot spare
            read = [d for d, _, _ in scored if id(d) in doubtful or id(d) in vetted]
            read_sentences = sentences_of(doc, read)
            tags = span_model.tag(doc, read_sentences)
        kept = []
        for draft, features, p in scored:
            decider = model
            if id(draft) in doubtful and tags is not None and stage_two is not None:
                decider = stage_two  # the tagger's reading may save it
                p = stage_two.probability(features | tagger_features(doc, draft, tags))
            elif id(draft) in vetted and tags is not None and stage_two is not None:
                second_p = stage_two.probability(features | tagger_features(doc, draft, tags))
                if second_p < VETO:
                    continue
            sure = draft.lemma in TYPOGRAPHIC or draft.carrier is not None or speech_tag(doc, draft)
            sure = sure or headline_speech(doc, draft) or inverted_speech(doc, draft)
            sure = sure or sought_penalty(doc, draft) or wanted(doc, draft)
            sure = sure or (spoken_quotation(doc, draft.quote_pieces) and sure_speaker(doc, draft))
            sure = sure or contrasted_claim(doc, draft) or reported_tally(doc, draft)
            if p >= decider.threshold or sure:
                labels[id(draft)] = {"confidence": round(p, 3), "model": decider.version}
                kept.append(draft)
        refused = [(d, p) for d, _, p in scored if id(d) not in labels]
        for draft, p in reported_speakers(doc, refused, kept):  # "X said C, AFP reported"
            labels[id(draft)] = {"confidence": round(p, 3), "model": model.version}
            kept.append(draft)
        # the quotations go again, to the kept candidates only: a quotation a rejected
        # word had taken falls to the cue that really introduces it
        for draft in kept:
            draft.quote_pieces.clear()
        attach_quotations(doc, kept, quotations)
        drafts = [d for d in kept if d.content or d.quote_pieces]
    kept = []
    for draft in drafts:
        if draft.source and all(_function_word(doc[i]) for i in draft.source):
            draft.source = []  # "the said that": a name lost to the text's markup
        if not draft.source and not _spoken_words(doc, draft):
            continue  # "is expected to", "was announced": nobody to credit (see _sourced)
        kind = attribution_kind(doc, draft)
        if kind is not None:
            labels.setdefault(id(draft), {})["kind"] = kind
            kept.append(draft)
    if span_model is not None:
        redraw = [d for d in kept if _redrawable(doc, d)]
        if tags is None:
            read_sentences = sentences_of(doc, redraw)
            tags = span_model.tag(doc, read_sentences)
        refine(doc, redraw, tags)
        read_starts = {start for start, _ in read_sentences}
        for draft in kept:  # the tagger's version goes to what it read
            if doc[draft.head].sent.start_char in read_starts:
                label = labels[id(draft)]
                label["model"] = f"{label.get('model', 'rules')}+{span_model.version}"
    return _to_records(doc, _one_per_cue(kept, labels), labels, quotations)


def _spoken_words(doc: Doc, draft: Draft) -> bool:
    """Someone's words, quoted (four words or more) and most of what is attributed: with
    nobody to credit, only words are worth keeping, not scare quotes ("is claimed to have
    begun ... 'friends,' 'football'") nor a paraphrase with a quoted phrase in it."""
    return spoken_quotation(doc, draft.quote_pieces, min_words=4) and mostly_quoted(doc, draft)


def _function_word(token: Token) -> bool:
    """An article or other word that names no one (the parser may call "the" a pronoun)."""
    return token.pos_ in FUNCTION_POS or token.lower_ in ("the", "a", "an")


def _redrawable(doc: Doc, draft: Draft) -> bool:
    """True if the tagger may redraw the content: it has words outside quotation marks (a
    quotation is its own content) and is not read off a form ("according to", a label,
    "rather than C, as X claimed")."""
    if draft.lemma in TYPOGRAPHIC or not draft.content or contrasted_claim(doc, draft):
        return False
    return not draft.quote_pieces or bool(draft.content - piece_tokens(doc, draft.quote_pieces))


def _one_per_cue(drafts: list[Draft], labels: dict[int, dict[str, object]]) -> list[Draft]:
    """Of candidates sharing cue words ("opposed" and "opposed giving"), the likelier one."""

    def likelihood(draft: Draft) -> float:
        return float(labels.get(id(draft), {}).get("confidence", draft.score))  # type: ignore[arg-type]

    taken: set[int] = set()
    kept = []
    for draft in sorted(drafts, key=likelihood, reverse=True):
        if taken.isdisjoint(draft.cue):
            taken.update(draft.cue)
            kept.append(draft)
    return sorted(kept, key=lambda d: d.head)


def candidate_drafts(
    doc: Doc, floor: float | None, quotations: list[Quotation] | None = None
) -> list[Draft]:
    """The rules' candidates with their quotations attached (the verifier's input)."""
    if quotations is None:
        quotations = find_quotations(doc_text(doc))
    quotes = QuoteIndex(quotations)
    furniture = furniture_chars(doc)
    drafts = [_draft_for(t, quotes, floor) for t in doc if t.idx not in furniture]
    drafts = [d for d in drafts if d and furniture.isdisjoint(doc[i].idx for i in d.source)]
    drafts = _drop_swallowed(drafts)
    attach_quotations(doc, drafts, quotations)
    return drafts


def _hypothetical(doc: Doc, draft: Draft, drafts: list[Draft]) -> bool:
    """A modal cue inside another attribution's content is a possibility, not a statement.

    In "the assessment warned that Mr. Putin could respond to ...", the assessment is the
    source; Mr. Putin has said nothing.
    """
    modal = any(doc[i].dep_ == "aux" and doc[i].lower_ in MODALS for i in draft.cue)
    return modal and any(other is not draft and draft.head in other.content for other in drafts)


def _demanded(doc: Doc, draft: Draft, drafts: list[Draft]) -> bool:
    """A bare verb inside another attribution's content is what that one asks for: in
    "officials demanded that the BBC apologize and promise not to air it", the BBC has
    promised nothing."""
    verb = doc[draft.head]
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    shares_a_bare_verb = verb.dep_ == "conj" and verb.head.tag_ == "VB" and not own_subject
    if not (verb.tag_ == "VB" or shares_a_bare_verb) or draft.quote_pieces:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "to promise", "will promise": another reading
    return any(other is not draft and draft.head in other.content for other in drafts)


def _drop_swallowed(drafts: list[Draft]) -> list[Draft]:
    """One cue per stretch: a draft whose head lies in a wider draft's cue is that cue's part,
    and two drafts of one cue are one.

    ("is expected to endorse": "expected" is inside the cue of "endorse"). A deed swallows
    nothing: in "opposed giving them", "giving" is done, and "opposed" keeps its own cue.
    """
    kept: list[Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if k.cue == draft.cue), None)
        if twin is not None:  # "was quoted as saying": the passive has the words, "saying" whose
            twin.source = twin.source or draft.source
            twin.content = twin.content or draft.content
            continue
        inside = any(
            other is not draft
            and not other.act
            and other.cue[0] <= draft.head <= other.cue[-1]
            and len(other.cue) > len(draft.cue)
            for other in drafts
        )
        if not inside:
            kept.append(draft)
    return kept


def _is_direct(doc: Doc, spans: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> bool:
    total = sum(e - s for s, e in spans)
    quoted = sum(max(0, min(e, pe) - max(s, ps)) for s, e in spans for ps, pe in pieces)
    return total > 0 and quoted / total >= DIRECT_SHARE


def _in_furniture(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and touches_furniture(span)


def _fold_nested(doc: Doc, drafts: list[Draft], guesses: dict[int, SourceGuess]) -> list[Draft]:
    """Drop "they feared" inside "officials said they feared ...": one speaker, one claim."""
    kept = []
    for draft in drafts:
        source = draft.source
        folded = False
        if len(source) == 1 and doc[source[0]].pos_ == "PRON":
            for outer in drafts:
                if outer is draft or draft.head not in outer.content:
                    continue
                inner, outer_guess = guesses.get(id(draft)), guesses.get(id(outer))
                if (
                    inner
                    and outer_guess
                    and (inner.kind, inner.entity) == (outer_guess.kind, outer_guess.entity)
                ):
                    folded = True
                    break
        if not folded:
            kept.append(draft)
    return kept


def _to_records(
    doc: Doc,
    drafts: list[Draft],
    labels: dict[int, dict[str, object]],
    quotations: list[Quotation],
) -> list[Attribution]:
    """Records from the kept drafts; `labels` holds each draft's kind, confidence and model."""
    drafts.sort(key=lambda d: d.head)
    drafts = _sort_out_speakers(doc, drafts, quotations)
    guesses = _describe_sources(doc, drafts)
    drafts = _fold_nested(doc, drafts, guesses)
    records: list[Attribution] = []
    for draft in drafts:
        content = [c for c in content_spans(doc, draft) if not _in_furniture(doc, *c)]
        if not content:
            continue
        cue_start = doc[draft.cue[0]].idx
        cue_end = doc[draft.cue[-1]].idx + len(doc[draft.cue[-1]])
        guess = guesses.get(id(draft))
        source = (
            Source(to_span(doc, guess.start, guess.end), guess.kind, guess.entity)
            if guess is not None
            else None
        )
        records.append(
            Attribution(
                id=f"a{len(records) + 1}",
                source=source,
                cue=Cue(to_span(doc, cue_start, cue_end), draft.lemma),
                content=[Span.of(doc_text(doc), s, e) for s, e in content],
                direct=_is_direct(doc, content, sorted(set(draft.quote_pieces))),
                **labels.get(id(draft), {}),  # type: ignore[arg-type]
            )
        )
    return _one_per_content(records)


def _one_per_content(records: list[Attribution]) -> list[Attribution]:
    """'The minister said, "We will win," she said': two cues around one quotation are one
    attribution, credited to the source that names the speaker rather than the pronoun.
    Indirect contents stay apart: "X told Y that C, according to Z" reports C twice."""
    kept: dict[tuple[tuple[int, int], ...], Attribution] = {}
    for record in records:
        key = tuple((c.start, c.end) for c in record.content)
        held = kept.get(key)
        if held is not None and not (held.direct or record.direct):
            # "X told Y that C, according to Z": two reports of C, both kept
            kept[(*key, (record.cue.span.start, record.cue.span.end))] = record
        elif held is None or (_a_pronoun(held.source) and not _a_pronoun(record.source)):
            kept[key] = record
    ordered = sorted(kept.values(), key=lambda r: r.cue.span.start)
    return [dataclasses.replace(r, id=f"a{n}") for n, r in enumerate(ordered, start=1)]


def _a_pronoun(source: Source | None) -> bool:
    return source is None or source.span.text.lower() in PRONOUN_SOURCES


def _sort_out_speakers(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    """Whose words are whose before the sources are read: outlets reporting others
    (`nesting`), and requests for anonymity that are no attribution of their own."""
    nest_outlets(doc, drafts)
    split_trailing_participles(doc, drafts)
    drop_narration_before(doc, drafts)
    cited_speakers(doc, drafts)
    drafts = drop_quoting_shells(doc, drafts)
    quoted = [p for q in quotations for p in q.pieces]
    anonymous, requests = anonymous_drafts(doc, drafts, quoted)
    kept = [d for d in drafts if id(d) not in requests]
    for draft in kept:
        draft.anonymous = id(draft) in anonymous
    return kept


def _describe_sources(doc: Doc, drafts: list[Draft]) -> dict[int, SourceGuess]:
    """Each draft's source read in text order, pronouns and role nouns against those before.

    Names inside what was said (the content, its quotations) are not new people in focus
    for a later "he" (``attribution_antecedents``)."""
    quiet: list[tuple[int, int]] = []
    for draft in drafts:
        quiet.extend(content_spans(doc, draft))
    people = People.of(doc, quiet)
    guesses: dict[int, SourceGuess] = {}
    earlier: list[SourceGuess] = []
    for draft in drafts:
        if not draft.source:
            continue
        phrase = source_phrase(doc, draft.source)
        if not len(phrase):
            draft.source = []
            continue
        guess = describe_source(phrase, earlier, people)
        if draft.anonymous:  # "he said, asking not to be named": nobody we may name
            guess.kind, guess.entity, guess.person = "anonymous", None, not guess.plural
        guesses[id(draft)] = guess
        earlier.append(guess)
    return guesses
