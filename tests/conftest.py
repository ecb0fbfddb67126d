"""Shared fixtures: the real pipeline, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "lavrov-antalya.txt"


@pytest.fixture(scope="session")
def nlp():
    from parley.pipeline import cached_pipeline

    return cached_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """code(text, published=None) -> CodedArticle through the real pipeline."""
    from parley.ingest import article_from_text
    from parley.pipeline import code_shell

    def _code(text: str, published: str | None = None, article_id: str = "t"):
        return code_shell(nlp, article_from_text(text, article_id=article_id, published=published))

    return _code


@pytest.fixture(scope="session")
def example_coded(code):
    return code(EXAMPLE.read_text(encoding="utf-8"), published="2022-03-10", article_id="lavrov-antalya")
