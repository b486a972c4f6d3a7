"""English casualty classes seen on real news the rules had not been written for (issue 12,
collected as /work/snap/extra5/en_casualties): each with sentences of our own, end to end."""

from __future__ import annotations

from extract.figures import sentence_figures
from extract.pipeline import extract_text


def total(text: str, figure: str, published: str = "2025-03-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


def figures(sentence: str) -> dict[str, int]:
    return {f.field: f.value for f in sentence_figures(sentence)}


# --- Ukrainian strikes on Russia --------------------------------------------------------------

def test_tolls_after_a_ukrainian_attack_abroad_are_not_ours() -> None:
    text = ("Four people were killed on Monday in a Ukrainian drone attack on the town of Sudzha "
            "in Russia's Kursk region, the governor said. Nine wounded people were taken to "
            "hospital, he wrote.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0


def test_a_russian_strike_after_a_ukrainian_one_keeps_its_toll() -> None:
    text = ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight. In Sumy, "
            "Russian shelling killed two people and wounded five.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 5


def test_a_foreign_region_after_an_adjective_is_the_target() -> None:
    text = ("A man was killed and two others were hurt in a drone strike on southern Russia's "
            "Rostov region, local officials said on Sunday.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0
