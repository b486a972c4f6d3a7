"""The struck places of a sentence (`events._Here`): a list subclass, which mypyc cannot
compile, so it lives outside the compiled `events` module."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, SupportsIndex

if TYPE_CHECKING:
    from extract.events import _Located


class _Here(list["_Located"]):
    """The struck places of a sentence in text order, with the look-ups a figure makes among
    them done by bisection (`_target` asks them for every figure of the sentence; scanning
    the list each time made long sentences quadratic). The index is rebuilt after a change."""

    _index: tuple[list[int], list[int]] | None = None

    def append(self, item: _Located) -> None:
        self._index = None
        super().append(item)

    def extend(self, items: Iterable[_Located]) -> None:
        self._index = None
        super().extend(items)

    def insert(self, at: SupportsIndex, item: _Located) -> None:
        self._index = None
        super().insert(at, item)

    def sort(self, **kwargs: Any) -> None:
        self._index = None
        super().sort(**kwargs)

    def _positions(self) -> tuple[list[int], list[int]]:
        """The places' offsets, and for each place the index of the next one of another key."""
        if self._index is None:
            positions = [pos for pos, _k in self]
            if positions != sorted(positions):
                raise ValueError("struck places out of text order")
            nxt = [len(self)] * len(self)
            for j in range(len(self) - 2, -1, -1):
                nxt[j] = j + 1 if self[j + 1].key != self[j].key else nxt[j + 1]
            self._index = positions, nxt
        return self._index

    def before(self, at: int) -> int:
        """How many places lie at or before offset `at`."""
        return bisect_right(self._positions()[0], at)

    def count_below(self, at: int) -> int:
        """How many places lie before offset `at`."""
        return bisect_left(self._positions()[0], at)

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """Indices [a, b) of the places at offsets lo <= pos <= hi."""
        positions = self._positions()[0]
        return bisect_left(positions, lo), bisect_right(positions, hi)

    def several(self, a: int, b: int) -> bool:
        """Whether places a..b-1 are of more than one key."""
        return a < b and self._positions()[1][a] < b
