"""Daily roundups with totals nested at three levels (issue 12, session 12,
/work/snap/dev12/roundup12): a country's total, an oblast's total, the settlements' parts, each
level holding the one below it, not added to it. Sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

from extract.pipeline import extract_text

# --- a count of oblasts is the country's scope: its toll is the roundup's total --------------


def test_a_toll_over_a_count_of_oblasts_holds_the_parts_told_after_it() -> None:
    # no words of a period or of the country: the count of oblasts makes it the total
    text = ("Russian troops attacked eight oblasts, killing two people and injuring 14.\n\n"
            "In Kharkiv Oblast, a drone killed a man in Kupiansk and injured four residents.\n\n"
            "Shelling of Nikopol killed a woman and injured three people.\n\n"
            "In Kherson Oblast, five people were injured.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 14
    country = [e for e in events(text) if e.place_kind == "country"]
    assert [e.how.get("injured") for e in country] == ["remainder"]


def test_oblasts_named_one_by_one_are_no_count_of_oblasts() -> None:
    # separate strikes, no total: the figures add up
    text = ("A drone hit a house in Shostka, injuring two people. "
            "Sumy and Chernihiv oblasts also came under fire. "
            "Later, shelling of Kupiansk injured three residents.")
    assert total(text, "injured") == 5


# --- a paragraph that names no oblast goes on from the one before it ---------------------------


def _oblasts_of(text: str, name: str) -> list[str | None]:
    return [m.oblast_iso for m in extract_text(text, published="2025-06-12").mentions
            if m.name == name]


def test_the_oblast_of_the_paragraph_before_settles_a_villages_namesake() -> None:
    # each sentence its own paragraph, as news sites print them: Donetsk's Kindrativka (not
    # the one of Sumy Oblast, which the report names too), so the oblast's six hold the
    # villages' figures and the country's nine hold the oblasts'
    text = ("Russian attacks injured nine people over the past day, officials said.\n\n"
            "In Donetsk Oblast, shelling wounded six residents, the administration reported.\n\n"
            "Four residents were wounded in Kindrativka and two in Kostiantynivka.\n\n"
            "In Sumy Oblast, shelling injured three people in Bilopillia.")
    assert _oblasts_of(text, "Kindrativka") == ["UA-14"]
    assert total(text, "injured") == 9


def test_a_mention_across_a_sentence_end_reads_the_paragraphs_alike() -> None:
    # "U.S." ends a sentence within its mention (the layout of such a report tests the text
    # between mentions): the paragraph before still gives Kindrativka its oblast
    text = ("Russian attacks injured nine people over the past day, officials told U.S. "
            "diplomats.\n\n"
            "In Donetsk Oblast, shelling wounded six residents, the administration reported.\n\n"
            "Four residents were wounded in Kindrativka and two in Kostiantynivka.\n\n"
            "In Sumy Oblast, shelling injured three people in Bilopillia.")
    assert _oblasts_of(text, "Kindrativka") == ["UA-14"]
    assert total(text, "injured") == 9


def test_a_paragraph_that_names_its_own_oblast_is_not_taken_for_the_one_before() -> None:
    text = ("In Kharkiv Oblast, five people were injured, the governor said.\n\n"
            "In Lviv Oblast, a drone hit a warehouse in Zolochiv.")
    assert _oblasts_of(text, "Zolochiv") == ["UA-46"]



# --- a list of parts goes on with the outcome told last --------------------------------------


def test_a_count_after_the_injured_of_a_list_is_injured_too() -> None:
    # "... injured three in B, and two others in C": C's two are injured, not killed
    text = ("Shelling of Donetsk Oblast killed one person in Kurakhove, injured three in "
            "Selydove, and two others in Hirnyk, the governor said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 5


def test_another_one_in_a_place_goes_on_with_a_list_of_deaths() -> None:
    text = ("Guided bombs hit the Kramatorsk district overnight. One resident was killed in "
            "Siversk, and another one in Lyman.")
    assert total(text, "killed") == 2


# --- an age told as about so many years is no count ------------------------------------------


def test_an_age_told_as_about_so_many_years_is_no_count_of_injured() -> None:
    text = "A drone struck a car near Nikopol: a man aged around 55 was wounded."
    assert total(text, "injured") == 1


def test_a_victims_approximate_age_after_the_toll_adds_nobody() -> None:
    text = ("A man was killed and two people were injured in shelling of Bilozerka overnight. "
            "The man, aged about 40, died at the scene.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 2


# --- an oblast's total and, after a colon, its places' parts ----------------------------------


def test_the_first_part_after_a_colon_counts_with_the_list() -> None:
    text = ("Russian troops killed three civilians in Kharkiv Oblast: two in Kupiansk and one "
            "in Izium.")
    assert total(text, "killed") == 3
    assert {e.place: e.killed for e in events(text) if e.killed} == {"Kupiansk": 2, "Izium": 1}


def test_an_injured_list_after_a_colon_holds_the_oblasts_total() -> None:
    text = ("Four people were wounded in Sumy Oblast over the day: three in Shostka and one in "
            "Bilopillia, the regional administration said.")
    assert total(text, "injured") == 4
    assert {e.place: e.injured for e in events(text) if e.injured} == {"Shostka": 3,
                                                                        "Bilopillia": 1}
