"""Short event notes (issue 12, session 7): the phrase classes of our development set of real
ACLED and Bellingcat notes, each in our own sentences."""
from __future__ import annotations

import pytest

from extract.places import default_matcher


def named(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso)
            for f in default_matcher().find(text)]


# --- A unit coded to the town it is named after is a mention of that town ---

@pytest.mark.parametrize(("text", "unit", "want"), [
    # an adjective that is also a village's name of its own (Lozivske, Kharkiv oblast)
    ("On 3 March 2023, artillery hit Lozivske district (coded to Lozova, Kharkiv) and "
     "set a barn alight.", "Lozivske", ("Lozova", "UA-63")),
    # a stem whose larger namesake lies in another oblast (Yurivka, Luhansk)
    ("On 9 May 2023, a missile fell on the Yurivska community (coded to Yurivka, "
     "Dnipropetrovsk oblast). No one was hurt.", "Yurivska", ("Yurivka", "UA-12")),
    ("On 2 June 2024, a drone attacked the Ternivska territorial community (coded to "
     "Ternivka, Dnipropetrovsk).", "Ternivska", ("Ternivka", "UA-12")),
])
def test_unit_coded_to_its_centre_names_that_centre(
        text: str, unit: str, want: tuple[str, str]) -> None:
    hits = {h[0]: h[1:] for h in named(text)}
    assert hits[unit] == want


def test_unit_coded_to_another_town_keeps_its_reading() -> None:
    # the coding names a town the unit is not named after: both stay places of their own
    text = "On 5 May 2023, shelling hit Lozivske district (coded to Balakliia, Kharkiv)."
    hits = {h[0]: h[1:] for h in named(text)}
    assert hits["Lozivske"][0] != "Balakliia"


# --- An aside after a count of people that says who they were is no count of its own ---

@pytest.mark.parametrize(("text", "want"), [
    ("In the village, two pensioners, a man and his wife, were killed by a drone.", 2),
    ("Three workers, one of them a welder, were killed in the shelling of a depot in "
     "Kherson.", 3),
    ("Four neighbours, an elderly couple among them, have been killed, the mayor said.", 4),
])
def test_aside_naming_the_counted_people_keeps_the_count(text: str, want: int) -> None:
    from extract.figures import sentence_figures
    killed = [f.value for f in sentence_figures(text) if f.field == "killed"]
    assert killed == [want]


# --- A building or car on fire is what a strike left: the place it is in was struck ---

@pytest.mark.parametrize(("text", "want"), [
    ("A two-storey school on fire in Kramatorsk, photos show.", "UA-14"),
    ("Several cars ablaze in a yard in Sumy after the night.", "UA-59"),
])
def test_on_fire_tells_a_strike(text: str, want: str) -> None:
    from extract.pipeline import extract_text
    assert [e.oblast_iso for e in extract_text(text).events] == [want]
