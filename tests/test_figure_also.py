"""The extra literal sets (`figures._also_required`) that skip a Ukrainian or Russian phrase in a
sentence lacking a word every match holds, and the phrases tried only where the verb of
shooting down matches: both must keep every match, so each is checked on the rules' examples."""

from __future__ import annotations

import pytest

from extract import figures
from extract.rules.rulesets import RULESETS

PHRASES = [(lang, rule, sets) for lang in ("uk", "ru")
           for (_f, rule), sets in zip(RULESETS[lang].phrases, figures._ALSO_SETS[lang],
                                       strict=True)]


@pytest.mark.parametrize(("lang", "rule", "sets"), PHRASES, ids=[r.name for _l, r, _s in PHRASES])
def test_every_example_holds_a_literal_of_each_set(lang: str, rule, sets) -> None:
    missed = [(ex, sorted(s)[:5]) for ex in rule.matches if rule.check(ex)
              for s in sets if not any(w in ex.lower() for w in s)]
    assert not missed, (rule.name, missed)


def test_a_two_weapon_phrase_needs_both_weapons() -> None:
    sets = dict((r.name, s) for _l, r, s in PHRASES)["downed_drones_then_missiles_uk"]
    assert any("ракет" in s for s in sets)
    # a drone-only sentence does not arm it; the phrase could not match there anyway
    cues = figures._ALSO_CUES["uk"][[r.name for _f, r in RULESETS["uk"].phrases].index(
        "downed_drones_then_missiles_uk")]
    assert cues and all(c in figures.FIGURE_CUES for c in cues)


def test_phrases_opening_with_the_down_verb_are_tried_where_it_matches() -> None:
    rule = next(r for _f, r in RULESETS["uk"].phrases if r.name == "downed_drones_uk")
    assert figures._shape("uk", rule, rule.regex)[3]
    low = "над областю збили 60 бпла, збито ще 3 дрони"
    starts = figures._down_starts_in(low, "uk")
    assert [low[s:s + 4] for s in starts] == ["збил", "збит"]
    assert [m.group() for m in figures._overlapping_at(rule.regex, low, starts)] == [
        m.group() for m in figures._overlapping(rule.regex, low)]


def test_the_same_figures_as_without_the_skips() -> None:
    rules = RULESETS["uk"]
    text = ("У ніч на 5 листопада збито 115 ударних БпЛА та 3 крилаті ракети. "
            "Загинули двоє людей, ще 7 поранені.")
    got = figures.sentence_figures(text, rules=rules)
    assert {(f.field, f.value) for f in got} >= {("drones_downed", 115), ("missiles_downed", 3)}
