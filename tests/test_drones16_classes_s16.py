"""Drone figures in English reports (issue 12, session 16, drones16): the classes of launched
and shot-down counts that real news told in shapes the extractor missed, each with sentences of
our own, end to end (extract_text: the largest figure over a report's events, as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def largest(text: str, figure: str, published: str = "2025-06-12") -> int:
    return max((getattr(e, figure) or 0 for e in extract_text(text, published=published).events),
               default=0)


# --- "all but N": the total told before, less the few ----------------------------------------

def test_all_but_a_few_takes_the_total_told_in_the_sentence() -> None:
    text = ("Russia launched 48 drones at Ukraine overnight, and air defence downed all but "
            "three of them over the Poltava region.")
    assert largest(text, "drones") == 48
    assert largest(text, "drones_downed") == 45
    text = ("Moscow sent 120 Shahed and decoy drones as well as six missiles at Ukraine overnight, "
            "the air force said, adding that its units stopped all but seven of the drones.")
    assert largest(text, "drones") == 120
    assert largest(text, "drones_downed") == 113


def test_all_but_a_few_takes_the_total_told_in_the_sentence_before() -> None:
    text = ("Russia attacked the Sumy region with 31 drones overnight. All but two of the drones "
            "were shot down, the governor said.")
    assert largest(text, "drones_downed") == 29
    text = ("Overnight the enemy sent 64 attack drones at the Kharkiv region. Air defence "
            "intercepted all but five.")
    assert largest(text, "drones_downed") == 59


def test_all_but_a_few_missiles_is_no_drone_count() -> None:
    text = ("Russia launched 40 drones and 12 missiles at the Lviv region overnight. Air defence "
            "shot down all but two of the cruise missiles.")
    assert largest(text, "drones_downed") == 0


# --- a year's or a war's running total of weapons ------------------------------------------

def test_a_count_of_this_year_is_no_strike_count() -> None:
    text = ("Air defence has intercepted 3,100 of the 3,600 drones Russia sent at Ukraine this "
            "year, the air force commander said in Kyiv.")
    assert largest(text, "drones") == 0
    assert largest(text, "drones_downed") == 0
    text = "Since January Russia has fired 640 drones at the Kharkiv region, the governor said."
    assert largest(text, "drones") == 0
    # tonight's count beside a ranking or a year's count in the next clause stays
    text = ("Russia launched 210 drones at Ukraine overnight, one of its largest attacks so far "
            "this year, and 190 were shot down over the Lviv region.")
    assert largest(text, "drones") == 210
    assert largest(text, "drones_downed") == 190
    text = ("Russia has launched 45 drones at the Sumy region overnight, the governor said; "
            "this year the region has seen 900.")
    assert largest(text, "drones") == 45


def test_a_count_told_as_already_reached_is_no_strike_count() -> None:
    text = ("Overall, the enemy has used more than 7,000 Shahed drones against Ukraine, the "
            "president said in Odesa.")
    assert largest(text, "drones") == 0
    text = ("In total the invaders have already launched at least 2,400 attack drones at our "
            "cities, and most were shot down, Zelensky said in Kyiv.")
    assert largest(text, "drones") == 0



# --- a shot-down verb told of the attack: the attack's size is the launch count --------------

def test_an_attack_repelled_is_told_by_its_size() -> None:
    text = ("Ukrainian forces repelled an attack by 52 drones on the Mykolaiv region overnight, "
            "shooting down 44 of them.")
    assert largest(text, "drones") == 52
    assert largest(text, "drones_downed") == 44
    text = ("Air defence fought off a night raid of 70 Shahed drones on the Kyiv region; 63 were "
            "destroyed, the regional administration said.")
    assert largest(text, "drones") == 70
    assert largest(text, "drones_downed") == 63


# --- "out of M launched" told after the shot-down count --------------------------------------

def test_the_launch_count_told_after_the_downed_one() -> None:
    text = ("In all, 41 drones were intercepted over the Cherkasy and Kirovohrad regions, out of "
            "48 launched by Russia overnight, the air force said.")
    assert largest(text, "drones") == 48
    assert largest(text, "drones_downed") == 41
    text = "Air defence destroyed 27 drones over the Odesa region, out of the 35 that Russia sent."
    assert largest(text, "drones") == 35
    text = ("Air defence shot down 27 drones and 6 missiles over the Odesa region, out of 50 "
            "launched.")
    assert largest(text, "drones") == 0
