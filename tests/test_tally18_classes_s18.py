"""News figures (issue 12, session 18, tally18): air force tallies and tolls that last
session's blind pages told in shapes the extractor missed, each class with sentences of our own,
end to end (extract_text: the largest drone figure, the sum of a toll over a report's events,
as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def largest(text: str, figure: str, published: str = "2025-06-12") -> int:
    return max((getattr(e, figure) or 0 for e in extract_text(text, published=published).events),
               default=0)


def total(text: str, figure: str, published: str = "2025-06-12") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- "N of the M drones": the part shot down, the whole launched, whatever stands between ----

def test_a_part_of_the_drones_with_a_clause_of_where_they_came_from_then_shot_down() -> None:
    text = ("Twelve of the 20 drones fired at the capital during the night were destroyed by "
            "air defence, the city administration said.")
    assert largest(text, "drones_downed") == 12
    assert largest(text, "drones") == 20
    text = ("Eight of the 11 Shahed drones sent by Russia in a second wave against the south "
            "were shot down, the navy reported.")
    assert largest(text, "drones_downed") == 8
    assert largest(text, "drones") == 11
    # drones that hit, a clause of its own after them, are no shot-down part
    text = ("Twelve of the 20 drones fired at Odesa hit homes, and eight more were shot down "
            "over the sea.")
    assert largest(text, "drones_downed") != 12


def test_a_part_of_the_drones_then_a_bare_participle_of_shooting_down() -> None:
    text = "Military: 17 out of 25 attack drones downed over the south and centre"
    assert largest(text, "drones_downed") == 17
    assert largest(text, "drones") == 25
    text = "Ukraine says 30 of 34 drones intercepted over six regions, two people hurt"
    assert largest(text, "drones_downed") == 30
    assert largest(text, "drones") == 34
    # an active verb with its object: the drones did it, nothing was shot down
    text = "Five out of nine drones destroyed a fuel depot near Lviv, the governor said."
    assert largest(text, "drones_downed") == 0


# --- "unmanned aircraft" is a drone's name -------------------------------------------------

def test_unmanned_aircraft_are_drones() -> None:
    text = ("Russia sent 140 drones against Ukraine overnight, the air force said, adding that "
            "air defence intercepted 118 unmanned aircraft.")
    assert largest(text, "drones") == 140
    assert largest(text, "drones_downed") == 118
    text = "Gunners destroyed 44 Russian unmanned aerial systems over the Kharkiv region."
    assert largest(text, "drones_downed") == 44


# --- Ukraine's forces jamming drones defend; they attack nobody ---------------------------

def test_drones_lost_to_ukrainian_jamming_leave_the_tally_standing() -> None:
    text = ("Russia launched 75 drones at Ukraine overnight. Gunners shot down 51 of the 75 "
            "drones, the command said, with the Ukrainian army using jamming systems against "
            "most of the rest.")
    assert largest(text, "drones_downed") == 51
    text = ("Russia sent 64 drones overnight. Air defence downed 40 of them, while the "
            "Ukrainian army redirected 19 more with jamming.")
    assert largest(text, "drones_downed") == 40


# --- a toll of another attack hours before is that attack's -------------------------------

def test_a_toll_of_a_separate_attack_hours_before_is_not_the_reports() -> None:
    text = ("A drone hit an apartment block in Kyiv overnight, killing two people. It was the "
            "second raid in a day: barely 30 hours after a separate barrage had killed five "
            "people in the city.")
    assert total(text, "killed") == 2
    text = ("Two people were injured when a drone hit a house in Sumy on Thursday night, just "
            "hours after another strike on the city killed three residents.")
    assert total(text, "injured") == 2
    assert total(text, "killed") == 0
    # hours after the same strike, the toll rose: the report's own
    text = ("A missile hit a school in Kharkiv on Thursday, killing two people. Hours after "
            "the strike, the death toll rose to four.")
    assert total(text, "killed") == 4


# --- people taken to hospital, of any kind ------------------------------------------------

def test_people_taken_to_a_named_kind_of_hospital_are_injured() -> None:
    text = ("Nine residents were brought to two district hospitals after a missile hit a "
            "market in Zaporizhzhia, the governor said.")
    assert total(text, "injured") == 9
    text = "In Kherson, a drone hit a bus; four people were rushed to the city hospital."
    assert total(text, "injured") == 4


def test_victims_of_the_attack_are_people_counted_not_attacks() -> None:
    text = ("A missile struck a factory in Dnipro on Thursday afternoon. By evening, "
            "twenty-two victims of the strike were brought to hospitals across the city, the "
            "governor said.")
    assert total(text, "injured") == 22
    text = ("Drones hit a dormitory in Kharkiv overnight. Three victims of the night's attack "
            "have died, the mayor said.")
    assert total(text, "killed") == 3
    # a count of attacks is still no count of people
    text = "The town came under 40 attacks of artillery overnight, and two people were hurt."
    assert total(text, "injured") == 2


# --- a headline's shortened clause: "85 drones, 60 downed" ---------------------------------

def test_a_bare_count_shot_down_after_the_drones_of_a_headline() -> None:
    text = "Russia attacks Ukraine with 95 drones overnight, 71 downed"
    assert largest(text, "drones") == 95
    assert largest(text, "drones_downed") == 71
    text = "Over 130 attack drones launched at Ukraine; 104 intercepted, air force says"
    assert largest(text, "drones_downed") == 104
    # people after the count: a toll, no drones shot down
    text = "Russia attacks Odesa with 40 drones, 3 hurt"
    assert largest(text, "drones_downed") == 0


# --- "the toll" alone, risen, is the dead ---------------------------------------------------

def test_the_toll_risen_alone_is_the_death_toll() -> None:
    text = ("A Russian missile hit a five-storey building in Dnipro on Tuesday, killing 14 "
            "people. By Wednesday the toll from the strike had risen to 19, the governor said.")
    assert total(text, "killed") == 19
    text = ("A glide bomb struck a shopping centre in Kharkiv on Saturday, killing 6. The toll "
            "climbed to 9 after rescuers cleared the rubble.")
    assert total(text, "killed") == 9
    # the toll of the injured is no death toll
    text = ("A drone hit a hostel in Sumy on Monday, killing two. The toll of injured has "
            "risen to 15.")
    assert total(text, "killed") == 2


# --- a count of interceptions (a noun) is no count of drones shot down ----------------------

def test_a_count_of_interceptions_is_no_drone_count_shot_down() -> None:
    text = ("Russia sent 300 drones and 20 missiles overnight. The new interceptor crews "
            "logged 90 interceptions of all kinds, the president said.")
    assert largest(text, "drones") == 300
    assert largest(text, "drones_downed") == 0
    # the verb still is one
    text = "Russia launched 60 drones overnight; air defence intercepts 45 of them."
    assert largest(text, "drones_downed") == 45


# --- what authorities in Russia say their air defence downed is no figure of a strike on us --

def test_drones_downed_that_authorities_in_russia_report_are_not_counted() -> None:
    text = ("A missile hit a warehouse in the Poltava region overnight, the governor said. "
            "Officials in Russia said their gunners hit a drone approaching Moscow at dawn.")
    assert largest(text, "drones_downed") == 0
    text = ("Officials in Russia say air defence units brought down 14 drones over the "
            "border areas; Ukraine did not comment.")
    assert largest(text, "drones_downed") == 0
    # Ukraine's own tally beside them still counts
    text = ("Ukraine's air force said it shot down 20 of 25 drones overnight. Officials in "
            "Russia said they downed 14 drones over the Kursk region.")
    assert largest(text, "drones_downed") == 20
