"""Casualty totals of English news (issue 12, session 20, news20: killed and injured on the
retired blind news sets of session 19): each class with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import figures, total

# --- people counted by a noun for two, or with their ages by decade between them and the verb ---


@pytest.mark.parametrize(("sentence", "want"), [
    ("A married couple in their 40s were killed when a drone hit their house.", {"killed": 2}),
    ("An elderly couple died after a glide bomb struck the street.", {"killed": 2}),
    ("A young couple were wounded by shrapnel.", {"injured": 2}),
    ("An elderly man in his 70s was killed in the shelling.", {"killed": 1}),
    ("A woman in her early 30s was wounded and a man was killed.", {"injured": 1, "killed": 1}),
])
def test_people_counted_by_couple_or_told_with_their_decade(sentence: str,
                                                            want: dict[str, int]) -> None:
    assert figures(sentence) == want


def test_a_couple_killed_in_one_place_adds_to_the_roundup() -> None:
    # "a couple of" is a vague few, no count of two
    assert figures("A couple of drones hit the port, and a couple of people were hurt.") == {}
    assert figures("Two women, both in their sixties, were injured in the blast.") == \
        {"injured": 2}
    text = ("Russian drones hit several regions overnight. In the city of Odesa, a drone "
            "attack left one man dead and 12 others injured. In the Donetsk region, an elderly "
            "couple in their 70s were killed in Kostiantynivka, and in the Kherson region a "
            "woman was killed at home.")
    assert total(text, "killed") == 4


# --- a running toll of the whole war, told as the war killing ---


@pytest.mark.parametrize("sentence", [
    "The war in Ukraine has killed 140 children so far, prosecutors say, and the number of "
    "wounded children stood at 210.",
    "Russia's invasion has so far claimed the lives of 500 civilians in the region, and 900 "
    "were wounded.",
    "The conflict had killed 12 journalists by the end of the month.",
])
def test_the_war_as_killer_is_a_running_toll(sentence: str) -> None:
    assert figures(sentence) == {}
    # a strike told beside the war as killer keeps its toll
    text = ("Two people were killed when a missile hit a school in Kramatorsk on Sunday, the "
            "governor said. The war has killed more than 200 people in the town, officials say.")
    assert total(text, "killed") == 2


# --- told as known or feared between the count and the verb ---


@pytest.mark.parametrize(("sentence", "want"), [
    ("So far, six people are known to have sustained injuries in the strike on Izium.",
     {"injured": 6}),
    ("Three residents are known to have suffered shrapnel wounds.", {"injured": 3}),
])
def test_a_count_told_as_known_to_have(sentence: str, want: dict[str, int]) -> None:
    assert figures(sentence) == want
    assert figures("Three residents are feared to have died under the rubble.") == {"killed": 3}


# --- a later word of the toll replaces the toll as it first stood, told for no place ---


def test_a_later_toll_of_one_attack_replaces_the_placeless_one_told_before() -> None:
    text = ("Russian glide bombs hit a district of Kharkiv on Tuesday. One of the bombs fell on "
            "a park near a mall. Source: the head of the Kharkiv Oblast Military Administration "
            "on Telegram. \"So far, six people are known to have been wounded,\" the mayor "
            "said. The fire was put out by evening. Later, the Kharkiv Oblast police confirmed "
            "that eight people had been wounded.")
    assert total(text, "injured") == 8
    # in a roundup of several oblasts the placeless toll is no first word of that one
    text = ("A drone hit a house in Sumy, injuring two. \"Three people were hurt,\" a doctor "
            "said of the strike. In Kherson, shelling injured one man. Later, the Sumy region "
            "police confirmed that two people had been injured.")
    assert total(text, "injured") >= 3


def test_a_toll_told_later_with_the_verb_before_later() -> None:
    text = ("A Russian missile hit a rail depot in Kropyvnytskyi on Saturday. One worker was "
            "killed and four more were wounded, the governor said. \"Our medics are helping "
            "everyone,\" he added. The governor said later that 11 people had been wounded in "
            "the strike on the Kirovohrad region.")
    assert total(text, "injured") == 11


# --- a headline total, then its parts one by one: one more beside a part stays within it ---


def test_one_more_beside_a_part_of_the_total_stays_within_it() -> None:
    text = ("Three people were killed when Russian missiles hit a depot in the Kirovohrad region "
            "on Saturday, the governor said. Two security guards were killed at the gate. A "
            "passer-by was also killed, he said.")
    assert total(text, "killed") == 3
    # one more beside the whole toll still adds to it
    text = ("Four people were wounded when a drone hit a house in the Sumy region. A woman "
            "was also wounded, the governor said.")
    assert total(text, "injured") == 5


# --- Russian troops as the actor of a verb of striking in the present of a bulletin ---


@pytest.mark.parametrize(("text", "want"), [
    ("Twelve people die when Russian troops launch air strikes on a base outside Zhytomyr, "
     "officials say.", 12),
    ("Three people are wounded as Russian troops shell Nikopol overnight.", 0),
    ("Four people are killed as Russian troops carry out strikes on the port of Izmail.", 4),
])
def test_russian_troops_striking_in_the_present_are_the_attacker(text: str, want: int) -> None:
    assert total(text, "killed") == want
    assert total(text, "killed") + total(text, "injured") > 0


# --- a bulletin item's heading toll is that item's, not a total over the others ---


def test_a_heading_toll_told_again_by_one_place_is_that_places() -> None:
    text = ("Latest developments:\n- 20 dead at a training base -\nTwenty people were killed "
            "and 40 wounded when Russian missiles hit a training base near Yavoriv, local "
            "officials said.\n- Strike on Mykolaiv -\nSix people were killed in a strike on "
            "the city of Mykolaiv, the governor said.")
    assert total(text, "killed") == 26
    # a total over places of the same oblast still holds them
    text = ("Russian strikes killed five in the Kharkiv region on Sunday. Five people were "
            "killed in the Kharkiv region, the governor said, including three in Kupiansk and "
            "two in Izium.")
    assert total(text, "killed") == 5


# --- a toll told again for no place hides no toll of its own told after it ---


def test_a_placeless_retelling_of_a_places_toll_leaves_the_next_toll_its_own() -> None:
    text = ("A Russian missile killed 10 people in Odesa on Monday, the governor said. Four "
            "children were among the wounded. The president said a ballistic missile had hit a "
            "neighbourhood. \"These are not random strikes,\" he said. Police said that six "
            "officers and four residents had been killed. Russia's largest attack in months on "
            "Sunday killed seven people and damaged the grid. Later, a drone hit a house in the "
            "Sumy region, killing three.")
    assert total(text, "killed") == 20
    # where the country has a toll already (more bodies of a rising toll), the retelling
    # still holds it
    text = ("The toll of the missile strike on Ternopil has risen to 31, officials said. The "
            "strike tore the upper floors off a block of flats. Rescuers searched the rubble "
            "all night. Police said the bodies of three more people had been recovered. "
            "Officials said 31 people had been killed.")
    assert total(text, "killed") == 31
    # one more told as more people still adds
    text = ("Two people were killed in Kherson on Monday. Two more people were also killed "
            "by shelling, officials said.")
    assert total(text, "killed") == 4
