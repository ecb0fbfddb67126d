"""The ``parley`` command: a thin layer over the library (each sub-module adds its commands)."""
from __future__ import annotations

import os
import sys

import duckdb
import typer

from parley.errors import Errors
from parley.store.db import store_error

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Parley: sourced event data from conflict and diplomacy news.",
)

# Each module registers its commands on ``app`` when imported, and imports ``app`` from here:
# so these imports come after ``app`` exists.
from parley.cli import code_cmd, eval_cmd  # noqa: E402, F401

for _optional in ("store_cmd", "serve_cmd", "batch_cmd"):
    try:
        __import__(f"parley.cli.{_optional}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"parley.cli.{_optional}":
            raise


def main() -> None:
    """Entry point: run the app; an unexpected error is one line on stderr, not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("parley: interrupted\n")
        raise SystemExit(130) from None
    except Exception as exc:  # last resort; commands report their own failures first
        if os.environ.get("PARLEY_DEBUG"):
            raise
        known = _store_failure(exc)
        if known:
            sys.stderr.write(f"parley: {known}\n")
            raise SystemExit(1) from None
        sys.stderr.write(
            f"parley: error: {Errors.E505.format(kind=type(exc).__name__, reason=exc)}\n")
        raise SystemExit(1) from None


def _store_failure(exc: Exception) -> str | None:
    """The store's own message for a DuckDB error a read command met after opening (a block
    that fails its checksum, a disk that fills): what happened and what to do (E107–E109)."""
    if not isinstance(exc, duckdb.Error | OSError):
        return None
    argv = sys.argv[1:]
    db = argv[argv.index("--db") + 1] if "--db" in argv[:-1] else "the store"
    err = store_error(exc, db, fallback=exc)
    return None if err is exc else str(err)
