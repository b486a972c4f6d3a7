"""Tolls that rise or are revised, on real news of session 12 (issue 12, /work/snap/dev12/live12):
the toll as it stands, with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

# --- a toll as it stands whose cause runs long ----------------------------------------------


def test_a_death_toll_whose_cause_holds_commas_is_read() -> None:
    text = ("The death toll from a missile that struck a school in Lozova, Kharkiv region, "
            "on Friday has risen to seven, the governor said.")
    assert total(text, "killed") == 7


def test_an_injured_toll_with_a_long_cause_is_read() -> None:
    text = ("The number of civilians injured by three guided bombs in the night attack on the "
            "suburbs of Zaporizhzhia on 11-12 August has increased to 14, the governor said.")
    assert total(text, "injured") == 14


def test_the_attacker_named_in_a_tolls_cause_is_no_soldiers_toll() -> None:
    text = ("The death toll from a drone strike by Russian occupiers on a market in Kherson "
            "on Sunday has increased to three, officials said.")
    assert total(text, "killed") == 3


def test_a_count_of_soldiers_killed_is_still_no_civilian_toll() -> None:
    assert total("In Zaporizhzhia, 40 Russian soldiers were killed by a strike.", "killed") == 0


# --- a death of wounds told as the cause of a rising toll -----------------------------------


def test_a_death_told_after_a_colon_is_within_the_toll_it_raised() -> None:
    text = ("A rocket barrage hit the centre of Sumy on Monday. The number of dead after the "
            "barrage stands at four: a 70-year-old man died in hospital, the city council said.")
    assert total(text, "killed") == 4


def test_a_death_told_in_the_sentence_after_the_rise_is_within_it() -> None:
    text = ("The death toll from Tuesday's strike on Odesa has increased to six. A wounded "
            "52-year-old woman died in hospital overnight, the governor wrote.")
    assert total(text, "killed") == 6


def test_a_death_told_as_one_more_after_the_rise_adds() -> None:
    text = ("The death toll from Tuesday's strike on Odesa has increased to six. Another "
            "wounded man died in hospital on Thursday, the governor wrote.")
    assert total(text, "killed") == 7


def test_a_death_told_as_one_more_after_one_within_the_rise_adds() -> None:
    # the first death is the rise's cause; the next, told as another, is one more
    text = ("The death toll from Tuesday's strike on Odesa has increased to six. A wounded "
            "woman died in hospital overnight. Another wounded man died in hospital on "
            "Thursday, officials said.")
    assert total(text, "killed") == 7


def test_a_death_told_as_another_after_a_death_of_wounds_adds() -> None:
    text = ("A missile hit flats in Odesa on Tuesday, killing five. A wounded woman died in "
            "hospital overnight. Another wounded man died in hospital on Thursday, officials "
            "said.")
    assert total(text, "killed") == 7


def test_a_rise_keeps_its_provenance() -> None:
    text = ("A missile struck flats in Poltava, killing three people. Later the "
            "regional head said the death toll had risen to five.")
    found = [e for e in events(text) if e.killed]
    assert [e.killed for e in found] == [5]
    assert found[0].how["killed"] == "updated"


# --- a pair of counts told before the place it happened ---------------------------------------


def test_the_second_pair_of_counts_goes_to_the_place_named_after_it() -> None:
    text = ("Officials first reported that 9 people were killed and 40 injured in Kharkiv and "
            "two killed and 6 injured in the town of Chuhuiv.")
    found = {e.place: (e.killed, e.injured) for e in events(text) if e.killed or e.injured}
    assert found == {"Kharkiv": (9, 40), "Chuhuiv": (2, 6)}


def test_counts_told_with_their_own_places_stay_apart() -> None:
    text = "Two were killed in Kherson and 14 injured in Nikopol, officials said."
    found = {e.place: (e.killed, e.injured) for e in events(text) if e.killed or e.injured}
    assert found == {"Kherson": (2, None), "Nikopol": (None, 14)}
