from __future__ import annotations

from datetime import date

import pytest

from extract.dates import absolute_dates, relative_date
from extract.pipeline import extract_text

PUBLISHED = date(2025, 12, 3)  # a Wednesday


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Drones struck Kharkiv on Tuesday.", date(2025, 12, 2)),
    ("Late Monday, missiles hit Odesa.", date(2025, 12, 1)),
    ("On Wednesday a drone hit Sumy.", date(2025, 12, 3)),
    ("Yesterday shelling hit Kherson.", date(2025, 12, 2)),
    ("Drones struck overnight.", None),
])
def test_relative_dates(sentence: str, expected: date | None) -> None:
    assert relative_date(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 15 March 2023, Russian troops shelled Lozova.", date(2023, 3, 15)),
    ("on 3 December", date(2025, 12, 3)),
    ("on December 28", date(2024, 12, 28)),  # no year and after publication: last year
    ("published 2025-11-24", date(2025, 11, 24)),
])
def test_absolute_dates(text: str, expected: date) -> None:
    assert [d for _pos, d in absolute_dates(text, PUBLISHED)] == [expected]


def test_event_dates_follow_the_text() -> None:
    # (the day before: a strike two or more days back is an earlier one recalled, see
    # tests/test_figure_recall.py)
    text = ("Russian drones struck Kharkiv overnight, injuring two people. On Tuesday, a missile "
            "hit Odesa, killing one person.")
    events = {e.place: e.date for e in extract_text(text, published="2025-12-03").events}
    assert events == {"Kharkiv": "2025-12-03", "Odesa": "2025-12-02"}
