"""spaCy's attribute ruler with its matching done by table lookup (identical output, ~8x faster).

The English models' ``attribute_ruler`` maps each fine tag to its coarse tag and morphology and
fixes a few lemmas (179 patterns, nearly all one token long, each an equality test on TAG,
LOWER, DEP or IS_SPACE). spaCy runs them through its general ``Matcher``, which took 12 % of a
bare parse of news text, as much as the parser. Equality tests on one token need no matcher: the
patterns are indexed once by their LOWER or TAG value, each token looks up its candidates, and
the matches are applied exactly as spaCy applies them (``set_token_attrs``, in pattern order, all
conditions read before any attribute is set). A ruler with any other kind of pattern (operators,
sets, regular expressions, MORPH tests) keeps spaCy's own matching, so any model stays correct.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

#: pattern keys read as one string attribute of the token (equality only)
STRING_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "ORTH": "text", "TEXT": "text",
               "NORM": "norm_", "POS": "pos_", "LEMMA": "lemma_", "ENT_TYPE": "ent_type_"}
#: boolean flags a pattern may test (``{"IS_SPACE": True}``)
FLAG_KEYS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
             "IS_SENT_START"}

Test = tuple[str, str, Any]  # (token attribute, "eq" | "in" | "not_in" | "re", wanted value)
Spec = tuple[Test, ...]  # the tests of one pattern token


def compile_token(spec: dict[str, Any]) -> Spec | None:
    """One pattern token as plain tests, or None when it needs the full matcher."""
    out: list[Test] = []
    for key, value in spec.items():
        key = key.upper()
        if key in FLAG_KEYS and isinstance(value, bool):
            out.append((key.lower(), "eq", value))
        elif key not in STRING_KEYS:  # OP, MORPH, extension attributes ...
            return None
        elif isinstance(value, str):
            out.append((STRING_KEYS[key], "eq", value))
        elif isinstance(value, dict) and len(value) == 1 and "IN" in value:
            out.append((STRING_KEYS[key], "in", frozenset(value["IN"])))
        elif isinstance(value, dict) and len(value) == 1 and "NOT_IN" in value:
            out.append((STRING_KEYS[key], "not_in", frozenset(value["NOT_IN"])))
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
            out.append((STRING_KEYS[key], "re", re.compile(value["REGEX"])))
        else:  # FUZZY, comparisons, several operators on one key ...
            return None
    return tuple(out) if out else None


def fits(token: Token, spec: Spec) -> bool:
    """Whether the token passes every test (spaCy's matcher: IN by membership, REGEX by search)."""
    for attr, kind, wanted in spec:
        value = getattr(token, attr)
        if kind == "eq":
            if value != wanted:
                return False
        elif kind == "in":
            if value not in wanted:
                return False
        elif kind == "not_in":
            if value in wanted:
                return False
        elif not wanted.search(value):
            return False
    return True


def _keys(spec: Spec, attr: str) -> tuple[str, ...]:
    """The values under which a pattern token is indexed by ``attr`` (none: it is not)."""
    for name, kind, wanted in spec:
        if name == attr and kind == "eq":
            return (wanted,)
        if name == attr and kind == "in":
            return tuple(sorted(wanted))
    return ()


Entry = tuple[int, tuple[Spec, ...]]  # (attribute id, the tests of each pattern token)


@dataclass
class _Index:
    """The ruler's patterns by the LOWER values of their first token, else its TAG values; the
    rest (a handful) are tried at every token."""

    by_lower: dict[str, list[Entry]] = field(default_factory=dict)
    by_tag: dict[str, list[Entry]] = field(default_factory=dict)
    loose: list[Entry] = field(default_factory=list)

    def add(self, attr_id: int, specs: tuple[Spec, ...]) -> None:
        if lowers := _keys(specs[0], "lower_"):
            for value in lowers:
                self.by_lower.setdefault(value, []).append((attr_id, specs))
        elif tags := _keys(specs[0], "tag_"):
            for value in tags:
                self.by_tag.setdefault(value, []).append((attr_id, specs))
        else:
            self.loose.append((attr_id, specs))

    def matches(self, doc: Doc) -> set[tuple[int, int, int]]:
        """(attribute id, start, end) of every pattern match, conditions read as the doc is."""
        hits: set[tuple[int, int, int]] = set()
        n_tokens = len(doc)
        for token in doc:
            start = token.i
            for attr_id, specs in (*self.by_lower.get(token.lower_, ()), *self.by_tag.get(token.tag_, ()),
                                   *self.loose):
                end = start + len(specs)
                if fits(token, specs[0]) and end <= n_tokens \
                        and all(fits(doc[start + k], specs[k]) for k in range(1, len(specs))):
                    hits.add((attr_id, start, end))
        return hits


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose plain patterns are matched by lookup (see the module)."""

    def _compile(self) -> _Index | None:
        """Index the patterns; None when one of them needs spaCy's matcher."""
        index = _Index()
        for attr_id, entry in enumerate(self.patterns):
            for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
                specs = [compile_token(tok) for tok in pattern]
                if not specs or any(s is None for s in specs):
                    return None
                index.add(attr_id, tuple(s for s in specs if s is not None))
        return index

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._stale = True
        super().add(*args, **kwargs)

    def clear(self) -> None:
        self._stale = True
        super().clear()

    def _indexed(self) -> _Index | None:
        """The index of the current patterns (built again after patterns were added or cleared)."""
        if getattr(self, "_stale", True):
            self._stale = False
            self._index = self._compile() if self.attrs else None
        return self._index

    def match(self, doc: Doc) -> list[tuple[int, Any, int, int]]:
        index = self._indexed()
        if index is None:
            return super().match(doc)
        # spaCy's order: by attribute id, so later rules win; the match id is the id as a string
        return [(attr_id, str(attr_id), start, end) for attr_id, start, end in sorted(index.matches(doc))]

    def set_annotations(self, doc: Doc, matches: Iterable[tuple[int, Any, int, int]]) -> None:
        matches = list(matches)
        if self._indexed() is None or any(not -(end - start) <= self.indices[attr_id] < end - start
                                          for attr_id, _, start, end in matches):
            super().set_annotations(doc, matches)  # spaCy's way (its error E1001 for a bad index)
            return None
        for attr_id, _, start, end in matches:
            set_token_attrs(doc[start + self.indices[attr_id] % (end - start)], self.attrs[attr_id])
        return None


@Language.factory("parley_indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's stock attribute ruler by the indexed one with the same patterns;
    False (nothing changed) when there is none or it is not spaCy's own class."""
    old = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(old) is not AttributeRuler:
        return False
    assert isinstance(old, AttributeRuler)
    patterns = old.patterns
    new = nlp.replace_pipe(name, "parley_indexed_attribute_ruler", config={"validate": old.validate})
    assert isinstance(new, IndexedAttributeRuler)
    new.add_patterns(patterns)
    return True
