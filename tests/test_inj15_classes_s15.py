"""English injured totals on real news of session 15 (issue 12, /work/snap/dev15/inj15 and the
retired blind news sets rb-news13/14): phrase classes with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import figures, total

from extract.places import default_matcher


@pytest.fixture(autouse=True, scope="module")
def _matcher_loaded() -> None:
    """The place matcher loaded once, before the first extraction's time budget starts."""
    default_matcher()


# --- a count of things, then a clause of its own or a denial: no count of people -----------


def test_a_count_of_villages_before_where_someone_was_hurt_is_no_injured_count() -> None:
    text = ("Shelling reached 11 villages of the Kherson region, including Sadove, where a "
            "63-year-old was wounded.")
    assert figures(text).get("injured") == 1
    assert total(text, "injured") == 1


def test_a_count_of_impacts_without_casualties_is_no_injured_count() -> None:
    assert "injured" not in figures("Near Hlukhiv there were 12 impacts - without casualties.")
    assert "injured" not in figures("The enemy fired 7 shells without victims.")


def test_people_counted_with_words_between_are_still_injured() -> None:
    assert figures("Four local residents were injured in the strike.") == {"injured": 4}


# --- victims told as known or present: the toll as it stands, the injured ------------------


def test_victims_told_as_known_are_the_injured() -> None:
    text = ("A missile hit a warehouse in Izmail this morning. As of 11:20, four victims are "
            "known, the regional governor said.")
    assert total(text, "injured") == 4
    assert total(text, "killed") == 0


def test_victims_known_about_update_the_injured_told_before() -> None:
    text = ("Russian bombs hit Kupiansk overnight. Eleven people were injured, the police said. "
            "By the evening, officials said they knew about 15 victims in Kupiansk.")
    assert total(text, "injured") == 15


def test_a_bare_count_of_victims_is_no_toll() -> None:
    assert figures("The bodies of three victims were recovered in Sumy.").get("victims") is None
    assert figures("Nine victims were taken to a hospital in Sumy.").get("victims") is None


def test_victims_beside_fewer_dead_in_one_sentence_are_the_injured() -> None:
    text = "Drone strike on Chernihiv: two dead, number of victims rises to 19"
    assert total(text, "killed") == 2
    assert total(text, "injured") == 19

