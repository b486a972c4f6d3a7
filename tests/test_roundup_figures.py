"""Roundups as real news writes them (issue 12): headline totals and their parts, running
tolls, shot-down counts in less common shapes, oblasts named through an institution. Every
sentence here is written for the test."""

from __future__ import annotations

from extract.model import Event
from extract.pipeline import extract_text


def events(text: str, published: str = "2025-06-10") -> dict[tuple[str, str | None], Event]:
    return {(e.place, e.oblast_iso): e for e in extract_text(text, published=published).events}


def total(got: dict[tuple[str, str | None], Event], field: str) -> int:
    return sum(getattr(e, field) or 0 for e in got.values())


def struck(got: dict[tuple[str, str | None], Event]) -> set[str]:
    return {iso for _p, iso in got if iso}


def test_deaths_reported_in_a_region_locate_the_strike() -> None:
    got = events("Russian drones and missiles hit Ukraine overnight. Five deaths were reported "
                 "in the northern Chernihiv region, two more deaths were reported in the Sumy "
                 "region, and one in the eastern city of Izium.")
    assert struck(got) == {"UA-74", "UA-59", "UA-63"}
    assert got[("Chernihiv", "UA-74")].killed == 5
    assert got[("Sumy", "UA-59")].killed == 2
    assert got[("Izium", "UA-63")].killed == 1


def test_one_fatality_and_injuries_are_counted() -> None:
    got = events("Drone strikes on the Poltava region damaged homes, leading to one fatality and "
                 "four injuries.")
    assert (total(got, "killed"), total(got, "injured")) == (1, 4)


def test_a_lower_bound_headline_is_not_added_to_its_parts() -> None:
    got = events("Russia launched a wave of drones at Ukraine overnight, injuring more than 20 "
                 "people and killing one, officials said. In the Chernivtsi region a drone hit a "
                 "warehouse, killing one person and injuring seven. Strikes on Zhytomyr injured "
                 "at least 17 people.")
    assert (total(got, "killed"), total(got, "injured")) == (1, 24)
    assert got[("Zhytomyr", "UA-18")].injured == 17


def test_an_exact_headline_with_larger_parts_keeps_the_parts_apart() -> None:
    # an exact total well short of the parts is not their total: figures of their own
    got = events("A missile strike killed two people in Lutsk. Later, shelling killed six people "
                 "in Kherson and three in Nikopol.")
    assert total(got, "killed") == 11


def test_all_drones_shot_down_beside_a_part_of_the_missiles() -> None:
    got = events("The air force said on Tuesday it had shot down all 37 drones and two of five "
                 "missiles launched by Russia overnight.", published="2025-06-10")
    nat = got[("Ukraine", None)]
    assert (nat.drones, nat.drones_downed) == (37, 37)
    assert nat.missiles_downed != 2 or nat.missiles == 5


def test_a_running_total_since_a_day_is_no_launch_count() -> None:
    got = events("A drone struck a house in Uman overnight, injuring two people. In total since "
                 "Friday, according to the air force, Russia has fired more than 900 drones at "
                 "Ukraine.")
    assert all(e.drones is None for e in got.values())
    assert got[("Uman", "UA-71")].injured == 2
    got = events("Since the start of the month, 4,000 drones were launched at Ukraine. On "
                 "Monday night 70 drones attacked the Odesa region.", published="2025-06-10")
    assert max(e.drones or 0 for e in got.values()) == 70


def test_a_city_named_as_its_regions_adjective_is_the_oblast() -> None:
    got = events("The Kyiv regional governor said a drone killed a man in a village overnight. "
                 "In the capital itself, debris injured four people.")
    assert got[("Kyiv", "UA-32")].killed == 1
    assert got[("Kyiv", "UA-30")].injured == 4
    got = events("Lviv regional authorities reported two injuries after a missile strike.")
    assert struck(got) == {"UA-46"}
    assert total(got, "injured") == 2


def test_a_historical_landmark_hit_is_no_history() -> None:
    got = events("A missile strike killed two people and damaged a historical church in the "
                 "centre of Chernihiv on Tuesday morning, officials said.")
    assert got[("Chernihiv", "UA-74")].killed == 2


def test_an_age_is_no_toll() -> None:
    got = events("A drone attack on Kremenchuk killed four people. Officials said a boy as young "
                 "as three had died in hospital.")
    assert total(got, "killed") == 4


def test_drones_lost_from_radar_and_bracketed_names() -> None:
    got = events("Air defence shot down 51 drones over the Sumy and Poltava regions. Another 30 "
                 "drones were lost to location, the air force said. One more drone flew back to "
                 "Russia.")
    assert all(e.drones is None for e in got.values())
    assert max(e.drones_downed or 0 for e in got.values()) == 51
    got = events("The mayor of Kyiv said: \"Nearly 70 [Shaheds] were launched overnight.\"")
    assert max(e.drones or 0 for e in got.values()) == 70


def test_a_period_after_the_speaker_governs_the_counts() -> None:
    got = events("A glide bomb hit Kupiansk on Sunday, injuring three people. The president said "
                 "that over the past week, Russia used 1,100 glide bombs, almost 400 Shahed drones "
                 "and 30 missiles against Ukrainian towns.")
    assert all(e.drones is None for e in got.values())


def test_a_count_with_an_aside_belongs_to_the_place_after_it() -> None:
    got = events("Russian missiles struck the eastern region of Dnipropetrovsk overnight, killing "
                 "at least seven people. Five people, among them a 12-year-old girl, were killed "
                 "by the missiles in Dnipro city while two others were killed in Pavlohrad.")
    assert total(got, "killed") == 7
    assert got[("Dnipro", "UA-12")].killed == 5


def test_a_village_in_its_district_and_a_list_of_tolls() -> None:
    got = events("In Sumy Oblast, an elderly man was injured in a Russian strike against "
                 "Bilopillia in the Sumy district, the governor said.")
    assert [p for p, _i in got] == ["Bilopillia"] and total(got, "injured") == 1
    got = events("Russian shelling wounded five people in Nikopol, two more in Marhanets, and one "
                 "in Pokrov, the governor said.")
    assert total(got, "injured") == 8
    assert got[("Marhanets", "UA-12")].injured == 2


def test_a_toll_told_as_also_is_beside_the_headline_total() -> None:
    got = events("A missile attack on a city in central Ukraine killed one man and injured at "
                 "least 40 others on Thursday. Four people were also injured in a drone attack on "
                 "the city of Chernihiv, officials said.")
    assert (total(got, "killed"), total(got, "injured")) == (1, 44)


def test_a_funeral_recalls_an_earlier_strike() -> None:
    got = events("A drone hit a house in Okhtyrka overnight, injuring two. Also on Friday, a "
                 "funeral was held for a teacher who was among 11 people killed on Tuesday in a "
                 "strike on a bus station in Bilozerske.")
    assert struck(got) == {"UA-59"}
    assert total(got, "killed") == 0


def test_a_place_inside_an_aside_is_not_the_counts() -> None:
    got = events("Russian raids hit the Chernihiv region and some cities in the south overnight, "
                 "causing the deaths of at least five civilians, including a boy in Odesa, while "
                 "in Mykolaiv two women were killed.")
    assert got[("Chernihiv", "UA-74")].killed == 5
    assert ("Odesa", "UA-51") not in got or got[("Odesa", "UA-51")].killed is None


def test_people_listed_then_died_and_a_capital_reporting() -> None:
    got = events("A strike on the Poltava region killed two people overnight, as both Moscow and "
                 "Kyiv reported waves of drones. \"A 70-year-old woman and a 41-year-old man "
                 "died,\" the governor wrote.")
    assert struck(got) == {"UA-53"}
    assert total(got, "killed") == 2


def test_ground_fighting_and_the_wars_toll_are_no_strikes() -> None:
    assert struck(events("Ukrainian forces withstood a powerful attack near the village of "
                         "Andriivka in the Sumy region this week, the commander said.")) == set()
    got = events("War has killed more than 1,500 civilians in Chernihiv region, the governor "
                 "said in an interview.")
    assert struck(got) == set() and total(got, "killed") == 0


def test_a_regions_toll_in_the_past_day_holds_its_villages() -> None:
    got = events("In the Zaporizhzhia region, three people were killed by Russian shelling in the "
                 "past day. In Vilniansk, a drone hit a car. A man was killed.")
    assert total(got, "killed") == 3


def test_drones_of_various_types_shot_down_are_no_launch_count() -> None:
    got = events("\"Over the past day, 17 UAVs of different types were shot down by air defence in "
                 "the east,\" the statement said.")
    assert all(e.drones is None for e in got.values())
    assert max(e.drones_downed or 0 for e in got.values()) == 17


def test_a_list_opened_by_regions_names_units() -> None:
    got = events("Drones hit an energy site near Lviv. Other regions were also struck overnight: "
                 "Kyiv, Poltava and Vinnytsia, the ministry said.")
    assert "UA-32" in struck(got) and "UA-30" not in struck(got)
    got = events("Missiles hit several regions, including Sumy, Kherson, Odesa and Rivne, "
                 "officials said.")
    assert struck(got) == {"UA-59", "UA-65", "UA-51", "UA-56"}


def test_the_capital_struck_in_a_sentence_naming_russia() -> None:
    got = events("Zelensky said Russia targeted the capital and the Sumy region with 70 drones "
                 "overnight.")
    assert {"UA-30", "UA-59"} <= struck(got)
    assert struck(events("Ukrainian drones struck Moscow overnight, and flights at the capital's "
                         "airports were suspended, the mayor said.")) == set()


def test_drones_shot_down_out_of_those_launched() -> None:
    got = events("Air defence forces downed 64 Shahed-type drones and decoys out of 93 launched "
                 "overnight at the Odesa and Mykolaiv regions.")
    assert max(e.drones or 0 for e in got.values()) == 93
    assert max(e.drones_downed or 0 for e in got.values()) == 64
