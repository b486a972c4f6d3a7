"""Session 24 (obl24): struck oblasts in event notes and in news, and English place forms.

Our own sentences, one group per phrase class (issue 12; the retired blind sets of session 23
showed each class): the oblast struck and the places read, through tests/extract_support.py.
"""

from __future__ import annotations

from tests.extract_support import places, struck

# --- an event note's region coded to its namesake centre is the region ----------------------


def test_region_coded_to_its_centre_is_the_region() -> None:
    # Kyiv city is a unit of its own (UA-30): the region's event coded to the city's point
    # stays the region's (UA-32), and the city is no place of the note
    text = ("On 2 March 2023, Ukrainian air defence shot down a Russian drone over the Kyiv "
            "region (coded to Kyiv, Kyiv).")
    assert struck(text) == {"UA-32"}
    assert set(places(text)) == {("Kyiv", "UA-32")}
    text = ("On 4 May 2023, Russian forces carried out a drone strike in Odesa region (coded to "
            "Odesa, Odesa region). Casualties unknown.")
    assert struck(text) == {"UA-51"}
    # the city coded to itself stays the city; a hromada coded to its centre stays the centre
    assert struck("On 4 May 2023, Russian forces shelled Kyiv (coded to Kyiv). Casualties "
                  "unknown.") == {"UA-30"}
    text = ("On 3 March 2023, Russian forces shelled Lozivska community (coded to Lozova, "
            "Kharkiv). Casualties unknown.")
    assert struck(text) == {"UA-63"} and ("Lozova", "UA-63") in places(text)


# --- a power plant named by a town's adjective is a mention of the town ---------------------


def test_plant_named_by_a_towns_adjective_names_the_town() -> None:
    text = "Fire at the Burshtynska thermal power plant after a missile attack."
    assert places(text) == [("Burshtyn", "UA-26")]
    assert struck(text) == {"UA-26"}
    text = "Smoke over the Ladyzhynska TPP after a Russian drone strike."
    assert places(text) == [("Ladyzhyn", "UA-05")] and struck(text) == {"UA-05"}
    text = "Russian missiles hit the Dobrotvirska power station, Lviv region, overnight."
    assert struck(text) == {"UA-46"} and ("Dobrotvir", "UA-46") in places(text)
    # a street named by the adjective is no plant
    assert places("A meeting on Burshtynska street was cancelled.") == []


# --- a fire or smoke told as reported after shelling is what the strike left ----------------


def test_fire_reported_after_shelling_is_a_strike_there() -> None:
    assert struck("A fire reported after shelling of a residential area in Kharkiv.") == {
        "UA-63"}
    assert struck("Smoke seen after shelling in Kramatorsk.") == {"UA-14"}
    assert struck("No fire was reported at the plant in Kharkiv.") == set()


# --- a city's district before the city, in an event note ------------------------------------


def test_city_district_before_the_city_is_the_citys() -> None:
    # a district named after another city (Kyivskyi) or after nothing in the oblast
    # (Petrovskyi) is the city's after the comma, not a namesake town of another oblast
    text = ("A fire reported after shelling of a residential area in Kyivskyi district, "
            "Donetsk.")
    assert struck(text) == {"UA-14"}
    assert set(places(text)) == {("Donetsk", "UA-14")}
    text = "Aftermath of shelling of a residential area in Petrovskyi district, Donetsk."
    assert struck(text) == {"UA-14"} and set(places(text)) == {("Donetsk", "UA-14")}
    text = "Russian forces shelled the Slobidskyi district, Kharkiv."
    assert struck(text) == {"UA-63"} and set(places(text)) == {("Kharkiv", "UA-63")}
    # a raion named after a town of the oblast stays that town
    text = "Russian forces shelled the Bohodukhivskyi district, Kharkiv."
    assert ("Bohodukhiv", "UA-63") in places(text) and struck(text) == {"UA-63"}


# --- an outlet named after a town is no place -----------------------------------------------


def test_radio_station_named_after_a_town_is_no_place() -> None:
    text = ("On 3 May 2023, Russian forces shelled Kupiansk, Kharkiv region, damaging the "
            "office of Vilne Radio broadcasting company.")
    assert set(places(text)) == {("Kupiansk", "UA-63"), ("Kharkiv", "UA-63")}


# --- near Kyiv is Kyiv oblast ----------------------------------------------------------------


def test_strike_near_kyiv_is_in_kyiv_oblast() -> None:
    assert struck("Russian missiles hit two power stations near Kyiv overnight, officials "
                  "said.") == {"UA-32"}
    assert struck("Russian missiles hit two power stations in Kyiv overnight, officials "
                  "said.") == {"UA-30"}
    # the suburbs and the airspace around the city are told of the city
    assert struck("Debris fell in the suburbs of Kyiv after the attack, damaging houses.") == {
        "UA-30"}


# --- "in the region" after Kyiv as a destination names no region -----------------------------


def test_region_after_kyiv_as_a_destination_is_not_kyiv_oblast() -> None:
    assert struck("Several missiles flying towards Kyiv were shot down in the region, the "
                  "mayor said.") == set()
    # after Kyiv struck, the region is Kyiv's (session 18)
    assert struck("Missiles hit Kyiv overnight, and debris damaged two houses in the "
                  "region.") == {"UA-30", "UA-32"}


# --- the launchers' place in an Air Force tally is not struck --------------------------------


def test_launchers_located_in_an_oblast_strike_elsewhere() -> None:
    text = ("The Air Force said Russia also launched four missiles from S-300 launchers "
            "stationed in the occupied part of the Zaporizhzhia region. A missile hit a school "
            "in Kharkiv.")
    assert struck(text) == {"UA-63"}
    assert struck("Russian troops shelled houses in the Zaporizhzhia region.") == {"UA-23"}


# --- an analyst's assaults by bearing and axis are ground fighting ---------------------------


def test_assaults_listed_by_bearing_or_axis_are_no_strikes() -> None:
    assert struck("Analysts reported Russian attacks on Vovchansk itself, west of the town "
                  "near Tykhe village; northwest — near Starytsia and Buhruvatka; north — near "
                  "Vovchanski Khutory.") == set()
    assert struck("The General Staff reported 12 Russian attacks on the Lyman axis over the "
                  "past day, near Torske and Zarichne.") == set()
    assert struck("A Russian drone hit a house in Kupiansk, injuring two.") == {"UA-63"}


# --- attacks from the air beside street fighting are a strike --------------------------------


def test_attacks_from_the_air_beside_street_fighting_strike() -> None:
    text = ("The governor said Russian troops are advancing on Lysychansk. Lysychansk is being "
            "subjected to attacks from air, meanwhile street fighting is in progress in "
            "Sievierodonetsk.")
    assert struck(text) == {"UA-09"}
    assert struck("Street fighting is in progress in Sievierodonetsk.") == set()


# --- two places joined by a hyphen before a road, axis or border ----------------------------


def test_hyphenated_pair_before_a_road_or_axis_names_both_places() -> None:
    text = "Russian forces are close to cutting the Kupiansk-Shevchenkove highway, Kharkiv region."
    assert set(places(text)) == {("Kupiansk", "UA-63"), ("Shevchenkove", "UA-63"),
                                 ("Kharkiv", "UA-63")}
    assert set(places("Operations along the Izium-Slovyansk axis were suspended.")) == {
        ("Izium", "UA-63"), ("Sloviansk", "UA-14")}
    assert set(places("Russian forces took positions near the Kherson-Mykolaiv region "
                      "border.")) == {("Kherson", "UA-65"), ("Mykolaiv", "UA-48")}
    # a hyphenated name is one place
    assert places("Shelling hit Ivano-Frankivsk and Kamianets-Podilskyi.") == [
        ("Ivano-Frankivsk", "UA-26"), ("Kamianets-Podilskyi", "UA-68")]


# --- a unit's name listed with another's is no namesake village ------------------------------


def test_unit_name_listed_with_another_is_no_namesake_village() -> None:
    text = ("Troops took a village in the eastern Donetsk region. The village lies at the "
            "junction of the Donetsk and Zaporizhzhia, the minister said.")
    assert ("Zaporizhzhia", "UA-23") in places(text)
    assert ("Zaporizhzhia", "UA-14") not in places(text)


# --- a list after an English hromada word names the hromadas' centres ------------------------


def test_english_hromada_list_names_the_centres() -> None:
    text = ("The occupiers shelled border communities in Sumy region. The communities of "
            "Khotin, Yunakivka, Novoslobidske, and Esman were shelled. In Novoslobidske, "
            "mortar shelling was recorded.")
    got = places(text)
    assert got.count(("Nova Sloboda", "UA-59")) == 2
    assert not any(name == "Novoslobidske" for name, _iso in got)
    # a name one letter from its oblast's place ("Miropillia", "Novo Sloboda")
    text = ("Russian forces attacked ten settlements of Sumy Oblast. The communities of "
            "Miropillia, Khotin, Novo Sloboda, and Velyka Pysarivka were targeted.")
    assert set(places(text)) == {("Sumy", "UA-59"), ("Myropillia", "UA-59"),
                                 ("Khotin", "UA-59"), ("Nova Sloboda", "UA-59"),
                                 ("Velyka Pysarivka", "UA-59")}
