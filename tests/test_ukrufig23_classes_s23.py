"""Ukrainian and Russian tolls (issue 12, session 23, ukrufig23): the phrase classes fresh uk/ru
news pages of odd months told in shapes the extractor misread, each with sentences of our own,
end to end (extract_text: figures summed over a report's events)."""

from __future__ import annotations

from extract_support import total

# --- the dead told as a noun of death ("загибель п'яти осіб", "гибель пяти человек") ---------


def test_death_noun_then_count_is_killed() -> None:
    text = ("Увечері окупанти вдарили ракетами по Кременчуку. Станом на 21:00 відомо про "
            "загибель трьох осіб, ще шість людей поранені.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 6
    text = "Удар по Сумах призвів до загибелі двох цивільних."
    assert total(text, "killed") == 2
    text = "Атака дронів на Херсон забрала життя чотирьох людей."
    assert total(text, "killed") == 4
    text = "Россияне ударили по Харькову ракетами. Известно о гибели семи человек."
    assert total(text, "killed") == 7
    # one person's death, by a noun: no count here
    assert total("Удар по Сумах призвів до загибелі 2022 року будинку.", "killed") == 0


def test_victims_became_is_killed() -> None:
    text = ("Вранці росіяни атакували Полтаву. Жертвами удару стали четверо людей, поранено "
            "ще дев'ять.")
    assert total(text, "killed") == 4
    assert total(text, "injured") == 9
    text = "Утром россияне атаковали Полтаву ракетами. Жертвами удара стали три человека."
    assert total(text, "killed") == 3


# --- fatal wounds: killed, not injured -------------------------------------------------------


def test_fatal_wounds_are_killed() -> None:
    text = ("Ворожий дрон атакував авто на Херсонщині. Водій отримав смертельні поранення.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0
    text = "Ночью враг атаковал Николаев дронами. Женщина получила смертельные ранения."
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


# --- a toll's noun, an aside, then the count with no verb ------------------------------------


def test_toll_noun_aside_then_count() -> None:
    text = ("Вранці ворог обстріляв Запоріжжя. Кількість поранених, за даними обласної "
            "адміністрації, 17 осіб.")
    assert total(text, "injured") == 17
    text = "Ракети влучили у Кривий Ріг. Число загиблих, за словами мера, 6 людей."
    assert total(text, "killed") == 6


# --- the war's running toll of children: no figure of a strike --------------------------------


def test_war_toll_of_children_is_no_strike_figure() -> None:
    text = ("Станом на ранок 12 березня офіційна кількість загиблих дітей сягнула 510. "
            "11 березня внаслідок обстрілу Костянтинівки поранено 9-річну дівчинку.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 1
    text = "Понад 1500 дітей постраждали через війну, повідомили прокурори."
    assert total(text, "injured") == 0
    text = ("Понад 700 дітей постраждали в Україні внаслідок збройної агресії РФ. Загинули "
            "245 дітей, поранено понад 460.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0
    text = ("По состоянию на утро 3 марта официальное число детей-жертв не изменилось - 480, "
            "но возросло количество раненых - свыше 900.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 0
    # a strike's toll with children among them stays
    text = "Внаслідок удару по Сумах поранені 12 людей, серед них троє дітей."
    assert total(text, "injured") == 12


# --- one person by an age and a noun: counted once --------------------------------------------


def test_age_and_noun_is_one_person() -> None:
    text = ("5 марта в результате обстрела Купянска ранения получил 16-летний парень.")
    assert total(text, "injured") == 1
    text = "Унаслідок обстрілу Куп'янська поранення отримав 16-річний підліток."
    assert total(text, "injured") == 1
