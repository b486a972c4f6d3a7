"""English drone-count classes seen on new real news (issue 12, session 9,
/work/snap/dev9/news_drones9): each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import figures, total

# --- Russia's claims of Ukraine's drones downed over Russia, in more words -------------------


def test_russias_air_defence_with_a_word_between_is_a_russian_claim() -> None:
    assert figures("Russia's standby air defence units brought down 31 Ukrainian drones over "
                   "four regions overnight.") == {}
    assert figures("- Russia's alert air defense forces destroyed 27 fixed-wing UAVs "
                   "overnight.") == {}


def test_a_count_told_in_moscow_time_is_a_russian_claim() -> None:
    assert figures("The military said it had destroyed 84 drones between 11 p.m. and 6 a.m. "
                   "Moscow time over border regions.") == {}


def test_the_countrys_defence_ministry_is_a_russian_claim() -> None:
    assert figures("Russian units intercepted 19 drones before dawn, the country's defence "
                   "ministry said on Friday.") == {}


def test_ukraines_own_tally_beside_a_russian_claim_stands() -> None:
    got = figures("Russian units said 17 drones were downed from 1 a.m. to 4 a.m. Moscow time, "
                  "while Ukraine's air force said it shot down 41 of 60 drones.")
    assert got == {"drones_downed": 41, "drones": 60}


def test_a_claim_headline_then_the_ukrainian_tally() -> None:
    text = ("Russian air defence units intercepted 52 drones between 9 p.m. and 7 a.m. Moscow "
            "time, the ministry said on Monday.\n\nIn Ukraine, the air force said Russia "
            "launched 70 drones at the Odesa region, and 58 were shot down.")
    assert total(text, "drones") == 70


# --- a count shot down, told with a participle of where it came from ---------------------------


def test_drones_sent_by_russia_were_shot_down() -> None:
    assert figures("The air force said 22 kamikaze drones sent by Russia overnight were "
                   "shot down.") == {"drones_downed": 22}
    assert figures("Nine UAVs launched from the Kursk direction were destroyed over the "
                   "Sumy region.") == {"drones_downed": 9}
    assert figures("Around 12 drones targeting the capital from several directions were "
                   "destroyed, the city's military administration said.") == {
        "drones_downed": 12}


def test_a_launch_count_is_still_read_before_a_comma() -> None:
    assert figures("Russia launched 48 drones overnight, and 40 were shot down.") == {
        "drones": 48, "drones_downed": 40}


# --- a record told with "since": no running total -------------------------------------------


def test_the_highest_count_since_the_invasion_is_no_running_total() -> None:
    assert figures("The air force said Russia used 350 drones in one night, its highest "
                   "tally since it invaded in February 2022.") == {"drones": 350}


def test_a_running_total_since_the_invasion_is_still_none() -> None:
    assert figures("Russia has launched 9,000 drones at Ukraine since February 2022.") == {}
