"""What the markup says about each line of an HTML page, as numbers: added to the text features
of ``line_features`` for the HTML furniture model."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from storyline.clean.line_features import FEATURE_NAMES, page_matrix
from storyline.clean.lines import LineLabel
from storyline.records import PageBlock

_TAGS = ("p", "li", "div", "td", "blockquote", "pre", "figcaption", "dd", "span")
DOM_FEATURES = (
    *(f"tag_{t}" for t in _TAGS),
    "tag_heading",
    "heading_level",
    "link_share",
    "in_nav",
    "in_header",
    "in_footer",
    "in_aside",
    "in_form",
    "in_figure",
    "in_list",
    "in_table",
    "in_main",
    "boiler_hint",
    "content_hint",
    "log_depth",
    "in_container",
    "extractor_kept",
    "extractor_window_3",
    "extractor_window_10",
    "inside_extractor_span",
    "extractor_share",
    "before_h1",
    "after_h1",
    "no_h1",
    "container_share",
)
HTML_FEATURE_NAMES = FEATURE_NAMES + DOM_FEATURES


def _dom_vector(block: PageBlock) -> list[float]:
    return [
        *(float(block.tag == t) for t in _TAGS),
        float(block.heading > 0),
        float(block.heading),
        block.link_share,
        float(block.in_nav),
        float(block.in_header),
        float(block.in_footer),
        float(block.in_aside),
        float(block.in_form),
        float(block.in_figure),
        float(block.in_list),
        float(block.in_table),
        float(block.in_main),
        float(block.boiler_hint),
        float(block.content_hint),
        math.log1p(block.depth),
        float(block.in_container),
        float(block.extractor_kept),
    ]


def html_matrix(
    lines: Sequence[str], labels: Sequence[LineLabel], blocks: Sequence[PageBlock]
) -> np.ndarray:
    """Rows of ``HTML_FEATURE_NAMES`` for the lines of a page; ``blocks[i]`` is the block line
    ``i`` comes from."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(HTML_FEATURE_NAMES)))
    text = page_matrix(lines, labels)
    dom = np.array([_dom_vector(block) for block in blocks])
    kept = dom[:, -1]
    cum = np.concatenate([[0.0], np.cumsum(kept)])
    index = np.arange(n)
    windows = []
    for k in (3, 10):
        lo, hi = np.maximum(index - k, 0), np.minimum(index + k + 1, n)
        windows.append((cum[hi] - cum[lo]) / (hi - lo))
    where = np.flatnonzero(kept)
    inside = (
        ((index >= where[0]) & (index <= where[-1])).astype(float) if len(where) else np.zeros(n)
    )
    share = np.full(n, kept.mean())
    h1 = [i for i, block in enumerate(blocks) if block.heading == 1]
    first_h1 = h1[0] if h1 else n
    before = (index < first_h1).astype(float)
    after = np.log1p(np.maximum(index - first_h1, 0))
    no_h1 = np.full(n, float(not h1))
    container = np.full(n, float(np.mean([b.in_container for b in blocks])))
    page = np.column_stack([*windows, inside, share, before, after, no_h1, container])
    return np.hstack([text, dom, page])
