"""Whose toll is it (session 16, issue 12): a count of another strike than the report's own is
not added to the report's toll, and the report's own toll is not dropped because something
else in its sentence looks back. Every sentence here is written for the test."""

from __future__ import annotations

from extract.pipeline import extract_text

THURSDAY = "2025-06-12"


def totals(text: str, published: str = THURSDAY) -> tuple[int, int]:
    events = extract_text(text, published=published).events
    return (sum(e.killed or 0 for e in events), sum(e.injured or 0 for e in events))


def test_bodies_exhumed_are_no_strike_toll() -> None:
    """Exhumed bodies and a mass grave's dead are an occupation's victims, found later: the
    guide's toll is of the strike events the report tells."""
    own = "Shelling killed two people in Bakhmut overnight. "
    for found in ("Police exhumed the bodies of 120 people from a mass grave in Lyman.",
                  "Investigators have exhumed 45 bodies in the liberated town of Lyman.",
                  "The bodies of 30 civilians were retrieved from a mass burial near Izium."):
        assert totals(own + found) == (2, 0), found
    assert totals("The bodies of five children were exhumed in Lyman; they died of shrapnel "
                  "wounds during shelling.") == (0, 0)
    # bodies pulled from the rubble of the strike reported are its dead
    assert totals("A missile hit a block of flats in Dnipro overnight. Rescuers pulled the "
                  "bodies of six people from the rubble.") == (6, 0)
