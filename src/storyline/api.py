"""The Python API: what the CLI (and any other front end) calls.

>>> from storyline import Settings, build
>>> story = build(["examples/corpus"], Settings(workers=1))   # doctest: +SKIP
>>> story.timeline[0].date                                     # doctest: +SKIP
'2025-02-03'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from storyline.pipeline import Progress, run
from storyline.records import Document, RunReport
from storyline.records.story import (
    CitedSentence,
    Conflict,
    Entity,
    Event,
    SourceSummary,
    SpeakerQuotes,
    Story,
    TimelineEntry,
)
from storyline.render import write_documents, write_run_report
from storyline.render.html import render_html
from storyline.render.markdown import render_markdown, render_tilse
from storyline.render.plover import write_plover
from storyline.render.story_json import story_to_dict
from storyline.render.timeml import write_timeml
from storyline.settings import Settings

OUTPUT_FILES = (
    "documents.jsonl",
    "run.json",
    "storyline.json",
    "report.md",
    "report.html",
    "timeline.txt",
    "events.plover.jsonl",
)


@dataclass(frozen=True, slots=True)
class Storyline:
    """The result of a build: annotated documents, the story across them, and the run report."""

    documents: tuple[Document, ...]
    story: Story
    run: RunReport
    title: str

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.story.entities

    @property
    def events(self) -> tuple[Event, ...]:
        return self.story.events

    @property
    def timeline(self) -> tuple[TimelineEntry, ...]:
        return self.story.timeline

    @property
    def brief(self) -> tuple[CitedSentence, ...]:
        return self.story.brief

    @property
    def quotes_by_speaker(self) -> tuple[SpeakerQuotes, ...]:
        return self.story.quotes_by_speaker

    @property
    def sources(self) -> tuple[SourceSummary, ...]:
        return self.story.sources

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return self.story.conflicts

    def to_dict(self) -> dict[str, Any]:
        return story_to_dict(self.story, self.documents, self.run)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write(self, out_dir: str | Path, timeml: bool = False) -> list[Path]:
        """Write every output file into ``out_dir``; returns the paths written. With ``timeml``,
        also one TimeML file per document in ``out_dir/timeml/``."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / name for name in OUTPUT_FILES]
        write_documents(self.documents, paths[0])
        write_run_report(self.run, paths[1])
        paths[2].write_text(self.to_json(indent=1) + "\n", encoding="utf-8")
        paths[3].write_text(
            render_markdown(self.story, self.documents, self.title), encoding="utf-8"
        )
        paths[4].write_text(render_html(self.story, self.documents, self.title), encoding="utf-8")
        paths[5].write_text(render_tilse(self.story), encoding="utf-8")
        write_plover(self.story, paths[6], coder=f"storyline {_version()}")
        if timeml:
            write_timeml(self.documents, out / "timeml")
            paths.append(out / "timeml")
        return paths


def _version() -> str:
    from storyline import __version__

    return __version__


def story_title(story: Story, settings: Settings) -> str:
    if settings.query:
        return f"Storyline: {settings.query}"
    names = [e.name for e in story.entities if e.label in ("PERSON", "ORG", "PLACE")][:3]
    if not names:
        return "Storyline"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Storyline: {joined}"


def load_story(location: str) -> Storyline:
    """The story kept in the store at ``location``, as ``build`` would return it for the same
    articles and settings."""
    from storyline.settings import load_settings
    from storyline.store import StoreError, open_store

    with open_store(location) as store, store.db.reading():
        story = store.story()
        report = store.run_report()
        documents = store.documents()
    if story is None or report is None:
        raise StoreError(f"{location} holds no story yet: add articles with `storyline add`")
    settings = load_settings(None, **report.settings)
    return Storyline(documents, story, report, story_title(story, settings))


def build(
    inputs: list[str],
    settings: Settings | None = None,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
) -> Storyline:
    """Read, clean and annotate ``inputs`` (files, folders, or '-' for JSON Lines on stdin),
    then build the story across them."""
    settings = settings or Settings()
    result = run(inputs, settings, stdin=stdin, progress=progress)
    assert result.story is not None
    return Storyline(
        result.documents, result.story, result.report, story_title(result.story, settings)
    )
