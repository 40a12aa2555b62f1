"""Timeline-summarization datasets (both layouts) and the task protocol, on small hand-made
datasets and hand-built documents (no model run)."""

import gzip
import json
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.evaluate.tls.dataset import ReferenceTimeline, load_topics, read_articles
from storyline.evaluate.tls.protocol import (
    Task,
    predict_baseline,
    predict_storyline,
    predict_storyline_grid,
    restrict,
    tasks_for,
)
from storyline.settings import Settings
from tests.builders import make_doc


def write_t17(root: Path) -> None:
    topic = root / "dam"
    topic.mkdir(parents=True)
    with gzip.open(topic / "articles.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(
            json.dumps(
                {
                    "id": "a1",
                    "published": "2025-02-03",
                    "source": "wire",
                    "text": "Talks opened in Geneva on Monday.",
                }
            )
            + "\n"
        )
    (topic / "timelines.jsonl").write_text(
        json.dumps(
            {
                "name": "dam-wire-1",
                "entries": [
                    ["2025-02-03", ["Talks open.", "Envoys arrive."]],
                    ["2025-03-13", ["Walkout."]],
                ],
            }
        )
        + "\n"
    )
    (topic / "topic.json").write_text(json.dumps({"query": "dam talks", "keywords": ["dam"]}))


def write_news_tls(root: Path) -> None:
    topic = root / "floods"
    topic.mkdir(parents=True)
    (topic / "articles.jsonl").write_text(
        json.dumps({"id": "b1", "time": "2019-03-02T10:00:00", "text": "Rivers rose on Saturday."})
        + "\n"
    )
    (topic / "timelines.jsonl").write_text(
        json.dumps(
            [
                ["2019-03-02T00:00:00", ["Rivers rise."]],
                ["2019-03-05T00:00:00", ["Evacuations.", "Army deployed.", "Rain."]],
            ]
        )
        + "\n"
        + json.dumps([["2019-03-02T00:00:00", ["Flooding starts."]]])
        + "\n"
    )
    (topic / "keywords.json").write_text(json.dumps(["flood", "river"]))


def test_both_layouts_load(tmp_path: Path) -> None:
    write_t17(tmp_path / "t17")
    write_news_tls(tmp_path / "crisis")
    [dam] = load_topics(tmp_path / "t17")
    assert (dam.name, dam.query, dam.keywords) == ("dam", "dam talks", ("dam",))
    assert dam.timelines[0].name == "dam-wire-1"
    assert [r["id"] for r in read_articles(dam)] == ["a1"]
    [floods] = load_topics(tmp_path / "crisis")
    assert floods.query == "flood river"
    assert [t.name for t in floods.timelines] == ["floods-1", "floods-2"]
    assert floods.timelines[0].entries[1] == (
        "2019-03-05",
        ("Evacuations.", "Army deployed.", "Rain."),
    )
    assert [r["time"] for r in read_articles(floods)] == ["2019-03-02T10:00:00"]


def test_a_date_listed_twice_is_one_date_with_both_entries_sentences(tmp_path: Path) -> None:
    write_t17(tmp_path)
    (tmp_path / "dam" / "timelines.jsonl").write_text(
        json.dumps(
            [
                ["2025-03-13", ["Walkout."]],
                ["2025-02-03", ["Talks open."]],
                ["2025-03-13", ["Envoys leave.", "Talks stop."]],
            ]
        )
        + "\n"
    )
    [timeline] = load_topics(tmp_path)[0].timelines
    assert timeline.entries == (
        ("2025-02-03", ("Talks open.",)),
        ("2025-03-13", ("Walkout.", "Envoys leave.", "Talks stop.")),
    )
    assert (timeline.n_dates, timeline.sentences_per_date) == (2, 2)


def test_topic_selection_and_errors(tmp_path: Path) -> None:
    write_t17(tmp_path)
    assert [t.name for t in load_topics(tmp_path, ["dam"])] == ["dam"]
    with pytest.raises(InputError, match="no such topics"):
        load_topics(tmp_path, ["nile"])
    with pytest.raises(InputError, match="not found"):
        load_topics(tmp_path / "missing")


def test_reference_sizes_follow_the_protocol() -> None:
    timeline = ReferenceTimeline(
        "x", (("2019-03-05", ("a", "b", "c")), ("2019-03-01", ("d",)), ("2019-03-09", ("e", "f")))
    )
    assert (timeline.first, timeline.last, timeline.n_dates) == ("2019-03-01", "2019-03-09", 3)
    assert timeline.sentences_per_date == 2  # round(6 / 3)


DOCS = [
    make_doc(
        "a",
        "Rebels seized the airport on Monday. Fighting spread.",
        "2019-03-05",
        "A",
        timexes=[("Monday", "2019-03-04", "day")],
    ),
    make_doc(
        "b",
        "Rebels took the airport on Monday after a siege. Many fled.",
        "2019-03-05",
        "B",
        timexes=[("Monday", "2019-03-04", "day")],
    ),
    make_doc("c", "Aid reached the city. Convoys moved in.", "2019-03-05", "C"),
    make_doc(
        "d",
        "A ceasefire was signed on Friday in Geneva.",
        "2019-03-08",
        "A",
        timexes=[("Friday", "2019-03-08", "day")],
    ),
    make_doc("e", "Talks are planned for next year.", "2020-01-02", "A"),
]
TASK = Task(
    "war",
    ReferenceTimeline("war-1", (("2019-03-04", ("x",)), ("2019-03-08", ("y",)))),
    "airport ceasefire",
)


def test_input_is_restricted_to_the_reference_range() -> None:
    assert [d.id for d in restrict(DOCS, TASK)] == ["a", "b", "c", "d"]


def test_baseline_takes_the_busiest_days_and_central_first_sentences() -> None:
    predicted = predict_baseline(DOCS, TASK)
    assert list(predicted) == ["2019-03-05", "2019-03-08"]
    assert len(predicted["2019-03-05"]) == 1
    assert predicted["2019-03-05"][0].startswith("Rebels")


def test_storyline_gives_at_most_l_dates_with_k_sentences_in_range() -> None:
    predicted = predict_storyline(DOCS, TASK, Settings())
    assert 1 <= len(predicted) <= TASK.timeline.n_dates
    assert all(TASK.first <= day <= TASK.last for day in predicted)
    assert all(
        len(sentences) <= TASK.timeline.sentences_per_date for sentences in predicted.values()
    )
    assert "2019-03-04" in predicted


def test_storyline_can_choose_its_own_length() -> None:
    docs = [
        *DOCS,
        make_doc(
            "f",
            "Shelling hit the port on Wednesday.",
            "2019-03-06",
            "B",
            timexes=[("Wednesday", "2019-03-06", "day")],
        ),
    ]
    assert len(predict_storyline(docs, TASK, Settings())) == 2  # the reference's two dates
    assert len(predict_storyline(docs, TASK, Settings(), own_length=True)) == 3


def test_settings_tried_together_give_what_each_gives_alone() -> None:
    grid = [
        Settings(),
        Settings(date_spread=0.0, line_redundancy=0.3),
        Settings(off_story_weight=0.3),
        Settings(off_story_weight=0.3, date_weight="salience"),
    ]
    together = predict_storyline_grid(DOCS, TASK, grid)
    assert together == [predict_storyline(DOCS, TASK, settings) for settings in grid]


def test_one_task_per_reference_timeline(tmp_path: Path) -> None:
    write_news_tls(tmp_path)
    [topic] = load_topics(tmp_path)
    assert [t.timeline.name for t in tasks_for(topic)] == ["floods-1", "floods-2"]


def test_jobs_on_forked_processes_read_the_documents_and_keep_their_order() -> None:
    from functools import partial

    from storyline.evaluate.tls.runner import on_forks

    documents = [
        make_doc(str(n), f"Article {n} text.", "2019-03-06", "Wire", [], []) for n in range(5)
    ]
    jobs = [partial(_nth_text, n=n) for n in (4, 0, 2)]
    expected = ["Article 4 text.", "Article 0 text.", "Article 2 text."]
    assert on_forks(documents, jobs, 2) == expected
    assert on_forks(documents, jobs, 1) == on_forks(documents, jobs, 2)


def _nth_text(documents, n):
    return documents[n].text
