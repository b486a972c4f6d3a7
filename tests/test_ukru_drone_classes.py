"""Ukrainian and Russian drone and casualty classes (issue 11, second pass): a period's total
opening a sentence, today's tally told as news given earlier, adjectives inside "N of M drones",
waves and amounts, a breakdown by weapon with dashes, modal verbs of shooting down, injuries
told by their noun or by seeking help. Our own sentences, one or more per class."""

from __future__ import annotations

import pytest

from extract.figures import sentence_figures
from extract.rules.rulesets import ruleset
from tests.test_ukru_figure_classes import _report_figures


def _figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return sorted((f.field, f.value) for f in sentence_figures(sentence, rules=ruleset(lang)))


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a period opening the sentence: every count in it is that period's, however far
    ("За минулий тиждень окупанти випустили по Україні понад 1200 ударних дронів, 900 КАБів "
     "та 40 ракет.", "uk", []),
    ("Протягом тижня ворог застосував проти нас майже 1100 дронів і 30 ракет.", "uk", []),
    ("За прошедшую неделю армия РФ выпустила по Украине почти 1300 беспилотников.", "ru", []),
    ("В течение месяца Россия применила около 5 тыс. ударных дронов.", "ru", []),
    # ... but not a night's count with a week's total after it
    ("Цієї ночі ворог запустив 130 дронів, а за тиждень — понад 1000.", "uk",
     [("drones", 130)]),
    # adjectives and a model between "N" and "of M"
    ("Над країною сили ППО знищили 31 ударний дрон Shahed із 35.", "uk",
     [("drones", 35), ("drones_downed", 31)]),
    ("Над страной ПВО уничтожила 31 ударный дрон Shahed из 35.", "ru",
     [("drones", 35), ("drones_downed", 31)]),
    # waves and groups are no counts of drones; an amount is
    ("Окупанти запустили три хвилі ударних дронів, загальною кількістю 22 штуки.", "uk",
     [("drones", 22)]),
    ("Враг направил двумя группами ударные беспилотники в количестве 18 единиц.", "ru",
     [("drones", 18)]),
    ("Ворог атакував двома хвилями дронів.", "uk", []),
    # a total broken down by weapon with dashes: the drones' part
    ("Усього в повітрі було 60 цілей: з них 14 — ракети, 46 — дрони.", "uk",
     [("drones", 46)]),
    ("Всего 70 целей: из них 20 — ракеты, 50 — беспилотники.", "ru",
     [("drones", 50)]),
    # shot down by "could", "managed to", then "of them"
    ("Ворог запустив 52 дрони, сили ППО змогли знешкодити 44 з них.", "uk",
     [("drones", 52), ("drones_downed", 44)]),
    ("Россия запустила 52 дрона, силы ПВО смогли сбить 44 из них.", "ru",
     [("drones", 52), ("drones_downed", 44)]),
    # all missiles, then drones of how many: each number its own
    ("Сили оборони змогли збити всі 12 ракет та 20 із 22 дронів.", "uk",
     [("drones", 22), ("drones_downed", 20), ("missiles_downed", 12)]),
    # injuries by their noun after the attack that caused them
    ("Атака на Суми призвела до поранень п'ятьох людей.", "uk", [("injured", 5)]),
    ("Удар по Херсону привел к ранениям трех человек.", "ru", [("injured", 3)]),
    ("Атака призвела до руйнувань трьох будинків.", "uk", []),
    # people who sought medical help are injured
    ("Ще троє людей звернулися по медичну допомогу.", "uk", [("injured", 3)]),
    ("Еще пятеро обратились за медицинской помощью.", "ru", [("injured", 5)]),
    # one person in hospital, told with no verb of hurt
    ("Пасажир автобуса у лікарні, його стан стабільний.", "uk", [("injured", 1)]),
    ("Лікар у лікарні розповів про поранених.", "uk", []),
    # the number of injured as "число" with a neuter verb
    ("Число постраждалих збільшилося до 33 людей.", "uk", [("injured", 33)]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 4 else None)
def test_sentence_classes(sentence: str, lang: str, want: list[tuple[str, int]]) -> None:
    assert _figures(sentence, lang) == want


REPORTS: list[tuple[str, str, dict[str, int]]] = [
    # today's national tally, told as news given earlier in the day, counts
    ("Удень ракета влучила в ангар у Смілі, поранено двох людей.\nРаніше повідомлялося, що "
     "цієї ночі ворог атакував Україну 87 ударними БпЛА. Сили ППО знешкодили 70 дронів.",
     "2025-07-02", {"injured": 2, "drones": 87, "drones_downed": 70}),
    ("Днем ракета попала в ангар в Смеле, ранены два человека.\nНапомним, ранее российская "
     "армия атаковала Украину 87 ударными БпЛА.", "2025-07-02", {"injured": 2, "drones": 87}),
    # "Напомним, ..." undated: the same day's news told again, its toll counts; dated to an
    # earlier week, it is a strike recalled
    ("Утром ракета попала в склад в Полтаве, ранены трое.\nНапомним, в результате удара по "
     "Сумам погиб один человек и четверо получили ранения.", "2025-07-02",
     {"killed": 1, "injured": 7}),
    ("Утром ракета попала в склад в Полтаве, ранены трое.\nНапомним, на этой неделе удар по "
     "Сумам унес жизни двух человек.", "2025-07-02", {"injured": 3}),
    # a night named by its weekday before the night the report dated: recalled
    ("В ночь на вторник, 10 июня, российские войска атаковали Украину 95 дронами, в Одессе "
     "ранены двое. В ночь на понедельник Россия запустила более 300 дронов.", "2025-06-10",
     {"injured": 2, "drones": 95}),
    # a toll updated two sentences after the place was named: the place's, not a second one
    ("Зранку росіяни скинули на Херсон три КАБи. Пошкоджено будинки й автівки. Голова ОВА "
     "повідомив, що загинула жінка. Пізніше стало відомо, що двоє людей загинули.",
     "2025-07-02", {"killed": 2}),
    # a week's total, then the night's count: the night's
    ("Протягом тижня Росія запустила по Україні близько 1100 ударних дронів. Цієї ночі ворог "
     "атакував Одесу, у місті поранено трьох людей. Загалом минулої ночі росіяни запустили "
     "понад 140 дронів.", "2025-07-02", {"injured": 3, "drones": 140}),
]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS,
                         ids=[f"report-{i}" for i in range(len(REPORTS))])
def test_report_figures(text: str, published: str, want: dict[str, int]) -> None:
    assert _report_figures(text, published) == want
