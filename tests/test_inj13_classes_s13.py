"""English injured totals on real news of session 13 (issue 12, /work/snap/dev13/inj13):
phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

# --- injured told by their being taken to hospital, by any verb of it ----------------------


def test_people_sent_to_the_hospital_are_injured() -> None:
    text = ("Russian missiles set fire to a grain terminal in Pavlohrad. The governor said four "
            "workers had been sent to the hospital.")
    assert total(text, "injured") == 4


def test_people_admitted_to_a_hospital_are_injured() -> None:
    text = ("A drone hit a tractor near Kupiansk. Two farmers, aged 44 and 61, were admitted "
            "to a hospital.")
    assert total(text, "injured") == 2


def test_one_admitted_beside_the_killed_adds_one() -> None:
    text = ("A missile struck Sloviansk. Three men were killed, one of them a driver, and one was "
            "admitted to hospital with burns.")
    assert total(text, "injured") == 1


def test_those_admitted_are_a_part_of_the_injured_told_before() -> None:
    text = "Shelling of Nikopol injured 11 residents. Seven were brought to hospital."
    assert total(text, "injured") == 11


# --- an aside that lists the people a count includes, however long ------------------------


def test_a_long_aside_of_two_people_is_within_the_count() -> None:
    text = ("A Russian drone struck a yard in Okhtyrka. Five more residents, including two "
            "15-year-old twin brothers and a 70-year-old pensioner, were wounded.")
    assert total(text, "injured") == 5


def test_an_aside_of_three_people_is_within_the_count() -> None:
    text = ("Shelling hit a market in Beryslav. Eight people, including two teenage girls, a "
            "pregnant woman and an 11-year-old boy, were injured.")
    assert total(text, "injured") == 8


def test_a_short_aside_still_holds() -> None:
    text = "A guided bomb hit Kupiansk. Four people, including a boy and his mother, were hurt."
    assert total(text, "injured") == 4
