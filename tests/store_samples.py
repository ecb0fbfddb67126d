"""Hand-built CodedArticles with true offsets, for store/corpus/export tests.

They stand in for the coders' output where a test is about storage, not NLP: the values are
what the components are specified to produce (ARCHITECTURE.md, the example's gold).
"""
from __future__ import annotations

from pathlib import Path

from parley.ingest import article_from_text
from parley.schema import Actor, CodedArticle, Event, Place, Quote, Span

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lavrov-antalya.txt"


def span(text: str, snippet: str) -> Span:
    start = text.index(snippet)
    return Span(start, start + len(snippet), snippet)


def actor(text: str, aid: str, name: str, kind: str, country: str | None,
          sector: str | None = None, role: str | None = None, *mentions: str) -> Actor:
    return Actor(aid, name, kind, country, sector, role,
                 mentions=[span(text, m) for m in (mentions or (name,)) if m in text])


def quote(text: str, qid: str, speaker: str, speaker_text: str, kind: str, cue: str,
          snippet: str) -> Quote:
    s = span(text, snippet)
    return Quote(qid, speaker, speaker_text, kind, cue, s.text, s.start, s.end)


def event(text: str, eid: str, kind: str, evidence: str, trigger: str, **kw) -> Event:
    ev = span(text, evidence)
    trig_at = text.index(trigger, ev.start)
    return Event(eid, kind, evidence=ev, trigger=Span(trig_at, trig_at + len(trigger), trigger),
                 confidence=kw.pop("confidence", 0.8), **kw)


def example_article(article_id: str = "lavrov-antalya", published: str = "2022-03-10",
                    source: str | None = "example-news") -> CodedArticle:
    """The example article coded as the gold says (both talks tracks, the failed ceasefire,
    the Russian demands in Lavrov's words)."""
    shell = article_from_text(EXAMPLE.read_text(encoding="utf-8"), article_id=article_id,
                              published=published, source=source)
    t = shell.article.text
    shell.actors = [
        actor(t, "a1", "Sergey Lavrov", "person", "RUS", "GOV", "foreign minister",
              "Sergey Lavrov", "The 71-year-old", "the Russian foreign minister"),
        actor(t, "a2", "Russia", "state", "RUS", "GOV"),
        actor(t, "a3", "Ukraine", "state", "UKR", "GOV"),
        actor(t, "a4", "Turkey", "state", "TUR", "GOV"),
        actor(t, "a5", "Vladimir Putin", "person", "RUS", "GOV", "president"),
    ]
    shell.places = [
        Place("p1", "Antalya", "TUR", 36.90812, 30.69556, 323777, "city",
              [span(t, "Antalya")]),
        Place("p2", "Ukraine-Belarus border", "UKR", 51.5, 30.6, None, "border",
              [span(t, "Ukraine-Belarus border")]),
    ]
    shell.quotes = [
        quote(t, "q1", "a1", "Sergey Lavrov", "indirect", "say",
              "a ceasefire was always unlikely to be agreed upon in trilateral talks"),
        quote(t, "q2", "a1", "Lavrov", "direct", "say",
              "No one was going to agree on a ceasefire [at this meeting]"),
        quote(t, "q3", "a1", "Lavrov", "mixed", "say",
              "mainly talked about humanitarian issues at the initiative of our Turkish friends"),
        quote(t, "q4", "a1", "The 71-year-old", "mixed", "say",
              "he warned Ukrainian and Turkish diplomats that Russia was not looking"),
        quote(t, "q5", "a1", "Lavrov", "direct", "say",
              "It is there that all practical issues are discussed"),
        quote(t, "q6", "a1", "the Russian foreign minister", "direct", "add",
              "This includes demilitarization and denazification and ensuring the neutral "
              "status of Ukraine"),
    ]
    shell.events = [
        event(t, "e1", "CONSULT", "talks between Russia and Ukraine, mediated by Turkey", "talks",
              mode="third-party", cameo="046", quad=1, actor=["a2", "a3"], third_party=["a4"],
              place="p1", date="2022-03-10", date_text="Thursday", date_inferred=False,
              confidence=0.9),
        event(t, "e2", "REJECT", "failed to come to an agreement on a ceasefire", "failed",
              cameo="12", quad=3, actor=["a2", "a3"], place="p1", date="2022-03-10"),
        event(t, "e3", "AGREE", "No one was going to agree on a ceasefire", "agree",
              cameo="057", quad=1, actor=["a2", "a3"], negated=True, date="2022-03-10",
              claimed_by="a1"),
        event(t, "e4", "CONSULT",
              "negotiations already underway between Russian and Ukrainian diplomats at the "
              "Ukraine-Belarus border", "negotiations", cameo="046", quad=1,
              actor=["a2", "a3"], place="p2", date="2022-03-07", date_text="earlier"),
        event(t, "e5", "REQUEST",
              "This includes demilitarization and denazification and ensuring the neutral "
              "status of Ukraine", "includes", cameo="10", quad=3, actor=["a2"],
              recipient=["a3"], date="2022-03-07", claimed_by="a1"),
        event(t, "e6", "ASSAULT", "Russia has stepped up attacks on besieged Ukrainian cities",
              "attacks", cameo="19", quad=4, actor=["a2"], recipient=["a3"], date="2022-03-10"),
    ]
    return shell


def simple_article(article_id: str, text: str, published: str, events: list[Event],
                   actors: list[Actor], places: list[Place] | None = None,
                   source: str | None = None) -> CodedArticle:
    shell = article_from_text(text, article_id=article_id, published=published, source=source)
    shell.actors = actors
    shell.places = places or []
    shell.events = events
    return shell
