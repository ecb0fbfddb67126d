"""A learned score of how likely a coded event is right: the event's calibrated ``confidence``.

Why: the rules fire on words and the parse; hand audits of unseen news found many of the
events they code wrong (a background nominal, a statement read as an act, a generic clause),
in ways rule fixes reach only one sentence class at a time. A logistic regression over cheap
facts the rules already know, trained on the hand-judged events of ``docs/audit``
(``scripts/build_scorer_data.py``, ``scripts/train_scorer.py``), turns them into one number:
the estimated probability that a judge calls the event right. The weights ship as readable
JSON (``parley/data/event_scorer.json``); scoring is a dot product and a sigmoid in plain
Python (no scikit-learn, no pickle at run time).

The features (``features``), each a name → value, absent = 0; why each:
- ``type=``, ``quad=``, ``mode=``: precision differs by PLOVER type and mode (verbal acts in US
  politics are judged wrong far more often than attacks in war news).
- ``negated``, ``future``, ``hypothetical``, ``historical``, ``claimed``: modes the rules found;
  hedged and reported events are the ones judges dispute.
- ``pos=``, ``verbal``, ``dep=``, ``root``, ``multiword``: how the trigger is told: a main verb
  reports an act; a noun in an oblique role is often background.
- ``lemma=``: the trigger word (only words seen often enough in training get a weight, so the
  model cannot learn single sentences by heart).
- ``tier=``, ``rule_weight``, ``rule_confidence``: what the rules already say of the trigger
  entry (curated or the CAMEO dictionary tier) and their own heuristic confidence.
- ``actor``, ``recipient``, ``third_party``, ``actor_kind=``, ``recipient_kind=``,
  ``self_directed``: an event with its parties named is more often a real event.
- ``in_quote``, ``under_reporting``: a trigger inside a quote or a reported clause is speech.
- ``sent_len``, ``headline``: long sentences of US-politics prose vs war headlines (no final
  stop) differ in how often a trigger word is an event.
- ``neg_child``, ``modal``: a negation or a modal auxiliary on the trigger itself.
- ``background``, ``anaphor``, ``earlier``, ``folded``, ``absorbed``, ``definite``: what the
  merging and coreference steps found (told as backdrop, a bare repeat, an earlier event, told
  several times, governing another trigger, a definite noun).
- ``place``, ``own_place``, ``date_stated``: an event with its own place or date is a reported
  occurrence rather than a topic.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from parley.nlp.events.coref import Mention, definite
from parley.nlp.events.match import coarse_pos, lemma
from parley.nlp.extensions import doc_text, quotes_covering
from parley.schema import Actor

SCORER_FILE = Path(__file__).resolve().parents[2] / "data" / "event_scorer.json"

#: how far up the parse a reporting verb may govern the trigger
REPORT_DEPTH = 4
#: sentence length at which the length feature saturates
LONG_SENTENCE = 60
_STOPS = frozenset(".!?\"'”’)")

if not Doc.has_extension("parley_event_features"):
    # event id → the scorer's features of that event (for training and for explaining a score)
    Doc.set_extension("parley_event_features", default=None)


@dataclass(frozen=True)
class Scorer:
    """Logistic regression weights: p = sigmoid(bias + sum of weight × feature value)."""

    bias: float
    weights: dict[str, float]

    def score(self, feats: dict[str, float]) -> float:
        """The probability that the event is right, rounded to two decimals."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 2)


@lru_cache(maxsize=4)
def load_scorer(path: str = str(SCORER_FILE)) -> Scorer:
    """The weights file, read once per process and path."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Scorer(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


def features(doc: Doc, m: Mention, reporting: frozenset[str], actors: dict[str, Actor],
             headline: bool) -> dict[str, float]:
    """The scorer's features of one merged event mention (see the module docstring);
    ``headline`` is ``is_headline(doc)``, computed once per Doc."""
    e, head, entry = m.event, m.cand.head, m.cand.entry
    pos = coarse_pos(head)
    f: dict[str, float] = {
        f"type={e.event}": 1.0, f"quad={e.quad}": 1.0, f"pos={pos}": 1.0,
        f"dep={head.dep_}": 1.0, f"lemma={lemma(head)}": 1.0, f"tier={entry.tier}": 1.0,
        "rule_weight": entry.weight, "rule_confidence": e.confidence,
        "sent_len": min(len(head.sent), LONG_SENTENCE) / LONG_SENTENCE,
    }
    if e.mode:
        f[f"mode={e.event}:{e.mode}"] = 1.0
    flags = {
        "negated": e.negated, "future": e.future, "hypothetical": e.hypothetical,
        "historical": e.historical, "claimed": e.claimed_by is not None,
        "verbal": m.cand.verbal, "root": head.dep_ == "ROOT", "multiword": len(m.cand.tokens) > 1,
        "actor": bool(e.actor), "recipient": bool(e.recipient), "third_party": bool(e.third_party),
        "self_directed": _self_directed(e.actor, e.recipient, actors),
        "in_quote": bool(quotes_covering(doc, head.idx, head.idx + len(head.text))),
        "under_reporting": _under_reporting(head, reporting),
        "headline": headline,
        "neg_child": any(c.dep_ == "neg" for c in head.children),
        "modal": any(c.tag_ == "MD" for c in head.children),
        "background": m.background, "anaphor": m.anaphor, "earlier": m.earlier,
        "folded": bool(m.others), "absorbed": bool(m.cand.absorbed),
        "definite": pos == "NOUN" and definite(head),
        "place": e.place is not None, "own_place": m.own_place is not None,
        "date_stated": not e.date_inferred,
    }
    f.update({k: 1.0 for k, v in flags.items() if v})
    for slot, ids in (("actor_kind", e.actor), ("recipient_kind", e.recipient)):
        for i in ids:
            if i in actors:
                f[f"{slot}={actors[i].kind}"] = 1.0
    return f


def _self_directed(actor: list[str], recipient: list[str], actors: dict[str, Actor]) -> bool:
    """Actor and recipient share an actor or a country ("Russia … Russian troops")."""
    if set(actor) & set(recipient):
        return True
    countries = {actors[i].country for i in actor if i in actors and actors[i].country}
    return any(i in actors and actors[i].country in countries for i in recipient)


def _under_reporting(head: Token, reporting: frozenset[str]) -> bool:
    """A reporting verb ("say", "claim") governs the trigger within a few steps."""
    t = head
    for _ in range(REPORT_DEPTH):
        if t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in reporting:
            return True
    return False


def is_headline(doc: Doc) -> bool:
    """A text without a final stop reads as a headline."""
    text = doc_text(doc).rstrip()
    return bool(text) and text[-1] not in _STOPS
