"""Ukrainian and Russian figure and strike-oblast classes of session 16 (issue 12, ukru16).

Each class is tested on sentences of its shape written for these tests, in both languages
where the class exists in both."""

from __future__ import annotations

import pytest

from extract.figures import sentence_figures
from extract.pipeline import extract_text
from extract.rules.rulesets import ruleset


def _figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in sentence_figures(sentence, rules=ruleset(lang))]


def _largest(text: str, field: str, published: str = "2025-08-10") -> int | None:
    values = [getattr(e, field) for e in extract_text(text, published=published).events
              if getattr(e, field) is not None]
    return max(values) if values else None


# --- A weapon list whose lines open with a bullet other than a dash: its drones add up -------

@pytest.mark.parametrize(("text", "want"), [
    ("Протягом доби по Сумщині ворог застосував:\n\n▪️три КАБ;\n\n▪️ чотири БпЛА типу "
     "«Шахед»;\n\n▪️дев'ять fpv-дронів.\n\nПошкоджено приватний будинок.", 13),
    ("Упродовж доби по Херсонщині росіяни випустили:\n■ 2 ракети;\n■ 5 БпЛА типу «Герань-2»;\n"
     "■ 6 fpv-дронів.", 11),
    ("За сутки по Запорожской области враг применил:\n🔹 три КАБ;\n🔹 восемь БпЛА типа "
     "«Шахед»;\n🔹 четыре fpv-дрона.\nПовреждены два дома.", 12),
    ("За сутки по Харьковщине ударили:\n► пять БпЛА типа «Герань-2»;\n► семь fpv-дронов.", 12),
], ids=["uk-small-square", "uk-black-square", "ru-emoji-diamond", "ru-pointer"])
def test_bulleted_weapon_list_adds_up(text: str, want: int) -> None:
    assert _largest(text, "drones") == want


# --- A count of regions or settlements that "suffered" is no count of people -----------------

def test_regions_that_suffered_are_no_injured() -> None:
    # a count of oblasts that suffered: no people
    for sentence in ("Три області постраждали внаслідок нічної атаки дронів.",
                     "Чотири області України постраждали від ударів ворога: що відомо."):
        assert [f for f in _figures(sentence, "uk") if f[0] == "injured"] == [], sentence
    # people counted beside a region still count ("в області" is where they were)
    for sentence, want in (("Ще 10 людей в області за добу дістали поранення.", [("injured", 10)]),
                           ("Постраждали п'ятеро громадян.", [("injured", 5)]),
                           ("У трьох областях семеро людей загинули.", [("killed", 7)])):
        assert _figures(sentence, "uk") == want, sentence


# --- "бив по", "бьют по": the verb "to hit at" in any form tells a strike ---------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Крім того, ворог бив по Полтавській, Черкаській і Кіровоградській областях.",
     {"UA-53", "UA-71", "UA-35"}),
    ("Росіяни б'ють по Херсону та Берислава околицях.", {"UA-65"}),
    ("Ворог гатив по Марганецькій громаді.", {"UA-12"}),
    ("Ночью враг бил по Черниговской и Житомирской областям.", {"UA-74", "UA-18"}),
    ("Российские войска бьют по Никополю.", {"UA-12"}),
], ids=["uk-biv-oblasts", "uk-biut", "uk-hatyv", "ru-bil-oblasts", "ru-biut"])
def test_verb_hit_at_tells_a_strike(text: str, want: set[str]) -> None:
    got = {e.oblast_iso for e in extract_text(text, published="2024-06-01").events}
    assert got == want


# --- "обстрілів не було": shelling negated is no strike ------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("На Вінниччині вночі лунали тривоги, обстрілів та руйнувань не було.", "uk"),
    ("У Рівненській області ударів по громадах не зафіксовано.", "uk"),
    ("В Житомирской области обстрелов и разрушений не было.", "ru"),
    ("На Волыни ночью ударов не зафиксировано.", "ru"),
], ids=["uk-not-was", "uk-not-recorded", "ru-not-was", "ru-not-recorded"])
def test_negated_shelling_is_no_strike(text: str, lang: str) -> None:
    assert not extract_text(text, published="2024-06-01").events


# --- A toll as it was earlier told, carried to the place named last, is no more people ---------

@pytest.mark.parametrize(("text", "want"), [
    ("У Херсоні кількість загиблих зросла до 9.\nВчора російські війська атакували Херсон і "
     "Берислав.\nСьогодні вранці повідомлялося про 8 загиблих.", 9),
    ("В Херсоне до 9 возросло число погибших.\nВчера российские войска атаковали Херсон и "
     "Берислав.\nСегодня утром сообщалось о 8 погибших.", 9),
], ids=["uk-reported", "ru-reported"])
def test_earlier_count_carried_is_superseded(text: str, want: int) -> None:
    assert sum(e.killed or 0 for e in extract_text(text, published="2024-05-04").events) == want
