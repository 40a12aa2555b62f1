"""The published Timeline17 protocol: one task per reference timeline, input restricted to the
reference's first..last date, l dates and k sentences a date taken from the reference, and the
topic's query given to the system.

Two systems: ``storyline`` (the story's timeline) and ``baseline`` (PUBCOUNT: the days with the
most articles, each with the first sentences of its most central articles).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.compose.story import SELECTION_ONLY, RankedEvents, rank_events, timeline_of
from storyline.evaluate.tls.dataset import ReferenceTimeline, Topic
from storyline.merge.story import merge_documents
from storyline.records import Document
from storyline.settings import Settings

Predicted = dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class Task:
    topic: str
    timeline: ReferenceTimeline
    query: str | None

    @property
    def first(self) -> str:
        return self.timeline.first

    @property
    def last(self) -> str:
        return self.timeline.last


def tasks_for(topic: Topic) -> list[Task]:
    return [Task(topic.name, timeline, topic.query) for timeline in topic.timelines]


def restrict(documents: Sequence[Document], task: Task) -> list[Document]:
    """The articles published within the reference timeline's first..last date."""
    return [d for d in documents if d.published and task.first <= d.published <= task.last]


def predict_storyline(
    documents: Sequence[Document], task: Task, settings: Settings, own_length: bool = False
) -> Predicted:
    return predict_storyline_grid(documents, task, [settings], own_length)[0]


def predict_storyline_grid(
    documents: Sequence[Document],
    task: Task,
    grid: Sequence[Settings],
    own_length: bool = False,
) -> list[Predicted]:
    """The timeline for each of several settings; settings that differ only in how dates and
    lines are chosen share one ranking of the events. With ``own_length`` the system chooses the
    number of dates and sentences a date itself, as it does for a user, instead of taking them
    from the reference."""
    restricted = restrict(documents, task)
    defaults = Settings()
    shared: list[tuple[Settings, RankedEvents]] = []
    predicted = []
    for settings in grid:
        chosen = replace(
            settings,
            query=task.query,
            dates=None if own_length else task.timeline.n_dates,
            per_date=None if own_length else task.timeline.sentences_per_date,
            first_date=task.first,
            last_date=task.last,
        )
        key = replace(chosen, **{name: getattr(defaults, name) for name in SELECTION_ONLY})
        ranked = next((r for k, r in shared if k == key), None)
        if ranked is None:
            ranked = rank_events(merge_documents(restricted), chosen)
            shared.append((key, ranked))
        # The documents as the story reads them (names linked, years settled), as for a user.
        timeline = timeline_of(ranked, ranked.documents or restricted, chosen)
        predicted.append(
            {
                entry.date: [s.text for s in entry.sentences]
                for entry in timeline
                if len(entry.date) == 10
            }
        )
    return predicted


def predict_baseline(documents: Sequence[Document], task: Task) -> Predicted:
    """PUBCOUNT: dates ranked by the number of articles published that day; for each, the first
    sentence of the day's most central articles (closest to the day's mean word vector)."""
    by_day: dict[str, list[Document]] = defaultdict(list)
    for doc in restrict(documents, task):
        if doc.sentences and doc.published:
            by_day[doc.published].append(doc)
    ranked = sorted(by_day, key=lambda day: (-len(by_day[day]), day))
    days = sorted(ranked[: task.timeline.n_dates])
    k = task.timeline.sentences_per_date
    return {day: _central_first_sentences(by_day[day], k) for day in days}


def _central_first_sentences(documents: list[Document], k: int) -> list[str]:
    leads = [d.text[d.sentences[0].start : d.sentences[0].end] for d in documents]
    if len(documents) <= 1:
        return leads[:k]
    texts = [d.text[: d.sentences[min(2, len(d.sentences) - 1)].end] for d in documents]
    try:
        vectors = TfidfVectorizer(stop_words="english").fit_transform(texts)
    except ValueError:
        return leads[:k]
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    scores = vectors @ centroid
    order = np.argsort(-np.asarray(scores).ravel(), kind="stable")
    chosen: list[str] = []
    for index in order:
        if leads[index] not in chosen:
            chosen.append(leads[index])
        if len(chosen) == k:
            break
    return chosen
