"""Clean documents -> annotated documents: sentences, mentions, time expressions, quotes,
predicates."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from storyline.annotate.backend import load_model
from storyline.annotate.predicates import find_predicates
from storyline.annotate.quotes import find_quotes
from storyline.annotate.seams import seams
from storyline.annotate.timex import Resolution, resolve, tense_from_tokens
from storyline.annotate.timex.absolute import read_direction
from storyline.annotate.timex.lengths import read_length
from storyline.annotate.timex.resolver import updates_reference
from storyline.annotate.timex.spans import refine
from storyline.calendar import (
    ENTRY_MARK,
    TIME_ZONE_RE,
    WEEKDAY_RE,
    day_first_reading,
    find_explicit_dates,
    value_direction,
    with_year,
)
from storyline.records import Document, Mention, Sentence, TimeExpression
from storyline.spelling import english_variety

MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
# A name that ends in a word for an agreement names the agreement, whatever place it starts with
# ("the Black Sea Grain Initiative", "the Dayton Accords"), as the model mostly tags such names.
_AGREEMENT_NAME = re.compile(
    r"\b(?:Initiative|Agreements?|Accords?|Treaty|Pact|Deal|Protocol|Convention|Declaration|"
    r"Plan|Programme|Program|Process)$"
)
# A maker's name and a model designation after it name a product ("Airbus A380", "Boeing
# 787s", "Boeing 777-200LR"), not the maker.
_MODEL = re.compile(
    r"(?:['\u2019]s)?\s+[A-Z]{0,2}\d{2,4}(?:-\d{2,4}[A-Z]{0,3})?[A-Z]{0,3}(?:'?s)?\b"
)
TIMEX_LABELS = frozenset({"DATE", "TIME"})
# spaCy tags ages ("67-year-old") and bare numbers as DATE; they are not time expressions.
_NOT_TIMEX = re.compile(
    r"^(?:\d+|[a-z]+)[- ](?:year|month|week|day)s?[- ]old$|^(?:the\s+)?aged?(?:\s+of)?\s+\d+$"
    r"|^\d{1,2}$|^\d+(?:\.\d+)?%$|^\d+(?:\.\d+){2,}$",
    re.I,
)
# The model sometimes runs a date into the words after it ("April 20, 2010-Explosion on the
# rig", "April 30 - the anniversary") or leaves the year out of its span.
_GLUED = re.compile(r"\s*[-\u2013\u2014:]\s*[A-Za-z]")
_GIVEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


# "annual sales", "a quarterly dividend": the basis a figure is counted on, not a time (TimeML
# leaves them out, as TimeBank does).
_BASIS = frozenset({"annual", "quarterly", "yearly", "annualized", "annualised"})
# A span the model tagged that we cannot resolve and that has no word of time in it ("80486",
# "Olympic") is not a time expression.
_TIME_WORD = re.compile(
    r"\b(?:1\d|20)\d\d\b|\d\s*[ap]\.?m\b|\d:\d\d|'\d\d\b|\d\d?(?:st|nd|rd|th)\b"
    r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)\b|spring|summer|autumn|fall|winter|season|christmas|easter|eve|ramadan"
    r"|hanukkah|diwali"
    r"|thanksgiving|passover|new year|holiday|now|then|today|tonight|tomorrow|yesterday|ago"
    r"|later|earlier|recent|past|future|soon|current|once|time|date|period|term|era|age|fiscal)"
    r"|(?:second|minute|hour|day|night|morning|noon|afternoon|evening|week|weekend|fortnight"
    r"|month|quarter|year|decade|centur(?:y|ies)|millenni(?:um|a))s?\b",
    re.I,
)


_FREQUENCY = frozenset({"daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly"})


def _is_frequency_adverb(token: Any) -> bool:
    """ "They gather daily": a set the model does not tag (as an adjective it is left alone)."""
    return (
        token.lower_ in _FREQUENCY and token.pos_ == "ADV" and token.ent_type_ not in TIMEX_LABELS
    )


def is_time_expression(span: Any) -> bool:
    """A model DATE/TIME span that is a time expression (not an age, a bare number or the
    basis of a figure)."""
    if span.label_ not in TIMEX_LABELS or _NOT_TIMEX.match(span.text):
        return False
    if span.text.lower() in _BASIS and span.end < len(span.doc):
        return span.doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ")
    return True


class Annotator:
    """Runs the model over clean documents in batches and reads its output into records."""

    def __init__(self, model: str = "en_core_web_sm", batch_size: int = 64) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size

    def annotate(self, documents: Iterable[Document]) -> Iterator[Document]:
        docs = list(documents)
        texts = (d.text for d in docs)
        for document, parsed in zip(
            docs, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True
        ):
            yield _safely(document, parsed)


def _safely(document: Document, parsed: Any) -> Document:
    """One document's failure must not end the run: keep it, unannotated, with a note."""
    try:
        return read_annotations(document, parsed)
    except Exception as exc:  # a bug in our reading code, reported per document
        note = f"annotation failed ({type(exc).__name__}: {exc}); the document has no annotations"
        return replace(document, notes=(*document.notes, note))


def read_annotations(document: Document, parsed: Any) -> Document:
    """Turn one spaCy Doc over ``document.text`` into the document's annotation layers."""
    text = document.text
    heading_spans = [(h.start, h.end) for h in document.headings]
    sentences = _sentences(text, parsed, heading_spans)
    mentions: list[Mention] = []
    for ent in parsed.ents:
        label = ent.label_
        if label == "PRODUCT" and not any(c.isdigit() for c in ent.text):
            continue  # the model's products without a model number are mostly not ("Accord")
        if label in MENTION_LABELS:
            start, end = _trim_possessive(text, ent.start_char, ent.end_char)
            model = _MODEL.match(text, end) if label == "ORG" else None
            if model:
                end, label = _trim_possessive(text, start, model.end())[1], "PRODUCT"
            elif label in ("GPE", "LOC", "FAC") and _AGREEMENT_NAME.search(text, start, end):
                label = "ORG"  # "the Black Sea Grain Initiative": an agreement, not a place
            for first, last, kind in _name_pieces(text, start, end, label):
                if last > first and not (mentions and first < mentions[-1].end):
                    mentions.append(Mention(first, last, text[first:last], kind))
    timexes = find_time_expressions(text, parsed, _anchor(document.published))
    quotes = find_quotes(text, mentions, [(s.start, s.end) for s in sentences])
    return replace(
        document,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        timexes=tuple(timexes),
        quotes=tuple(quotes),
        predicates=tuple(find_predicates(text, parsed)),
    )


def find_time_expressions(text: str, parsed: Any, anchor: date | None) -> list[TimeExpression]:
    """The time expressions of a parsed text, resolved against ``anchor``: the model's DATE and
    TIME spans cut as TimeML cuts them, and the reference words the model leaves out."""
    model = [(e.start_char, e.end_char, e.label_) for e in parsed.ents if is_time_expression(e)]
    model += [(t.idx, t.idx + len(t), "DATE") for t in parsed if _is_frequency_adverb(t)]
    spans = []
    names = [(e.start_char, e.end_char) for e in parsed.ents if e.label_ == "EVENT"]
    for start, end, label in refine(text, model, names):
        span = parsed.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return resolve_spans(text, spans, anchor)


def resolve_spans(text: str, spans: Iterable[Any], anchor: date | None) -> list[TimeExpression]:
    """Resolve spaCy DATE/TIME spans in document order; the last expression that names its own
    time is the narrative reference for ones such as "the next day" or "the quarter". In a
    chronology, an entry that gives no year is in the year of the entry before it."""
    reference: Resolution | None = None
    british: bool | None = None  # read from the text once a date in figures needs it
    entries: list[date] = []  # the days of the chronology entries read so far
    inferred: list[tuple[int, str | None]] = []  # entries given no year: (index in found, tense)
    found: list[TimeExpression] = []
    clocks: list[tuple[int, int, int]] = []  # bare times of day: (index in found, sentence)
    for span in spans:
        tense = tense_from_tokens(span)
        for start, end, known in _parts(
            text,
            span.start_char,
            _date_end(text, span.start_char, span.end_char),
            anchor,
            tense,
            reference,
        ):
            end, length = read_length(text, start, end)
            piece = text[start:end]
            clock = _clock_figures(text, piece, end)
            side = _UNIT_ALONE.fullmatch(piece) and _BEFORE_OR_AFTER.match(text, end)
            if side:
                # "The day after, ..." counts from the day the story is on; "the day after
                # the signing" from a happening whose day the expression does not give.
                end = side.end()
                piece = text[start:end]
                if _STORY_DAY_AFTER.match(text, end):
                    result = resolve(piece, anchor, tense, reference)
                else:
                    result = Resolution(None, "unknown")
            elif clock:  # "(1945 GMT)", "1300 hours": a time of day, not the year 1945
                result = resolve(f"{piece[:2]}:{piece[2:4]}", anchor, tense, reference)
            else:
                result = known or length or resolve(piece, anchor, tense, reference)
            if result.value is None and not side:
                start, end, result = _narrower(text, start, end, result, anchor, tense, reference)
                piece = text[start:end]
            if result.granularity == "day" and result.value and _FIGURES.search(piece):
                if british is None:
                    british = english_variety(text) == "en-GB"
                if british:
                    result = _day_first(piece, result)
            result = _since(text, start, piece, result, anchor)
            if span.label_ == "SET" and result.type == "DURATION":
                # "a year" after an amount ("$33 million a year") is a rate, else a length.
                result = replace(result, type="SET", granularity="set")
            if result.value is None and (not _TIME_WORD.search(piece) or _DANGLING.search(piece)):
                continue  # no time named, or a fragment ("the night of" before "Oct. 23")
            if result.granularity == "day" and _opens_entry(text, start, end):
                result = _in_chronology(piece, result, entries, anchor)
                entry = _day(result.value)
                if entry is not None and (not entries or entry != entries[-1]):
                    entries.append(entry)
                if entry is not None and not result.range_start and not _GIVEN_YEAR.search(piece):
                    inferred.append((len(found), tense))
            if updates_reference(piece, result):
                reference = result
            if result.type == "TIME" and _BARE_CLOCK.fullmatch(piece):
                clocks.append((len(found), span.sent.start_char, span.sent.end_char))
            found.append(
                TimeExpression(
                    start=start,
                    end=end,
                    text=piece,
                    value=result.value,
                    granularity=result.granularity,
                    type="TIME" if span.label_ == "TIME" and result.type == "DATE" else result.type,
                    mod=result.mod,
                    range_start=result.range_start,
                    range_end=result.range_end,
                    direction=result.direction or _tense_direction(tense),
                )
            )
    _days_of_clocks(found, clocks)
    return _range_years(text, _chronology_before(found, inferred, anchor), anchor)


# A date in figures set apart by slashes ("03/10/2023"), which the resolver reads month first.
_FIGURES = re.compile(r"\d/\d")


def _day_first(piece: str, result: Resolution) -> Resolution:
    """``result`` with its date in figures read day first, as a text in British English writes
    it ("03/10/2023" is 3 October)."""
    value = result.value or ""
    read = _day(value[:10])
    if read is None:
        return result
    return replace(result, value=day_first_reading(piece, read).isoformat() + value[10:])


# "the day", "the week" ... before "after" or "before": a day counted from another ("the day
# after the signing"); it is the story's day only when nothing but a pause follows ("The day
# after, protesters returned").
_UNIT_ALONE = re.compile(r"(?:the|that)\s+(?:day|week|month|year)", re.I)
_BEFORE_OR_AFTER = re.compile(r"\s+(?:after|before)\b", re.I)
_STORY_DAY_AFTER = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014]|$)")

# A time of day alone ("at 9:45 p.m.", "21:45"), and one written as four figures before a zone,
# "local time" or "hours" ("at 1425 local time", "at 1300 hours"; not "2000 hours of service").
_FOUR_FIGURES = r"(?:[01]\d|2[0-3])[0-5]\d"
_HOURS = r"\s+(?:hours|hrs)"
_BARE_CLOCK = re.compile(
    rf"\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?|\d{{1,2}}:\d\d|{_FOUR_FIGURES}(?:{_HOURS})?", re.I
)
_CLOCK_BEFORE_ZONE = re.compile(_FOUR_FIGURES)
_TIME_ZONE_AFTER = re.compile(rf"\s+(?:{TIME_ZONE_RE}\b|local\s+time\b)|{_HOURS}\b(?!\s+of\b)")
_CLOCK_HOURS = re.compile(_FOUR_FIGURES + _HOURS, re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _clock_figures(text: str, piece: str, end: int) -> bool:
    """Whether ``piece``, ending at ``end``, is a time of day in four figures ("1945 GMT",
    "1425 local time", "1300 hours"), not a year or an amount ("2000 hours of service")."""
    if _CLOCK_BEFORE_ZONE.fullmatch(piece):
        return _TIME_ZONE_AFTER.match(text, end) is not None
    return _CLOCK_HOURS.fullmatch(piece) is not None and not _OF_AFTER.match(text, end)


def _days_of_clocks(found: list[TimeExpression], clocks: list[tuple[int, int, int]]) -> None:
    """A time of day takes the day its sentence names ("at 9:45 p.m. ... on Monday"), where
    the sentence names one day; else it stays on the day the text was on before it."""
    if not clocks:
        return
    named = sorted(  # the days named by other than a bare time of day: (start, day)
        (t.start, t.value[:10])
        for t in found
        if t.granularity == "day" and t.value and not _BARE_CLOCK.fullmatch(t.text)
    )
    starts = [start for start, _day in named]
    for index, first, last in clocks:
        days = {day for _s, day in named[bisect_left(starts, first) : bisect_left(starts, last)]}
        value = found[index].value
        if len(days) == 1 and value and len(value) > 10 and value[10] == "T":
            found[index] = replace(found[index], value=days.pop() + value[10:])


# What joins the two ends of a range of months or days ("Mar-Oct 1997", "from March to October
# 1997", "between June and August 2004").
_RANGE_GLUE = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*", re.I)
_MONTH_DAY = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?$")


def _range_years(
    text: str, found: list[TimeExpression], anchor: date | None
) -> list[TimeExpression]:
    """The near end of a range written without a year takes the year the far end gives: the
    same one, or the one before where the near end comes later in the year ("from November
    to February 2004")."""
    for k in range(len(found) - 1):
        near, far = found[k], found[k + 1]
        if (
            near.granularity not in ("month", "day")
            or far.granularity not in ("month", "day")
            or near.value is None
            or far.value is None
            or _GIVEN_YEAR.search(near.text)
            or not _GIVEN_YEAR.search(far.text)
            or not _RANGE_GLUE.fullmatch(text[near.end : far.start])
        ):
            continue
        mine, theirs = _MONTH_DAY.match(near.value), _MONTH_DAY.match(far.value)
        if mine is None or theirs is None:
            continue
        year = int(theirs.group(1))
        if (mine.group(2), mine.group(3) or "") > (theirs.group(2), theirs.group(3) or "99"):
            year -= 1
        value = with_year(near.value, year)
        if value != near.value:
            direction = near.direction if anchor is None else value_direction(value, anchor)
            found[k] = replace(near, value=value, direction=direction)
    return found


_WORD = re.compile(r"\S+")
_DANGLING = re.compile(r"\s(?:of|on|in|at|to|and|or)$", re.I)
_OPENS_ON_LINK = re.compile(r"(?:of|in|at|on|for|and|or|to)\s", re.I)
_BARE_UNIT = re.compile(
    r"(?:(?:of|in|at|on|for|the|a|an|one|this|that)\s+)*"
    r"(?:(?:more|additional|extra|further|straight|consecutive|full|whole|entire)\s+)?"
    r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie)"
    r"|period|time)s?|ago",
    re.I,
)


def _narrower(
    text: str,
    start: int,
    end: int,
    result: Resolution,
    anchor: date | None,
    tense: str | None,
    reference: Resolution | None,
) -> tuple[int, int, Resolution]:
    """A span the model drew too wide, narrowed to the time inside it: one word off its end
    ("April month", "1 p.m. ET"; not "ago"), else up to three words off its start ("coup
    d'etat last year", "an interview several months ago"). Only to a date or a time (not
    "under 30 years" out of an age, nor "later" out of "two days later"), and never to a bare
    unit: "the eighth day" is not "day", "the second day" not "the second", "this time of
    year" not "of year"."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    if len(words) > 1 and text[words[-1][0] : words[-1][1]].lower() != "ago":
        a, b = words[0][0], words[-2][1]
        if not _BARE_UNIT.fullmatch(text[a:b]):  # "the second day" is not "the second" (PT1S)
            narrowed = resolve(text[a:b], anchor, tense, reference)
            kind = narrowed.type in ("DATE", "TIME") and narrowed.granularity != "ref"
            if narrowed.value is not None and kind:
                return a, b, narrowed
    for first in (1, 2, 3):
        if first >= len(words):
            break
        a, b = words[first][0], end
        if _BARE_UNIT.fullmatch(text[a:b]) or _OPENS_ON_LINK.match(text, a):
            continue
        narrowed = resolve(text[a:b], anchor, tense, reference)
        lone_reference = narrowed.granularity == "ref" and first == len(words) - 1
        if narrowed.value is not None and narrowed.type in ("DATE", "TIME") and not lone_reference:
            return a, b, narrowed
    return start, end, result


def _chronology_before(
    found: list[TimeExpression], inferred: list[tuple[int, str | None]], anchor: date | None
) -> list[TimeExpression]:
    """A chronology of things past that, read from its first entry on, runs beyond the
    article's date is one that started in an earlier year ("since the start of hostilities in
    March 2003. Here is the full list: March 21: ..., March 22: ..." in a 2005 article): its
    entries without a year are moved back by the years that end it by the article's date."""
    days = [_day(found[i].value) for i, _tense in inferred]
    if anchor is None or len(inferred) < 3 or any(d is None for d in days):
        return found
    told_past = [d for d, (_i, tense) in zip(days, inferred, strict=True) if tense == "past"]
    if len(told_past) * 2 <= len(inferred):
        return found
    # Only an entry told in the past says so: a plan may close a chronology ("June 15: the
    # vote will be held"), and a day past the article's is a time zone away from it.
    last = max(d for d in told_past if d is not None)
    if last <= anchor + timedelta(days=1):
        return found
    years = (
        last.year - anchor.year + (1 if (last.month, last.day) > (anchor.month, anchor.day) else 0)
    )
    result = list(found)
    for (index, _tense), day in zip(inferred, days, strict=True):
        assert day is not None
        try:
            moved = day.replace(year=day.year - years)
        except ValueError:  # 29 February
            moved = day.replace(year=day.year - years, day=28)
        result[index] = replace(
            found[index], value=moved.isoformat(), direction=read_direction(moved, anchor)
        )
    return result


def _opens_entry(text: str, start: int, end: int) -> bool:
    """Whether the expression opens a line and a chronology entry ("April 30 - An aide says")."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t*\u2022\\-") and ENTRY_MARK.match(text, end) is not None


# "since" before a date: the time a state has lasted from, which cannot be ahead of the
# article ("has been in Iraq since January", published in October).
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.I)
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid|the\s+(?:start|end|middle)\s+of)[\s-]+)?$", re.I
)


def _since(
    text: str, start: int, piece: str, result: Resolution, anchor: date | None
) -> Resolution:
    """A month or day written without a year after "since", read ahead of the article (a
    clause's tense weighs a coming date against a gone one), as the one a year earlier."""
    if (
        anchor is None
        or result.value is None
        or result.granularity not in ("month", "day")
        or result.range_start
        or _GIVEN_YEAR.search(piece)
        or _WEEKDAY.search(piece)  # a weekday ahead is a week off, not a year
        or not result.value[:4].isdigit()
        or value_direction(result.value, anchor) != "future"
        or not _SINCE.search(text[max(0, start - 40) : start])
    ):
        return result
    earlier = with_year(result.value, int(result.value[:4]) - 1)
    return replace(result, value=earlier, direction="past")


def _in_chronology(
    piece: str, result: Resolution, entries: list[date], anchor: date | None
) -> Resolution:
    """A chronology entry without a year, in the year that puts it next to the entry before:
    after it when the entries run forwards, before it when they run backwards, nearest to it
    while the order is not known yet."""
    day = _day(result.value)
    if not entries or day is None or _GIVEN_YEAR.search(piece) or result.range_start:
        return result
    previous = entries[-1]
    candidates = []
    for year in (previous.year - 1, previous.year, previous.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    if len(entries) > 1 and entries[-1] > entries[-2]:
        candidates = [d for d in candidates if d >= previous]
    elif len(entries) > 1:
        candidates = [d for d in candidates if d <= previous]
    if not candidates:
        return result
    chosen = min(candidates, key=lambda d: abs((d - previous).days))
    return replace(result, value=chosen.isoformat(), direction=read_direction(chosen, anchor))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _date_end(text: str, start: int, end: int) -> int:
    """Where a span that opens with a day of a month really ends: before the words the model
    ran into it, and after a year that follows it (", 2010" fits in the six characters read
    past the span)."""
    found = find_explicit_dates(text[start : end + 6], case_sensitive=False)
    if not found or found[0].start != 0 or found[0].day is None:
        return end
    stop = start + found[0].end
    if stop < end and not _GLUED.match(text, stop, end):
        return end  # the words after the date belong to the expression ("April 20 last year")
    if stop > end and found[0].year is None:
        return end  # only a year is read past the span, not the full stop of "8 Oct."
    return stop


def _parts(
    text: str,
    start: int,
    end: int,
    anchor: date | None,
    tense: str | None,
    reference: Resolution | None,
) -> list[tuple[int, int, Resolution | None]]:
    """Split a span the model merged ("Friday, seven months") when only its parts resolve.

    Returns (start, end, resolution) triples; the resolution is given when it is already known
    for the whole span, else None (the caller resolves the part with its current reference).
    """
    piece = text[start:end]
    if ", " not in piece:
        return [(start, end, None)]
    whole = resolve(piece, anchor, tense, reference)
    if whole.granularity != "unknown":
        return [(start, end, whole)]
    parts: list[tuple[int, int, Resolution | None]] = []
    offset = start
    for chunk in piece.split(", "):
        if chunk.strip() and resolve(chunk, anchor, tense, reference).granularity != "unknown":
            parts.append((offset, offset + len(chunk), None))
        offset += len(chunk) + 2
    return parts or [(start, end, whole)]


def _tense_direction(tense: str | None) -> str | None:
    return {"past": "past", "future": "future"}.get(tense or "")


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# A role written as part of a name ("Spokeswoman Sandy Angers", "Senator John McCain"): words
# that name a post and are not themselves found in names (unlike "General", "Chief", "Prince").
_ROLE_FIRST = re.compile(
    r"(?:Spokes(?:man|woman|person)|Chair(?:man|woman)|CEO|Senator|Congress(?:man|woman)|"
    r"Governor|Mayor|Ambassador|Envoy|Prosecutor|Attorney|Lawyer|Analyst|Economist|Professor|"
    r"Researcher|Correspondent|Commissioner|Adviser|Advisor|Aide|Official|Activist|Coach|"
    r"Lawmaker|Legislator)\s+(?=[A-Z][\w.'\u2019-]*\s+[A-Z])"
)
# A preposition the model took into a name at the start of a line ("Via Twitter, CNN's Nic
# Robertson reported"): no part of it.
_PREPOSITION_FIRST = re.compile(
    r"(?:Via|From|With|By|For|Per|Amid|Into|Through|Towards?|Against|Despite|During)\s+(?=[A-Z])"
)
# Two names the page ran together with a spaced dash ("San Jose - Cisco"): the model reads one.
_NAME_DASH = re.compile(r"\s+(?:-|--|\u2013|\u2014)\s+(?=[A-Z])")


# A broadcast transcript's stage direction or a speaker's post, in capitals ("(INAUDIBLE)",
# "(CROSSTALK)", "IVAN WATSON, CNN CORRESPONDENT:"), which the model takes for a name.
_TRANSCRIPT_WORDS = re.compile(
    r"(?:INAUDIBLE|UNINTELLIGIBLE|CROSSTALK|LAUGHTER|APPLAUSE|CHEERING|CHANTING|GUNFIRE|"
    r"(?:BEGIN|END) (?:VIDEO ?TAPE|VIDEO CLIP|AUDIO CLIP)|VIDEO ?TAPE|VIDEO CLIP|VOICE-OVER|"
    r"COMMERCIAL BREAK|HOST|ANCHOR|REPORTER|CORRESPONDENT|CONTRIBUTOR|COMMENTATOR|PRODUCER|"
    r"ANALYST|EDITOR|PROFESSOR|CHAIRMAN|CHAIRWOMAN|PRESIDENT|SPOKES(?:MAN|WOMAN|PERSON)|"
    r"SECRETARY|MINISTER|SENATOR|CONGRESS(?:MAN|WOMAN)|AMBASSADOR|DIRECTOR)"
)  # (not "KING", "MAJOR" or "GENERAL": surnames a speaker's tag is written with)


def _name_pieces(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """The names in one entity span of the model: none in a transcript's stage direction or
    post, a leading preposition left out, a leading role left out (the rest is a person), and
    two names joined by a spaced dash split apart."""
    words = text[start:end]
    if words.isupper() and _TRANSCRIPT_WORDS.fullmatch(words):
        return []
    preposition = _PREPOSITION_FIRST.match(text, start, end)
    if preposition:
        start = preposition.end()
    role = _ROLE_FIRST.match(text, start, end) if label in ("PERSON", "ORG") else None
    if role:
        start, label = role.end(), "PERSON"
    pieces = []
    for piece in _NAME_DASH.split(text[start:end]):
        offset = text.index(piece, start, end)
        pieces.append((offset, offset + len(piece), label))
        start = offset + len(piece)
    return pieces


def _trim_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    if text[end - 2 : end] in ("'s", "\u2019s"):
        end -= 2
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return start, end


def _sentences(text: str, parsed: Any, headings: list[tuple[int, int]]) -> list[Sentence]:
    """The model's sentences, split at line breaks (paragraphs), without heading lines; a piece
    that starts in lower case or with a comma continues the sentence before it, as does one of
    punctuation alone (the quotation mark that closes a paragraph, which the model gives to the
    next sentence: 'calling a "march of millions.' + '"'), and a line of punctuation alone is
    none; one that starts with a comma, a semicolon or a closing bracket continues the sentence
    before it across a single line break, which no new paragraph opens with."""
    result: list[Sentence] = []
    for sent in parsed.sents:
        start = sent.start_char
        for s, e in _pieces(text, start, sent.end_char, seams(sent)):
            if e <= s or (s, e) in headings or any(hs <= s and e <= he for hs, he in headings):
                continue
            first = text[s]
            wordless = not any(c.isalnum() for c in text[s:e])
            gap = text[result[-1].end : s] if result else ""
            if result and (
                (first in ",;:)]" or first.islower() or wordless)
                and "\n" not in gap
                # a line break in a scraped page where a link was ("(D-Calif.)\n, chairman")
                or (first in ",;)]" and gap.count("\n") == 1)
            ):
                result[-1] = Sentence(result[-1].start, e)
                continue
            if wordless:
                continue  # a line of punctuation ("***") is no sentence
            result.append(Sentence(s, e))
    return result


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-empty pieces of text[start:end] between line breaks and cuts,
    without surrounding white space."""
    bounds = [start]
    for i in range(start, end):
        if text[i] == "\n":
            bounds.extend((i, i + 1))
    bounds.extend(c for c in cuts if start < c < end)
    bounds.append(end)
    bounds.sort()
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b
