"""MEANTIME tasks 2 and 3: cross-document entities and events, as its benchmark defines them.

Each corpus is built as a user builds it (reading, cleaning, annotation, the story), and the gold
mentions of the article bodies are matched to what storyline made of them:

- entities (task 2): gold mentions are the proper-name mentions with a cross-document instance;
  a gold mention's system cluster is the entity of the storyline mention that overlaps it most
  (the mention's own link, ``Mention.entity``); none overlapping: a cluster of its own;
- events (task 3): gold mentions are the event mentions with an instance; the system cluster is
  the first storyline event with an evidence sentence (or one that tells it again, ``retold``)
  in the same document that contains the mention; none: a cluster of its own. Besides B-cubed
  over all of them, B-cubed over the instances mentioned in two or more documents, and the
  dates: a dated instance's event (the one most of its mentions are in) is right when its date
  is the instance's time or a coarser period that holds it.

B-cubed: for a mention with gold cluster G and system cluster S (S taken over gold mentions),
precision |G∩S|/|S|, recall |G∩S|/|G|, each averaged over the mentions; F1 from the two.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storyline.evaluate.meantime import corpus_folders, figures, offset_map, score_documents
from storyline.merge.periods import period
from storyline.records import Document
from storyline.records.story import Event
from storyline.settings import Settings

Pair = tuple[str, str]  # (gold cluster, system cluster)


def bcubed(pairs: Sequence[Pair]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of (gold cluster, system cluster) pairs, one a mention."""
    if not pairs:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mentions": 0}
    gold_sizes = Counter(g for g, _s in pairs)
    system_sizes = Counter(s for _g, s in pairs)
    both = Counter(pairs)
    precision = sum(both[p] / system_sizes[p[1]] for p in pairs) / len(pairs)
    recall = sum(both[p] / gold_sizes[p[0]] for p in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "mentions": len(pairs),
    }


def _to_gold(document: Document | None, entry: dict[str, Any]) -> Callable[[int], int | None]:
    if document is None:
        return lambda _i: None
    return offset_map(document.text, entry["text"])


def entity_pairs(documents: dict[str, Document], gold: dict[str, Any]) -> list[Pair]:
    pairs: list[Pair] = []
    for doc_id, entry in gold["documents"].items():
        document = documents.get(doc_id)
        to_gold = _to_gold(document, entry)
        system = []
        for mention in document.mentions if document is not None else ():
            start, last = to_gold(mention.start), to_gold(mention.end - 1)
            if start is not None and last is not None and mention.entity is not None:
                system.append((start, last + 1, mention.entity))
        for number, m in enumerate(entry["entities"]):
            if m["in"] != "text" or m.get("syntactic_type") != "NAM" or not m.get("instance"):
                continue
            best: tuple[int, int, str] | None = None
            for start, end, entity in system:
                overlap = min(end, m["end"]) - max(start, m["start"])
                if overlap > 0 and (best is None or (overlap, -start) > (best[0], -best[1])):
                    best = (overlap, start, entity)
            cluster = best[2] if best else f"alone:{doc_id}:{number}"
            pairs.append((m["instance"], cluster))
    return pairs


def event_pairs(
    documents: dict[str, Document], events: Sequence[Event], gold: dict[str, Any]
) -> tuple[list[Pair], list[tuple[str, str]]]:
    """(gold instance, system cluster) for every gold event mention, and (instance, document)."""
    evidence: dict[str, list[tuple[int, int, str]]] = {}
    for event in events:
        for citation in (*event.evidence, *event.retold):
            evidence.setdefault(citation.document_id, []).append(
                (citation.start, citation.end, event.id)
            )
    pairs: list[Pair] = []
    where: list[tuple[str, str]] = []
    for doc_id, entry in gold["documents"].items():
        to_gold = _to_gold(documents.get(doc_id), entry)
        spans = []
        for start, end, event_id in evidence.get(doc_id, []):
            first, last = to_gold(start), to_gold(end - 1)
            if first is not None and last is not None:
                spans.append((first, last + 1, event_id))
        for number, m in enumerate(entry["events"]):
            if m["in"] != "text" or not m.get("instance"):
                continue
            cluster = next(
                (e for s, t, e in spans if s <= m["start"] and m["end"] <= t),
                f"alone:{doc_id}:{number}",
            )
            pairs.append((m["instance"], cluster))
            where.append((m["instance"], doc_id))
    return pairs, where


def _holds(event_date: str, time: str) -> bool:
    """Whether an event dated ``event_date`` is right for an instance at ``time``: the same
    period, or a coarser one that holds it."""
    outer, inner = period(event_date), period(time)
    if outer is None or inner is None:
        return False
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def dated_events(
    pairs: Sequence[Pair], events: Sequence[Event], gold: dict[str, Any]
) -> dict[str, int]:
    order = {e.id: k for k, e in enumerate(events)}
    dates = {e.id: e.date for e in events}
    by_instance: dict[str, Counter[str]] = {}
    for instance, cluster in pairs:
        found = by_instance.setdefault(instance, Counter())
        if cluster in dates:
            found[cluster] += 1
    right = dated = 0
    for instance, found in by_instance.items():
        time = (gold.get("instances", {}).get("events", {}).get(instance) or {}).get("time")
        if not time or period(time) is None:
            continue
        dated += 1  # an instance none of whose mentions is in an event is not dated by us
        if found:
            chosen = min(found, key=lambda e: (-found[e], order[e]))
            right += _holds(dates[chosen], time)
    return {"right": right, "dated": dated}


def score_corpus(
    documents: Sequence[Document], events: Sequence[Event], gold: dict[str, Any], name: str
) -> dict[str, Any]:
    by_id = {d.id: d for d in documents}
    counts, _errors = score_documents(by_id, gold)
    entities = entity_pairs(by_id, gold)
    events_found, where = event_pairs(by_id, events, gold)
    spread: Counter[str] = Counter()
    for instance, docs in _documents_of(where).items():
        spread[instance] = len(docs)
    across = [p for p in events_found if spread[p[0]] >= 2]
    return {
        "timex": figures(counts),
        "entities": bcubed(entities),
        "events": bcubed(events_found),
        "events_in_2_or_more_documents": bcubed(across),
        "event_dates": dated_events(events_found, events, gold),
        "_pairs": {
            "entities": [(f"{name}:{g}", f"{name}:{s}") for g, s in entities],
            "events": [(f"{name}:{g}", f"{name}:{s}") for g, s in events_found],
            "across": [(f"{name}:{g}", f"{name}:{s}") for g, s in across],
        },
    }


def _documents_of(where: Sequence[tuple[str, str]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for instance, doc_id in where:
        found.setdefault(instance, set()).add(doc_id)
    return found


def evaluate_meantime_story(folder: str | Path, settings: Settings | None = None) -> dict[str, Any]:
    """Build every corpus under ``folder`` and score tasks 1 to 3, per corpus and pooled."""
    from storyline.api import build

    settings = settings or Settings()
    corpora: dict[str, Any] = {}
    pooled: dict[str, list[Pair]] = {"entities": [], "events": [], "across": []}
    timex = {"gold": 0, "gold_right": 0, "system": 0, "system_right": 0}
    dates = {"right": 0, "dated": 0}
    for corpus in corpus_folders(folder):
        gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
        story = build([str(corpus / "articles.jsonl")], settings)
        scores = score_corpus(story.documents, story.events, gold, corpus.name)
        for key, pairs in scores.pop("_pairs").items():
            pooled[key] += pairs
        for key in timex:
            timex[key] += scores["timex"][key]
        for key in dates:
            dates[key] += scores["event_dates"][key]
        corpora[corpus.name] = scores
    return {
        "layout": "meantime",
        "timex": figures(timex),
        "entities": bcubed(pooled["entities"]),
        "events": bcubed(pooled["events"]),
        "events_in_2_or_more_documents": bcubed(pooled["across"]),
        "event_dates": dates,
        "corpora": corpora,
    }
