"""Strike oblasts and places in real English news (issue 12, session 7): the phrase classes
of our English development set, each in our own sentences."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.places import default_matcher


def strike_oblasts(text: str, published: str = "2025-06-12") -> set[str | None]:
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


def named(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso)
            for f in default_matcher().find(text)]


# --- A hromada named in English by its adjective's stem: the centre in the report's oblast ---

@pytest.mark.parametrize(("text", "name", "want"), [
    # the stem is a town of another oblast (Vasylkiv, Kyiv oblast); the centre is Vasylkivka
    ("Overnight drones hit the Vasylkiv community of Synelnykove district in Dnipropetrovsk "
     "region, the governor wrote.", "Vasylkiv", ("Vasylkivka", "UA-12")),
    # a list of hromadas before one plural noun, in a report on one oblast
    ("In Dnipropetrovsk Oblast the enemy kept shelling the Nikopol district all day: it hit "
     "Nikopol, Myrove and Pokrovsk communities.", "Pokrovsk", ("Pokrovske", "UA-12")),
    ("Sumy region: Russian artillery fired at the Krasnopillia, Mykolaiv and Esman "
     "communities.", "Mykolaiv", ("Mykolaivka", "UA-59")),
    # a hromada of a raion named like a city is no district of that city
    ("A guided bomb fell on the Yunakivska community of Sumy district.", "Yunakivska",
     ("Yunakivka", "UA-59")),
])
def test_english_hromada_names_its_centre_in_the_reports_oblast(
        text: str, name: str, want: tuple[str, str]) -> None:
    hits = {h[0]: h[1:] for h in named(text)}
    assert hits[name] == want


@pytest.mark.parametrize("text", [
    "Shelling hit the Lviv community, Lviv region.",
    # the town's own oblast is the report's: it stays
    "A drone struck the Pokrovsk community in Donetsk region, and Myrove in Dnipropetrovsk "
    "region was shelled too.",
])
def test_english_hromada_of_the_towns_own_oblast_stays(text: str) -> None:
    first = named(text)[0]
    assert first[1] in ("Lviv", "Pokrovsk")


# --- A list opened by "the regions of" is a list of units: Kyiv in it is the Kyiv oblast -----

def test_kyiv_in_a_list_after_regions_of_is_the_oblast() -> None:
    hits = named("The president said missiles and drones hit power plants in the regions of "
                 "Kyiv, Poltava, Rivne and Sumy overnight.")
    assert [(h[0], h[2]) for h in hits] == [
        ("Kyiv", "UA-32"), ("Poltava", "UA-53"), ("Rivne", "UA-56"), ("Sumy", "UA-59")]
    got = strike_oblasts("Overnight Russia fired missiles at energy facilities in the regions "
                         "of Kyiv, Poltava and Rivne, the energy minister wrote.")
    assert got == {"UA-32", "UA-53", "UA-56"}


# --- A distance from the front line describes a place: it is no ground fighting --------------

def test_distance_from_the_front_line_is_no_ground_war() -> None:
    got = strike_oblasts("Drones hit Lutsk and Ternopil, cities some 600 kilometres from the "
                         "front line, in the night, the regional governors said.")
    assert got == {"UA-07", "UA-61"}
    # fighting along the front stays ground war
    assert strike_oblasts("Russian units kept attacking Ukrainian positions along the front "
                          "line near Kurakhove.") == set()


# --- Weapons as an army's kit in the ground war (ammunition short, artillery battles) --------

@pytest.mark.parametrize("text", [
    "An analyst said Chasiv Yar could fall soon as the defenders face a shortage of artillery "
    "shells.",
    "Commanders described tank, infantry and drone battles in the Donetsk and Luhansk regions.",
])
def test_weapons_as_kit_are_no_strike(text: str) -> None:
    assert strike_oblasts(text) == set()


def test_a_weapon_fired_at_a_place_stays_a_strike() -> None:
    assert strike_oblasts("Russian artillery shelled Nikopol while ammunition supplies ran "
                          "low at the front.") == {"UA-12"}
