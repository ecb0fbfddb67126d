"""Every error Parley raises on purpose, numbered, in one place (spaCy's habit).

A message names what went wrong and what to do, and its code (``E001`` …) can be searched for
in the docs and the issue tracker. Raise with ``LexiconError(Errors.E003.format(...))``; the
code is part of the message, so logs and tests see it. Codes are never reused: a retired
message keeps its number as a gap.
"""
from __future__ import annotations


class Errors:
    """Numbered message templates, grouped by the layer that raises them."""

    # lexicons (parley/lexicon/): E001–E019
    E001 = "[E001] cannot read lexicon file {path}: {reason}"
    E002 = "[E002] {path} is not valid YAML: {reason}; fix the syntax near the line shown"
    E003 = "[E003] {path}: expected a {expected} at the top level, got {got}"
    E004 = ("[E004] {path}: entry {index} ({label!r}) lacks {missing}; add the key(s), "
            "e.g. `{first}: …`")
    E005 = "[E005] {path}: entry {index} must be a mapping, got {entry!r}"
    E006 = "[E006] no lexicon named {name!r} in {folder}; the files there are: {known}"
    # actors' lexicons
    E010 = ("[E010] {path}: entry {index} ({name!r}): kind must be one of {kinds}, not {kind!r}")
    E011 = ("[E011] {path}: entry {index} ({name!r}): aliases must be a list of strings, "
            "e.g. aliases: [Lavrov, Sergei Lavrov]")
    E012 = ("[E012] {path}: entry {index} ({name!r}): terms must be a list of mappings, "
            "e.g. terms: [{{role: president, from: 2019}}]")
    E013 = "[E013] {path}: entry {index} ({name!r}): from/to must be years, e.g. from: 2019"
    # events' lexicons
    E020 = "[E020] {where}: unknown PLOVER event {event!r}; use one of ontology.EVENT_TYPES"
    E021 = "[E021] {where}: {mode!r} is not a mode of {event}; see ontology.MODES"
    E022 = "[E022] {where}: pos must be one of {allowed}"
    E023 = "[E023] {where}: every entry needs an example sentence; add `example: …`"
    E024 = "[E024] {where}: unknown context(s) {unknown}; see ontology.CONTEXTS"
    E025 = "[E025] {where}: object must be theme or recipient"
    E026 = "[E026] {path}: needs a non-empty `triggers:` list"
    E027 = "[E027] {path}: recipient_preps for unknown types {bad}; use PLOVER type names"
    E028 = "[E028] {where}: needs lemma and example"
    E029 = "[E029] {where}: unknown context or no example; see ontology.CONTEXTS"
    # quotes' lexicon
    E030 = ("[E030] {path}: verbs[{index}] needs `lemma`, `example` and `takes`: "
            "a list of {takes}")
    E031 = "[E031] {path}: nouns[{index}] needs `lemma` and `example`"
    E032 = "[E032] {path}: phrases[{index}] needs `text` and `example`"
    # boilerplate rules
    E040 = "[E040] {path}: every entry must be a mapping, got {entry!r}"
    E041 = "[E041] {path}: entry {name!r} lacks {missing}"
    E042 = "[E042] {path}: entry {name!r}: bad pattern ({reason}); fix the regular expression"
    E043 = "[E043] {path}: entry {name!r}: pattern needs the group(s) {groups}"
    # CAMEO verb dictionary tier (parley/lexicon/petrarch2/, cameo_tier.yaml)
    E050 = ("[E050] {path} line {line}: {reason}; a CAMEO verb dictionary has `--- NAME [code] ---` "
            "blocks, verb lines and `- * PATTERN [code]` lines (see dictionaries.rst)")
    E051 = "[E051] {path}: no verb blocks found; is this a PETRARCH CAMEO verb dictionary?"
    E052 = "[E052] {path}: {key} must be {expected}"


class ParleyError(Exception):
    """Base of the errors Parley raises on purpose; catch it to tell them from bugs."""


class LexiconError(ParleyError, ValueError):
    """A lexicon file that cannot be used; the message names the file, the entry and the fix."""
