"""English injured and killed totals on real news of session 11 (issue 12,
/work/snap/dev11/inj11): phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

# --- one more person told beside the count before: "another", "also said", "were also hurt" ----


def test_another_person_adds_to_the_workers_told_before() -> None:
    text = ("A Russian drone hit a clinic in Kupiansk, wounding three nurses. "
            "The police said. According to the governor, another pensioner, 70, received "
            "a shrapnel wound in his leg.")
    assert total(text, "injured") == 4


def test_an_official_also_said_one_more_was_hurt() -> None:
    text = ("Russian shelling of Nikopol wounded an 81-year-old man, the governor said. "
            "In a later post, he also said a 29-year-old woman had been hurt in the attack.")
    assert total(text, "injured") == 2


def test_people_told_as_also_wounded_add() -> None:
    text = ("A guided bomb struck Kostiantynivka. A man was hurt near the market. "
            "Two pensioners had also been wounded, the city head added.")
    assert total(text, "injured") == 3


def test_a_wound_sustained_by_one_person_counts_one() -> None:
    text = "A drone struck a bus in Kherson. A 45-year-old driver sustained a shrapnel wound."
    assert total(text, "injured") == 1


# --- the same people told again stay one count ---------------------------------------------


def test_the_same_person_named_by_age_again_is_no_more() -> None:
    text = ("Russian artillery hit Beryslav. A 58-year-old woman was wounded. The governor also "
            "said a 58-year-old woman had been wounded and taken to hospital.")
    assert total(text, "injured") == 1


def test_another_count_equal_to_one_told_before_repeats_it() -> None:
    # a translated quote that opens with "another" for the count the report already gave
    text = ("A missile hit Kryvyi Rih and 9 people were injured, the governor said. Seven of "
            "them are in hospital. Another 9 people were injured, among them a boy, the city "
            "head wrote.")
    assert total(text, "injured") == 9


def test_an_oblast_figure_repeating_the_town_before_one_more_drops() -> None:
    text = ("Russians wound 3 in Kharkiv Oblast\n"
            "Three workers were wounded when a drone hit a farm in Balakliia, the governor said. "
            "Another man was hurt there as well.")
    assert total(text, "injured") == 4


def test_wound_the_verb_counts_nothing() -> None:
    text = "The road wound up the hill to Izium, where a missile killed two people."
    assert total(text, "killed") == 2
    assert total(text, "injured") == 0


# --- a wounded person who died since, told for the oblast: killed, not injured as well ---------


def test_a_wounded_man_who_died_is_no_longer_injured() -> None:
    text = ("Man hurt by Russian shelling in Zaporizhzhia Oblast dies in hospital\n"
            "Russian artillery hit Stepnohirsk in the afternoon; a farmer was wounded there "
            "and taken to hospital. Doctors could not save him.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


def test_a_death_of_wounds_the_city_toll_holds_is_not_added() -> None:
    text = ("A drone strike on Sumy killed two people and injured 11, the mayor said. "
            "Later the head of the Sumy Oblast administration said that one of the wounded "
            "had died in hospital. The city toll now stands at two killed and 11 injured.")
    assert total(text, "killed") == 2


# --- an attack of an earlier month recalled after the report's own strike -----------------------


def test_an_earlier_month_opening_a_sentence_is_a_recall() -> None:
    text = ("A guided bomb hit a school in Sloviansk on Tuesday, killing two teachers. "
            "In early March, a missile strike on the Sloviansk bus depot killed 14 people.")
    assert total(text, "killed", published="2024-09-18") == 2


def test_the_report_month_opening_a_sentence_is_no_recall() -> None:
    text = ("A guided bomb hit a school in Sloviansk, killing two teachers. "
            "In September, drones also hit Lyman, injuring three.")
    assert total(text, "injured", published="2024-09-18") == 3


def test_a_month_opening_a_report_of_its_own_is_its_strike() -> None:
    text = "In early March a missile strike on the Sloviansk bus depot killed 14 people."
    assert total(text, "killed", published="2024-09-18") == 14
