"""Small readers of a coded article shared by the event-argument tests: the actors of a slot by
country or by name, and the event whose trigger holds a word."""
from __future__ import annotations

from parley.schema import CodedArticle, Event, Place


def countries(doc: CodedArticle, ids: list[str]) -> set[str]:
    return {a.country for i in ids if (a := doc.actor(i)) and a.country}


def names(doc: CodedArticle, ids: list[str]) -> set[str]:
    return {a.name.lower() for i in ids if (a := doc.actor(i))}


def actor_names(doc: CodedArticle, ids: list[str]) -> set[str]:
    """The names of a slot's actors as written (``names`` lowercases them)."""
    return {a.name for i in ids if (a := doc.actor(i))}


def trigger(doc: CodedArticle, word: str) -> Event:
    found = [e for e in doc.events if word in e.trigger.text]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    return found[0]


def of_type(doc: CodedArticle, event: str) -> Event:
    """The first event of one PLOVER type."""
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    return found[0]


def starting_with(coded: CodedArticle, word: str) -> Event:
    """The event whose trigger starts with ``word``."""
    found = [e for e in coded.events if e.trigger and e.trigger.text.split()[0] == word]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in coded.events]
    return found[0]


def place_of(coded: CodedArticle, event: Event) -> Place | None:
    return coded.place(event.place) if event.place else None


def place_name(coded: CodedArticle, event: Event) -> str | None:
    place = place_of(coded, event)
    return place.name if place else None


def types(doc: CodedArticle) -> set[str]:
    """Every coded type, flagged or not."""
    return {e.event for e in doc.events}


def affirmed_types(doc: CodedArticle) -> set[str]:
    """Types of events told as happening: not negated, hypothetical or only expected."""
    return {e.event for e in doc.events if not (e.negated or e.hypothetical)}


def assert_division_not_seat(coded: CodedArticle, entry: dict, prefix: int) -> None:
    """A place_cues.yaml ``area`` entry's example names the first-level division (its
    ``feature``, in Ukraine) and not the division's seat: no city whose name starts like the
    entry's ``place`` (``prefix`` letters: the town an "of"-phrase names may be a place of its own)."""
    found = [(p.name, p.feature) for p in coded.places]
    assert any(p.feature == entry["feature"] and p.country == "UKR" for p in coded.places), (
        entry["example"], found)
    assert not any(p.feature == "city" and p.name[:prefix] == entry["place"][:prefix]
                   for p in coded.places), (entry["example"], found)



def consults(doc: CodedArticle) -> list[Event]:
    """The CONSULT events of a coded article."""
    return [e for e in doc.events if e.event == "CONSULT"]


def has_visit(doc: CodedArticle, visitor: str, host: str) -> bool:
    """A CONSULT visit whose source is exactly the visitor's country and target the host's."""
    return any(e.mode == "visit" and countries(doc, e.actor) == {visitor}
               and countries(doc, e.recipient) == {host} for e in consults(doc))
