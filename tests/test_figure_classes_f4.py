"""Figure classes seen on the fourth set of real news (issue 12): purchases and stocks of weapons,
tallies since a weapon's first use, quoted words inside "N out of M" drones, and counts of
attacks read as counts of people. Each with sentences of our own, one sentence at a time and
end to end."""

from __future__ import annotations

from tests.test_figure_classes import figures, largest

# --- 1. a purchase, an order or a production plan is no launch count -------------------------


def test_ordered_bought_supplied_drones_are_no_launch_count() -> None:
    for sentence in ("Officials say Moscow has ordered 1,800 Shahed drones from Tehran.",
                     "The ministry bought 600 attack drones last spring.",
                     "Iran has supplied as many as 900 drones to Russia, the report says.",
                     "Russia purchased 350 Shahed-136 drones, according to the intelligence.",
                     "The army acquired up to 120 Lancet drones in the deal.",
                     "Russia received 450 drones from its ally, the minister said.",
                     "The plant plans to produce 250 drones a month by the summer."):
        assert "drones" not in figures(sentence), sentence


def test_a_launch_count_beside_a_purchase_still_counts() -> None:
    assert figures("Russia, which ordered the drones from Iran, launched 35 Shahed drones "
                   "overnight at the city.") == {"drones": 35}
    assert figures("Russia launched 27 attack drones at the region overnight.") == {"drones": 27}


def test_an_order_does_not_make_an_attack_report() -> None:
    text = ("Air defence shot down 14 drones over the Mykolaiv region overnight, the army said. "
            "Officials say Moscow has ordered 1,800 Shahed drones from Tehran.")
    assert largest(text, "drones") < 1000
    assert largest(text, "drones_downed") == 14


# --- 2. a tally since a weapon's first use is no night's count -------------------------------


def test_tally_since_first_use_is_no_count() -> None:
    for sentence in ("Air defence has shot down 180 Shahed drones since the first day of their "
                     "use in the war.",
                     "Forces have destroyed over 250 Shaheds since Moscow started to use them.",
                     "The army has downed 140 drones since their first use in the south.",
                     "More than 90 such drones were shot down since they were first used."):
        found = figures(sentence)
        assert "drones_downed" not in found and "drones" not in found, sentence


def test_a_nights_count_after_the_tally_still_counts() -> None:
    text = ("Forces have destroyed over 250 Shahed drones since Moscow started to use them. "
            "Seven of them were shot down overnight over the Odesa region.")
    assert largest(text, "drones_downed") == 7


# --- 3. a quoted word inside "N out of M drones" ---------------------------------------------


def test_quoted_word_between_count_and_drones() -> None:
    assert figures("The commander said 9 out of 11 “kamikaze” drones had been destroyed over "
                   "the port.") == {"drones": 11, "drones_downed": 9}
    assert figures("Air defence said 4 of 6 'suicide' drones were shot down.") == {
        "drones": 6, "drones_downed": 4}
    assert figures('Crews destroyed 8 of 10 "Shahed" drones before dawn.') == {
        "drones": 10, "drones_downed": 8}


# --- 4. a count of attacks or strikes is no count of people ----------------------------------


def test_attack_count_is_no_casualty_count() -> None:
    assert "injured" not in figures("The staff counted 41 artillery attacks, causing injuries "
                                    "to residents.")
    assert "killed" not in figures("There were 19 air strikes, killing civilians in the area.")
    assert "injured" not in figures("Twelve shelling raids left people wounded in the villages.")


def test_people_counts_beside_attacks_still_count() -> None:
    assert figures("Three strikes hit the town and 6 people were wounded.") == {"injured": 6}
    assert figures("Five residents were injured in the attacks.") == {"injured": 5}


# --- "taken out": a verb of shooting down --------------------------------------------------


def test_taken_out_is_shot_down() -> None:
    assert figures("An earlier statement said 9 drones in total had been taken out.") == {
        "drones_downed": 9}
    assert figures("Air defence took out 16 Shahed drones over the south.") == {
        "drones_downed": 16}
