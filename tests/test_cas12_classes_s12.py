"""English killed and injured totals on real news of session 12 (issue 12,
/work/snap/dev12/cas12): figures that are not the strike's toll, or a toll in an unusual
shape. Phrase classes with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import total

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
