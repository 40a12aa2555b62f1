"""MEANTIME (NewsReader, English Wikinews): time expressions end to end, task 1 of its benchmark.

A corpus folder holds ``articles.jsonl`` (storyline input) and ``gold.json`` (standoff gold over the
same article texts). Each corpus is built by storyline as a user would build it; where the clean
text differs from the article text, system offsets are carried over by aligning the two strings.

Scoring (TempEval-3 style value F1, relaxed match): gold are the body time expressions of type DATE
or TIME; system are storyline's DATE and TIME expressions that start inside the fully annotated
part of the text. A gold expression is right when a system one overlaps it by at least a character
and has the same value (a trailing ``Z`` dropped); precision counts the system expressions that
overlap a gold one with the same value. Counts are pooled over the documents.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.records import Document
from storyline.settings import Settings

_TYPES = ("DATE", "TIME")


@dataclass(frozen=True, slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    type: str
    value: str


def corpus_folders(folder: str | Path) -> list[Path]:
    """The corpus folders under ``folder`` (itself when it is one), in name order."""
    root = Path(folder)
    if (root / "gold.json").exists():
        return [root]
    found = sorted(p.parent for p in root.glob("*/gold.json"))
    if not found:
        raise InputError(
            f"no MEANTIME corpus under {folder}: expected gold.json and articles.jsonl"
        )
    return found


def is_meantime(folder: str | Path) -> bool:
    root = Path(folder)
    return (root / "gold.json").exists() or any(root.glob("*/gold.json"))


def offset_map(source: str, target: str) -> Callable[[int], int | None]:
    """Map a character offset of ``source`` to ``target`` where the two texts align (None where
    the character is not in ``target``)."""
    if source == target:
        return lambda i: i
    table: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            table[block.a + k] = block.b + k
    return table.get


def _value(value: str | None) -> str:
    value = (value or "").strip()
    return value[:-1] if value.endswith("Z") else value


def score_documents(
    documents: dict[str, Document], gold: dict[str, Any]
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Count gold, system and right expressions over one corpus; also the errors, for reading."""
    counts = {"gold": 0, "gold_right": 0, "system": 0, "system_right": 0}
    errors: list[dict[str, Any]] = []
    for doc_id, entry in gold["documents"].items():
        golds = [
            GoldTime(t["start"], t["end"], t["text"], t["type"], _value(t["value"]))
            for t in entry["timexes"]
            if t["in"] == "text" and t["type"] in _TYPES
        ]
        document = documents.get(doc_id)
        system: list[tuple[int, int, str, str]] = []
        if document is not None:
            to_gold = offset_map(document.text, entry["text"])
            for timex in document.timexes:
                if timex.type not in _TYPES:
                    continue
                start, end = to_gold(timex.start), to_gold(timex.end - 1)
                if start is None or end is None or start >= entry["annotated_end"]:
                    continue
                system.append((start, end + 1, timex.text, _value(timex.value)))
        counts["gold"] += len(golds)
        counts["system"] += len(system)
        for g in golds:
            hits = [s for s in system if s[0] < g.end and g.start < s[1]]
            if any(s[3] == g.value for s in hits):
                counts["gold_right"] += 1
            else:
                errors.append(
                    {
                        "document": doc_id,
                        "gold": [g.text, g.value],
                        "system": [[s[2], s[3]] for s in hits],
                        "dct": entry["published"],
                    }
                )
        for s in system:
            found = [g for g in golds if s[0] < g.end and g.start < s[1]]
            if any(g.value == s[3] for g in found):
                counts["system_right"] += 1
            elif not found:
                errors.append(
                    {"document": doc_id, "gold": None, "system": [[s[2], s[3]]], "dct": None}
                )
    return counts, errors


def figures(counts: dict[str, int]) -> dict[str, Any]:
    precision = counts["system_right"] / counts["system"] if counts["system"] else 0.0
    recall = counts["gold_right"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "value_precision": round(precision, 4),
        "value_recall": round(recall, 4),
        "value_f1": round(f1, 4),
        **counts,
    }


def evaluate_meantime(folder: str | Path, settings: Settings | None = None) -> dict[str, Any]:
    """Build every corpus under ``folder`` and score its time expressions (task 1)."""
    from storyline.pipeline import run

    settings = settings or Settings()
    corpora: dict[str, Any] = {}
    pooled = {"gold": 0, "gold_right": 0, "system": 0, "system_right": 0}
    for corpus in corpus_folders(folder):
        gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
        result = run([str(corpus / "articles.jsonl")], settings, story=False)
        documents = {d.id: d for d in result.documents}
        counts, errors = score_documents(documents, gold)
        for key in pooled:
            pooled[key] += counts[key]
        corpora[corpus.name] = {
            **figures(counts),
            "rejected": [o.input for o in result.report.inputs if o.status == "rejected"],
            "errors": errors,
        }
    return {"layout": "meantime", **figures(pooled), "corpora": corpora}
