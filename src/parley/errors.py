"""Every error Parley raises on purpose, numbered, in one place (spaCy's habit).

A message names what went wrong and what to do, and its code (``E001`` …) can be searched for
in the docs and the issue tracker. Raise with ``LexiconError(Errors.E003.format(...))``; the
code is part of the message, so logs and tests see it. Codes are never reused: a retired
message keeps its number as a gap.

Ranges, by the layer that raises:

- E001–E099 lexicons (``parley/lexicon/`` and the nlp components' lexicon loaders)
- E100–E199 store (``parley/store/``)
- E200–E299 batch (``parley/batch/``)
- E300–E399 web (``parley/web/``)
- E400–E499 export (``parley/export.py``)
- E500–E599 command line (``parley/cli/``; printed by ``fail_line`` before ``typer.Exit``)
- E600–E699 corpus and flow (``parley/corpus/``, ``parley/flow.py``)

Ingest failure reasons are not numbered: they are stored as data in the failures table and
have their own named table, ``parley/ingest/reasons.py``.

Every exception class Parley defines lives here too. Each subclasses ``ParleyError`` and the
builtin it has always been (``ValueError``, ``RuntimeError`` …), so existing ``except``
clauses keep working; the old modules re-export their classes under the old names.
docs/errors.md lists the codes (``scripts/errors_doc.py`` writes it).
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
    # word lists of the rule modules, read by lexicon.word_lists
    E007 = ("[E007] {path}: word list {name!r} needs a `why:` text and a non-empty `words:` "
            "list of {{word: …, example: …}} entries")
    E008 = ("[E008] {path}: word list {name!r}, entry {index}: needs a string `word` (quote yes/no/"
            "on/off) and an invented `example` sentence, got {entry!r}")
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
    # events' lexicons, continued
    E053 = ("[E053] {where}: predicate must be one of {allowed} (how an assessed noun condemns), "
            "not {value!r}")
    E054 = ("[E054] {path} entry {index} ({entry!r}): the part of speech must be one of {allowed} "
            "(ADJ: said of a party or act; PERSON: a noun said of a person; THING: of an act)")

    # store (parley/store/): E100–E199
    E100 = "[E100] {path}: no such store; create it with `parley ingest`"
    E101 = ("[E101] {path}: cannot open ({reason}). Another process may be writing it: DuckDB "
            "allows one writing process; stop it or open a copy.")
    E107 = ("[E107] disk full while writing {path}: free space and rerun (nothing was "
            "half-written)")
    E108 = ("[E108] {path} is not a DuckDB database file, or it is damaged ({reason}); check the "
            "--db path, or move the file aside (keep it) and rerun to build a new store")
    E109 = ("[E109] {path}: no permission to write ({reason}); make the file and its folder "
            "writable, or pass --db with a path you can write")
    E102 = "[E102] {path} is open read-only; open it without read_only=True to write"
    E103 = ("[E103] article id {wanted!r}: no free id; this is a bug in Parley (the same content "
            "hash cannot reach here), please report it")
    E104 = ("[E104] store schema version {version} is newer than this Parley ({current}); "
            "upgrade Parley")
    E105 = ("[E105] store schema version {version} is older than this Parley ({current}); "
            "open it once for writing to migrate it")
    E106 = ("[E106] not a Parley store (no schema_version table); check the path, or create a "
            "store with `parley ingest`")
    E110 = "[E110] {name} must be a date YYYY-MM-DD, got {value!r}"
    E111 = "[E111] limit must be between 1 and {max}, got {limit}"
    E112 = ("[E112] invalid cursor {cursor!r}; pass the `cursor` of the last row of the previous "
            "page unchanged")
    E113 = "[E113] country_role must be any or one of {roles}"
    E114 = "[E114] quad must be 1, 2, 3 or 4, got {quad}"
    E115 = "[E115] unit must be one of {units}, got {unit!r}"
    E116 = "[E116] sort must be one of {sorts}, got {sort!r}"
    E117 = "[E117] {path}: cannot open ({reason}); check that it is a Parley store you can read"

    # batch (parley/batch/): E200–E299
    E200 = ("[E200] {folder}: not a parley batch output (no _manifest.jsonl); point at the --out "
            "folder of a `parley batch` run")
    E201 = "[E201] {item}: not a .jsonl, .csv, .parquet or .warc(.gz) file"
    E202 = ("[E202] {item}: no .jsonl, .csv, .parquet or .warc(.gz) files found; check the path "
            "or quote the glob")
    E203 = "[E203] {path}: not a shard parley batch reads; use .jsonl, .csv, .parquet or .warc(.gz)"
    E204 = "[E204] {path}: not a readable Parquet file ({reason}); rewrite it or leave it out"
    E205 = "[E205] cannot load the pipeline: {reason}"
    E206 = "[E206] unknown engine {name!r}: use local or ray"
    E207 = ("[E207] rows came back for shard {sha}, which is not pending in this run; this is a bug "
            "in Parley, please report it")
    E208 = "[E208] incomplete shards (rerun to finish them): {shards}"
    E209 = ("[E209] {path}: {distinct} distinct rows staged, chunks reported {expected}; rerun to "
            "code the shard again")
    E210 = "[E210] no such folder; pass the --out folder of a `parley batch` run"
    E211 = "[E211] not a parley batch output folder (no _manifest.jsonl)"
    E212 = ("[E212] {out}: another parley batch is writing here; wait for it to finish or use "
            "another --out folder")
    E213 = "[E213] {out} was coded with {before}, not {settings}; use a new --out folder"
    E214 = "[E214] cannot join the Ray cluster at {address}: {reason}"
    E215 = "[E215] cannot map union {type!r} to Arrow; this is a bug in Parley, please report it"
    E216 = "[E216] no Arrow type for {type!r}; this is a bug in Parley, please report it"
    E217 = ("[E217] {count} shard(s) not loaded ({shards}); rerun `parley batch {inputs} --out "
            "{folder}` to code them again, then `parley load {folder}`")
    E218 = ("[E218] batch output not loaded: {problem}; rerun `parley batch` on this shard "
            "with the same --out, then `parley load`")
    E219 = ("[E219] an earlier run into {out} stopped before finishing (killed, crashed or out of "
            "disk): its unfinished work ({count} file(s)) was cleared; finished shards were kept "
            "and this run coded the rest")

    # web (parley/web/): E300–E399
    E300 = ("[E300] text of {size} characters is over the limit of {limit}; post a shorter text "
            "or split it")
    E301 = ("[E301] unknown country {country!r}: give an ISO 3166-1 alpha-3 code or a country "
            "name (did you mean: {hint})")
    E302 = "[E302] quad must be 1, 2, 3 or 4, got {quad!r}"
    E303 = ("[E303] {path} is being written and no snapshot exists yet; try again when the "
            "writer lets go")
    E304 = "[E304] the store is being written by another process ({reason}); try again shortly"
    E305 = "[E305] {path}: cannot open ({reason}); check that it is a Parley store"
    E306 = "[E306] this server is read-only; start it with --token to allow writes"
    E307 = ("[E307] a valid bearer token is required for this route; send "
            "`Authorization: Bearer <token>`")
    E308 = "[E308] no article {id!r} in this store; check the id (the list is at /articles)"
    E309 = "[E309] no actor {id!r} in this store; check the id (the list is at /actors)"
    E310 = "[E310] no incident {id!r} in this store; check the id"
    E311 = "[E311] cannot code this input: {reason}"
    E312 = "[E312] unknown event type {value!r}; valid PLOVER types: {valid}"
    E313 = "[E313] no place {id!r} in this store; check the id (the list is at /api/v1/places)"
    E314 = "[E314] cannot download {what!r}: choose one of {valid}"
    E315 = ("[E315] the coder is busy ({waiting} articles running or queued, the limit); try "
            "again in a few seconds")
    E316 = ("[E316] coding took longer than the limit of {seconds:g} s and was given up; post a "
            "shorter text or try again when the server is less busy")
    E317 = ("[E317] cross-site form post refused: its {header} {origin!r} is not this server; "
            "submit the form from this server's own page")
    E318 = ("[E318] host {host!r} is not served here; use 127.0.0.1 or localhost, or start the "
            "server with --allow-host {host}")
    E319 = ("[E319] coding is switched off on this server (--public-read-only); run Parley "
            "locally to code articles")
    E320 = ("[E320] {path}: the store cannot be read ({reason}); it may be damaged or truncated: "
            "restore it from a copy or rebuild it with `parley ingest`")
    E321 = "[E321] the request body did not arrive within {seconds:g} s; send it at once"
    E322 = "[E322] the store cannot be read right now ({kind}); see the server log"
    E323 = "[E323] min_confidence must be a number from 0 to 1, got {value!r}"

    # export (parley/export.py): E400–E499
    E400 = "[E400] --format must be one of {formats}, got {fmt!r}"
    E401 = ("[E401] cannot write a {type} value as JSON; this is a bug in Parley, please "
            "report it")

    # command line (parley/cli/): E500–E599, printed by fail_line before `typer.Exit`
    E500 = "[E500] not a date YYYY-MM-DD: {value!r}"
    E501 = "[E501] known-actors file not found; check the --actors path"
    E502 = "[E502] nothing could be coded; the lines above say why each input failed"
    E503 = "[E503] only applies with --engine ray; drop --address or add --engine ray"
    E504 = "[E504] {path}: no such file; pass a gold file (see the eval README)"
    E505 = "[E505] {kind}: {reason} (set PARLEY_DEBUG=1 for details)"
    E506 = ("[E506] --host {host} exposes the server to the network: give --token (writes and "
            "coding need it) or --public-read-only (reads only, no coding)")
    E507 = ("[E507] run(s) {runs} stopped before finishing (killed, crashed or out of disk) and "
            "are now marked interrupted; the articles they stored are complete, and this run adds "
            "the rest")

    # corpus and flow (parley/corpus/, parley/flow.py): E600–E699, none raised yet


class ParleyError(Exception):
    """Base of the errors Parley raises on purpose; catch it to tell them from bugs."""


class LexiconError(ParleyError, ValueError):
    """A lexicon file that cannot be used; the message names the file, the entry and the fix."""


class IngestError(ParleyError):
    """An input that cannot become an article; the message is the reason users see.

    Its messages are the reasons of ``parley/ingest/reasons.py``: stored as data in the
    failures table, so they carry no code."""


class InflateLimit(ParleyError):
    """A compressed input decompressed past its limit (a possible zip bomb); readers turn it
    into a Failure."""


class TruncatedRecord(ParleyError):
    """An archive record whose body ends before its declared length; readers turn it into a
    Failure naming the record."""


class StoreError(ParleyError, RuntimeError):
    """A store that cannot be opened or written."""


class SchemaError(ParleyError, RuntimeError):
    """A store whose schema this Parley cannot use."""


class MigrationNeeded(SchemaError):
    """A read-only open found an older schema: open it once for writing to migrate it."""


class QueryError(ParleyError, ValueError):
    """A query the store cannot answer: a parameter it cannot use, or a folder that is not a
    parley batch output; the message says which and why."""


class SourceError(ParleyError):
    """An input of ``parley batch`` that is not a shard it reads."""


class LoadError(ParleyError):
    """A folder ``parley load`` cannot read."""


class OutputError(ParleyError):
    """An output folder ``parley batch`` cannot write."""


class BatchError(ParleyError, RuntimeError):
    """A batch run that could not finish: a pipeline that will not load, incomplete shards,
    a Ray cluster that cannot be joined."""


class TooLong(ParleyError, ValueError):
    """The posted text is over ``web.coding.MAX_TEXT_CHARS``."""


class StoreBusy(ParleyError, RuntimeError):
    """Another process holds the store's write lock; try again shortly."""


class CodingBusy(ParleyError, RuntimeError):
    """The web coder's queue is full (503 with Retry-After); try again shortly."""


class CodingTimeout(ParleyError, RuntimeError):
    """A web coding request went over its time limit."""


class ExportError(ParleyError, ValueError):
    """An export that cannot be written with the options given."""
