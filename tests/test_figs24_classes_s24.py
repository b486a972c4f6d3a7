"""English casualty and air-defence classes of session 24 (issue 12, seen on the retired blind
news set of session 23): each with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import events, figures, struck, total

# --- the date of a declaration, a mourning or a funeral does not date the strike ---------------


@pytest.mark.parametrize("opening", [
    "A day of mourning has been declared in Chernihiv on March 12 after the Russian strike on "
    "the city.",
    "Mourning was declared in Chernihiv for March 12 following the strike on the city.",
    "The funeral of the victims of the strike on Chernihiv will be held on March 12.",
])
def test_a_declared_day_is_no_strike_day(opening: str) -> None:
    text = (f"{opening} Russian missiles hit the centre of Chernihiv on the morning of March 11. "
            "Four people died, and 21 were injured, the mayor said.")
    assert total(text, "killed", "2025-03-12") == 4
    assert total(text, "injured", "2025-03-12") == 21
    assert struck(text, "2025-03-12") == {"UA-74"}


def test_a_strike_day_told_beside_the_mourning_is_still_read() -> None:
    # the strike's own date still dates it: no declaration stands right before it
    text = ("Drones struck Chernihiv on March 11, killing two people. A day of mourning was "
            "declared in the city.")
    got = events(text, "2025-03-12")
    assert [e.date for e in got if e.killed] == ["2025-03-11"]


# --- injured told as confirmed so far, in a roundup of several oblasts -------------------------


def test_injured_confirmed_so_far_in_a_national_roundup() -> None:
    text = ("Russia launched 300 drones and 20 missiles at Ukraine overnight. The president said "
            "the regions of Poltava, Cherkasy and Zhytomyr were attacked. At least seven people "
            "have so far been confirmed injured, he said.")
    assert total(text, "injured") == 7
    assert figures("Twelve are now confirmed injured.") == {"injured": 12}


# --- a list's first member as the object of a verb of the other outcome --------------------------


def test_killed_one_and_others_confirmed_injured_is_no_list() -> None:
    assert figures("A missile attack killed one person, and six others are confirmed injured, "
                   "the governor said.") == {"killed": 1, "injured": 6}
    assert figures("The strike injured two men, and a woman was killed.") == {"injured": 2,
                                                                             "killed": 1}
    # a list of its own stays one
    assert figures("Two women and a child were injured.") == {"injured": 3}


# --- casualties are the dead and the injured together: no injured count -------------------------


@pytest.mark.parametrize("sentence", [
    "Preliminary reports indicate four casualties.",
    "There were five casualties in the town.",
    "Three casualties were reported in Kherson.",
])
def test_a_count_of_casualties_is_no_injured_count(sentence: str) -> None:
    assert "injured" not in figures(sentence)


def test_a_death_after_a_casualty_count_stands_alone() -> None:
    text = ("A ballistic missile hit a warehouse in Poltava. Preliminary reports indicate four "
            "casualties. Later the governor said a man had died.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


def test_a_casualty_toll_as_it_stands_is_still_read() -> None:
    # the rising toll of casualties stays a toll of victims (tests/test_kill17_classes_s17)
    text = ("Drones struck Kherson. The number of casualties has risen to 8, the regional "
            "administration said.")
    assert total(text, "injured") == 8


# --- the parts of one shot-down count ------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "downed"), [
    ("Air defences shot down three of the missiles and five of the drones, as well as six "
     "reconnaissance UAVs.", 11),
    ("The army destroyed 30 Shahed drones and 12 Gerbera drones overnight.", 42),
    ("Gunners downed nine drones plus two UAVs.", 11),
])
def test_parts_of_one_shot_down_count_add_up(sentence: str, downed: int) -> None:
    assert figures(sentence)["drones_downed"] == downed


def test_shot_down_parts_by_place_stay_parts() -> None:
    got = figures("Air defence shot down 40 drones over Kyiv and 12 drones over Odesa.")
    assert got["drones_downed"] in (40, 12)   # two figures, one for each place


# --- "all" of the drones counted before, told by a word for any weapon ---------------------------


def test_all_the_projectiles_destroyed_after_a_drone_count() -> None:
    text = ("Overnight, Russia launched more than 20 drones at Lviv, officials said. All the "
            "projectiles were destroyed by air defence, but debris damaged a shed.")
    got = events(text)
    assert max(e.drones_downed or 0 for e in got) == 20
    assert max(e.drones or 0 for e in got) == 20


def test_all_the_targets_after_drones_and_missiles_is_no_drone_count() -> None:
    text = ("Overnight, Russia launched 20 drones and four missiles at Lviv, officials said. All "
            "the targets were destroyed by air defence.")
    assert max(e.drones_downed or 0 for e in events(text)) == 0


# --- one drone shot down told with an article, in a roundup of several oblasts -------------------


def test_one_drone_by_an_article_in_a_roundup_is_no_count() -> None:
    text = ("Russia struck energy facilities in the Lviv and Volyn regions with missiles on "
            "Friday. In Kirovohrad Oblast, air defence destroyed an enemy drone, the governor "
            "said.")
    assert max(e.drones_downed or 0 for e in events(text)) == 0


def test_one_drone_by_an_article_alone_is_one() -> None:
    # the interception is the report's own event (tests/test_drones20_classes_s20)
    text = ("In Kirovohrad Oblast, air defence destroyed an enemy drone overnight, the governor "
            "said.")
    assert max(e.drones_downed or 0 for e in events(text)) == 1


# --- barrage munitions are drones -----------------------------------------------------------------


def test_barrage_munitions_are_drones() -> None:
    assert figures("The military said a total of 23 barrage munitions were launched overnight.") \
        == {"drones": 23}
    assert figures("A barrage of missiles hit the city.") == {}
