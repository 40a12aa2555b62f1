"""The brief, written the way a backgrounder opens: a first sentence that says what the story
is (its main actors, what happened, from the start of the coverage), then the most important
developments in date order, in about ``summary_words`` words.

Every sentence is a whole sentence of an article body as the article gives it (never a clause
cut out of one, a caption, a credit, a dateline or a fragment: sentences that read poorly on
their own are left out), cited to where it stands and to other sources of the same event; no two
sentences tell the same event.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from storyline.compose.salience import day_weight, overlap
from storyline.compose.spread import SpreadPicker
from storyline.merge.entities import EntityIndex
from storyline.merge.events import told_as_plan
from storyline.merge.periods import names_day, over_before, period
from storyline.merge.plover import NOUNS
from storyline.merge.quality import (
    hypothetical,
    leans_on_context,
    mostly_quoted,
    reads_as_caption,
    reads_as_list,
    sentence_quality,
    unfinished,
)
from storyline.records import Document, Sentence
from storyline.records.story import Citation, CitedSentence, Event

REDUNDANT = 0.5
# A demonstrative standing for something told before ("believes that this may have an impact").
# ("that" only where it cannot be a relative pronoun: "a standoff that had threatened" is not.)
_THIS = re.compile(
    r"(?:\b(?:this|these|those)|(?:^|[,;:]\s*|\b(?:and|but|because|as|so)\s+)that)\s+"
    r"(?:is|was|are|were|may|might|will|would|could|can|has|have|had)\b",
    re.I,
)
MAX_CITATIONS = 3
# A brief sentence reads well on its own (sentence_quality, 0 to 1) and is not too long.
MIN_QUALITY = 0.6
MAX_WORDS = 60
# Where the opener is looked for: the first sentences of the earliest articles.
LEAD_SENTENCES = 3
OPENING_ARTICLES = 0.3
MAIN_ACTORS = 6
# Main actors an opener needs to name to say what the story is, and what each sentence further
# from the article's first counts for less.
ENOUGH_ACTORS = 3
LATER_SENTENCE = 0.25
# A development counts for less near the days of those already chosen: by up to SPREAD, fading
# over half the span each of SPREAD_SLOTS developments would have to itself.
SPREAD = 0.5
SPREAD_SLOTS = 8
# What a plan whose day has passed unreported counts for among the developments.
STALE_PLAN = 0.5


def write_brief(
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    index: EntityIndex | None = None,
    summary_words: int = 150,
    coverage: tuple[str | None, str | None] = (None, None),
) -> list[CitedSentence]:
    """The brief. Developments are the events of the ``coverage`` days (first, last) in order
    of salience (more on a day on which much happened), each discounted by the ones already
    chosen near its day, so that they span the story rather than its busiest week."""
    opener = _opener(events, documents, index, coverage[0]) if index is not None else None
    # The events the opener tells are told; the one it stands for is of the coverage and of a
    # day where it can be ("began talks in Vienna on Tuesday" over "the 2015 nuclear deal").
    telling = [e for e in events if opener is not None and opener in e.evidence]
    opened = min(
        telling, key=lambda e: (not _within(e, coverage), e.granularity != "day"), default=None
    )
    chosen: list[tuple[Event | None, Citation]] = [(opened, opener)] if opener else []
    words = len(opener.text.split()) if opener else 0
    # A sentence that tells two events ("adopted a resolution endorsing the agreement reached
    # last week") stands for one of them only where the other has none of its own.
    cited = Counter((c.document_id, c.start) for event in events for c in set(event.evidence))
    shared = {key for key, n in cited.items() if n > 1}
    by_id = {d.id: d for d in documents}
    candidates = {
        event.id: (event, sentence)
        for event in events
        if _within(event, coverage)
        and (sentence := best_sentence(event, shared, _of_other_times(event, by_id))) is not None
    }
    days = {eid: _day(event) for eid, (event, _s) in candidates.items()}
    told = [d for d in days.values() if d is not None]
    # Half the span a development would have to itself were they spread evenly.
    scale = 0.5 * ((max(told) - min(told)) + 1) / SPREAD_SLOTS if told else 0.0
    # The opener's day counts as told.
    opener_day = _day(opened) if opened is not None else None
    picker = SpreadPicker(days, SPREAD, scale, [opener_day] if opener_day is not None else [])
    for event in telling:
        picker.drop(event.id)

    weight_of_day = _day_weights(events)

    def rank(eid: str, discount: float) -> tuple[bool, float, str]:
        event = candidates[eid][0]
        # A plan whose day came before the last article and that no report tells as done
        # ("had been due to expire on Nov. 19") is no development; one still ahead may be.
        stale = event.status == "planned" and over_before(event.date, coverage[1])
        # Day-dated events first: they are the story's happenings; coarser ones fill in.
        weight = STALE_PLAN if stale else 1.0
        return (event.granularity == "day", weight_of_day(event) * discount * weight, eid)

    # A day already told gives a second development only where the story's other days have
    # too few to fill the brief (a story of one day).
    told_days = {e.date for e, _c in chosen if e is not None and e.granularity == "day"}
    # The events a sentence tells, whichever it is chosen for: a sentence chosen for the talks
    # that tells the agreement signed after them tells that agreement too, and none is told
    # twice.
    telling_of: defaultdict[Citation, list[Event]] = defaultdict(list)
    for event in events:
        for citation in set(event.evidence):
            telling_of[citation].append(event)
    told_events = [e for _e, c in chosen for e in telling_of[c]]
    second: list[str] = []
    for same_day in (False, True):
        if same_day:
            picker.restore(second)
        while words < summary_words and (eid := picker.best(rank)) is not None:
            event, sentence = candidates[eid]
            length = len(sentence.text.split())
            if (
                words + length > summary_words * 1.2
                or any(
                    overlap(sentence.text, c.text) >= REDUNDANT
                    or _same_happening(event, e)
                    or _announced(sentence, e)
                    for e, c in chosen
                )
                or any(
                    _same_happening(mine, e) for mine in telling_of[sentence] for e in told_events
                )
            ):
                picker.drop(eid)
                continue
            if not same_day and event.granularity == "day" and event.date in told_days:
                picker.drop(eid)
                second.append(eid)
                continue
            chosen.append((event, sentence))
            told_events += telling_of[sentence]
            words += length
            picker.take(eid)
            if event.granularity == "day":
                told_days.add(event.date)
    head, developments = chosen[:1] if opener else [], chosen[1:] if opener else chosen
    developments.sort(key=lambda pair: (_start(pair[0]), -pair[0].salience) if pair[0] else ("",))
    return [CitedSentence(c.text, _citations(c, e)) for e, c in [*head, *developments]]


def _day_weights(events: Sequence[Event]) -> Callable[[Event], float]:
    """What a development is worth: its salience, and for an event of a day, times the square
    root of what its day weighs (as the timeline weighs days: the salience of the day's main
    events) against the day's most salient event. The main happening of a day on which much
    happened counts for more than a plan with many mentions on a quiet day, while a day's
    reactions do not outweigh the happening they react to."""
    by_day: dict[str, list[float]] = {}
    for event in events:
        if event.granularity == "day":
            by_day.setdefault(event.date, []).append(event.salience)
    days = {day: (day_weight(values), max(values)) for day, values in by_day.items()}

    def weight(event: Event) -> float:
        day, best = days.get(event.date, (0.0, 0.0))
        if event.granularity != "day" or best <= 0:
            return event.salience
        return event.salience * math.sqrt(day / best)

    return weight


def _day(event: Event) -> int | None:
    span = period(event.date)
    return span[0].toordinal() if span else None


def _within(event: Event, coverage: tuple[str | None, str | None]) -> bool:
    first, last = coverage
    span = period(event.date)
    if span is None:
        return first is None and last is None
    return (first is None or span[1].isoformat() >= first) and (
        last is None or span[0].isoformat() <= last
    )


def _stands_alone(text: str) -> bool:
    """Whether a sentence can be a line of the brief on its own: no caption, headline or
    condition, and nothing it needs the sentence before it for."""
    return not (
        reads_as_caption(text) or unfinished(text) or leans_on_context(text) or hypothetical(text)
    )


def _of_other_times(event: Event, documents: dict[str, Document]) -> set[tuple[str, int]]:
    """The evidence sentences of an event of a day whose own dates all name other times: "first
    emerged in Mexico in April" joined an event of April 26 as a month joins a day in it, but
    tells nothing of that day."""
    found: set[tuple[str, int]] = set()
    if event.granularity != "day":
        return found
    for c in event.evidence:
        doc = documents.get(c.document_id)
        if doc is None:
            continue
        values = [
            t.value
            for t in doc.timexes
            if c.start <= t.start and t.end <= c.end and t.type == "DATE" and t.value
        ]
        if values and all(v[:10] != event.date for v in values):
            found.add((c.document_id, c.start))
    return found


def best_sentence(
    event: Event,
    shared: AbstractSet[tuple[str, int]] = frozenset(),
    elsewhere: AbstractSet[tuple[str, int]] = frozenset(),
) -> Citation | None:
    """The event's evidence sentence that reads best on its own, if one reads well enough;
    one that tells this event only before one ``shared`` with other events; never one whose
    dates are all of other times than the event's (``elsewhere``)."""
    scored = [
        (sentence_quality(c.text), -abs(len(c.text.split()) - 25), -n, c)
        for n, c in enumerate(event.evidence)
        if len(c.text.split()) <= MAX_WORDS
        and _stands_alone(c.text)
        and not _refers_back(c.text)
        and not reads_as_list(c.text)
        and not mostly_quoted(c.text)
    ]
    scored = [
        s for s in scored if s[0] >= MIN_QUALITY and (s[3].document_id, s[3].start) not in elsewhere
    ]
    if not scored:
        return None
    # A happening is told by a sentence that tells it as done, not as planned, and by a report
    # of it rather than a later article's recall ("the first since ... were agreed in September").
    done = event.status != "planned"
    recalls = set(event.background_in)
    return max(
        scored,
        key=lambda s: (
            not (done and told_as_plan(s[3].text)),
            s[3].document_id not in recalls,
            (s[3].document_id, s[3].start) not in shared,
            # (and by one that names it, rather than opening on it as told before: "The deal
            # was brokered by ...", where "The river commission brokered a deal ..." is there)
            not _told_before(s[3].text),
            *s[:3],
        ),
    )[3]


def _same_happening(event: Event, other: Event | None) -> bool:
    """Two events that are one happening told twice: same date and type, and the same actor
    or one article telling both (a lead and its detail: "The fourth round ... has been
    postponed" and "Albusaidi said the meeting was postponed")."""
    return (
        other is not None
        and event.type is not None
        and event.type == other.type
        and event.date == other.date
        and (
            bool(set(event.sources) & set(other.sources))
            or bool(
                {c.document_id for c in event.evidence} & {c.document_id for c in other.evidence}
            )
        )
    )


def _announced(sentence: Citation, told: Event | None) -> bool:
    """Whether a sentence announces a happening the brief already tells as done ("The talks
    will begin in Astana on January 23, the minister said on Monday" after "The talks opened
    on Monday in Astana"): the announcement adds nothing."""
    return (
        told is not None
        and told.status != "planned"
        and sentence in told.evidence
        and told_as_plan(sentence.text)
    )


def _citations(sentence: Citation, event: Event | None) -> tuple[Citation, ...]:
    others = [c for c in (event.evidence if event else ()) if c != sentence]
    seen = {sentence.document_id}
    found = [sentence]
    for citation in others:
        if citation.document_id not in seen and len(found) < MAX_CITATIONS:
            found.append(citation)
            seen.add(citation.document_id)
    return tuple(found)


def _opener(
    events: Sequence[Event],
    documents: Sequence[Document],
    index: EntityIndex,
    since: str | None = None,
) -> Citation | None:
    """The sentence that says what the story is: among the first sentences of the earliest
    articles, the one that names most of the story's main actors (the entities most of its
    events involve), an event of the kind the story is mostly about and the day of its most
    salient happening (since when: "... exploded on Tuesday"), and is not all about
    days before the coverage (``since``: "On November 8, the army launched ..." in an article
    of January is background)."""
    # (A leader counts as the country the leader's roles name: "Armenia's Prime Minister Nikol
    # Pashinyan" and "Armenia" are one side of the story, not two of its actors.)
    side = index.sides.get
    actors = Counter(
        side(a, a) for e in events for a in dict.fromkeys((*e.sources, *e.targets, *e.actors))
    )
    main = {a for a, _n in actors.most_common(MAIN_ACTORS)}
    kinds = Counter(e.type for e in events if e.type)
    top_kinds = {k for k, _n in kinds.most_common(3)}
    typed_sentences = {
        (c.document_id, c.start) for e in events if e.type in top_kinds for c in e.evidence
    }
    # Since when: the day of the story's most salient happening in its coverage.
    origin = max(
        (
            e
            for e in events
            if e.granularity == "day"
            and e.status == "happened"
            and e.date_source == "text"
            and (since is None or e.date >= since)
        ),
        key=lambda e: e.salience,
        default=None,
    )
    dated = sorted((d for d in documents if d.published), key=lambda d: (d.published, d.id))
    early = dated[: max(1, round(len(dated) * OPENING_ARTICLES))] if dated else list(documents)
    if early and dated and (last_day := early[-1].published):
        # (All of the last day taken: which of a day's articles come first is chance.)
        early = [d for d in dated if d.published and d.published <= last_day]
    best: tuple[float, Citation] | None = None
    for rank, doc in enumerate(early):
        for position, sentence in enumerate(doc.sentences[:LEAD_SENTENCES]):
            text = doc.text[sentence.start : sentence.end]
            # A wire's lead is often long ("Russia, Turkey and Iran have agreed to set up ...,
            # the three countries said in a joint statement read out at the end of ..."); up to
            # the brief's longest sentence it is not held against it.
            quality = sentence_quality(text, longest=MAX_WORDS)
            if (
                quality < MIN_QUALITY
                or len(text.split()) > MAX_WORDS
                or not _stands_alone(text)
                or _THIS.search(text)
                or (position > 0 and _told_before(text))
                or _all_before(doc, sentence, since)
            ):
                continue  # the opener reads alone ("believes that this may ..." does not)
            named = {
                side(entity, entity)
                for m in doc.mentions
                if sentence.start <= m.start < sentence.end
                and (entity := index.entity_at(doc.id, m.start)) is not None
                and side(entity, entity) in main
            }
            if len(named) < 2:
                continue
            # Two or three main actors say what the story is; more make no better opener than
            # the journalist's own lead ("Russia and Ukraine signed a deal ..." before "Russia's
            # defence minister signed with Turkey and the United Nations, and Ukraine's ...").
            score = (
                min(len(named), ENOUGH_ACTORS)
                + (1.0 if (doc.id, sentence.start) in typed_sentences else 0.0)
                + (
                    1.0
                    if origin is not None
                    and names_day(doc.timexes, sentence.start, sentence.end, origin.date)
                    else 0.0
                )
            )
            score = score * quality - LATER_SENTENCE * position - 0.5 * rank / len(early)
            if best is None or score > best[0]:
                best = (score, Citation(doc.id, sentence.start, sentence.end, text))
    return best[1] if best else None


def _all_before(doc: Document, sentence: Sentence, since: str | None) -> bool:
    """Whether every calendar time the sentence names ends before ``since`` (and it names one)."""
    spans = [
        period(t.value)
        for t in doc.timexes
        if sentence.start <= t.start < sentence.end and t.value and t.type == "DATE"
    ]
    ends = [span[1].isoformat() for span in spans if span is not None]
    return since is not None and bool(ends) and len(ends) == len(spans) and max(ends) < since


_DEFINITE_START = re.compile(r"^\W*(?:The|This|That|These|Those)\s+(\w+)\b")
_HAPPENINGS = frozenset(NOUNS) | {"deal", "move", "decision", "plan", "announcement", "incident"}


# A happening named by "the" and its kind alone, with only a time or the clause's end after it
# ("announced the moves Wednesday after ..."): which moves, the sentence before said.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_BARE_HAPPENING = re.compile(
    r"\b(?:the|these|those)\s+([a-z]+)(?=\s*(?:[,.;:]|$|\s+(?:on\s+(?:" + _WEEKDAY + r"|\d)|"
    r"last|this|yesterday|today|tonight|" + _WEEKDAY + r")\b))"
)


def _refers_back(text: str) -> bool:
    """Whether a sentence names a happening by "the" and its kind alone ("Svanberg announced the
    moves Wednesday"), which out of its article says nothing of what happened."""
    return any(
        word in _HAPPENINGS or (word.endswith("s") and word[:-1] in _HAPPENINGS)
        for word in _BARE_HAPPENING.findall(text)
    )


def _told_before(text: str) -> bool:
    """Whether a sentence after an article's first opens on a happening the article has told
    already ("The deal was signed late on Saturday ..." after "... have signed an agreement")."""
    start = _DEFINITE_START.match(text)
    return start is not None and start.group(1).lower() in _HAPPENINGS


def _start(event: Event) -> str:
    span = period(event.date)
    return span[0].isoformat() if span else event.date
