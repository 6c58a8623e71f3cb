"""Affixes spaCy's English tokenizer leaves glued to a word, split here.

- A possessive written with a left single quotation mark ("China‘s envoy", "Wang‘s
  ministry"), as some sites' typesetting does. spaCy splits "'s" and "’s" from a name but
  not "‘s", so the name stayed glued to it ("China‘s" an organisation, never joined to
  "China"). The suffix is split and normalised to "'s", which the model knows.
- An em dash or horizontal bar against a quotation mark or a word ("shame.”― Sonya
  Herridge", "“...”—Jacklyn Ashley"): glued, the credit line's dash and the name became
  one token the parser called a proper noun, and the quotation's closing mark hid. These
  dashes never join the parts of a word (the en dash of "2010–2012" and the hyphen do, and
  are left alone).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

LEFT_QUOTE_POSSESSIVES = ("‘s", "‘S")
FREE_DASH = "[—―]"


def split_glued_affixes(nlp: Language) -> None:
    """Split "‘s" off a word, as "’s" is (and read it as "'s"), and free em dashes."""
    tokenizer = nlp.tokenizer
    possessives = [rf"(?<=\w){form}" for form in LEFT_QUOTE_POSSESSIVES]
    tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, FREE_DASH]).search
    tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, *possessives, FREE_DASH]
    ).search
    tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, FREE_DASH]).finditer
    for form in LEFT_QUOTE_POSSESSIVES:
        nlp.vocab[form].norm_ = "'s"
