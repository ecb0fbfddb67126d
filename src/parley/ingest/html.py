"""HTML to article text: trafilatura for whole pages, a light walk for feed-item fragments."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

from parley.ingest import reasons
from parley.ingest.errors import IngestError

# trafilatura logs a line for every page it finds empty; the Failure record already says so.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "header", "footer", "tr", "table", "ul", "ol", "figure", "figcaption", "pre", "hr",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
# An article has at least one sentence-sized paragraph; menus and link lists do not.
MIN_SENTENCE_WORDS = 8


@dataclass
class Page:
    """What a page gives us: paragraphs of main text plus the metadata trafilatura finds."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def extract_page(html: bytes | str, url: str | None = None) -> Page:
    """Main text and metadata of a whole HTML page; IngestError when it holds no article."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    lines = [line for line in text.split("\n") if line.strip()]
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in lines):
        raise IngestError(reasons.NO_ARTICLE)
    paragraphs = "\n\n".join(lines)
    return Page(
        text=paragraphs,
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        url=getattr(doc, "url", None) or url,
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
    )


class _FragmentText(HTMLParser):
    """Collect text, starting a new paragraph at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def fragment_text(html: str) -> str:
    """Plain paragraphs from an HTML fragment (a feed item's content), one blank line apart."""
    parser = _FragmentText()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
