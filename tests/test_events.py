"""Strike locations and the figures each gets (extract/events.py)."""

from __future__ import annotations

import pytest

from extract.model import Event
from extract.pipeline import extract_text


def events(text: str) -> dict[str, Event]:
    return {e.place: e for e in extract_text(text, published="2024-04-10").events}


def test_oblast_after_a_settlement_locates_it() -> None:
    got = events("On 12 February 2024, a Russian KAB hit Kupiansk, Kharkiv region. A woman was "
                 "injured.")
    assert list(got) == ["Kupiansk"]
    assert (got["Kupiansk"].injured, got["Kupiansk"].weapon) == (1, "glide_bomb")
    got = events("A Russian drone attack on the port city of Izmail in southern Odesa Oblast "
                 "damaged grain facilities.")
    assert list(got) == ["Izmail"]


def test_oblast_alone_is_the_strike_location() -> None:
    got = events("At least 111 drones targeted the eastern Dnipro region overnight, resulting in "
                 "the deaths of two civilians and injuries to three others.")
    ev = got["Dnipropetrovsk"]
    assert (ev.place_kind, ev.geo_precision, ev.drones, ev.killed, ev.injured) == (
        "oblast", 3, 111, 2, 3)


def test_russian_troops_strike_is_a_strike() -> None:
    got = events("Russian troops struck the village of Bilozerka in Kherson Oblast with a drone, "
                 "killing a 67-year-old man.")
    assert (got["Bilozerka"].killed, got["Bilozerka"].oblast_iso) == (1, "UA-65")


def test_strike_on_russian_forces_is_not_ours() -> None:
    assert events("A Russian ammunition dump in the south of the Kherson region was destroyed, "
                  "Ukrainian officials said.") == {}
    assert events("Ukrainian drones struck an oil depot in the Belgorod region, injuring two "
                  "people.") == {}


def test_total_over_a_list_of_regions_is_national() -> None:
    got = events("Russia launched 126 drones overnight, of which 80 were shot down over the "
                 "Sumy, Kharkiv, Poltava and Chernihiv regions.")
    assert got["Ukraine"].place_kind == "country" and got["Ukraine"].drones == 126
    assert {e.oblast_iso for e in got.values() if e.oblast_iso} == {
        "UA-59", "UA-63", "UA-53", "UA-74"}
    assert all(e.drones is None for name, e in got.items() if name != "Ukraine")


def test_figures_go_to_the_place_their_clause_names() -> None:
    got = events("Shelling killed two people in Kherson, and a drone injured three in Nikopol.")
    assert (got["Kherson"].killed, got["Kherson"].injured) == (2, None)
    assert (got["Nikopol"].injured, got["Nikopol"].killed) == (3, None)


def test_talks_and_ground_fighting_are_no_strikes() -> None:
    assert events("Talks in Kyiv and Moscow went on; Finland and Sweden signed a pact.") == {}
    assert events("Russian forces advanced near Pokrovsk and captured two villages.") == {}


def test_weapon_follows_the_counts() -> None:
    got = events("Russia launched 126 drones and two Iskander-M missiles at Ukraine overnight.")
    assert got["Ukraine"].weapon == "drone"


def test_count_followed_by_its_place() -> None:
    got = events("In the Donetsk region, Russian shelling killed one person in Kostiantynivka "
                 "and injured four in Kramatorsk, the governor said.")
    assert set(got) == {"Kostiantynivka", "Kramatorsk"}  # the oblast only locates them
    assert (got["Kostiantynivka"].killed, got["Kramatorsk"].injured) == (1, 4)


def test_the_citys_district_is_the_city_named_before() -> None:
    got = events("The mayor of Kharkiv, Ihor Terekhov, said Russian forces had struck the "
                 "city's Kyivskyi district with glide bombs, injuring nine people.")
    assert list(got) == ["Kharkiv"] and got["Kharkiv"].injured == 9


def test_ukrainian_source_is_not_a_ukrainian_attack() -> None:
    got = events("A missile hit Odesa. The head of Odesa's military administration said 15 "
                 "people had been injured.")
    assert got["Odesa"].injured == 15
    got = events("A drone hit Kharkiv, injuring five people, Ukrainian forces said.")
    assert got["Kharkiv"].injured == 5
    # ... unless what the source says is that it struck.
    assert events("Ukrainian forces said they struck Russian positions near Kupiansk.") == {}


def test_earlier_strikes_recalled_are_background() -> None:
    # published 2024-04-10
    got = events("A missile hit Kharkiv overnight, injuring four. Ten days ago, a missile strike "
                 "on the city killed 20 people. Last month a similar strike killed three workers.")
    assert (got["Kharkiv"].injured, got["Kharkiv"].killed) == (4, None)
    got = events("Drones hit Sumy, killing one. The city was hit in January by a missile strike "
                 "that killed nine people.")
    assert got["Sumy"].killed == 1
    # A month just before publication may still be the reported period.
    assert events("The city of Sumy was hit in March by a missile that killed nine people."
                  )["Sumy"].killed == 9


@pytest.mark.parametrize("text", [
    "A missile hit Odesa. In Kharkiv, which was not targeted, schools reopened.",
    "A missile hit Odesa. Air raid sirens also sounded across the Poltava region, "
    "though no damage was reported there.",
    "A missile hit Odesa. The grid operator imposed emergency power cuts in the "
    "Poltava region after the strikes.",
    "A missile hit Odesa. The SBU detained a man in Kharkiv suspected of passing the "
    "coordinates of air defence positions.",
], ids=["not-targeted", "sirens", "power-cuts", "detained"])
def test_places_named_in_passing_are_not_struck(text: str) -> None:
    assert list(events(text)) == ["Odesa"]


def test_a_strike_without_casualties_is_a_strike() -> None:
    # A strike that caused no casualties is still a strike.
    assert list(events("A drone hit a warehouse in Lviv; no casualties were reported.")) == [
        "Lviv"]


def test_names_in_brackets_locate_the_place_before_them() -> None:
    got = events("On 5 March 2024, Russian forces struck Vilniansk (Zaporizhzhia, Zaporizhia) "
                 "with a glide bomb.")
    assert list(got) == ["Vilniansk"]


def test_landmark_place_is_no_strike() -> None:
    got = events("Artillery shelling of Nikopol, across the river from the Russian-occupied "
                 "nuclear power plant in Enerhodar, injured two women.")
    assert list(got) == ["Nikopol"] and got["Nikopol"].injured == 2


def test_the_month_may_is_no_hypothetical() -> None:
    got = events("On 2 April 2024, Russian forces dropped 3 guided bombs on Velyka Pysarivka "
                 "(Okhtyrskyi, Sumy).")
    assert list(got) == ["Velyka Pysarivka"]


def test_a_strike_on_a_day_of_may_is_a_strike() -> None:
    assert list(extract_text("On 2 May 2025, Russian forces dropped 3 guided bombs on Velyka "
                             "Pysarivka.", published="2025-05-03").events)


def test_the_verb_may_is_a_hypothetical() -> None:
    assert events("Russia may strike Odesa again, officials warned.") == {}


@pytest.mark.parametrize("text", [
    "The governor of the Volyn region said drones had crossed its airspace heading west.",
    "In the Mykolaiv region, air raid alerts lasted three hours, though no drones were reported "
    "there.",
], ids=["overflight", "alerts"])
def test_overflight_and_alerts_are_no_strikes(text: str) -> None:
    assert events(text) == {}


def test_a_where_clause_does_not_veto_a_strike() -> None:
    got = events("A 60-year-old resident was killed in a drone strike on Balakliia, where Russian "
                 "troops have been trying to advance for months.")
    assert got["Balakliia"].killed == 1


def test_an_aside_about_the_town_does_not_veto_a_strike() -> None:
    got = events("A drone attack on Slavutych in the Kyiv region, a town built after the 1986 "
                 "Chornobyl disaster, injured two people.")
    assert list(got) == ["Slavutych"] and got["Slavutych"].injured == 2


def test_an_anniversary_does_not_veto_a_national_strike() -> None:
    got = events("Russia launched a record 267 attack drones at Ukraine overnight on the "
                 "anniversary of the invasion.")
    assert got["Ukraine"].drones == 267


def test_a_place_abroad_named_does_not_take_the_figures() -> None:
    # A place abroad merely named does not take the figures away.
    assert events("Hours before the Istanbul meeting, Russia launched 472 drones at Ukraine."
                  )["Ukraine"].drones == 472


def test_crimea_is_no_russian_target() -> None:
    assert events("Ukraine's navy said it struck a Russian landing ship in Sevastopol. Drones "
                  "also hit an airfield near Saky in Crimea.") == {}


def test_occupied_donetsk_is_no_russian_target() -> None:
    assert events("Shelling in Donetsk killed two people, the Russian-installed mayor said.") == {}


def test_kramatorsk_is_a_russian_target() -> None:
    assert events("Russian shelling of Kramatorsk killed two.")["Kramatorsk"].killed == 2


def test_a_dateline_is_not_attacked() -> None:
    # A dateline, a visit, a front-line reference, a habitual target.
    got = events("KYIV, April 10 (Reuters) - Russia struck the port city of Odesa overnight with "
                 "drones, killing one person.")
    assert list(got) == ["Odesa"]


def test_a_visited_city_is_not_attacked() -> None:
    got = events("Russia fired 108 drones at Ukraine overnight, despite a ceasefire proposal "
                 "backed by European leaders who visited Kyiv on Saturday.")
    assert list(got) == ["Ukraine"] and got["Ukraine"].drones == 108


def test_a_frequent_target_near_the_front_is_not_attacked() -> None:
    assert events("Kryvyi Rih lies some 70 kilometres from the front line in the Zaporizhzhia "
                  "region and is a frequent target of missile and drone attacks.") == {}


def test_shot_down_count_after_the_launch_sentence() -> None:
    got = events("Russia launched 93 Shahed and decoy drones overnight, Ukraine's air force said. "
                 "It said 55 were shot down and 30 others were jammed.")
    assert (got["Ukraine"].drones, got["Ukraine"].drones_downed) == (93, 55)


def test_a_total_and_its_parts_count_once() -> None:
    got = events("Russian attacks on Donetsk Oblast killed two civilians and injured 9 over the "
                 "past day, the governor said. A guided aerial bomb hit Kramatorsk, killing one "
                 "person and injuring six, and a drone attack on Druzhkivka killed one and "
                 "injured three.")
    assert sum(e.killed or 0 for e in got.values()) == 2
    assert sum(e.injured or 0 for e in got.values()) == 9
    assert (got["Kramatorsk"].killed, got["Druzhkivka"].injured) == (1, 3)


def test_a_record_attack_since_the_war_began_is_no_background() -> None:
    got = events("Russia pounded Kharkiv with drones overnight in the most powerful attack on the "
                 "city since the full-scale war began. At least three people were killed.")
    assert got["Kharkiv"].killed == 3


def test_location_field() -> None:
    got = events("Location: Kryvyi Rih, Dnipropetrovsk oblast. Description: A missile struck a "
                 "residential area, killing 20 people.")
    assert got["Kryvyi Rih"].killed == 20


def test_admin1_slot() -> None:
    got = events("Russian forces launched drones on Bila Tserkva (Bilotserkivskyi, Kyiv).")
    assert list(got) == ["Bila Tserkva"]


def test_a_figure_without_a_total_cue_is_not_a_total() -> None:
    got = events("Russia attacked the Kremenchuk refinery overnight, injuring two workers. "
                 "Shelling "
                 "of Marhanets injured one person.")
    assert sum(e.injured or 0 for e in got.values()) == 3


def test_an_in_total_line_counts_once() -> None:
    got = events("In Kherson, a woman was killed. In Bilozerka two men were injured. In total, 1 "
                 "person died and 5 were injured.")
    assert (sum(e.killed or 0 for e in got.values()), sum(e.injured or 0 for e in got.values())
            ) == (1, 5)


def test_a_headline_total_counts_once() -> None:
    got = events("Russia hits Kyiv hospital as attack across Ukraine kills 45. In Kyiv, 31 people "
                 "were killed. In Kryvyi Rih, ten people were killed.")
    assert sum(e.killed or 0 for e in got.values()) == 45 and got["Kyiv"].killed == 31


def test_a_risen_toll_replaces_the_first() -> None:
    got = events("A missile hit a restaurant in Dnipro. The number of people killed has risen to "
                 "40. Initially, officials reported 12 dead on Saturday evening.")
    assert list(got) == ["Dnipro"] and got["Dnipro"].killed == 40


def test_a_toll_in_the_title_counts_once() -> None:
    got = events("Ternopil death toll rises to 25 as Russia hits western Ukraine. The death toll "
                 "rose to 25, Ternopil Oblast Governor Vyacheslav Nehoda said.")
    assert sum(e.killed or 0 for e in got.values()) == 25


def test_an_earlier_dated_attack_is_background() -> None:
    got = events("Russian drones struck Kyiv overnight, killing 23 people. On 31 March, a Russian "
                 "missile destroyed a building in Kyiv, killing 31 people.")
    assert got["Kyiv"].killed == 23


def test_a_dateline_is_no_strike() -> None:
    assert list(events("KYIV — Two Russian ballistic missiles struck a military institute in "
                       "Poltava, killing 51.")) == ["Poltava"]


def test_the_origin_of_the_shelling_is_no_strike() -> None:
    got = events("Russian forces shelled Nikopol from positions around occupied Enerhodar, "
                 "injuring 2 women.")
    assert list(got) == ["Nikopol"] and got["Nikopol"].injured == 2


def test_a_foreign_claim_is_no_toll() -> None:
    got = events("A drone damaged a school in Koriukivka. Bryansk Governor Alexander Bogomaz "
                 "claimed that one civilian had been killed in the village of Klimovo.")
    assert got["Koriukivka"].killed is None


def test_a_weekly_tally_is_no_strike() -> None:
    assert events("Over the past week, Russia launched 800 glide bombs and 400 drones against "
                  "Ukraine.") == {}


def test_a_lead_total_over_the_places_named_after_it() -> None:
    got = events("Russia attacked Ukraine overnight, killing at least nine people, officials said. "
                 "In Kharkiv, five people had been killed, the mayor said. In Sumy, one person "
                 "was killed.")
    assert sum(e.killed or 0 for e in got.values()) == 9
    assert (got["Kharkiv"].killed, got["Sumy"].killed) == (5, 1)


def test_a_lead_total_of_killed_and_injured() -> None:
    got = events("Russian drones and missiles struck Kharkiv and Kyiv, killing at least four "
                 "and injuring 92. In Kyiv, 2 were killed and 49 injured. In Kharkiv, one "
                 "person was killed and 43 injured. In Vyshneve, one person was killed.")
    assert (sum(e.killed or 0 for e in got.values()), sum(e.injured or 0 for e in got.values())
            ) == (4, 92)


def test_images_of_damage_locate_the_strike() -> None:
    # A first figure told for one place is that place's, not a total.
    got = events("A man was killed in Ivanivka, and two people were injured in Nizhyn. In the "
                 "Sumy region, a drone hit Romny, injuring one person.")
    assert sum(e.injured or 0 for e in got.values()) == 3


def test_a_line_of_place_names_locates_the_note() -> None:
    got = events("Uman, Cherkasy oblast. A Russian cruise missile struck an apartment building, "
                 "killing 23 people.")
    assert list(got) == ["Uman"] and got["Uman"].killed == 23


@pytest.mark.parametrize("text", [
    "Washington has urged Kyiv to stop the attacks on Russian refineries.",
    "Energy facilities in the Dnipropetrovsk and Zaporizhzhia regions have already been damaged "
    "in recent weeks.",
    "A missile hit Sumy. The wounded were evacuated to hospitals in Mykolaiv and Odesa.",
    "Russian forces tightened the noose around Avdiivka.",
])
def test_no_strike_reported_here(text: str) -> None:
    assert [k for k in events(text) if k != "Sumy"] == []


def test_a_hospital_in_a_city_is_a_target() -> None:
    assert list(events("Images show damage to the Okhmatdyt children's hospital in Kyiv after a "
                       "Russian missile attack.")) == ["Kyiv"]


def test_a_repeated_toll_counts_once() -> None:
    got = events("Russia struck the ports of Odesa and Mykolaiv overnight, killing two people. Two "
                 "people were killed and eight injured in Odesa.")
    assert sum(e.killed or 0 for e in got.values()) == 2 and got["Odesa"].killed == 2


def test_a_wounded_total_over_two_cities() -> None:
    got = events("Missiles hit Kyiv and Kharkiv, wounding more than 90 in the two cities. In Kyiv, "
                 "49 were injured. In Kharkiv, one person was killed and 42 injured.")
    assert sum(e.injured or 0 for e in got.values()) == 91


def test_a_relative_clause_does_not_veto_a_strike() -> None:
    got = events("In Kherson, which Ukrainian forces recaptured earlier this month, Russian "
                 "shelling from across the river killed four people.")
    assert got["Kherson"].killed == 4


def test_a_downed_count_carries_its_weapon() -> None:
    got = events("Russia attacked the Odesa region with 30 drones overnight. Air defences "
                 "destroyed 23.")
    assert (got["Odesa"].drones, got["Odesa"].drones_downed) == (30, 23)


def test_a_national_toll_over_the_cities_that_follow() -> None:
    got = events("A Russian missile barrage struck cities across Ukraine in daylight on Monday, "
                 "killing at least 38 people and hitting a children's hospital in Kyiv. In Kyiv, "
                 "27 people were killed. In Kryvyi Rih, 10 people were killed. In Pokrovsk a "
                 "missile killed one man.")
    assert sum(e.killed or 0 for e in got.values()) == 38 and got["Kyiv"].killed == 27


def test_a_placeless_toll_over_the_cities_that_follow() -> None:
    got = events("Russia launched a large air attack. At least three people were killed, "
                 "officials said. In Lutsk, one person was killed. In Dnipro two people were "
                 "killed.")
    assert sum(e.killed or 0 for e in got.values()) == 3


def test_rising_tolls_join_the_strike_they_update() -> None:
    got = events("A missile hit Kyiv, killing 10. Rescuers worked through the night. Officials "
                 "described the scene. The death toll has risen to 15. By evening the death toll "
                 "had risen to 21, officials said. A missile also hit Odesa, killing two.")
    assert (got["Kyiv"].killed, got["Odesa"].killed, "Ukraine" in got) == (21, 2, False)


def test_traded_blame_is_no_russian_strike() -> None:
    assert events("Moscow and Kyiv traded blame for shelling around the Zaporizhzhia nuclear "
                  "plant in Enerhodar.") == {}


def test_ukrainian_shelling_is_no_russian_strike() -> None:
    assert events("Russian-installed authorities said Ukrainian shelling had damaged a power "
                  "substation in Tokmak.") == {}
