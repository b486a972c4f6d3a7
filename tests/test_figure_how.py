"""Each figure says how it was obtained (`Event.how`)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

CASES = [
    ("A drone killed two people in Kharkiv on Tuesday.", "Kharkiv", "killed", 2, "stated"),
    ("Russia launched 93 drones at the Kharkiv region overnight. Air defence shot down 55 of "
     "them.", "Kharkiv", "drones_downed", 55, "carried"),
    ("Russia launched 93 drones at the Kharkiv region overnight. Air defence shot down 55 of "
     "them.", "Kharkiv", "drones", 93, "stated"),
    ("Russian attacks across Ukraine killed five people over the past day. Two people were "
     "killed in Kherson.", "Ukraine", "killed", 3, "remainder"),
    ("A missile struck Dnipro, killing two people. Rescuers worked through the night. By "
     "morning, the number of people killed in the attack had risen to four.", "Dnipro", "killed",
     4, "updated"),
]


@pytest.mark.parametrize(("text", "place", "figure", "value", "how"), CASES,
                         ids=["stated", "carried", "stated-before-carried", "remainder",
                              "updated"])
def test_a_figure_says_how_it_was_obtained(text: str, place: str, figure: str, value: int,
                                           how: str) -> None:
    events = {e.place: e for e in extract_text(text, published="2025-11-24").events}
    assert (getattr(events[place], figure), events[place].how[figure]) == (value, how)


def test_only_figures_that_were_found_say_how() -> None:
    (event,) = extract_text("A drone killed two people in Kharkiv on Tuesday.").events
    assert set(event.how) == {"killed"}
