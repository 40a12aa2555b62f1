"""How much an event matters to the story.

Rewards what several sources report, what later articles refer back to, what the story's query
(or, without one, its main actors and terms) is about, and what is dated precisely.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from storyline.merge.quality import sentence_quality
from storyline.records import Document
from storyline.records.story import Entity, Event

GRANULARITY_WEIGHT = {"day": 1.0, "week": 0.6, "month": 0.5, "quarter": 0.3, "half": 0.3,
                      "season": 0.3, "year": 0.2}  # fmt: skip
# What an event or a line about none of the story's terms keeps of its score.
OFF_STORY = 0.3
_TOKEN = re.compile(r"[^\W\d_][\w'-]+")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "not",
        "but",
        "said",
        "says",
        "will",
        "would",
        "after",
        "before",
        "about",
        "over",
        "into",
        "than",
        "more",
        "most",
        "also",
        "new",
        "one",
        "two",
        "three",
    ]
)


def tokens(text: str) -> list[str]:
    return [t for t in (w.lower() for w in _TOKEN.findall(text)) if t not in _STOP]


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the other (0..1)."""
    left, right = set(tokens(a)), set(tokens(b))
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def story_terms(
    documents: Sequence[Document], entities: Sequence[Entity], query: str | None, n_terms: int = 12
) -> Counter[str]:
    """The words that say what the story is about: the query's, or the main actors' names and
    the words most articles use."""
    if query:
        return Counter(tokens(query))
    terms: Counter[str] = Counter()
    for entity in entities[:6]:
        for word in tokens(entity.name):
            terms[word] += 2
    document_frequency: Counter[str] = Counter()
    for doc in documents:
        # Sorted, so that ties in most_common() do not depend on the hash seed.
        document_frequency.update(
            sorted(set(tokens(doc.title or "")) | set(tokens(doc.text[:2000])))
        )
    limit = max(2, int(0.9 * len(documents)))  # words in nearly every article say nothing
    ranked = sorted(document_frequency.items(), key=lambda item: (-item[1], item[0]))[:200]
    common = [w for w, n in ranked if n <= limit]
    for word in common[:n_terms]:
        terms[word] += 1
    return terms


def relevance(text: str, terms: Counter[str]) -> float:
    """Share of the story terms' weight that the text's words carry (0..1)."""
    total = sum(terms.values())
    if not total:
        return 0.0
    words = set(tokens(text))
    return sum(n for t, n in terms.items() if t in words) / total


def score_events(events: Sequence[Event], terms: Counter[str]) -> list[Event]:
    """Events with ``salience`` set."""
    from dataclasses import replace

    scored = []
    for event in events:
        about = relevance(" ".join(c.text for c in event.evidence[:6]), terms)
        size = math.log1p(len(event.evidence)) + 0.8 * (event.n_sources - 1)
        later = 0.5 * math.log1p(len(event.background_in))
        weight = GRANULARITY_WEIGHT.get(event.granularity, 0.2)
        if event.date_source == "published":
            weight *= 0.6  # dated only by the article: less sure it happened that day
        quality = 0.3 + 0.7 * sentence_quality(event.headline)
        salience = (size + later + 0.5) * weight * (OFF_STORY + about) * quality
        scored.append(replace(event, salience=round(salience, 4)))
    return scored
