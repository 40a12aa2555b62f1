"""Small calendar helpers: shifting by units, weeks, quarters, seasons, holidays.

Values are TIMEX3 strings: a value keeps exactly the precision of its unit.
"""

from __future__ import annotations

from datetime import date, timedelta

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Month in which each season starts (northern hemisphere, as TIMEX3 assumes).
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = _days_in_month(year, month)
    return date(year, month, min(day.day, last))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def season_of(day: date) -> tuple[int, str]:
    """(year, code); December belongs to that year's winter."""
    month = day.month
    if month in (3, 4, 5):
        return day.year, "SP"
    if month in (6, 7, 8):
        return day.year, "SU"
    if month in (9, 10, 11):
        return day.year, "FA"
    return (day.year if month == 12 else day.year - 1), "WI"


def season_start(year: int, code: str) -> date:
    return date(year, _SEASON_MONTH[code], 1)


def unit_value(day: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` (day, week, month, quarter, year, decade) containing day."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return week_value(day)
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        year, quarter = quarter_of(day)
        return f"{year:04d}-Q{quarter}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(unit)


def shift(day: date, unit: str, amount: int) -> date:
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "quarter":
        return add_months(day, 3 * amount)
    if unit == "year":
        return _safe_year(day, day.year + amount)
    if unit == "decade":
        return _safe_year(day, day.year + 10 * amount)
    if unit == "century":
        return _safe_year(day, day.year + 100 * amount)
    raise ValueError(unit)


def _safe_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for last) ``weekday`` of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _days_in_month(year, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# The days off around a feast, after its name ("the Easter holidays"): its week, not its day.
FEAST_PERIOD_WORDS = r"holidays?|break|recess|vacation|weekend"

HOLIDAYS = {
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1),
    "valentine's day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "easter": easter,
    "easter sunday": easter,
    "easter day": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "may day": lambda y: date(y, 5, 1),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "earth day": lambda y: date(y, 4, 22),
    "st. patrick's day": lambda y: date(y, 3, 17),
    "st patrick's day": lambda y: date(y, 3, 17),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),  # also "presidents day", normalised
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2),
    "veterans day": lambda y: date(y, 11, 11),
    "armistice day": lambda y: date(y, 11, 11),
    "remembrance day": lambda y: date(y, 11, 11),
    "bastille day": lambda y: date(y, 7, 14),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),  # the American one
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
}
