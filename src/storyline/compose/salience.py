"""How much an event matters to the story.

Rewards what several sources report, what later articles refer back to, what the story is
about (its main actors and terms, and the query's words when one is given), what articles about
the story report (not a radio schedule that names the story's main actor once), and what is
dated precisely.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from storyline.merge.quality import sentence_quality
from storyline.records import Document
from storyline.records.story import Entity, Event

GRANULARITY_WEIGHT = {"day": 1.0, "week": 0.6, "month": 0.5, "quarter": 0.3, "half": 0.3,
                      "season": 0.3, "year": 0.2}  # fmt: skip
# The score of an event or a line about none of the story's terms, against 1 more for one that
# carries all of them (Settings.off_story_weight).
OFF_STORY = 1.0
# The same for an event reported only in articles none of whose sentences name the story's main
# terms, against 1 more for one reported by an article that names them in every sentence
# (Settings.off_story_article_weight).
OFF_STORY_ARTICLE = 0.1
MAIN_TERMS = 6
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
        "are",
        "which",
        "when",
        "where",
        "what",
        "there",
        "them",
        "up",
        "out",
        "all",
        "some",
        "any",
        "other",
        "only",
        "last",
        "well",
        "could",
        "should",
        "can",
        "may",
        "might",
        "if",
        "so",
        "no",
        "do",
        "did",
        "does",
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
    """The words that say what the story is about: the main actors' names and the words most
    articles use; with a query, its words carry as much weight as all of those together (a
    query names the story, its actors say what matters in it)."""
    terms: Counter[str] = Counter()
    outlets = {doc.source.lower() for doc in documents if doc.source}
    actors = [e for e in entities if not _is_outlet(e, outlets)]
    for entity in actors[:6]:
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
    asked = Counter(tokens(query or ""))
    if not asked:
        return terms
    if not terms:
        return asked
    found, wanted = sum(terms.values()), sum(asked.values())
    merged = Counter({word: n * wanted for word, n in terms.items()})
    for word, n in asked.items():
        merged[word] += n * found
    return merged


def _is_outlet(entity: Entity, outlets: set[str]) -> bool:
    """Whether the entity is an outlet that publishes the story ("BBC" in its own bylines)."""
    return any(name.lower().replace(" ", "") in outlets for name in (entity.name, *entity.aliases))


def relevance(text: str, terms: Counter[str]) -> float:
    """Share of the story terms' weight that the text's words carry (0..1)."""
    total = sum(terms.values())
    if not total:
        return 0.0
    words = set(tokens(text))
    return sum(n for t, n in terms.items() if t in words) / total


def article_focus(documents: Sequence[Document], terms: Counter[str]) -> dict[str, float]:
    """For each document, the share of its sentences that name one of the story's main terms:
    near 1 for a report on the story, near 0 for a page that mentions it in passing."""
    main = {word for word, _ in terms.most_common(MAIN_TERMS)}
    focus = {}
    for doc in documents:
        if not doc.sentences:
            continue
        text = doc.text
        naming = sum(
            1
            for s in doc.sentences
            if any(w.group().lower() in main for w in _TOKEN.finditer(text, s.start, s.end))
        )
        focus[doc.id] = naming / len(doc.sentences)
    return focus


# A day weighs what its main events do together.
DAY_EVENTS = 3


def day_weight(saliences: Iterable[float]) -> float:
    """What a day weighs in the story: the salience of its DAY_EVENTS main events."""
    return sum(sorted(saliences, reverse=True)[:DAY_EVENTS])


def score_events(
    events: Sequence[Event],
    terms: Counter[str],
    off_story: float = OFF_STORY,
    focus: dict[str, float] | None = None,
    off_story_article: float = OFF_STORY_ARTICLE,
) -> list[Event]:
    """Events with ``salience`` set; ``off_story`` is the relevance factor of an event about
    none of the story's terms (one about all of them gets 1 more); with the articles' ``focus``,
    ``off_story_article`` is the factor of an event whose articles are about none of them."""
    scored = []
    for event in events:
        told = list(dict.fromkeys(c.text for c in event.evidence))[:6]
        # How much of the story one of its sentences tells, on average: many sentences each
        # naming a term or two do not add up to one that names the story's main actors.
        about = sum(relevance(text, terms) for text in told) / len(told) if told else 0.0
        if focus is not None:
            best = max((focus.get(c.document_id, 0.0) for c in event.evidence), default=0.0)
            about_story = off_story_article + best
        else:
            about_story = 1.0
        size = math.log1p(len(event.evidence)) + 0.8 * (event.n_sources - 1)
        later = 0.5 * math.log1p(len(event.background_in))
        weight = GRANULARITY_WEIGHT.get(event.granularity, 0.2)
        if event.date_source != "text":
            weight *= 0.6  # dated only by the article: less sure it happened that day
        quality = 0.3 + 0.7 * sentence_quality(event.headline)
        salience = (size + later + 0.5) * weight * (off_story + about) * about_story * quality
        scored.append(replace(event, salience=round(salience, 4)))
    return scored
