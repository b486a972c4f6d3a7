"""House-keeping of session 20 (house20): where a step's cheap test was hand-written beside
the rule it guards, the test derived from the rule catches what the hand list missed.
Sentences of our own, end to end (extract_text, as scored)."""

from __future__ import annotations

from extract_support import places


def test_a_name_after_the_river_word_in_its_locative_is_the_river() -> None:
    # "на ріці Ірпінь": the locative "ріці" is a river word of `RIVER_WORD_BEFORE` that the
    # letters `_no_place_before` once listed by hand left out ("річ", "рік", but no "ріц")
    assert places("Уламки дрона впали у воду на ріці Ірпінь, повідомив мер.") == []
    assert places("Рятувальники шукали човен на ріці Оскіл біля Куп’янська.") == [
        ("Kupiansk", "UA-63")]
