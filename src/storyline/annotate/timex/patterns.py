"""Vocabulary and patterns of time expressions, and the normalisation of their text."""

from __future__ import annotations

import re

from storyline.calendar import MONTH_RE

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "a couple of": 2, "couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "recent"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": 4, "final": 4}  # fmt: skip
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "quarter": "quarter", "quarters": "quarter", "century": "century", "centuries": "century",
    "fortnight": "fortnight", "weekend": "weekend", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
}  # fmt: skip
DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
                  "century": "CE", "quarter": "Q", "hour": "H", "minute": "M", "second": "S",
                  "fortnight": "W", "weekend": "WE"}  # fmt: skip
PRESENT = {"now", "currently", "current", "nowadays", "present", "the present", "at present",
            "right now", "these days", "this time", "at the moment", "the moment", "today's",
            "presently", "just now", "time being", "the time being", "contemporary"}  # fmt: skip
PAST = {"recently", "recent", "lately", "the past", "past", "previously", "formerly", "once",
         "earlier", "before", "in the past", "some time ago", "long ago", "years ago",
         "the old days", "former", "recent years", "recent months", "recent weeks",
         "recent days", "in recent years", "in recent months", "in recent weeks", "ago",
         "the recent past", "historically", "then", "at the time", "that time",
         "not long ago", "a while ago", "once upon a time"}  # fmt: skip
FUTURE = {"the future", "future", "soon", "shortly", "in the future", "coming", "later",
           "eventually", "the coming years", "coming years", "the coming months",
           "coming months", "the coming weeks", "coming weeks", "the coming days", "coming days",
           "the near future", "near future", "in the near future", "upcoming", "someday",
           "one day", "in the coming years", "down the road", "forthcoming", "the years ahead",
           "the months ahead", "the weeks ahead", "the days ahead", "ahead", "a later date",
           "a later time", "a future date", "later date"}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "overnight": "NI", "midday": "MI", "noon": "MI", "dawn": "MO", "dusk": "EV",
                 "lunchtime": "MI"}  # fmt: skip
MODS = [
    (
        re.compile(
            r"^(?:the\s+)?(?:early|earlier|beginning|start|first\s+days?|dawn|opening)"
            r"(?:\s+(?:part|hours|days|weeks|months))?(?:\s+of)?\s+|^early[- ]"
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
APPROX_RE = re.compile(
    r"^(?:about|around|approximately|roughly|some|nearly|almost|about|circa|"
    r"more than|less than|over|at least|just over|just under|up to|as much as)\s+"
)
LEAD = re.compile(
    r"^(?:just|only|on|in|at|by|since|until|till|from|for|during|through|throughout|before|"
    r"after|of|as of|as early as|as late as|no later than|within|over|last seen|"
    r"sometime|some time|beginning|starting|ending|effective|between|both|"
    r"its|his|her|their|our|(?:a|an)(?!\s+(?:few|couple|dozen|number|half|additional|"
    r"(?:day|week|month|year|decade|quarter|centur|fortnight|hour|minute|second)[a-z]*\b)))\s+"
)
# Before a written date, words that do not change which day it is ("last Oct. 23").
DATE_LEAD = re.compile(
    rf"^(?:the|last|this|next|this coming|this past|the coming)\s+(?=(?:{MONTH_RE})\.?\s+\d)"
)
# "year-end", "year's end" (normalize has dropped the "'s"): the end of the year.
UNIT_END = re.compile(r"^(?:the\s+)?(year|month|quarter|week)[- ]end$")
# What a span may end on that is not part of the expression ("between now and").
TRAIL = re.compile(r"\s+(?:and|or|to|until|through)$")
# Words before a day that do not change which day it is ("late yesterday", "earlier Friday").
DAY_LEAD = re.compile(
    r"^(?:just|only|earlier|later|late|early|as early as|as late as|until|since)\s+"
    r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight"
    r"|that (?:day|morning|afternoon|evening|night)\b)"
    r"|^the\s+(?=\d{1,2}(?:st|nd|rd|th)\s+of\s)"  # "the 25th of January"
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
AGO = re.compile(
    rf"^(?:just\s+|only\s+)?(?:more than\s+|less than\s+|over\s+|nearly\s+|almost\s+|"
    rf"about\s+|some\s+|around\s+)?({_NUM_WORD})\s+(?:and\s+a\s+half\s+)?({_UNIT_WORD})"
    rf"(?:\s+or\s+so)?\s+(ago|earlier|before|previously|back|prior|later|after|hence|"
    rf"from now|since|afterwards?|on|out|away)$"
)
IN_N = re.compile(rf"^(?:in|within)\s+({_NUM_WORD})\s+({_UNIT_WORD})(?:'s?)?(?:\s+time)?$")
DURATION_RE = re.compile(
    rf"^(?:the\s+)?(?:past|last|next|first|coming|previous|following|"
    rf"recent|latest|final|over the past|over the last|over the next|"
    rf"for the past|for the last|for the next|for|the|another|more than|"
    rf"nearly|almost|about|some|at least|up to|only|just)?\s*({_NUM_WORD})?\s*"
    rf"(?:-|\s)?({_UNIT_WORD})(?:-long|\s+long|\s+old)?$"
)
SET_RE = re.compile(
    r"^(?:every|each|per|once a|twice a)\s+(\w+)$|^(daily|weekly|monthly|yearly|"
    r"annually|quarterly|hourly|nightly)$|^every\s+(\w+)\s+(days|weeks|months|years)$"
)
RELATIVE_UNIT = re.compile(
    r"^(this|the|last|past|previous|next|coming|following|current|same|that|present|"
    r"preceding|ensuing|upcoming|prior|latest|recent|most recent|full|entire|whole|"
    r"(?:the|this|last|next)\s+(?:full|current|latest|entire)|"
    r"the\s+(?:past|last|previous|next|coming|following))\s+"
    r"(day|week|weekend|month|quarter|year|decade|century|fiscal year|financial year|"
    r"calendar year|season|term|session|half)$"
)
DECADE = re.compile(
    r"^(?:the\s+)?(?:(\d{2})(\d)0'?s|'(\d)0'?s|(\d)0'?s|"
    r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))$"
)
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
CENTURY = re.compile(
    r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$|"
    r"^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century$"
)
CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21}  # fmt: skip
YEAR = re.compile(
    r"^(?:(?:fiscal|fy|calendar|financial|model|the|year|the year|school)\s*)?"
    r"(?:'(\d\d)|((?:1[0-9]|20|21)\d\d))(?:\s*-\s*(?:\d\d|\d{4}))?$"
)
QUARTER = re.compile(
    r"^(?:the\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|"
    r"this|that|next|previous|past|prior|same|recent|most recent|year-earlier|year-ago|comparable|"
    r"september|june|march|december|(?:19|20)\d\d)[- ](?:fiscal[- ])?)?"
    r"(?:fiscal\s+)?(?:quarter|qtr|period)(?:\s+(?:of|in|for|ended|ending)\s+(.+))?$"
    r"|^(?:the\s+)?q([1-4])(?:\s+(.+))?$"
    r"|^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\s+(.+)$"
)
# "the second half of 1989", "the first two quarters of 1990" (a half too).
HALF = re.compile(
    r"^(?:the\s+)?(first|second|1st|2nd|latter|last)[- ](?:half|two\s+quarters)"
    r"(?:\s+of)?(?:\s+(.+))?$"
)
SEASON = re.compile(
    r"^(?:(this|last|next|the|past|coming|previous|that|early|late|mid)\s+)?"
    r"(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(.+))?$"
)
WEEKDAY = re.compile(
    r"^(?:(last|next|this|past|coming|previous|following|that|the following|the previous|"
    r"the next|the last|on|early|late)\s+)?(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)"
    r"(?:day)?\.?(?:\s+(morning|afternoon|evening|night|overnight|noon|night's))?"
    r"(?:\s*,?\s*(.+))?$"
)
MONTH_ONLY = re.compile(
    rf"^(?:(this|last|next|past|coming|previous|that|the|early|mid|late)"
    rf"\s+)?({MONTH_RE})(?:\s+(?:of\s+)?(this|last|next|the\s+previous|the\s+following)\s+year)?$"
)
RANGE_DAYS = re.compile(
    rf"^({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|"
    rf"until|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$"
)
RANGE_DAYS2 = re.compile(
    rf"^(\d{{1,2}})\s*(?:-|–|—|to|and)\s*(\d{{1,2}})\s+({MONTH_RE})"
    rf"(?:,?\s+(\d{{4}}))?$"
)
TODAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0,
                "the day before yesterday": -2, "the day after tomorrow": 2, "this morning": 0,
                "this afternoon": 0, "this evening": 0, "last night": -1, "last evening": -1,
                "tomorrow night": 1, "tomorrow morning": 1, "yesterday morning": -1,
                "yesterday afternoon": -1, "yesterday evening": -1, "early today": 0,
                "later today": 0, "earlier today": 0, "this week's": 0, "same day": 0,
                "that day": 0, "the same day": 0}  # fmt: skip
REF_SHIFTS = re.compile(
    # (Bare "next week", "next month" and "next year" count from the day of writing.)
    r"^(?!next\s+(?:week|month|year)$)(?:the\s+)?(next|following|previous|preceding|same|prior)\s+"
    r"(day|morning|evening|night|week|month|year)$"
    r"|^(?:the\s+)?(day|week|month|year)\s+(before|after|earlier|later)$"
)


COMPARATIVE = re.compile(
    r"\b(?:ago|earlier|before|previous|prior|year-ago|year-earlier|"
    r"comparable|corresponding|last|next|following)\b",
    re.I,
)


def normalize(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\n", " ")
    s = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = re.sub(r"(?:(?<!\d):|:(?!\d)|[,;!?\"()])+", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .-")
    s = re.sub(r"\bthe the\b", "the", s)
    # Days of the month in words, as spoken ("March eighth", "the twenty-first of May").
    s = _DAY_AFTER_MONTH.sub(lambda m: f"{m.group(1)} {DAY_ORDINALS[m.group(2)]}", s)
    return _DAY_OF_MONTH.sub(lambda m: f"{m.group(2)} {DAY_ORDINALS[m.group(1)]}", s)


_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
# "first" .. "thirty-first" -> 1 .. 31
DAY_ORDINALS = {word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)}
DAY_ORDINALS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
DAY_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS[:9], start=1)}
_DAY_WORD = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
_DAY_AFTER_MONTH = re.compile(rf"\b((?:{MONTH_RE})\.?) (?:the )?({_DAY_WORD})\b")
_DAY_OF_MONTH = re.compile(rf"\bthe ({_DAY_WORD}) of ((?:{MONTH_RE})\.?)(?![\w-])")


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


def read_rewrite(s: str) -> str:
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
    # "last year's quarter", "the quarter a year ago": the quarter reported, a year before.
    if re.fullmatch(
        r"(?:the\s+)?(?:quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier)"
        r"|last\s+year\s+(?:quarter|period)",
        s,
    ):
        return "the year-ago quarter"
    match = re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\s+(?:quarter|period)", s)
    if match:
        return f"{match.group(1)} quarter"
    return s


# Each handler returns a Resolution when it recognises the expression, else None.
