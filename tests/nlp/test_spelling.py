"""British spellings reach the lexicons as American lemmas. Sentences written for these tests."""

from newsledger.nlp.pipeline import load


def lemmas(text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in load(())(text)}


def test_british_verbs_and_nouns_take_the_american_lemma():
    found = lemmas(
        "The council criticised the plan, organised a march to the centre and analysed the "
        "rumours about the programme."
    )
    assert found["criticised"] == "criticize"
    assert found["organised"] == "organize"
    assert found["analysed"] == "analyze"
    assert found["centre"] == "center"
    assert found["rumours"] == "rumor"
    assert found["programme"] == "program"


def test_words_that_only_look_british_and_names_keep_their_lemma():
    found = lemmas(
        "The Labour man rose to tour the fence and prise open the Ministry of Defence door."
    )
    assert found["rose"] == "rise"
    assert found["tour"] == "tour"
    assert found["fence"] == "fence"
    assert found["prise"] == "prise"
    assert found["Labour"] == "Labour" and found["Defence"] == "Defence"


def test_a_british_verb_of_saying_is_a_cue(analyse_text):
    record = analyse_text("Human rights groups have sharply criticised the new border law.")
    (criticised,) = record["attributions"]
    assert criticised["source"]["text"] == "Human rights groups"
    assert criticised["cue"]["text"].endswith("criticised")
