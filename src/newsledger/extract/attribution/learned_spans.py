"""Where a kept attribution's content begins and ends, by the learned tagger.

The rules read the content off the parse: the cue's clausal complement, or the clause a
cue like "according to" hangs on. Their boundaries are right for simple sentences and
wrong where the parse is (a content running over a coordinated clause). The tagger (`tagger`) has read 840 PolNeAR articles and knows the
boundaries the annotators drew; it does not know which cue a content belongs to, which the
rules do. So the rules choose the attribution and the tagger draws its edges:

a content becomes the tagged content runs that overlap it, when they cover at least
`MIN_COVER` of the rules' content (otherwise the tagger disagrees about what is said, and
the rules' reading stands). Sources keep the rules' edges: on PolNeAR dev the tagger's
source edges matched the annotators' no more often (exact source F1 64.3 against 64.9),
and the rules' edges are the ones the source resolution was built on.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.attribution.lexicon import says_or_thinks
from newsledger.extract.attribution.rules import Draft
from newsledger.extract.attribution.tagger import TokenTags

MIN_COVER = 0.5


def sentences_of(doc: Doc, drafts: list[Draft]) -> list[tuple[int, int]]:
    """Character spans of the sentences holding any word of the drafts, in text order
    (one pass over the sentences: `Token.sent` would search for each word's sentence)."""
    ids = {i for draft in drafts for i in (*draft.cue, *draft.source, *draft.content)}
    if not ids:
        return []
    return [
        (sentence.start_char, sentence.end_char)
        for sentence in doc.sents
        if any(i in ids for i in range(sentence.start, sentence.end))
    ]


def refine(doc: Doc, drafts: list[Draft], tags: TokenTags) -> set[int]:
    """Redraw the drafts' contents in place from the tags of their sentences
    (`sentences_of`); the ids of the drafts changed."""
    changed = set()
    for draft in drafts:
        content = _content(doc, draft, tags)
        if content is not None and content != draft.content:
            draft.content = content
            changed.add(id(draft))
    return changed


def _runs(ids: set[int] | list[int], tags: TokenTags, role: str) -> set[int]:
    """The tokens of every tagged `role` run that holds one of `ids`."""
    found: set[int] = set()
    for i in ids:
        if tags.role[i] == role and i not in found:
            run = tags.run(i)
            if run is not None:
                found.update(range(*run))
    return found


def _content(doc: Doc, draft: Draft, tags: TokenTags) -> set[int] | None:
    if not draft.content:
        return None
    tagged = _runs(draft.content, tags, "CONTENT")
    if len(tagged & draft.content) < MIN_COVER * len(draft.content):
        return None
    # one stretch on the side of the cue the content was on: "AFP quoted X [as] saying C"
    # tags "as saying C" as the outer's content, and "as" is not part of what X said
    if min(draft.content) > max(draft.cue):
        tagged = {i for i in tagged if i > max(draft.cue)}
    elif max(draft.content) < min(draft.cue):
        tagged = {i for i in tagged if i < min(draft.cue)}
    if not tagged or not _holds_a_head(doc, draft.content, tagged):
        return None
    # a word inside it the tagger read otherwise ("The border [will] reopen") stays,
    # unless it is the attribution's own cue or source
    return set(range(min(tagged), max(tagged) + 1)) - set(draft.cue) - set(draft.source)


def _holds_a_head(doc: Doc, content: set[int], tagged: set[int]) -> bool:
    """Whether the tagged runs keep a word on which the rules' content hangs (a token whose
    head lies outside it): "promised protests in the streets of Taipei" tagged only as
    "of Taipei" has lost what was promised, and the rules' reading stands."""
    heads = {i for i in content if doc[i].head.i not in content or doc[i].head.i == i}
    heads = {i for i in heads if not says_or_thinks(doc[i])}  # '"C," she said' inside it
    return not heads or bool(heads & tagged)
