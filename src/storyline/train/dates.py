"""The date model: which of the days a page gives (in its metadata, near its headline) is its
publication date. Fitted on candidates read with furniture models that did not see the page."""

from __future__ import annotations

from typing import Any

import numpy as np

from storyline.clean import read_source
from storyline.clean.datelines import DATE_FEATURES, DateCandidate, date_candidates
from storyline.clean.learned import CleanModels
from storyline.clean.trees import TreeEnsemble, as_trees
from storyline.records import SourceDocument
from storyline.settings import Settings

# Small trees, slowly: 5-fold cross-validation on the WCXB dev pages' candidates put these at
# 0.885 against 0.874 for 100 trees of 15 leaves.
PARAMETERS = {
    "max_iter": 200,
    "learning_rate": 0.03,
    "max_leaf_nodes": 5,
    "min_samples_leaf": 30,
    "l2_regularization": 1.0,
    "random_state": 0,
}


def page_candidates(source: SourceDocument, models: CleanModels) -> list[DateCandidate]:
    draft, _title = read_source(source, Settings(), models)
    page_dates = source.page.dates if source.page is not None else ()
    text = "\n".join(piece for _kind, piece in draft.pieces)
    return date_candidates(draft.datelines, page_dates, text)


def fit_dates(rows: list[tuple[list[DateCandidate], str | None]]) -> TreeEnsemble | None:
    """Fit on (candidates, gold date) pairs; pages without a gold date or a right candidate
    teach nothing and are left out."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    matrices, labels = [], []
    for candidates, gold in rows:
        if not gold or not candidates:
            continue
        truth = [int(c.day.startswith(gold)) for c in candidates]
        if not any(truth):
            continue
        matrices.append(np.array([c.vector for c in candidates]))
        labels.append(np.array(truth))
    if not matrices:
        return None
    fitted = HistGradientBoostingClassifier(**PARAMETERS).fit(
        np.vstack(matrices), np.concatenate(labels)
    )
    return as_trees(fitted, DATE_FEATURES)


def exported(model: TreeEnsemble | None, meta: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON form of a fitted date model, with ``meta``."""
    if model is None:
        return None
    return {
        "feature_names": list(model.feature_names),
        "baseline": model.baseline,
        "feature": model.feature.tolist(),
        "threshold": model.threshold.tolist(),
        "left": model.left.tolist(),
        "right": model.right.tolist(),
        "value": model.value.tolist(),
        "roots": model.roots.tolist(),
        "depth": model.depth,
        "meta": meta,
    }
