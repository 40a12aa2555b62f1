"""Resolve a time expression's text to a TIMEX3 value against an anchor date.

``resolve("on Friday", anchor=date(2019, 3, 6), tense="past")`` -> ``2019-03-01`` (day).
The tense of the clause (``past``, ``future``, ``present`` or None) decides the direction of
expressions that could point either way ("Friday", "March", "the summer"). Expressions that count
from a narrative point ("the next day", "two days later") use ``reference`` when given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from storyline.annotate.timex.calendar_math import (
    HOLIDAYS,
    SEASONS,
    quarter_of,
    season_of,
    season_start,
    shift,
    shift_quarter,
    unit_value,
)
from storyline.calendar import (
    MONTH_RE,
    find_explicit_dates,
    month_number,
    two_digit_year,
    weekday_number,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    granularity: str
    type: str = "DATE"
    mod: str | None = None
    range_start: str | None = None
    range_end: str | None = None
    direction: str | None = None


UNKNOWN = Resolution(None, "unknown")

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "a couple of": 2, "couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "recent"}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": 4, "final": 4}  # fmt: skip
_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "quarter": "quarter", "quarters": "quarter", "century": "century", "centuries": "century",
    "fortnight": "fortnight", "weekend": "weekend", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
}  # fmt: skip
_DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
                  "century": "CE", "quarter": "Q", "hour": "H", "minute": "M", "second": "S",
                  "fortnight": "W", "weekend": "WE"}  # fmt: skip
_PRESENT = {"now", "currently", "current", "nowadays", "present", "the present", "at present",
            "right now", "these days", "this time", "at the moment", "the moment", "today's",
            "presently", "just now", "time being", "the time being", "contemporary"}  # fmt: skip
_PAST = {"recently", "recent", "lately", "the past", "past", "previously", "formerly", "once",
         "earlier", "before", "in the past", "some time ago", "long ago", "years ago",
         "the old days", "former", "recent years", "recent months", "recent weeks",
         "recent days", "in recent years", "in recent months", "in recent weeks", "ago",
         "the recent past", "historically", "then", "at the time", "that time",
         "not long ago", "a while ago", "once upon a time"}  # fmt: skip
_FUTURE = {"the future", "future", "soon", "shortly", "in the future", "coming", "later",
           "eventually", "the coming years", "coming years", "the coming months",
           "coming months", "the coming weeks", "coming weeks", "the coming days", "coming days",
           "the near future", "near future", "in the near future", "upcoming", "someday",
           "one day", "in the coming years", "down the road", "forthcoming", "the years ahead",
           "the months ahead", "the weeks ahead", "the days ahead", "ahead"}  # fmt: skip
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "overnight": "NI", "midday": "MI", "noon": "MI", "dawn": "MO", "dusk": "EV",
                 "lunchtime": "MI"}  # fmt: skip
_MODS = [
    (
        re.compile(
            r"^(?:the\s+)?(?:early|earlier|beginning|start|first\s+days?|dawn|opening)"
            r"(?:\s+(?:part|days|weeks|months))?(?:\s+of)?\s+|^early[- ]"
        ),
        "START",
    ),
    (re.compile(r"^(?:the\s+)?(?:mid|middle|midst)(?:\s+of)?(?:[- ]|\s+)"), "MID"),
    (
        re.compile(
            r"^(?:the\s+)?(?:late|later|end|close|final\s+(?:days|weeks|months)|last\s+days|"
            r"tail\s+end)(?:\s+part)?(?:\s+of)?\s+|^late[- ]"
        ),
        "END",
    ),
]
_APPROX = re.compile(
    r"^(?:about|around|approximately|roughly|some|nearly|almost|about|circa|"
    r"more than|less than|over|at least|just over|just under|up to|as much as)\s+"
)
_LEAD = re.compile(
    r"^(?:on|in|at|by|since|until|till|from|for|during|through|throughout|before|"
    r"after|of|as of|as early as|as late as|no later than|within|over|last seen|"
    r"sometime|some time|beginning|starting|ending|effective)\s+"
)

_NUM_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a couple of|couple of|a couple|a dozen|dozen|"
    r"several|a few|few|many|some|a number of|numerous)"
)
_UNIT_WORD = (
    r"(?:days?|weeks?|months?|years?|decades?|quarters?|centur(?:y|ies)|fortnights?|"
    r"hours?|minutes?|weekends?)"
)
_AGO = re.compile(
    rf"^(?:just\s+|only\s+)?(?:more than\s+|less than\s+|over\s+|nearly\s+|almost\s+|"
    rf"about\s+|some\s+|around\s+)?({_NUM_WORD})\s+(?:and\s+a\s+half\s+)?({_UNIT_WORD})"
    rf"(?:\s+or\s+so)?\s+(ago|earlier|before|previously|back|prior|later|after|hence|"
    rf"from now|since|afterwards?|on|out|away)$"
)
_IN_N = re.compile(rf"^(?:in|within)\s+({_NUM_WORD})\s+({_UNIT_WORD})(?:'s?)?(?:\s+time)?$")
_DURATION = re.compile(
    rf"^(?:the\s+)?(?:past|last|next|first|coming|previous|following|"
    rf"recent|latest|final|over the past|over the last|over the next|"
    rf"for the past|for the last|for the next|for|the|another|more than|"
    rf"nearly|almost|about|some|at least|up to|only|just)?\s*({_NUM_WORD})?\s*"
    rf"(?:-|\s)?({_UNIT_WORD})(?:-long|\s+long|\s+old)?$"
)
_SET = re.compile(
    r"^(?:every|each|per|a|once a|twice a)\s+(\w+)$|^(daily|weekly|monthly|yearly|"
    r"annually|quarterly|hourly|nightly)$|^every\s+(\w+)\s+(days|weeks|months|years)$"
)
_RELATIVE_UNIT = re.compile(
    r"^(this|the|last|past|previous|next|coming|following|current|same|that|present|"
    r"preceding|ensuing|upcoming|prior|latest|recent|most recent|full|entire|whole|"
    r"(?:the|this|last|next)\s+(?:full|current|latest|entire))\s+"
    r"(day|week|weekend|month|quarter|year|decade|century|fiscal year|financial year|"
    r"calendar year|season|term|session|half)$"
)
_DECADE = re.compile(
    r"^(?:the\s+)?(?:(\d{2})(\d)0'?s|'(\d)0'?s|(\d)0'?s|"
    r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))$"
)
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
_CENTURY = re.compile(
    r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$|"
    r"^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century$"
)
_CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21}  # fmt: skip
_YEAR = re.compile(
    r"^(?:(?:fiscal|fy|calendar|financial|model|the|year|the year|school)\s*)?"
    r"(?:'(\d\d)|((?:1[0-9]|20|21)\d\d))(?:\s*-\s*(?:\d\d|\d{4}))?$"
)
_QUARTER = re.compile(
    r"^(?:the\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|"
    r"this|next|previous|past|prior|same|recent|most recent|year-earlier|year-ago|comparable|"
    r"september|june|march|december|(?:19|20)\d\d)[- ](?:fiscal[- ])?)?"
    r"(?:fiscal\s+)?(?:quarter|qtr|period)(?:\s+(?:of|in|for|ended|ending)\s+(.+))?$"
    r"|^(?:the\s+)?q([1-4])(?:\s+(.+))?$"
    r"|^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\s+(.+)$"
)
_HALF = re.compile(r"^(?:the\s+)?(first|second|1st|2nd|latter|last)[- ]half(?:\s+of)?(?:\s+(.+))?$")
_SEASON = re.compile(
    r"^(?:(this|last|next|the|past|coming|previous|that|early|late|mid)\s+)?"
    r"(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(.+))?$"
)
_WEEKDAY = re.compile(
    r"^(?:(last|next|this|past|coming|previous|following|that|the following|the previous|"
    r"the next|the last|on|early|late)\s+)?(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)"
    r"(?:day)?\.?(?:\s+(morning|afternoon|evening|night|overnight|noon|night's))?"
    r"(?:\s*,?\s*(.+))?$"
)
_MONTH_ONLY = re.compile(
    rf"^(?:(this|last|next|past|coming|previous|that|the|early|mid|late)"
    rf"\s+)?({MONTH_RE})(?:\s+(?:of\s+)?(this|last|next|the\s+previous|the\s+following)\s+year)?$"
)
_RANGE_DAYS = re.compile(
    rf"^({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|"
    rf"until|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$"
)
_RANGE_DAYS2 = re.compile(
    rf"^(\d{{1,2}})\s*(?:-|–|—|to|and)\s*(\d{{1,2}})\s+({MONTH_RE})"
    rf"(?:,?\s+(\d{{4}}))?$"
)
_TODAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0,
                "the day before yesterday": -2, "the day after tomorrow": 2, "this morning": 0,
                "this afternoon": 0, "this evening": 0, "last night": -1, "last evening": -1,
                "tomorrow night": 1, "tomorrow morning": 1, "yesterday morning": -1,
                "yesterday afternoon": -1, "yesterday evening": -1, "early today": 0,
                "later today": 0, "earlier today": 0, "this week's": 0, "same day": 0,
                "that day": 0, "the same day": 0}  # fmt: skip
_REF_SHIFTS = re.compile(
    r"^(?:the\s+)?(next|following|previous|preceding|same|prior)\s+"
    r"(day|morning|evening|night|week|month|year)$"
    r"|^(?:the\s+)?(day|week|month|year)\s+(before|after|earlier|later)$"
)


_COMPARATIVE = re.compile(
    r"\b(?:ago|earlier|before|previous|prior|year-ago|year-earlier|"
    r"comparable|corresponding|last|next|following)\b",
    re.I,
)


def updates_reference(text: str, result: Resolution) -> bool:
    """Whether a resolved expression becomes the narrative reference for later ones.

    Only expressions that name their own time do ("Tuesday", "the third quarter"); comparisons
    ("a year earlier", "the year-ago quarter") point away from the story's time and do not.
    """
    return (
        result.value is not None
        and result.type == "DATE"
        and result.granularity in ("day", "quarter", "month", "year")
        and not _COMPARATIVE.search(text)
    )


def normalize(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\n", " ")
    s = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = re.sub(r"[,;:!?\"()]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .-")
    return s


def resolve(
    text: str,
    anchor: date | None,
    tense: str | None = None,
    reference: Resolution | None = None,
) -> Resolution:
    """Resolve ``text`` against ``anchor`` (the publication date); never raises."""
    try:
        return _resolve(text, anchor, tense, reference)
    except (ValueError, OverflowError):  # "7000 years ago": off the calendar
        return UNKNOWN


def _resolve(
    text: str, anchor: date | None, tense: str | None, reference: Resolution | None
) -> Resolution:
    s = normalize(text)
    mod = None
    approx = _APPROX.match(s)
    if approx:
        s, mod = s[approx.end() :], "APPROX"
    if _IN_N.match(s):
        return _ago(s, anchor, tense, reference) or UNKNOWN
    for _ in range(2):
        lead = _LEAD.match(s)
        if lead:
            s = s[lead.end() :]
    for pattern, name in _MODS:
        match = pattern.match(s)
        if match and len(s) > match.end():
            rest = s[match.end() :]
            inner = _resolve_core(rest, anchor, tense, reference)
            if inner.value is not None and inner.granularity not in ("day", "ref"):
                return replace(inner, mod=name)
            break
    result = _resolve_core(s, anchor, tense, reference)
    if mod and result.value is not None and result.mod is None:
        result = replace(result, mod=mod)
    return result


def _resolve_core(
    s: str, anchor: date | None, tense: str | None, reference: Resolution | None
) -> Resolution:
    if not s:
        return UNKNOWN
    s = _rewrite(s)
    for handler in _HANDLERS:
        result = handler(s, anchor, tense, reference)
        if result is not None:
            return result
    return UNKNOWN


_SPELLED_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                  "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                  "nineteen": 19}  # fmt: skip
_QUARTER_WORD = r"(first|second|third|fourth|1st|2nd|3rd|4th)"


def _spelled_number(words: str) -> int | None:
    """'ninety-six' -> 96, 'nineteen' -> 19, 'oh five' -> 5."""
    parts = words.replace("-", " ").split()
    total = 0
    for word in parts:
        if word in _SPELLED_TENS:
            total += _SPELLED_TENS[word]
        elif word in _SPELLED_UNITS:
            total += _SPELLED_UNITS[word]
        elif word not in ("oh", "and"):
            return None
    return total if parts else None


def _rewrite(s: str) -> str:
    """Reorder spoken and possessive forms into ones the handlers read.

    'nineteen ninety-six' -> '1996'; 'the year two thousand' -> '2000';
    "this year's third quarter" -> 'third quarter of this year';
    'the 1988 third quarter' -> 'third quarter of 1988'.
    """
    inside = re.search(
        r"\b(nineteen|twenty)\s+((?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
        r"seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
        r"eight|nine))?)$",
        s,
    )
    if inside and inside.start() > 0:
        rest = _spelled_number(inside.group(2))
        if rest is not None:
            century = 19 if inside.group(1) == "nineteen" else 20
            s = s[: inside.start()] + str(century * 100 + rest)
    spoken = re.fullmatch(r"(?:the\s+year\s+)?(nineteen|twenty)\s+([a-z -]+)", s)
    if spoken:
        rest = _spelled_number(spoken.group(2))
        if rest is not None and rest < 100:
            return str((19 if spoken.group(1) == "nineteen" else 20) * 100 + rest)
    spoken = re.fullmatch(r"(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:\s+([a-z -]+))?", s)
    if spoken:
        rest = _spelled_number(spoken.group(1)) if spoken.group(1) else 0
        if rest is not None:
            return str(2000 + rest)
    match = re.fullmatch(
        rf"(?:the\s+)?(.+?)\s+(?:fiscal[- ])?{_QUARTER_WORD}[- ](?:fiscal[- ])?"
        r"quarter",
        s,
    )
    if match and match.group(1) not in ("fiscal", "the"):
        return f"{match.group(2)} quarter of {match.group(1)}"
    s = re.sub(rf"^(?:the\s+)?fiscal[- ]{_QUARTER_WORD}", r"\1", s)
    s = re.sub(r"^this past\s+", "last ", s)
    match = re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\s+(?:quarter|period)", s)
    if match:
        return f"{match.group(1)} quarter"
    return s


# Each handler returns a Resolution when it recognises the expression, else None.


def _vague(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    if s in _PRESENT:
        return Resolution("PRESENT_REF", "ref", direction=None)
    if (
        s in _PAST
        or re.fullmatch(r"(?:in\s+)?recent\s+\w+|(?:the\s+)?past\s+(?:few|several)\s+\w+", s)
        and not _DURATION.match(s)
    ):
        return Resolution("PAST_REF", "ref", direction="past")
    if s in _FUTURE or re.fullmatch(r"(?:the\s+)?(?:coming|next\s+few)\s+\w+", s):
        return Resolution("FUTURE_REF", "ref", direction="future")
    return None


def _today(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    base = s
    part = None
    words = s.split()
    if (
        len(words) == 2
        and words[1] in _PARTS_OF_DAY
        and words[0] in ("today", "yesterday", "tomorrow", "this")
    ):
        base = words[0] if words[0] != "this" else "today"
        part = _PARTS_OF_DAY[words[1]]
    elif s in ("tonight", "overnight"):
        part = "NI"
    if base not in _TODAY_WORDS:
        return None
    if anchor is None:
        return UNKNOWN
    if (
        base in ("that day", "the same day", "same day")
        and ref is not None
        and ref.granularity == "day"
    ):
        return ref
    day = anchor + timedelta(days=_TODAY_WORDS[base])
    value = day.isoformat()
    if part:
        return Resolution(f"{value}T{part}", "day", type="TIME")
    return Resolution(value, "day")


def _explicit(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _RANGE_DAYS.match(s) or _RANGE_DAYS2.match(s)
    if match:
        if match.re is _RANGE_DAYS:
            month_word, d1, d2, year_text = match.groups()
        else:
            d1, d2, month_word, year_text = match.groups()
        month = month_number(month_word)
        first, last = int(d1), int(d2)
        if month and 1 <= first < last <= 31:
            year = int(year_text) if year_text else _year_for(month, first, anchor, tense)
            if year is None:
                return Resolution(None, "day")
            try:
                start, end = date(year, month, first), date(year, month, last)
            except ValueError:
                return None
            return Resolution(
                start.isoformat(), "day", range_start=start.isoformat(), range_end=end.isoformat()
            )
    found = find_explicit_dates(s, case_sensitive=False)
    if not found:
        return None
    hit = found[0]
    # The date must be most of the expression ("march 3 2019", "tuesday march 3").
    rest = (s[: hit.start] + s[hit.end :]).strip(" ,.-")
    rest = re.sub(rf"^(?:on\s+)?(?:{_weekday_names()})\w*\.?\s*", "", rest)
    if rest and not re.fullmatch(
        r"(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+\w{2,4})?|"
        r"(?:morning|afternoon|evening|night)",
        rest,
    ):
        return None
    if hit.day is None:
        return Resolution(f"{hit.year:04d}-{hit.month:02d}", "month")
    year = hit.year if hit.year is not None else _year_for(hit.month, hit.day, anchor, tense)
    if year is None:
        return Resolution(f"XXXX-{hit.month:02d}-{hit.day:02d}", "day")
    try:
        day = date(year, hit.month, hit.day)
    except ValueError:
        return None
    direction = None if hit.year else _direction(day, anchor)
    return Resolution(day.isoformat(), "day", direction=direction)


def _weekday_names() -> str:
    return "mon|tue|wed|thu|fri|sat|sun"


def _year_for(month: int, day: int | None, anchor: date | None, tense: str | None) -> int | None:
    """The year for a month (and day) written without one.

    The candidate nearest to the anchor wins. A future-tense clause rules out dates already gone;
    a past-tense clause only outweighs nearness by about three months, because news mixes
    past-tense verbs with coming dates ("set Nov. 10 as the deadline") more often than it reports
    year-old events by month and day alone.
    """
    if anchor is None:
        return None
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day or 15)
        except ValueError:
            continue
        if day is None and year == anchor.year and month == anchor.month:
            distance = 0.0  # "this March" said in March
        else:
            distance = abs((candidate - anchor).days)
        ahead = candidate > anchor and not (day is None and month == anchor.month)
        behind = candidate < anchor and not (day is None and month == anchor.month)
        if tense == "future" and behind:
            continue  # a future-tense clause does not point at a date already gone
        if tense == "past" and ahead:
            distance += 95
        key = (distance, year)
        if best is None or key < best:
            best = key
    return best[1] if best else None


def _direction(day: date, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    return "past" if day < anchor else "future" if day > anchor else None


def _numeric_year(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _YEAR.match(s)
    if not match:
        return None
    year = two_digit_year(int(match.group(1))) if match.group(1) else int(match.group(2))
    return Resolution(f"{year:04d}", "year")


def _decade_century(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _DECADE.match(s)
    if match:
        if match.group(1):
            return Resolution(f"{match.group(1)}{match.group(2)}", "decade")
        digit = match.group(3) or match.group(4)
        if digit is None:
            digit = str(_DECADE_WORDS[match.group(5)])
        century = "19"
        if anchor is not None and anchor.year >= 2000 and int(digit) <= anchor.year % 100 // 10:
            century = "20"
        return Resolution(f"{century}{digit}", "decade")
    match = _CENTURY.match(s)
    if match:
        number = int(match.group(1)) if match.group(1) else _CENTURY_WORDS[match.group(2)]
        return Resolution(f"{number - 1:02d}", "century")
    return None


def _quarter(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    half = _HALF.match(s)
    if half:
        which = 1 if half.group(1) in ("first", "1st") else 2
        year = (
            _year_of_phrase(half.group(2), anchor)
            if half.group(2)
            else (anchor.year if anchor else None)
        )
        if year is None:
            return Resolution(None, "half")
        return Resolution(f"{year:04d}-H{which}", "half")
    match = _QUARTER.match(s)
    if not match:
        return None
    word = match.group(1) or match.group(5)
    tail = match.group(2) or match.group(4) or match.group(6)
    number = _ORDINALS.get(word or "") if word not in ("last",) else None
    if match.group(3):
        number = int(match.group(3))
    if word in ("june", "september", "march", "december"):
        number = {"march": 1, "june": 2, "september": 3, "december": 4}[word]
    if anchor is None:
        return Resolution(None, "quarter")
    ref_q = (
        _parse_quarter(ref.value) if ref and ref.value and ref.granularity == "quarter" else None
    )
    if number is not None:
        if tail:
            year = _year_of_phrase(tail, anchor)
            if year is None and re.fullmatch(
                r"(?:the\s+)?(?:year-earlier|year-ago|comparable|"
                r"comparable year-ago|prior-year|previous-year)",
                tail,
            ):
                base_year = ref_q[0] if ref_q else anchor.year
                return Resolution(f"{base_year - 1:04d}-Q{number}", "quarter")
            if year is None:
                return None
        else:
            year = anchor.year
            if quarter_of(anchor) < (year, number) and tense != "future":
                # A quarter not yet begun is last year's in past-tense reporting.
                year -= 1
        return Resolution(f"{year:04d}-Q{number}", "quarter")
    current = quarter_of(anchor)
    year_word = re.fullmatch(r"(?:19|20)\d\d", word or "")
    if year_word:
        q = ref_q[1] if ref_q else shift_quarter(*current, -1)[1]
        return Resolution(f"{word}-Q{q}", "quarter")
    if word in ("year-earlier", "year-ago", "comparable"):
        base = ref_q or shift_quarter(*current, -1)
        return Resolution(f"{base[0] - 1:04d}-Q{base[1]}", "quarter")
    if word in ("next", "coming"):
        year, q = shift_quarter(*(ref_q or current), 1) if not ref_q else shift_quarter(*current, 1)
        return Resolution(f"{year:04d}-Q{q}", "quarter")
    if word in ("previous", "prior", "last", "past"):
        base = shift_quarter(*current, -1)
        if word in ("previous", "prior") and ref_q:
            base = shift_quarter(*ref_q, -1)
        return Resolution(f"{base[0]:04d}-Q{base[1]}", "quarter")
    if word == "current" or (word == "this" and tense != "past"):
        return Resolution(f"{current[0]:04d}-Q{current[1]}", "quarter")
    # "the quarter", "the latest quarter": the one being reported on.
    if ref_q:
        return Resolution(f"{ref_q[0]:04d}-Q{ref_q[1]}", "quarter")
    base = current if tense == "future" else shift_quarter(*current, -1)
    return Resolution(f"{base[0]:04d}-Q{base[1]}", "quarter")


def _parse_quarter(value: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _year_of_phrase(phrase: str, anchor: date | None) -> int | None:
    phrase = phrase.strip()
    phrase = re.sub(r"^(?:fiscal|the|calendar|of)\s+", "", phrase)
    match = re.fullmatch(r"'?(\d{2}|\d{4})", phrase)
    if match:
        value = int(match.group(1))
        return two_digit_year(value) if value < 100 else value
    if anchor is None:
        return None
    rel = {
        "this year": 0,
        "the year": 0,
        "last year": -1,
        "next year": 1,
        "the current year": 0,
        "the previous year": -1,
        "the past year": -1,
        "the coming year": 1,
    }
    if phrase in rel:
        return anchor.year + rel[phrase]
    return None


def _season(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _SEASON.match(s)
    if not match:
        return None
    which, name, tail = match.groups()
    code = SEASONS[name]
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(which or "")
    if tail:
        year = _year_of_phrase(tail, anchor)
        if year is None:
            return None
        return Resolution(f"{year:04d}-{code}", "season", mod=mod)
    if anchor is None:
        return Resolution(None, "season")
    current_year, current_code = season_of(anchor)
    this_year = current_year if code == current_code else anchor.year
    if code == "WI" and current_code != "WI" and which in ("this", "next", "coming"):
        this_year = anchor.year
    start = season_start(this_year, code)
    if which in ("last", "past", "previous"):
        year = this_year if start < season_start(current_year, current_code) else this_year - 1
    elif which in ("next", "coming"):
        year = this_year if start > anchor else this_year + 1
    elif which == "this" or tense is None or tense == "present":
        year = this_year
    elif tense == "past":
        year = this_year if start <= anchor else this_year - 1
    else:
        year = this_year if start >= season_start(current_year, current_code) else this_year + 1
    return Resolution(f"{year:04d}-{code}", "season", mod=mod)


def _holiday(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = re.fullmatch(r"(?:(this|last|next)\s+)?(.+?)(?:\s+(\d{4}))?", s)
    if not match or match.group(2) not in HOLIDAYS:
        return None
    rule = HOLIDAYS[match.group(2)]
    if match.group(3):
        return Resolution(rule(int(match.group(3))).isoformat(), "day")
    if anchor is None:
        return Resolution(None, "day")
    which = match.group(1)
    options = [rule(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if which == "last":
        day = max(d for d in options if d <= anchor)
    elif which == "next":
        day = min(d for d in options if d >= anchor)
    else:
        day = date(_year_for(options[1].month, options[1].day, anchor, tense) or anchor.year, 1, 1)
        day = rule(day.year)
    return Resolution(day.isoformat(), "day")


def _weekday(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _WEEKDAY.match(s)
    if not match:
        return None
    which, name, part, tail = match.groups()
    if tail:
        tail = tail.strip()
        day_number = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:\s+\w+)?", tail)
        if find_explicit_dates(tail, case_sensitive=False) or day_number:
            return None
        if not re.fullmatch(
            r"(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+\w{2,4})?|"
            r"(?:morning|afternoon|evening|night)",
            tail,
        ):
            return None
    weekday = weekday_number(name + ("day" if not name.endswith("day") else ""))
    if weekday is None:
        weekday = weekday_number(name[:3])
    if weekday is None:
        return None
    if anchor is None:
        return Resolution(None, "day")
    delta = (weekday - anchor.weekday()) % 7
    if which in ("last", "past", "previous", "the previous", "the last"):
        day = anchor - timedelta(days=(7 - delta) if delta else 7)
    elif which in ("next", "coming", "the next", "following", "the following"):
        day = anchor + timedelta(days=delta or 7)
    elif which == "this":
        day = (
            anchor + timedelta(days=delta)
            if tense != "past"
            else anchor - timedelta(days=(7 - delta) % 7)
        )
    elif delta == 0:
        day = anchor
    elif tense == "future":
        day = anchor + timedelta(days=delta)
    else:
        day = anchor - timedelta(days=7 - delta)
    value = day.isoformat()
    direction = _direction(day, anchor)
    if part:
        code = _PARTS_OF_DAY.get(part.replace("'s", ""), "NI")
        return Resolution(f"{value}T{code}", "day", type="TIME", direction=direction)
    return Resolution(value, "day", direction=direction)


def _month(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _MONTH_ONLY.match(s)
    if not match:
        return None
    which, name, year_word = match.groups()
    month = month_number(name)
    if month is None:
        return None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(which or "")
    if anchor is None:
        return Resolution(f"XXXX-{month:02d}", "month", mod=mod)
    if year_word:  # "June last year", "January this year"
        shift_years = {"this": 0, "last": -1, "the previous": -1}.get(year_word, 1)
        return Resolution(f"{anchor.year + shift_years:04d}-{month:02d}", "month", mod=mod)
    if which in ("last", "past", "previous"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif which in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif which == "this":
        year = anchor.year
    else:
        year = _year_for(month, None, anchor, tense) or anchor.year
    value = f"{year:04d}-{month:02d}"
    direction = (
        "past"
        if (year, month) < (anchor.year, anchor.month)
        else ("future" if (year, month) > (anchor.year, anchor.month) else None)
    )
    return Resolution(value, "month", mod=mod, direction=direction)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _ago(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _AGO.match(s) or _IN_N.match(s)
    if not match:
        return None
    if match.re is _IN_N:
        count_word, unit_word, direction_word = match.group(1), match.group(2), "later"
    else:
        count_word, unit_word, direction_word = match.groups()
    unit = _UNITS[unit_word.rstrip("s") if unit_word not in _UNITS else unit_word]
    if direction_word in ("on", "out", "away", "since"):
        return None
    backward = direction_word in ("ago", "earlier", "before", "previously", "back", "prior")
    count = _number(count_word)
    relative_to_ref = direction_word in (
        "earlier",
        "later",
        "before",
        "after",
        "afterwards",
        "afterward",
        "previously",
        "prior",
    )
    base = anchor
    if relative_to_ref and ref is not None and ref.granularity == "day" and ref.value:
        base = _parse_day(ref.value) or anchor
    if unit in ("hour", "minute", "second"):
        if base is None:
            return Resolution(None, "day", type="TIME")
        return Resolution(base.isoformat(), "day", type="TIME")
    if count is None or base is None:
        return Resolution(
            "PAST_REF" if backward else "FUTURE_REF",
            "ref",
            direction="past" if backward else "future",
        )
    if unit == "fortnight":
        unit, count = "week", 2 * count
    if unit == "weekend":
        unit = "week"
    amount = -count if backward else count
    if unit == "year" and ref is not None and ref.granularity == "quarter" and ref.value:
        parsed = _parse_quarter(ref.value)
        if parsed:
            return Resolution(f"{parsed[0] + amount:04d}-Q{parsed[1]}", "quarter")
    day = shift(base, unit, amount)
    return Resolution(unit_value(day, unit), unit, direction="past" if backward else "future")


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _relative_unit(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    shifted = _REF_SHIFTS.match(s)
    if shifted:
        if anchor is None:
            return Resolution(None, "day")
        which = shifted.group(1) or shifted.group(4)
        unit = shifted.group(2) or shifted.group(3)
        base = anchor
        if ref is not None and ref.value and ref.granularity == "day":
            base = _parse_day(ref.value) or anchor
        amount = {"next": 1, "following": 1, "after": 1, "later": 1, "same": 0}.get(which, -1)
        if unit in ("morning", "evening", "night"):
            unit = "day"
        return Resolution(unit_value(shift(base, unit, amount), unit), unit)
    match = _RELATIVE_UNIT.match(s)
    if match:
        which, unit = match.groups()
        unit = {
            "fiscal year": "year",
            "financial year": "year",
            "calendar year": "year",
            "season": "year",
            "term": "year",
            "session": "year",
        }.get(unit, unit)
        if anchor is None:
            return Resolution(None, unit)
        if unit == "quarter":
            return _quarter(s, anchor, tense, ref)
        if unit == "half":
            return _quarter(
                s.replace(which, "first" if anchor.month <= 6 else "second"), anchor, tense, ref
            )
        amount = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "preceding": -1,
            "prior": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
            "ensuing": 1,
            "upcoming": 1,
        }.get(which, 0)
        if unit == "weekend":
            base = shift(anchor, "week", amount)
            if amount == 0 and tense == "past" and anchor.weekday() < 5:
                base = shift(anchor, "week", -1)
            if amount == 0 and tense == "future" and anchor.weekday() >= 5:
                base = anchor
            return Resolution(unit_value(base, "week") + "-WE", "week")
        which = which.split()[-1]
        if which in ("that", "same") and ref is not None and ref.value and ref.value[:4].isdigit():
            width = {"year": 4, "month": 7, "day": 10}.get(unit)
            if width and len(ref.value) >= width:
                return Resolution(ref.value[:width], unit)
        if unit == "day":
            return Resolution(shift(anchor, "day", amount).isoformat(), "day")
        return Resolution(
            unit_value(shift(anchor, unit, amount), unit),
            unit,
            direction="past" if amount < 0 else "future" if amount > 0 else None,
        )
    return None


def _relative_year_phrase(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    # "earlier this year", "later this month", "this past week", "last year's", "a year ago"
    match = re.fullmatch(
        r"(earlier|later|sometime|late|early)\s+(this|last|next)\s+"
        r"(week|month|year|quarter)",
        s,
    )
    if match:
        when, which, unit = match.groups()
        inner = _relative_unit(f"{which} {unit}", anchor, tense, ref)
        if inner is None:
            return None
        mod = {"early": "START", "late": "END"}.get(when)
        return replace(
            inner,
            mod=mod,
            direction="past"
            if when == "earlier"
            else "future"
            if when == "later"
            else inner.direction,
        )
    match = re.fullmatch(r"this past (week|month|year|weekend)", s)
    if match:
        return _relative_unit(f"last {match.group(1)}", anchor, tense, ref)
    match = re.fullmatch(
        r"(a|one|the)\s+(year|month|week|day)[- ](?:ago|earlier)|"
        r"(year|month|week)[- ](?:ago|earlier)(?:\s+(?:period|quarter|level))?",
        s,
    )
    if match:
        unit = match.group(2) or match.group(3)
        return _ago(f"one {unit} ago", anchor, tense, ref)
    return None


def _duration_or_set(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = _SET.match(s)
    if match and match.group(3):
        count = _number(match.group(3))
        code = _DURATION_CODE[_UNITS[match.group(4)]]
        return Resolution(f"P{count if count else 'X'}{code}", "set", type="SET")
    if match:
        unit = match.group(1) or match.group(2) or ""
        set_code = {
            "daily": "D",
            "weekly": "W",
            "monthly": "M",
            "yearly": "Y",
            "annually": "Y",
            "quarterly": "Q",
            "hourly": "H",
            "nightly": "D",
            "day": "D",
            "week": "W",
            "month": "M",
            "year": "Y",
            "quarter": "Q",
            "hour": "H",
            "night": "D",
        }.get(unit)
        if set_code is not None:
            return Resolution(f"P1{set_code}", "set", type="SET")
        weekday = weekday_number(unit)
        if weekday is not None:
            return Resolution(f"XXXX-WXX-{weekday + 1}", "set", type="SET")
    match = _DURATION.match(s)
    if match:
        count_word, unit_word = match.groups()
        found_unit = _UNITS.get(unit_word) or _UNITS.get(unit_word.rstrip("s"))
        if found_unit is None:
            return None
        unit = found_unit
        count = _number(count_word) if count_word else 1
        amount = str(count) if count is not None else "X"
        code = _DURATION_CODE[unit]
        prefix = "PT" if unit in ("hour", "minute", "second") else "P"
        if unit == "fortnight":
            amount = str(2 * count) if count is not None else "X"
        return Resolution(f"{prefix}{amount}{code}", "duration", type="DURATION")
    return None


_HANDLERS = (
    _vague,
    _today,
    _numeric_year,
    _decade_century,
    _relative_year_phrase,
    _ago,
    _relative_unit,
    _quarter,
    _season,
    _holiday,
    _weekday,
    _month,
    _explicit,
    _duration_or_set,
)
