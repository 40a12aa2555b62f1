"""The web app through its HTTP interface (Starlette's test client, a real SQLite store built
with the model): pages and their JSON twins, filters, safety of untrusted text, the token, and
clear 4xx answers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.web.app import CSP, MAX_BODY_BYTES, create_app
from tests.web.conftest import TOKEN

pytestmark = pytest.mark.model

HOSTILE = {
    "title": '<script>alert("title")</script> Ceasefire \'; DROP TABLE events; --',
    "text": (
        "Russia and Turkey said on Friday the ceasefire in Syria was holding. "
        '<img src=x onerror="alert(1)"> Monitors in Idlib reported no shelling, according to '
        '<a href="javascript:alert(2)">a statement</a> issued late on Friday. '
        "Robert'); DROP TABLE documents;-- was not among the monitors, officials said."
    ),
    "published": "2017-01-28",
    "source": "<b>hostile-outlet</b>",
}


@pytest.fixture(scope="module")
def client(store_path: str) -> TestClient:
    return TestClient(create_app(store_path, allow_add=True, token=TOKEN))


def pages(client: TestClient) -> list[tuple[str, str]]:
    story = client.get("/api/story").json()
    event_id = story["timeline"][0]["entries"][0]["event_ids"][0]
    event = client.get(f"/api/events/{event_id}").json()
    actor = (event["event"]["sources"] or event["event"]["actors"])[0]["id"]
    document = event["evidence"][0]["document_id"]
    return [
        ("/", "/api/story"),
        (f"/?actor={actor}&zoom=month", f"/api/story?actor={actor}&zoom=month"),
        (f"/events/{event_id}", f"/api/events/{event_id}"),
        (f"/actors/{actor}", f"/api/actors/{actor}"),
        (f"/articles/{document}", f"/api/articles/{document}"),
        ("/search?q=Astana", "/api/search?q=Astana"),
        ("/changes", "/api/changes"),
    ]


def test_every_page_has_a_json_twin_and_strict_headers(client: TestClient) -> None:
    for html, api in pages(client):
        page = client.get(html)
        assert page.status_code == 200, html
        assert page.headers["content-type"].startswith("text/html")
        assert page.headers["content-security-policy"] == CSP
        assert page.headers["x-content-type-options"] == "nosniff"
        assert (
            f'<link rel="alternate" type="application/json" href="{api.replace("&", "&amp;")}">'
            in page.text
        )
        twin = client.get(api)
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", api
    schema = client.get("/openapi.json").json()
    assert {"/api/story", "/api/events/{event_id}", "/api/articles"} <= set(schema["paths"])


def test_the_actor_filter_keeps_the_events_the_actor_took_part_in(client: TestClient) -> None:
    story = client.get("/api/story").json()
    actor = story["filters"]["actors"][0]["id"]
    filtered = client.get(f"/api/story?actor={actor}").json()
    assert filtered["events_total"] == len(filtered["events"]) > 0
    for line in filtered["events"]:
        event = client.get(f"/api/events/{line['id']}").json()["event"]
        ids = {a["id"] for side in ("sources", "targets", "actors") for a in event[side]}
        assert actor in ids
        assert line["dated_by_report_only"] is (event["date_source"] == "article")
    # Events only an article's day dates are marked so in the list.
    marked = sum(line["dated_by_report_only"] for line in filtered["events"])
    assert client.get(f"/?actor={actor}").text.count("by the article's date") == marked
    by_month = client.get("/api/story?zoom=month").json()
    assert all(len(group["period"]) == 7 for group in by_month["timeline"])


def test_adding_needs_the_token_and_hostile_text_stays_text(client: TestClient) -> None:
    assert client.post("/api/articles", json={"articles": [HOSTILE]}).status_code == 401
    wrong = client.post(
        "/api/articles", json={"articles": [HOSTILE]}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401
    added = client.post(
        "/api/articles", json={"articles": [HOSTILE]}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert added.status_code == 200, added.text
    result = added.json()
    assert result["added"] == 1
    hits = client.get("/api/search", params={"q": "monitors Idlib"}).json()["hits"]
    [hit] = [h for h in hits if h["title"] == HOSTILE["title"]]
    article = client.get(f"/api/articles/{hit['document_id']}").json()
    assert article["article"]["title"] == HOSTILE["title"]  # JSON: the text as given
    page = client.get(f"/articles/{hit['document_id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page and '<a href="javascript' not in page
    assert "<b>hostile-outlet</b>" not in page and "&lt;b&gt;hostile-outlet&lt;/b&gt;" in page
    search = client.get("/search", params={"q": "DROP TABLE"}).text
    assert "<script>" not in search.split("</head>")[1]
    news = client.get(result["changes_url"]).text
    assert f"Update {result['run']}" in news
    assert client.get("/api/story").status_code == 200  # every table still there


def test_bad_requests_get_clear_4xx_answers(client: TestClient, store_path: str) -> None:
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/events/no-such-event").json() == {
        "detail": "no such event in this story"
    }
    assert client.get("/api/story?start=yesterday").status_code == 422
    html = client.get("/?start=yesterday")
    assert html.status_code == 400 and "Traceback" not in html.text
    assert client.get("/api/changes?since=-1").status_code == 422
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/articles", content=b"{not json", headers=headers).status_code == 422
    assert client.post("/api/articles", json={"articles": []}, headers=headers).status_code == 422
    big = {"articles": [{"text": "x" * (MAX_BODY_BYTES + 10)}]}
    too_big = client.post("/api/articles", json=big, headers=headers)
    assert too_big.status_code == 413 and too_big.headers["content-security-policy"] == CSP
    assert client.get("/api/events/nope").headers["x-frame-options"] == "DENY"  # a 404 too
    read_only = TestClient(create_app(store_path))
    assert read_only.post("/api/articles", json={"articles": [HOSTILE]}).status_code == 403
    assert read_only.get("/add").status_code == 403
