"""The ordered stages and how a run is executed.

ingest -> clean (+ duplicate check) -> annotate (per document, in one process or a pool of
workers) -> merge (across documents: entities, events) -> compose (timeline, brief, sources).
Every input ends up in the run report as accepted or rejected with a reason.
"""

from __future__ import annotations

import gc
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any, TextIO

from storyline.clean import clean_document
from storyline.clean.datelines import years_from_story
from storyline.clean.ids import document_id
from storyline.clean.repeats import Page, drop_site_lines
from storyline.compose.story import compose
from storyline.ingest import read_inputs
from storyline.merge.story import merge_documents
from storyline.records import SCHEMA_VERSION, Document, InputOutcome, RunReport, SourceDocument
from storyline.records.story import Story
from storyline.settings import Settings

Progress = Callable[[str, int, int | None], None]


@dataclass(frozen=True, slots=True)
class CleanResult:
    documents: list[Document]
    outcomes: list[InputOutcome]
    fingerprints: list[str]  # of each document's clean text, to find it again


@dataclass(frozen=True, slots=True)
class Known:
    """The documents a store already holds: their clean texts' fingerprints (with the input
    each came from) and ids, so that a repeat is rejected; and how to read them in full, which
    runs while the new documents are annotated."""

    fingerprints: dict[str, str]
    ids: set[str]
    read: Callable[[], Sequence[Document]]
    # Their publication dates, for a new article whose dateline gives no year.
    dates: tuple[str, ...] = ()
    # Their outlets, days and lines, for the lines a site prints on many pages.
    pages: Callable[[], Iterable[Page]] = tuple


def clean_inputs(
    inputs: list[str],
    settings: Settings,
    stdin: TextIO | None = None,
    known: Known | None = None,
    progress: Progress | None = None,
) -> CleanResult:
    """Read and clean every input; duplicates (same clean text, here or among the ``known``
    documents) are rejected with a reason."""
    documents: list[Document] = []
    outcomes: list[InputOutcome] = []
    fingerprints: list[str] = []
    seen: dict[str, str] = dict(known.fingerprints) if known else {}
    ids: set[str] = set(known.ids) if known else set()
    items = list(read_inputs(inputs, settings, stdin))
    for label, cleaned in _clean_all(items, settings, progress):
        if isinstance(cleaned, str):
            outcomes.append(InputOutcome(label, "rejected", cleaned))
            continue
        key = fingerprint(cleaned.text)
        if key in seen:
            outcomes.append(InputOutcome(label, "rejected", f"duplicate of {seen[key]}"))
            continue
        seen[key] = label
        if cleaned.id in ids:
            cleaned = replace(cleaned, id=document_id(cleaned.text, cleaned.source))
        ids.add(cleaned.id)
        documents.append(cleaned)
        fingerprints.append(key)
        language = next(
            (n.removeprefix("language: ") for n in cleaned.notes if n.startswith("language: ")),
            None,
        )
        outcomes.append(InputOutcome(label, "accepted", None, (cleaned.id,), language))
    documents = years_from_story(documents, known.dates if known else ())
    documents = drop_site_lines(documents, known.pages() if known else ())
    return CleanResult(documents, outcomes, fingerprints)


def _clean_all(
    items: list[tuple[str, SourceDocument | str]],
    settings: Settings,
    progress: Progress | None = None,
) -> Iterator[tuple[str, Document | str]]:
    """Each input's label with its clean document or the reason it was rejected, in order; on
    worker processes when there are enough documents to be worth starting them."""
    sources = [item for _label, item in items if not isinstance(item, str)]
    workers = _worker_count(len(sources), settings)
    if workers <= 1:
        cleaned: Iterator[Document | str] = (clean_document(s, settings) for s in sources)
        return _in_order(items, cleaned, len(sources), progress)
    pool = ProcessPoolExecutor(max_workers=workers)
    chunk = max(1, min(16, len(sources) // (workers * 8)))
    results = pool.map(partial(clean_document, settings=settings), sources, chunksize=chunk)
    return _in_order(items, results, len(sources), progress, pool)


def _in_order(
    items: list[tuple[str, SourceDocument | str]],
    cleaned: Iterator[Document | str],
    total: int,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[tuple[str, Document | str]]:
    done = 0
    try:
        for label, item in items:
            if isinstance(item, str):
                yield label, item
                continue
            done += 1
            if progress and (done % 64 == 0 or done == total):
                progress("cleaning", done, total)
            yield label, next(cleaned)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def fingerprint(text: str) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", text).lower().strip().encode()).hexdigest()


# Worker processes keep one loaded model each.
DOCUMENTS_PER_WORKER = 16
_WORKER_ANNOTATOR: Any = None


def _init_worker(model: str, batch_size: int) -> None:
    global _WORKER_ANNOTATOR
    from storyline.annotate import Annotator

    _WORKER_ANNOTATOR = Annotator(model, batch_size)


def _annotate_chunk(documents: list[Document]) -> list[Document]:
    return list(_WORKER_ANNOTATOR.annotate(documents))


def annotate_documents(
    documents: list[Document],
    settings: Settings,
    progress: Progress | None = None,
    background: bool = False,
) -> Iterator[Document]:
    """Annotate documents in order; with ``settings.cache_dir``, documents annotated before
    come from the cache and only the others go to the model. With ``background``, the model
    runs in worker processes from this call on (even for a few documents), so that the caller
    can do other work before it reads the results."""
    if not settings.cache_dir:
        return _annotate(documents, settings, progress, background)
    from storyline.annotate.backend import model_id
    from storyline.annotate.cache import AnnotationCache

    cache = AnnotationCache(settings.cache_dir, model_id(settings.model))
    cached = [cache.get(d) for d in documents]
    todo = [d for d, hit in zip(documents, cached, strict=True) if hit is None]
    return _with_cached(cached, _annotate(todo, settings, progress, background), cache)


def _with_cached(
    cached: list[Document | None], fresh: Iterator[Document], cache: Any
) -> Iterator[Document]:
    for hit in cached:
        if hit is not None:
            yield hit
            continue
        annotated = next(fresh)
        cache.put(annotated)
        yield annotated


def _annotate(
    documents: list[Document],
    settings: Settings,
    progress: Progress | None = None,
    background: bool = False,
) -> Iterator[Document]:
    """Annotate documents in order, on ``settings.effective_workers()`` processes (in this
    one for a few documents, unless in the ``background``); work in worker processes starts
    at this call."""
    if not documents:
        return iter(())
    workers = _worker_count(len(documents), settings)
    if workers <= 1 and not background:
        return _annotate_here(documents, settings, progress)
    total = len(documents)
    chunk = max(4, min(settings.batch_size, total // (workers * 4) or 1))
    pool = ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(settings.model, settings.batch_size),
    )
    futures = [
        pool.submit(_annotate_chunk, documents[i : i + chunk]) for i in range(0, total, chunk)
    ]
    return _collect(pool, futures, total, progress)


def _worker_count(documents: int, settings: Settings) -> int:
    """How many worker processes are worth starting for this many documents: each loads its
    own model or cleaning models (a second or two), so each needs some documents."""
    return min(settings.effective_workers(), max(1, documents // DOCUMENTS_PER_WORKER))


def _annotate_here(
    documents: list[Document], settings: Settings, progress: Progress | None
) -> Iterator[Document]:
    from storyline.annotate import Annotator

    annotator = Annotator(settings.model, settings.batch_size)
    total = len(documents)
    for done, doc in enumerate(annotator.annotate(documents), start=1):
        if progress and (done % 16 == 0 or done == total):
            progress("annotating", done, total)
        yield doc


def _collect(
    pool: ProcessPoolExecutor, futures: list[Any], total: int, progress: Progress | None
) -> Iterator[Document]:
    done = 0
    with pool:
        for future in futures:
            result = future.result()
            done += len(result)
            if progress:
                progress("annotating", done, total)
            yield from result


@dataclass(frozen=True, slots=True)
class RunResult:
    documents: tuple[Document, ...]  # annotated; after merging, each mention linked
    story: Story | None  # None when the run stopped after annotation
    report: RunReport
    # The documents this run read (annotated, before linking) and their text fingerprints.
    added: tuple[Document, ...] = ()
    fingerprints: tuple[str, ...] = ()


def run(
    inputs: list[str],
    settings: Settings,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
    story: bool = True,
    known: Known | None = None,
) -> RunResult:
    """Every stage in order; with ``story=False``, the per-document stages only. ``known``
    documents (annotated in an earlier run, as a store keeps them) join the new ones in the
    story; only the new ones are read, cleaned and annotated, and the known ones are read
    while the model works."""
    started = datetime.now(UTC)
    clock = time.perf_counter()
    cleaned = clean_inputs(inputs, settings, stdin, known, progress)
    if progress:
        progress("clean documents", len(cleaned.documents), None)
    annotating = annotate_documents(
        cleaned.documents, settings, progress, background=known is not None
    )
    prior = tuple(known.read()) if known else ()
    added = tuple(annotating)
    documents = (*prior, *added)
    composed = None
    if story:
        # The documents (millions of small objects) live through merging and composing: the
        # cyclic collector need not look through them again at each of its passes.
        gc.freeze()
        try:
            merged = merge_documents(documents)
            documents, composed = merged.documents, compose(merged, settings)
        finally:
            gc.unfreeze()
        if progress:
            progress("events in the story", len(composed.events), None)
    report = RunReport(
        schema_version=SCHEMA_VERSION,
        started=started.isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - clock, 3),
        settings=settings.as_dict(),
        inputs=tuple(cleaned.outcomes),
    )
    return RunResult(documents, composed, report, added, tuple(cleaned.fingerprints))
