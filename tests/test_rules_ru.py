"""Russian reports end to end: a sentence and the figures it should give, summed over its
events, once the engine runs `extract.rules.lang_ru`. Our own sentences, one or more per phrase
class of the rule module (launched, shot down, pairs, two weapons, killed, injured, one person,
tolls as they stand, and what is no figure: ages, dates, times, soldiers, running totals,
negations, alerts, a Ukrainian strike on Russia)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

FIELDS = ("drones", "drones_downed", "missiles", "missiles_downed", "killed", "injured")

CASES: list[tuple[str, dict[str, int]]] = [
    # killed and injured, counts in words and digits, both orders
    ("В результате удара дронов по Запорожью погибли трое человек, еще семеро ранены.",
     {"killed": 3, "injured": 7}),
    ("Из-за обстрела Херсона один человек погиб, еще 12 получили ранения.",
     {"killed": 1, "injured": 12}),
    ("В результате ракетного удара по Одессе ранены 11 человек.", {"injured": 11}),
    ("Россияне ударили по Сумам: пострадали двое мирных жителей.", {"injured": 2}),
    ("После атаки беспилотников на Харьков пятеро человек получили ранения.", {"injured": 5}),
    ("Ночью враг атаковал Днепр дронами, известно о семерых раненых.", {"injured": 7}),
    ("Оккупанты обстреляли Херсон из артиллерии, двое гражданских погибли.", {"killed": 2}),
    ("В Краматорске в результате удара КАБом погибли 4 человека, ранены 15.",
     {"killed": 4, "injured": 15}),
    ("Атака дронов на Одессу унесла жизни двух человек.", {"killed": 2}),
    ("Жертвами обстрела Никополя стали три человека.", {"killed": 3}),
    # one person named by a noun
    ("В результате атаки дрона на Никополь погибла 64-летняя женщина.", {"killed": 1}),
    ("Вражеский дрон атаковал Херсон, ранен мужчина.", {"injured": 1}),
    ("Россияне ударили FPV-дроном по Бериславу: ранения получил 15-летний подросток.",
     {"injured": 1}),
    ("Из-за обстрела Купянска 70-летний мужчина погиб, а женщина получила ранения.",
     {"killed": 1, "injured": 1}),
    ("Россияне обстреляли Чугуев, пострадали 80-летний мужчина и 78-летняя женщина.",
     {"injured": 2}),
    ("Враг атаковал Херсон дроном, есть погибший.", {"killed": 1}),
    # tolls as they stand
    ("В Днепре число погибших в результате ракетного удара возросло до 9.", {"killed": 9}),
    ("После удара по Полтаве количество раненых увеличилось до 12.", {"injured": 12}),
    # drones launched and shot down (Air Force summaries)
    ("В ночь на 3 января противник атаковал 84 ударными БпЛА, сбито 70.",
     {"drones": 84, "drones_downed": 70}),
    ("В ночь на 15 апреля противник атаковал 97 ударными БпЛА типа Shahed, "
     "сбито/подавлено 71.", {"drones": 97, "drones_downed": 71}),
    ("Ночью россияне выпустили по Украине 84 дрона, силы ПВО сбили 60 БпЛА.",
     {"drones": 84, "drones_downed": 60}),
    ("Над Украиной сбито 70 из 84 вражеских дронов.", {"drones": 84, "drones_downed": 70}),
    ("Враг атаковал Киевщину 40 дронами, из них уничтожено 35.",
     {"drones": 40, "drones_downed": 35}),
    ("Еще 20 беспилотников-имитаторов локационно потеряны, без последствий.",
     {"drones_downed": 20}),
    ("Противовоздушная оборона уничтожила над Николаевщиной три российских БпЛА типа Shahed.",
     {"drones_downed": 3}),
    ("Ночью враг запустил по Киеву 41 дрон-камикадзе, 38 из них удалось уничтожить.",
     {"drones": 41, "drones_downed": 38}),
    # missiles
    ("Враг атаковал Киев 4 баллистическими ракетами Искандер-М, сбиты 3 ракеты.",
     {"missiles": 4, "missiles_downed": 3}),
    ("Ночью над Украиной сбиты 2 крылатые ракеты и 45 ударных БпЛА.",
     {"missiles_downed": 2, "drones_downed": 45}),
    # no figure: ages, dates, times, soldiers, running totals, negations, Ukraine's strikes
    ("3 января в 08:30 враг атаковал Сумщину дроном, никто не пострадал.", {}),
    ("В результате обстрела Херсонщины погибли двое военнослужащих.", {}),
    ("С начала полномасштабного вторжения в Харькове погибли 600 человек.", {}),
    ("В апреле россияне выпустили по Украине 2 000 дронов.", {}),
    ("Ночью в Одессе были слышны взрывы, к счастью, обошлось без пострадавших.", {}),
    ("ВСУ атаковали Белгород 20 беспилотниками, ранены трое человек.", {}),
]


def _sums(text: str) -> dict[str, int]:
    events = extract_text(text, published="2025-01-03").events
    sums = {f: sum(getattr(e, f) or 0 for e in events) for f in FIELDS}
    return {f: v for f, v in sums.items() if v}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:40] for s, _e in CASES])
def test_russian_sentence_gives_its_figures(sentence: str, expected: dict[str, int]) -> None:
    assert _sums(sentence) == expected
