"""Which place, and was it struck (issue 12, session 17, places17): the classes of place
resolution and strike location that last session's blind news got wrong, each with sentences of
our own, end to end (extract_text: a report's mentions and its events' oblasts, as scored)."""

from __future__ import annotations

from extract_support import oblast_of, places, struck

# --- the one oblast a report is about settles its villages' namesakes ----------------------

def test_a_village_of_the_reports_only_oblast_beats_a_namesake_elsewhere() -> None:
    # Tokarivka and Havrylivka: GeoNames has one village each elsewhere (Mykolaiv,
    # Zaporizhzhia oblast), the codifier one in Kherson oblast too
    text = ("Russian troops shelled the Kherson region throughout the day, the regional "
            "governor said.\n\n"
            "A shell hit a shop in Kherson at noon and wounded two women.\n\n"
            "Later an artillery strike damaged a school in the city centre.\n\n"
            "In Tokarivka a man of 60 was killed in his garden.")
    assert oblast_of(text, "Tokarivka") == {"UA-65"}
    assert struck(text) == {"UA-65"}
    text = ("The head of the Kherson Regional Military Administration reported new attacks on "
            "the region.\n\n"
            "Two houses burned in Kherson after a drone strike.\n\n"
            "Rescuers worked at the scene until evening.\n\n"
            "By evening shells were falling on Tiahynka and Havrylivka.")
    assert oblast_of(text, "Havrylivka") == {"UA-65"}
    assert "UA-23" not in struck(text)
    # the report names a town of Mykolaiv oblast too: no one oblast it is about
    text = ("Russian troops shelled the Kherson region and the city of Mykolaiv, officials "
            "said.\n\n"
            "A shell hit a shop in Kherson.\n\n"
            "Rescuers worked at the scene.\n\n"
            "In Tokarivka a man was killed.")
    assert oblast_of(text, "Tokarivka") == {"UA-48"}


# --- a surname once told with a given name is a person all through the report --------------

def test_a_surname_seen_with_a_given_name_is_no_village_later() -> None:
    text = ("Andriy Sadoviy, who heads the city, confirmed that drones hit Lviv. According to "
            "Sadoviy, firefighters are at a depot.")
    assert ("Sadovyi", "UA-09") not in places(text)
    assert struck(text) == {"UA-46"}
    text = ("Three drones hit Lviv, Mayor Andriy Sadoviy wrote. Hours on, Sadoviy posted that "
            "nobody was hurt.")
    assert ("Sadovyi", "UA-09") not in places(text)


# --- a landmark before a unit is no village the gazetteer lacks ----------------------------

def test_a_landmark_before_its_city_is_no_village() -> None:
    text = ("Blast waves hit the Potemkin Stairs, Odesa's famous landmark, during the night "
            "raid.")
    assert [n for n, _iso in places(text)] == ["Odesa"]
    text = "Russian drones struck near the Central Railway Station, Kharkiv region, at dawn."
    assert "Central Railway Station" not in [n for n, _iso in places(text)]


# --- datelines and a source's capital are where the report is filed, not struck -------------

def test_a_capital_then_a_spaced_colon_is_a_dateline() -> None:
    text = ("KYIV : Russia fired drones at the Odesa region overnight, damaging a port, the "
            "governor said.")
    assert struck(text) == {"UA-51"}
    text = "KYIV : Russian missiles struck Dnipro on Monday morning, wounding six people."
    assert struck(text) == {"UA-12"}


def test_a_city_comma_and_a_new_clause_opening_a_line_is_a_dateline() -> None:
    text = "Kyiv, Drones set an oil depot near Zaporizhzhia ablaze\n\nThe depot burned all day."
    assert struck(text) == {"UA-23"}
    text = "Lviv, Rescuers at a house hit by a drone in Kharkiv\n\nThe drone hit a house at night."
    assert struck(text) == {"UA-63"}
    # a list opening a line is no dateline
    text = "Kharkiv, Sumy and Poltava were struck by drones overnight."
    assert struck(text) == {"UA-63", "UA-59", "UA-53"}


def test_a_capital_after_a_headlines_dash_is_its_source() -> None:
    text = ("Russia fires missiles and drones at Ukraine overnight - Kyiv\n\n"
            "Drones struck the Poltava region, wounding three people, the governor said.")
    assert struck(text) == {"UA-53"}
    text = ("Drone attack on a port in the south wounds two — Kyiv\n\n"
            "A drone hit a port building in Izmail overnight, the Odesa governor said.")
    assert struck(text) == {"UA-51"}


# --- drones seen on a course to a place: not yet a strike there ------------------------------

def test_drones_approaching_a_city_did_not_strike_it() -> None:
    text = ("A missile hit Dnipro overnight. A second group of drones was approaching the city of "
            "Izmail.")
    assert struck(text) == {"UA-12"}
    text = "Drones struck Kharkiv while a second group was closing in on Sumy, the air force said."
    assert struck(text) == {"UA-63"}


# --- a toll told as done stands beside a hedge about more -----------------------------------

def test_a_toll_told_as_done_is_a_strike_though_more_could_follow() -> None:
    text = ("Three people have died in a Russian strike on Kharkiv, the mayor said, adding that "
            "others may still lie under the rubble.")
    assert struck(text) == {"UA-63"}
    text = "Two civilians died after Russian shelling of Nikopol, and the toll may rise."
    assert struck(text) == {"UA-12"}


# --- what was hit between two places of one oblast lies in that oblast -----------------------

def test_a_strike_between_two_towns_of_one_oblast_is_in_that_oblast() -> None:
    assert struck("Shelling damaged a bridge between Kreminna and Rubizhne.") == {"UA-09"}
    text = "A drone hit a car on the road between Nikopol and Marhanets, killing the driver."
    assert struck(text) == {"UA-12"}
    # two oblasts: no one oblast it lies in
    assert struck("Shelling hit the road between Kherson and Mykolaiv.") == set()


# --- "the village of X" is no namesake city -----------------------------------------------

def test_the_village_of_a_citys_name_is_the_village_of_the_reports_oblast() -> None:
    # Makiivka: a city of Donetsk oblast, and a village of Luhansk oblast near Kreminna
    text = ("Fighting went on near Svatove and Kreminna for weeks.\n\n"
            "Russian shells kept falling on the village of Makiivka, the governor said.")
    assert oblast_of(text, "Makiivka") == {"UA-09"}
    text = "Russian artillery pounded the small village of Makiivka, west of Kreminna, overnight."
    assert oblast_of(text, "Makiivka") == {"UA-09"}
    assert struck(text) == {"UA-09"}
    # no village word: the city; villages "of" a district named after the city: the city's
    assert oblast_of("Shelling hit Makiivka near Donetsk, officials said.", "Makiivka") == {
        "UA-14"}
    text = ("Explosions damaged 30 houses in several villages of Khmelnytskyi District, the "
            "governor said.")
    assert struck(text) == {"UA-68"}


# --- an oblast named in the sentence outweighs a small town of its name elsewhere -----------

def test_the_sentences_oblast_beats_a_small_town_namesake_elsewhere() -> None:
    # Shakhtarske: a town of 27,000 in Dnipropetrovsk oblast, a village in Donetsk oblast
    text = "In Donetsk Oblast, a drone hit a house in Shakhtarske, the governor said."
    assert oblast_of(text, "Shakhtarske") == {"UA-14"}
    text = "A Donetsk Oblast prosecutor said a shell wounded a pensioner in Shakhtarske."
    assert oblast_of(text, "Shakhtarske") == {"UA-14"}
    text = "Drones hit a plant in Shakhtarske, the Dnipropetrovsk governor said."
    assert oblast_of(text, "Shakhtarske") == {"UA-12"}


# --- a city's district named after another city is the district of the city the line names --

def test_a_kyivskyi_district_after_another_city_is_that_citys() -> None:
    text = "Харків: уночі росіяни обстріляли Київський район, є поранені."
    assert places(text) == [("Kharkiv", "UA-63"), ("Kharkiv", "UA-63")]
    text = "Харьков: ночью был обстрел, в Киевском районе ранены двое."
    assert struck(text) == {"UA-63"}
    text = "Одеса: уламки дрона впали в Київському районі, постраждала жінка."
    assert struck(text) == {"UA-51"}
    # "Київський район" names no oblast for the villages of its sentence
    text = "Харьков: вечером были взрывы в Слободском и Киевском районах, есть раненые."
    assert "UA-30" not in struck(text)


# --- places left without power after the attacks were not said to be struck -----------------

def test_an_outage_after_the_latest_attacks_is_no_strike_on_its_place() -> None:
    text = ("Households in Chernihiv oblast had no electricity for a day after the latest "
            "attacks, the grid operator reported.")
    assert struck(text) == set()
    text = "Power was cut in Sumy following last night's strikes, the utility said."
    assert struck(text) == set()
    # a hit told in the sentence stands
    text = "After the latest attacks hit Chernihiv, 400,000 people were left without power."
    assert struck(text) == {"UA-74"}


# --- "the village of X" that the gazetteer lacks lies in the oblast its sentence names -------

def test_an_unknown_village_after_a_village_word_is_in_the_sentences_oblast() -> None:
    text = ("Two men were hurt when mortar fire reached the village of Velyka Rohan, Kharkiv "
            "Oblast police reported.")
    assert ("Velyka Rohan", "UA-63") in places(text)
    text = ("In the Sumy region, a drone hit a farm near the village of Horishni Pysarivky "
            "overnight.")
    assert ("Horishni Pysarivky", "UA-59") in places(text)
    # English words after "the town of", or no one oblast named: nothing
    assert [n for n, _iso in places("In the Sumy region, drones hit the town of Nowhere "
                                    "Special.")] == ["Sumy"]
