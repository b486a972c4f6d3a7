"""Short event notes (issue 12, session 16): the classes of the fresh blind notes (ACLED,
Bellingcat) that the extractor still got wrong, each written in our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, total


def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


# --- A strike with explosives stays a strike ---

@pytest.mark.parametrize(("text", "want", "injured"), [
    # a weapon used in the attack itself, not left behind
    ("On 9 June 2022, a Russian drone dropped an explosive device on a car in Beryslav, "
     "Kherson, injuring two men.", {"UA-65"}, 2),
    ("On 7 May 2023, Russian forces fired cluster munitions at Orikhiv, Zaporizhzhia, injuring "
     "3 civilians.", {"UA-23"}, 3),
    ("On 12 May 2023, a Russian missile struck an ammunition depot near Khmelnytskyi, injuring "
     "two guards.", {"UA-68"}, 2),
    # the strike stands; only the later find is no strike of its own
    ("On 5 May 2023, Russian artillery hit a field near Balakliia, Kharkiv, wounding a farmer. "
     "Sappers later found unexploded shells there.", {"UA-63"}, 1),
])
def test_a_strike_with_explosives_stays(text: str, want: set[str], injured: int) -> None:
    assert oblasts(text) == want
    assert total(text, "injured") == injured


# --- A count told without people of its own right after soldiers' is soldiers too ---

@pytest.mark.parametrize("text", [
    "On 9 May 2022, Russian forces fired on Ukrainian troops near Zolote, Luhansk, killing one "
    "soldier and wounding four.",
    "On 9 May 2022, Russian forces shelled Popasna, Luhansk. Two soldiers died and five others "
    "were injured.",
])
def test_a_count_after_soldiers_counts_soldiers(text: str) -> None:
    assert total(text, "killed") == total(text, "injured") == 0


def test_a_count_after_ukraines_soldiers_struck_counts_them_too() -> None:
    # session 19: Ukraine's soldiers a strike kills or wounds count like civilians (GUIDE:
    # civilians + others), and the count after them is theirs too
    text = ("On 4 March 2023, Russian artillery shelled Ukrainian positions near Pisky, Donetsk. "
            "Three Ukrainian servicemen were killed and seven were wounded.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 7


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # civilians before: the count after them is theirs
    ("On 2 June 2022, Russian artillery hit Sievierodonetsk, Luhansk. Two civilians were killed "
     "and three were wounded.", 2, 3),
    # a count with people of its own after soldiers: those people
    ("On 2 June 2022, the shelling of Huliaipole, Zaporizhzhia, killed 2 soldiers and wounded 5 "
     "civilians.", 0, 5),
])
def test_a_count_of_its_own_people_stays(text: str, killed: int, injured: int) -> None:
    assert (total(text, "killed"), total(text, "injured")) == (killed, injured)


# --- Injured told as a noun of the harm done to them ---

@pytest.mark.parametrize(("text", "injured"), [
    ("On 4 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. The strike resulted in the "
     "wounding of 4 people.", 4),
    ("Reported rocket strike on a residential area which resulted in the wounding of 5 people "
     "including a 12-year-old girl.", 5),
    ("On 4 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk, inflicting injuries on two "
     "civilians.", 2),
    ("On 4 May 2023, Russian forces shelled Nikopol, Dnipropetrovsk. The attack led to the "
     "injury of a woman.", 1),
    ("Strike on a residential area resulting in the injuring of 3 civilians.", 3),
])
def test_injured_told_by_the_noun_of_their_harm(text: str, injured: int) -> None:
    assert total(text, "injured") == injured


# --- The oblast named right after a town settles its namesake, however large the other ---

@pytest.mark.parametrize(("text", "want"), [
    ("On 5 August 2022, Russian forces shelled Makiivka, Luhansk region. Casualties unknown.",
     {"UA-09"}),
    ("On 1 December 2022, Russian artillery shelled Makiivka, Luhansk. No casualties.",
     {"UA-09"}),
    ("On 5 August 2022, Russian forces shelled Kamianske, Zaporizhzhia. Casualties unknown.",
     {"UA-23"}),
])
def test_the_oblast_after_a_town_settles_its_namesake(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # cities listed: each the city of its name
    ("Russian missiles struck Lviv, Kyiv, Mykolaiv overnight.", {"UA-46", "UA-30", "UA-48"}),
    ("Drones hit Zaporizhzhia, Dnipro and Kharkiv overnight.", {"UA-23", "UA-12", "UA-63"}),
])
def test_a_list_of_cities_stays_cities(text: str, want: set[str]) -> None:
    assert oblasts(text) == want
