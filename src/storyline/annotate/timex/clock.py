"""Times of day: clock times and parts of the day, with the day they fall on.

``read_clock("9 a.m. tuesday", ...)`` -> ``2000-04-04T09:00`` (TIME); a time without a day is on
the narrative reference day when there is one, else on the anchor day. Values keep local time as
written (TIMEX3 does not convert time zones).
"""

from __future__ import annotations

import re
from datetime import date

from storyline.annotate.timex.resolution import Resolution

_ZONE = r"(?:\s*\(?(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst)(?:\s*[+-]\s*\d{1,2})?\)?)"
_CLOCK = re.compile(
    rf"(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d\d))?\s*(?P<half>[ap]\.?\s?m\.?)?{_ZONE}?"
    r"|(?P<word>noon|midnight|midday|mid-?day)"
)
_PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "mid-morning": "MO",
    "midmorning": "MO",
    "mid-afternoon": "AF",
    "midafternoon": "AF",
    "mid afternoon": "AF",
    "early morning": "MO",
    "late morning": "MO",
    "early afternoon": "AF",
    "late afternoon": "AF",
    "early evening": "EV",
    "late evening": "EV",
    "late night": "NI",
}
_PART = re.compile(
    r"^(?:the\s+|this\s+|in the\s+|later\s+this\s+|early\s+this\s+)?"
    r"(?P<part>(?:mid-?|mid\s|early\s|late\s)?(?:morning|afternoon|evening|night))$"
)
_LEAD = re.compile(r"^(?:at|about|around|by|until|from|before|after|shortly before|just after)\s+")
_IN_THE = re.compile(
    r"^(?P<hour>\d{1,2})\s+(?:o'clock\s+)?in the (?P<part>morning|afternoon|evening)$"
)


def _clock_value(text: str) -> str | None:
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        return None
    if match.group("word"):
        return "24:00" if match.group("word") == "midnight" else "12:00"
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    half = (match.group("half") or "").replace(".", "").replace(" ", "")
    if not half and match.group("minute") is None:
        return None  # a bare number is not a time
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def read_clock(
    s: str, anchor: date | None, tense: str | None, ref: Resolution | None, resolve_day
) -> Resolution | None:
    """A clock time or a part of the day, with the day given beside it (resolved by
    ``resolve_day``), else the reference day, else the anchor day."""
    s = _LEAD.sub("", s)
    hour_in = _IN_THE.match(s)
    if hour_in:
        hour = int(hour_in.group("hour")) % 12 + (0 if hour_in.group("part") == "morning" else 12)
        return _at(f"T{hour:02d}:00", None, anchor, tense, ref, resolve_day)
    words = s.split()
    for k in range(1, len(words) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        tail = re.sub(r"^(?:on|of)\s+", "", tail)
        for time_text, day_text in ((head, tail), (tail, head)):
            if not time_text:
                continue
            code = _clock_value(time_text)
            if code:
                value = f"T{code}"
            else:
                part = _PART.match(time_text)
                if not part:
                    continue
                value = f"T{_PARTS.get(part.group('part'), 'NI')}"
            if not day_text and re.match(r"(?:later |early )?this ", time_text):
                day_text = "today"  # "this morning" is on the day of writing
            found = _at(value, day_text or None, anchor, tense, ref, resolve_day)
            if found is not None:
                return found
    return None


def _at(
    value: str,
    day_text: str | None,
    anchor: date | None,
    tense: str | None,
    ref: Resolution | None,
    resolve_day,
) -> Resolution | None:
    day = _day(day_text, anchor, tense, ref, resolve_day)
    if day_text and day is None:
        return None
    if day is None:
        return Resolution(None, "day", type="TIME")
    return Resolution(f"{day}{value}", "day", type="TIME")


def _day(
    text: str | None, anchor: date | None, tense: str | None, ref: Resolution | None, resolve_day
) -> str | None:
    if text:
        found = resolve_day(text, anchor, tense, ref)
        if found.value and found.granularity == "day" and found.type in ("DATE", "TIME"):
            return found.value[:10]
        return None
    if ref is not None and ref.granularity == "day" and ref.value and len(ref.value) >= 10:
        return ref.value[:10]
    return anchor.isoformat() if anchor else None
