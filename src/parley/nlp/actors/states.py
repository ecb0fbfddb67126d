"""States as actors: country names, metonymic capitals, demonyms and stateless peoples.

A mixin of the actors component's per-document state (``actors._DocState``), kept apart
because the rules of when a country name *acts* rather than *locates* are their own topic:
a country name is a state actor in any role except the object of a locative preposition or
part of a named place ("the Ukraine-Belarus border"); a capital only as subject, possessor,
agent or as the object of a verb whose subject is itself an actor ("Moscow accused Washington").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from parley.nlp.actors.registry import Draft
from parley.nlp.extensions import doc_text
from parley.nlp.placenames import load_short_names
from parley.nlp.places import shared_gazetteer

if TYPE_CHECKING:
    from parley.nlp.actors.lexicon import ActorLexicon
    from parley.nlp.actors.registry import Registry
    from parley.nlp.countries import CountryTable

SUBJ_OBJ_DEPS = {"nsubj", "nsubjpass", "dative", "poss", "agent"}
MIN_TYPO_LEN = 6  # shorter words are too often real names one letter off ("Malik", "Irani")


class StateSteps:
    """Country, capital and demonym steps; the host class provides the attributes below."""

    if TYPE_CHECKING:  # provided by actors._DocState
        doc: Doc
        lex: ActorLexicon
        table: CountryTable
        reg: Registry
        claimed: list[Draft | None]
        country_tok: dict[int, tuple[str, str, Span]]
        stateless_spans: list[Span]
        stateless_tok: set[int]
        person_ents: list[Span]
        short_place_tok: set[int]

        def claim(self, draft: Draft, start: int, end: int, mention: bool = True) -> None: ...
        def free(self, start: int, end: int) -> bool: ...
        def _state(self, code: str) -> Draft: ...
        def _located(self, prep: Token) -> list[str]: ...
        def _verb_place(self, head: Token) -> list[str]: ...

    def short_country_names(self) -> None:
        """Short forms that name a country on their own ("KSA", "T&T", "BiH";
        lexicon/short_names.yaml) read like any country name: the state when they act, nothing
        when they locate. The model tags them ORG, so without this they became organisations.
        A form naming a division ("D.C.") is no state and no organisation: its tokens are
        remembered so that the organisation and person steps leave them alone."""
        short = load_short_names()
        for hit in short.pattern.finditer(doc_text(self.doc)):
            span = self.doc.char_span(hit.start(), hit.end())  # not inside "U.S.-led"
            if span is None or any(i in self.country_tok for i in range(span.start, span.end)):
                continue
            _, iso3, feature = short.places[hit.group()]
            self.short_place_tok.update(range(span.start, span.end))
            if feature == "country" and self.table.name(iso3):
                for i in range(span.start, span.end):
                    self.country_tok[i] = ("name", iso3, span)

    def misspelled_countries(self) -> None:
        """Wire copy misspells country names with one letter too many ("Quatar",
        "Phillippines"): a capitalised proper noun that is no country form itself but becomes
        a one-word country name or demonym when one letter is dropped counts as that form.
        Only extra letters, only words of six letters or more, never inside a PERSON name and
        never a place the gazetteer knows, so "Malik", "Frances Haugen", "Romani" and "Indiana"
        are left alone."""
        for t in self.doc:
            if t.pos != PROPN:  # the cheapest of the tests below first (an integer comparison)
                continue
            text = t.text
            if t.i in self.country_tok or t.i in self.stateless_tok or len(text) < MIN_TYPO_LEN \
                    or not (t.is_alpha and t.is_title) or t.pos_ != "PROPN" \
                    or t.ent_type_ == "PERSON" or self.table.code(text) or text in self.lex.cities:
                continue
            for k in range(1, len(text)):  # the first letter stays: "Roland" is not "Poland"
                fixed = text[:k] + text[k + 1:]
                form = "name" if fixed in self.table.by_name else \
                    "demonym" if fixed in self.table.by_demonym else None
                if form:
                    # ``fixed`` is in the table ``form`` names, so code() finds it
                    code = cast(str, self.table.code(fixed))
                    # "Indiana" is a place, not "Indian"; the gazetteer's transliteration
                    # skeleton may find the country itself ("Phillippines"), which is no other place
                    if not [c for c in shared_gazetteer().find(text) if c.iso3 != code]:
                        self.country_tok[t.i] = (form, code, self.doc[t.i:t.i + 1])
                    break

    def countries(self) -> None:
        """Country names in actor roles are states; capitals only as subject/object/possessor."""
        seen: set[int] = set()
        for _i, (form, code, span) in sorted(self.country_tok.items()):
            if span.start in seen or not self.free(span.start, span.end):
                continue
            seen.add(span.start)
            if self._overlaps_person(span):
                continue
            if form == "demonym":
                self._demonym(span, code)
                continue
            name = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
            if not self._actor_role(name.root, capital=form == "capital"):
                continue
            self.claim(self._state(code), name.start, name.end)
            self.claim(self._state(code), span.start, span.end, mention=False)

    def stateless_groups(self) -> None:
        """A stateless people named by a plural noun ("Kurds protested") is a group."""
        for span in self.stateless_spans:
            root = span.root
            if root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("amod", "compound") \
                    and self.free(span.start, span.end):
                draft = self.reg.get_or_add(("group", None, span.text.lower(), "people"), Draft(
                    name=span.text, kind="group"))
                self.claim(draft, span.start, span.end)

    def _overlaps_person(self, span: Span) -> bool:
        return any(e.start < span.end and span.start < e.end for e in self.person_ents)

    def _demonym(self, span: Span, code: str) -> None:
        """A plural people-noun ("Ukrainians said") is a group; an adjective on a thing
        ("Russian demands", "besieged Ukrainian cities") is a mention of the state, so later
        stages can find the country of an argument; "the Turkish city of Antalya" is a place."""
        root = span.root
        if root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("amod", "compound"):
            mods = [c for c in root.children if c.dep_ in ("amod", "compound")
                    and c.i in self.country_tok and self.country_tok[c.i][0] == "demonym"]
            if mods:  # "Bosnian Serbs": the modifier names the country
                code = self.country_tok[mods[0].i][1]
                span = self.doc[mods[0].i:span.end]
            key: tuple = ("group", code, None, "people")
            home = self._residence(root, code)
            if home and home != code:  # "ethnic Albanians in Serbia": a minority of Serbia
                code, key = home, ("group", home, span.text.lower(), "people")
            draft = self.reg.get_or_add(key, Draft(name=span.text, kind="group", country=code))
            self.claim(draft, span.start, span.end)
            return
        if self._misread_gerund(span):
            self.claim(self._state(code), span.start, span.end)
            return
        if len(span) == 1 and root.tag_ in ("NN", "NNP") and root.text[:1].isupper() and (
                root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")
                or self._headline_victim(root)) \
                and not any(c.dep_ in ("conj", "cc") for c in root.children):
            # (a coordinated demonym, "Polish, Czech and Slovak Americans", qualifies a noun)
            # round 12, one person named by nationality ("A Norwegian was shot dead",
            # "Australian killed in clashes"): a person of that country, not the state; keyed
            # on the mention ("a Norwegian was shot …, and another Norwegian was wounded": two)
            draft = self.reg.get_or_add(("person", f"{code}:{span.text}:{span.start}"), Draft(
                name=span.text, kind="person", country=code))
            self.claim(draft, span.start, span.end)
            return
        if root.dep_ not in ("amod", "compound", "nmod", "conj"):
            return
        head = root.head
        while head.dep_ == "conj" and head.head is not head and head.pos_ == "ADJ":
            head = head.head
        if head.lemma_.lower() in self.lex.place_nouns and any(
                c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return
        self.claim(self._state(code), span.start, span.end)

    @staticmethod
    def _headline_victim(root: Token) -> bool:
        """"Italian killed in Ukraine while delivering aid": the parser makes the demonym the
        headline's root and the participle its clause; it names one person, as a subject would."""
        return root.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == root.i + 1
                                           for c in root.children)

    @staticmethod
    def _misread_gerund(span: Span) -> bool:
        """"after Russian shelling", "Power cut after Ukrainian shelling": the parser reads a
        demonym and the gerund right after it as a clause, the demonym its subject. With no
        article before the demonym and no auxiliary on the gerund, the demonym qualifies the act,
        as in "Russian shelling of the city": a mention of its state, not a person."""
        root = span.root
        verb = root.head
        return (len(span) == 1 and root.dep_ == "nsubj" and verb.tag_ == "VBG"
                and verb.i == root.i + 1 and not any(c.dep_ == "det" for c in root.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))

    def _residence(self, root: Token, own: str) -> str | None:
        """Where a people lives when the text says so: "the Albanians of southern Serbia";
        for an ethnic group also "ethnic Albanians demonstrated in Serbia", and else the first
        other country its sentence names: "ethnic" marks a minority, so the story's country
        ("Ethnic Albanians seized villages near Macedonia's border") is where it lives, not
        its kin state."""
        ethnic = any(c.dep_ == "amod" and c.lower_ in self.lex.ethnic for c in root.children)
        places: list[str] = []
        for prep in root.children:
            if prep.dep_ == "prep" and (prep.lower_ == "of" or ethnic and prep.lower_ == "in"):
                places += self._located(prep)
        if ethnic and not places:
            places = self._verb_place(root)
        if ethnic and not places:
            sent = root.sent
            places = [code for i, (_, code, _) in sorted(self.country_tok.items())
                      if sent.start <= i < sent.end and code != own][:1]
        return places[0] if places else None

    def _actor_role(self, tok: Token, capital: bool) -> bool:
        """Whether a country/capital token acts rather than locates (rule in groups.yaml)."""
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        head = tok
        while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
            head = head.head
            if head.lemma_.lower() in self.lex.place_nouns:
                return False
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ in self.lex.locative:
                return False
            if prep.lower_ == "of" and prep.head.lemma_.lower() in self.lex.place_nouns:
                return False
            return not capital or prep.lower_ != "of"
        if capital:
            return tok.dep_ in SUBJ_OBJ_DEPS or tok.dep_ == "dobj" and self._actor_subject(tok.head)
        return True

    def _actor_subject(self, verb: Token) -> bool:
        """ "Moscow accused Washington": a capital as object acts only opposite another actor
        (a country, capital, person or organisation), not in "explosions shook Kyiv"."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c.i in self.country_tok or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
                    or self.claimed[c.i] is not None
        return False

