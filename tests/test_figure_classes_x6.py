"""Drone figure classes seen on real English news collected for issue 12 (the sixth round of
development text, several outlets each): drones that left the country, all the drones shot
down by a force named after the verb, and the night before's count recalled. Each with
sentences of our own, one sentence at a time and end to end."""

from __future__ import annotations

from tests.test_figure_classes import figures, largest

# --- 1. drones that left Ukraine are a part of the tally, no launch count --------------------


def test_drones_that_left_the_country_are_no_launch_count() -> None:
    for sentence in ("One drone flew away toward Belarus, the statement said.",
                     "Three more drones went into Russian airspace, the air force added.",
                     "Two drones had left Ukrainian airspace by morning.",
                     "Four drones headed back to Russia, according to the command."):
        assert "drones" not in figures(sentence), sentence


def test_drones_flying_at_a_target_still_count() -> None:
    assert figures("Twelve drones flew towards Kyiv during the night.") == {"drones": 12}


def test_a_drone_that_left_does_not_replace_a_missing_launch_count() -> None:
    text = ("Air defence shot down 48 attack drones over the country overnight, the air force "
            "said. It lost track of 30 decoys. One drone flew away toward Belarus.")
    assert largest(text, "drones") == 0
    assert largest(text, "drones_downed") == 48


# --- 2. all the drones shot down, the force that did it named after the verb ------------------


def test_all_the_drones_shot_down_by_the_military_takes_the_count_before() -> None:
    text = ("Russia launched 41 Shahed drones against Ukraine overnight, the air force said. "
            "All the drones were apparently downed by the Ukrainian air defence. "
            "Two of them were downed over the Vinnytsia region, its governor said.")
    assert largest(text, "drones") == 41
    assert largest(text, "drones_downed") == 41


def test_all_the_missiles_shot_down_gives_no_drone_count() -> None:
    text = ("Russia launched 12 drones and four missiles overnight. All the missiles were shot "
            "down by the Ukrainian military.")
    assert largest(text, "drones_downed") == 0


# --- 3. the count of the night before, recalled after the report's own ------------------------


def test_the_previous_nights_count_is_recalled() -> None:
    text = ("Russia fired 210 drones and five missiles at Ukraine overnight, the president said. "
            "The barrage followed an even bigger drone attack the previous night, when Russia "
            "sent nearly 480 drones.")
    assert largest(text, "drones") == 210


def test_a_count_one_day_before_is_recalled() -> None:
    text = ("Russia launched more than 190 drones at Kyiv and Odesa overnight, the president "
            "said. The strikes came just one day after Moscow launched nearly 470 drones in "
            "its largest attack so far.")
    assert largest(text, "drones") == 190


# --- 4. shot-down counts told as more beside the others add up ----------------------------------


def test_more_drones_shot_down_elsewhere_add_up() -> None:
    text = ("Air defence destroyed nine Shahed drones over the Mykolaiv region overnight, the "
            "southern command said. Two more drones were downed over the Kirovohrad region.")
    assert largest(text, "drones_downed") == 11


def test_more_drones_for_no_place_add_to_the_located_count() -> None:
    text = ("The air force said 13 Shahed drones were shot down over the Odesa region "
            "overnight. Three more attack drones were destroyed in the east of the country.")
    assert largest(text, "drones_downed") == 16


def test_parts_of_a_stated_national_count_do_not_add_up_over_it() -> None:
    text = ("Ukraine's air force said it shot down 25 of the 30 drones Russia launched "
            "overnight. Seven were destroyed over the Sumy region and four more drones were "
            "downed over the Poltava region.")
    assert largest(text, "drones_downed") == 25


def test_counts_without_more_are_not_added() -> None:
    text = ("Air defence destroyed nine drones over the Mykolaiv region. In the Kherson region, "
            "six drones were shot down, its governor said.")
    assert largest(text, "drones_downed") == 9


# --- 5. a count of drones, a clause about them, then shot down ----------------------------------


def test_a_clause_between_the_drones_and_shot_down() -> None:
    assert figures("Up to 12 drones that headed for the city were detected and destroyed.") == {
        "drones_downed": 12}
    assert figures("Nine Shahed drones which approached Odesa have been shot down.") == {
        "drones_downed": 9}


def test_drones_not_shot_down_are_no_shot_down_count() -> None:
    for sentence in ("It is not known what happened to the three drones that were not downed.",
                     "Two drones were not intercepted, the air force said."):
        assert "drones_downed" not in figures(sentence), sentence


# --- 7. a week's summary: drones counted beside hundreds of bombs -------------------------------


def test_drones_beside_hundreds_of_bombs_are_a_weeks_summary() -> None:
    for sentence in ("The president said that in total, almost 1,200 attack drones, more than "
                     "1,300 guided aerial bombs and 40 missiles were launched by Russia.",
                     "Russia used about 600 Shahed drones, 700 glide bombs and 50 missiles."):
        found = figures(sentence)
        assert "drones" not in found and "missiles" not in found, sentence


def test_a_nights_drones_beside_a_few_bombs_still_count() -> None:
    assert figures("Russia launched 120 drones and dropped three guided aerial bombs on the "
                   "city overnight.") == {"drones": 120}


def test_the_nights_count_stands_beside_the_weeks_summary() -> None:
    text = ("Russia launched 230 attack drones against Ukraine overnight, the air force said. "
            "The president said that in total, almost 1,200 attack drones, more than 1,300 "
            "guided aerial bombs and 40 missiles were launched by Russia.")
    assert largest(text, "drones") == 230
