"""Where time expressions are: the model's DATE and TIME spans, made to match TimeML's.

The model tags most time expressions but cuts them otherwise than TimeML does, and leaves out a
few kinds. On character offsets of the text:

- a day and the part of it or the clock time beside it are one expression ("Friday" "morning",
  "9 a.m. Tuesday", "noon Thursday", "Sunday night");
- the two ends of a range are two expressions ("between 1994 and 1997", "from 2009 to 2011");
- a period that "ended" on a date is the period and the date ("the year ended March 31");
- the words that only point at the present, past or future are expressions too, which the model
  does not tag ("now", "currently", "recently", "the future").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.annotate.timex.calendar_math import FEAST_PERIOD_WORDS, HOLIDAYS
from storyline.calendar import find_explicit_dates

Span = tuple[int, int, str]  # start, end, label (DATE or TIME)

_PART = r"(?:morning|afternoon|evening|night|overnight|noon|midday|midnight)"
_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
)
_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|[ap]m)(?:\s+(?:[ECMP][SD]?T|GMT|UTC))?"
    r"|\d{1,2}:\d\d(?:\s+(?:[ECMP][SD]?T|GMT|UTC))?|noon|midnight|mid-?(?:morning|afternoon|day))"
)
# What may stand between two spans that are one expression.
_GLUE = re.compile(r"^(?:\s+|\s*,\s*|\s+on\s+|\s+of\s+)$", re.I)
_PART_AFTER = re.compile(rf"\s+{_PART}\b", re.I)  # matched at a position: no "^"
_IS_PART = re.compile(rf"^(?:the\s+)?{_PART}$", re.I)
_IS_CLOCK = re.compile(rf"^(?:about\s+|around\s+|at\s+)?{_CLOCK}$", re.I)
_IS_DAY = re.compile(rf"^(?:early\s+|late\s+|last\s+|this\s+|next\s+)?{_DAY}$", re.I)
_RANGE = re.compile(
    r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|through|until|till|-)\s+(?P<b>.+)$"
    r"|^(?P<c>.+?)\s*(?:\bto\b|\bthrough\b|\buntil\b|-|\u2013)\s*(?P<d>.+)$",
    re.I,
)
_RANGE_END = re.compile(
    r"^(?:(?:(?:early|mid|late)[- ])?(?:19|20)\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s*\d{4})?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|now)(?:'s)?$",
    re.I,
)
# "the first nine months of 1997": the period and the year are two expressions.
_PERIOD_OF = re.compile(
    r"^(?P<period>(?:the\s+)?(?:first|last|past|next|final|opening|closing)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years))\s+of\s+(?P<date>(?:19|20)\d\d|"
    r"(?:the\s+)?(?:this|last|next|the)\s+year|fiscal\s+(?:19|20)\d\d)$",
    re.I,
)
# "15 a year", "$33 million a year": a rate; only "a year" is a time expression (a SET).
_RATE = re.compile(
    r"^(?P<amount>[^a-z]*\d[^a-z]*(?:\s+(?:million|billion|thousand|hundred|percent|%))*)\s+"
    r"(?P<set>(?:a|an|per)\s+(?:year|month|week|day|hour|quarter))$",
    re.I,
)
_ENDED = re.compile(
    r"^(?P<period>.+?)\s+(?:ended|ending|that ended|which ended)\s+(?P<date>.+)$", re.I
)
# The words TimeML marks as pointing at the present, the past or the future, and the days
# named from today, which the model now and then leaves out.
_REFERENCE = re.compile(
    r"(?<![\w-])(?:now|currently|recently|nowadays|these days|at present|the future"
    r"|the (?:near|distant) future|the past|today|yesterday|tomorrow|tonight)"
    r"(?![\w-])",
    re.I,
)
# Sets: "every day", "each Monday".
_EVERY = re.compile(
    r"\b(?:every|each)\s+(?:day|week|month|year|morning|afternoon|evening|night|weekend"
    r"|quarter|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# Holidays by name, as written ("Thanksgiving Day", "last Christmas", "New Year's Eve").
_HOLIDAY = re.compile(
    r"\b(?:(?:last|next|this)\s+)?(?:"
    + "|".join(
        r"\s+".join(re.escape(word.capitalize()) for word in name.split())
        for name in sorted(HOLIDAYS, key=len, reverse=True)
        if name != "new year"
    )
    + rf")(?:\s+(?:{FEAST_PERIOD_WORDS})\b)?(?![\w'])"
)
# The days off around a feast the model tagged alone ("the Easter" "holidays").
_FEAST_PERIOD = re.compile(rf"\s+(?:{FEAST_PERIOD_WORDS})\b")
_WHICH_YEAR = re.compile(r"(?:last|this|next)\s+year", re.I)
# After "the past"/"the future" a unit or number belongs to a longer expression the model tags.
_NOT_REFERENCE_AFTER = re.compile(r"^\s+(?:\d|few|several|two|three|four|five|year|month|week|day)")


def refine(text: str, spans: list[Span], names: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """The model's spans as TimeML cuts them, and the reference words it leaves out; in text
    order, never overlapping. ``names`` are the spans the model read as names of events: a
    month and day in one without a year names the event ("the September 11 attacks") and is
    not taken for a date of the year the article is in."""
    spans = _with_explicit_dates(text, sorted(spans))
    spans = [_with_determiner(text, span) for span in spans]
    spans = _extend_parts(text, spans)
    spans = _merge(text, spans)
    result: list[Span] = []
    for span in spans:
        result.extend(_split(text, span))
    result += _other_ends(text, result)
    taken = [(s, e) for s, e, _l in result]
    for found in find_explicit_dates(text):
        # Dates the model missed ("7/8/07", "March 3, 2019" in a list, "Apr. 21:" in a
        # list of captions).
        if found.day is None:
            continue
        if found.year is None and any(s < found.end and found.start < e for s, e in names):
            continue
        if not any(s < found.end and found.start < e for s, e in taken):
            result.append((found.start, found.end, "DATE"))
            taken.append((found.start, found.end))
    for pattern, label in ((_EVERY, "SET"), (_HOLIDAY, "DATE"), (_REFERENCE, "DATE")):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            word = match.group(0).lower()
            if word in ("the past", "the future") and _NOT_REFERENCE_AFTER.match(text[end:]):
                continue
            result.append((start, end, label))
            taken.append((start, end))
    return sorted(span for span in result if not _names_a_place(text, span))


# A day without a year that names a place or a group ("the October 6 bridge", "6th of October
# City", "the April 6 Movement") is part of that name, no date.
_NAMED_AFTER_A_DAY = re.compile(
    r"\s+(?:bridge|street|road|avenue|square|boulevard|city|district|stadium|university"
    r"|airport|station|movement|brigades?)\b",
    re.I,
)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _names_a_place(text: str, span: Span) -> bool:
    start, end, label = span
    if label != "DATE" or not _NAMED_AFTER_A_DAY.match(text, end):
        return False
    words = text[start:end]
    return not _YEAR_WRITTEN.search(words) and any(
        d.day is not None for d in find_explicit_dates(words, case_sensitive=False)
    )


_BARE_UNIT = re.compile(r"^(?:year|month|week|quarter|weekend|decade|century)(?:'s)?$", re.I)
_DETERMINER = re.compile(r"(?:\b(?:this|last|next|that|the current|the same|the past)\s+)$", re.I)


def _with_determiner(text: str, span: Span) -> Span:
    """A bare unit the model tagged without the word that says which one ("This" "year")."""
    start, end, label = span
    if _BARE_UNIT.match(text[start:end]):
        match = _DETERMINER.search(text, max(0, start - 20), start)
        if match:
            return (match.start(), end, label)
    return span


def _with_explicit_dates(text: str, spans: list[Span]) -> list[Span]:
    """A full written date ("Aug. 7, 1998") the model tagged only in part is the whole date."""
    result = list(spans)
    for found in find_explicit_dates(text):
        if found.year is None or found.day is None:
            continue
        inside = [s for s in result if s[0] < found.end and found.start < s[1]]
        if not inside:
            continue
        start = min(found.start, *(s[0] for s in inside))
        end = max(found.end, *(s[1] for s in inside))
        if (start, end) == (inside[0][0], inside[0][1]) and len(inside) == 1:
            continue
        result = [s for s in result if s not in inside] + [(start, end, inside[0][2])]
    return sorted(result)


def _extend_parts(text: str, spans: list[Span]) -> list[Span]:
    """A day followed by a part of the day the model left out or tagged on its own ("Sunday"
    "night"), a feast by the days off around it ("the Easter" "holidays")."""
    extended: list[Span] = []
    for start, end, label in spans:
        if extended and extended[-1][0] <= start and end <= extended[-1][1]:
            continue  # the part of the day, now inside the day before it
        match = _PART_AFTER.match(text, end)
        if match and _IS_DAY.match(text[start:end]):
            extended.append((start, match.end(), "TIME"))
        elif (period := _FEAST_PERIOD.match(text, end)) and _is_feast(text[start:end]):
            extended.append((start, period.end(), "DATE"))
        else:
            extended.append((start, end, label))
    return extended


def _is_feast(span: str) -> bool:
    return bool(_HOLIDAY.fullmatch(re.sub(r"^the\s+", "", span, flags=re.I)))


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Join a day and a clock time or a part of the day that the model tagged apart."""
    merged: list[Span] = []
    for start, end, label in spans:
        if merged:
            p_start, p_end, _p_label = merged[-1]
            glue = text[p_end:start]
            first, second = text[p_start:p_end], text[start:end]
            if _GLUE.match(glue) and _one_time(first, second):
                merged[-1] = (p_start, end, "TIME")
                continue
            if glue.isspace() and _HOLIDAY.fullmatch(first) and _WHICH_YEAR.fullmatch(second):
                merged[-1] = (p_start, end, "DATE")  # "Easter Day" "last year"
                continue
        merged.append((start, end, label))
    return merged


def _one_time(first: str, second: str) -> bool:
    day_then_time = _IS_DAY.match(first) and (_IS_PART.match(second) or _IS_CLOCK.match(second))
    time_then_day = (_IS_CLOCK.match(first) or _IS_PART.match(first)) and _IS_DAY.match(second)
    return bool(day_then_time or time_then_day)


_OTHER_END = re.compile(
    r"\s*(?:to|through|until|till|and|-|\u2013)\s*(?P<end>(?:19|20)\d\d\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}\b)?"
    r"(?:,?\s+(?:19|20)\d\d\b)?)",
    re.I,
)


def _other_ends(text: str, spans: list[Span]) -> list[Span]:
    """The far end of a range the model tagged only the near end of ("from 2009 to 2011")."""
    added: list[Span] = []
    taken = [(s, e) for s, e, _l in spans]
    for start, end, label in spans:
        if not _RANGE_END.match(text[start:end].strip()):
            continue
        match = _OTHER_END.match(text, end)
        if not match:
            continue
        a, b = match.span("end")
        if not any(s < b and a < e for s, e in taken):
            added.append((a, b, label))
            taken.append((a, b))
    return added


def _split(text: str, span: Span) -> list[Span]:
    start, end, label = span
    piece = text[start:end]
    ended = _ENDED.match(piece) or _PERIOD_OF.match(piece)
    if ended:
        return [
            (start + ended.start("period"), start + ended.end("period"), "DATE"),
            (start + ended.start("date"), start + ended.end("date"), "DATE"),
        ]
    rate = _RATE.match(piece)
    if rate:
        return [(start + rate.start("set"), start + rate.end("set"), "SET")]
    match = _RANGE.match(piece)
    if match:
        a, b = ("a", "b") if match.group("a") else ("c", "d")
        first, second = match.group(a), match.group(b)
        if _RANGE_END.match(first.strip()) and _RANGE_END.match(second.strip()):
            return [
                (start + match.start(a), start + match.end(a), label),
                (start + match.start(b), start + match.end(b), label),
            ]
    return [span]
