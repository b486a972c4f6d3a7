"""Session 16: steps that ran for English only though nothing in them is English, each in our
own sentences in Ukrainian and Russian."""
from __future__ import annotations

import pytest

from tests.extract_support import total

# --- A toll of Ukraine's strike told again with no place is that strike's in any language
# (`events._without_foreign_retold` no longer waits for `lang == "en"`) ---


@pytest.mark.parametrize("text", [
    "Українські дрони атакували Бєлгород, загинули троє людей, повідомив губернатор. "
    "Троє загинули, сказав він.\nУночі Росія атакувала Суми дронами, пошкоджено склад.",
    "Украинские дроны атаковали Белгород, погибли трое, сообщил губернатор. Трое погибли, "
    "сказал он.\nНочью Россия атаковала Сумы дронами, поврежден склад.",
    "Ukrainian drones attacked Belgorod, killing three people, the governor said. Three died, "
    "he said.\nOvernight Russia attacked Sumy with drones, damaging a warehouse.",
])
def test_a_retold_toll_of_ukraines_strike_stays_off_the_next_place(text: str) -> None:
    assert total(text, "killed") == 0


def test_a_toll_told_after_the_next_place_is_still_its_own() -> None:
    assert total("Українські дрони атакували Бєлгород, загинули троє людей. Уночі Росія "
                 "атакувала Суми дронами, загинули двоє.", "killed") == 2


# --- The event engine asks a language's rule set for its steps, never which language it is
# (README "Rules": adding a language is a module and a line in `RULESETS`) ---


def test_the_event_engine_compares_no_language_code() -> None:
    import ast
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "extract" / "events.py").read_text(
        encoding="utf-8")
    compared = [node.lineno for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Compare)
                and any(isinstance(side, ast.Attribute) and side.attr == "lang"
                        for side in (node.left, *node.comparators))]
    assert compared == [], f"extract/events.py compares rules.lang on lines {compared}"
