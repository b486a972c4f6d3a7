"""Casualty totals of English news and their parts (issue 12, session 21, news21: killed and
injured on the retired blind news sets of session 20): a total told with its parts counts
once, each class with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import events, figures, total

# --- a headline's lower bound told again exactly by the lede, then the oblasts' parts ----------


@pytest.mark.parametrize(("text", "field", "want"), [
    # the parts: an oblast's toll read for no place ("in the oblast"), and another oblast's
    ("Over 20 injured in Russian attacks on Kharkiv and Sumy oblasts\n\nRussian attacks on "
     "Kharkiv and Sumy oblasts on Monday killed two civilians and injured 23 others.\n\nThe "
     "Russian troops killed two people in Kharkiv Oblast on Monday, in Kupiansk and Izium. In "
     "the oblast, nine more people were wounded.\n\nMeanwhile, 14 people were hurt in Sumy Oblast.",
     "injured", 23),
    ("More than 10 wounded as Russia shells two oblasts\n\nRussian shelling of Kherson and "
     "Zaporizhzhia oblasts wounded 12 people on Tuesday.\n\nTwo people were wounded in Kherson "
     "Oblast, in Beryslav and Bilozerka, and another eight in Zaporizhzhia Oblast. Two others in "
     "the oblasts were hurt by drones.", "injured", 12),
])
def test_a_lower_bound_headline_told_exactly_by_the_lede_is_one_total(text: str, field: str,
                                                                      want: int) -> None:
    assert total(text, field) == want


def test_parts_over_an_exact_headline_stay_their_own() -> None:
    text = ("Over 10 injured in strikes on two oblasts\n\nRussian strikes on Kharkiv and Sumy "
            "oblasts injured 14 people on Friday.\n\nRussian troops wounded three people in "
            "Kharkiv Oblast, in Balakliia and Kupiansk. In the oblast, five more people "
            "were hurt.\n\nSix people were hurt in Sumy Oblast.")
    assert total(text, "injured") == 14
    # no lower bound in the headline: a later, larger figure is no retelling of it
    text = ("Five injured in Kharkiv\n\nA drone hit a house in Kharkiv, injuring five people. "
            "Later, shelling of Sumy injured eight more.")
    assert total(text, "injured") == 13


def test_a_roundup_whose_parts_exceed_its_headline_keeps_a_part_told_for_no_place() -> None:
    # the oblasts' fuller count stands; "Two people were injured" told for no place after one
    # oblast's damage is one more part of it, not the same two as a village's pair told later
    text = ("Russian attacks on Donetsk, Kharkiv and Kherson oblasts over the past day killed "
            "five people and wounded eight more.\n\nIn Donetsk Oblast, the Russians "
            "killed two civilians in Kostiantynivka and Druzhkivka. In the oblast, four more "
            "people were wounded.\n\nRussian shelling damaged houses and a school in Kherson "
            "Oblast. Power lines were cut in two districts.\n\nTwo residents were hurt as a "
            "result.\n\nIn Kharkiv Oblast, a drone hit a house in the village of "
            "Kivsharivka. A man and his wife were injured. Two more people were hurt in "
            "Kupiansk.")
    assert total(text, "injured") == 10


# --- a part of a toll told after it: "of the 41 hospitalised", "six of the 31 dead" ----------


def _tolls(text: str) -> dict[str | None, tuple[int | None, int | None]]:
    return {e.place: (e.killed, e.injured) for e in events(text) if e.killed or e.injured}


@pytest.mark.parametrize(("text", "want"), [
    # the dead identified so far and the people in hospital: parts of the city's toll, which
    # stays the city's (no part of it left over to the country as a remainder)
    ("Russian missiles kill at least 20 people in Ukraine\n\nA missile hit a shopping centre "
     "in Kremenchuk on Monday, killing at least 20 people and wounding more than 60 others. "
     "Police said only seven bodies had been identified so far. Of the 41 people hospitalised, "
     "nine are in a serious condition.", {"Kremenchuk": (20, 60)}),
    ("Russian bombs kill 31 people in Ukraine\n\nA glide bomb hit an apartment block in "
     "Zaporizhzhia, killing 31 people and wounding 40 more. Investigators have identified 12 of "
     "the victims. Six of the 31 dead were children, and among the 40 wounded, 22 are in "
     "hospital.", {"Zaporizhzhia": (31, 40)}),
    # the two just counted told one by one, the second sentence after the port's strike
    ("Overnight, Russia launched 38 drones across Ukraine, and Ukraine air defence shot down 26 "
     "of them, the air force said.\n\nDrones hit the port of Izmail, the Odesa governor said. "
     "About 20 lorries burned down. \"Two lorry drivers were hurt. One received medical help at "
     "the scene, and the other was taken to hospital,\" he wrote.\n\nRussian troops also "
     "shelled Nikopol overnight, damaging houses.", {"Izmail": (None, 2)}),
])
def test_a_part_of_a_toll_told_after_it_adds_nothing(
        text: str, want: dict[str | None, tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == want


def test_a_part_sentence_with_no_toll_before_keeps_its_count() -> None:
    text = ("Russian glide bombs kill at least 9 in Ukraine\n\nGlide bombs hit a market in "
            "Kostiantynivka on Saturday, killing at least nine people and injuring 25. The "
            "By evening, only four bodies had been identified, police said.")
    assert _tolls(text) == {"Kostiantynivka": (9, 25)}
    # the group told first is the toll: the part within it adds nothing, the group stands
    text = ("A missile hit a hospital in Dnipro overnight. Of the 14 people wounded, three are "
            "children.")
    assert total(text, "injured") == 14
    # a toll of another oblast told before is no group this one is a part of
    text = ("Shelling killed two people in Kherson on Monday. In Sumy, a drone hit a minibus. "
            "Of the 14 passengers wounded, three are children.")
    assert total(text, "injured") == 14


# --- an aside in brackets after a count ---------------------------------------------------------


@pytest.mark.parametrize(("sentence", "want"), [
    ("Forty-six people (including two children) were injured.", {"injured": 46}),
    ("Nine residents (four of them children) were hurt in the strike.", {"injured": 9}),
    ("Three people (among them a teenager) were killed.", {"killed": 3}),
])
def test_a_bracketed_aside_is_part_of_the_count(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want


# --- "Turning to X, ...": the report's turn to another place, not a course ---------------------


def test_a_report_turning_to_a_place_locates_its_toll() -> None:
    text = ("Russian drones hit Odesa and Kherson overnight. In Odesa, three people were "
            "injured.\n\nTurning to Kherson, the regional governor said a man was killed by a "
            "drone that hit his car.")
    got = {e.place: (e.killed, e.injured) for e in events(text)}
    assert got.get("Kherson") == (1, None)
    assert got.get("Odesa") == (None, 3)
    text = ("Drones hit Sumy and Kharkiv at night. Switching to Kharkiv, police said four people "
            "were wounded there. In Sumy, one person was hurt.")
    got = {e.place: (e.killed, e.injured) for e in events(text)}
    assert got.get("Kharkiv") == (None, 4)


# --- one person told as "an individual" ---------------------------------------------------------


@pytest.mark.parametrize(("sentence", "want"), [
    ("The strike killed two men and a woman, and injured another individual.",
     {"killed": 3, "injured": 1}),
    ("An individual was injured when debris fell on a house.", {"injured": 1}),
    ("A drone hit a car, and an individual inside it was killed.", {"killed": 1}),
])
def test_an_individual_is_one_person(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want
