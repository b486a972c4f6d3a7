"""Killed totals on news and a report's figures by scope (issue 12, session 14): the phrase
classes of the retired blind news sets and a fresh development set of real news (Apr, Aug and
Dec 2022-2025), each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import total

# --- A day of mourning declared for the strike just told is no background ---


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Sumy declared a day of mourning after a missile strike there killed six people and "
     "wounded 20.", 6, 20),
    ("Three days of mourning have been announced in Uman, where a Russian missile killed "
     "eleven residents.", 11, 0),
])
def test_a_day_of_mourning_for_the_strike_told(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


@pytest.mark.parametrize("text", [
    # mourning an earlier strike (a funeral, mourners) stays background
    "Mourners in Sumy buried four people killed by a missile in March.",
    "Residents of Uman mourned the eleven people killed by a strike last spring.",
])
def test_mourning_an_earlier_strike_is_still_background(text: str) -> None:
    assert total(text, "killed") == 0


# --- Soldiers named right after a toll's count: an army's dead, mostly a side's claim ---


@pytest.mark.parametrize("text", [
    "Moscow said its missile strike on Sloviansk killed 300 Ukrainian soldiers, while local "
    "officials reported no casualties.",
    "The defence ministry in Moscow claimed the attack on Odesa killed 40 military personnel.",
    "Kyiv said its drones hit a depot in Donetsk Oblast that killed at least 60 Russian troops.",
])
def test_soldiers_after_the_count_are_no_strike_toll(text: str) -> None:
    assert total(text, "killed") == 0


def test_soldiers_among_the_people_a_strike_killed_leave_the_count() -> None:
    assert total("A missile strike on Kharkiv killed 12 people, including three soldiers.",
                 "killed") == 12
