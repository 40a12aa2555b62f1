"""Records of the story across documents: entities, events, timeline, brief, sources.

Everything a reader sees carries citations: a document id and character offsets into that
document's clean text, so ``document.text[c.start:c.end] == c.text``; a timeline line may be
an article's headline, cited in its title (``field`` "title": ``document.title[c.start:c.end]
== c.text``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Citation:
    document_id: str
    start: int
    end: int
    text: str
    # The document's field the offsets index: "text" (its clean text) or "title".
    field: str = "text"


@dataclass(frozen=True, slots=True)
class Role:
    """A title or role seen next to an entity ("Interior Minister"), with the date it was seen."""

    text: str
    date: str | None
    document_id: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    label: str  # PERSON, ORG, PLACE, GROUP or PRODUCT
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mention_count: int
    documents: tuple[str, ...]
    sources: tuple[str, ...]
    # Entities that stand for each other but stay separate (a capital and its country).
    linked: tuple[str, ...] = ()
    # person, organization, country, city or region, facility, group or product.
    kind: str = ""
    # For a capital: the country whose government it stands for where the text has it act
    # ("Moscow said", "talks with Washington"), and in how many sentences it did; the events of
    # those sentences name the country as actor or target.
    acts_for: str | None = None
    acting: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """Sentences across documents that report the same happening on the same date."""

    id: str
    date: str
    granularity: str
    status: str  # happened, planned, ongoing, cancelled or denied
    headline: str
    actors: tuple[str, ...]
    place: str | None
    evidence: tuple[Citation, ...]
    n_sources: int
    background_in: tuple[str, ...]
    salience: float = 0.0
    range_end: str | None = None
    # "text": a sentence dates the happening; "published": the date of an article whose opening
    # reports it does; "article": only the date of an article that tells it further down (as
    # event data dates an event by its report; such events are kept out of the timeline).
    date_source: str = "text"
    # The PLOVER event type (AGREE, CONSULT, ... ASSAULT, FIGHT) and mode, when coded.
    type: str | None = None
    mode: str | None = None
    # Entity ids of who acted (PLOVER's actor) and whom it was aimed at (its recipient).
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    # "Who did what to whom", as the evidence says it: the words from the actor to the target.
    what: Citation | None = None
    # Evidence sentences that deny the happening while other evidence tells it.
    denials: tuple[Citation, ...] = ()
    # Sentences further down articles of the event's day that tell it again with no date of
    # their own: kept with it, but not used to date, rank or quote it.
    retold: tuple[Citation, ...] = ()

    @property
    def dated_by_report_only(self) -> bool:
        """Whether only the day of an article that tells the happening further down dates it:
        an event for the record, not a day for the timeline, brief or conflicts."""
        return self.date_source == "article"


@dataclass(frozen=True, slots=True)
class CitedSentence:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    granularity: str
    status: str
    event_ids: tuple[str, ...]
    sentences: tuple[CitedSentence, ...]


@dataclass(frozen=True, slots=True)
class SpeakerQuote:
    text: str
    kind: str
    date: str | None
    citation: Citation


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    entity_id: str | None
    speaker: str
    quotes: tuple[SpeakerQuote, ...]


@dataclass(frozen=True, slots=True)
class SourceSummary:
    source: str
    documents: tuple[str, ...]
    events: tuple[str, ...]
    only_events: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a conflict: what ``source`` (the outlet) gives, and, where the outlet
    attributes the claim to someone ("the coalition said"), who that ``claimant`` is."""

    source: str
    value: str
    citation: Citation
    claimant: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sources disagree: on the date of one happening, on a figure for it, or on whether it
    happened."""

    kind: str  # "date", "figure" or "status"
    topic: str
    event_ids: tuple[str, ...]
    sides: tuple[ConflictSide, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """Everything built across the documents."""

    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    timeline: tuple[TimelineEntry, ...]
    brief: tuple[CitedSentence, ...]
    quotes_by_speaker: tuple[SpeakerQuotes, ...]
    sources: tuple[SourceSummary, ...]
    conflicts: tuple[Conflict, ...]
