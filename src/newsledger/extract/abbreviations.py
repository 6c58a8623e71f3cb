"""Rank and title abbreviations the English tokenizer splits from their full stop.

spaCy keeps "Dr.", "Gen." and "Sen." whole but cuts "Sgt.", "Const.", "Capt." or "Lt."
into a word and a full stop, and the parser then ends the sentence there: in '"...," RCMP
spokesperson Sgt. Vera Munro said in the statement' the speaker stood in a sentence of its
own and the quotation was credited to no one; "police spokesperson Const. Andrea East" lost
the name. Each is kept one token here, normalised as "gen.": the small model never saw
"sgt." and tags an unknown word ending in a full stop as punctuation (which ends the
sentence again), but reads a title abbreviation it knows as part of the name after it.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language

# Titles and ranks written before a name in news copy (police, military, civic, church).
TITLE_ABBREVIATIONS = (
    "Sgt Const Cpl Insp Supt Det Cmdr Lt Capt Col Maj Brig Cllr Pte Atty Hon Amb Msgr "
    "Spc Pfc Cmdt Commr Ald Coun Supv"
).split()
KNOWN_TITLE_NORM = "gen."  # "Gen.", a title abbreviation the model was trained with


def add_title_abbreviations(nlp: Language) -> None:
    """Keep each abbreviation and its full stop one token ("Sgt."), in either case."""
    for word in TITLE_ABBREVIATIONS:
        for form in (word, word.upper()):
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}.", NORM: KNOWN_TITLE_NORM}])
