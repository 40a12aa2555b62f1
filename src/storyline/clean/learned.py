"""The learned models of the cleaning stage, as shipped (``weights/``) or as given by a caller
(training scores each fold with models fitted without it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from storyline.clean.line_features import FEATURE_NAMES
from storyline.clean.titles import TITLE_FEATURES
from storyline.clean.trees import TreeEnsemble

WEIGHTS = Path(__file__).parent / "weights"
FURNITURE_TEXT = WEIGHTS / "furniture_text.json"
TITLE_TEXT = WEIGHTS / "title_text.json"


@dataclass(frozen=True)
class CleanModels:
    furniture: TreeEnsemble
    title: TreeEnsemble | None = None


def _load(path: Path, names: tuple[str, ...]) -> TreeEnsemble:
    model = TreeEnsemble.load(path)
    if model.feature_names != names:
        raise RuntimeError(
            f"{path.name} was fitted on other features than this code computes: refit it with "
            "'storyline train text' (see docs/benchmarks.md)"
        )
    return model


@cache
def shipped_models() -> CleanModels:
    title = _load(TITLE_TEXT, TITLE_FEATURES) if TITLE_TEXT.exists() else None
    return CleanModels(_load(FURNITURE_TEXT, FEATURE_NAMES), title)
