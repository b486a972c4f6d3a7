"""English killed and injured totals: phrase classes seen on real English news collected in
session 9 (issue 12, /work/snap/dev9/en_cas9 and the dev7 set), each with sentences of our own,
end to end."""

from __future__ import annotations

from extract_support import figures, total

# --- "N people sought medical help": the people the strike hurt --------------------------------

def test_people_who_sought_medical_help_are_injured() -> None:
    text = ("A missile struck a bus depot in Poltava on Monday morning. By the evening, 31 "
            "people had sought medical help, four of them children, the mayor said.")
    assert total(text, "injured") == 31


def test_people_who_turned_to_doctors_are_injured() -> None:
    assert figures("So far nine residents turned to doctors after the blasts in the old "
                   "town.") == {"injured": 9}


def test_those_who_sought_help_hold_the_hospitalised() -> None:
    text = ("Drones hit two apartment blocks in Chernihiv overnight. In total 52 people sought "
            "medical assistance, of whom 17 were taken to hospital.")
    assert total(text, "injured") == 52


def test_people_counted_apart_from_the_injured_are_not_added() -> None:
    text = ("A glide bomb hit a shop in Kupiansk, wounding three women. Two additional people "
            "sought medical assistance, the governor added.")
    assert total(text, "injured") == 3


def test_people_treated_for_shock_are_not_injured() -> None:
    text = ("A drone hit a warehouse in Lutsk at night. A guard was wounded by debris, while "
            "another five people sought medical attention for shock and panic.")
    assert total(text, "injured") == 1


def test_shelter_is_no_medical_help() -> None:
    assert "injured" not in figures("About 200 people sought shelter in the metro station "
                                    "during the raid on Kharkiv.")


# --- "as of <time> on <date>": when a toll stood, not the day of the strike ------------------

def test_a_toll_as_of_the_next_day_does_not_make_the_strike_a_day_later() -> None:
    # the report dated after midnight: the evening's count of the injured is the same strike's
    text = ("Toll of the missile strike on Zaporizhzhia on March 3 rises to nine. As of 00:40 "
            "on March 4, nine people were reported dead, the regional head wrote. In the "
            "evening of March 3, the mayor said 41 injured residents were known, 20 of them "
            "in hospitals.")
    assert total(text, "killed", published="2025-03-04") == 9
    assert total(text, "injured", published="2025-03-04") == 41


# --- a wounded person who died: killed, not injured -------------------------------------------

def test_a_wounded_woman_told_in_a_comma_clause_who_died_is_killed() -> None:
    text = ("The 58-year-old woman from Nikopol, who was hurt when a drone hit her yard at "
            "about 7:40 a.m., died in hospital, the regional head said.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


def test_a_headline_person_who_dies_in_hospital_is_killed() -> None:
    text = ("Elderly Kherson man dies in hospital two days after artillery strike\n\n"
            "Doctors could not save the man, the city's military administration said.")
    assert total(text, "killed") == 1


# --- two nights: the attack a report's own night followed is an earlier one -------------------

def test_the_day_before_that_an_overnight_attack_followed_is_recalled() -> None:
    # 2025-06-16 is a Monday: "on Sunday" is one day back, the strike the night's attack followed
    text = ("Drones attacked Odesa for the third night in a row, wounding two port workers, "
            "the governor said on Monday. The raid followed Russian strikes on Sunday that "
            "injured nine people in Izmail.")
    assert total(text, "injured", published="2025-06-16") == 2


def test_a_strike_on_the_day_before_stays_where_no_night_of_its_own_is_told() -> None:
    # no night of the report's own: Sunday's strike may be the one it reports
    text = ("Residents of Izmail cleared debris on Monday. The clean-up followed Russian "
            "strikes on Sunday that injured nine people in the town.")
    assert total(text, "injured", published="2025-06-16") == 9
