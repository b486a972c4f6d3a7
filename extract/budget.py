"""What one article may cost: its size and the time its extraction takes.

Extraction is linear in the text's length (about 2 s for a 1 MB line here), so the size cap
bounds the time too; the time budget is the backstop for a text that is slow for a reason
nobody foresaw, on a slow or busy machine. An article over budget is refused with a message
(the caller reports it and goes on with the others), never left to hold a dashboard or a
worker for minutes.
"""

from __future__ import annotations

import time

from extract.reading import MAX_ARTICLE_CHARS

#: Longest time (seconds) one article's extraction may take.
TIME_BUDGET = 60.0


class BudgetExceeded(ValueError):
    """An article too long, or too slow to extract; the message says which and what to do."""


def check_size(text: str) -> None:
    """Refuse a text longer than `MAX_ARTICLE_CHARS` (the readers refuse such files and items
    themselves; the dashboard's paste box calls this)."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise BudgetExceeded(
            f"the text is {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} one "
            "article may have; split it into its reports")


class Deadline:
    """The time an article's extraction must end by; `check` is called between steps."""

    def __init__(self, seconds: float | None, size: int) -> None:
        self.seconds, self.size = seconds, size
        self._at = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self._at is not None and time.monotonic() > self._at:
            raise BudgetExceeded(
                f"extraction stopped after the {self.seconds:g} s one article may take (the "
                f"text is {self.size:,} characters); split it into its reports")
