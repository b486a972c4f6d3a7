"""Killed totals on news and a report's figures by scope (issue 12, session 15): the phrase
classes of the two news sets retired this session (rb-news13, rb-news14) and a fresh
development set of real news (Apr, Aug and Dec 2022-2025), each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import total

# --- A toll told by an official Russia installed: the occupiers report Ukraine's strikes ---


@pytest.mark.parametrize("text", [
    "Shelling hit a bus stop in Nova Kakhovka, killing eight people, according to the "
    "Moscow-installed head of the town.",
    "Eleven people were killed and 30 hurt when shells fell on a market in Melitopol, the "
    "Russian-appointed regional leader said.",
    "One resident died of wounds after the shelling, the Kremlin-installed governor of the "
    "region told state television.",
])
def test_a_toll_from_an_installed_official_is_no_russian_strike(text: str) -> None:
    assert total(text, "killed") == 0


def test_a_russian_strike_told_beside_an_installed_official_still_counts() -> None:
    # the sentence names Russia as the attacker: its toll stands
    assert total("Russian missiles killed four people in Kherson, while Moscow-installed "
                 "officials across the river reported explosions.", "killed") == 4


# --- A toll abroad told over a quote that names another place abroad in passing ---


@pytest.mark.parametrize("text", [
    "Earlier the governor of the western Bryansk region said a drone had come down on a farm. "
    "“Last night a drone fell on a barn in the district,” which lies about 300 kilometres from "
    "Moscow, he wrote. “A fire broke out and was put out,” he went on; a man had died "
    "and a woman was hurt.",
    "The governor of the southern Rostov region reported a drone attack on a depot. “The drone "
    "hit a warehouse,” which is some 900 km from Moscow, she wrote. “Sadly,” she added, two "
    "workers were killed.",
])
def test_a_toll_abroad_after_a_quote_naming_moscow_in_passing(text: str) -> None:
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0


def test_a_ukrainian_toll_after_the_quote_still_counts() -> None:
    text = ("Drones hit Kharkiv overnight. “The drones struck a warehouse,” which is near the "
            "ring road, the mayor wrote. “Two workers were killed,” he said.")
    assert total(text, "killed") == 2


# --- "from Ukraine's" service: a source of a toll, not Ukraine as the attacker ---


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A Russian missile hit a school in Odesa overnight, killing two people and wounding 20. "
     "Fresh figures from Ukraine's emergency service said the death toll had risen to five, "
     "with 31 people hurt.", 5, 31),
    ("Drones struck Sumy before dawn, killing one woman. A later update from Ukraine’s police "
     "put the toll at three dead.", 3, 0),
])
def test_a_toll_from_a_ukrainian_service_is_the_strikes(text: str, killed: int,
                                                        injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


def test_a_strike_by_ukraine_stays_ukraines() -> None:
    assert total("Four people were killed in Belgorod by Ukrainian forces' shelling, the "
                 "governor said.", "killed") == 0


def test_a_command_of_ukraines_forces_as_source_is_no_attacker() -> None:
    text = ("Missiles hit a hotel in Odesa on Monday night. Ukraine's Armed Forces Joint "
            "Operational Command reported a guard dead and four people hurt at the hotel.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 4


# --- A death told, then not confirmed: the deaths told so far are withdrawn ---


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A drone hit a house in Zaporizhzhia at 21:40. At 22:10 the governor said a 70-year-old "
     "woman had been killed and two people injured. At 23:30 officials said information on "
     "the woman's death had not been confirmed; she was taken to hospital.", 0, 2),
    # a toll told after the correction stands
    ("Shelling hit Nikopol in the evening, and one man was reported killed. Reports of his "
     "death were not confirmed, the mayor wrote later. By morning a woman wounded in the "
     "shelling had died, and three people were hurt.", 1, 3),
])
def test_a_death_not_confirmed_is_withdrawn(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured
