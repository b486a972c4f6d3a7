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


# --- A toll told with the time it stood at, revised by a later time's toll of the event ---


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # revised down: the later time's toll holds, not the larger
    ("As of 07:00, seven people had been killed and 40 injured in Zaporizhzhia. Rescuers kept "
     "searching the rubble. As of 12:30, six people were confirmed killed in Zaporizhzhia.",
     6, 40),
    # an oblast's official updating the city's strike: the oblast's later toll is the city's
    ("As of 10:15, 14 people were killed by the missile that hit Poltava. Another 50 were "
     "injured. Updated (17:40): the Poltava regional administration said 19 were dead and "
     "52 injured.", 19, 52),
    ("As of 9:30 a.m., four people were dead in Sumy. As of 2:10 p.m., five people were "
     "dead in Sumy.", 5, 0),
])
def test_a_later_times_toll_revises_the_event(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


@pytest.mark.parametrize(("text", "killed"), [
    # a live page told newest first: the latest time's toll, told first, holds
    ("As of 08:10, eleven people have been killed in Kharkiv. As of 03:20, three people "
     "were known to be dead in Kharkiv. As of 04:05, the toll in Kharkiv had risen to five.",
     11),
    # strikes on two towns of one oblast are no revision of each other
    ("As of 09:00, two people were killed in Nikopol. As of 11:00, three people were killed "
     "in Marhanets.", 5),
])
def test_times_that_are_no_revision(text: str, killed: int) -> None:
    assert total(text, "killed") == killed


# --- One person named by an occupation after an article ---


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A guided bomb hit a checkpoint in Kupiansk, killing a policeman.", 1, 0),
    ("A paramedic was wounded when a drone struck Nikopol.", 0, 1),
    ("Shrapnel injured a policewoman in Kherson.", 0, 1),
])
def test_a_person_named_by_occupation_counts_one(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


# --- A headline's total told again as the country's by the lede is the report's lead total ---


def test_a_headline_told_again_holds_an_oblasts_places() -> None:
    # the headline names no country, the lede does: one total, within which the oblast's toll
    # holds its city's and a community's (told after it), and keeps what they leave over
    text = ("Russian attacks kill 7, injure 12 over past day\n\n"
            "Russian strikes hit five oblasts over the past day, killing seven civilians and "
            "injuring 12, officials said.\n\n"
            "In the strikes against Sumy Oblast, five people were killed and nine injured, the "
            "regional administration said.\n\n"
            "Three residents were killed and seven injured in a drone strike on the city of "
            "Sumy.\n\n"
            "In the Shalyhyne community a man died and one woman was hurt.\n\n"
            "Two people were killed and three injured in Kherson, the governor said.")
    assert total(text, "killed") == 7
    assert total(text, "injured") == 12
