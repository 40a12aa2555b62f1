"""Annotation speed: the full storyline path against spaCy alone, in the same run.

spaCy alone is ``nlp.pipe`` over the clean texts with the model as storyline runs it; the storyline
path is reading, cleaning and annotating the raw inputs (sentences, mentions, resolved time
expressions, quotes, predicates). Both use one process and an already loaded model; the ratio is
what matters. The model as it ships (its attribute ruler and lemmatizer over every token) is timed
once beside them, for what running it storyline's way saves.
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
        "model_as_shipped_words_per_s": _as_shipped_speed(settings, texts),
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


def _as_shipped_speed(settings: Settings, texts: list[str]) -> float:
    from storyline.annotate.backend import load_model

    nlp = load_model(settings.model, as_shipped=True)
    list(nlp.pipe(texts[:8]))  # warm up
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return round(sum(len(t.split()) for t in texts) / (time.perf_counter() - start), 1)


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


def run_update_bench(
    corpus: str,
    new: int = 10,
    workers: int = 2,
    settings: Settings | None = None,
    rounds: int = 3,
) -> dict[str, Any]:
    """Adding the ``new`` latest articles to a store that holds the others, against a cold
    build of all of them into a new store; and whether both give the same story.

    Both are timed as a user runs them: ``storyline add`` in a process of its own. The corpus
    is a JSON Lines file (.jsonl or .jsonl.gz, one article per line) or a folder of articles.
    The cold build annotates everything with the model; the store the new articles join is
    filled from the annotations the cold build left in a cache (not timed); adding the new
    articles annotates them with the model again (no cache), ``rounds`` times on copies of that
    store, and the median counts.
    """
    import shutil
    import statistics
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from storyline.api import load_story
    from storyline.store.identity import canonical

    settings = settings or Settings()

    def add(inputs: list[str], store: Path, cache: Path | None = None) -> float:
        command = [sys.executable, "-m", "storyline", "add", *inputs, "--store", str(store),
                   "--workers", str(workers), "--quiet"]  # fmt: skip
        if cache is not None:
            command += ["--cache", str(cache)]
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old_inputs, new_inputs = split_latest(corpus, new, settings, folder)
        cache = folder / "cache"
        cold_seconds = add([*old_inputs, *new_inputs], folder / "all.db", cache)
        add(old_inputs, folder / "grown.db", cache)
        # The update, on copies of the same store: its median time (the machine's load varies).
        updates = []
        for n in range(rounds):
            copy = folder / f"grown-{n}.db"
            shutil.copy(folder / "grown.db", copy)
            updates.append(add(new_inputs, copy))
        update_seconds = statistics.median(updates)
        whole = load_story(str(folder / "all.db"))
        grown = load_story(str(folder / "grown-0.db"))
        same = canonical(whole.story, whole.documents) == canonical(grown.story, grown.documents)
        runs = grown.run.inputs
    return {
        "corpus": corpus,
        "documents": len(whole.documents),
        "new_documents": sum(1 for i in runs[-new:] if i.status == "accepted"),
        "workers": workers,
        "cold_build_seconds": round(cold_seconds, 2),
        "update_seconds": round(update_seconds, 2),
        "update_seconds_each": [round(u, 2) for u in updates],
        "update_share_of_cold_build": round(update_seconds / cold_seconds, 4),
        "same_story": same,
    }


def split_latest(
    corpus: str, new: int, settings: Settings, folder: Any
) -> tuple[list[str], list[str]]:
    """The corpus as two inputs: the articles but the ``new`` latest, and those."""
    import gzip
    import shutil
    from pathlib import Path

    cleaned = clean_inputs([corpus], settings).documents
    latest = sorted(cleaned, key=lambda d: (d.published or "", d.source_path))[-new:]
    chosen = {d.source_path for d in latest}
    path = Path(corpus)
    if path.is_dir():
        old_dir, new_dir = folder / "old", folder / "new"
        for target in (old_dir, new_dir):
            target.mkdir()
        for item in sorted(path.rglob("*")):
            if item.is_file():
                shutil.copy(item, (new_dir if str(item) in chosen else old_dir) / item.name)
        return [str(old_dir)], [str(new_dir)]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        records = list(lines)
    old_file, new_file = folder / "old.jsonl", folder / "new.jsonl"
    with (
        open(old_file, "w", encoding="utf-8") as old,
        open(new_file, "w", encoding="utf-8") as fresh,
    ):
        for n, line in enumerate(records, start=1):
            if line.strip():
                (fresh if f"{corpus}:{n}" in chosen else old).write(line)
    return [str(old_file)], [str(new_file)]
