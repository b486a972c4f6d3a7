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


def test_a_sentence_going_on_about_a_recalled_attack_tells_its_toll() -> None:
    """After a sentence that tells an attack of another time, one that points back at it ("In
    that attack", "Then") or tells a toll naming no place and no day of its own is that
    attack's, not the report's."""
    own = "A missile hit Kharkiv overnight, injuring five people. "
    assert totals(own + "Last month Russia struck a school in the city. In that attack, 12 "
                  "people died.") == (0, 5)
    assert totals(own + "On this day in 2023, Russian missiles hit a hotel in the city. Then, "
                  "the strike killed 12 people and injured 30 others.") == (0, 5)
    assert totals("Drones struck Odesa overnight, killing two. Last week, a barrage of missiles "
                  "hit Kyiv and Dnipro. At least 19 people were killed and over 100 others "
                  "wounded.") == (2, 0)
    # a toll of the report's own night after the recall is the report's
    assert totals("Drones struck Odesa overnight. Last week, a barrage of missiles hit Kyiv. "
                  "Two people were killed overnight in the port of Odesa.") == (2, 0)


def test_the_day_recalled_named_again_goes_on_about_it() -> None:
    """"The district was hit on June 2. At least 19 were killed in the strikes that Monday":
    the recalled day's weekday is that day, not the report's."""
    assert totals("Drones struck Kyiv early on Thursday, officials said. The same district was "
                  "hit by missiles on June 2, ten days ago. At least 19 people were killed in "
                  "the strikes that Monday, and 40 were wounded.") == (0, 0)


def test_a_clause_of_another_time_keeps_the_rest_of_its_sentence() -> None:
    """A clause after the first that tells an earlier attack ("as the city mourned an attack
    the previous day that killed three") is that attack's; the first clause's strike and toll
    stay the report's."""
    assert totals("A missile struck Sumy on Thursday, wounding four people, as the city "
                  "mourned an attack the previous day that killed three residents.") == (0, 4)
    assert totals("Drones hit Poltava on Thursday, injuring two, as residents buried the "
                  "victims of a strike last week that killed 11.") == (0, 2)


def test_an_aside_about_a_places_past_is_no_recall() -> None:
    """"a city previously spared such attacks": an aside about the place's past between commas
    does not make its sentence a recall."""
    assert totals("A missile strike on Uzhhorod, a city previously spared such attacks, killed "
                  "seven people and injured 64.") == (7, 64)
    assert totals("A drone strike on Rivne, a city that had previously seen few attacks, "
                  "killed two people and wounded nine.") == (2, 9)
    assert totals("Russian missiles hit Chop, previously untouched by the war, injuring nine "
                  "people.") == (0, 9)


def test_one_of_a_ranking_is_no_count() -> None:
    """"one of the biggest death tolls": a rank of the strike among others, no one person."""
    assert totals("A missile killed four people in Odesa overnight. It was one of the highest "
                  "death tolls in the city this year.") == (4, 0)
    assert totals("Drones injured six people in Kharkiv overnight, in what officials called one "
                  "of the worst death tolls of the month.") == (0, 6)
    # a part of the people counted is still one of them
    assert totals("Drones hit Kharkiv overnight. One of the residents was killed.") == (1, 0)
