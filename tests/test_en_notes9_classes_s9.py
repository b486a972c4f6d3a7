"""Short event notes (issue 12, session 9): the phrase classes of a second development set of
real ACLED and Bellingcat notes, each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events


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
