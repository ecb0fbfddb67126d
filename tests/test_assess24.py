"""Round 24: criticism told as a judgement, in the shapes the earlier rules missed.

Invented sentences, each coded alone through the real pipeline. Every class has its near
misses, which must stay without an ACCUSE (or without the wrong party).
"""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle

PUB = "2023-05-10"


@pytest.fixture(scope="module")
def coded(code):
    return lambda text: code(text, published=PUB)


def _names(doc: CodedArticle, ids: list[str]) -> set[str]:
    by_id = {a.id: a for a in doc.actors}
    return {by_id[i].name for i in ids if i in by_id}


def _accusals(doc: CodedArticle) -> list[tuple[set[str], set[str]]]:
    return [(_names(doc, e.actor), _names(doc, e.recipient)) for e in doc.events if e.event == "ACCUSE"]


def _criticised(doc: CodedArticle, critic: str, target: str) -> bool:
    return any(any(critic in n for n in src) and any(target in n for n in tgt)
               for src, tgt in _accusals(doc))


# headlines that drop the copula before a quoted judgement (headlines/predicates.py)
@pytest.mark.parametrize("text, critic, target", [
    ('Bolivia\'s border closure "deeply troubling," Chilean foreign minister says', "Chilean", "Bolivia"),
    ('Ecuador\'s naval drills "reckless and dangerous," Peruvian envoy says', "Peruvian", "Ecuador"),
    ('Paraguay\'s dam plan "a provocation," Bolivian senator says', "Bolivian", "Paraguay"),
    ('Uruguayan minister: Argentina\'s port tax "illegal"', "Uruguayan", "Argentina"),
    ('Uruguayan minister: Argentina\'s port tax is "a disgrace"', "Uruguayan", "Argentina"),
])
def test_dropped_copula_headline_is_criticism(coded, text, critic, target):
    assert _criticised(coded(text), critic, target), text


@pytest.mark.parametrize("text", [
    'Bolivia\'s new airport "impressive," Chilean foreign minister says',
    "The people responsible will be punished, Chilean foreign minister says",
    'Uruguayan minister: Argentina\'s harvest "excellent"',
])
def test_dropped_copula_needs_a_judging_word(coded, text):
    assert not _accusals(coded(text)), text


# a common-noun possessor of a deed or word is its doer (events_args.yaml owned_deeds)
@pytest.mark.parametrize("text, target", [
    ("The governor said the senator's remarks were disgraceful.", "senator"),
    ("The union leader said the mayor's budget was reckless.", "mayor"),
    ("The senator said the minister's handling of the strike was disgraceful.", "minister"),
])
def test_owner_of_a_deed_is_criticised(coded, text, target):
    doc = coded(text)
    assert any(any(target in n for n in tgt) for _, tgt in _accusals(doc)), text


def test_owner_of_a_person_is_not_the_party(coded):
    doc = coded("Police arrested the mayor's son at the border.")
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and not any("mayor" in n for e in arrests for n in _names(doc, e.recipient))


# an -ly adjective or a participle the tagger took for an adverb or a verb
@pytest.mark.parametrize("text, critic, target", [
    ("Mexico's president says the rebels' attacks are cowardly.", "president", "rebels"),
    ("Peru's president says Chile's latest outburst is unhinged, even for him.", "president", "Chile"),
])
def test_mistagged_predicate_adjective(coded, text, critic, target):
    assert _criticised(coded(text), critic, target), text


def test_latest_is_no_rank(coded):
    """"X's latest move" is a deed judged; "X's main concern" ranks X's worries (round 22)."""
    assert _accusals(coded("The Chilean envoy says Bolivia's latest move is a provocation."))
    assert _accusals(coded("The Chilean envoy says Bolivia's latest proposal is a sham."))
    assert not _accusals(coded("The Chilean envoy says Bolivia's main concern is terrorism."))


# a condemning modifier on a predicate noun that names a party or a deed
@pytest.mark.parametrize("text, target", [
    ("Peruvian senator says Chile is a corrupt state.", "Chile"),
    ("The Venezuelan minister said Colombia was a terrorist state.", "Colombia"),
    ("The Chilean envoy said Bolivia's threats were reckless rhetoric.", "Bolivia"),
])
def test_condemning_modifier_of_a_party_noun(coded, text, target):
    doc = coded(text)
    assert any(any(target in n for n in tgt) for _, tgt in _accusals(doc)), text


@pytest.mark.parametrize("text", [
    "Mayor Ruiz says Pedro Diaz is a criminal lawyer.",
    "The minister said Chile is a dangerous place for climbers.",
    "The senator said Peru is a banned destination for the team.",
])
def test_modifier_of_a_place_or_trade_is_no_judgement(coded, text):
    assert not _accusals(coded(text)), text


# words of alarm condemn a party or a deed only (predicate party_or_deed)
def test_alarm_words_need_a_party_or_deed(coded):
    assert _accusals(coded("The Chilean envoy said Bolivia's troop movements were dangerous."))
    assert not _accusals(coded("The Chilean envoy said Bolivia's mountain roads were dangerous."))


# likening to a pejorative (characterise.LIKENING)
@pytest.mark.parametrize("text, target", [
    ("The Chilean senator likened the Bolivian premier to a dictator.", "Bolivian"),
    ("The governor compared the senator to a corrupt insider.", "senator"),
])
def test_likening_to_a_pejorative(coded, text, target):
    doc = coded(text)
    assert any(any(target in n for n in tgt) for _, tgt in _accusals(doc)), text


@pytest.mark.parametrize("text", [
    "The minister compared the two proposals.",
    "The coach compared the striker to a young Pele.",
    "The report compared Peru to Chile on school spending.",
])
def test_neutral_likening_is_no_criticism(coded, text):
    assert not _accusals(coded(text)), text


def test_mafia_is_a_criminal_party_and_a_cartel_not_always(coded):
    doc = coded("The mafia torched a courthouse near the port.")
    mafia = [a for a in doc.actors if "mafia" in a.name]
    assert mafia and mafia[0].sector == "CRM"
    doc = coded("A drug cartel ambushed a police convoy near the border.")
    cartel = [a for a in doc.actors if "cartel" in a.name]
    assert cartel and cartel[0].sector == "CRM"
    doc = coded("The Commission fined a truck cartel for fixing prices.")
    assert not any(a.sector == "CRM" for a in doc.actors)


# the reviews' near misses (round 24)
@pytest.mark.parametrize("text", [
    "The senator said his own remarks had been misleading and apologised.",
    "The Chilean navy said its response would be brutal.",
    "The prime minister said his government's handling of the floods had been incompetent.",
    "Bolivia's ambassador, a convicted criminal, says the talks will resume",
    "The historian compared the winter of 1942 to a murderer.",
    "The minister said it is alarming that the rebels are moving north.",
])
def test_no_criticism_of_another(coded, text):
    doc = coded(text)
    assert not [a for a in _accusals(doc) if a[1]], text
    assert not [e for e in doc.events if e.event == "ACCUSE" and not e.negated], text


@pytest.mark.parametrize("text, victims", [
    ("The Red Cross said the detainees' treatment was inhumane.", "detainees"),
    ("The UN said the civilians' evacuation order was reckless.", "civilians"),
])
def test_victims_are_not_the_criticised(coded, text, victims):
    assert not any(any(victims in n for n in tgt) for _, tgt in _accusals(coded(text))), text


@pytest.mark.parametrize("text", [
    "Iran's foreign minister said Chile is not a terrorist state.",
    "The Moldovan president said the region is not a rogue state but a frozen conflict.",
])
def test_denied_judgement_is_negated(coded, text):
    doc = coded(text)
    assert all(e.negated for e in doc.events if e.event == "ACCUSE"), text


# a verb of harsh criticism on an act the lexicon names (obj marker event_noun)
@pytest.mark.parametrize("text, target", [
    ("Chilean senator blasts Bolivia's blockade of the port", "Bolivia"),
    ("Kenyan senator rips Uganda's crackdown on protesters", "Uganda"),
])
def test_harsh_criticism_of_an_act(coded, text, target):
    assert any(any(target in n for n in tgt) for _, tgt in _accusals(coded(text))), text


@pytest.mark.parametrize("text", [
    "Chilean jets blast rebel positions near the border",
    "The band blasted its new single at the festival.",
])
def test_harsh_verb_on_a_thing_is_no_criticism(coded, text):
    assert not _accusals(coded(text)), text
