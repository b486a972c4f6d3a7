"""English injured and killed totals on real news of session 10 (issue 12,
/work/snap/dev10/news_injured10): phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

# --- a count of victims that holds the dead and the injured together --------------------------


def test_casualties_that_are_the_dead_and_the_wounded_together() -> None:
    # the sum told first (a headline), its parts after it
    text = ("Glide bomb on Sumy: number of casualties rises to 9\n"
            "A Russian glide bomb hit a school in Sumy, killing two people and wounding seven "
            "others, the regional governor said.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 7


def test_victims_told_as_a_sum_with_its_parts_after_it() -> None:
    text = ("The number of people injured by the Russian strike on Kherson has increased to 12. "
            "The number of victims of the strike on Kherson has risen to 13: one man was "
            "killed and 12 residents were injured, the city administration said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 12


def test_victims_who_are_not_the_sum_stay_injured() -> None:
    # 14 victims is more than the dead and injured told: the victims are the injured
    text = ("Two people were killed and six wounded in a drone strike on Kharkiv. Later the "
            "number of victims rose to 14, the mayor said.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 14


# --- those taken to hospital, a part of the injured told for the oblast before ------------------


def test_hospitalised_in_the_region_are_part_of_the_city_injured() -> None:
    text = ("At least 60 people were hurt when a missile struck the centre of Poltava, "
            "the ministry said. The head of the Poltava regional administration said nine "
            "children are among the injured. Twenty-two people were hospitalised, the governor "
            "added.")
    assert total(text, "injured") == 60


def test_hospitalised_in_another_oblast_are_more_injured() -> None:
    text = ("Russian drones hit Kharkiv overnight, injuring ten people, the mayor said. In "
            "Odesa, three people were taken to hospital after a strike on the port.")
    assert total(text, "injured") == 13


# --- an oblast's toll and its namesake centre's toll, one told as a later or an earlier word ----


def test_a_later_toll_of_the_centre_replaces_the_oblast_toll() -> None:
    text = ("Russian missiles hit Mykolaiv Oblast and Poltava Oblast on Tuesday, killing at "
            "least 9 people and injuring 40, officials said. Altogether, two people were killed "
            "and 10 injured in Mykolaiv Oblast. In Poltava Oblast, five people were killed and "
            "20 injured. Later, the regional governor said the toll of the strike on Mykolaiv "
            "had increased to four dead. Fourteen people were injured there.")
    assert total(text, "killed") == 9
    assert total(text, "injured") == 40


def test_a_later_toll_of_another_town_adds_to_the_oblast() -> None:
    # Voznesensk is not the oblast's namesake centre: its toll is more people
    text = ("Altogether, two people were killed in Mykolaiv Oblast on Tuesday, officials said. "
            "Later, the governor reported that a drone strike on Voznesensk had killed three "
            "more people.")
    assert total(text, "killed") == 5


def test_the_oblast_toll_reported_earlier_is_within_the_city_toll() -> None:
    text = ("Two killed in Kherson as Russian drones hit homes\n"
            "Two people were killed in a Russian drone attack on Kherson overnight, the governor "
            "said. As the agency reported earlier, Russian forces shelled 25 settlements in the "
            "Kherson region yesterday, killing one person and injuring five.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 5


# --- a first toll told for no place, right after the places attacked are named: their total ----


def test_a_toll_after_the_list_of_oblasts_holds_their_parts() -> None:
    text = ("Shelling hits three oblasts\n"
            "Over the last day, Russian forces attacked Sumy, Kharkiv and Donetsk oblasts. "
            "Local officials said three civilians were killed and nine were injured. "
            "In Kharkiv Oblast, a drone strike on Izium killed two people and injured five. "
            "In Donetsk Oblast, one man was killed in Kramatorsk and four people were injured "
            "in Sloviansk.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 9


def test_a_toll_after_the_oblasts_keeps_what_its_parts_leave() -> None:
    text = ("Over the last day, Russian forces attacked Sumy, Kharkiv and Donetsk oblasts. "
            "Local officials said three civilians were killed and nine were injured. "
            "In Kharkiv Oblast, a drone strike on Izium killed two people and injured five.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 9


# --- "left N people injured" beside a death word; "claimed N lives" -------------------------------


def test_left_injured_beside_the_dead_is_injured() -> None:
    text = ("A Russian missile killed two people in Bila Tserkva and left 14 residents injured, "
            "the governor said.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 14


def test_claimed_lives_and_left_injured() -> None:
    text = "The barrage on Lviv claimed at least six lives and left 30 people injured."
    assert total(text, "killed") == 6
    assert total(text, "injured") == 30


def test_left_dead_is_still_the_dead() -> None:
    text = "The glide bomb on Kramatorsk left three people dead and 11 injured."
    assert total(text, "killed") == 3
    assert total(text, "injured") == 11
