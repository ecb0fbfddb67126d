"""Word knowledge the headline repair needs, all from the parser model's own lemmatizer tables.

The English models ship WordNet's word index (``lemma_index``: every noun, verb, adjective and
adverb lemma) and its irregular forms (``lemma_exc``). The index tells a dictionary word
("duty") from a name ("Duterte"); the irregular verb forms let a headline's present tense be
put in the past ("strikes" → "struck") without an inflection library.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Words:
    """WordNet's lemmas (any part of speech), its nouns and its irregular verb forms by lemma."""

    lemmas: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    #: role and institution nouns of Parley's actor lexicon ("chief", "court", "ministry"): a
    #: subject head as good as a name ("Navy chief thanks …")
    roles: frozenset[str] = frozenset()
    verb_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the other way round: an irregular past form's lemma ("took" → take)
    form_bases: dict[str, str] = field(default_factory=dict)

    def known(self, word: str) -> bool:
        """Whether a word (or its lower case) is a dictionary lemma."""
        return word in self.lemmas or word.lower() in self.lemmas

    def past(self, lemma: str) -> str:
        """The simple past of a verb lemma: WordNet's irregular form when it lists one
        ("struck", "slammed"), the lemma itself for a verb it lists only with a doubled
        "-ing" ("hit" → "hitting": hit, cut, set), else the regular "-ed" form."""
        forms = self.verb_forms.get(lemma, ())
        past = [f for f in forms if not f.endswith("ing")]
        if past:
            return next((f for f in past if f.endswith("ed")), sorted(past)[0])
        if forms and all(f == lemma + lemma[-1] + "ing" for f in forms):
            return lemma
        if lemma.endswith("e"):
            return lemma + "d"
        if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in VOWELS:
            return lemma[:-1] + "ied"
        return lemma + "ed"


#: verb prefixes the lemmatizer's exception table does not carry over to the irregular forms
#: it lists ("took" → take, but "retook" → retook)
VERB_PREFIXES = ("re", "over", "under", "out", "with", "mis", "fore", "up")


def prefixed_irregular_lemma(word: str, words: Words) -> str | None:
    """The lemma of a prefixed irregular past form the lemmatizer leaves as it is ("retook" →
    retake, "overran" → overrun, "outfought" → outfight), else None (round 13: "Rebels retook
    the airport" found no trigger). The rest after the prefix must be an irregular form of a
    verb and the prefixed lemma a dictionary word; a word that is a lemma itself ("resent",
    "outlaw") is left alone."""
    w = word.lower()
    if words.known(w):
        return None
    for prefix in VERB_PREFIXES:
        rest = w[len(prefix):]
        if not w.startswith(prefix) or len(rest) < 3:
            continue
        base = words.form_bases.get(rest)
        if base is not None and words.known(prefix + base):
            return prefix + base
    return None


def third_person_lemmas(word: str) -> list[str]:
    """The lemmas a 3rd-person singular form may come from, likeliest first
    ("denies" → deny, "pushes" → push, "slams" → slam)."""
    w = word.lower()
    if not w.endswith("s") or w.endswith("ss") or len(w) < 3:
        return []
    out = []
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    out.append(w[:-1])
    return out


def load_words(nlp: Language) -> Words:
    """The lemmatizer's WordNet tables, or empty knowledge when the model has none (the
    repair then never fires: without a dictionary no token can be judged a name)."""
    if "lemmatizer" not in nlp.pipe_names:
        return Words()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return Words()
    index = lookups.get_table("lemma_index")
    lemmas = frozenset(w for pos in index for w in index[pos])
    nouns = frozenset(index["noun"]) if "noun" in index else frozenset()
    forms: dict[str, list[str]] = {}
    if lookups.has_table("lemma_exc"):
        exc = lookups.get_table("lemma_exc")
        if "verb" in exc:
            for form, bases in exc["verb"].items():
                for base in bases:
                    forms.setdefault(base, []).append(form)
    bases = {form: base for base, fs in forms.items() for form in fs
             if not form.endswith("ing") and form != base}
    return Words(lemmas, nouns, verb_forms={k: tuple(sorted(v)) for k, v in forms.items()},
                 form_bases=bases)
