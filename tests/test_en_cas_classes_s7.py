"""English casualty classes seen on new real news (issue 12, session 7, /work/snap/dev7/en_cas):
each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import figures, total

# --- asides inside a count of people: an age range, a part named in a relative clause -------

def test_an_age_range_inside_a_list_of_people_is_no_count() -> None:
    assert figures("Three men aged between 30 and 65 and a woman were hurt in the strike.") == {
        "injured": 4}
    assert figures("Two women aged from 40 to 70 and an elderly man were wounded.") == {
        "injured": 3}


def test_a_part_named_in_a_relative_clause_is_no_count_of_its_own() -> None:
    assert figures("The wounded, who include two toddlers, were taken to hospital.") == {}
    text = ("A drone attack on Mykolaiv injured seven people on Monday. The wounded, who include "
            "two toddlers, were taken to a city hospital, the governor said.")
    assert total(text, "injured") == 7


def test_a_relative_clause_of_drones_keeps_its_count() -> None:
    # the aside is of people only: a weapon count in such a clause is read as before
    assert "drones" in figures("Russia launched 40 attack drones, which included 12 decoys, "
                               "overnight.")


# --- a wounded person who later died: killed, and no longer injured --------------------------

def test_a_person_told_where_they_live_then_dead_of_wounds() -> None:
    assert figures("A pensioner from the village of Bilozerka badly wounded by a drone on "
                   "Friday has died in hospital.") == {"killed_after_wounds": 1}


def test_a_headline_bare_noun_wounded_then_dies() -> None:
    # (a headline's date gives the sentence a count to read, as real headlines do)
    assert figures("Woman critically hurt in 3 August drone raid on Nikopol dies in "
                   "hospital") == {"killed_after_wounds": 1}


def test_a_quote_trailing_off_before_the_death() -> None:
    assert figures('"We learnt that a man who was wounded on Monday... died this morning," the '
                   "mayor said.") == {"killed_after_wounds": 1}


def test_a_death_of_wounds_told_in_the_headline_and_the_body_counts_once() -> None:
    text = ("Man hurt in Kherson shelling on 3 June dies in hospital\n\nA pensioner from the town "
            "of Kherson badly wounded by Russian shells on Monday has died in hospital, the "
            "regional governor said.")
    assert total(text, "killed", "2025-06-04") == 1


def test_a_death_told_then_told_again_as_one_of_the_wounded() -> None:
    text = ("Russian artillery hit Nikopol on Tuesday. Unfortunately, a person died due to the "
            "shelling. A 52-year-old man who was injured in the morning died in hospital, the "
            "governor said.")
    assert total(text, "killed") == 1


def test_a_wounded_person_who_died_beside_others_killed_adds() -> None:
    text = ("Two people were killed in the shelling of Nikopol on Tuesday. A woman who was "
            "injured there later died in hospital, the governor said.")
    assert total(text, "killed") == 3



def test_a_person_who_died_in_hospital_is_no_longer_injured() -> None:
    text = ("A drone hit a shop in Bilopillia on Sunday morning. Six people were wounded, and "
            "hours later a 70-year-old woman died in intensive care, the regional prosecutors "
            "said.")
    assert (total(text, "killed"), total(text, "injured")) == (1, 5)


def test_a_death_in_hospital_of_a_person_told_dead_before_counts_once() -> None:
    text = ("A missile hit a market in Kramatorsk, killing a 45-year-old man and wounding seven. "
            "Surgeons fought for him, but the 45-year-old man has since died in hospital, the "
            "mayor said.")
    assert total(text, "killed") == 1

# --- a toll told as it stands and the bodies found since: within it, not more ------------------

def test_bodies_found_since_are_within_the_risen_toll() -> None:
    text = ("The Dnipro missile strike's death toll has risen to nine: rescuers pulled "
            "the bodies of two more from the rubble on Thursday, officials said.")
    assert total(text, "killed") == 9


def test_others_beside_a_count_of_the_same_sentence_still_add() -> None:
    text = ("Five people were injured in attacks on homes in Kherson, while two others were hurt "
            "in a strike on a depot in the city.")
    assert total(text, "injured") == 7
