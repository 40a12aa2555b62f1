"""`storyline eval tls`: every reference timeline of every topic, raw text to scores.

Articles are read, cleaned and annotated once per topic (through the annotation cache, so a
second run skips the model); each task then builds its timeline from the articles published in
the reference's range. The PUBCOUNT baseline is scored in the same run, beside the system.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from storyline.evaluate.tls.dataset import ReferenceTimeline, Topic, load_topics
from storyline.evaluate.tls.protocol import (
    Predicted,
    predict_baseline,
    predict_storyline,
    tasks_for,
)
from storyline.evaluate.tls.rouge import PerlRouge, python_rouge
from storyline.evaluate.tls.scoring import TaskScores, mean_scores, score_task, task_row
from storyline.pipeline import annotate_documents, clean_inputs
from storyline.records import Document
from storyline.settings import Settings

DEFAULT_CACHE = ".cache/annotations"
Report = Callable[[str], None]


def run_tls(
    dataset: str,
    topics: list[str] | None = None,
    system: str = "storyline",
    rouge: str = "perl",
    settings: Settings | None = None,
    report: Report | None = None,
    own_length: bool = False,
) -> dict[str, Any]:
    """Scores of every task; with ``own_length`` the system picks its own timeline length (the
    baseline still takes the reference's)."""
    settings = with_cache(settings)
    scorer = PerlRouge() if rouge == "perl" else python_rouge()
    systems = ["baseline"] if system == "baseline" else [system, "baseline"]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in systems}
    scores: dict[str, list[TaskScores]] = {name: [] for name in systems}
    seconds: dict[str, float] = {}
    for topic in load_topics(dataset, topics):
        start = time.perf_counter()
        documents = annotated(topic, settings)
        predictions = {}
        tasks = tasks_for(topic)
        if system != "baseline":
            built = on_forks(
                documents,
                [partial(predict_storyline, task=t, settings=settings, own_length=own_length)
                 for t in tasks],
                settings.effective_workers(),
            )  # fmt: skip
            for task, predicted in zip(tasks, built, strict=True):
                predictions[(system, task.timeline.name)] = predicted
        for task in tasks:
            predictions[("baseline", task.timeline.name)] = predict_baseline(documents, task)
        seconds[topic.name] = round(time.perf_counter() - start, 1)
        pairs = [(task, name) for task in tasks for name in systems]
        scored = score_all(
            [(predictions[(name, task.timeline.name)], task.timeline) for task, name in pairs],
            scorer,
            settings.effective_workers() if rouge == "perl" else 1,
        )
        for (task, name), task_scores in zip(pairs, scored, strict=True):
            scores[name].append(task_scores)
            rows[name].append(
                {"topic": topic.name, "name": task.timeline.name, **task_row(task_scores)}
            )
            if report and name == systems[-1]:
                report(f"{topic.name}: {task.timeline.name} scored")
    result: dict[str, Any] = {
        "system": systems[0],
        "rouge": rouge,
        "length": "own" if own_length else "reference",
        "mean": mean_scores(scores[systems[0]]),
        "timelines": rows[systems[0]],
        "seconds_per_topic": seconds,
    }
    if systems[0] != "baseline":
        result["baseline"] = {
            "mean": mean_scores(scores["baseline"]),
            "timelines": rows["baseline"],
        }
    return result


# The documents the forked processes of ``on_forks`` read (inherited, not sent to them).
_SHARED: Sequence[Document] = ()
T = TypeVar("T")


def on_forks(
    documents: Sequence[Document],
    jobs: Sequence[Callable[[Sequence[Document]], T]],
    processes: int,
) -> list[T]:
    """Each job run on the documents, in order; on several forked processes where the platform
    forks, which read the documents from this one's memory instead of receiving a copy (a
    topic's annotated articles are hundreds of megabytes)."""
    global _SHARED
    if processes <= 1 or len(jobs) <= 1 or "fork" not in mp.get_all_start_methods():
        return [job(documents) for job in jobs]
    _SHARED = documents
    try:
        with ProcessPoolExecutor(min(processes, len(jobs)), mp.get_context("fork")) as pool:
            return list(pool.map(_run_shared, jobs))
    finally:
        _SHARED = ()


def _run_shared(job: Callable[[Sequence[Document]], T]) -> T:
    return job(_SHARED)


def score_all(
    work: list[tuple[Predicted, ReferenceTimeline]], scorer: Any, threads: int
) -> list[TaskScores]:
    """Each prediction scored against its reference, in order. ROUGE-1.5.5 runs as a
    subprocess for every summary, so threads (waiting on their subprocesses) score several
    tasks at once; the Python ROUGE holds the interpreter and is run in one thread."""
    if threads <= 1 or len(work) <= 1:
        return [score_task(predicted, timeline, scorer) for predicted, timeline in work]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(lambda item: score_task(item[0], item[1], scorer), work))


def with_cache(settings: Settings | None) -> Settings:
    """The settings, with the default annotation cache when they name none."""
    settings = settings or Settings()
    return settings if settings.cache_dir else replace(settings, cache_dir=DEFAULT_CACHE)


def annotated(topic: Topic, settings: Settings) -> list[Document]:
    cleaned = clean_inputs([str(topic.articles)], settings)
    return list(annotate_documents(cleaned.documents, settings))
