"""Namesake villages in a report on one oblast (issue 11): a list of that oblast's villages
keeps its members there, and a big city's name inside the list is not read as the oblast of
the village before it (extract/places.py, `_resolve_ambiguous`).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.oblast_iso) for m in extract_text(text).mentions]


_KHERSON_LIST = (
    "Херсонская ОВА сообщила об обстрелах\n\n"
    "За сутки в Херсонской области пострадали двое жителей, сообщили в администрации.\n"
    "Под огнем врага оказались Белозерка, Львов, Антоновка, Тягинка, Александровка, "
    "Берислав и Гавриловка.\n"
    "Повреждены частные дома и магазин.")


@pytest.mark.parametrize(("written", "name"), [
    ("Белозерка", "Bilozerka"),
    ("Антоновка", "Antonivka"),
    ("Александровка", "Oleksandrivka"),
    ("Гавриловка", "Havrylivka"),
])
def test_a_list_of_the_reports_oblast_keeps_its_namesake_villages(written: str,
                                                                   name: str) -> None:
    got = {t: (n, iso) for t, n, iso in _mentions(_KHERSON_LIST)}
    assert got.get(written) == (name, "UA-65"), got


def test_a_city_inside_a_list_of_villages_is_no_oblast_of_the_village_before() -> None:
    text = "Накануне россияне обстреляли Белозерку, Львов, Антоновку и Тягинку."
    got = _mentions(text)
    assert all(iso != "UA-46" for t, _n, iso in got if t != "Львов"), got
    assert ("Белозерку", "Bilozerka", "UA-65") in got, got


@pytest.mark.parametrize("text", [
    # a village and its oblast centre's name after it: the oblast, the list going on or not
    "The strike hit Berestove, Kharkiv, early on Sunday.",
    "Shelling hit Berestove, Kharkiv, and Kupiansk overnight.",
])
def test_a_village_then_its_oblast_is_still_the_oblast(text: str) -> None:
    got = {t: (n, kind, iso) for t, n, kind, iso in (
        (m.text, m.name, m.kind, m.oblast_iso) for m in extract_text(text).mentions)}
    assert got["Berestove"] == ("Berestove", "settlement", "UA-63"), got
    assert got["Kharkiv"][1:] == ("oblast", "UA-63"), got


def test_a_village_placed_by_its_list_is_the_same_village_in_another_case_form() -> None:
    text = ("Глава Харьковской ОВА рассказал об обстрелах за сутки.\n"
            "Под огнем были населенные пункты Харьковщины: Лукьянцы, Двуречная, Синьковка, "
            "Петропавловка, Купянск, Ивановка.\n"
            "Наши защитники отбили штурмы у Синьковки, Петропавловки и Ивановки.")
    got = [(t, iso) for t, _n, iso in _mentions(text) if t.startswith("Ивановк")]
    assert got == [("Ивановка", "UA-63"), ("Ивановки", "UA-63")], got


def test_a_line_naming_its_own_oblast_keeps_its_namesake() -> None:
    text = ("Глава Харьковской ОВА рассказал об обстрелах за сутки.\n"
            "Под огнем были населенные пункты Харьковщины: Лукьянцы, Двуречная, Синьковка, "
            "Петропавловка, Купянск, Ивановка.\n"
            "В Днепропетровской области дрон атаковал Ивановку Никопольского района.")
    got = [(t, iso) for t, _n, iso in _mentions(text) if t.startswith("Ивановк")]
    assert got[0] == ("Ивановка", "UA-63") and got[1][1] != "UA-63", got


@pytest.mark.parametrize("written", ["Первомайский", "Высокий"])
def test_a_small_town_of_another_oblast_in_the_reports_list_is_its_namesake(
        written: str) -> None:
    # a town's old name (Первомайский, now Zlatopil of Kharkiv oblast) and a town of 11
    # thousand (Высокий, Kharkiv oblast) among Kherson villages: Kherson oblast's namesakes
    text = ("За сутки в Херсонской области ранены трое жителей, сообщили в ОВА.\n"
            "Враг бил по селам Белозерка, Антоновка, Тягинка, Первомайский, Высокий "
            "и Берислав.")
    got = {t: iso for t, _n, iso in _mentions(text)}
    assert got.get(written) == "UA-65", got


def test_a_town_of_another_oblast_in_a_mixed_list_keeps_its_oblast() -> None:
    text = ("Утром дроны атаковали Харьков, Высокий, Чугуев и Херсон, сообщили "
            "в Харьковской и Херсонской ОВА.")
    got = {t: iso for t, _n, iso in _mentions(text)}
    assert got.get("Высокий") == "UA-63", got


def test_a_big_citys_name_in_a_list_of_the_oblasts_villages_is_the_village() -> None:
    # the codifier has a village Lviv in Dnipropetrovsk oblast
    text = ("Днепропетровская ОВА: за сутки ранен один человек.\n"
            "Под ударами в Днепропетровской области были Марганец, Червоногригоровка, Львов, "
            "Покровское и Мирово.")
    got = {t: iso for t, _n, iso in _mentions(text)}
    assert got.get("Львов") == "UA-12", got


def test_a_big_city_in_a_list_of_cities_keeps_its_oblast() -> None:
    text = ("Ночью Россия атаковала Днепр, Харьков, Львов и Одессу, в Днепропетровской "
            "области ранены двое.")
    got = {t: iso for t, _n, iso in _mentions(text)}
    assert got.get("Львов") == "UA-46", got
