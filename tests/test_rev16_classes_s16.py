"""Session 16 review: rules of this session that took away right answers, each narrowed to its
class and tested on sentences written for the test."""
from __future__ import annotations

from extract.pipeline import extract_text

THURSDAY = "2025-06-12"


def totals(text: str, published: str = THURSDAY) -> tuple[int, int]:
    events = extract_text(text, published=published).events
    return (sum(e.killed or 0 for e in events), sum(e.injured or 0 for e in events))


# --- A mass grave or an exhumation is context only where the bodies are its own (review of
# 4133842: any such word dropped every toll of its sentence) ---


def test_a_grave_named_beside_todays_toll_keeps_it() -> None:
    assert totals("A Russian missile struck Izium on Thursday, killing two people near the "
                  "site of a mass grave.") == (2, 0)
    assert totals("Shelling hit a cemetery in Kherson during an exhumation on Thursday, "
                  "killing two workers and wounding three.") == (2, 3)


def test_bodies_of_a_grave_are_still_no_toll() -> None:
    assert totals("Drones hit Sumy overnight, injuring one. A mass grave holding the bodies of "
                  "30 people was found near Lyman.") == (0, 1)


# --- A toll after a sentence of background is the recalled attack's only where that sentence
# named a day or a place of its own (review of 04344b6) ---


def test_a_toll_after_a_stretch_of_background_is_the_nights() -> None:
    assert totals("A missile hit Dnipro on Thursday morning. Russia has stepped up attacks on "
                  "the city in recent months. Two people were killed, the mayor said.") == (2, 0)
    assert totals("Russian drones struck Kharkiv overnight. The city was last hit a week ago. "
                  "Three people were injured, the governor said.") == (0, 3)


def test_a_toll_after_a_recalled_attack_on_named_places_is_still_its() -> None:
    assert totals("Drones struck Odesa overnight, killing two. Last month, missiles hit Lviv "
                  "and Rivne. At least 11 people were killed.") == (2, 0)


# --- A record told "to date" ranks the night's attack: its counts are the night's (review of
# d3dc4ed: "to date" read every count beside it as a running total) ---


def test_a_record_to_date_keeps_the_nights_count() -> None:
    def drones(text: str) -> tuple[int, int]:
        events = extract_text(text, published=THURSDAY).events
        return (sum(e.drones or 0 for e in events), sum(e.drones_downed or 0 for e in events))
    assert drones("Russia launched 640 drones overnight, its largest aerial attack to date, "
                  "the air force said.") == (640, 0)
    assert drones("Air defence shot down 590 drones overnight, the highest number to date.") == (
        0, 590)
    assert drones("Air defence has shot down 7,000 drones over the region to date.") == (0, 0)
