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
