"""Killed and injured in English news (issue 12, session 17, kill17): the classes of tolls that
last session's blind news pages told in shapes the extractor missed, each with sentences of our
own, end to end (extract_text: the sum over a report's events, as scored)."""

from __future__ import annotations

from extract.figures import sentence_figures
from extract.pipeline import extract_text


def total(text: str, figure: str, published: str = "2025-06-12") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- a toll told as changed "from N to M": the new figure, never the old --------------------

def test_a_toll_risen_from_one_figure_to_another_is_the_new_one() -> None:
    text = ("The death toll from the Russian missile strike on a block of flats in Poltava has "
            "risen from 12 to 16, the regional governor said.")
    assert total(text, "killed") == 16
    text = ("The number of people killed in the drone attack on Odesa increased from three to "
            "five overnight, officials said.")
    assert total(text, "killed") == 5


def test_a_count_of_victims_grown_from_one_figure_to_another_is_the_new_one() -> None:
    text = ("A glide bomb hit a shopping centre in Kharkiv on Sunday. The number of victims "
            "grew from 21 to 27 by the evening, the mayor said.")
    assert total(text, "injured") == 27
    assert total(text, "killed") == 0
    text = ("Russian drones struck a bus station in Kherson. The number of casualties has "
            "increased from 9 to 14, the regional administration said.")
    assert total(text, "injured") == 14


def test_a_death_toll_told_in_a_headline_as_reaching_a_figure() -> None:
    text = ("Death toll of Russian missile strike on a tower block in Uman reaches 23\n\n"
            "Rescuers are still searching the rubble of the building, officials said.")
    assert total(text, "killed") == 23
    text = ("Toll of the drone attack on Sumy reaches 11 as rescuers end their search\n\n"
            "The death toll of the Russian drone attack on Sumy is reaching 11, the regional "
            "administration said.")
    assert total(text, "killed") == 11


# --- a later word of the oblast on its namesake city's strike: the toll as it came to stand --

def test_an_oblast_toll_told_later_updates_its_citys_toll() -> None:
    text = ("At least two people were killed when a Russian drone hit a house in Kharkiv "
            "overnight, the mayor said.\n\n"
            "Updated at 11:20: The police of Kharkiv Oblast later reported that three people "
            "had been killed and seven injured in the attack.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 7
    text = ("A Russian missile struck an office building in Kherson on Monday, killing one "
            "person, the city council said. Two were known to be injured as of noon.\n\n"
            "The prosecutor's office of Kherson Oblast later said that two people had died "
            "and five were injured.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 5


# --- soldiers told in other words: an army's dead and wounded are no civilian toll ----------

def test_members_of_an_army_killed_are_no_civilian_toll() -> None:
    text = ("Top stories\n\nKyiv says 900 members of Moscow's army died in a week\n\n"
            "A Russian drone hit a house in Sumy overnight, injuring a woman, officials said.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 1
    text = ("Ukraine's general staff said 1,100 members of the Russian armed forces were killed "
            "in a day. In Kherson, shelling killed two civilians.")
    assert total(text, "killed") == 2


def test_wounded_soldiers_released_are_no_injured_toll() -> None:
    text = ("Ukraine brought home 150 prisoners of war on Friday, the coordination headquarters "
            "said. Besides them, 14 gravely wounded soldiers came back by a separate deal.")
    assert total(text, "injured") == 0
    text = ("Forty badly injured servicemen came home from captivity in Sumy region, the "
            "ombudsman said.")
    assert total(text, "injured") == 0


# --- who the counted people were, told by a part of them ----------------------------------

def test_an_aside_of_many_of_them_leaves_the_count_whole() -> None:
    text = ("A missile hit the centre of Lviv overnight. A total of 14 people, many of them "
            "pensioners, were injured, the mayor said.")
    assert total(text, "injured") == 14
    text = ("Russian drones struck Odesa overnight: 23 people, most of them women, have been "
            "wounded, the governor said.")
    assert total(text, "injured") == 23


# --- a roundup's total and a part told as "also": the total, filled by its parts -------------

def test_a_part_told_as_also_fills_the_total_with_one_place() -> None:
    text = ("Russian forces fired dozens of missiles across Ukraine on Tuesday, officials said, "
            "in a wave of strikes that killed at least six people.\n\n"
            "One missile hit a warehouse in Lutsk. Four workers were killed, the company said."
            "\n\nRussian strikes in the southern region of Kherson and the eastern region of "
            "Donetsk also killed two people on Tuesday.")
    assert total(text, "killed") == 6


# --- a region's toll told after its city: the oblast's, not the country's -------------------

def test_a_toll_around_the_region_after_a_city_is_that_oblasts() -> None:
    text = ("In Ukraine's west, a missile hit a factory in the city of Lutsk, where three "
            "workers were injured.\n\n"
            "Also hit was the city of Rivne, where a drone struck a school. A total of 12 people "
            "were injured in further strikes around the region, the governor said.\n\n"
            "Shelling in the southern Kherson region also injured four people.")
    assert total(text, "injured") == 19


# --- one person told by name or by a noun and a relative clause -----------------------------

def test_people_told_by_their_names_are_counted() -> None:
    text = ("A Russian drone hit a car of volunteers near Kupiansk, the organisation said. "
            "Dutch volunteer Pieter Jansen died in the attack, while his colleagues Marta "
            "Kowalska and Ilse Berg were badly injured.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 2
    text = ("Russian shelling hit the village of Bilozerka in the Kherson region on Monday. "
            "Mykola Shevchuk and Hanna Shevchuk were killed in their garden, the governor said.")
    assert total(text, "killed") == 2
    # a place's name before an active verb is no person's ("Velyka Pysarivka killed"): the
    # count after it only, told for the place
    figures = sentence_figures("Russian shelling of Velyka Pysarivka killed three people.")
    assert [(f.field, f.value) for f in figures] == [("killed", 3)]


def test_one_person_with_a_relative_clause_before_the_outcome() -> None:
    text = ("Russian shelling hit a village near Nikopol on Sunday. A girl who was playing in "
            "the yard died, the governor said.")
    assert total(text, "killed") == 1
    text = ("Russian drones struck Kherson in the morning. A man who was riding his bicycle "
            "to work was injured, the city administration said.")
    assert total(text, "injured") == 1


# --- the date a toll was told, days before the page: no earlier attack recalled -------------

def test_a_toll_told_on_a_date_is_no_recall_of_that_date() -> None:
    text = ("Russian attacks across Ukraine killed several civilians over the past day, "
            "officials said.\n\n"
            "Russia launched 120 drones overnight, the air force said. In a statement on "
            "June 10, it said air defence shot down 95 of them.\n\n"
            "In the Sumy region, Russian strikes killed three people and injured four during "
            "the past day, the regional governor said on June 10.\n\n"
            "In the Kherson region, one man was killed, the governor said.")
    assert total(text, "killed", published="2025-06-12") == 4
    assert total(text, "injured", published="2025-06-12") == 4


# --- several strikes on one city told in turn, each on its own facility ---------------------

def test_tolls_of_strikes_on_other_facilities_of_one_city_add_up() -> None:
    text = ("Russian shelling of the bus station in Nikopol killed one person and injured two, "
            "the governor said.\n\n"
            "\"The enemy hit the bus station. One person was killed, two were injured,\" he "
            "wrote.\n\n"
            "Earlier in the day, two people were killed and five injured as Russian troops "
            "shelled the central market in Nikopol.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 7
    text = ("A Russian drone hit a school in Kherson on Tuesday morning, injuring three "
            "teachers.\n\n"
            "Later, Russian artillery struck a hospital in Kherson, killing a woman and "
            "wounding two nurses.")
    assert total(text, "injured") == 5
    assert total(text, "killed") == 1
    # the same facility told again: its toll once
    text = ("A Russian missile hit the railway station in Kramatorsk, killing four people.\n\n"
            "The strike on the station killed four people and injured 11, the mayor said.")
    assert total(text, "killed") == 4
    # one kind of facility told in other words ("the mall", "a shopping centre"): once
    text = ("The missile attack on the mall in Poltava killed more than 12 people.\n\n"
            "\"Yesterday the occupiers struck a shopping centre in Poltava. More than 12 are "
            "dead and 40 wounded,\" the official said.")
    assert total(text, "killed") == 12


# --- an oblast named only in the title of who tells a toll: no strike of its own ----------

def test_a_toll_told_by_an_oblast_official_after_a_town_of_that_oblast_is_the_towns() -> None:
    text = ("A Russian drone attack on Odesa, Sumy and Sloviansk overnight wounded more than 20 "
            "people, officials said.\n"
            "The governor of the Odesa region said the attack on Odesa wounded at least 14 "
            "people.\n"
            "Local officials said explosions were heard in Sumy, injuring at least three "
            "people.\n"
            "Four others were injured in Sloviansk, in the Donetsk region.\n"
            "\"A boy, his father and a 70-year-old neighbour were wounded in the attack,\" said "
            "the head of the Donetsk Regional Military Administration, Vadym Filashkin.")
    assert total(text, "injured") == 21
    text = ("Russian glide bombs struck Kupiansk and Kherson on Monday. In Kherson, one woman "
            "was hurt. Four men were injured in Kupiansk.\n\n"
            "\"Two of the men are in a serious condition,\" said Oleh Syniehubov, governor of "
            "the Kharkiv region, adding that two were wounded.")
    assert total(text, "injured") == 5
