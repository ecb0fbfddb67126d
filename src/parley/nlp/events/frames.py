"""Reporting frames: is a trigger told as an event of its own, or only mentioned?

News names many events it does not report. A noun trigger reports an event when the clause is
about it ("The invasion began at dawn", "Russia launched an invasion", "Russia's invasion
enters its third week"); it is only *background* when it sits in a phrase of cause or time
("because of the invasion", "during Russia's invasion", "amid fighting"), modifies another noun
("aid workers", "the invasion's toll", "the anniversary of the invasion") or is the topic of a
verb of knowing, informing or discussing ("was not informed of the invasion"). A background
mention joins an event the article reports; alone it is dropped (``coref.corefer``). A date or
a place of its own ("Monday's attack", "the strikes in Kyiv") gives it a frame again.

Some words are not events at all: participles used as adjectives ("the occupied city",
"Kremlin-backed separatists", "burnt remains"), habitual statements ("states that routinely
jail reporters", "is often condemned"), statements about anyone ("you get arrested",
"anyone who protests") and the provisions of a rule ("a treaty that obliges members to
protect …"), what a vetoed or failed draft says ("vetoed a draft that condemned …") and
campaign gatherings ("held a campaign rally"). The cue words are in ``event_modifiers.yaml``
(``frame_background``, ``carrier``, ``topic_verbs``, ``habitual``, ``generic_subject``,
``provision``, ``casualty``, ``failed_text``, ``campaign_gathering``, ``reputation``,
``rule_subject``).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.events.args import tells_dead
from parley.nlp.events.backdrops import described_state, venue_gathering
from parley.nlp.events.counterparts import body_gathering
from parley.nlp.events.followed import FRESH, party_adjective, targeted
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import (
    WEEKDAY_NAMES,
    act_of,
    assessed_act,
    climb_quantity,
    coarse_pos,
    headline_sentence,
    judged_noun,
    lemma,
    names_party,
    pobjs,
    preps_of,
    with_conjuncts,
)
from parley.nlp.events.modes import denied_claim
from parley.nlp.events.office_routines import comment_requested, own_staff_consulted
from parley.nlp.events.participant_kinds import (
    concurrence,
    enabled_state,
    personal_stance,
    private_or_public_counterpart,
    within_family,
)
from parley.nlp.events.plain_senses import (
    danger_not_threat,
    described_stance,
    effort_for_measure,
    endangered_state,
    feared_consequence,
    ordinary_return,
    pressed_on_thing,
    shown_not_protested,
    weighty_deal,
)
from parley.nlp.events.stances import (
    backed_off,
    candidacy_launched,
    comprehension,
    control_won,
    disagreement,
    evaluated_act,
    fight_for_cause,
    guests_welcomed,
    hammered_home,
    impersonal_demand,
    justification,
    left_in_state,
    level_reached,
    policy_crackdown,
    public_stance,
    requested_content,
    seized_on,
    self_harm,
    status_predicate,
    struck_down,
    under_status,
    view_held,
    weighed_act,
    wording_refused,
)
from parley.nlp.events.trade_and_press import commercial_shipment, reporters_question
from parley.nlp.events.unreal import asked_for, negated_stance, weighed_policy
from parley.nlp.extensions import dates_in, place_at
from parley.nlp.syntax import COPULAS

# multi-word prepositions: the head word governs "of"/"to" ("because of", "ahead of", "due to")
LINKING_PREPS = frozenset({"of", "to"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
TOPIC_PREPS = frozenset({"of", "about", "on", "over", "regarding"})
PRENOMINAL_DEPS = frozenset({"amod", "compound", "nmod"})
PAST = frozenset({"VBD"})
PRESENT = frozenset({"VBP", "VBZ"})
# the lexical word lists are data: lexicon/events_frames.yaml (each word with an example)
LISTS = "events_frames.yaml"
BARE_KINDS = word_list(LISTS, "bare_kinds")
#: event nouns of a physical act: as the object of a generic verb they stay the act told
#: ("everyone condemns the bombing of the hospital")
PHYSICAL_NOUNS = word_list(LISTS, "physical_nouns")


def _phrase_head(noun: Token, mods: Modifiers) -> Token:
    """The noun phrase a trigger stands for in its clause: through measuring nouns ("a series
    of attacks") and coordination ("the shelling and the blockade")."""
    t = climb_quantity(noun, mods.lemmas("quantity"))
    for _ in range(3):
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):  # "after Brexit and X's threats"
            t = t.head
        else:
            break
    return t


def background_phrase(noun: Token, mods: Modifiers) -> bool:
    """"because of the Russian invasion", "during Russia's invasion", "amid fighting", "ahead
    of the summit": the noun is the object of a preposition of cause or time."""
    words = mods.lemmas("background") | mods.lemmas("frame_background")
    t = _phrase_head(noun, mods)
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in words:
        return True
    return prep.lower_ in LINKING_PREPS and prep.head != prep and prep.head.lower_ in words


def noun_modifier(noun: Token, mods: Modifiers, triggers: set[int]) -> bool:
    """"aid workers", "the invasion's toll", "the anniversary of the invasion", "a pace of
    killing": the trigger qualifies another noun that is neither an event (``triggers``), nor
    a noun that carries the event of its modifier ("sanctions package", "evacuation convoy"),
    nor a mode word ("threat of an invasion")."""
    t = noun if noun.dep_ in NOUN_MODIFIER_DEPS else _phrase_head(noun, mods)
    if t.dep_ in NOUN_MODIFIER_DEPS:
        head = t.head
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head != t.head:
        head = t.head.head
    else:
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.i in triggers:
        return False
    if act_of(t) == head and assessed_act(t):
        return False  # round 22: "X's seizure is an act of piracy, Y says" predicates the piracy
    framing = (mods.lemmas("carrier") | mods.lemmas("quantity")
               | mods.lemmas("hypothetical", governs=True) | mods.lemmas("negation", governs=True)
               | mods.lemmas("future", governs=True))
    return lemma(head) not in framing


def topic_object(noun: Token, mods: Modifiers) -> bool:
    """"Putin was not informed of the invasion", "she spoke about the shelling", "they
    discussed the attack": the event is what someone knows, learns or talks about."""
    verbs = mods.lemmas("topic_verbs")
    t = _phrase_head(noun, mods)
    if t.dep_ == "dobj":
        return lemma(t.head) in verbs
    if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS:
        return lemma(t.head.head) in verbs
    return False


def own_frame(doc: Doc, noun: Token) -> bool:
    """A date or a place of the noun's own ("Monday's attack", "the strikes in Kyiv")."""
    sub = list(noun.subtree)
    if dates_in(doc, sub[0].idx, sub[-1].idx + len(sub[-1].text)):
        return True
    for p in preps_of(noun, frozenset({"in", "at", "near", "outside", "around"})):
        for o in p.children:
            if o.dep_ == "pobj" and place_at(doc, o.idx, o.idx + len(o.text)):
                return True
    return False


def casualty_cause(noun: Token, mods: Modifiers) -> bool:
    """"a detainee succumbed to injuries from the beating", "two soldiers died of wounds from shelling":
    the cause of a death or injury told of its victim is the event the sentence reports; so is
    the cause of a death told by an adjective (``dead_after``)."""
    if dead_after(noun, mods):
        return True
    words = mods.lemmas("casualty")
    t = noun
    for _ in range(5):
        if t.head == t:
            return False
        t = t.head
        if coarse_pos(t) == "VERB":
            return lemma(t) in words
    return False


def dead_after(noun: Token, mods: Modifiers) -> bool:
    """Round 42 (twenty-third session): "eight villagers dead after a mortar attack", "six
    policemen dead after an ambush": a verbless casualty report whose victims' state is an
    adjective (a ``casualty`` lemma: "dead"); the act its phrase names is the news, with no verb
    of harm to code it. The phrase hangs on the adjective or on the victims it describes; a
    state or long course ("dead after the invasion", ``status_nominal``) stays a backdrop, and
    a word inside the victims' own phrase ("aid workers") is no cause."""
    words = mods.lemmas("casualty")
    prep = noun.head
    return (noun.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.head != prep
            and lemma(noun) not in mods.lemmas("status_nominal")  # "after the invasion"
            and tells_dead(prep.head, words))


MODALS = frozenset({"will", "would", "could", "may", "might", "can"})
# subordinators of a backdrop clause: "as sanctions bite", "while the war drags on"
BACKDROP_MARKS = frozenset({"as", "while", "since", "because"})


#: round 14: verbs by which a planned meeting happens ("talks will take place/resume")
OCCURRING = word_list(LISTS, "occurring")
#: status nouns that are meetings, announced by an occurring verb
MEETING_STATES = word_list(LISTS, "meeting_states")


def told_for_effects(noun: Token, mods: Modifiers) -> bool:
    """"the annexation of the island stirred old fears", "the embargo hurt exporters", "the war
    will ruin the harvest", "as sanctions bite": a state or long course of events
    (``status_nominal``) as the subject of a verb of consequence (``consequence``), of a modal
    forecast or of a backdrop clause (as, while, since) is told for what it brings about, not
    reported as news."""
    if lemma(noun) not in mods.lemmas("status_nominal"):
        return False
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False  # "the mobilization announced by Moscow sent thousands fleeing": told as an act
    t = _phrase_head(noun, mods)
    if t.dep_ != "nsubj" or t.head == t:
        return False
    verb = t.head
    if lemma(noun) in MEETING_STATES and lemma(verb) in OCCURRING and not any(
            c.dep_ == "aux" and c.lower_ in MODALS - {"will"} for c in verb.children):
        return False  # round 14, "the talks will take place on Friday": a meeting announced
    return lemma(verb) in mods.lemmas("consequence") or any(
        (c.dep_ == "aux" and c.lower_ in MODALS) or (c.dep_ == "mark" and c.lower_ in BACKDROP_MARKS)
        for c in verb.children)


#: round 28: predicates that tell how a state stands, not what it is judged to be ("the
#: offensive is underway", "is imminent"): news of the state (lexicon/events_frames.yaml)
STANDING = word_list(LISTS, "standing")
#: round 28: words of a time of day that make a state one told instance ("the overnight bombardment")
TIME_WORDS = word_list(LISTS, "time_words")
#: round 28 (store check): nouns of a state that begins with one dated act (a mobilisation, a
#: withdrawal): judged, the act is still the news
ONE_OFF_ACTS = word_list(LISTS, "one_off_acts")


def judged_state(doc: Doc, noun: Token, mods: Modifiers) -> bool:
    """Class round 28: a state or long course of events (``status_nominal``) as the subject of a
    copula whose complement judges or names it ("the invasion is a return to imperialism",
    "sanctions on the regime are robust", "the crackdown in the province is a disgrace", "the
    war is not a war, it is terrorism"): the state is talked about, not reported; the
    speaker's judgement is the news, and a place of its own does not make it news (checked
    before ``own_frame``). Still news: a state with a date or a time of its own ("Sunday's
    shelling", "the overnight bombardment": ``TIME_WORDS``), a new instance (``FRESH``: "the
    latest sanctions are not enough"), one ranked among others ("was the deadliest of the
    war": a superlative complement), a predicate of how it stands (``STANDING``: "an offensive
    is underway", "is imminent"), a state told as an act ("the blockade imposed in May"), and
    a state that begins with one act (``ONE_OFF_ACTS``: "the partial mobilisation is a
    mistake")."""
    if lemma(noun) not in mods.lemmas("status_nominal") or lemma(noun) in MEETING_STATES \
            or lemma(noun) in ONE_OFF_ACTS:
        return False
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False  # "the blockade imposed in May is illegal": told as an act
    before = [c for c in noun.subtree if c.i < noun.i]  # "Fresh EU sanctions": on "EU" too
    after = [c for c in noun.children if c.i > noun.i and c.dep_ in ("advmod", "npadvmod")]
    if any(c.lower_ in FRESH or lemma(c) in FRESH or c.lower_ in TIME_WORDS for c in before) \
            or any(c.lower_ in TIME_WORDS for c in after):
        return False  # "the latest sanctions", "the overnight bombardment": an instance told
    sub = list(noun.subtree)
    if dates_in(doc, sub[0].idx, sub[-1].idx + len(sub[-1].text)):
        return False  # "the shelling of the town on Monday was the heaviest since March"
    t = _phrase_head(noun, mods)
    if t.dep_ != "nsubj" or t.head == t or lemma(t.head) not in COPULAS:
        return False
    preds = [c for c in t.head.children if c.dep_ in ("attr", "acomp")]
    return bool(preds) and not any(
        lemma(p) in STANDING or p.lower_ in STANDING or p.tag_ == "JJS" for p in preds)


#: round 31: verbs of a state reaching a length of time, and the units of that length
#: (lexicon/events_frames.yaml)
DURATION_VERBS = word_list(LISTS, "duration_verbs")
DURATION_NOUNS = word_list(LISTS, "duration_nouns")


def duration_reached(noun: Token, mods: Modifiers) -> bool:
    """Round 31, class: a state or long course of events that enters, marks or reaches a length
    of time ("the siege enters its third month", "the war marks its first anniversary", "the
    occupation reaches day 100"): how long it has lasted, not a new act (rule 4). Not talks or
    a meeting ("the talks entered their third day": still being held, news)."""
    if lemma(noun) not in mods.lemmas("status_nominal") or lemma(noun) in MEETING_STATES:
        return False
    t = _phrase_head(noun, mods)
    if t.dep_ != "nsubj" or t.head == t or lemma(t.head) not in DURATION_VERBS:
        return False
    spans = [c for c in t.head.children if c.dep_ in ("dobj", "npadvmod", "attr", "oprd")]
    return any(lemma(x) in DURATION_NOUNS for c in spans for x in c.subtree)


COPING_PREPS = frozenset({"to", "with", "from"})


def coped_state(noun: Token, mods: Modifiers) -> bool:
    """"fled the occupation", "survive the war", "justify the invasion", "comply with the
    embargo", "fallout from the blockade": a state or long course of events (`status_nominal`)
    that someone lives through, escapes, explains away or feels the effects of is the backdrop
    (class round 9: background nominals), not news of the state itself."""
    if lemma(noun) not in mods.lemmas("status_nominal"):
        return False
    words = mods.lemmas("coping")
    t = _phrase_head(noun, mods)
    if t.dep_ == "dobj":
        return lemma(t.head) in words
    if t.dep_ == "pobj" and t.head.lower_ in COPING_PREPS and t.head.head != t.head:
        return lemma(t.head.head) in words
    return False


SUBORDINATE = frozenset({"advcl", "relcl"})


def course_told(noun: Token, mods: Modifiers) -> bool:
    """Class: a state told by its course. "the mobilization is facing problems", "new rockets
    slowed the Russian assault", "concerns over the mobilization", "as long as shelling
    continues": an event noun as the subject of a verb of course or pace (``course``,
    ``dep: subj``), the object of a verb that changes its pace (``dep: obj``) or the topic of a
    worry (``dep: topic``) is an ongoing backdrop, not news of a new act: a state or long course
    (``status_nominal``) always, any other event noun only in a subordinate clause. A course
    that goes on (``dep: going``) is backdrop only in a subordinate clause ("as long as
    shelling continues"): "Shelling continues in the east" and "the invasion enters its third
    week" report."""
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False
    status = lemma(noun) in mods.lemmas("status_nominal")
    t = _phrase_head(noun, mods)
    if t.head == t:
        return False
    head = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and lemma(head) in mods.lemmas("course", dep="subj"):
        return status or head.dep_ in SUBORDINATE
    if t.dep_ in ("nsubj", "nsubjpass") and lemma(head) in mods.lemmas("course", dep="going"):
        # "as Russian strikes continue in the south": a named party keeps the news of its acts
        return head.dep_ in SUBORDINATE and not party_adjective(noun) and not any(
            c.dep_ == "poss" for c in noun.children)
    if t.dep_ == "dobj" and lemma(head) in mods.lemmas("course", dep="obj"):
        return status or lemma(noun) in mods.lemmas("course", dep="pace")
    if t.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and head.head != head:
        return status and lemma(head.head) in mods.lemmas("course", dep="topic")
    return False


def background_frame(doc: Doc, noun: Token, mods: Modifiers, triggers: set[int]) -> str | None:
    """Why a noun trigger is only background (a short reason), or None when it reports."""
    if coarse_pos(noun) != "NOUN":
        return None
    if judged_state(doc, noun, mods):  # before ``own_frame``: a place does not make it news
        return "state judged or named"
    if duration_reached(noun, mods):
        return "a duration reached"
    if own_frame(doc, noun) or casualty_cause(noun, mods):
        return None
    if targeted(noun, mods):
        return None
    if background_phrase(noun, mods):
        return "cause-or-time phrase"
    if noun_modifier(noun, mods, triggers):
        return "modifier of a noun"
    if described_state(noun, mods, triggers):
        return "state in a description of a noun"
    if venue_gathering(noun, mods, triggers):
        return "venue of another act"
    return next((reason for reason, test in STATE_BACKDROPS if test(noun, mods)), None)


#: round 73: nouns that name a war itself, and verbs that report its start (events_frames.yaml)
WAR_NAMES = word_list(LISTS, "war_names")
WAR_STARTS = word_list(LISTS, "war_starts")


def war_named(noun: Token, mods: Modifiers) -> bool:
    """Round 73: "Russia's invasion of Ukraine", "the Ruritanian invasion": in news of a war the
    noun names the war itself, an ongoing state every story is told against ("prices rose
    after Russia's invasion", "defends Russia's invasion", "the invasion runs into resistance"),
    not a new act. News only when told with its start ("launched the invasion", "since the
    invasion began": ``WAR_STARTS``), in a clause of its own ("the invasion ordered on
    Thursday"), or with a date or place of its own (``own_frame``, checked before)."""
    if lemma(noun) not in WAR_NAMES or coarse_pos(noun) != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False
    # an invasion still to come or only feared ("a possible invasion", "the threat of an
    # invasion") is no war under way: the modes read it
    unreal = mods.lemmas("hypothetical", governs=True) | mods.lemmas("future", governs=True) \
        | mods.lemmas("expectation", governs=True)
    if any(c.dep_ == "amod" and lemma(c) in unreal for c in noun.children):
        return False
    t = _phrase_head(noun, mods)
    host = t.head.head if t.dep_ == "pobj" and t.head.head != t.head else None
    if host is not None and (lemma(host) in unreal or lemma(host) in WAR_STARTS or any(
            c.dep_ == "dobj" and lemma(c) in WAR_STARTS for c in host.children)):
        return False  # "fears of an invasion", "participated / took part in the invasion"
    if _routed(noun) or (t.dep_ == "nsubj" and t.head != t and any(
            c.ent_type_ == "DATE" for c in t.head.children)):
        return False  # review 73: "the invasion from Belarus last week caught Kyiv off guard"
    return not (t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head != t
                and lemma(t.head) in WAR_STARTS)


def _routed(noun: Token) -> bool:
    """Review 73: an invasion told with its route ("from Belarus", "through the pass") is one
    specific act, not the war's name."""
    return any(place_at(noun.doc, o.idx, o.idx + len(o.text)) is not None
               for p in preps_of(noun, frozenset({"from", "through", "across", "via"}))
               for o in pobjs(p))


#: backdrops a noun trigger is told in, read by ``background_frame`` in this order
STATE_BACKDROPS: tuple[tuple[str, Callable[[Token, Modifiers], bool]], ...] = (
    ("topic of knowing or telling", topic_object),
    ("claim denied", denied_claim),
    ("state told for its effects", told_for_effects),
    ("state endangered", endangered_state),  # round 39b
    ("state lived through or explained", coped_state),
    ("state told by its course", course_told),
    ("war named as the backdrop", war_named),  # round 73
)


def participial_modifier(token: Token) -> bool:
    """"the occupied city", "Kremlin-backed separatists", "burnt remains": a verb trigger used
    as an adjective before a noun describes a state, it reports no event."""
    if (token.tag_ in ("VBN", "VBD", "VBG", "JJ") and token.dep_ in PRENOMINAL_DEPS
            and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")):
        return judged_noun(token) is None  # round 24: not "X is a corrupt state" (a judgement)
    return misread_participle(token)


def _nationality_phrase(token: Token) -> bool:
    """"Ukrainian regions", "Syrian towns": a nationality adjective opening a noun phrase."""
    doc = token.doc
    return (token.ent_type_ in ("NORP", "GPE") and token.tag_ == "JJ" and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ in ("NOUN", "PROPN"))


def misread_participle(token: Token) -> bool:
    """"visits occupied Crimea", "in annexed Crimea", "to annex occupied Ukrainian regions": a
    past form right after a verb or a preposition and right before a proper name or a noun
    phrase opened by a nationality (round senses16) is an adjective the parser read as a verb
    (a finite verb cannot follow another verb or a preposition directly)."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ not in ("VERB", "AUX", "ADP") or before.tag_ in ("RP", "MD"):
        return False
    if after.pos_ != "PROPN" and not _nationality_phrase(after):
        return False
    if lemma(before) in AUXILIARIES:
        return False  # "has occupied Crimea", "was annexed"
    return not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (
        c.dep_ == "aux" and lemma(c) in AUXILIARIES) for c in token.children)


AUXILIARIES = frozenset({"be", "have", "do", "get", "will", "would", "shall", "should", "can",
                         "could", "may", "might", "must"})


def naming_predicate(token: Token) -> bool:
    """"calls the draft a mobilization to the graves", "branded the vote an invasion of our
    rights": a trigger noun that is the name given to something (the object predicate of a
    verb of naming) characterises it, it reports no event of its own. The parser may read the
    name as a second direct object of the naming verb."""
    if coarse_pos(token) != "NOUN":
        return False
    if token.dep_ == "oprd":
        return True
    head = token.head
    return (token.dep_ == "dobj" and lemma(head) in NAMING_VERBS
            and any(c.dep_ == "dobj" and c.i < token.i for c in head.children))


NAMING_VERBS = word_list(LISTS, "naming_verbs")
BE_CLITICS = frozenset({"'s", "’s", "'re", "’re"})  # the lemmatizer may leave a curly clitic as is


def characterisation(token: Token) -> bool:
    """"That's not accepting responsibility", "this is attacking the press": a present
    progressive with a demonstrative subject says what a deed amounts to, it reports none."""
    if token.tag_ != "VBG":
        return False
    be = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and (lemma(c) == "be" or c.lower_ in BE_CLITICS)
             for c in token.children)
    demonstrative = any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.tag_ == "DT"
                        for c in token.children)
    return be and demonstrative


def _clause(token: Token) -> Token:
    t = token
    for _ in range(3):
        if coarse_pos(t) == "VERB" or t.head == t:
            break
        t = t.head
    return t


def habitual(token: Token, mods: Modifiers) -> bool:
    """"states that routinely jail reporters", "is often condemned", "met several times": a habit,
    a tendency or a record of many occasions, not a dated act."""
    words = mods.lemmas("habitual", dep="advmod")
    counts = mods.lemmas("habitual", dep="times")
    verb = _clause(token)
    # round 14: a participle clause shares the habit of the verb it hangs on ("demonstrators
    # have sometimes gathered while marching", "complaining about rents, retirees often say")
    hosts = [verb.head] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
    for t in (token, verb, *hosts):
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in words:
                return True
            if lemma(c) == "time" and c.tag_ == "NNS" and any(  # "met several times"
                    k.dep_ in ("amod", "det", "nummod") and k.lower_ in counts for k in c.children):
                return not _on_one_day(t)
    return False


DAY_WORDS = WEEKDAY_NAMES | {"today", "yesterday", "tonight", "overnight"}


def _on_one_day(verb: Token) -> bool:
    """"met several times on Monday": occasions within one day are that day's events."""
    heads = [verb] + [p for p in verb.children if p.dep_ == "prep"]
    return any(c.lower_ in DAY_WORDS for h in heads for c in h.children)


def _subjects(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "that", "which")):
        return [verb.head]
    if not subj and verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        return _subjects(verb.head)
    return subj


def _placed_or_dated(verb: Token) -> bool:
    """"people protest in Tehran", "people rally on Monday": a place or a date of the verb's own
    makes a present tense narrate news."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def generic_subject(token: Token, mods: Modifiers) -> bool:
    """"you go to a rally and you get arrested", "anyone who protests", "one should visit
    the memorial", "all good men": a statement about anyone, not an act of someone. Past
    tense with a simple subject is an act ("someone attacked the convoy" is not generic). An
    event noun as the object of a share-of-a-kind verb shares it ("many colleges offer merit
    aid"); a physical act's noun (``PHYSICAL_NOUNS``) does not."""
    noun_object = (coarse_pos(token) == "NOUN" and token.dep_ == "dobj"
                   and lemma(token) not in PHYSICAL_NOUNS)
    if coarse_pos(token) != "VERB" and not noun_object:
        return False
    words = mods.lemmas("generic_subject", dep=None) - mods.lemmas("generic_subject", dep="amod")
    kinds = mods.lemmas("generic_subject", dep="amod")
    if noun_object:  # only a share of a kind passes its verb to the object noun
        return _share_of_kind(token.head, kinds)
    for s in _subjects(token):
        if s.lower_ == "one" and list(s.children):
            continue  # "no one" is a negation, "one of the soldiers" is someone
        if s.lower_ in words or any(c.dep_ == "det" and c.lower_ in words for c in s.children):
            return token.tag_ not in PAST
        # class (round 11): bare "people" in the simple present, in prose ("people fight over
        # scarce water", "people protest when prices rise"): what people do, no act of anyone
        if (lemma(s) in BARE_KINDS and not list(s.children) and _prose_present(token)):
            return True
    return _share_of_kind(token, kinds)


def _prose_present(verb: Token) -> bool:
    """A simple present (VBP, no auxiliary) in prose with no place or date of its own: what
    people usually do ("people fight over water"), not news ("people protest in Tehran")."""
    return (verb.tag_ == "VBP" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and not headline_sentence(verb.sent) and not _placed_or_dated(verb))


def _share_of_kind(verb: Token, kinds: frozenset[str]) -> bool:
    """"many colleges offer merit aid": a share of a kind (``generic_subject``, ``dep: amod``)
    as a plural subject of a prose present (``_prose_present``; a headline's present tells
    news: "Many Ukrainians flee the city", and so does a place or date: "some protesters throw
    stones in Tbilisi on Monday")."""
    if coarse_pos(verb) != "VERB" or not _prose_present(verb):
        return False
    return any(s.tag_ == "NNS" and any(c.dep_ in ("amod", "det") and c.lower_ in kinds
                                       for c in s.children) for s in _subjects(verb))


def provision(token: Token, mods: Modifiers) -> bool:
    """"a treaty that obligates countries to protect …", "a law that bans rallies": what a rule
    provides for is not an event (relative clause on a rule noun, in the present)."""
    nouns = mods.lemmas("provision")
    t = token
    for _ in range(4):
        if t.dep_ in ("relcl", "acl") and lemma(t.head) in nouns:
            return t.tag_ not in PAST
        if t.head == t or t.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "relcl", "acl"):
            return False
        t = t.head
    return False


def _text_failed(noun: Token, verbs: frozenset[str]) -> bool:
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(head) in verbs:
        return True
    if noun.dep_ == "nsubj" and lemma(head) == "fail" and "fail" in verbs:
        return True  # "a motion that … failed"
    if noun.dep_ == "dobj" and lemma(head) == "vote" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in head.children):
        return True  # "voted down a motion that …"
    # "voted against a resolution that …", "voted down a motion" (down read as a preposition)
    return (noun.dep_ == "pobj" and head.lower_ in ("against", "down") and head.head != head
            and lemma(head.head) == "vote")


def failed_text(token: Token, mods: Modifiers) -> bool:
    """Class: the content of a vetoed, rejected or failed text. "Russia vetoed a draft that
    condemned the raid and called for a truce", "a motion that demanded his release failed",
    "voted down a resolution that …": what the relative clause on a text noun (``failed_text``,
    ``dep: text``) says the text does is no act of the body, when the text was vetoed,
    rejected, defeated or failed (``failed_text``, ``governs: true``). A text that passed
    ("adopted a resolution that condemns …") keeps its content."""
    nouns = mods.lemmas("failed_text", dep="text")
    verbs = mods.lemmas("failed_text", governs=True)
    t = token
    for _ in range(5):
        if t.dep_ in ("relcl", "acl") and lemma(t.head) in nouns:
            noun = t.head
            while noun.dep_ == "conj" and noun.head != noun:
                noun = noun.head
            return _text_failed(noun, verbs)
        if t.head == t or t.dep_ not in ("conj", "xcomp", "ccomp", "dobj", "pobj", "prep"):
            return False
        t = t.head
    return False


def campaign_gathering(token: Token, mods: Modifiers) -> bool:
    """Class: campaign rallies, party meetings and debates. "held a campaign rally", "an
    election debate", "spoke at the party convention": a gathering noun (``campaign_gathering``,
    ``dep: noun``) qualified by a campaign or election word (``dep: mod``) is a candidate
    meeting voters or one organisation meeting itself, not a PROTEST or a CONSULT between
    parties; the trigger is the noun itself or a verb whose subject or object it is ("met
    at a campaign event" names a place of a meeting, which stays). A rally
    against something ("a rally against the war") has no such qualifier and stays a protest."""
    nouns = mods.lemmas("campaign_gathering", dep="noun")
    kinds = mods.lemmas("campaign_gathering", dep="mod")
    heads = [token]
    if coarse_pos(token) == "VERB":
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # a meeting of a named body ("addressed the G7 meeting") is no campaign gathering (round 11)
    return any(lemma(n) in nouns and not body_gathering(n) and (
        any(c.dep_ in ("compound", "amod") and lemma(c) in kinds for c in n.children)
        or _candidate_holds(n, mods)) for n in heads)


VENUE_PREPS = frozenset({"at", "during"})


def _candidate_holds(noun: Token, mods: Modifiers) -> bool:
    """"The senator held a rally in Ohio", "At a rally, the senator said …": the gathering is
    the object of a verb of holding (``campaign_gathering``, ``dep: host``), or the venue ("at",
    "during") of what someone says or does there, and that subject is a candidate or office
    holder (a named person or a ``dep: holder`` noun); nothing says what it is against ("a
    rally against the war", "in protest at" keep the protest)."""
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in VENUE_PREPS and noun.head.head != noun.head:
        verb = noun.head.head  # "At a rally, the senator said …": the speaker's own rally
        if coarse_pos(verb) != "VERB":
            return False
        if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "advcl":
            verb = verb.head  # "Speaking at a rally in Ohio, the senator said …"
    elif noun.dep_ != "dobj" or lemma(verb) not in mods.lemmas("campaign_gathering", dep="host"):
        return False
    if any(p.lower_ in ("against", "over") for p in preps_of(noun) + preps_of(verb)):
        return False
    if any(lemma(c) == "protest" for c in verb.subtree):  # the gathering is in that subtree
        return False
    holders = mods.lemmas("campaign_gathering", dep="holder")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any((s.ent_type_ == "PERSON" or lemma(s) in holders) and not any(
        lemma(c) in ("opposition", "protest", "anti-war", "activist") for c in s.subtree)
        for s in subjects)


# the perfect's auxiliary, contracted with a straight or a typographic apostrophe ("He’s been")
PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve", "'d", "\u2019s", "\u2019ve", "\u2019d"})


def reputation(token: Token, mods: Modifiers) -> bool:
    """Class 1, a perfect of a continuing state: "has been criticized for ignoring …", "has long
    been ridiculed for his votes": a verb of judging (``reputation``) in the perfect
    passive, with a "for" reason and no "by" agent, tells a standing reputation, not one act.
    A simple past ("was criticized on Monday for …") or a named critic ("has been criticized
    by the ombudsman for …") stays an event."""
    if coarse_pos(token) != "VERB" or token.tag_ != "VBN" or lemma(token) not in mods.lemmas(
            "reputation"):
        return False
    auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if "been" not in auxes or not auxes & PERFECT_AUX:
        return False
    return bool(preps_of(token, frozenset({"for"}))) and not preps_of(token, frozenset({"by"}))


def rule_subject(token: Token, mods: Modifiers) -> bool:
    """Class 1, normative statements: "the doctrine calls for a retreat",
    "the code requires inspectors to …": a rule or procedure (``rule_subject``) as the subject
    of the trigger, or of the verb whose clause or phrase holds it ("calls for a retreat"),
    says what the rule provides, not what anyone did."""
    nouns = mods.lemmas("rule_subject")
    t = token
    for _ in range(4):  # and the to-clause of such a verb ("requires inspectors to arrest")
        if any(s.dep_ == "nsubj" and lemma(s) in nouns for s in t.children):
            return True
        if t.dep_ == "acl" and t.head.dep_ == "dobj":
            t = t.head.head  # "requires inspectors to arrest": the to-clause read on the object
            continue
        if t.dep_ not in ("xcomp", "ccomp", "prep", "pobj") or t.head == t:
            return False
        t = t.head
    return False


DEONTIC = frozenset({"should", "must", "ought"})


def generic_nominal(token: Token) -> bool:
    """"Ceasefires must not become a bargaining chip", "Sanctions must be the last resort": a
    bare plural (no determiner, possessor or number) as the subject of a should/must clause is
    a statement about a kind of event, not one event."""
    if coarse_pos(token) != "NOUN" or token.tag_ != "NNS" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.head.children)


def gerund_of_noun(token: Token, mods: Modifiers) -> bool:
    """"the price of cooperating with the inquiry", "the cost of fighting", "priorities in
    delivering aid", "a choice between attacking the rival or …": a gerund that
    completes a noun which carries no event names a kind of act, not an act."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ not in (
            "of", "for", "in", "between"):
        return False
    if token.head.lower_ == "between":
        return True  # options weighed: "the choice was between attacking him or …"
    noun = token.head.head
    return (noun.tag_ in ("NN", "NNS") and noun.dep_ != "ROOT"
            and lemma(noun) not in mods.lemmas("carrier") | mods.lemmas("quantity"))


def assessed_as(token: Token, mods: Modifiers) -> bool:
    """"comments regarded as demeaning", "a move seen as an attack on the press": a
    trigger in the "as" complement of a verb of judging (``assessment``) is how someone sees a
    thing, not an act."""
    t = token
    for _ in range(3):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "as" and t.head.head != t.head:
            return lemma(t.head.head) in mods.lemmas("assessment")
        if t.dep_ not in ("compound", "amod", "conj") or t.head == t:
            return False
        t = t.head
    return False


OPTION_DEPS = frozenset({"pcomp", "pobj", "acl", "dobj", "xcomp", "prep", "conj"})


def listed_option(token: Token, mods: Modifiers) -> bool:
    """Class: generic statements. "Congress has three ways to respond: by suing the agency, by
    …", "the only way to end it is by negotiating": an act in a "by" phrase whose verb has a
    noun of means or choice (``options``) for its object or subject is an option described,
    not an act done. "Ukraine answered by shelling the depot" names no option and stays."""
    options = mods.lemmas("options")
    t = token
    for _ in range(10):
        if t.dep_ in ("relcl", "acl") and t.tag_ == "VB" and lemma(t.head) in options:
            return True  # "two ways to fight the mandate", "the means to strike"
        if t.lower_ == "by" and t.dep_ in ("prep", "conj"):
            while t.dep_ == "conj" and t.head.lower_ == "by" and t.head != t:
                t = t.head
            head = t.head
            if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ == "by":
                t = head.head  # "by suing X or by asking Y": the second "by" hangs on the first
                continue
            return lemma(head) in options or any(
                c.dep_ in ("dobj", "nsubj", "attr") and lemma(c) in options for c in head.children)
        if t.dep_ not in OPTION_DEPS or t.head == t:
            return False
        t = t.head
    return False


TAKEN_CHANCE = word_list(LISTS, "taken_chance")


def possible_act(token: Token, mods: Modifiers) -> bool:
    """Class: rights, chances and reasons. "Each state has the right to veto sanctions", "a
    chance to question the minister", "no reason to free the prisoners": the act of a
    to-clause on a noun of possibility (``possibility``) is what someone may do, not an act
    done; so is one on a noun of means said to suffice ("has enough troops to storm the town",
    ``possibility`` cues with ``dep: amod``). Its coordinated verbs share it ("the right to
    arrest and detain")."""
    nouns = mods.lemmas("possibility")
    means = mods.lemmas("possibility", dep="amod")  # "enough troops to …": what means allow
    for t in [token, *list(token.ancestors)[:4]]:  # an event noun inside the clause shares it
        while t.dep_ == "conj" and t.head != t:
            t = t.head
        if (t.dep_ in ("acl", "relcl") and t.tag_ == "VB"
                and (lemma(t.head) in nouns or any(c.dep_ == "amod" and c.lower_ in means
                                                   for c in t.head.children))
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            # "took / seized / used the chance to praise them": the chance was taken, the act done
            return not (t.head.dep_ == "dobj" and lemma(t.head.head) in TAKEN_CHANCE)
    return False


def existential_kind(token: Token, mods: Modifiers) -> bool:
    """Class: statements about a kind of people. "There are many voters who support the mayor",
    "there are officials who criticise the plan": a present-tense relative clause on the pivot
    of "there is/are" says what some people do, no act of someone. Past acts stay events
    ("there were gunmen who attacked the convoy")."""
    if token.dep_ != "relcl" or token.tag_ not in PRESENT:
        return False
    pivot = token.head
    be = pivot.head
    return (pivot.dep_ in ("attr", "nsubj") and lemma(be) == "be" and be.tag_ in PRESENT
            and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children))


AGREEMENT_WORDS = word_list(LISTS, "agreement_words")


def _proposition(c: Token) -> bool:
    """A that-clause, or a bare complement clause with no "that" ("analysts agreed it was a
    costly plan"): a proposition, not "whether"/"if" or an infinitive."""
    marks = [m for m in c.children if m.dep_ == "mark"]
    if c.dep_ == "ccomp" and not marks:
        return any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
    return c.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" for m in marks)


def _that_clause(token: Token) -> bool:
    return any(_proposition(c) for c in token.children)


def shared_opinion(token: Token, mods: Modifiers) -> bool:
    """Class: statements of opinion told as agreement. "Most economists agree that the tax
    failed", "there is broad agreement that the plan should go": agreement on a proposition (a
    that-clause) by holders of an opinion (``opinion_holder``: analysts, voters, most …) or in
    an existential "there is …" is a view, not a deal between parties."""
    if lemma(token) not in AGREEMENT_WORDS or not _that_clause(token):
        return False
    if coarse_pos(token) == "NOUN":
        head = token.head
        return token.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in head.children)
    holders = mods.lemmas("opinion_holder")
    if any(lemma(s) in holders or s.lower_ in holders or poll_share(s) for s in _subjects(token)):
        return True
    return coarse_pos(token) == "VERB" and opinion_content(token) and not sides_agree(token)


def poll_share(subj: Token) -> bool:
    """Class (round 18): a percentage as the one who agrees ("52 percent of renters agreed
    that the rent was too high", "61 % agree that …") is a poll's finding, an opinion."""
    return subj.ent_type_ == "PERCENT" or subj.lower_ in ("percent", "%")


NORMATIVE_AUX = frozenset({"should", "must", "ought", "need"})
JOINT_DETS = frozenset({"both", "all", "two", "three", "several"})


def _content(token: Token) -> Token | None:
    return next((c for c in token.children if _proposition(c)), None)


def opinion_content(token: Token) -> bool:
    """Class: agreement with an opinion. "The senator agreed that the rules should be changed",
    "she agreed that the plan was a mistake": a that-clause saying what ought to be (a modal of
    obligation, "need to") or what something is like (a copula with a predicate) is a view
    one shares, not a deal; "agreed that inspectors would visit the site" tells what is to be
    done and stays AGREE."""
    clause = _content(token)
    if clause is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in NORMATIVE_AUX for c in clause.children):
        return True
    if lemma(clause) == "need" and any(c.dep_ == "xcomp" for c in clause.children):
        return True
    return lemma(clause) == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)


def sides_agree(token: Token) -> bool:
    """Two sides or more agreeing ("Kyiv and Moscow agreed that prisoners should be swapped",
    "Chilean and Peruvian envoys agreed that their states should share the data",
    "both sides agreed …", "agreed with Ankara that …"): an accord between parties, whatever
    its wording."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return True
    # "Hungarian and Romanian officials", "officials from Kyiv and Moscow": a conjunction
    # anywhere in the subject names two sides
    subj = _subjects(token)
    return any(any(c.dep_ == "conj" for c in s.subtree)
               or any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in JOINT_DETS
                      for c in s.children) for s in subj)


def alarm_compound(token: Token, mods: Modifiers) -> bool:
    """Class: an event noun naming a kind of alarm or refuge. "air raid sirens", "a bomb
    shelter", "an attack alert": the trigger opens a compound whose last noun (``alarm``) is a
    warning or a shelter, not the act (read off word order: the parser often splits the
    compound, "air raid" as a conjunct of the sirens, or the sirens as a verb)."""
    if coarse_pos(token) != "NOUN" or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    alarms = mods.lemmas("alarm")
    if nxt.pos_ == "NOUN":
        return lemma(nxt) in alarms
    # round 39: the parser reads a plural alarm noun as the verb of its own compound ("as air
    # raid sirens/VBZ sound/NN"): the word's singular still names the alarm
    return nxt.pos_ == "VERB" and nxt.tag_ == "VBZ" and nxt.lower_.removesuffix("s") in alarms


FOE_PREPS = frozenset({"against", "on"})


def figurative_fight(token: Token, mods: Modifiers) -> bool:
    """Class: figurative fights. "keeps fighting against racism and sexism", "the battle against
    cancer", "a war on poverty": a verb or noun of fighting (``abstract_foe``, ``dep: verb``)
    whose foe (object, or "against"/"on" phrase) is a social ill, a disease or a hardship
    (``dep: foe``) and names no party is no clash between parties ("fought against the rebels"
    stays)."""
    if lemma(token) not in mods.lemmas("abstract_foe", dep="verb"):
        return False
    foes = [c for c in token.children if c.dep_ == "dobj"]
    foes += [o for p in preps_of(token, FOE_PREPS) for o in p.children if o.dep_ == "pobj"]
    foes = with_conjuncts(foes)
    ills = mods.lemmas("abstract_foe", dep="foe")
    return any(lemma(f) in ills for f in foes) and not any(
        f.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or names_party(f) for f in foes)


#: Why a trigger word reports no event, tried in this order: (reason, test).
NOT_AN_EVENT: tuple[tuple[str, Callable[[Token, Modifiers], bool]], ...] = (
    ("participle as adjective", lambda t, m: participial_modifier(t)),
    ("assessment", assessed_as),
    ("name given", lambda t, m: naming_predicate(t)),
    ("characterisation", lambda t, m: characterisation(t)),
    ("generic nominal", lambda t, m: generic_nominal(t)),
    ("gerund completing a noun", gerund_of_noun),
    ("habitual", habitual),
    ("generic subject", generic_subject),
    ("provision of a rule", provision),
    ("content of a failed text", failed_text),
    ("campaign gathering", campaign_gathering),
    ("standing reputation", reputation),
    ("provision of a rule", rule_subject),
    ("option listed", listed_option),
    ("a right or chance to act", possible_act),
    ("statement about a kind of people", existential_kind),
    ("shared opinion", shared_opinion),
    ("alarm or shelter named", alarm_compound),
    ("figurative fight", figurative_fight),
    ("level reached", level_reached),
    ("retreat from a position", backed_off),
    ("guests welcomed", guests_welcomed),
    ("stance of a public", public_stance),
    ("difference of opinion", disagreement),
    ("stance on a view", view_held),
    ("fight for a cause", fight_for_cause),
    ("crackdown on a policy's object", policy_crackdown),
    ("control of a legislature won", control_won),
    ("seizing on an idea", seized_on),
    ("refusing words", wording_refused),
    ("a status", under_status),
    ("a state one is left in", left_in_state),
    ("a point stressed", hammered_home),
    ("understanding as a grasp", comprehension),
    ("a rule struck down", struck_down),
    ("a need, no request", impersonal_demand),
    ("harm to oneself", self_harm),
    ("an act weighed as hard or easy", weighed_act),
    ("an act judged in the abstract", evaluated_act),
    ("justifying one's own act", justification),
    ("a status", status_predicate),
    ("content of a request", requested_content),
    ("a candidacy launched", candidacy_launched),
    ("a request for comment", comment_requested),
    ("consulting one's own staff", own_staff_consulted),
    ("pressing against a thing", pressed_on_thing),
    ("a return to ordinary life", ordinary_return),
    ("letting reach a state, no concession", enabled_state),
    ("agreeing with a view", concurrence),
    ("a personal stance", personal_stance),
    ("a relative or a public met", private_or_public_counterpart),
    ("an act inside a family", within_family),
    ("showing, not protesting", shown_not_protested),
    ("an effort for a measure", effort_for_measure),
    ("a matter of weight, no agreement", weighty_deal),
    ("a standing stance told of its holder", described_stance),
    ("a commercial shipment", commercial_shipment),
    ("a reporter's question", reporters_question),
    ("a policy weighed", weighed_policy),
    ("a stance with cannot", negated_stance),
    ("a danger, no threat", danger_not_threat),
    ("a consequence feared", feared_consequence),
    ("content of a request or proposal", asked_for),
)


def not_an_event(token: Token, mods: Modifiers) -> str | None:
    """Why a trigger word reports no event at all (a short reason), or None."""
    return next((reason for reason, test in NOT_AN_EVENT if test(token, mods)), None)


#: reasons that make a verb a stance held: its object is what the stance is about
STANCES_HELD = frozenset({"stance of a public", "a personal stance"})


def stance_content(token: Token, mods: Modifiers) -> bool:
    """Class: the object of a stance ("she opposes the pipeline deal", "most voters oppose the truce"):
    the deal is what a position is held on, background to the stance, not news of a deal."""
    return (coarse_pos(token) == "NOUN" and token.dep_ == "dobj" and token.head != token
            and not_an_event(token.head, mods) in STANCES_HELD)
