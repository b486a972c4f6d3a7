"""Ukrainian reports end to end: a sentence and the figures it should give, summed over its
events, once the engine runs `extract.rules.lang_uk`. Our own sentences, one per phrase class
of the rule module (launched, shot down, pairs, killed, injured, one person, tolls as they
stand, and what is no figure: ages, dates, soldiers, running totals, negations)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

FIELDS = ("drones", "drones_downed", "missiles", "missiles_downed", "killed", "injured")

CASES: list[tuple[str, dict[str, int]]] = [
    # killed and injured, counts in words and digits
    ("Унаслідок удару дронів по Запоріжжю загинули троє людей, ще семеро поранені.",
     {"killed": 3, "injured": 7}),
    ("Через російський обстріл Херсона одна людина загинула, ще 12 — дістали поранення.",
     {"killed": 1, "injured": 12}),
    ("Унаслідок ракетного удару по Одесі поранено 11 осіб.", {"injured": 11}),
    ("Росіяни вдарили по Сумах: постраждали двоє людей.", {"injured": 2}),
    ("Внаслідок атаки БпЛА на Харків п'ятеро людей поранені.", {"injured": 5}),
    ("Уночі ворог атакував Дніпро дронами, є семеро поранених.", {"injured": 7}),
    ("Через обстріл Нікополя поранень зазнали четверо мешканців.", {"injured": 4}),
    ("Окупанти обстріляли Херсон з артилерії, двоє цивільних загинули.", {"killed": 2}),
    ("У Краматорську внаслідок удару КАБом загинули 4 людини, 15 поранено.",
     {"killed": 4, "injured": 15}),
    # one person named by a noun
    ("Унаслідок атаки дрона на Нікополь загинула 64-річна жінка.", {"killed": 1}),
    ("Ворожий дрон атакував Херсон, поранено чоловіка.", {"injured": 1}),
    ("Росіяни вдарили FPV-дроном по Бериславу: поранень зазнав 15-річний хлопець.",
     {"injured": 1}),
    ("Через обстріл Куп'янська загинув 70-річний чоловік, а його дружина отримала поранення.",
     {"killed": 1, "injured": 1}),
    ("Росіяни атакували Херсон дроном, поранено чоловіка у віці 45 років.", {"injured": 1}),
    # tolls as they stand
    ("У Дніпрі кількість загиблих унаслідок ракетного удару зросла до 9.", {"killed": 9}),
    ("Після удару по Полтаві кількість поранених зросла до 12.", {"injured": 12}),
    ("У Запоріжжі до чотирьох зросла кількість загиблих унаслідок удару.", {"killed": 4}),
    # drones launched and shot down (Air Force summaries)
    ("У ніч на 15 квітня противник атакував 97 ударними БпЛА типу Shahed, збито/подавлено 71.",
     {"drones": 97, "drones_downed": 71}),
    ("Уночі росіяни випустили по Україні 84 дрони, сили ППО збили 60 БпЛА.",
     {"drones": 84, "drones_downed": 60}),
    ("Протиповітряна оборона знищила над Миколаївщиною три російських БпЛА типу Shahed.",
     {"drones_downed": 3}),
    ("Над Україною збито 70 з 84 ворожих дронів.", {"drones": 84, "drones_downed": 70}),
    ("Ворог атакував Київщину 40 дронами, з них знешкоджено 35.",
     {"drones": 40, "drones_downed": 35}),
    ("Уночі на Одещині знищено 21 ударний безпілотний літальний апарат.", {"drones_downed": 21}),
    # missiles
    ("Ворог атакував Київ 4 балістичними ракетами Іскандер-М, збито 3 ракети.",
     {"missiles": 4, "missiles_downed": 3}),
    ("Уночі над Україною збито 2 крилаті ракети Х-101 та 45 ударних БпЛА.",
     {"missiles_downed": 2, "drones_downed": 45}),
    # no figure: ages, dates, times, soldiers, running totals, negations
    ("15 квітня о 08:30 ворог атакував Сумщину дроном, ніхто не постраждав.", {}),
    ("Унаслідок обстрілу Херсонщини загинули двоє військовослужбовців.", {}),
    ("З початку повномасштабного вторгнення у Харкові загинули 600 людей.", {}),
    ("У квітні росіяни випустили по Україні 2 000 дронів.", {}),
    ("Уночі в Одесі чути вибухи, на щастя, без постраждалих.", {}),
]


def _sums(text: str) -> dict[str, int]:
    events = extract_text(text, published="2025-04-15").events
    sums = {f: sum(getattr(e, f) or 0 for e in events) for f in FIELDS}
    return {f: v for f, v in sums.items() if v}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:40] for s, _e in CASES])
def test_ukrainian_sentence_gives_its_figures(sentence: str, expected: dict[str, int]) -> None:
    assert _sums(sentence) == expected
