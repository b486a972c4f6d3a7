"""Ukrainian and Russian places, tolls and drones (issue 12, session 22, ukru22): the classes
last session's blind uk/ru pages told in shapes the extractor misread, each with sentences of
our own, end to end (extract_text: mentions, and figures summed over a report's events)."""

from __future__ import annotations

from extract_support import places, total

# --- hromadas named in a list after the hromada word ------------------------------------------


def test_hromadas_listed_after_a_colon_are_their_centres() -> None:
    text = ("Протягом доби ворог обстріляв прикордоння Сумщини. Під обстрілами були такі "
            "громади: Юнаківська, Хотінська, Білопільська та Краснопільська.")
    assert {"Yunakivka", "Khotin", "Bilopillia", "Krasnopillia"} <= {
        n for n, iso in places(text) if iso == "UA-59"}
    # a bulleted list, one name a line
    text = ("Ворог атакував населені пункти таких громад Сумщини:\n\n  • Юнаківська\n"
            "  • Хотінська\n  • Есманьська\n")
    assert {"Yunakivka", "Khotin", "Esman"} <= {n for n, iso in places(text) if iso == "UA-59"}
    text = "Под обстрелом оказались общины: Марганецкая, Мировская и Никопольская."
    assert {"Marhanets", "Myrove", "Nikopol"} <= {n for n, iso in places(text)
                                                  if iso == "UA-12"}


def test_hromadas_listed_without_a_colon_need_a_list() -> None:
    text = "Обстрілів зазнали громади Юнаківська, Хотінська та Краснопільська на Сумщині."
    assert {"Yunakivka", "Khotin", "Krasnopillia"} <= {n for n, _iso in places(text)}
    # one name after "громади" is a person's, no list ("голова громади" and her name)
    assert {n for n, _iso in places(
        "Голова громади Олена Хотінська розповіла про обстріл Сум.")} == {"Sumy"}


# --- a front's direction in another case or gender than the gazetteer's forms -----------------


def test_direction_in_the_neuter_is_its_town() -> None:
    assert places("Покровское направление остается самым сложным.") == [("Pokrovsk", "UA-14")]
    assert places("Харьковское направление: противник атаковал дважды.") == [
        ("Kharkiv", "UA-63")]


def test_direction_of_a_small_town_in_russian_is_its_hromadas_centre() -> None:
    assert places("На Очеретинском направлении потерь позиций нет.") == [
        ("Ocheretyne", "UA-14")]
    assert ("Ocheretyne", "UA-14") in places(
        "Бои продолжаются на Торецком и Очеретинском направлениях.")


# --- a town's land named with "-щина" in Russian ----------------------------------------------


def test_town_land_in_russian_is_its_town() -> None:
    assert places("На Никопольщине из-за ударов пострадал райцентр.") == [("Nikopol", "UA-12")]
    assert places("Враг обстрелял Изюмщину и Павлоградщину.") == [
        ("Izium", "UA-63"), ("Pavlohrad", "UA-12")]
    # no town of the stem: no place
    assert places("Ситуация на Слобожанщине остается напряженной.") == []


# --- a neuter adjective before its noun is that noun's ----------------------------------------


def test_neuter_adjective_before_a_noun_is_no_village() -> None:
    assert places("Сумское приграничье снова под обстрелом.") == []
    assert places("Ворог знову обстріляв Сумське прикордоння.") == []
    # a verb after it keeps the village
    assert any(n.startswith("Pokrov") for n, _iso in places("Покровське опинилося під вогнем."))


# --- shot down in two parts, each with its own verb -------------------------------------------


def test_shot_down_in_two_parts_is_their_sum() -> None:
    assert total("Вночі ворог випустив 139 шахедів. 34 безпілотники були знищені, а 78 вдалося "
                 "збити.", "drones_downed") == 112
    assert total("Вночі росіяни випустили 60 дронів. Сили ППО знищили 20 дронів, і ще 15 збили "
                 "мобільні вогневі групи.", "drones_downed") == 35
    assert total("Ночью Россия запустила 139 шахедов. 34 беспилотника были уничтожены, а 78 "
                 "удалось сбить.", "drones_downed") == 112
    # drones lost from radar are no part; a part of them ("12 з них") no second count
    assert total("Ночью Россия запустила 139 шахедов. Сбито 56 дронов, а 48 локационно "
                 "потеряны.", "drones_downed") == 56
    assert total("Вночі ворог запустив 50 дронів. Збито 40 дронів, а 12 з них — над Києвом.",
                 "drones_downed") == 40


# --- shot down, counted in pieces -------------------------------------------------------------


def test_shot_down_counted_in_pieces() -> None:
    assert total("Враг снова атакует Днепропетровскую область шахедами, хотя Силы обороны уже "
                 "уничтожили 10 штук.", "drones_downed") == 10
    assert total("Ворог знову атакує Дніпропетровщину шахедами, хоча Сили оборони вже знищили "
                 "12 штук.", "drones_downed") == 12
    # pieces of something else are no drones
    assert total("Ворог атакував Дніпропетровщину шахедами, а армія знищила 10 штук техніки.",
                 "drones_downed") == 0
