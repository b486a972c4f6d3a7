"""The lead's fixes of session 17 (issue 12): phrase classes with sentences of our own."""

from __future__ import annotations

import pytest
from extract_support import total

from extract.places import default_matcher


@pytest.fixture(autouse=True, scope="module")
def _matcher_loaded() -> None:
    """The place matcher loaded before the first extraction's time budget starts."""
    default_matcher()


# --- a day of telling bounds the strike's day: before the day told already, it recalls -------


def test_news_told_before_the_strike_day_already_named_is_of_an_earlier_strike() -> None:
    text = ("A missile struck Kremenchuk on 9 October, wounding four people, the mayor said. "
            "The governor said on 8 October that drones had injured six in Horishni Plavni.")
    assert total(text, "injured", published="2025-10-09") == 4


def test_news_told_on_a_day_with_no_strike_day_before_it_is_the_reports() -> None:
    # a page of 11 October on the night's attack, whose tally the air force gave on the 10th
    text = ("Drones attacked Poltava region overnight, the air force said. In a statement on "
            "October 10, it said air defences had shot down 41 of the 50 drones.")
    assert total(text, "drones_downed", published="2025-10-11") == 41
