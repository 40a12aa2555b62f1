"""Reading timeline-summarization datasets: a folder of topic folders, in either layout.

- Timeline17 as in ../shared/benchmarks/t17: ``articles.jsonl.gz`` ({id, published, source,
  text}), ``timelines.jsonl`` ({name, entries: [[date, [sentence, ...]], ...]}), ``topic.json``
  ({query, keywords}).
- news-tls (Crisis, Entities): ``articles.preprocessed.jsonl.gz`` or ``articles.jsonl[.gz]``
  ({id, time, text, ...}), ``timelines.jsonl`` (one ``[[date, [sentence, ...]], ...]`` list a
  line), ``keywords.json`` (a list of keywords).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import InputError

_ARTICLE_FILES = ("articles.jsonl.gz", "articles.preprocessed.jsonl.gz", "articles.jsonl")


@dataclass(frozen=True, slots=True)
class ReferenceTimeline:
    name: str
    entries: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def first(self) -> str:
        return min(day for day, _s in self.entries)

    @property
    def last(self) -> str:
        return max(day for day, _s in self.entries)

    @property
    def n_dates(self) -> int:
        return len(self.entries)

    @property
    def sentences_per_date(self) -> int:
        """k of the protocol: the reference's mean number of sentences a date, rounded."""
        total = sum(len(sentences) for _day, sentences in self.entries)
        return max(1, round(total / len(self.entries)))


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    articles: Path
    timelines: tuple[ReferenceTimeline, ...]
    query: str | None
    keywords: tuple[str, ...]


def load_topics(dataset: str | Path, names: list[str] | None = None) -> list[Topic]:
    """The topics of a dataset folder (all, or those in ``names``), sorted by name."""
    root = Path(dataset)
    if not root.is_dir():
        raise InputError(f"dataset folder not found: {root}")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "timelines.jsonl").exists())
    if names:
        wanted = set(names)
        missing = wanted - {p.name for p in folders}
        if missing:
            raise InputError(f"no such topics in {root}: {', '.join(sorted(missing))}")
        folders = [p for p in folders if p.name in wanted]
    if not folders:
        raise InputError(f"no topic folders with a timelines.jsonl under {root}")
    return [_topic(folder) for folder in folders]


def _topic(folder: Path) -> Topic:
    articles = next((folder / n for n in _ARTICLE_FILES if (folder / n).exists()), None)
    if articles is None:
        raise InputError(f"{folder}: no articles file (one of {', '.join(_ARTICLE_FILES)})")
    timelines = tuple(_timelines(folder))
    query, keywords = None, ()
    if (folder / "topic.json").exists():
        meta = json.loads((folder / "topic.json").read_text(encoding="utf-8"))
        query, keywords = meta.get("query"), tuple(meta.get("keywords", ()))
    elif (folder / "keywords.json").exists():
        keywords = tuple(json.loads((folder / "keywords.json").read_text(encoding="utf-8")))
    return Topic(folder.name, articles, timelines, query or " ".join(keywords) or None, keywords)


def _timelines(folder: Path) -> Iterator[ReferenceTimeline]:
    lines = (folder / "timelines.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate((ln for ln in lines if ln.strip()), start=1):
        data: Any = json.loads(line)
        if isinstance(data, dict):
            name, entries = data.get("name") or f"{folder.name}-{number}", data["entries"]
        else:
            name, entries = f"{folder.name}-{number}", data
        yield ReferenceTimeline(name, _by_date(entries))


def _by_date(entries: list[Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """One entry a date: a reference that lists a date twice has both entries' sentences under
    it, in the order given (as tilse reads a timeline), and its dates in order."""
    merged: dict[str, list[str]] = {}
    for day, sentences in entries:
        merged.setdefault(str(day)[:10], []).extend(sentences)
    return tuple((day, tuple(merged[day])) for day in sorted(merged))


def read_articles(topic: Topic) -> Iterator[dict[str, Any]]:
    """The topic's article records, as storyline's JSON input reads them."""
    opener = gzip.open if topic.articles.name.endswith(".gz") else open
    with opener(topic.articles, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
