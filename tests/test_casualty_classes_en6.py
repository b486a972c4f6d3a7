"""English casualty classes seen on new real news (issue 12, /work/snap/extra6/en_cas): each
with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, figures, total

# --- "in the region": the oblast told just before ---------------------------------------------

def test_a_toll_in_the_region_is_the_oblast_told_before() -> None:
    got = events("Russian attacks against Kherson Oblast destroyed three houses, Governor "
                 "Oleksandr Prokudin said. One man was killed and two hurt in the region "
                 "during the last day, according to Prokudin.")
    tolls = [(e.place_kind, e.oblast_iso, e.killed, e.injured) for e in got
             if e.killed or e.injured]
    assert tolls == [("oblast", "UA-65", 1, 2)]


def test_a_toll_across_the_country_is_still_the_countrys() -> None:
    got = events("Russian shelling damaged homes in Mykolaiv Oblast. Across Ukraine, nine people "
                 "were killed in the previous 24 hours, the presidential office said.")
    assert [(e.place, e.killed) for e in got if e.killed] == [("Ukraine", 9)]


# --- a roundup's parts fill its headline total ------------------------------------------------

def test_a_place_told_as_also_is_a_part_of_the_roundup_total() -> None:
    text = ("Russian strikes kill 2, injure 9 in Ukraine over past day\n\nAt least two "
            "civilians were killed and nine others injured in Russian attacks across Ukraine "
            "over the last day, regional authorities reported. In Kherson Oblast, Russian "
            "attacks killed one person and injured four, Governor Oleksandr Prokudin said. In Sumy "
            "Oblast, one person died and two more were hurt. In Donetsk Oblast, one "
            "person was injured in Russian strikes. Kharkiv Oblast also came under fire, with "
            "two civilians injured as Russia used guided bombs, the governor said.")
    assert (total(text, "killed"), total(text, "injured")) == (2, 9)


def test_a_single_strike_and_one_more_elsewhere_stay_apart() -> None:
    # the earlier rule still holds where the total is one strike's and no roundup of places
    text = ("A missile attack on a city in central Ukraine killed a man and injured 30 others on "
            "Friday. Three people were also injured in a drone attack on Sumy, officials said.")
    assert total(text, "injured") == 33


def test_a_countrys_part_keeps_its_value_when_a_place_has_the_same() -> None:
    text = ("Russian attacks against Ukraine kill 4, injure 9 over past day\n\nRussian attacks "
            "against Ukraine killed four people and injured nine in the last day, regional "
            "authorities stated. Two people were killed and three injured in Kostiantynivka, the "
            "governor said. One resident was killed and two injured in Druzhkivka. Two more "
            "were hurt in the villages of Berestok, Bilytske and Shakhove, he added. "
            "In Kherson Oblast, one resident was killed and two injured in Bilozerka.")
    assert (total(text, "killed"), total(text, "injured")) == (4, 9)


def test_an_oblast_total_holds_its_places_in_the_roundup_sum() -> None:
    text = ("Russian attacks kill 3, injure 2 in Ukraine over past day\n\nRussian attacks "
            "killed three people and injured two over the past day, regional officials said. "
            "In Kherson Oblast, Russian shelling over the past day left two people dead and "
            "one injured. A man was killed in Bilozerka, and a woman was killed in Antonivka. "
            "A 70-year-old man was injured in Beryslav. In Sumy Oblast, a woman was killed and "
            "a man injured in Krasnopillia.")
    assert (total(text, "killed"), total(text, "injured")) == (3, 2)


# --- "another" after a death, the verb shared ---------------------------------------------------

def test_another_injured_after_a_death_is_one_more() -> None:
    assert figures("Near Kupiansk, one farmer was killed and another injured by a mine dropped "
                   "from a drone.") == {"killed": 1, "injured": 1}
    assert figures("A woman died and another badly hurt.") == {"killed": 1, "injured": 1}


def test_another_before_a_count_is_still_no_person() -> None:
    assert figures("One man was killed and another 12 injured in the strike.") == {
        "killed": 1, "injured": 12}


# --- the day before the report's strike, recalled ---------------------------------------------

def test_the_day_before_a_strike_dated_to_the_report_is_recalled() -> None:
    text = ("Russian forces struck Sumy on the afternoon of June 12, injuring at least four "
            "people, the city military administration said.\nTwo apartment buildings and a shop "
            "were damaged in the June 12 attack.\nRussian troops shelled 14 settlements in Sumy "
            "Oblast on June 11, the governor said.\nTwo people were injured in Krasnopillia, and "
            "several houses were damaged, he said.")
    assert total(text, "injured") == 4


def test_a_reminder_of_the_day_before_is_recalled() -> None:
    text = ("A woman was injured when Russian artillery hit a street in Kherson city.\n"
            "As reported, on June 11, the Russian army shelled Kherson region 40 times, injuring "
            "five civilians.")
    assert total(text, "injured") == 1


def test_the_day_before_is_within_a_roundup_over_the_past_day() -> None:
    text = ("Russian attacks kill 1, injure 4 over past day\n\nRussian forces struck Sumy on the "
            "afternoon of June 12, injuring two people, the city military administration said.\n"
            "Russian troops shelled 14 settlements in Sumy Oblast on June 11, the governor said.\n"
            "Two people were injured in Krasnopillia and a man was killed in Velyka Pysarivka, he "
            "said.")
    assert (total(text, "killed"), total(text, "injured")) == (1, 4)


def test_a_date_after_a_reporting_verb_dates_no_strike() -> None:
    text = ("The air force reported on Telegram on June 12 that drones had struck Poltava, "
            "injuring two people.\nOn June 11, a drone hit a house in Kremenchuk, injuring a "
            "woman.")
    assert total(text, "injured") == 3


# --- the hospitalised are a part of the injured told before ------------------------------------

def test_a_count_in_hospital_after_the_injured_is_a_part_of_them() -> None:
    text = ("Eight people were injured by a Russian drone attack on Kyiv overnight, the city "
            "administration said. Debris fell in the Solomianskyi and Obolonskyi districts and "
            "on a market in Irpin. Doctors are working at the scene. So in total, four people "
            "have been hospitalized.")
    assert total(text, "injured") == 8


def test_a_count_in_hospital_alone_is_the_injured() -> None:
    assert total("Three people were taken to hospital after a drone hit a bus in Nikopol.",
                 "injured") == 3


# --- people told by where they live ------------------------------------------------------------

def test_residents_of_a_place_between_the_count_and_its_outcome() -> None:
    assert figures("Seven residents of the Mykolaiv region received injuries of varying "
                   "severity, the governor said.") == {"injured": 7}
    assert figures("Two residents of the Bilopillia community were killed.") == {"killed": 2}


def test_residents_of_a_place_with_no_outcome_are_no_count() -> None:
    assert figures("Forty residents of the Sumy region were evacuated on Monday.") == {}


# --- a sentence opening on Russia tells a strike there --------------------------------------------

def test_a_toll_told_in_russia_after_a_ukrainian_region_is_not_carried() -> None:
    text = ("Two people were wounded when drones struck the Mykolaiv region at night, the "
            "governor said.\nA school and three homes were hit near the coast, he said.\n"
            "In Russia, a man was killed by a drone in the border region of Kursk, local "
            "officials said.")
    assert (total(text, "killed"), total(text, "injured")) == (0, 2)


def test_russian_occupied_is_no_opening_on_russia() -> None:
    text = ("In Russian-occupied Nova Kakhovka, a drone killed a man, the Ukrainian army said. "
            "In Kherson, Russian shelling wounded two women.")
    assert total(text, "injured") == 2


# --- "the number of victims" is the report's toll of injured, beside a death ---------------------

def test_the_number_of_victims_beside_a_death_is_the_injured() -> None:
    text = ("Drone strike on Poltava: one killed, number of wounded rises to 15\n"
            "The number of victims of the drone strike on Poltava has increased to 15, "
            "one person was killed, the governor said.")
    assert (total(text, "killed"), total(text, "injured")) == (1, 15)
