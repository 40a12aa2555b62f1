"""Durations: "six months", "2 1/2 years", "almost a hundred years", "the next two years or so".

TIMEX3 values: ``P6M``, ``P2Y6M``, ``P100Y``, ``P2Y``; hours and smaller take ``PT``; a decade is
ten years and a quarter three months (as TimeBank writes them); a number left vague ("several",
"a few", "12 to 18") is ``X``.
"""

from __future__ import annotations

import re

from storyline.annotate.timex.resolution import Resolution

_UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("M", False), "year": ("Y", False),
    "decade": ("Y", False), "century": ("Y", False), "weekend": ("D", False),
}  # fmt: skip
_FACTOR = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100, "weekend": 2}
# The next smaller unit, for a fraction of a unit ("2 1/2 years" is P2Y6M).
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "a dozen": 12, "couple": 2, "a couple": 2, "a couple of": 2,
}  # fmt: skip
_VAGUE = r"several|a few|few|many|some|a number of|numerous|countless|multiple|dozens of"
_QUALIFIERS = re.compile(
    r"^(?:(?:just|only|almost|nearly|about|around|roughly|approximately|barely|some|over|under|"
    r"more than|less than|fewer than|no more than|no less than|at least|at most|up to|as long as"
    r"|as many as|as much as|as little as|upwards of|well over|an additional|additional"
    r"|another|a further|latest|year-earlier|year-ago|comparable|corresponding"
    r"|the|its|their|his|her|first|last|past|next|previous|following|coming|final|remaining"
    r"|each of the|all|full|entire|whole|for|within|in|during|over the|for the)\s+)+"
)
_TRAILING = re.compile(r"\s+(?:or so|or more|or less|or longer|long|and counting)$|[- ]long$")
_UNIT_WORD = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|centur(?:y|ies)|weekends?)"
)
_SHAPE = re.compile(
    rf"^(?P<number>.*?)\s*(?:-\s*|\s+)?(?:(?:more|additional|extra|further|straight|consecutive)\s+)?"
    rf"(?:(?:trading|business|working|calendar)\s+)?{_UNIT_WORD}"
    r"(?P<half>\s+and\s+a\s+half)?$"
)
_FRACTION = re.compile(
    r"^(?P<whole>\d+)?\s*(?:(?P<num>\d)/(?P<den>\d)|(?P<glyph>[\u00bd\u00bc\u00be]))$"
)
_GLYPHS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}


def _number(text: str) -> float | str | None:
    """The count a duration states: a number, 'X' where it is vague, None where unreadable."""
    text = text.strip().replace(",", "")
    if not text:
        return 1.0
    if re.fullmatch(_VAGUE, text) or re.search(r"\d+\s*(?:to|-|or|and)\s*\d+", text):
        return "X"
    if re.search(r"\b(?:to|or)\b", text):  # "two to three", "a year or two"
        return "X"
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    fraction = _FRACTION.match(text)
    if fraction:
        whole = float(fraction.group("whole") or 0)
        part = (
            _GLYPHS[fraction.group("glyph")]
            if fraction.group("glyph")
            else int(fraction.group("num")) / int(fraction.group("den"))
        )
        return whole + part
    and_half = re.fullmatch(r"(?P<n>.+?)\s+and\s+a\s+half", text)
    if and_half:
        counted = _number(and_half.group("n"))
        return counted + 0.5 if isinstance(counted, float) else counted
    text = re.sub(r"^a\s+(?=half\b)", "", text)
    if text == "half" or text == "half a" or text == "half an":
        return 0.5
    text = re.sub(r"\s+of$", "", text)  # "a couple of"
    if text in _WORDS:
        return float(_WORDS[text])
    words = text.replace("-", " ").split()
    if words and words[-1] in ("a", "an") and len(words) > 1:
        words = words[:-1]  # "half a"
    total, current = 0.0, 0.0
    for word in words:
        if word in ("and",):
            continue
        if word == "dozen" and current:
            current *= 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif word in _WORDS:
            current += _WORDS[word]
        else:
            return None
    return total + current


def _value(count: float, code: str, clock: bool) -> str:
    prefix = "PT" if clock else "P"
    if count == int(count):
        return f"{prefix}{int(count)}{code}"
    whole, fraction = int(count), count - int(count)
    smaller = (_SMALLER_TIME if clock else _SMALLER).get(code)
    if smaller and (fraction * smaller[1]).is_integer():
        head = f"{whole}{code}" if whole else ""
        return f"{prefix}{head}{int(fraction * smaller[1])}{smaller[0]}"
    return f"{prefix}{count:g}{code}"


def read_duration(s: str) -> Resolution | None:
    """A length of time, or None when ``s`` is not one."""
    s = _TRAILING.sub("", _QUALIFIERS.sub("", s.strip()))
    match = _SHAPE.match(s)
    if not match:
        return None
    unit = match.group("unit").rstrip("s")
    unit = {"centurie": "century", "centuries": "century"}.get(unit, unit)
    if unit not in _UNITS:
        return None
    code, clock = _UNITS[unit]
    number_text = match.group("number").strip()
    plural = match.group("unit").endswith("s") and unit != "hours"
    count = _number(number_text)
    if count is None:
        return None
    if count == 1.0 and not number_text and plural:
        count = "X"  # "weeks", "the years"
    if match.group("half") and count != "X":
        count = float(count) + 0.5
    if count == "X":
        return Resolution(f"{'PT' if clock else 'P'}X{code}", "duration", type="DURATION")
    return Resolution(
        _value(float(count) * _FACTOR.get(unit, 1), code, clock), "duration", type="DURATION"
    )
