"""English common words, read from the parser model's own lemmatizer tables.

spaCy's English rule lemmatizer carries an index of the nouns, verbs, adjectives and adverbs it
knows (WordNet's, about 150,000 forms) and the suffix rules that take an inflected form to one of
them. Parley asks it one question: is a capitalised word also an ordinary word ("Town", "Group",
"Fiercest" at the start of a headline), or only a name ("Moretti", "Okafor")? A model without
such tables gives an empty dictionary, and every rule that needs it stays off.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

POS = ("noun", "verb", "adj", "adv")


class CommonWords:
    """``"town" in words``: the lower-cased word, or a form the suffix rules derive from it,
    is in the lemmatizer's index of some part of speech."""

    def __init__(self, index: dict[str, set[str]], rules: dict[str, list[tuple[str, str]]],
                 exceptions: dict[str, set[str]]) -> None:
        self.index = index
        self.rules = rules
        self.exceptions = exceptions
        self.known = lru_cache(maxsize=50_000)(self._lookup)  # one cache per dictionary

    def __bool__(self) -> bool:
        return any(self.index.values())

    def __contains__(self, word: str) -> bool:
        return self.known(word.lower())

    def _lookup(self, word: str) -> bool:
        for pos in POS:
            forms = self.index.get(pos, set())
            if word in forms or word in self.exceptions.get(pos, set()):
                return True
            for old, new in self.rules.get(pos, []):
                if word.endswith(old) and word[:len(word) - len(old)] + new in forms:
                    return True
        return False


def common_words(nlp: Language) -> CommonWords:
    """The dictionary of ``nlp``'s lemmatizer, or an empty one if it has no index table."""
    empty = CommonWords({}, {}, {})
    if "lemmatizer" not in nlp.pipe_names:
        return empty
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not all(lookups.has_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc")):
        return empty
    index, rules, exc = (lookups.get_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc"))
    return CommonWords({pos: set(index.get(pos, [])) for pos in POS},
                       {pos: [(old, new) for old, new in rules.get(pos, [])] for pos in POS},
                       {pos: set(exc.get(pos, {})) for pos in POS})
