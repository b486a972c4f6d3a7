"""A part counted on top of its total (issue 12): a report's first toll, told for an oblast, and
the tolls told after it for that oblast's places or for no place. Every sentence here is written
for the test."""

from __future__ import annotations

from extract.pipeline import extract_text


def totals(text: str, published: str = "2025-06-12") -> tuple[int, int]:
    events = extract_text(text, published=published).events
    return (sum(e.killed or 0 for e in events), sum(e.injured or 0 for e in events))


def test_an_oblast_headline_toll_holds_the_parts_told_after_it() -> None:
    assert totals("Russian drones attacked the Odesa region overnight, injuring four people. "
                  "Three people were injured at a port on the Danube.") == (0, 4)
    assert totals("Russia struck the Kharkiv region overnight. Five people were injured. In "
                  "Kharkiv, a drone wounded two women. Three men were hurt in Chuhuiv.") == (0, 5)


def test_parts_beyond_the_oblast_toll_or_told_as_more_stay_apart() -> None:
    # more than the headline: figures of their own
    assert totals("Russian shelling injured two people in the Kherson region overnight. Later, "
                  "a drone injured five people in Kherson.") == (0, 7)
    # "also": one more beside the oblast's toll
    assert totals("Russian shelling injured four people in the Kherson region overnight. A drone "
                  "also injured one person in Kherson.") == (0, 5)
    # another oblast's toll is no part
    assert totals("Russian drones attacked the Odesa region overnight, injuring four people. "
                  "In Mykolaiv, three people were injured.") == (0, 7)


def test_a_city_and_its_region_told_as_one_hold_the_places_tolls() -> None:
    text = ("Russian artillery shelled Sumy and the surrounding region, killing four people and "
            "injuring nine in a day. Two people were killed and five injured in Sumy. A man was "
            "killed in Bilopillia.")
    assert totals(text) == (4, 9)
    # the city alone: the places beyond it are tolls of their own
    text = ("Russian artillery shelled Sumy, killing four people. Two people were killed in "
            "Sumy's centre. A man was killed in Bilopillia.")
    assert totals(text) == (5, 0)


def test_a_toll_in_a_day_is_that_days_toll_not_a_rate() -> None:
    text = "Russian shelling killed three people and injured eight in Nikopol in a day."
    assert totals(text) == (3, 8)
    # "a day" as a rate stays no toll of the strike
    assert totals("Russia fires 300 shells a day at Nikopol, killing residents.") == (0, 0)


def test_a_headline_toll_over_a_city_and_other_cities_holds_the_tolls_told_after_it() -> None:
    text = ("At least nine people were killed and more than 30 injured overnight in a Russian "
            "attack on Dnipro and other cities across the country, officials said. Four people "
            "were killed in Dnipro. Two people died and 11 were injured in the Poltava region. "
            "In the Sumy region, a man was killed and a woman was also injured.")
    assert totals(text) == (9, 30)


def test_also_beside_a_death_told_before_it_in_the_sentence_is_no_toll_apart() -> None:
    # "also" ties the injured to the death in the same sentence, not to the headline
    text = ("Russian drones killed three people and injured 12 across Ukraine overnight. A man "
            "was killed in Chernihiv, where four people were also injured. Two people were "
            "killed and eight injured in Nizhyn.")
    assert totals(text) == (3, 12)
    # told as more beside the headline, both figures of the sentence stay apart
    text = ("Russian drones killed three people and injured 12 in Kharkiv overnight. Two people "
            "were also killed in Nizhyn, while five were also injured in Chernihiv.")
    assert totals(text) == (5, 17)


def test_a_toll_told_right_after_a_list_of_places_is_over_all_of_them() -> None:
    text = ("Russian attacks kill 1, injure 5 across Sumy, Kharkiv, Chernihiv oblasts\n"
            "Russian attacks in Sumy, Kharkiv, and Chernihiv oblast killed one and injured five "
            "civilians over the past day, officials said. One person was killed, and three "
            "others were injured in Kharkiv Oblast. Two were injured in Chernihiv Oblast.")
    assert totals(text) == (1, 5)


def test_a_separate_attack_on_a_place_adds_its_toll_to_the_places() -> None:
    text = ("Russian drones killed two people and injured four in Odesa overnight. Earlier, "
            "Odesa was the target of a separate missile attack. Three people were injured.")
    assert totals(text) == (2, 7)
    text = ("A glide bomb killed two people in Kupiansk on Tuesday. In another attack on "
            "Kupiansk, a drone killed one man.")
    assert totals(text) == (3, 0)
    # the same attack told again keeps its larger toll
    text = ("A glide bomb killed two people in Kupiansk on Tuesday. The strike on Kupiansk "
            "killed two residents, officials said.")
    assert totals(text) == (2, 0)
