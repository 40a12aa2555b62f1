"""Handlers for expressions that count from the anchor or the narrative reference: today,
weekdays, "three days ago", "next month", vague references, durations and sets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from storyline.annotate.timex.absolute import read_direction, read_parse_quarter, read_quarter
from storyline.annotate.timex.calendar_math import shift, unit_value
from storyline.annotate.timex.durations import read_duration
from storyline.annotate.timex.patterns import (
    AGO,
    DURATION_CODE,
    DURATION_RE,
    FUTURE,
    IN_N,
    NUMBERS,
    PARTS_OF_DAY,
    PAST,
    PRESENT,
    REF_SHIFTS,
    RELATIVE_UNIT,
    SET_RE,
    TODAY_WORDS,
    UNITS,
    WEEKDAY,
)
from storyline.annotate.timex.resolution import UNKNOWN, Resolution
from storyline.calendar import find_explicit_dates, weekday_number

_UNIT_CODES = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE",
               "centuries": "CE", "quarters": "Q", "hours": "H", "minutes": "M"}  # fmt: skip
# "the coming weeks", "the next few days", "the months ahead", "weeks": a stretch
# of time of unstated length (TimeML: a DURATION with X for its number).
_VAGUE_STRETCH = re.compile(
    r"^(?:(?:in\s+)?(?:the\s+)?(?:coming"
    r"|next\s+(?:few|several)|following|several|few|many|some|the)\s+)?"
    r"(?P<unit>days|weeks|months|years|decades|centuries|quarters|hours|minutes)"
    r"(?:\s+(?:ahead|to come))?$"
)


def read_vague(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    stretch = _VAGUE_STRETCH.match(s)
    if stretch:
        unit = stretch.group("unit")
        prefix = "PT" if unit in ("hours", "minutes") else "P"
        return Resolution(f"{prefix}X{_UNIT_CODES[unit]}", "duration", type="DURATION")
    if s in PRESENT:
        return Resolution("PRESENT_REF", "ref", direction=None)
    if (
        s in PAST
        or re.fullmatch(r"(?:in\s+)?recent\s+\w+|(?:the\s+)?past\s+(?:few|several)\s+\w+", s)
        and not DURATION_RE.match(s)
    ):
        return Resolution("PAST_REF", "ref", direction="past")
    if s == "one day" and tense in ("past", "present"):
        return None  # "had been in the job one day": a day long, not some day to come
    if s in FUTURE or re.fullmatch(r"(?:the\s+)?(?:coming|next\s+few|future)\s+\w+", s):
        return Resolution("FUTURE_REF", "ref", direction="future")
    return None


def read_today(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    base = s
    part = None
    words = s.split()
    if (
        len(words) == 2
        and words[1] in PARTS_OF_DAY
        and words[0] in ("today", "yesterday", "tomorrow", "this", "last")
    ):
        base = {"this": "today", "last": "yesterday"}.get(words[0], words[0])
        part = PARTS_OF_DAY[words[1]]
    elif s in ("tonight", "overnight"):
        part = "NI"
    elif len(words) == 2 and words[0] == "that" and words[1] in PARTS_OF_DAY:
        # "that night", "later that morning": the part of the day the story is on.
        if ref is None or ref.granularity != "day" or not ref.value:
            return None
        return Resolution(f"{ref.value[:10]}T{PARTS_OF_DAY[words[1]]}", "day", type="TIME")
    if base not in TODAY_WORDS:
        return None
    if anchor is None:
        return UNKNOWN
    if (
        base in ("that day", "the same day", "same day")
        and ref is not None
        and ref.granularity == "day"
    ):
        return ref
    day = anchor + timedelta(days=TODAY_WORDS[base])
    value = day.isoformat()
    if part:
        return Resolution(f"{value}T{part}", "day", type="TIME")
    return Resolution(value, "day")


# A weekday whose side of the reporting its clause does not tell (tense "nearest": "the rally
# planned for Saturday", "ahead of Sunday's vote") is the coming one up to this many days ahead,
# else the last one: news looks back more often than ahead.
NEAREST_AHEAD = 2


def read_weekday(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = WEEKDAY.match(s)
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
    story_day = None
    if ref is not None and ref.value and ref.granularity == "day":
        story_day = _parse_day(ref.value)
    if which in ("previous", "the previous", "following", "the following") and story_day:
        # "the previous Friday", "the following Monday": from the day the story is on, not
        # from the day of writing as "last Friday" and "next Monday" are.
        anchor = story_day
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
    elif tense == "future" or (tense == "nearest" and delta <= NEAREST_AHEAD):
        day = anchor + timedelta(days=delta)
    else:
        day = anchor - timedelta(days=7 - delta)
    value = day.isoformat()
    direction = read_direction(day, anchor)
    if part:
        code = PARTS_OF_DAY.get(part.replace("'s", ""), "NI")
        return Resolution(f"{value}T{code}", "day", type="TIME", direction=direction)
    return Resolution(value, "day", direction=direction)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def read_ago(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    match = AGO.match(s) or IN_N.match(s)
    if not match:
        return None
    if match.re is IN_N:
        count_word, unit_word, direction_word = match.group(1), match.group(2), "later"
    else:
        count_word, unit_word, direction_word = match.groups()
    unit = UNITS[unit_word.rstrip("s") if unit_word not in UNITS else unit_word]
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
    told = None  # the day told before that the expression counts from
    if relative_to_ref and ref is not None and ref.granularity == "day" and ref.value:
        told = _parse_day(ref.value)
    elif (
        relative_to_ref
        and count is not None  # "a few months later" stays as vague as it is
        and ref is not None
        and ref.granularity in _COARSER
        and ref.value
    ):
        # "suspended last October, but rejoined four days later": later than the month the
        # story is on, not than the article's day; a shift by whole months or years keeps
        # that precision ("in 2009 ... two years later" is 2011), a finer one is not known.
        start = _period_start(ref.value)
        if (
            start is None
            or unit not in _COARSER
            or _COARSER.index(unit) < _COARSER.index(ref.granularity)
        ):
            return UNKNOWN
        amount = -count if backward else count
        return Resolution(
            unit_value(shift(start, unit, amount), ref.granularity),
            ref.granularity,
            direction="past" if backward else "future",
        )
    if (
        relative_to_ref
        and match.re is AGO
        and not backward
        and told is None
        and tense == "past"
        and count is not None
        and unit not in ("hour", "minute", "second")
    ):
        # "rejoined four days later" with no day told before it: later than some other day,
        # not than the article's, which a past clause cannot be.
        return UNKNOWN
    base = told or anchor
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
        parsed = read_parse_quarter(ref.value)
        if parsed:
            return Resolution(f"{parsed[0] + amount:04d}-Q{parsed[1]}", "quarter")
    day = shift(base, unit, amount)
    return Resolution(unit_value(day, unit), unit, direction="past" if backward else "future")


# Periods coarser than a day that a narrative reference can be, finest first.
_COARSER = ("month", "year")


def _period_start(value: str) -> date | None:
    """The first day of a month ("2022-10") or a year ("2009") value."""
    try:
        return date.fromisoformat(value + "-01" if len(value) == 7 else value + "-01-01")
    except ValueError:
        return None


# Units from the finest; "the following month" counts from a reference as fine as a month.
_FINENESS = ("day", "week", "month", "quarter", "year")


def _reference_start(ref: Resolution | None, unit: str) -> date | None:
    """The first day of the narrative reference when it is a day, a month or a year no coarser
    than ``unit`` ("In March, ... The following month" is April; "the next day" after a month
    counts from the day of writing)."""
    if ref is None or not ref.value or ref.granularity not in _FINENESS:
        return None
    fine = "day" if unit in ("morning", "evening", "night") else unit
    if fine not in _FINENESS or _FINENESS.index(ref.granularity) > _FINENESS.index(fine):
        return None
    if ref.granularity == "day":
        return _parse_day(ref.value)
    return _period_start(ref.value) if ref.granularity in _COARSER else None


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_relative_unit(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    shifted = REF_SHIFTS.match(s)
    if shifted:
        if anchor is None:
            return Resolution(None, "day")
        which = shifted.group(1) or shifted.group(4)
        unit = shifted.group(2) or shifted.group(3)
        reference = _reference_start(ref, unit)
        amount = {"next": 1, "following": 1, "after": 1, "later": 1, "same": 0}.get(which, -1)
        if reference is None and amount > 0 and tense == "past":
            # "The next day, he was found unconscious" with no day told before it: the day
            # after some other day, not the day after the article's, which is still to come.
            return UNKNOWN
        base = reference or anchor
        if unit in ("morning", "evening", "night"):
            unit = "day"
        return Resolution(unit_value(shift(base, unit, amount), unit), unit)
    match = RELATIVE_UNIT.match(s)
    if match:
        which, unit = match.groups()
        which = re.sub(r"^the\s+(?=past|last|previous|next|coming|following)", "", which)
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
            return read_quarter(s, anchor, tense, ref)
        if unit == "half":
            return read_quarter(
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
            if amount < 0:
                # "Gibbs' last day", "the last day of the trial", "in the past day": a final day
                # or the last hours, never yesterday (which English calls "yesterday").
                return UNKNOWN
            return Resolution(shift(anchor, "day", amount).isoformat(), "day")
        return Resolution(
            unit_value(shift(anchor, unit, amount), unit),
            unit,
            direction="past" if amount < 0 else "future" if amount > 0 else None,
        )
    return None


def read_relative_year_phrase(
    s: str, anchor: date | None, tense: str | None, ref: Resolution | None
):
    # "earlier this year", "later this month", "this past week", "last year's", "a year ago"
    match = re.fullmatch(
        r"(earlier|later|sometime|late|early)\s+(this|last|next)\s+"
        r"(week|month|year|quarter)",
        s,
    )
    if match:
        when, which, unit = match.groups()
        inner = read_relative_unit(f"{which} {unit}", anchor, tense, ref)
        if inner is None:
            return None
        mod = {"early": "START", "late": "END"}.get(when)
        if which == "this" and unit == "year" and when in ("earlier", "later") and anchor:
            # What is left of the year on either side of the day said: its quarter or half
            # when that is all that is left, else the year.
            quarter = (anchor.month - 1) // 3 + 1
            if (when == "later" and quarter == 4) or (when == "earlier" and quarter == 1):
                return Resolution(f"{anchor.year:04d}-Q{quarter}", "quarter")
            if (when == "later" and quarter == 3) or (when == "earlier" and quarter == 2):
                half = 2 if when == "later" else 1
                return Resolution(f"{anchor.year:04d}-H{half}", "half")
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
        return read_relative_unit(f"last {match.group(1)}", anchor, tense, ref)
    match = re.fullmatch(
        r"(a|one|the)\s+(year|month|week|day)[- ](?:ago|earlier)|"
        r"(year|month|week)[- ](?:ago|earlier)(?:\s+(?:period|quarter|level))?",
        s,
    )
    if match:
        unit = match.group(2) or match.group(3)
        return read_ago(f"one {unit} ago", anchor, tense, ref)
    return None


def _every(count: int | str, code: str) -> Resolution:
    """A SET's period: "P1D" daily, "PT1H" hourly (a time of day's unit takes ISO's T)."""
    return Resolution(f"P{'T' if code == 'H' else ''}{count}{code}", "set", type="SET")


def read_duration_or_set(s: str, anchor: date | None, tense: str | None, ref: Resolution | None):
    adjective = {"annual": "Y", "yearly": "Y", "monthly": "M", "weekly": "W", "daily": "D",
                 "nightly": "D", "hourly": "H", "quarterly": "Q"}.get(s)  # fmt: skip
    if adjective:
        return _every(1, adjective)
    match = SET_RE.match(s)
    if match and match.group(3):
        count = _number(match.group(3))
        return _every(count if count else "X", DURATION_CODE[UNITS[match.group(4)]])
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
            return _every(1, set_code)
        weekday = weekday_number(unit)
        if weekday is not None:
            return Resolution(f"XXXX-WXX-{weekday + 1}", "set", type="SET")
    return read_duration(s)
