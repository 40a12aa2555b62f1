"""Time-expression evaluation on TimeML files, TempEval-3 style.

Two measurements over a folder of .tml files:
- value accuracy on gold DATE spans: each gold span's text is resolved in its sentence (tense from
  the parse, narrative reference from the earlier expressions of the same file) against the file's
  document creation time, and compared with the gold value;
- end-to-end: our detected spans against all gold TIMEX3 spans (relaxed = overlapping, strict =
  same offsets), and value F1 (a relaxed match whose value is also right).
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path
from typing import Any

from storyline.annotate import find_time_expressions
from storyline.annotate.backend import load_model
from storyline.annotate.timex import Resolution, resolve, tense_from_tokens
from storyline.annotate.timex.resolver import updates_reference
from storyline.evaluate.timeml import TimeMLDocument, canonical_value, read_timeml


def evaluate_folder(
    folder: str | Path, errors_path: str | Path | None = None, model: str = "en_core_web_sm"
) -> dict[str, Any]:
    files = sorted(Path(folder).rglob("*.tml"))
    if not files:
        from storyline.errors import InputError

        raise InputError(f"no .tml files under {folder}")
    docs = []
    skipped = []
    for path in files:
        try:
            docs.append(read_timeml(path))
        except (ValueError, SyntaxError, OSError) as exc:  # ElementTree.ParseError is a SyntaxError
            skipped.append(f"{path}: {exc}")
    if not docs:
        from storyline.errors import InputError

        raise InputError(f"no readable TimeML files under {folder}: {skipped[:3]}")
    nlp = load_model(model)
    counts = {
        "date_correct": 0,
        "n_gold_date": 0,
        "n_gold": 0,
        "n_system": 0,
        "relaxed_tp_gold": 0,
        "relaxed_tp_system": 0,
        "strict_tp": 0,
        "value_tp": 0,
        "date_value_tp": 0,
    }
    errors: list[tuple[str, str, str, str, str]] = []
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        anchor = _dct(doc)
        _score_gold_spans(doc, parsed, anchor, counts, errors)
        _score_detection(doc, parsed, anchor, counts)
    result = _summarise(counts, len(docs))
    result["n_files_skipped"] = len(skipped)
    for line in skipped:
        print(f"storyline: skipped {line}", file=sys.stderr)
    if errors_path:
        with open(errors_path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow(["file", "text", "gold", "system", "dct"])
            writer.writerows(errors)
    return result


def _dct(doc: TimeMLDocument) -> date | None:
    if not doc.dct:
        return None
    try:
        return date.fromisoformat(doc.dct[:10])
    except ValueError:
        return None


def _score_gold_spans(
    doc: TimeMLDocument,
    parsed: Any,
    anchor: date | None,
    counts: dict[str, int],
    errors: list[tuple[str, str, str, str, str]],
) -> None:
    reference: Resolution | None = None
    for gold in doc.timexes:
        span = parsed.char_span(gold.start, gold.end, alignment_mode="expand")
        tense = tense_from_tokens(span) if span is not None and len(span) else None
        result = resolve(gold.text, anchor, tense, reference)
        if updates_reference(gold.text, result):
            reference = result
        if gold.type != "DATE":
            continue
        counts["n_gold_date"] += 1
        if canonical_value(result.value) == canonical_value(gold.value):
            counts["date_correct"] += 1
        else:
            errors.append((doc.name, gold.text, gold.value, result.value or "", doc.dct or ""))


def _score_detection(
    doc: TimeMLDocument, parsed: Any, anchor: date | None, counts: dict[str, int]
) -> None:
    system = find_time_expressions(doc.text, parsed, anchor)
    gold = list(doc.timexes)
    counts["n_gold"] += len(gold)
    counts["n_system"] += len(system)
    for g in gold:
        overlapping = [s for s in system if s.start < g.end and g.start < s.end]
        if overlapping:
            counts["relaxed_tp_gold"] += 1
        right = any(canonical_value(s.value) == canonical_value(g.value) for s in overlapping)
        if g.type == "DATE" and right:
            counts["date_value_tp"] += 1
    for s in system:
        covering = [g for g in gold if s.start < g.end and g.start < s.end]
        if covering:
            counts["relaxed_tp_system"] += 1
            if any(canonical_value(g.value) == canonical_value(s.value) for g in covering):
                counts["value_tp"] += 1
        if any(g.start == s.start and g.end == s.end for g in gold):
            counts["strict_tp"] += 1


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _summarise(counts: dict[str, int], n_files: int) -> dict[str, Any]:
    n_gold, n_system = counts["n_gold"], counts["n_system"]
    relaxed_p = counts["relaxed_tp_system"] / n_system if n_system else 0.0
    relaxed_r = counts["relaxed_tp_gold"] / n_gold if n_gold else 0.0
    strict_p = counts["strict_tp"] / n_system if n_system else 0.0
    strict_r = counts["strict_tp"] / n_gold if n_gold else 0.0
    value_p = counts["value_tp"] / n_system if n_system else 0.0
    value_r = counts["value_tp"] / n_gold if n_gold else 0.0
    return {
        "date_value_accuracy": round(counts["date_correct"] / counts["n_gold_date"], 4)
        if counts["n_gold_date"]
        else 0.0,
        "relaxed_f1": round(_f1(relaxed_p, relaxed_r), 4),
        "relaxed_precision": round(relaxed_p, 4),
        "relaxed_recall": round(relaxed_r, 4),
        "strict_f1": round(_f1(strict_p, strict_r), 4),
        "value_f1": round(_f1(value_p, value_r), 4),
        "value_precision": round(value_p, 4),
        "value_recall": round(value_r, 4),
        # Gold DATE expressions found end to end with the right value (TempEval-3 "DATE values").
        "date_value_recall": round(counts["date_value_tp"] / counts["n_gold_date"], 4)
        if counts["n_gold_date"]
        else 0.0,
        "n_gold_date": counts["n_gold_date"],
        "n_gold": n_gold,
        "n_system": n_system,
        "n_files": n_files,
    }
