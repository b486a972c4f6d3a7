"""English injured totals on real news of session 14 (issue 12, /work/snap/dev14/inj14 and the
retired blind news sets rb-news9..12): phrase classes with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import total

from extract.figures import sentence_figures
from extract.places import default_matcher
from extract.sentences import sentence_spans


@pytest.fixture(autouse=True, scope="module")
def _matcher_loaded() -> None:
    """The place matcher loaded once, before the first extraction's time budget starts (on a
    busy machine its loading alone can take that budget)."""
    default_matcher()

# --- a page that wraps its lines inside a date ("Jan.\n22") keeps the sentence whole -------


def test_a_line_wrapped_after_an_abbreviated_month_is_no_sentence_end() -> None:
    text = "Shelling hit Nikopol on Feb.\n11 and wounded a driver. Repairs began."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Shelling hit Nikopol on Feb.\n11 and wounded a driver.", "Repairs began."]


def test_a_line_break_after_another_dot_is_still_a_boundary() -> None:
    text = "Drones hit Sumy overnight, the governor said.\n12 homes were damaged."
    assert len(sentence_spans(text)) == 2
    text = "A line ends with an initial, Mrs. Feb.\nThen a new line."
    assert len(sentence_spans(text)) == 2  # no day after the month: a boundary


def test_the_day_before_told_across_a_wrapped_date_is_not_added() -> None:
    # the day recalled stays with its sentence, so its toll is background, not this report's
    text = ("Russian glide bombs hit Izium on Nov. 14, injuring three residents, the governor "
            "said. He reported on Nov.\n13 that shelling of Balakliia had wounded two others.")
    assert total(text, "injured", published="2025-11-14") == 3


def test_the_reports_own_day_across_a_wrapped_date_keeps_its_figures() -> None:
    text = ("Kherson Oblast came under fire again. Russian attacks on Oct.\n9 killed a "
            "pensioner in Bilozerka and injured two people in Kherson, officials said.")
    assert total(text, "injured", published="2025-10-09") == 2
    assert total(text, "killed", published="2025-10-09") == 1


# --- more people told beside a place's toll: "N more", "it also injured one" ---------------


def test_more_of_both_kinds_add_to_the_place_told_before() -> None:
    # the "three more" stand beside the 20 hurt in the morning, not beside the "two more" dead
    text = ("Six people were killed and 20 injured in a morning missile strike on Dnipro. An "
            "hour later a second missile hit a warehouse in Dnipro, killing two more and "
            "injuring three more.")
    assert total(text, "injured") == 23
    assert total(text, "killed") == 8


def test_other_fatalities_beside_one_of_the_dead_are_within_the_dead() -> None:
    text = ("Seven people were killed and 30 others injured when missiles struck Odesa. One of "
            "the dead was a teenager, while four other fatalities were found in one building.")
    assert total(text, "killed") == 7


def test_others_beside_the_dead_of_their_own_sentence_stay_beside_them() -> None:
    text = "Shelling hit Nikopol. Two residents died and four others were hurt."
    assert total(text, "killed") == 2
    assert total(text, "injured") == 4


def test_the_attack_also_injured_one_more() -> None:
    text = ("A drone struck a school in Sumy, injuring five people. It also injured one man in "
            "a village outside the city, the governor added.")
    assert total(text, "injured") == 6


def test_also_in_the_same_count_told_again_is_no_more() -> None:
    # "also" of another verb (damaged) does not make the count told again one more
    text = ("Four people were injured when a missile hit Zhytomyr. The strike also damaged a "
            "school, and four people were injured, officials said.")
    assert total(text, "injured") == 4


# --- a toll told again, carried to another event of the same oblast -----------------------


def test_children_cut_by_glass_told_by_the_oblast_council_are_within_the_citys_toll() -> None:
    text = ("A missile struck a college in Dnipro: eleven people were injured, including three "
            "children. The Dnipropetrovsk regional council's chairman said the building was "
            "badly damaged. He added that two children had been cut by flying glass.")
    assert total(text, "injured") == 11


def test_the_same_toll_told_again_after_a_service_of_another_city_is_once() -> None:
    text = ("Russia struck a bus depot in the village of Slatyne in Kharkiv Oblast, injuring 17 "
            "people. The strike killed a rescuer of the Kharkiv fire service. Seventeen people "
            "were injured, including two teenagers: a 17-year-old girl and an 11-year-old boy.")
    assert total(text, "injured") == 17


def test_one_more_hurt_in_the_oblast_is_still_added() -> None:
    text = ("A drone hit a shop in Nikopol, injuring two people. Shelling also hit the "
            "Dnipropetrovsk region's border villages. Another man was injured.")
    assert total(text, "injured") == 3


def test_who_the_children_are_after_a_colon_is_no_count() -> None:
    sentence = ("Nine residents were injured, including two minors: a 13-year-old girl and a "
                "7-year-old boy.")
    assert [f.value for f in sentence_figures(sentence)] == [9]
    sentence = ("Six residents were injured, including two minors - a 12-year-old girl and a "
                "4-year-old boy.")
    assert [f.value for f in sentence_figures(sentence)] == [6]


def test_the_attack_also_injured_a_count_in_words_of_any_size() -> None:
    # "also wounded seven" adds as "also wounded five" and "also wounded 7" do
    text = ("Shelling hit a market in Kherson, wounding nine people. It also wounded seven "
            "people at a bus stop nearby, the regional governor said.")
    assert total(text, "injured") == 16


def test_more_people_told_in_ukrainian_are_not_taken_for_the_place_told_again() -> None:
    # the step that takes a carried count for a toll told again knows English words of one
    # more alone ("also", "another", "more"): a Ukrainian "ще двоє" stays two more
    text = ("Унаслідок удару дрона по Нікополю поранено трьох людей. По Дніпропетровщині також "
            "била артилерія. Ще двоє людей дістали поранення.")
    assert total(text, "injured") == 5
