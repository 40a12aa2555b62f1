"""The data model: immutable records passed between stages, and nothing else.

Every annotation is standoff: ``start``/``end`` are character offsets into one document's clean
``text``, so ``doc.text[a.start:a.end] == a.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = "1.5"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One article as read from an input, before cleaning.

    ``published`` is an ISO date (``YYYY-MM-DD``) when the input's metadata gives one.
    """

    source_path: str
    raw_text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    record_id: str | None = None
    # Lines the extractor removed before we saw the text (HTML chrome), kept for the record.
    removed: tuple[Removed, ...] = ()
    # An HTML page's text blocks and what its markup says about itself; empty for plain text.
    blocks: tuple[PageBlock, ...] = ()
    page: PageFacts | None = None


@dataclass(frozen=True, slots=True)
class PageBlock:
    """A block of an HTML page's text (a paragraph, a heading, a list item, a table row) and
    what the markup says about it; the cleaning stage decides whether it is article text."""

    text: str
    tag: str = ""
    heading: int = 0  # 1-6 inside <h1>..<h6>, else 0
    link_share: float = 0.0  # share of its characters inside links
    in_nav: bool = False
    in_header: bool = False
    in_footer: bool = False
    in_aside: bool = False
    in_form: bool = False
    in_figure: bool = False
    in_list: bool = False
    in_table: bool = False
    in_main: bool = False  # inside <main> or <article>
    boiler_hint: bool = False  # the nearest class/id that says anything says furniture
    content_hint: bool = False  # ... says article text
    depth: int = 0
    in_container: bool = False  # inside the innermost element holding most of the page's prose
    extractor_kept: bool = False  # in trafilatura's extraction of the page


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What an HTML page says about itself in its markup: candidate headlines and dates with
    where each came from ("h1", "og", "jsonld", "title"; "jsonld:datePublished", "time", ...),
    the site's names and the page's URL."""

    titles: tuple[tuple[str, str], ...] = ()
    dates: tuple[tuple[str, str], ...] = ()
    site_names: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input left out of the clean text, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A section subheading: kept in the text but not part of any sentence."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention. ``label`` is one of PERSON, ORG, GPE, LOC, NORP (spaCy's scheme).
    ``entity`` is the id of the story's entity it names, set when the story is built (None for
    a mention no entity takes, and in annotations before then)."""

    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression with a TIMEX3-style normalized value.

    ``value`` keeps the precision it was given: ``2017-01-24`` (day), ``2017-01`` (month),
    ``2017-W50`` (week), ``2017-Q1`` (quarter), ``2017-SU`` (season), ``2017`` (year), ``201``
    (decade), ``20`` (century), or ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``; ``None`` when the
    expression could not be placed on the calendar. ``range_start``/``range_end`` are set for ranges
    ("January 23-24"). ``mod`` is the TIMEX3 modifier (START, MID, END, APPROX, ...).
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    type: str = "DATE"
    mod: str | None = None
    range_start: str | None = None
    range_end: str | None = None
    # "past", "future" or None: the direction the resolver chose for a relative expression.
    direction: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (direct or reported) and who said it."""

    start: int
    end: int
    text: str
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    kind: str = "direct"


@dataclass(frozen=True, slots=True)
class Argument:
    """A participant of a predicate: ``role`` is "subject" (who acts, also the "by" phrase of a
    passive), "object" (who or what is acted on, also a passive's subject) or the preposition
    that introduces it ("to", "with", "against"...); ``head`` is the lemma of its head word,
    ``label`` the model's entity label for the phrase (of its head, else of the first named
    word in it: "Senior Hungarian officials" NORP), None when nothing in it is named."""

    role: str
    start: int
    end: int
    text: str
    head: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Predicate:
    """An event word (a verb) with its participants, read from the dependency parse.

    ``lemma`` carries a verb particle ("blow up", "call off"). ``modality`` is the modal or
    future auxiliary that governs it ("will", "would", "may", "must"...), ``negated`` whether it
    is denied ("did not attend"). ``governor`` is the index (in the document's predicates) of
    the predicate this one completes, with ``relation`` the parse's link to it: in "threatened
    to ban", "ban" is governed by "threatened" through "xcomp"; a clause set at another time by
    its conjunction is "advcl:after" ("resumed four days after it suspended it"), "advcl:before",
    "advcl:since" or "advcl:until"."""

    start: int
    end: int
    text: str
    lemma: str
    arguments: tuple[Argument, ...] = ()
    negated: bool = False
    modality: str | None = None
    passive: bool = False
    governor: int | None = None
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A clean, annotated article."""

    id: str
    source_path: str
    source: str | None
    title: str | None
    url: str | None
    published: str | None
    published_from: str | None
    text: str
    headings: tuple[Heading, ...] = ()
    removed: tuple[Removed, ...] = ()
    notes: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    predicates: tuple[Predicate, ...] = ()
    language: str | None = "en"

    @property
    def outlet(self) -> str:
        """Who the article counts as when sources are counted or set against each other: its
        outlet, or where that is unknown the article itself ("unknown: ID"). Articles pasted
        without their outlet's name are not taken for one outlet, which would make the
        happenings they all report single-sourced and their disagreements none."""
        return outlet_key(self.source, self.id)


def outlet_key(source: str | None, document_id: str) -> str:
    """The outlet an article counts as (``Document.outlet``), from its source and id."""
    return source or f"unknown: {document_id}"


# The annotation layers of a Document and the record each holds: the one place a layer is
# declared. The annotation cache and the story file's light form follow it; the JSON reader
# (records/jsonform.from_json) follows the records' field types.
LAYERS: dict[str, type] = {
    "sentences": Sentence,
    "mentions": Mention,
    "timexes": TimeExpression,
    "quotes": Quote,
    "predicates": Predicate,
}


@dataclass(frozen=True, slots=True)
class InputOutcome:
    """What happened to one input (a file, a JSONL record or a line of standard input)."""

    input: str
    status: str  # "accepted" or "rejected"
    reason: str | None = None
    document_ids: tuple[str, ...] = ()
    language: str | None = None  # the language identified, with its probability, when read


@dataclass(frozen=True, slots=True)
class RunReport:
    schema_version: str
    started: str
    seconds: float
    settings: dict[str, object] = field(default_factory=dict)
    inputs: tuple[InputOutcome, ...] = ()

    @property
    def accepted(self) -> int:
        return sum(1 for i in self.inputs if i.status == "accepted")

    @property
    def rejected(self) -> int:
        return sum(1 for i in self.inputs if i.status == "rejected")
