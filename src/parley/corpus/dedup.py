"""Near-duplicate articles: MinHash LSH over word shingles, linked to one canonical article.

Syndicated wire copy and lightly edited re-posts would otherwise count the same report many
times. The first stored copy is canonical; later near-copies point at it (``canonical_id``),
and event queries, incidents and exports skip them by default.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from parley.store.db import Store

NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine32"  # datasketch hashing scheme; stored signatures must be read with it
THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles at which two texts are one report
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Lower-cased word n-grams; texts shorter than ``size`` words give their words."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {w.encode() for w in words}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash | None:
    """The MinHash of a text, or None when it has no words to compare."""
    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch(list(grams))
    return mh


class Deduplicator:
    """An in-memory LSH index over the stored signatures, updated as articles are added; the
    store's ``Linker`` (``Store.add_many(..., linker=)``)."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.canonical: dict[str, str] = {}

    @classmethod
    def load(cls, store: Store) -> Deduplicator:
        """Index every stored signature (read once per writing Store)."""
        dedup = cls()
        for article_id, blob, canonical in store.minhash_signatures():
            if blob is None:
                continue
            mh = MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint64),
                         scheme=SCHEME)
            dedup._index(article_id, mh, canonical)
        return dedup

    def _index(self, article_id: str, mh: MinHash, canonical: str | None) -> None:
        self.lsh.insert(article_id, mh)
        self.signatures[article_id] = mh
        if canonical:
            self.canonical[article_id] = canonical

    def link(self, article_id: str, text: str) -> tuple[str | None, bytes | None]:
        """Index a new article; return (its canonical article id or None, its signature)."""
        mh = signature(text)
        if mh is None:
            return None, None
        best, best_j = None, 0.0
        for cand in self.lsh.query(mh):
            j = mh.jaccard(self.signatures[cand])
            if j >= THRESHOLD and j > best_j:
                best, best_j = cand, j
        canonical = self.canonical.get(best, best) if best else None
        self._index(article_id, mh, canonical)
        return canonical, mh.hashvalues.astype(np.uint64).tobytes()
