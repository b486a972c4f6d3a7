"""Which oblasts English news reports struck (issue 12, session 18, strike-oblast F1 on the
retired blind news sets): each class with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events


def _oblasts(text: str) -> set[str]:
    return {e.oblast_iso for e in events(text) if e.oblast_iso}


def _killed_in(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in events(text):
        if e.oblast_iso and e.killed:
            out[e.oblast_iso] = out.get(e.oblast_iso, 0) + e.killed
    return out


# --- "partially occupied" describes an oblast Ukraine holds in part: Russia's strikes there --


def test_a_toll_in_a_partially_occupied_oblast_is_told_there() -> None:
    text = ("A drone killed a driver near Lutsk on Friday. Shelling also killed a farmer in "
            "the partially occupied Kherson region, according to local officials.")
    assert _killed_in(text) == {"UA-07": 1, "UA-65": 1}


def test_a_strike_on_a_partly_occupied_oblast_is_russias() -> None:
    assert _oblasts("Russian glide bombs hit two villages in the partly occupied "
                    "Zaporizhzhia region on Sunday.") == {"UA-23"}
    assert _oblasts("Shelling of the partially-occupied Luhansk region wounded a woman, "
                    "the regional head said.") == {"UA-09"}
    # an occupied town struck is Ukraine's strike, as before
    assert _oblasts("Explosions hit a depot in occupied Melitopol overnight.") == set()


# --- an intention to strike is no strike ---------------------------------------------------


def test_an_intention_to_attack_strikes_nowhere() -> None:
    assert _oblasts("\u201cTheir troop build-up reveals an intention to attack the Chernihiv "
                    "region,\u201d a commander told reporters.") == set()
    assert _oblasts("Officials believe Moscow intends to strike the port of Izmail next.") \
        == set()
    assert _oblasts("The Kremlin is intent on hitting power plants in the Kyiv region, the "
                    "minister said.") == set()
    # "intentional" is no intention to strike later
    assert _oblasts("Drones struck Odesa overnight in what officials called an intentional "
                    "attack on the port.") == {"UA-51"}


# --- a blackout a strike left is told where power went out, not where the strike hit -------


def test_a_blackout_after_the_strike_names_no_struck_oblast() -> None:
    text = ("A drone hit a substation in the Cherkasy region overnight. After the strike, "
            "parts of the Cherkasy and Kirovohrad regions went through blackouts for hours.")
    assert _oblasts(text) == {"UA-71"}


def test_an_oblast_left_without_power_due_to_attacks_is_not_struck() -> None:
    text = ("Russian missiles hit energy sites in the west overnight. Volyn Oblast spent the "
            "night without electricity, an outage caused by a Russian attack on the energy "
            "system, the governor wrote.")
    assert _oblasts(text) == set()
    # an outage told with the strike that hit there keeps it
    assert _oblasts("Poltava Oblast was left without power after a Russian drone hit a "
                    "substation near Lubny.") == {"UA-53"}
    assert _oblasts("As a result of the attack, a substation in Uman was damaged and the "
                    "town was left without power.") == {"UA-71"}


# --- a gun firing at the enemy (a photo's caption) is Ukraine's fire, no strike on the oblast -


def test_a_caption_of_a_gun_firing_at_russian_targets_strikes_nowhere() -> None:
    assert _oblasts("Ukrainian artillerymen shoot a mortar at Russian positions close to "
                    "Kupiansk, Kharkiv region.") == set()
    assert _oblasts("Ukrainian gunners fire a rocket launcher toward Russian positions "
                    "outside Huliaipole, Zaporizhzhia region, on March 3.") == set()
    assert _oblasts("A tank crew of a Ukrainian brigade fires at enemy positions near "
                    "Siversk.") == set()
    assert _oblasts("Russian artillery fired at Nikopol overnight, wounding a man.") \
        == {"UA-12"}


# --- "the capital" in a clause recalling an earlier strike is that strike's -----------------


def test_the_capital_in_a_recalled_clause_is_not_struck_now() -> None:
    text = ("A missile hit Vinnytsia on Sunday, killing three. The strike came days after "
            "drones hit the capital and its region.")
    assert _oblasts(text) == {"UA-05"}
    text = ("A glide bomb hit Kupiansk on Monday, injuring two. The shelling came the day "
            "after a drone swarm targeted the capital.")
    assert _oblasts(text) == {"UA-63"}
    # the report's own strike on the capital, with an earlier one recalled after it, stays
    assert _oblasts("Drones hit the capital overnight, injuring four, days after a missile "
                    "struck Odesa.") == {"UA-30"}


# --- a list after "N oblasts –" names oblasts: Kyiv the oblast, Kherson not a namesake -------


def test_a_dash_list_after_oblasts_names_the_oblasts() -> None:
    text = ("Russia targeted nine Ukrainian oblasts \u2013 Chernihiv, Kyiv, Kherson, "
            "Dnipropetrovsk and Odesa, regional authorities said.")
    assert _oblasts(text) == {"UA-74", "UA-32", "UA-65", "UA-12", "UA-51"}
    text = ("Overnight the attacks reached six regions \u2014 Kyiv, Kherson, Dnipropetrovsk, "
            "Sumy, Poltava and Zhytomyr.")
    assert _oblasts(text) == {"UA-32", "UA-65", "UA-12", "UA-59", "UA-53", "UA-18"}


# --- a photo's caption dated days before the report's own strike is an earlier attack's ------


def test_an_old_dated_caption_before_last_nights_strike_is_not_struck_now() -> None:
    # published 2025-06-12 (extract_support)
    text = ("Rescuers work at a house in Chernihiv hit by a Russian drone on May 30, 2025. "
            "(Photo: agency)\n\nRussia launched 200 drones at Ukraine overnight, the air force "
            "said. Debris fell on a warehouse in Bila Tserkva.")
    assert _oblasts(text) == {"UA-32"}
    text = ("A Russian missile strikes the port of Izmail on June 2, 2025.\n\n"
            "Drones attacked Mykolaiv this morning, damaging a school.")
    assert _oblasts(text) == {"UA-48"}
    # a dated strike with a toll stays, and so does one in a report of no strike of its day
    text = ("A Russian strike on Chernihiv on May 30, 2025 killed four people.\n\n"
            "Drones attacked Mykolaiv this morning, damaging a school.")
    assert _oblasts(text) == {"UA-74", "UA-48"}
    # the report's own strike was that day: no strike of its own day or night told
    assert _oblasts("A Russian drone hit a house in Chernihiv on May 30, 2025, the governor "
                    "said.") == {"UA-74"}


# --- "in the region" right after the capital's strike is Kyiv oblast ------------------------


def test_the_region_after_the_capitals_strike_is_kyiv_oblast() -> None:
    text = ("About a dozen drones were downed over Kyiv overnight. Nobody was hurt, but falling "
            "debris damaged a garage and a car in the region.")
    assert _oblasts(text) == {"UA-30", "UA-32"}
    text = ("Russian missiles hit the capital overnight, injuring three. In the region, a drone "
            "set a warehouse on fire.")
    assert _oblasts(text) == {"UA-30", "UA-32"}
    # another city's region is that city's oblast already; the region's governor is a speaker
    assert _oblasts("Drones hit Kharkiv overnight. In the region, two villages were "
                    "shelled.") == {"UA-63"}
    assert _oblasts("Russian missiles hit Kyiv overnight, injuring three, the region's "
                    "governor said.") == {"UA-30"}


# --- weapons fired from the occupied parts of an oblast strike elsewhere --------------------


def test_missiles_fired_from_occupied_parts_of_an_oblast_strike_not_there() -> None:
    assert _oblasts("Six Iskander missiles came from the occupied part of Zaporizhzhia "
                    "Oblast, according to the air force.") == set()
    assert _oblasts("Drones launched from the temporarily occupied part of Kherson Oblast hit "
                    "a port in Mykolaiv.") == {"UA-48"}
