"""Ingest: read inputs, skip what is stored, code the rest, write whole articles in batches.

One process writes (this one); ``workers`` > 1 only fans the coding out through
``nlp.pipe(n_process=...)``. Each commit holds whole articles, so a run killed at any moment
leaves complete articles only, and the next run codes just the ones still missing.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from parley.ingest import iter_inputs
from parley.pipeline import code_shell, code_shells
from parley.schema import CodedArticle, Failure
from parley.store.db import Store
from parley.store.rows import content_hash

log = logging.getLogger(__name__)

#: progress(done, total, committed): called after each coded article (committed=False) and
#: after each commit (committed=True, done = articles stored so far).
Progress = Callable[[int, int, bool], None]


@dataclass
class IngestReport:
    """What one ingest run did."""

    run_id: int
    added: int = 0
    skipped: int = 0
    failures: int = 0
    incidents: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0  # of ``seconds``: writing batches and updating incidents


def pending_shells(store: Store, paths: Iterable[str], report: IngestReport,
                   published: str | None = None) -> list[CodedArticle]:
    """Read every input; record read failures; drop inputs already stored (by content hash).

    ``published`` fills in the date of articles that have none (before hashing).
    """
    stored = store.content_hashes()
    seen: set[str] = set()
    shells: list[CodedArticle] = []
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            store.add_failure(item.input, item.reason, report.run_id)
            report.failures += 1
            continue
        if published and not item.article.published:
            item.article.published = published
        chash = content_hash(item)
        if chash in stored or chash in seen:
            report.skipped += 1
            continue
        seen.add(chash)
        shells.append(item)
    return shells


def code_all(nlp: Language, shells: list[CodedArticle], workers: int,
             on_failure: Callable[[CodedArticle, Exception], None]) -> Iterator[CodedArticle]:
    """Code in input order with ``nlp.pipe``; if a batch breaks, code the rest one by one so a
    single bad article is recorded as a failure instead of ending the run."""
    done = 0
    try:
        for coded in code_shells(nlp, shells, n_process=workers):
            done += 1
            yield coded
        return
    except Exception:
        log.warning("batch coding failed after %d articles; coding the rest one by one", done,
                    exc_info=True)
    for shell in shells[done:]:
        try:
            yield code_shell(nlp, shell)
        except Exception as exc:  # noqa: BLE001 - one article must not stop the run
            on_failure(shell, exc)


def ingest(store: Store, paths: list[str], nlp: Language, workers: int = 1,
           commit_every: int = 16, progress: Progress | None = None,
           published: str | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``; idempotent on content hash; returns the counts."""
    t0 = time.perf_counter()
    info = nlp.meta.get("parley", {})
    report = IngestReport(store.start_run(info.get("model"), info.get("lexicons"), list(paths)))
    shells = pending_shells(store, paths, report, published)

    def failed(shell: CodedArticle, exc: Exception) -> None:
        store.add_failure(shell.article.id, f"coding failed: {type(exc).__name__}: {exc}",
                          report.run_id)
        report.failures += 1

    batch: list[CodedArticle] = []

    def flush() -> None:
        t = time.perf_counter()
        report.added += sum(1 for i in store.add_many(batch, report.run_id) if i)
        report.store_seconds += time.perf_counter() - t
        batch.clear()
        if progress:
            progress(report.added, len(shells), True)

    if progress and shells:
        progress(0, len(shells), False)
    for coded in code_all(nlp, shells, max(1, workers), failed):
        batch.append(coded)
        if progress:
            progress(report.added + len(batch), len(shells), False)
        if len(batch) >= commit_every:
            flush()
    if batch:
        flush()
    t = time.perf_counter()
    report.incidents = store.update_incidents()
    report.store_seconds += time.perf_counter() - t
    report.seconds = time.perf_counter() - t0
    store.finish_run(report.run_id, report.added, report.skipped, report.failures)
    return report
