"""End to end on the bundled example corpus, with the real model (marked `model`)."""

import json
import shutil
from pathlib import Path

import pytest

from storyline.cli import main
from tests.conftest import CORPUS

pytestmark = pytest.mark.model


def by_file(story):
    return {Path(d.source_path).name: d for d in story.documents}


def test_every_input_is_accepted(example_story) -> None:
    assert example_story.run.rejected == 0
    assert len(example_story.documents) == 7


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
        "2025-03-14-almora-post-walkout.html": ("2025-03-14", "metadata"),
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
    assert (run["accepted"], run["rejected"]) == (7, 2)
    assert all(item["reason"] for item in run["inputs"] if item["status"] == "rejected")
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7
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
    assert "7 inputs accepted, 2 rejected" in captured.out
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
