"""English drone-count classes seen on new real news (issue 12, session 13,
/work/snap/dev13/air13): each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import figures, total


def drones(sentence: str) -> dict[str, int]:
    """The drone figures of a sentence (launched, shot down)."""
    return {k: v for k, v in figures(sentence).items() if k.startswith("drones")}

# --- one tally of drones and missiles together is no drone count ----------------------------


def test_a_share_of_drones_and_missiles_together_is_no_drone_count() -> None:
    assert drones("The capital's defenders said they had downed 20 out of 27 enemy drones "
                  "and missiles during the night.") == {}
    assert drones("Officials said 19 of 23 drones and missiles were shot down.") == {}
    assert drones("Gunners destroyed 40 drones and missiles over the region.") == {}


def test_drones_then_a_count_of_missiles_still_count() -> None:
    assert figures("Air defence destroyed 30 of 41 drones and two missiles.") == {
        "drones": 41, "drones_downed": 30, "missiles": 2}
    assert figures("Air defence destroyed 40 of 50 \"Shaheds\" overnight.") == {
        "drones": 50, "drones_downed": 40}


# --- the night before the report's, named by its date, is background -------------------------


def test_the_night_before_named_by_its_date_adds_no_drones() -> None:
    text = ("Air defence shot down 11 of the 14 drones Russia sent overnight, the air force "
            "said on March 4.\n\n"
            "Overnight on March 3, gunners brought down 27 drones and a missile.")
    assert total(text, "drones_downed", published="2025-03-04") == 11
    assert total(text, "drones", published="2025-03-04") == 14


def test_the_reports_own_night_named_by_its_date_still_counts() -> None:
    text = ("Russia attacked the country with drones overnight.\n\n"
            "Overnight on March 4, gunners brought down 27 drones and a missile.")
    assert total(text, "drones_downed", published="2025-03-04") == 27


# --- shot down told by a noun, and hits told through "managed to" -----------------------------


def test_the_destruction_or_suppression_of_a_list_is_shot_down() -> None:
    assert drones("By 08:30 the command reported the destruction or suppression of two cruise "
                  "missiles, 25 attack drones and several decoys.") == {"drones_downed": 25}
    assert drones("The mayor confirmed the interception of 12 drones over the city.") == {
        "drones_downed": 12}


def test_the_destruction_of_buildings_is_no_shot_down_count() -> None:
    assert "drones_downed" not in figures("Shelling caused the destruction of 12 homes, and "
                                          "two drones struck a farm.")


def test_drones_that_managed_to_hit_are_no_launch_count() -> None:
    assert drones("Still, 14 drones managed to hit nine sites in three regions.") == {}
