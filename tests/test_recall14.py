"""Recall classes of round 14 (issue core III): events a coder codes in war headlines that
Parley missed, each fixed as a class and checked against near misses. Every sentence here is
invented.

1. Visits: an official arriving "at" a government's seat or an international body's
   headquarters is on a visit (CONSULT visit); a court is no host.
2. Designation and name-calling: declaring or designating a party a state sponsor or
   perpetrator of terrorism, and "X is a butcher, Y says", are ACCUSE (disapprove) of X.
3. Restrictions: curbing or slashing exports or visas is SANCTION; tightening or stepping up
   controls on a border is COERCE restrict (capital controls are no border).
4. Planned talks: "talks will take place / happen / resume <day>" announce the talks (planned
   cooperation: AGREE), not a state told for its effects.
5. Settling a dispute: "resolve a row / settle a dispute" is AGREE.
6. Refusals: an intent word denied ("not ready to surrender", "not willing to send troops")
   refuses the act: REJECT.
7. Praise: paying tribute or homage to someone is SUPPORT; an attack told in a participle
   clause on the one honoured ("... to soldiers killed by the militia") stays an event.
8. Recommending that a party act is a call on it (REQUEST); the act recommended is not done.
9. A time adjunct on a predicate noun ('X is "a butcher" after meeting Y') is no part of it:
   the meeting stays an event of its own.
"""
from __future__ import annotations

import pytest

PUB = "2023-03-02"


def events(code, text):
    doc = code(text, PUB)
    return [(e.event, e.mode) for e in doc.events if not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text, event, mode", [
    ("The Kenyan prime minister arrived at the White House on Monday", "CONSULT", "visit"),
    ("Chile's president arrives at the United Nations headquarters", "CONSULT", "visit"),
    ("Estonia's parliament declares Iran a state sponsor of terrorism", "ACCUSE", "disapprove"),
    ("The Estonian parliament declared Iran a state sponsor of terrorism.", "ACCUSE", "disapprove"),
    ("The senator says the general is a butcher", "ACCUSE", "disapprove"),
    ("The junta's leader is a murderer, the Estonian prime minister says", "ACCUSE", "disapprove"),
    ("Hungary curbs grain exports to its neighbours", "SANCTION", "discontinue"),
    ("Estonia slashes the number of work visas for Belarusians", "SANCTION", "discontinue"),
    ("Poland increases controls along its border with Belarus", "COERCE", "restrict"),
    ("Latvia tightened controls on its border with Belarus on Monday", "COERCE", "restrict"),
    ("Talks between Serbia and Kosovo will take place next week", "AGREE", None),
    ("Serbia-Kosovo talks will happen Monday, an official says", "AGREE", None),
    ("Talks between Serbia and Kosovo will resume on Tuesday", "AGREE", None),
    ("The Serbian and Croatian presidents resolve their row over the border crossing", "AGREE", None),
    ("Chile and Peru resolved the dispute over fishing rights", "AGREE", None),
    ("The rebels are not ready to surrender, their commander says", "REJECT", None),
    ("The government is not willing to send troops to the border", "REJECT", None),
    ("Poland is not prepared to supply jets to Kyiv, its president says", "REJECT", None),
    ("The Chilean president paid tribute to the Peruvian firefighters", "SUPPORT", None),
    ("The Kenyan president paid homage to the peacekeepers killed by the militia", "SUPPORT", None),
    ("The Kenyan president paid homage to the peacekeepers killed by the militia", "ASSAULT", None),
    ("The African Union recommends member states tighten visa rules for Libyan citizens", "REQUEST", None),
    ("The senator says the general is a butcher after meeting with veterans", "CONSULT", None),
])
def test_class_is_coded(code, text, event, mode):
    found = events(code, text)
    assert any(ev == event and (mode is None or m == mode) for ev, m in found), found


@pytest.mark.parametrize("text, event", [
    ("The American basketball player arrives at a Moscow court for her trial", "CONSULT"),
    ("China tightens capital controls", "COERCE"),
    ("The war will ruin the harvest, farmers say", "CONSULT"),
    ("Negotiations with Chile can continue once the border reopens, an aide says", "CONSULT"),
    ("The central bank curbs lending to households", "SANCTION"),
    ("Chile is ready to send troops to Haiti", "REJECT"),
    ("Doctors recommend that people wear masks indoors", "REQUEST"),
    ("The Chilean president is sure the dispute with Peru over fishing will be resolved", "AGREE"),
    ("The Kenyan president hails Qatar's efforts to settle the dispute between Chad and Sudan", "AGREE"),
    ("The African Union recommends member states tighten visa rules for Libyan citizens", "SANCTION"),
])
def test_near_miss_stays(code, text, event):
    assert not any(ev == event for ev, _ in events(code, text))
