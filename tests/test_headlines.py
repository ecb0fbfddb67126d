"""Headline grammar (issue core III, round 6): a headline whose verb the small parser model
read as a noun ("X/compound thanks/NNS/ROOT …") is parsed again with the verb in the past, and
a capitalised non-dictionary word tagged NOUN inside a headline is a proper noun. Prose, whose
sentences end in a stop, is parsed exactly as the model parses it.

Every headline here is invented."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from parley.nlp.headlines.component import headline_lines, name_read_as_noun, title_case
from parley.nlp.headlines.words import load_words, third_person_lemmas

PUB = "2023-01-05"


def bare(nlp, text: str) -> Doc:
    """The model's own parse, without any Parley component."""
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("parley_")]):
        return nlp(text)


def parse(doc: Doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def words(nlp):
    return load_words(nlp)


# ------------------------------------------------------------------ the verb read as a noun


@pytest.mark.parametrize("text, verb, lemma", [
    # the verb as an interjection's object or as a noun root
    ("Bukele thanks Mexico for aid", "thanks", "thank"),
    # the parser cut the headline in two at the verb
    ("Petro thanks Lula for mediation", "thanks", "thank"),
    # the verb as a compound inside a noun phrase: "UK sanctions … firms"
    ("UK sanctions Belarusian potash firms", "sanctions", "sanction"),
    ("Ruto pledges troops to Haiti mission", "pledges", "pledge"),
    # the name before the verb read as an adjective
    ("Sweden expels Russian diplomats", "expels", "expel"),
    # the verb read as the subject of its object ("files/nsubj complaint/ROOT")
    ("Chile files complaint against Peru at tribunal", "files", "file"),
    ("Ruritania pledges support for refugees, as it pushes for membership", "pledges", "pledge"),
    ("Ortega places blame for shortages on Tamberlo", "places", "place"),
    # a role noun of the actor lexicon heads the subject as a name does
    ("Navy chief thanks Norway for support", "thanks", "thank"),
    ("Regional court sentences activist to 5 years", "sentences", "sentence"),
])
def test_headline_verb_read_as_noun_is_reparsed(nlp, text, verb, lemma):
    before = next(t for t in bare(nlp, text) if t.text == verb)
    assert not (before.pos_ == "VERB" and before.dep_ == "ROOT")  # the model's misreading
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert (tok.pos_, tok.tag_, tok.dep_, tok.lemma_) == ("VERB", "VBZ", "ROOT", lemma)
    assert any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    assert doc.text == text


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Bukele thanks Mexico for aid", "SUPPORT", None, "MEX"),
    ("UK sanctions Belarusian potash firms", "SANCTION", "GBR", "BLR"),
    ("Sweden expels Russian diplomats", "SANCTION", "SWE", "RUS"),
    ("Norway's Store thanks Poland for hosting talks", "SUPPORT", "NOR", "POL"),
])
def test_repaired_headline_codes_its_event(code, text, event, actor, recipient):
    doc = code(text, PUB)
    ev = next(e for e in doc.events if e.event == event)
    countries = {a.id: a.country for a in doc.actors}
    if actor:
        assert actor in {countries[a] for a in ev.actor}
    assert recipient in {countries[a] for a in ev.recipient}


@pytest.mark.parametrize("text", [
    # prose: a final stop, so the model's parse stands even where it is poor
    "The minister thanks Biden for aid.",
    "Rivera pledges troops to the mission, the ministry said.",
    # a real noun phrase: no name right before the plural, or the variant is no verb root
    "Special evacuation trains scheduled to leave the capital",
    "Heavy artillery strikes on the northern suburbs",
    "Cruise missile strikes on Tamberlo",
    "Kremlin claims of progress",
    # a nationality is no subject: "Ruritanian strikes" is a noun phrase
    "4 killed by Ruritanian strikes in Tamberlo",
    # a coordinated subject takes a plural verb, and a participle modifies a noun
    "US and NATO forces using drones in drills",
    "Lima-Quito talks resume in Panama",
    # the parser built a clause ("regime … intact"): the noun compound stands
    "UN sanctions regime still intact despite Ruritanian pressure",
    # a verb root with an object of its own: the plural before it is its subject
    "UK sanctions hurt Ruritania",
    # a verb root already
    "Canada summons Chinese diplomat over balloon",
])
def test_parse_unchanged(nlp, text):
    assert parse(nlp(text)) == parse(bare(nlp, text))


@pytest.mark.parametrize("text, verb", [
    # a plural subject takes the bare verb, which the model joins to the nouns around it
    ("Rebels fire mortars at the airport in Juba", "fire"),
    ("Insurgents fire rockets at the airport in Bamako", "fire"),
    ("Separatist fighters fire shells at Ruritanian border post", "fire"),
])
def test_bare_verb_after_plural_subject_is_reparsed(nlp, text, verb):
    before = next(t for t in bare(nlp, text) if t.text == verb)
    assert not (before.pos_ == "VERB" and before.dep_ == "ROOT")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert (tok.pos_, tok.tag_, tok.dep_, tok.lemma_) == ("VERB", "VBP", "ROOT", verb)
    assert doc.text == text


@pytest.mark.parametrize("text", [
    # an event noun before the bare word: a noun compound ("talks", "strikes" are events)
    "Peace talks attack on ceasefire",
    "Refugee families aid appeal raises millions",
    "Farmers protest movement grows in Punjab",
    "Cluster munitions ban treaty signed",
])
def test_plural_noun_compounds_unchanged(nlp, text):
    assert parse(nlp(text)) == parse(bare(nlp, text))


def test_only_the_headline_line_of_an_article_is_touched(nlp):
    text = "The minister thanks Biden for aid.\nPetro thanks Lula for mediation\nHe left."
    doc, plain = nlp(text), bare(nlp, text)
    line = next(t.i for t in doc if t.text == "Petro")
    assert parse(doc)[:line] == parse(plain)[:line]
    assert [t for t in doc if t.text == "thanks"][1].dep_ == "ROOT"
    assert parse(doc)[-3:] == parse(plain)[-3:]


# ------------------------------------------------------------ the name read as a common noun


def test_capitalised_non_word_noun_becomes_a_name(nlp, words):
    doc = Doc(nlp.vocab, words=["Kenya", "'s", "Vostrakov", "slams", "Danube", "pact"],
              pos=["PROPN", "PART", "NOUN", "VERB", "PROPN", "NOUN"])
    line = doc[:]
    assert name_read_as_noun(line, doc[2], words)
    assert not name_read_as_noun(line, doc[5], words)  # lower case, a dictionary word


def test_dictionary_words_and_line_openers_stay_nouns(nlp, words):
    doc = Doc(nlp.vocab, words=["Crowds", "cheer", "as", "Parliament", "votes", ":", "Tarvek", "talks"],
              pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "NOUN", "NOUN"])
    line = doc[:]
    assert not name_read_as_noun(line, doc[0], words)  # the line's first word
    assert not name_read_as_noun(line, doc[3], words)  # a dictionary word
    assert not name_read_as_noun(line, doc[6], words)  # after a colon


def test_title_case_headline_says_nothing_by_capitals(nlp):
    doc = nlp.make_doc("Minister Thanks Allies For Their Generous Support")
    assert title_case(doc[:])
    assert not title_case(nlp.make_doc("Minister thanks allies for their generous support")[:])


def test_headline_lines_skip_prose(nlp):
    doc = nlp.make_doc("Envoy thanks hosts\nThe envoy thanked the hosts.\n\n“We agree,” he said\n")
    assert [s.text for s in headline_lines(doc)] == ["Envoy thanks hosts", "“We agree,” he said"]


# ------------------------------------------------------------------------------ word forms


@pytest.mark.parametrize("lemma, past", [
    ("strike", "struck"), ("slam", "slammed"), ("thank", "thanked"), ("urge", "urged"),
    ("deny", "denied"), ("hit", "hit"), ("cut", "cut"), ("lead", "led"), ("pledge", "pledged"),
])
def test_past_forms(words, lemma, past):
    assert words.past(lemma) == past


def test_third_person_lemmas():
    assert third_person_lemmas("denies")[0] == "deny"
    assert "push" in third_person_lemmas("pushes")
    assert "slam" in third_person_lemmas("Slams")
    assert third_person_lemmas("press") == [] and third_person_lemmas("is") == []


def test_dictionary_tells_words_from_names(words):
    assert words.known("duty") and words.known("Border")
    assert not words.known("Vostrakov")


def test_clause_already_built_is_only_retagged(nlp):
    """The parser made the misread verb the root with its subject: the arcs stay, the tag is
    fixed (a new parse could only lose structure)."""
    text = "Mirela Costa thanks Portugal for medical supplies"
    doc, plain = nlp(text), bare(nlp, text)
    assert plain[2].tag_ == "NNS" and plain[2].dep_ == "ROOT"
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]
    assert (doc[2].tag_, doc[2].pos_, doc[2].lemma_) == ("VBZ", "VERB", "thank")
