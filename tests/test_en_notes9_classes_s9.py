"""Short event notes (issue 12, session 9): the phrase classes of a second development set of
real ACLED and Bellingcat notes, each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, total


def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


def places(text: str) -> set[str]:
    return {e.place for e in events(text)}


# --- "Damage to X": the place that was hit, not where something went ---

@pytest.mark.parametrize(("text", "want"), [
    ("Damage to Sumy city centre after a night of shelling.", {"UA-59"}),
    ("Heavy damage to Odesa port warehouses, reportedly from a missile.", {"UA-51"}),
    ("Damages to Poltava railway depot after a drone attack.", {"UA-53"}),
])
def test_damage_to_a_place_is_a_strike_there(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


def test_going_to_a_place_is_still_no_strike_there() -> None:
    # the movement reading stays for every other "to"
    assert oblasts("Shelling hit Kherson, and families fled to Lviv by train.") == {"UA-65"}


# --- A power plant or dam named after a river is not the river town ---

@pytest.mark.parametrize("text", [
    "Missiles struck the Dnipro HPP overnight, cutting power in the region.",
    "Strike on Dnipro Hydroelectric Power Plant reported at dawn.",
    "Smoke rose over the Dnipro hydro-electric station after the shelling.",
])
def test_plant_named_after_the_river_is_no_dnipro_strike(text: str) -> None:
    assert "UA-12" not in oblasts(text)


def test_plant_in_a_named_city_gives_that_city() -> None:
    assert oblasts("Dnipro hydroelectric station in Zaporizhzhia was hit by shelling.") \
        == {"UA-23"}


def test_the_city_of_dnipro_stays_a_place() -> None:
    assert oblasts("Drones hit Dnipro overnight, damaging a power station.") == {"UA-12"}


# --- A count told through a report: "reported as killed", "reported to be wounded" ---

@pytest.mark.parametrize(("text", "field", "want"), [
    ("Twelve people reported as killed after a missile hit the market.", "killed", 12),
    ("At least one man was reported to be killed when shells hit the bus stop.", "killed", 1),
    ("Two women were reported to be wounded by the shelling of the village.", "injured", 2),
    ("Nine residents are thought to have been killed when the depot was hit.", "killed", 9),
])
def test_count_told_as_reported(text: str, field: str, want: int) -> None:
    assert total(text, field) == want


def test_reported_killed_or_injured_stays_no_death_toll() -> None:
    assert total("Forty people were reported as killed or injured in the strike.", "killed") == 0


# --- A town held since 2014, struck in a report that names no attacker at all ---

@pytest.mark.parametrize(("text", "killed"), [
    ("Damage to homes in central Donetsk after shelling.", 0),
    ("Shelling set a market on fire in Horlivka; two people were reported dead.", 2),
    ("A strike on the bus station in Makiivka killed three people.", 3),
])
def test_held_town_struck_with_no_attacker_named_counts(text: str, killed: int) -> None:
    assert oblasts(text) == {"UA-14"}
    assert total(text, "killed") == killed


@pytest.mark.parametrize("text", [
    # an attacker named anywhere in the report: the held town's strike stays Ukraine's
    "Russian drones hit Kharkiv overnight. Shelling damaged homes in central Horlivka.",
    "Ukrainian artillery shelled Horlivka, damaging a school.",
    # the occupation's voice
    "Explosions in occupied Makiivka damaged a depot.",
    "Shelling damaged a school in Horlivka, the Russian-installed mayor said.",
    # Crimea is not one of these towns
    "Explosions damaged an airfield near Sevastopol.",
])
def test_held_town_strike_stays_ukraines_otherwise(text: str) -> None:
    assert not oblasts(text) & {"UA-14", "UA-40", "UA-43"}


# --- One drone shot down, told with a hyphenated name or in the passive ---

@pytest.mark.parametrize("text", [
    "Gunners downed a Russian kamikaze-drone near a plant in Poltava.",
    "A strike-drone was shot down over Sumy before dawn.",
    "Windows broke when a scout drone that was shot down fell near Chernihiv.",
])
def test_one_drone_shot_down(text: str) -> None:
    assert total(text, "drones_downed") == 1
    assert oblasts(text) - {None}


def test_a_drone_that_struck_is_no_drone_shot_down() -> None:
    assert total("A kamikaze-drone hit a garage in Sumy.", "drones_downed") == 0
