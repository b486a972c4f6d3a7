"""Review fixes of the lead (issue 12, session 19), each with sentences of our own."""

from __future__ import annotations

from extract_support import figures, struck, total


def test_another_after_a_thing_is_that_thing_not_one_more_person() -> None:
    # "another" right after a house, a block, a school told with "a/an" is one more of it
    assert figures("Two people were injured when a drone hit a house in Kharkiv, and another "
                   "in Chuhuiv.") == {"injured": 2}
    assert figures("One woman died after an apartment block was struck in Sumy, and another "
                   "in Okhtyrka.") == {"killed": 1}
    # with no thing between, "another" is still one more person of the toll
    assert total("One man died in Kharkiv, another in Chuhuiv.", "killed") == 2
    assert total("A shell killed one man in Nikopol, and another in Marhanets.", "killed") == 2


def test_a_denied_hit_with_wreckage_or_fire_told_beside_it_stays_struck() -> None:
    assert "UA-53" in struck("Officials in the Poltava region said there were no direct hits, "
                             "but falling wreckage set a barn on fire in Lubny.")
    assert "UA-53" in struck("There were no hits in the Poltava region, though a fire broke "
                             "out at a depot in Myrhorod after the attack.")
