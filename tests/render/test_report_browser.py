"""report.html in a real browser (headless Chromium driven by Playwright): it renders with no
console errors and no network requests, the timeline zooms, the entity filter works, a citation
shows its source sentence, and article text is never run as HTML."""

import os
import shutil
from pathlib import Path

import pytest

from storyline.records.story import (
    Citation,
    CitedSentence,
    Event,
    Story,
    TimelineEntry,
)
from storyline.render.html import render_html
from tests.builders import make_doc, story_with_one_quote_told_twice

pytestmark = pytest.mark.model
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def open_report(browser, path: Path):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request", lambda r: problems.append("request " + r.url) if r.url != path.as_uri() else None
    )
    page.goto(path.as_uri())
    return page, problems


def test_report_works_in_a_browser(browser, example_story, tmp_path: Path) -> None:
    example_story.write(tmp_path)
    page, problems = open_report(browser, tmp_path / "report.html")
    entries = page.locator("#timeline .entry")
    assert entries.count() == len(example_story.timeline)

    # Zoom: group by year, then by day.
    page.click("button[data-zoom=year]")
    assert page.locator("#timeline .group").count() == len(
        {t.date[:4] for t in example_story.timeline}
    )
    page.click("button[data-zoom=day]")
    assert page.locator("#timeline .group").count() == len({t.date for t in example_story.timeline})

    # Planned entries look different from past ones.
    for entry in example_story.timeline:
        classes = page.locator(f'#timeline .entry[data-date="{entry.date}"]').first.get_attribute(
            "class"
        )
        assert ("planned" in classes) == (entry.status == "planned")

    # The entity filter keeps only the entries with that actor, and a second click clears it.
    person = next(e for e in example_story.entities if e.name == "Idris Calloway")
    wanted = [
        t
        for t in example_story.timeline
        if any(person.id in ev.actors for ev in example_story.events if ev.id in t.event_ids)
    ]
    page.click(f'.entity[data-entity="{person.id}"]')
    assert entries.count() == len(wanted) < len(example_story.timeline)
    page.click(f'.entity[data-entity="{person.id}"]')
    assert entries.count() == len(example_story.timeline)

    # The type filter keeps only the entries with an event of that PLOVER type, and each such
    # entry shows the type.
    consult = [
        t
        for t in example_story.timeline
        if any(ev.type == "CONSULT" for ev in example_story.events if ev.id in t.event_ids)
    ]
    page.click('#types button[data-type="CONSULT"]')
    assert entries.count() == len(consult) < len(example_story.timeline)
    assert page.locator('#timeline .entry .event[data-type="CONSULT"]').count() >= len(consult)
    page.click('#types button[data-type="CONSULT"]')
    assert entries.count() == len(example_story.timeline)

    # A citation opens the article with the cited sentence highlighted.
    first = example_story.brief[0].citations[0]
    page.locator("#brief .cite").first.click()
    assert page.locator("#reader").is_visible()
    assert page.locator("#reader mark#cited").text_content() == first.text
    # A headline as a timeline line opens its article with the headline marked.
    headlines = [
        c
        for t in example_story.timeline
        for s in t.sentences
        for c in s.citations
        if c.field == "title"
    ]
    assert headlines
    page.locator("#reader-close").click()
    page.locator('#timeline .cite[data-field="title"]').first.click()
    assert page.locator("#reader mark#cited").text_content() == headlines[0].text
    assert problems == []


def test_article_text_is_never_interpreted_as_html(browser, tmp_path: Path) -> None:
    hostile = (
        "Protesters chanted <script>window.pwned = 1</script> and "
        '<img src="http://example.invalid/x.png" onerror="window.pwned = 2"> '
        "outside on Monday.</script><b>bold</b>"
    )
    doc = make_doc(
        "x", hostile, "2019-03-06", "Wire</script>", timexes=[("Monday", "2019-03-04", "day")]
    )
    cite = Citation("x", 0, len(hostile), hostile)
    story = Story(
        entities=(),
        events=(Event("v1", "2019-03-04", "day", "happened", hostile, (), None, (cite,), 1, ()),),
        timeline=(
            TimelineEntry(
                "2019-03-04", "day", "happened", ("v1",), (CitedSentence(hostile, (cite,)),)
            ),
        ),
        brief=(CitedSentence(hostile, (cite,)),),
        quotes_by_speaker=(),
        sources=(),
        conflicts=(),
    )
    path = tmp_path / "report.html"
    path.write_text(render_html(story, [doc], "<b>Title</b>"), encoding="utf-8")
    page, problems = open_report(browser, path)
    assert page.evaluate("window.pwned") is None
    assert page.locator("#brief p").first.text_content().startswith(hostile)
    assert page.locator("#brief b, #timeline b, #brief img, #timeline img").count() == 0
    assert page.title() == "<b>Title</b>"
    page.locator("#brief .cite").first.click()
    assert page.locator("#reader mark#cited").text_content() == hostile
    assert problems == []


def test_a_quote_several_articles_report_is_listed_once_with_all_its_citations(
    browser, tmp_path: Path
) -> None:
    story, docs = story_with_one_quote_told_twice()
    path = tmp_path / "report.html"
    path.write_text(render_html(story, docs, "Talks"), encoding="utf-8")
    page, problems = open_report(browser, path)
    assert page.locator("#quotes .quote").count() == 1
    assert page.locator("#quotes .quote .cite").count() == 2
    assert problems == []
