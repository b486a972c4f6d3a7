"""English drone tallies in shapes the retired blind news sets of session 20 showed (issue 12,
session 21, the lead): each class with sentences of our own, end to end. The scorer takes a
report's largest drone count, launched and shot down."""

from __future__ import annotations

from extract_support import events


def most(text: str, figure: str = "drones", published: str = "2025-03-12") -> int:
    """The report's drone figure as scored: the largest over its events."""
    return max([getattr(e, figure) or 0 for e in events(text, published)] or [0])


# --- "shot down N of the <kind> drones": the launched drones told before -----------------------


def test_a_count_shot_down_of_the_drones_of_a_longer_kind() -> None:
    text = ("Overnight into 12 March, Russian troops launched 41 Shahed drones from the south. "
            "Air defence shot down 29 of the one-way attack drones, the Air Force said.")
    assert (most(text), most(text, "drones_downed")) == (41, 29)
    text = ("Russia sent 33 drones at Odesa Oblast overnight. Mobile fire groups destroyed 21 of "
            "the Iranian-made attack drones over the coast.")
    assert (most(text), most(text, "drones_downed")) == (33, 21)
