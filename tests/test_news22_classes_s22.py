"""Strike oblasts of English news (issue 12, session 22, news22: the oblasts missed on the
retired blind news sets of session 21): regions named as attacked without a strike verb beside
each, counted by GUIDE.md's strike_oblasts line (a strike, attack, shelling or interception
event), each class with sentences of our own, end to end."""

from __future__ import annotations

import pytest
from extract_support import events, struck, total


def _oblasts(text: str) -> set[str]:
    return {iso for iso in struck(text) if iso}


# --- air defence at work over a list of regions: an interception there ------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Russia launched 40 drones at Ukraine overnight. Air defence systems were active in the "
     "Poltava, Sumy and Chernihiv regions.", {"UA-53", "UA-59", "UA-74"}),
    ("Anti-aircraft defense systems were working over the Odesa and Mykolaiv regions overnight, "
     "the air force said.", {"UA-48", "UA-51"}),
    ("Russian drones attacked Ukraine overnight. Air defences were engaged in Kirovohrad and "
     "Vinnytsia oblasts.", {"UA-05", "UA-35"}),
    ("Ukraine's air defense forces operated in several oblasts, including Rivne, Volyn and "
     "Lviv, after Russia fired cruise missiles.", {"UA-07", "UA-46", "UA-56"}),
])
def test_air_defence_at_work_over_regions_is_an_interception_there(text: str,
                                                                     want: set[str]) -> None:
    assert _oblasts(text) == want


def test_air_defence_at_work_is_struck_where_an_alert_alone_is_not() -> None:
    text = ("Air raid alerts were sounding in Sumy, Poltava and Cherkasy oblasts as drones hit "
            "Kharkiv. Air defence was also working over the Kyiv region.")
    assert _oblasts(text) == {"UA-63", "UA-32"}


# --- a toll or damage denied for regions in a report of an attack --------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Drones struck Odesa overnight, injuring three. No casualties were reported in the Sumy "
     "and Poltava regions.", {"UA-51", "UA-53", "UA-59"}),
    ("A missile hit Kharkiv on Tuesday. There was no damage in Chernihiv Oblast, officials "
     "said.", {"UA-63", "UA-74"}),
    ("Russia attacked Ukraine with 50 drones overnight. Nobody was hurt in the Zhytomyr and "
     "Rivne regions, their governors said.", {"UA-18", "UA-56"}),
])
def test_regions_with_a_toll_denied_in_an_attack_report_were_attacked(text: str,
                                                                      want: set[str]) -> None:
    assert _oblasts(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # no attack told: a denial alone tells none; then an attack, and the denial's region counts
    ("Officials said no one was hurt in Lviv. Later, drones hit Kharkiv. No casualties were "
     "reported in the Volyn region.", {"UA-63", "UA-07"}),
    # hits denied, not only a toll: those regions were not attacked
    ("Drones hit Kharkiv. Governors of the Sumy and Poltava regions reported no hits or "
     "casualties. There was no damage in Odesa Oblast.", {"UA-63", "UA-51"}),
    # ground fighting with a toll denied: no strike there
    ("Drones hit Kharkiv. Fighting raged near Pokrovsk, but no civilian casualties were "
     "reported. Nobody was injured in the Chernihiv region.", {"UA-63", "UA-74"}),
])
def test_a_denial_counts_after_an_attack_and_not_of_hits_or_fighting(text: str,
                                                                     want: set[str]) -> None:
    assert _oblasts(text) == want


# --- the side that counts or shoots down: no Ukrainian attacker ---------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Ukrainian forces recorded 12 more missile strikes overnight, including in the Sumy area "
     "and in the southern regions of Mykolaiv and Kherson.", {"UA-48", "UA-59", "UA-65"}),
    ("The Ukrainian military registered 40 attacks on the Kharkiv and Poltava regions during "
     "the night.", {"UA-53", "UA-63"}),
    ("The drones were downed over the Poltava, Sumy and Kirovohrad regions by fighter jets and "
     "mobile fire groups of the Ukrainian army.", {"UA-35", "UA-53", "UA-59"}),
    ("Twenty drones were destroyed over Odesa and Mykolaiv oblasts by electronic warfare units "
     "of the Ukrainian military.", {"UA-48", "UA-51"}),
])
def test_ukraine_as_the_counter_or_defender_is_no_attacker(text: str, want: set[str]) -> None:
    assert _oblasts(text) == want


def test_russian_troops_that_deploy_or_send_weapons_are_the_attacker() -> None:
    text = ("The Air Force reported that Russian troops deployed 30 Shahed drones, targeting "
            "infrastructure in several regions, including the southern Mykolaiv region. "
            "Russian forces also sent 20 drones at the Sumy region.")
    assert _oblasts(text) == {"UA-48", "UA-59"}
    # Ukraine as the attacker still is
    assert _oblasts("Ukrainian forces struck a depot near Melitopol, officials said.") == set()


# --- places named as references: no strike there -----------------------------------------------


def test_a_front_sector_or_direction_named_by_a_town_is_no_place_struck() -> None:
    text = ("Shelling killed a man in Siversk, Lysychansk sector, and hurt a woman in "
            "Kurakhove, Pokrovsk direction.")
    assert _oblasts(text) == {"UA-14"}


@pytest.mark.parametrize(("text", "want"), [
    ("Drones hit Sumy overnight, injuring two. Kyiv's air force said it shot down 40 of 60 "
     "drones.", {"UA-59"}),
    ("A missile struck Bila Tserkva, a town about an hour's drive south of the Ukrainian "
     "capital, Kyiv, killing two.", {"UA-32"}),
])
def test_the_capital_as_a_reference_or_its_armed_forces_is_not_struck(text: str,
                                                                       want: set[str]) -> None:
    assert _oblasts(text) == want


def test_a_range_of_cities_with_a_comma_before_its_second_end_was_all_hit() -> None:
    text = ("Russian missiles hit cities across Ukraine on Monday, from Sumy in the north, to "
            "Mykolaiv in the south and Lutsk in the west.")
    assert _oblasts(text) == {"UA-07", "UA-48", "UA-59"}


# --- an oblast struck by interception beside its city's toll is no second place ----------------


def test_a_placeless_toll_goes_to_the_one_city_beside_its_oblasts_interception() -> None:
    text = ("Russian drones attacked Zaporizhzhia on the evening of May 1. Shortly afterward, "
            "air defence systems were activated in the Zaporizhzhia region. \"Russian forces "
            "launched at least ten strikes on Zaporizhzhia,\" the governor wrote. He later "
            "reported that one person had been injured. As of 11 p.m., eight people were "
            "injured in the Russian attack on Zaporizhzhia. The number of injured later rose to "
            "14, the governor said.")
    # the region's interception is an event of its own, with no toll
    assert {(e.place_kind, e.injured) for e in events(text)} == {("settlement", 14),
                                                                 ("oblast", None)}
    assert total(text, "injured") == 14


# --- the capital named as a government's friend or foe, or where leaders met ------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Drones hit Odesa overnight. The Czech president, a vocal backer of Kyiv, later met "
     "President Zelensky in Kyiv.", {"UA-51"}),
    ("Shelling hit the Zaporizhzhia plant on Sunday. Moscow and Kyiv blamed each other for the "
     "shelling.", {"UA-23"}),
])
def test_the_capital_as_a_government_or_a_meeting_place_is_not_struck(text: str,
                                                                        want: set[str]) -> None:
    assert _oblasts(text) == want
    assert _oblasts("Drones hit Odesa and Kyiv overnight.") == {"UA-30", "UA-51"}



# --- a strike of the days just before the report's, recalled: its place struck, not its counts --


@pytest.mark.parametrize("text", [
    ("Russia attacked Ukraine with up to six Shahed drones on the night of 22-23 May, and all "
     "of them were shot down, the General Staff said.\n\nBackground: on the night of 21-22 "
     "May, Russian forces launched 16 missiles and 20 drones in an attack on the city of "
     "Dnipro."),
    ("Russia attacked Ukraine with six Shahed drones overnight, and all of them were shot "
     "down, the General Staff said on 23 May.\n\nIt is worth noting that on the evening of "
     "21 May, Russian troops launched 20 drones at Dnipro. On 14 May, a week before, a "
     "drone hit Kharkiv."),
])
def test_a_strike_of_the_days_just_before_is_struck_without_its_counts(text: str) -> None:
    # (not one of a week before: background still)
    got = events(text, published="2023-05-23")
    assert {e.oblast_iso for e in got if e.oblast_iso} == {"UA-12"}
    assert max(e.drones or 0 for e in got) == 6
    assert all(e.drones is None and e.missiles is None for e in got if e.oblast_iso)

