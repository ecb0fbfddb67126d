"""Everyday senses of cooperation and conflict words in domestic news (round 21).

Invented sentences for each class: an opinion agreed ("agree" + a finite clause), a command or
slogan quoted (an imperative inside quotation marks), "sanction" as authorise (an act as its
object), a fight whose aim is a civil or abstract thing or a contest's prize, a retreat told by
a particle ("backed out"), a candidate attending rallies, the content of a directive ("commanded
the battalion to attack"), "deal" as an amount, and stories or proposals that "explode" or are
"shot down". The real events of each word stay.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _events(code, text: str) -> set[str]:
    return {e.event for e in code(text, PUB).events}


@pytest.mark.parametrize(("text", "event"), [
    # an opinion agreed: a finite complement clause, no to-infinitive
    ("The senator largely agreed with her colleague that the bill was flawed.", "AGREE"),
    ("Both economists agreed that the tax cut was a mistake.", "AGREE"),
    ("The judge agreed with the prosecutors that the evidence was weak.", "AGREE"),
    ("Most of the panelists agreed that the new stadium is too expensive.", "AGREE"),
    ("The two mayors agreed on the need for more park rangers.", "AGREE"),
    ("The rival coaches agreed on the urgency of fixing the pitch.", "AGREE"),
    # an occasion hosted
    ("The Hawks will host the Royals for a playoff game on Sunday.", "AGREE"),
    ("The city will host the Summer Olympics in 2036.", "AGREE"),
    # a command or slogan quoted
    ("Protesters chanted \"don't shoot\" outside the courthouse.", "ASSAULT"),
    ("\"Drop the knife,\" the officer yelled at the man in Tulsa.", "ASSAULT"),
    ("Students shouted \"lock him up\" outside the arena in Denver.", "COERCE"),
    # sanction as authorise
    ("The committee sanctioned the use of public funds.", "SANCTION"),
    ("The regulator sanctioned the sale of the airline to a rival.", "SANCTION"),
    ("The boxing commission sanctioned the match for May.", "SANCTION"),
    # a fight for a civil or abstract aim
    ("The mayor has fought to push through a new housing policy.", "ASSAULT"),
    ("The congresswoman fought to keep her seat in the primary.", "ASSAULT"),
    ("The dean struggled to save the scholarship programme.", "ASSAULT"),
    # a particle that reverses support
    ("The union backed out of the wage talks under pressure.", "SUPPORT"),
    ("The sponsor backed out under pressure from its members.", "SUPPORT"),
    # a candidate's rallies
    ("The candidate attended a dozen rallies in Ohio since March.", "PROTEST"),
    ("The congressman worked hard for the nominee, attending office openings and rallies.",
     "PROTEST"),
    # the content of a directive
    ("The colonel commanded the battalion to regroup and attack the ridge.", "ASSAULT"),
    ("The captain ordered the platoon to dig in and then shell the farmhouse.", "ASSAULT"),
    # a deal as an amount or a weight
    ("The mayor spent a great deal of time on the zoning code.", "AGREE"),
    ("Winning the county fair was a huge deal for the bakery.", "AGREE"),
    # a contest's prize
    ("The two candidates are battling for votes in rural Iowa.", "ASSAULT"),
    ("Four candidates are fighting for the open council seat.", "ASSAULT"),
    # a story or a proposal as the patient of a material verb
    ("The billing scandal exploded into public view last week.", "ASSAULT"),
    ("The zoning board shot down the proposal for a car wash.", "ASSAULT"),
    ("The trustees shot down the plan for a new gym.", "ASSAULT"),
])
def test_everyday_sense_codes_no_event(code, text, event):
    assert event not in _events(code, text), text


@pytest.mark.parametrize(("text", "event"), [
    ("The two sides agreed to a ceasefire on Monday.", "AGREE"),
    ("Israel agreed to release 30 prisoners.", "AGREE"),
    ("Ukraine and Russia agreed that prisoner exchanges would resume next week.", "AGREE"),
    ("\"Russia attacked our cities,\" the president said.", "ASSAULT"),
    ("The rebels fought government troops near Goma.", "ASSAULT"),
    ("The Marines fought to hold the ridge against the enemy.", "ASSAULT"),
    ("Protesters rallied against the junta in Yangon.", "PROTEST"),
    ("The president attended a rally against the war in Kyiv.", "PROTEST"),
    ("The EU sanctioned three banks on Tuesday.", "SANCTION"),
    ("Washington sanctioned two Iranian generals last week.", "SANCTION"),
    ("Russia backed the separatists in Donbas.", "SUPPORT"),
    ("Kenya signed a big deal with China on Monday.", "AGREE"),
    ("The ministers agreed on a plan to share grain.", "AGREE"),
    ("Kyiv and Moscow agreed on a prisoner swap.", "AGREE"),
    ("The air force shot down two drones over Kyiv.", "ASSAULT"),
    ("A bomb exploded near the market in Kabul.", "ASSAULT"),
    ("Moldova pushes for EU membership.", "REQUEST"),
    ("Thousands attended a rally against the new pension law in Paris.", "PROTEST"),
])
def test_real_event_stays(code, text, event):
    assert event in _events(code, text), text
