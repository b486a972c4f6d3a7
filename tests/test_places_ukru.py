"""Ukrainian and Russian place names in their grammatical forms (data/name_forms.py builds them
into data/ua_places.json with pymorphy3; the matcher looks them up like any other name).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.places import default_matcher


def _found(text: str) -> list[tuple[str, str, str | None]]:
    m = default_matcher()
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso) for f in m.find(text)]


FORMS = [
    # settlements, Ukrainian, in every case
    ("Вибух пролунав у Харкові.", "Харкові", "Kharkiv", "UA-63"),
    ("Дрон летів до Харкова.", "Харкова", "Kharkiv", "UA-63"),
    ("Ворог ударив по Харкову вночі.", "Харкову", "Kharkiv", "UA-63"),
    ("Над Харковом збили ракету.", "Харковом", "Kharkiv", "UA-63"),
    ("Росіяни атакували Харків.", "Харків", "Kharkiv", "UA-63"),
    ("Удар по Запоріжжю зранку.", "Запоріжжю", "Zaporizhzhia", "UA-23"),
    ("Вибухи в Запоріжжі.", "Запоріжжі", "Zaporizhzhia", "UA-23"),
    ("Сирени у Сумах не вщухали.", "Сумах", "Sumy", "UA-59"),
    ("Обстріл Сум триває.", "Сум", "Sumy", "UA-59"),
    ("Атака на Горішні Плавні.", "Горішні Плавні", "Horishni Plavni", "UA-53"),
    ("Пожежа в Горішніх Плавнях.", "Горішніх Плавнях", "Horishni Plavni", "UA-53"),
    ("Ракета влучила в Кривому Розі.", "Кривому Розі", "Kryvyi Rih", "UA-12"),
    ("Обстріляли околиці Кривого Рогу.", "Кривого Рогу", "Kryvyi Rih", "UA-12"),
    ("Дрони над Києвом.", "Києвом", "Kyiv", "UA-30"),
    ("Удар по Одесі вночі.", "Одесі", "Odesa", "UA-51"),
    ("Пошкоджено будинок у Куп’янську.", "Куп’янську", "Kupiansk", "UA-63"),
    ("Вибухи у Дніпрі.", "Дніпрі", "Dnipro", "UA-12"),
    # settlements, Russian
    ("Взрывы в Днепре.", "Днепре", "Dnipro", "UA-12"),
    ("Дроны атаковали Днепр.", "Днепр", "Dnipro", "UA-12"),
    ("Удар по Запорожью ночью.", "Запорожью", "Zaporizhzhia", "UA-23"),
    ("Обстрел Харькова продолжается.", "Харькова", "Kharkiv", "UA-63"),
    ("Взрывы в Харькове.", "Харькове", "Kharkiv", "UA-63"),
    ("Пожар в Сумах.", "Сумах", "Sumy", "UA-59"),
    ("Ракеты над Киевом.", "Киевом", "Kyiv", "UA-30"),
    ("Взрывы в Одессе.", "Одессе", "Odesa", "UA-51"),
    # old names, both scripts
    ("Удар по Днепропетровску.", "Днепропетровску", "Dnipro", "UA-12"),
    ("Прилёт в Днепропетровске.", "Днепропетровске", "Dnipro", "UA-12"),
    ("Вибух у Кропивницькому.", "Кропивницькому", "Kropyvnytskyi", "UA-35"),
    ("Взрыв в Кировограде.", "Кировограде", "Kropyvnytskyi", "UA-35"),
    ("Вибух в Артемівську.", "Артемівську", "Bakhmut", "UA-14"),
    ("Обстріл Бахмута.", "Бахмута", "Bakhmut", "UA-14"),
    # units: -щина names, adjectives, with and without область
    ("Атака на Харківщину.", "Харківщину", "Kharkiv", "UA-63"),
    ("Вибухи на Харківщині.", "Харківщині", "Kharkiv", "UA-63"),
    ("Загроза для Київщини.", "Київщини", "Kyiv", "UA-32"),
    ("Дніпропетровщина під ударом.", "Дніпропетровщина", "Dnipropetrovsk", "UA-12"),
    ("Удари по Харківській області.", "Харківській області", "Kharkiv", "UA-63"),
    ("Сили ППО Харківської області.", "Харківської області", "Kharkiv", "UA-63"),
    ("Сумська область під обстрілом.", "Сумська область", "Sumy", "UA-59"),
    ("Обстріл Сумської обл. вночі.", "Сумської обл.", "Sumy", "UA-59"),
    ("Тривога в Одеській області.", "Одеській області", "Odesa", "UA-51"),
    ("Сумская область под обстрелом.", "Сумская область", "Sumy", "UA-59"),
    ("Взрывы в Харьковской области.", "Харьковской области", "Kharkiv", "UA-63"),
    ("Дроны над Киевщиной.", "Киевщиной", "Kyiv", "UA-32"),
    ("Взрывы в Крыму.", "Крыму", "Crimea", "UA-43"),
    ("Вибухи в Криму.", "Криму", "Crimea", "UA-43"),
    # raions and hromadas named after their town count as the town
    ("Обстріляли Нікопольський район.", "Нікопольський", "Nikopol", "UA-12"),
    ("Удари по Нікопольському району.", "Нікопольському", "Nikopol", "UA-12"),
    ("Обстріл Синельниківського району.", "Синельниківського", "Synelnykove", "UA-12"),
    ("Пожежа на Синельниківщині.", "Синельниківщині", "Synelnykove", "UA-12"),
    ("Марганецька громада під обстрілом.", "Марганецька", "Marhanets", "UA-12"),
    ("Удар по Марганецькій громаді.", "Марганецькій", "Marhanets", "UA-12"),
    ("Обстрел Никопольского района.", "Никопольского", "Nikopol", "UA-12"),
    ("Начальник Київської міської військової адміністрації.", "Київської міської", "Kyiv",
     "UA-30"),
]


@pytest.mark.parametrize(("text", "written", "name", "iso"), FORMS,
                         ids=[f[1] for f in FORMS])
def test_inflected_form_is_the_place(text: str, written: str, name: str, iso: str) -> None:
    assert (written, name, iso) in _found(text)


def test_adjective_list_names_every_unit() -> None:
    text = "Під ударом були Сумська, Чернігівська і Харківська області."
    got = [(w, iso) for w, _n, iso in _found(text)]
    assert got == [("Сумська", "UA-59"), ("Чернігівська", "UA-74"),
                   ("Харківська області", "UA-63")]
    text = "Тривога в Київській, Житомирській областях."
    assert [iso for _w, _n, iso in _found(text)] == ["UA-32", "UA-18"]


def test_unit_with_its_noun_is_one_mention() -> None:
    for phrase in ("Харківська область", "Харківська області", "Харківській областях"):
        text = f"Удари: {phrase} під обстрілом."
        assert [w for w, _n, _i in _found(text)] == [phrase]


def test_own_name_before_an_old_name_of_another_place() -> None:
    # Олександрівка is an old name of Donetsk, and the own name of many villages
    assert all(name == "Oleksandrivka" for _w, name, _i in _found("Обстріл Олександрівки."))


def test_issue_example_names_zaporizhzhia() -> None:
    doc = extract_text("Унаслідок удару дронів по Запоріжжю загинули троє людей, ще семеро "
                       "поранені.")
    mentions = doc.mentions if hasattr(doc, "mentions") else doc["mentions"]
    names = [(m.name, m.oblast_iso) if hasattr(m, "name") else (m["name"], m["oblast_iso"])
             for m in mentions]
    assert ("Zaporizhzhia", "UA-23") in names


def test_english_text_is_untouched() -> None:
    assert [n for _w, n, _i in _found("Russian drones hit Kharkiv and Sumy overnight.")] == [
        "Kharkiv", "Sumy"]


# -- which namesake: the oblast the report names (issue 11; issue 12 for English) -------------

def test_oblast_of_the_report_settles_a_listed_village_uk() -> None:
    # Sofiivka, Tokarivka and Poniativka exist in cities500 only outside Kherson oblast: in a
    # list of Kherson oblast's villages they are Kherson oblast's own (placed at the unit)
    text = ("Ворог обстрілював Херсонщину.\n\nПід обстрілами були Білозерка, Станіслав, Кізомис, "
            "Софіївка, Понятівка, Токарівка, Берислав та місто Херсон.")
    got = {name: iso for _s, name, iso in _found(text)}
    assert got["Sofiivka"] == got["Tokarivka"] == got["Poniativka"] == "UA-65"
    assert got["Beryslav"] == "UA-65"


def test_a_line_about_the_reports_oblast_settles_a_village_named_elsewhere() -> None:
    # Chernihivka and Bokove exist in cities500 only in Zaporizhzhia and Odesa oblasts; a line
    # of a Donetsk administration's post whose other places are Donetsk oblast's names its own
    text = ("Голова Донецької ОВА повідомив про наслідки обстрілів.\n"
            "У Дружківці й Чернігівці загинули двоє людей, поранено жителів Мирнограда.\n"
            "У Боковому, Покровську та Мирнограді пошкоджено будинки.")
    got = {(w, iso) for w, _name, iso in _found(text)}
    assert {("Чернігівці", "UA-14"), ("Боковому", "UA-14")} <= got
    # ... but not where the line's places lie elsewhere
    text = ("Голова Донецької ОВА повідомив про обстріли.\n"
            "У Запоріжжі та Чернігівці пошкоджено будинки.")
    assert ("Чернігівці", "UA-23") in {(w, iso) for w, _name, iso in _found(text)}


def test_oblast_named_in_the_paragraph_settles_a_namesake_ru() -> None:
    text = "В Днепропетровской области под удар попало село Софиевка, повреждены дома."
    assert ("Софиевка", "Sofiivka", "UA-12") in _found(text)
    text = "В Донецкой области под удар попало село Софиевка, повреждены дома."
    assert ("Софиевка", "Sofiivka", "UA-14") in _found(text)


def test_oblast_named_earlier_in_the_paragraph_settles_a_namesake_en() -> None:
    text = ("Russian forces shelled the Zaporizhzhia region overnight. A house burned down in "
            "Sofiivka, officials said.")
    assert ("Sofiivka", "Sofiivka", "UA-23") in [(n, p, i) for n, p, i in _found(text)]
    text = ("Russian forces shelled the Mykolaiv region overnight. A house burned down in "
            "Sofiivka, officials said.")
    assert ("Sofiivka", "Sofiivka", "UA-48") in _found(text)


def test_a_town_of_the_same_sentence_outweighs_an_oblast_of_the_next() -> None:
    # Ivanivka beside Nizhyn (Chernihiv oblast) stays there though the next sentence is on Sumy
    text = ("A man was killed in Ivanivka, and two people were injured in Nizhyn. In the Sumy "
            "region, a drone hit Romny.")
    assert ("Ivanivka", "Ivanivka", "UA-74") in _found(text)


def test_an_unnamed_citys_district_is_no_namesake() -> None:
    # Petrivka is also a district of Kramatorsk in GeoNames: not while Kramatorsk is unnamed
    got = _found("На Харківщині дрон влучив у село Петрівка, пошкоджено будинок.")
    assert [(n, i) for _s, n, i in got if _s == "Петрівка"] != [("Kramatorsk", "UA-14")]


# -- raions and hromadas --------------------------------------------------------------------

def test_hromada_adjective_equal_to_a_towns_genitive() -> None:
    # Покровська is Pokrovsk's genitive, and the hromada of Pokrovske (Dnipropetrovsk oblast)
    text = ("Дніпропетровська ОВА повідомила: під ударом були Межівська та Покровська громади "
            "Синельниківського району.")
    got = {s: (n, i) for s, n, i in _found(text)}
    assert got["Покровська"][1] == "UA-12"  # Pokrovske or Pokrov (both have such a hromada)
    assert got["Межівська"] == ("Mezhova", "UA-12")


def test_raion_adjective_is_a_town_not_a_far_citys_district() -> None:
    # Bohodukhivskyi is also a district of Donetsk in GeoNames; Donetsk is not named here
    got = {s: (n, i) for s, n, i in _found("У Богодухівському районі пошкоджено будинки.")}
    assert got["Богодухівському"] == ("Bohodukhiv", "UA-63")


def test_city_district_read_as_raion_is_the_city_ru() -> None:
    text = ("Мэр Киева сообщил о последствиях атаки на город. В Днепровском районе упали "
            "обломки ракеты, в Подольском районе повреждена крыша.")
    got = {s: (n, i) for s, n, i in _found(text)}
    assert got["Днепровском"] == ("Kyiv", "UA-30")
    assert got["Подольском"] == ("Kyiv", "UA-30")


def test_city_district_named_before_its_city_uk() -> None:
    text = "Дрони атакували Шевченківський і Холодногірський райони Харкова."
    got = {s: (n, i) for s, n, i in _found(text)}
    assert got.get("Шевченківський", ("Kharkiv", "UA-63")) == ("Kharkiv", "UA-63")


# -- outlets named after towns ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Про це пише Рівне Онлайн, посилаючись на мера.",
    "Як повідомляє Суспільне Харків, вибухів не було.",
    "Об этом сообщает Одесса Медиа.",
])
def test_an_outlet_named_after_a_town_is_no_place(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Безпілотник ворог спрямував на громаду Криворізького району.", "Криворізького",
     "Kryvyi Rih"),
    ("В пос. Прудянка Дергачевской громады пострадал мужчина.", "Дергачевской", "Derhachi"),
    ("В поселке Прудянка Дергачевской громады пострадал мужчина.", "Прудянка", "Prudianka"),
    ("Ворог атакував Дергачівську громаду.", "Дергачівську", "Derhachi"),
    ("Обстріляли Куцурубську громаду на Миколаївщині.", "Куцурубську", "Kutsurub"),
])
def test_irregular_and_village_hromada_adjectives(text: str, mention: str, name: str) -> None:
    assert name in [n for s, n, _i in _found(text) if s == mention]


# Written for these tests: raions and hromadas whose official adjective (the codifier KATOTTG)
# no ending rule derives from the town (Буча -> Бучанський, not Буцький), in both languages.
@pytest.mark.parametrize(("text", "mention", "name", "iso"), [
    ("Вночі дрони атакували Бучанський район.", "Бучанський", "Bucha", "UA-32"),
    ("У Бучанському районі пошкоджено два приватні будинки.", "Бучанському", "Bucha",
     "UA-32"),
    ("Обломки дрона упали на территории Бучанского района.", "Бучанского", "Bucha", "UA-32"),
    ("В Бучанском районе ночью работала ПВО.", "Бучанском", "Bucha", "UA-32"),
    ("На Бучанщині вночі лунали вибухи.", "Бучанщині", "Bucha", "UA-32"),
    ("Уламки ракети впали в Шосткинському районі.", "Шосткинському", "Shostka", "UA-59"),
    ("В Шосткинском районе повреждена линия электропередачи.", "Шосткинском", "Shostka",
     "UA-59"),
    ("Дрон влучив у господарську будівлю в Сарненському районі.", "Сарненському", "Sarny",
     "UA-56"),
    ("Ворог ударив по Надвірнянському району вдень.", "Надвірнянському", "Nadvirna", "UA-26"),
    ("В Раздельнянском районе после атаки загорелась трава.", "Раздельнянском", "Rozdilna",
     "UA-51"),
    ("Обстріл Золотоніського району тривав годину.", "Золотоніського", "Zolotonosha",
     "UA-71"),
    ("В Золотоношском районе сбили беспилотник.", "Золотоношском", "Zolotonosha", "UA-71"),
    ("Ворог атакував Коломийський район ракетами.", "Коломийський", "Kolomyia", "UA-26"),
    ("Дубенський район знову під атакою дронів.", "Дубенський", "Dubno", "UA-56"),
    ("В Дубенском районе сработала противовоздушная оборона.", "Дубенском", "Dubno",
     "UA-56"),
])
def test_official_raion_adjectives_the_rules_miss(text: str, mention: str, name: str,
                                                  iso: str) -> None:
    assert (mention, name, iso) in _found(text)


def test_bucha_raion_is_placed_in_kyiv_oblast() -> None:
    got = extract_text("Уночі безпілотник влучив у склад у Бучанському районі.").mentions
    assert [(m.to_dict()["name"], m.to_dict()["oblast_iso"]) for m in got] == [
        ("Bucha", "UA-32")]


# Written for these tests: the Russian locative of a name spelt alike in both languages, and
# the raion adjective of a plural-named town (its genitive plural, checked by the dictionary).
@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Вчера в Херсоне погибли двое мирных жителей.", "Херсоне", "Kherson"),
    ("Ночью над Херсоном работала ПВО.", "Херсоном", "Kherson"),
    ("Утром в Полтаве прогремели взрывы.", "Полтаве", "Poltava"),
    ("У Пологівському районі загинув чоловік.", "Пологівському", "Polohy"),
    ("Ворог обстріляв Роменську громаду.", "Роменську", "Romny"),
    ("Дрон упав у Лубенському районі.", "Лубенському", "Lubny"),
    ("Уламки впали на території Прилуцької громади.", "Прилуцької", "Pryluky"),
    ("В Пологовском районе ранен мужчина.", "Пологовском", "Polohy"),
    ("В Роменском районе повреждена школа.", "Роменском", "Romny"),
    ("В Купьянске поврежден дом.", "Купьянске", "Kupiansk"),
    ("Обстрел Торецка продолжается.", "Торецка", "Toretsk"),
])
def test_russian_locatives_and_plural_towns_raions(text: str, mention: str, name: str) -> None:
    assert name in [n for s, n, _i in _found(text) if s == mention]


def test_plural_town_raion_adjective_from_its_genitive() -> None:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
    import name_forms  # build-time module (pymorphy3, in the test extra)
    assert "Пологівський" in name_forms.raion_adjectives("Пологи", "uk")
    assert name_forms.raion_adjectives("Ромни", "uk") == ["Роменський"]
    assert name_forms.raion_adjectives("Лубни", "uk") == ["Лубенський"]
    assert "Черкаський" in name_forms.raion_adjectives("Черкаси", "uk")
    assert name_forms.raion_adjectives("Умань", "uk") == ["Уманський"]
    assert name_forms.raion_adjectives("Нікополь", "uk") == ["Нікопольський"]
    assert name_forms.raion_adjectives("Бахмач", "uk") == ["Бахмацький"]
    assert name_forms.raion_adjectives("Ромны", "ru") == ["Роменский"]
    assert name_forms.raion_adjectives("Іллінці", "uk") == ["Іллінецький"]
    assert name_forms.raion_adjectives("Оршівці", "uk") == ["Оршівецький"]
    assert name_forms.languages("Купьянск") == ("ru",)
    assert name_forms.languages("Херсон") == ("uk", "ru")


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Юнаківська громада зазнала обстрілу, поранено двох людей.", "Юнаківська", "Yunakivka"),
    ("У Юнаківській громаді пошкоджено лінію електропередачі.", "Юнаківській", "Yunakivka"),
])
def test_small_villages_hromada_adjective(text: str, mention: str, name: str) -> None:
    assert name in [n for s, n, _i in _found(text) if s == mention]


@pytest.mark.parametrize("text", [
    "Український військовий отримав поранення.",
    "Центральна частина країни без світла.",
    "Морська піхота утримує позиції.",
])
def test_everyday_adjective_is_no_raion(text: str) -> None:
    # Український, Центральний, Морський are words first, not the raions of Українськ,
    # Центральне, Морське (wordfreq at build time)
    assert _found(text) == []


# -- namesakes told apart by the report's language and by everyday words (issue 11) -----------

@pytest.mark.parametrize(("text", "mention", "name", "iso"), [
    # a Russian case form of a city that is a village's Ukrainian name: the city in Russian text
    ("Во Львове прогремели взрывы, повреждены дома.", "Львове", "Lviv", "UA-46"),
    ("У Львове на Херсонщині пошкоджено будинок.", "Львове", "Lvove", "UA-65"),
    # a town's Russian name one consonant off its Ukrainian one is its own name, in every case
    ("В Константиновке в результате обстрела погиб мужчина.", "Константиновке",
     "Kostiantynivka", "UA-14"),
    ("Обстрел Волчанска: ранен мужчина.", "Волчанска", "Vovchansk", "UA-63"),
])
def test_language_of_the_report_tells_a_namesake(text: str, mention: str, name: str,
                                                 iso: str) -> None:
    assert (mention, name, iso) in _found(text)


@pytest.mark.parametrize("text", [
    "Українська армія відбила атаку. Українська ППО працювала всю ніч.",
    "Мене розбудили вибухи, добре, що ніхто не постраждав.",
    "Чому ворог б'є по енергетиці?",
])
def test_everyday_word_is_no_place_without_context(text: str) -> None:
    # Українська is also the genitive of Ukrainsk, Мене of Mena, Чому a village's name
    assert _found(text) == []


def test_everyday_word_is_a_place_in_context() -> None:
    got = _found("Дрон влучив у будинок в Українську, пошкоджено авто.")
    assert ("Українську", "Ukrainsk", "UA-14") in got


def test_raion_adjective_that_is_a_villages_name_before_raion_is_the_towns() -> None:
    # Лозівський is also the name of villages in Luhansk and Donetsk oblasts; before "район"
    # it is Lozova's raion, in Kharkiv oblast
    assert ("Лозівський", "Lozova", "UA-63") in _found("Ворог атакував Лозівський район.")
    assert ("Лозівський", "Lozivskyi", "UA-09") in _found("Обстріляли село Лозівський на "
                                                          "Луганщині.")


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a district named like Kyiv's, with the city it belongs to right after it
    ("Росіяни обстріляли Дніпровський район Херсона.", "Дніпровський район", "Kherson"),
    # a raion adjective that is also a city district's name elsewhere (Donetsk's)
    ("Окупанти обстрілювали Ізюмський та Богодухівський райони.", "Богодухівський",
     "Bohodukhiv"),
])
def test_district_names_shared_with_other_cities(text: str, mention: str, name: str) -> None:
    assert mention in {w: n for w, n, _iso in _found(text) if n == name}


@pytest.mark.parametrize("text", [
    "В Воронежской области силы ПВО сбили шесть беспилотников.",
    "Дроны сбили над Брянской и Курской областями, а также над Краснодарским краем.",
    "По одному беспилотнику сбили над Саратовской и Орловской областями.",
    "Ракети запустили з акваторії Азовського моря.",
])
def test_russian_regions_and_seas_are_no_ukrainian_raions(text: str) -> None:
    # Воронежской, Брянской, Орловской, Азовського are also forms of Ukrainian villages' names
    assert [(w, n) for w, n, iso in _found(text) if iso not in ("UA-43", "UA-40")] == []


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a hromada after an unknown village's capitalised name is no person's surname
    ("Росіяни обстріляли село Щурове Лиманської громади.", "Лиманської", "Lyman"),
    ("У Часовоярській громаді пошкоджено 12 будинків.", "Часовоярській", "Chasiv Yar"),
    # a front's direction is named after a town: the town, not a namesake village
    ("На Лисичанському напрямку ворог атакував наші позиції.", "Лисичанському", "Lysychansk"),
])
def test_hromada_and_direction_adjectives(text: str, mention: str, name: str) -> None:
    assert (mention, name) in [(w, n) for w, n, _iso in _found(text)]


def test_a_direction_is_no_place_struck() -> None:
    ex = extract_text("На Лисичанському напрямку росіяни обстріляли Сіверськ, поранено двох "
                      "людей.", published="2025-06-02")
    struck = {m.name for m in ex.mentions if m.role == "strike"}
    assert "Lysychansk" not in struck and "Siversk" in struck


def test_a_village_named_twice_is_one_place() -> None:
    # the first Боковому is placed in Donetsk oblast by its line; the second, whose line names
    # one Donetsk place only, follows it rather than going to the Odesa oblast namesake
    text = ("Голова Донецької ОВА повідомив про обстріли.\n"
            "Пошкоджено будинки у Покровську, Мирнограді та Боковому.\n"
            "У Боковому Покровської громади загинула людина.")
    assert [iso for w, _n, iso in _found(text) if w == "Боковому"] == ["UA-14", "UA-14"]
