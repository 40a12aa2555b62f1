"""The learned models of the cleaning stage, as shipped (``weights/``) or as given by a caller
(training scores each fold with models fitted without it)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from storyline.clean.datelines import DATE_FEATURES
from storyline.clean.line_features import FEATURE_NAMES
from storyline.clean.page_features import HTML_FEATURE_NAMES
from storyline.clean.titles import CONTEXT_FEATURES, TITLE_FEATURES
from storyline.clean.trees import TreeEnsemble

WEIGHTS = Path(__file__).parent / "weights"
FURNITURE_TEXT = WEIGHTS / "furniture_text.json"
TITLE_TEXT = WEIGHTS / "title_text.json"
TITLE_CONTEXT_TEXT = WEIGHTS / "title_context_text.json"
FURNITURE_HTML = WEIGHTS / "furniture_html.json"
DATE_TEXT = WEIGHTS / "date_text.json"
DATE_HTML = WEIGHTS / "date_html.json"


@dataclass(frozen=True)
class CleanModels:
    furniture: TreeEnsemble  # lines of pasted text
    title: TreeEnsemble | None = None  # the title among them
    title_context: TreeEnsemble | None = None  # ... again, with the scores around each line
    furniture_html: TreeEnsemble | None = None  # blocks of an HTML page
    date: TreeEnsemble | None = None  # the page's date among the days it gives (text)
    date_html: TreeEnsemble | None = None  # ... and for HTML pages


def _load(path: Path, names: tuple[str, ...]) -> TreeEnsemble:
    model = TreeEnsemble.load(path)
    if model.feature_names != names:
        raise RuntimeError(
            f"{path.name} was fitted on other features than this code computes: refit it with "
            "'storyline train text' (see docs/benchmarks.md)"
        )
    return model


def text_models() -> CleanModels:
    """The shipped models for pasted text alone (what fitting the HTML model starts from)."""
    title = _load(TITLE_TEXT, TITLE_FEATURES) if TITLE_TEXT.exists() else None
    context = _load(TITLE_CONTEXT_TEXT, CONTEXT_FEATURES) if TITLE_CONTEXT_TEXT.exists() else None
    day = _load(DATE_TEXT, DATE_FEATURES) if DATE_TEXT.exists() else None
    return CleanModels(_load(FURNITURE_TEXT, FEATURE_NAMES), title, context, date=day)


@cache
def shipped_models() -> CleanModels:
    html = _load(FURNITURE_HTML, HTML_FEATURE_NAMES) if FURNITURE_HTML.exists() else None
    day = _load(DATE_HTML, DATE_FEATURES) if DATE_HTML.exists() else None
    return replace(text_models(), furniture_html=html, date_html=day)
