"""English killed and injured totals in shapes the fresh real news of session 22 still got
wrong (issue 12, session 23, tolls23): each class with sentences of our own, end to end. The
scorer adds up a report's killed and injured over its events."""

from __future__ import annotations

from extract_support import events, figures


def toll(text: str, published: str = "2025-05-12") -> tuple[int, int]:
    """The report's (killed, injured) as scored: summed over its events."""
    evs = events(text, published)
    return (sum(e.killed or 0 for e in evs), sum(e.injured or 0 for e in evs))


# --- a monthly, war-wide or campaign-wide toll is no toll of the night's strike ---------------


def test_a_monitors_toll_of_a_month_is_not_added_to_the_nights() -> None:
    assert toll("A Russian missile hit Odesa overnight, killing two people and injuring five. "
                "In April, 209 civilians were killed and 1,146 wounded, according to the UN "
                "human rights monitoring mission.") == (2, 5)
    assert toll("Drones struck Kherson overnight, killing four. The UN's rights office said 232 "
                "civilians had been killed in Ukraine in April, the highest monthly toll this "
                "year.") == (4, 0)
    assert toll("Russian shelling killed a man in Nikopol. Throughout March, drones and "
                "artillery killed 60 civilians in the district, the police said.") == (1, 0)


def test_a_toll_of_the_first_days_of_the_war_or_year_is_background() -> None:
    assert toll("Two people were killed in a drone attack on Zaporizhzhia overnight, the "
                "governor said. On the first day of the full-scale invasion, 137 Ukrainians were "
                "killed, according to the president.") == (2, 0)
    assert toll("A glide bomb hit Kramatorsk, injuring three. The UN said at least 651 "
                "civilians were killed in the first five months of the year.") == (0, 3)


def test_a_war_wide_toll_since_or_following_the_invasion_is_background() -> None:
    assert toll("UN says 500 civilians died in Ukraine since Russian invasion\n"
                "A Russian rocket hit a market in Kharkiv on Sunday, injuring four "
                "people.") == (0, 4)
    assert toll("Shelling of Chernihiv injured two people on Monday. At least 500 civilians "
                "have been killed following the Russian invasion, the UN rights office said."
                ) == (0, 2)


def test_a_campaigns_toll_is_no_toll_of_one_night() -> None:
    assert toll("Russian drones hit Kyiv overnight, killing one person and wounding five. "
                "Russia's campaign of air strikes against the power grid has killed 77 "
                "civilians, officials said.") == (1, 5)


def test_a_day_of_a_month_still_dates_a_strikes_toll() -> None:
    # the month with its day is a strike's date, not a period
    assert toll("A Russian missile killed two people in Odesa on 3 May, the governor "
                "said.", "2025-05-04") == (2, 0)


# --- a body found later, told as "another", adds to the strike's toll ---------------------


def test_another_body_found_after_the_toll_adds_one() -> None:
    assert toll("Three people were killed when a missile hit an apartment block in Dnipro "
                "overnight, the governor said. Later on Monday, rescuers pulled another body "
                "from the rubble.") == (3 + 1, 0)
    assert toll("A Russian drone strike on a house in Sumy killed three people on Sunday night. "
                "On Monday morning emergency workers found the body of another victim under "
                "the debris.") == (4, 0)
    assert toll("A missile struck a school in Poltava, killing two and injuring nine. Another "
                "body was recovered from the ruins in the afternoon.") == (3, 9)


def test_another_two_bodies_add_two() -> None:
    assert toll("Three people were killed when a missile hit an apartment block in Dnipro "
                "overnight. Another two bodies were recovered from the ruins on "
                "Monday.") == (5, 0)


def test_another_body_within_a_toll_told_as_it_stands_adds_nothing_more() -> None:
    assert toll("Three people were killed when a missile hit an apartment block in Dnipro "
                "overnight. The toll rose to four after rescuers pulled another body from the "
                "rubble.") == (4, 0)
    assert toll("Three people were killed when a missile hit an apartment block in Dnipro "
                "overnight. Rescuers pulled another body from the rubble on Monday. The death "
                "toll has risen to four, the governor said.") == (4, 0)


def test_another_body_is_one_dead_in_its_sentence() -> None:
    assert figures("Rescuers pulled another body from the debris.") == {"killed": 1}
    assert figures("Another dead body was later recovered from the ruins.") == {"killed": 1}
    assert figures("The strike destroyed another body shop in the city.") == {}


def test_a_strike_told_in_its_month_keeps_its_toll() -> None:
    # a month opening a sentence with a strike's act is that strike's time, not a tally
    assert toll("A guided bomb hit a school in Kramatorsk, killing one teacher. In May, drones "
                "also hit Lyman, wounding two.", "2025-05-20") == (1, 2)


# --- victims with their dead told as a part: the dead killed, the rest injured ------------------


def test_victims_including_dead_are_split() -> None:
    assert toll("Russian shelling hit Kherson overnight. There are six victims, including two "
                "dead, the city administration said.") == (2, 4)
    assert toll("Russian shelling hit Kherson. The number of victims has risen to six, "
                "including two dead.") == (2, 4)
    assert toll("Drones struck Sumy overnight. The governor said he knew of nine victims, of "
                "whom three died in hospital.") == (3, 6)


def test_victims_including_people_who_are_not_the_dead_stay_injured() -> None:
    assert toll("Russian shelling hit Kherson. There are six victims, including two children, "
                "the city administration said.") == (0, 6)


# --- drones shot down told after a missile count: "as were 17 drones" ---------------------------


def downed(text: str) -> int:
    """The report's drones shot down as scored: the largest over its events."""
    return max((e.drones_downed or 0 for e in events(text, "2025-05-13")), default=0)


def test_drones_shot_down_as_were_the_missiles_are_the_nights_downed() -> None:
    assert downed("Russia fired 3 Iskander-M missiles and 35 Shahed drones overnight. All three "
                  "missiles were shot down, as were 29 drones, the air force said.") == 29
    assert downed("Russia launched three Iskander missiles and 29 drones at Ukraine overnight. "
                  "All three were shot down, as were 17 drones, the air force said.") == 17
