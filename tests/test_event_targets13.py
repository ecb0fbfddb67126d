"""Round 13 of the actor audit (war headlines), the target slot: who is handed an act ("X
gives Y an ultimatum"), the headline passive read as a past tense ("X detained as …"), who is
asked in "calls for X to …" (the doer of the act asked for, not the one it is for or against),
the recipient of an amount "in aid", and a demonym in the attack's own name that is no cue to
the victims' country. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries, names, of_type

PUB = "2022-06-01"


# ------------------------------------------------------------ class 1, an act handed to someone
@pytest.mark.parametrize("text,source,target", [
    ("Bolivia's defence minister gives Chile ultimatum over border posts", "BOL", "CHL"),
    ("Chilean foreign minister gives the Peruvian government an ultimatum", "CHL", "PER"),
    ("Bolivia hands Chile an ultimatum", "BOL", "CHL"),
])
def test_an_act_handed_to_someone_is_aimed_at_them(code, text, source, target):
    """"gives Y (an) ultimatum": the giver's threat, aimed at Y; without the article the
    parser makes Y a compound of the noun, which read as the act's owner swapped the roles."""
    doc = code(text, PUB)
    ev = of_type(doc, "THREATEN")
    assert countries(doc, ev.actor) == {source}
    assert countries(doc, ev.recipient) == {target}


def test_an_owned_act_keeps_its_owner(code):
    doc = code("Peru's ultimatum to Chile expires on Friday", PUB)
    ev = of_type(doc, "THREATEN")
    assert countries(doc, ev.actor) == {"PER"}
    assert countries(doc, ev.recipient) == {"CHL"}


# ------------------------------------------ class 2, the headline passive tagged as a past tense
@pytest.mark.parametrize("text,victim", [
    ("Bolivian activist jailed for three years over a banned rally", "bolivian activist"),
    ("Kenyan reporter detained at airport after criticizing governor", "kenyan reporter"),
    ("Peruvian opposition leader detained, party says", "peruvian opposition leader"),
])
def test_a_bare_past_of_a_patient_verb_is_passive(code, text, victim):
    """"X detained as …": headlines drop "was"; a verb done to someone that never goes
    without its object, with none, is passive: X is the target, not the source."""
    doc = code(text, PUB)
    ev = of_type(doc, "COERCE")
    assert victim in names(doc, ev.recipient)
    assert victim not in names(doc, ev.actor)


def test_the_active_past_keeps_its_subject(code):
    doc = code("Kenya detained as many as 40 protesters", PUB)
    ev = of_type(doc, "COERCE")
    assert countries(doc, ev.actor) == {"KEN"}
    assert "protesters" in names(doc, ev.recipient)


# ------------------------------------------------ class 3, who is asked: the doer of the act
@pytest.mark.parametrize("text,asked", [
    ("Kenya calls for Uganda to withdraw its troops", {"UGA"}),
    ("The assembly votes to call for Uganda to end its blockade of Kenya", {"UGA"}),
    ("Kenya calls for Uganda to be given more weapons", set()),
    ("Chilean minister pushes for new round of Bolivia sanctions", set()),
    ("Kenya will call for Uganda to be expelled from the African Union", {"african union", "UGA"}),
    ("Kenya's president says Uganda should be suspended from the African Union", {"UGA"}),
    ("Kenya says Uganda must be given more weapons", set()),
    ("The senators called on the White House to send jets to Kenya", {"USA"}),
])
def test_a_request_is_addressed_to_who_is_to_act(code, text, asked):
    """"calls for X to withdraw": X is asked; "calls for X to be given arms", "X must be
    given arms": X benefits and is not asked, nor is the one named by a noun of the act asked
    for ("pushes for sanctions on X"); "for X to be expelled from Y": Y, the doer, is asked,
    and X, against whom it is demanded, kept; the to-clause's "to Kenya" is where the jets
    go, not who is asked."""
    doc = code(text, PUB)
    ev = of_type(doc, "REQUEST")
    got = countries(doc, ev.recipient) | {n for n in names(doc, ev.recipient) if n == "african union"}
    assert got == asked


# ---------------------------------------------------- class 4, the recipient of an amount in aid
@pytest.mark.parametrize("text,giver,taker", [
    ("Obama announces $300 million more in aid to Kenya", "USA", "KEN"),
    ("Japan sends 5 million yen in humanitarian assistance to Peru", "JPN", "PER"),
])
def test_an_amount_in_aid_goes_to_its_to_phrase(code, text, giver, taker):
    doc = code(text, PUB)
    ev = of_type(doc, "AID")
    assert countries(doc, ev.actor) == {giver}
    assert countries(doc, ev.recipient) == {taker}


# ------------------------------------- class 5, the attacker's demonym is no victims' country
def test_a_demonym_in_the_attack_name_is_not_the_victims(code):
    """"civilians killed in Ruritanian convoy shelling": the demonym names whose shelling it
    is; the victims are not given the attacker's country."""
    doc = code("More than 10 civilians killed in Chilean convoy shelling, says governor", PUB)
    ev = of_type(doc, "ASSAULT")
    assert "civilians" in names(doc, ev.recipient)
    assert "CHL" not in countries(doc, ev.recipient)


def test_a_demonym_on_the_struck_thing_still_gives_the_victims_country(code):
    doc = code("Three civilians killed by Chilean missile strikes in Bolivian border town", PUB)
    ev = of_type(doc, "ASSAULT")
    assert countries(doc, ev.recipient) == {"BOL"}


# ------------------------------------- class 6, who is blamed and why, not a party of the why
def test_as_much_to_blame_blames_both_and_not_the_speaker(code):
    """"X is as much to blame as Y": the parser hangs "to blame" on "much"; X and Y are
    blamed, the one who says so blames them (the role reversal read X as the blamer)."""
    doc = code("Peru's former leader says Quito is as much to blame as Lima for the dispute", PUB)
    ev = of_type(doc, "ACCUSE")
    assert countries(doc, ev.actor) == {"PER"}
    assert countries(doc, ev.recipient) == {"ECU", "PER"}


@pytest.mark.parametrize("text,thanked", [
    ("Kenyan defense chief thanks Spain for supporting Uganda", {"ESP"}),
    ("Peru praises Chile for helping Bolivian refugees", {"CHL"}),
])
def test_the_reason_clause_names_no_recipient(code, text, thanked):
    """"thanks X for supporting Y": the gerund clause is why X is thanked; Y is not thanked."""
    doc = code(text, PUB)
    ev = of_type(doc, "SUPPORT")
    assert countries(doc, ev.recipient) == thanked


# ------------------------------------------- class 7, the one an act noun is for or about
@pytest.mark.parametrize("text,event,target", [
    ("Obama offers strong support for Kenya and Uganda's membership bids", "AGREE", {"KEN", "UGA"}),
    ("Obama offers strong support for Kenya", "AGREE", {"KEN"}),
    ("Obama offers strong support for Kenya and Uganda's NATO bids", "AGREE", {"KEN", "UGA"}),
    ("Hearing of jailed Bolivian activist resumes in La Paz court", "ACCUSE", {"BOL"}),
    ("Hearing of detained Chilean journalist postponed after protest", "ACCUSE", {"CHL"}),
])
def test_the_noun_phrase_names_whom_the_act_is_for(code, text, event, target):
    """"support **for** X('s bid)", "the hearing **of** X": the one supported or tried; the
    body a bid is to join ("NATO bids") receives nothing."""
    doc = code(text, PUB)
    ev = of_type(doc, event)
    assert countries(doc, ev.recipient) == target
    assert not any(doc.actor(a).kind == "igo" for a in ev.recipient)


# ------------------------------- class 8, a measure on a signed paper; aid told as arriving
@pytest.mark.parametrize("text,source,target", [
    ("Lukashenko signs decree on retaliatory sanctions against Lithuania", "BLR", "LTU"),
    ("Erdogan signs law on sanctions against Greece", "TUR", "GRC"),
])
def test_who_signs_the_paper_imposes_the_measure(code, text, source, target):
    doc = code(text, PUB)
    ev = of_type(doc, "SANCTION")
    assert countries(doc, ev.actor) == {source}
    assert countries(doc, ev.recipient) == {target}


@pytest.mark.parametrize("text", [
    "First military aid arrives in Kenya since the coup",
    "Shipments of weapons arrived for Kenya over the weekend",
    "Food aid reached Kenya on Monday",
    "Military aid is on its way to Kenya",
    "More weapons and aid on the way to Kenya, minister says",
])
def test_aid_arriving_goes_to_where_it_arrives(code, text):
    doc = code(text, PUB)
    ev = of_type(doc, "AID")
    assert countries(doc, ev.recipient) == {"KEN"}


# ------------------------------------- class 9, the colon speaker is no victim of the clause
def test_a_full_clause_hung_on_the_colon_speaker_keeps_its_own_subject(code):
    """"Police chief: two X guards were shot by …": the parser hangs the clause on the
    speaker as if it were a reduced relative; with a subject of its own it is not, and the
    speaker is not the one shot."""
    doc = code("Police chief: two Peruvian guards were shot by gunmen outside the embassy", PUB)
    ev = of_type(doc, "ASSAULT")
    assert "police chief" not in names(doc, ev.recipient)
    assert countries(doc, ev.recipient) == {"PER"}


def test_a_place_name_before_the_attack_gives_the_victims_country(code):
    """"wounded by Arica missile strikes": the place named on the attack is where it struck,
    so the victims described with no country are people of that place's country."""
    doc = code("Governor: 12 civilians were wounded by Arica missile strikes", PUB)
    ev = of_type(doc, "ASSAULT")
    assert countries(doc, ev.recipient) == {"CHL"}


def test_the_colon_speaker_is_no_subject_of_a_misread_final_noun(code):
    """"Governor: 12 civilians were wounded by Arica missile strikes": the parser reads
    "strikes" as a verb whose subject is the governor; a clause with its own subject lies
    between, so the governor only reports: no attack of his."""
    doc = code("Governor: 12 civilians were wounded by Arica missile strikes", PUB)
    assert not any("governor" in names(doc, e.actor) for e in doc.events)


def test_a_colon_speaker_with_no_clause_after_still_acts(code):
    doc = code("Kenyan president: ready to meet Museveni", PUB)
    assert "KEN" in countries(doc, of_type(doc, "AGREE").actor)


# ------------------------------------------- class 10, the one told to act by a directive verb
@pytest.mark.parametrize("text,told", [
    ("Nairobi mayor warns residents to stay indoors amid reports of gunfire", "residents"),
    ("Kenya warns Uganda to stop the border raids", "uganda"),
])
def test_the_object_told_to_act_is_the_recipient(code, text, told):
    """"warns X to stay indoors": X is told, the request's recipient (warn's object is
    otherwise a theme: "warned of strikes")."""
    doc = code(text, PUB)
    ev = of_type(doc, "REQUEST")
    assert told in names(doc, ev.recipient)


# --------------------------------- class 11, a reaction is aimed at the doer, not the victim
@pytest.mark.parametrize("text,target", [
    ("Kenya condemns Russia's attack on civilians", {"RUS"}),
    ("Kenya condemns the arrest of a Kenyan reporter by Ugandan police", {"UGA"}),
    ("Peru condemns the senator's assassination", set()),
    ("Crowds protest detention of deputy mayor in northern Kenyan town", set()),
    ("Morales calls the activist's murder a cruel crime", set()),
])
def test_a_reaction_to_harm_is_aimed_at_its_doer(code, text, target):
    """"condemns X's attack on civilians": aimed at X, not at the civilians; "protest the
    detention of a mayor", "calls the activist's murder a crime": the victim is no target,
    and with the doer unnamed the target is empty."""
    doc = code(text, PUB)
    ev = next(e for e in doc.events if e.event in ("ACCUSE", "PROTEST"))
    assert countries(doc, ev.recipient) == target
    assert not names(doc, ev.recipient) & {"civilians", "senator", "deputy mayor", "activist"}


# ------------------------------------ class 12, "X and other officials" are of X's country
@pytest.mark.parametrize("text,group,country", [
    ("Russia bans Kenyan President William Ruto and other top officials from entering the country",
     "officials", "KEN"),
    ("Peru expels the Chilean ambassador and other diplomats", "diplomats", "CHL"),
])
def test_other_members_take_the_named_partys_country(code, text, group, country):
    """"bans X and other top officials": more of X's kind, of X's country; the banning
    state named in the sentence is no cue."""
    doc = code(text, PUB)
    found = [a for a in doc.actors if a.name.lower() == group]
    assert found and found[0].country == country


def test_a_partys_own_people_are_the_recipient(code):
    """"Norway advises its citizens to …": "its" stands for Norway, so the group resolved to
    Norway and was dropped as the actor's own; the citizens, Norwegian, are told."""
    doc = code("Norway advises its citizens to avoid all travel to Chad", PUB)
    ev = of_type(doc, "REQUEST")
    assert names(doc, ev.recipient) == {"citizens"}
    assert countries(doc, ev.recipient) == {"NOR"}


# ------------------------- class 13, an addressee elided in a coordination of verbal conflict
@pytest.mark.parametrize("text,event,target", [
    ("Chilean official calls Bolivian actions hostile and warns of consequences", "THREATEN", {"BOL"}),
    ("Kenya condemns Uganda's border raid and threatens retaliation", "THREATEN", {"UGA"}),
    ("Kenya accuses Uganda of shelling and demands an apology", "REQUEST", {"UGA"}),
    ("Kenya rejects Uganda's offer and demands compensation from Sudan", "REQUEST", {"SDN"}),
])
def test_a_coordinated_verbal_act_shares_the_first_ones_target(code, text, event, target):
    """"X calls Y's actions hostile and warns of consequences": the warning, with no
    addressee of its own, is aimed at Y; a party named on the second act keeps its own."""
    doc = code(text, PUB)
    assert countries(doc, of_type(doc, event).recipient) == target
