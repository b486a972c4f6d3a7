"""Drone counts in English reports (issue 12, real text collected in extra5): the classes the
first unseen score showed, each with sentences of our own, one sentence at a time
(sentence_figures) and end to end (extract_text)."""

from __future__ import annotations

from extract.figures import sentence_figures
from extract.pipeline import extract_text


def figures(sentence: str) -> dict[str, int]:
    return {f.field: f.value for f in sentence_figures(sentence)}


def largest(text: str, figure: str, published: str = "2025-03-10") -> int:
    return max((getattr(e, figure) or 0 for e in extract_text(text, published=published).events),
               default=0)


# --- what Russia says it shot down -------------------------------------------------------------

def test_russias_defence_ministry_counts_are_no_launch_count() -> None:
    assert "drones" not in figures("Overnight 64 drones were destroyed, according to the "
                                   "Russian defence ministry.")
    assert figures("Russia's defence ministry said its air defences destroyed 37 Ukrainian "
                   "drones over the Bryansk region.") == {}
    assert "drones_downed" not in figures("The mayor said that 8 drones heading towards Moscow "
                                          "had been shot down.")


def test_a_ukrainian_tally_beside_russias_claim_keeps_its_counts() -> None:
    got = figures("The Ukrainian air force said it downed 31 of 40 Russian drones, while Russia's "
                  "defence ministry said it shot down 19 Ukrainian drones.")
    assert got == {"drones_downed": 31, "drones": 40}


def test_russian_interceptions_near_a_ukrainian_town_stay() -> None:
    # no Russian region, ministry or claim: an interception over Ukraine
    assert figures("Russian forces intercepted 9 Ukrainian drones near a village in the "
                   "Kharkiv region.") == {"drones_downed": 9}


def test_a_report_with_russias_claim_keeps_ukraines_tally() -> None:
    text = ("Russia attacked Ukraine overnight with 74 drones, the Ukrainian air force said, "
            "adding that 58 of them were shot down. Moscow in turn claimed a large Ukrainian drone "
            "attack. During the night, 130 drones were detected and destroyed, according to the "
            "Russian defence ministry.")
    assert largest(text, "drones") == 74
    assert largest(text, "drones_downed") == 58


# --- shot down, in less common shapes ----------------------------------------------------------

def test_a_headline_in_the_present_tense_shoots_down() -> None:
    assert figures("Ukraine destroys 26 drones launched by Russia") == {"drones_downed": 26}
    assert figures("Kyiv downs 3 missiles, 41 Russian drones") == {
        "missiles_downed": 3, "drones_downed": 41}


def test_two_verbs_or_a_confirmation_before_shot_down() -> None:
    assert figures("In all, 44 drones were tracked and destroyed.") == {"drones_downed": 44}
    assert figures("By morning 51 Shahed-type UAVs and drones of other types had been confirmed "
                   "as intercepted.") == {"drones_downed": 51}
    assert figures("As of 8:00, 47 Shahed and other types of attack UAVs were confirmed to have "
                   "been shot down.") == {"drones_downed": 47}


def test_a_drone_attack_repelled_is_no_drone_shot_down() -> None:
    assert figures("The ministry said it had repelled a massive drone attack.") == {}


def test_all_of_the_drones_with_a_clause_between() -> None:
    assert figures("Officials said all of the 19 drones that Russia sent at the region, "
                   "including 7 near the city, were shot down.") == {
        "drones": 19, "drones_downed": 19}


def test_missiles_of_several_kinds_then_drones_shot_down() -> None:
    got = figures("Air defence shot down two Kh-101 or Kh-555 cruise missiles, three Kalibr "
                  "missiles and 27 attack drones that Russia launched overnight.")
    assert got["drones_downed"] == 27
    assert "drones" not in got


# --- a month's or a week's total -----------------------------------------------------------------

def test_a_months_total_is_no_strikes_count() -> None:
    assert "drones" not in figures("Russia fired more than 1,900 Shahed-type drones at Ukraine "
                                   "in March, the president said.")
    assert "drones" not in figures("Moscow used some 260 drones in the last days of December.")


def test_a_weeks_total_is_no_strikes_count() -> None:
    got = figures("According to the president, during the week air defence destroyed 41 "
                  "missiles and 402 attack drones.")
    assert "drones" not in got and "drones_downed" not in got


def test_a_count_beside_a_month_told_after_the_next_count_stays() -> None:
    assert figures("Russia launched 88 drones overnight, after 2,100 in February.") == {
        "drones": 88}
    assert figures("Russia launched 61 drones on 4 October.") == {"drones": 61}


# --- decoys, launch sites, a record since a date -----------------------------------------------

def test_decoys_lost_or_harmless_are_no_launch_count() -> None:
    assert "drones" not in figures("Another 23 enemy imitator UAVs were lost without "
                                   "consequences.")
    assert "drones" not in figures("Air defence downed 48 drones, while 19 decoy drones "
                                   "caused no damage.")


def test_an_attack_told_with_its_launch_sites_keeps_its_count() -> None:
    text = ("Overnight the Russians attacked Ukraine with 83 Shahed-type UAVs and decoy drones "
            "from Kursk, Millerovo and Cape Chauda in occupied Crimea. A total of 52 were "
            "confirmed downed over the north and east.")
    assert largest(text, "drones") == 83


def test_a_record_since_a_date_keeps_the_nights_count() -> None:
    text = ("A drone strike on a block of flats in Poltava injured four people overnight. "
            "Russia launched 121 drones against Ukraine, the largest number in one night "
            "since June 9, the air force said.")
    assert largest(text, "drones", published="2025-07-01") == 121


# --- "all were shot down", the count told before ---------------------------------------------

def test_all_shot_down_takes_the_count_told_just_before() -> None:
    text = ("Russia sent nearly 70 Shahed drones at Ukraine overnight. Forty-two of them were "
            "aimed at Odesa. Air defence forces destroyed all the drones over the city.")
    assert largest(text, "drones") == 70
    assert largest(text, "drones_downed") == 42
    text = "About 45 Shaheds were launched - 28 of them flew at Kyiv. All were shot down."
    assert largest(text, "drones_downed") == 28


def test_all_missiles_shot_down_is_no_drone_count() -> None:
    text = "Russia sent 12 drones and 4 missiles at Lviv. Air defence destroyed all the missiles."
    assert largest(text, "drones_downed") == 0


def test_another_count_of_drones_is_a_part_of_one_told_before() -> None:
    assert "drones" not in figures("Another 52 drones, which the enemy used against the grid, "
                                   "did not reach their targets.")
    assert "drones" not in figures("A further 14 drones went astray.")
    assert figures("Another 6 people were injured.") == {"injured": 6}


def test_drones_that_hit_or_vanished_are_no_launch_count() -> None:
    assert "drones" not in figures("One block of flats was struck by three drones in a row.")
    assert "drones" not in figures("Seventeen drones hit 9 locations in the east.")
    assert "drones" not in figures("Thirty drones have disappeared from radar.")
    assert figures("The city was attacked by 40 drones overnight.") == {"drones": 40}


# --- a round figure and the exact tally --------------------------------------------------------

def test_an_exact_tally_replaces_a_round_figure_near_it() -> None:
    text = ("Russia struck Ukraine overnight with nearly 400 drones, killing two people in the "
            "Odesa region. The air force said the attack involved 394 drones, of which 361 were "
            "shot down.")
    assert largest(text, "drones") == 394
    assert largest(text, "drones_downed") == 361


def test_a_round_figure_alone_stays() -> None:
    text = "Russia launched more than 100 drones overnight. Air defence shot down 80 of them."
    assert largest(text, "drones") == 100
    text = ("Russia launched nearly 300 drones overnight, the air force said. In March alone it "
            "had sent 5,000.")
    assert largest(text, "drones") == 300


def test_shot_down_of_how_many_in_brackets_or_a_relative_clause() -> None:
    assert figures("Five kamikaze drones (out of a total of 9) were shot down over the south.") == {
        "drones_downed": 5, "drones": 9}
    assert figures("The raid involved six Shahed drones and two cruise missiles which were shot "
                   "down.")["drones_downed"] == 6
    assert figures("Air defence managed to destroy 7 out 10 drones.") == {
        "drones_downed": 7, "drones": 10}


def test_ukraines_tally_after_russias_claim_in_one_sentence_stays() -> None:
    got = figures("Russia said it had downed 27 Ukrainian drones over its regions, while Ukraine's "
                  "air force said 63 of 88 Russian drones were shot down.")
    assert got == {"drones_downed": 63, "drones": 88}
