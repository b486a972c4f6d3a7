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



# --- a toll of a strike not Russia's on Ukraine, told again for no place in a quote ----------


def test_a_quote_retelling_the_toll_of_ukrainian_fire_adds_nothing() -> None:
    text = ("Moscow said on Friday that one man was killed and 17 people were injured by "
            "Ukrainian shelling of the occupied town of Horlivka. The Donetsk region has been "
            "partly held by Moscow's proxies since 2014. But the area is now also the target of "
            "a Ukrainian push. \"Seventeen residents were hurt in the shelling. One man died of "
            "his wounds,\" the Russian-installed mayor told state television.")
    assert total(text, "injured", published="2025-07-05") == 0
    assert total(text, "killed", published="2025-07-05") == 0


def test_a_governor_abroad_retelling_a_death_adds_nothing_to_a_strike_on_ukraine() -> None:
    text = ("Russia said its air defences destroyed 80 Ukrainian drones overnight. The defence "
            "ministry said 30 of the drones were downed over the Kursk region. Earlier the "
            "governor of Russia's Lipetsk region said that one man died after a drone hit a "
            "farm. \"At night a drone fell on a farm in the Dobrinsky district,\" he wrote. \"A "
            "barn caught fire and was put out,\" he said, adding that one man died and another "
            "was hurt. Separately, Russian drones hit Sumy, wounding four people, the governor "
            "said.")
    assert total(text, "killed", published="2025-07-05") == 0
    assert total(text, "injured", published="2025-07-05") == 4


def test_an_equal_toll_of_a_ukrainian_place_told_after_it_stays() -> None:
    # a Ukrainian place struck between the foreign toll and the retelling: the count is ours
    text = ("Earlier the governor of Russia's Kursk region said that two people were injured "
            "by a Ukrainian drone. Later Russian drones hit Nizhyn overnight. Two people were "
            "injured, the mayor said.")
    assert total(text, "injured", published="2025-07-05") == 2
