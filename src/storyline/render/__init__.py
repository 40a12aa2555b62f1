"""Outputs: documents.jsonl and run.json."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from storyline.records import Document, RunReport
from storyline.records.jsonform import document_to_json, run_report_to_dict


def write_documents(documents: Iterable[Document], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for doc in documents:
            handle.write(document_to_json(doc))
            handle.write("\n")
            count += 1
    return count


def write_run_report(report: RunReport, path: Path) -> None:
    data = run_report_to_dict(report)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
