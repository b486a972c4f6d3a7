"""Ukrainian and Russian tolls, places and struck oblasts (issue 12, session 20, ukru20): the
classes last session's blind uk/ru pages told in shapes the extractor missed, each with
sentences of our own, end to end (extract_text: struck oblasts and figures summed over a
report's events, as scored)."""

from __future__ import annotations

from extract_support import oblast_of, struck, total

# --- people who sought medical care: hurt, with the help or the place told first or after -----


def test_people_who_sought_care_are_injured_uk() -> None:
    assert total("Після обстрілу Сум по допомогу медиків звернувся 58-річний сусід.",
                 "injured") == 1
    assert total("Після атаки дрона на Суми до медзакладу звернулися троє людей.",
                 "injured") == 3
    assert total("Після атаки дрона на Суми двоє людей звернулися до лікарні.", "injured") == 2
    assert total("Після удару по Ізюму жінка звернулася до медиків.", "injured") == 1
    # other help sought is no injury
    assert total("Після обстрілу Сум чоловік звернувся до поліції.", "injured") == 0


def test_people_who_sought_care_are_injured_ru() -> None:
    assert total("После обстрела Сум за медицинской помощью обратился 46-летний мужчина.",
                 "injured") == 1
    assert total("После атаки дрона на Сумы двое людей обратились в больницу.", "injured") == 2
    assert total("После удара по Изюму женщина обратилась к медикам.", "injured") == 1
    assert total("После обстрела Сум мужчина обратился в полицию.", "injured") == 0


# --- people under treatment, with no word of injury -------------------------------------------


def test_people_under_treatment_are_injured() -> None:
    assert total("Після атаки на Херсон жінка і чоловік лікуються амбулаторно.", "injured") == 2
    assert total("Внаслідок удару по Одесі троє людей проходять лікування.", "injured") == 3
    assert total("После атаки на Херсон женщина и мужчина лечатся амбулаторно.", "injured") == 2
    assert total("В результате удара по Одессе женщина лечится амбулаторно.", "injured") == 1


# --- two raion adjectives are no two districts of one city ------------------------------------


def test_raion_adjectives_of_an_oblast_do_not_vouch_for_a_city_of_their_namesake() -> None:
    # Bohodukhivskyi and Lozivskyi are also names of Donetsk's districts: together they named
    # Donetsk, though Donetsk was never named
    text = ("У Богодухівському районі пошкоджено будинки. У Лозівському районі від обстрілу "
            "постраждали дві оселі.")
    assert oblast_of(text, "Lozova") == {"UA-63"}
    assert struck(text) == {"UA-63"}
    text = "В Лозовском районе повреждены дома. В Богодуховском районе пострадала женщина."
    assert struck(text) == {"UA-63"}
    # the capital's districts, which no raion is named after, still name it
    assert struck("У Святошинському та Дарницькому районах внаслідок атаки пошкоджені "
                  "будинки.") == {"UA-30"}


# --- an oblast in an oblique case after a comma goes on a list --------------------------------


def test_an_oblast_in_an_oblique_case_is_no_locator_of_the_city_before() -> None:
    # a village named Zaporizhzhia lies in Kherson oblast: "Запоріжжю, Херсонщині" is a list
    text = "Окупанти завдали удару по Запоріжжю, Херсонщині і Чернігівщині."
    assert oblast_of(text, "Zaporizhzhia") == {"UA-23"}
    assert struck(text) == {"UA-23", "UA-65", "UA-74"}
    assert oblast_of("Ворог атакував Запоріжжю, Херсонщині.", "Zaporizhzhia") == {"UA-23"}


# --- the places that "became targets" ----------------------------------------------------------


def test_places_told_as_targets_are_struck() -> None:
    text = ("Росіяни знову масовано атакували Україну. Ціллю стали різні міста: Київ, Дніпро, "
            "Краматорськ.")
    assert struck(text) == {"UA-30", "UA-12", "UA-14"}
    assert struck("Вночі мішенню ворога знову став порт Ізмаїла.") == {"UA-51"}
    text = ("Россияне снова массированно атаковали Украину. Целью стали разные города: Киев, "
            "Днепр, Краматорск.")
    assert struck(text) == {"UA-30", "UA-12", "UA-14"}


# --- bodies recovered from rubble: a strike's dead where they were found ----------------------


def test_bodies_from_the_rubble_are_the_dead_of_a_strike_there() -> None:
    # not a later toll of the place before: a strike's dead where they were found
    text = ("Вночі росіяни обстріляли Харківщину. У Куп’янську загинули двоє "
            "поліцейських. У селищі Малинівка рятувальники дістали з-під завалів тіла трьох "
            "людей.")
    assert total(text, "killed") == 5
    text = ("Ночью россияне обстреляли Харьковщину. В Купянске погибли двое "
            "полицейских. В поселке Малиновка из-под завалов извлекли тела трех человек.")
    assert total(text, "killed") == 5


# --- an assault tried on the ground: no strike, unless a weapon is named ----------------------


def test_an_assault_tried_is_ground_fighting() -> None:
    assert struck("Поблизу двох селищ на захід від Горлівки Донецької області ворог "
                  "намагався атакувати позиції наших підрозділів.") == set()
    assert struck("У районе двух поселков западнее Горловки Донецкой области оккупанты "
                  "пытались атаковать позиции наших подразделений.") == set()
    # a weapon named beside it still tells a strike
    assert struck("Россияне пытались атаковать Киев дронами.") == {"UA-30"}


# --- a city's district the gazetteer lacks, in a list of the city's districts -----------------


def test_a_district_the_gazetteer_lacks_is_the_city_its_sentence_names() -> None:
    # Kharkiv's Slobidskyi district: no village named like it, no oblast's raion
    text = "Харьков: утром прилеты в Слободском и Киевском районах, есть двое раненых."
    assert struck(text) == {"UA-63"}
    text = "Харків: зранку прильоти у Слобідському та Київському районах, є двоє поранених."
    assert struck(text) == {"UA-63"}
