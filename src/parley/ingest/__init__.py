"""Read inputs into clean article shells (CodedArticle with ``article`` and ``removed`` set).

Formats: .txt, .html/.htm, .jsonl, .csv, .warc/.warc.gz, RSS/Atom (.xml/.rss/.atom), stdin.
Bad input never raises out of ``read_path``/``iter_inputs``: it becomes a ``Failure``.
"""
from __future__ import annotations

from parley.ingest.clean import make_shell
from parley.ingest.errors import IngestError
from parley.ingest.inputs import iter_inputs, read_path, read_stdin
from parley.ingest.options import DEFAULT_OPTIONS, IngestOptions
from parley.schema import CodedArticle, Failure

__all__ = [
    "DEFAULT_OPTIONS", "CodedArticle", "Failure", "IngestError", "IngestOptions",
    "article_from_text", "iter_inputs", "read_path", "read_stdin",
]


def article_from_text(
    text: str,
    article_id: str,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    *,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> CodedArticle:
    """A CodedArticle shell from plain text; raises IngestError with the reason for bad input."""
    return make_shell(
        text, article_id, published=published, title=title, source=source, url=url,
        options=options,
    )
