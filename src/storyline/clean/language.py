"""A cheap English check: the share of very common English function words among the words."""

from __future__ import annotations

import re

_COMMON = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "said",
        "be",
        "has",
        "have",
        "had",
        "are",
        "were",
        "an",
        "this",
        "which",
        "not",
        "but",
        "who",
        "will",
        "would",
        "its",
        "after",
        "been",
        "more",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_score(text: str, sample_chars: int = 20_000) -> float:
    """Share of words in ``text`` (first ``sample_chars``) that are common English words.

    English news prose scores about 0.3; Spanish, German or French prose below 0.05.
    """
    words = _WORD.findall(text[:sample_chars].lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _COMMON) / len(words)
