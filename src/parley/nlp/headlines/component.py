"""Headline grammar: re-read a headline whose verb the parser took for a noun.

Headlines and live-blog titles drop articles, tell past events in the present and end without
a stop ("Minister thanks allies for aid", "Rivera slams Ortega over vote"). The small parser
model, trained on prose, often reads such a headline as one long noun phrase: the 3rd-person
verb becomes a plural noun at the root and the name before it a compound ("Rivera/compound
slams/NNS/ROOT"), so the events component finds no verb and no subject. Three classes are
repaired, only in headline-like lines (``headline_lines``: no final stop, at most ``MAX_TOKENS``
tokens), so article prose, whose sentences end in a stop, parses exactly as before:

1. **Verb read as a noun** (``verb_read_as_noun``): the line has no verb root, and a token
   that is the 3rd-person form of a verb lemma in Parley's trigger lexicon stands right after
   a name (or a role noun: "Navy chief thanks …") with a word after it, but was tagged as a
   noun (the root, or a compound: "Rivera/compound pledges/compound troops/ROOT"), an
   interjection or a name's object. The line is
   parsed again with that one word put in the past ("slams" → "slammed"), which the model
   reads as a verb; a headline's present tense reports a past event, so the meaning is kept.
   If the variant makes the word a verb root with a subject before it, the variant's tags,
   heads, labels and entities replace the line's, and the word keeps what it is (VBZ, the
   verb's lemma). Otherwise nothing changes. When the parser already made the word the root
   with a subject before it ("Minister/nsubj thanks/NNS/ROOT allies/dobj"), only the word's
   tag is wrong: it is retagged and the arcs are kept.
2. **Verb read as the subject of its object** (``verb_read_as_subject``): "Rivera/compound
   signs/NNS/nsubj accord/VBP/ROOT"): the object noun became the root (a noun, or a plural
   present verb) and the headline verb its subject. Repaired the same way, by parsing the
   line with the verb in the past and adopting that parse only if it makes the word a verb
   root with a subject.
3. **Bare verb after a plural subject read as a noun** (``plural_verb_read_as_noun``):
   "Rebels/compound fire/compound mortars/ROOT at the airport", "Army units cross/NOUN the
   river": a plural subject takes the verb's bare form, which the parser joins to the nouns
   around it. Repaired like class 1 (the line parsed with the word in the past, adopted only
   if the word becomes a verb root with a subject), and the word tagged VBP.
4. **Name read as a common noun** (``name_read_as_noun``): a capitalised word inside the line
   (not its first word, nor after a colon or an opening quote, and not in a Title Case
   headline, where capitals say nothing) that is tagged NOUN but is no dictionary word
   (WordNet's index, from the model's lemmatizer tables) is a proper noun: retagged PROPN/NNP.

Round 16: classes 1 and 3 also run when the line's only verb root heads a *later clause*
(a closing attribution "Rebels seize airport, army says", an "as"-clause), unless a verb with its
subject stands before it, and look through a prepositional phrase for the subject ("Rebels in
the eastern province seize …"); a variant whose verb is that later root's complement is adopted.

Two repairs run on every headline line or sentence besides, each in its own module: a
judgement with its copula dropped ("X's blockade 'illegal,' Y says": ``predicates``, round 24)
and a demonym read as a preposition's object before its act ("killed in Chadian shelling":
``gerunds``, round 23).

The component runs before every other Parley component, so all of them see the repaired parse.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from thinc.types import Ints2d

from parley.lexicon import lexicon_path, word_list
from parley.nlp.actors import all_roles
from parley.nlp.events import load_triggers
from parley.nlp.extensions import doc_text
from parley.nlp.headlines.gerunds import repair_demonym_acts
from parley.nlp.headlines.predicates import repair_dropped_copulas
from parley.nlp.headlines.words import Words, load_words, prefixed_irregular_lemma, third_person_lemmas

#: the verbs that report a speaker's clause (the events rules' list): "…, Y says"
REPORTING = word_list("events_match.yaml", "reporting")
#: longer stretches without a stop are run-on prose or lists, not headlines
MAX_TOKENS = 40
MAX_CHARS = 400
LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")
#: a stop at the end of a line, perhaps inside closing quotes or brackets: prose
FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
#: a capital after these is positional (a quote or statement begins), not a name's
OPENERS = frozenset({":", '"', "“", "‘", "'", "(", "[", "—", "–", "-", "|"})
ATTRS = [TAG, POS, DEP, HEAD, LEMMA, MORPH]
HYPHENS = frozenset({"-", "–", "—", "/"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "dative", "ccomp", "xcomp", "attr", "acomp")
VBZ_MORPH = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PLURAL_MORPH = "Tense=Pres|VerbForm=Fin"


def headline_lines(doc: Doc) -> list[Span]:
    """Lines that look like a headline or live-blog title: no final stop, at most
    ``MAX_TOKENS`` tokens. A line, not the parser's sentence: the parser often cuts a
    headline it misreads in two ("Petro thanks" | "Lula for mediation")."""
    out = []
    for m in LINE.finditer(doc_text(doc)):
        if len(m.group()) > MAX_CHARS or FINAL_STOP.search(m.group()):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and 1 < len(span) <= MAX_TOKENS:
            out.append(span)
    return out


def title_case(line: Span) -> bool:
    """Most longer words capitalised ("Minister Thanks Allies For Aid"): capitals say nothing."""
    words = [t for t in line[1:] if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) * 3 >= len(words) * 2


def names_something(token: Token, words: Words) -> bool:
    """A name: tagged as one, an entity, a capitalised word that no dictionary lists, or a
    singular role or institution noun of the actor lexicon ("the navy chief", "a court"). A
    nationality ("Russian strikes", entity NORP) modifies a noun; it names no subject."""
    if token.ent_type_ == "NORP":
        return False
    if token.pos_ == "PROPN" or token.ent_type_ or (token.tag_ == "NN" and token.lower_ in words.roles):
        return True
    return token.is_alpha and (token.is_title or token.is_upper) and not words.known(token.text)


def coordinated(name: Token, words: Words) -> bool:
    """Whether the name phrase ending at ``name`` is the second of a pair, joined by "and"
    ("US and NATO forces") or by a hyphen ("Lima-Quito talks"): a pair takes a plural verb or
    modifies a noun, so a following "-s" word is a noun."""
    doc = name.doc
    i = name.i
    while i > 0 and (names_something(doc[i - 1], words) or doc[i - 1].tag_ == "POS"):
        i -= 1
    if i == 0:
        return False
    before = doc[i - 1]
    return before.lower_ in ("and", "&") or (before.text in HYPHENS and not before.whitespace_)


def verb_read_as_noun(line: Span, verbs: frozenset[str], words: Words) -> tuple[Token, str] | None:
    """The first token, and its verb lemma, that is a 3rd-person form of a trigger verb right
    after a name and before a word, in a line where the parser built no clause (no verb root,
    no root with a subject but the token itself): the verb was read as a noun (the root, a
    compound, an object) or as an interjection. Not when the name is coordinated (a plural
    subject) or a participle follows ("NATO forces using drones": a noun and its modifier)."""
    doc = line.doc
    for token in _noun_read_candidates(line):
        if _verb_root(line, token):
            return None
        lemma = next((v for v in third_person_lemmas(token.text) if v in verbs), None)
        name: Token | None = doc[token.i - 1]
        if lemma is not None and name is not None and not names_something(name, words):
            name = subject_before_phrase(token)
        if lemma is None or name is None or not names_something(name, words) \
                or coordinated(name, words):
            continue
        if not _words_follow(doc[token.i + 1]):
            continue
        if any(t.dep_ == "ROOT" and t != token and any(c.dep_ in SUBJECTS for c in t.children)
               and not later_clause(t, token) for t in line):
            return None
        return token, lemma
    return None


def verb_read_as_subject(line: Span, verbs: frozenset[str], words: Words) -> tuple[Token, str] | None:
    """The headline verb the parser made the subject of the noun after it ("Rivera/compound
    signs/NNS/nsubj accord/VBP/ROOT with Ortega", "files/nsubj complaint/NN/ROOT"): a root
    that is a dictionary noun tagged as a noun or a plural present verb (VBP), takes no object
    or clause of its own and has words after it, whose subject right before it is a
    3rd-person form of a trigger verb after a name.
    Returns that token and its verb lemma."""
    doc = line.doc
    for root in line:
        if root.dep_ != "ROOT" or root.tag_ not in ("VBP", "NN", "NNS") or root.i - 2 < line.start \
                or root.i + 1 >= line.end or root.lower_ not in words.nouns:
            continue
        token = doc[root.i - 1]
        if token.head != root or token.dep_ not in SUBJECTS or token.tag_ not in ("NNS", "VBZ") \
                or any(c.dep_ in OBJECTS for c in root.children):
            continue
        lemma = next((v for v in third_person_lemmas(token.text) if v in verbs), None)
        name = doc[token.i - 1]
        if lemma is not None and names_something(name, words) and not coordinated(name, words):
            return token, lemma
    return None


def plural_verb_read_as_noun(line: Span, verbs: frozenset[str],
                             event_nouns: frozenset[str]) -> tuple[Token, str] | None:
    """The first token that is the bare present form of a trigger verb right after a plural
    noun subject ("Rebels/compound fire/compound mortars/ROOT at …", "army units cross …",
    "Russians block …"), in a line with no verb root: a plural subject takes the bare form,
    which the parser reads as a noun compound. Not after a name, whose bare form would be a
    noun ("NATO strike"), nor after an event noun of the lexicon ("peace talks attack …":
    a noun compound), nor before a participle or a conjunction ("forces fire, killing").
    Returns that token and its lemma (the word itself)."""
    doc = line.doc
    for token in _noun_read_candidates(line):
        if _verb_root(line, token):
            return None
        lemma = token.lower_
        subj = doc[token.i - 1]
        if lemma in verbs and subj.tag_ not in ("NNS", "NNPS"):
            subj = subject_before_phrase(token) or subj
        if lemma not in verbs or subj.tag_ not in ("NNS", "NNPS") or not subj.lower_.endswith("s") \
                or subj.lemma_.lower() in event_nouns:
            continue
        if _words_follow(doc[token.i + 1]):
            return token, lemma
    return None


def _verb_root(line: Span, token: Token | None = None) -> bool:
    """The parser built a clause: the line's root is a verb. Round 16: a root that heads a
    later clause than ``token``'s (``later_clause``: "…, officials say", "… as people wait")
    does not count, unless a verb with its subject stands before it; the words before it may
    still be a headline read as a noun phrase."""
    roots = [t for t in line if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if token is None or not roots or any(not later_clause(r, token) for r in roots):
        return bool(roots)
    # a verb with its subject before the later clause is a clause already ("X forces near Y
    # have withdrawn, official says"): the words before the attribution are no noun phrase
    boundary = min(r.i for r in roots)
    return any(t.pos_ in ("VERB", "AUX") and t.i < boundary and any(c.dep_ in SUBJECTS for c in t.children)
               for t in line)


def later_clause(root: Token, token: Token) -> bool:
    """Round 16: ``root`` heads a clause after ``token`` that opens after a comma or a
    subordinator (a word tagged IN right before the clause's subject): a closing attribution
    ("Rebels seize airport, army says") or an "as"-clause ("X appeals to Y as patients wait").
    The parser made that clause the root because it found no verb before it."""
    subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i), None)
    if subject is None or root.i <= token.i:
        return False
    opener = subject.left_edge.i - 1
    return opener > token.i and (root.doc[opener].text == "," or root.doc[opener].tag_ == "IN")


def subject_before_phrase(token: Token) -> Token | None:
    """Round 16, a subject with a prepositional phrase before its verb ("Rebels in the eastern
    province seize …", "Doctor in the besieged hospital appeals …"): the noun before the verb
    is the object of the phrase, not the subject. Climbs from that object through noun
    links to its preposition and returns the noun it hangs on, when that noun comes first in
    the line's phrase; else None."""
    doc = token.doc
    t = doc[token.i - 1]
    for _ in range(8):
        if t.dep_ == "prep" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head
        if t.head == t or t.dep_ not in ("pobj", "compound", "amod", "nmod", "poss", "case", "dep"):
            return None
        t = t.head
    return None


def _noun_read_candidates(line: Span) -> Iterator[Token]:
    """Inner tokens the parser did not tag as verbs (a capitalised one only in a Title Case
    line, where capitals say nothing)."""
    for token in line[1:-1]:
        if not (token.pos_ in ("VERB", "AUX") or token.is_title and not title_case(line)):
            yield token


def _words_follow(after: Token) -> bool:
    """The token after a would-be verb starts its object or complement: not a space, a
    conjunction, a closing mark or a participle ("forces fire, killing", "NATO forces using")."""
    return not (after.is_space or after.pos_ == "CCONJ"
                or (after.is_punct and after.text not in OPENERS) or after.tag_ in ("VBG", "VBN"))


def name_read_as_noun(line: Span, token: Token, words: Words) -> bool:
    """A capitalised non-dictionary word tagged NOUN inside a (not Title Case) headline."""
    if token.pos_ != "NOUN" or not token.is_alpha or not token.is_title:
        return False
    if token.i == line.start or token.doc[token.i - 1].text in OPENERS:
        return False
    return not words.known(token.text) and not words.known(token.lemma_)


def clause_head(token: Token) -> bool:
    """The parser already built the clause around the misread verb (it is the root, with a
    subject before it): only its tag is wrong, and a new parse could only lose structure."""
    return token.dep_ == "ROOT" and any(c.dep_ in SUBJECTS and c.i < token.i for c in token.children)


def retag_verb(token: Token, lemma: str, tag: str = "VBZ", morph: str = VBZ_MORPH) -> None:
    """Tag a present verb as one (VBZ or VBP, VERB, its lemma), keeping its arcs."""
    token.tag_, token.pos_, token.lemma_ = tag, "VERB", lemma
    token.morph = MorphAnalysis(token.vocab, morph)


class HeadlinesComponent:
    """Repairs the headline mis-parses described in the module docstring."""

    def __init__(self, nlp: Language, verbs: frozenset[str], words: Words,
                 event_nouns: frozenset[str] = frozenset(),
                 judging: frozenset[str] = frozenset()) -> None:
        self.nlp = nlp
        self.verbs = verbs
        self.event_nouns = event_nouns
        self.judging = judging
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        if not self.words.lemmas:
            return doc
        for line in headline_lines(doc):
            hit = verb_read_as_noun(line, self.verbs, self.words) \
                or verb_read_as_subject(line, self.verbs, self.words)
            plural = hit is None and (hit := plural_verb_read_as_noun(
                line, self.verbs, self.event_nouns)) is not None
            if hit is not None and plural:
                self.reparse(doc, line, hit[0].i, hit[1], tag=("VBP", PLURAL_MORPH))
            elif hit is not None and clause_head(hit[0]):
                retag_verb(hit[0], hit[1])
            elif hit is not None:
                self.reparse(doc, line, hit[0].i, hit[1])
            repair_dropped_copulas(line, self.judging, REPORTING)  # "X's move 'illegal,' Y says"
            if not title_case(line):
                for token in line:
                    if name_read_as_noun(line, token, self.words):
                        token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
        repair_demonym_acts(doc, self.event_nouns)  # every sentence: "killed in Ruritanian shelling"
        for token in doc:  # every sentence, not only headlines: a lemmatizer gap
            if token.pos_ == "VERB" and token.lemma_.lower() == token.lower_:
                fixed = prefixed_irregular_lemma(token.text, self.words)
                if fixed is not None:
                    token.lemma_ = fixed
        return doc

    def parse(self, text: str) -> Doc:
        """``text`` through the model's own pipes (those before the first Parley component)."""
        variant = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name.startswith("parley_"):
                break
            variant = proc(variant)
        return variant

    def reparse(self, doc: Doc, line: Span, i: int, lemma: str,
                tag: tuple[str, str] = ("VBZ", VBZ_MORPH)) -> bool:
        """Parse the line with token ``i`` put in the past; adopt that parse if it reads the
        word as a verb root with a subject before it. Returns whether it did."""
        token = doc[i]
        past = self.words.past(lemma)
        if token.is_title:
            past = past.capitalize()
        start = line.start_char
        full = doc_text(doc)
        text = full[start:token.idx] + past + full[token.idx + len(token):line.end_char]
        variant = self.parse(text)
        k = i - line.start
        if len(variant) != len(line) or any(
                a.text != b.text for j, (a, b) in enumerate(zip(line, variant, strict=True)) if j != k):
            return False
        verb = variant[k]
        told = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > k  # "…, X says"
        if verb.pos_ != "VERB" or not (verb.dep_ == "ROOT" or told) or not any(
                c.dep_ == "nsubj" and c.i < k for c in verb.children):
            return False
        ents = [e for e in doc.ents if e.end <= line.start or e.start >= line.end]
        if any(e.start < line.start < e.end or e.start < line.end < e.end for e in doc.ents):
            return False
        ents += [Span(doc, e.start + line.start, e.end + line.start, label=e.label_)
                 for e in variant.ents]
        arr = doc.to_array(ATTRS)
        arr[line.start:line.end] = variant.to_array(ATTRS)
        doc.from_array(ATTRS, cast(Ints2d, arr))
        retag_verb(doc[i], lemma, *tag)  # the variant's past ("slammed") is the doc's present again
        doc.ents = sorted(ents, key=lambda e: e.start)
        return True


@Language.factory("parley_headlines_v1",
                  default_config={"triggers_file": str(lexicon_path("triggers.yaml"))})
def make_component(nlp: Language, name: str, triggers_file: str) -> HeadlinesComponent:
    """The verbs worth repairing are the trigger lexicon's verb lemmas; the role nouns that
    head a subject like a name are the actor lexicon's."""
    roles = frozenset(r for r in all_roles() if " " not in r)
    triggers = load_triggers(Path(triggers_file))
    return HeadlinesComponent(nlp, triggers.curated_verbs(), replace(load_words(nlp), roles=roles),
                              triggers.curated_nouns(), triggers.assessed_predicates)


Language.factory("parley_headlines",
                 default_config={"triggers_file": str(lexicon_path("triggers.yaml"))},
                 func=make_component)
