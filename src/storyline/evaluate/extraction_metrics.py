"""Scores for the cleaning stage against article pages with human ground truth.

- Body: the 4-gram shingle F1 of the Zyte article-extraction benchmark (tokens are runs of ``\\w``,
  case kept; a text of one to three tokens is one shingle; counts are a multiset). Per page, TP, FP
  and FN are normalised to sum to 1; precision and recall are averaged over the pages where they are
  defined, and F1 is the harmonic mean of those two averages.
- Title: equal after NFKC, straight quotes, collapsed white space and lower case.
- Date: the output day starts with the gold date (a ``YYYY-MM`` gold date takes any of its days).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from storyline.shingles import shingles

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True, slots=True)
class BodyScore:
    """One page's normalised TP/FP/FN and its precision and recall (None where undefined)."""

    tp: float
    fp: float
    fn: float
    precision: float | None
    recall: float | None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def body_score(gold: str, output: str) -> BodyScore:
    """Score one page's extracted body against its gold body.

    >>> body_score("a b c d e", "a b c d e").f1
    1.0
    """
    want, got = shingles(gold), shingles(output)
    tp = fp = fn = 0
    for key in want.keys() | got.keys():
        g, o = want.get(key, 0), got.get(key, 0)
        tp += min(g, o)
        fp += max(0, o - g)
        fn += max(0, g - o)
    total = tp + fp + fn
    if total == 0:
        return BodyScore(0.0, 0.0, 0.0, None, None)
    ntp, nfp, nfn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        return BodyScore(ntp, nfp, nfn, 1.0, 1.0)
    precision = ntp / (ntp + nfp) if ntp + nfp else None
    recall = ntp / (ntp + nfn) if ntp + nfn else None
    return BodyScore(ntp, nfp, nfn, precision, recall)


def mean_body_f1(scores: list[BodyScore]) -> dict[str, float]:
    """Precision averaged over pages with output, recall over pages with a gold body; their F1."""
    precisions = [s.precision for s in scores if s.tp + s.fp > 0 and s.precision is not None]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0 and s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def normalize_title(title: str | None) -> str:
    text = unicodedata.normalize("NFKC", title or "").translate(_QUOTES)
    return " ".join(text.split()).lower()


def title_right(gold: str | None, output: str | None) -> bool:
    return bool(gold) and normalize_title(gold) == normalize_title(output)


def date_right(gold: str | None, output: str | None) -> bool:
    return bool(gold) and bool(output) and str(output).startswith(str(gold))
