"""The cleaning stage on real article pages: body, title and publication date against human ground
truth (the WCXB layout: ``html/NNNN.html.gz`` and ``ground-truth/NNNN.json``).

Two tasks. HTML: each page goes through storyline's reader and cleaner, and through trafilatura
alone in the same run as the reference. Text dumps: each page's text as someone would paste it (the
``textdump.py`` protocol beside the dataset makes them), through the cleaner alone; the reference is
the floor that does nothing (the dump itself as the body, no title, no date).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.clean import clean_document
from storyline.errors import InputError
from storyline.evaluate.extraction_metrics import (
    BodyScore,
    body_score,
    date_right,
    mean_body_f1,
    title_right,
)
from storyline.ingest.files import decode
from storyline.ingest.html import extract_html, trafilatura_alone
from storyline.records import Document, SourceDocument
from storyline.settings import Settings


@dataclass(frozen=True, slots=True)
class Gold:
    page: str
    url: str | None
    title: str | None
    date: str | None
    body: str | None


@dataclass(frozen=True, slots=True)
class Output:
    """What one system made of one page; ``rejected`` says why a page gave no document."""

    body: str
    title: str | None
    date: str | None
    source: str | None = None
    rejected: str | None = None


def load_gold(dataset: Path) -> list[Gold]:
    folder = dataset / "ground-truth"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(
            f"no ground truth under {folder}: the dataset needs ground-truth/NNNN.json files "
            "beside html/NNNN.html.gz (the WCXB layout)"
        )
    golds = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        truth = data.get("ground_truth") or {}
        golds.append(
            Gold(
                page=path.stem,
                url=data.get("url"),
                title=truth.get("title") or None,
                date=truth.get("publish_date") or None,
                body=truth.get("main_content"),
            )
        )
    return golds


def _from_document(result: Document | str) -> Output:
    if isinstance(result, str):
        return Output("", None, None, rejected=result)
    return Output(result.text, result.title, result.published, result.source)


def storyline_html(html: str, settings: Settings) -> Output:
    source = extract_html(html, "page.html")
    if isinstance(source, str):
        return Output("", None, None, rejected=source)
    return _from_document(clean_document(source, settings))


def storyline_text(text: str, settings: Settings) -> Output:
    return _from_document(clean_document(SourceDocument("dump.txt", text), settings))


def reference_html(html: str) -> Output:
    body, title, day = trafilatura_alone(html)
    return Output(body or "", title, day)


def _page_html(args: tuple[Path, Gold, Settings]) -> dict[str, Output]:
    path, _gold, settings = args
    html, _encoding = decode(gzip.decompress(path.read_bytes()))
    return {
        # The page alone, as a user's saved file: the benchmark's URL is not given to either.
        "storyline": storyline_html(html, settings),
        "trafilatura": reference_html(html),
    }


def _page_dump(args: tuple[Path, Gold, Settings]) -> dict[str, Output]:
    path, _gold, settings = args
    text = path.read_text(encoding="utf-8")
    return {"storyline": storyline_text(text, settings), "floor": Output(text, None, None)}


def make_dumps(dataset: Path, out: Path) -> Path:
    """Run the dataset's own ``textdump.py`` (beside it or inside it) into ``out``."""
    for candidate in (dataset / "textdump.py", dataset.parent / "textdump.py"):
        if candidate.exists():
            spec = importlib.util.spec_from_file_location("textdump", candidate)
            if spec is None or spec.loader is None:
                break
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.main(str(dataset), str(out))
            return out
    raise InputError(
        f"no textdump.py beside {dataset}: give the folder of text dumps with --text-dumps DIR"
    )


def evaluate_extraction(
    dataset: str | Path,
    text_dumps: str | Path | bool = False,
    settings: Settings | None = None,
    limit: int | None = None,
    report: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score every page of ``dataset``; ``text_dumps`` True makes the dumps with the dataset's
    textdump.py, a path reads them from there, False scores the HTML pages.

    Returns the mean figures per system and one row per page (gold, output and scores).
    """
    settings = settings or Settings()
    root = Path(dataset)
    golds = load_gold(root)[:limit] if limit else load_gold(root)
    if text_dumps is False:
        jobs = [(root / "html" / f"{g.page}.html.gz", g) for g in golds]
        missing = [str(p) for p, _g in jobs if not p.exists()]
        if missing:
            raise InputError(f"{len(missing)} pages have no HTML file, e.g. {missing[0]}")
        return _score(jobs, _page_html, "html", settings, report)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(text_dumps) if text_dumps is not True else make_dumps(root, Path(scratch))
        jobs = [(folder / f"{g.page}.txt", g) for g in golds]
        present = [(p, g) for p, g in jobs if p.exists()]
        if not present:
            raise InputError(f"no text dumps NNNN.txt in {folder}")
        return _score(present, _page_dump, "text dumps", settings, report)


def _score(
    jobs: list[tuple[Path, Gold]],
    page: Callable[[tuple[Path, Gold, Settings]], dict[str, Output]],
    task: str,
    settings: Settings,
    report: Callable[[str], None] | None,
) -> dict[str, Any]:
    args = [(path, gold, settings) for path, gold in jobs]
    outputs = list(_map(page, args, settings.effective_workers(), report))
    rows = []
    per_system: dict[str, list[tuple[Gold, Output, BodyScore]]] = {}
    for (_path, gold), by_system in zip(jobs, outputs, strict=True):
        row: dict[str, Any] = {
            "page": gold.page,
            "url": gold.url,
            "gold": {"title": gold.title, "date": gold.date},
        }
        for system, output in by_system.items():
            score = body_score(gold.body or "", output.body)
            per_system.setdefault(system, []).append((gold, output, score))
            row[system] = {
                "title": output.title,
                "date": output.date,
                "source": output.source,
                "rejected": output.rejected,
                "title_right": title_right(gold.title, output.title),
                "date_right": date_right(gold.date, output.date),
                "body_precision": _round(score.precision),
                "body_recall": _round(score.recall),
                "body_f1": round(score.f1, 4),
            }
        rows.append(row)
    return {
        "task": task,
        "pages": len(rows),
        "systems": {name: _summary(items) for name, items in per_system.items()},
        "rows": rows,
    }


def _summary(items: list[tuple[Gold, Output, BodyScore]]) -> dict[str, Any]:
    bodies = [score for gold, _out, score in items if gold.body]
    titled = [(g, o) for g, o, _s in items if g.title]
    dated = [(g, o) for g, o, _s in items if g.date]
    titles = sum(title_right(g.title, o.title) for g, o in titled)
    dates = sum(date_right(g.date, o.date) for g, o in dated)
    body = mean_body_f1(bodies)
    return {
        "body_f1": round(body["f1"], 4),
        "body_precision": round(body["precision"], 4),
        "body_recall": round(body["recall"], 4),
        "body_pages": len(bodies),
        "title_right": titles,
        "title_pages": len(titled),
        "title_accuracy": round(titles / len(titled), 4) if titled else 0.0,
        "date_right": dates,
        "date_pages": len(dated),
        "date_accuracy": round(dates / len(dated), 4) if dated else 0.0,
        "rejected": sum(1 for _g, o, _s in items if o.rejected),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _map(
    function: Callable[[Any], dict[str, Output]],
    items: list[Any],
    workers: int,
    report: Callable[[str], None] | None,
) -> Iterable[dict[str, Output]]:
    if workers <= 1 or len(items) < 8:
        for index, item in enumerate(items, start=1):
            if report and index % 100 == 0:
                report(f"{index}/{len(items)} pages")
            yield function(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for index, result in enumerate(pool.map(function, items, chunksize=8), start=1):
            if report and index % 100 == 0:
                report(f"{index}/{len(items)} pages")
            yield result
