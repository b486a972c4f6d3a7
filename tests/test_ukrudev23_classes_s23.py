"""Ukrainian and Russian place names (issue 12, session 23, ukrudev23): the classes fresh uk/ru
news named in shapes the extractor missed or misread, each with sentences of our own, end to
end (extract_text: mentions and struck oblasts); and the build-time rules behind them
(data/name_forms.py, data/katottg.py) where they can be shown without the full build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from extract_support import places, struck

DATA = Path(__file__).resolve().parent.parent / "data"

# --- two-word towns (adjective + noun) in the other cases, in both languages -------------------


def test_two_word_town_in_the_ukrainian_locative_with_the_changed_consonant() -> None:
    text = "Уночі ворог атакував громаду: у Великому Бурлуці поранено чоловіка."
    assert places(text) == [("Velykyi Burluk", "UA-63")]
    assert struck(text) == {"UA-63"}
    assert places("У Новому Бузі пошкоджено два будинки.") == [("Novyi Buh", "UA-48")]
    # the genitive and dative kept as before
    assert places("Поблизу Великого Бурлука впав дрон.") == [("Velykyi Burluk", "UA-63")]


def test_two_word_town_spelt_alike_in_russian_takes_the_russian_cases() -> None:
    text = "Днем в Великом Бурлуке от удара дрона пострадал мужчина."
    assert places(text) == [("Velykyi Burluk", "UA-63")]
    assert struck(text) == {"UA-63"}
    assert places("В Белом Колодезе ранена женщина.") == [("Bilyi Kolodiaz", "UA-63")]
    assert places("В Великой Писаревке повреждены дома.") == [("Velyka Pysarivka", "UA-59")]


def test_russian_possessive_name_in_ya_declines_as_an_adjective() -> None:
    # Стрелечья (Стрілеча): в Стрелечьей, Стрелечью, not the plural of a noun in -ье
    assert places("В Стрелечьей ранен мужчина.") == [("Strilecha", "UA-63")]
    assert places("Оккупанты обстреляли Стрелечью из артиллерии.") == [("Strilecha", "UA-63")]


# --- a hromada's adjective is its administrative centre -----------------------------------------


def test_hromada_adjective_is_the_centre_the_codifier_lists_first() -> None:
    # not the smaller namesake whose adjective is the hromada's name exactly (Новослобідське)
    text = "Ворог обстріляв Новослобідську громаду, пошкоджено два будинки."
    assert places(text) == [("Nova Sloboda", "UA-59")]
    assert struck(text) == {"UA-59"}
    assert places("Россияне обстреляли Новослободскую громаду из минометов.") == [
        ("Nova Sloboda", "UA-59")]
    assert places("У Гуляйпільській громаді загинув чоловік.") == [("Huliaipole", "UA-23")]
    assert places("Обстрілів зазнала Дворічанська громада.") == [("Dvorichna", "UA-63")]


def test_unit_centres_prefer_the_first_listed_settlement() -> None:
    sys.path.insert(0, str(DATA))
    import katottg

    def row(code: str, category: str, name: str) -> katottg.Row:
        return katottg.Row("UA59", "UA5902", "UA590211" if category != "H" else code, code,
                           category, name)

    rows = [row("UA590211", "H", "Новослобідська"), row("UA59021101", "C", "Нова Слобода"),
            row("UA59021102", "C", "Бруски"), row("UA59021103", "X", "Новослобідське")]

    def adjectives(name: str, _category: str) -> set[str]:
        return {"Новослобідська"} if name == "Новослобідське" else set()

    ((unit, centre, derived),) = katottg.unit_centres(rows, adjectives)
    assert (unit.name, centre.name, derived) == ("Новослобідська", "Нова Слобода", False)
    # a first-listed settlement the name does not fit is no centre: the name's own is
    rows[1] = row("UA59021101", "C", "Романівка")
    ((_unit, centre, derived),) = katottg.unit_centres(rows, adjectives)
    assert (centre.name, derived) == ("Новослобідське", True)


def test_locative_alternation_only_after_a_vowel() -> None:
    pytest.importorskip("pymorphy3")
    sys.path.insert(0, str(DATA))
    import name_forms

    forms = name_forms.name_forms("Великий Бурлук", "uk")
    assert "Великому Бурлуці" in forms
    # "-ськ" and the suffix "-ок" keep -у: no "Курсьці", "Ставці"
    assert not {f for f in name_forms.name_forms("Курськ", "uk") if f.endswith("ці")}
    assert "Ставці" not in name_forms.name_forms("Ставок", "uk")


# --- a renamed town named by its former name ------------------------------------------------


def test_renamed_town_is_listed_under_the_name_as_written() -> None:
    text = "Дрони атакували Новомосковськ, двоє людей поранені."
    assert places(text) == [("Novomoskovsk", "UA-12")]
    assert struck(text) == {"UA-12"}
    assert places("В Новомосковске повреждены дома.") == [("Novomoskovsk", "UA-12")]
    assert places("В Кировограде были слышны взрывы.") == [("Kirovohrad", "UA-35")]
    assert places("Russian missiles destroyed a fuel depot in Novomoskovsk, a town in "
                  "eastern Ukraine.") == [("Novomoskovsk", "UA-12")]


def test_current_name_its_respellings_and_its_raion_keep_the_current_name() -> None:
    assert places("Дрони атакували Самар на Дніпропетровщині.") == [
        ("Samar", "UA-12"), ("Dnipropetrovsk", "UA-12")]
    assert places("У Самарівському районі пошкоджено будинки.") == [("Samar", "UA-12")]
    assert places("A drone hit Kiev and Kharkov overnight.") == [
        ("Kyiv", "UA-30"), ("Kharkiv", "UA-63")]
    assert places("У Кропивницькому пролунали вибухи.") == [("Kropyvnytskyi", "UA-35")]


# --- Dnipropetrovsk oblast named after its centre's name ------------------------------------


def test_oblast_named_after_its_centre_is_the_oblast_before_its_noun_only() -> None:
    text = "Уночі ворог атакував Дніпровську область, збито 5 дронів."
    assert places(text) == [("Dnipropetrovsk", "UA-12")]
    assert struck(text) == {"UA-12"}
    assert places("В Днепровской области сбиты дроны.") == [("Dnipropetrovsk", "UA-12")]
    assert places("На Дніпровщині збито 5 дронів.") == [("Dnipropetrovsk", "UA-12")]
    # the adjective alone, or before another noun, is the city's
    assert places("У Дніпровському районі пошкоджено будинки.") == [("Dnipro", "UA-12")]
    assert places("Дніпровська міська рада повідомила про пошкодження.") == [("Dnipro", "UA-12")]
