"""English drone tallies in shapes the retired blind news sets of session 20 showed (issue 12,
session 21, the lead): each class with sentences of our own, end to end. The scorer takes a
report's largest drone count, launched and shot down."""

from __future__ import annotations

from extract_support import events


def most(text: str, figure: str = "drones", published: str = "2025-03-12") -> int:
    """The report's drone figure as scored: the largest over its events."""
    return max([getattr(e, figure) or 0 for e in events(text, published)] or [0])


# --- "shot down N of the <kind> drones": the launched drones told before -----------------------


def test_a_count_shot_down_of_the_drones_of_a_longer_kind() -> None:
    text = ("Overnight into 12 March, Russian troops launched 41 Shahed drones from the south. "
            "Air defence shot down 29 of the one-way attack drones, the Air Force said.")
    assert (most(text), most(text, "drones_downed")) == (41, 29)
    text = ("Russia sent 33 drones at Odesa Oblast overnight. Mobile fire groups destroyed 21 of "
            "the Iranian-made attack drones over the coast.")
    assert (most(text), most(text, "drones_downed")) == (33, 21)


# --- a side named only in the cause a strike answers ("in retaliation for ...") ---------------


def struck(text: str, published: str = "2024-05-10") -> set[str]:
    """The oblasts a report's events were struck in."""
    return {e.oblast_iso for e in events(text, published) if e.oblast_iso}


def test_a_ukrainian_attack_named_as_the_cause_leaves_russias_strike() -> None:
    assert struck("Missiles hit Lviv and Poltava on Monday in retaliation for a Ukrainian "
                  "attack on a bridge.") == {"UA-46", "UA-53"}
    assert struck("Cruise missiles struck Odesa and Mykolaiv overnight in response to Ukrainian "
                  "drone strikes on a naval base, officials said.") == {"UA-51", "UA-48"}


def test_a_russian_attack_named_as_the_cause_leaves_ukraines_strike() -> None:
    assert struck("In retaliation for Russian shelling, Ukrainian artillery struck a depot in "
                  "Horlivka.") == set()
    assert struck("Ukrainian drones hit an airfield in Crimea in response to Russian strikes on "
                  "Kherson.") == set()


# --- an adverb of how often between the Russian troops and their verb --------------------------


def test_russian_troops_then_how_often_then_the_verb_are_the_attacker() -> None:
    assert struck("In Zaporizhzhia Oblast, Russian troops 52 times shelled villages and towns, "
                  "injuring two civilians.") == {"UA-23"}
    assert struck("Russian forces again struck Nikopol overnight, local officials said."
                  ) == {"UA-12"}


def test_russia_hammering_a_city_is_a_strike() -> None:
    assert struck("Even so, Russia kept hammering the port city of Mykolaiv.") == {"UA-48"}


# --- weapons as aid, and the ground war's sectors and gains: no strike --------------------------


def test_shells_sent_as_aid_strike_nothing() -> None:
    assert struck("The minister welcomed a plan aimed at sending Kyiv 2 million artillery shells "
                  "within a year.") == set()
    assert struck("The envoy, who has led an effort to source more than 800,000 shells for "
                  "Ukraine, met officials in Kharkiv.") == set()


def test_attacks_across_sectors_of_the_front_with_gains_are_ground_war() -> None:
    assert struck("Lately the Russian army has been launching attacks in many sectors — from "
                  "Ukraine's southern Zaporizhzhia region to the Kupiansk front — making slow "
                  "gains.") == set()


def test_a_town_fought_for_beside_a_strike_elsewhere_is_not_struck() -> None:
    assert struck("A Russian drone struck a tower block in Dnipro on Saturday, killing two. The "
                  "strike on the country's third-largest city came as fighting for the key town "
                  "of Pokrovsk, further east, entered a decisive phase.", "2025-03-10"
                  ) == {"UA-12"}
    # the wounded fighting for their lives stay where the strike was
    assert struck("A missile hit a hospital in Sumy overnight. Two men are fighting for their "
                  "lives in a hospital in Sumy.", "2025-03-10") == {"UA-59"}
