"""Russian spellings of Ukrainian places, hyphenated names in every case, hromadas read as
their centres and Russian towns written in Cyrillic (data/ru_spelling.py, the `hromadas` of
data/ua_villages.json, the Cyrillic names of data/world_places.json, extract/places.py).

The sentences are written for these tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_text

DATA = Path(__file__).resolve().parent.parent / "data"


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.oblast_iso) for m in extract_text(text).mentions]


def _place(text: str, written: str) -> tuple[str, str | None] | None:
    return next(((n, iso) for t, n, iso in _mentions(text) if t == written), None)


@pytest.mark.parametrize(("text", "written", "name", "iso"), [
    # a codifier village in its Russian spelling and Russian case forms
    ("Ночью дрон упал на окраине Шестаково, пострадал мужчина.", "Шестаково", "Shestakove",
     "UA-63"),
    ("Из-за обстрела Моначиновки загорелся сарай.", "Моначиновки", "Monachynivka", "UA-63"),
    ("В Глушковке повреждена крыша амбара.", "Глушковке", "Hlushkivka", "UA-63"),
    ("На Херсонщине под огнем была Золотая Балка.", "Золотая Балка", "Zolota Balka", "UA-65"),
    ("Обломки упали в Сером Яре Харьковской области.", "Сером Яре", "Siryi Yar", "UA-63"),
    # a GeoNames place with no Russian name of its own
    ("Россияне атаковали Малую Токмачку в Запорожской области.", "Малую Токмачку",
     "Mala Tokmachka", "UA-23"),
])
def test_russian_spelling_of_a_ukrainian_village(text: str, written: str, name: str,
                                                 iso: str) -> None:
    assert _place(text, written) == (name, iso), _mentions(text)


@pytest.mark.parametrize(("text", "written"), [
    ("Дрон атакував Середину-Буду вдень.", "Середину-Буду"),
    ("У Середині-Буді пошкоджено магазин.", "Середині-Буді"),
    ("Околиці Середини-Буди знову під обстрілом.", "Середини-Буди"),
    ("В Середине-Буде повреждены окна.", "Середине-Буде"),
])
def test_a_hyphenated_town_in_every_case_both_parts_inflected(text: str, written: str) -> None:
    assert _place(text, written) == ("Seredyna-Buda", "UA-59"), _mentions(text)


@pytest.mark.parametrize(("text", "written", "name", "iso"), [
    ("На Сумщині Миколаївська сільська громада зазнала удару дроном.", "Миколаївська",
     "Mykolaivka", "UA-59"),
    ("Уночі на Сумщині пошкоджено школу в Середино-Будській громаді.", "Середино-Будській",
     "Seredyna-Buda", "UA-59"),
    ("Вечером дрон атаковал Середино-Будскую громаду Сумской области.", "Середино-Будскую",
     "Seredyna-Buda", "UA-59"),
    ("Двоє поранених у Боромлянській громаді на Сумщині.", "Боромлянській", "Boromlia",
     "UA-59"),
    ("В Курахівській громаді пошкоджено три будинки.", "Курахівській", "Kurakhove", "UA-14"),
])
def test_a_hromada_before_its_word_is_its_centre(text: str, written: str, name: str,
                                                 iso: str) -> None:
    assert _place(text, written) == (name, iso), _mentions(text)


def test_a_village_before_its_hromada_in_russian_is_no_surname() -> None:
    text = "В с. Николаевка Пролесненской громады Харьковской области пострадал мужчина."
    assert _place(text, "Николаевка") == ("Mykolaivka", "UA-63"), _mentions(text)
    assert _place(text, "Пролесненской") == ("Prolisne", "UA-63"), _mentions(text)


def test_the_oblast_adjective_stays_the_oblast_without_a_hromada_word() -> None:
    assert _place("Миколаївська ОВА повідомила про удар.", "Миколаївська") == (
        "Mykolaiv", "UA-48")


def test_a_hromada_name_alone_is_no_place() -> None:
    """"Бужанська" names a hromada only (its centre, a village, is under the build's RAION_MIN,
    so the adjective is no form of the village): without its word it is not taken. (A town of
    RAION_MIN or more has its raion's and hromada's adjectives as forms of its own, Боромля's
    "Боромлянська" among them since the codifier names the official adjective.)"""
    assert _place("Бужанська вишивка відома здавна.", "Бужанська") is None
    assert _place("Двоє поранених у Бужанській громаді.", "Бужанській") is not None


def test_a_raion_word_after_a_village_adjective_names_no_village() -> None:
    """"Деснянском районе": the codifier's Desnianske shares the adjective's forms; a raion
    is named after a town."""
    assert _place("В Деснянском районе упали обломки.", "Деснянском") is None


def test_a_town_raion_in_russian_whose_adjective_pymorphy3_reads_as_a_surname() -> None:
    assert _place("В Лозовском районе Харьковщины повреждены дома.", "Лозовском") == (
        "Lozova", "UA-63")


@pytest.mark.parametrize(("text", "written", "name"), [
    ("Шахеди запускали з напрямків Курськ, Орел і Брянськ.", "Орел", "Orël"),
    ("Ударні дрони летіли з Курська.", "Курська", "Kursk"),
    ("Над Бєлгородом чули вибухи.", "Бєлгородом", "Belgorod"),
])
def test_a_russian_town_in_cyrillic_is_foreign(text: str, written: str, name: str) -> None:
    m = next((m for m in extract_text(text).mentions if m.text == written), None)
    assert m is not None and m.name == name and not m.in_ukraine, _mentions(text)


def test_a_village_word_keeps_the_ukrainian_village() -> None:
    assert _place("Вибух пролунав у селі Орел на Одещині.", "Орел") == ("Orel", "UA-51")


# -- the build-time spelling (needs the build extra: pymorphy3) ------------------------------
@pytest.fixture(scope="module")
def ru_spelling():
    pytest.importorskip("pymorphy3")
    sys.path.insert(0, str(DATA))
    import ru_spelling as module
    return module


@pytest.mark.parametrize(("uk", "ru"), [
    ("Миколаївка", "Николаевка"), ("Велика Писарівка", "Великая Писаревка"),
    ("Степне", "Степное"), ("Сірий Яр", "Серый Яр"), ("Шестакове", "Шестаково"),
    ("Мар'їнка", "Марьинка"), ("Куп'янськ", "Купянск"), ("Олександрівка", "Александровка"),
    ("Вовчанськ", "Волчанск"), ("Новояворівськ", "Новояворовск"), ("Бояни", "Бояны"),
    ("Кривопілля", "Кривополье"), ("Піщане", "Песчаное"), ("Красна Зоря", "Красная Заря"),
    ("Лиман Перший", "Лиман Первый"),
])
def test_ru_spelling(ru_spelling, uk: str, ru: str) -> None:
    assert ru_spelling.ru_spelling(uk) == ru


def test_a_noun_in_ove_gets_both_russian_readings(ru_spelling) -> None:
    assert ru_spelling.ru_spellings("Берегове") == ["Береговое", "Берегово"]


def test_the_shipped_villages_carry_russian_forms_and_the_hromada_table() -> None:
    data = json.loads((DATA / "ua_villages.json").read_text(encoding="utf-8"))
    village = next(v for v in data["places"] if v["name"] == "Shestakove")
    assert {"Шестаково", "Шестакова", "Шестакове"} <= set(village["forms"])
    sumy = [h for h in data["hromadas"] if h[0] == "UA-59" and "Середино-Будська" in h[2]]
    assert len(sumy) == 1 and "Середино-Будской" in sumy[0][2]
