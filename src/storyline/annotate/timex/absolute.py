"""Handlers for expressions that name their calendar unit: dates, months, years, quarters,
seasons, decades, holidays."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from storyline.annotate.timex.calendar_math import (
    FEAST_PERIOD_WORDS,
    HOLIDAYS,
    SEASONS,
    quarter_of,
    season_of,
    season_start,
    shift_quarter,
)
from storyline.annotate.timex.patterns import (
    CENTURY,
    CENTURY_WORDS,
    DECADE,
    DECADE_WORDS,
    HALF,
    MONTH_ONLY,
    ORDINALS,
    QUARTER,
    RANGE_DAYS,
    RANGE_DAYS2,
    SEASON,
    YEAR,
    normalize,
)
from storyline.annotate.timex.resolution import Resolution
from storyline.calendar import find_explicit_dates, month_number, two_digit_year


def read_explicit(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = RANGE_DAYS.match(s) or RANGE_DAYS2.match(s)
    if match:
        if match.re is RANGE_DAYS:
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
    shift = _YEAR_WORD.fullmatch(rest)
    if shift and hit.year is None and hit.day is not None:
        # "December 17 last year", "March 3 of next year"
        if anchor is None:
            return Resolution(f"XXXX-{hit.month:02d}-{hit.day:02d}", "day")
        year = anchor.year + {"this": 0, "next": 1, "the following": 1}.get(shift.group(1), -1)
        try:
            day = date(year, hit.month, hit.day)
        except ValueError:
            return None
        return Resolution(day.isoformat(), "day", direction=read_direction(day, anchor))
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
    direction = None if hit.year else read_direction(day, anchor)
    return Resolution(day.isoformat(), "day", direction=direction)


_YEAR_WORD = re.compile(r"(?:of\s+)?(this|last|next|the\s+previous|the\s+following)\s+year")


def _weekday_names() -> str:
    return "mon|tue|wed|thu|fri|sat|sun"


def _year_for(month: int, day: int | None, anchor: date | None, tense: str | None) -> int | None:
    """The year for a month (and day) written without one.

    The candidate nearest to the anchor wins. In a past-tense clause a date ahead counts as twice
    as far plus about three months, because news mixes past-tense verbs with coming dates ("set
    Nov. 10 as the deadline") more often than it reports year-old events by month and day alone,
    but those coming dates are near ones ("took office on April 28" in late December is the April
    gone, not the next). The same holds the other way: a future-tense clause rules out months
    already gone, and a day gone counts as twice as far plus about three months, as reported
    plans name days just past ("said they would return him by Jan. 14", published on the 15th)
    and a day almost a year ahead is written with its year ("wounds from April 20 drilling-rig
    explosion might be serious", in May, is the April gone). A month alone ahead of a past
    clause counts three times as far: coming plans are mostly named by their day, and "used his
    discount in February", in December, is the February gone.
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
        if tense == "future" and behind and day is None:
            continue  # a future-tense clause does not point at a month already gone
        if tense == "past" and ahead and day is None:
            distance = 3 * distance + 95
        elif (tense == "past" and ahead) or (tense == "future" and behind):
            distance = 2 * distance + 95
        key = (distance, year)
        if best is None or key < best:
            best = key
    return best[1] if best else None


def read_direction(day: date, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    return "past" if day < anchor else "future" if day > anchor else None


def read_numeric_year(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = YEAR.match(s)
    if not match:
        return None
    year = two_digit_year(int(match.group(1))) if match.group(1) else int(match.group(2))
    return Resolution(f"{year:04d}", "year")


def read_decade_century(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = DECADE.match(s)
    if match:
        if match.group(1):
            return Resolution(f"{match.group(1)}{match.group(2)}", "decade")
        digit = match.group(3) or match.group(4)
        if digit is None:
            digit = str(DECADE_WORDS[match.group(5)])
        century = "19"
        if anchor is not None and anchor.year >= 2000 and int(digit) <= anchor.year % 100 // 10:
            century = "20"
        return Resolution(f"{century}{digit}", "decade")
    match = CENTURY.match(s)
    if match:
        number = int(match.group(1)) if match.group(1) else CENTURY_WORDS[match.group(2)]
        return Resolution(f"{number - 1:02d}", "century")
    return None


def read_quarter(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    half = HALF.match(s)
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
    match = QUARTER.match(s)
    if not match:
        return None
    word = match.group(1) or match.group(5)
    tail = match.group(2) or match.group(4) or match.group(6)
    number = ORDINALS.get(word or "") if word not in ("last",) else None
    if match.group(3):
        number = int(match.group(3))
    if word in ("june", "september", "march", "december"):
        number = {"march": 1, "june": 2, "september": 3, "december": 4}[word]
    if anchor is None:
        return Resolution(None, "quarter")
    ref_q = (
        read_parse_quarter(ref.value)
        if ref and ref.value and ref.granularity == "quarter"
        else None
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


def read_parse_quarter(value: str) -> tuple[int, int] | None:
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
    rel = {  # "the" is gone by now: "the year" is "year"
        "this year": 0,
        "year": 0,
        "last year": -1,
        "next year": 1,
        "current year": 0,
        "previous year": -1,
        "past year": -1,
        "coming year": 1,
    }
    if phrase in rel:
        return anchor.year + rel[phrase]
    return None


def read_season(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = SEASON.match(s)
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


_HOLIDAYS = {normalize(name): rule for name, rule in HOLIDAYS.items()}  # "new year day"


def read_holiday(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = re.fullmatch(
        rf"(?:the\s+)?(?:(this|last|next)\s+)?(.+?)(?:\s+({FEAST_PERIOD_WORDS}))?"
        r"(?:\s+(\d{4}|(?:last|this|next)\s+year))?",
        s,
    )
    if not match or match.group(2) not in _HOLIDAYS:
        return None
    day = _feast_day(_HOLIDAYS[match.group(2)], match.group(1), match.group(4), anchor, tense)
    if day is None:
        return Resolution(None, "day")
    period = match.group(3)
    if period is None:
        return Resolution(day.isoformat(), "day")
    # The days off around the feast ("the Easter holidays"): its week, not the feast's day.
    year, week, _weekday = day.isocalendar()
    if period == "weekend":
        return Resolution(f"{year:04d}-W{week:02d}-WE", "week")
    return Resolution(f"{year:04d}-W{week:02d}", "week", mod="APPROX")


def _feast_day(
    rule: Callable[[int], date],
    which: str | None,
    year: str | None,
    anchor: date | None,
    tense: str | None,
) -> date | None:
    if year and year[0].isdigit():
        return rule(int(year))
    if anchor is None:
        return None
    if year:  # "Easter Day last year"
        shift = {"last": -1, "this": 0, "next": 1}[year.split()[0]]
        return rule(anchor.year + shift)
    options = [rule(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if which == "last":
        return max(d for d in options if d <= anchor)
    if which == "next" or tense == "future":  # a feast that comes every year: the coming one
        return min(d for d in options if d >= anchor)
    return rule(_year_for(options[1].month, options[1].day, anchor, tense) or anchor.year)


def read_month(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = MONTH_ONLY.match(s)
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
