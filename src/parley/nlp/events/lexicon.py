"""Load and validate the event lexicons (triggers.yaml, event_modifiers.yaml) once.

Entries become frozen dataclasses indexed by (lemma, part of speech), so the component looks a
token up in O(1) and never re-reads YAML. A bad entry fails with the file, entry and reason.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from parley.errors import Errors, LexiconError
from parley.lexicon import lexicon_path, load, require
from parley.ontology import CONTEXTS, EVENT_TYPES, cameo_for, is_mode

TRIGGERS_FILE = lexicon_path("triggers.yaml")
MODIFIERS_FILE = lexicon_path("event_modifiers.yaml")
#: round 26: condemning words taken from the VADER sentiment lexicon (MIT; see the file's head)
CONDEMNING_FILE = "condemning_vader.yaml"
CONDEMNING_POS = ("ADJ", "PERSON", "THING")
POS = {"VERB", "NOUN", "ADJ"}
ANY = "any"


def _set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, bool) or any(isinstance(v, bool) for v in value):
        raise LexiconError(f"{value!r}: quote on/off/yes/no in YAML lists (they read as booleans)")
    return frozenset(str(v) for v in value)


@dataclass(frozen=True)
class Trigger:
    """One trigger entry: the head word, its constraints, the PLOVER event and argument rules."""

    key: str
    lemmas: frozenset[str]
    pos: str
    event: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    obj: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()
    not_obj: frozenset[str] = frozenset()
    not_mod: frozenset[str] = frozenset()
    not_xcomp: frozenset[str] = frozenset()
    not_prep: frozenset[str] = frozenset()
    subj: frozenset[str] = frozenset()
    # a subject that is no agent but a happening ("an explosion hit the depot", "the storm
    # struck the coast"): the act has no attacker, so the entry does not apply
    not_subj: frozenset[str] = frozenset()
    # a singular noun head must be a counted instance (article, possessor or number: "a demand",
    # "the union's demand"); the bare mass noun is the market sense ("demand for oil fell",
    # "skills in demand")
    counted: bool = False
    # a noun that names no doer by itself ("an explosion") is an act only with one named: a
    # possessor or a "by" phrase on it or on a participle describing it ("caused by …")
    agent: bool = False
    # a verb of exchange needs two parties: one singular subject with no "with" partner
    # ("the pundit went on to discuss the polls", "the US is discussing ways to …") is one
    # party thinking aloud or deliberating inside itself, not a consultation
    not_alone: bool = False
    partner: bool = False
    obj_actor: bool = False
    # round 34: the object (with `xcomp`, the complement's object) must be a state's: a
    # possessor, demonym or country on it or on its "of" object ("Iranian oil", "Iraq's
    # status"), so "stopped buying fertiliser" is no embargo (``match.party_owned``)
    obj_owner: bool = False
    # round 41: the party must be a direct object ("warned Minsk against …"), not the object
    # of the entry's preposition ("warned against NATO expansion") (``match.direct_party``)
    obj_direct: bool = False
    subj_party: bool = False
    # an adjective or noun that judges a party's act in a reported clause ("X's veto is
    # unacceptable, Y says"): criticism told as an assessment (``match.assessed_act``)
    assessed: bool = False
    # round 23: how an assessed noun condemns when only in some frames or of some subjects
    # (``PREDICATES``): "piracy" of a party or a deed, "puppet" with a master, "occupier" of a
    # land, "breach" also as "in breach of", "defiance" only so; None: as any assessed noun
    predicate: str | None = None
    # a verbal attack between persons: a named person attacks a named person or a people
    # ("the candidate kept attacking Smith", "started attacking Latinos"; ``match.person_dispute``)
    rival: bool = False
    # a verb of naming whose complement is pejorative ("branded the junta a rogue state",
    # "painted him as a corrupt insider"; ``characterise.pejorative_complement``)
    pejorative: bool = False
    # a reported act whose object names a wrong ("says X has created a crisis", "X's shelling
    # may amount to war crimes"; ``blame.blaming``): the speaker's charge against the party
    blame: bool = False
    # round 25, an honour conferred: the object must be an honour in fact, not a contract
    # counted in money ("a $3 billion award") or a privilege ("the honour of hosting");
    # ``match.conferred_honour``
    honour: bool = False
    intransitive: bool = False
    # a directive: the `xcomp` lemma must head a to-clause ("told them to leave"), not a
    # that-clause, which reports ("told reporters that the convoy had left")
    directive: bool = False
    object_role: str = "recipient"
    to: frozenset[str] = frozenset()
    reciprocal: bool = False
    stative: bool = False
    # a verb of receiving told from the receiver's side ("X received a medal **from** Y"): the
    # "from" party does the act and the subject undergoes it (``args.verb_arguments``)
    converse: bool = False
    weight: float = 0.8
    example: str = ""
    tier: str = "curated"  # or "cameo-dict": the lower-confidence PETRARCH2 dictionary tier

    @property
    def vetoes(self) -> bool:
        """Whether the entry has an everyday-sense veto (``match.vetoed``)."""
        return bool(self.not_obj or self.not_xcomp or self.not_mod or self.not_prep
                    or self.not_subj or self.counted or self.not_alone or self.obj_actor
                    or self.obj_owner or self.subj_party)

    @property
    def specificity(self) -> int:
        """How many positive constraints the entry carries: the more, the more it wins."""
        return sum(bool(s) for s in (self.obj, self.prt, self.prep, self.xcomp, self.mod,
                                     self.subj, self.agent)) + (
            1 if self.intransitive or self.stative or self.partner or self.obj_actor or self.obj_owner
            or self.honour
            or self.assessed or self.rival or self.pejorative or self.blame else 0
        )


@dataclass(frozen=True)
class Cue:
    """One modifier cue: lemma(s), how it attaches, and its example sentence."""

    lemmas: frozenset[str]
    dep: str | None = None
    governs: bool = False
    subject: bool = False
    example: str = ""


@dataclass(frozen=True)
class ContextCue:
    context: str
    words: frozenset[str]
    example: str


@dataclass
class Modifiers:
    """The clause cues of event_modifiers.yaml, grouped by what they do."""

    negation: list[Cue] = field(default_factory=list)
    future: list[Cue] = field(default_factory=list)
    hypothetical: list[Cue] = field(default_factory=list)
    historical: list[Cue] = field(default_factory=list)
    earlier: list[Cue] = field(default_factory=list)
    new_instance: list[Cue] = field(default_factory=list)
    respond: list[Cue] = field(default_factory=list)
    refusal: list[Cue] = field(default_factory=list)
    background: list[Cue] = field(default_factory=list)
    quantity: list[Cue] = field(default_factory=list)
    support: list[Cue] = field(default_factory=list)
    third_party: list[Cue] = field(default_factory=list)
    non_agent: list[Cue] = field(default_factory=list)
    reporting: list[Cue] = field(default_factory=list)
    demand_modals: list[Cue] = field(default_factory=list)
    object_control: list[Cue] = field(default_factory=list)
    intent: list[Cue] = field(default_factory=list)
    frame_background: list[Cue] = field(default_factory=list)
    carrier: list[Cue] = field(default_factory=list)
    topic_verbs: list[Cue] = field(default_factory=list)
    habitual: list[Cue] = field(default_factory=list)
    generic_subject: list[Cue] = field(default_factory=list)
    provision: list[Cue] = field(default_factory=list)
    expectation: list[Cue] = field(default_factory=list)
    casualty: list[Cue] = field(default_factory=list)
    denial: list[Cue] = field(default_factory=list)
    toll: list[Cue] = field(default_factory=list)
    status_nominal: list[Cue] = field(default_factory=list)
    consequence: list[Cue] = field(default_factory=list)
    assessment: list[Cue] = field(default_factory=list)
    participation: list[Cue] = field(default_factory=list)
    failed_text: list[Cue] = field(default_factory=list)
    campaign_gathering: list[Cue] = field(default_factory=list)
    reputation: list[Cue] = field(default_factory=list)
    rule_subject: list[Cue] = field(default_factory=list)
    victim_possessor: list[Cue] = field(default_factory=list)
    options: list[Cue] = field(default_factory=list)
    possibility: list[Cue] = field(default_factory=list)
    opinion_holder: list[Cue] = field(default_factory=list)
    pending: list[Cue] = field(default_factory=list)
    alarm: list[Cue] = field(default_factory=list)
    coping: list[Cue] = field(default_factory=list)
    abstract_foe: list[Cue] = field(default_factory=list)
    course: list[Cue] = field(default_factory=list)
    deliberation: list[Cue] = field(default_factory=list)
    resolve: list[Cue] = field(default_factory=list)
    asked_for: list[Cue] = field(default_factory=list)
    move_controller: list[Cue] = field(default_factory=list)
    called_off: list[Cue] = field(default_factory=list)
    force_cue: list[Cue] = field(default_factory=list)
    contexts: list[ContextCue] = field(default_factory=list)

    _cache: dict[tuple, frozenset[str]] = field(default_factory=dict, repr=False)

    def lemmas(self, group: str, *, dep: str | None = None, governs: bool | None = None,
               subject: bool | None = None) -> frozenset[str]:
        """All lemmas of one group, optionally only cues with that dep / governs / subject flag
        (memoised: the component asks for the same sets on every token)."""
        key = (group, dep, governs, subject)
        if key not in self._cache:
            self._cache[key] = self._collect(group, dep, governs, subject)
        return self._cache[key]

    def _collect(self, group: str, dep: str | None, governs: bool | None,
                 subject: bool | None) -> frozenset[str]:
        out: set[str] = set()
        for cue in getattr(self, group):
            if dep is not None and cue.dep != dep:
                continue
            if governs is not None and cue.governs != governs:
                continue
            if subject is not None and cue.subject != subject:
                continue
            out |= cue.lemmas
        return frozenset(out)


@dataclass
class TriggerLexicon:
    """All trigger entries, indexed by (lemma, pos), plus type-level recipient prepositions."""

    entries: list[Trigger]
    recipient_preps: dict[str, frozenset[str]]
    index: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    # the lower-confidence CAMEO dictionary tier (cameo_dictionary.CameoTier), or None
    tier: Any = None

    def __post_init__(self) -> None:
        for entry in self.entries:
            for lemma in entry.lemmas:
                self.index.setdefault((lemma, entry.pos), []).append(entry)
        for bucket in self.index.values():
            bucket.sort(key=lambda e: -e.specificity)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word some entry is indexed under, whatever its part of speech: a token whose
        lemma and lower-case form are both outside it has no curated entry to fit."""
        return frozenset(word for word, _ in self.index)

    @cached_property
    def nouns(self) -> frozenset[str]:
        """Every noun of this lexicon: the words that name an event ("blockade", "raid")."""
        return frozenset(w for e in self.entries if e.pos == "NOUN" for w in e.lemmas)

    @cached_property
    def assessed_nouns(self) -> frozenset[str]:
        """The nouns of this lexicon's ``assessed`` entries (the kinds "an act of" predicates)."""
        return frozenset(w for e in self.entries if e.pos == "NOUN" and e.assessed for w in e.lemmas)

    @cached_property
    def assessed_predicates(self) -> frozenset[str]:
        """The adjectives and nouns of the ``assessed`` entries: the words that judge a party
        as a reported predicate ("X's blockade is illegal"), which a headline may state with
        its copula dropped (``headlines.predicates``)."""
        return frozenset(w for e in self.entries if e.pos in ("ADJ", "NOUN") and e.assessed
                         for w in e.lemmas)

    @cached_property
    def _by_predicate(self) -> dict[str, frozenset[str]]:
        return {p: frozenset(w for e in self.entries if e.predicate == p for w in e.lemmas)
                for p in PREDICATES}

    def predicate_words(self, predicate: str) -> frozenset[str]:
        """The nouns of the entries whose ``predicate`` is ``predicate`` ("in_of": breach …)."""
        return self._by_predicate.get(predicate, frozenset())

    def candidates(self, lemma: str, pos: str) -> list[Trigger]:
        """Entries for a word, most specific first."""
        return self.index.get((lemma, pos), [])

    def tier_candidates(self, lemma: str) -> list[Trigger]:
        """Dictionary-tier entries for a verb lemma (empty without a tier)."""
        return self.tier.candidates(lemma) if self.tier is not None else []

    def curated_verbs(self) -> frozenset[str]:
        """Lemmas with a curated verb entry: the tier never codes them bare."""
        return frozenset(lemma for (lemma, pos) in self.index if pos == "VERB")

    def curated_nouns(self) -> frozenset[str]:
        """Lemmas with a curated noun entry: event nouns ("talks", "strikes")."""
        return frozenset(lemma for (lemma, pos) in self.index if pos == "NOUN")


#: the values of an entry's ``predicate`` (see ``Trigger.predicate`` and match.assessed_act)
PREDICATES = frozenset({"party_or_deed", "master", "land", "in_of", "only_in_of"})


def _trigger(path: Path, i: int, raw: dict[str, Any]) -> Trigger:
    where = f"{path.name} entry {i} ({raw.get('lemma')!r})"
    event = raw.get("event")
    if event not in EVENT_TYPES:
        raise LexiconError(Errors.E020.format(where=where, event=event))
    mode = raw.get("mode")
    if not is_mode(event, mode):
        raise LexiconError(Errors.E021.format(where=where, mode=mode, event=event))
    pos = raw.get("pos", "VERB")
    if pos not in POS:
        raise LexiconError(Errors.E022.format(where=where, allowed=sorted(POS)))
    if not raw.get("example"):
        raise LexiconError(Errors.E023.format(where=where))
    context = tuple(raw.get("context") or ())
    unknown = [c for c in context if c not in CONTEXTS]
    if unknown:
        raise LexiconError(Errors.E024.format(where=where, unknown=unknown))
    obj = _set(raw.get("obj"))
    role = raw.get("object", "theme" if obj else "recipient")
    if role not in ("theme", "recipient"):
        raise LexiconError(Errors.E025.format(where=where))
    predicate = raw.get("predicate")
    if predicate is not None and predicate not in PREDICATES:
        raise LexiconError(Errors.E053.format(where=where, allowed=sorted(PREDICATES), value=predicate))
    default_weight = 0.8 if pos != "NOUN" else 0.6
    return Trigger(
        key=f"{event}:{'/'.join(sorted(_set(raw['lemma'])))}:{i}",
        lemmas=_set(raw["lemma"]), pos=pos, event=event, mode=mode,
        cameo=cameo_for(event, mode, str(raw["cameo"]) if raw.get("cameo") else None),
        context=context, obj=obj, prt=_set(raw.get("prt")), prep=_set(raw.get("prep")),
        xcomp=_set(raw.get("xcomp")), mod=_set(raw.get("mod")), not_obj=_set(raw.get("not_obj")),
        not_mod=_set(raw.get("not_mod")), not_xcomp=_set(raw.get("not_xcomp")),
        not_prep=_set(raw.get("not_prep")), subj=_set(raw.get("subj")),
        not_subj=_set(raw.get("not_subj")), counted=bool(raw.get("counted")),
        agent=bool(raw.get("agent")), not_alone=bool(raw.get("not_alone")),
        partner=bool(raw.get("partner")), obj_actor=bool(raw.get("obj_actor")),
        obj_owner=bool(raw.get("obj_owner")), obj_direct=bool(raw.get("obj_direct")),
        subj_party=bool(raw.get("subj_party")), assessed=bool(raw.get("assessed")),
        predicate=predicate,
        rival=bool(raw.get("rival")), pejorative=bool(raw.get("pejorative")),
        blame=bool(raw.get("blame")), honour=bool(raw.get("honour")),
        intransitive=bool(raw.get("intransitive")), directive=bool(raw.get("directive")),
        object_role=role, to=_set(raw.get("to")),
        reciprocal=bool(raw.get("reciprocal")), stative=bool(raw.get("stative")),
        converse=bool(raw.get("converse")),
        weight=float(raw.get("weight", default_weight)),
        example=str(raw["example"]),
    )


@functools.cache
def condemning_words(pos: str | None = None) -> frozenset[str]:
    """Round 26: the condemning words of ``condemning_vader.yaml`` (breadth from a shared
    sentiment lexicon rather than from error lists), all or one part of speech: ``ADJ``
    ("reckless"), ``PERSON`` (a noun said of a person: "liar") or ``THING`` (a noun said of an
    act: "farce"). A bad entry fails with the file and the entry (E004/E054)."""
    path = lexicon_path(CONDEMNING_FILE)
    data = load(path, top=dict, empty={})
    words = data.get("words")
    if not isinstance(words, list) or not words:
        raise LexiconError(Errors.E007.format(path=path, name="words"))
    out: set[str] = set()
    for i, raw in enumerate(words):
        require(path, i, raw, ("word", "pos"))
        if raw["pos"] not in CONDEMNING_POS:
            raise LexiconError(Errors.E054.format(path=path, index=i + 1, entry=raw,
                                                  allowed=list(CONDEMNING_POS)))
        if pos is None or raw["pos"] == pos:
            out.add(str(raw["word"]))
    return frozenset(out)


def _lemma_source(raw: dict[str, Any]) -> str | None:
    """The part of speech whose condemning words an entry takes with ``lemma_from:
    condemning:POS`` (round 26), or None; a bad value fails with E054."""
    source = raw.get("lemma_from")
    if not source:
        return None
    kind, _, pos = str(source).partition(":")
    if kind != "condemning" or pos not in CONDEMNING_POS:
        allowed = [f"condemning:{p}" for p in CONDEMNING_POS]
        raise LexiconError(Errors.E054.format(path=TRIGGERS_FILE, index=raw.get("lemma"),
                                              entry=source, allowed=allowed))
    return pos


def _with_condemning(entries: list[Trigger], raw_entries: list[dict[str, Any]]) -> list[Trigger]:
    """Round 26: an entry with ``lemma_from`` also takes the condemning words of that part of
    speech, except those another entry of its own part of speech names by hand: such a word
    keeps that entry's reading (an entry's constraints, such as ``predicate``, are read per
    word)."""
    named: dict[str, set[str]] = {}
    for entry in entries:
        named.setdefault(entry.pos, set()).update(entry.lemmas)
    out = []
    for entry, raw in zip(entries, raw_entries, strict=True):
        source = _lemma_source(raw)
        if source is not None:
            entry = replace(entry, lemmas=entry.lemmas | (condemning_words(source) - named[entry.pos]))
        out.append(entry)
    return out


def load_triggers(path: Path = TRIGGERS_FILE) -> TriggerLexicon:
    """Parse and validate triggers.yaml."""
    data = load(path, top=dict, empty={})
    raw_entries = data.get("triggers")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise LexiconError(Errors.E026.format(path=path))
    entries = [_trigger(path, i, raw) for i, raw in enumerate(raw_entries)]
    entries = _with_condemning(entries, raw_entries)
    preps = {k: _set(v) for k, v in (data.get("defaults", {}).get("recipient_preps") or {}).items()}
    bad = [k for k in preps if k not in EVENT_TYPES]
    if bad:
        raise LexiconError(Errors.E027.format(path=path, bad=bad))
    return TriggerLexicon(entries, preps)


CUE_GROUPS = ("negation", "future", "hypothetical", "historical", "earlier", "new_instance", "respond",
              "refusal", "background", "quantity", "support", "third_party",
              "non_agent", "reporting", "demand_modals", "object_control", "intent",
              "frame_background", "carrier", "topic_verbs", "habitual", "generic_subject",
              "provision", "expectation", "casualty", "denial", "toll", "status_nominal",
              "consequence", "assessment", "participation", "failed_text",
              "campaign_gathering", "reputation", "rule_subject", "victim_possessor", "options",
              "possibility",
              "opinion_holder", "pending", "alarm", "coping", "abstract_foe", "course",
              "deliberation", "resolve", "asked_for", "move_controller", "called_off",
              "force_cue")


def load_modifiers(path: Path = MODIFIERS_FILE) -> Modifiers:
    """Parse and validate event_modifiers.yaml."""
    data = load(path, top=dict, empty={})
    mods = Modifiers()
    for group in CUE_GROUPS:
        for i, raw in enumerate(data.get(group) or []):
            if not raw.get("example") or not raw.get("lemma"):
                raise LexiconError(Errors.E028.format(where=f"{path.name} {group} entry {i}"))
            getattr(mods, group).append(Cue(_set(raw["lemma"]), raw.get("dep"),
                                            bool(raw.get("governs")), bool(raw.get("subject")),
                                            str(raw["example"])))
    for i, raw in enumerate(data.get("contexts") or []):
        if raw.get("context") not in CONTEXTS or not raw.get("example"):
            raise LexiconError(Errors.E029.format(where=f"{path.name} contexts entry {i}"))
        mods.contexts.append(ContextCue(raw["context"], _set(raw.get("words")), str(raw["example"])))
    return mods
