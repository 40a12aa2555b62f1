"""The Python API: what the CLI (and any other front end) calls.

>>> from storyline import build
>>> story = build(["examples/corpus"])          # doctest: +SKIP
>>> story.documents[0].timexes[0].value          # doctest: +SKIP
'2019-03-01'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from storyline.pipeline import Progress, run
from storyline.records import SCHEMA_VERSION, Document, RunReport
from storyline.records.jsonform import run_report_to_dict, to_dict
from storyline.render import write_documents, write_run_report
from storyline.settings import Settings


@dataclass(frozen=True, slots=True)
class Storyline:
    """The result of a build: annotated documents and the run report."""

    documents: tuple[Document, ...]
    run: RunReport

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "documents": [to_dict(d) for d in self.documents],
            "run": run_report_to_dict(self.run),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write documents.jsonl and run.json into ``out_dir``; returns the paths written."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        documents_path = out / "documents.jsonl"
        run_path = out / "run.json"
        write_documents(self.documents, documents_path)
        write_run_report(self.run, run_path)
        return [documents_path, run_path]


def build(
    inputs: list[str],
    settings: Settings | None = None,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
) -> Storyline:
    """Read, clean and annotate ``inputs`` (files, folders, or '-' for JSON Lines on stdin)."""
    result = run(inputs, settings or Settings(), stdin=stdin, progress=progress)
    return Storyline(tuple(result.documents), result.report)
