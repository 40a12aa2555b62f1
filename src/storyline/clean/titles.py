"""The title of a page given as text: the headline among the lines around the article's start.

Candidates are the lines just above the first article line (and its first two lines); a learned
model scores each from what it looks like and where it stands (how far above the article, what
comes between, whether the page repeats it), and the best one is the title when it is likely
enough.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from storyline.clean.furniture import article_start
from storyline.clean.line_features import LINE_FEATURES, line_vector
from storyline.clean.lines import LineLabel
from storyline.clean.trees import TreeEnsemble
from storyline.clean.vocabulary import FUNCTION_WORDS

ABOVE = 40  # lines above the article's first line that may hold its title
INSIDE = 2  # and lines of the article itself (a title the furniture model kept)
TITLE_FEATURES = (
    *LINE_FEATURES,
    "distance",
    "inside",
    "rank",
    "repeats",
    "length_share",
    "next_dateline",
    "next_removed",
    "previous_heading",
    "separator",
    "page_top",
    "position",
    "body_overlap",
    "short_between",
    "overlap_rank",
    "length_rank",
    "titled_after",
)
_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s|:\s")
THRESHOLD = 0.02


def candidates(lines: Sequence[str], keep: Sequence[bool]) -> list[int]:
    first = article_start(lines, keep)
    if first is None:
        return []
    return list(range(max(0, first - ABOVE), min(len(keep), first + INSIDE)))


def title_matrix(
    lines: Sequence[str], labels: Sequence[LineLabel], keep: Sequence[bool], rows: list[int]
) -> np.ndarray:
    if not rows:
        return np.zeros((0, len(TITLE_FEATURES)))
    first = article_start(lines, keep) or 0
    counts = Counter(_key(line) for line in lines)
    body_words = {
        w for i, k in enumerate(keep) if k for w in _WORD.findall(lines[i].lower())
    } - FUNCTION_WORDS
    short = np.cumsum([0] + [len(line.split()) < 4 for line in lines])
    longest = max(len(lines[i].split()) for i in rows) or 1
    titled = [i for i in rows if labels[i].kind in ("body", "heading") and len(lines[i]) > 8]
    overlaps = {i: _overlap(lines[i], body_words) for i in rows}
    overlap_rank = {i: r for r, i in enumerate(sorted(rows, key=lambda j: -overlaps[j]))}
    length_rank = {i: r for r, i in enumerate(sorted(titled, key=lambda j: -len(lines[j].split())))}
    matrix = []
    for i in rows:
        following = labels[i + 1] if i + 1 < len(lines) else None
        previous = labels[i - 1] if i > 0 else None
        rank = sorted(titled, key=lambda j: abs(first - j)).index(i) if i in titled else 20
        matrix.append(
            line_vector(lines[i], labels[i])
            + [
                float(first - i),
                float(i >= first),
                float(rank),
                float(counts[_key(lines[i])] - 1),
                len(lines[i].split()) / longest,
                float(following is not None and following.kind == "dateline"),
                float(following is not None and following.kind == "removed"),
                float(previous is not None and previous.kind == "heading"),
                float(bool(_SEPARATOR.search(lines[i]))),
                float(i == 0),
                i / len(lines),
                overlaps[i],
                float(short[first] - short[min(i + 1, first)]) if i < first else 0.0,
                float(overlap_rank[i]),
                float(length_rank.get(i, 40)),
                float(sum(1 for j in titled if i < j < first)),
            ]
        )
    return np.array(matrix)


def choose_title(
    lines: Sequence[str],
    labels: Sequence[LineLabel],
    keep: Sequence[bool],
    model: TreeEnsemble | None,
) -> str | None:
    """The headline of the page, or None when no line is likely enough to be it."""
    rows = candidates(lines, keep)
    if model is None or not rows:
        return None
    scores = model.probability(title_matrix(lines, labels, keep, rows))
    best = int(np.argmax(scores))
    return lines[rows[best]] if scores[best] >= THRESHOLD else None


def _overlap(line: str, body_words: set[str]) -> float:
    words = [w for w in _WORD.findall(line.lower()) if w not in FUNCTION_WORDS]
    return sum(1 for w in words if w in body_words) / len(words) if words else 0.0


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()
