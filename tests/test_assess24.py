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


def _targeted(doc: CodedArticle, target: str) -> bool:
    """Some ACCUSE names, among its recipients, an actor whose name holds ``target``."""
    return any(any(target in n for n in tgt) for _, tgt in _accusals(doc))


def _criticised(doc: CodedArticle, critic: str, target: str) -> bool:
    return any(any(critic in n for n in src) and any(target in n for n in tgt)
               for src, tgt in _accusals(doc))


#: (class, sentence, critic or "", criticised): each class's sentences must give the speaker's
#: ACCUSE against the party judged
CRITICISM = [
    # a headline's dropped copula (headlines/predicates.py)
    ("copula", 'Bolivia\'s border closure "deeply troubling," Chilean minister says', "Chilean", "Bolivia"),
    ("copula", 'Ecuador\'s naval drills "reckless and dangerous," Peru\'s envoy says', "Peru", "Ecuador"),
    ("copula", 'Paraguay\'s dam plan "a provocation," Bolivian senator says', "Bolivian", "Paraguay"),
    ("copula", 'Uruguayan minister: Argentina\'s port tax "illegal"', "Uruguayan", "Argentina"),
    ("copula", 'Uruguayan minister: Argentina\'s port tax is "a disgrace"', "Uruguayan", "Argentina"),
    # the deed of an unnamed office holder (events_args.yaml owned_acts, owned_works)
    ("owner", "The governor said the senator's remarks were disgraceful.", "governor", "senator"),
    ("owner", "The union leader said the mayor's budget was reckless.", "", "mayor"),
    ("owner", "The senator said the minister's handling of the strike was shameful.", "senator", "minister"),
    ("owner", "The senator said his opponent's budget was reckless.", "senator", ""),
    # an -ly adjective or a participle the tagger took for an adverb or a verb
    ("tag", "Mexico's president says the rebels' attacks are cowardly.", "president", "rebels"),
    ("tag", "Peru's president says Chile's latest outburst is unhinged, even for him.", "president", "Chile"),
    # "latest" is no rank
    ("recency", "The Chilean envoy says Bolivia's latest move is a provocation.", "envoy", "Bolivia"),
    ("recency", "The Chilean envoy says Bolivia's latest proposal is a sham.", "envoy", "Bolivia"),
    # a condemning modifier of a predicate noun naming a party or a deed (match.judged_noun)
    ("modifier", "Peruvian senator says Chile is a corrupt state.", "Peruvian", "Chile"),
    ("modifier", "The Venezuelan minister said Colombia was a terrorist state.", "Venezuelan", "Colombia"),
    ("modifier", "The Chilean envoy said Bolivia's threats were reckless rhetoric.", "envoy", "Bolivia"),
    # words of alarm of a party's act
    ("alarm", "The Chilean envoy said Bolivia's troop movements were dangerous.", "envoy", "Bolivia"),
    # likening to a pejorative (characterise.LIKENING)
    ("likening", "The Chilean senator likened the Bolivian premier to a dictator.", "senator", "Bolivian"),
    ("likening", "The governor compared the senator to a corrupt insider.", "governor", "senator"),
    # a verb of harsh criticism on an act the lexicon names (obj marker event_noun)
    ("harsh", "Chilean senator blasts Bolivia's blockade of the port", "senator", "Bolivia"),
    ("harsh", "Kenyan senator rips Uganda's crackdown on protesters", "senator", "Uganda"),
]

#: (class, sentence): near misses that must give no affirmed ACCUSE against anyone
NO_CRITICISM = [
    ("copula", 'Bolivia\'s new airport "impressive," Chilean foreign minister says'),
    ("copula", "The people responsible will be punished, Chilean foreign minister says"),
    ("copula", 'Uruguayan minister: Argentina\'s harvest "excellent"'),
    ("copula", "Bolivia's ambassador, a convicted criminal, says the talks will resume"),
    ("rank", "The Chilean envoy says Bolivia's main concern is terrorism."),
    ("modifier", "Mayor Ruiz says Pedro Diaz is a criminal lawyer."),
    ("modifier", "The minister said Chile is a dangerous place for climbers."),
    ("modifier", "The senator said Peru is a banned destination for the team."),
    ("alarm", "The Chilean envoy said Bolivia's mountain roads were dangerous."),
    ("alarm", "The minister said it is alarming that the rebels are moving north."),
    ("likening", "The minister compared the two proposals."),
    ("likening", "The coach compared the striker to a young Pele."),
    ("likening", "The report compared Peru to Chile on school spending."),
    ("likening", "The historian compared the winter of 1942 to a murderer."),
    ("harsh", "Chilean jets blast rebel positions near the border"),
    ("harsh", "The band blasted its new single at the festival."),
    ("self", "The senator said his own remarks had been misleading and apologised."),
    ("self", "The Chilean navy said its response would be brutal."),
    ("self", "The prime minister said his government's handling of the floods had been incompetent."),
]


@pytest.mark.parametrize("kind, text, critic, target", CRITICISM)
def test_criticism_reaches_the_judged_party(coded, kind, text, critic, target):
    doc = coded(text)
    if not target:  # the criticised is no actor Parley records ("his rival"): the critic's ACCUSE
        assert any(any(critic in n for n in src) for src, _ in _accusals(doc)), (kind, text)
    else:
        assert _criticised(doc, critic, target) if critic else _targeted(doc, target), (kind, text)


@pytest.mark.parametrize("kind, text", NO_CRITICISM)
def test_no_criticism_of_another(coded, kind, text):
    doc = coded(text)
    assert not [e for e in doc.events if e.event == "ACCUSE" and not e.negated], (kind, text)


def test_owner_of_a_person_is_not_the_party(coded):
    doc = coded("Police arrested the mayor's son at the border.")
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and not any("mayor" in n for e in arrests for n in _names(doc, e.recipient))


@pytest.mark.parametrize("text, victims", [
    ("The Red Cross said the detainees' treatment was inhumane.", "detainees"),
    ("The UN said the civilians' evacuation order was reckless.", "civilians"),
])
def test_victims_are_not_the_criticised(coded, text, victims):
    assert not _targeted(coded(text), victims), text


@pytest.mark.parametrize("text", [
    "Iran's foreign minister said Chile is not a terrorist state.",
    "The Moldovan president said the region is not a rogue state but a frozen conflict.",
])
def test_denied_judgement_is_negated(coded, text):
    doc = coded(text)
    assert all(e.negated for e in doc.events if e.event == "ACCUSE"), text


def test_mafia_is_a_criminal_party_and_a_cartel_not_always(coded):
    doc = coded("The mafia torched a courthouse near the port.")
    mafia = [a for a in doc.actors if "mafia" in a.name]
    assert mafia and mafia[0].sector == "CRM"
    doc = coded("A drug cartel ambushed a police convoy near the border.")
    cartel = [a for a in doc.actors if "cartel" in a.name]
    assert cartel and cartel[0].sector == "CRM"
    doc = coded("The Commission fined a truck cartel for fixing prices.")
    assert not any(a.sector == "CRM" for a in doc.actors)
