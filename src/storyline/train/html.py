"""The model that reads HTML pages: which blocks of a page are the article, from their text,
their markup and trafilatura's choice.

Training data: the pages of a WCXB-layout dataset, read as storyline reads a page; a block's
line is labelled article body as for text dumps (``train.text.body_labels``). Held-out figures:
pages split into folds, each fold cleaned end to end with a model fitted on the other folds.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from storyline.clean import clean_document
from storyline.clean.datelines import DateCandidate
from storyline.clean.learned import DATE_HTML, FURNITURE_HTML, text_models
from storyline.clean.page_features import HTML_FEATURE_NAMES, html_matrix
from storyline.clean.prepare import prepare_blocks
from storyline.clean.trees import TreeEnsemble, as_trees, export_sklearn
from storyline.evaluate.extraction import Gold, load_gold
from storyline.ingest.files import decode
from storyline.ingest.html import extract_html
from storyline.records import SourceDocument
from storyline.settings import Settings
from storyline.train.dates import PARAMETERS as DATE_PARAMETERS
from storyline.train.dates import exported, fit_dates, page_candidates
from storyline.train.scoring import HeldOutScores
from storyline.train.text import FURNITURE_PARAMETERS, _fit, body_labels

PARAMETERS = dict(FURNITURE_PARAMETERS)


@dataclass
class HtmlPage:
    gold: Gold
    source: SourceDocument
    body: np.ndarray
    matrix: np.ndarray


def _read(args: tuple[Path, Gold]) -> HtmlPage | None:
    path, gold = args
    html, _encoding = decode(gzip.decompress(path.read_bytes()))
    source = extract_html(html, path.name)
    if isinstance(source, str):
        return None
    lines = prepare_blocks(source.blocks)
    texts = [x.text for x in lines]
    matrix = html_matrix(texts, [x.label for x in lines], [source.blocks[x.block] for x in lines])
    return HtmlPage(gold, source, body_labels(texts, gold.body or ""), matrix)


def load_pages(dataset: Path, workers: int) -> list[HtmlPage]:
    jobs = [(dataset / "html" / f"{g.page}.html.gz", g) for g in load_gold(dataset)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = list(pool.map(_read, jobs, chunksize=8))
    return [p for p in pages if p is not None]


def fit_html(pages: list[HtmlPage]) -> Any:
    bodied = [p for p in pages if p.gold.body and len(p.body)]
    return _fit(
        np.vstack([p.matrix for p in bodied]),
        np.concatenate([p.body for p in bodied]),
        None,
        PARAMETERS,
    )


def held_out(
    pages: list[HtmlPage], folds: int, report: Callable[[str], None] | None
) -> tuple[dict[str, Any], list[list[DateCandidate]]]:
    """Body, title and date figures, each fold cleaned end to end with models fitted on the
    other folds; and each page's date candidates as a furniture model without it reads them."""
    settings = Settings()
    base = text_models()
    furniture = [
        as_trees(fit_html([p for i, p in enumerate(pages) if i % folds != k]), HTML_FEATURE_NAMES)
        for k in range(folds)
    ]
    candidates = [
        page_candidates(p.source, replace(base, furniture_html=furniture[i % folds]))
        for i, p in enumerate(pages)
    ]
    scores = HeldOutScores()
    for k in range(folds):
        rows = [(candidates[i], p.gold.date) for i, p in enumerate(pages) if i % folds != k]
        models = replace(base, furniture_html=furniture[k], date_html=fit_dates(rows))
        for page in (p for i, p in enumerate(pages) if i % folds == k):
            scores.add(page.gold, clean_document(page.source, settings, models))
        if report:
            report(f"fold {k + 1}/{folds} scored")
    figures = scores.figures(len(pages))
    return figures, candidates


def train_html(
    dataset: str | Path,
    out: str | Path | None = None,
    folds: int = 5,
    workers: int = 2,
    report: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Fit the page furniture and date models on every page of ``dataset``, report held-out
    figures, and write the models (by default where storyline reads them)."""
    pages = load_pages(Path(dataset), workers)
    if report:
        report(f"{len(pages)} pages read, {sum(len(p.body) for p in pages)} lines")
    figures, candidates = held_out(pages, max(folds, 2), report)
    if report:
        report(f"held out ({max(folds, 2)} folds of pages): {figures}")
    fitted = fit_html(pages)
    meta = {
        "fitted_on": f"{Path(dataset).name}: {len(pages)} HTML pages",
        "held_out": figures,
        "parameters": PARAMETERS,
    }
    data = export_sklearn(fitted, HTML_FEATURE_NAMES, meta)
    check = TreeEnsemble.from_dict(data)
    sample = pages[0].matrix
    if not np.allclose(check.probability(sample), fitted.predict_proba(sample)[:, 1]):
        raise RuntimeError("the exported trees do not reproduce the fitted model")
    folder = Path(out) if out else FURNITURE_HTML.parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FURNITURE_HTML.name).write_text(
        json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    dates = exported(
        fit_dates([(c, p.gold.date) for c, p in zip(candidates, pages, strict=True)]),
        {**meta, "parameters": DATE_PARAMETERS},
    )
    if dates is not None:
        (folder / DATE_HTML.name).write_text(
            json.dumps(dates, separators=(",", ":")) + "\n", encoding="utf-8"
        )
    return {"pages": len(pages), "held_out": figures, "models": str(folder)}
