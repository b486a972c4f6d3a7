"""Killed totals: classes seen on new real English news (issue 12, session 10,
/work/snap/dev10/news_killed10), each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, figures, total

# --- deaths abroad: a toll in Russia's border regions is no toll of a strike on Ukraine -------


def test_a_toll_told_by_the_governor_of_a_region_abroad_is_not_carried_to_ukraine() -> None:
    # the toll's sentence names the foreign region only through its governor's title
    text = ("Missiles struck the city of Sumy overnight, wounding 12 people, officials said. "
            "Moscow blamed the strike on drones launched by Kyiv. "
            "The governor of the Kursk region said on Sunday that the toll from the Ukrainian "
            "shelling of a village there had risen to five. He said 30 more were hurt.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 12


def test_a_toll_of_an_attack_abroad_before_a_ukrainian_city_named_after_it() -> None:
    text = ("The number of dead in the strike on Bryansk rose to nine, Russian officials said, "
            "as Moscow fired missiles at Chernihiv in reply.")
    assert total(text, "killed") == 0
    assert any(e.oblast_iso == "UA-74" for e in events(text))


def test_a_ukrainian_city_named_right_after_the_toll_keeps_it() -> None:
    text = ("After the drone raid on Bryansk, Russian missiles killed four people in Chernihiv, "
            "the regional head said.")
    assert total(text, "killed") == 4


def test_a_toll_quoted_several_sentences_after_the_strike_abroad() -> None:
    # the strike abroad is told first; the toll comes in a quote three sentences on
    text = ("A drone launched by Ukraine hit a farm in Russia's Kursk region overnight, its "
            "governor said on Friday. A barn and two cars burned. The fire spread to a house. "
            "\"Sadly, an elderly couple died in the blaze,\" he wrote. Three more were hurt.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0


def test_a_toll_after_a_strike_in_ukraine_told_in_between_still_counts() -> None:
    # a Ukrainian place named after the strike abroad: the toll is of that strike
    text = ("Drones hit an oil depot in Russia's Bryansk region overnight, its governor said. "
            "Russia in turn shelled the town of Nikopol in the morning. The fire took hours to "
            "put out. \"A man and his son were killed,\" the regional head said.")
    assert total(text, "killed") == 2


# --- a risen toll whose cause runs long before "has increased to N" ---------------------------


def test_a_risen_death_toll_after_a_long_cause_is_read() -> None:
    sentence = ("The number of people killed in last night's drone raid by Russia on the grain "
                "terminal of the Mykolaiv region near the river has increased to 4 people.")
    assert figures(sentence) == {"killed": 4}


def test_a_risen_victims_toll_after_a_long_cause_is_read() -> None:
    sentence = ("The number of victims of Tuesday's missile raid by Russia on the energy "
                "facilities of Kherson region on the night of 3 May increased to 6 people.")
    assert figures(sentence) == {"victims": 6}


def test_a_risen_toll_with_a_long_cause_replaces_the_first_count() -> None:
    text = ("Russian missiles hit the port of Izmail on Monday evening. At first, four dead and "
            "nine injured were reported. The number of people killed in that missile raid by "
            "Russia on the port facilities of Izmail in the south on Monday evening has increased "
            "to 5, the regional head said on Tuesday.")
    assert total(text, "killed", "2025-06-10") == 5
