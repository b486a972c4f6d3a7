"""English tolls in shapes the retired blind news of session 21 showed (issue 12, session 22,
the lead): each class with sentences of our own, end to end. The scorer sums a report's tolls
over its events."""

from __future__ import annotations

from extract_support import total


def toll(text: str, figure: str) -> int:
    """A report's toll as scored: summed over its events."""
    return total(text, figure, "2024-06-14")


# --- "two were killed and the same number injured": the other toll's count -------------------


def test_a_toll_told_as_the_same_number_as_the_toll_before() -> None:
    text = ("Russian shelling hit Nikopol on Thursday. Two people were killed and the same "
            "number were injured, the governor said.")
    assert (toll(text, "killed"), toll(text, "injured")) == (2, 2)
    text = "A missile struck a warehouse in Kharkiv overnight: three died and as many were wounded."
    assert (toll(text, "killed"), toll(text, "injured")) == (3, 3)


def test_the_same_number_of_something_else_is_no_toll() -> None:
    text = ("Drones attacked Sumy overnight and four people were injured. The same number of "
            "drones were shot down over the region.")
    assert (toll(text, "killed"), toll(text, "injured")) == (0, 4)


# --- soldiers told as captured or unarmed: no strike's toll -----------------------------------


def test_captured_or_unarmed_soldiers_killed_are_no_strike_toll() -> None:
    text = ("A drone strike injured two people in Kherson on Friday. Kyiv accused Moscow of "
            "killing five unarmed soldiers who had surrendered near the front.")
    assert (toll(text, "killed"), toll(text, "injured")) == (0, 2)
    text = ("Shelling killed one civilian in Huliaipole. Officials said the enemy shot dead "
            "three captured soldiers last week.")
    assert toll(text, "killed") == 1
