"""English drone tallies in shapes the retired blind news sets showed (issue 12, session 20,
drones20): each class with sentences of our own, end to end. The scorer takes a report's
largest drone count, launched and shot down."""

from __future__ import annotations

from extract_support import events, figures


def most(text: str, figure: str = "drones", published: str = "2025-06-12") -> int:
    """The report's drone figure as scored: the largest over its events."""
    return max([getattr(e, figure) or 0 for e in events(text, published)] or [0])


# --- the defence's missiles ("anti-aircraft missile troops") are no missiles of the attack -----


def test_a_tally_split_by_the_defence_sentence_still_counts_the_drones() -> None:
    # the Air Force's "repelled by aviation, anti-aircraft missile troops ..." between the
    # launch count and a shot-down count that names no weapon
    text = ("Overnight Russia attacked Ukraine with 50 Shahed drones launched from Kursk. The "
            "attack was repelled by aviation, anti-aircraft missile troops, electronic warfare "
            "units and mobile fire groups. According to preliminary data, 40 were shot down "
            "over the north and east.")
    assert (most(text), most(text, "drones_downed")) == (50, 40)
    text = ("Russia sent 38 attack drones at the south overnight. The air attack was repelled by "
            "surface-to-air missile units and mobile groups. As of 09:00, 31 had been shot down.")
    assert (most(text), most(text, "drones_downed")) == (38, 31)


def test_a_count_shot_down_by_missile_units_is_of_the_drones() -> None:
    text = ("Overnight the enemy launched 27 Shahed drones at Ukraine. In all, 22 were destroyed "
            "by anti-aircraft missile units and fighter jets.")
    assert (most(text), most(text, "drones_downed")) == (27, 22)
    # an attack's missile beside the defence's: the count shot down stays unread as drones
    text = ("Russia launched drones at Kyiv overnight. Two cruise missiles and 12 were destroyed "
            "by anti-aircraft missile units.")
    assert most(text, "drones_downed") != 12


# --- "All N were destroyed": the whole attack, its weapon named before ------------------------


def test_all_of_a_count_shot_down_is_launched_and_shot_down() -> None:
    text = ("The enemy attacked the south with Shahed attack drones overnight. All 18 were shot "
            "down over Odesa and Mykolaiv.")
    assert (most(text), most(text, "drones_downed")) == (18, 18)
    text = ("Russia sent kamikaze drones at Kyiv overnight, the city administration said. All of "
            "the 12 had been intercepted.")
    assert (most(text), most(text, "drones_downed")) == (12, 12)
    # missiles told before: no drones
    text = "Russia fired cruise missiles at Lviv overnight. All 12 were intercepted."
    assert (most(text), most(text, "drones_downed")) == (0, 0)


# --- "90+ drones": an open count is its number --------------------------------------------------


def test_a_count_with_a_plus_sign_is_its_number() -> None:
    assert figures("Russia launched 90+ drones at Ukraine overnight.") == {"drones": 90}
    assert figures("Air defence shot down 70+ Shahed drones over the north.") == {
        "drones_downed": 70}


# --- shot down told by "bring down", "take down"; a quoted verb ---------------------------------


def test_bringing_and_taking_down_are_shooting_down() -> None:
    assert figures("Air defence brings down 45 drones over the north.") == {
        "drones_downed": 45}
    assert figures("The air force said it had taken down 60 attack drones.") == {
        "drones_downed": 60}


def test_a_quoted_verb_of_shooting_down() -> None:
    assert figures('The air force said 9 out of 14 drones were "neutralised."') == {
        "drones_downed": 9, "drones": 14}
    assert figures("Officials said 20 Shahed drones were “destroyed” over the south.") == {
        "drones_downed": 20}


# --- one missile, then a count of drones, after one verb of shooting down -------------------


def test_one_missile_then_drones_shot_down() -> None:
    text = ("The army said it had brought down one Russian cruise missile and 87 drones of "
            "several types during the night.")
    assert (most(text), most(text, "drones_downed")) == (0, 87)
    assert figures("Air defence destroyed an Iskander-M, a Kh-59 missile and 40 drones.") == {
        "drones_downed": 40}
    # the verb of launching: launched
    assert figures("Russia launched a ballistic missile and 52 drones at Ukraine.") == {
        "drones": 52}


# --- drones counted type by type, one of them of a type not known ------------------------------


def test_a_type_list_with_drones_of_an_unidentified_type() -> None:
    assert figures("Troops sent four Molniya-type UAVs, two FPV drones, and one more drone of a "
                   "still-unknown type toward the village.") == {"drones": 7}
    assert figures("Russia attacked with four Shahed drones and two more drones of an unknown "
                   "type.") == {"drones": 6}


# --- one drone shot down told with an article is one shot down (the shared dev set's reading) ---


def test_a_drone_shot_down_is_one() -> None:
    text = ("Shelling damaged homes in Nikopol overnight. A drone was also shot down over "
            "Pavlohrad, the governor said.")
    assert most(text, "drones_downed") == 1
    assert most(text) == 0


# --- a record attack retold after the night's strike is no count of the night's ---------------


def test_a_record_retold_after_a_strike_with_no_count_of_its_own() -> None:
    # the night's strike has a place but no drone count: the record's drones are no tally
    text = ("Drones hit Kyiv overnight, injuring two. Russia's record attack involved 728 drones "
            "and 13 missiles.")
    assert most(text) == 0
    text = ("Russia attacked Kyiv with drones overnight, and two people were injured. Earlier, "
            "Russia carried out the largest attack of the war, with 728 drones.")
    assert most(text) == 0
    # the night's own record, told with its night, stays
    assert most("Russia launched 810 drones at Ukraine overnight, its largest attack of the war, "
                "the air force said.") == 810


# --- one count for missiles and drones together: its part shot down is no drone count ---------


def test_a_part_shot_down_of_missiles_and_drones_together_is_no_drone_count() -> None:
    assert most("Russia launched 80 missiles and drones overnight, of which 70 were shot down.",
                "drones_downed") == 0
    text = ("Russia attacked Ukraine with 120 drones and missiles overnight. Air defence shot "
            "down 100 of them.")
    assert most(text, "drones_downed") == 0
    # a drone count of its own beside the missiles: the part is of the drones
    text = ("Russia attacked Ukraine with 50 drones and two missiles overnight. Air defence shot "
            "down 45 of them.")
    assert most(text, "drones_downed") == 45


def test_targets_shot_down_then_the_drones_among_them() -> None:
    assert figures("Air defence neutralised 475 aerial targets, including 460 drones.") == {
        "drones_downed": 460}
    text = ("Russia launched 477 drones and 60 missiles overnight; 475 targets were shot down, "
            "including 460 Shahed drones.")
    assert (most(text), most(text, "drones_downed")) == (477, 460)
