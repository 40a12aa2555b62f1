"""`storyline eval tls`: every reference timeline of every topic, raw text to scores.

Articles are read, cleaned and annotated once per topic (through the annotation cache, so a
second run skips the model); each task then builds its timeline from the articles published in
the reference's range. The PUBCOUNT baseline is scored in the same run, beside the system.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from storyline.evaluate.tls.dataset import Topic, load_topics
from storyline.evaluate.tls.protocol import predict_baseline, predict_storyline, tasks_for
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
        for task in tasks_for(topic):
            for name in systems:
                if name == "baseline":
                    predictions[(name, task.timeline.name)] = predict_baseline(documents, task)
                else:
                    predictions[(name, task.timeline.name)] = predict_storyline(
                        documents, task, settings, own_length
                    )
        seconds[topic.name] = round(time.perf_counter() - start, 1)
        for task in tasks_for(topic):
            for name in systems:
                task_scores = score_task(
                    predictions[(name, task.timeline.name)], task.timeline, scorer
                )
                scores[name].append(task_scores)
                rows[name].append(
                    {"topic": topic.name, "name": task.timeline.name, **task_row(task_scores)}
                )
            if report:
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


def with_cache(settings: Settings | None) -> Settings:
    """The settings, with the default annotation cache when they name none."""
    settings = settings or Settings()
    return settings if settings.cache_dir else replace(settings, cache_dir=DEFAULT_CACHE)


def annotated(topic: Topic, settings: Settings) -> list[Document]:
    cleaned = clean_inputs([str(topic.articles)], settings)
    return list(annotate_documents(cleaned.documents, settings))
