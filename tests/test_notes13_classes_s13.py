"""Short event notes (issue 12, session 13): the phrase classes of a development set of real
Bellingcat civilian-harm notes (2022-2024), each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, figures, total

# --- A killed-and-injured pair whose second count is told with its verb left out ---

@pytest.mark.parametrize(("text", "killed", "injured"), [
    # "and N as injured": the verb ("reported") told once for both counts
    ("One man was said to be dead and one as hurt after the shelling of Orikhiv.", 1, 1),
    ("Two people were reported as dead and three as wounded in Nikopol.", 2, 3),
    ("Four residents reported as injured and one as killed after a drone hit Sumy.", 1, 4),
    # no "and" at all between the pair: the second count belongs to its own outcome
    ("Strike on the market in Kherson. 3 killed 11 injured.", 3, 11),
    ("Reportedly 2 dead, officials say 6 killed 4 wounded in all in Kupiansk.", 6, 4),
])
def test_second_count_of_a_pair_told_elliptically(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


@pytest.mark.parametrize(("sentence", "want"), [
    # the pair told in full still reads as before
    ("The strike killed 5 and injured 12.", {"killed": 5, "injured": 12}),
    ("The strike killed 5, injured 12.", {"killed": 5, "injured": 12}),
    ("Two killed and as many as 10 injured.", {"killed": 2, "injured": 10}),
])
def test_pairs_told_in_full_are_unchanged(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want


# --- An attack told by its weapon's use, with no verb of striking ---

def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


@pytest.mark.parametrize(("text", "want"), [
    ("Incendiary munitions dropped on the outskirts of Vuhledar overnight.", {"UA-14"}),
    ("Footage suggests use of thermite over gardens in Beryslav.", {"UA-65"}),
    ("Russian tank shooting at a row of houses in Huliaipole.", {"UA-23"}),
])
def test_weapon_use_is_a_strike_there(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


def test_a_town_named_with_no_attack_is_still_no_strike() -> None:
    assert oblasts("Volunteers in Vuhledar handed out bread and water.") == set()
