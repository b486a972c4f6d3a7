"""English injured and killed totals: phrase classes seen on new real news (issue 12, session 7,
the dev7 sets), each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

# --- "N other people were injured" a sentence or two after a count of the same event ---------

def test_others_told_in_a_later_sentence_add_to_the_count_before() -> None:
    text = ("A shell hit a farmhouse in Zolochiv on Tuesday, killing a teenage girl; her "
            "grandfather was injured. The farm lies a few kilometres from the border. Two other "
            "people were hurt by the same shell, the governor said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 3


def test_more_told_in_the_next_sentence_add_to_the_count_before() -> None:
    text = ("In Nikopol, a drone hit a minibus and a driver was seriously wounded. Three more "
            "passengers were lightly wounded, the regional head wrote.")
    assert total(text, "injured") == 4


def test_others_beside_a_death_are_no_more_injured() -> None:
    # "others" are beside the count told last: here the dead, so no sum of the injured
    text = ("A glide bomb struck Kupiansk, killing one man and injuring three others. "
            "One man was killed and three others were wounded, the prosecutors said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 3


def test_more_bodies_after_a_toll_as_it_stands_are_within_it() -> None:
    text = ("The number of injured in Sumy has risen to nine, the mayor said. "
            "Two more were pulled from the rubble with injuries.")
    assert total(text, "injured") == 9


# --- the body of one person found: one dead ---------------------------------------------------

def test_the_body_of_one_person_found_is_one_dead() -> None:
    text = ("Rescuers in Sumy recovered the body of an elderly man from a collapsed garage on "
            "Friday morning, the regional head said.")
    assert total(text, "killed") == 1


def test_a_body_found_beside_a_wounded_person_who_died() -> None:
    text = ("A drone struck a shop in Okhtyrka overnight. Searchers later found the body of a "
            "62-year-old woman in the ruins. Seven people were wounded; a 40-year-old man has "
            "since died in hospital.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 6


def test_a_body_found_within_a_toll_as_it_stands_is_no_more() -> None:
    text = ("The death toll in Odesa has risen to five, the mayor said. Rescuers had pulled the "
            "body of a young woman from the rubble of the block an hour earlier.")
    assert total(text, "killed") == 5


def test_the_body_of_a_thing_is_no_death() -> None:
    text = "Fragments of a drone hit the body of a truck in Izium; nobody was hurt."
    assert total(text, "killed") == 0
