"""Every word of the rule modules' word lists does what its list is for (invented sentences).

The lexical word lists of the event and actor rules are YAML data (``lexicon/events_*.yaml``,
``lexicon/actors_*.yaml``, read by ``parley.lexicon.word_lists``): each word carries an example
in which the rule using the list fires (or, for a veto list, in which it stops the rule). This
module codes every example through the real pipeline and asserts the list's effect with one
check per list, then codes it again with the word taken out of the list and asserts that the
check now fails: the example shows what the word itself does. An entry marked ``redundant``
says why its example passes without the word too (another rule or trigger covers it), and is
not ablated; an entry marked ``unreached`` names a word no example can make fire yet: its test
is an expected failure (strict), so it turns red the day the word starts to matter.
"""
from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable

import pytest

from parley.errors import LexiconError
from parley.lexicon import LEXICON_DIR, load, word_lists
from parley.schema import CodedArticle

PUB = "2022-06-01"
Check = Callable[[CodedArticle, str], bool]


def _first(doc: CodedArticle) -> str:
    """The id of the first actor of the sentence (the examples' subject)."""
    return doc.actors[0].id if doc.actors else ""


def _joint_work(doc: CodedArticle, word: str) -> bool:
    """Promised joint work is coded: an AGREE or COOPERATE event of the subject (an intent
    verb that is a trigger itself absorbs the work: "agreed to work with"); joint work refused
    with a negated modal ("won't work with", like "will not work with") is the subject's
    REJECT (round 13: "wo" + "n't" is a future negation, modes.reclassify)."""
    refused = "n't" in doc.article.text or "n’t" in doc.article.text
    return any((e.event in ("AGREE", "COOPERATE") or (refused and e.event == "REJECT"))
               and _first(doc) in e.actor for e in doc.events)


def _warning(doc: CodedArticle, word: str) -> bool:
    """A protest told as coming inside a warning is a threat, not a planned protest."""
    return any(e.event == "THREATEN" for e in doc.events) and not any(
        e.event == "PROTEST" for e in doc.events)


def _undergone(doc: CodedArticle, word: str) -> bool:
    """The subject of "come under fire" is the one the act is done to."""
    return any(_first(doc) in e.recipient for e in doc.events)


def _subject_controls(doc: CodedArticle, word: str) -> bool:
    """The subject of "used the interview to attack Y" does the attacking."""
    return any(_first(doc) in e.actor for e in doc.events)


def _no_generic_group(doc: CodedArticle, word: str) -> bool:
    """Veto: no group actor is made of a generic plural ("many nations")."""
    return bool(doc.events) and not any(word in a.name.lower().split() for a in doc.actors)


def _unplaced(doc: CodedArticle, word: str) -> bool:
    """People said to be from elsewhere take no country from the sentence (Sudan)."""
    actors = [doc.actor(i) for e in doc.events for i in e.actor]
    return bool(actors) and all(a is not None and a.country is None for a in actors)


def _us_body(doc: CodedArticle, word: str) -> bool:
    """The body whose name holds the word is American by its name alone."""
    return any(word.lower() in a.name.lower() and a.country == "USA" for a in doc.actors)


def _named(doc: CodedArticle, part: str) -> set[str]:
    """Ids of the actors whose name holds ``part``."""
    return {a.id for a in doc.actors if part in a.name}


def _consults(doc: CodedArticle) -> list:
    return [e for e in doc.events if e.event == "CONSULT"]


def _conversation(doc: CodedArticle, word: str) -> bool:
    """Telling a foreign leader is contact between the two: both in a CONSULT's source."""
    both = _named(doc, "Rojas") | _named(doc, "Lenz")
    return len(both) == 2 and any(both <= set(e.actor) for e in _consults(doc))


def _no_second_talk(doc: CodedArticle, word: str) -> bool:
    """Veto: "told Y in a call" is the call; the verb of telling is no contact of its own."""
    return not any(e.trigger is not None and e.trigger.text.lower().startswith("told")
                   for e in _consults(doc))


def _phone_call(doc: CodedArticle, word: str) -> bool:
    """A call told as the occasion of an act is a phone call of the subject."""
    return any(e.mode == "phone" and _named(doc, "Rojas") & set(e.actor) for e in _consults(doc))


def _joins(doc: CodedArticle, word: str) -> bool:
    """Whoever addresses, attends or arrives at a body's meeting takes part in it."""
    return any(_named(doc, "Rojas") & set(e.actor) and e.trigger is not None
               and e.trigger.text.lower() != "arrived" for e in _consults(doc))


def _joins_or_is_for(doc: CodedArticle, word: str) -> bool:
    """A body's meeting is joined (``_joins``); or, in the examples of an arrival abroad "for"
    a meeting, the arrival is no visit of its own (the meeting is the event)."""
    if " for the " not in doc.article.text:
        return _joins(doc, word)
    return not any(e.mode == "visit" for e in _consults(doc))


def _stays_out(doc: CodedArticle, word: str) -> bool:
    """Veto: who speaks of a meeting, or stays away, is no party of it."""
    return not any(_named(doc, "Rojas") & set(e.actor) and e.trigger is not None
                   and "summit" in e.trigger.text for e in _consults(doc))


def _not_a_partner(doc: CodedArticle, word: str) -> bool:
    """Veto: the maker of a joint thing discussed is no partner of the discussion."""
    peru = _named(doc, "Peru")
    return bool(peru) and not any(peru & set(e.actor + e.recipient) for e in _consults(doc))


def _visit_to(doc: CodedArticle, word: str) -> bool:
    """An arrival in another state is a visit to that state."""
    peru = _named(doc, "Peru")
    return any(e.mode == "visit" and peru & set(e.recipient) for e in _consults(doc))


def _nothing_received(doc: CodedArticle, word: str) -> bool:
    """Veto: a thing hosted or received is no visit."""
    return not _consults(doc)


def _trigger_starts(doc: CodedArticle, event: str, stem: str) -> bool:
    return any(e.event == event and e.trigger is not None
               and e.trigger.text.lower().startswith(stem) for e in doc.events)


def _no_wounding(doc: CodedArticle, word: str) -> bool:
    """Veto: "treated wounded" names the wounded; it tells no act of wounding."""
    return not any(e.event == "ASSAULT" for e in doc.events)


def _assessed(doc: CodedArticle, word: str) -> bool:
    """A judgement of a party's act reported by a speaker is criticism (ACCUSE)."""
    return _trigger_starts(doc, "ACCUSE", "provocation")


def _deceit_charged(doc: CodedArticle, word: str) -> bool:
    """A charge of lying against a rival is an accusation."""
    return _trigger_starts(doc, "ACCUSE", "lying")


def _branded(doc: CodedArticle, word: str) -> bool:
    """A verb of naming (or, round 24, of likening) with a pejorative complement is criticism
    of the one named."""
    return any(_trigger_starts(doc, "ACCUSE", verb) for verb in ("brand", "liken", "compar"))


def _deed_owner_judged(doc: CodedArticle, word: str) -> bool:
    """Round 24: a judgement of "the senator's remarks" criticises the senator (the second
    actor), the speaker (the first) being the critic."""
    owner = doc.actors[1].id if len(doc.actors) > 1 else ""
    return any(e.event == "ACCUSE" and owner in e.recipient for e in doc.events)


def _blamed(doc: CodedArticle, word: str) -> bool:
    """A reported act whose object names a wrong is the speaker's charge against the doer."""
    return any(e.event == "ACCUSE" and e.actor and e.recipient for e in doc.events)


def _physical(doc: CodedArticle, word: str) -> bool:
    """A person attacking a person with a toll or injury told is a physical attack."""
    return _trigger_starts(doc, "ASSAULT", "attack")


def _not_alone(doc: CodedArticle, word: str) -> bool:
    """A discussion during a visit, call or meeting is a consultation, not one party musing."""
    return _trigger_starts(doc, "CONSULT", "discuss")


def _party_object(doc: CodedArticle, word: str) -> bool:
    """An entry that needs a party as its object accepts the party noun."""
    return _trigger_starts(doc, "REQUEST", "press")


def _no_protest(doc: CodedArticle, word: str) -> bool:
    """Veto: what people in general do is no act of anyone."""
    return not any(e.event in ("PROTEST", "ASSAULT") for e in doc.events)


def _act_kept(doc: CodedArticle, word: str) -> bool:
    """A physical act's noun under a verb said of a share of a kind stays the act told."""
    return any(e.trigger is not None and e.trigger.text.lower().startswith(word)
               for e in doc.events)


def _name_given(doc: CodedArticle, word: str) -> bool:
    """Veto: the name given to a thing ("an attack on farmers") is no event."""
    return not any(e.event == "ASSAULT" for e in doc.events)


def _chance_taken(doc: CodedArticle, word: str) -> bool:
    """The act of a chance taken was done: the criticism is coded."""
    return _trigger_starts(doc, "ACCUSE", "critici")


def _opinion(doc: CodedArticle, word: str) -> bool:
    """Veto: agreement on a proposition by holders of an opinion is no deal."""
    return not any(e.event == "AGREE" for e in doc.events)


def _talks_announced(doc: CodedArticle, word: str) -> bool:
    """Talks that will take place or resume are announced (planned talks: AGREE or CONSULT)."""
    return any(e.event in ("CONSULT", "AGREE") and not e.negated for e in doc.events)


def _no_meeting(doc: CodedArticle, word: str) -> bool:
    """Veto: a gathering named only as the venue of another act or statement is no meeting."""
    return not any(e.event == "CONSULT" for e in doc.events)


def _no_event(doc: CodedArticle, word: str) -> bool:
    """Veto: a stance held or a non-event sense codes no event at all."""
    return not doc.events


def _not_the_holder(doc: CodedArticle, word: str) -> bool:
    """Veto: a rank below an office, or a past holder, is not the office's holder."""
    return bool(doc.events) and not any("Lavrov" in a.name for a in doc.actors)


def _venue(doc: CodedArticle, word: str) -> bool:
    """The place of an assembly is a venue: the ministers who met there are not its people."""
    found = [a for a in doc.actors if "ministers" in a.name.lower()]
    return bool(found) and all(a.country is None for a in found)


def _not_the_doers(doc: CodedArticle, word: str) -> bool:
    """People harmed in a demonym's act are not of its country (round 16, class B3)."""
    found = [a for a in doc.actors if a.name.lower().endswith("people")]
    return bool(found) and all(a.country is None for a in found)


def _not_where(doc: CodedArticle, word: str) -> bool:
    """A country after a goal or topic preposition is no group's country (round 16, B2)."""
    found = [a for a in doc.actors if "nurses" in a.name.lower()]
    return bool(found) and all(a.country is None for a in found)


def _two_sides(doc: CodedArticle, word: str) -> bool:
    """A description opposing a party does not take the party's country (round 14, M4c)."""
    found = [a for a in doc.actors if a.name.lower().endswith(("rights group", "officials"))]
    return bool(found) and all(a.country != "CHL" for a in found)


def _no_owned_thing(doc: CodedArticle, word: str) -> bool:
    """Round 23: a thing, plan or occasion a state's possessive owns takes no country."""
    return all(a.country is None for a in doc.actors if a.kind != "state")


def _no_owner(doc: CodedArticle, word: str) -> bool:
    """Round 23: a possessive that is also a US state's name gives the body no country."""
    found = [a for a in doc.actors if a.name == "Supreme Court"]
    return bool(found) and all(a.country != "GEO" for a in found)


def _named_later(doc: CodedArticle, word: str) -> bool:
    """"a man, later identified as X": the man arrested is X."""
    return any(any("Rivera" in doc.actor(i).name for i in e.recipient if doc.actor(i))
               for e in doc.events)


def _named_in_recipient(doc: CodedArticle, part: str) -> bool:
    """Some event is aimed at the actor whose name holds ``part``."""
    ids = _named(doc, part)
    return bool(ids) and any(ids & set(e.recipient) for e in doc.events)


def _aimed_at_noun_phrase(doc: CodedArticle, word: str) -> bool:
    """The one named in the event noun's own phrase ("an investigation into X") is its target."""
    return _named_in_recipient(doc, "Mendez")


def _body_joined(doc: CodedArticle, word: str) -> bool:
    """Veto: the body a membership phrase names is joined; it receives nothing."""
    return bool(doc.events) and not _named_in_recipient(doc, "NATO")


def _owner_answered(doc: CodedArticle, word: str) -> bool:
    """Whoever rejects or considers a request answers its owner: the owner is the target."""
    return _named_in_recipient(doc, "Herald")


def _named_in_actor(doc: CodedArticle, part: str) -> bool:
    """Some event is done by the actor whose name holds ``part``."""
    ids = _named(doc, part)
    return bool(ids) and any(ids & set(e.actor) for e in doc.events)


def _body_excludes(doc: CodedArticle, word: str) -> bool:
    """"X suspended from Y": X is put out; the body Y is no recipient."""
    return _named_in_recipient(doc, "Bolivia") and not _named_in_recipient(doc, "Community")


def _state_suffered(doc: CodedArticle, word: str) -> bool:
    """"X reported killed": X is the victim, not the killer."""
    return _named_in_recipient(doc, "soldier") and not _named_in_actor(doc, "soldier")


def _state_bans(doc: CodedArticle, word: str) -> bool:
    """"X banned from entering Y": Y bans, X is banned (round 19)."""
    return _named_in_actor(doc, "Chile") and not _named_in_recipient(doc, "Chile")


def _planner_acts(doc: CodedArticle, word: str) -> bool:
    """The one who plans an event noun ("is preparing sanctions") would do it."""
    return _named_in_actor(doc, "Community")


def _exchanged_no_party(doc: CodedArticle, word: str) -> bool:
    """Veto: the one handed over in a swap is no party of it."""
    return bool(doc.events) and not any(_named_in_actor(doc, p) for p in ("Vidal", "sailors"))


def _listed(doc: CodedArticle, word: str) -> bool:
    """"X added to Y's list": Y lists X."""
    return _named_in_actor(doc, "Peru") and _named_in_recipient(doc, "Vidal")


def _noun_agent(doc: CodedArticle, word: str) -> bool:
    """The "by" agent of a causing participle on an event noun does the event."""
    return _named_in_actor(doc, "Peru")


def _weapon_user(doc: CodedArticle, word: str) -> bool:
    """The one who wields a weapon that hits a target attacks that target."""
    peru, chile = _named(doc, "Peru"), _named(doc, "Chile")
    return any(peru & set(e.actor) and chile & set(e.recipient) for e in doc.events)


def _raised_subject(doc: CodedArticle, word: str) -> bool:
    """"X is expected to visit Y": X visits."""
    return _named_in_actor(doc, "Ruiz")


def _counted_whole(doc: CodedArticle, word: str) -> bool:
    """"posted a series of messages criticizing Y": the poster criticizes."""
    return any(e.event == "ACCUSE" and _named(doc, "Ruiz") & set(e.actor) for e in doc.events)


def _addressed_in_call(doc: CodedArticle, word: str) -> bool:
    """"X asked Y ... in a phone call": the one spoken to is a party of the call."""
    return any(e.mode == "phone" and _named(doc, "Salas") & set(e.actor) for e in _consults(doc))


def _topic_party(doc: CodedArticle, word: str) -> bool:
    """Veto: a party inside a discussed act ("discussed sending tanks to X") is no recipient."""
    bolivia = _named(doc, "Bolivia")
    return bool(doc.events) and not any(bolivia & set(e.recipient) for e in doc.events)


def _freed_not_asked(doc: CodedArticle, word: str) -> bool:
    """Veto: "demands the release of X": X is freed, not asked."""
    peru = _named(doc, "Peru") | _named(doc, "sailors")
    requests = [e for e in doc.events if e.event == "REQUEST"]
    return bool(requests) and not any(peru & set(e.recipient) for e in requests)


def _aid_received(doc: CodedArticle, word: str) -> bool:
    """A country name on an aid noun, with givers of other countries, receives the aid."""
    return _named_in_recipient(doc, "Peru") and not _named_in_actor(doc, "Peru")


def _giver_asked(doc: CodedArticle, word: str) -> bool:
    """Veto: "Y must be given arms" asks the unnamed giver; Y, who benefits, is not asked."""
    requests = [e for e in doc.events if e.event == "REQUEST"]
    return bool(requests) and not any(_named(doc, "Peru") & set(e.recipient) for e in requests)


CHECKS: dict[str, dict[str, Check]] = {
    "events_component.yaml": {"benefiting": _giver_asked},
    "events_nominal_agents.yaml": {"giving_nouns": _aid_received},
    "events_args.yaml": {
        "noun_recipient_into": _aimed_at_noun_phrase, "noun_recipient_with": _aimed_at_noun_phrase,
        "noun_recipient_at_over": _aimed_at_noun_phrase,
        "noun_recipient_for": _aimed_at_noun_phrase, "noun_recipient_of": _aimed_at_noun_phrase,
        "joining": _body_joined, "asking": _owner_answered, "excluding": _body_excludes,
        "reported_state": _state_suffered, "entry_bans": _state_bans, "planning": _planner_acts,
        "exchanged": _exchanged_no_party, "listing": _listed, "causing": _noun_agent,
        "wielding": _weapon_user, "raising": _raised_subject,
        "counting": _counted_whole, "addressing": _addressed_in_call,
        "discussing": _topic_party, "freeing_nouns": _freed_not_asked,
        "owned_acts": _deed_owner_judged, "owned_works": _deed_owner_judged,
        "intent_nouns": _subject_controls},
    "actors_component.yaml": {"not_the_holder": _not_the_holder, "meeting_verbs": _venue,
                              "readiness": _subject_controls,
                              "naming": _named_later, "opposing_verbs": _two_sides,
                              "ambiguous_owners": _no_owner, "owned_things": _no_owned_thing,
                              "harming_acts": _not_the_doers, "not_where": _not_where},
    "events_frames.yaml": {
        "bare_kinds": _no_protest, "physical_nouns": _act_kept, "naming_verbs": _name_given,
        "taken_chance": _chance_taken, "agreement_words": _opinion, "occurring": _talks_announced},
    "events_stances.yaml": {
        "level_verbs": _no_event, "retreat_particles": _no_event, "hosted_people": _no_event,
        "stance_verbs": _no_event, "held_views": _no_event, "causes": _no_event,
        "policy_targets": _no_event, "legislatures": _no_event, "exploiting_preps": _no_event,
        "wording": _no_event, "status_nouns": _no_event, "emphasis_verbs": _no_event,
        "evaluation": _no_event},
    "events_match.yaml": {
        "care_verbs": _no_wounding, "reporting": _assessed, "rival_nouns": _deceit_charged,
        "toll_words": _physical, "encounter_nouns": _not_alone, "party_nouns": _party_object},
    "events_counterparts.yaml": {
        "telling": _conversation, "talk_nouns": _no_second_talk, "call_nouns": _phone_call,
        "join_object": _joins, "outside": _stays_out, "gatherings": _joins_or_is_for,
        "joint_participles": _not_a_partner, "joint_nouns": _not_a_partner,
        "arriving": _visit_to, "receiving": _nothing_received, "asks_extra": _owner_answered},
    "events_joint_work.yaml": {"working": _joint_work, "together": _joint_work,
                               "promising_modals": _joint_work, "intending": _joint_work},
    "events_modes.yaml": {"warning_verbs": _warning},
    "events_undergo.yaml": {"undergoing": _undergone, "suffering": _undergone},
    "events_control.yaml": {"means_verbs": _subject_controls},
    "events_state_groups.yaml": {"generic": _no_generic_group},
    "actors_unplaced.yaml": {"elsewhere": _unplaced},
    "actors_us_bodies.yaml": {"chambers": _us_body, "panels": _us_body, "pacs": _us_body},
    "events_office_routines.yaml": {"asking_nouns": _no_event, "press_asks": _no_event,
                                    "consulting": _no_event, "staff": _no_event},
    "events_characterise.yaml": {"pejorative": _branded},
    "events_blame.yaml": {"wrongs": _blamed, "bad_modifiers": _blamed,
                          "evidence_nouns": _blamed},
    "events_plain_senses.yaml": {"barriers": _no_event, "ordinary": _no_event,
                                 "ready": _no_event, "returning": _no_event},
}


_EV, _AC = "parley.nlp.events.", "parley.nlp.actors."
#: where each list is bound in code (module, name; "CALL.lemmas": a field of a Trigger), so a
#: word can be taken out of every binding for the ablation
BINDINGS: dict[tuple[str, str], list[tuple[str, str]]] = {
    **{("events_args.yaml", f"noun_recipient_{p}"): [(_EV + "args", "NOUN_RECIPIENT_PREPS")]
       for p in ("into", "with", "at_over", "for", "of")},
    ("events_component.yaml", "benefiting"): [(_EV + "component", "BENEFITING")],
    ("events_nominal_agents.yaml", "giving_nouns"): [(_EV + "nominal_agents", "GIVING_NOUNS")],
    ("events_args.yaml", "joining"): [(_EV + "args", "JOINING")],
    ("events_args.yaml", "excluding"): [(_EV + "args", "EXCLUDING")],
    ("events_args.yaml", "reported_state"): [(_EV + "args", "REPORTED_STATE")],
    ("events_args.yaml", "entry_bans"): [(_EV + "entry_bans", "ENTRY_BANS")],
    ("events_args.yaml", "planning"): [(_EV + "args", "PLANNING")],
    ("events_args.yaml", "exchanged"): [(_EV + "args", "EXCHANGED")],
    ("events_args.yaml", "listing"): [(_EV + "args", "LISTING")],
    ("events_args.yaml", "causing"): [(_EV + "args", "CAUSING")],
    ("events_args.yaml", "wielding"): [(_EV + "args", "WIELDING")],
    ("events_args.yaml", "raising"): [(_EV + "args", "RAISING")],
    ("events_args.yaml", "counting"): [(_EV + "args", "COUNTING")],
    ("events_args.yaml", "addressing"): [(_EV + "args", "ADDRESSING")],
    ("events_args.yaml", "freeing_nouns"): [(_EV + "args", "FREEING_NOUNS")],
    ("events_args.yaml", "owned_acts"): [(_EV + "args", "OWNED_DEEDS"), (_EV + "match", "OWNED_ACTS")],
    ("events_args.yaml", "intent_nouns"): [(_EV + "args", "INTENT_NOUNS")],
    ("events_args.yaml", "owned_works"): [(_EV + "args", "OWNED_DEEDS"), (_EV + "match", "OWNED_WORKS")],
    ("events_args.yaml", "discussing"): [(_EV + "args", "DISCUSSING"), (_EV + "component", "DISCUSSING")],
    ("events_args.yaml", "asking"): [(_EV + "args", "ASKING"), (_EV + "counterparts", "ASKS")],
    ("events_counterparts.yaml", "asks_extra"): [(_EV + "counterparts", "ASKS")],
    ("events_joint_work.yaml", "working"): [(_EV + "joint_work", "WORKING")],
    ("events_characterise.yaml", "pejorative"): [(_EV + "characterise", "PEJORATIVE")],
    ("events_blame.yaml", "wrongs"): [(_EV + "blame", "WRONGS")],
    ("events_blame.yaml", "bad_modifiers"): [(_EV + "blame", "BAD")],
    ("events_blame.yaml", "evidence_nouns"): [(_EV + "match", "EVIDENCE_NOUNS")],
    ("events_joint_work.yaml", "together"): [(_EV + "joint_work", "TOGETHER")],
    ("events_joint_work.yaml", "promising_modals"): [(_EV + "joint_work", "PROMISING_MODALS")],
    ("events_joint_work.yaml", "intending"): [(_EV + "joint_work", "INTENDING")],
    ("events_modes.yaml", "warning_verbs"): [(_EV + "modes", "WARNING_VERBS")],
    ("events_undergo.yaml", "undergoing"): [(_EV + "undergo", "UNDERGOING")],
    ("events_undergo.yaml", "suffering"): [(_EV + "undergo", "SUFFERING")],
    ("events_control.yaml", "means_verbs"): [(_EV + "control", "MEANS_VERBS")],
    ("events_state_groups.yaml", "generic"): [(_EV + "state_groups", "GENERIC")],
    ("actors_unplaced.yaml", "elsewhere"): [(_AC + "unplaced", "ELSEWHERE")],
    ("actors_us_bodies.yaml", "chambers"): [(_AC + "us_bodies", "CHAMBERS")],
    ("actors_us_bodies.yaml", "panels"): [(_AC + "us_bodies", "PANELS")],
    ("actors_us_bodies.yaml", "pacs"): [(_AC + "us_bodies", "PACS")],
    ("events_counterparts.yaml", "telling"): [(_EV + "counterparts", "TELLING")],
    ("events_counterparts.yaml", "talk_nouns"): [(_EV + "counterparts", "TALK_NOUNS"),
                                                 (_EV + "counterparts", "MEETING_NOUNS")],
    ("events_counterparts.yaml", "call_nouns"): [(_EV + "counterparts", "CALL.lemmas")],
    ("events_counterparts.yaml", "join_object"): [(_EV + "counterparts", "JOIN_OBJECT")],
    ("events_counterparts.yaml", "outside"): [(_EV + "counterparts", "OUTSIDE")],
    ("events_counterparts.yaml", "gatherings"): [(_EV + "counterparts", "GATHERINGS"),
                                                 (_EV + "counterparts", "MEETING_NOUNS")],
    ("events_counterparts.yaml", "joint_participles"): [(_EV + "counterparts", "JOINT_PARTICIPLES")],
    ("events_counterparts.yaml", "joint_nouns"): [(_EV + "counterparts", "JOINT_NOUNS")],
    ("events_counterparts.yaml", "arriving"): [(_EV + "counterparts", "ARRIVING")],
    ("events_counterparts.yaml", "receiving"): [(_EV + "counterparts", "RECEIVING")],
    ("events_match.yaml", "care_verbs"): [(_EV + "match", "CARE_VERBS")],
    ("events_match.yaml", "reporting"): [(_EV + "match", "REPORTING"),
                                         ("parley.nlp.headlines.component", "REPORTING")],
    ("events_match.yaml", "rival_nouns"): [(_EV + "match", "RIVAL_NOUNS")],
    ("events_match.yaml", "toll_words"): [(_EV + "match", "TOLL_WORDS")],
    ("events_match.yaml", "encounter_nouns"): [(_EV + "match", "ENCOUNTER_NOUNS")],
    ("events_match.yaml", "party_nouns"): [(_EV + "match", "PARTY_NOUNS")],
    ("events_frames.yaml", "bare_kinds"): [(_EV + "frames", "BARE_KINDS")],
    ("events_frames.yaml", "physical_nouns"): [(_EV + "frames", "PHYSICAL_NOUNS")],
    ("events_frames.yaml", "naming_verbs"): [(_EV + "frames", "NAMING_VERBS")],
    ("events_frames.yaml", "taken_chance"): [(_EV + "frames", "TAKEN_CHANCE")],
    ("events_frames.yaml", "agreement_words"): [(_EV + "frames", "AGREEMENT_WORDS")],
    ("events_frames.yaml", "occurring"): [(_EV + "frames", "OCCURRING")],
    ("events_stances.yaml", "level_verbs"): [(_EV + "stances", "LEVEL_VERBS")],
    ("events_stances.yaml", "retreat_particles"): [(_EV + "stances", "RETREAT_PARTICLES")],
    ("events_stances.yaml", "hosted_people"): [(_EV + "stances", "HOSTED_PEOPLE")],
    ("events_stances.yaml", "stance_verbs"): [(_EV + "stances", "STANCE_VERBS")],
    ("events_stances.yaml", "held_views"): [(_EV + "stances", "HELD_VIEWS")],
    ("events_stances.yaml", "causes"): [(_EV + "stances", "CAUSES")],
    ("events_stances.yaml", "policy_targets"): [(_EV + "stances", "POLICY_TARGETS")],
    ("events_stances.yaml", "legislatures"): [(_EV + "stances", "LEGISLATURES")],
    ("events_stances.yaml", "exploiting_preps"): [(_EV + "stances", "EXPLOITING_PREPS")],
    ("events_stances.yaml", "wording"): [(_EV + "stances", "WORDING")],
    ("events_stances.yaml", "status_nouns"): [(_EV + "stances", "STATUS_NOUNS")],
    ("events_stances.yaml", "emphasis_verbs"): [(_EV + "stances", "EMPHASIS_VERBS")],
    ("events_stances.yaml", "evaluation"): [(_EV + "stances", "EVALUATION")],
    ("actors_component.yaml", "not_the_holder"): [(_AC + "component", "NOT_THE_HOLDER")],
    ("actors_component.yaml", "meeting_verbs"): [(_AC + "component", "MEETING_VERBS")],
    ("actors_component.yaml", "naming"): [(_AC + "component", "NAMING")],
    ("actors_component.yaml", "opposing_verbs"): [(_AC + "component", "OPPOSING")],
    ("actors_component.yaml", "harming_acts"): [(_AC + "component", "HARMING")],
    ("actors_component.yaml", "ambiguous_owners"): [(_AC + "owners", "AMBIGUOUS_OWNERS")],
    ("actors_component.yaml", "owned_things"): [(_AC + "owners", "THING_HEADS")],
    ("actors_component.yaml", "not_where"): [(_AC + "component", "NOT_WHERE")],
    ("actors_component.yaml", "readiness"): [(_AC + "coref", "READINESS")],
    ("events_office_routines.yaml", "asking_nouns"): [(_EV + "office_routines", "ASKING_NOUNS")],
    ("events_office_routines.yaml", "press_asks"): [(_EV + "office_routines", "PRESS_ASKS")],
    ("events_office_routines.yaml", "consulting"): [(_EV + "office_routines", "CONSULTING")],
    ("events_office_routines.yaml", "staff"): [(_EV + "office_routines", "STAFF")],
    ("events_plain_senses.yaml", "barriers"): [(_EV + "plain_senses", "BARRIERS")],
    ("events_plain_senses.yaml", "ordinary"): [(_EV + "plain_senses", "ORDINARY")],
    ("events_plain_senses.yaml", "ready"): [(_EV + "plain_senses", "READY")],
    ("events_plain_senses.yaml", "returning"): [(_EV + "plain_senses", "RETURNING")],
}


# --- round 15b (yaml15b): lists of match, component, counterparts, frames and stances ---------
def _seat_visited(doc: CodedArticle, word: str) -> bool:
    """An arrival at a body's building ("NATO headquarters") is a visit to the body."""
    return any(e.mode == "visit" for e in _consults(doc))


def _two_sides_fight(doc: CodedArticle, word: str) -> bool:
    """A named attack that a defender repelled is an event of its own: the attacker acts too."""
    return _named_in_actor(doc, "Peru") and _named_in_actor(doc, "Chile")


def _war_of_words(doc: CodedArticle, word: str) -> bool:
    """An attack by a person on a person told with a medium of speech, or on a contest role,
    is the subject's criticism (ACCUSE), and no assault is coded."""
    return any(e.event == "ACCUSE" for e in doc.events if _named(doc, "Ruiz") & set(e.actor)) \
        and not any(e.event == "ASSAULT" for e in doc.events)


def _named_meeting(doc: CodedArticle, word: str) -> bool:
    """Round 17: a meeting or trip noun naming its own sides is a CONSULT with two parties."""
    return any(len(set(e.actor) | set(e.recipient)) >= 2 for e in _consults(doc))


CHECKS["events_named_meetings.yaml"] = {
    "meeting_nouns": _named_meeting, "visit_nouns": _named_meeting, "occasion_words": _named_meeting,
    "unsettled": _no_meeting}
BINDINGS[("events_named_meetings.yaml", "meeting_nouns")] = [(_EV + "named_meetings", "MEETING_NOUNS")]
BINDINGS[("events_named_meetings.yaml", "visit_nouns")] = [(_EV + "named_meetings", "VISIT_NOUNS")]
BINDINGS[("events_named_meetings.yaml", "occasion_words")] = [(_EV + "named_meetings", "OCCASION_WORDS")]
BINDINGS[("events_named_meetings.yaml", "unsettled")] = [(_EV + "named_meetings", "UNSETTLED")]
CHECKS["events_frames.yaml"]["meeting_states"] = _talks_announced
CHECKS["events_frames.yaml"]["venue_gatherings"] = _no_meeting
CHECKS["events_stances.yaml"]["grasp_adj"] = _no_event
CHECKS["events_counterparts.yaml"]["seats"] = _seat_visited
CHECKS["events_component.yaml"]["repelling"] = _two_sides_fight
CHECKS["events_match.yaml"]["speech_forums"] = _war_of_words
CHECKS["events_match.yaml"]["contest_roles"] = _war_of_words
BINDINGS[("events_frames.yaml", "meeting_states")] = [(_EV + "frames", "MEETING_STATES")]
BINDINGS[("events_frames.yaml", "venue_gatherings")] = [(_EV + "backdrops", "VENUE_GATHERINGS")]
BINDINGS[("events_stances.yaml", "grasp_adj")] = [(_EV + "stances", "GRASP_ADJ")]
BINDINGS[("events_counterparts.yaml", "seats")] = [(_EV + "counterparts", "SEATS")]
BINDINGS[("events_component.yaml", "repelling")] = [(_EV + "component", "REPELLING")]
BINDINGS[("events_match.yaml", "speech_forums")] = [(_EV + "match", "SPEECH_FORUMS")]
BINDINGS[("events_match.yaml", "contest_roles")] = [(_EV + "match", "CONTEST_ROLES")]

# --- round 17 (senses17): trigger senses decided by the kind of a participant ---------------
CHECKS["events_participant_kinds.yaml"] = {"minds": _no_event}
BINDINGS[("events_participant_kinds.yaml", "minds")] = [(_EV + "participant_kinds", "MINDS")]

# --- round 18 (senses18): counterparts of a meeting, efforts for a measure ------------------
CHECKS["events_participant_kinds.yaml"].update({"kin": _no_event, "publics": _no_event})
BINDINGS[("events_participant_kinds.yaml", "kin")] = [(_EV + "participant_kinds", "KIN")]
BINDINGS[("events_participant_kinds.yaml", "publics")] = [(_EV + "participant_kinds", "PUBLICS")]
def _no_support_or_agreement(doc: CodedArticle, word: str) -> bool:
    """Veto: an idiom of weight or a stance told of its holder codes no AGREE or SUPPORT (other
    events of the sentence, a rally, may stay)."""
    return not any(e.event in ("AGREE", "SUPPORT") for e in doc.events)


def _deal_made(doc: CodedArticle, word: str) -> bool:
    """A deal made, closed or announced is an agreement, even "a big deal"."""
    return any(e.event == "AGREE" for e in doc.events)


CHECKS["events_plain_senses.yaml"]["deal_making"] = _deal_made
BINDINGS[("events_plain_senses.yaml", "deal_making")] = [(_EV + "plain_senses", "DEAL_MAKING")]
CHECKS["events_plain_senses.yaml"]["importance"] = _no_support_or_agreement
CHECKS["events_plain_senses.yaml"]["stance_verbs"] = _no_support_or_agreement
BINDINGS[("events_plain_senses.yaml", "importance")] = [(_EV + "plain_senses", "IMPORTANCE")]
BINDINGS[("events_plain_senses.yaml", "stance_verbs")] = [(_EV + "plain_senses", "STANCE_VERBS")]
CHECKS["events_plain_senses.yaml"]["civil_objects"] = _no_event
BINDINGS[("events_plain_senses.yaml", "civil_objects")] = [(_EV + "plain_senses", "CIVIL_OBJECTS")]

# --- round 18 (consult18): party-less meetings told as no occasion ---------------------------
CHECKS["events_generic_meetings.yaml"] = {
    "modals": _no_meeting, "needing": _no_meeting,
    "quantifiers": _no_meeting, "mass_senses": _no_meeting}
for _list, _attr in (("modals", "MODALS"), ("needing", "NEEDING"),
                     ("quantifiers", "QUANTIFIERS"), ("mass_senses", "MASS_SENSES")):
    BINDINGS[("events_generic_meetings.yaml", _list)] = [(_EV + "generic_meetings", _attr)]

# --- round 19 (senses19): commercial shipments and reporters' questions ------------------------
CHECKS["events_trade_and_press.yaml"] = {
    "commodities": _no_event, "sale_verbs": _no_event, "information": _no_event}
for _list, _attr in (("commodities", "COMMODITIES"), ("sale_verbs", "SALE_VERBS"),
                     ("information", "INFORMATION")):
    BINDINGS[("events_trade_and_press.yaml", _list)] = [(_EV + "trade_and_press", _attr)]

# --- round 20 (senses20): material-conflict triggers with an abstract patient ----------------
CHECKS["events_abstract_patients.yaml"] = {"abstract_patients": _no_event}
BINDINGS[("events_abstract_patients.yaml", "abstract_patients")] = [
    (_EV + "abstract_patients", "ABSTRACT")]


# --- round 27: acts of force joined or sent for; a post of an armed force ------------------
def _intended_fight(doc: CodedArticle, word: str) -> bool:
    """An ASSAULT that is the purpose of joining, recruiting or travelling is intended: flagged
    future and hypothetical, not told as done (and not turned into a threat)."""
    fights = [e for e in doc.events if e.event == "ASSAULT"]
    return bool(fights) and all(e.future and e.hypothetical for e in fights) and not any(
        e.event == "THREATEN" for e in doc.events)


def _post_assaulted(doc: CodedArticle, word: str) -> bool:
    """Veto: attacking a post of an armed force is an ASSAULT, not criticism."""
    return any(e.event == "ASSAULT" for e in doc.events) and not any(
        e.event == "ACCUSE" for e in doc.events)


CHECKS["events_modes.yaml"]["joining_verbs"] = _intended_fight
BINDINGS[("events_modes.yaml", "joining_verbs")] = [(_EV + "joined_to_fight", "JOINING_VERBS")]
CHECKS["events_match.yaml"]["force_posts"] = _post_assaulted
BINDINGS[("events_match.yaml", "force_posts")] = [(_EV + "match", "FORCE_POSTS")]


# --- round 28: a state judged or named by a copula's complement; the land taken -----------------
def _state_reported(doc: CodedArticle, word: str) -> bool:
    """Veto: a state told by how it stands ("an offensive is underway") or a new instance of it
    ("the latest sanctions are not enough") is still coded."""
    return bool(doc.events)


CHECKS["events_frames.yaml"]["standing"] = _state_reported
BINDINGS[("events_frames.yaml", "standing")] = [(_EV + "frames", "STANDING")]
CHECKS["events_frames.yaml"]["fresh"] = _state_reported
BINDINGS[("events_frames.yaml", "fresh")] = [(_EV + "frames", "FRESH"), (_EV + "followed", "FRESH")]
CHECKS["events_frames.yaml"]["time_words"] = _state_reported
CHECKS["events_frames.yaml"]["one_off_acts"] = _state_reported


def _denied_event(doc: CodedArticle, word: str) -> bool:
    """An event noun whose copula denies its being at all is negated."""
    return bool(doc.events) and all(e.negated for e in doc.events)


CHECKS["events_modes.yaml"]["existence_predicates"] = _denied_event
BINDINGS[("events_modes.yaml", "existence_predicates")] = [(_EV + "modes", "EXISTENCE")]
BINDINGS[("events_frames.yaml", "one_off_acts")] = [(_EV + "frames", "ONE_OFF_ACTS")]
BINDINGS[("events_frames.yaml", "time_words")] = [(_EV + "frames", "TIME_WORDS")]


def _land_is_target(doc: CodedArticle, word: str) -> bool:
    """The place name compounded on a noun of taking land is its target, not its doer."""
    text = doc.article.text
    place = text[:text.lower().index(" " + word)].split()[-1]

    def names(ids: list[str]) -> str:
        return " ".join(a.name for i in ids if (a := doc.actor(i)) is not None)

    return any(place in names(e.recipient) and place not in names(e.actor) for e in doc.events
               if e.trigger is not None and e.trigger.text.lower() == word)


CHECKS["events_args.yaml"]["land_taking"] = _land_is_target


def _owner_removed(doc: CodedArticle, word: str) -> bool:
    """Round 34: the possessor of a noun of removal from a body is the one removed."""
    owner = doc.article.text.split("'")[0]
    return any(e.event == "SANCTION" and _named(doc, owner) & set(e.recipient)
               and not _named(doc, owner) & set(e.actor) for e in doc.events)


CHECKS["events_args.yaml"]["removal_nouns"] = _owner_removed
BINDINGS[("events_args.yaml", "removal_nouns")] = [(_EV + "args", "REMOVAL_NOUNS")]
BINDINGS[("events_args.yaml", "land_taking")] = [(_EV + "args", "LAND_TAKING")]


# --- lists17: the content-word sets of match.py and characterise.py ---------------------------
def _accusals(doc: CodedArticle) -> list:
    return [e for e in doc.events if e.event == "ACCUSE" and not e.negated]


def _standing_not_judged(doc: CodedArticle, word: str) -> bool:
    """Veto: "X was a terrorist suspect" tells a standing before the law, no judgement."""
    return bool(doc.actors) and not _accusals(doc)


def _own_side_spared(doc: CodedArticle, word: str) -> bool:
    """Veto: a speaker judging "her party's response" criticises their own side, no other."""
    return bool(doc.actors) and not _accusals(doc)


def _ranked_concern(doc: CodedArticle, word: str) -> bool:
    """Veto: "Peru's main worry was Bolivian provocation" names what matters most to Peru,
    no act of Peru's."""
    peru = _named(doc, "Peru")
    return bool(peru) and not any(peru & set(e.recipient) for e in _accusals(doc))


def _deed_judged(doc: CodedArticle, word: str) -> bool:
    """A judgement of a party's deed ("Ecuador's latest manoeuvre", "Colombia's capture of the
    boat was an act of piracy") reported by a speaker is criticism of the party."""
    return any(_named(doc, "Ecuador") & set(e.recipient) or _named(doc, "Colombia") & set(e.recipient)
               for e in _accusals(doc))


CHECKS["events_match.yaml"].update({
    "legal_status": _standing_not_judged, "own_side": _own_side_spared, "ranking": _ranked_concern,
    "recency": _deed_judged, "deed_nouns": _deed_judged})
CHECKS["events_characterise.yaml"]["likening"] = _branded
for _list, _attr in (("legal_status", "LEGAL_STATUS"), ("own_side", "OWN_SIDE"),
                     ("ranking", "RANKING"), ("recency", "RECENCY"), ("deed_nouns", "DEED_NOUNS")):
    BINDINGS[("events_match.yaml", _list)] = [(_EV + "match", _attr)]
BINDINGS[("events_characterise.yaml", "likening")] = [(_EV + "characterise", "LIKENING"),
                                                      (_EV + "match", "LIKENING")]


# --- round 29: munitions as subjects of attacks; the perceived doer of a participle ----------
def _munition_attack(doc: CodedArticle, word: str) -> bool:
    """A munition hitting a market is an attack, not the everyday "hit the market"."""
    return any(e.event == "ASSAULT" for e in doc.events)


def _perceived_doer(doc: CodedArticle, word: str) -> bool:
    """The object of a verb of perceiving does the act its participle tells, not the
    perceiver (the sentence's first actor)."""
    return any(e.actor and _first(doc) not in e.actor for e in doc.events)


CHECKS["events_match.yaml"]["munitions"] = _munition_attack
BINDINGS[("events_match.yaml", "munitions")] = [(_EV + "match", "MUNITIONS"), (_EV + "args", "MUNITIONS")]
def _declared_not_done(doc: CodedArticle, word: str) -> bool:
    """Veto: who declares an act a crime does not do it (no ASSAULT of the first actor)."""
    return bool(doc.events) and not any(_first(doc) in e.actor for e in doc.events)


CHECKS["events_args.yaml"]["declaring"] = _declared_not_done
BINDINGS[("events_args.yaml", "declaring")] = [(_EV + "args", "DECLARING")]
CHECKS["events_args.yaml"]["perceiving"] = _perceived_doer
BINDINGS[("events_args.yaml", "perceiving")] = [(_EV + "args", "PERCEIVING")]


# --- round 31: a state's duration reached -------------------------------------------------------
CHECKS["events_frames.yaml"]["duration_verbs"] = _no_event
CHECKS["events_frames.yaml"]["duration_nouns"] = _no_event
BINDINGS[("events_frames.yaml", "duration_verbs")] = [(_EV + "frames", "DURATION_VERBS")]
BINDINGS[("events_frames.yaml", "duration_nouns")] = [(_EV + "frames", "DURATION_NOUNS")]


# --- round 35: counted victims ------------------------------------------------------------------
def _counted_victims(doc: CodedArticle, word: str) -> bool:
    """A count standing alone ("14") is a group of people and the target of an event."""
    return any(a is not None and a.kind == "group" and any(m.text.strip().endswith("14") for m in a.mentions)
               for e in doc.events for a in map(doc.actor, e.recipient))


CHECKS["actors_component.yaml"]["counted_harm"] = _counted_victims
BINDINGS[("actors_component.yaml", "counted_harm")] = [(_AC + "counted", "COUNTED_HARM"),
                                                      (_EV + "args", "COUNTED_HARM")]


# --- round 36: acts still to come -----------------------------------------------------------------
def _last_to_come(doc: CodedArticle, word: str) -> bool:
    """The act named last (the one the list's word points at) is flagged future or hypothetical."""
    if not doc.events:
        return False
    last = max(doc.events, key=lambda e: e.trigger.start)
    return last.future or last.hypothetical


CHECKS["events_to_come.yaml"] = {name: _last_to_come for name in ("preparing", "proposed", "consequence",
                                                                  "needed")}
for _name, _attr in (("preparing", "PREPARING"), ("proposed", "PROPOSED"), ("consequence", "CONSEQUENCE"),
                     ("needed", "NEEDED")):
    BINDINGS[("events_to_come.yaml", _name)] = [(_EV + "to_come", _attr)]


def _without(monkeypatch: pytest.MonkeyPatch, name: str, list_name: str, word: str) -> None:
    """Take ``word`` out of every binding of the list (the party-noun cache is rebuilt)."""
    for module_name, attr in BINDINGS[(name, list_name)]:
        module = importlib.import_module(module_name)
        if "." in attr:  # a Trigger's lemmas: a frozen dataclass, replaced whole
            owner, field_name = attr.split(".")
            entry = getattr(module, owner)
            monkeypatch.setattr(module, owner, dataclasses.replace(
                entry, **{field_name: getattr(entry, field_name) - {word}}))
        elif isinstance(getattr(module, attr), dict):  # a noun with its prepositions
            monkeypatch.setattr(module, attr, {k: v for k, v in getattr(module, attr).items()
                                               if k != word})
        else:
            monkeypatch.setattr(module, attr, getattr(module, attr) - {word})


def _party_cache_clear() -> None:
    from parley.nlp.events.match import party_nouns

    party_nouns.cache_clear()


def _entries() -> list:
    params = []
    for name in sorted(CHECKS):
        for list_name, group in load(name, top=dict).items():
            for entry in group["words"]:
                marks = [pytest.mark.xfail(strict=True, reason=entry["unreached"])] \
                    if entry.get("unreached") else []
                params.append(pytest.param(name, list_name, entry["word"], entry["example"],
                                           bool(entry.get("redundant")),
                                           id=f"{name[:-5]}:{list_name}:{entry['word']}",
                                           marks=marks))
    return params


def test_every_word_list_file_has_checks():
    files = {p.name for p in LEXICON_DIR.glob("*.yaml")
             if p.name.startswith(("events_", "actors_"))}
    assert files == set(CHECKS)
    for name, checks in CHECKS.items():
        assert set(word_lists(name)) == set(checks), name


def test_every_list_says_why():
    for name in CHECKS:
        for list_name, group in load(name, top=dict).items():
            assert len(str(group["why"]).split()) >= 4, (name, list_name)


def test_every_list_is_bound():
    assert set(BINDINGS) == {(n, lst) for n, checks in CHECKS.items() for lst in checks}
    for (name, list_name), binds in BINDINGS.items():
        for module_name, attr in binds:
            value = importlib.import_module(module_name)
            for part in attr.split("."):
                value = getattr(value, part)
            assert word_lists(name)[list_name] <= set(value), (name, list_name, attr)


@pytest.mark.parametrize(("name", "list_name", "word", "example", "redundant"), _entries())
def test_word_example_does_what_its_list_is_for(code, monkeypatch, name, list_name, word,
                                                example, redundant):
    assert word in word_lists(name)[list_name]
    check = CHECKS[name][list_name]
    assert check(code(example, PUB), word), example
    if redundant:
        return
    _without(monkeypatch, name, list_name, word)
    _party_cache_clear()
    try:
        ablated = check(code(example, PUB), word)
    finally:
        monkeypatch.undo()
        _party_cache_clear()
    assert not ablated, f"{example!r} passes without {word!r}: mark the entry redundant, say why"


def test_a_word_without_example_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  why: verbs of a rule\n  words:\n    - {word: walk}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="E008"):
        word_lists.__wrapped__(str(bad))
    bad.write_text("verbs:\n  words:\n    - {word: walk, example: They walk.}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="E007"):
        word_lists.__wrapped__(str(bad))


CHECKS["events_frames.yaml"]["course_modifiers"] = _no_event
BINDINGS[("events_frames.yaml", "course_modifiers")] = [(_EV + "followed", "COURSE_MODIFIERS")]


def _no_threat(doc: CodedArticle, word: str) -> bool:
    """Veto (round 39): a circumstance or thing that endangers makes no THREATEN."""
    return "THREATEN" not in {e.event for e in doc.events}


CHECKS["events_plain_senses.yaml"]["perils"] = _no_threat
BINDINGS[("events_plain_senses.yaml", "perils")] = [(_EV + "plain_senses", "PERILS")]


def _no_deep_partner(doc: CodedArticle, word: str) -> bool:
    """Veto (round 40b): a person after a noun that takes "with" for its own other side is no
    partner of the discussion the noun is the topic of."""
    sides = {a.id for e in doc.events if e.event == "CONSULT" for a in doc.actors if a.id in e.actor}
    return bool(doc.events) and not any("Ruiz" in a.name for a in doc.actors if a.id in sides)


CHECKS["events_counterparts.yaml"]["with_complements"] = _no_deep_partner
BINDINGS[("events_counterparts.yaml", "with_complements")] = [(_EV + "counterparts", "WITH_COMPLEMENTS")]


def _speaker_side(doc: CodedArticle, word: str) -> bool:
    """Round 43: the speaker of a talk noun whose only side is its "with" partner is the other
    side ("Chile claims progress in negotiations with Bolivia")."""
    countries = {a.id: a.country for a in doc.actors}
    return any({"CHL", "BOL"} <= {countries[i] for i in e.actor} for e in doc.events
               if e.event == "CONSULT")


CHECKS["events_counterparts.yaml"]["talk_speakers"] = _speaker_side
BINDINGS[("events_counterparts.yaml", "talk_speakers")] = [(_EV + "counterparts", "TALK_SPEAKERS")]


def _town_locates(doc: CodedArticle, word: str) -> bool:
    """Round 44: a town's name qualifying a local office or body gives its holders, or the
    town's own body, the town's country (a small town included: "Irpin mayor")."""
    acting = {i for e in doc.events for i in e.actor}
    return any(a.id in acting and a.kind != "state" and a.country in ("UKR", "KEN") for a in doc.actors)


CHECKS["actors_component.yaml"]["local_roles"] = _town_locates
BINDINGS[("actors_component.yaml", "local_roles")] = [(_AC + "component", "LOCAL_ROLES")]


def _town_body(doc: CodedArticle, word: str) -> bool:
    """Round 44: a town's singular government noun with a local word is the town's own body."""
    acting = {i for e in doc.events for i in e.actor}
    return any(a.id in acting and "administration" in a.name and a.country in ("UKR", "KEN")
               for a in doc.actors)


CHECKS["actors_component.yaml"]["local_body_words"] = _town_body
BINDINGS[("actors_component.yaml", "local_body_words")] = [(_AC + "component", "LOCAL_BODY_WORDS"),
                                                       (_AC + "closing_reporter", "LOCAL_BODY_WORDS")]


_FUNDED = ("Sudan", "Somalia", "Chad", "Yemen", "Niger", "Malawi", "Sri Lanka")


def _funding_received(doc: CodedArticle, word: str) -> bool:
    """Round 46: a country name on an aid noun of a measure of funding receives the aid."""
    names = {a.id: a.name for a in doc.actors}
    return any(names[i] in _FUNDED for e in doc.events for i in e.recipient) and not any(
        names[i] in _FUNDED for e in doc.events for i in e.actor)


def _funding_given(doc: CodedArticle, word: str) -> bool:
    """Round 46: the subject of a verb whose object is a measure of funding gives the aid."""
    names = {a.id: a.name for a in doc.actors}
    return any(e.event == "AID" and e.actor and not {names[i] for i in e.actor} & set(_FUNDED)
               for e in doc.events)


CHECKS["events_nominal_agents.yaml"]["funding_nouns"] = _funding_received
BINDINGS[("events_nominal_agents.yaml", "funding_nouns")] = [(_EV + "nominal_agents", "FUNDING_NOUNS")]
CHECKS["events_nominal_agents.yaml"]["funding_verbs"] = _funding_given
BINDINGS[("events_nominal_agents.yaml", "funding_verbs")] = [(_EV + "nominal_agents", "FUNDING_VERBS")]


def _visitor_unlocated(doc: CodedArticle, word: str) -> bool:
    """Round 50: the country visited or arrived in is not the visitor's."""
    found = [a for a in doc.actors if "minister" in a.name]
    return bool(found) and all(a.country is None for a in found)


CHECKS["actors_component.yaml"]["visiting"] = _visitor_unlocated
BINDINGS[("actors_component.yaml", "visiting")] = [(_AC + "component", "VISITING")]


def _counterpart_elsewhere(doc: CodedArticle, word: str) -> bool:
    """Round 51: who meets one's counterpart takes no country from the counterpart's phrase."""
    found = [a for a in doc.actors if a.name == "foreign minister"]
    return bool(found) and all(a.country != "CHL" for a in found)


CHECKS["actors_component.yaml"]["counterparts"] = _counterpart_elsewhere
BINDINGS[("actors_component.yaml", "counterparts")] = [(_AC + "component", "COUNTERPARTS")]


def _norway_gives(doc: CodedArticle, word: str) -> bool:
    """Round 53: the verb that gives a sum counted in a currency "in" aid is the giving."""
    names = {a.id: a.name for a in doc.actors}
    return any(e.event == "AID" and "Norway" in [names[i] for i in e.actor] for e in doc.events)


CHECKS["events_match.yaml"]["currencies"] = _norway_gives
BINDINGS[("events_match.yaml", "currencies")] = [(_EV + "match", "CURRENCIES")]


def _town_no_actor(doc: CodedArticle, word: str) -> bool:
    """Round 56: a town the tagger read as a person or body, taken or encircled, is no actor."""
    return not any(a.name == "Lyman" for a in doc.actors)


CHECKS["actors_component.yaml"]["places_taken"] = _town_no_actor
BINDINGS[("actors_component.yaml", "places_taken")] = [(_AC + "component", "PLACES_TAKEN")]


def _town_part_no_actor(doc: CodedArticle, word: str) -> bool:
    """Round 57: a town read as a body or person that owns a place's part is no actor."""
    return not any(a.name in ("Lyman", "Bucha", "Izium", "Crimea") for a in doc.actors)


CHECKS["actors_component.yaml"]["place_parts"] = _town_part_no_actor
BINDINGS[("actors_component.yaml", "place_parts")] = [(_AC + "component", "PLACE_PARTS")]


def _facility_no_actor(doc: CodedArticle, word: str) -> bool:
    """Round 59: a name that only modifies a noun of a works is the facility, no actor."""
    return not any(a.name == "Karvena" for a in doc.actors)


CHECKS["actors_component.yaml"]["facilities"] = _facility_no_actor
BINDINGS[("actors_component.yaml", "facilities")] = [(_AC + "component", "FACILITIES")]


def _hostomel_no_actor(doc: CodedArticle, word: str) -> bool:
    """Round 57: a town after "of" a role only its own people hold is the town, no actor."""
    return not any(a.name == "Hostomel" for a in doc.actors)


CHECKS["actors_component.yaml"]["town_people"] = _hostomel_no_actor
BINDINGS[("actors_component.yaml", "town_people")] = [(_AC + "component", "TOWN_PEOPLE")]


def _reporter_country(doc: CodedArticle) -> str | None:
    """The country of the source closing the headline: the actor mentioned last."""
    if not doc.actors:
        return "none"
    return max(doc.actors, key=lambda a: max(m.start for m in a.mentions)).country


def _closing_office_placed(doc: CodedArticle, word: str) -> bool:
    """Round 62: an office closing a headline as its source is of the clause's state."""
    return _reporter_country(doc) == "PER"


def _closing_office_unplaced(doc: CodedArticle, word: str) -> bool:
    """Round 62: force against others, or an office posted abroad: no guess from the clause."""
    return _reporter_country(doc) is None


CHECKS["actors_component.yaml"]["closing_reports"] = _closing_office_placed
CHECKS["actors_component.yaml"]["force_verbs"] = _closing_office_unplaced
CHECKS["actors_component.yaml"]["posted_roles"] = _closing_office_unplaced
BINDINGS[("actors_component.yaml", "closing_reports")] = [(_AC + "closing_reporter", "CLOSING_REPORTS")]
BINDINGS[("actors_component.yaml", "force_verbs")] = [(_AC + "closing_reporter", "FORCE_VERBS")]
BINDINGS[("actors_component.yaml", "posted_roles")] = [(_AC + "closing_reporter", "POSTED_ROLES")]
CHECKS["actors_component.yaml"]["wrong_conduct"] = _closing_office_unplaced
CHECKS["actors_component.yaml"]["wrong_nouns"] = _closing_office_unplaced
CHECKS["actors_component.yaml"]["demand_modals"] = _closing_office_unplaced
BINDINGS[("actors_component.yaml", "wrong_conduct")] = [(_AC + "closing_reporter", "WRONG_CONDUCT")]
BINDINGS[("actors_component.yaml", "wrong_nouns")] = [(_AC + "closing_reporter", "WRONG_NOUNS")]
BINDINGS[("actors_component.yaml", "demand_modals")] = [(_AC + "closing_reporter", "DEMAND_MODALS")]
CHECKS["actors_component.yaml"]["place_events"] = _hostomel_no_actor
BINDINGS[("actors_component.yaml", "place_events")] = [(_AC + "component", "PLACE_EVENTS")]


def _no_speaker_side(doc: CodedArticle, word: str) -> bool:
    """Round 68 (review): a meeting described "as impossible" is none of the speaker's."""
    return not _speaker_side(doc, word)


CHECKS["events_counterparts.yaml"]["unreal_as"] = _no_speaker_side
BINDINGS[("events_counterparts.yaml", "unreal_as")] = [(_EV + "counterparts", "UNREAL_AS")]


def _ceased_is_sanction(doc: CodedArticle, word: str) -> bool:
    """Round 70: cooperation a party stops giving another is a sanction of it."""
    return any(e.event == "SANCTION" and not e.negated for e in doc.events)


CHECKS["events_modes.yaml"]["ceasing_verbs"] = _ceased_is_sanction
BINDINGS[("events_modes.yaml", "ceasing_verbs")] = [(_EV + "modes", "CEASING")]


def _no_invasion(doc: CodedArticle, word: str) -> bool:
    """Round 73: a war named as the backdrop is no new act."""
    return not any(e.event == "ASSAULT" for e in doc.events)


def _invasion_reported(doc: CodedArticle, word: str) -> bool:
    """Round 73: a war's start is news."""
    return any(e.event == "ASSAULT" for e in doc.events)


CHECKS["events_frames.yaml"]["war_names"] = _no_invasion
CHECKS["events_frames.yaml"]["war_starts"] = _invasion_reported
BINDINGS[("events_frames.yaml", "war_names")] = [(_EV + "frames", "WAR_NAMES")]
BINDINGS[("events_frames.yaml", "war_starts")] = [(_EV + "frames", "WAR_STARTS")]


def _judged_not_judge(doc: CodedArticle, word: str) -> bool:
    """Round 76: a headline verdict's subject is the one judged, not the judge."""
    names = {a.id: a.name for a in doc.actors}
    return any(e.recipient and not any("minister" in names[i] for i in e.actor) for e in doc.events)


def _helped_receives(doc: CodedArticle, word: str) -> bool:
    """Round 76: the one a helping verb helps is the act's recipient."""
    names = {a.id: a.name for a in doc.actors}
    return any("Sri Lanka" in {names[i] for i in e.recipient} for e in doc.events)


CHECKS["events_match.yaml"]["verdict_verbs"] = _judged_not_judge
BINDINGS[("events_match.yaml", "verdict_verbs")] = [(_EV + "match", "VERDICT_VERBS")]
CHECKS["events_args.yaml"]["helping"] = _helped_receives
BINDINGS[("events_args.yaml", "helping")] = [(_EV + "args", "HELPING")]


def _claimant_attacks(doc: CodedArticle, word: str) -> bool:
    """Round 77: an attack a party claims, or takes responsibility for, is the party's."""
    names = {a.id: a.name for a in doc.actors}
    return any(e.event == "ASSAULT" and any(n in ("Ukraine", "Nigerian militant group")
                                            for n in (names[i] for i in e.actor)) for e in doc.events)


CHECKS["events_credited.yaml"] = {"crediting": _claimant_attacks, "responsibility_nouns": _claimant_attacks}
BINDINGS[("events_credited.yaml", "crediting")] = [(_EV + "credited", "CREDITING")]
BINDINGS[("events_credited.yaml", "responsibility_nouns")] = [(_EV + "credited", "RESPONSIBILITY")]


def _phoned_both_sides(doc: CodedArticle, word: str) -> bool:
    """Round 78: calling a foreign leader is a phone call between the two."""
    names = {a.id: a.name for a in doc.actors}
    return any(e.event == "CONSULT" and len(e.actor) >= 2 and "Marta Lenz" in {names[i] for i in e.actor}
               for e in doc.events)


CHECKS["events_counterparts.yaml"]["phoning"] = _phoned_both_sides
BINDINGS[("events_counterparts.yaml", "phoning")] = [(_EV + "counterparts", "PHONING")]


def _allies_named_by_region(doc: CodedArticle, word: str) -> bool:
    """Round 79: allies or partners keep the region word that says whose they are."""
    return any(a.kind == "group" and a.name.lower().startswith(word) and a.country is None
               for a in doc.actors)


CHECKS["actors_component.yaml"]["region_words"] = _allies_named_by_region
BINDINGS[("actors_component.yaml", "region_words")] = [(_AC + "component", "REGION_WORDS")]
CHECKS["events_credited.yaml"]["taking_verbs"] = _claimant_attacks
BINDINGS[("events_credited.yaml", "taking_verbs")] = [(_EV + "credited", "TAKING")]
