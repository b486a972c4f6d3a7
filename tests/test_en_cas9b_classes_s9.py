"""English killed and injured totals, a follow-up on real English news of session 9 (issue 12,
/work/snap/dev9/en_cas9 and the dev7 set): phrase classes with sentences of our own, end to
end."""

from __future__ import annotations

from extract_support import total

# --- a wounded person who died, then named again among the injured ---------------------------


def test_the_dead_named_among_the_injured_told_after_is_no_longer_injured() -> None:
    # the death told first (a headline, then the official), the strike's injured after it
    text = ("Mykolaiv man, 47, dies of his wounds\n"
            "The 47-year-old man from Mykolaiv, who was wounded by a drone in the morning, has "
            "died in hospital, the governor wrote.\n"
            "Earlier in the day a Russian drone struck a bus stop in Mykolaiv, wounding a "
            "47-year-old man and a 30-year-old woman.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 1


def test_an_injured_count_naming_only_the_dead_adds_nobody() -> None:
    text = ("A 61-year-old woman who was injured in the shelling of Nikopol died in hospital. "
            "The shelling of Nikopol on Friday injured a 61-year-old woman, officials said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


def test_injured_of_other_ages_stay_injured() -> None:
    text = ("A 52-year-old man who was wounded in the attack on Kherson died in hospital. "
            "The attack on Kherson also wounded a 34-year-old woman and a 70-year-old man.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 2


def test_injured_told_before_the_death_lose_the_dead_once() -> None:
    text = ("Artillery hit a market in Kherson on Sunday, wounding a 58-year-old woman and a "
            "40-year-old man. Later the 58-year-old woman died in hospital, the governor said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 1


# --- an earlier count of the same toll, told for the oblast or the country --------------------


def test_a_toll_as_of_the_evening_before_is_not_added_to_the_city() -> None:
    text = ("The number of people killed by the missile strike on Odesa has risen to 16, the "
            "governor said. As of the evening of 4 June, 14 people were confirmed dead, the head "
            "of the Odesa regional administration said then.")
    assert total(text, "killed", published="2025-06-05") == 16


def test_a_toll_initially_reported_is_superseded() -> None:
    text = ("The number of people killed by the glide bomb in Zaporizhzhia rose to 11. It was "
            "initially reported that nine people had died, officials said.")
    assert total(text, "killed") == 11


def test_an_earlier_count_above_the_places_told_is_kept() -> None:
    # more than the place holds: not that place's earlier count
    text = ("Two people were killed in Sumy on Thursday. Earlier, the regional governor "
            "reported that five people had been killed across the region.")
    assert total(text, "killed") == 5
