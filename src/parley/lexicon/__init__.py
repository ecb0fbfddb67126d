"""Parley's knowledge as data: the YAML files in this folder, read through one loader.

Every component asks ``load`` for its files, so a file is found, parsed and checked in one
way: a missing file, bad YAML, a top level of the wrong shape or an entry without its required
keys fails with a ``LexiconError`` that names the file, the entry and the fix. Components
then check what only they understand (a PLOVER type, a mode) and raise the same error type.
``lexicon_hash`` fingerprints the files in use; stored runs record it.
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from parley.errors import Errors, LexiconError

LEXICON_DIR = Path(__file__).resolve().parent
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built: 10x faster
LABEL_KEYS = ("name", "term", "lemma", "word", "code", "text")

__all__ = ["LEXICON_DIR", "LexiconError", "lexicon_hash", "lexicon_path", "load", "load_text",
           "require", "word_list", "word_lists"]
# vendored non-YAML knowledge (read with ``load_text``), fingerprinted with the YAML files
VENDORED = ("petrarch2/CAMEO.2.0.txt",)


def lexicon_path(name: str | Path) -> Path:
    """A bundled lexicon by file name ("triggers.yaml"), or a user's file by path."""
    if isinstance(name, Path) or "/" in str(name) or "\\" in str(name):
        bundled = LEXICON_DIR / str(name)
        if not Path(name).is_absolute() and str(name) in VENDORED and bundled.exists():
            return bundled  # "petrarch2/CAMEO.2.0.txt": a vendored file in a subfolder
        return Path(name)
    path = LEXICON_DIR / name
    if not path.exists():
        known = ", ".join(sorted(p.name for p in LEXICON_DIR.glob("*.yaml")))
        raise LexiconError(Errors.E006.format(name=str(name), folder=LEXICON_DIR, known=known))
    return path


def load(name: str | Path, *, top: type | None = None,
         required: tuple[str, ...] = (), empty: Any = None) -> Any:
    """Find, parse and check one lexicon file.

    name: a bundled file name ("regions.yaml") or a path to a user's file.
    top: the type the top level must have (list or dict); an empty file gives ``empty``.
    required: keys every entry of a top-level list must have (non-empty).
    """
    path = lexicon_path(name)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except OSError as exc:
        raise LexiconError(Errors.E001.format(path=path, reason=exc.strerror or exc)) from exc
    except yaml.YAMLError as exc:
        raise LexiconError(Errors.E002.format(path=path, reason=exc)) from exc
    if data is None:
        data = empty
    if top is not None and data is not None and not isinstance(data, top):
        raise LexiconError(Errors.E003.format(path=path, expected=_kind(top),
                                              got=_kind(type(data))))
    if required and isinstance(data, list):
        for i, entry in enumerate(data):
            require(path, i, entry, required)
    return data


@functools.cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of one rule module's file (``events_frames.yaml``), read once and cached.

    The file maps a list name to ``{why: …, words: [{word: …, example: …}, …]}``: every word
    carries an invented sentence in which the rule using the list fires (or, for a veto list,
    in which it stops the rule); ``tests/test_word_lists.py`` runs each one, and again without
    the word, which must then fail. An entry may say ``redundant: why`` (its example passes
    without the word: another rule covers it) or ``unreached: why`` (no sentence makes the word
    fire yet). A list without a ``why`` or an entry without a word or example fails with the
    file and the entry (E007/E008).
    """
    path = lexicon_path(name)
    data = load(path, top=dict, empty={})
    out: dict[str, frozenset[str]] = {}
    for list_name, group in data.items():
        if not isinstance(group, dict) or not group.get("why") or not group.get("words") \
                or not isinstance(group["words"], list):
            raise LexiconError(Errors.E007.format(path=path, name=list_name))
        for i, entry in enumerate(group["words"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("word"), str) \
                    or not entry["word"] or not isinstance(entry.get("example"), str) \
                    or not entry["example"].strip():
                raise LexiconError(Errors.E008.format(path=path, name=list_name, index=i + 1,
                                                      entry=entry))
        out[str(list_name)] = frozenset(e["word"] for e in group["words"])
    return out


def word_list(name: str, list_name: str) -> frozenset[str]:
    """One word list of a rule module's file (``word_lists``): its words as a frozenset."""
    return word_lists(name)[list_name]


def load_text(name: str | Path) -> tuple[Path, str]:
    """Find and read one non-YAML lexicon file (the vendored CAMEO verb dictionary): its path
    and text. Parsing it is the caller's job; a missing or unreadable file fails with E001."""
    path = lexicon_path(name)
    try:
        return path, path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise LexiconError(Errors.E001.format(path=path, reason=exc.strerror or exc)) from exc


def require(path: Path, i: int, entry: Any, keys: tuple[str, ...]) -> None:
    """Entry ``i`` (0-based) of ``path`` is a mapping with a non-empty value for each key."""
    if not isinstance(entry, dict):
        raise LexiconError(Errors.E005.format(path=path, index=i + 1, entry=entry))
    missing = [k for k in keys if not entry.get(k)]
    if missing:
        label = next((entry[k] for k in LABEL_KEYS if entry.get(k)), None)
        raise LexiconError(Errors.E004.format(path=path, index=i + 1, label=label,
                                              missing=", ".join(missing), first=missing[0]))


def lexicon_hash(extra: Iterable[str | Path] = ()) -> str:
    """A short hash of every lexicon file in use, so stored runs say which knowledge coded them."""
    h = hashlib.sha256()
    vendored = [LEXICON_DIR / v for v in VENDORED if (LEXICON_DIR / v).exists()]
    for path in sorted(LEXICON_DIR.rglob("*.yaml")) + vendored + [Path(p) for p in extra]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _kind(t: type) -> str:
    names: dict[type, str] = {list: "list", dict: "mapping"}
    return names.get(t, t.__name__)
