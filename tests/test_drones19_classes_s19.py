"""English drone counts in less common shapes (issue 12, session 19, drones19): each class with
sentences of our own, end to end. The scorer takes a report's largest drone count, so a count of
another attack or period that is read as launched costs the report's figure."""

from __future__ import annotations

from extract_support import events, figures


def most(text: str, figure: str = "drones", published: str = "2025-06-12") -> int:
    """The report's drone figure as scored: the largest over its events."""
    return max([getattr(e, figure) or 0 for e in events(text, published)] or [0])


# --- counts in words: dozens and hundreds -----------------------------------------------------


def test_a_number_of_dozens_is_vague() -> None:
    # "two dozen", "more than three dozen" are read as vague, as "dozens" is (the annotation
    # of a report's "more than two dozen"); "a dozen" alone is 12
    assert figures("Russia sent two dozen drones against Odesa overnight.") == {}
    assert figures("More than three dozen attack drones were launched at the city.") == {}
    assert figures("Half a dozen drones were launched at the port.") == {}


def test_a_hundred_and_a_thousand_are_counts() -> None:
    assert figures("The enemy launched nearly a hundred drones at the region.") == {
        "drones": 100}
    assert figures("Russia fired a hundred and twenty drones overnight.") == {"drones": 120}
    assert most("Russia attacked with almost a thousand drones in one night. A warehouse in "
                "Lviv burned.") == 1000


# --- a period of several days or weeks: no night's count --------------------------------------


def test_a_count_over_several_days_or_weeks_is_a_period_total() -> None:
    text = ("Russia attacked Odesa with 40 drones overnight, damaging the port. Over the last "
            "seven days, the enemy has sent about 1,900 drones against Ukraine.")
    assert most(text) == 40
    assert figures("The enemy fired 2,300 drones at Ukrainian cities in the previous three "
                   "weeks.") == {}
    assert figures("In only ten days, Russia sent 1,100 attack drones.") == {}
    # the past day is the night's
    assert figures("Russia launched 93 drones over the past day.") == {"drones": 93}
    assert figures("Russia used 93 drones in the past 24 hours.") == {"drones": 93}


def test_a_count_within_a_single_week_is_a_period_total() -> None:
    assert figures("Russia used 1,700 Shahed drones within a single week, the president "
                   "said.") == {}
    assert figures("In just one week the enemy launched 1,450 drones.") == {}


def test_a_week_told_as_a_time_is_no_rate() -> None:
    # "a week after", "a week ago": when the night's attack came, not drones a week
    assert figures("Russia launched 150 drones overnight, a week after it sent 400.") == {
        "drones": 150}
    assert figures("A week after the talks in Geneva, Russia launched 87 drones at the "
                   "west.") == {"drones": 87}
    assert figures("The enemy launches some 1,000 drones a week.") == {}


# --- counts that are no launches --------------------------------------------------------------


def test_interceptor_drones_are_no_launch_count() -> None:
    assert figures("The brigade will get 500 interceptor drones next month.") == {}
    assert figures("Ukraine now builds 1,000 FPV interceptor drones a day.") == {}
    text = ("Russia launched 90 drones at Ukraine overnight, hitting Kharkiv. The army has "
            "deployed 300 interceptor drones around the city.")
    assert most(text) == 90


def test_drones_pledged_or_donated_are_no_launch_count() -> None:
    text = ("Russia launched 90 drones at Ukraine overnight, hitting Kharkiv. Berlin pledged "
            "500 long-range drones on Tuesday.")
    assert most(text) == 90
    assert figures("A charity donated 250 reconnaissance drones to the brigade.") == {}


# --- Ukraine as the attacker, told with an adverb or in the perfect ---------------------------


def test_ukraine_attacking_russia_in_the_perfect_or_with_an_aside_is_no_launch_count() -> None:
    text = ("Russia launched 90 drones at Ukraine overnight, hitting Kharkiv. Ukraine, for its "
            "part, sent 120 drones towards Moscow.")
    assert most(text) == 90
    text = ("Russia launched 90 drones at Ukraine overnight, hitting Kharkiv. Ukraine has also "
            "struck Russian oil depots with 250 long-range drones.")
    assert most(text) == 90


# --- drones counted type by type: their sum ---------------------------------------------------


def test_a_list_of_drones_by_type_is_their_sum() -> None:
    assert figures("The enemy attacked the district with two Geran-2, one FPV and three "
                   "unknown drones.") == {"drones": 6}
    assert figures("Russian forces used 3 Lancets, 2 Molniya drones and 4 drones of "
                   "unidentified type against the town.") == {"drones": 9}
    text = ("Russia attacked the Nikopol district with one Shahed, two Gerbera UAVs and five of "
            "an unknown type. A house was damaged in Nikopol.")
    assert most(text) == 8
    # drones that hit are no launch count: no sum (the first is read alone, as before)
    assert figures("Two Shahed drones and three FPV drones struck the village.") == {
        "drones": 2}


# --- the war's record attack told after the night's count -------------------------------------


def test_the_record_attack_told_after_the_nights_count_is_another_attack() -> None:
    night = "Russia launched 90 drones at Ukraine overnight, hitting Kharkiv. "
    assert most(night + "The largest attack so far involved 810 drones and 13 missiles.") == 90
    assert most(night + "The previous record was 728 drones.") == 90
    assert most(night + "At its peak, Russia sent 800 drones in one night.") == 90
    assert most(night + "Russia has used more than 800 drones in a single night.") == 90
    # a record told of the night itself stands
    assert most("Russia launched 810 drones at Ukraine overnight, its largest attack so far. "
                "Kharkiv was hit.") == 810
    assert most("In the largest attack of the war, Russia launched 810 drones at Ukraine "
                "overnight, hitting Kharkiv.") == 810
    assert most("Russia launched 90 drones at Kharkiv overnight. The largest attack of the war "
                "came overnight too, with 810 drones over the west.") == 810


# --- the night's attack ranked among the week's keeps its count -------------------------------


def test_an_attack_ranked_among_the_weeks_keeps_its_count() -> None:
    assert figures("It was the third attack this week, with 93 drones launched.") == {
        "drones": 93}
    assert figures("Russia targeted Ukraine with 93 drones, the second large attack this "
                   "week.") == {"drones": 93}
    assert figures("Drones hit Kharkiv in an attack involving 93 drones, the second large "
                   "attack in a week.") == {"drones": 93}
    # a week's total stays one
    assert figures("Russia launched 1,800 drones this week.") == {}


# --- a sentence naming both sides: each count is the side's named last before it --------------


def test_ukraines_count_beside_russias_in_one_sentence_is_not_ours() -> None:
    text = ("Russian drones hit Kharkiv overnight. The Russian military launched over 90 "
            "drones at Ukraine, while Ukraine launched 120 drones at Russia, the two sides "
            "said.")
    assert most(text) == 90
    # Ukraine's forces shooting Russia's drones down are no attacker
    assert most("Russian forces launched 14 drones at the Dnipropetrovsk region. Ukrainian "
                "military forces intercepted 2 Russian drones near Pavlohrad, while Ukraine "
                "launched 30 drones at Russia.", "drones_downed") == 2
