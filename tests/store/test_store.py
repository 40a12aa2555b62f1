"""The store: a story kept in SQLite (and PostgreSQL when STORYLINE_TEST_POSTGRES names a test
server, as .ci/run starts one), updated batch by batch with the real model."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import Settings, build
from storyline.api import load_story
from storyline.store import StoreError, add_articles, open_store
from storyline.store import schema as store_schema
from storyline.store.identity import canonical, entity_evidence, event_evidence

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
TALKS = ROOT / "tests" / "data" / "talks" / "articles.jsonl"
POSTGRES = os.environ.get("STORYLINE_TEST_POSTGRES")
SETTINGS = Settings(workers=1)


def talks_by_day(folder: Path) -> list[Path]:
    """The four talks articles as four files, in the order they were published."""
    records = sorted(
        (json.loads(line) for line in TALKS.read_text().splitlines()), key=lambda r: r["published"]
    )
    paths = []
    for n, record in enumerate(records):
        path = folder / f"{n}-{record['id']}.jsonl"
        path.write_text(json.dumps(record) + "\n")
        paths.append(path)
    return paths


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "story.db")
        return
    if not POSTGRES:
        if os.environ.get("CI"):
            pytest.fail("STORYLINE_TEST_POSTGRES is not set; .ci/run starts a test server")
        pytest.skip("no PostgreSQL test server (.ci/run starts one; see .ci/postgres)")
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    yield POSTGRES


def test_the_talks_told_over_four_days_stay_one_event_that_gains_sources(
    location: str, tmp_path: Path
) -> None:
    talks_id = None
    with open_store(location, create=True) as store:
        for n, path in enumerate(talks_by_day(tmp_path)):
            update = add_articles(store, [str(path)], SETTINGS)
            assert update.added == 1 and update.documents == n + 1
            story = store.story()
            assert story is not None
            talks = [
                e for e in story.events if e.date == "2017-01-23" and not e.dated_by_report_only
            ]
            if n == 0:  # announced the week before: planned
                assert [t.status for t in talks] == ["planned"]
                talks_id = talks[0].id
                continue
            assert [t.id for t in talks] == [talks_id], "the talks keep their id"
            assert talks[0].n_sources == n + 1
            kinds = {(c.kind, c.item_id) for c in update.changes}
            assert ("more sources", talks_id) in kinds
            if n == 1:  # told on the day: it happened
                assert ("happened", talks_id) in kinds
        found = store.changes(since_run=3)
    assert {c.change.kind for c in found} >= {"new event", "more sources"}
    assert all(c.run_id == 4 for c in found)
    # The same story as one build over all four articles, up to ids.
    stored = load_story(location)
    built = build([str(TALKS)], SETTINGS)
    assert canonical(stored.story, stored.documents) == canonical(built.story, built.documents)


def test_the_example_corpus_in_three_batches_keeps_ids_and_lists_what_each_brought(
    tmp_path: Path,
) -> None:
    files = sorted(str(p) for p in CORPUS.iterdir())
    batches = [files[:3], files[3:6], files[6:]]
    location = str(tmp_path / "story.db")
    with open_store(location, create=True) as store:
        for batch in batches:
            before = store.story()
            before_entities = entity_evidence(store.documents())
            update = add_articles(store, batch, SETTINGS)
            after = store.story()
            assert after is not None
            after_entities = entity_evidence(store.documents())
            # Events dated only by a report further down are for the record, not news.
            new_events = {e.id: e for e in after.events if not e.dated_by_report_only}
            if before is not None:
                # An event told by the same sentences, in the same words, of the same date
                # keeps its id (one sentence can tell two events of two dates).
                told = {
                    (frozenset(event_evidence(after)[e.id]), e.headline, e.date): e.id
                    for e in after.events
                }
                for event in before.events:
                    evidence = frozenset(event_evidence(before)[event.id])
                    key = (evidence, event.headline, event.date)
                    if key in told:
                        assert told[key] == event.id
                for entity, mentions in before_entities.items():
                    same = [k for k, v in after_entities.items() if v == mentions]
                    if same:
                        assert same == [entity]
            old_events = {e.id: e for e in before.events} if before else {}
            listed: dict[str, set[str]] = {}
            for change in update.changes:
                listed.setdefault(change.kind, set()).add(change.item_id)
            assert listed.get("new event", set()) == set(new_events) - set(old_events)
            assert listed.get("new actor", set()) == {e.id for e in after.entities} - {
                e.id for e in (before.entities if before else ())
            }
            grew = {
                i
                for i, e in new_events.items()
                if i in old_events and e.n_sources > old_events[i].n_sources
            }
            assert listed.get("more sources", set()) == grew
    exported = tmp_path / "export"
    load_story(location).write(exported)
    built = tmp_path / "build"
    build([str(CORPUS)], SETTINGS).write(built)
    for name in ("documents.jsonl", "report.md", "report.html", "timeline.txt"):
        assert (exported / name).read_text() == (built / name).read_text(), name
    for name in ("storyline.json", "run.json"):
        a = json.loads((exported / name).read_text())
        b = json.loads((built / name).read_text())
        for data in (a, b):
            run = data.get("run", data)
            run.pop("started"), run.pop("seconds")
        assert a == b, name


def test_an_article_given_again_is_rejected_as_a_duplicate(tmp_path: Path) -> None:
    first = CORPUS / "2025-02-03-harbour-tribune-talks-open.txt"
    copy = tmp_path / "again.txt"
    copy.write_text(first.read_text())
    location = str(tmp_path / "story.db")
    with open_store(location, create=True) as store:
        add_articles(store, [str(first)], SETTINGS)
        update = add_articles(store, [str(copy)], SETTINGS)
    assert update.added == 0 and update.rejected == 1
    assert update.inputs[0].reason == f"duplicate of {first}"
    assert update.changes == ()


SIDEBAR = "Check these out: the week's most watched videos."


def test_a_line_the_outlet_printed_on_the_stored_pages_leaves_a_new_one(
    location: str, tmp_path: Path
) -> None:
    days = ["2011-01-25", "2011-01-27", "2011-01-29", "2011-02-01", "2011-02-04"]
    paths = []
    for n, day in enumerate(days):
        record = {
            "id": f"cnn-{n}",
            "published": day,
            "source": "CNN",
            "text": f"Protesters marched in Cairo for the {n + 1}th time on {day}, witnesses "
            f"said.\n{SIDEBAR}\nPolice fired tear gas at {n + 10} groups of protesters.",
        }
        path = tmp_path / f"{n}.jsonl"
        path.write_text(json.dumps(record) + "\n")
        paths.append(str(path))
    with open_store(location, create=True) as store:
        add_articles(store, paths[:-1], SETTINGS)
        add_articles(store, paths[-1:], SETTINGS)
        last = next(d for d in store.documents() if d.published == days[-1])
        pages = store.pages()
    assert SIDEBAR not in last.text
    assert [r.reason for r in last.removed if r.text == SIDEBAR] == [
        "site furniture: the same line on 5 pages of CNN"
    ]
    # The line a page lost still counts as one of its lines for the pages added after it.
    assert sum(SIDEBAR in lines for _outlet, _day, lines in pages) == 5


HOSTILE_TITLE = '<script>alert("t")</script> Talks \'; DROP TABLE documents; --'
HOSTILE_TEXT = (
    "Negotiators met in Geneva on Monday. <img src=x onerror=alert(1)> The mediators said "
    'the talks would go on, according to <a href="javascript:alert(2)">a statement</a> '
    "issued late on Monday. Robert'); DROP TABLE events;-- was not there, officials said."
)


def test_hostile_article_text_is_stored_as_text_and_search_takes_any_words(
    location: str, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.jsonl"
    record = {"title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "published": "2025-02-04"}
    path.write_text(json.dumps(record) + "\n")
    with open_store(location, create=True) as store:
        update = add_articles(store, [str(path)], SETTINGS)
        assert update.added == 1
        [doc] = store.documents()
        assert doc.title == HOSTILE_TITLE
        assert "<img src=x onerror=alert(1)>" in doc.text or "onerror" in doc.text
        for query in ("DROP TABLE", '"', "talks*", "NEAR(a b)", "'; --", "geneva OR"):
            store.search(query)  # never a syntax error from the user's words
        hits = store.search("mediators talks")
        assert [h.document_id for h in hits] == [doc.id]
        assert "\ue000" in hits[0].snippet
        assert store.story() is not None


def test_a_store_from_a_newer_storyline_or_another_program_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    open_store(str(newer), create=True).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer storyline"):
        open_store(str(newer))
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(StoreError, match="not a storyline store"):
        open_store(str(other), create=True)
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(str(text), create=True)
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.db"))


def test_an_older_store_is_migrated_forward_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = str(tmp_path / "story.db")
    open_store(location, create=True).close()
    monkeypatch.setattr("storyline.store.store.SCHEMA_VERSION", store_schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(
        store_schema.MIGRATIONS,
        store_schema.SCHEMA_VERSION,
        ("CREATE TABLE notes (event_id TEXT REFERENCES events(id), text TEXT NOT NULL)",),
    )
    with open_store(location) as store:
        assert store.db.has_table("notes")
        row = store.db.one("SELECT value FROM store_meta WHERE key = 'schema_version'")
        assert row == (str(store_schema.SCHEMA_VERSION + 1),)
