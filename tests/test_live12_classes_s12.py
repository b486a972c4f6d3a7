"""Tolls that rise or are revised, on real news of session 12 (issue 12, /work/snap/dev12/live12):
the toll as it stands, with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

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
