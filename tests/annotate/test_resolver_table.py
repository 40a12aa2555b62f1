"""The date resolver on a table of cases: tense, weekdays, months, years, ranges, vague ones.

The anchor (publication date) is Wednesday 6 March 2019 unless a case says otherwise.
"""

from datetime import date

import pytest

from storyline.annotate.timex.resolver import Resolution, resolve

WED = date(2019, 3, 6)
REF_DAY = Resolution("2019-02-10", "day")

# (text, tense, expected value, expected granularity)
CASES = [
    # weekdays: tense decides direction; the anchor's own weekday is the anchor
    ("on Friday", "past", "2019-03-01", "day"),
    ("on Friday", "future", "2019-03-08", "day"),
    ("Monday", "past", "2019-03-04", "day"),
    ("Monday", "future", "2019-03-11", "day"),
    ("Wednesday", "past", "2019-03-06", "day"),
    ("Sunday", None, "2019-03-03", "day"),
    ("last Friday", None, "2019-03-01", "day"),
    ("next Friday", None, "2019-03-08", "day"),
    ("next Wednesday", None, "2019-03-13", "day"),
    ("last Wednesday", None, "2019-02-27", "day"),
    ("Monday's", "past", "2019-03-04", "day"),
    ("this Friday", "future", "2019-03-08", "day"),
    ("Thursday", "present", "2019-02-28", "day"),
    # days relative to the anchor
    ("today", None, "2019-03-06", "day"),
    ("yesterday", None, "2019-03-05", "day"),
    ("tomorrow", None, "2019-03-07", "day"),
    ("the day before yesterday", None, "2019-03-04", "day"),
    # weeks
    ("last week", "past", "2019-W09", "week"),
    ("this week", None, "2019-W10", "week"),
    ("next week", "future", "2019-W11", "week"),
    ("two weeks ago", "past", "2019-W08", "week"),
    ("in two weeks", "future", "2019-W12", "week"),
    ("this weekend", "future", "2019-W10-WE", "week"),
    # months
    ("last month", "past", "2019-02", "month"),
    ("this month", None, "2019-03", "month"),
    ("next month", "future", "2019-04", "month"),
    ("later this month", "future", "2019-03", "month"),
    ("earlier this month", "past", "2019-03", "month"),
    ("in January", "past", "2019-01", "month"),
    ("January", "future", "2020-01", "month"),
    ("December", "past", "2018-12", "month"),
    ("December", "future", "2019-12", "month"),
    ("in May", "future", "2019-05", "month"),
    ("March", "past", "2019-03", "month"),
    ("last March", None, "2018-03", "month"),
    ("next March", None, "2020-03", "month"),
    ("six months ago", "past", "2018-09", "month"),
    ("March 2019", None, "2019-03", "month"),
    ("June last year", "past", "2018-06", "month"),
    ("December 17 last year", "past", "2018-12-17", "day"),
    # the n-th week of a month: the ISO week of the middle of its seven days
    ("the first week of April", "future", "2019-W14", "week"),
    ("the last week of June", "future", "2019-W26", "week"),
    # holidays, with or without "the"
    ("the Memorial Day", "future", "2019-05-27", "day"),
    ("Earth Day", "future", "2019-04-22", "day"),
    ("the Fourth of July", "past", "2018-07-04", "day"),
    ("March 3 of next year", "future", "2020-03-03", "day"),
    ("January this year", "past", "2019-01", "month"),
    ("January nineteen ninety-seven", None, "1997-01", "month"),
    # years
    ("last year", "past", "2018", "year"),
    ("this year", None, "2019", "year"),
    ("next year", "future", "2020", "year"),
    ("earlier this year", "past", "2019-Q1", "quarter"),  # all that is left of it is its quarter
    ("later this year", "future", "2019", "year"),
    ("2017", "past", "2017", "year"),
    ("in 1998", "past", "1998", "year"),
    ("two years ago", "past", "2017", "year"),
    ("a year ago", "past", "2018", "year"),
    ("nineteen ninety-six", None, "1996", "year"),
    # decades and centuries
    ("the 1990s", None, "199", "decade"),
    ("the '80s", None, "198", "decade"),
    ("the 21st century", None, "20", "century"),
    # explicit dates, with and without a year
    ("March 2, 2019", None, "2019-03-02", "day"),
    ("2 March 2019", None, "2019-03-02", "day"),
    ("Sept. 4", "past", "2018-09-04", "day"),
    ("Sept. 4", "future", "2019-09-04", "day"),
    ("Nov. 30", "past", "2018-11-30", "day"),
    ("March 10", "past", "2019-03-10", "day"),  # a near coming date, said in the past tense
    ("June 20", "past", "2018-06-20", "day"),  # but a past-tense June in March is the last one
    ("March 1", "past", "2019-03-01", "day"),
    ("2019-03-02", None, "2019-03-02", "day"),
    ("03/02/2019", None, "2019-03-02", "day"),
    ("11/02/89", None, "1989-11-02", "day"),
    ("Tuesday, March 5", "past", "2019-03-05", "day"),
    ("May 5", None, "2019-05-05", "day"),
    ("May 5", "future", "2019-05-05", "day"),
    ("Feb. 20", "future", "2019-02-20", "day"),  # a plan reported after its day, not next year's
    ("Oct. 20", "future", "2019-10-20", "day"),  # but a day long gone is the coming one
    ("February", "future", "2020-02", "month"),  # and a month gone is never meant
    ("the 25th of January", "past", "2019-01-25", "day"),
    ("March eighth", "future", "2019-03-08", "day"),  # days in words, as spoken
    ("the twenty-first of January", "past", "2019-01-21", "day"),
    ("The Aug. 7, 1998", None, "1998-08-07", "day"),
    # quarters and halves
    ("the third quarter", "past", "2018-Q3", "quarter"),
    ("the first quarter", "past", "2019-Q1", "quarter"),
    ("the fourth quarter of 2017", None, "2017-Q4", "quarter"),
    ("next quarter", "future", "2019-Q2", "quarter"),
    ("last quarter", "past", "2018-Q4", "quarter"),
    ("the first half of 2018", None, "2018-H1", "half"),
    ("the second half of the year", "past", "2019-H2", "half"),
    ("at least the first two quarters of 2020", "future", "2020-H1", "half"),
    ("the first quarter of the year", "past", "2019-Q1", "quarter"),
    # a part of the unit the story is in; a word that changes nothing before a date
    ("later in the day", "past", "2019-03-06", "day"),
    ("earlier in the year", "past", "2019", "year"),
    ("just last month", "past", "2019-02", "month"),
    ("only last week", "past", "2019-W09", "week"),
    ("the early hours of Thursday", "past", "2019-02-28", "day"),
    # seasons
    ("last summer", "past", "2018-SU", "season"),
    ("this summer", "future", "2019-SU", "season"),
    ("next spring", "future", "2020-SP", "season"),
    ("the fall of 2017", None, "2017-FA", "season"),
    ("last winter", "past", "2018-WI", "season"),
    # holidays
    ("Christmas", "past", "2018-12-25", "day"),
    ("Christmas", "future", "2019-12-25", "day"),
    ("Easter 2019", None, "2019-04-21", "day"),
    ("the Easter holidays 2019", None, "2019-W16", "week"),
    ("last Easter weekend", None, "2018-W13-WE", "week"),
    # the United States' Election Day, but any country's election day is on no known day
    ("Election Day", "future", "2019-11-05", "day"),
    ("election day", "past", None, "unknown"),
    # a final day or the last hours, never yesterday
    ("his last day", "past", None, "unknown"),
    ("the last day", "past", None, "unknown"),
    ("the past day", "past", None, "unknown"),
    ("the previous day", "past", "2019-03-05", "day"),
    # the day after a day not told, in the past: not the day after the article's
    ("the next day", "past", None, "unknown"),
    ("the following year", "past", None, "unknown"),
    ("the next day", "future", "2019-03-07", "day"),
    # vague references
    ("now", None, "PRESENT_REF", "ref"),
    ("currently", None, "PRESENT_REF", "ref"),
    ("recently", None, "PAST_REF", "ref"),
    ("the future", None, "FUTURE_REF", "ref"),
    ("soon", None, "FUTURE_REF", "ref"),
    ("in recent years", None, "PAST_REF", "ref"),
]


@pytest.mark.parametrize(("text", "tense", "value", "granularity"), CASES)
def test_resolves(text: str, tense: str | None, value: str, granularity: str) -> None:
    result = resolve(text, WED, tense)
    assert (result.value, result.granularity) == (value, granularity)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("mid-March", "2019-03", "MID"),
        ("late September", "2018-09", "END"),
        ("early next year", "2020", "START"),
        ("the end of last year", "2018", "END"),
        ("the beginning of next month", "2019-04", "START"),
        ("around 2015", "2015", "APPROX"),
    ],
)
def test_modifiers_keep_the_precision_they_were_given(text: str, value: str, mod: str) -> None:
    result = resolve(text, WED, "past" if "September" in text else None)
    assert (result.value, result.mod) == (value, mod)


def test_ranges_have_start_and_end() -> None:
    result = resolve("January 23-24", WED, "past")
    assert (result.range_start, result.range_end) == ("2019-01-23", "2019-01-24")
    result = resolve("January 23 to 25, 2017", WED, None)
    assert (result.range_start, result.range_end) == ("2017-01-23", "2017-01-25")


def test_narrative_reference_is_used_for_next_day_and_later() -> None:
    assert resolve("the next day", WED, "past", REF_DAY).value == "2019-02-11"
    assert resolve("three days later", WED, "past", REF_DAY).value == "2019-02-13"
    assert resolve("the following week", WED, "past", REF_DAY).value == "2019-W07"
    # "the previous"/"the following" count from the story's day (Sunday 10 February),
    # "last"/"next" from the day of writing
    assert resolve("the previous Friday", WED, "past", REF_DAY).value == "2019-02-08"
    assert resolve("the following Monday", WED, "past", REF_DAY).value == "2019-02-11"
    assert resolve("last Friday", WED, "past", REF_DAY).value == "2019-03-01"
    # "the next week" is the story's; a bare "next week" is the week after the writing
    # ("The board meets next week", after a paragraph about August 24)
    assert resolve("the next week", WED, "past", REF_DAY).value == "2019-W07"
    assert resolve("next week", WED, None, REF_DAY).value == "2019-W11"
    assert resolve("next month", WED, None, REF_DAY).value == "2019-04"


def test_the_following_month_or_year_counts_from_a_month_or_year_told_before() -> None:
    # "In March, ... The following month, the company put itself up for sale."
    march = Resolution("2018-03", "month")
    assert resolve("the following month", WED, "past", march).value == "2018-04"
    assert resolve("the previous month", WED, "past", march).value == "2018-02"
    assert resolve("the following year", WED, "past", Resolution("1995", "year")).value == "1996"
    # a reference coarser than the unit says nothing of which day, and in a past clause it is
    # no day after the writing
    assert resolve("the next day", WED, "past", march).value is None


def test_later_than_a_month_or_a_year_keeps_that_precision_or_is_unknown() -> None:
    """'suspended its part last October, but rejoined four days later': not four days after
    the article's day; whole months or years after a month or a year are known."""
    october = Resolution("2018-10", "month")
    assert resolve("four days later", WED, "past", october).value is None
    assert resolve("three months later", WED, "past", october).value == "2019-01"
    assert resolve("two years later", WED, "past", Resolution("2009", "year")).value == "2011"
    # no story day: later than some day not told, which a past clause cannot put after ours
    assert resolve("four days later", WED, "past").value is None
    assert resolve("four days later", WED, "future").value == "2019-03-10"


def test_one_day_is_some_day_to_come_only_in_a_future_clause() -> None:
    assert resolve("one day", WED, "future").value == "FUTURE_REF"
    assert resolve("one day", WED, "past").value == "P1D"  # "had been in the job one day"


def test_durations_and_sets_are_typed() -> None:
    assert (resolve("two years", WED).value, resolve("two years", WED).type) == ("P2Y", "DURATION")
    assert resolve("six months", WED).value == "P6M"
    assert resolve("at least two more weeks", WED).value == "P2W"
    assert resolve("five straight days", WED).value == "P5D"
    assert (resolve("every week", WED).value, resolve("every week", WED).type) == ("P1W", "SET")
    assert resolve("daily", WED).type == "SET"
    # a time of day's unit takes ISO's T: hourly is PT1H, not P1H (one month)
    assert (resolve("hourly", WED).value, resolve("hourly", WED).type) == ("PT1H", "SET")
    assert resolve("a later date", WED, "future").value == "FUTURE_REF"


def test_without_an_anchor_relative_dates_stay_unknown() -> None:
    assert resolve("on Friday", None, "past").value is None
    assert resolve("last week", None, "past").value is None
    assert resolve("March 2, 2019", None).value == "2019-03-02"
    result = resolve("mid-October", None, "future")
    assert (result.value, result.mod) == ("XXXX-10", "MID")


def test_day_time_parts_are_times() -> None:
    result = resolve("Friday night", WED, "past")
    assert (result.value, result.type) == ("2019-03-01TNI", "TIME")
    assert resolve("tonight", WED).value == "2019-03-06TNI"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a decade ago", "200"),  # the article is an article, not a leading word to drop
        ("an hour ago", "2019-03-06"),
        ("a couple of years", "P2Y"),
        ("the next couple of years", "P2Y"),
        ("two dozen years", "P24Y"),
        ("an additional year", "P1Y"),
        ("the latest nine months", "P9M"),
        ("a week or so ago", "2019-W09"),
        ("last Oct. 23", "2018-10-23"),
        ("the week of March 11", "2019-W11"),
        ("both 2017", "2017"),
        ("future quarters", "FUTURE_REF"),
    ],
)
def test_articles_qualifiers_and_leading_words(text: str, value: str) -> None:
    assert resolve(text, WED, "past").value == value


@pytest.mark.parametrize("text", ["year-end", "year end", "year's end", "the end of the year"])
def test_the_end_of_a_unit_is_the_unit_with_its_end(text: str) -> None:
    result = resolve(text, WED, None)
    assert (result.value, result.mod) == ("2019", "END")


def test_that_day_and_that_quarter_are_the_narrative_ones() -> None:
    assert resolve("Earlier that day", WED, "past", REF_DAY).value == "2019-02-10"
    assert resolve("later that night", WED, "past", REF_DAY).value == "2019-02-10TNI"
    quarter = Resolution("2018-Q3", "quarter")
    assert resolve("that quarter", WED, "past", quarter).value == "2018-Q3"
    assert resolve("the quarter a year ago", WED, "past", quarter).value == "2017-Q3"
    assert resolve("last year's quarter", WED, "past", quarter).value == "2017-Q3"


def test_a_future_clause_may_name_a_day_just_gone_but_not_a_month() -> None:
    # "said they would return him by March 4", published on the 6th
    assert resolve("March 4", WED, "future").value == "2019-03-04"
    assert resolve("February", WED, "future").value == "2020-02"
