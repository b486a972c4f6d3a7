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
