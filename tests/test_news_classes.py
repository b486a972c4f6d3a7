"""The failure classes seen on real news (issue 12, item 2), each with sentences of our own:
what a general rule must read right, end to end (extract_text)."""

from __future__ import annotations

from extract.model import Event
from extract.pipeline import extract_text


def events(text: str, published: str = "2025-03-10") -> dict[str, Event]:
    return {e.place: e for e in extract_text(text, published=published).events}


def total(text: str, figure: str, published: str = "2025-03-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- a wounded person who later died counts as killed, not injured ------------------------

def test_a_wounded_person_who_died_is_killed() -> None:
    got = events("A Russian missile hit a clinic in Chernihiv on Sunday, injuring six people. "
                 "One of the injured later died in hospital, the regional governor said.")
    ev = got["Chernihiv"]
    assert (ev.killed, ev.injured) == (1, 5)
    assert (ev.how["killed"], ev.how["injured"]) == ("stated", "updated")


def test_fatal_injuries_are_deaths() -> None:
    got = events("Russian shelling of Nikopol on Monday caused fatal injuries to two men. "
                 "A third man was wounded.")
    assert (got["Nikopol"].killed, got["Nikopol"].injured) == (2, 1)


# --- tolls that rise or are revised later ------------------------------------------------

def test_victims_risen_to_updates_the_toll_told_before() -> None:
    got = events("Two Russian missiles struck a warehouse in Uzhhorod at dawn. Nine workers "
                 "were hurt. By noon, the number of victims had risen to 13, the police said.")
    ev = got["Uzhhorod"]
    assert (ev.injured, ev.how["injured"], ev.killed) == (13, "updated", None)


# --- "a drone hit X" is no count; model numbers are no counts ----------------------------

def test_a_drone_that_hit_is_no_launch_count() -> None:
    got = events("Overnight a Russian drone hit a fuel station in Rivne oblast; the Shahed-136/131 "
                 "type was identified by investigators on site.")
    assert all(e.drones is None for e in got.values())


# --- shot-down counts in less common shapes ----------------------------------------------

def test_all_drones_shot_down_are_the_launch_count_too() -> None:
    got = events("Air defences shot down all 22 Russian drones launched at the Vinnytsia "
                 "region overnight, the air force said.")
    ev = got["Vinnytsia"]
    assert (ev.drones, ev.drones_downed) == (22, 22)


def test_part_of_the_drones_shot_down_after_missiles() -> None:
    text = ("The air force said air defences destroyed three cruise missiles and 51 of 60 "
            "Shahed-type drones launched against Ukraine overnight.")
    assert (total(text, "drones"), total(text, "drones_downed")) == (60, 51)


# --- ground fighting, analysis and places that were not struck -------------------------

def test_frontline_regions_are_places_struck() -> None:
    got = events("Overnight attacks targeted the frontline regions of Chernihiv and Kharkiv, "
                 "the air force said.")
    assert {e.oblast_iso for e in got.values()} == {"UA-74", "UA-63"}


def test_habitual_attacks_are_analysis() -> None:
    assert events("From there Russia launches most of its drones targeting Odesa, with attacks "
                  "reaching hundreds of drones per day.") == {}
    assert events("Since summer, Russian forces have been regularly shelling Marhanets.") == {}


def test_earlier_strikes_listed_are_background() -> None:
    assert events("Earlier strikes on Kherson Oblast:") == {}


def test_a_town_being_rebuilt_is_no_strike() -> None:
    assert events("The occupiers destroyed Irpin, but the town is being rebuilt.") == {}


def test_a_ranking_does_not_make_a_strike_background() -> None:
    got = events("A missile killed 12 people in Uman, one of the deadliest strikes in recent "
                 "months.")
    assert got["Uman"].killed == 12
    got = events("Russia used glide bombs on Zaporizhzhia for the first time since 2023, "
                 "injuring five people.", published="2025-05-02")
    assert got["Zaporizhzhia"].injured == 5


def test_russian_troops_have_also_shelled_is_their_strike() -> None:
    got = events("Russian troops have also shelled Kherson Oblast, wounding two people.")
    assert got["Kherson"].injured == 2


def test_under_russian_fire_is_a_strike() -> None:
    got = events("Nine settlements in Sumy Oblast were under Russian fire overnight.")
    assert "Sumy" in got


def test_a_street_name_is_no_place_struck() -> None:
    got = events("A missile hit the centre of Izium. It hit Poltavska Street.")
    assert {e.oblast_iso for e in got.values()} == {"UA-63"}


def test_a_colon_dateline_is_no_strike() -> None:
    got = events("Kyiv: A Russian drone injured four people in Chuhuiv, Kharkiv region, on "
                 "Monday.")
    assert set(got) == {"Chuhuiv"}
    assert got["Chuhuiv"].injured == 4


def test_a_range_of_regions_targeted() -> None:
    got = events("Zelensky said Moscow targeted much of Ukraine overnight, from Volyn in the "
                 "west to Kharkiv in the east.")
    assert {e.oblast_iso for e in got.values()} == {"UA-07", "UA-63"}


def test_a_strike_abroad_keeps_its_toll() -> None:
    text = ("Separately, the governor said an artillery strike wounded two people in the "
            "Russian town of Valuyki. Drones also struck Sumy, without casualties.")
    assert total(text, "injured") == 0
    text = ("Explosions hit an air base near Saky in Crimea on Tuesday. A depot was hit. The "
            "blasts killed one person and injured nine.")
    assert (total(text, "killed"), total(text, "injured")) == (0, 0)


def test_a_running_toll_of_an_occupation_is_no_strike_toll() -> None:
    text = ("During 30 days of occupation, Russian forces killed 400 civilians in Hostomel. "
            "The UN has recorded at least 300 civilian deaths.")
    assert total(text, "killed") == 0


def test_a_toll_after_a_list_of_places_counts_once() -> None:
    text = ("The enemy shelled the Nikopol district. A man was injured. They hit Marhanets, "
            "Myrove and Chervonohryhorivka. A 60-year-old man was injured.")
    assert total(text, "injured") == 1


# --- an oblast named through an institution locates its report ---------------------------

def test_the_governors_oblast_locates_a_strike_without_another_place() -> None:
    got = events("Sumy Oblast Governor Ivan Petrenko said Russian forces had struck a border "
                 "town overnight with artillery.")
    assert {e.oblast_iso for e in got.values()} == {"UA-59"}


def test_a_title_does_not_take_the_toll_of_a_place_named() -> None:
    got = events("Source: Head of Zaporizhzhia Oblast Military Administration; quote: the "
                 "occupiers killed two residents in Kurakhove, Donetsk Oblast.")
    assert "Zaporizhzhia" not in got
    assert sum(e.killed or 0 for e in got.values()) == 2


# --- strikes on Kyiv in long roundups ------------------------------------------------------

def test_the_capital_is_kyiv() -> None:
    got = events("Russian drones struck the capital overnight, injuring three people, the "
                 "city military administration said.")
    assert (got["Kyiv"].oblast_iso, got["Kyiv"].injured) == ("UA-30", 3)
    assert "Kyiv" not in events("Ukrainian drones struck the Russian capital overnight.")
    assert "Kyiv" not in events("A missile hit Kharkiv, the regional capital, on Monday.")


def test_kyiv_inside_a_list_of_cities_hit() -> None:
    got = events("Explosions were heard in Odesa, Kyiv, Lviv and Dnipro as Russia attacked "
                 "with 90 drones and 12 missiles.")
    assert {"Odesa", "Kyiv", "Lviv", "Dnipro"} <= set(got)


# --- Ukrainian drones shot down over Russia are no figures of ours ----------------------

def test_ukrainian_drones_downed_over_russia() -> None:
    text = ("Russian air defence destroyed six Ukrainian unmanned aerial vehicles overnight. "
            "Four UAVs were downed over the Kursk region's territory.")
    assert total(text, "drones_downed") == 0
