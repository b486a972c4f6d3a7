"""English drone-count classes seen on real news (issue 12, session 14, /work/snap/dev14/air14
and the retired blind news sets rb-news9..12): each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, figures


def largest(text: str, figure: str, published: str = "2025-06-12") -> int:
    """The largest value of a figure over a text's events (as the scorer reads drone counts)."""
    return max((getattr(e, figure) or 0 for e in events(text, published)), default=0)


def drones(sentence: str) -> dict[str, int]:
    """The drone figures of a sentence (launched, shot down)."""
    return {k: v for k, v in figures(sentence).items() if k.startswith("drones")}

# --- launch sites named after their kind ("from bases in X") ---------------------------------


def test_a_launch_count_from_bases_in_russia_stays_ours() -> None:
    text = ("Overnight the enemy launched 58 attack drones and some decoys from bases in "
            "Millerovo and Oryol, the air force said.")
    assert largest(text, "drones") == 58
    text = "The army said Russia sent 33 Shaheds from positions near Kursk during the night."
    assert largest(text, "drones") == 33


def test_a_strike_on_a_town_in_russia_is_still_abroad() -> None:
    assert largest("Ukraine launched 40 drones at airfields in the Kursk region overnight.",
                   "drones") == 0


# --- the night's start told by its hour ("beginning at 10 p.m. on May 3") --------------------


def test_the_hour_a_night_began_dates_no_earlier_strike() -> None:
    text = ("In the early hours of May 4, 2025, explosions shook Kharkiv.\n\n"
            "The air force said that, beginning at 9:30 p.m. on May 3, Russia launched 41 "
            "drones at the country.")
    assert largest(text, "drones", published="2025-05-04") == 41


# --- shot down told by the noun "destruction of" before a count of drones --------------------


def test_the_destruction_of_a_count_of_drones_is_shot_down() -> None:
    assert drones("By 08:00 the command confirmed the destruction of 36 attack drones over "
                  "six regions.") == {"drones_downed": 36}


def test_the_destruction_of_homes_by_drones_is_no_shot_down_count() -> None:
    assert "drones_downed" not in figures("The raid led to the destruction of 12 homes by "
                                          "drones in the suburbs.")


# --- a count of drones and a bare participle of shooting down --------------------------------


def test_drones_downed_with_no_auxiliary_are_shot_down_not_launched() -> None:
    assert drones("Air force: 44 drones downed over Sumy and Poltava regions") == {
        "drones_downed": 44}
    assert drones("Officials reported 12 Shahed drones shot down, and two people were hurt.") == {
        "drones_downed": 12}


def test_drones_that_destroyed_something_are_no_shot_down_count() -> None:
    assert "drones_downed" not in figures("Five drones destroyed a grain depot near the port.")


def test_a_round_headline_count_gives_way_to_the_exact_one() -> None:
    text = ("Nearly 300 drones downed overnight, officials say\n\n"
            "The air force said Russia launched 318 drones, and that its gunners brought down "
            "around 287 of them over the north and the east.")
    assert largest(text, "drones_downed") == 287
    assert largest(text, "drones") == 318


def test_russias_report_of_drones_downed_is_no_figure_of_ours() -> None:
    assert largest("Moscow's side of the night: Russia reports a wide raid, claiming 37 drones "
                   "downed across five of its regions.", "drones_downed") == 0
