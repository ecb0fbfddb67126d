"""Parley: who did what to whom, when and where, who said what, and how talks progress."""
from __future__ import annotations

__version__ = "0.1.0"


def code(text: str, published: str | None = None, article_id: str = "article", **meta):
    """Code one article's text and return its CodedArticle (boilerplate removed first)."""
    # imported on first use: `import parley` (and the CLI's --help) must not load spaCy
    from parley.ingest import article_from_text  # noqa: PLC0415
    from parley.pipeline import cached_pipeline, code_shell  # noqa: PLC0415

    shell = article_from_text(text, article_id=article_id, published=published, **meta)
    return code_shell(cached_pipeline(), shell)


def load_pipeline(model: str | None = None, actors_files: tuple[str, ...] = ()):
    """The spaCy pipeline with Parley's components (see ``parley.pipeline``)."""
    from parley.pipeline import DEFAULT_MODEL  # noqa: PLC0415  (spaCy on first use)
    from parley.pipeline import load_pipeline as _load  # noqa: PLC0415

    return _load(model or DEFAULT_MODEL, actors_files)


def __getattr__(name: str):
    """Lazy public names: ``parley.Store`` without importing DuckDB on ``import parley``.

    ``parley.Store`` is ``parley.flow.CorpusStore``: the store with its corpus (near-duplicate
    links on every write, incidents, talks); ``parley.store.Store`` is the bare DuckDB layer.
    """
    if name == "Store":
        from parley.flow import CorpusStore  # noqa: PLC0415  (DuckDB on first use)

        return CorpusStore
    raise AttributeError(f"module 'parley' has no attribute {name!r}")
