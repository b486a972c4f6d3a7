"""Ukrainian and Russian reports of several sentences end to end: the figures summed (killed,
injured) or the largest (drones) over the report's events, as the evaluation reads them. Our
own written reports, one per class of report-level failure (a toll updated days after its
strike, "both" as a count, weapon lists, abbreviated settlement kinds, reminders of an earlier day's
attack, launch sites abroad, a settlement's district named after it, people named one by one)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

SUMMED = ("killed", "injured")
LARGEST = ("drones", "drones_downed", "missiles", "missiles_downed")

CASES: list[tuple[str, str, dict[str, int]]] = [
    # a toll as it stands, days after the strike it counts
    ("Удар по Сумах: зросла кількість поранених\n\nУ Сумах кількість поранених унаслідок "
     "ракетного удару 2 травня зросла до 41 людини.", "2025-05-05", {"injured": 41}),
    ("Удар по Одессе: выросло число пострадавших\n\nВ Одессе число пострадавших в результате "
     "удара 3 марта выросло до 18 человек.",
     "2025-03-06", {"injured": 18}),
    # "both" counts two
    ("Уночі дрон влучив у будинок у Броварах. Чоловік отримав поранення голови, у його "
     "дружини опіки. Обидва постраждалі у лікарні.", "2025-06-02", {"injured": 2}),
    ("Днем беспилотник атаковал автомобиль в Никополе. Водитель получил ранения, у пассажирки "
     "перелом руки. Оба пострадавших госпитализированы.", "2025-06-02", {"injured": 2}),
    # a weapon list after a header: its drone lines add up, one named drone counts one
    ("Уночі ворог атакував Сумщину. Протягом доби по області прилетіли:\n- 4 БпЛА типу "
     "«Шахед»;\n- 7 FPV-дронів;\n- ударний БпЛА;\n- 2 КАБи.\nПостраждалих немає.",
     "2025-06-02", {"drones": 12}),
    ("Ночью враг атаковал Херсонщину. За сутки оккупанты применили:\n- 9 БпЛА типа "
     "«Герань-2»;\n- fpv-дрон;\n- пять БпЛА (тип устанавливается);\n- ракету Х-59.",
     "2025-06-02", {"drones": 15}),
    # one count per line without a header ending in a colon: no list, the largest stays
    ("Уночі ворог атакував Одесу 20 дронами.\n- 12 дронів збито над морем.", "2025-06-02",
     {"drones": 20, "drones_downed": 12}),
    # a settlement kind abbreviated ("в пос.", "смт.") ends no sentence: its people count
    ("Россияне обстреляли Харьковщину: в Харькове пострадал 40-летний мужчина, в пос. "
     "Слатино пострадали 70-летняя женщина и ее муж.", "2025-06-02", {"injured": 3}),
    # a reminder of an earlier day's attack, and what follows it about that day: no figures
    ("Ночью дрон атаковал Измаил, пострадавших нет.\nНапомним, 3 июня россияне ударили "
     "ракетой по Одессе. Ракета попала в склад. Двое человек погибли, семеро ранены.",
     "2025-06-04", {}),
    ("Вранці 4 червня ворог атакував Нікополь FPV-дроном: поранено двох людей.\nНагадаємо, "
     "вночі 4 червня ППО знищила над областю п'ять БпЛА.\nУ Запорізькій області минулої доби, "
     "3 червня, загинули двоє людей, ще четверо поранені.", "2025-06-04",
     {"injured": 2, "drones_downed": 5}),
    # a reminder of the report's own strike keeps its figures
    ("Дніпро: минула ніч\nНагадаємо, вночі 4 червня ракета влучила в Дніпро, загинули троє "
     "людей.", "2025-06-04", {"killed": 3}),
    ("Удар по Харькову 2 июня: погибли двое\nНапомним, 2 июня ракета попала в Харьков. "
     "Двое человек погибли.", "2025-06-04", {"killed": 2}),
    # launch sites abroad or in Crimea are no strike there: the counts after them stay ours
    ("Уночі ворог атакував Україну 40 ударними БпЛА. Дрони запускали з напрямків: Курськ, "
     "Брянськ – РФ, Гвардійське – ТОТ Крим. Станом на 09:00 збито 31 БпЛА.", "2025-06-02",
     {"drones": 40, "drones_downed": 31}),
    ("Ночью враг атаковал Украину 25 ударными БпЛА. Дроны запускали с направлений: Курск, "
     "Орел – РФ, Гвардейское – Крым. По состоянию на 09:00 сбиты 20 БпЛА.", "2025-06-02",
     {"drones": 25, "drones_downed": 20}),
    # one person, a few words, then what befell them
    ("Снаряд влучив у маршрутку в Нікополі: загинула 61-річна пасажирка, 38-річний водій "
     "маршрутки отримав поранення.", "2025-06-02", {"killed": 1, "injured": 1}),
    # one wounded who died later is killed, not injured
    ("Росіяни вдарили КАБом по Куп'янську. Тяжке поранення отримав чоловік, який згодом "
     "помер у лікарні.", "2025-06-02", {"killed": 1}),
    ("Россияне ударили по Купянску. Тяжелое ранение получила женщина 70 лет, умершая в "
     "больнице.", "2025-06-02", {"killed": 1}),
    # gerunds: "убив двух человек и ранив еще пятерых"
    ("Российские войска обстреляли Никополь, ранив еще 6 человек.", "2025-06-02",
     {"injured": 6}),
    # drones that hit are no launch count
    ("Уночі ворог атакував Полтаву дронами, щонайменше три дрони влучили у склад.",
     "2025-06-02", {}),
    ("Ночью враг атаковал Полтаву дронами, как минимум три дрона попали в склад.",
     "2025-06-02", {}),
    # a related-news line of an earlier day closing the report
    ("Росіяни атакували Нікополь FPV-дроном, поранено жінку.\n- 1 червня "
     "ворог вдарив по Запоріжжю. Загинули двоє людей.", "2025-06-02", {"injured": 1}),
    # "потерпілі": the injured, and a strike word for the place it names
    ("Дрони атакували Марганець, поранено двох чоловіків. У самому Нікополі троє "
     "потерпілих.", "2025-06-02", {"injured": 5}),
    # a hundred as a noun
    ("Уночі ворог атакував Україну понад сотнею ударних БпЛА, збито 80.", "2025-06-02",
     {"drones": 100, "drones_downed": 80}),
    # a running toll since the start of a month; the day's own figures stay
    ("З початку травня на Чернігівщині загинули 7 цивільних, поранені 30 людей. Учора ворог "
     "атакував Ніжин дроном - поранення дістали 40-річний чоловік та 38-річна жінка.",
     "2025-06-02", {"injured": 2}),
    # an outdated figure told as earlier news
    ("До трьох зросла кількість поранених унаслідок удару по Полтаві. Раніше повідомлялося "
     "про одного пораненого.", "2025-06-02", {"injured": 3}),
    # people named one by one: ages before one plural noun, ages after it, a list of persons
    ("Уночі дрон влучив у багатоповерхівку в Павлограді. Поранені 41-річна та 68-річна "
     "жінки.", "2025-06-02", {"injured": 2}),
    ("Ворог обстріляв Херсон: постраждали 16-річний юнак і 72-річна жінка, а також поранено "
     "чоловіка.", "2025-06-02", {"injured": 3}),
    ("Унаслідок удару КАБом по Костянтинівці загинули чоловіки 51 та 64 років, поранено "
     "водія, пасажирку та її сина.", "2025-06-02", {"killed": 2, "injured": 3}),
    ("Ночью дроны атаковали Никополь. Ранены 29-летняя и 57-летняя женщины.", "2025-06-02",
     {"injured": 2}),
    ("Россияне ударили по Харькову: пострадали мужчины 38 и 44 лет, погибли водитель, "
     "пассажирка и ее сын.", "2025-06-02", {"killed": 3, "injured": 2}),
    # ... and a count they explain counts once
    ("Уночі дрон атакував Чернігів, загинули двоє людей: чоловік та жінка.", "2025-06-02",
     {"killed": 2}),
    ("Беспилотник атаковал Сумы. Погиб мужчина, женщина ранена.", "2025-06-02",
     {"killed": 1, "injured": 1}),
    # one person by an age alone, the noun said before; one dead told as a noun
    ("Уночі росіяни обстріляли Ізюм: вбили 45-річного чоловіка і поранили 39-річну.",
     "2025-06-02", {"killed": 1, "injured": 1}),
    ("Россияне обстреляли Изюм: убили 45-летнего мужчину и ранили 39-летнюю.", "2025-06-02",
     {"killed": 1, "injured": 1}),
    ("Ракета влучила в будинок у Сумах. Міський голова повідомив про жертву удару.",
     "2025-06-02", {"killed": 1}),
    ("Дрон ударил по Херсону, известно об одном погибшем и одном раненом.", "2025-06-02",
     {"killed": 1, "injured": 1}),
    # a toll told with a relative clause, people with their ages, a count with a place between
    ("Удар по Полтаві. Згодом кількість людей, які постраждали внаслідок атаки, зросла до 9.",
     "2025-06-02", {"injured": 9}),
    ("Снаряд попал в дом в Купянске: трое мужчин от 30 до 50 лет получили ранения.",
     "2025-06-02", {"injured": 3}),
    ("Обстрелян Волчанск, госпитализированы 3 мирных жителя с осколочными ранениями.",
     "2025-06-02", {"injured": 3}),
    ("Ворог атакував Херсон. «Ще 6 людей в області за добу дістали поранення», – сказав він.",
     "2025-06-02", {"injured": 6}),
    # an oblast's toll, then the places it breaks down into: counted once
    ("Атаки на Донетчину: двое погибших и пятеро раненых. В Краматорске погиб мужчина, ранены "
     "двое. В Славянске погибла женщина, ранены трое.", "2025-06-02",
     {"killed": 2, "injured": 5}),
    ("У Донецькій області за добу загинули двоє людей, ще шестеро поранені. У Краматорську "
     "загинув чоловік, поранено двох людей. У Слов'янську поранено ще одну людину.",
     "2025-06-02", {"killed": 2, "injured": 6}),
    # a roundup of places, the verb told once: each place's count, a stated total preferred
    ("Миколаївщина: за добу у Куцурубі поранено 3 людей, у Широкому – жінку, в Очакові – "
     "двох чоловіків.", "2025-06-02", {"injured": 6}),
    ("Миколаївщина: за добу у Куцурубі поранено 3 людей, у Широкому – жінку, в Очакові – "
     "двох чоловіків. Загалом за добу в області поранено 9 людей.", "2025-06-02",
     {"injured": 9}),
    ("За минулу добу на Миколаївщині поранено 6 людей: у Куцурубі – троє, у Широкому – одна "
     "людина, в Очакові – двоє.", "2025-06-02", {"injured": 6}),
    ("Николаевщина: в Очакове ранены 3 человека, в Вознесенске – женщина, в Николаеве – 2 "
     "человека.", "2025-06-02", {"injured": 6}),
    # ... but no dash in an age: "; в г. Х пострадала 38-летняя женщина" is one person
    ("В Харькове пострадал 31-летний мужчина; в г. Чугуеве пострадала 57-летняя женщина.",
     "2025-06-02", {"injured": 2}),
    # the hospitalised, and a plural noun with ages opening the clause
    ("Після удару по Куп'янську протягом доби госпіталізували 4 осіб.", "2025-06-02",
     {"injured": 4}),
    ("Снаряд попал в Никополь. Мужчины 51 и 48 лет в результате обстрела получили контузии.",
     "2025-06-02", {"injured": 2}),
    # an Air Force count with the model between ("знищили 40 дронів «шахед» з 52"), "of them
    # ... managed to down", drones lost track of (no launch count), "one of the buildings"
    ("Уночі сили оборони знищили 40 дронів «шахед» з 52, які росіяни запустили по Україні. Ще "
     "9 дронів-імітаторів було локаційно втрачено.", "2025-06-02",
     {"drones": 52, "drones_downed": 40}),
    ("Уночі росіяни випустили по Україні 20 безпілотників. 15 з них вдалося збити.",
     "2025-06-02", {"drones": 20, "drones_downed": 15}),
    ("Ворог вдарив ракетою по Запоріжжю, постраждав один з об'єктів інфраструктури.",
     "2025-06-02", {}),
    ("Силы обороны уничтожили 40 дронов «шахед» из 52, которые россияне запустили по "
     "Украине. Еще 9 дронов-имитаторов были локационно потеряны.", "2025-06-02",
     {"drones": 52, "drones_downed": 40}),
    ("Россияне ударили ракетой по Запорожью, пострадал один из объектов инфраструктуры.",
     "2025-06-02", {}),
    # drones shot down over Russia's regions: no figures of a strike on Ukraine
    ("За ночь над Брянской и Курской областями сбили 12 беспилотников, над Краснодарским "
     "краем – еще пять.", "2025-06-02", {}),
    # a larger attack of an earlier night recalled, and its figures in the next sentence
    ("Ночью враг атаковал Украину 50 ударными БпЛА, сбиты 40. Самую масштабную атаку на "
     "Киев оккупанты совершили в ночь на 20 мая. Тогда они применили 300 ударных БпЛА.",
     "2025-06-02", {"drones": 50, "drones_downed": 40}),
]


def _figures(text: str, published: str) -> dict[str, int]:
    events = extract_text(text, published=published).events
    out = {f: sum(getattr(e, f) or 0 for e in events) for f in SUMMED}
    out.update({f: max((getattr(e, f) or 0 for e in events), default=0) for f in LARGEST})
    return {f: v for f, v in out.items() if v}


@pytest.mark.parametrize(("text", "published", "expected"), CASES,
                         ids=[t[:40] for t, _p, _e in CASES])
def test_report_gives_its_figures(text: str, published: str, expected: dict[str, int]) -> None:
    assert _figures(text, published) == expected


@pytest.mark.parametrize(("text", "field"), [
    ("Окупанти обстріляли с. Колодязне Куп'янського району. Загинула 70-річна жінка.", "killed"),
    ("Россияне обстреляли Ковшаровку Купянского района. Ранен 50-летний мужчина.", "injured"),
])
def test_district_after_a_settlement_is_no_second_place(text: str, field: str) -> None:
    """"с. Колодязне Куп'янського району": the village is struck, its district only locates
    it; the toll of the next sentence goes to the village (one struck place, not two)."""
    ex = extract_text(text, published="2025-06-02")
    assert [(e.place_kind, getattr(e, field)) for e in ex.events] == [("settlement", 1)]
    assert [m.role for m in ex.mentions if m.kind == "settlement"] == ["strike", "other"]
