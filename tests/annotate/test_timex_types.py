"""TIMEX3 types and values as TimeML writes them: clock times on their day, durations, sets,
references to the present, past and future, and model spans cut as TimeML cuts them."""

from datetime import date

import pytest

from storyline.annotate.timex.resolver import resolve
from storyline.annotate.timex.spans import refine

WED = date(2019, 3, 6)


@pytest.mark.parametrize(
    ("text", "tense", "value", "kind"),
    [
        # times of day, on the day said, else the day of writing
        ("08:30 UTC", None, "2019-03-06T08:30", "TIME"),
        ("3 p.m. Tuesday", "past", "2019-03-05T15:00", "TIME"),
        ("1 p.m. ET", None, "2019-03-06T13:00", "TIME"),  # a zone written without S/D
        ("Tuesday night", "past", "2019-03-05TNI", "TIME"),
        ("this morning", "past", "2019-03-06TMO", "TIME"),
        ("last night", "past", "2019-03-05TNI", "TIME"),
        # durations
        ("three years", None, "P3Y", "DURATION"),
        ("the past two decades", None, "P20Y", "DURATION"),
        ("two quarters", None, "P6M", "DURATION"),
        ("18 months", None, "P18M", "DURATION"),
        ("several weeks", None, "PXW", "DURATION"),
        ("90 minutes", None, "PT90M", "DURATION"),
        # sets
        ("annual", None, "P1Y", "SET"),
        ("every week", None, "P1W", "SET"),
        # weeks, quarters, parts of years, two-digit years
        ("this week", None, "2019-W10", "DATE"),
        ("the last week", "past", "2019-W09", "DATE"),
        ("later this year", "future", "2019", "DATE"),
        ("'58", "past", "1958", "DATE"),
        ("2010", "past", "2010", "DATE"),
        # references
        ("now", None, "PRESENT_REF", "DATE"),
        ("the past", None, "PAST_REF", "DATE"),
        ("in the future", None, "FUTURE_REF", "DATE"),
    ],
)
def test_values_and_types(text: str, tense: str | None, value: str, kind: str) -> None:
    result = resolve(text, WED, tense)
    assert (result.value, result.type) == (value, kind)


def test_october_in_a_past_clause_is_the_last_one() -> None:
    assert resolve("October", date(2019, 3, 6), "past").value == "2018-10"
    assert resolve("October", date(2019, 3, 6), "future").value == "2019-10"


def _cut(text: str, phrases: list[str], label: str = "DATE") -> list[str]:
    spans = [(text.index(p), text.index(p) + len(p), label) for p in phrases]
    return sorted(text[s:e] for s, e, _l in refine(text, spans))


def test_a_day_and_its_clock_time_are_one_time() -> None:
    text = "The polls closed at 8 p.m. on Tuesday, officials said."
    assert _cut(text, ["8 p.m.", "Tuesday"]) == ["8 p.m. on Tuesday"]
    text = "The talks resumed on Sunday night in Geneva."
    assert _cut(text, ["Sunday"]) == ["Sunday night"]


def test_the_ends_of_a_range_are_two_dates() -> None:
    text = "He led the agency from 2009 to 2011, officials said."
    assert _cut(text, ["2009"]) == ["2009", "2011"]
    text = "The offer runs between March 1 and April 15, the company said."
    assert _cut(text, ["between March 1 and April 15"]) == ["April 15", "March 1"]


def test_a_day_that_names_a_place_or_a_group_is_no_date() -> None:
    text = "Troops blocked the nearby October 6 bridge as the April 6 Movement marched."
    assert _cut(text, ["October 6", "April 6"]) == []
    # Found by the explicit-date pass too (the model tagged nothing).
    assert _cut("They met in the 6th of October City on Tuesday.", ["Tuesday"]) == ["Tuesday"]
    # A day in a sentence, and a year-dated name, stay dates.
    assert _cut("The bridge was closed on October 6 by the army.", ["October 6"]) == ["October 6"]
    assert _cut("The October 6, 1973 bridge opened.", ["October 6, 1973"]) == ["October 6, 1973"]


def test_a_rate_is_its_unit_only() -> None:
    from storyline.annotate import resolve_spans
    from storyline.annotate.backend import load_model

    text = "The plant will build 15 a year from 2012, the company said."
    cut = refine(text, [(text.index("15 a year"), text.index("15 a year") + 9, "DATE")])
    assert [(text[s:e], label) for s, e, label in cut] == [("a year", "SET")]
    parsed = load_model()(text)
    spans = [parsed.char_span(s, e, label=label) for s, e, label in cut]
    found = resolve_spans(text, spans, WED)
    assert [(t.text, t.value, t.type) for t in found] == [("a year", "P1Y", "SET")]
    # Without an amount before it, "a week" is a length of time, not a rate.
    assert (resolve("a week", WED).value, resolve("a week", WED).type) == ("P1W", "DURATION")


def test_a_bare_unit_takes_its_determiner() -> None:
    text = "Sales fell sharply last quarter, the company said."
    assert _cut(text, ["quarter"]) == ["last quarter"]


def test_a_date_in_figures_is_read_day_first_in_a_british_text() -> None:
    from storyline.annotate import resolve_spans
    from storyline.annotate.backend import load_model

    british = "The centre's deadline of 03/10/2019 was organised in honour of the travelling band."
    american = "The center's deadline of 03/10/2019 was organized in honor of the traveling band."
    for text, value in ((british, "2019-10-03"), (american, "2019-03-10")):
        start = text.index("03/10/2019")
        parsed = load_model()(text)
        spans = [parsed.char_span(start, start + 10, label="DATE")]
        found = resolve_spans(text, spans, WED)
        assert [(t.text, t.value) for t in found] == [("03/10/2019", value)]
