"""Word 4-gram shingles: how much of one text another holds, whatever its line breaks."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of ``text`` (tokens: runs of ``\\w``, case kept);
    a text of fewer tokens is one shingle, an empty text none."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def contained_share(text: str, container: Counter[tuple[str, ...]]) -> float:
    """Share of ``text``'s shingles that are in ``container`` (counted with multiplicity)."""
    own = shingles(text)
    total = sum(own.values())
    if not total:
        return 0.0
    return sum(min(c, container.get(k, 0)) for k, c in own.items()) / total
