"""Ukrainian and Russian strike-oblast and toll classes of session 17 (issue 12, ukru17).

Each class is tested on sentences of its shape written for these tests, in both languages
where the class exists in both."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text


def _oblasts(text: str, published: str = "2024-06-01") -> set[str]:
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


# --- A line of place names locates only a strike told right after it -------------------------

@pytest.mark.parametrize("text", [
    "КИЇВ. 3 березня. УНН. Сьогодні в усіх областях діятимуть графіки подачі світла.",
    "Харків. Сьогодні в місті відкрили новий парк.",
    "ОДЕССА. 5 мая. Сегодня в городе начинается фестиваль.",
    "Kyiv. The city council met on Tuesday to discuss the budget.",
], ids=["uk-dateline", "uk-heading", "ru-dateline", "en-heading"])
def test_a_line_of_names_before_no_strike_locates_nothing(text: str) -> None:
    assert _oblasts(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Суми, Сумська область. Вночі дрон влучив у багатоповерхівку.", {"UA-59"}),
    ("Николаев. 12 мая. Ракета попала в склад.", {"UA-48"}),
], ids=["uk-location-line", "ru-location-line-dated"])
def test_a_line_of_names_before_a_strike_locates_it(text: str, want: set[str]) -> None:
    assert _oblasts(text) == want


# --- Power cuts applied over places for a strike on the grid: no strike on those places --------

@pytest.mark.parametrize("text", [
    "У Києві, Київській і Черкаській областях ввели аварійні відключення світла через масований "
    "удар по енергосистемі.",
    "Через російську атаку на енергетику в Сумській і Чернігівській областях діють графіки "
    "погодинних відключень.",
    "В Харьковской и Полтавской областях применяют аварийные отключения электроэнергии из-за "
    "атаки на энергосистему.",
    "Из-за удара по энергетике в Днепропетровской области ввели стабилизационные отключения.",
], ids=["uk-outage-then-cause", "uk-cause-then-schedules", "ru-outage-then-cause",
        "ru-cause-then-outage"])
def test_power_cuts_for_a_strike_on_the_grid_are_no_strike_there(text: str) -> None:
    assert _oblasts(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Через удар по Харкову в місті ввели аварійні відключення.", {"UA-63"}),
    ("Ракета влучила в підстанцію на Київщині, тож в області ввели аварійні відключення.",
     {"UA-32"}),
    ("Из-за удара дронов по Одессе в городе ввели экстренные отключения.", {"UA-51"}),
], ids=["uk-strike-on-city", "uk-hit-then-outage", "ru-strike-on-city"])
def test_a_strike_on_a_place_with_power_cuts_stays(text: str, want: set[str]) -> None:
    assert _oblasts(text) == want


# --- Assaults repelled on the ground and sectors of the front: no strike ---------------------

@pytest.mark.parametrize("text", [
    "Підрозділи ЗСУ відбивали штурми окупантів біля Куп'янська-Вузлового.",
    "На покровському напрямку ворог 20 разів атакував позиції біля Мирнограда.",
    "Силы обороны отражали атаки врага возле Волчанска.",
    "На лиманском направлении оккупанты атаковали позиции у Торского.",
], ids=["uk-repelled-attacks", "uk-sector", "ru-repelled-attacks", "ru-sector"])
def test_ground_assaults_are_no_strike(text: str) -> None:
    assert _oblasts(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Сили ППО відбили атаку на Київ.", {"UA-30"}),
    ("Ворог обстріляв Куп'янськ на куп'янському напрямку.", {"UA-63"}),
    ("Ночью ПВО отразила атаку на Одессу.", {"UA-51"}),
], ids=["uk-air-defence", "uk-shelling-in-sector", "ru-air-defence"])
def test_air_attacks_repelled_and_shelling_in_a_sector_stay(text: str, want: set[str]) -> None:
    assert _oblasts(text) == want


# --- Missiles downed by models told together, then drones: both shot down --------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Над Киевом ПВО уничтожила пять ракет типа Х-101/Х-555 и 13 «Шахедов».",
     [("missiles_downed", 5), ("drones_downed", 13)]),
    ("Над областью уничтожены 3 ракеты Х-101/Х-555 и 20 ударных БпЛА.",
     [("missiles_downed", 3), ("drones_downed", 20)]),
], ids=["ru-type-models", "ru-models"])
def test_missile_models_told_together_then_drones_downed(sentence: str,
                                                          want: list[tuple[str, int]]) -> None:
    from extract.figures import sentence_figures
    from extract.rules.rulesets import ruleset
    got = [(f.field, f.value) for f in sentence_figures(sentence, rules=ruleset("ru"))]
    assert got == want


# --- A plural noun with its people's ages, then persons one by one: each counts once ---------

@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("У Херсоні загинули жінки 33, 50 і 71 років та 60-річний чоловік.", "uk",
     [("killed", 4)]),
    ("Загинули жінки 33, 50 і 71 років.", "uk", [("killed", 3)]),
    ("Поранень зазнали чоловіки 40 і 52 років та 9-річна дівчинка.", "uk", [("injured", 3)]),
    ("Загинули чоловіки 30 і 45 років, жінка отримала поранення.", "uk",
     [("killed", 2), ("injured", 1)]),
    ("В Сумах погибли женщины 33, 50 и 71 лет и 60-летний мужчина.", "ru", [("killed", 4)]),
    ("Пострадали мужчины 40 и 52 лет и 9-летняя девочка.", "ru", [("injured", 3)]),
], ids=["uk-killed-ages-and-man", "uk-killed-ages", "uk-injured-ages-and-girl",
        "uk-ages-then-other-outcome", "ru-killed-ages-and-man", "ru-injured-ages-and-girl"])
def test_ages_then_persons_count_each_once(sentence: str, lang: str,
                                           want: list[tuple[str, int]]) -> None:
    from extract.figures import sentence_figures
    from extract.rules.rulesets import ruleset
    got = [(f.field, f.value) for f in sentence_figures(sentence, rules=ruleset(lang))]
    assert got == want
