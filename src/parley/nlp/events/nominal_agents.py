"""Round 11: the agent of a nominal trigger read off the words right before it.

Headlines name who attacks, mobilises or sanctions by a demonym or a possessive in front of the
event noun ("damaged by **Ruritanian** shelling", "amid rising **Freedonian** missile strikes",
"**Morgan's** partial call-up decision"). The parser often breaks such phrases (the demonym read
as the object of "by", the noun as a verb, the event noun as a compound of "decision"), so
``noun_arguments`` sees no modifier. This module reads the surface instead: left of the trigger,
over plain adjectives, participles ("renewed") and weapon nouns ("missile", "drone"), a demonym
names its state and a possessive its owner.

A bare country *name* before an attack or aid noun is no such agent ("aid for X" is often written
"X aid"; "regions targeted in X missile strikes" are strikes *in* X): ``located_name`` and
``aid_recipient_name`` move or drop it when the context shows the country is the place or the
receiver, not the doer.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley import ontology
from parley.lexicon import load, word_list
from parley.nlp.actors import COUNTED_HARM
from parley.nlp.countries import countries
from parley.nlp.events.args import (
    Arguments,
    actors_for,
    demonym_state,
    exchanged_in_headline,
    listed_subjects,
    place_state,
    subject_of,
)
from parley.nlp.events.first_person import FIRST_PERSON, pronoun
from parley.nlp.events.lexicon import TriggerLexicon
from parley.nlp.events.match import Candidate, coarse_pos, is_passive, lemma
from parley.nlp.extensions import actor_at, actors_by_id, place_at
from parley.schema import Actor

_LISTS = load("participants.yaml", top=dict, empty={})
#: nouns of what is fired or used, which may stand between a demonym and an attack noun
#: ("Ruritanian **drone** strikes", "Freedonian **artillery** fire")
WEAPON_MODIFIERS = frozenset(_LISTS["weapon_modifiers"]["words"])
#: words after a demonym that make it a maker or origin, not the doer ("Iran-made")
MAKERS = frozenset(_LISTS["makers"]["words"])
#: how far left of the trigger the modifiers may reach
REACH = 4
#: prepositions opening the phrase that holds an attack noun whose own demonym outranks the
#: clause subject ("X blocks exits **amid** Y missile strikes": Y strikes, X blocks)
PHRASE_PREPS = frozenset({"amid", "after", "following", "by", "from", "of", "in", "during",
                          "despite", "under", "over"})
#: event types whose noun a country name before it names the receiver ("X aid", "X assistance")
GIVING = frozenset({"AID"})
#: nouns of giving whatever type their trigger codes ("on X economic assistance" read as a pledge)
GIVING_NOUNS = word_list("events_nominal_agents.yaml", "giving_nouns")  # lexicon data


def _maker_follows(doc: Doc, token: Token) -> bool:
    """"Iran-made", "Iranian-built": the demonym names where the thing was made."""
    after = doc[token.i + 1:token.i + 3]
    return any(t.lower_ in MAKERS for t in after)


def _passable(token: Token) -> bool:
    """A word that may stand between an agent and its event noun: a lowercase adjective or
    participle ("renewed", "partial"), a number word, or a weapon noun."""
    if token.text[:1].isupper() and token.i != token.sent.start:
        return False
    if token.pos_ == "ADJ" or token.tag_ in ("VBN", "JJ", "JJR", "JJS"):
        return True
    return lemma(token) in WEAPON_MODIFIERS


def left_agents(doc: Doc, trigger: Token) -> tuple[list[str], Token | None]:
    """Actor ids a demonym or possessive right before the trigger names, and the token that
    opens the phrase (before the agent), or None at the sentence start."""
    out: list[str] = []
    i = trigger.i - 1
    start = trigger.sent.start
    steps = 0
    while i >= start and steps < REACH:
        tok = doc[i]
        if tok.tag_ == "POS" and i - 1 >= start:  # "Morgan's": the possessor
            owner = doc[i - 1]
            found = actor_at(doc, owner.idx, owner.idx + len(owner.text))
            if found is None or owner.pos_ != "PROPN":
                return [], None
            return [found.id], (doc[i - 2] if i - 2 >= start else None)
        code = countries().by_demonym.get(tok.text)
        if code and tok.text[:1].isupper() and tok.text != countries().name(code):
            if _maker_follows(doc, tok):
                return [], None
            state = demonym_state(doc, tok) or place_state(doc, code)
            if state is None:
                return [], None
            out.append(state.id)
            # "Ruritanian and Freedonian strikes": both
            j = i - 1
            if j - 1 >= start and doc[j].lower_ == "and":
                other = countries().by_demonym.get(doc[j - 1].text)
                other_state = (demonym_state(doc, doc[j - 1]) or place_state(doc, other)) if other else None
                if other_state is not None and other_state.id not in out:
                    out.append(other_state.id)
                    j -= 2
            return out, (doc[j] if j >= start else None)
        if not _passable(tok):
            return [], None
        i -= 1
        steps += 1
    return [], None


def _trigger_nominal(cand: Candidate) -> bool:
    """The trigger is an event noun, or a gerund or noun the tagger read as a verb: it has no
    subject, object or agent of its own. A passive participle describing the noun before it
    ("Italian killed in …", "Briton wounded …") is a verb: the noun is what it was done to."""
    head = cand.head
    if head.pos_ == "NOUN":
        return True
    if head.tag_ == "VBN" and head.dep_ == "acl":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass")
                   for c in head.children)


def surface_agents(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Class 1 of round 11: the agent of a nominal trigger given by a demonym or possessive
    before it, also when the noun sits in a "by", "from", "amid" or "of" phrase. Fills an empty
    actor slot; replaces a clause subject the noun was given only when the noun sits in such a
    phrase and is an attack ("X blocks exits amid Y missile strikes": Y attacks)."""
    if not _trigger_nominal(cand):
        return
    found, before = left_agents(doc, cand.head)
    found = [a for a in found if a not in args.recipient]
    if not found:
        return
    if not args.actor:
        args.actor = found
        return
    if ontology.quad(cand.entry.event) != 4 or set(found) <= set(args.actor):
        return
    if before is not None and before.pos_ == "ADP" and before.lower_ in PHRASE_PREPS:
        args.actor = found


def _name_compounds(cand: Candidate, funding: Token | None = None) -> list[Token]:
    """Country names (not demonyms) compounded on the trigger noun, or on an event noun the
    trigger absorbed ("targeted in X missile strikes"); a name of two words by its last
    ("Sri Lanka aid", round 46); with ``funding``, also a name the parser hung on the funding
    noun the trigger qualifies, before the trigger ("the Chad aid law", round 46)."""
    out = []
    trigger = cand.head
    for head in [trigger] + [a.head for a in cand.absorbed] + ([funding] if funding is not None else []):
        for c in head.children:
            for t in ([c] + [g for g in c.children if g.dep_ == "compound"]):
                limit = trigger.i if head is funding else head.i  # on the funding noun: before the trigger
                if t.i < limit and _country_name(t) and t not in out and (
                        t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                        or t.dep_ == "amod" and t.ent_type_ == "GPE"):  # "Sudan" read as an adjective
                    out.append(t)
    return out


def _country_name(t: Token) -> str | None:
    """The country code of the name ``t`` ends ("Lanka" of "Sri Lanka"), or of ``t`` alone."""
    if t.i > 0 and t.doc[t.i - 1].dep_ == "compound" and t.doc[t.i - 1].head == t:
        code = countries().by_name.get(f"{t.doc[t.i - 1].text} {t.text}")
        if code:
            return code
    return countries().by_name.get(t.text)


#: round 46: names that stand for a giver even before an aid noun ("US aid package", "EU aid")
GIVER_ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "U.K.", "EU", "UN", "U.N.", "UAE"})
#: round 46: nouns of a measure of funding an aid noun qualifies ("X aid bill", "X aid package")
FUNDING_NOUNS = word_list("events_nominal_agents.yaml", "funding_nouns")
#: round 46 (review): measures only a legislature or a government passes ("X aid bill"): a country
#: named on their aid noun receives even where nobody is named giving; a "package" may be the
#: giver's own ("Qatar aid package arrives in …") unless someone else passes or unveils it
LEGISLATION = frozenset({"bill", "law", "legislation"})
#: round 46 (review): sanctions nouns whose measure ("a Peru sanctions bill") names its target
MEASURED_SANCTIONS = frozenset({"sanction", "sanctions", "embargo"})
#: round 46: verbs whose subject gives the measure of funding that is their object
FUNDING_VERBS = word_list("events_nominal_agents.yaml", "funding_verbs")


def _funding_noun(noun: Token) -> Token | None:
    """Round 46: the measure of funding the aid noun names, the funding noun it qualifies or is
    ("a Sudan aid bill", "the Moldova aid package")."""
    top = noun.head if noun.dep_ == "compound" and lemma(noun.head) in FUNDING_NOUNS else noun
    return top if lemma(top) in FUNDING_NOUNS else None


def _funding_givers(top: Token) -> list[Token]:
    """Round 46: who passes, signs or unveils the measure of funding: the subject of the verb it
    is the object of ("Senate passes … aid bill", "Japan unveils … aid package"), of a relative
    clause on it ("the … aid package that the president signed"), the "by" agent of a passive
    ("the … aid package was signed by the president"), or its "from" ("… package from Japan")."""
    donors = [o for p in top.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
              if o.dep_ == "pobj"]
    if donors:  # "the … aid package from the US"
        return donors
    if top.dep_ == "nsubjpass" and lemma(top.head) in FUNDING_VERBS:
        return [o for p in top.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    verbs = ([top.head] if top.dep_ == "dobj" else []) + [c for c in top.children if c.dep_ == "relcl"]
    nxt = top.doc[top.i + 1] if top.i + 1 < len(top.doc) else None
    if nxt is not None and nxt.lower_ in ("that", "which") and nxt.dep_ == "dobj":
        verbs.append(nxt.head)  # a relative clause the parser hung elsewhere ("… package that X signed")
    for verb in verbs:
        if lemma(verb) in FUNDING_VERBS:
            found = listed_subjects([s for s in subject_of(verb) if s.lower_ not in ("that", "which")])
            if found:
                return found
    return []


def _sentence_place_countries(doc: Doc, trigger: Token, skip: Token) -> set[str]:
    """Countries of the places named in the trigger's sentence, other than ``skip``."""
    out = set()
    for t in trigger.sent:
        if t == skip:
            continue
        place = place_at(doc, t.idx, t.idx + len(t.text))
        if place is not None and place.country:
            out.add(place.country)
    return out


def located_name(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """The trap "regions targeted in X missile strikes": a country name compounded on an attack
    noun is where the strikes fell when every other place of the sentence lies in that country;
    it is then no attacker (it stays one when the attack is aimed elsewhere: "X missile strikes
    on <a city of Y>")."""
    if ontology.quad(cand.entry.event) != 4:
        return
    for name in _name_compounds(cand):
        code = _country_name(name) or ""
        state = actor_at(doc, name.idx, name.idx + len(name.text))
        ids = [state.id] if state is not None else actors_for(doc, [name])
        others = _sentence_place_countries(doc, cand.head, name)
        if others and others == {code}:
            args.actor = [a for a in args.actor if a not in ids]


def _other_country_actor(doc: Doc, sent: Span, code: str) -> bool:
    """Some other actor of the sentence belongs elsewhere (another country, or an IGO)."""
    for t in sent:
        found = actor_at(doc, t.idx, t.idx + len(t.text))
        if found is not None and found.country != code and (found.country or found.kind == "igo"):
            return True
    return False


def aid_recipient_name(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """"official says more X aid could be announced", "allies ready to do more on X economic
    assistance": a country name compounded on an aid noun that names no receiver, in a sentence
    whose other actors are of other countries (the ones who would give), receives the aid; it
    does not give it. "X aid arrives" alone keeps X as the giver. Round 46: so does a measure
    of funding ("Senate passes $5 billion X aid bill", "the X aid package the president
    signed"), whoever else is named; not "US aid package", whose name is the giver's. Round 46
    (review): a sanctions measure likewise names whom it targets ("The House passed a Peru
    sanctions bill"), only in such a measure."""
    sanctions = cand.entry.event == "SANCTION" and lemma(cand.head) in MEASURED_SANCTIONS
    if (cand.entry.event not in GIVING and lemma(cand.head) not in GIVING_NOUNS and not sanctions) \
            or args.recipient:
        return
    top = _funding_noun(cand.head)
    if sanctions and top is None:
        return
    heads = _funding_givers(top) if top is not None else []
    givers = actors_for(doc, heads)
    for name in _name_compounds(cand, top):
        ids = actors_for(doc, [name])
        moved = [a for a in args.actor if a in ids]
        funding = top is not None and name.text not in GIVER_ABBREVIATIONS and (
            lemma(top) in LEGISLATION or bool(heads) and name not in heads and not set(givers) & set(ids))
        if funding and not moved:  # "the president signs the Chad aid law": Chad receives
            own = {found.id for t in [name, *name.conjuncts]  # not a name compounded on it
                   if (found := actor_at(doc, t.idx, t.idx + len(t.text))) is not None}
            args.recipient += [a for a in ids if a not in args.recipient and a not in args.actor
                               and (not own or a in own)]
        if moved and (funding or _other_country_actor(doc, cand.head.sent, _country_name(name) or "")):
            args.actor = [a for a in args.actor if a not in moved]
            args.recipient += [a for a in moved if a not in args.recipient]
    if top is not None and not args.actor and args.recipient:
        args.actor = [a for a in givers if a not in args.recipient]


#: dependency steps from a fronted clause's trigger up to the reporting verb after it
CLAUSE_STEPS = frozenset({"advcl", "ccomp", "conj", "dobj", "xcomp", "nsubj", "pcomp", "prep",
                          "pobj", "parataxis"})


def _closing_reporter(trigger: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb that closes a headline after its content ("Shelling resumes near X,
    Y says"): an ancestor of the trigger, after it, that takes no content of its own after it."""
    t = trigger
    for _ in range(4):
        if t.dep_ not in CLAUSE_STEPS or t.head == t:
            return None
        t = t.head
        if lemma(t) in reporting:
            break
    else:
        return None
    if lemma(t) not in reporting or t.i < trigger.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > t.i for c in t.children):
        return None
    return t


def fronted_speaker(doc: Doc, cand: Candidate, args: Arguments, reporting: frozenset[str]) -> None:
    """Class 3 of round 11, the speaker is not the doer: "Shelling resumes near X, Y's officer
    says", "Z: more strikes expected" — the parser hangs the reported clause on the closing
    reporting verb, and the subject climb gives the trigger the speaker. When the speaker is
    named nowhere in the reported part, it is dropped from the actor slot."""
    rep = _closing_reporter(cand.head, reporting)
    if rep is None or not args.actor:
        return
    subjects = [c for c in rep.children if c.dep_ == "nsubj"]
    if not subjects:
        return
    speaker = set(actors_for(doc, subjects))
    first = min(t.i for s in subjects for t in s.subtree)
    told = set()
    reported = doc[cand.head.sent.start:first]
    # '"We are fighting," X says': X's side (not "US", the country)
    if any(t.lower_ in FIRST_PERSON and pronoun(t) for t in reported):
        return
    for t in reported:
        found = actor_at(doc, t.idx, t.idx + len(t.text))
        if found is not None:
            told.add(found.id)
    if set(args.actor) <= speaker and not (told & speaker):
        args.actor = []


def _names_attacker(token: Token, lexicon: TriggerLexicon) -> bool:
    """Round 13, a demonym in the attack's own name ("killed in **Ruritanian** convoy
    shelling", "**Ruritanian** missile strikes"): up its chain of premodifiers it reaches an
    event noun, so it tells whose attack it is, not where its victims are from."""
    t = token
    for _ in range(4):
        if t.dep_ not in ("amod", "compound", "nmod") or t.head == t:
            return False
        t = t.head
        # round 51: by its lemma too, as the lexicon keys nouns ("rocket **attacks**")
        if t.tag_ == "VBG" or _event_word(t.text, lexicon) or _event_word(t.lemma_, lexicon):
            return True
    return False


def victim_demonym_country(doc: Doc, cand: Candidate, args: Arguments,
                           lexicon: TriggerLexicon | None = None) -> None:
    """Class 2 of round 11, a victim with no country ("Boy killed in strike on Ruritanian
    hospital"): a civilian person or group in the target of an attack takes the country of the
    sentence's demonyms, when they all name one country that is not the attacker's. Sets the
    country on that actor (as ``args.victim_country`` does from a place)."""
    if cand.entry.event != "ASSAULT" or not args.recipient:
        return
    by_id = actors_by_id(doc)
    victims = [by_id[a] for a in args.recipient if a in by_id
               and by_id[a].kind in ("group", "person") and not by_id[a].country
               and not by_id[a].org and not by_id[a].known and by_id[a].sector in (None, "CVL")]
    if not victims:
        return
    codes = {countries().by_demonym[t.text] for t in cand.head.sent
             if t.text in countries().by_demonym and t.text[:1].isupper()
             and not (lexicon is not None and _names_attacker(t, lexicon))}
    own = {by_id[a].country for a in args.actor if a in by_id}
    if len(codes) == 1 and not codes & own:
        for v in victims:
            v.country = next(iter(codes))


#: prepositions of the act that caused a harm told ("killed after Ruritanian rocket attacks")
CAUSE_PREPS = frozenset({"after", "following", "amid", "in", "during"})


def cause_agents(doc: Doc, cand: Candidate, args: Arguments, lexicon: TriggerLexicon) -> None:
    """Round 51, a casualty report with no doer ("Six shepherds killed **after Ruritanian
    artillery attacks** on the village", "two wounded amid Ruritanian shelling"): the attack
    it follows or happens in names its doer by a demonym or possessor, and that party did the
    harm. Fills an empty actor slot of an assault only; never one of the victims."""
    if cand.entry.event != "ASSAULT" or args.actor or lemma(cand.head) not in COUNTED_HARM:
        return
    for noun in _cause_nouns(cand.head, lexicon):
        found = left_agents(doc, noun)[0] or _possessor_actor(doc, noun)
        found = [a for a in found if a not in args.recipient]
        if found:
            args.actor = found
            return


def _cause_nouns(verb: Token, lexicon: TriggerLexicon) -> list[Token]:
    """The attack nouns of the cause phrases on a verb of harm: the object of "after", "amid" …
    when an event noun, or the event word right after it when the parser made the demonym the
    object ("amid **Ruritanian** shelling", the shelling read as a clause of its own)."""
    out = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in CAUSE_PREPS:
            continue
        for o in (c for c in p.children if c.dep_ == "pobj"):
            nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
            if o.pos_ == "NOUN" and _attack_word(o, lexicon):
                out.append(o)
            elif o.text in countries().by_demonym and nxt is not None and _attack_word(nxt, lexicon):
                out.append(nxt)
    return out


def _attack_word(t: Token, lexicon: TriggerLexicon) -> bool:
    """An event noun by its form, its lemma or, short ("raid", "coup"), its whole lemma."""
    return _event_word(t.text, lexicon) or _event_word(t.lemma_, lexicon) \
        or bool(lexicon.candidates(t.lemma_.lower(), "NOUN"))


def _possessor_actor(doc: Doc, noun: Token) -> list[str]:
    """The actor coded over the possessor of an act ("the Ruritanian army's raids"), when it is
    a force or a state: whose act it is."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            found = actor_at(doc, c.idx, c.idx + len(c.text))
            if found is not None and found.kind in ("state", "group", "organization"):
                return [found.id]
    return []


def _event_word(word: str, lexicon: TriggerLexicon) -> bool:
    """An event noun of the trigger lexicon, or a compound ending in one ("cyberattack",
    "airstrike", "counteroffensive")."""
    word = word.lower()
    if not word.isalpha():
        return False
    return any(lexicon.candidates(word[k:], "NOUN") for k in range(0, len(word) - 4))


def event_noun_actors(doc: Doc, args: Arguments, lexicon: TriggerLexicon) -> None:
    """Class 5 of round 11, junk actors: a one-word "actor" that is an event noun ("Cyberattack
    hits a bank": the tagger read the capitalised headline noun as a name) is the act itself,
    no participant. Dropped from every slot (known actors and states are kept)."""
    by_id = actors_by_id(doc)

    def junk(a: str) -> bool:
        actor = by_id.get(a)
        return (actor is not None and actor.kind not in ("state", "igo") and not actor.known
                and " " not in actor.name and _event_word(actor.name, lexicon))

    args.actor = [a for a in args.actor if not junk(a)]
    args.recipient = [a for a in args.recipient if not junk(a)]
    args.third_party = [a for a in args.third_party if not junk(a)]


#: event types whose noun tells how the clause's subject moves ("took X in retreat")
SELF_MOTION = frozenset({"RETREAT"})
#: prepositions of the manner or time of the subject's own act
MANNER_PREPS = frozenset({"in", "during"})


def _owning_verb(prep: Token) -> Token | None:
    """The verb a phrase belongs to, also when the parser hung it on the verb's object or on
    an earlier phrase ("took items from X **in retreat**")."""
    t = prep.head
    for _ in range(4):
        if coarse_pos(t) == "VERB":
            return t
        if t.dep_ not in ("dobj", "pobj", "prep", "conj") or t.head == t:
            return None
        t = t.head
    return None


def moving_subject(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Class 1 of round 11, a nominal in a phrase of the mover's own clause: "troops looted
    shops **in retreat**", "the brigade blew up a bridge **during its withdrawal**" — the
    retreat is the clause subject's (active verbs only; the phrase may hang on an object)."""
    noun = cand.head
    if args.actor or cand.entry.event not in SELF_MOTION or noun.pos_ != "NOUN":
        return
    if noun.dep_ != "pobj" or noun.head.lower_ not in MANNER_PREPS:
        return
    verb = _owning_verb(noun.head)
    if verb is None or is_passive(verb) or exchanged_in_headline(verb):
        return  # "American included in prisoner swap": exchanged, not the mover
    args.actor = [a for a in actors_for(doc, listed_subjects(subject_of(verb)))
                  if a not in args.recipient]


def _shared_premodifier(head: Token) -> bool:
    """"radio and electronic intelligence centers", "oil and gas fields": a bare singular noun
    coordinated with a plural noun that has premodifiers of its own is a premodifier shared by
    the coordination, not a thing or party of its own."""
    if head.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    return any(c.dep_ == "conj" and c.tag_ == "NNS"
               and any(g.dep_ in ("compound", "amod") and g.i < c.i for g in c.children)
               for c in head.children)


def premodifier_actors(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Class 5 of round 11, junk actors: a role noun ("radio", "television") that only
    premodifies a coordinated plural ("destroyed Ruritanian radio and electronic intelligence
    centers") is no organisation; the demonym on it names the owner of the things hit."""
    by_id = actors_by_id(doc)
    sent = cand.head.sent
    keep: list[str] = []
    for a in args.recipient:
        actor = by_id.get(a)
        heads = [doc[m.start:m.end].root for m in _mentions_in(doc, actor, sent)] if actor else []
        if actor is None or actor.kind != "organization" or not heads or not all(
                _shared_premodifier(h) for h in heads):
            keep.append(a)
            continue
        for h in heads:
            for mod in (c for c in h.children if c.dep_ == "amod" and c.text in countries().by_demonym):
                state = demonym_state(doc, mod) or place_state(doc, countries().by_demonym[mod.text])
                if state is not None and state.id not in keep and state.id not in args.actor:
                    keep.append(state.id)
    args.recipient = keep


def _mentions_in(doc: Doc, actor: Actor, sent: Span) -> list[Span]:
    """The actor's mentions inside one sentence, as token spans."""
    out = []
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and sent.start <= span.start and span.end <= sent.end:
            out.append(span)
    return out


def complete(doc: Doc, cand: Candidate, args: Arguments, reporting: frozenset[str],
             lexicon: TriggerLexicon) -> Arguments:
    """The round 11 steps on a found event's slots."""
    event_noun_actors(doc, args, lexicon)
    premodifier_actors(doc, cand, args)
    cause_agents(doc, cand, args, lexicon)  # first: the attacker's country is then no victim's
    victim_demonym_country(doc, cand, args, lexicon)
    fronted_speaker(doc, cand, args, reporting)
    aid_recipient_name(doc, cand, args)
    located_name(doc, cand, args)
    surface_agents(doc, cand, args)
    moving_subject(doc, cand, args)
    return args
