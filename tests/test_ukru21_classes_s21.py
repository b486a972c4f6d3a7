"""Ukrainian and Russian places, tolls and drones (issue 12, session 21, ukru21): the classes
last session's blind uk/ru pages told in shapes the extractor misread, each with sentences of
our own, end to end (extract_text: mentions, and figures summed over a report's events)."""

from __future__ import annotations

from extract_support import oblast_of, places, total

# --- another case of an everyday word, opening a sentence, is the word ------------------------


def test_other_case_of_an_everyday_word_opening_a_sentence_is_no_village() -> None:
    # "пожежа" (a fire) is a village's name; its instrumental opens the sentence as the word
    assert places("Пожежею знищено склад і два автомобілі у Києві.") == [("Kyiv", "UA-30")]
    assert places("Пожежами пошкоджено кілька будинків у Харкові.") == [("Kharkiv", "UA-63")]
    # mid-sentence the capital makes it a name ("колодязі", wells, is a village's too)
    assert oblast_of("Бої тривають в районах Колодязей і Торського.", "Kolodiazi") == {"UA-14"}


# --- an adjective that agrees with the noun after it is that noun's ---------------------------


def test_adjective_before_its_noun_is_no_village_of_that_adjective() -> None:
    assert places("У Головному управлінні розвідки розповіли про удар по Одесі.") == [
        ("Odesa", "UA-51")]
    assert places("Представник Головного управління поліції прибув до Сум.") == [
        ("Sumy", "UA-59")]
    # a town's adjective too is that town's, not a village's of the adjective (Iziumske)
    assert places("Депутат Изюмского горсовета рассказал об обстреле Харькова.") == [
        ("Izium", "UA-63"), ("Kharkiv", "UA-63")]
    # a verb after it keeps the village ("загинула" is no noun in its case)
    assert any(name.startswith("Pokrov") for name, _iso in places(
        "У Покровському загинула жінка."))


# --- a front's direction bears its town's name, however often repeated ------------------------


def test_direction_named_twice_is_its_largest_town() -> None:
    text = ("Бої тривають на Покровському напрямку.\n\nСитуація на Покровському напрямку "
            "залишається складною.")
    assert {(n, iso) for n, iso in places(text)} == {("Pokrovsk", "UA-14")}
    text = "Бои идут на Покровском направлении. На Покровском направлении отбиты атаки."
    assert {(n, iso) for n, iso in places(text)} == {("Pokrovsk", "UA-14")}


# --- one killed and the next person hurt, a few words on --------------------------------------


def test_killed_person_then_another_with_an_outcome_of_their_own() -> None:
    assert total("Внаслідок удару по Херсону загинула 60-річна жінка, 35-річний сусід із "
                 "сусіднього будинку отримав поранення.", "killed") == 1
    assert total("Внаслідок удару по Херсону загинула 60-річна жінка, 35-річний сусід із "
                 "сусіднього будинку отримав поранення.", "injured") == 1
    assert total("В результате удара по Херсону погибла 60-летняя женщина, 35-летний сосед "
                 "из соседнего дома получил ранения.", "killed") == 1


# --- a toll's rise told as a noun -------------------------------------------------------------


def test_rise_of_the_toll_told_as_a_noun() -> None:
    assert total("Після удару по Дніпру мер повідомив про зростання кількості загиблих до "
                 "шести.", "killed") == 6
    assert total("Після удару по Дніпру міськрада повідомила про збільшення кількості "
                 "поранених до 14.", "injured") == 14
    assert total("После удара по Днепру мэр сообщил о росте числа погибших до шести.",
                 "killed") == 6


# --- strikes dealt with drones, counted -------------------------------------------------------


def test_counted_strikes_dealt_with_drones_are_drones() -> None:
    assert total("Вночі ворог завдав по Сумах щонайменше сім ударів безпілотниками.",
                 "drones") == 7
    assert total("Ночью враг нанес по Сумам не менее семи ударов беспилотниками.",
                 "drones") == 7
    # FPV drones on the front are no attack's count
    assert total("Ворог завдав по Херсону десять ударів FPV-дронами.", "drones") == 0


# --- a Russian "Э" opening a Ukrainian name is its "Е" ----------------------------------------


def test_russian_e_opening_a_ukrainian_name() -> None:
    # Есмань (Sumy oblast): Russian writes Эсмань, and its hromada Эсманьская
    assert oblast_of("Обстрелу подверглась Эсмань.", "Esman") == {"UA-59"}
    assert oblast_of("По Эсманьской общине враг выпустил 20 мин.", "Esman") == {"UA-59"}
