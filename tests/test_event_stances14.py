"""Round 14 (US political news): word senses, weighed acts, publics and habits that code no
affirmed event (events/stances.py, frames.habitual, modes._imagined_would). Every sentence is
invented; each class has several, and controls (acts of parties) that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def affirmed(doc):
    return {e.event for e in doc.events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize("text, event", [
    # understanding as a grasp of something
    ("The new course gave the students a better understanding of the tax code.", "AGREE"),
    ("Voters want a clearer understanding of how the levy will be spent.", "AGREE"),
    ("The museum offers visitors a deeper understanding of the frontier years.", "AGREE"),
    # the legal sense of "strike down"
    ("A state judge struck down the county's new voting map.", "ASSAULT"),
    ("The appeals court could strike down the zoning rule next year.", "ASSAULT"),
    ("Voters struck down the sales tax measure in a close referendum.", "ASSAULT"),
    # a thing's need, no request by a party
    ("The housing crisis demands a response from every city council.", "REQUEST"),
    ("This problem demands a bipartisan answer, the mayor said.", "REQUEST"),
    ("It is a situation that demands patience from both towns.", "REQUEST"),
    # a public's stance: passive agent, relative subject
    ("The governor's plan was supported by 55 percent of voters in the survey.", "SUPPORT"),
    ("There are many residents who will happily continue to support the mayor.", "SUPPORT"),
    ("There are many voters who support the sheriff's bid.", "SUPPORT"),
    # harm to oneself
    ("The company shot itself in the foot with the new pricing plan.", "ASSAULT"),
    ("The senator keeps hurting himself with careless remarks.", "ASSAULT"),
    ("The party attacked itself with a series of bitter primaries.", "ASSAULT"),
    # an act weighed as hard or easy
    ("The new rules will make it hard for the governor to veto the bill.", "REJECT"),
    ("The scandal makes it difficult for the senator to attack his rival.", "ACCUSE"),
    ("The vote made it impossible for the mayor to fire the chief.", "COERCE"),
    # justifying one's own act
    ("The mayor was forced to defend cutting the library budget.", "SUPPORT"),
    ("The governor defended his decision to close the plant.", "SUPPORT"),
    ("The senator defended his vote on the farm bill.", "SUPPORT"),
    # a status predicate
    ("The governor said the investigation is ongoing.", "ACCUSE"),
    ("The probe remains pending, a county spokesman said.", "ACCUSE"),
    # a participle clause shares the habit of its verb
    ("Students have often gathered there while marching to the capitol.", "PROTEST"),
    ("Retirees, complaining about rents, often say the city has forgotten them.", "ACCUSE"),
    ("Farmers sometimes camp outside the statehouse while protesting new levies.", "PROTEST"),
    # content of a request: a verb coordinated inside the to-clause of a verb of asking
    ("The mayor called on the sheriff to stop harassing reporters and apologize.", "SUPPORT"),
    ("The club urged the coach to stop benching players and apologize to fans.", "SUPPORT"),
    # a candidacy launched
    ("The mayor launched his bid for governor on Monday.", "SANCTION"),
    ("The councilwoman launched her candidacy for the state senate.", "SANCTION"),
])
def test_no_affirmed_event(code, text, event):
    assert event not in affirmed(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    # "would" in a relative or when-clause: what a proposal would do, an imagined past
    ("He recalled the summers when his family would visit the governor at the lake.", "CONSULT"),
    ("Lawmakers debated a plan that would sue the drug makers over the opioid crisis.", "ACCUSE"),
    ("She remembered the nights when soldiers would raid the village.", "ASSAULT"),
    ("She remembered the nights when soldiers would raid the village.", "THREATEN"),
])
def test_imagined_would_is_not_affirmed(code, text, event):
    doc = code(text, PUB)
    assert event not in affirmed(doc)
    assert all(e.hypothetical for e in doc.events if e.event == event)


@pytest.mark.parametrize("text, event", [
    ("The two parties reached an understanding on the budget.", "AGREE"),
    ("Police said the gunman struck a pedestrian with his car.", "ASSAULT"),
    ("The protesters demanded the resignation of the police chief.", "REQUEST"),
    ("The senator was supported by the state party.", "SUPPORT"),
    ("The senator defended the governor against the charges.", "SUPPORT"),
    ("The FBI opened an investigation into the mayor's campaign.", "ACCUSE"),
    ("Rebels shot two soldiers at the checkpoint.", "ASSAULT"),
    ("The rebels struck down two government helicopters on Monday.", "ASSAULT"),
    ("Students gathered outside the capitol on Monday, marching against the fee.", "PROTEST"),
    ("Officials said the talks, which would begin on Monday, were set in Oslo.", "CONSULT"),
    ("The army launched a campaign of air strikes on the rebels.", "ASSAULT"),
    ("The senator called for a ceasefire and met the rebels' envoy.", "CONSULT"),
    ("The mayor urged calm and visited the injured officers.", "CONSULT"),
    # a named investigator, or an investigation under way, is the act
    ("The OSCE investigation into the prison abuses is ongoing.", "ACCUSE"),
    ("An investigation into the clinic's billing is underway, the governor said.", "ACCUSE"),
    # likelihood is modes.py's (a negated AGREE), not an act weighed as hard or easy
    ("The governor said a deal was unlikely to be agreed this week.", "AGREE"),
])
def test_act_of_a_party_stays(code, text, event):
    doc = code(text, PUB)
    assert event in {e.event for e in doc.events}
