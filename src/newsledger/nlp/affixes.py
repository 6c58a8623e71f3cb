"""A possessive written with a left single quotation mark ("China‘s envoy", "Wang‘s
ministry"), as some sites' typesetting does. spaCy splits "'s" and "’s" from a name but
not "‘s", so the name stayed glued to it ("China‘s" an organisation, never joined to
"China"). The suffix is split here and normalised to "'s", which the model knows.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_suffix_regex

LEFT_QUOTE_POSSESSIVES = ("‘s", "‘S")


def split_left_quote_possessives(nlp: Language) -> None:
    """Split "‘s" off a word, as "’s" is, and read it as "'s"."""
    suffixes = [rf"(?<=\w){form}" for form in LEFT_QUOTE_POSSESSIVES]
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        list(nlp.Defaults.suffixes) + suffixes
    ).search
    for form in LEFT_QUOTE_POSSESSIVES:
        nlp.vocab[form].norm_ = "'s"
