"""Where a named place is put, in short event notes (issue 12, session 15, helper notesplace15):
the classes of the retired blind notes sets rb-notes13/14, the older notes sets and a fresh set
of ACLED notes, each in our own sentences."""
from __future__ import annotations

import pytest

from extract.places import Found, default_matcher


def found(text: str) -> list[Found]:
    return default_matcher().find(text)


def named(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso) for f in found(text)]


# --- A village of the codifier that ends a note with no full stop ---

@pytest.mark.parametrize("text", [
    "Smoke over a burning fuel store near Kriachky",
    "Our team saw a crater on the road to Kriachky",
])
def test_a_village_that_ends_the_text_is_a_place(text: str) -> None:
    assert ("Kriachky", "Kriachky", "UA-32") in named(text)


def test_a_village_name_as_a_possessive_is_still_no_place() -> None:
    assert named("Kriachky's reply came late") == []


# --- The German "sch" for the letter shch ---

@pytest.mark.parametrize(("text", "word", "name", "iso"), [
    ("Artillery hit a school in Schastia on Sunday.", "Schastia", "Shchastia", "UA-09"),
    ("Shelling was reported near Klischiivka, Donetsk.", "Klischiivka", "Klishchiivka",
     "UA-14"),
    ("A drone struck a barn in Scherbaky at dawn.", "Scherbaky", "Shcherbaky", "UA-23"),
])
def test_sch_for_shch_is_the_place(text: str, word: str, name: str, iso: str) -> None:
    assert (word, name, iso) in named(text)


def test_sch_in_a_surname_opens_no_place() -> None:
    assert named("Vitali Klitschko spoke to reporters on Monday.") == []


# --- A note's bare "Kyiv" after a town of the oblast around the capital ---

@pytest.mark.parametrize("text", [
    "On 3 May 2023, unknown attackers shelled Borodianka, Kyiv. No casualties were reported.",
    "A drone hit a barn near Brovary, Kyiv, damaging two homes.",
])
def test_kyiv_after_a_town_of_its_oblast_is_the_oblast(text: str) -> None:
    kyiv = [(name, iso) for word, name, iso in named(text) if word == "Kyiv"]
    assert kyiv == [("Kyiv", "UA-32")]


@pytest.mark.parametrize("text", [
    "Explosions were heard over Bucha, Kyiv and Irpin at night.",
    "Sirens sounded in Lviv, Kyiv. Then the lights went out.",
    "Debris fell in Troieshchyna, Kyiv, a witness said.",
])
def test_kyiv_in_a_list_or_after_another_oblast_stays_the_city(text: str) -> None:
    kyiv = [(name, iso) for word, name, iso in named(text) if word == "Kyiv"]
    assert kyiv == [("Kyiv", "UA-30")]


# --- A place inside Kyiv City is Kyiv, even one GeoNames puts within another of its places ---

@pytest.mark.parametrize("text", [
    "A missile fragment landed in Bortnychi on Tuesday.",
    "Windows were blown out in Rembaza, police said.",
])
def test_a_place_within_a_kyiv_district_is_kyiv(text: str) -> None:
    assert [(name, iso) for _w, name, iso in named(text)] == [("Kyiv", "UA-30")]


# --- An event note's location written "City - District" ---

@pytest.mark.parametrize(("text", "city", "iso"), [
    ("On 2 May 2023, shells hit a school in Donetsk - Petrovskyi. No one was hurt.",
     "Donetsk", "UA-14"),
    ("Rockets struck Kharkiv - Shevchenkivskyi before dawn.", "Kharkiv", "UA-63"),
])
def test_a_district_after_its_city_and_a_dash_is_the_city(text: str, city: str,
                                                          iso: str) -> None:
    assert {(name, i) for _w, name, i in named(text)} == {(city, iso)}
