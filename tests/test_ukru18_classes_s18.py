"""Ukrainian and Russian tolls and struck oblasts (issue 12, session 18, ukru18): the classes
last session's blind uk/ru pages told in shapes the extractor missed, each with sentences of our
own, end to end (extract_text: the struck oblasts and the figures summed over a report's
events, as scored)."""

from __future__ import annotations

from extract_support import struck, total

# --- explosions heard in a place: an attack or an interception there (GUIDE.md) -------------

def test_explosions_heard_in_a_place_are_a_strike_there() -> None:
    assert struck("Уночі у Полтаві пролунали вибухи, повідомив міський голова.") == {"UA-53"}
    assert struck("Вибухи було чутно в Кременчуці та Черкасах.") == {"UA-53", "UA-71"}
    assert struck("Росія атакувала країну ракетами. Звуки вибухів пролунали у Львові, "
                   "Житомирі, Рівному.") == {"UA-46", "UA-18", "UA-56"}
    assert struck("Вечером в Сумах прогремели взрывы, сообщили местные каналы.") == {"UA-59"}
    assert struck("В Запорожье и Днепре были слышны взрывы.") == {"UA-23", "UA-12"}


def test_explosions_announced_or_of_demining_are_no_strike() -> None:
    assert struck("У Вінниці пролунають контрольовані вибухи.") == set()
    assert struck("Завтра в Полтаве прогремят плановые взрывы.") == set()


# --- a participle in its long masculine form: "поранений чоловік" -----------------------------

def test_long_masculine_participle_counts_one_person() -> None:
    assert total("У Новомосковському районі через атаку дрона поранений 52-річний чоловік.",
                 "injured") == 1
    assert total("Внаслідок обстрілу Херсона травмований водій маршрутки.", "injured") == 1
    assert total("Дрон атакував авто в селі на Сумщині: вбитий місцевий мешканець.",
                 "killed") == 1


# --- a count of people with whose they are, or with a digit's case ending (Russian) ----------

def test_people_of_a_place_and_digits_with_case_endings_are_counted() -> None:
    text = "За сутки оккупанты убили 3-х и ранили 11 жителей Херсонской области."
    assert total(text, "killed") == 3
    assert total(text, "injured") == 11
    assert total("Враг обстрелял Никополь, ранены 4 жителя города.", "injured") == 4
    assert total("Обстрел Сум: пострадали 6 сотрудников предприятия.", "injured") == 6
    assert total("При ударе по Херсону погибли 10-ти человек.", "killed") == 10


# --- bodies recovered: a count of the dead (GUIDE.md) ----------------------------------------

def test_bodies_recovered_are_the_dead() -> None:
    assert total("После удара по Днепру спасатели достали из-под завалов тела четырех "
                 "человек.", "killed") == 4
    assert total("В Сумах после атаки дронов под обломками нашли тело пожилого мужчины.",
                 "killed") == 1
    assert total("Після удару по Одесі рятувальники дістали з-під завалів тіла шести людей.",
                 "killed") == 6
    assert total("У Харкові після обстрілу під уламками виявили тіло літньої жінки.",
                 "killed") == 1
    # bodies told with no count and no person: no figure
    assert total("В Днепре продолжают опознавать тела погибших после удара.", "killed") == 0


# --- a toll told as how many there now are: "постраждалих стало 70" ----------------------------

def test_a_toll_told_as_how_many_there_now_are() -> None:
    text = ("Після ракетного удару по Полтаві загинуло вже шість людей, а постраждалих стало "
            "45, з них 5 дітей.")
    assert total(text, "killed") == 6
    assert total(text, "injured") == 45
    assert total("У Кривому Розі після атаки дронів поранених уже 18.", "injured") == 18
    assert total("После удара по Харькову пострадавших стало 33.", "injured") == 33
    assert total("В Одессе после ракетной атаки погибших уже девять.", "killed") == 9


# --- a colon or a dash between the verb and those it tells ------------------------------------

def test_a_dash_between_the_verb_and_the_people() -> None:
    assert total("На Херсонщині внаслідок обстрілу постраждали — 60-річна жінка та її "
                 "12-річний онук.", "injured") == 2
    assert total("Удар по Запорожью: погибли – трое мирных жителей.", "killed") == 3
    assert total("В Николаеве после атаки пострадали — 40-летний мужчина и 35-летняя "
                 "женщина.", "injured") == 2


# --- past a recall, a sentence naming the report's struck place is back on its strike --------

def test_after_a_recall_the_reports_own_place_brings_back_its_strike() -> None:
    text = ("Російські війська атакували Суми дронами 10 березня. За словами голови ОВА, ворог "
            "бив з того ж району, що й по Полтаві у суботу, 8 березня. Тоді загинули 5 людей. "
            "Голова ОВА також розповів про наслідки. Він наголосив, що росіяни вдарили по "
            "Сумах двома дронами. У результаті удару по Сумах поранено трьох людей. Згодом "
            "кількість поранених зросла до шести.")
    assert total(text, "injured", "2025-03-10") == 6
    assert total(text, "killed", "2025-03-10") == 0
    text = ("Российские войска 10 марта ударили по Харькову ракетами. По словам мэра, удар "
            "нанесли с той же позиции, что и по Сумам в субботу, 8 марта. Тогда погибли "
            "четыре человека. Мэр рассказал о последствиях. Он подчеркнул, что ракеты попали "
            "в центр Харькова. В результате удара по Харькову ранены двое. Позже количество "
            "раненых выросло до пяти.")
    assert total(text, "injured", "2025-03-10") == 5
    assert total(text, "killed", "2025-03-10") == 0


# --- a line splitting a count by place: each place is struck ------------------------------

def test_a_count_split_by_place_strikes_each_place() -> None:
    text = ("Уночі сили ППО знищили 14 шахедів над південними областями. У Миколаївській "
            "області - 6, у Херсонській - 5, Кіровоградській - 3.")
    assert struck(text) == {"UA-48", "UA-65", "UA-35"}
    text = ("За сутки враг обстрелял прифронтовые районы, ранены 9 человек. В Сумской "
            "области - 4, в Харьковской - 3, Черниговской - 2.")
    assert struck(text) == {"UA-59", "UA-63", "UA-74"}
