"""Expressions that read as a day but are a length of time, told by the words around them.

- a company's year that ended or ends on a date ("for the year ended March 31", "its fiscal year
  ending June 30") is twelve months, not the calendar year the article is in;
- a length after or before a moment of the story that names no day, because it is shorter than
  one ("a minute and a half later", "just over an hour earlier") or of no stated size ("a few
  days later"), is that length: TimeML marks the length, and the day is the moment's own;
- a length "later than" something ("three days later than originally planned") is a delay, not
  the day that many days on.
"""

from __future__ import annotations

import re

from storyline.annotate.timex.resolution import Resolution

_YEAR_ENDED = re.compile(
    r"(?:the|its|their|our)\s+(?:latest\s+|last\s+|previous\s+|current\s+)?"
    r"(?:fiscal\s+|financial\s+)?year",
    re.I,
)
_ENDED_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+(?=\w+\.?\s+\d))", re.I
)
_AFTER_HOURS = re.compile(
    r"(.*\b(?:second|minute|hour)s?(?:\s+and\s+a\s+half)?"
    r"|(?:a\s+few|several|some|many|a\s+couple\s+of)\s+(?:day|week|month|year)s)"
    r"\s+(?:later|earlier)",
    re.I,
)
_LATER = re.compile(
    r"(.*\b(?:second|minute|hour|day|week|month|year)s?)\s+(?:later|earlier|sooner)", re.I
)
_THAN = re.compile(r"\s+than\b", re.I)


def read_length(text: str, start: int, end: int) -> tuple[int, Resolution | None]:
    """The expression's end (cut before "later" where the length is the expression) and, for a
    company's year, its reading; None where the resolver is to read it."""
    piece = text[start:end]
    after = _AFTER_HOURS.fullmatch(piece) or (
        _LATER.fullmatch(piece) if _THAN.match(text, end) else None
    )
    if after:
        return start + after.end(1), None
    if _YEAR_ENDED.fullmatch(text, start, end) and _ENDED_AFTER.match(text, end):
        return end, Resolution("P1Y", "duration", type="DURATION")
    return end, None
