"""The failure classes seen on real news (issue 12, item 2), each with sentences of our own:
what a general rule must read right, end to end (extract_text)."""

from __future__ import annotations

from extract.model import Event
from extract.pipeline import extract_text


def events(text: str, published: str = "2025-03-10") -> dict[str, Event]:
    return {e.place: e for e in extract_text(text, published=published).events}


def total(text: str, figure: str, published: str = "2025-03-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- a wounded person who later died counts as killed, not injured ------------------------

def test_a_wounded_person_who_died_is_killed() -> None:
    got = events("A Russian missile hit a clinic in Chernihiv on Sunday, injuring six people. "
                 "One of the injured later died in hospital, the regional governor said.")
    ev = got["Chernihiv"]
    assert (ev.killed, ev.injured) == (1, 5)
    assert (ev.how["killed"], ev.how["injured"]) == ("stated", "updated")


def test_fatal_injuries_are_deaths() -> None:
    got = events("Russian shelling of Nikopol on Monday caused fatal injuries to two men. "
                 "A third man was wounded.")
    assert (got["Nikopol"].killed, got["Nikopol"].injured) == (2, 1)


# --- tolls that rise or are revised later ------------------------------------------------

def test_victims_risen_to_updates_the_toll_told_before() -> None:
    got = events("Two Russian missiles struck a warehouse in Uzhhorod at dawn. Nine workers "
                 "were hurt. By noon, the number of victims had risen to 13, the police said.")
    ev = got["Uzhhorod"]
    assert (ev.injured, ev.how["injured"], ev.killed) == (13, "updated", None)


# --- "a drone hit X" is no count; model numbers are no counts ----------------------------

def test_a_drone_that_hit_is_no_launch_count() -> None:
    got = events("Overnight a Russian drone hit a fuel station in Rivne oblast; the Shahed-136/131 "
                 "type was identified by investigators on site.")
    assert all(e.drones is None for e in got.values())


# --- shot-down counts in less common shapes ----------------------------------------------

def test_all_drones_shot_down_are_the_launch_count_too() -> None:
    got = events("Air defences shot down all 22 Russian drones launched at the Vinnytsia "
                 "region overnight, the air force said.")
    ev = got["Vinnytsia"]
    assert (ev.drones, ev.drones_downed) == (22, 22)


def test_part_of_the_drones_shot_down_after_missiles() -> None:
    text = ("The air force said air defences destroyed three cruise missiles and 51 of 60 "
            "Shahed-type drones launched against Ukraine overnight.")
    assert (total(text, "drones"), total(text, "drones_downed")) == (60, 51)
