"""The reporter that closes a headline without its country (round 62).

News headlines put the source last and drop its country when it is the clause's own: "Portugal
will expel 12 diplomats, foreign ministry says" is Portugal's ministry; "Canada ready to send
howitzers, defense official says" a Canadian official. A town's office is of the towns its
clause names: "Odesa short of water, city council says". The guards keep the guess honest: a
clause of force against others ("Ruritania shelled the port, official says"), one that charges
its subject or demands of it ("Ruritania is provoking a crisis", "… must withdraw") or names a
wrong is as often told by the other side, so its subject says nothing of the reporter; an office
posted abroad ("…, ambassador says") serves one country in another. Here the readings of the
clause; ``component.closing_reporters`` applies them to the drafts.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list

#: verbs a headline closes with to name its source ("…, foreign ministry **says**")
CLOSING_REPORTS = word_list("actors_component.yaml", "closing_reports")
#: verbs of force against another party: the clause's subject is the doer, not the reporter's side
FORCE_VERBS = word_list("actors_component.yaml", "force_verbs")
#: verbs of wrongful conduct and nouns of a wrong a clause may charge its subject with, and the
#: modals of a demand on it: another side's words as often as the subject's own
WRONG_CONDUCT = word_list("actors_component.yaml", "wrong_conduct")
WRONG_NOUNS = word_list("actors_component.yaml", "wrong_nouns")
DEMAND_MODALS = word_list("actors_component.yaml", "demand_modals")
#: offices held in another country: their holder's country is not the clause's subject's
POSTED_ROLES = word_list("actors_component.yaml", "posted_roles")
#: a town's own offices: "mayor", "governor" (a ``local_body_words`` modifier makes others local)
TOWN_OFFICES = frozenset({"mayor", "governor"})
#: round 44: words that make a town's singular government noun its own body ("Sumy regional
#: administration"); without one, "Santos administration" is a leader's government
LOCAL_BODY_WORDS = word_list("actors_component.yaml", "local_body_words")


def reported_clause(head: Token) -> Token | None:
    """The clause that ``head``, the subject of a closing report, reports: the report's
    verb's first dependent, ended by a comma before ``head`` ("**Portugal will expel …**,
    foreign ministry says"); None when ``head`` is no such subject."""
    verb = head.head
    # a closing "announces" may be tagged a noun, but it is still the headline's root
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" \
            or verb.lemma_.lower() not in CLOSING_REPORTS or verb.i < head.i:
        return None
    commas = [c for c in verb.children if c.text == "," and c.i < head.i]
    if not commas:
        return None
    # the reporter stands right after the comma ("…, the defense ministry spokesperson says")
    between = head.doc[commas[-1].i + 1:head.i]
    if any(not (t.is_punct or t.dep_ in ("det", "amod", "compound", "nmod")) for t in between):
        return None
    before = [c for c in verb.children if c.i < commas[-1].i and not c.is_punct]
    if len(before) != 1 or before[0].dep_ not in ("ccomp", "parataxis", "advcl", "dep", "nsubj", "npadvmod"):
        return None
    return before[0]


def clause_subject(clause: Token) -> Token | None:
    """Who the clause is about: its verb's subject, or the head of a verbless clause ("US
    **willing** to send …": the noun it opens with)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None or clause.pos_ in ("VERB", "AUX"):  # "US State Department ready to …"
        return subject
    if clause.pos_ in ("NOUN", "PROPN"):
        return clause
    first = clause.doc[clause.left_edge.i]  # "US/dep willing/…": a fragment opened by its noun
    return first if first.pos_ in ("PROPN", "NOUN") and first.head in (clause, clause.head) else None


def forceful(clause: Token) -> bool:
    """The clause tells of force its subject used against others ("Ruritania **shelled** the
    port", "troops **seized** the town"), in any tense; not force it suffered (a passive:
    "the Kremlin website is **targeted**", told by its own side)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    return any(v.lemma_.lower() in FORCE_VERBS for v in _acts(clause))


def _acts(clause: Token) -> list[Token]:
    """The clause's verb and the verbs it goes on with ("vowed to strike", "shelled and seized")."""
    return [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]


def charged(clause: Token) -> bool:
    """The clause charges its subject with wrongful conduct ("Ruritania is **provoking** a
    crisis", "is **sheltering** rebels") or makes a demand on it ("Ruritania **must** withdraw"):
    the accuser's words as often as the subject's own."""
    if clause.lower_ in DEMAND_MODALS or any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS
                                              for c in clause.children):
        return True  # "Ruritania must withdraw"; "Ruritania ought to withdraw", the modal the head
    return any(v.lemma_.lower() in WRONG_CONDUCT for v in _acts(clause))


def names_wrong(clause: Token) -> bool:
    """The clause names a wrong ("is using civilians as **shields**", "will pay for its
    **provocations**"): a charge against its subject, or the subject's own charge against
    others ("has identified war **crime** suspects"), so it tells nothing of the reporter."""
    return any(t.lemma_.lower() in WRONG_NOUNS for t in clause.subtree if t.pos_ == "NOUN")


def local_office(tokens: list[Token]) -> bool:
    """The reporter's words name a town's office: "mayor", "governor", or an office with a
    local modifier ("city council", "regional official", "district head")."""
    return any(t.lemma_.lower() in TOWN_OFFICES or t.lower_ in LOCAL_BODY_WORDS and t.lower_ != "military"
               for t in tokens)


def state_office(tokens: list[Token], state_sector: bool) -> bool:
    """The reporter is a state's office at home: of a state sector (``state_sector``) or
    state media ("state media", "state news agency"), and not posted abroad ("ambassador",
    "envoy")."""
    if any(t.lemma_.lower() in POSTED_ROLES for t in tokens):
        return False
    return state_sector or any(t.lower_ == "state" for t in tokens)
