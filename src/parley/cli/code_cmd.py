"""``parley code``: read articles and print their CodedArticle JSON (or a readable summary)."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from parley.cli import app
from parley.cli.common import check_options_or_exit, fail_line, load_nlp_or_exit, progress_iter
from parley.cli.summary import print_summary
from parley.errors import Errors
from parley.ingest import iter_inputs
from parley.pipeline import DEFAULT_MODEL, code_shell, keep_confident
from parley.schema import CodedArticle, Failure


class OutputFormat(str, Enum):  # noqa: UP042  (StrEnum would change str() of a member from "OutputFormat.x" to "x")
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


@app.command("code")
def code_command(
    paths: list[str] = typer.Argument(..., help=".txt/.html = one article, .jsonl = many, - = stdin"),
    published: str = typer.Option(None, help="publication date YYYY-MM-DD for articles without one"),
    model: str = typer.Option(DEFAULT_MODEL, help="spaCy model name (e.g. en_core_web_trf)"),
    actors: list[Path] = typer.Option([], "--actors", help="extra known-actors YAML file(s)"),
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", help="json | jsonl | pretty"),
    output: Path = typer.Option(None, "-o", "--output", help="write JSON/JSONL to this file"),
    min_confidence: float = typer.Option(
        0.0, "--min-confidence", min=0.0, max=1.0,
        help="drop events whose confidence (estimated chance the event is right) is below this; 0 keeps all"),
) -> None:
    """Code articles: who did what to whom, when and where, and who said what."""
    check_options_or_exit(published, actors)
    shells: list[CodedArticle] = []
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            fail_line(item.input, item.reason)
        else:
            for warning in item.meta.get("warnings", []):
                fail_line(item.meta.get("input", item.article.id), f"warning: {warning}")
            if published and not item.article.published:
                item.article.published = published
            shells.append(item)
    if not shells:
        fail_line("parley code", Errors.E502)
        raise typer.Exit(1)
    nlp = load_nlp_or_exit(model, tuple(str(p) for p in actors))
    coded: list[CodedArticle] = []
    for shell in progress_iter(shells, len(shells), "coding"):
        try:
            coded.append(keep_confident(code_shell(nlp, shell), min_confidence))
        except Exception as exc:  # noqa: BLE001  (one bad article must not stop the run)
            fail_line(shell.article.id, f"coding failed: {type(exc).__name__}: {exc}")
    if not coded:
        fail_line("parley code", Errors.E502)
        raise typer.Exit(1)
    single = len(coded) == 1 and fmt is not OutputFormat.jsonl
    text = (
        coded[0].to_json(indent=2) + "\n"
        if single
        else "".join(c.to_json() + "\n" for c in coded)
    )
    if output:
        output.write_text(text, encoding="utf-8")
    if fmt is OutputFormat.pretty:
        for c in coded:
            print_summary(c)
        if output:
            print(f"JSON written to {output}")
    elif not output:
        sys.stdout.write(text)

