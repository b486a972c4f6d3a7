"""Review of session 15's changes: what a step added this session took too widely, each in
our own sentences."""
from __future__ import annotations

import pytest

from extract.places import default_matcher
from tests.extract_support import events, total

# --- A ministry other than defence telling a strike's toll is the toll (`fc.CODED_TOLL`
# names a defence ministry's claim of the other army's dead only) ---

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A Russian missile hit Dnipro on Monday. The interior ministry reported 5 people killed "
     "and 12 injured.", 5, 12),
    ("Russian drones struck Odesa overnight. The emergencies ministry reported 3 dead and 8 "
     "wounded.", 3, 8),
    ("Shelling hit Kherson on Sunday; the health ministry reported 2 killed and 6 hurt.", 2, 6),
])
def test_a_civil_ministry_telling_a_toll_is_the_toll(text: str, killed: int,
                                                      injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


def test_a_defence_ministry_claiming_enemy_dead_is_still_no_toll() -> None:
    assert total("Russian guns fired on positions near Bakhmut. The Russian defence ministry "
                 "reported 70 killed among the defenders.", "killed") == 0


# --- A neighbourhood of Kyiv after a town of Kyiv oblast stays in the city (310b953 reads
# only the capital's own bare name as the oblast around it) ---

@pytest.mark.parametrize("text", [
    "On 3 May 2023, Russian drones struck a warehouse in Hora, Darnytsia.",
    "Debris of a downed drone fell in Vyshhorod, Obolon, on Sunday night.",
])
def test_a_kyiv_neighbourhood_after_an_oblast_town_is_the_city(text: str) -> None:
    isos = {(text[f.start:f.end], f.place.oblast_iso, f.place.kind)
            for f in default_matcher().find(text)}
    assert not any(kind == "oblast" for _name, _iso, kind in isos), isos
    assert "UA-30" in {e.oblast_iso for e in events(text)}


def test_the_bare_capital_after_an_oblast_town_is_still_the_oblast() -> None:
    assert {e.oblast_iso for e in events("On 3 May 2023, Russian drones hit Hora, Kyiv.")} == {
        "UA-32"}


# --- A death not confirmed in a roundup withdraws the deaths of the event told last, not the
# other places' (0d7c50e gave English reports the step `_retract`) ---

def test_a_death_not_confirmed_in_a_roundup_leaves_the_other_places_toll() -> None:
    text = ("Russian drones hit Kharkiv overnight, killing three people, the mayor said. In "
            "Kherson, shelling killed a man on Monday. Later, information about the man's death "
            "in Kherson was not confirmed.")
    killed = {e.place: e.killed for e in events(text, published="2025-03-03")}
    assert killed == {"Kharkiv": 3, "Kherson": None}


def test_a_death_not_confirmed_of_the_one_event_told_is_withdrawn() -> None:
    text = ("A drone struck a shop in Nikopol in the evening; one man was said to be killed and "
            "two hurt. Reports of the man's death were not confirmed later.")
    assert total(text, "killed", published="2025-03-03") == 0
    assert total(text, "injured", published="2025-03-03") == 2
