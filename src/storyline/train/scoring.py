"""Held-out figures of the cleaning stage: each held-out page's cleaned document scored against
its ground truth with the extraction benchmark's metrics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.evaluate.extraction import Gold
from storyline.evaluate.extraction_metrics import (
    BodyScore,
    body_score,
    date_right,
    mean_body_f1,
    title_right,
)
from storyline.records import Document


@dataclass
class HeldOutScores:
    bodies: list[BodyScore] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)

    def add(self, gold: Gold, result: Document | str) -> None:
        """Score one page's cleaning (a document, or the reason it was rejected)."""
        text, title, day = ("", None, None)
        if not isinstance(result, str):
            text, title, day = result.text, result.title, result.published
        if gold.body:
            self.bodies.append(body_score(gold.body, text))
        if gold.title:
            self.titles.append(title_right(gold.title, title))
        if gold.date:
            self.dates.append(date_right(gold.date, day))

    def figures(self, pages: int) -> dict[str, Any]:
        body = mean_body_f1(self.bodies)
        return {
            "body_f1": round(body["f1"], 4),
            "body_precision": round(body["precision"], 4),
            "body_recall": round(body["recall"], 4),
            "title_accuracy": _share(self.titles),
            "date_accuracy": _share(self.dates),
            "pages": pages,
        }


def _share(rights: list[bool]) -> float:
    return round(sum(rights) / len(rights), 4) if rights else 0.0
