"""Auxiliary modes (negated, future, hypothetical, historical), who claims an event, and the
PLOVER rules that turn a mode into a category ("will meet" is AGREE, "will not accept" is
REJECT, "will withdraw unless …" is THREATEN)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from parley.lexicon import word_list
from parley.nlp.events.followed import followed_act
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import (
    climb_quantity,
    coarse_pos,
    colon_speaker,
    copula_of,
    headline_infinitive_subject,
    judged_noun,
    lemma,
    negated_word,
)
from parley.nlp.events.to_come import to_come
from parley.nlp.extensions import actor_at, dates_in, doc_text, quotes_covering
from parley.nlp.syntax import COPULAS, framing_time_at, to_clause

CHAIN_DEPS = ("xcomp", "ccomp", "acomp", "pcomp", "dobj", "pobj", "prep", "advcl", "amod",
              "relcl", "acl", "conj", "attr", "nsubj", "nsubjpass")
GOVERN_DEPS = ("xcomp", "ccomp", "acomp", "pcomp", "dobj", "pobj", "prep", "amod", "attr")
COOPERATIVE_TO_AGREE = ("CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE")
CONFLICT_TO_THREATEN = ("RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST")
UNTHREATENING = ("RETREAT", "SANCTION", "PROTEST", "MOBILIZE")
#: verbs of warning (lexicon/events_modes.yaml): a protest told as coming inside one threatens
WARNING_VERBS = word_list("events_modes.yaml", "warning_verbs")
#: round 70: verbs of ceasing; the cooperation they stop is a sanction (``reclassify``)
CEASING = word_list("events_modes.yaml", "ceasing_verbs")


@dataclass
class Modes:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    conditional: bool = False
    neg_particle: bool = False
    expected: bool = False  # expected by others ("is expected to visit"), not promised
    # hypothetical only through an "if"/"unless" clause (no modal, no hedge of its own)
    only_conditional: bool = False
    # told inside a warning ("the general warned that his troops would move into the towns"): a
    # protest or movement there is what the warner threatens
    warned: bool = False
    # round 70: the act is the complement of a verb of ceasing ("stopped issuing visas")
    ceased: bool = False


NOMINAL_CORE = ("dobj", "nsubj", "nsubjpass", "attr", "oprd")


def clause_verb(token: Token, quantity: frozenset[str] = frozenset()) -> Token:
    """The verb whose clause the trigger belongs to: the trigger itself when it is a verb; for a
    noun, the verb it is subject or object of (through "a series of …"); else the noun itself,
    which then stands alone ("a parallel track to negotiations" is not negated by "not looking")."""
    t = token
    if coarse_pos(t) == "VERB":
        return t
    t = climb_quantity(t, quantity)
    if t.dep_ in NOMINAL_CORE and coarse_pos(t.head) == "VERB":
        return t.head
    if coarse_pos(token) == "ADJ" and coarse_pos(token.head) == "VERB":
        return token.head
    return token


def governors(token: Token) -> list[Token]:
    """Heads that take the trigger's clause as a complement, innermost first (stops at a
    coordination, relative clause or adverbial clause, which start clauses of their own)."""
    out, t = [], token
    for _ in range(8):
        if t.dep_ not in GOVERN_DEPS or t.head == t:
            break
        t = t.head
        out.append(t)
    return out


def headline_infinitive(verb: Token, markers: frozenset[str]) -> bool:
    """A headline's main verb in the infinitive with no finite auxiliary ("US to send more
    weapons to Ukraine"): headline syntax for an announced, future act."""
    if coarse_pos(verb) != "VERB" or verb.tag_ != "VB":
        return False
    if verb.dep_ != "ROOT" and headline_infinitive_subject(verb) is None \
            and not attributed_infinitive(verb):  # "UK to provide …"
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and auxes[0].lower_ in markers and all(
        a.lower_ in markers or a.lower_ == "be" for a in auxes)


def attributed_infinitive(verb: Token) -> bool:
    """Class (modality20): a headline infinitive told under a trailing attribution ("Chad to
    send troops to Niger, state radio says"): the parser makes the infinitive the complement of
    the later verb of saying; it opens the sentence with its own subject, as "UK to provide …"."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.i > verb.i and coarse_pos(head) == "VERB"
            and verb.left_edge.i == verb.sent.start
            and any(c.dep_ == "nsubj" for c in verb.children))


def _subject_text(verb: Token) -> str:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return " ".join(t.lower_ for t in subj[0].subtree) if subj else ""


def detect(doc: Doc, trigger: Token, mods: Modifiers, published: str | None) -> Modes:
    """Read the auxiliary modes off the trigger's clause and its governors."""
    if followed_act(trigger, mods):
        return _followed_modes(doc, trigger, mods, published)
    m = Modes()
    verb = clause_verb(trigger, mods.lemmas("quantity"))
    chain = [trigger, verb] + governors(verb)
    marks = mods.lemmas("hypothetical", dep="mark")
    _local_modes(m, trigger, verb, mods)
    _governing_modes(m, trigger, verb, mods)
    _coordinated_modes(m, verb, mods)
    _subject_clause_modes(m, verb, mods)
    _supposed_content(m, verb, mods)
    _conditional_would(m, verb, mods)
    path = [a for a in trigger.ancestors if a.i != verb.i and verb in a.ancestors]
    # "repelled attempted raids": the participle of an attempt tells attempts that were made
    # (class modality20: realised attempts), unlike "a possible raid"
    amods = [c for c in trigger.children if c.dep_ == "amod"
             and not (c.tag_ == "VBN" and lemma(c) in REALISED_ATTEMPT)]
    for t in chain[:2] + path + amods:
        if lemma(t) in mods.lemmas("hypothetical", governs=True) and t != trigger:
            m.hypothetical = True
    for t in dict.fromkeys(chain[:2]):
        for c in t.children:
            if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in marks for k in c.children):
                m.conditional = True
    if inside_condition(verb, CONDITION_MARKS):
        m.hypothetical = True
    if any(k.dep_ == "mark" and k.lower_ in marks for k in verb.children):
        m.hypothetical = True
    if (verb.dep_ == "xcomp" and lemma(verb.head) == "be"
            and any(k.dep_ == "mark" and k.lower_ in marks for k in verb.head.children)):
        m.hypothetical = True  # "if the army were to invade": the condition is on "were"
    if headline_infinitive(verb, mods.lemmas("future", dep="headline")):
        m.future = True  # "Poland to expel 45 Russian diplomats"
    if any(polar_question(v) for v in [verb] + governors(verb)):
        # "Has the minister called for sanctions?" asks, it does not tell, and promises nothing
        m.hypothetical = m.expected = True
    m.historical = _historical(doc, trigger, verb, mods, published)
    _open_modes(m, trigger, mods)
    _settle_negation(m, trigger, verb, mods)
    if any(c.dep_ == "amod" and c.lower_ in mods.lemmas("expectation", dep="amod")
           for c in trigger.children):  # "the next attack": to come, and no one's promise
        m.future = m.hypothetical = m.expected = True
    if pending(trigger, mods):  # weighed, not promised: keeps its own type
        m.future = m.hypothetical = m.expected = True
    _to_come_modes(m, trigger, mods)
    if m.conditional:
        m.only_conditional = not m.hypothetical
        m.hypothetical = True
    return m


def _to_come_modes(m: Modes, trigger: Token, mods: Modifiers) -> None:
    """Round 36: an act worked on, proposed, forecast or needed is prepared or put forward, not
    promised, so it keeps its own type."""
    future, hypothetical, denied = to_come(trigger, mods.lemmas("quantity"))
    if future or hypothetical:
        m.future, m.hypothetical = m.future or future, m.hypothetical or hypothetical
        m.expected = True
        m.negated = m.negated or denied  # "is not preparing for a strike"


def _followed_modes(doc: Doc, trigger: Token, mods: Modifiers, published: str | None) -> Modes:
    """Round 38: "hopes to resume exports despite X's strikes": an act the sentence follows
    happened; only the noun's own words ("after the next attack") give it a mode."""
    m = Modes()
    amods = [c for c in trigger.children if c.dep_ == "amod"]
    if any(c.lower_ in mods.lemmas("expectation", dep="amod") for c in amods):
        m.future = m.hypothetical = m.expected = True
    # round 38b (review): "despite a feared strike", "after a possible attack": its own word
    # of possibility; "despite no attack on the port": its own negation
    unreal = mods.lemmas("hypothetical", governs=True) | mods.lemmas("expectation", governs=True)
    if any(lemma(c) in unreal or c.lower_ in unreal or c.lower_.startswith("threaten") for c in amods):
        m.hypothetical = m.expected = True
    if any(c.dep_ == "det" and c.lower_ in mods.lemmas("negation", dep="det") for c in trigger.children):
        m.negated = True
    m.historical = _historical(doc, trigger, clause_verb(trigger, mods.lemmas("quantity")),
                               mods, published)
    return m


def _settle_negation(m: Modes, trigger: Token, verb: Token, mods: Modifiers) -> None:
    """The last word on negation: a denied predicate leaves its subject event affirmed; an act
    called off or contrasted away is negated."""
    if m.negated and denied_predicate(trigger, verb):
        m.negated = False  # round 28: "the sanctions are not enough" denies the predicate
    if called_off(trigger, mods) or contrasted_away(trigger):
        m.negated = True


def denied_predicate(trigger: Token, verb: Token) -> bool:
    """Round 28 (review), class: an event noun as the subject of a copula whose complement is
    negated ("the sanctions are not enough", "the strike was not an accident", "the talks were
    not successful"): the "not" denies what is said of the event, not that it took place;
    unless what is denied is its being at all (``EXISTENCE``: "the talks are not real")."""
    preds = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return (coarse_pos(trigger) == "NOUN" and trigger.dep_ == "nsubj" and trigger.head == verb
            and lemma(verb) in COPULAS and bool(preds)
            and not any(lemma(p) in EXISTENCE or p.lower_ in EXISTENCE for p in preds))


#: predicates of an event's being at all (lexicon/events_modes.yaml): denied, they deny the
#: event ("the peace talks are not real")
EXISTENCE = word_list("events_modes.yaml", "existence_predicates")


PAST_TAGS = frozenset({"VBD"})
#: participles of trying: "an attempted coup" was attempted (TimeML: an I_ACTION done)
REALISED_ATTEMPT = frozenset({"attempt", "try"})
CONDITION_MARKS = frozenset({"if", "unless"})  # not "whether": an open question, not a supposition
CLAUSE_STOPS = frozenset({"ROOT", "parataxis"})


def _past(verb: Token) -> bool:
    return verb.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in verb.children)


def inside_condition(verb: Token, marks: frozenset[str]) -> bool:
    """Class: acts imagined inside a condition. "If you had a militia that went around burning
    villages, …", "unless the army, seeking to punish the rebels, shells the port …": the act
    sits somewhere inside an "if"/"unless" clause (through relative clauses, objects and
    participles), so it is supposed, not told. An adverbial clause with a subordinator of its
    own ("after", "because") starts a frame of its own and stops the climb; a past relative
    clause inside a present condition ("if the militia that burned the village returns") tells
    a fact about the party and keeps its act."""
    t, past_relative = verb, False
    for _ in range(12):
        if t.dep_ == "advcl":
            own = [k.lower_ for k in t.children if k.dep_ == "mark"]
            if any(k in marks for k in own):
                return t != verb and not (past_relative and not _past(t))
            if own:
                return False
        if t.dep_ in CLAUSE_STOPS or t.head == t:
            return False
        if t.dep_ == "relcl" and _past(t):
            past_relative = True
        t = t.head
    return False


def polar_question(verb: Token) -> bool:
    """A yes/no question ("Did the army shell the port?", "Has she called for talks?"): an
    auxiliary before the subject of a clause that ends its sentence with "?". A wh-question
    ("Why did the rebels free the hostages?") takes the act as given, so it stays an event."""
    sent = verb.sent  # built once: ``Token.sent`` walks the sentence on each read
    if sent[-1].text != "?" and not (sent[-1].is_punct and len(sent) > 1 and sent[-2].text == "?"):
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if not subj or not aux or aux[0].i > subj[0].i:
        return False
    # the auxiliary opens the sentence: a wh-word before it ("Why did …") fails this too
    return aux[0].i == sent[0].i + _lead(sent)


def _lead(sent: Span) -> int:
    """Quotes, dashes and a conjunction before the question's first word."""
    n = 0
    while n < len(sent) and (sent[n].is_punct or sent[n].lower_ in ("and", "but", "so", "or")):
        n += 1
    return n


def _local_modes(m: Modes, trigger: Token, verb: Token, mods: Modifiers) -> None:
    """Step 1 of ``detect``: negations and auxiliaries on the trigger, its verb and the clauses
    they complete ("not", "no soldiers", "will", "could")."""
    local = [trigger, verb] + [g for g in governors(verb) if g.dep_ in ("xcomp", "acomp")]
    # the copula of an adjective the clause completes carries its modal and negation ("may be
    # able to launch", "is not able to reach": class modality17)
    local += [g.head for g in local[2:] if g.dep_ == "acomp" and lemma(g.head) == "be"]
    if judged_noun(trigger) is not None and (cop := copula_of(trigger)) is not None:
        local.append(cop)  # round 24, "X is not a rogue state": the copula's "not" denies it
    neg_dep = mods.lemmas("negation", dep="neg")
    neg_det = mods.lemmas("negation", dep="det")
    fut_aux = mods.lemmas("future", dep="aux")
    hyp_aux = mods.lemmas("hypothetical", dep="aux")
    hyp_adv = mods.lemmas("hypothetical", dep="advmod")
    for t in dict.fromkeys(local + _controllers(verb)):
        for c in t.children:
            if c.dep_ == "neg" and c.lower_ in neg_dep | {"n't", "n’t"}:
                m.negated = m.neg_particle = True
            if c.dep_ == "det" and c.lower_ in neg_det and t == trigger:
                m.negated = True
            if c.dep_ in ("nsubj", "nsubjpass") and any(  # "no soldiers were killed"
                    k.dep_ == "det" and k.lower_ in neg_det for k in c.children):
                m.negated = True
            # "won't" splits into "wo" + "n't": the future auxiliary of a refusal (round 13,
            # "says it won't provide refuge" = will not: REJECT by ``reclassify``)
            if c.dep_ == "aux" and c.lower_ in fut_aux | {"'ll", "’ll", "wo"}:
                m.future = True
            if c.dep_ == "aux" and c.lower_ in hyp_aux:
                m.hypothetical = True
            if c.dep_ == "advmod" and c.lower_ in hyp_adv:  # "perhaps they will meet":
                m.hypothetical = m.expected = True  # entertained by the writer, no one's promise
        subj = _subject_text(t)
        if any(subj.startswith(s) for s in mods.lemmas("negation", subject=True)):
            m.negated = True


def _open_modes(m: Modes, trigger: Token, mods: Modifiers) -> None:
    """A trigger noun that names no particular event: "without an agreement" (negated: the
    object of a preposition of absence) and "any meeting would …" (hypothetical, and no one's
    promise: a free-choice determiner picks no occurrence)."""
    if coarse_pos(trigger) != "NOUN":
        return
    if trigger.dep_ == "pobj" and trigger.head.lower_ in mods.lemmas("negation", dep="prep"):
        m.negated = True
    if any(c.dep_ == "det" and c.lower_ in mods.lemmas("hypothetical", dep="det")
           for c in trigger.children):
        m.hypothetical = m.expected = True


def called_off(trigger: Token, mods: Modifiers) -> bool:
    """Class: events called off or put off. "The hearing was postponed", "talks called off",
    "the ministry cancelled the parade", "the postponed summit": an event noun that is the
    subject or object of a ``called_off`` verb (or has it as a participle) did not take place.
    Only a noun trigger: a verb trigger that contains the verb is an act of its own."""
    if coarse_pos(trigger) != "NOUN":
        return False
    words = mods.lemmas("called_off")
    t = climb_quantity(trigger, mods.lemmas("quantity"))
    heads = [t.head] if t.dep_ in ("nsubjpass", "dobj") and t.head != t else []
    if t.dep_ == "nsubj" and t.head != t and not any(c.dep_ == "dobj" for c in t.head.children):
        heads.append(t.head)  # "talks called off", not the cause "an attack postponed the vote"
    heads += [c for c in trigger.children if c.dep_ == "amod"]
    return any(_phrasal(h) in words or lemma(h) in words for h in heads)


def _phrasal(verb: Token) -> str:
    """"call off", "put off": the lemma and its particle."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{lemma(verb)} {prt[0]}" if prt else lemma(verb)


def contrasted_away(trigger: Token) -> bool:
    """Class: contrastive negation. "a regrouping, not a real retreat", "this is a lull, not a
    ceasefire": the parser hangs "not" on the first noun and the denied one as its apposition;
    the event named after "not" is the one denied."""
    head = trigger.head
    return trigger.dep_ == "appos" and head != trigger and any(
        c.dep_ == "neg" and head.i < c.i < trigger.i for c in head.children)


def pending(trigger: Token, mods: Modifiers) -> bool:
    """Class: acts told as pending. "More sanctions are in the pipeline", "a ceasefire remains
    on the table", "talks are in the works": a subject noun whose predicate places it in a
    ``pending`` phrase is weighed or prepared, not done."""
    t = climb_quantity(trigger, mods.lemmas("quantity"))
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    words = mods.lemmas("pending")
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and lemma(o) in words for o in p.children)
               for p in t.head.children)


def denied_claim(noun: Token, mods: Modifiers) -> bool:
    """"denied reports that its troops shelled the school", "rejected claims that it deports
    children": a claim noun that is the object of a denial verb; the act the claim tells is
    denied, not asserted (CAMEO 016 "deny responsibility", which PLOVER does not code)."""
    return (coarse_pos(noun) == "NOUN" and lemma(noun) in mods.lemmas("denial", dep="claim")
            and noun.dep_ in ("dobj", "nsubjpass") and coarse_pos(noun.head) == "VERB"
            and lemma(noun.head) in mods.lemmas("denial", governs=True))


def told_falsely(governor: Token, mods: Modifiers) -> bool:
    """Class: an act told only as a false suggestion. "the ad wrongly suggests that the nurses
    back the mayor", "falsely claimed the union had endorsed him", "mistakenly reported that
    troops had crossed": a verb of saying or suggesting qualified by an adverb of falsity
    (``denial``, ``dep: advmod``, also as a conjunct: "unmistakably and wrongly") denies the
    act it tells. The verb's own act stays ("wrongly accused" is still an accusation: only
    governors of the trigger are asked)."""
    if coarse_pos(governor) != "VERB":
        return False
    words = mods.lemmas("denial", dep="advmod")
    advs = [c for c in governor.children if c.dep_ == "advmod"]
    # the parser may hang the adverb on the subject when quotes surround it ("the ad 'wrongly'
    # suggests"): an adverb between the subject and its verb is the verb's
    advs += [c for s in governor.children if s.dep_ == "nsubj" for c in s.children
             if c.dep_ == "advmod" and s.i < c.i < governor.i]
    advs += [k for a in advs for k in a.children if k.dep_ == "conj"]
    return any(a.lower_ in words for a in advs)


def _controllers(verb: Token) -> list[Token]:
    """The verb whose to-clause the trigger's verb is, and the verbs that one is coordinated
    with ("is not enabling or encouraging Ukraine to strike": the negation on "enabling"
    covers "encouraging", whose to-clause holds the strike)."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return []
    head = verb.head
    out = [head]
    while head.dep_ == "conj" and head.head != head and coarse_pos(head.head) == "VERB":
        head = head.head
        out.append(head)
    return out


def _words(token: Token) -> set[str]:
    """The lemma, and where the small model's lemmatizer fails ("hopes", "hoping" → "hop")
    the surface form without its ending."""
    out = {lemma(token)}
    low = token.lower_
    if token.tag_ == "VBZ" and low.endswith("s"):
        out.add(low[:-1])
    elif token.tag_ == "VBG" and low.endswith("ing"):
        out |= {low[:-3], low[:-3] + "e"}
    elif token.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        out |= {low[:-2], low[:-1]}
    return out


#: prepositions of a phrase of time or sequence: what it names is when, not what is stopped
#: or refused ("stopped exports after a call with Y": the call took place)
TIME_PREPS = frozenset({"after", "following", "before", "since", "during", "amid"})


def _in_time_phrase(trigger: Token, governor: Token) -> bool:
    """Round 68 (review): the trigger hangs on ``governor`` through a phrase of time or
    sequence, an adjunct, not the complement a verb of stopping or refusing negates."""
    t = trigger
    while t != governor and t.head != t:
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
            return True
        t = t.head
    return False


def _governing_modes(m: Modes, trigger: Token, verb: Token, mods: Modifiers) -> None:
    """Step 2 of ``detect``: the words governing the clause ("no evidence that …", "failed to …",
    "plans to …", "likely to …")."""
    neg_det = mods.lemmas("negation", dep="det")
    # a noun governing the clause ("no evidence that X attacked", "no plans to withdraw"; the
    # parser hangs a noun's content clause as acl) negates it when its determiner does
    # "no plans for Biden and Putin to meet": the parser hangs the to-clause as advcl of the noun
    # or as a relative to-clause ("no plans for A and B to meet")
    noun_clause = verb.dep_ in ("nsubj", "acl") or (
        verb.dep_ in ("advcl", "relcl") and coarse_pos(verb.head) == "NOUN"
        and (verb.dep_ == "advcl" or to_clause(verb)))
    for g in governors(verb) + ([verb.head] if noun_clause else []) + planned_object(trigger, verb):
        lg = lemma(g)
        forms = _words(g)
        if forms & mods.lemmas("expectation", governs=True):
            m.future = m.hypothetical = m.expected = True
        if coarse_pos(g) == "NOUN" and g != trigger and any(
                c.dep_ == "det" and c.lower_ in neg_det for c in g.children):
            m.negated = True
        if lg in mods.lemmas("negation", governs=True) and g != trigger \
                and not _in_time_phrase(trigger, g):
            m.negated = True
        if lg in CEASING and g != trigger and g == verb.head and not _in_time_phrase(trigger, g) \
                and not negated_word(g):
            m.ceased = True
        if g != trigger and denied_claim(g, mods):
            m.negated = True
        if g != trigger and told_falsely(g, mods):
            m.negated = True
        if lg in mods.lemmas("future", governs=True) and not causal_preposition(g, verb):
            m.future = True
        if lg in WARNING_VERBS:
            m.warned = True
        if forms & mods.lemmas("hypothetical", governs=True) and not made_attempt(g):
            m.hypothetical = True
            if negated_word(g, ("acomp", "xcomp", "ccomp")):  # "it is not likely he will visit": unlikely
                m.negated = True
    if absent_sign(trigger, verb, neg_det):
        m.negated = True
    if unceased(verb):  # after the local and governing negations it cancels
        m.negated = m.neg_particle = False


def made_attempt(governor: Token) -> bool:
    """"The rebels attempted to storm the barracks": a verb of trying told in the past, with no
    modal of its own, reports an attempt made (class modality20: realised attempts; "would
    attempt to retake" stays hypothetical through its auxiliary)."""
    return lemma(governor) in REALISED_ATTEMPT and _past(governor) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in governor.children)


def causal_preposition(governor: Token, verb: Token) -> bool:
    """"closed due to the threat of strikes": a future cue reaches the act through a
    preposition, the causal "due to" of a cause already there, not "due to meet" (a to-clause)
    — class: a cause read as a scheduled act (future force then read as THREATEN)."""
    if governor.pos_ == "ADP" or governor.dep_ == "prep":
        return True
    step = next((c for c in governor.children if c == verb or c.is_ancestor(verb)), None)
    return step is not None and step.dep_ in ("prep", "pobj", "pcomp")


def absent_sign(trigger: Token, verb: Token, neg_det: frozenset[str]) -> bool:
    """"no sign of troops withdrawing", "no evidence of an attack", "no indication of talks":
    the act sits in an "of"-phrase (itself, or the noun its participle describes) of a noun
    under a negating determiner, so it is reported as absent, not as happening."""
    for t in {trigger, verb}:
        if t.dep_ == "acl" and coarse_pos(t.head) == "NOUN":
            t = t.head
        if not (t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of"):
            continue
        noun = t.head.head
        if coarse_pos(noun) == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in neg_det for c in noun.children):
            return True
    return False


def _first_conjunct(verb: Token) -> Token:
    t = verb
    for _ in range(6):
        if t.dep_ != "conj" or t.head == t or coarse_pos(t.head) != "VERB":
            break
        t = t.head
    return t


def _coordinated_modes(m: Modes, verb: Token, mods: Modifiers) -> None:
    """"Options could include arresting the smugglers and imposing tariffs": a verb coordinated
    with another shares the words that govern the pair (their modal, their "plans to", their
    "no"), though not the first verb's own negation ("did not shell A but stormed B") unless the
    pair is joined by "or"/"nor" ("is not enabling or encouraging the militia")."""
    first = _first_conjunct(verb)
    if first == verb:
        return
    hyp_aux = mods.lemmas("hypothetical", dep="aux")
    hyp_adv = mods.lemmas("hypothetical", dep="advmod")
    fut_aux = mods.lemmas("future", dep="aux")
    # "will seize the port and blockade the coast": a second verb with no subject or auxiliary
    # of its own shares the first one's modal
    shares_aux = not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    # "is not enabling or encouraging X": a negation before an "or"/"nor" pair denies both
    disjoined = any(k.dep_ == "cc" and k.lower_ in ("or", "nor") for k in first.children)
    # "threats to close the border and slap tariffs": the first verb completes a noun (acl), which
    # governs the pair like a verb would
    noun_head = [first.head] if first.dep_ == "acl" and coarse_pos(first.head) == "NOUN" else []
    for g in ([first] if shares_aux else []) + governors(first) + noun_head:
        for c in g.children:
            if c.dep_ == "aux" and c.lower_ in hyp_aux:
                m.hypothetical = True
            if c.dep_ == "advmod" and c.lower_ in hyp_adv:  # "perhaps they will meet"
                m.hypothetical = m.expected = True
            # "won't" splits into "wo" + "n't": the future auxiliary of a refusal (round 13,
            # "says it won't provide refuge" = will not: REJECT by ``reclassify``)
            if c.dep_ == "aux" and c.lower_ in fut_aux | {"'ll", "’ll", "wo"}:
                m.future = True
            if c.dep_ == "neg" and (g != first or disjoined):
                m.negated = True
        if g == first:
            continue
        forms = _words(g)
        if forms & mods.lemmas("expectation", governs=True):
            m.future = m.hypothetical = m.expected = True
        if forms & mods.lemmas("hypothetical", governs=True):
            m.hypothetical = True
        if lemma(g) in mods.lemmas("future", governs=True):
            m.future = True
        if lemma(g) in mods.lemmas("negation", governs=True):
            m.negated = True


def planned_object(trigger: Token, verb: Token) -> list[Token]:
    """"The EU plans new sanctions", "the US is preparing an aid package": an event noun that is
    the object of its clause verb is governed by that verb as a to-clause would be ("plans to
    impose sanctions"), so a verb of planning or expecting makes it future. Not a phrasal verb
    ("set up blockades" is done, "set to" is not)."""
    if trigger != verb and coarse_pos(trigger) == "NOUN" and trigger.dep_ == "dobj" \
            and trigger.head == verb and not any(c.dep_ == "prt" for c in verb.children):
        return [verb]
    return []


#: adverbs that open a clause of a time or a place ("the days when they would visit")
WHEN_WORDS = frozenset({"when", "whenever", "where", "wherever"})


def _imagined_would(verb: Token) -> bool:
    """Class (round 14): "would" in a relative clause or a when-clause, with no date of its own
    ("a bill that would allow farmers to sell …", "the days when his family would visit"): what
    a proposal would do, or an imagined or habitual past, not a reported act. A date keeps a
    plan ("talks that would begin on Monday")."""
    relative = verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")
    when = verb.dep_ in ("advcl", "relcl") and any(
        c.dep_ == "advmod" and c.lower_ in WHEN_WORDS for c in verb.children)
    if not (relative or when):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _conditional_would(m: Modes, verb: Token, mods: Modifiers) -> None:
    """"would" is a future only in reported speech, thought or warning ("said Ankara would host
    the talks", "warned that its forces would strike"); in a clause of its own, with no verb
    over it, it is conditional ("the settlement would shield the owners", "we would never
    accept that"): hypothetical, and no one's promise."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return
    if _imagined_would(verb):
        m.hypothetical = m.expected = True
        return
    if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return
    reporting = mods.lemmas("reporting")
    if any(lemma(c) in reporting for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp")):
        return  # "Ankara would host the talks, officials said" parsed with "said" under the verb
    m.hypothetical = m.expected = True


def _subject_clause_modes(m: Modes, verb: Token, mods: Modifiers) -> None:
    """"deploying troops to the border might provoke Minsk", "sending jets would be reckless": an
    act named by the gerund subject of a modal clause is weighed, not done."""
    if verb.dep_ not in ("csubj", "csubjpass") or verb.head == verb:
        return
    modal = mods.lemmas("hypothetical", dep="aux")
    if any(c.dep_ == "aux" and c.lower_ in modal for c in verb.head.children):
        m.hypothetical = True


def _supposed_content(m: Modes, verb: Token, mods: Modifiers) -> None:
    """"Our guess is that the tariff goes", "the hope is that they meet": the
    content of a copula whose subject is a noun of expecting or supposing is a forecast, not an
    act done or promised (class round 9: speculation read as an event)."""
    words = mods.lemmas("expectation", governs=True)
    for g in governors(verb):
        if lemma(g) != "be":
            continue
        if any(c.dep_ == "nsubj" and _words(c) & words for c in g.children):
            m.future = m.hypothetical = m.expected = True
        return


def _historical(doc: Doc, trigger: Token, verb: Token, mods: Modifiers, published: str | None) -> bool:
    for t in (trigger, verb):
        for c in t.children:
            if (c.dep_, c.lower_) in {(cue.dep, lem) for cue in mods.historical for lem in cue.lemmas}:
                return True
            if c.dep_ == "advmod" and c.lower_ == "ago":
                return True
    if not published:
        return False
    try:
        pub_year = date.fromisoformat(published[:10]).year
    except ValueError:
        return False
    sub = list(verb.subtree)
    for d in dates_in(doc, sub[0].idx, sub[-1].idx + len(sub[-1].text)):
        if d.date and d.date[:4].isdigit() and int(d.date[:4]) < pub_year - 1:
            return True
    return False


def claimed_by(doc: Doc, trigger: Token, mods: Modifiers) -> str | None:
    """The speaker when the event is told inside a quote or an attribution ("Russia says
    Ukraine shelled …"): the quotes component first, else a governing reporting verb's subject."""
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    for q in quotes_covering(doc, start, end):
        if q.speaker:
            return q.speaker
    speaker = colon_speaker(doc, trigger)
    if speaker is not None:
        actor = actor_at(doc, speaker.idx, speaker.idx + len(speaker.text))
        return actor.id if actor else None
    reporting = mods.lemmas("reporting")
    verb = clause_verb(trigger)
    for g in governors(verb):
        if lemma(g) in reporting and coarse_pos(g) == "VERB":
            if framing_time_at(doc_text(doc), g.idx + len(g.text), start):
                return None  # "X said …, hours after talks failed": the reporter's account
            subj = [c for c in g.children if c.dep_ == "nsubj"]
            if subj:
                actor = actor_at(doc, subj[0].idx, subj[0].idx + len(subj[0].text))
                return actor.id if actor else None
            return None
    return None


def unceased(verb: Token) -> bool:
    """Review 71: the clause is what a negated verb of ceasing governs ("did not stop issuing
    visas"): the act went on, so neither negation holds."""
    return verb.dep_ in ("xcomp", "ccomp") and lemma(verb.head) in CEASING \
        and negated_word(verb.head) and not negated_word(verb)


#: material cooperation whose ceasing is a sanction (round 70)
CEASED_TO_SANCTION = ("COOPERATE", "AID")


def reclassify(event: str, modes: Modes, mode: str | None = None) -> tuple[str, Modes]:
    """PLOVER 2.3 / 3.1: return one category instead of category + auxiliary mode.

    - cooperation said not to happen in future ("will not accept refugees") → REJECT
    - conflict promised on a condition ("will withdraw unless", "may halt … if") → THREATEN
    - future cooperation ("will meet", "will provide aid", "will evacuate") → AGREE
    - future force ("would blockade Paris") → THREATEN; announced sanctions stay
      SANCTION (a decision, not a threat), and so does an announced annexation (COERCE seize:
      "will annex the regions at a ceremony on Friday", judging rule 9); a planned protest or
      troop movement stays PROTEST / MOBILIZE, flagged future
    - a threat on a condition ("warns of retaliation if …") stays an affirmed THREATEN
    """
    if modes.neg_particle and (modes.future or modes.hypothetical) and event in (
        COOPERATIVE_TO_AGREE + ("AGREE",)
    ):
        return "REJECT", Modes(historical=modes.historical)
    if modes.ceased and event in CEASED_TO_SANCTION:
        # round 70: "stopped issuing visas to X", "halted supplying arms to X": cooperation
        # one party stops giving another is a sanction (CAMEO 16), not a cooperation denied
        return "SANCTION", Modes(historical=modes.historical, future=modes.future,
                                 hypothetical=modes.hypothetical)
    if modes.negated:
        return event, modes
    if event == "THREATEN" and modes.only_conditional:
        # class: a warning's condition ("warns of consequences if X happens") is what the
        # threat is made on; the warning itself is made, not hypothetical
        return event, Modes(historical=modes.historical, future=modes.future)
    if modes.conditional and (modes.future or modes.hypothetical) and event in CONFLICT_TO_THREATEN:
        return "THREATEN", Modes(historical=modes.historical)
    # expected by others or only wished for (`expectation` cues: "is expected to visit",
    # "hopes they will allow"): not the actor's promise, so no AGREE / THREATEN
    # a likelihood judged by the speaker ("it is not likely he will visit", "is likely to
    # attack") is no promise or threat either: the act keeps its type with its flags
    unpromised = modes.expected or (modes.hypothetical and not modes.conditional and not modes.warned)
    if modes.future and event in COOPERATIVE_TO_AGREE and not unpromised:
        return "AGREE", Modes(historical=modes.historical)
    # a planned demonstration or troop movement ("plans to join the protest", "forces will
    # move to strengthen positions") threatens no one: it keeps its type, flagged future
    if modes.future and event in CONFLICT_TO_THREATEN and (
            event not in UNTHREATENING or (modes.warned and event in ("PROTEST", "MOBILIZE"))) \
            and (event, mode) != ("COERCE", "seize") and not unpromised:
        return "THREATEN", Modes(historical=modes.historical)
    return event, modes
