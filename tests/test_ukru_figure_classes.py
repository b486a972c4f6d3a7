"""Ukrainian and Russian figure classes (issue 11): counts written as nouns ("десяток",
"два десятки", "близько сотні"), more verbs of shooting down ("ліквідувала", "ликвидировало"),
and report-level casualty classes. Our own sentences, one or more per class."""

from __future__ import annotations

import pytest

from extract.figures import sentence_figures
from extract.pipeline import extract_text
from extract.rules.number_words import parse_number
from extract.rules.rulesets import ruleset

SUMMED = ("killed", "injured")
LARGEST = ("drones", "drones_downed", "missiles", "missiles_downed")


def _figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in sentence_figures(sentence, rules=ruleset(lang))]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("десяток", "uk", 10), ("два десятки", "uk", 20), ("три сотні", "uk", 300),
    ("десятка", "ru", 10), ("два десятка", "ru", 20), ("пять десятков", "ru", 50),
    ("две сотни", "ru", 200), ("сотню", "uk", 100), ("півтора десятка", "uk", 15),
    ("полторы сотни", "ru", 150), ("півсотні", "uk", 50), ("дюжину", "ru", 12),
], ids=lambda v: str(v))
def test_tens_and_hundreds_as_nouns(text: str, lang: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a ten as a noun, alone or after a count
    ("Вночі окупанти спрямували на Ізмаїл понад десяток ударних БпЛА.", "uk",
     [("drones", 10)]),
    ("Противник атакував Полтавщину двома десятками дронів-камікадзе.", "uk",
     [("drones", 20)]),
    ("Ночью по Николаеву враг запустил около десятка беспилотников.", "ru", [("drones", 10)]),
    ("Армия РФ выпустила по Сумщине два десятка ударных дронов.", "ru", [("drones", 20)]),
    # a hundred in the genitive after the word governing it; the plural is no count
    ("Росія запустила по Україні близько сотні шахедів.", "uk", [("drones", 100)]),
    ("Россия направила на Украину более сотни дронов.", "ru", [("drones", 100)]),
    ("Щоночі ворог запускає сотні дронів.", "uk", []),
    ("Уночі по Харківщині ворог випустив понад півсотні шахедів.", "uk", [("drones", 50)]),
    ("Ночью по Одесщине армия РФ выпустила полтора десятка дронов.", "ru", [("drones", 15)]),
    ("Повітряна тривога тривала півтора години.", "uk", []),
    ("Россия каждую ночь применяет десятки беспилотников.", "ru", []),
    # "liquidated" shoots down, with up to five words before the count
    ("Вночі ППО ліквідувала над Черкащиною дев'ять ворожих БпЛА.", "uk",
     [("drones_downed", 9)]),
    ("ПВО ликвидировало в воздушном пространстве вокруг Днепра около десятка дронов.", "ru",
     [("drones_downed", 10)]),
])
def test_counts_in_words_of_weapons(sentence: str, lang: str,
                                    want: list[tuple[str, int]]) -> None:
    assert _figures(sentence, lang) == want


def _report_figures(text: str, published: str) -> dict[str, int]:
    events = extract_text(text, published=published).events
    out: dict[str, int] = {}
    for f in SUMMED:
        total = sum(getattr(e, f) or 0 for e in events)
        if total:
            out[f] = total
    for f in LARGEST:
        top = max((getattr(e, f) or 0 for e in events), default=0)
        if top:
            out[f] = top
    return out


REPORTS: list[tuple[str, str, dict[str, int]]] = [
    # an injured verb in the reflexive
    ("Уночі росіяни атакували Нікополь дронами. Травмувався 52-річний чоловік.", "2025-07-02",
     {"injured": 1}),
    ("Днем оккупанты обстреляли Херсон из артиллерии. Травмировалась пожилая женщина.",
     "2025-07-02", {"injured": 1}),
    # one of the injured died later: killed, no longer injured, even told for no place
    ("Уночі дрон атакував Павлоград. Поранено трьох людей, їх госпіталізували.\nМедики "
     "боролися за життя постраждалих. Уже вдень стало відомо, що одна з поранених померла в "
     "лікарні.", "2025-07-02", {"killed": 1, "injured": 2}),
    ("Утром ракета попала в предприятие в Запорожье. Ранены четыре человека.\nРанее "
     "пострадавших доставили в больницу. Позже один из раненых скончался.", "2025-07-02",
     {"killed": 1, "injured": 3}),
    # a heading that tells the report's toll for no place, then some of the places its parts
    # are in: the heading's total stands, the places keep their parts
    ("Загинула жінка, шестеро поранених: наслідки нічної атаки\nУночі росіяни "
     "обстріляли Херсонщину. У Херсоні поранені двоє людей. У Білозерці загинула 70-річна "
     "жінка, ще двоє поранені.", "2025-07-02", {"killed": 1, "injured": 6}),
    ("Погибла женщина, семеро раненых: итоги ночной атаки\nЗа сутки россияне "
     "обстреляли Харьковщину. В Купянске ранены двое мирных жителей. В Изюме погибла "
     "70-летняя женщина, еще трое ранены.", "2025-07-02", {"killed": 1, "injured": 7}),
    # a city's residential district is no raion: its toll is the city's, not a total
    ("Вечером россияне ударили по спальному району Днепра.\nВ результате удара по спальному "
     "району погибли двое, ранены пятеро.\nРакета попала во двор.\nМэр добавил, что трое "
     "пострадавших доставлены в больницу.", "2025-07-02", {"killed": 2, "injured": 5}),
    # those helped on the spot are injured, beside those taken to hospital, in one sentence
    # or the next; within a total told first they add nothing
    ("Уночі дрон влучив у багатоповерхівку в Сумах. Двох людей госпіталізували, ще одній "
     "жінці медики надали допомогу на місці.", "2025-07-02", {"injured": 3}),
    ("Вечером дрон ударил по дому в Харькове. По данным медиков, госпитализировали трех "
     "человек.\nЕще одной женщине с ушибом руки оказали помощь на месте.", "2025-07-02",
     {"injured": 4}),
    ("Вечером дрон ударил по дому в Харькове. Ранены пять человек, двоих госпитализировали. "
     "Еще троим оказали помощь на месте.", "2025-07-02", {"injured": 5}),
    ("Зранку ракета влучила в підприємство в Черкасах. Кількість постраждалих зросла до "
     "трьох: одну жінку госпіталізували, двом надали допомогу на місці.", "2025-07-02",
     {"injured": 3}),
    ("Днем FPV-дрон атаковал автобус в Никополе. Двоим пассажирам оказали помощь на месте.",
     "2025-07-02", {"injured": 2}),
    # deaths told first, then withdrawn as unconfirmed: no deaths; the injured stand
    ("Удар по Ізюму: є загиблі\nУдень російська ракета влучила в Ізюм. Попередньо, загинули "
     "двоє людей, ще четверо поранені. Згодом голова громади уточнив, що інформація про "
     "загиблих не підтвердилася.", "2025-07-02", {"injured": 4}),
    ("Днем ракета попала в рынок в Купянске. По предварительным данным, погиб один человек, "
     "ранены трое. Позже сообщили, что информация о погибшем не подтвердилась.", "2025-07-02",
     {"injured": 3}),
    # people named one by one for several places in one sentence: each place its own; a
    # count before them that they break down is not added to them
    ("Удень росіяни обстріляли Харківщину. Постраждали троє людей – у Балаклії поранені "
     "45-річна і 50-річна жінки, у селищі Савинці постраждав 60-річний чоловік.",
     "2025-07-02", {"injured": 3}),
    ("Днем россияне обстреляли Харьковщину. В Изюме ранены 30-летняя и 41-летняя женщины и "
     "50-летний и 52-летний мужчины; в пос. Балаклея пострадал 70-летний мужчина.",
     "2025-07-02", {"injured": 5}),
    # a toll told for a city and its region at once, then place by place
    ("Пятеро людей пострадали в Сумах и области\nДнем российские дроны атаковали Сумщину. "
     "«В Сумах пострадал 24-летний мужчина; в г. Ахтырка пострадали 60-летний мужчина и "
     "58-летняя женщина; в пос. Краснополье пострадали двое мужчин», – сообщил глава ОВА.",
     "2025-07-02", {"injured": 5}),
    # "the day before" opening a sentence in a report on today's strike: an earlier attack
    ("Уночі 5 червня дрони атакували Одесу, поранено двох людей. Напередодні внаслідок удару "
     "по Одесі загинули троє людей.", "2025-06-05", {"injured": 2}),
    ("Ночью 5 июня дроны атаковали Одессу, ранены двое. Накануне в результате удара по Одессе "
     "погибли три человека.", "2025-06-05", {"injured": 2}),
    ("Удень дрон атакував автобус у Білопіллі: загинув чоловік, поранені троє. Пізніше "
     "прокуратура спростувала повідомлення про загибель чоловіка.",
     "2025-07-02", {"injured": 3}),
    # a count in words before a colon is no time of day
    ("Утром дрон атаковал жилой дом в Сумах. Позже число пострадавших возросло до четырех: "
     "двоих госпитализировали.", "2025-07-02", {"injured": 4}),
]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS,
                         ids=[f"report-{i}" for i in range(len(REPORTS))])
def test_report_figures(text: str, published: str, want: dict[str, int]) -> None:
    assert _report_figures(text, published) == want


def test_a_residential_district_is_the_citys() -> None:
    """"Удар по спальному району" names no raion: the toll is the city's, not a total told for
    no place (which would stand beside the city's own figures)."""
    text = ("Вечером россияне ударили по спальному району Днепра.\nВ результате удара по "
            "спальному району погибли двое, ранены пятеро.")
    events = extract_text(text, published="2025-07-02").events
    assert [(e.place, e.killed, e.injured) for e in events] == [("Dnipro", 2, 5)]


def test_people_named_one_by_one_stay_with_their_places() -> None:
    """Ages listed for two places in one sentence: each place keeps its own people."""
    text = ("Удень росіяни обстріляли Харківщину. У Балаклії поранені 45-річна і 50-річна "
            "жінки, у селищі Савинці постраждав 60-річний чоловік.")
    events = extract_text(text, published="2025-07-02").events
    assert {e.place: e.injured for e in events if e.injured} == {"Balakliia": 2, "Savyntsi": 1}
