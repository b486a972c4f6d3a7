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
