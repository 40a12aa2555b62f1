"""The result of resolving one time expression."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    granularity: str
    type: str = "DATE"
    mod: str | None = None
    range_start: str | None = None
    range_end: str | None = None
    direction: str | None = None


UNKNOWN = Resolution(None, "unknown")
