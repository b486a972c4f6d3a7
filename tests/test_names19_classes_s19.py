"""Places in Ukrainian and Russian reports (issue 12, session 19, names19): raions named by
their adjective in lists and with the noun left out, and names that are no place here.
Sentences of our own, end to end (extract_text: a report's mentions and its events' oblasts,
as scored)."""

from __future__ import annotations

from extract_support import oblast_of, places, struck

# --- raions named by their adjective --------------------------------------------------------

def test_raions_listed_before_one_shared_noun_are_each_their_own_town() -> None:
    # a city with districts named as a raion's adjective in the list ("Нікопольському") is no
    # city whose district the next adjective would be: Kryvyi Rih's raion, not Nikopol
    cases = (
        ("Вночі ворог бив по Нікопольському, Криворізькому та Синельниківському районах. "
         "Постраждала жінка.", ["Nikopol", "Kryvyi Rih", "Synelnykove"]),
        ("Ночью армия РФ атаковала Павлоградский, Синельниковский и Никопольский районы. "
         "Повреждены дома.", ["Pavlohrad", "Synelnykove", "Nikopol"]),
        ("Під обстрілами були Криворізький і Нікопольський райони, пошкоджено лінію "
         "електропередачі.", ["Kryvyi Rih", "Nikopol"]),
    )
    for text, want in cases:
        assert [n for n, _ in places(text)] == want, text


def test_a_raion_adjective_whose_noun_is_left_out_after_a_named_raion() -> None:
    # "у Харківському районі ..., у Богодухівському – ...": the second is Bohodukhiv's raion
    # (not Donetsk's district of that name, nor the village Iziumske of Izium's adjective)
    cases = (
        ("Дрон уразив гараж у Харківському районі, у Богодухівському – пошкоджено склад.",
         "Bohodukhiv", "UA-63"),
        ("Через удари у Куп’янському районі згоріли авто, а в Ізюмському – пошкоджено "
         "школу.", "Izium", "UA-63"),
        ("В Купянском районе повреждены дома, в Лозовском – склад.", "Lozova", "UA-63"),
    )
    for text, name, iso in cases:
        assert (name, iso) in places(text), text
    # a city before a district of it keeps the district its own ("Харків: ... Київський район")
    assert places("Харків: вночі обстріляли Київський район, поранено двох людей.") == [
        ("Kharkiv", "UA-63"), ("Kharkiv", "UA-63")]


# --- names that are no place here -------------------------------------------------------------

def test_a_name_after_a_river_word_is_the_river() -> None:
    # a river word right before a name: the river (Oskil, Irpin, Desna), not the town or
    # village that bears its name; the place named next to it stays
    cases = (
        ("Мешканці села біля річки Оскіл отримали гуманітарну допомогу.", []),
        ("Уламки збитого дрона впали в річку Ірпінь, повідомив мер.", []),
        ("Российские войска обстреляли берег реки Оскол в Харьковской области.",
         [("Kharkiv", "UA-63")]),
        ("Переправу через р. Десна біля Чернігова закрили.", [("Chernihiv", "UA-74")]),
    )
    for text, want in cases:
        assert places(text) == want, text
    # a year's "р." is no river
    assert ("Irpin", "UA-32") in places("У березні 2022 р. Ірпінь зазнав великих руйнувань.")


def test_a_name_in_quotes_after_a_shop_unit_or_company_word_is_that_body() -> None:
    # a chain of shops, a regiment or brigade, a company in quotation marks: no place (nor a
    # struck oblast: "Славутич" is no Slavutych of Kyiv oblast)
    cases = (
        ("Ракета влучила у склад супермаркету “Славутич” у Миколаєві. Загинула жінка.",
         [("Mykolaiv", "UA-48")], {"UA-48"}),
        ("Штурмовий батальйон \"Світязь\" відбив атаку біля Торецька на Донеччині.",
         [("Toretsk", "UA-14"), ("Donetsk", "UA-14")], None),
        ("Бойцы бригады «Холодный Яр» сбили дрон над Покровском.",
         [("Pokrovsk", "UA-14")], None),
    )
    for text, want, oblasts in cases:
        assert places(text) == want, text
        if oblasts is not None:
            assert struck(text) == oblasts, text
    # a quotation that opens with a town's name is the town
    assert places("\"Харків знову атакували дрони\", – заявив мер.") == [("Kharkiv", "UA-63")]


def test_a_name_after_a_cyrillic_given_name_is_a_surname_everywhere_in_the_report() -> None:
    # "полковник Дмитро Лиманов": a surname (not the village Lymany), and so is "Лиманов" alone
    # later in the same report
    for text in ("Про це розповів полковник Дмитро Лиманов на брифінгу. Лиманов додав, що "
                 "ситуація складна.",
                 "Об этом сообщил полковник Дмитрий Лиманов. Позже Лиманов уточнил, "
                 "что противник несет потери."):
        assert places(text) == [], text
    text = ("Командир Сергій Лиманов розповів про бій біля Бахмута. Лиманов також подякував "
            "побратимам.")
    assert places(text) == [("Bakhmut", "UA-14")], text
    # a given name's town is not lost when it opens a list of towns
    assert places("Ворог атакував Ізюм, Балаклію та Куп'янськ.") == [
        ("Izium", "UA-63"), ("Balakliia", "UA-63"), ("Kupiansk", "UA-63")]


# --- the oblast a paragraph is about --------------------------------------------------------

def test_an_oblast_named_in_the_sentence_or_heading_settles_a_large_citys_namesake() -> None:
    # Kamianske is a city of Dnipropetrovsk oblast and a village of Zaporizhzhia oblast: the
    # oblast the sentence names, or the heading of its paragraph ("Запорізька область." on a
    # line of a roundup by oblast), places it; an adjective before "регион/регіон" names the
    # oblast, not its centre's raion
    for text in ("Запорізька область: ворог уночі обстріляв Кам'янське та Гуляйполе.",
                 "Запорізька область. Ворог уночі обстріляв Кам'янське та Гуляйполе.",
                 "Запорожский регион. Ночью российские войска обстреляли Каменское и "
                 "Гуляйполе.",
                 "Обстріл у Запорізькому регіоні: росіяни вдарили по Кам'янському."):
        assert oblast_of(text, "Kamianske") == {"UA-23"}, text
        assert struck(text) == {"UA-23"}, text
    # the city where no oblast is named
    assert oblast_of("Обстріл Кам'янського: загинули двоє людей.", "Kamianske") == {"UA-12"}
    # "регіон" after the adjective names the oblast
    assert places("Ситуація у Харківському регіоні залишається складною.") == [
        ("Kharkiv", "UA-63")]


# --- Russian spellings of Ukrainian names ---------------------------------------------------

def test_a_russian_eevka_is_a_ukrainian_iivka() -> None:
    # Russian writes the Ukrainian "-іївка" (of Андрій, Сергій) as "-еевка"/"-ьевка": the
    # villages of that name, chosen by the oblast the report names, beside any namesake
    # GeoNames spells so (Novoandreyevka of Crimea)
    assert oblast_of("Бои шли рядом с Плещеевкой в Донецкой области, сообщили аналитики.",
                     "Pleshchiivka") == {"UA-14"}
    text = "Запорожская область: вечером войска РФ обстреляли Новоандреевку и Гуляйполе."
    assert oblast_of(text, "Novoandriivka") == {"UA-23"}, text
    assert struck(text) == {"UA-23"}, text
    # with Crimea named, the Crimean village
    assert oblast_of("Новоандреевка в Крыму осталась без света.", "Novoandreyevka") == {"UA-43"}


def test_a_village_and_the_raion_named_right_after_it_share_an_oblast() -> None:
    # "с. Олександрівка Богодухівського району": Bohodukhiv's raion (Kharkiv oblast; not the
    # Cherkasy village Bohodukhivka whose adjective it also is) and its Oleksandrivka
    for text in ("Уночі дрон пошкодив склад у с. Олександрівка Богодухівського району.",
                 "Ворожий дрон атакував село Олександрівка Богодухівського району, постраждалих "
                 "немає."):
        assert places(text) == [("Oleksandrivka", "UA-63"), ("Bohodukhiv", "UA-63")], text
        assert struck(text) == {"UA-63"}, text
