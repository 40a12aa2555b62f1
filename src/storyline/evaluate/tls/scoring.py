"""Scores in the published protocol, through tilse: align+ m:1 ROUGE-1/2, concat ROUGE-1/2 and
date F1. Precision and recall are averaged over tasks first, then F is computed from the
averages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.evaluate.tls.dataset import ReferenceTimeline
from storyline.evaluate.tls.rouge import import_tilse, tokenize

KEYS = ("ar1", "ar2", "concat_r1", "concat_r2", "date")


@dataclass(frozen=True, slots=True)
class TaskScores:
    """Precision and recall of one task for each measure."""

    precision: dict[str, float]
    recall: dict[str, float]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_task(
    predicted: dict[str, list[str]], reference: ReferenceTimeline, rouge: Any
) -> TaskScores:
    tilse = import_tilse()
    evaluator = tilse.rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation="given"
    )
    evaluator.rouge = rouge
    prediction = tilse.timelines.Timeline(
        {
            date.fromisoformat(day): [tokenize(s) for s in sentences]
            for day, sentences in predicted.items()
            if sentences
        }
    )
    truth = tilse.timelines.GroundTruth(
        [
            tilse.timelines.Timeline(
                {
                    date.fromisoformat(day): [tokenize(s) for s in sentences]
                    for day, sentences in reference.entries
                }
            )
        ]
    )
    precision: dict[str, float] = {}
    recall: dict[str, float] = {}
    if len(prediction.get_dates()) == 0:
        return TaskScores(dict.fromkeys(KEYS, 0.0), dict.fromkeys(KEYS, 0.0))
    if hasattr(rouge, "prefetch"):
        # A first pass learns what tilse will ask (which summaries are compared with which
        # does not depend on the counts), so that the scorer answers it all at once.
        asked = _Requests()
        evaluator.rouge = asked
        evaluator.evaluate_align_date_content_costs_many_to_one(prediction, truth)
        evaluator.evaluate_concat(prediction, truth)
        rouge.prefetch(asked.requests)
        evaluator.rouge = rouge
    aligned = evaluator.evaluate_align_date_content_costs_many_to_one(prediction, truth)
    concat = evaluator.evaluate_concat(prediction, truth)
    dates = tilse.dates.evaluate_dates(prediction, truth)
    for key, source in (
        ("ar1", aligned["rouge_1"]),
        ("ar2", aligned["rouge_2"]),
        ("concat_r1", concat["rouge_1"]),
        ("concat_r2", concat["rouge_2"]),
        ("date", dates),
    ):
        precision[key] = float(source["precision"])
        recall[key] = float(source["recall"])
    return TaskScores(precision, recall)


class _Requests:
    """Stands in for a ROUGE scorer and records each summary and references it is asked about,
    answering with counts of one (tilse divides by some of them)."""

    def __init__(self) -> None:
        self.requests: list[tuple[list[list[str]], dict[Any, list[list[str]]]]] = []

    def score_summary(
        self, summary: list[list[str]], references: dict[Any, list[list[str]]]
    ) -> dict[str, int]:
        self.requests.append((summary, references))
        return {f"rouge_{n}_{kind}_count": 1 for n in (1, 2) for kind in ("h", "p", "m")}


def mean_scores(tasks: Sequence[TaskScores]) -> dict[str, float]:
    """{ar1_f, ar2_f, concat_r1_f, concat_r2_f, date_f1}, F from averaged P and R, and
    date_recall (the share of the reference's dates the timeline has)."""
    result = {}
    for key in KEYS:
        p = sum(t.precision[key] for t in tasks) / len(tasks) if tasks else 0.0
        r = sum(t.recall[key] for t in tasks) / len(tasks) if tasks else 0.0
        result["date_f1" if key == "date" else f"{key}_f"] = round(f1(p, r), 4)
        if key == "date":
            result["date_recall"] = round(r, 4)
    return result


def task_row(scores: TaskScores) -> dict[str, float]:
    return mean_scores([scores])
