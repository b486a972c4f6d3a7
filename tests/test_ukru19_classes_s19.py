"""Ukrainian and Russian tolls and struck oblasts (issue 12, session 19, ukru19): the classes
last session's blind uk/ru pages told in shapes the extractor missed, each with sentences of our
own, end to end (extract_text: the struck oblasts and the figures summed over a report's
events, as scored)."""

from __future__ import annotations

from extract_support import oblast_of, places, struck, total

# --- where or when between a count of people and its verb (Russian) ---------------------------

def test_a_place_or_time_between_count_and_verb_keeps_the_count() -> None:
    text = "Враг обстрелял Никополь, погиб мужчина. Еще 7 человек в районе получили ранения."
    assert total(text, "injured") == 7
    assert total("Оккупанты ударили по Херсону: 4 жителя в городе ранены.", "injured") == 4
    assert total("После атаки на Сумщину трое человек за сутки погибли.", "killed") == 3
    assert total("Обстрел Харькова: двое мирных жителей на Салтовке получили травмы.",
                 "injured") == 2


# --- the injured spelt with a double "н" (Russian: "раненных") ---------------------------------

def test_the_injured_spelt_with_double_n_are_counted() -> None:
    assert total("Число раненных в Запорожье после удара выросло до 14 человек.",
                 "injured") == 14
    assert total("В Одессе после атаки дронов известно о девяти раненных.", "injured") == 9
    assert total("Количество раненных в Днепре увеличилось до 30.", "injured") == 30


# --- a shop's, a brand's or a unit's name in quotes is no place --------------------------------

def test_a_quoted_business_or_unit_name_is_no_place() -> None:
    text = "Ракета влучила у склад мережі «Таврія В» в Одесі, загинули двоє."
    assert struck(text) == {"UA-51"}
    assert ("Tavriia", "UA-65") not in places(text)
    assert "UA-65" not in struck("Бійці полку «Скеля» відбили атаку на Донеччині.")
    assert "UA-65" not in struck("В Одессе дрон попал в супермаркет \"Таврия В\", ранены трое.")


# --- a name after a word for a river is the river ----------------------------------------------

def test_a_name_after_a_river_word_is_the_river() -> None:
    assert oblast_of("ЗСУ відкинули ворога за лінію річки Оскіл.", "Oskil") == set()
    assert oblast_of("Подразделения переправились через реку Оскол.", "Oskil") == set()
    # the village of the name, with no river word before it, stays a place
    assert oblast_of("Росіяни обстріляли село Оскіл Ізюмського району.", "Oskil") == {"UA-63"}


# --- victims counted with their kin, people psychologists helped: no toll ---------------------

def test_victims_with_their_kin_or_helped_by_psychologists_are_no_toll() -> None:
    assert total("Після удару по Києву психологи надали допомогу 140 постраждалим та їхнім "
                 "рідним.", "injured") == 0
    assert total("В Днепре психологи ГСЧС оказали помощь 37 пострадавшим.", "injured") == 0
    text = "Дрон атакував Суми, поранено четверо людей. Психологи допомогли 20 мешканцям."
    assert total(text, "injured") == 4


# --- a toll's list under a header ending in "загинуло:" / "Пострадавшие:" ----------------------

def test_lines_of_a_toll_list_are_tolls_of_their_places() -> None:
    text = ("Уночі Росія вдарила ракетами по кількох містах. Станом на ранок загинуло:\n"
            "- 2 людини у Запоріжжі;\n- 1 людина у Кривому Розі;\n- жінка у Полтаві.")
    assert struck(text) == {"UA-23", "UA-12", "UA-53"}
    assert total(text, "killed") == 4
    text = ("Ночью армия РФ атаковала дронами юг страны. Пострадавшие:\n"
            "▪️ трое в Херсоне;\n▪️ 5 человек в Николаеве.")
    assert struck(text) == {"UA-65", "UA-48"}
    assert total(text, "injured") == 8


# --- a total told with its noun left out, right after a toll ----------------------------------

def test_a_total_with_its_noun_left_out_is_of_the_toll_before() -> None:
    assert total("У Харкові внаслідок удару 6 загиблих. Загалом в області – 9.",
                 "killed") == 9
    assert total("В Запорожье после атаки 12 раненых. Всего по области – 15.",
                 "injured") == 15
    # a total of something else told so is no toll
    assert total("У Сумах 2 загиблих. Загалом в області пошкоджено 15 будинків.",
                 "killed") == 2


# --- a roundup's oblast headings: their lines' namesakes, a quiet night, the regional adjective --

def test_a_headings_oblast_settles_its_lines_namesakes() -> None:
    text = "Запорізька область. За добу ворог обстріляв Кам'янське, Гуляйполе та Оріхів."
    assert oblast_of(text, "Kamianske") == {"UA-23"}
    assert struck(text) == {"UA-23"}
    text = ("Харьковщина. Ночь прошла спокойно.\nЗапорожский регион. Днем оккупанты обстреляли "
            "Каменское и Гуляйполе.")
    assert oblast_of(text, "Kamianske") == {"UA-23"}
    assert oblast_of(text, "Huliaipole") == {"UA-23"}
    # without a heading the large town keeps its name
    assert oblast_of("Вночі дрони атакували Кам'янське, є поранені.", "Kamianske") == {"UA-12"}


def test_a_cyrillic_regional_adjective_names_the_oblast() -> None:
    # (the village Zaporizke, whose forms the adjective's are too, is no place here; the
    # oblast it names settles the namesake after it)
    text = "У Запорізькому регіоні ворог обстріляв Гуляйполе."
    assert oblast_of(text, "Huliaipole") == {"UA-23"}
    assert struck(text) == {"UA-23"}
    assert "UA-63" in struck("Ночью враг атаковал Харьковский регион дронами.")


def test_a_headed_night_without_attacks_is_no_strike() -> None:
    assert struck("Днепропетровщина. Эта ночь для жителей прошла тихо, без обстрелов.") == set()
    assert struck("Сумщина. Доба минула без обстрілів, повідомив голова ОВА.") == set()
    assert struck("Харківщина. Вночі ворог обстріляв Куп'янськ.") == {"UA-63"}


# --- a city's district named with its "район" right after the city ------------------------------

def test_a_district_right_after_a_city_is_that_citys() -> None:
    text = "Окупанти вдарили авіабомбами по Херсону. Постраждав Центральний район."
    assert struck(text) == {"UA-65"}
    assert "UA-14" not in {iso for _n, iso in places(text)}


# --- an oblast centre's name in the nominative is the city ---------------------------------------

def test_the_oblast_centres_nominative_is_the_city() -> None:
    assert struck("Росіяни знову обстріляли Херсон, є поранені.") == {"UA-65"}
    assert struck("Оккупанты обстреляли Херсон из артиллерии.") == {"UA-65"}
