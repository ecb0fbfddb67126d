"""Text to a clean article shell: normalise, drop boilerplate lines, check size and language."""
from __future__ import annotations

import re
import unicodedata

from parley.ingest import reasons
from parley.ingest.boilerplate import Rules, find_dateline, line_reason, load_rules, strip_prefix
from parley.ingest.errors import IngestError
from parley.ingest.language import detect_language
from parley.ingest.options import DEFAULT_OPTIONS, IngestOptions
from parley.ingest.published import iso_date
from parley.schema import Article, CodedArticle, Removed

_BLANK_RUNS = re.compile(r"\n{3,}")
HEADLINE = "headline"
DATELINE_PARAGRAPHS = 3  # a headline or byline may come before the dateline


def normalise(text: str) -> str:
    """NFC, \\n line ends, no trailing spaces, at most one blank line in a row; nothing else."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def remove_boilerplate(
    text: str, rules: Rules, title: str | None = None
) -> tuple[str, list[Removed], str | None]:
    """(text without boilerplate, what was removed, dateline place) for normalised ``text``."""
    kept: list[str] = []
    removed: list[Removed] = []
    for line in text.split("\n"):
        if not line:
            kept.append(line)
            continue
        if title and not any(kept) and line.strip() == title.strip():
            removed.append(Removed(text=line.strip(), reason=HEADLINE))
            continue
        reason = line_reason(rules, line)
        if reason:
            removed.append(Removed(text=line.strip(), reason=reason))
            continue
        line, cut = strip_prefix(rules, line)
        if cut:
            removed.append(cut)
        kept.append(line)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    leading = [p for p in body.split("\n") if p][:DATELINE_PARAGRAPHS]
    return body, removed, next(filter(None, (find_dateline(rules, p) for p in leading)), None)


def make_shell(
    text: str,
    article_id: str,
    *,
    published: object = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
    warnings: list[str] | None = None,
    input_name: str | None = None,
) -> CodedArticle:
    """A CodedArticle shell (article, removed, meta) or IngestError with the reason."""
    if not text or not text.strip():
        raise IngestError(reasons.EMPTY)
    size = len(text.encode("utf-8", errors="replace"))
    if size > options.max_bytes:
        raise IngestError(reasons.too_large(size, options.max_bytes))
    title = normalise(title) or None if title else None
    text = normalise(text)
    headline = title if title != text else None  # a headline-only article keeps its headline
    body, removed, dateline = remove_boilerplate(
        text, load_rules(options.boilerplate_files), headline
    )
    if not body:
        raise IngestError(reasons.EMPTY_AFTER_CLEANING)
    if len(body) > options.max_chars:
        raise IngestError(reasons.too_long(len(body), options.max_chars))
    language = detect_language(body) if options.check_language else "en"
    if language != "en":
        raise IngestError(reasons.unsupported_language(language))
    day, date_warning = iso_date(published)
    notes = list(warnings or []) + ([date_warning] if date_warning else [])
    meta: dict[str, object] = {"input": input_name or article_id, "warnings": notes}
    if dateline:
        meta["dateline"] = dateline
    article = Article(
        id=str(article_id), text=body, title=title, published=day, source=source, url=url,
        language=language,
    )
    return CodedArticle(article=article, removed=removed, meta=meta)
