"""One typed settings object with documented defaults.

Layers, later ones winning: the defaults below, then a user TOML file (``--settings FILE``), then
command-line flags. Every field says its unit in its name where it has one.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from storyline.errors import SettingsError

DEFAULT_FIELD_MAP = {
    "id": "id",
    "url": "url",
    "title": "title",
    "published": "published",
    "source": "source",
    "text": "text",
    "html": "html",
}


@dataclass(frozen=True, slots=True)
class Settings:
    # Inputs larger than this are rejected before they are read (bytes).
    max_file_bytes: int = 20_000_000
    # A single article's clean text is cut to this many characters (the rest is kept as removed).
    max_document_chars: int = 200_000
    # Worker processes for annotation; 0 means one per CPU core.
    workers: int = 0
    # Documents sent to the model in one batch.
    batch_size: int = 64
    # JSON Lines field names: storyline's name -> the name used in the input.
    field_map: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELD_MAP))
    # A text identified as another language than English with at least this probability is
    # rejected (py3langid's normalised probability, 0 to 1).
    language_confidence: float = 0.9
    # Texts with fewer words than this after cleaning are rejected as empty.
    min_words: int = 8
    # The spaCy model package to load (either import name is accepted).
    model: str = "en_core_web_sm"
    # Folder for the annotation cache (a second run over the same articles skips the model);
    # None: no cache.
    cache_dir: str | None = None
    # What the story is about, for ranking events ("peace talks Geneva"); its words count as much
    # as the story's main actors and terms together. None: the actors and terms alone.
    query: str | None = None
    # Timeline size: number of dates and sentences per date; None: chosen from the corpus.
    dates: int | None = None
    per_date: int | None = None
    # Timeline dates only from this day on / up to this day (YYYY-MM-DD); None: no limit, and
    # both None: the story's own time (the background it recalls from long before left out).
    first_date: str | None = None
    last_date: str | None = None
    # Two lines of one timeline date whose word vectors (cosine) are closer than this say the
    # same thing; only the better one is kept.
    line_redundancy: float = 0.2
    # How timeline dates are ranked: "reports" (the salience of a date's main events, times the
    # log of how many articles report something on it) or "salience" (the events alone).
    date_weight: str = "salience"
    # How much a timeline date counts for less when a day near it is already chosen (0: not at
    # all, up to 1), so that a busy fortnight does not take every place. Nearness is measured
    # against half the average gap between the timeline's dates.
    date_spread: float = 0.3
    # Weight of a chronology entry written for the date ("May 6 - Oil washes ashore ...") among
    # the candidate lines of that date, and of a sentence that also dates something elsewhere.
    chronicle_weight: float = 3.0
    elsewhere_weight: float = 0.5
    # Weight of a line from an article published more than two days after the date (the day's
    # happening told again as background to later news) against the day's own reports.
    late_weight: float = 0.5
    # How much an event or a timeline line about none of the story's terms (its main actors and
    # words, and the query's) keeps of its score, against 1 more for one that carries them all.
    off_story_weight: float = 1.0
    # How much an event reported only in articles that never name the story's main terms keeps
    # of its score, against 1 more for one reported by an article that names them throughout.
    off_story_article_weight: float = 0.1
    # Length of the cited brief, in words.
    summary_words: int = 150

    def effective_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the TOML file at ``path`` (if any), then ``overrides`` that are not None."""
    settings = Settings()
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
        settings = _apply(settings, data.get("storyline", data), origin=str(path))
    return _apply(settings, {k: v for k, v in overrides.items() if v is not None}, origin="flags")


def _apply(settings: Settings, values: dict[str, Any], origin: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(
                f"unknown setting '{key}' in {origin}; known settings: {', '.join(sorted(known))}"
            )
        if key == "field_map":
            merged = dict(settings.field_map)
            merged.update(value)
            value = merged
        clean[key] = value
    result = replace(settings, **clean)
    if result.max_file_bytes <= 0:
        raise SettingsError("max_file_bytes must be positive")
    if result.dates is not None and result.dates < 1:
        raise SettingsError("dates must be at least 1")
    if result.per_date is not None and result.per_date < 1:
        raise SettingsError("per_date must be at least 1")
    for name in ("first_date", "last_date"):
        value = getattr(result, name)
        if value is not None and not _is_iso_day(value):
            raise SettingsError(f"{name} must be a date written YYYY-MM-DD, not {value!r}")
    if result.first_date and result.last_date and result.first_date > result.last_date:
        raise SettingsError("first_date is after last_date")
    if not 0 < result.line_redundancy <= 1:
        raise SettingsError("line_redundancy must be in (0, 1]")
    if result.date_weight not in ("reports", "salience"):
        raise SettingsError('date_weight must be "reports" or "salience"')
    if not 0 <= result.date_spread <= 1:
        raise SettingsError("date_spread must be in [0, 1]")
    if min(result.chronicle_weight, result.elsewhere_weight, result.late_weight) <= 0:
        raise SettingsError("chronicle_weight, elsewhere_weight and late_weight must be positive")
    if result.off_story_weight < 0 or result.off_story_article_weight < 0:
        raise SettingsError("off_story_weight and off_story_article_weight must be 0 or more")
    if not 0 < result.language_confidence <= 1:
        raise SettingsError("language_confidence must be in (0, 1]")
    if result.workers < 0:
        raise SettingsError("workers must be 0 (all cores) or a positive number")
    return result


def _is_iso_day(value: str) -> bool:
    try:
        return date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False
