"""The one way into a store: code (or take coded articles) → store → near-duplicate links →
incidents. ``parley ingest`` (``ingest``), ``parley load`` (``load_coded``) and the web's
token-protected write route (``add_article``) all write through here, so a store has the same
rows whichever way its articles arrived.

Why a top-level module of its own: it needs the ingest readers and the pipeline (to code), the
store (to write) and the corpus (links, incidents). Inside ``store/`` it would make the store
depend on the corpus; inside ``corpus/`` it would make cross-article analysis depend on reading
and coding. So it is its own layer, above both and below every entry point (CLI, web, batch).

One process writes (this one); ``workers`` > 1 only fans the coding out through
``nlp.pipe(n_process=...)``. Each commit holds whole articles with their near-duplicate links,
so a run killed at any moment leaves complete articles only, and the next run codes just the
ones still missing; incidents are updated once per run from a watermark, so a killed run's
articles are picked up by the next one.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from spacy.language import Language

from parley.corpus import reads as corpus_reads
from parley.corpus.dedup import Deduplicator
from parley.corpus.incidents import update_incidents
from parley.corpus.talks import build_talks
from parley.ingest import iter_inputs
from parley.pipeline import code_shell, code_shells
from parley.schema import CodedArticle, Failure
from parley.store.db import DEFAULT_DB, Linker, Store
from parley.store.rows import content_hash

log = logging.getLogger(__name__)

#: progress(done, total, committed): called after each coded article (committed=False) and
#: after each commit (committed=True, done = articles stored so far).
Progress = Callable[[int, int, bool], None]


class CorpusStore(Store):
    """A ``Store`` whose writes link near-duplicates in the same transaction, and which reads
    the corpus tables too (incidents, talks). This is ``parley.Store``.

    The near-duplicate index is read from the store on the first write and kept while the
    store is open (it is dropped if a write fails, as its index saw rows that were rolled back).
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        super().__init__(path, read_only)
        self._dedup: Deduplicator | None = None
        self._dedup_lock = threading.Lock()

    def add_many(self, coded: Iterable[CodedArticle], run_id: int | None = None,
                 linker: Linker | None = None) -> list[str | None]:
        """``Store.add_many`` with this store's near-duplicate index as the linker."""
        with self._dedup_lock:
            if linker is not None:
                return super().add_many(coded, run_id, linker)
            if self._dedup is None:
                self._dedup = Deduplicator.load(self)
            try:
                return super().add_many(coded, run_id, self._dedup)
            except Exception:
                self._dedup = None
                raise

    def update_incidents(self, full: bool = False) -> int:
        """Recompute incidents touched by articles stored since the last update (or all)."""
        return update_incidents(self, full)

    def incidents(self, **kw: Any) -> pd.DataFrame | pa.Table:
        """Clustered incidents (see ``parley.corpus.reads.query_incidents``)."""
        return corpus_reads.query_incidents(self, **kw)

    def incident_events(self, incident_id: str) -> pd.DataFrame:
        """The events (with their articles' title, source, url) that make up one incident."""
        return corpus_reads.incident_events(self, incident_id)

    def talks(self, between: tuple[str, ...] | list[str] | None = None, **kw: Any
              ) -> dict[str, Any]:
        """Negotiation tracks -> rounds -> events/quotes (``parley.corpus.talks``)."""
        return build_talks(self, between=between, **kw)


# -- parley ingest: code and store ------------------------------------------------------------


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
    interrupted: list[int] = field(default_factory=list)  # earlier runs found killed


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


def ingest(store: CorpusStore, paths: list[str], nlp: Language, workers: int = 1,
           commit_every: int = 16, progress: Progress | None = None,
           published: str | None = None,
           on_start: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``; idempotent on content hash; returns the counts.
    Every event is stored with its confidence: a threshold is a query filter
    (``min_confidence`` in the web app, the API and export), so a stricter or looser threshold
    later needs no re-ingest and the content hash still decides what is already stored.
    ``on_start(report)`` is called once the run is recorded (``report.interrupted`` lists
    earlier runs found killed)."""
    t0 = time.perf_counter()
    info = nlp.meta.get("parley", {})
    report = IngestReport(store.start_run(info.get("model"), info.get("lexicons"), list(paths)))
    report.interrupted = list(store.interrupted_runs)
    if on_start:
        on_start(report)
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


# -- parley load: store articles coded elsewhere ----------------------------------------------


@dataclass
class LoadCounts:
    """Coded articles offered, how many were new to the store, incidents written."""

    read: int = 0
    added: int = 0
    incidents: int = 0


def load_coded(store: CorpusStore, batches: Iterable[list[CodedArticle]], run_id: int,
               progress: Callable[[int], None] | None = None) -> LoadCounts:
    """Store already-coded articles (one transaction per batch; inputs already stored, by
    content hash, are skipped), then update incidents as ``ingest`` does."""
    counts = LoadCounts()
    for batch in batches:
        fresh = [coded for coded in batch if not store.has(coded)]  # same key as ingest
        stored = store.add_many(fresh, run_id) if fresh else []
        counts.read += len(batch)
        counts.added += sum(1 for s in stored if s is not None)
        if progress:
            progress(len(batch))
    counts.incidents = store.update_incidents()
    return counts


# -- the web's write route: one posted article --------------------------------------------------


def add_article(store: CorpusStore, coded: CodedArticle) -> str | None:
    """Store one coded article with its links and, when it was new, update incidents; its
    stored id, or None when it was already stored."""
    stored = store.add(coded)
    if stored:
        store.update_incidents()
    return stored


def stored_as(store: Store, coded: CodedArticle) -> str | None:
    """The id this input (by content hash) is stored under, or None when it is not stored:
    the answer to "already stored" (``add_article`` returned None)."""
    rows = store.rows("SELECT id FROM articles WHERE content_hash = ? LIMIT 1",
                      [content_hash(coded)])
    return str(rows[0]["id"]) if rows else None
