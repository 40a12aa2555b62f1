"""Annotation speed: the full storyline path against spaCy alone, in the same run.

spaCy alone is ``nlp.pipe`` over the clean texts with the same components; the storyline path is
reading, cleaning and annotating the raw inputs (sentences, mentions, resolved time expressions,
quotes). Both use one process and an already loaded model; the ratio is what matters.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from storyline.annotate import Annotator
from storyline.pipeline import annotate_documents, clean_inputs
from storyline.settings import Settings


def run_bench(
    corpus: str,
    workers: int = 1,
    limit: int | None = None,
    settings: Settings | None = None,
    rounds: int = 2,
) -> dict[str, Any]:
    settings = settings or Settings()
    cleaned = clean_inputs([corpus], settings)
    documents = cleaned.documents[:limit] if limit else cleaned.documents
    inputs = [corpus]
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    annotator = Annotator(settings.model, settings.batch_size)
    list(annotator.nlp.pipe(texts[:8]))  # warm up

    spacy_seconds = storyline_seconds = float("inf")
    for _ in range(rounds):  # alternate, keep the best of each, so load spikes do not decide
        start = time.perf_counter()
        for _doc in annotator.nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        spacy_seconds = min(spacy_seconds, time.perf_counter() - start)

        start = time.perf_counter()
        ours = clean_inputs(inputs, settings).documents
        ours = ours[:limit] if limit else ours
        for _doc in annotator.annotate(ours):
            pass
        storyline_seconds = min(storyline_seconds, time.perf_counter() - start)

    figures: dict[str, Any] = {
        "corpus": corpus,
        "documents": len(documents),
        "words": words,
        "spacy_words_per_s": round(words / spacy_seconds, 1),
        "storyline_words_per_s": round(words / storyline_seconds, 1),
        "ratio": round(spacy_seconds / storyline_seconds, 3),
    }
    if workers > 1:
        parallel = replace(settings, workers=workers)
        start = time.perf_counter()
        ours = clean_inputs(inputs, parallel).documents
        ours = ours[:limit] if limit else ours
        for _doc in annotate_documents(ours, parallel):
            pass
        seconds = time.perf_counter() - start
        figures[f"storyline_words_per_s_{workers}_workers"] = round(words / seconds, 1)
        figures["parallel_speedup"] = round(storyline_seconds / seconds, 3)
    return figures


def run_story_bench(
    corpus: str, workers: int = 2, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Time the cross-document step against annotation on the same corpus.

    Annotation (reading, cleaning and the model, on ``workers`` processes) is timed once; the
    story (entities, events, timeline, brief, sources) is then built from its output.
    """
    from storyline.compose.story import compose_story

    settings = replace(settings or Settings(), workers=workers)
    start = time.perf_counter()
    documents = clean_inputs([corpus], settings).documents
    documents = documents[:limit] if limit else documents
    annotated = list(annotate_documents(documents, settings))
    annotation_seconds = time.perf_counter() - start
    start = time.perf_counter()
    story = compose_story(annotated, settings)
    story_seconds = time.perf_counter() - start
    return {
        "corpus": corpus,
        "documents": len(annotated),
        "sentences": sum(len(d.sentences) for d in annotated),
        "events": len(story.events),
        "workers": workers,
        "annotation_seconds": round(annotation_seconds, 2),
        "story_seconds": round(story_seconds, 2),
        "story_share_of_annotation": round(story_seconds / annotation_seconds, 4),
    }
