"""Russian classes (issue 11, sixth pass, found on new even-month development text): a launch
point told by its kind ("с мыса Чауда – Крым", "с аэродрома") keeps the night's count ours; an
undated toll right after a sentence opening a reminder ("Накануне ...") is the day recalled;
"сбить все из них" shoots down the count just told; an everyday word after a comma ("дронов,
Силы обороны") is a place only where a list goes on after it; a hromada adjective the
gazetteer knows only as a form does not break the namesake choice. Our own sentences, one or
more per class."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from tests.test_ukru_figure_classes import _report_figures

REPORTS: list[tuple[str, str, dict[str, int]]] = [
    # a launch point by its kind: no strike on Crimea, the count stays
    ("В ночь на 3 июня россияне атаковали Украину, применив 22 ударных БпЛА типа Shahed с "
     "мыса Чауда – Крым.", "2025-06-03", {"drones": 22}),
    ("Ночью оккупанты запустили 14 шахедов из акватории Азовского моря и с аэродрома в "
     "Крыму; ПВО сбила 10 из них.", "2025-06-03", {"drones": 14, "drones_downed": 10}),
    # all the drones just counted shot down, no number of its own
    ("Этой ночью оккупанты выпустили по области 16 шахедов, Силы обороны сумели сбить все из "
     "них.", "2025-06-03", {"drones": 16, "drones_downed": 16}),
    ("Ночью враг запустил по Одессе 9 ударных дронов. Все они были уничтожены над морем.",
     "2025-06-03", {"drones": 9, "drones_downed": 9}),
    # the toll after a reminder's opening sentence is the recalled day's
    ("Сегодня утром ракета попала в склад в Николаеве. Один человек погиб, трое ранены.\n"
     "Накануне во время обстрела пострадал элеватор. Погибли четыре работника, пострадали "
     "семь.", "2025-06-03", {"killed": 1, "injured": 3}),
    ("Сьогодні вранці ракета влучила у склад у Миколаєві. Одна людина загинула, троє "
     "поранені.\nНапередодні під час обстрілу постраждав елеватор. Загинули четверо "
     "працівників, постраждали семеро.", "2025-06-03", {"killed": 1, "injured": 3}),
]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS)
def test_report_figures(text: str, published: str, want: dict[str, int]) -> None:
    assert _report_figures(text, published) == want


def test_toll_told_after_the_reminder_with_a_place_stays() -> None:
    # a sentence naming its own place is no continuation of the reminder
    text = ("Сегодня утром ракета попала в склад в Николаеве. Один человек погиб.\n"
            "Накануне был обстрел. В Херсоне погибли двое.")
    assert {e.place: e.killed for e in extract_text(text, published="2025-06-03").events
            if e.killed} == {"Mykolaiv": 1, "Kherson": 2}


@pytest.mark.parametrize("text", [
    "Ночью дрон попал по ферме в Вербковской общине Павлоградского района.",
    "Дрон попал по ферме в Вербковской общине. Пострадал один человек.",
])
def test_hromada_form_without_settlement_options(text: str) -> None:
    names = [m.name for m in extract_text(text, published="2025-06-03").mentions]
    assert "Verbky" in names


@pytest.mark.parametrize(("text", "want"), [
    ("Этой ночью враг запустил 16 дронов, Силы обороны сбили 12 из них.", False),
    ("Обстрелам подверглись Антоновка, Сили, Широкое.", True),
])
def test_everyday_word_after_a_comma(text: str, want: bool) -> None:
    names = [m.name for m in extract_text(text, published="2025-06-03").mentions]
    assert ("Syla" in names) is want


@pytest.fixture(scope="module")
def ru_spelling():
    pytest.importorskip("pymorphy3")
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
    import ru_spelling as module
    return module


@pytest.mark.parametrize(("uk", "spellings"), [
    # an everyday adjective Russian translates: a second spelling
    ("Червона Зоря", ["Червоная Заря", "Красная Заря"]),
    ("Залізничне", ["Зализничное", "Железнодорожное"]),
    ("Солодка Балка", ["Солодкая Балка", "Сладкая Балка"]),
    # not a noun made of the root, nor a lone Червоне (Красне is a village's own name)
    ("Червоноград", ["Червоноград"]),
    ("Червоне", ["Червоное"]),
    # a feminine adjective in -ча: possessive and plain
    ("Вовча Балка", ["Волчья Балка", "Волчая Балка"]),
    ("Степанівка Перша", ["Степановка Первая"]),
    ("Чорнобаївка", ["Чернобаевка"]),
])
def test_russian_spellings_translated_and_possessive(ru_spelling, uk: str,
                                                     spellings: list[str]) -> None:
    assert ru_spelling.ru_spellings(uk) == spellings


@pytest.mark.parametrize(("text", "name"), [
    ("Под огнем была Красная Заря Богодуховского района Харьковской области.",
     "Chervona Zoria"),
    ("Обстрелу подверглась Медвежья Балка Кировоградской области.", "Medvezha Balka"),
    ("Дрон упал в Красной Долине Винницкой области.", "Chervona Dolyna"),
])
def test_translated_village_names(text: str, name: str) -> None:
    assert name in [m.name for m in extract_text(text, published="2025-06-03").mentions]
