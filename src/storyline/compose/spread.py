"""Choosing items best first while spreading them over time: each item taken discounts the
items near its day, by up to ``spread``, fading with the distance in days against ``scale``.
The timeline chooses its dates this way and the brief its developments."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class SpreadPicker(Generic[K]):
    """Items left to take, each with its day (a date ordinal, or None for no day)."""

    def __init__(
        self,
        days: dict[K, int | None],
        spread: float,
        scale: float,
        taken_days: Iterable[int] = (),
    ) -> None:
        self.days = days
        self.left = set(days)
        self.discount = dict.fromkeys(days, 1.0)
        self.spread = spread
        self.scale = scale
        for day in taken_days:
            self._discount_near(day)

    def best(self, rank: Callable[[K, float], tuple]) -> K | None:
        """The item left that ranks highest; ``rank`` gets each item and its discount."""
        if not self.left:
            return None
        return max(self.left, key=lambda item: rank(item, self.discount[item]))

    def drop(self, item: K) -> None:
        """Set an item aside without taking it (its neighbours keep their weight)."""
        self.left.discard(item)

    def restore(self, items: Iterable[K]) -> None:
        """Put items set aside back among those left."""
        self.left.update(items)

    def take(self, item: K) -> None:
        """Take an item: the items left near its day count for less."""
        self.left.discard(item)
        day = self.days[item]
        if day is not None:
            self._discount_near(day)

    def _discount_near(self, day: int) -> None:
        if not self.spread or self.scale <= 0:
            return
        for other in self.left:
            other_day = self.days[other]
            if other_day is not None:
                gap = abs(other_day - day)
                self.discount[other] *= 1 - self.spread * math.exp(-gap / self.scale)
