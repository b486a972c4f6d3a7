"""Short event notes (issue 12, session 23, notesk23): killed totals in ACLED-style notes and
catalogue (Bellingcat-style) descriptions, each class with sentences of our own, end to end (the
sum over a report's events and its struck oblasts, as scored)."""

from __future__ import annotations

import pytest

from tests.extract_support import figures, struck, total

DAY = "2023-05-05"


# --- a soldiers' toll of the day or the region, told after the note's own toll: not added ------

@pytest.mark.parametrize("text", [
    "On 5 May 2023, Russian forces shelled Kherson, Kherson region. 5 civilians were killed. "
    "In total, 28 Ukrainian servicemen were killed in the Kherson region that day.",
    "On 5 May 2023, Russian forces shelled Kurakhove, Donetsk. 5 civilians were killed. On "
    "that day, 28 Ukrainian soldiers were killed in Donetsk region.",
    "On 5 May 2023, Russian forces shelled Kurakhove, Donetsk, killing 5 civilians. During the "
    "day, 33 Ukrainian servicemen were killed across the front.",
])
def test_a_days_or_regions_soldiers_toll_is_not_the_notes(text: str) -> None:
    assert total(text, "killed", DAY) == 5
    assert struck(text, DAY) == {"UA-65"} if "Kherson" in text else {"UA-14"}


def test_soldiers_killed_in_the_notes_strike_still_count() -> None:
    text = ("On 5 May 2023, Russian forces shelled Ukrainian positions near Kurakhove, Donetsk. "
            "2 Ukrainian soldiers were killed.")
    assert total(text, "killed", DAY) == 2


# --- people shot dead by hand: the note's toll (GUIDE.md: the event(s) described), no strike ---

@pytest.mark.parametrize(("text", "killed"), [
    ("On 5 May 2023, Russian soldiers shot dead a civilian in Irpin, Kyiv.", 1),
    ("On 5 May 2023, a Russian soldier shot dead 2 civilians in Bucha, Kyiv. 1 civilian was "
     "injured.", 2),
    ("On 5 May 2023, Russian troops shot dead two men near Vasylivka, Zaporizhia.", 2),
])
def test_people_shot_dead_are_the_notes_dead(text: str, killed: int) -> None:
    assert total(text, "killed", DAY) == killed
    assert struck(text, DAY) == set()   # ground harm is no strike (session 20's ruling)


def test_shot_down_is_no_killing() -> None:
    text = "On 5 May 2023, Ukrainian forces shot down a drone near Irpin, Kyiv."
    assert total(text, "killed", DAY) == 0


# --- a wounded person who died: killed, no longer injured ------------------------------------

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On 5 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. 1 civilian was killed, 3 "
     "were injured (1 of them later died of wounds).", 2, 2),
    ("On 5 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. 2 civilians were wounded "
     "(one of whom died in hospital).", 1, 1),
    ("On 5 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. 4 civilians were injured "
     "(two of them children).", 0, 4),
    # the dead told with where some died: one toll, not two
    ("On 5 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. 6 civilians were killed "
     "(two of them died in hospital).", 6, 0),
    ("On 5 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. 4 civilians were killed "
     "(including 1 who died in hospital).", 4, 0),
])
def test_a_bracketed_part_that_died_is_killed(text: str, killed: int, injured: int) -> None:
    assert (total(text, "killed", DAY), total(text, "injured", DAY)) == (killed, injured)


# --- a count in words and digits both, a range: read once, its lower bound -------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Two (2) civilians killed after shelling of a residential block.", {"killed": 2}),
    ("Reports of four (4) dead and seven (7) injured after a strike on a market.",
     {"killed": 4, "injured": 7}),
    ("Civilian killed and 2 (two) wounded after a rocket strike.", {"killed": 1, "injured": 2}),
    ("At least 3 people killed, 5-7 injured in a missile strike on the station.",
     {"killed": 3, "injured": 5}),
    ("Reports of between 4 and 6 dead after a strike on the square.", {"killed": 4}),
    ("Two to three people were killed and 10–12 were hurt by the blast.",
     {"killed": 2, "injured": 10}),
])
def test_a_count_told_twice_or_as_a_range(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a toll as it changed is no range: the new toll
    ("The toll rose from 3 to 5 people.", {"killed": 5}),
    # two counts of two outcomes
    ("The strike killed 2 and injured 5 people.", {"killed": 2, "injured": 5}),
])
def test_what_is_no_range(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want


def test_a_catalogue_description_with_a_count_in_words_and_digits() -> None:
    text = "Two (2) civilians killed after shelling of a residential area in Kharkiv."
    assert total(text, "killed", DAY) == 2
    assert struck(text, DAY) == {"UA-63"}
