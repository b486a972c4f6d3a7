"""English killed and injured totals in shapes the retired blind news sets of sessions 19 to 21
showed (issue 12, session 22, tolls22): each class with sentences of our own, end to end. The
scorer adds up a report's killed and injured over its events."""

from __future__ import annotations

from extract_support import events


def toll(text: str, published: str = "2025-05-08") -> tuple[int, int]:
    """The report's (killed, injured) as scored: summed over its events."""
    evs = events(text, published)
    return (sum(e.killed or 0 for e in evs), sum(e.injured or 0 for e in evs))


# --- a death told as a verb phrase: "lost his life" ----------------------------------------------


def test_one_person_who_lost_their_life_is_one_dead() -> None:
    assert toll("Russian drones struck Bucha overnight. A woman lost her life.") == (1, 0)
    assert toll("A missile hit a shop in Sumy. A man lost his life and two women were injured."
                ) == (1, 2)
    assert toll("Drones hit two villages near Chernihiv. A man was hurt by glass. Another "
                "resident lost their life when the fire spread.") == (1, 1)


# --- a toll of both sides at once is no toll of a strike on Ukraine -----------------------------


def test_a_toll_told_for_russia_and_ukraine_together_is_not_ukraines() -> None:
    assert toll("Russian drones hit Kharkiv overnight, damaging a warehouse. Cross-border "
                "attacks killed three in Ukraine and Russia on Friday.") == (0, 0)
    assert toll("Russia and Ukraine traded drone strikes overnight, leaving four dead and a "
                "dozen hurt on both sides.") == (0, 0)
    assert toll("Five killed in Russia and Ukraine as the two sides trade strikes. In Ukraine, a "
                "Russian drone killed two people in Sumy.") == (2, 0)


def test_drones_told_for_the_country_leave_a_toll_told_for_no_place_as_it_was() -> None:
    # the air force's count for the whole country does not make the governor's toll, told for
    # no place after two regions were named, a headline that the cities' tolls count again
    text = ("Russian rockets and drones struck the Poltava and Chernihiv regions overnight, "
            "local officials said. A regional governor said at least two people had died and "
            "five were hurt in the barrage. In Chernihiv, three people were injured. Six people "
            "were hurt in Kharkiv. According to the air force, in total Russia targeted Ukraine "
            "with 140 drones overnight.")
    assert toll(text) == (2, 14)


# --- a toll told again for no place, paragraphs on: the last toll's, not one more ---------------


def test_a_quote_retelling_the_dead_is_the_toll_told_before() -> None:
    text = ("A Russian missile struck Poltava on Monday, killing three people and injuring 12. "
            "The strike destroyed a school gym and damaged a dormitory. Rescuers worked through "
            "the night, the emergency service said. Heavy machinery was brought in. \"A woman "
            "and her son died under the rubble,\" the mayor said. In Kharkiv, a drone injured "
            "two people.")
    assert toll(text) == (3, 14)
    text = ("Drones hit a farm in Sumy Oblast on Sunday, killing two. The barn and a tractor "
            "burned down. Russia launched 80 drones at Ukraine overnight, the air force said. "
            "Police opened an inquiry. \"In the yard a man died, aged 70,\" the governor said.")
    assert toll(text) == (2, 0)


# --- one person named by an age with no article ---------------------------------------------


def test_an_age_without_an_article_after_the_verb_is_one_person() -> None:
    assert toll("In Kherson Oblast, Russian troops shelled villages 40 times, injured four "
                "civilians, and killed 52-year-old man.") == (1, 4)
    assert toll("A Russian drone attack on Nikopol wounded 67-year-old woman.") == (0, 1)


# --- a headline's death told again by the lede as a death of wounds -----------------------------


def test_a_headline_death_told_again_as_a_death_of_wounds_is_one() -> None:
    text = ("Mykolaiv Pensioner Killed By Russian Drone\n"
            "A 71-year-old man died in hospital of his wounds after a Russian drone attack on "
            "Mykolaiv, the regional governor said.")
    assert toll(text) == (1, 0)
    text = ("Woman killed in shelling of Nikopol\n"
            "A woman who was wounded in the morning shelling of Nikopol died in hospital, local "
            "officials said. Two men were injured.")
    assert toll(text) == (1, 2)
