"""Strike-oblast classes seen on new real English news (issue 12, session 13,
/work/snap/dev13/obl13): each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events


def _oblasts(text: str) -> set[str]:
    return {e.oblast_iso for e in events(text) if e.oblast_iso}


# --- Kyiv oblast told through the capital, without its name ------------------------------------


def test_the_city_and_its_region_are_both_struck() -> None:
    assert _oblasts("Overnight Kyiv and its region were hit by a wave of drones.") == {
        "UA-30", "UA-32"}
    assert _oblasts("Before dawn, Kyiv and its region, as well as Poltava and Sumy regions, "
                    "were targeted by missiles.") == {"UA-53", "UA-59", "UA-30", "UA-32"}


def test_the_capital_region_is_kyiv_oblast() -> None:
    text = ("Blasts rang out over Kyiv on Tuesday night, and air defence fired in the capital "
            "region, the regional governor said.")
    assert _oblasts(text) == {"UA-30", "UA-32"}


def test_the_wider_region_right_after_kyiv_is_kyiv_oblast() -> None:
    text = "Drones attacked Kyiv before dawn, damaging homes in four districts of the wider region."
    assert _oblasts(text) == {"UA-30", "UA-32"}
    # after another city it is that city's own oblast
    assert _oblasts("Drones attacked Poltava before dawn, damaging homes across the wider "
                    "region.") == {"UA-53"}


def test_kyiv_and_its_allies_is_still_the_government() -> None:
    assert _oblasts("Kyiv and its allies condemned the drone strike on Izmail.") == {"UA-51"}


# --- hromadas named by their adjective: compound names, lists sharing the noun -----------------


def test_a_compound_hromada_adjective_is_its_own_town() -> None:
    # not Buda (Chernivtsi oblast) nor Siversk (Donetsk oblast) from the second word alone
    assert _oblasts("Mortar fire hit two houses in the Seredyna-Budska hromada overnight.") == {
        "UA-59"}
    assert _oblasts("Artillery also hit the Novhorod-Siverska hromada, the regional "
                    "administration said.") == {"UA-74"}


def test_a_list_of_hromada_adjectives_sharing_the_noun() -> None:
    got = {e.place for e in events("Over the day Russian guns shelled the Krasnopillia, "
                                   "Yunakivska and Shalyhynska communities.")}
    assert {"Krasnopillia", "Yunakivka", "Shalyhyne"} <= got


# --- the capital as a distance landmark --------------------------------------------------------


def test_a_distance_from_the_capital_strikes_neither_kyiv() -> None:
    assert _oblasts("A missile hit a grain terminal in Izmail, some 440 km south-west of the "
                    "capital, Kyiv, on Monday.") == {"UA-51"}
    assert _oblasts("Shelling wounded two in Bilozerka, roughly 300 miles from the "
                    "capital.") == {"UA-65"}
    # without a distance, "south of the capital" is the capital's oblast
    assert _oblasts("Drones hit two villages south of the capital overnight.") == {"UA-32"}


def test_a_toll_for_kyiv_and_its_region_is_counted_once() -> None:
    got = events("Drones killed two people in Kyiv and the surrounding region before dawn. "
                 "The strikes on the capital and the wider region, which the governor called "
                 "separate, left two dead.")
    assert {e.oblast_iso for e in got} == {"UA-30", "UA-32"}
    assert sum(e.killed or 0 for e in got) == 2


# --- the capital as the government, or where the reporter files from -------------------------


def test_kyiv_pleading_or_preparing_is_the_government() -> None:
    assert _oblasts("Kyiv is pleading with its partners for more Patriot systems after a "
                    "missile hit Poltava.") == {"UA-53"}
    assert _oblasts("Drones hit Sumy overnight as Kyiv prepares a new mobilisation "
                    "law.") == {"UA-59"}


def test_a_capital_after_a_headlines_colon_is_its_source() -> None:
    text = "Missile strike on Ukraine's Kharkiv kills three, injures nine: Kyiv\nThe city was hit."
    assert _oblasts(text) == {"UA-63"}
    # a field line is no headline: "Location: Kyiv" still locates
    assert _oblasts("Location: Kyiv\nA drone hit a house.") == {"UA-30"}


def test_a_capitals_dateline_with_a_colon() -> None:
    assert _oblasts("KYIV, Ukraine: Russian guided bombs hit Kostiantynivka, killing "
                    "two.") == {"UA-14"}


def test_the_wider_region_after_the_city_spelt_the_old_way() -> None:
    # "Kiev" is the city as "Kyiv" is: its wider region is the oblast around it
    for name in ("Kyiv", "Kiev"):
        text = (f"Russian missiles struck {name} overnight, and damage was reported in several "
                "districts of the wider region, officials said.")
        assert "UA-32" in {e.oblast_iso for e in events(text)}, name
