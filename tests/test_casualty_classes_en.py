"""English casualty classes seen on real news the rules had not been written for (issue 12,
collected as /work/snap/extra5/en_casualties): each with sentences of our own, end to end."""

from __future__ import annotations

from extract.figures import sentence_figures
from extract.pipeline import extract_text


def total(text: str, figure: str, published: str = "2025-03-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


def figures(sentence: str) -> dict[str, int]:
    return {f.field: f.value for f in sentence_figures(sentence)}


# --- Ukrainian strikes on Russia --------------------------------------------------------------

def test_tolls_after_a_ukrainian_attack_abroad_are_not_ours() -> None:
    text = ("Four people were killed on Monday by a Ukrainian drone attack on the town of Sudzha "
            "in Russia's Kursk region, the governor said. Nine wounded people were taken to "
            "hospital, he wrote.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0


def test_a_russian_strike_after_a_ukrainian_one_keeps_its_toll() -> None:
    text = ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight. In Sumy, "
            "Russian shelling killed two people and wounded five.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 5


def test_a_foreign_region_after_an_adjective_is_the_target() -> None:
    text = ("A man was killed and two others were hurt in a drone strike on southern Russia's "
            "Rostov region, local officials said on Sunday.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0


# --- one more person, told without a noun ---------------------------------------------------

def test_another_alone_is_one_more_person() -> None:
    assert figures("In Uman, a drone killed a 52-year-old man and wounded another, the mayor "
                   "said.") == {"killed": 1, "injured": 1}
    assert figures("Artillery fire wounded a farmer and killed another.") == {
        "killed": 1, "injured": 1}
    assert figures("One woman died and another was badly hurt.") == {"killed": 1, "injured": 1}


def test_another_before_a_count_is_no_person() -> None:
    assert figures("The strike injured another 14 people in Smila.") == {"injured": 14}


def test_both_counts_two() -> None:
    text = "A Russian drone struck a bus near Kupiansk. Both passengers were wounded."
    assert total(text, "injured") == 2


# --- wounded people who later died ----------------------------------------------------------

def test_wounded_person_told_by_a_clause_who_died_is_killed() -> None:
    text = "A woman who was wounded in the shelling of Nikopol on Monday died in hospital."
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0
    text = ("The 70-year-old man injured by a Russian glide bomb in Kupiansk earlier in the day "
            "has died in hospital, the governor said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


def test_a_wounded_person_and_another_who_died_stay_apart() -> None:
    text = ("In Kherson, a man injured in the shelling is in hospital, and his neighbour died "
            "at the scene.")
    assert total(text, "injured") == 1
    assert total(text, "killed") == 1


# --- killed and injured together -------------------------------------------------------------

def test_killed_or_injured_together_is_no_death_toll() -> None:
    text = ("Russian missiles struck Chernihiv, killing three people and wounding 11, the "
            "governor said. With 14 people reported killed or injured, it was the worst "
            "attack on the city this spring.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 11


# --- deaths of accidents told beside strikes --------------------------------------------------

def test_a_crash_toll_is_no_strike_toll() -> None:
    text = ("Russian drones struck Odesa overnight, killing one man, the governor said. "
            "Live updates: strikes on several cities; the death toll from the helicopter crash "
            "near Moscow rises to 11.")
    assert total(text, "killed") == 1
    assert figures("Six people were killed in a road accident near Poltava.") == {}
    assert figures("Air crash death toll rises to seven.") == {}


# --- others beside those just counted ---------------------------------------------------------

def test_others_in_the_same_sentence_add_to_the_place() -> None:
    text = ("Officials in the region said four people were hurt when drones hit houses in "
            "Chuhuiv, while three others were injured by a glide bomb on a market in Chuhuiv.")
    assert total(text, "injured") == 7


def test_a_count_told_again_is_not_added() -> None:
    text = ("Four people were hurt when drones hit houses in Chuhuiv, and the four were taken "
            "to hospital in Chuhuiv.")
    assert total(text, "injured") == 4


# --- people named by their ages or as adults -----------------------------------------------

def test_people_named_by_their_ages_are_as_many_as_the_ages() -> None:
    assert figures("In Huliaipole, men aged 45 and 62 were wounded by a drone.") == {"injured": 2}
    assert figures("Pensioners aged 70, 74 and 81 were killed when a bomb hit the house.") == {
        "killed": 3}


def test_ages_after_a_count_add_nothing() -> None:
    assert figures("Three women aged 30, 41 and 77 were injured.") == {"injured": 3}
    assert figures("A man and a woman aged 50 and 48 were hurt.") == {"injured": 2}


def test_an_adult_is_one_person() -> None:
    assert figures("Three children and an adult were injured in Kramatorsk.") == {"injured": 4}


def test_one_of_the_children_killed_is_a_part() -> None:
    text = ("A girl and two adults were killed in a strike on Kharkiv. One of the children "
            "killed was nine years old, the city administration said.")
    assert total(text, "killed") == 3


def test_a_part_told_by_of_whom_is_the_count() -> None:
    text = ("A missile hit a cafe in Kharkiv. There were 25 guests inside, seven of whom were "
            "wounded, the mayor said.")
    assert total(text, "injured") == 7


def test_a_wire_storys_dash_opens_its_text() -> None:
    assert figures("(Reuters) -A 7-year-old girl was killed when a missile hit Chernihiv.") == {
        "killed": 1}
    assert figures("Russia fired Kh-101 missiles, killing two people.") == {"killed": 2}
