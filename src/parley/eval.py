"""Scorers for the evaluation data in ``../shared/eval`` (formats in its README).

Each ``score_*`` function takes gold records and Parley's CodedArticles and returns a
``Report``: the figures plus the misses (``--show-errors``). The definitions follow
``shared/eval/README.md`` exactly; docs/evaluation.md restates them.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.nlp.places import haversine_km
from parley.schema import Actor, Article, CodedArticle, Event, Quote

Coder = Callable[[list[CodedArticle]], list[CodedArticle]]

# Attribution cues counted as speech (README: "say, tell, add, … according to, deny, declare,
# acknowledge, admit, …"). Word forms, so the scorer needs no parser.
SPEECH_CUES = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "state": "state states stated stating statement",
    "announce": "announce announces announced announcing",
    "claim": "claim claims claimed claiming",
    "insist": "insist insists insisted insisting",
    "warn": "warn warns warned warning",
    "write": "write writes wrote written writing",
    "note": "note notes noted noting",
    "explain": "explain explains explained explaining",
    "argue": "argue argues argued arguing",
    "ask": "ask asks asked asking",
    "reply": "reply replies replied replying",
    "respond": "respond responds responded responding",
    "deny": "deny denies denied denying",
    "declare": "declare declares declared declaring",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "confirm": "confirm confirms confirmed confirming",
    "tweet": "tweet tweets tweeted tweeting",
    "testify": "testify testifies testified testifying",
    "assert": "assert asserts asserted asserting",
    "stress": "stress stresses stressed stressing",
    "emphasize": "emphasize emphasizes emphasized emphasizing emphasise emphasised",
    "concede": "concede concedes conceded conceding",
    "complain": "complain complains complained complaining",
}
SPEECH_FORMS = {form: lemma for lemma, forms in SPEECH_CUES.items() for form in forms.split()}

# Legacy CAMEO country codes in the PLOVER gold that differ from ISO 3166-1 alpha-3.
LEGACY_CAMEO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

GEO_NAMED_TYPES = {"Literal", "Metonymic", "Mixed", "Embedded_Literal", "Coercion"}


@dataclass
class Report:
    """Figures (name → value) and human-readable misses."""

    name: str
    figures: Mapping[str, float | int | str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    passed: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"eval": self.name, "figures": self.figures, "passed": self.passed}


# ---------------------------------------------------------------- helpers


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def raw_shell(record: dict[str, Any], default_id: str = "doc") -> CodedArticle:
    """An article exactly as given (no boilerplate removal), so gold offsets stay valid."""
    article = Article(
        id=str(record.get("id") or default_id),
        text=record["text"],
        title=record.get("title"),
        published=record.get("published"),
    )
    return CodedArticle(article=article)


def norm(text: str) -> str:
    """Lower-case, unify quote marks and whitespace, so snippets compare fairly."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[“”„«»\"]", '"', text)
    text = re.sub(r"[‘’‚`]", "'", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_overlap(xs: Sequence[tuple[int, int]], ys: Sequence[tuple[int, int]]) -> int:
    return sum(overlap(x, y) for x in xs for y in ys)


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def actor_codes(actor: Actor | None) -> set[str]:
    """Codes an actor answers to in gold: its country, and IGO/NGO for its kind."""
    if actor is None:
        return set()
    codes = {actor.country} if actor.country else set()
    if actor.kind in ("igo", "ngo"):
        codes.add(actor.kind.upper())
    return codes


# ---------------------------------------------------------------- quotes


def _is_speech_cue(cue_text: str) -> bool:
    low = cue_text.lower()
    if "according to" in low:
        return True
    return any(w in SPEECH_FORMS for w in re.findall(r"[a-z]+", low))


def _attr_spans(attr: dict[str, Any], key: str) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in attr.get(key) or []]


def _quote_speaker_spans(coded: CodedArticle, quote: Quote) -> list[tuple[int, int]]:
    spans = [(quote.speaker_span.start, quote.speaker_span.end)] if quote.speaker_span else []
    actor = coded.actor(quote.speaker)
    if actor:
        spans += [(m.start, m.end) for m in actor.mentions]
    return spans


def score_quotes(gold: list[dict[str, Any]], coded: list[CodedArticle]) -> Report:
    """Recall over speech attributions; precision over all quotes vs all attributions."""
    n_speech = n_found = n_pred = n_pred_ok = n_speaker_ok = 0
    jaccards: list[float] = []
    errors: list[str] = []
    for record, doc in zip(gold, coded, strict=True):
        text = record["text"]
        attrs = [a for a in record.get("attributions", []) if _attr_spans(a, "content")]
        quotes = [(q, [(q.start, q.end)]) for q in doc.quotes]

        def matches(a_spans: list[tuple[int, int]], q_spans: list[tuple[int, int]]) -> bool:
            shorter = min(sum(e - s for s, e in a_spans), sum(e - s for s, e in q_spans))
            return shorter > 0 and spans_overlap(a_spans, q_spans) >= shorter / 2

        for q, q_spans in quotes:
            n_pred += 1
            if any(matches(_attr_spans(a, "content"), q_spans) for a in attrs):
                n_pred_ok += 1
            else:
                errors.append(f"[{doc.article.id}] extra quote: {q.text[:100]!r} ({q.speaker_text})")
        for a in attrs:
            cue = " ".join(c["text"] for c in a.get("cue") or [])
            if not _is_speech_cue(cue):
                continue
            n_speech += 1
            a_spans = _attr_spans(a, "content")
            hits = [(q, s) for q, s in quotes if matches(a_spans, s)]
            content = " ".join(text[s:e] for s, e in a_spans)
            if not hits:
                errors.append(f"[{doc.article.id}] missed ({cue}): {content[:100]!r}")
                continue
            n_found += 1
            q, q_spans = max(hits, key=lambda h: spans_overlap(a_spans, h[1]))
            inter = spans_overlap(a_spans, q_spans)
            union = sum(e - s for s, e in a_spans) + (q.end - q.start) - inter
            jaccards.append(inter / union if union else 0.0)
            src = _attr_spans(a, "source")
            if src and spans_overlap(src, _quote_speaker_spans(doc, q)) > 0:
                n_speaker_ok += 1
            elif src:
                gold_src = " ".join(text[s:e] for s, e in src)
                errors.append(
                    f"[{doc.article.id}] wrong speaker {q.speaker_text!r} (gold {gold_src!r}) "
                    f"for {content[:60]!r}"
                )
            else:
                n_speaker_ok += 1  # no gold source span: nothing to disagree with
    figures = {
        "articles": len(gold),
        "speech_attributions": n_speech,
        "predicted_quotes": n_pred,
        "recall": _ratio(n_found, n_speech),
        "precision": _ratio(n_pred_ok, n_pred),
        "speaker_accuracy": _ratio(n_speaker_ok, n_found),
        "content_jaccard": round(sum(jaccards) / len(jaccards), 4) if jaccards else 0.0,
    }
    passed = (
        figures["recall"] >= 0.90
        and figures["precision"] >= 0.92
        and figures["speaker_accuracy"] >= 0.95
        and figures["content_jaccard"] >= 0.80
    )
    return Report("quotes", figures, errors, passed)


# ---------------------------------------------------------------- events


def _gold_codes(args: list[dict[str, Any]]) -> set[str]:
    return {LEGACY_CAMEO.get(a["code"], a["code"]) for a in args if a.get("code")}


def _event_codes(doc: CodedArticle, ids: Iterable[str]) -> set[str]:
    return set().union(*[actor_codes(doc.actor(i)) for i in ids]) if ids else set()


def score_events(gold: list[dict[str, Any]], coded: list[CodedArticle]) -> Report:
    """One gold event per sentence: type recall, type precision, actor accuracy on hits."""
    hits = n_pred = n_pred_ok = actor_ok = 0
    errors: list[str] = []
    for record, doc in zip(gold, coded, strict=True):
        gold_type = record["event"]
        affirmed = [e for e in doc.events if not e.negated]
        n_pred += len(affirmed)
        n_pred_ok += sum(e.event == gold_type for e in affirmed)
        found = [e for e in affirmed if e.event == gold_type]
        predicted = ", ".join(_describe_event(doc, e) for e in doc.events) or "nothing"
        if not found:
            errors.append(f"[{record['id']}] missed {gold_type}; got {predicted} :: {record['text'][:120]}")
            continue
        hits += 1
        best = max(found, key=lambda e: e.confidence)
        gold_actor = _gold_codes(record.get("actor") or [])
        if _event_codes(doc, best.actor) & gold_actor:
            actor_ok += 1
        else:
            errors.append(
                f"[{record['id']}] {gold_type} actor {sorted(_event_codes(doc, best.actor))} "
                f"vs gold {sorted(gold_actor)} :: {record['text'][:120]}"
            )
        extra = [e for e in affirmed if e.event != gold_type]
        if extra:
            errors.append(f"[{record['id']}] extra {[e.event for e in extra]} (gold {gold_type})")
    recall, precision = _ratio(hits, len(gold)), _ratio(n_pred_ok, n_pred)
    figures = {
        "sentences": len(gold),
        "predicted_events": n_pred,
        "recall": recall,
        "precision": precision,
        "f1": _f1(precision, recall),
        "actor_accuracy": _ratio(actor_ok, hits),
    }
    passed = recall >= 0.80 and precision >= 0.75 and figures["actor_accuracy"] >= 0.75
    return Report("events", figures, errors, passed)


def _describe_event(doc: CodedArticle, e: Event) -> str:
    def names(ids: list[str]) -> str:
        return "+".join(sorted(c for i in ids for c in actor_codes(doc.actor(i)))) or "?"

    flag = " (negated)" if e.negated else ""
    return f"{e.event} {names(e.actor)}->{names(e.recipient)}{flag}"


# ---------------------------------------------------------------- geo


def _geo_named(t: dict[str, Any], text: str) -> bool:
    if t.get("type"):
        return t["type"] in GEO_NAMED_TYPES
    surface = text[t["start"] : t["end"]]
    one_word = len(surface.split()) == 1
    return not (one_word and re.search(r"(an|ian|ish|ese|i|ic)$", surface))


def score_geo(gold: list[dict[str, Any]], coded: list[CodedArticle]) -> Report:
    """Named-toponym recall/precision/F1 and accuracy within 161 km on found toponyms."""
    n_gold = n_found = n_mentions = n_mentions_ok = n_coord = n_close = 0
    errors: list[str] = []
    for record, doc in zip(gold, coded, strict=True):
        text = record["text"]
        toponyms = record.get("toponyms") or []
        mentions = [(p, (m.start, m.end)) for p in doc.places for m in p.mentions]
        for p, span in mentions:
            n_mentions += 1
            if any(overlap(span, (t["start"], t["end"])) for t in toponyms):
                n_mentions_ok += 1
            else:
                errors.append(f"[{record['id']}] extra place {text[span[0]:span[1]]!r} -> {p.name}")
        for t in toponyms:
            if not _geo_named(t, text):
                continue
            n_gold += 1
            tspan = (t["start"], t["end"])
            hit = [(p, s) for p, s in mentions if overlap(s, tspan)]
            if not hit:
                errors.append(f"[{record['id']}] missed toponym {t['name']!r} ({t.get('type')})")
                continue
            n_found += 1
            if t.get("lat") is None or t.get("lon") is None:
                continue
            n_coord += 1
            place = max(hit, key=lambda h: overlap(h[1], tspan))[0]
            if place.lat is not None and place.lon is not None:
                dist = haversine_km(place.lat, place.lon, float(t["lat"]), float(t["lon"]))
            else:
                dist = math.inf
            if dist <= 161:
                n_close += 1
            else:
                errors.append(
                    f"[{record['id']}] {t['name']!r} resolved to {place.name} ({place.country}) "
                    f"{dist:.0f} km off"
                )
    recall, precision = _ratio(n_found, n_gold), _ratio(n_mentions_ok, n_mentions)
    figures = {
        "articles": len(gold),
        "named_toponyms": n_gold,
        "place_mentions": n_mentions,
        "recall": recall,
        "precision": precision,
        "f1": _f1(precision, recall),
        "accuracy_161km": _ratio(n_close, n_coord),
    }
    passed = figures["f1"] >= 0.88 and figures["accuracy_161km"] >= 0.90
    return Report("geo", figures, errors, passed)


# ---------------------------------------------------------------- seed


def find_seed_text(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The gold names its text relative to the shared folder; look upwards for it."""
    rel = gold["text_file"]
    for parent in gold_path.resolve().parents:
        if (parent / rel).exists():
            return parent / rel
    raise FileNotFoundError(f"text file {rel!r} of {gold_path} not found")


def _actor_named(doc: CodedArticle, name: str) -> list[Actor]:
    return [a for a in doc.actors if norm(a.name) == norm(name)]


def _countries(doc: CodedArticle, ids: Iterable[str]) -> set[str]:
    return {a.country for i in ids if (a := doc.actor(i)) and a.country}


def _event_matches(doc: CodedArticle, e: Event, want: dict[str, Any]) -> list[str]:
    """Reasons ``e`` fails to match the gold event (empty when it matches)."""
    why = []
    if e.event != want["type"]:
        return ["type"]
    wanted = {c for c in (want.get("source"), want.get("target")) if c}
    got = _countries(doc, e.actor) | _countries(doc, e.recipient)
    if wanted and not wanted <= got:
        why.append(f"countries {sorted(got)} lack {sorted(wanted - got)}")
    if want.get("third_party") and want["third_party"] not in _countries(doc, e.third_party):
        why.append(f"third party {sorted(_countries(doc, e.third_party))}")
    if want.get("date") and e.date != want["date"]:
        why.append(f"date {e.date}")
    if want.get("date_before") and not (e.date and e.date < want["date_before"]):
        why.append(f"date {e.date} not before {want['date_before']}")
    place_want = want.get("place")
    if place_want and place_want.get("lat") is not None:
        p = doc.place(e.place)
        if (not p or p.lat is None or p.lon is None  # lon is never set without lat
                or haversine_km(p.lat, p.lon, place_want["lat"], place_want["lon"])
                > place_want.get("tolerance_km", 50)):
            why.append(f"place {p.name if p else None}")
    elif place_want and place_want.get("country"):
        p = doc.place(e.place)
        if not p or p.country != place_want["country"]:
            why.append(f"place {p.name if p else None}")
    return why


class _SeedTally:
    """The seed score's counts and report lines, kept by ``check`` for each gold item in turn."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.req_total = self.req_ok = self.opt_total = self.opt_ok = self.forb_total = self.forb_bad = 0

    def check(self, kind: str, label: str, ok: bool, detail: str = "") -> None:
        if kind == "required":
            self.req_total += 1
            self.req_ok += ok
        elif kind == "optional":
            self.opt_total += 1
            self.opt_ok += ok
        else:
            self.forb_total += 1
            self.forb_bad += not ok
        mark = "ok " if ok else ("-- " if kind == "optional" else "XX ")
        self.lines.append(f"{mark}{kind:9} {label}{(' — ' + detail) if detail and not ok else ''}")


def score_seed(gold: dict[str, Any], doc: CodedArticle) -> Report:
    """Every ``required`` item found; no ``forbidden`` item affirmed; ``optional`` credited."""
    tally = _SeedTally()
    _seed_boilerplate(gold, doc, tally)
    _seed_actors(gold, doc, tally)
    _seed_quotes(gold, doc, tally)
    _seed_events(gold, doc, tally)
    _seed_places(gold, doc, tally)
    figures = {
        "required_found": f"{tally.req_ok}/{tally.req_total}",
        "optional_found": f"{tally.opt_ok}/{tally.opt_total}",
        "forbidden_present": f"{tally.forb_bad}/{tally.forb_total}",
    }
    return Report("seed", figures, tally.lines, tally.req_ok == tally.req_total and tally.forb_bad == 0)


def _seed_boilerplate(gold: dict[str, Any], doc: CodedArticle, tally: _SeedTally) -> None:
    """Seed step 1: boilerplate the gold says must be removed is removed and absent from the text."""
    removed = {norm(r.text) for r in doc.removed}
    for text in gold.get("boilerplate", {}).get("required_removed", []):
        tally.check("required", f"boilerplate removed: {text[:50]}", norm(text) in removed)
        tally.check("forbidden", f"boilerplate absent from text: {text[:40]}",
                    norm(text) not in norm(doc.article.text))


def _seed_actors(gold: dict[str, Any], doc: CodedArticle, tally: _SeedTally) -> None:
    """Seed step 2: required actors with their country, sector, role and mentions; forbidden ones."""
    actors = gold.get("actors", {})
    for want in actors.get("required", []):
        cands = _actor_named(doc, want["name"])
        detail = "not found"
        ok = False
        for a in cands:
            problems = []
            if want.get("country") and a.country != want["country"]:
                problems.append(f"country {a.country}")
            if want.get("sector") and a.sector != want["sector"]:
                problems.append(f"sector {a.sector}")
            if want.get("role") and norm(want["role"]) not in norm(a.role or ""):
                problems.append(f"role {a.role}")
            texts = {norm(m.text) for m in a.mentions}
            missing = [m for m in want.get("mentions", []) if norm(m) not in texts]
            if missing:
                problems.append(f"missing mentions {missing}")
            ok, detail = not problems, "; ".join(problems)
            if ok:
                break
        tally.check("required", f"actor {want['name']}", ok, detail)
    for want in actors.get("forbidden", []):
        bad = [
            a for a in _actor_named(doc, want["name"]) if not want.get("kind") or a.kind == want["kind"]
        ]
        tally.check("forbidden", f"actor {want['name']} {want.get('kind', '')}".strip(), not bad)


def _seed_quotes(gold: dict[str, Any], doc: CodedArticle, tally: _SeedTally) -> None:
    """Seed step 3: required and optional quotes with their speaker; forbidden speakers."""
    quotes = gold.get("quotes", {})
    for kind in ("required", "optional"):
        for want in quotes.get(kind, []):
            snippet = norm(want["contains"])
            cands = [q for q in doc.quotes if snippet in norm(q.text)]
            ok = False
            detail = "no quote with that content"
            for q in cands:
                speaker = doc.actor(q.speaker)
                problems = []
                if not speaker or norm(speaker.name) != norm(want["speaker"]):
                    problems.append(f"speaker {speaker.name if speaker else q.speaker_text!r}")
                if (want.get("speaker_mention")
                        and norm(q.speaker_text or "") != norm(want["speaker_mention"])):
                    problems.append(f"speaker mention {q.speaker_text!r}")
                ok, detail = not problems, "; ".join(problems)
                if ok:
                    break
            tally.check(kind, f"quote by {want['speaker']}: {want['contains'][:45]}", ok, detail)
    for want in quotes.get("forbidden", []):
        bad = []
        for q in doc.quotes:
            speaker = doc.actor(q.speaker)
            names = norm(" ".join(filter(None, [speaker.name if speaker else "", q.speaker_text or ""])))
            if ((want.get("speaker") and speaker and norm(speaker.name) == norm(want["speaker"]))
                    or (want.get("speaker_contains") and norm(want["speaker_contains"]) in names)):
                bad.append(q)
        label = want.get("speaker") or want.get("speaker_contains")
        tally.check("forbidden", f"quote by {label}", not bad)


def _seed_events(gold: dict[str, Any], doc: CodedArticle, tally: _SeedTally) -> None:
    """Seed step 4: required and optional events (see ``_event_matches``); forbidden affirmed ones."""
    events = gold.get("events", {})
    for kind in ("required", "optional"):
        for want in events.get(kind, []):
            affirmed = [e for e in doc.events if not e.negated]
            reasons = [(_event_matches(doc, e, want), e) for e in affirmed if e.event == want["type"]]
            ok = any(not r for r, _ in reasons)
            detail = "; ".join(f"{e.id}: {', '.join(r)}" for r, e in reasons) or "no event of that type"
            label = f"event {want['type']} {want.get('source')}->{want.get('target')}"
            if want.get("third_party"):
                label += f" via {want['third_party']}"
            tally.check(kind, f"{label} ({want.get('evidence_contains', '')[:40]})", ok, detail)
    for want in events.get("forbidden", []):
        pair = {c for c in (want.get("source"), want.get("target")) if c}
        bad = [
            e
            for e in doc.events
            if e.event == want["type"]
            and not e.negated
            and pair <= (_countries(doc, e.actor) | _countries(doc, e.recipient))
        ]
        tally.check("forbidden", f"affirmed {want['type']} {want.get('source')}->{want.get('target')}",
                    not bad, ", ".join(e.id for e in bad))


def _seed_places(gold: dict[str, Any], doc: CodedArticle, tally: _SeedTally) -> None:
    """Seed step 5: required and optional places, with their country, point and feature."""
    places = gold.get("places", {})
    for kind in ("required", "optional"):
        for want in places.get(kind, []):
            ok, detail = False, "not found"
            for p in doc.places:
                if norm(p.name) != norm(want["name"]):
                    continue
                if want.get("country") and p.country != want["country"]:
                    detail = f"country {p.country}"
                    continue
                if want.get("lat") is not None and (
                    p.lat is None
                    or p.lon is None  # never set without lat
                    or haversine_km(p.lat, p.lon, want["lat"], want["lon"]) > want.get("tolerance_km", 50)
                ):
                    detail = f"at {p.lat},{p.lon}"
                    continue
                if want.get("feature") and p.feature != want["feature"]:
                    detail = f"feature {p.feature}"
                    continue
                ok = True
                break
            tally.check(kind, f"place {want['name']}", ok, detail)
