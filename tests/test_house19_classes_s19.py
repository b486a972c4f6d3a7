"""Rules are data (session 19): the phrase classes the engines once compiled themselves are named
rules of `extract/rules/` with examples, used by name, and the steps only some languages have are
`RuleSet` fields, not comparisons of a language code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from extract import datasets, figures, language, places
from extract.rules import figure_contexts as fc
from extract.rules import lang_ru, lang_uk
from extract.rules import place_contexts as contexts
from extract.rules import strike_words as sw
from extract.rules.rulesets import RULESETS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("compiled", "rule"), [
    (places._LIST_GOES_ON, contexts.LIST_GOES_ON),
    (places._LAST_IN_LIST, contexts.LAST_IN_LIST),
    (places._ADJECTIVE_NAME, contexts.ADJECTIVE_NAME),
    (places._CYRILLIC_ADJECTIVE, contexts.CYRILLIC_ADJECTIVE),
    (places._REGIONS_HEAD, contexts.REGIONS_HEAD),
    (places._REGIONAL, contexts.REGIONAL_AFTER),
    (places._REGION_OF, contexts.REGION_OF_BEFORE),
    (places._DISTRICT_NAME, contexts.DISTRICT_NAME),
    (places._DISTRICT_GAP, contexts.DISTRICT_GAP),
    (places._DISTRICT_WORD_END, contexts.DISTRICT_WORD_END),
    (places._DISTRICT_AFTER, contexts.CITY_DISTRICT_AFTER),
    (places._TOWN_DISTRICT, contexts.TOWN_DISTRICT),
    (places._VILLAGE_GATE, contexts.VILLAGE_WORD),
    (figures._PERFECT, fc.PERFECT_COUNT),
    (figures._BREAKDOWN, fc.BREAKDOWN_AFTER),
    (datasets._DRONE_RE, sw.DATASET_DRONE),
    (datasets._MISSILE_RE, sw.DATASET_MISSILE),
    (datasets._GLIDE_RE, sw.DATASET_GLIDE_BOMB),
    (datasets._DIRECTION_RE, contexts.DIRECTION_NAME),
], ids=lambda v: getattr(v, "name", ""))
def test_an_engines_phrase_class_is_a_named_rule(compiled: re.Pattern[str], rule: object) -> None:
    """The engine's module constant is the rule's own compiled pattern (kept in the constant:
    a hot loop pays no `Rule` lookup)."""
    assert compiled.pattern == rule.pattern and compiled.flags == rule.regex.flags  # type: ignore[attr-defined]


def test_language_compiles_no_pattern_of_its_own() -> None:
    """`detect_language`'s telling words are `lang_uk.LANGUAGE_WORDS` and `lang_ru`'s (read in
    the function: at the module's top mypyc's build cannot type them, the modules being in
    one import cycle)."""
    tree = ast.parse((ROOT / "extract" / "language.py").read_text(encoding="utf-8"))
    assert not [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                and node.attr == "compile"]
    assert language.detect_language("вона сказала що ворог") == "uk"
    assert language.detect_language("она сказала что противник") == "ru"
    assert lang_uk.LANGUAGE_WORDS.check("ворог") and lang_ru.LANGUAGE_WORDS.check("противник")


def test_the_village_word_is_tested_by_its_derived_gate_first() -> None:
    assert contexts.VILLAGE_WORD.gate == frozenset({"с.", "пгт", "сел"})
    assert places._has_village_word("обстріляли село гаврилівка")
    assert not places._has_village_word("drones struck the village of sadove overnight")
    assert not places._has_village_word("переселенці повернулися")  # gate armed, no word


def test_the_place_engine_compares_no_language_code() -> None:
    """`places` asks the report's `RuleSet` for a language's step ("на Запоріжжі")."""
    tree = ast.parse((ROOT / "extract" / "places.py").read_text(encoding="utf-8"))
    compared = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Compare)
                and any(isinstance(side, ast.Name) and side.id == "lang"
                        for side in (node.left, *node.comparators))
                and any(isinstance(side, ast.Constant) and isinstance(side.value, str)
                        for side in (node.left, *node.comparators))]
    assert compared == [], f"extract/places.py compares lang with a code on lines {compared}"


@pytest.mark.parametrize("field", ["open_compound", "count_aside", "count_apposition",
                                   "soldiers_after", "weapon_period", "bombs_total",
                                   "drones_told_before", "procured_before"])
def test_englishs_figure_steps_are_ruleset_fields(field: str) -> None:
    assert getattr(RULESETS["en"], field) is not None
    assert getattr(RULESETS["uk"], field) is None and getattr(RULESETS["ru"], field) is None


def test_on_the_region_is_ukrainians_field() -> None:
    assert RULESETS["uk"].on_the_region is lang_uk.ON_THE_REGION
    assert RULESETS["en"].on_the_region is None and RULESETS["ru"].on_the_region is None
