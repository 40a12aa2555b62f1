"""`storyline eval brief`: the brief of each topic of a timeline-summarization dataset, built as
for a user (no query, every article of the topic), against the topic's reference timelines
taken together.

Two figures, neither a published metric (they compare the brief with itself as it changes):
- developments on a reference day: of the brief's sentences after its opener, the share that
  tell an event of a day the journalists chose, or of the day next to one (one outlet's day is
  another's next morning);
- precision: the share of the brief's content words that the references' sentences hold (how
  much of what the brief tells the journalists told).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from storyline.compose.salience import tokens
from storyline.compose.story import compose_story
from storyline.evaluate.tls.dataset import ReferenceTimeline, load_topics
from storyline.evaluate.tls.runner import Report, annotated, with_cache
from storyline.records.story import Story
from storyline.settings import Settings

# A development is on a reference day when its day is at most this many days from one.
NEAR_DAYS = 1


def score_brief(story: Story, timelines: Sequence[ReferenceTimeline]) -> dict[str, Any]:
    """The brief's sentences, each with its days and whether one is near a reference day, and
    the two figures (the first sentence is the opener and is not counted as a development)."""
    # The days a development may fall on: each reference day and the days next to it.
    near_days = {
        date.fromisoformat(day[:10]).toordinal() + offset
        for t in timelines
        for day, _s in t.entries
        for offset in range(-NEAR_DAYS, NEAR_DAYS + 1)
    }
    reference_words = Counter(
        tokens(" ".join(s for t in timelines for _day, sentences in t.entries for s in sentences))
    )
    days_of: dict[tuple[str, int], set[str]] = {}
    for event in story.events:
        if event.granularity == "day":
            for citation in event.evidence:
                days_of.setdefault((citation.document_id, citation.start), set()).add(event.date)
    rows = []
    words: Counter[str] = Counter()
    for sentence in story.brief:
        cited = sentence.citations[0] if sentence.citations else None
        days = sorted(days_of.get((cited.document_id, cited.start), ())) if cited else []
        near = any(date.fromisoformat(day).toordinal() in near_days for day in days)
        rows.append({"text": sentence.text, "days": days, "on_reference_day": near})
        words.update(tokens(sentence.text))
    developments = rows[1:]
    shared = sum((words & reference_words).values())
    return {
        "developments": len(developments),
        "on_reference_day": sum(row["on_reference_day"] for row in developments),
        "precision": round(shared / sum(words.values()), 4) if words else 0.0,
        "sentences": rows,
    }


def run_brief(
    dataset: str,
    topics: list[str] | None = None,
    settings: Settings | None = None,
    report: Report | None = None,
) -> dict[str, Any]:
    settings = with_cache(settings)
    results = []
    for topic in load_topics(dataset, topics):
        documents = annotated(topic, settings)
        story = compose_story(documents, Settings())
        scored = score_brief(story, topic.timelines)
        results.append({"topic": topic.name, **scored})
        if report:
            report(f"{topic.name}: brief scored")
    developments = sum(r["developments"] for r in results)
    on_day = sum(r["on_reference_day"] for r in results)
    return {
        "topics": results,
        "developments": developments,
        "on_reference_day": on_day,
        "on_reference_day_share": round(on_day / developments, 4) if developments else 0.0,
        "mean_precision": (
            round(sum(r["precision"] for r in results) / len(results), 4) if results else 0.0
        ),
    }
