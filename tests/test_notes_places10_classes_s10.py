"""Places in short event notes (issue 12, session 10, helper notes_places10): the phrase
classes of real notes (a fresh set of CIR/Bellingcat monitor notes, the older note sets and the
shared sets), each in our own sentences."""
from __future__ import annotations

import pytest

from extract.places import Found, default_matcher


def found(text: str) -> list[Found]:
    return default_matcher().find(text)


def named(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso) for f in found(text)]


# --- A renamed town by its new name that is also a rare English word ---

@pytest.mark.parametrize("text", [
    "Two residents died in the attack, and so did one in Samar, the regional head wrote.",
    "Samar came under fire again on Friday.",
    "Drones hit Pavlohrad and Samar overnight.",
])
def test_samar_is_the_town(text: str) -> None:
    assert ("Samar", "Samar", "UA-12") in named(text)


def test_a_rare_word_still_needs_a_large_town() -> None:
    # the rule is for Ukrainian towns of 50,000 or more named by their own name
    assert named("The Samar river is low this summer.") == []


# --- A former Soviet name shared with a Russian town, in a sentence about Ukraine ---

@pytest.mark.parametrize(("text", "name", "iso"), [
    ("A missile set a fuel depot on fire in Novomoskovsk, a town in central Ukraine.",
     "Samar", "UA-12"),
    ("Explosions were heard in Novomoskovsk and Pavlohrad before dawn.", "Samar", "UA-12"),
    ("Shelling continued around Artemovsk and Kramatorsk all day.", "Bakhmut", "UA-14"),
])
def test_a_former_name_in_ukraine_is_the_ukrainian_town(text: str, name: str,
                                                         iso: str) -> None:
    assert (name, iso) in {(n, i) for _w, n, i in named(text)}


def test_a_former_name_stays_foreign_beside_its_country() -> None:
    # the sentence names a place of the foreign town's country
    text = "Drones fell on Dzerzhinsk near Nizhny Novgorod, the governor said."
    got = {text[f.start:f.end]: f.place for f in found(text)}
    assert got["Dzerzhinsk"].country == "RU"


def test_a_given_name_is_no_former_name() -> None:
    # a given name before a surname, even in a sentence about Ukraine, is no Ukrainian town
    text = "Analysts said [Vladimir] Putin wants all of eastern Ukraine."
    assert not [f for f in found(text) if f.place.country == "UA" and f.place.kind != "country"]


# --- A city district read as a village ---

def test_a_city_district_by_its_own_name_is_its_city() -> None:
    # GeoNames names Kyiv's district so; the Poltava village Obolon names no raion
    assert named("Gunfire was reported in Obolon District before noon.") == [
        ("Obolon District", "Kyiv", "UA-30")]


def test_a_raion_named_after_a_town_stays_the_town() -> None:
    got = named("Shelling of the Bohodukhiv district, Kharkiv region, went on.")
    assert got[0][2] == "UA-63"


@pytest.mark.parametrize("text", [
    "A glide bomb hit a school in Kharkiv's Pavlove Pole overnight.",
    "Debris fell on houses in the Pavlove Pole neighbourhood of Kharkiv.",
])
def test_a_village_name_continued_by_a_place_noun_is_no_village(text: str) -> None:
    assert {n for _w, n, _i in named(text)} == {"Kharkiv"}


def test_a_village_name_alone_is_the_village() -> None:
    assert ("Pavlove", "Pavlove", "UA-63") in named("Mortars hit Pavlove, Kharkiv region.")


# --- A list of villages closed by its oblast: each member is that oblast's namesake ---

@pytest.mark.parametrize(("text", "word", "iso"), [
    # two lists, each closed by its own oblast: the first list's Vesele is Kherson's
    ("Overnight the army shelled Vesele and Burhunka, Kherson, and Kamianka and Ivanivka, "
     "Mykolaiv. No one was hurt.", "Vesele", "UA-65"),
    # "in the ... region" closes the list; the village the gazetteer knows elsewhere is the
    # codifier's village of that oblast
    ("Artillery hit Vodiane and Novoselivka in the Donetsk region and Pokrovske in the "
     "Dnipropetrovsk region.", "Vodiane", "UA-14"),
    # the oblast in brackets after a raion
    ("Drones struck Vesele and Novooleksandrivka (Beryslavskyi, Kherson) at night.",
     "Vesele", "UA-65"),
])
def test_a_listed_village_is_the_namesake_of_the_oblast_closing_its_list(
        text: str, word: str, iso: str) -> None:
    assert [i for w, _n, i in named(text) if w == word] == [iso]


def test_a_town_of_a_list_keeps_its_own_oblast() -> None:
    # a town of 20,000 or more is not moved by the oblast after its list
    got = named("Shells fell on Kupiansk and Lyman, Donetsk region, at dawn.")
    assert ("Kupiansk", "Kupiansk", "UA-63") in got


# --- A street's or a service's name is no town ---

@pytest.mark.parametrize("text", [
    # a village's name that is an everyday word, before a service noun
    "Soldiers took over the Police station in the town centre.",
    "Two Police officers were hurt by the blast.",
    # a near miss of a city's name, before a street word
    "The rocket landed on Postova Street near the market.",
])
def test_a_street_or_a_service_is_no_town(text: str) -> None:
    assert named(text) == []


def test_a_city_before_station_is_the_city() -> None:
    # only everyday words and near misses: a town's own name before "station" stays the town
    assert ("Kramatorsk", "Kramatorsk", "UA-14") in named(
        "The missile struck near Kramatorsk station at noon.")
