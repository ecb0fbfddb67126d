"""The talks tracker: processes of a pair, rounds anchored on meetings, outcomes, positions."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from parley import Store
from parley.corpus.talks import is_talk, ordinal, outcome, outcome_cue, position_kind, process_of, words
from parley.lexicon import load
from parley.schema import Actor, Place
from tests.store_samples import event, example_article, simple_article

SRC = Path(__file__).resolve().parents[1] / "src"
SECOND_ROUND = (
    "Russian and Ukrainian foreign ministers met again in Antalya on Friday for trilateral talks "
    "hosted by Turkey, and agreed to open a humanitarian corridor from Mariupol, Turkish "
    "officials said."
)


def second_round() -> object:
    t = SECOND_ROUND
    actors = [Actor("a1", "Russia", "state", "RUS", "GOV"),
              Actor("a2", "Ukraine", "state", "UKR", "GOV"),
              Actor("a3", "Turkey", "state", "TUR", "GOV")]
    places = [Place("p1", "Antalya", "TUR", 36.90812, 30.69556, 323777, "city")]
    events = [
        event(t, "e1", "CONSULT", "met again in Antalya on Friday for trilateral talks hosted by Turkey",
              "met", actor=["a1", "a2"], third_party=["a3"], place="p1", date="2022-03-18"),
        event(t, "e2", "AGREE", "agreed to open a humanitarian corridor from Mariupol", "agreed",
              actor=["a1", "a2"], date="2022-03-18"),
    ]
    return simple_article("antalya-2", t, "2022-03-18", events, actors, places, source="wire")


def tracks_by_venue(talks: dict) -> dict[str, dict]:
    return {(t["venue"] or {}).get("name"): t for t in talks["tracks"]}


def check_example_tracks(talks: dict) -> None:
    """Both tracks of the example; the failed ceasefire; the Russian demands in Lavrov's words."""
    tracks = tracks_by_venue(talks)
    antalya = next(t for name, t in tracks.items() if name and "Antalya" in name)
    border = next(t for name, t in tracks.items() if name and "Belarus" in name)
    assert antalya["parties"] == ["RUS", "UKR"] and antalya["mediators"] == ["TUR"]
    assert border["mediators"] == []
    assert antalya["outcome"] == "failed"
    failed = [e for r in antalya["rounds"] for e in r["events"]
              if e["event"] == "REJECT" or (e["event"] == "AGREE" and e["negated"])]
    assert any("ceasefire" in e["evidence_text"] for e in failed)
    demands = [d for t in talks["tracks"] for r in t["rounds"] for d in r["demands"]]
    assert any("RUS" in d["actor_countries"] for d in demands)  # the Russian demands …
    words = [q for r in border["rounds"] for q in r["quotes"]]
    assert any("Lavrov" in (q["speaker_name"] or "") and "denazification" in q["text"]
               for q in words)  # … in Lavrov's words


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_outcome_rules():
    def ev(kind, text="", negated=False, actor=(), recipient=()):
        return {"event": kind, "negated": negated, "hypothetical": False, "evidence_text": text,
                "actor_countries": list(actor), "recipient_countries": list(recipient)}

    assert outcome([ev("CONSULT", "Talks began in the capital")]) == "pending"
    assert outcome([ev("CONSULT"), ev("AGREE", "The sides agreed on a truce")]) == "agreed"
    assert outcome([ev("AGREE", negated=True)]) == "failed"
    assert outcome([ev("REJECT")]) == "failed"
    assert outcome([ev("AGREE", "They agreed on a corridor"), ev("REJECT")]) == "partial"
    assert outcome([ev("CONSULT", "Talks end without progress on a ceasefire")]) == "no progress"
    assert outcome([ev("CONSULT", "No breakthrough in the talks")]) == "no progress"
    assert outcome([ev("CONSULT", "Signs of progress in the latest talks")]) == "partial"
    assert outcome([ev("CONSULT", "The second round was postponed")]) == "postponed"
    # a proposal is a position, not an agreement; a conditional failure is no failure
    assert outcome([ev("AGREE", "The army proposes a ceasefire in five cities")]) == "pending"
    assert outcome([ev("CONSULT", "Ready for talks, but if they fail it means war")]) == "pending"
    sides = frozenset({"RUS", "UKR"})
    assert outcome([ev("REJECT", actor=["RUS", "UKR"])], sides) == "failed"  # the talks failed
    assert outcome([ev("REJECT", actor=["RUS"])], sides) == "pending"  # one side's position
    assert outcome([ev("AGREE", negated=True, actor=["UKR"])], sides) == "pending"
    assert outcome([ev("REJECT", actor=["UKR"], recipient=["RUS"])], sides) == "failed"


def test_every_lexicon_entry_does_what_its_example_says():
    """Each entry of lexicon/talks.yaml has an invented example; the matcher reads it so."""
    data, w = load("talks.yaml", top=dict), words()
    for e in data["talk"]:
        assert is_talk(e["example"]), e
    for e in data["not_talk"] + data["veto"]:
        assert not is_talk(e["example"]), e
    for key in ("not_meeting", "meeting", "announce", "continues"):
        for e in data[key]:
            pats = getattr(w, key)
            assert any(p.search(e["example"]) for p in pats), (key, e)
    for p in data["processes"]:
        assert process_of(p["example"]) == p["key"], p
    for e in data["outcomes"]:
        assert (outcome_cue(e["example"]) or ("",))[0] == e["outcome"], e
    for e in data["positions"]:
        assert position_kind(e["example"]) == e["kind"], e
    assert ordinal("The fourth round of talks began") == 4


def headline(aid: str, text: str, day: str, kind: str, actors: list[tuple[str, str]],
             **kw) -> object:
    """A one-sentence article whose event spans the whole headline."""
    from tests.store_samples import span

    acts = [Actor(f"a{i}", name, "state", code, "GOV", mentions=[span(text, name)])
            for i, (name, code) in enumerate(actors, 1)]
    coded = kw.pop("coded", len(acts))
    ev = event(text, "e1", kind, text, kw.pop("trigger", text.split()[0]),
               actor=[a.id for a in acts[:coded]], date=day, **kw)
    return simple_article(aid, text, day, [ev], acts)


def test_rounds_are_meetings_announcements_join_them_and_other_news_is_no_round(store):
    ru, ua = ("Russia", "RUS"), ("Ukraine", "UKR")
    for a in [
        headline("h1", "Ukraine confirms next round of talks with Russia on Monday", "2022-03-13",
                 "CONSULT", [ua, ru], trigger="talks"),
        headline("h2", "Fourth round of Ukraine talks with Russia has started", "2022-03-14",
                 "CONSULT", [ua, ru], trigger="talks"),
        headline("h3", "Fourth round of Ukraine talks with Russia resumed after a pause",
                 "2022-03-15", "CONSULT", [ua, ru], trigger="talks"),
        headline("h4", "Russia says there is hope for compromise in talks with Ukraine",
                 "2022-03-16", "CONSULT", [ru, ua], trigger="talks"),
        headline("h5", "Ukraine demands new round of sanctions against Russia", "2022-03-20",
                 "REQUEST", [ua, ru], trigger="demands"),
        headline("h6", "Ukraine offers Russia hotline for soldiers who want to surrender",
                 "2022-03-21", "AGREE", [ua, ru], trigger="offers"),
        headline("h7", "Russia demands that Ukraine accept neutrality in the talks",
                 "2022-03-22", "REQUEST", [ru, ua], trigger="demands"),
        headline("h8", "Russia again demands that Ukraine accept neutrality in the talks",
                 "2022-03-23", "REQUEST", [ru, ua], trigger="demands"),
    ]:
        store.add(a)
    (track,) = store.talks(between=("RUS", "UKR"))["tracks"]
    assert track["process"] == "peace" and track["parties"] == ["RUS", "UKR"]
    (rnd,) = track["rounds"]  # Monday's announced round, the next day's resumption: one round
    assert (rnd["date"], rnd["end_date"], rnd["number"]) == ("2022-03-14", "2022-03-15", 4)
    assert rnd["outcome"] == "partial"  # "hope for compromise", said the day after
    roles = {e["article_id"]: e["role"] for e in rnd["events"]}
    assert roles["h1"] == "announcement" and roles["h2"] == "meeting"
    said = [e["article_id"] for r in track["rounds"] for e in r["events"]]
    assert "h5" not in said and "h6" not in said  # sanctions, a surrender offer: no talks
    (neutral,) = [p for p in track["positions"] if p["party"] == "RUS"]
    assert neutral["kind"] == "demand" and len(neutral["sources"]) == 2  # one line, two sources


def test_example_has_two_tracks_a_failed_ceasefire_and_russian_demands(store):
    store.add(example_article())
    talks = store.talks(between=("RUS", "UKR"))
    assert talks["between"] == ["RUS", "UKR"] and len(talks["tracks"]) == 2
    check_example_tracks(talks)


def test_rounds_of_one_track_come_from_several_articles(store):
    store.add(example_article())
    store.add(second_round())
    antalya = tracks_by_venue(store.talks(between=("UKR", "RUS")))["Antalya"]
    assert [r["date"] for r in antalya["rounds"]] == ["2022-03-10", "2022-03-18"]
    assert [r["outcome"] for r in antalya["rounds"]] == ["failed", "agreed"]
    assert antalya["outcome"] == "agreed" and antalya["articles"] == ["antalya-2", "lavrov-antalya"]


def test_talks_between_other_countries_are_not_listed(store):
    store.add(example_article())
    assert store.talks(between=("RUS", "USA"))["tracks"] == []
    assert len(store.talks()["tracks"]) == 2


@pytest.mark.slow
def test_cli_prints_both_tracks(tmp_path):
    db = tmp_path / "cli.duckdb"
    with Store(db) as s:
        s.add(example_article())
    out = subprocess.run(
        [sys.executable, "-m", "parley", "talks", "--between", "RUS", "UKR", "--db", str(db)],
        capture_output=True, text=True, timeout=120, check=True,
        env={"COLUMNS": "200", "PATH": "", "PYTHONPATH": str(SRC)},
    ).stdout
    assert "Foreign ministers' meeting: Russia – Ukraine, with Turkey" in out
    assert "Ukraine-Belarus border" in out
    assert "failed" in out and "demilitarization" in out


def test_real_pipeline_example_talks(tmp_path, example_coded):
    """The same expectations on the real coders' output (needs the events component)."""
    with Store(tmp_path / "real.duckdb") as s:
        s.add(example_coded)
        talks = s.talks(between=("RUS", "UKR"))
        check_example_tracks(talks)
    # "talked" was folded into the Antalya talks (Event.mentions): Lavrov's words about what
    # was discussed there belong to that track, though the border talks' sentence is nearer
    antalya = next(t for name, t in tracks_by_venue(talks).items() if name and "Antalya" in name)
    said = [q["text"] for r in antalya["rounds"] for q in r["quotes"]]
    assert any("humanitarian issues" in t for t in said), said


def test_one_sided_talks_take_the_other_country_named_in_their_evidence(store):
    from tests.store_samples import span

    text = ("Russian diplomats handed Ukraine a list of demands at the latest round of talks in "
            "Gomel on Monday, the foreign ministry said.")
    actors = [Actor("a1", "Russian diplomats", "group", "RUS", "GOV",
                    mentions=[span(text, "Russian diplomats")]),
              Actor("a2", "Ukraine", "state", "UKR", "GOV", mentions=[span(text, "Ukraine")])]
    places = [Place("p1", "Gomel", "BLR", 52.4345, 30.9754, 627907, "city")]
    talks = event(text, "e1", "CONSULT", text, "talks", actor=["a1"], place="p1",
                  date="2022-03-07")
    store.add(simple_article("gomel", text, "2022-03-08", [talks], actors, places))
    (track,) = store.talks(between=("RUS", "UKR"))["tracks"]
    assert track["parties"] == ["RUS", "UKR"] and track["venue"]["name"] == "Gomel"
    assert track["rounds"][0]["events"][0]["parties_inferred"] is True


def test_one_sided_talks_stay_one_sided_when_the_other_side_is_ambiguous(store):
    from tests.store_samples import span

    text = "Russian envoys held talks in Geneva on Monday; Ukraine and Poland were not invited."
    actors = [Actor("a1", "Russian envoys", "group", "RUS", "GOV",
                    mentions=[span(text, "Russian envoys")]),
              Actor("a2", "Ukraine", "state", "UKR", "GOV", mentions=[span(text, "Ukraine")]),
              Actor("a3", "Poland", "state", "POL", "GOV", mentions=[span(text, "Poland")])]
    places = [Place("p1", "Geneva", "CHE", 46.2022, 6.1457, 2660646, "city")]
    talks = event(text, "e1", "CONSULT", text, "talks", actor=["a1"], place="p1")
    store.add(simple_article("geneva", text, "2022-03-08", [talks], actors, places))
    assert store.talks(between=("RUS", "UKR"))["tracks"] == []
    assert store.talks(between=("RUS",))["tracks"] == []  # never a one-country track


def test_a_private_person_named_in_the_sentence_is_no_side():
    """"A Chilean included in a prisoner swap": the person was exchanged; only states, bodies
    and office holders are inferred as sides of talks."""
    from parley.corpus.talks import _private_person

    assert _private_person({"kind": "person", "sector": None, "role": None, "known": None})
    assert not _private_person({"kind": "person", "sector": "GOV", "role": "foreign minister",
                                "known": None})
    assert not _private_person({"kind": "state", "sector": None, "role": None, "known": None})


def test_cli_takes_country_names_and_refuses_a_misspelt_one(tmp_path):
    """`parley talks --between` and `parley export --country` read names as the web app does;
    a misspelt name is an error with close matches, not an empty "no talks found"."""
    from typer.testing import CliRunner

    from parley.cli import app

    db = tmp_path / "names.duckdb"
    with Store(db) as s:
        s.add(example_article())
    by_name = CliRunner().invoke(app, ["talks", "--between", "Russia", "ukraine", "--db", str(db),
                                       "--json"])
    assert by_name.exit_code == 0, by_name.output
    assert '"RUS"' in by_name.output and '"UKR"' in by_name.output
    assert "no talks found" not in by_name.output
    typo = CliRunner().invoke(app, ["talks", "--between", "Russia", "Ukrane", "--db", str(db)])
    assert typo.exit_code == 2 and "UKR (ukraine)" in typo.output, typo.output
    out = tmp_path / "ukr.csv"
    export = CliRunner().invoke(app, ["export", "-o", str(out), "--country", "Ukraine",
                                      "--db", str(db)])
    assert export.exit_code == 0, export.output
    assert out.read_text(encoding="utf-8").count("\n") > 1
    bad = CliRunner().invoke(app, ["export", "-o", str(out), "--country", "Ukrane", "--db", str(db)])
    assert bad.exit_code == 2 and "UKR" in bad.output
