"""Lines a site prints on many of its pages leave every article of that outlet, kept aside with
the reason; prose repeated in a few versions of one report stays."""

from dataclasses import replace

from storyline.clean.repeats import SITE_PAGES, drop_site_lines
from storyline.records import Heading
from tests.builders import make_doc

SIDEBAR = "2 men charged in death of Chicago teen who performed in inauguration event."


def pages(days: list[str], source: str = "cnn", line: str = SIDEBAR) -> list:
    return [
        make_doc(
            f"d{n}",
            f"{line}\nProtesters marched in Cairo on day {n}.\nPolice fired {n} rounds.",
            published=day,
            source=source,
        )
        for n, day in enumerate(days)
    ]


FIVE_DAYS = ["2011-01-25", "2011-01-27", "2011-01-29", "2011-02-01", "2011-02-04"]


def test_a_line_an_outlet_prints_on_many_days_leaves_every_page_with_its_reason() -> None:
    cleaned = drop_site_lines(pages(FIVE_DAYS))
    for n, doc in enumerate(cleaned):
        assert doc.text == f"Protesters marched in Cairo on day {n}.\nPolice fired {n} rounds."
        assert [r.text for r in doc.removed] == [SIDEBAR]
        assert doc.removed[0].reason == "site furniture: the same line on 5 pages of cnn"


def test_versions_of_one_report_over_two_days_keep_their_shared_prose() -> None:
    days = ["2011-01-25", "2011-01-25", "2011-01-26", "2011-01-26", "2011-01-26"]
    assert drop_site_lines(pages(days)) == pages(days)


def test_one_line_in_the_pages_of_different_outlets_is_no_site_s() -> None:
    docs = [
        *pages(FIVE_DAYS[:3], "cnn"),
        *pages(FIVE_DAYS[3:], "bbc"),
    ]
    assert drop_site_lines(docs) == docs


def test_pages_without_an_outlet_are_no_one_site_s() -> None:
    docs = [replace(doc, source=None) for doc in pages(FIVE_DAYS)]
    assert drop_site_lines(docs) == docs


def test_pages_read_before_count_towards_a_site_line() -> None:
    known = [("cnn", day, [SIDEBAR, "Other news."]) for day in FIVE_DAYS[: SITE_PAGES - 1]]
    [doc] = drop_site_lines(pages(["2011-02-10"]), known)
    assert SIDEBAR not in doc.text
    assert drop_site_lines(pages(["2011-02-10"]), known[:-1]) == pages(["2011-02-10"])


def test_a_heading_moves_with_its_line() -> None:
    docs = pages(FIVE_DAYS)
    text = docs[0].text + "\nBackground\nMubarak has ruled since 1981."
    start = text.index("Background")
    heading = Heading(start, start + len("Background"), "Background")
    docs[0] = replace(docs[0], text=text, headings=(heading,))
    cleaned = drop_site_lines(docs)[0]
    [moved] = cleaned.headings
    assert moved.start < start
    assert cleaned.text[moved.start : moved.end] == "Background"
