"""Leave-one-topic-out figures for the timeline's tunable settings.

The settings chosen by looking at Timeline17 scores (``line_redundancy``, ``date_weight``,
``date_spread``, ``off_story_article_weight``, and ``chronicle_weight`` with ``elsewhere_weight``
and ``late_weight`` as one switch) are fit on all topics but one, with tilse's fast ROUGE, and
the held-out topic is then scored with the chosen setting and the reporting scorer. Repeated for
every topic, this gives figures that no topic's own reference helped to choose.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import product
from typing import Any

from storyline.evaluate.tls.dataset import load_topics
from storyline.evaluate.tls.protocol import Predicted, Task, predict_storyline_grid, tasks_for
from storyline.evaluate.tls.rouge import PerlRouge, python_rouge
from storyline.evaluate.tls.runner import Report, annotated, on_forks, score_all, with_cache
from storyline.evaluate.tls.scoring import TaskScores, mean_scores, score_task, task_row
from storyline.settings import Settings

# Line weights for chronology entries, for sentences dated elsewhere and for sentences of later
# articles: on (the defaults) or off.
_LINE_WEIGHTS = (
    {"chronicle_weight": 3.0, "elsewhere_weight": 0.5, "late_weight": 0.5},
    {"chronicle_weight": 1.0, "elsewhere_weight": 1.0, "late_weight": 1.0},
)
GRID: tuple[dict[str, Any], ...] = tuple(
    {
        "off_story_article_weight": off_story_article,
        "line_redundancy": redundancy,
        "date_weight": weight,
        "date_spread": spread,
        **lines,
    }
    for off_story_article, weight, redundancy, spread, lines in product(
        (0.1, 0.3), ("reports", "salience"), (0.2, 0.3), (0.5, 0.0, 0.3, 0.7), _LINE_WEIGHTS
    )
)


def run_loto(
    dataset: str,
    topics: list[str] | None = None,
    rouge: str = "perl",
    settings: Settings | None = None,
    report: Report | None = None,
) -> dict[str, Any]:
    settings = with_cache(settings)
    fast = python_rouge()
    final = PerlRouge() if rouge == "perl" else fast
    # predictions[g][topic] = [(task, predicted)], fast_scores[g][topic] = [TaskScores]
    predictions: list[dict[str, list[tuple[Task, Predicted]]]] = [{} for _ in GRID]
    fast_scores: list[dict[str, list[TaskScores]]] = [{} for _ in GRID]
    names = []
    for topic in load_topics(dataset, topics):
        names.append(topic.name)
        documents = annotated(topic, settings)
        grid = [replace(settings, **values) for values in GRID]
        for g in range(len(GRID)):
            predictions[g][topic.name] = []
            fast_scores[g][topic.name] = []
        tasks = tasks_for(topic)
        jobs = [partial(predict_storyline_grid, task=task, grid=grid) for task in tasks]
        built = on_forks(documents, jobs, settings.effective_workers())
        for task, per_setting in zip(tasks, built, strict=True):
            for g, predicted in enumerate(per_setting):
                predictions[g][topic.name].append((task, predicted))
                fast_scores[g][topic.name].append(score_task(predicted, task.timeline, fast))
        if report:
            report(f"{topic.name}: {len(GRID)} settings tried")
    chosen_for: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    held_out: list[TaskScores] = []
    threads = settings.effective_workers() if rouge == "perl" else 1
    for name in names:
        g = max(range(len(GRID)), key=lambda i: (_fit(fast_scores[i], name), -i))
        chosen_for[name] = GRID[g]
        work = [(predicted, task.timeline) for task, predicted in predictions[g][name]]
        for (task, _predicted), scores in zip(
            predictions[g][name], score_all(work, final, threads), strict=True
        ):
            held_out.append(scores)
            rows.append({"topic": name, "name": task.timeline.name, **task_row(scores)})
        if report:
            report(f"{name}: scored with {GRID[g]} (fit on the other topics)")
    return {
        "system": "storyline (leave-one-topic-out)",
        "rouge": rouge,
        "mean": mean_scores(held_out),
        "timelines": rows,
        "chosen": chosen_for,
        "grid": list(GRID),
    }


def _fit(scores: dict[str, list[TaskScores]], held_out: str) -> float:
    """AR1-F + AR2-F over every topic but the held-out one."""
    tasks = [s for topic, task_scores in scores.items() if topic != held_out for s in task_scores]
    mean = mean_scores(tasks)
    return mean["ar1_f"] + mean["ar2_f"]
