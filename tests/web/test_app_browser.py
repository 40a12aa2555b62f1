"""The web app in real Chromium (Playwright) against uvicorn on 127.0.0.1: story -> event ->
article with the cited sentence highlighted, the actor filter, search, and adding an article
with the token that then shows in "What's new"; no console errors (the Content-Security-Policy
would report any inline script or style) and no request leaves the server."""

from __future__ import annotations

import pytest

from tests.render.test_report_browser import browser  # noqa: F401  (the Chromium fixture)
from tests.web.conftest import TOKEN

pytestmark = pytest.mark.model


def open_page(browser, server: str, path: str):  # noqa: F811
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request",
        lambda r: None if r.url.startswith(server) else problems.append("request " + r.url),
    )
    page.goto(server + path)
    return page, problems


def test_story_event_article_filter_search_and_add(browser, server: str) -> None:  # noqa: F811
    page, problems = open_page(browser, server, "/")
    assert page.locator(".brief p").count() >= 1
    # story -> event
    page.locator(".entry p.events a").first.click()
    page.wait_for_url("**/events/*")
    headline = page.locator("h1").inner_text()
    assert headline and page.locator("ol.evidence li").count() >= 1
    cited = page.locator("ol.evidence li mark").first.inner_text()
    # event -> article: the cited sentence is highlighted and in view
    page.locator("ol.evidence li a.cite").first.click()
    page.wait_for_url("**/articles/*")
    chosen = page.locator("mark.cited.chosen")
    assert chosen.count() == 1 and cited in chosen.inner_text()
    assert chosen.is_visible()

    # filter by an actor: the select applies itself (the script), the page lists its events
    page.goto(server + "/")
    options = page.locator("select[name=actor] option")
    value = options.nth(1).get_attribute("value")
    page.select_option("select[name=actor]", value)
    page.wait_for_url(f"**/?actor={value}*")
    assert page.locator("section.matching ul.events li").count() >= 1

    # search
    page.fill("header input[name=q]", "Astana")
    page.locator("header form.search button").click()
    page.wait_for_url("**/search?q=Astana")
    assert page.locator("ol.hits li").count() >= 1
    assert page.locator("ol.hits mark").count() >= 1

    # add an article with the token, then see it in What's new
    page.goto(server + "/add")
    page.fill("input[name=token]", TOKEN)
    page.fill("input[name=title]", "Geneva round set for February")
    page.fill("input[name=source]", "browser-outlet")
    page.fill("input[name=published]", "2017-02-01")
    page.fill(
        "textarea[name=text]",
        "The United Nations said on Wednesday that the next round of Syria talks would open in "
        "Geneva on February 20. Staffan de Mistura said invitations would go out next week.",
    )
    page.locator("form.add button").click()
    page.wait_for_url("**/changes?since=*")
    assert page.locator("section.run h2").first.inner_text().endswith("1 new article")
    assert page.locator("section.run li.change").count() >= 1
    assert problems == []
