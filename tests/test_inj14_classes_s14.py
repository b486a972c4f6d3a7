"""English injured totals on real news of session 14 (issue 12, /work/snap/dev14/inj14 and the
retired blind news sets rb-news9..12): phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

from extract.sentences import sentence_spans

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

