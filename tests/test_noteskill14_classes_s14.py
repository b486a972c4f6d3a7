"""Short event notes, killed and injured (issue 12, session 14): the phrase classes of a
development set of real civilian-harm notes (Bellingcat, April, August and December of
2022-2024) and of the older notes sets, each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, total

# --- Bodies counted: behind a hedge, in brackets after the people, or found one by one ---

@pytest.mark.parametrize(("text", "killed"), [
    # a hedge between "bodies of" and the count
    ("The bodies of what appear to be three men were recovered near Irpin.", 3),
    ("Bodies of what appear to have been a five people were found in a yard in Izium.", 5),
    # the count in brackets after the people
    ("Bodies of residents (4) lie in the street after the shelling of Kupiansk.", 4),
    # a count of bodies found, the singular too, an aside between
    ("One body was pulled from the ruins of the school in Kramatorsk.", 1),
    ("At least one body, maybe two, recovered from a basement in Bakhmut.", 1),
    ("Two bodies have been found under the rubble in Dnipro.", 2),
])
def test_bodies_counted(text: str, killed: int) -> None:
    assert total(text, "killed") == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a body seen in a picture is no count, and the toll told beside it is counted once
    ("[Graphic: one body visible] Shelling of the market in Kherson.", 0),
    ("[Graphic: one body visible] One person reported killed in the shelling of Kherson.", 1),
    ("Rescuers found a body in the ruins of the house in Sumy.", 0),
    ("Bodies of residents after the shelling of Kupiansk (4 photos).", 0),
])
def test_bodies_uncounted_stay_uncounted(text: str, killed: int) -> None:
    assert total(text, "killed") == killed


# --- One person named with an age or compound written open ("a middle aged woman") ---

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Shelling reportedly killed a middle aged man in Nikopol.", 1, 0),
    ("A 67 year old woman was wounded by a drone in Kherson.", 0, 1),
    ("The strike killed a six month old baby and injured two women in Odesa.", 1, 2),
])
def test_open_compound_before_a_person(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # said after the person, the age is no count and no person of its own
    ("The man, 70 years old, was hurt by shelling in Kherson.", 0, 0),
    # an age inside an aside stays part of the count before it
    ("Three residents were reported dead (including one year old boy), 12 reported hurt.", 3, 12),
])
def test_open_ages_elsewhere_are_unchanged(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


# --- A mine of a kind left from earlier fighting is no strike (blasts.OWN_CAUSE) ---

def _oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


@pytest.mark.parametrize("text", [
    "A couple was killed by a roadside mine near Izium.",
    "Two fishermen died when their boat hit a naval mine off Ochakiv.",
])
def test_a_mine_of_a_kind_is_no_strike(text: str) -> None:
    assert total(text, "killed") == 0
    assert _oblasts(text) <= {None}


def test_a_drone_attack_beside_a_mine_word_is_still_a_strike() -> None:
    text = "A Russian drone hit a car on the road to the salt mine near Soledar, killing two men."
    assert total(text, "killed") == 2


# --- A count of events or incidents is no count of people ---

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("In these two events, a man was killed in one of the villages near Lozova.", 1, 0),
    ("Three incidents, one resident wounded in Nikopol.", 0, 1),
    # a count of people told beside events still counts
    ("Three people were killed in two events in Kharkiv.", 3, 0),
])
def test_a_count_of_events_is_no_count_of_people(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured
