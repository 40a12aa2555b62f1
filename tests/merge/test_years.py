from storyline.merge.years import settle_years
from tests.builders import make_doc


def _told(day: int, published: str) -> object:
    return make_doc(
        f"told-{day}",
        "The April 20 explosion killed 11 workers.",
        published,
        timexes=[("April 20", "2010-04-20", "day")],
    )


def _later(text: str, expression: str, value: str, published: str = "2010-08-04") -> object:
    return make_doc("later", text, published, timexes=[(expression, value, "day")])


def _value(documents: list, doc_id: str = "later") -> str:
    return next(d for d in documents if d.id == doc_id).timexes[0].value


def test_a_yearless_day_read_months_ahead_is_the_one_the_story_tells_of() -> None:
    told = [_told(k, f"2010-05-{10 + k}") for k in range(3)]
    later = _later("BP will step back while investigating the April 20 explosion.", "April 20",
                   "2011-04-20")  # fmt: skip
    settled = settle_years([*told, later])
    assert _value(settled) == "2010-04-20"
    (note,) = next(d for d in settled if d.id == "later").notes
    assert "'April 20' read 2011-04-20, 2010-04-20 as 3 articles tell of it" in note
    assert _value(settled, "told-0") == "2010-04-20"


def test_it_takes_several_articles_telling_of_the_earlier_day() -> None:
    told = [_told(k, f"2010-05-{10 + k}") for k in range(2)]
    later = _later("BP will step back while investigating the April 20 explosion.", "April 20",
                   "2011-04-20")  # fmt: skip
    assert _value(settle_years([*told, later])) == "2011-04-20"


def test_a_date_weeks_ahead_or_written_with_its_year_or_placed_stays_as_read() -> None:
    told = [_told(k, f"2010-05-{10 + k}") for k in range(3)]
    anniversary = _later("BP will mark the anniversary on April 20.", "April 20", "2011-04-20",
                         "2011-02-15")  # fmt: skip
    assert _value(settle_years([*told, anniversary])) == "2011-04-20"
    placed = _later("The fund closes next April 20.", "next April 20", "2011-04-20")
    assert _value(settle_years([*told, placed])) == "2011-04-20"
    written = [
        make_doc(
            f"w{k}",
            "Claims close on April 20, 2011.",
            "2010-07-01",
            timexes=[("April 20, 2011", "2011-04-20", "day")],
        )  # fmt: skip
        for k in range(1)
    ]
    later = _later("BP will step back while investigating the April 20 explosion.", "April 20",
                   "2011-04-20")  # fmt: skip
    assert _value(settle_years([*told, *written, later])) == "2011-04-20"


def test_a_month_alone_is_left_as_read() -> None:
    told = [
        make_doc(
            f"m{k}",
            "Talks stalled in September.",
            f"2010-10-0{k + 1}",
            timexes=[("September", "2010-09", "month")],
        )  # fmt: skip
        for k in range(5)
    ]
    coming = make_doc("later", "He will step down in September.", "2011-02-01",
                      timexes=[("September", "2011-09", "month")])  # fmt: skip
    assert _value(settle_years([*told, coming])) == "2011-09"


def test_a_yearless_day_the_story_writes_with_an_earlier_year_is_that_day() -> None:
    # Three articles write "September 11, 2001"; "the attacks of September 11", read into the
    # story's own year, are those.
    written = [
        make_doc(f"w{k}", "The September 11, 2001 attacks changed the world.", f"2005-0{k + 1}-10",
                 timexes=[("September 11, 2001", "2001-09-11", "day")])
        for k in range(3)
    ]  # fmt: skip
    later = _later("The attacks of September 11 gave them a pretext.", "September 11",
                   "2004-09-11", "2005-01-16")  # fmt: skip
    settled = settle_years([*written, later])
    assert _value(settled) == "2001-09-11"
    (note,) = next(d for d in settled if d.id == "later").notes
    assert "'September 11' read 2004-09-11, 2001-09-11 as 3 articles write it so" in note
    # Two articles are not enough; a day read within a month of its article is that month's
    # news; a day some article writes with the year it was read in stays.
    assert _value(settle_years([*written[:2], later])) == "2004-09-11"
    recent = _later("On September 11 the army left.", "September 11", "2004-09-11", "2004-09-20")
    assert _value(settle_years([*written, recent])) == "2004-09-11"
    also = make_doc("also", "On September 11, 2004, a ship sank.", "2005-02-02",
                    timexes=[("September 11, 2004", "2004-09-11", "day")])  # fmt: skip
    assert _value(settle_years([*written, also, later])) == "2004-09-11"


def test_a_yearless_day_takes_the_year_its_article_writes_it_with() -> None:
    doc = make_doc(
        "later",
        "The minute of March 7 said more. The advice of March 7 2003 was cautious.",
        "2005-04-28",
        timexes=[("March 7", "2005-03-07", "day"), ("March 7 2003", "2003-03-07", "day")],
    )
    settled = settle_years([doc])
    assert [(t.text, t.value) for t in settled[0].timexes] == [
        ("March 7", "2003-03-07"),
        ("March 7 2003", "2003-03-07"),
    ]
