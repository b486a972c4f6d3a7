"""Drone figures (issue 12, session 17, drones17): the classes of launched and shot-down counts
that last session's blind pages told in shapes the extractor missed, each with sentences of our
own, end to end (extract_text: the largest figure over a report's events, as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def largest(text: str, figure: str, published: str = "2025-06-12") -> int:
    return max((getattr(e, figure) or 0 for e in extract_text(text, published=published).events),
               default=0)


# --- the date of a statement is the day it was told, not an earlier strike's ---------------

def test_a_statement_dated_days_back_still_tells_the_reports_attack() -> None:
    text = ("Russia sent 120 attack drones over Ukraine during the night, officials said. In a "
            "statement on June 10, the army added that gunners downed 101 of the drones.")
    assert largest(text, "drones") == 120
    assert largest(text, "drones_downed") == 101
    text = ("Russia attacked the Odesa region with 64 Shahed drones, the governor said. The air "
            "force said on 9 June that 58 drones had been intercepted.")
    assert largest(text, "drones_downed") == 58
    text = ("Moscow sent 90 drones at Ukraine. According to a Telegram post published on June "
            "9, air defence units destroyed 70 of them.")
    assert largest(text, "drones_downed") == 70
    # a strike dated days back, told with no telling, is still an earlier one recalled
    text = ("Russia launched 80 drones at Ukraine overnight, the air force said. On June 9, "
            "air defences shot down 300 drones in a far larger attack.")
    assert largest(text, "drones_downed") == 0


# --- a weapon count joined to the list a verb of shooting down governs ----------------------

def test_drones_listed_after_missiles_shot_down_are_shot_down() -> None:
    text = ("Air defence shot down 20 of 25 cruise missiles fired by Russia, as well as 12 "
            "Shahed drones, the air force said.")
    assert largest(text, "drones_downed") == 12
    assert largest(text, "drones") == 0
    text = ("Ukrainian units destroyed 31 Kh-101 missiles over the central regions and at least "
            "18 attack drones over the south overnight.")
    assert largest(text, "drones_downed") == 18
    assert largest(text, "drones") == 0
    # a count with a verb of its own, or a new clause, is no part of the list
    text = ("Air defence shot down 20 cruise missiles over the west, and 12 Shahed drones hit "
            "the port of Odesa.")
    assert largest(text, "drones_downed") == 0
    text = ("Air defence shot down 20 cruise missiles, and Russia launched 30 drones at the "
            "Kharkiv region.")
    assert largest(text, "drones") == 30


def test_drones_listed_after_missiles_shot_down_in_ukrainian_and_russian() -> None:
    text = "Сили ППО збили вісім крилатих ракет, запущених з Каспію, і 14 ударних БпЛА."
    assert largest(text, "drones_downed") == 14
    assert largest(text, "drones") == 0
    text = "Над Днепром ПВО уничтожила четыре ракеты типа Х-101/Х-555 и 11 «Шахедов»."
    assert largest(text, "drones_downed") == 11
    assert largest(text, "drones") == 0
    text = "ПВО уничтожила шесть ракет, выпущенных с бомбардировщиков, и 20 дронов."
    assert largest(text, "drones_downed") == 20


def test_a_drone_word_after_a_hyphen_is_counted_shot_down() -> None:
    text = "Mobile fire groups intercepted 6 hostile kamikaze-drones over the Odesa region."
    assert largest(text, "drones_downed") == 6
    text = "Air defence units destroyed seven attack-drones over the Mykolaiv region overnight."
    assert largest(text, "drones_downed") == 7


# --- a bare count shot down, its clause going on -----------------------------------------------

def test_a_bare_count_shot_down_after_the_drones_it_is_of() -> None:
    text = "Of 150 drones launched overnight, Ukraine shot down 71 and lost track of 60."
    assert largest(text, "drones") == 150
    assert largest(text, "drones_downed") == 71
    text = ("Of the 64 Shahed drones Russia sent at the south, air defence intercepted 52 "
            "overnight, the navy said.")
    assert largest(text, "drones_downed") == 52
    text = "Russia sent 90 attack drones; the air force destroyed 71 over the northern regions."
    assert largest(text, "drones_downed") == 71
    # no drone word: a bare count of missiles shot down is no drone count
    text = "Of 30 missiles fired overnight, air defence shot down 23 and lost track of four."
    assert largest(text, "drones_downed") == 0


# --- a place abroad named in diplomacy is no target the figures after it belong to -------------

def test_figures_after_talks_abroad_are_the_reports() -> None:
    text = ("- New strikes came a day after a round of talks in Istanbul broke up with no "
            "deal.\n- Minister Ivan Petrenko said Russia launched 96 drones and three missiles "
            "at the country during the night.")
    assert largest(text, "drones") == 96
    text = ("A peace summit in Jeddah ended on Sunday without a joint statement. Russia sent 70 "
            "drones at Ukraine overnight, the foreign minister said.")
    assert largest(text, "drones") == 70
    # a strike abroad told before still takes the figures told after it
    text = ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight. Two people "
            "were injured, the governor wrote.")
    assert largest(text, "injured") == 0


# --- the air force's tally wins over a round count someone else told --------------------------

def test_the_air_force_tally_wins_over_a_round_count_told_beside_it() -> None:
    text = ("President Ivan Petrenko spoke of some 120 drones sent at the country during the "
            "night. According to Ukraine's air force, Russia launched 117 drones and two "
            "missiles.")
    assert largest(text, "drones") == 117
    text = ("Russia sent 300 drones at Ukraine overnight, the foreign minister said. According "
            "to the air force, 288 attack drones and decoys were launched, and 270 were shot "
            "down.")
    assert largest(text, "drones") == 288
    text = ("Повітряні сили повідомили, що росія запустила 138 ударних БпЛА. Президент заявив "
            "про атаку 140 дронів.")
    assert largest(text, "drones") == 138
    # a count of its own, far from the tally, stays
    text = ("Russia launched 80 drones at Odesa on Monday, the mayor said. The Ukrainian Air "
            "Force said Russia launched 117 drones across the country overnight.")
    assert largest(text, "drones") == 117


# --- a night named by its two days, month first, is the day it ends on ------------------------

def test_a_night_named_month_first_by_its_two_days_is_the_reports_night() -> None:
    text = ("Drones struck Odesa overnight, injuring two. Air defence destroyed 40 of the 52 "
            "drones Russia launched at Ukraine on the night of June 11 to 12.")
    assert largest(text, "drones") == 52
    assert largest(text, "drones_downed") == 40
    text = ("A drone hit a house in Mykolaiv overnight. The air force said 61 of 75 drones were "
            "shot down overnight on June 11-12, 2025.")
    assert largest(text, "drones_downed") == 61


# --- a count shot down of no weapon named, after an earlier attack recalled, is that attack's -

def test_a_bare_count_shot_down_after_a_recalled_attack_is_that_attacks() -> None:
    text = ("A missile hit Kharkiv overnight, injuring two, the mayor said.\n"
            "- On the night of June 5, Russia sent 104 attack drones and decoys at the country. "
            "Gunners downed 81.\n"
            "- On the night of June 7, a drone hit a depot in Sumy.")
    assert largest(text, "drones_downed") == 0
    text = ("Drones hit Odesa overnight, injuring three. Last Friday Russia sent 90 drones at "
            "the Mykolaiv region. Gunners destroyed 70, the navy said.")
    assert largest(text, "drones_downed") == 0
    # the report's own night after a recall keeps its count
    text = ("Drones hit Odesa overnight, injuring three. Last Friday Russia sent 90 drones at "
            "the Mykolaiv region. Overnight gunners destroyed 40, the navy said.")
    assert largest(text, "drones_downed") == 40


# --- "another" after a verb of launching counts another attack --------------------------------

def test_another_count_launched_is_a_launch_count() -> None:
    text = ("Russia has hit the grid every few days. On June 1, Moscow launched 210 drones and "
            "30 missiles. June 8 brought another 320 drones and 17 missiles.")
    assert largest(text, "drones") == 320
    text = "Russia launched another 140 drones at Ukraine overnight, the air force said."
    assert largest(text, "drones") == 140
    # a part of a count told before stays no launch count
    text = ("Russia launched 90 drones overnight; 60 were shot down and another 30 drones did "
            "not reach their targets.")
    assert largest(text, "drones") == 90


# --- "has already shot down" on the report's own night is that night's count so far -----------

def test_already_shot_down_overnight_is_the_nights_count() -> None:
    text = "Russia launched 60 drones overnight, and air defence has already shot down 45."
    assert largest(text, "drones_downed") == 45
    text = ("Air defence has already destroyed 38 of the 50 drones Russia sent at Kyiv this "
            "morning, the mayor said.")
    assert largest(text, "drones_downed") == 38
    # a running total of the war stays none, even beside tonight's words
    text = ("In total, the terrorists have already launched at least 1,961 drones, the air "
            "force said.")
    assert largest(text, "drones") == 0
    text = ("Overnight Russia attacked Kyiv; since February air defence has already shot down "
            "4,000 drones.")
    assert largest(text, "drones_downed") == 0
