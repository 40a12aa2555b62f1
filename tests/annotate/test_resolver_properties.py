"""Resolver invariants over random anchors (hypothesis)."""

import re
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from storyline.annotate.timex.resolver import resolve

ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TENSES = st.sampled_from(["past", "future", "present", None])
SHAPES = {
    "day": r"\d{4}-\d\d-\d\d",
    "week": r"\d{4}-W\d\d(?:-WE)?",
    "month": r"\d{4}-\d\d",
    "quarter": r"\d{4}-Q[1-4]",
    "season": r"\d{4}-(?:SP|SU|FA|WI)",
    "year": r"\d{4}",
    "decade": r"\d{3}",
}


@given(ANCHORS, st.sampled_from(WEEKDAYS), TENSES)
def test_weekday_is_that_weekday_within_a_week(anchor: date, name: str, tense) -> None:
    result = resolve(name, anchor, tense)
    day = date.fromisoformat(result.value)
    assert day.weekday() == WEEKDAYS.index(name)
    assert abs((day - anchor).days) <= 6
    if tense == "future":
        assert day >= anchor
    if tense == "past":
        assert day <= anchor


@given(ANCHORS, st.sampled_from(WEEKDAYS))
def test_last_and_next_weekday_are_strictly_before_and_after(anchor: date, name: str) -> None:
    last = date.fromisoformat(resolve(f"last {name}", anchor).value)
    nxt = date.fromisoformat(resolve(f"next {name}", anchor).value)
    assert anchor - timedelta(days=7) <= last < anchor < nxt <= anchor + timedelta(days=7)


@given(ANCHORS, st.sampled_from(MONTHS), TENSES)
def test_month_keeps_month_precision_and_is_within_a_year(anchor: date, name: str, tense) -> None:
    result = resolve(f"in {name}", anchor, tense)
    assert result.granularity == "month"
    year, month = map(int, result.value.split("-"))
    assert month == MONTHS.index(name) + 1
    assert abs((year * 12 + month) - (anchor.year * 12 + anchor.month)) <= 12


@given(
    ANCHORS,
    TENSES,
    st.sampled_from(
        [
            "last week",
            "next month",
            "this year",
            "the third quarter",
            "last summer",
            "mid-March",
            "late September",
            "the end of last year",
            "three days ago",
            "in two weeks",
            "the 1990s",
            "March 3",
            "Friday",
            "yesterday",
            "early next year",
            "later this month",
        ]
    ),
)
def test_values_have_the_shape_of_their_granularity(anchor: date, tense, text: str) -> None:
    result = resolve(text, anchor, tense)
    assert result.value is not None
    assert re.fullmatch(SHAPES[result.granularity], result.value), (text, result)


@given(
    ANCHORS,
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["days", "weeks", "months", "years"]),
)
def test_ago_is_before_and_later_after(anchor: date, count: int, unit: str) -> None:
    before = resolve(f"{count} {unit} ago", anchor, "past").value
    after = resolve(f"in {count} {unit}", anchor, "future").value
    here = {
        "days": anchor.isoformat(),
        "weeks": f"{anchor.isocalendar()[0]}-W{anchor.isocalendar()[1]:02d}",
        "months": anchor.isoformat()[:7],
        "years": anchor.isoformat()[:4],
    }[unit]
    assert before < here < after


@given(st.text(max_size=40), st.one_of(st.none(), ANCHORS), TENSES)
def test_resolver_never_raises(text: str, anchor, tense) -> None:
    result = resolve(text, anchor, tense)
    assert result.granularity


@given(ANCHORS, st.sampled_from(["on Friday", "last week", "next month", "yesterday"]))
def test_no_anchor_no_guess(anchor: date, text: str) -> None:
    assert resolve(text, None, "past").value is None


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(["years", "decades", "centuries", "days", "months"]),
    TENSES,
)
def test_huge_offsets_do_not_raise(count: int, unit: str, tense) -> None:
    result = resolve(f"{count} {unit} ago", date(2019, 3, 6), tense)
    assert result.granularity
    result = resolve(f"in {count} {unit}", date(2019, 3, 6), tense)
    assert result.granularity
