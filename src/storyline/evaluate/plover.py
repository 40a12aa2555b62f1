"""PLOVER gold-standard records: code each record's sentence and score the coding.

A record file is a JSON list (or JSON Lines) of records with ``text``, ``event`` (the PLOVER
type), and ``source``/``target`` lists of ``{"actorText": ...}`` (or ``actor``/``recipient``
with ``entity_text``, PLOVER's own field names). Records without text or with the type
"DOCUMENT" (a file's own documentation) are skipped and counted.

Measures, over all scored records: type accuracy; per-type precision and recall; source and
target actor F1, where a predicted actor matches a gold one when one text contains the other
(case-insensitive), each matched at most once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from storyline.annotate import Annotator
from storyline.errors import InputError
from storyline.merge.plover import Coded, code_between
from storyline.records import Document


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSON list or JSON Lines file."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path} is neither a JSON list nor JSON Lines (line {exc.lineno}: {exc.msg})"
            ) from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(f"{path} must hold a list of JSON objects (PLOVER records)")
    return data


def actor_texts(value: Any) -> list[str]:
    """Actor texts from a record's source/target (or actor/recipient) field."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    found = []
    for item in value:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            text = item.get("actorText") or item.get("entity_text") or item.get("text")
            if isinstance(text, str):
                found.append(text)
    return [t.strip() for t in found if t.strip()]


def evaluate_plover(path: str | Path, model: str = "en_core_web_sm") -> dict[str, Any]:
    """Code every record of the file and score it."""
    records = read_records(path)
    usable = [r for r in records if isinstance(r.get("text"), str) and r.get("event") != "DOCUMENT"]
    annotator = Annotator(model)
    documents = [
        Document(
            id=str(r.get("id", n)),
            source_path=str(path),
            source=None,
            title=None,
            url=None,
            published=None,
            published_from=None,
            text=r["text"],
        )
        for n, r in enumerate(usable)
    ]
    rows = []
    for record, document in zip(usable, annotator.annotate(documents), strict=True):
        coded = code_document(document)
        rows.append(_row(record, coded))
    figures = score_rows(rows)
    figures["file"] = str(path)
    figures["skipped"] = len(records) - len(usable)
    figures["records"] = rows
    return figures


def code_document(document: Document) -> Coded | None:
    """The event of a one-sentence document: the first sentence that codes."""
    starts = [p.start for p in document.predicates]
    for sentence in document.sentences:
        found = code_between(document.predicates, starts, sentence.start, sentence.end)
        if found is not None:
            return found[0]
    return None


def _row(record: dict[str, Any], coded: Coded | None) -> dict[str, Any]:
    gold_sources = actor_texts(record.get("source", record.get("actor")))
    gold_targets = actor_texts(record.get("target", record.get("recipient")))
    gold_type = record.get("event")
    if isinstance(gold_type, list):
        gold_type = gold_type[0] if gold_type else None
    return {
        "id": record.get("id"),
        "text": record["text"],
        "gold": {
            "event": gold_type,
            "mode": record.get("mode"),
            "sources": gold_sources,
            "targets": gold_targets,
        },
        "predicted": {
            "event": coded.type if coded else None,
            "mode": coded.mode if coded else None,
            "event_text": coded.event_text if coded else None,
            "sources": [a.text for a in coded.sources] if coded else [],
            "targets": [a.text for a in coded.targets] if coded else [],
        },
    }


def matched(predicted: Sequence[str], gold: Sequence[str]) -> int:
    """Predicted actors that match a gold one (one text contains the other), one to one."""
    free = [g.lower() for g in gold]
    hits = 0
    for text in predicted:
        text = text.lower()
        for n, candidate in enumerate(free):
            if candidate in text or text in candidate:
                hits += 1
                del free[n]
                break
    return hits


def _f1(hits: int, predicted: int, gold: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_rows(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    rows = list(rows)
    right = Counter[str]()
    gold_count = Counter[str]()
    predicted_count = Counter[str]()
    confusion: Counter[tuple[str, str]] = Counter()
    sides = {"sources": [0, 0, 0], "targets": [0, 0, 0]}
    for row in rows:
        gold, predicted = row["gold"], row["predicted"]
        gold_type, our_type = gold["event"], predicted["event"] or "NONE"
        gold_count[gold_type] += 1
        predicted_count[our_type] += 1
        confusion[(gold_type, our_type)] += 1
        if gold_type == our_type:
            right[gold_type] += 1
        for side, counts in sides.items():
            counts[0] += matched(predicted[side], gold[side])
            counts[1] += len(predicted[side])
            counts[2] += len(gold[side])
    per_type = {
        kind: {
            "gold": gold_count[kind],
            "predicted": predicted_count[kind],
            "right": right[kind],
            "precision": round(right[kind] / predicted_count[kind], 4)
            if predicted_count[kind]
            else 0.0,
            "recall": round(right[kind] / gold_count[kind], 4),
        }
        for kind in sorted(gold_count)
    }
    return {
        "scored": len(rows),
        "type_accuracy": round(sum(right.values()) / len(rows), 4) if rows else 0.0,
        "per_type": per_type,
        "sources": _f1(*sides["sources"]),
        "targets": _f1(*sides["targets"]),
        "confusion": [
            {"gold": g, "predicted": p, "count": c} for (g, p), c in sorted(confusion.items())
        ],
    }
