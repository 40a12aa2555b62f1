"""Timeline selection: which dates, and which sentences for each date.

By default the number of dates follows the corpus (its span and how many dates are well
reported); ``dates`` and ``per_date`` fix them. Dates are ranked by the salience of their events
and how many articles report them; each date chosen makes the days next to it count for less,
and a date whose lead sentence repeats a neighbouring chosen date's is skipped.

A date's lines are chosen from everything that reports that day: the sentences of its events,
and the opening sentences and headlines of the articles published that day or the next (news
leads and headlines tell the day's news) when they carry no date of their own pointing
elsewhere. The lines picked are the ones closest to what all of these sentences say together,
read well on their own, and do not repeat each other; an entry of a published chronology for
that day counts for more, and a sentence that also dates something to another day counts for
less.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from storyline.calendar import ENTRY_MARK
from storyline.compose.salience import OFF_STORY, day_weight, relevance
from storyline.compose.salience import overlap as _overlap
from storyline.compose.spread import SpreadPicker
from storyline.merge.events import plan_of_its_day
from storyline.merge.periods import period
from storyline.merge.quality import sentence_quality, shouted
from storyline.records import Document
from storyline.records.story import Citation, CitedSentence, Event, TimelineEntry

NEIGHBOUR_DAYS = 2
REPEAT_OVERLAP = 0.6
MAX_CITATIONS = 5
# The most dates a timeline gets by default.
MAX_DATES = 100
# The share of a story's day-level events at each end of its time left out of its span: the
# background an article recalls ("born on October 31, 1935").
SPAN_TRIM = 0.05
# Opening sentences of an article that count as its report of the day's news.
LEAD_SENTENCES = 5
# A day's coverage is of that day when at least this many of its articles, and this share of
# them, tell the day's news in their leads, and this many times as many as tell the day before's.
_SAME_DAY_ARTICLES = 3
_SAME_DAY_SHARE = 0.6
_BEFORE_RATIO = 4
# A calendar date names its day ("May 6", "6 May"), unlike "Wednesday" or "tonight".
_CALENDAR = re.compile(r"\d")


def default_sizes(events: Sequence[Event]) -> tuple[int, int]:
    """(number of dates, sentences per date) for a corpus: four times the square root of its
    span in days (5 to 100; a month gets 22, a year 76), at most the number of dated days; two
    sentences a date when dates carry three or more events on average. The span is that of
    the middle nine tenths of its day-level events, stretched to the whole: a fortnight's
    coverage that recalls a birth in 1935 and a record of 1886 is no story of 125 years.

    Four times the root is about as long as the timelines journalists wrote for the Timeline17
    stories (median length ratio 1.09 over its 13 reference timelines, spans of 8 to 941 days;
    `storyline eval tls --own-length` measures how many of their dates ours then covers)."""
    dated = [e.date for e in events if e.granularity == "day"]
    if not dated:
        return min(10, len({e.date for e in events})), 1
    days = set(dated)
    n_dates = min(len(days), max(5, min(MAX_DATES, round(4 * math.sqrt(story_span(dated))))))
    per_date = 2 if len(events) / len(days) >= 3 else 1
    return n_dates, per_date


def story_span(days: Sequence[str]) -> float:
    """How many days a story runs, from its events' days (YYYY-MM-DD, one per event): the
    span of the middle nine tenths, stretched by the share of the events they are, so that a
    story told evenly keeps its whole span and the odd old day recalled does not stretch it."""
    first, last, kept = _middle(days)
    return ((last - first).days + 1) * len(days) / kept


def story_window(
    days: Sequence[str], published: Sequence[str] = ()
) -> tuple[str | None, str | None]:
    """The days a story's timeline is drawn from when no range is asked for: the story's own
    time, widened by a quarter of its span and at least WINDOW_MARGIN days on each side.

    Its own time is the middle nine tenths of the days its articles were published (a year of
    coverage of a war is a timeline of that year, not of the invasion and the memos of two
    years before that its articles recall), unless fewer than half of its events' ``days`` fall
    in that window (articles looking back on a story told before they appeared); then, and
    without publication days, it is the middle nine tenths of the events' days. Background an
    article recalls from long before ("a fund for the victims of the Sept. 11, 2001, attacks"
    in a story of 2010) is no date of it."""
    if published:
        window = _widened(*_middle(published)[:2])
        inside = sum(window[0] <= day <= window[1] for day in days)
        if inside * 2 >= len(days):
            return window
    if not days:
        return None, None
    return _widened(*_middle(days)[:2])


def _widened(start: date, end: date) -> tuple[str, str]:
    margin = timedelta(days=max(WINDOW_MARGIN, (end - start).days / 4))
    return (start - margin).isoformat(), (end + margin).isoformat()


def _middle(days: Sequence[str]) -> tuple[date, date, int]:
    """The first and last of the middle nine tenths of the days (SPAN_TRIM of them left out at
    each end), and how many days that middle holds."""
    dated = sorted(days)
    cut = int(len(dated) * SPAN_TRIM)
    first, last = dated[cut], dated[len(dated) - 1 - cut]
    return date.fromisoformat(first), date.fromisoformat(last), len(dated) - 2 * cut


# The fewest days a story's window reaches beyond the middle of its events on each side.
WINDOW_MARGIN = 90


# How much each sentence further down counts for less where one article of that day tells it.
SINGLE_ARTICLE_ORDER = 0.5
# How much a line in capitals' runs counts, against 1 (a transcript's or a listing's line).
SHOUTED_LINE = 0.3
# Articles up to this many days after a day report its news (the day's, the next morning's, and
# a weekend's or another time zone's); later ones tell it again as background.
NEWS_DAYS = 2


@dataclass(frozen=True, slots=True)
class TimelineChoice:
    """How dates and lines are chosen (the matching Settings fields say what each does)."""

    line_redundancy: float = 0.2
    date_weight: str = "salience"
    date_spread: float = 0.3
    chronicle_weight: float = 3.0
    elsewhere_weight: float = 0.5
    late_weight: float = 0.5
    off_story_weight: float = OFF_STORY


def select_timeline(
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    dates: int | None = None,
    per_date: int | None = None,
    terms: Counter[str] | None = None,
    first: str | None = None,
    last: str | None = None,
    choice: TimelineChoice = TimelineChoice(),
) -> list[TimelineEntry]:
    """The timeline; ``first``/``last`` (YYYY-MM-DD) keep its dates within that range, which
    is by default the story's own time (``story_window``)."""
    # (Happenings dated only by the article that tells them further down are no days to choose.)
    events = [e for e in events if not e.dated_by_report_only]
    window = (first, last)
    if first is None and last is None:
        published = [d.published[:10] for d in documents if d.published]
        window = story_window([e.date for e in events if e.granularity == "day"], published)
    events = [e for e in events if _within(e.date, *window)]
    default_dates, default_per_date = default_sizes(events)
    n_dates = dates if dates is not None else default_dates
    k = per_date if per_date is not None else default_per_date
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.granularity == "day":
            by_date[event.date].append(event)
    if len(by_date) < 3:  # hardly any exact dates: weeks and months will have to do
        for event in events:
            if event.granularity in ("week", "month"):
                by_date[event.date].append(event)
    chosen = _choose_dates(by_date, n_dates, choice, first, last)
    leads = _LeadIndex(documents, events)
    used: set[str] = set()
    # Lines are picked for the most important dates first; a sentence used once is not used for
    # another date (a next-day lead is a candidate for two dates).
    entries = [
        _entry(day, chosen[day], k, leads, terms or Counter(), choice, used) for day in chosen
    ]
    return sorted(entries, key=lambda entry: entry.date)


def _choose_dates(
    by_date: dict[str, list[Event]],
    n_dates: int,
    choice: TimelineChoice,
    first: str | None,
    last: str | None,
) -> dict[str, list[Event]]:
    """The n best dates, best first. Exact days come before weeks and months. Each day chosen
    discounts the days near it by up to ``date_spread``, fading with the distance measured
    against half the average gap between the timeline's dates, so that a busy fortnight does not
    take every place. A day's lead event that repeats a chosen neighbour's (a day or two off, as
    "since 22 April, when the rig exploded" for an explosion of April 20) leaves the day, which
    is weighed again on what else happened on it."""
    by_date = dict(by_date)
    score = {d: _date_score(events, choice.date_weight) for d, events in by_date.items()}
    days = sorted(d for d in by_date if len(d) == 10)
    periods = sorted((d for d in by_date if len(d) != 10), key=lambda d: (-score[d], d))
    scale = 0.0
    if days and n_dates:
        if first and last:
            span = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1.0
        else:
            span = story_span([d for d in days for _event in by_date[d]])
        scale = 0.5 * span / n_dates
    ordinal: dict[str, int | None] = {d: date.fromisoformat(d).toordinal() for d in days}
    picker = SpreadPicker(ordinal, choice.date_spread, scale)
    chosen: dict[str, list[Event]] = {}
    while len(chosen) < n_dates:
        day = picker.best(lambda d, discount: (score[d] * discount, -(ordinal[d] or 0)))
        if day is None:
            break
        lead = max(by_date[day], key=lambda e: e.salience)
        if _repeats_neighbour(day, lead, chosen):
            by_date[day] = [e for e in by_date[day] if e is not lead]
            if not by_date[day]:
                picker.drop(day)
            score[day] = _date_score(by_date[day], choice.date_weight)
            continue
        chosen[day] = by_date[day]
        picker.take(day)
    for period_value in periods:
        if len(chosen) >= n_dates:
            break
        chosen[period_value] = by_date[period_value]
    return chosen


def _within(value: str, first: str | None, last: str | None) -> bool:
    """Whether the period ``value`` names lies inside first..last."""
    if first is None and last is None:
        return True
    span = period(value)
    if span is None:
        return False
    return (first is None or span[0].isoformat() >= first) and (
        last is None or span[1].isoformat() <= last
    )


def _date_score(events: list[Event], date_weight: str) -> float:
    """The salience of the date's three main events; with ``reports``, times the log of the
    number of articles that report something on that date."""
    top = day_weight(e.salience for e in events)
    if date_weight == "reports":
        return top * math.log1p(len({c.document_id for e in events for c in e.evidence}))
    return top


def _repeats_neighbour(day: str, lead: Event, chosen: dict[str, list[Event]]) -> bool:
    if len(day) != 10:
        return False
    here = date.fromisoformat(day)
    for other, events in chosen.items():
        if len(other) != 10 or abs((date.fromisoformat(other) - here).days) > NEIGHBOUR_DAYS:
            continue
        other_lead = max(events, key=lambda e: e.salience)
        if _overlap(lead.headline, other_lead.headline) >= REPEAT_OVERLAP:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Candidate:
    citation: Citation
    event: Event | None
    chronicle: bool
    elsewhere: bool
    late: bool


class _LeadIndex:
    """The opening sentences of the articles, by publication day."""

    def __init__(self, documents: Sequence[Document], events: Sequence[Event] = ()) -> None:
        self._by_day: dict[str, list[Document]] = defaultdict(list)
        self._by_id = {doc.id: doc for doc in documents}
        for doc in documents:
            if doc.published and doc.sentences:
                self._by_day[doc.published].append(doc)
        self._told_on, self._of_its_day = _told_days(self._by_id, events)
        self._of_its_day |= {doc.id for doc in documents if _news_of_its_day(doc)}
        # A day most of whose articles tell that day's news in their leads, and hardly any the
        # day before's (coverage online, as it happens), holds no report of the day before in
        # its undated leads either.
        self._same_day = set()
        for day, docs in self._by_day.items():
            told = sum(d.id in self._of_its_day for d in docs)
            before = sum(_news_of_day_before(d) for d in docs)
            if told >= max(_SAME_DAY_ARTICLES, _SAME_DAY_SHARE * len(docs), _BEFORE_RATIO * before):
                self._same_day.add(day)

    def reports_of(self, day: str) -> list[Citation]:
        """Leads of the articles published on ``day`` or the day after, except sentences dated
        to another period, and those articles' headlines (an outlet's own line for its news)."""
        if len(day) != 10:
            return []
        here = date.fromisoformat(day)
        found = []
        for published in (day, (here + timedelta(days=1)).isoformat()):
            for doc in self._by_day.get(published, []):
                if published != day and (published in self._same_day or doc.id in self._of_its_day):
                    continue
                leads = doc.sentences[:LEAD_SENTENCES]
                told_on = [self._told_on.get((doc.id, s.start), day) for s in leads]
                for sentence, told in zip(leads, told_on, strict=True):
                    if told == day and not _dated_elsewhere(
                        doc, sentence.start, sentence.end, here
                    ):
                        text = doc.text[sentence.start : sentence.end]
                        found.append(Citation(doc.id, sentence.start, sentence.end, text))
                # (Its headline, as its lead: an article whose lead tells another day's
                # happening has no headline of this day's.)
                if doc.title is not None and _reports(doc.title) and told_on[0] == day:
                    found.append(Citation(doc.id, 0, len(doc.title), doc.title, "title"))
        return found

    def published(self, document_id: str) -> str | None:
        doc = self._by_id.get(document_id)
        return doc.published if doc is not None else None

    def retells(self, citation: Citation, news_until: str | None) -> bool:
        """Whether the sentence's article came out after ``news_until``, the last day that
        reports a day's news: it tells the happening again, as background to later news."""
        published = self.published(citation.document_id)
        return news_until is not None and published is not None and published > news_until

    def dated_elsewhere(self, citation: Citation, day: str) -> bool:
        doc = self._by_id.get(citation.document_id)
        if doc is None or len(day) != 10 or citation.field != "text":
            return False
        # Only another day: "talks that began in February" is background, not another report.
        return _dated_elsewhere(
            doc, citation.start, citation.end, date.fromisoformat(day), ("day",)
        )

    def is_chronicle_entry(self, citation: Citation, day: str) -> bool:
        """Whether the sentence is an entry of a chronology for ``day``: it opens with that
        date, followed by a colon or a dash and the entry ("May 6 - Oil washes ashore ...")."""
        doc = self._by_id.get(citation.document_id)
        if doc is None or citation.field != "text":
            return False
        opening = citation.start + len(citation.text) - len(citation.text.lstrip(" *\u2022\\-"))
        for timex in doc.timexes:
            if opening <= timex.start <= opening + 1:
                if timex.type != "DATE" or timex.value != day or not _CALENDAR.search(timex.text):
                    return False
                rest = doc.text[timex.end : citation.end]
                mark = ENTRY_MARK.match(rest)
                return mark is not None and len(rest[mark.end() :].split()) >= 5
        return False


# A headline of fewer words is a label ("Susan Watts", "Where is God in Haiti?" is a question).
HEADLINE_WORDS = 6


def _reports(title: str) -> bool:
    """Whether an article's title reads as a report of its news: six words or more, not a
    question."""
    return len(title.split()) >= HEADLINE_WORDS and not title.endswith("?")


def _news_of_its_day(doc: Document) -> bool:
    """Whether an article's lead dates its news to the day it is published ("began talks in
    Vienna on Tuesday", published that Tuesday): its other opening sentences are then of that
    day too, not the day before's news reported the morning after."""
    return bool(doc.published) and _lead_dates(doc, doc.published or "")


def _news_of_day_before(doc: Document) -> bool:
    """Whether an article's lead dates its news to the day before it is published ("struck
    Haiti on Tuesday", in Wednesday's paper)."""
    if not doc.published:
        return False
    return _lead_dates(doc, (date.fromisoformat(doc.published) - timedelta(days=1)).isoformat())


def _lead_dates(doc: Document, day: str) -> bool:
    """Whether the article's first sentence names ``day``."""
    if not doc.sentences:
        return False
    first = doc.sentences[0]
    return any(
        first.start <= t.start and t.end <= first.end and (t.value or "")[:10] == day
        for t in doc.timexes
        if t.granularity == "day"
    )


def _told_days(
    documents: dict[str, Document], events: Sequence[Event]
) -> tuple[dict[tuple[str, int], str], set[str]]:
    """The day the story dates each sentence of a happening to by words, its own or other
    reports' (a lead so dated is no report of another day), and the articles whose lead, undated
    in itself, tells what the story so dates to the day they are published ("Russia and Ukraine
    have agreed to swap prisoners", published the Friday that other reports say they agreed):
    their news is of that day, not of the day before reported the morning after."""
    told_on: dict[tuple[str, int], str] = {}
    of_its_day: set[str] = set()
    for event in events:
        if event.date_source != "text" or event.granularity != "day":
            continue
        for citation in event.evidence:
            if citation.field != "text":
                continue
            told_on[(citation.document_id, citation.start)] = event.date
            doc = documents.get(citation.document_id)
            if doc is None or doc.published != event.date or not doc.sentences:
                continue
            if citation.start <= doc.sentences[0].start < citation.end:
                of_its_day.add(doc.id)
    return told_on, of_its_day


def _dated_elsewhere(
    doc: Document, start: int, end: int, day: date, granularities: tuple[str, ...] = ()
) -> bool:
    """Whether the span holds a date or time outside ``day`` (of these granularities, if
    given)."""
    for timex in doc.timexes:
        if granularities and timex.granularity not in granularities:
            continue
        if timex.start >= start and timex.end <= end and timex.type in ("DATE", "TIME"):
            span = period(timex.value)
            if span is not None and not span[0] <= day <= span[1]:
                return True
    return False


def _entry(
    day: str,
    events: list[Event],
    k: int,
    leads: _LeadIndex,
    terms: Counter[str],
    choice: TimelineChoice,
    used: set[str],
) -> TimelineEntry:
    candidates = _candidates(day, events, leads)
    fresh = [c for c in candidates if _key(c.citation.text) not in used]
    pool = fresh or candidates
    # One article of that very day tells it: its own order says what matters most.
    told_by = {c.citation.document_id for c in pool}
    in_order = len(told_by) == 1 and leads.published(next(iter(told_by))) == day
    picked = _central_lines(pool, k, terms, choice, in_order)
    used.update(_key(c.citation.text) for c in picked)
    sentences = tuple(CitedSentence(c.citation.text, _citations(c)) for c in picked)
    picked_events = list(dict.fromkeys(c.event for c in picked if c.event is not None))
    # The status is that of what is shown: the events of the sentences picked, and the day's
    # reports picked as they read (not an event whose sentences are not there: "it will be 20%
    # more fuel efficient than the aircraft today" had marked a day of reported deals planned).
    statuses = {e.status for e in picked_events} | {
        "planned" if plan_of_its_day(c.citation.text) else "happened"
        for c in picked
        if c.event is None
    }
    if not picked_events:
        picked_events = [max(events, key=lambda e: e.salience)]
    # A day all of whose lines tell one thing still to come, called off or denied is that.
    only = next(iter(statuses)) if len(statuses) == 1 else None
    status = (
        only
        if only in ("planned", "cancelled", "denied")
        else ("ongoing" if "ongoing" in statuses and "happened" not in statuses else "happened")
    )
    return TimelineEntry(
        day, events[0].granularity, status, tuple(e.id for e in picked_events), sentences
    )


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _candidates(day: str, events: list[Event], leads: _LeadIndex) -> list[_Candidate]:
    """The day's events' sentences (each with its most salient event), then its reports; not
    those of a plan for the day reported before the day's happening was called off (the plan
    "another meeting tentatively set for May 3", then "a round planned for May 3 was called
    off": the day is that of a meeting called off)."""
    sources: dict[tuple[str, str, int], tuple[Citation, Event | None]] = {}
    events = _not_overtaken(events, leads)
    for event in sorted(events, key=lambda e: -e.salience):
        for citation in event.evidence:
            sources.setdefault(
                (citation.document_id, citation.field, citation.start), (citation, event)
            )
    for citation in leads.reports_of(day):
        sources.setdefault((citation.document_id, citation.field, citation.start), (citation, None))
    news_until = (
        (date.fromisoformat(day) + timedelta(days=NEWS_DAYS)).isoformat()
        if len(day) == 10
        else None
    )
    return [
        _Candidate(
            citation,
            event,
            leads.is_chronicle_entry(citation, day),
            leads.dated_elsewhere(citation, day),
            leads.retells(citation, news_until),
        )
        for citation, event in sources.values()
    ]


def _not_overtaken(events: list[Event], leads: _LeadIndex) -> list[Event]:
    """A day's events but its plans all of whose reports came out before the first report
    that calls the day's happening off."""
    called_off = [
        day
        for e in events
        if e.status == "cancelled"
        for c in e.evidence
        if (day := leads.published(c.document_id)) is not None
    ]
    if not called_off:
        return events
    first = min(called_off)

    def overtaken(event: Event) -> bool:
        told = [leads.published(c.document_id) for c in event.evidence]
        return event.status == "planned" and all(d is not None and d < first for d in told)

    kept = [e for e in events if not overtaken(e)]
    return kept or events


def _central_lines(
    candidates: list[_Candidate],
    k: int,
    terms: Counter[str],
    choice: TimelineChoice,
    in_order: bool = False,
) -> list[_Candidate]:
    """The k candidates closest to the centroid of them all, weighted by how well they read and
    how much they are about the story, skipping any that repeats one already picked; with
    ``in_order`` (the candidates are one article's), each further down counts for less."""
    if len(candidates) <= 1:
        return candidates[:k]
    # Imported here: scikit-learn takes seconds to import, and the annotation workers, which
    # import this module with the pipeline, never use it.
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [c.citation.text for c in candidates]
        )
    except ValueError:  # nothing but stop words
        return candidates[:k]
    quality = np.array([sentence_quality(c.citation.text) for c in candidates])
    # A transcript's line may say what the day's reports say, but is no line to show.
    shown = np.array([SHOUTED_LINE if shouted(c.citation.text) else 1.0 for c in candidates])
    # What the day's reports say together; captions and fragments count for less.
    centroid = np.asarray(vectors.T @ quality).ravel() / max(float(quality.sum()), 1e-9)
    about = np.array([relevance(c.citation.text, terms) for c in candidates])
    chronicle = np.array([choice.chronicle_weight if c.chronicle else 1.0 for c in candidates])
    elsewhere = np.array([choice.elsewhere_weight if c.elsewhere else 1.0 for c in candidates])
    # A chronology's entry is written for its date, however late.
    late = np.array([choice.late_weight if c.late and not c.chronicle else 1.0 for c in candidates])
    scores = (
        np.asarray(vectors @ centroid).ravel()
        * quality
        * (choice.off_story_weight + about)
        * chronicle
        * elsewhere
        * shown
        * late
    )
    if in_order:
        # What the article tells first is what it holds most important (its lead), as its own
        # words are all the centroid has to go by.
        order = np.argsort(np.argsort([c.citation.start for c in candidates], kind="stable"))
        scores = scores / (1.0 + SINGLE_ARTICLE_ORDER * order)
    picked: list[int] = []
    for index in np.argsort(-scores, kind="stable"):
        if picked:
            similarity = (vectors[picked] @ vectors[int(index)].T).toarray().ravel()
            if similarity.max() > choice.line_redundancy:
                continue
        picked.append(int(index))
        if len(picked) == k:
            break
    return [candidates[i] for i in picked]


def _citations(candidate: _Candidate) -> tuple[Citation, ...]:
    """The line's own sentence first, then the other evidence of its event."""
    others = candidate.event.evidence if candidate.event is not None else ()
    rest = [c for c in others if c != candidate.citation]
    return (candidate.citation, *rest[: MAX_CITATIONS - 1])
