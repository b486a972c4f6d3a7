"""Ukrainian and Russian reports of several sentences end to end: the figures summed (killed,
injured) or the largest (drones) over the report's events, as the evaluation reads them. Our
own written reports, one per class of report-level failure (a toll updated days after its
strike, weapon lists, a city and its oblast, reminders of an earlier day's attack)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

SUMMED = ("killed", "injured")
LARGEST = ("drones", "drones_downed", "missiles", "missiles_downed")

CASES: list[tuple[str, str, dict[str, int]]] = [
    # a toll as it stands, days after the strike it counts
    ("Удар по Сумах: зросла кількість поранених\n\nУ Сумах кількість поранених унаслідок "
     "ракетного удару 2 травня зросла до 41 людини.", "2025-05-05", {"injured": 41}),
    ("Удар по Одессе: выросло число пострадавших\n\nВ Одессе число пострадавших в результате "
     "удара 3 марта выросло до 18 человек.",
     "2025-03-06", {"injured": 18}),
]


def _figures(text: str, published: str) -> dict[str, int]:
    events = extract_text(text, published=published).events
    out = {f: sum(getattr(e, f) or 0 for e in events) for f in SUMMED}
    out.update({f: max((getattr(e, f) or 0 for e in events), default=0) for f in LARGEST})
    return {f: v for f, v in out.items() if v}


@pytest.mark.parametrize(("text", "published", "expected"), CASES,
                         ids=[t[:40] for t, _p, _e in CASES])
def test_report_gives_its_figures(text: str, published: str, expected: dict[str, int]) -> None:
    assert _figures(text, published) == expected
