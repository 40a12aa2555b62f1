"""End to end on the bundled example corpus (and a small set of articles written for one test),
with the real model (marked `model`)."""

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from storyline import Settings, build
from storyline.cli import main
from storyline.evaluate.story import load_gold, score_story
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


def by_file(story):
    return {Path(d.source_path).name: d for d in story.documents}


def test_every_input_is_accepted(example_story) -> None:
    assert example_story.run.rejected == 0
    assert len(example_story.documents) == 8


def test_every_span_points_at_its_text(example_story) -> None:
    for doc in example_story.documents:
        text = doc.text
        for layer in (doc.mentions, doc.timexes, doc.quotes, doc.headings):
            for span in layer:
                assert text[span.start : span.end] == span.text
        for sentence in doc.sentences:
            assert 0 <= sentence.start < sentence.end <= len(text)
            assert "\n" not in text[sentence.start : sentence.end]
        for quote in doc.quotes:
            if quote.speaker_start is not None:
                assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_publication_dates(example_story) -> None:
    docs = by_file(example_story)
    expected = {
        "2025-02-03-harbour-tribune-talks-open.txt": ("2025-02-03", "dateline"),
        "2025-03-14-almora-post-walkout.html": ("2025-03-14", "page"),
        "2025-03-15-kestrian-daily-walkout.txt": ("2025-03-15", "dateline"),
        "2025-04-meridian-wire.jsonl:1": ("2025-04-08", "dateline"),
        "2025-04-meridian-wire.jsonl:2": ("2025-05-16", "metadata"),
        "2025-06-14-riverside-monitor-second-thoughts.txt": ("2025-06-14", "inferred"),
        "2025-09-kestrian-daily-accord.txt": ("2025-09-24", "dateline"),
        # Its only date is in a photo caption about an older event: unknown, not guessed.
        "harbour-tribune-accord-signed.txt": (None, None),
    }
    assert {name: (d.published, d.published_from) for name, d in docs.items()} == expected


def test_relative_dates_resolve_against_the_publication_date(example_story) -> None:
    docs = by_file(example_story)
    values = {t.text: t.value for t in docs["2025-02-03-harbour-tribune-talks-open.txt"].timexes}
    assert values["Monday"] == "2025-02-03"
    assert values["later this month"] == "2025-02"
    assert values["the end of last year"] == "2024"
    accord = {t.text: t for t in docs["2025-09-kestrian-daily-accord.txt"].timexes}
    assert accord["Friday"].value == "2025-09-26"  # "will sign the accord in Geneva on Friday"
    assert accord["Tuesday"].value == "2025-09-23"  # "agreed on Tuesday"
    assert (accord["mid-October"].value, accord["mid-October"].mod) == ("2025-10", "MID")


def test_quotes_have_named_speakers(example_story) -> None:
    speakers = {q.speaker_text for d in example_story.documents for q in d.quotes}
    assert {"Idris Calloway", "Ruth Okafor", "Hanna Sorel", "Tomas Verhoek"} <= speakers


def test_boilerplate_is_kept_aside_with_reasons(example_story) -> None:
    docs = by_file(example_story)
    monitor = docs["2025-06-14-riverside-monitor-second-thoughts.txt"]
    reasons = {r.text: r.reason for r in monitor.removed}
    assert reasons["Filed under: Kestria, Energy"].startswith("chrome")
    assert reasons["3:12"].startswith("media")
    assert reasons["By Oren Blake"] == "byline"
    assert "Share this article" not in monitor.text
    assert [h.text for h in monitor.headings] == ["What comes next"]


def test_cli_writes_outputs_and_reports_bad_inputs(tmp_path: Path, capsys) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(CORPUS, inputs)
    (inputs / "cover.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (inputs / "broken.jsonl").write_text('{"text": "unterminated\n', encoding="utf-8")
    out = tmp_path / "out"
    code = main(["build", str(inputs), "--out", str(out), "--workers", "1", "--quiet"])
    captured = capsys.readouterr()
    assert code == 0
    assert "Traceback" not in captured.err
    assert "rejected" in captured.err and "PNG image" in captured.err
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert (run["accepted"], run["rejected"]) == (8, 2)
    assert all(item["reason"] for item in run["inputs"] if item["status"] == "rejected")
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8
    first = json.loads(lines[0])
    for key in (
        "id",
        "source_path",
        "source",
        "title",
        "published",
        "published_from",
        "text",
        "headings",
        "removed",
        "sentences",
        "mentions",
        "timexes",
        "quotes",
    ):
        assert key in first
    assert "8 inputs accepted, 2 rejected" in captured.out
    for name in ("storyline.json", "report.md", "report.html", "timeline.txt"):
        assert (out / name).stat().st_size > 0


def test_two_workers_give_the_same_documents(example_story) -> None:
    from storyline import Settings, build

    parallel = build([str(CORPUS)], Settings(workers=2, batch_size=2))
    assert parallel.documents == example_story.documents


def test_outputs_follow_the_published_schema(tmp_path: Path, example_story) -> None:
    import jsonschema

    schemas = Path(__file__).resolve().parent.parent / "docs" / "schema"
    document_schema = json.loads((schemas / "document.schema.json").read_text())
    run_schema = json.loads((schemas / "run.schema.json").read_text())
    example_story.write(tmp_path)
    for line in (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), document_schema)
    jsonschema.validate(json.loads((tmp_path / "run.json").read_text()), run_schema)
    story_schema = json.loads((schemas / "storyline.schema.json").read_text())
    story = json.loads((tmp_path / "storyline.json").read_text(encoding="utf-8"))
    jsonschema.validate(story, story_schema)
    assert story == json.loads(example_story.to_json())


def test_every_citation_points_at_the_text_it_quotes(example_story) -> None:
    texts = {(d.id, "text"): d.text for d in example_story.documents}
    texts |= {(d.id, "title"): d.title for d in example_story.documents if d.title}
    citations = [c for e in example_story.events for c in e.evidence]
    citations += [e.what for e in example_story.events if e.what is not None]
    citations += [c for t in example_story.timeline for s in t.sentences for c in s.citations]
    citations += [c for s in example_story.brief for c in s.citations]
    citations += [q.citation for s in example_story.quotes_by_speaker for q in s.quotes]
    citations += [side.citation for c in example_story.conflicts for side in c.sides]
    assert citations
    for citation in citations:
        cited = texts[citation.document_id, citation.field]
        assert cited[citation.start : citation.end] == citation.text
    # A timeline line is the source sentence its first citation points at.
    assert all(s.text == s.citations[0].text for t in example_story.timeline for s in t.sentences)


def test_the_example_story(example_story) -> None:
    timeline = {t.date: t for t in example_story.timeline}
    assert {"2025-02-03", "2025-04-08", "2025-05-16", "2025-09-23"} <= set(timeline)
    # The walkout: sources disagree on its date; one of the two is on the timeline.
    assert {"2025-03-12", "2025-03-13"} & set(timeline)
    assert timeline.get("2025-09-26") is None or timeline["2025-09-26"].status == "planned"
    kinds = {c.kind for c in example_story.conflicts}
    assert kinds == {"date", "figure"}
    speakers = {s.speaker for s in example_story.quotes_by_speaker}
    assert {"Idris Calloway", "Annelie Brandt", "Tomas Verhoek"} <= speakers
    assert example_story.brief and all(s.citations for s in example_story.brief)


def test_mentions_link_to_their_entities(example_story) -> None:
    entities = {e.id: e for e in example_story.entities}
    mentions = [m for d in example_story.documents for m in d.mentions]
    linked = [m for m in mentions if m.entity is not None]
    assert len(linked) >= 0.9 * len(mentions)
    assert all(m.entity in entities for m in linked)
    brandt = {m.entity for m in linked if m.text in ("Annelie Brandt", "Brandt")}
    assert len(brandt) == 1 and entities[brandt.pop()].name == "Annelie Brandt"
    counted = Counter(m.entity for m in linked)
    assert all(counted[e.id] == e.mention_count for e in example_story.entities)


GOLDEN = Path(__file__).parent / "data" / "golden"


@pytest.mark.parametrize("name", ["report.md", "timeline.txt"])
def test_reports_match_the_golden_files(example_story, tmp_path: Path, name: str) -> None:
    """Rewrite with STORYLINE_UPDATE_GOLDEN=1 make test, and review the diff."""
    import os

    example_story.write(tmp_path)
    produced = (tmp_path / name).read_text(encoding="utf-8")
    golden = GOLDEN / name
    if os.environ.get("STORYLINE_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_annotation_cache_gives_the_same_documents_without_the_model(
    tmp_path: Path, example_story
) -> None:
    from storyline import Settings, build
    from storyline.annotate.cache import AnnotationCache

    settings = Settings(workers=1, cache_dir=str(tmp_path / "cache"))
    first = build([str(CORPUS)], settings)
    assert first.documents == example_story.documents
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == len(example_story.documents)
    # A damaged entry is ignored (and rewritten), not trusted.
    entries[0].write_text("{not json", encoding="utf-8")
    second = build([str(CORPUS)], settings)
    assert second.documents == example_story.documents
    cache = AnnotationCache(tmp_path / "cache", "x")
    assert cache.key(example_story.documents[0]) != AnnotationCache(tmp_path / "cache", "y").key(
        example_story.documents[0]
    )


def test_the_story_does_not_depend_on_the_hash_seed(tmp_path: Path, example_story) -> None:
    import os
    import subprocess
    import sys

    example_story.write(tmp_path)
    script = (
        "import json, sys\n"
        "from storyline.compose.story import compose_story\n"
        "from storyline.records.jsonform import document_from_dict, to_dict\n"
        "from storyline.settings import Settings\n"
        "docs = [document_from_dict(json.loads(line)) for line in open(sys.argv[1])]\n"
        "print(json.dumps(to_dict(compose_story(docs, Settings()))))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "documents.jsonl")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_the_example_story_against_its_hand_made_gold(example_story) -> None:
    """Floors a little under what the example corpus measures (0.92 of the gold events in the
    timeline, the one missed being the month-level parliament vote; all groups merged, all
    quotes attributed); `storyline eval story examples/gold/veran-dam.json examples/corpus`
    prints the same figures."""
    gold = load_gold(ROOT / "examples" / "gold" / "veran-dam.json")
    scores = score_story(example_story.story, gold)
    assert scores["events_found"] >= 0.9, scores["events_missed"]
    assert scores["events_misdated"] == 0
    assert scores["entity_groups_merged"] == 1.0, scores["entity_groups_not_merged"]
    assert scores["entity_over_merges"] == []
    assert scores["quotes_attributed"] >= 0.9, scores["quotes_wrong"]
    # Events with structure: all ten typed gold events have their PLOVER type, four of the
    # five with sides have them, and the planned ones are planned.
    assert scores["event_types_right"] >= 0.9, scores["event_structure_wrong"]
    assert scores["event_sides_right"] >= 0.8, scores["event_structure_wrong"]
    assert scores["event_status_right"] == 1.0, scores["event_structure_wrong"]


def test_events_are_exported_in_plover_field_names(example_story, tmp_path: Path) -> None:
    from storyline.merge.plover import TYPES

    example_story.write(tmp_path)
    lines = (tmp_path / "events.plover.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    typed = [e for e in example_story.events if e.type]
    assert len(records) == len(typed) > 0
    entities = {e.id: e for e in example_story.entities}
    texts = {d.id: d.text for d in example_story.documents}
    for record, event in zip(records, typed, strict=True):
        assert record["id"] == event.id and record["event"] == [event.type]
        assert record["event"][0] in TYPES and len(record["date"]) == 10
        assert [a["identifier_id"] for a in record["actor"]] == list(event.sources)
        assert all(a["entity_text"] == entities[a["identifier_id"]].name for a in record["actor"])
        assert record["storyline"]["status"] == event.status
        what = event.what
        assert what is not None and texts[what.document_id][what.start : what.end] == what.text
    talks = [r for r in records if r["storyline"]["date"] == "2025-02-03"]
    assert talks and talks[0]["event"] == ["CONSULT"]
    assert {a["entity_text"] for a in talks[0]["actor"]} == {"Kestria", "Almora"}


def test_one_round_of_talks_told_by_four_outlets() -> None:
    """Four short articles written for this test: announced, reported on the day, after, and a
    week later; the talks are one event with all four sources, its actors merged."""
    story = build([str(Path(__file__).parent / "data" / "talks" / "articles.jsonl")], Settings())
    talks = [e for e in story.events if e.date == "2017-01-23" and not e.dated_by_report_only]
    assert len(talks) == 1 and talks[0].n_sources == 4
    # What an article tells further down that day with no date is no second meeting.
    assert all(
        e.type != "CONSULT"
        for e in story.events
        if e.date == "2017-01-23" and e.dated_by_report_only
    )
    assert talks[0].status == "happened" and talks[0].type == "CONSULT"
    assert "opened on Monday" in talks[0].headline
    names = {e.name: e for e in story.entities}
    assert {"De Mistura", "Staffan de Mistura"} <= set(names["Staffan de Mistura"].aliases)
    assert {"Bashar Assad", "Bashar al-Assad"} <= set(names["Bashar al-Assad"].aliases)
    assert "Kazakh" in names["Kazakhstan"].aliases
    [agreement] = [e for e in story.events if e.date == "2017-01-24" and e.type == "AGREE"]
    assert {names[n].id for n in ("Russia", "Turkey", "Iran")} <= set(agreement.sources)
    # The ceasefire of December 30 is not dated by the agreement to monitor it.
    assert all(e.type != "AGREE" for e in story.events if e.date == "2016-12-30")


def test_the_same_talks_pasted_as_text_without_outlets(tmp_path: Path) -> None:
    """The four articles as a user pastes them: a date line over the text and no outlet's
    name (but one wire dateline). Each lead stays article text, and the talks still have four
    sources: articles of unknown outlets are not one outlet."""
    import json
    from datetime import date

    paths = []
    for number, line in enumerate(
        (Path(__file__).parent / "data" / "talks" / "articles.jsonl").read_text().splitlines()
    ):
        record = json.loads(line)
        day = date.fromisoformat(record["published"])
        path = tmp_path / f"{number}.txt"
        path.write_text(f"{day:%B} {day.day}, {day.year}\n\n{record['text']}", encoding="utf-8")
        paths.append(str(path))
    story = build(paths, Settings())
    for doc in story.documents:
        assert not any(r.reason.startswith("furniture") for r in doc.removed), doc.removed
    assert sorted(d.source or "" for d in story.documents) == ["", "", "", "Wire One"]
    talks = [e for e in story.events if e.date == "2017-01-23" and not e.dated_by_report_only]
    assert len(talks) == 1 and talks[0].n_sources == 4


def test_one_article_is_counted_as_one(tmp_path: Path) -> None:
    record = json.loads(
        (ROOT / "tests" / "data" / "talks" / "articles.jsonl").read_text().splitlines()[0]
    )
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(path), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "1 article from 1 source" in report
