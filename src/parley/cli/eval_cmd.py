"""``parley eval``: score Parley against the gold data in ../shared/eval."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from parley import eval as scoring
from parley.cli import app
from parley.cli.common import load_nlp_or_exit, progress_iter
from parley.errors import Errors
from parley.ingest import article_from_text
from parley.pipeline import DEFAULT_MODEL, code_shells


class EvalKind(str, Enum):  # noqa: UP042  (StrEnum would change str() of a member from "EvalKind.x" to "x")
    seed = "seed"
    quotes = "quotes"
    events = "events"
    geo = "geo"


@app.command("eval")
def eval_command(
    kind: EvalKind = typer.Argument(..., help="seed | quotes | events | geo"),
    path: Path = typer.Argument(..., help="gold file (see ../shared/eval/README.md)"),
    show_errors: bool = typer.Option(False, "--show-errors", help="print every miss"),
    limit: int = typer.Option(0, help="score only the first N records (0 = all)"),
    model: str = typer.Option(DEFAULT_MODEL, help="spaCy model name"),
    workers: int = typer.Option(1, help="processes for nlp.pipe"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """Score Parley on a gold file and print the figures defined in the eval README."""
    err = Console(stderr=True)
    if not path.exists():
        err.print(f"parley eval: {Errors.E504.format(path=path)}")
        raise typer.Exit(2)
    nlp = load_nlp_or_exit(model, ())
    if kind is EvalKind.seed:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = scoring.find_seed_text(path, gold)
        shell = article_from_text(
            text_path.read_text(encoding="utf-8"), article_id=gold.get("doc", text_path.stem),
            published=gold.get("published"),
        )
        (coded,) = list(code_shells(nlp, [shell]))
        report = scoring.score_seed(gold, coded)
    else:
        records = scoring.read_jsonl(path)
        if limit:
            records = records[:limit]
        shells = [scoring.raw_shell(r, f"{path.stem}-{i}") for i, r in enumerate(records)]
        coded_all = list(progress_iter(code_shells(nlp, shells, n_process=workers), len(shells),
                                       "coding"))
        scorer = {"quotes": scoring.score_quotes, "events": scoring.score_events, "geo": scoring.score_geo}
        report = scorer[kind.value](records, coded_all)
    print_report(report, show_errors or kind is EvalKind.seed, as_json)
    if kind is EvalKind.seed and not report.passed:
        raise typer.Exit(1)


def print_report(report: scoring.Report, show_errors: bool, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_dict()))
        return
    console = Console()
    if show_errors and report.errors:
        for line in report.errors:
            console.print(line, markup=False, highlight=False)
    table = Table(title=f"parley eval {report.name}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in report.figures.items():
        table.add_row(name, str(value))
    if report.passed is not None:
        table.add_row("targets met", "yes" if report.passed else "no")
    console.print(table)
    sys.stdout.flush()
