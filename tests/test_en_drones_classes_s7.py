"""Drone figure classes seen on real English news collected for issue 12 (the seventh round of
development text: Air Force tallies and nightly-attack stories, many outlets): the hour a
night's attack began written as a date, all the drones of a count shot down in a relative
clause, the parts of a shot-down count told without their verb, drones lost track of, a share of
a count (all but a few, the majority), and the air force's tally told after a strike on a city.
Each with sentences of our own, one sentence at a time and end to end."""

from __future__ import annotations

from extract.pipeline import extract_text
from extract.rules import date_phrases as dp
from tests.test_figure_classes import events, figures, largest

# --- 1. the hour or evening a night's attack began is no day of its own ----------------------


def test_the_start_of_the_night_is_no_date_of_the_sentence() -> None:
    text = ("On the night of 9 May 2025 (from 19:00 on 8 May), the enemy attacked Ukraine with "
            "96 strike UAVs and decoy drones of various types.")
    assert {e.date for e in extract_text(text, published="2025-05-09").events} == {"2025-05-09"}
    text = "Since the evening of 8 May, Russia has sent 96 drones of various types against us."
    assert {e.date for e in extract_text(text, published="2025-05-09").events} == {"2025-05-09"}


def test_a_tally_told_after_the_start_of_the_night_keeps_its_count() -> None:
    text = ("Air defence shot down 70 drones over the country overnight, the air force said. "
            "Drones were downed in the Sumy, Poltava and Odesa regions. "
            "On the night of 9 May (from 19:00 on 8 May), the enemy attacked Ukraine with 96 "
            "strike UAVs and decoy drones.")
    assert largest(text, "drones", "2025-05-09") == 96
    assert largest(text, "drones_downed", "2025-05-09") == 70


def test_the_oblasts_told_after_the_start_of_the_night_are_struck() -> None:
    text = ("On the night of 9 May, Russia attacked Ukraine with 50 drones, 38 of which were "
            "shot down. "
            "On the night of 9 May (from 20:00 on 8 May), the enemy attacked with Shahed UAVs. "
            "38 enemy UAVs were confirmed downed in the Sumy, Chernihiv and Poltava regions.")
    oblasts = {e.oblast_iso for e in extract_text(text, published="2025-05-09").events}
    assert {"UA-59", "UA-74", "UA-53"} <= oblasts


def test_a_day_named_without_the_start_of_a_night_still_dates() -> None:
    assert dp.NIGHT_START.regex.search("a drone hit kharkiv on ") is None
    text = "On 6 May a drone struck a house in Kharkiv, injuring two people."
    assert {e.date for e in extract_text(text, published="2025-05-09").events} == {"2025-05-06"}


# --- 2. all of a count shot down, told in a relative clause ----------------------------------


def test_all_of_which_were_shot_down_takes_the_count_before() -> None:
    text = ("The southern command said nine drones flew at the Mykolaiv region overnight, all "
            "of which were reportedly destroyed.")
    assert largest(text, "drones") == 9
    assert largest(text, "drones_downed") == 9


def test_all_of_which_struck_is_no_shot_down_count() -> None:
    text = "The southern command said nine drones flew at the Mykolaiv port, all of which hit it."
    assert largest(text, "drones_downed") == 0


# --- 3. the parts of a shot-down count told without their verb, each over its own place -----


def test_parts_of_a_shot_down_count_go_to_their_places() -> None:
    text = ("Russia sent 30 drones at the south overnight, the air force said. A regional "
            "spokesman said 12 drones were destroyed over the Mykolaiv region and six over the "
            "Odesa region, while a fire broke out at a farm in the Mykolaiv region.")
    got = events(text)
    assert got["Mykolaiv"].drones_downed == 12
    assert got["Odesa"].drones_downed == 6


def test_a_chain_of_parts_each_goes_to_its_oblast() -> None:
    text = ("The southern command said drones struck a warehouse in the south overnight. It said "
            "11 Shahed drones had been shot down in Kherson Oblast, four in Mykolaiv Oblast and "
            "two in Odesa Oblast.")
    got = events(text)
    assert (got["Kherson"].drones_downed, got["Mykolaiv"].drones_downed,
            got["Odesa"].drones_downed) == (11, 4, 2)


def test_a_part_followed_by_people_is_no_drone_count() -> None:
    got = figures("Air defence shot down 20 drones over the Sumy region and 4 people were hurt "
                  "in Sumy.")
    assert got == {"drones_downed": 20, "injured": 4}


def test_a_count_shot_down_over_a_list_of_regions_is_the_countrys() -> None:
    text = ("Russia attacked Ukraine with 60 drones overnight, the air force said. "
            "Air defence shot down 44 drones over the Sumy, Poltava, Kyiv and Chernihiv regions.")
    got = events(text)
    assert got["Ukraine"].drones_downed == 44
    assert not any(e.drones_downed for place, e in got.items() if place != "Ukraine")


# --- 4. drones lost track of are no launch count ---------------------------------------------


def test_drones_lost_are_no_launch_count() -> None:
    for sentence in ("In addition, 14 enemy drones were lost in the area, the air force said.",
                     "A further 30 Russian drones went astray over the north."):
        assert "drones" not in figures(sentence), sentence


def test_lost_drones_leave_the_launch_count_and_place_alone() -> None:
    text = ("Russia attacked Ukraine with 70 drones overnight; 50 were shot down. Most of the "
            "drones were downed over the Kharkiv region. In addition, 15 drones were lost in "
            "the region.")
    assert {e.place: e.drones for e in extract_text(text, published="2025-03-10").events
            if e.drones} == {"Ukraine": 70}


# --- 5. a share of a count: all but a few, the majority --------------------------------------


def test_all_but_a_few_of_the_drones_were_shot_down() -> None:
    assert figures("Air defence intercepted all but three of the 45 drones Russia sent at the "
                   "capital.") == {"drones_downed": 42, "drones": 45}
    assert figures("Ukraine says it downed all but two of the 30 drones.") == {
        "drones_downed": 28, "drones": 30}


def test_all_but_a_few_without_the_total_is_no_count() -> None:
    assert "drones_downed" not in figures("The army says it downed all but 2 Iranian-made "
                                          "drones sent overnight.")


def test_the_majority_of_a_count_is_no_shot_down_count() -> None:
    for sentence in ("Air defence shot down the majority of 85 drones launched overnight.",
                     "Air defence destroyed most of the 85 drones that flew at the capital."):
        got = figures(sentence)
        assert "drones_downed" not in got and got.get("drones") == 85, sentence


def test_the_majority_then_the_count_shot_down() -> None:
    text = ("Air defence shot down the majority of 85 Russian drones launched overnight, the "
            "air force said. In all, 61 drones were shot down over the Sumy, Kyiv and Poltava "
            "regions.")
    assert largest(text, "drones_downed") == 61


# --- 6. the air force's tally told after a strike on a city is the country's -----------------


def test_a_tally_on_the_militarys_word_is_the_countrys() -> None:
    text = ("A missile hit a block of flats in Dnipro overnight, killing two people, the governor "
            "said. Russia fired nearly 300 drones and 20 missiles, according to the Ukrainian "
            "military.")
    got = events(text)
    assert got["Dnipro"].killed == 2 and not got["Dnipro"].drones
    assert got["Ukraine"].drones == 300


def test_a_count_on_a_local_officials_word_stays_with_the_city() -> None:
    text = ("Drones attacked Kharkiv overnight, damaging a school, the mayor said. About a dozen "
            "drones hit the city and 12 were shot down, the regional governor added.")
    got = events(text)
    assert got["Kharkiv"].drones_downed == 12
