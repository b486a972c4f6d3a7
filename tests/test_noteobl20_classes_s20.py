"""Short event notes (issue 12, session 20, noteobl20): what makes a note's strike and where,
each class with sentences of our own, end to end (extract_text: the strike oblasts and the sum
over a report's events, as scored)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text


def oblasts(text: str, published: str = "2023-05-03") -> set[str]:
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


def total(text: str, figure: str, published: str = "2023-05-03") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- no strike: harm done on the ground, told with a toll ----------------------------------

@pytest.mark.parametrize("text", [
    # a clash and its dead
    "On 3 May 2023, Russian forces clashed with Ukrainian forces near Marinka, Donetsk, as a "
    "result of which about 20 Ukrainian soldiers died.",
    "On 3 May 2023, two Ukrainian soldiers were killed in a firefight near Kreminna, Luhansk.",
    # people shot by hand
    "On 3 May 2023, Russian soldiers shot dead a civilian in Kupiansk, Kharkiv.",
    "On 3 May 2023, a Russian sniper killed a Ukrainian soldier near Kreminna, Luhansk.",
    "On 3 May 2023, unidentified gunmen killed a local official in Berdiansk, Zaporizhia.",
    "Two women were shot and killed by soldiers near a checkpoint in Hostomel, Kyiv Oblast.",
    # executions
    "On 3 May 2023, occupying troops executed two men in Vasylivka, Zaporizhia.",
    # a vehicle running people over, a road accident
    "On 3 May 2023, a Russian military vehicle ran over a civilian car near Vasylivka, "
    "Zaporizhia, killing the driver.",
    "On 3 May 2023, a man was killed in a road accident involving a military truck in Zhytomyr, "
    "Zhytomyr.",
    "A cyclist was hit by an armoured vehicle and died in Bucha, Kyiv Oblast.",
    # small arms, a soldier's hand, the ground war's own dead
    "On 3 May 2023, Russian forces killed a civilian with small arms fire in Beryslav, "
    "Kherson.",
    "Elderly man killed by gunfire in his yard in Irpin.",
    "On 3 May 2023, a woman was killed by a Russian soldier in Hostomel, Kyiv.",
    "On 3 May 2023, a Ukrainian soldier died of wounds sustained in combat near Kurakhove, "
    "Donetsk.",
])
def test_harm_done_on_the_ground_is_no_strike(text: str) -> None:
    assert oblasts(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # fire opened at a target, a weapon, or a strike's act beside the ground harm
    ("On 3 May 2023, Russian soldiers shot at a minibus near Huliaipole, Zaporizhia, wounding "
     "two passengers.", {"UA-23"}),
    ("On 3 May 2023, Russian forces clashed with Ukrainian forces near Siversk, Donetsk, and "
     "shelled the town with artillery. Two civilians were killed.", {"UA-14"}),
    ("On 3 May 2023, Russian forces clashed with Ukrainian forces near Orikhiv, Zaporizhia, "
     "and hit a house in the village, killing a woman.", {"UA-23"}),
    ("On 3 May 2023, Russian troops opened fire on residents in Vovchansk, Kharkiv, killing a "
     "man.", {"UA-63"}),
    ("On 3 May 2023, a Russian drone hit a car in Beryslav, Kherson, killing the driver.",
     {"UA-65"}),
])
def test_a_strike_beside_ground_harm_is_still_one(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


def test_a_notes_clash_keeps_its_toll() -> None:
    # the guide counts a note's dead, civilians and others, though the clash is no strike
    text = ("On 3 May 2023, Russian forces clashed with Ukrainian forces in Novoselivka, "
            "Donetsk, as a result of which about 30 Ukrainian servicemen died.")
    assert oblasts(text) == set()
    assert total(text, "killed") == 30
    text = "On 3 May 2023, two civilians were shot dead by soldiers in Borodianka, Kyiv."
    assert oblasts(text) == set()
    assert total(text, "killed") == 2


# --- a town held since 2014 labelled "DPR" / "LPR" in a note: a place's label, no one's voice --

@pytest.mark.parametrize(("text", "want"), [
    ("One civilian was reportedly killed in an artillery strike in Horlivka, DPR.", {"UA-14"}),
    ("Shelling damaged a school in Alchevsk (LPR), two injured.", {"UA-09"}),
])
def test_a_held_town_labelled_with_its_republic_is_struck(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


def test_the_republic_as_a_voice_still_speaks_for_the_occupation() -> None:
    # "DPR officials said": the occupation's voice, whose shelling of a held town is Ukraine's
    text = "Shelling damaged a market in Makiivka, DPR officials said. Two were injured."
    assert oblasts(text) == set()


# --- a town with a note's label of another oblast: the label slipped, the town stays ----------

@pytest.mark.parametrize(("text", "want"), [
    ("On 3 May 2023, Russian drones hit Izium, Zaporizhia. Casualties unknown.", {"UA-63"}),
    ("On 3 May 2023, Russian forces shelled Marhanets, Zaporizhia, with artillery. No "
     "casualties.", {"UA-12"}),
    ("On 3 May 2023, Russian forces shelled near Pokrovsk, Kharkiv, as a result of which a "
     "house was damaged.", {"UA-14"}),
    # the town its oblast is named after is that oblast's label too, whatever its population
    ("On 3 May 2023, Russian forces shelled Pavlohrad, Kherson. Casualties unknown.",
     {"UA-12"}),
])
def test_a_towns_slipped_label_locates_it_and_is_no_strike(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a village the gazetteer knows elsewhere only: the label's oblast, as before
    ("On 3 May 2023, Russian forces shelled Vodyane, Kharkiv. Casualties unknown.", {"UA-63"}),
    # a town of an oblast held in part since 2014, which GeoNames may lack: the label's
    ("On 3 May 2023, shelling hit Pervomaisk, Luhansk. Casualties unknown.", {"UA-09"}),
    # a list of towns goes on past the name: no label
    ("Russian missiles hit Kramatorsk, Kharkiv and Sumy overnight.",
     {"UA-14", "UA-63", "UA-59"}),
])
def test_a_label_of_a_village_or_a_list_of_towns_keeps_its_reading(
        text: str, want: set[str]) -> None:
    assert oblasts(text) == want


# --- a region's event coded to its centre held since 2014: the region is struck ---------------

def test_a_region_coded_to_its_held_centre_is_struck() -> None:
    text = ("On 3 May 2023, Russian forces shelled settlements in the Donetsk region (coded to "
            "Donetsk). 2 civilians were killed.")
    assert oblasts(text) == {"UA-14"}
    text = ("On 3 May 2023, Russian forces destroyed two Ukrainian tanks in the Luhansk region "
            "(coded to Luhansk).")
    assert oblasts(text) == {"UA-09"}
    # Ukraine's fire on the region held since 2014: an event note's attack all the same
    # (session 21, GUIDE.md's general rule)
    text = ("On 3 May 2023, Ukrainian forces shelled settlements in the Donetsk region (coded "
            "to Donetsk). 2 civilians were killed.")
    assert oblasts(text) == {"UA-14"}


# --- what a strike left, told with no strike word ---------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A deep crater in the yard of a block of flats in Chernihiv.", {"UA-74"}),
    ("Burnt-out classrooms of a school in Okhtyrka.", {"UA-59"}),
])
def test_a_crater_or_a_burnt_out_building_is_a_strike(text: str, want: set[str]) -> None:
    assert oblasts(text) == want
