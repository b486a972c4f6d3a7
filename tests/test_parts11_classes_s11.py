"""Casualty totals and their parts (issue 12, session 11, /work/snap/dev11/parts11): a report's
figures reconciled by arithmetic before they are summed. Sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

# --- a part told again for a wider scope (no place, or its oblast) is that part once ----------


def test_a_regions_toll_told_again_for_no_place_is_not_one_more_part() -> None:
    # the headline's total over two regions (read as the last one's), each region's figures,
    # then one region's figures told again in the governor's words with no place of their own
    text = ("Russia shelled Mykolaiv and Sumy regions \u2014 3 dead and 9 wounded. "
            "In the Mykolaiv region, Russian troops killed two people and injured four over "
            "the day. In Sumy, one man was killed and five people were hurt. "
            "The regional governor said the area had come under fire many times this month. "
            "This time, a shop and two houses were damaged. "
            "Two people were killed and four were injured, the governor confirmed.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 9


def test_a_citys_toll_told_again_for_its_oblast_is_not_one_more_part() -> None:
    text = ("Russia shelled Kherson and Odesa regions \u2014 2 dead and 7 wounded. "
            "In the Kherson region, one woman was killed and three people were injured. "
            "In Odesa, a man was killed and four people were injured. "
            "Guided bombs fell on the Odesa region in the evening. "
            "Four residents were injured in that attack.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 7


def test_separate_tolls_of_the_same_size_that_fill_no_total_still_add_up() -> None:
    # no total told first: two places' equal tolls are two strikes
    text = ("A drone hit a house in Chuhuiv, injuring two people. "
            "Later, shelling of Kupiansk injured two more residents.")
    assert total(text, "injured") == 4


def test_a_quoted_toll_with_no_place_within_the_one_places_toll_is_a_part() -> None:
    # one place has the report's tolls; a smaller count told after it with no place of its own
    # is some of those people told again (here the ones the governor could name)
    text = ("Russian bombs struck the city of Kharkiv on Tuesday. "
            "Two died in the bombing, and at least six people were hurt. "
            "Another bomb fell near a farm in the village of Vilshany, damaging a barn. "
            "Firefighters worked at the scene for hours. "
            "The governor later said the bombs had hit open ground between the houses. "
            "\"Four people were injured, two of them seriously,\" he said.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 6


def test_a_toll_with_no_place_told_before_the_places_toll_is_its_own() -> None:
    text = ("Shelling went on all day, the regional head said. A man was injured. "
            "Guns also fired on the village of Pokrovske. "
            "In the evening, a drone attack on Marhanets killed one person and injured four.")
    assert total(text, "injured") == 5


def test_a_death_told_with_no_place_after_a_places_injured_is_its_own() -> None:
    # the place told only injured: a death told after it is no part of them
    text = ("A drone attack on Zaporizhzhia injured three people. "
            "Guided bombs also hit villages of the Polohy district. "
            "A man died and two people were hurt there, the regional head said.")
    assert total(text, "killed") == 1
    assert len([e for e in events(text) if e.killed]) == 1


# --- a web page's lines of links to other stories: their headlines are no tolls of this one ---


def test_a_read_also_headline_with_a_toll_is_not_counted() -> None:
    text = ("A drone struck a shop in Nikopol on Monday morning, injuring two people.\n"
            "Read also: Shelling of a village near Pokrovsk leaves three dead\n"
            "The regional head said the shop burned down.")
    assert total(text, "injured") == 2
    assert total(text, "killed") == 0


def test_the_list_of_headlines_under_a_bare_read_also_is_not_counted() -> None:
    text = ("Russian bombs hit Kupiansk overnight, killing one man.\n"
            "Read also\n"
            "- Missile strike on Odesa port injures five\n"
            "- Two killed as drones hit a bus in Kherson\n"
            "Firefighters put out the blaze by dawn.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0
    assert {e.oblast_iso for e in events(text)} == {"UA-63"}


def test_see_more_inside_a_sentence_is_no_link_line() -> None:
    text = ("Residents of Sumy will see more power cuts after the strike, which injured "
            "three people.")
    assert total(text, "injured") == 3


# --- the country's total told after its parts holds them --------------------------------------

_COUNTRY_AFTER_CITY = (
    "Missiles and drones struck Kyiv before dawn. In the capital, six people were killed and "
    "40 were injured, the mayor said. Power plants in the Lviv, Poltava and Sumy regions were "
    "hit as well. By evening, 11 people had been killed and 75 injured in the strikes on "
    "Ukrainian cities, the interior minister said.")


def test_a_countrywide_total_told_after_a_citys_toll_holds_it() -> None:
    assert total(_COUNTRY_AFTER_CITY, "killed") == 11
    assert total(_COUNTRY_AFTER_CITY, "injured") == 75


def test_what_a_countrywide_total_leaves_over_its_city_is_its_remainder() -> None:
    country = [e for e in events(_COUNTRY_AFTER_CITY) if e.oblast_iso is None]
    assert [(e.killed, e.injured, e.how.get("killed"), e.how.get("injured"))
            for e in country] == [(5, 35, "remainder", "remainder")]


def test_a_countrywide_toll_whose_sentence_names_its_own_places_is_beside_a_citys() -> None:
    # the later figure is the toll of the places its sentence names, not a total of Odesa's
    text = ("A glide bomb hit a warehouse in Odesa, killing one worker and injuring two, the "
            "governor said. Russia fired missiles at five Ukrainian regions, among them the "
            "cities of Lutsk and Rivne, injuring at least nine people.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 11
