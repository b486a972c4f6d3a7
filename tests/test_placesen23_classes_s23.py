"""Places in real English news (issue 12, session 23): the phrase classes a fresh sample of
real articles missed, each with our own sentences.

- An army group named after a region, a town or an island ("the Skhid group of forces",
  "Operational-Strategic Group Khortytsia", "OSG Tavria", "the Dnepr group of Russian
  forces") names a unit, no place; "a Kyiv group of volunteers" keeps its town.
- A town named by the former name it was renamed from ("Novomoskovsk", since 2024 Samar;
  "Artemivsk", Bakhmut) is listed by that name as written, in the oblast it lies in; a
  respelling of the current name ("Kiev", "Nikolaev") goes by the current one.
- A town's former name that is another village's own name ("Pervomaiskyi": Zlatopil of
  Kharkiv oblast, and a village of Donetsk oblast) is the renamed town where the oblast named
  right after it, or the only one the sentence names, is that town's.
"""
from __future__ import annotations

import pytest

from tests.extract_support import places, struck


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Dmytro Lykhovii, spokesperson for the Skhid group of forces, said Russian troops "
     "attacked 40 times near Pokrovsk.", "Skhid", ("Pokrovsk", "UA-14")),
    ("The Skhid (East) operational-strategic group reported that Russian artillery shelled "
     "Kupiansk.", "Skhid", ("Kupiansk", "UA-63")),
    ("A spokesman for Operational-Strategic Group Khortytsia said Russian drones hit Kharkiv.",
     "Khortytsia", ("Kharkiv", "UA-63")),
    ("The group of forces \"Skhid\" said Russian shells fell on Lyman in Donetsk Oblast.",
     "Skhid", ("Lyman", "UA-14")),
    ("The Dnepr group of Russian forces shelled Kherson again, the army said.", "Dnipro",
     ("Kherson", "UA-65")),
])
def test_an_army_group_is_no_place(text: str, gone: str, kept: tuple[str, str]) -> None:
    found = places(text)
    assert not any(name == gone or name == "Luhansk" for name, _ in found)
    assert kept in found


def test_a_group_of_people_keeps_its_town() -> None:
    assert ("Kyiv", "UA-30") in places("A Kyiv group of volunteers delivered aid to Kherson.")


@pytest.mark.parametrize(("text", "want"), [
    ("Russian drones attacked Novomoskovsk in Dnipropetrovsk Oblast, injuring three people.",
     ("Novomoskovsk", "UA-12")),
    ("Russian troops shelled Artemivsk for the third day, the regional police said.",
     ("Artemivsk", "UA-14")),
])
def test_a_former_name_is_listed_as_written(text: str, want: tuple[str, str]) -> None:
    assert want in places(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Missiles hit Kiev overnight, the mayor said.", ("Kyiv", "UA-30")),
    ("Missiles hit Nikolaev overnight, the governor said.", ("Mykolaiv", "UA-48")),
    ("Missiles hit Kharkov overnight, the governor said.", ("Kharkiv", "UA-63")),
])
def test_a_respelling_goes_by_the_current_name(text: str, want: tuple[str, str]) -> None:
    assert want in places(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A drone strike on Pervomaiskyi in Kharkiv Oblast killed one person.",
     ("Pervomaiskyi", "UA-63")),
    ("In Kharkiv Oblast, a drone strike on Pervomaiskyi killed one person.",
     ("Pervomaiskyi", "UA-63")),
])
def test_the_oblast_named_picks_the_renamed_town(text: str, want: tuple[str, str]) -> None:
    assert want in places(text)
    assert struck(text) == {"UA-63"}


def test_the_own_name_stays_where_its_oblast_is_named() -> None:
    text = "A drone hit Pervomaiskyi in Donetsk Oblast, wounding a man."
    assert ("Pervomayskyi", "UA-14") in places(text)
    assert struck(text) == {"UA-14"}


@pytest.mark.parametrize(("text", "want"), [
    ("In the Kharkiv region, Russian troops shelled Kamianka and Lyman.", ("Lyman", "UA-63")),
    ("Russian troops shelled Bilohorivka and Stare in Luhansk Oblast.", ("Stare", "UA-09")),
])
def test_an_english_word_ending_a_list_of_places_is_a_place(text: str,
                                                            want: tuple[str, str]) -> None:
    assert want in places(text)


def test_an_english_word_after_and_alone_is_no_place() -> None:
    text = "Shelling hit Kherson overnight, and residents stare at the ruins."
    assert not any(name == "Stare" for name, _ in places(text))
