"""English roundups of session 16 (issue 12, /work/snap/dev16/roundup16): a night's attack
told oblast by oblast, a total against its parts, shot-down counts told apart from their verb.
Phrase classes with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import events, figures, total

from extract.figures import sentence_figures
from extract.places import default_matcher


@pytest.fixture(autouse=True, scope="module")
def _matcher_loaded() -> None:
    """The place matcher loaded once, before the first extraction's time budget starts."""
    default_matcher()


def _oblasts(text: str) -> set[str]:
    return {e.oblast_iso for e in events(text) if e.oblast_iso}


# --- a roundup's lead toll told for no place: a total over the places told after it --------


def test_a_lead_toll_for_no_place_holds_the_oblasts_told_after_it() -> None:
    text = ("Russian drone and missile strikes overnight killed four people and injured 12, "
            "officials said.\n\n"
            "In Odesa, a drone hit a residential building, killing two people and injuring "
            "five, Governor Oleh Kiper said.\n\n"
            "In Kharkiv, a strike on an industrial facility injured three workers, Mayor Ihor "
            "Terekhov said.")
    assert total(text, "killed") == 4
    assert total(text, "injured") == 12


def test_a_lead_toll_for_no_place_keeps_what_its_parts_leave_over() -> None:
    text = ("Two people were killed and nine injured in Russian strikes overnight, officials "
            "said.\n\n"
            "In Sumy, a man was killed and four people were wounded, the regional "
            "administration said.\n\n"
            "One person was killed in Kherson, Governor Oleksandr Prokudin said.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 9


# --- a toll told for a list of places after it: over them all -------------------------------


def test_a_toll_told_for_a_list_of_places_is_over_them_all() -> None:
    text = ("Overnight attacks killed three people and wounded 11 in Odesa, Kharkiv and Dnipro, "
            "officials said. In Odesa, one man was killed and four were injured. Two people "
            "died and seven were wounded in Kharkiv.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 11


def test_a_toll_told_for_two_places_joined_by_and_is_over_both() -> None:
    text = ("Russian missiles killed five people in Kherson and Mykolaiv overnight. Three were "
            "killed in Kherson and two in Mykolaiv.")
    assert total(text, "killed") == 5
    # a village and its oblast are no list: the village's own toll
    one = "A man was killed in Bilozerka, Kherson Oblast, the governor said."
    assert [(e.place, e.killed) for e in events(one) if e.killed] == [("Bilozerka", 1)]


# --- victims told by a word of their own: a strike on their place ---------------------------


def test_people_hurt_in_a_place_are_that_places_toll() -> None:
    text = ("A Russian drone attack on Sumy killed two people and injured nine. In Kharkiv, "
            "three people were hurt.")
    assert total(text, "injured") == 12
    assert "UA-63" in _oblasts(text)
    text = ("Drones struck Odesa overnight, injuring four. Two residents of Nikopol were "
            "hospitalised after the night.")
    assert total(text, "injured") == 6
    assert "UA-12" in _oblasts(text)


# --- a toll then its places one by one: every place's count, the sum once ------------------


def test_every_place_of_a_list_after_a_toll_keeps_its_count() -> None:
    sentence = ("Shelling wounded nine: four in Kupiansk, two in Izium, two in Balakliia and one "
                "in Borova.")
    assert [f.value for f in sentence_figures(sentence) if f.field == "injured"] == [
        9, 4, 2, 2, 1]
    text = ("Russian shelling killed four people in the Kherson region on Monday: two in "
            "Kherson city, one in Bilozerka and one in Stanislav.")
    assert total(text, "killed") == 4


def test_an_oblasts_sum_over_its_places_is_no_part_beside_them() -> None:
    text = ("Russian attacks across Ukraine killed seven people and wounded 25 over the past "
            "day.\n\n"
            "In the Donetsk region, five civilians were killed: three in Pokrovsk and two in "
            "Myrnohrad, the regional governor said. Eleven more were wounded.\n\n"
            "In Kherson, an elderly man died after Russian shelling and nine were wounded "
            "across the region.\n\n"
            "A woman was killed in the Sumy region and five people were wounded, officials "
            "said.")
    assert total(text, "killed") == 7
    assert total(text, "injured") == 25


# --- shot down told apart from the launch count: its verb in any form, its agent Ukraine ----


def test_a_shooting_down_verb_in_any_form_reads_a_count_shot_down() -> None:
    assert figures("Air defence managed to neutralise 98 drones over the south.") == {
        "drones_downed": 98}
    assert figures("Mobile fire groups were able to eliminate 40 attack drones.") == {
        "drones_downed": 40}


def test_ukraines_forces_shooting_down_are_no_attacker() -> None:
    text = ("Overnight Russia sent 120 Shahed drones against Ukraine. Ukrainian forces "
            "neutralised 98 of them.")
    assert max(e.drones_downed or 0 for e in events(text)) == 98
    text = ("Russia attacked with 75 drones overnight. Ukrainian forces managed to shoot down "
            "61 of them, the Air Force said.")
    assert max(e.drones_downed or 0 for e in events(text)) == 61


def test_a_count_shot_down_paragraphs_after_the_launch_counts_those_drones() -> None:
    text = ("Russia launched 150 Shahed-type drones and decoys at Ukraine overnight, the Air "
            "Force said.\n\n"
            "In Kharkiv, two people were hurt when debris fell on a house, Mayor Ihor Terekhov "
            "said.\n\n"
            "Odesa's governor said port infrastructure was damaged.\n\n"
            "The Air Force said 136 were shot down or suppressed by electronic warfare.")
    assert max(e.drones_downed or 0 for e in events(text)) == 136
    # the weapon told last is what a bare count shot down counts: missiles here
    text = ("Russia launched 50 drones overnight. It also fired 10 cruise missiles at the west. "
            "Eight were shot down, the Air Force said.")
    assert max(e.drones_downed or 0 for e in events(text)) == 0


def test_ukraines_tally_after_russias_claim_over_russia_is_ukraines() -> None:
    text = ("Russian forces launched 363 drones and eight missiles at Ukraine overnight, the air "
            "force said.\n\n"
            "Russia's Defence Ministry, meanwhile, said 39 Ukrainian drones were downed over the "
            "Rostov and Volgograd regions.\n\n"
            "Strikes with drones have become a hallmark of the war.\n\n"
            "The Ukrainian air force said that 359 of the drones were intercepted or jammed.")
    assert max(e.drones_downed or 0 for e in events(text)) == 359
    text = ("Russia sent 90 drones into Ukraine overnight. Russia's defence ministry claimed 25 "
            "Ukrainian drones were destroyed over the Bryansk region. According to the Ukrainian "
            "air force, 80 of the Russian drones were shot down.")
    assert max(e.drones_downed or 0 for e in events(text)) == 80
