"""Short event notes (issue 12, session 10): the phrase classes of a third development set of
real Bellingcat, CIR and ACLED notes, each in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, figures, total


def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


# --- A bare noun opening a note counts one person ("Woman killed ...") ---

@pytest.mark.parametrize(("text", "field", "want"), [
    ("Teenager killed as a shell lands near a bus stop in Nikopol.", "killed", 1),
    ("Pensioner wounded in her garden by a drone in Kherson.", "injured", 1),
    ("Civilian suffers fatal injury when a rocket falls on a yard in Kharkiv.", "killed", 1),
    ("[Photo: a crater by the road] Driver injured by shelling near Kupiansk.", "injured", 1),
    # a pair: one each
    ("Elderly man and woman killed when a shell hit their car near Orikhiv.", "killed", 2),
    ("One doctor and nurse reported as dead after the strike on Vilniansk.", "killed", 2),
    ("Man and boy hurt by cluster munitions in Mykolaiv.", "injured", 2),
])
def test_bare_noun_opening_counts_one_each(text: str, field: str, want: int) -> None:
    assert total(text, field) == want


@pytest.mark.parametrize(("text", "field", "want"), [
    # read by the count phrases, not counted again
    ("A teacher was killed by a drone in Sumy.", "killed", 1),
    ("A man and a girl were hurt when shells hit Kherson.", "injured", 2),
    ("A man and girl were killed in the shelling of Nikopol.", "killed", 2),
    ("Three women and a boy were wounded in Kharkiv.", "injured", 4),
    # the caption counted the person already
    ("[Image: a dead pensioner on the pavement] Pensioner killed by a shell in Kherson.",
     "killed", 1),
    # the noun is not the one killed or hurt
    ("The driver said two people were killed in Sumy.", "killed", 2),
])
def test_people_counted_otherwise_are_not_counted_again(text: str, field: str, want: int
                                                         ) -> None:
    assert total(text, field) == want


@pytest.mark.parametrize("sentence", [
    "Civilian casualties reported after shelling of a school in Kherson.",
    "Civilian deaths mount in the shelled town, officials say.",
    "Person injured/dead, according to a video from the scene.",
    "Children killed in the war are remembered at a vigil in Kyiv.",
])
def test_no_count_of_one_without_one_person(sentence: str) -> None:
    assert not {"killed", "injured"} & set(figures(sentence))


# --- A word of background inside an institution's name is no background ---

@pytest.mark.parametrize(("text", "want"), [
    ("Pre-trial detention centre in Mykolaiv hit by a missile.", {"UA-48"}),
    ("Shelling damaged the local history museum in Chuhuiv.", {"UA-63"}),
    ("The History Museum in Kupiansk was wrecked by a guided bomb.", {"UA-63"}),
])
def test_institution_named_with_a_background_word_is_struck(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize("text", [
    "The trial of a soldier who shelled Kherson opened in Kyiv.",
    "Nikopol has a long history of being shelled from across the river.",
])
def test_trials_and_history_stay_background(text: str) -> None:
    assert oblasts(text) == set()
