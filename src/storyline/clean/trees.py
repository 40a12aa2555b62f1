"""A boosted tree ensemble read from JSON and evaluated with numpy.

The furniture and title models are gradient-boosted trees fitted with scikit-learn
(``storyline train``) and shipped as JSON: arrays of node features, thresholds and children, so
that reading them executes nothing and predicting needs no fitted-estimator pickle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees of a binary classifier; ``probability`` gives P(class 1) per row."""

    feature_names: tuple[str, ...]
    baseline: float
    feature: np.ndarray  # per node, over all trees: the feature tested (-1 at a leaf)
    threshold: np.ndarray  # go left when value <= threshold
    left: np.ndarray  # global node index of the children
    right: np.ndarray
    value: np.ndarray  # leaf values
    roots: np.ndarray  # global index of each tree's root
    depth: int
    meta: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TreeEnsemble:
        return cls(
            feature_names=tuple(data["feature_names"]),
            baseline=float(data["baseline"]),
            feature=np.asarray(data["feature"], dtype=np.int32),
            threshold=np.asarray(data["threshold"], dtype=np.float64),
            left=np.asarray(data["left"], dtype=np.int32),
            right=np.asarray(data["right"], dtype=np.int32),
            value=np.asarray(data["value"], dtype=np.float64),
            roots=np.asarray(data["roots"], dtype=np.int32),
            depth=int(data["depth"]),
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def load(cls, path: str | Path) -> TreeEnsemble:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def raw(self, rows: np.ndarray) -> np.ndarray:
        """The summed leaf values (log-odds) of each row."""
        if rows.shape[0] == 0:
            return np.zeros(0)
        if rows.shape[1] != len(self.feature_names):
            raise ValueError(f"model wants {len(self.feature_names)} features, got {rows.shape[1]}")
        n_rows, n_trees = rows.shape[0], len(self.roots)
        flat = np.ascontiguousarray(rows, dtype=np.float64).ravel()
        offsets = np.repeat(np.arange(n_rows) * rows.shape[1], n_trees)
        node = np.tile(self.roots, n_rows)  # each (row, tree) pair's node
        walking = np.arange(node.size)  # the pairs not yet at a leaf
        for _ in range(self.depth):
            here = node.take(walking)
            feature = self.feature.take(here)
            inner = feature >= 0
            if not inner.all():
                walking, here, feature = walking[inner], here[inner], feature[inner]
            if not walking.size:
                break
            values = flat.take(offsets.take(walking) + feature)
            node[walking] = np.where(
                values <= self.threshold.take(here), self.left.take(here), self.right.take(here)
            )
        return self.baseline + self.value.take(node).reshape(n_rows, n_trees).sum(axis=1)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.raw(rows), -50.0, 50.0)))


@dataclass(frozen=True)
class Bag:
    """Several fitted ``HistGradientBoostingClassifier`` models taken as one: their mean
    log-odds. Exported as one ensemble (``export_sklearn``)."""

    members: tuple[Any, ...]

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        raw = np.mean([member.decision_function(rows) for member in self.members], axis=0)
        one = 1.0 / (1.0 + np.exp(-raw))
        return np.column_stack([1.0 - one, one])


def as_trees(model: Any, feature_names: tuple[str, ...]) -> TreeEnsemble:
    """A fitted ``HistGradientBoostingClassifier`` as the trees storyline evaluates."""
    return TreeEnsemble.from_dict(export_sklearn(model, feature_names, {}))


def export_sklearn(model: Any, feature_names: tuple[str, ...], meta: dict[str, Any]) -> dict:
    """The JSON form of a fitted ``HistGradientBoostingClassifier`` (binary, numeric features),
    or of a ``Bag`` of them."""
    members = model.members if isinstance(model, Bag) else (model,)
    share = 1.0 / len(members)
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0
    predictors = [predictor for member in members for (predictor,) in member._predictors]
    for predictor in predictors:
        nodes = predictor.nodes
        offset = len(feature)
        roots.append(offset)
        for node in nodes:
            leaf = bool(node["is_leaf"])
            feature.append(-1 if leaf else int(node["feature_idx"]))
            threshold.append(0.0 if leaf else float(node["num_threshold"]))
            left.append(offset + int(node["left"]) if not leaf else -1)
            right.append(offset + int(node["right"]) if not leaf else -1)
            value.append(share * float(node["value"]) if leaf else 0.0)
            depth = max(depth, int(node["depth"]))
    baseline = share * sum(float(np.ravel(m._baseline_prediction)[0]) for m in members)
    return {
        "feature_names": list(feature_names),
        "baseline": baseline,
        "feature": feature,
        "threshold": threshold,
        "left": left,
        "right": right,
        "value": value,
        "roots": roots,
        "depth": depth + 1,
        "meta": meta,
    }
