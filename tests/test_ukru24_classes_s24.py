"""Ukrainian and Russian casualty figures (issue 12, session 24, ukru24): the classes fresh
uk/ru news told its injured and killed in that the extractor missed or counted twice, each with
sentences of our own, end to end (the report's total over its events) and, where the class is
one phrase, sentence by sentence (`sentence_figures` with the language's rules)."""

from __future__ import annotations

from extract_support import total

from extract.figures import sentence_figures
from extract.rules.rulesets import RULESETS


def figures_in(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in sentence_figures(sentence, rules=RULESETS[lang])]


# --- one person by a noun: "мирний житель", a concussion, a clause of injuries ----------------


def test_a_civilian_killed_by_the_phrase_myrnyi_zhytel() -> None:
    assert figures_in("Унаслідок обстрілу села загинув мирний житель.", "uk") == [("killed", 1)]
    assert figures_in("Мирна жителька загинула під час атаки дрона.", "uk") == [("killed", 1)]
    text = ("Ворог обстріляв прикордоння Сумщини: загинув мирний житель\n\n"
            "Уночі росіяни обстріляли село Храпівщина на Сумщині. Загинув мирний житель, "
            "пошкоджено два будинки.")
    assert total(text, "killed") == 1


def test_a_concussion_is_an_injury() -> None:
    assert figures_in("Мешканець одного з будинків отримав контузію.", "uk") == [("injured", 1)]
    assert figures_in("Двоє людей дістали контузії.", "uk") == [("injured", 2)]
    text = ("Уночі дрони атакували Хмельниччину. Внаслідок атаки загорілися два приватні "
            "будинки. Мешканець одного з них отримав контузію.")
    assert total(text, "injured") == 1


def test_one_person_then_a_clause_of_the_injuries_they_got() -> None:
    sentence = ("Лікарі борються за життя 48-річного чоловіка, який отримав осколкові поранення "
                "грудної клітини.")
    assert figures_in(sentence, "uk") == [("injured", 1)]
    assert figures_in("Доправили до лікарні жінку, яка дістала травму голови.", "uk") == [
        ("injured", 1)]
    # fatal injuries are a death, and two people are no one person
    assert figures_in("Загинула жінка, яка отримала смертельні поранення.", "uk") == [
        ("killed", 1)]


# --- a count and the same people named again ---------------------------------------------------


def test_a_count_then_its_people_plural_noun_is_not_one_more() -> None:
    # "дівчинки", "жінки" after two to four are plural: not one more girl beside the two
    assert figures_in("Дві дівчинки постраждали внаслідок удару.", "uk") == [("injured", 2)]
    assert figures_in("Три жінки постраждали під час обстрілу.", "uk") == [("injured", 3)]
    # the singular still counts one
    assert figures_in("Дівчинка постраждала внаслідок удару.", "uk") == [("injured", 1)]


def test_an_aside_between_dashes_names_the_people_counted() -> None:
    sentence = "Ще четверо людей – двоє чоловіків та дві жінки – отримали поранення."
    assert figures_in(sentence, "uk") == [("injured", 4)]
    assert figures_in("Троє людей (чоловік і дві жінки) загинули.", "uk") == [("killed", 3)]
    sentence = ("Ще двоє – 40-річний чоловік та жінка 71 року – отримали медичну допомогу на "
                "місці.")
    assert figures_in(sentence, "uk") == [("injured_on_site", 2)]
    # a dash before a place is no aside
    assert figures_in("Поранено двох людей – у Херсоні та Білозерці.", "uk") == [("injured", 2)]


def test_more_treated_on_the_spot_add_to_the_wounded_told_before() -> None:
    text = ("Окупанти обстріляли Нікополь. Лікарі борються за життя 60-річного чоловіка, який "
            "отримав важкі поранення. Ще троє людей – чоловік та дві жінки – отримали допомогу "
            "на місці.")
    assert total(text, "injured") == 4
    text = ("Росіяни атакували Херсон дроном. Поранено жінку. Ще двоє людей отримали допомогу "
            "на місці.")
    assert total(text, "injured") == 3


def test_a_headline_picking_people_out_of_its_oblasts_count() -> None:
    text = ("Дві дитини постраждали через обстріли Запорізької області\n\n"
            "Протягом доби ворог атакував населені пункти Запорізької області. Унаслідок удару "
            "по Оріхову постраждали п'ятеро людей: жінка 54 років, двоє чоловіків та діти 9 і "
            "13 років.")
    assert total(text, "injured") == 5
    # a headline total its places fill stays one total
    text = ("На Запоріжжі поранено трьох людей\n\n"
            "У Оріхові поранено жінку. У Степногірську постраждали двоє чоловіків.")
    assert total(text, "injured") == 3


# --- the same classes in Russian -----------------------------------------------------------


def test_russian_aside_between_dashes_and_more_treated_on_the_spot() -> None:
    sentence = "Еще четверо – двое мужчин и две женщины – получили ранения."
    assert figures_in(sentence, "ru") == [("injured", 4)]
    assert figures_in("Трое людей (двое мужчин и женщина) погибли.", "ru") == [("killed", 3)]
    text = ("Российские войска обстреляли Никополь. Врачи борются за жизнь 60-летнего мужчины, "
            "который получил тяжелые ранения. Еще трое людей – мужчина и две женщины – получили "
            "помощь на месте.")
    assert total(text, "injured") == 4


def test_russian_one_person_then_a_clause_of_the_injuries_they_got() -> None:
    sentence = "В больницу доставили женщину, которая получила травму головы."
    assert figures_in(sentence, "ru") == [("injured", 1)]
    assert figures_in("Погибла женщина, которая получила смертельные ранения.", "ru") == [
        ("killed", 1)]
