"""Source comparison: what each outlet reports, what only it reports, and where outlets disagree
(the same happening given different dates, different figures for the same quantity, or told by
one and denied by another)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from storyline.calendar import find_explicit_dates
from storyline.compose.salience import overlap, tokens
from storyline.merge.periods import names_day
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
    r"(?<![\w.,$\u2013-])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:more|other|people|person|persons|civilians|"
    r"children|women|men|residents|fighters|militants|rebels|insurgents|gunmen|policemen|"
    r"police|officers|migrants|passengers|workers|journalists|pilgrims|worshippers|were|"
    r"have been|had been|are|was|reportedly)\s+){0,2}"
    r"(killed|dead|died|deaths|injured|wounded|hurt|arrested|detained|missing|displaced|"
    r"evacuated|protesters|demonstrators|casualties|victims|refugees|troops|soldiers|"
    r"barrels|gallons|cases)\b(?:\s+of\s+(?:the\s+)?([a-z]+))?",
    re.I,
)
# "the death toll from the strike had risen to 35", "a death toll of 12": a count of the
# killed, the number the clause gives the toll (not one it rose from: "from 20 to 35" is left).
_TOLL = re.compile(
    r"\bdeath toll\b[^.;:\d]{0,60}?\b(?:to|at|of|reached|hit|passed|topped|is|was)\s+"
    r"(?:(?:at least|more than|some|about|nearly|around|over)\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]?\d)",
    re.I,
)
# A number that names something ("Flight 103", "Resolution 1973", "No. 5") is not a count.
# (A capitalised word that opens the sentence, "Some 5,000", names nothing.)
_NAMING = re.compile(r"(?:\S\s+[A-Z][\w-]*|#|(?i:\bno\.?|\bflight|\broute|\bnumber))\s*$")
# A figure hoped for, planned or possible ("BP hoped to collect 20,000 barrels", "can capture
# between 40,000 and 53,000 barrels") is no claim of what happened: a modal or a word of intent
# or capacity earlier in its clause (a number's thousands comma does not end the clause).
_IRREALIS = re.compile(
    r"\b(?:hope[sd]?|hoping|expects?|expected|expecting|plans?|planned|planning|aims?|aimed|"
    r"aiming|intends?|intended|targets?|goal|capacity|able|could|would|may|might|will|"
    r"should|can)\b(?:[^\w,;:()\u2013\u2014]+[\w'-]+(?:,\d{3})*){0,12}[^\w,;:()\u2013\u2014]*$",
    re.I,
)
# A figure given as the one another replaces or is measured against ("far higher than the
# 210,000 gallons BP had guessed", "down from an estimate of 5,000 barrels", "from 3,000 barrels
# a day previously") is no claim of the sentence's own.
_COMPARED = re.compile(
    r"\b(?:than|from|compared (?:with|to)|versus|vs\.?)"
    r"(?:\s+(?:the|an?|its|their|some|about|around|roughly|nearly|estimates?|of))*\s*$",
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
# What is said, and may be said again another day ("Jindal warned ..." on Friday and on
# Saturday; senators' calls repeated in a letter): two days for it are no disagreement.
_SAID_AGAIN = frozenset({"DEMAND", "DISAPPROVE", "THREATEN"})
# The share of the shorter headline's words two events of one happening have in common; and
# of the words that say who did what, for a happening of a precise kind.
SAME_EVENT = 0.4
SAME_WHAT = 0.5
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
    """Where sources disagree. Events dated only by the article that tells them take part
    only as further claims of an article that tells a dated event of their day and type."""
    source_of = {d.id: d.outlet for d in documents}
    published = {d.id: d.published for d in documents}
    by_id = {d.id: d for d in documents}
    dated = [e for e in events if not e.dated_by_report_only]
    also = [e for e in events if e.dated_by_report_only]
    return _distinct(
        _figure_conflicts(dated, source_of, published, by_id, also)
        + _date_conflicts(dated, source_of, by_id)
        + _status_conflicts(dated, source_of)
    )


def _distinct(conflicts: list[Conflict]) -> list[Conflict]:
    """Each disagreement once: two events of a day may hold the same sources' claims of the same
    quantity (BBC's 2,200 barrels against Reuters's 5,000, under two of that day's events), and
    the same sources may give one volume in two units ("2,200 barrels, or 92,400 gallons")."""
    seen: set[tuple[str, str, frozenset[tuple[str, str]]]] = set()
    volumes: set[tuple[tuple[str, ...], frozenset[str]]] = set()
    result = []
    for conflict in conflicts:
        about = conflict.topic.split(":")[0] if conflict.kind == "figure" else conflict.topic
        key = (conflict.kind, about, frozenset((s.source, s.value) for s in conflict.sides))
        sources = (conflict.event_ids, frozenset(s.source for s in conflict.sides))
        volume = conflict.kind == "figure" and about.split()[1] in _VOLUMES
        if key in seen or (volume and sources in volumes):
            continue
        seen.add(key)
        if volume:
            volumes.add(sources)
        result.append(conflict)
    return result


# Units of one quantity a report may give side by side.
_VOLUMES = frozenset({"barrels", "gallons"})


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
    also: Sequence[Event] = (),
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
    further: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in also:
        if event.type and event.granularity == "day":
            further[(event.date, event.type)].append(event)
    # Sentences with no date of their own in an article's opening, by article and day.
    undated: dict[str, list[tuple[str, Citation]]] = defaultdict(list)
    for event in events:
        if event.date_source == "published" and len(event.date) == 10:
            for citation in event.evidence:
                undated[citation.document_id].append((event.date, citation))
    conflicts = []
    for (day, kind), members in sorted(blocks.items()):
        figures: dict[str, dict[str, tuple[date, int, Citation]]] = defaultdict(dict)
        articles = {c.document_id for e in members for c in e.evidence}
        more = [e for e in further.get((day, kind), ()) if e.evidence[0].document_id in articles]
        told = [c for e in (*members, *more) for c in (*e.evidence, *e.retold)]
        # An article's undated claims of the days after are of the happening it dates ("The
        # army said 9 people were killed in the explosion on Wednesday"; "Rebels said the death
        # toll from the strike had risen to 35").
        told += [
            c
            for doc in sorted(articles)
            for told_on, c in undated.get(doc, ())
            if told_on >= day and _report_day(told_on, day) is not None
        ]
        counted = _counts(told, documents, day)
        conflicts += _claims_within_articles(told, counted, members, source_of, documents)
        for event in members:
            for citation in event.evidence:
                when = _report_day(published.get(citation.document_id), day)
                found = counted[(citation.document_id, citation.start)]
                if when is None or not found:
                    continue
                source = source_of[citation.document_id]
                for quantity, value in found:
                    known = figures[quantity].get(source)
                    if known is None or when < known[0]:
                        figures[quantity][source] = (when, int(value), citation)
        for quantity, by_source in figures.items():
            sides = _disagreeing(by_source)
            if sides:
                conflicts.append(_figure_conflict(quantity, members, sides))
    return conflicts


def _figure_conflict(
    quantity: str, members: Sequence[Event], sides: tuple[ConflictSide, ...]
) -> Conflict:
    topic = f"number {quantity}: {members[0].headline[:80]}"
    return Conflict("figure", topic, tuple(e.id for e in members), sides)


_Counts = dict[tuple[str, int], list[tuple[str, str]]]


def _counts(citations: Sequence[Citation], documents: dict[str, Document], day: str) -> _Counts:
    """The counts each sentence gives for ``day``, by (document, start), each read once: none
    where the sentence dates what it tells to another day."""
    counted: _Counts = {}
    for citation in citations:
        key = (citation.document_id, citation.start)
        if key not in counted:
            found = _figures(citation.text)
            document = documents.get(citation.document_id)
            counted[key] = [] if found and _of_another_day(document, citation, day) else found
    return counted


def _claims_within_articles(
    told: Sequence[Citation],
    counted: _Counts,
    members: Sequence[Event],
    source_of: dict[str, str],
    documents: dict[str, Document],
) -> list[Conflict]:
    """Different counts of the same thing that one article attributes to different parties
    ("Houthi officials said 20 people were killed"; "the Saudi-led coalition said five"): the
    two sides of a war often give their own tolls, and one report may carry both. A party is
    who the claimant names (claimants naming one actor, "BP" and "a BP spokesman", are one
    party; "a spokesman" names none and is left out); each party's first count is its claim.
    ``told`` are the sentences of the day's events of one type (``members``) and the same
    articles' further sentences of that day and type that no sentence dates."""
    claims: dict[tuple[str, str], list[_Claim]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for citation in told:
        key = (citation.document_id, citation.start)
        document = documents.get(citation.document_id)
        if key in seen or not counted[key] or document is None:
            continue
        seen.add(key)
        claimant = _claimant(document, citation)
        if claimant is None:
            continue
        for quantity, value in counted[key]:
            claims[(citation.document_id, quantity)].append(
                _Claim(claimant[0], claimant[1], int(value), citation)
            )
    conflicts = []
    for (document_id, quantity), made in sorted(claims.items()):
        parties = _parties(sorted(made, key=lambda c: c.citation.start))
        values = [party.value for party in parties]
        if len(parties) < 2 or max(values) < min(values) * FIGURE_RATIO:
            continue
        sides = tuple(
            ConflictSide(source_of[document_id], str(p.value), p.citation, p.claimant)
            for p in sorted(parties, key=lambda p: p.value)
        )
        conflicts.append(_figure_conflict(quantity, members, sides))
    return conflicts


@dataclass(frozen=True, slots=True)
class _Claim:
    claimant: str
    names: frozenset[str]  # the entities the claimant names
    value: int
    citation: Citation


def _parties(claims: list[_Claim]) -> list[_Claim]:
    """The first claim of each party, claims being of one party when their claimants name an
    actor in common, directly or through another claim."""
    groups: list[tuple[set[str], _Claim]] = []
    for claim in claims:
        joined = [g for g in groups if g[0] & claim.names]
        if not joined:
            groups.append((set(claim.names), claim))
            continue
        names = set(claim.names).union(*(g[0] for g in joined))
        first = min((g[1] for g in joined), key=lambda c: c.citation.start)
        groups = [g for g in groups if g not in joined] + [(names, first)]
    return [first for _names, first in groups]


# Verbs by which a report gives a claim to whoever makes it.
_CLAIMING = frozenset(
    {"say", "tell", "report", "claim", "state", "announce", "confirm", "put", "estimate", "add",
     "insist", "allege"}
)  # fmt: skip
_ACCORDING = re.compile(r"\baccording to ((?:the |a |an )?[\w'.-]+(?: [\w'.-]+){0,5}?)(?=[,.;)]|$)")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\b")


def _claimant(document: Document, citation: Citation) -> tuple[str, frozenset[str]] | None:
    """Who the sentence says makes its claim, and the actors that names: the subject of its
    reporting verb ("the coalition said", "officials told Reuters") or the one it is "according
    to"; None where that names no actor ("a spokesman said", "he said")."""
    spans = [
        (argument.start, argument.end, argument.text)
        for predicate in document.predicates
        if citation.start <= predicate.start < citation.end and predicate.lemma in _CLAIMING
        for argument in predicate.arguments
        if argument.role == "subject"
    ]
    if found := _ACCORDING.search(citation.text):
        at, text = citation.start + found.start(1), found.group(1).rstrip(".")
        spans.append((at, at + len(text), text))
    for start, end, text in spans:
        names = frozenset(
            m.entity
            for m in document.mentions
            if m.entity is not None and start <= m.start and m.end <= end
        ) or _side_named(text)
        if names:
            return _LEADING_ARTICLE.sub(lambda m: m.group().lower(), text), names
    return None


# The nouns that name a side of a conflict without naming it ("the army said", "rebels said"):
# such a claimant is a party of its own, one per noun.
_SIDES = frozenset(
    {"army", "military", "government", "rebel", "militant", "insurgent", "militia", "police",
     "opposition", "junta", "regime"}
)  # fmt: skip


def _side_named(subject: str) -> frozenset[str]:
    """The side a claimant's words name by its noun alone ("The army", "Rebels"), if any."""
    words = subject.lower().split()
    if not words or len(words) > 3:
        return frozenset()
    head = words[-1].removesuffix("s")
    return frozenset({"~" + head}) if head in _SIDES else frozenset()


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
        before = text[max(0, match.start() - 60) : match.start()]
        if _NAMING.search(before) or _irrealis(text, match.start()) or _COMPARED.search(before):
            continue
        noun = match.group(2).lower()
        quantity = _SAME_QUANTITY.get(noun, noun)
        if match.group(3):  # "400,000 gallons of dispersant" is not a count of oil
            quantity += " of " + match.group(3).lower()
        found.append((quantity, match.group(1).replace(",", "")))
    for match in _FIGURE_AFTER.finditer(text):
        if _irrealis(text, match.start()) or _COMPARED.search(text[: match.start(2)]):
            continue
        verb = match.group(1).lower()
        found.append((_SAME_QUANTITY.get(verb, verb), match.group(2).replace(",", "")))
    for match in _TOLL.finditer(text):
        if not _irrealis(text, match.start(1)):
            found.append(("killed", match.group(1).replace(",", "")))
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


def _date_conflicts(
    events: Sequence[Event], source_of: dict[str, str], documents: dict[str, Document]
) -> list[Conflict]:
    """One happening given two days close together by sources that do not agree: two events
    of the same PLOVER type (not of what may be said again another day, a demand or a warning)
    by the same actor (or, where neither names one, about the same entity or place; or, for a
    happening of a precise kind, by nobody named on one side), told as having happened, each
    dated by its own
    sentences, in similar words, by disjoint sets of sources (a source that tells both days
    tells two happenings, as with a meeting held twice; one whose sentence gives the other day
    too, "exploded on April 20 and collapsed two days later", tells two). Candidates share at
    least three content words through an inverted index whose longest lists (words in too many
    events) are skipped, so no all-pairs comparison is made."""
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
        if first.type in _SAID_AGAIN:
            continue
        sources_a = {source_of[c.document_id] for c in first.evidence}
        sources_b = {source_of[c.document_id] for c in second.evidence}
        if sources_a & sources_b:
            continue
        if not _told_alike(first, second):
            continue
        if _retold(first, second) or _counts_differ(first, second):
            continue
        if _gives_day(first, second.date, documents) or _gives_day(second, first.date, documents):
            continue
        if first.date > second.date:
            first, second = second, first
        # Each side cited with the source of the sentence cited.
        sides = tuple(
            ConflictSide(source_of[e.evidence[0].document_id], e.date, e.evidence[0])
            for e in (first, second)
        )
        conflicts.append(Conflict("date", first.headline[:100], (first.id, second.id), sides))
    return conflicts


def _gives_day(event: Event, day: str, documents: dict[str, Document]) -> bool:
    """Whether a sentence of the event also dates something to ``day``."""
    return any(
        (document := documents.get(c.document_id)) is not None
        and names_day(document.timexes, c.start, c.end, day)
        for c in event.evidence
    )


def _told_alike(first: Event, second: Event) -> bool:
    """Headlines in similar words; or, for a happening of a precise kind (a mode: "ceasefire"),
    its own words ("The ceasefire brokered by Russia and Turkey took", "the ceasefire regime that
    took"), where one headline is a whole sentence about something else as well."""
    if overlap(first.headline, second.headline) >= SAME_EVENT:
        return True
    return (
        first.mode is not None
        and first.what is not None
        and second.what is not None
        and overlap(first.what.text, second.what.text) >= SAME_WHAT
    )


def _retold(first: Event, second: Event) -> bool:
    """Nearly the same words in both (wire copy run by two outlets, one edited for its day of
    publication: "released today" and "released Thursday"): one claim, whose relative date was
    read against two publication dates, not two sources that disagree."""
    return any(overlap(a.text, b.text) >= RETOLD for a in first.evidence for b in second.evidence)


def _counts_differ(first: Event, second: Event) -> bool:
    """Reports that give different counts ("collected 16,830 barrels on Wednesday", "24,980
    barrels on Monday") are of different happenings (a daily figure), not one misdated."""
    a = {v for c in first.evidence for v in _NUMBER.findall(_without_dates(c.text))}
    b = {v for c in second.evidence for v in _NUMBER.findall(_without_dates(c.text))}
    return bool(a and b and not a & b)


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _without_dates(text: str) -> str:
    """The text without its dates, which are no counts ("took effect Dec. 29" and "on
    December 30" tell one happening's day two ways, not two counts)."""
    for found in reversed(find_explicit_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    return _YEAR.sub(" ", text)


def _same_actors(first: Event, second: Event) -> bool:
    """Whether two events have the same actor: a source in common, or, where neither names
    who acted, an entity or the place in common."""
    if first.sources or second.sources:
        return bool(set(first.sources) & set(second.sources))
    named = [set(e.actors) | ({e.place} if e.place else set()) for e in (first, second)]
    if not named[0] or not named[1]:
        # One names no one and nowhere ("the ceasefire regime that took effect on December
        # 30"): nothing to contradict where the kind is precise.
        return first.mode is not None and first.mode == second.mode
    return bool(named[0] & named[1])


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
