"""The cross-document step: annotated documents -> the story.

Shape: map (each document -> its dated happenings), group by key (the date), reduce (cluster a
block into events), then rank and compose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from storyline.compose.brief import write_brief
from storyline.compose.salience import article_focus, score_events, story_terms
from storyline.compose.sources import find_conflicts, summarise_sources
from storyline.compose.speakers import quotes_by_speaker
from storyline.compose.timeline import TimelineChoice, select_timeline
from storyline.merge.entities import EntityIndex, merge_entities, with_name_repeats
from storyline.merge.events import cluster_events, extract_mentions
from storyline.records import Document
from storyline.records.story import Event, Story, TimelineEntry
from storyline.settings import Settings


@dataclass(frozen=True, slots=True)
class RankedEvents:
    """The story's entities and its events ranked by salience, before any selection."""

    index: EntityIndex
    events: tuple[Event, ...]
    terms: Counter[str]
    # The documents with the mentions of the story's names the model missed.
    documents: tuple[Document, ...] = ()


def rank_events(documents: Sequence[Document], settings: Settings) -> RankedEvents:
    index = merge_entities(documents)
    repeated = with_name_repeats(documents, index)
    if any(a is not b for a, b in zip(repeated, documents, strict=True)):
        index = merge_entities(repeated)  # the found names count for their entities
    documents = repeated
    mentions = [m for doc in documents for m in extract_mentions(doc, index)]
    published = {d.id: d.published for d in documents}
    events = cluster_events(mentions, index, published)
    terms = story_terms(documents, index.entities, settings.query)
    events = score_events(
        events,
        terms,
        settings.off_story_weight,
        article_focus(documents, terms),
        settings.off_story_article_weight,
    )
    events.sort(key=lambda e: (e.date, -e.salience, e.id))
    return RankedEvents(index, tuple(events), terms, tuple(documents))


def timeline_of(
    ranked: RankedEvents, documents: Sequence[Document], settings: Settings
) -> list[TimelineEntry]:
    """The timeline; only the settings that choose dates and lines matter here (the ones that
    rank events were used by ``rank_events``)."""
    return select_timeline(
        ranked.events,
        documents,
        settings.dates,
        settings.per_date,
        ranked.terms,
        settings.first_date,
        settings.last_date,
        timeline_choice(settings),
    )


# Settings read only when the timeline's dates and lines are chosen, not when events are ranked:
# every field of TimelineChoice but the off-story weight, which event salience uses as well.
SELECTION_ONLY = tuple(f.name for f in fields(TimelineChoice) if f.name != "off_story_weight")


def timeline_choice(settings: Settings) -> TimelineChoice:
    """The Settings fields of the same names."""
    return TimelineChoice(**{f.name: getattr(settings, f.name) for f in fields(TimelineChoice)})


def compose_story(documents: Sequence[Document], settings: Settings) -> Story:
    return compose(documents, settings)[0]


def compose(
    documents: Sequence[Document], settings: Settings
) -> tuple[Story, tuple[Document, ...]]:
    """The story, and the documents with each mention linked to the entity it names."""
    ranked = rank_events(documents, settings)
    return (
        _story(ranked, ranked.documents, settings),
        link_mentions(ranked.documents, ranked.index),
    )


def link_mentions(documents: Sequence[Document], index: EntityIndex) -> tuple[Document, ...]:
    return tuple(
        replace(
            doc,
            mentions=tuple(
                replace(m, entity=index.entity_at(doc.id, m.start)) for m in doc.mentions
            ),
        )
        for doc in documents
    )


def _story(ranked: RankedEvents, documents: Sequence[Document], settings: Settings) -> Story:
    events = list(ranked.events)
    return Story(
        entities=ranked.index.entities,
        events=ranked.events,
        timeline=tuple(timeline_of(ranked, documents, settings)),
        brief=tuple(write_brief(events, documents, ranked.index, settings.summary_words)),
        quotes_by_speaker=tuple(quotes_by_speaker(documents, ranked.index)),
        sources=tuple(summarise_sources(documents, events)),
        conflicts=tuple(find_conflicts(documents, events)),
    )
