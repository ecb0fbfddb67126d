"""Read inputs into clean articles (MINIMAL VERSION - the ingest helper replaces this)."""
from __future__ import annotations

import re

from parley.schema import Article, CodedArticle, Removed


class IngestError(Exception):
    """An input that cannot become an article; the message is the reason users see."""


_BOILER = re.compile(r"^\s*(also read\s*\||read more\s*:|related\s*:)", re.I)


def article_from_text(
    text: str,
    article_id: str,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> CodedArticle:
    """A CodedArticle shell (article + removed) from plain text."""
    kept, removed = [], []
    for line in text.splitlines():
        if _BOILER.match(line):
            removed.append(Removed(text=line.strip(), reason="cross-promotion"))
        else:
            kept.append(line)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    article = Article(id=article_id, text=body, title=title, published=published, source=source, url=url)
    return CodedArticle(article=article, removed=removed)
