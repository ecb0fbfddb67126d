"""Round 76 (twenty-eighth session): the parties of acts told in headline shapes the parser misreads.

Classes read in the pooled development judgements of held-out 10-37 (slot errors still present
at the session's start); every sentence here is invented.

- A headline infinitive whose name the parser makes the root ("Scholz to meet with …", the verb
  its adverbial clause) or an adverb ("Orban to hold …"): the name does the act.
- A verbless toll told by a count ("Two dead after … attacks"): the attack in the phrase is the
  news, as with "eight villagers dead after …" (round 42).
- "after Russian shelling": the parser reads the demonym as the subject of a gerund; it names
  the state that shells, not a person called "Russian".
- A passive participle after a demonym ("Italian killed in …") is a verb: the demonym names the
  victim, never the doer.
- "A volunteer among people killed by …": the one named before "among" is a victim too.
- "X found guilty of …" (an object predicate and no object): the headline's passive; X is the
  one convicted, not the court.
- "describes the fear of …" is no disapproval (the CAMEO tier reads "describe" only with "as").
- "aid to help X", "help X rebuild …": the one helped receives the gift or the help.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _found(coded) -> list[tuple[str, set[str], set[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, {names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in coded.events]


@pytest.mark.parametrize("text,doer", [
    ("Scholz to meet with Japanese prime minister on Tuesday", "Olaf Scholz"),
    ("Orban to hold call with Erdogan", "Viktor Orbán"),
    ("Zelensky to address European Parliament on Thursday", "Volodymyr Zelensky"),
    ("Sunak to visit Kyiv next week", "Rishi Sunak"),
])
def test_headline_infinitive_names_its_doer(code, text, doer):
    found = _found(code(text, PUB))
    assert any(doer in s for _, s, _ in found), found


@pytest.mark.parametrize("text,doer", [
    ("Two dead after Russian missile attacks on Zaporizhzhia", "Russia"),
    ("Five dead after drone strike on Belgorod village", None),
])
def test_a_counted_toll_reports_its_attack(code, text, doer):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" and (doer is None or doer in s) for e, s, _ in found), found


def test_a_toll_after_weather_is_no_attack(code):
    found = _found(code("Seven dead after heavy rains flood the valley", PUB))
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize("text,state", [
    ("Power cut in Kharkiv after Russian shelling", "Russia"),
    ("Death toll in Mykolaiv rises to 12 after Russian shelling", "Russia"),
    ("Bridge closed after Ukrainian shelling overnight", "Ukraine"),
])
def test_a_demonym_before_a_gerund_names_the_state(code, text, state):
    coded = code(text, PUB)
    found = _found(coded)
    assert any(e == "ASSAULT" and s == {state} for e, s, _ in found), found
    assert not any(a.kind == "person" for a in coded.actors), [a.name for a in coded.actors]


@pytest.mark.parametrize("text,victim", [
    ("Italian killed in Ukraine, foreign ministry says", "Italian"),
    ("Two Canadians wounded in Ukraine, Ottawa says", None),
])
def test_a_demonym_before_a_passive_is_no_doer(code, text, victim):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" for e, _, _ in found), found
    assert all(not s for e, s, _ in found if e == "ASSAULT"), found
    if victim:
        assert any(victim in t for _, _, t in found), found


@pytest.mark.parametrize("text,named", [
    ("Local mayor among dozens wounded in drone attack on Kherson", "Local mayor"),
    ("Kenyan police officer among peacekeepers injured in ambush in Mali", "Kenyan police officer"),
    ("British volunteer among people killed by Russian shelling in Bakhmut", "British volunteer"),
])
def test_the_one_named_among_the_victims_is_a_victim(code, text, named):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" and named in t for e, _, t in found), found


def test_among_those_honoured_is_no_victim(code):
    assert not _found(code("Ukrainian pianist among artists honored by festival", PUB))


@pytest.mark.parametrize("text,convicted", [
    ("Prominent Belarusian opposition blogger found guilty of extremism",
     "Prominent Belarusian opposition blogger"),
    ("Former Georgian defense minister found guilty of abuse of power", "Former Georgian defense minister"),
])
def test_found_guilty_in_a_headline_is_passive(code, text, convicted):
    found = _found(code(text, PUB))
    assert any(convicted in t and convicted not in s for _, s, t in found), found


def test_describing_a_fear_is_no_disapproval(code):
    found = _found(code("Ukrainian nurse describes the fear of working nights in Kharkiv", PUB))
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_describing_as_a_disaster_still_disapproves(code):
    found = _found(code("The Chilean minister described the toll rise as a disaster", PUB))
    assert any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize("text,event,giver,helped", [
    ("Japan announces $300 million in aid to help Sri Lanka", "AID", "Japan", "Sri Lanka"),
    ("Norwegian cities donate generators to help Ukraine get through winter", "AID", "Norway", "Ukraine"),
    ("Germany provides air defense systems to help Ukraine protect its cities", "AID", "Germany",
     "Ukraine"),
    ("Japan sends engineers to help Sri Lanka rebuild ports", "COOPERATE", "Japan", "Sri Lanka"),
])
def test_the_one_helped_receives(code, text, event, giver, helped):
    found = _found(code(text, PUB))
    assert any(e == event and giver in s and helped in t for e, s, t in found), found


def test_help_given_elsewhere_is_not_the_gifts(code):
    found = _found(code("Poland sends aid as Moscow moves to help separatists", PUB))
    assert not any(e == "AID" and t for e, _, t in found), found


@pytest.mark.parametrize("text,critic", [
    ("Prominent Kremlin critic found guilty of spreading false information", "Prominent Kremlin critic"),
    ("Beijing critic arrested in Hong Kong", "Beijing critic"),
])
def test_a_governments_critic_is_a_person_not_the_state(code, text, critic):
    coded = code(text, PUB)
    found = _found(coded)
    assert any(e == "COERCE" and t == {critic} for e, _, t in found), found
    assert next(a for a in coded.actors if a.name == critic).kind == "person"


@pytest.mark.parametrize("text,partners", [
    ("Scholz discussed Ukraine bid with Macron and Draghi", {"Olaf Scholz", "Emmanuel Macron"}),
    ("Norway's premier discussed membership bid with US and Swedish leaders",
     {"Norway's premier", "Swedish leaders", "American leaders"}),
    ("The Chilean president discussed the next steps of the bid with Argentine ministers",
     {"Chilean president", "Argentine ministers"}),
])
def test_the_other_side_of_a_discussion_hung_inside_its_topic(code, text, partners):
    found = _found(code(text, PUB))
    assert any(e == "CONSULT" and partners <= s for e, s, _ in found), found


def test_troops_inside_a_topic_are_no_side(code):
    found = _found(code("The minister discussed the risks of a clash with Chinese troops", PUB))
    assert not any("Chinese troops" in s for _, s, _ in found), found


@pytest.mark.parametrize("text,sides", [
    ("Talks continue with Iran", {"Iran"}),
    ("Ukrainian President Zelensky says difficult negotiations continue with Russia",
     {"Russia", "Volodymyr Zelensky"}),
])
def test_talks_going_on_with_a_party(code, text, sides):
    found = _found(code(text, PUB))
    assert any(e in ("CONSULT", "AGREE") and sides <= s for e, s, _ in found), found


def test_talks_ending_with_a_thing_have_no_side(code):
    found = _found(code("Talks ended with an agreement on grain", PUB))
    assert all(not s for e, s, _ in found if e == "CONSULT"), found


@pytest.mark.parametrize("text,speaker,other", [
    ("Austin spoke to his Russian counterpart and urged an immediate ceasefire", "Lloyd Austin",
     "Russian counterpart"),
    ("Macron met Erdogan and pressed for a deal on grain", "Emmanuel Macron", "Recep Tayyip Erdoğan"),
])
def test_an_act_said_right_after_a_contact_is_said_to_the_one_met(code, text, speaker, other):
    found = _found(code(text, PUB))
    assert any(e == "REQUEST" and speaker in s and other in t for e, s, t in found), found


@pytest.mark.parametrize("text", [
    "Macron met Erdogan and later urged Europe to send more arms",
    "The Chilean president met reporters and called for calm",
    "Scholz spoke with Putin, and Biden urged a ceasefire",
])
def test_an_act_with_its_own_addressee_or_after_a_press_talk(code, text):
    found = _found(code(text, PUB))
    assert not any(e == "REQUEST" and t & {"Recep Tayyip Erdoğan", "reporters", "Vladimir Putin"}
                   for e, _, t in found), found


# review 76 mends: a demonym headline root with its participle, approving aid to help, and
# naming an act a sham or a crime
@pytest.mark.parametrize("text,victim", [
    ("Italian killed in Ukraine while delivering humanitarian aid", "Italian"),
    ("Frenchman wounded in Kharkiv shelling", "Frenchman"),
])
def test_a_demonym_root_with_its_participle_is_the_victim(code, text, victim):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" and victim in t and not s for e, s, t in found), found


def test_aid_approved_to_help_goes_to_the_one_helped(code):
    found = _found(code("EU approves aid to help Moldova", PUB))
    assert any(e in ("AGREE", "AID") and "Moldova" in t for e, _, t in found), found


@pytest.mark.parametrize("text", [
    "The Chilean minister described the referendum as a sham",
    "The senator called the vote a farce",
])
def test_naming_an_act_a_sham_disapproves(code, text):
    assert any(e == "ACCUSE" for e, _, _ in _found(code(text, PUB)))


def test_naming_a_flood_a_disaster_accuses_no_one(code):
    found = _found(code("The governor called the floods a disaster", PUB))
    assert not any(e == "ACCUSE" for e, _, _ in found), found
