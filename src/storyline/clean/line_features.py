"""What a line of page text looks like, as numbers: the input of the furniture model.

Each line gets features of its own (length, punctuation, capitals, menu words, dates, the rule label
of ``lines.classify``) and of its place in the page (how much article prose is around it, before
and after it, what its neighbours look like). The same features serve pasted text and the blocks
of an HTML page, so that what is learned on one kind of page carries to unseen sites.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from storyline.clean.lines import LineLabel, classify, features
from storyline.clean.vocabulary import FUNCTION_WORDS

_TOKEN = re.compile(r"\w+")
_BULLET = re.compile(r"^[\u2022\-*\u00b7\u25aa\u25ba\u2023\u2013\u2014>]")
_URL = re.compile(r"https?://|www\.|@\w")
_GLUED = re.compile(r"[a-z][A-Z]|[a-z]\d|\d[A-Za-z]{3}")
_CLOSES = re.compile(r"[.!?\"\u201d)\]]\s*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)\s*$")

KINDS = ("body", "heading", "dateline", "removed")
REASONS = (
    "media: player time or duration",
    "media: video, audio or gallery label",
    "chrome: tags, categories or related links",
    "chrome: cookie or browser notice",
    "chrome: subscription prompt",
    "credit: photo or caption credit",
    "dateline: publication date and place",
    "byline",
    "sign-off: reporting and editing credits",
    "sign-off",
    "chrome: navigation menu",
    "chrome: menu, share or navigation words",
)
LINE_FEATURES = (
    "log_words",
    "log_chars",
    "terminal",
    "title_case_share",
    "chrome_share",
    "dates",
    "times",
    "function_share",
    "digit_share",
    "ends_colon",
    "all_upper",
    "bullet",
    "separators",
    "copyright",
    "url",
    "question",
    "glued_share",
    "long_prose",
    "mean_word_length",
    "starts_lower",
    "ellipsis",
    "quote_marks",
    *(f"kind_{k}" for k in KINDS),
    *(f"rule_{r}" for r in REASONS),
)
# Neighbour features: the first few line features of the lines around.
_NEIGHBOUR_WIDTH = 8
CONTEXT_FEATURES = (
    "position",
    "repeated",
    "inside_prose_span",
    "before_prose",
    "after_prose",
    "nearest_prose",
    "prose_window_2",
    "prose_window_5",
    "prose_window_10",
    "prose_share_before",
    "prose_share_after",
    "log_words_before",
    "log_words_after",
    *(f"prev_{n}" for n in LINE_FEATURES[:_NEIGHBOUR_WIDTH]),
    *(f"next_{n}" for n in LINE_FEATURES[:_NEIGHBOUR_WIDTH]),
    *(f"prev2_{n}" for n in LINE_FEATURES[:3]),
    *(f"next2_{n}" for n in LINE_FEATURES[:3]),
)
FEATURE_NAMES = LINE_FEATURES + CONTEXT_FEATURES


def line_vector(line: str, label: LineLabel | None = None) -> list[float]:
    """The features of one line on its own (``LINE_FEATURES``)."""
    feats = features(line)
    label = label or classify(line, feats)
    tokens = _TOKEN.findall(line)
    n = len(tokens) or 1
    lowered = [t.lower() for t in tokens]
    alpha = [t for t in tokens if t[0].isalpha()]
    vector = [
        math.log1p(len(tokens)),
        math.log1p(len(line)),
        float(feats.terminal),
        feats.title_case_share,
        feats.chrome_share,
        float(min(feats.n_dates, 3)),
        float(min(feats.n_times, 3)),
        sum(1 for t in lowered if t in FUNCTION_WORDS) / n,
        sum(1 for t in tokens if t.isdigit()) / n,
        float(line.endswith(":")),
        float(line.isupper()),
        float(bool(_BULLET.match(line))),
        float(min(sum(line.count(c) for c in "|\u2022\u00b7/\u00bb\u203a"), 5)),
        float("\u00a9" in line or "copyright" in line.lower()),
        float(bool(_URL.search(line))),
        float(line.rstrip().endswith("?")),
        sum(1 for t in tokens if _GLUED.search(t)) / n,
        float(len(tokens) >= 25 and feats.terminal),
        (sum(len(t) for t in alpha) / len(alpha)) if alpha else 0.0,
        float(line[:1].islower()),
        float(bool(_ELLIPSIS.search(line))),
        float(any(q in line for q in '"\u201c\u201d')),
    ]
    vector += [float(label.kind == k) for k in KINDS]
    vector += [float(label.reason == r) for r in REASONS]
    return vector


def page_matrix(lines: Sequence[str], labels: Sequence[LineLabel] | None = None) -> np.ndarray:
    """The feature matrix of a page's lines, one row a line, columns ``FEATURE_NAMES``."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    own = np.array(
        [line_vector(line, labels[i] if labels else None) for i, line in enumerate(lines)]
    )
    words = np.array([len(_TOKEN.findall(line)) for line in lines], dtype=float)
    closes = np.array([bool(_CLOSES.search(line)) for line in lines])
    prose = words * ((words >= 12) & closes)
    prose_at = np.flatnonzero(words * closes >= 20)
    first, last = (prose_at[0], prose_at[-1]) if len(prose_at) else (n, -1)
    index = np.arange(n)
    counts = Counter(lines)
    cum_prose = np.concatenate([[0.0], np.cumsum(prose)])
    cum_words = np.concatenate([[0.0], np.cumsum(words)])
    total = cum_prose[-1] or 1.0
    nearest = (
        np.min(np.abs(index[:, None] - prose_at[None, :]), axis=1)
        if len(prose_at)
        else np.full(n, 30)
    )
    context = [
        index / n,
        np.array([float(counts[line] > 1) for line in lines]),
        ((index >= first) & (index <= last)).astype(float),
        np.where(index < first, np.minimum(first - index, 30) / 30, 0.0),
        np.where(index > last, np.minimum(index - last, 30) / 30, 0.0),
        np.minimum(nearest, 30) / 30,
    ]
    for k in (2, 5, 10):
        lo, hi = np.maximum(index - k, 0), np.minimum(index + k + 1, n)
        context.append(np.log1p(cum_prose[hi] - cum_prose[lo]))
    context += [
        cum_prose[:-1] / total,
        (total - cum_prose[1:]) / total,
        np.log1p(cum_words[:-1]),
        np.log1p(cum_words[-1] - cum_words[1:]),
    ]
    columns = np.column_stack(context)
    width = _NEIGHBOUR_WIDTH
    pad = np.zeros((2, own.shape[1]))
    padded = np.vstack([pad, own, pad])
    neighbours = np.hstack(
        [
            padded[1 : n + 1, :width],
            padded[3 : n + 3, :width],
            padded[0:n, :3],
            padded[4 : n + 4, :3],
        ]
    )
    return np.hstack([own, columns, neighbours])
