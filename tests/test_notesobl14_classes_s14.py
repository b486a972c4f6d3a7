"""Short event notes, strike oblasts (issue 12, session 14, /work/snap/dev14/notesobl14 and the
retired notes sets): the phrase classes that lost a note's strike, each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events


def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


# --- the fire or smoke a strike left, told with no strike word --------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Fire at a grain elevator in Pervomaisk.", {"UA-48"}),
    ("Satellite pictures of fires in the Kremenchuk refinery.", {"UA-53"}),
    ("Big fire in Uman overnight, cause reportedly shelling.", {"UA-71"}),
    ("A thick column of smoke rising from the depot in Brovary.", {"UA-32"}),
    ("Black smoke billowing over the port of Izmail.", {"UA-51"}),
])
def test_a_fire_or_smoke_at_a_place_is_a_strike_there(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize("text", [
    "Talks on a ceasefire in Zaporizhzhia oblast stalled again.",
    "Firefighters from Lviv held an exercise on Monday.",
])
def test_a_ceasefire_or_firefighters_are_no_strike(text: str) -> None:
    assert oblasts(text) == set()


# --- a weapon named by kind or model with no verb of striking ---------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Reported use of cluster munitions over the village of Bashtanka.", {"UA-48"}),
    ("Thermobaric rounds reportedly used on Izium.", {"UA-63"}),
    ("A cargo warhead found lying in a yard in Ochakiv.", {"UA-48"}),
    ("Parts of a Smerch discovered near a school in Kramatorsk.", {"UA-14"}),
])
def test_a_weapon_named_at_a_place_is_a_strike_there(text: str, want: set[str]) -> None:
    assert oblasts(text) == want

