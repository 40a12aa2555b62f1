"""Source comparison: what each outlet reports, what only it reports, and where outlets disagree
(the same happening given different dates, different figures for the same quantity, or told by
one and denied by another)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import combinations

from storyline.compose.salience import overlap, tokens
from storyline.records import Document
from storyline.records.story import Citation, Conflict, ConflictSide, Event, SourceSummary

# "killed at least 270 people", "killing 12 civilians": the count after the verb.
_FIGURE_AFTER = re.compile(
    r"\b(killed|injured|wounded|arrested|detained|evacuated|killing|injuring|wounding|"
    r"arresting|detaining|evacuating)\s+(?:(?:at least|more than|some|"
    r"about|nearly|around|up to|over)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]?\d)",
    re.I,
)
_FIGURE = re.compile(
    r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:more|other|people|person|persons|civilians|"
    r"children|women|men|residents|were|have been|had been|are|was|reportedly)\s+){0,2}"
    r"(killed|dead|died|deaths|injured|wounded|hurt|arrested|detained|missing|displaced|"
    r"evacuated|protesters|demonstrators|casualties|victims|refugees|troops|soldiers|"
    r"barrels|gallons|cases)\b(?:\s+of\s+(?:the\s+)?([a-z]+))?",
    re.I,
)
# A number that names something ("Flight 103", "Resolution 1973", "No. 5") is not a count.
# (A capitalised word that opens the sentence, "Some 5,000", names nothing.)
_NAMING = re.compile(r"(?:\S\s+[A-Z][\w-]*|#|(?i:\bno\.?|\bflight|\broute|\bnumber))\s*$")
# A figure hoped for, planned or possible ("BP hoped to collect 20,000 barrels") is no claim of
# what happened: a modal or a word of intent or capacity earlier in its clause.
_IRREALIS = re.compile(
    r"\b(?:hope[sd]?|hoping|expects?|expected|expecting|plans?|planned|planning|aims?|aimed|"
    r"aiming|intends?|intended|targets?|targeted|goal|capacity|able|could|would|may|might|will|"
    r"should|can)\b(?:[^\w,;:()\u2013\u2014]+[\w'-]+){0,12}[^\w,;:()\u2013\u2014]*$",
    re.I,
)
_SAME_QUANTITY = {"dead": "killed", "died": "killed", "deaths": "killed", "casualties": "killed",
                  "victims": "killed", "hurt": "injured", "wounded": "injured",
                  "detained": "arrested", "demonstrators": "protesters",
                  "soldiers": "troops", "killing": "killed", "injuring": "injured",
                  "wounding": "injured", "arresting": "arrested", "detaining": "arrested",
                  "evacuating": "evacuated"}  # fmt: skip
# Figures are compared between reports of the week after the happening published within this
# many days of each other: a figure given days later is an update, not a disagreement.
FIGURE_DAYS = 2
REPORT_DAYS = 7
# Counts closer than this ratio are the same figure rounded.
FIGURE_RATIO = 1.2
# A figure whose sentence dates it further than this many days from its event's day is not
# counted for it.
FIGURE_DAY_SLACK = 1
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_CONFLICT_DAYS = 14
SAME_EVENT = 0.4
RETOLD = 0.7
# A denial answers a telling when their words overlap this much.
DENIAL_OVERLAP = 0.3
MAX_POSTINGS = 60


def summarise_sources(
    documents: Sequence[Document], events: Sequence[Event]
) -> list[SourceSummary]:
    source_of = {d.id: d.outlet for d in documents}
    docs_by_source: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        docs_by_source[source_of[doc.id]].append(doc.id)
    events_by_source: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for source in sorted({source_of[c.document_id] for c in event.evidence}):
            events_by_source[source].append(event.id)
    only = {e.id for e in events if e.n_sources == 1}
    return [
        SourceSummary(
            source,
            tuple(docs),
            tuple(events_by_source[source]),
            tuple(e for e in events_by_source[source] if e in only),
        )
        for source, docs in sorted(docs_by_source.items())
    ]


def find_conflicts(documents: Sequence[Document], events: Sequence[Event]) -> list[Conflict]:
    source_of = {d.id: d.outlet for d in documents}
    published = {d.id: d.published for d in documents}
    by_id = {d.id: d for d in documents}
    return (
        _figure_conflicts(events, source_of, published, by_id)
        + _date_conflicts(events, source_of)
        + _status_conflicts(events, source_of)
    )


def _status_conflicts(events: Sequence[Event], source_of: dict[str, str]) -> list[Conflict]:
    """Whether it happened: a source tells the happening and another denies it."""
    conflicts = []
    for event in events:
        deniers = {source_of[c.document_id]: c for c in event.denials}
        denied = set(event.denials)
        tellers = {
            source_of[c.document_id]: c
            for c in event.evidence
            if c not in denied and source_of[c.document_id] not in deniers
        }
        if not deniers or not tellers:
            continue
        if not any(
            overlap(d.text, t.text) >= DENIAL_OVERLAP
            for d in deniers.values()
            for t in tellers.values()
        ):
            continue  # a denial of something else the same day
        sides = tuple(ConflictSide(s, event.status, c) for s, c in sorted(tellers.items()))
        sides += tuple(ConflictSide(s, "denied", c) for s, c in sorted(deniers.items()))
        conflicts.append(Conflict("status", event.headline[:100], (event.id,), sides))
    return conflicts


def _figure_conflicts(
    events: Sequence[Event],
    source_of: dict[str, str],
    published: dict[str, str | None],
    documents: dict[str, Document],
) -> list[Conflict]:
    """Different counts of the same thing for one happening from different sources at the
    same time: within the events of one day and one PLOVER type (or one event), each source's
    earliest figure for each quantity ("killed", "injured", "barrels"...) from reports of the
    week after the day; two sources disagree when their reports are at most FIGURE_DAYS apart
    and their counts differ by more than rounding (a later figure is an update)."""
    blocks: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event.granularity == "day" and len(event.date) == 10:
            blocks[(event.date, event.type or event.id)].append(event)
    conflicts = []
    for (day, _kind), members in sorted(blocks.items()):
        figures: dict[str, dict[str, tuple[date, int, Citation]]] = defaultdict(dict)
        for event in members:
            for citation in event.evidence:
                when = _report_day(published.get(citation.document_id), day)
                if when is None:
                    continue
                found = _figures(citation.text)
                if not found or _of_another_day(documents.get(citation.document_id), citation, day):
                    continue
                source = source_of[citation.document_id]
                for quantity, value in found:
                    known = figures[quantity].get(source)
                    if known is None or when < known[0]:
                        figures[quantity][source] = (when, int(value), citation)
        for quantity, by_source in figures.items():
            sides = _disagreeing(by_source)
            if sides:
                conflicts.append(
                    Conflict(
                        "figure",
                        f"number {quantity}: {members[0].headline[:80]}",
                        tuple(e.id for e in members),
                        sides,
                    )
                )
    return conflicts


def _of_another_day(document: Document | None, citation: Citation, day: str) -> bool:
    """Whether the sentence dates what it tells to days other than ``day`` (more than
    FIGURE_DAY_SLACK away: "collected 14,800 barrels on Monday" is Monday's count, not that of
    the Friday before; "in the 24 hours to midnight on Thursday" still counts for Friday)."""
    if document is None:
        return False
    here = date.fromisoformat(day)
    found = [
        abs((date.fromisoformat(t.value) - here).days)
        for t in document.timexes
        if citation.start <= t.start
        and t.end <= citation.end
        and t.granularity == "day"
        and t.value
        and _DAY.fullmatch(t.value)
    ]
    return bool(found) and min(found) > FIGURE_DAY_SLACK


def _disagreeing(by_source: dict[str, tuple[date, int, Citation]]) -> tuple[ConflictSide, ...]:
    """The sources of the first pair that disagree, with every source near them in time."""
    items = sorted(by_source.items())
    for (_a, (day_a, value_a, _ca)), (_b, (day_b, value_b, _cb)) in combinations(items, 2):
        low, high = sorted((value_a, value_b))
        if abs((day_a - day_b).days) <= FIGURE_DAYS and high >= low * FIGURE_RATIO:
            near = [
                (s, v, c)
                for s, (d, v, c) in items
                if min(abs((d - day_a).days), abs((d - day_b).days)) <= FIGURE_DAYS
            ]
            return tuple(ConflictSide(s, str(v), c) for s, v, c in near)
    return ()


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORD = re.compile(
    rf"\b(?:({'|'.join(_TENS)})(?:[- ]({'|'.join(_UNITS[:9])}))?|({'|'.join(_UNITS)}))\b", re.I
)


def _in_digits(match: re.Match[str]) -> str:
    """A count written in words in digits: "Twelve" -> "12", "twenty-five" -> "25"."""
    tens, unit, alone = ((g or "").lower() for g in match.groups())
    if alone:
        return str(_UNITS.index(alone) + 1)
    return str(10 * (_TENS.index(tens) + 2) + (_UNITS.index(unit) + 1 if unit else 0))


def _figures(text: str) -> list[tuple[str, str]]:
    """The counts a sentence gives, as (quantity, count); counts written in words ("Twelve
    civilians were killed") read as digits."""
    text = _NUMBER_WORD.sub(_in_digits, text)
    found = []
    for match in _FIGURE.finditer(text):
        if _NAMING.search(text[: match.start()]) or _irrealis(text, match.start()):
            continue
        noun = match.group(2).lower()
        quantity = _SAME_QUANTITY.get(noun, noun)
        if match.group(3):  # "400,000 gallons of dispersant" is not a count of oil
            quantity += " of " + match.group(3).lower()
        found.append((quantity, match.group(1).replace(",", "")))
    for match in _FIGURE_AFTER.finditer(text):
        if _irrealis(text, match.start()):
            continue
        verb = match.group(1).lower()
        found.append((_SAME_QUANTITY.get(verb, verb), match.group(2).replace(",", "")))
    return found


def _irrealis(text: str, start: int) -> bool:
    return _IRREALIS.search(text[max(0, start - 120) : start]) is not None


def _report_day(published: str | None, day: str) -> date | None:
    """The report's day, when it is from the week after the happening (or the day before)."""
    if not published:
        return None
    try:
        when = date.fromisoformat(published[:10])
        gap = (when - date.fromisoformat(day)).days
    except ValueError:
        return None
    return when if -1 <= gap <= REPORT_DAYS else None


def _date_conflicts(events: Sequence[Event], source_of: dict[str, str]) -> list[Conflict]:
    """One happening given two days close together by sources that do not agree: two events
    of the same PLOVER type by the same actor (or, where neither names one, about the same
    entity or place), told as having happened, each dated by its own
    sentences, in similar words, by disjoint sets of sources (a source that tells both days
    tells two happenings, as with a meeting held twice). Candidates share at least three
    content words through an inverted index whose longest lists (words in too many events) are
    skipped, so no all-pairs comparison is made."""
    days = [
        e
        for e in events
        if e.granularity == "day"
        and len(e.date) == 10
        and e.type is not None
        and e.status == "happened"
        and e.date_source == "text"
    ]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(days):
        for word in _key_words(event):
            postings[word].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) > MAX_POSTINGS:
            continue
        for a, b in combinations(members, 2):
            shared[(a, b)] += 1
    conflicts = []
    for (a, b), count in sorted(shared.items()):
        if count < 3:
            continue
        first, second = days[a], days[b]
        gap = abs((date.fromisoformat(first.date) - date.fromisoformat(second.date)).days)
        if first.date == second.date or gap > DATE_CONFLICT_DAYS:
            continue
        if first.type != second.type or not _same_actors(first, second):
            continue
        sources_a = {source_of[c.document_id] for c in first.evidence}
        sources_b = {source_of[c.document_id] for c in second.evidence}
        if sources_a & sources_b:
            continue
        if overlap(first.headline, second.headline) < SAME_EVENT:
            continue
        if _retold(first, second) or _counts_differ(first, second):
            continue
        if first.date > second.date:
            first, second, sources_a, sources_b = second, first, sources_b, sources_a
        sides = (
            ConflictSide(sorted(sources_a)[0], first.date, first.evidence[0]),
            ConflictSide(sorted(sources_b)[0], second.date, second.evidence[0]),
        )
        conflicts.append(Conflict("date", first.headline[:100], (first.id, second.id), sides))
    return conflicts


def _retold(first: Event, second: Event) -> bool:
    """Nearly the same words in both (wire copy run by two outlets, one edited for its day of
    publication: "released today" and "released Thursday"): one claim, whose relative date was
    read against two publication dates, not two sources that disagree."""
    return any(overlap(a.text, b.text) >= RETOLD for a in first.evidence for b in second.evidence)


def _counts_differ(first: Event, second: Event) -> bool:
    """Reports that give different counts ("collected 16,830 barrels on Wednesday", "24,980
    barrels on Monday") are of different happenings (a daily figure), not one misdated."""
    a = {v for c in first.evidence for v in re.findall(r"\d[\d,.]*\d|\d", c.text)}
    b = {v for c in second.evidence for v in re.findall(r"\d[\d,.]*\d|\d", c.text)}
    return bool(a and b and not a & b)


def _same_actors(first: Event, second: Event) -> bool:
    """Whether two events have the same actor: a source in common, or, where neither names
    who acted, an entity or the place in common."""
    if first.sources or second.sources:
        return bool(set(first.sources) & set(second.sources))
    places = {first.place} & {second.place} - {None}
    return bool(set(first.actors) & set(second.actors) or places)


_DATE_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "ago",
        "tonight",
        "week",
        "month",
        "year",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def _key_words(event: Event) -> set[str]:
    return {w for w in tokens(event.headline) if len(w) > 3 and w not in _DATE_WORDS}
