"""Drone figure classes seen on real English news collected for issue 12 (the seventh round of
development text: Air Force tallies and nightly-attack stories, many outlets): all the drones of
a count shot down in a relative clause. Each with sentences of our own."""

from __future__ import annotations

from tests.test_figure_classes import largest

# --- 2. all of a count shot down, told in a relative clause ----------------------------------


def test_all_of_which_were_shot_down_takes_the_count_before() -> None:
    text = ("The southern command said nine drones flew at the Mykolaiv region overnight, all "
            "of which were reportedly destroyed.")
    assert largest(text, "drones") == 9
    assert largest(text, "drones_downed") == 9


def test_all_of_which_struck_is_no_shot_down_count() -> None:
    text = "The southern command said nine drones flew at the Mykolaiv port, all of which hit it."
    assert largest(text, "drones_downed") == 0
