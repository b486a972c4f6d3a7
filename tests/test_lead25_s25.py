"""Session 25: a town's adjective written once (`place_contexts.TOWN_STEM`,
`TOWN_ADJECTIVE_ENDING`), and the installation rule's gate answered from `places._gate_words`'
one scan of the report."""

from __future__ import annotations

import random

import pytest

from extract import places
from extract.rules import place_contexts as contexts

_PIECES = ("the Burshtynska thermal power plant", "Ladyzhynska TPP", "Pokrovske coal mine",
           "Kup'yans'ka community", "the Okhtyrska hromada", "Lozivskyi raion", "risky",
           "Kursk", "ask", "skies", "s'ke", "S'KA", "Sky", "skiy", "Pavlohradskyy", "regions",
           "oblasts", "the regional", "province of", "district", "coded to", "громади", "щина")


def _texts(n: int) -> list[str]:
    rng = random.Random(25)
    words = ("the", "a", "of", "in", "was", "hit", "said", "Kyiv", "region", "drones")
    return ["".join(" " + rng.choice(_PIECES + words) for _ in range(rng.randint(0, 30)))
            for _ in range(n)]


@pytest.mark.parametrize("rule", [contexts.INSTALLATION_ADJECTIVE, contexts.PLURAL_UNIT_WORD])
def test_a_gate_answered_from_the_gate_words_is_the_rules_own(rule: object) -> None:
    assert rule.gate is not None and rule.gate <= places._GATE_WORDS  # type: ignore[attr-defined]
    for text in _texts(400):
        folded = places.fold(text)
        held = places._gate_words(folded)
        assert places._armed(rule, folded, held) == rule.armed_by(folded)  # type: ignore[arg-type,attr-defined]


def test_the_gate_words_are_those_the_folded_text_holds() -> None:
    for text in _texts(400):
        folded = places.fold(text)
        assert places._gate_words(folded) == {w for w in places._GATE_WORDS if w in folded}


def test_the_shared_stem_and_ending_read_a_plant_and_a_hromada_list() -> None:
    m = contexts.INSTALLATION_ADJECTIVE.regex.search("near the Novo-Kakhovska HPP dam")
    assert m is not None and (m.group("stem"), m.group("suffix")) == ("Novo-Kakhov", "ska")
    adjective = places._HROMADA_ADJECTIVE.fullmatch("Velyko-Burlutska")
    assert adjective is not None and adjective.group("stem") == "Velyko-Burlut"
    assert places._HROMADA_ADJECTIVE.fullmatch("Pokrovske") is not None
    assert places._HROMADA_ADJECTIVE.fullmatch("Pokrovsk") is None
