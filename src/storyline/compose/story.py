"""The cross-document step: annotated documents -> the story.

Shape: map (each document -> its dated happenings), group by key (the date), reduce (cluster a
block into events), then rank and compose.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.compose.brief import write_brief
from storyline.compose.salience import score_events, story_terms
from storyline.compose.sources import find_conflicts, summarise_sources
from storyline.compose.speakers import quotes_by_speaker
from storyline.compose.timeline import TimelineChoice, select_timeline
from storyline.merge.entities import merge_entities
from storyline.merge.events import cluster_events, extract_mentions
from storyline.records import Document
from storyline.records.story import Story
from storyline.settings import Settings


def compose_story(documents: Sequence[Document], settings: Settings) -> Story:
    index = merge_entities(documents)
    mentions = [m for doc in documents for m in extract_mentions(doc, index)]
    published = {d.id: d.published for d in documents}
    events = cluster_events(mentions, index, published)
    terms = story_terms(documents, index.entities, settings.query)
    events = score_events(events, terms)
    events.sort(key=lambda e: (e.date, -e.salience, e.id))
    timeline = select_timeline(
        events,
        documents,
        settings.dates,
        settings.per_date,
        terms,
        settings.first_date,
        settings.last_date,
        TimelineChoice(
            settings.line_redundancy,
            settings.date_weight,
            settings.date_spread,
            settings.chronicle_weight,
            settings.elsewhere_weight,
        ),
    )
    brief = write_brief(events, settings.summary_words)
    return Story(
        entities=index.entities,
        events=tuple(events),
        timeline=tuple(timeline),
        brief=tuple(brief),
        quotes_by_speaker=tuple(quotes_by_speaker(documents, index)),
        sources=tuple(summarise_sources(documents, events)),
        conflicts=tuple(find_conflicts(documents, events)),
    )
