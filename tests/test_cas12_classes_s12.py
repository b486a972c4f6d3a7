"""English killed and injured totals on real news of session 12 (issue 12,
/work/snap/dev12/cas12): figures that are not the strike's toll, or a toll in an unusual
shape. Phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

# --- people listed instead of counted: kin told after a possessive ----------------------------


def test_a_parent_and_their_counted_children_add_up() -> None:
    text = ("A Russian drone hit a house in Zolochiv overnight, killing a mother and her two "
            "sons, the governor said.")
    assert total(text, "killed") == 3


def test_a_man_and_his_daughters_listed_before_the_verb() -> None:
    text = "In Sumy, a man and his three daughters were wounded when a missile struck their flat."
    assert total(text, "injured") == 4


def test_a_possessive_alone_still_counts_one_relative() -> None:
    text = "A glide bomb hit Kupiansk. A pensioner and his wife were injured."
    assert total(text, "injured") == 2


# --- an army's losses and hardware tallies beside a strike story --------------------------------


def test_casualties_an_army_suffered_are_no_toll() -> None:
    text = ("Ukraine's General Staff said the tally includes 640 casualties that Russian forces "
            "suffered on Tuesday. A drone struck a shop in Nikopol, injuring two women.")
    assert total(text, "injured") == 2


def test_enemy_losses_told_as_killed_and_wounded_are_no_toll() -> None:
    text = ("Enemy losses over the day came to 310 killed and wounded, the military said. "
            "In Kherson, shelling killed a man of 64.")
    assert total(text, "killed") == 1


def test_drones_in_a_hardware_tally_are_no_launches() -> None:
    text = ("The army said it had destroyed two more tanks, nine artillery systems and 25 "
            "operational-tactical drones. Overnight, Russia attacked with 40 drones, 31 of "
            "which were shot down.")
    assert total(text, "drones") == 40


# --- an earlier day's strike retold beside the report's own -----------------------------------


def test_a_toll_of_the_day_before_is_background() -> None:
    text = ("A Russian missile hit an apartment block in Sumy on Thursday, killing a woman and "
            "her grandson. At least 14 people were killed a day earlier in Bilopillia, the "
            "governor said.")
    assert total(text, "killed", published="2025-05-15") == 2


def test_the_previous_days_strike_told_after_a_comma_is_background() -> None:
    text = ("Drones struck Odesa on Thursday, injuring three people. Elsewhere, residents "
            "cleared rubble, since a raid on Izmail the previous day had left nine dead.")
    assert total(text, "killed", published="2025-05-15") == 0
    assert total(text, "injured", published="2025-05-15") == 3


def test_the_day_before_in_a_clause_after_the_reports_own_strike() -> None:
    text = ("Russia attacked Ukraine with 30 drones early on Thursday. Two were shot down over "
            "Mykolaiv, the governor said, adding that shelling the evening before had wounded "
            "six people in Ochakiv.")
    assert total(text, "injured", published="2025-05-15") == 0
    assert total(text, "drones", published="2025-05-15") == 30


def test_a_roundup_over_the_past_day_keeps_the_day_before() -> None:
    text = ("Over the past day Russia's attacks left two people dead and 11 hurt, officials "
            "said on Thursday. In Kherson, shelling the previous day wounded four.")
    # Kherson's four are the roundup's own, within its 11 (a recalled toll would be dropped)
    found = {e.place: e.injured for e in events(text, published="2025-05-15")}
    assert found["Kherson"] == 4
    assert total(text, "injured", published="2025-05-15") == 11


def test_yesterdays_toll_in_a_report_dated_to_its_own_day_is_background() -> None:
    text = ("On the afternoon of Sunday, June 22, guided bombs hit Kharkiv, injuring five "
            "people. Yesterday's shelling of the city had left 30 people in hospital.")
    assert total(text, "injured", published="2025-06-22") == 5


def test_yesterdays_strike_told_the_morning_after_is_the_reports_own() -> None:
    text = "Russian drones attacked Kharkiv yesterday evening, injuring five people."
    assert total(text, "injured", published="2025-06-23") == 5


# --- a mine or an explosive left behind is no strike ---------------------------------------------


def test_a_landmine_under_a_tractor_is_no_strike_toll() -> None:
    text = ("In the Kherson region, a farmer ran over a Russian landmine near Vysokopillia and "
            "was killed, the regional administration said.")
    assert total(text, "killed") == 0


def test_a_mine_victim_beside_a_shelling_toll_is_left_out() -> None:
    text = ("Russian shelling of Beryslav wounded two women. Separately, a 40-year-old man "
            "stepped on a mine near Tiahynka and was injured.")
    assert total(text, "injured") == 2


def test_a_drone_that_drops_a_mine_is_still_a_strike() -> None:
    text = "A Russian drone dropped a mine on a car in Nikopol, injuring the driver."
    assert total(text, "injured") == 1


def test_a_coal_mine_struck_keeps_its_workers_toll() -> None:
    # "mine" the workplace, not one set off: the toll told in the next sentence stays
    text = ("Russian drones attacked an energy company in Pavlohrad overnight. Two workers "
            "were injured at the mine, the company said.")
    assert total(text, "injured") == 2


def test_a_mine_blast_injury_from_shelling_is_the_shellings() -> None:
    # the medical term for blast trauma, told of a strike's victim
    text = ("Russian troops shelled Kostiantynivka on Monday. A pensioner suffered a "
            "mine-blast injury and a fractured leg.")
    assert total(text, "injured") == 1


# --- one person told by the harm they suffered -----------------------------------------------


def test_a_person_who_suffered_a_named_injury_is_injured() -> None:
    text = ("A Russian drone hit a minibus in Marhanets. The driver, 61, suffered a severe "
            "leg injury and a concussion and was taken to hospital.")
    assert total(text, "injured") == 1


def test_wounds_after_words_of_their_kind_are_an_injury() -> None:
    text = "Russian shelling hit Kupiansk. A woman sustained multiple shrapnel wounds."
    assert total(text, "injured") == 1


def test_a_diagnosis_of_injuries_is_an_injury() -> None:
    text = ("A glide bomb struck Kostiantynivka. A pensioner, aged 70, was diagnosed with blast "
            "injuries.")
    assert total(text, "injured") == 1
