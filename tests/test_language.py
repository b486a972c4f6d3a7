"""The language of a report, from its letters."""

from __future__ import annotations

import re

import pytest

from extract.language import detect_language
from extract.rules.number_words import number_piece, parse_number


@pytest.mark.parametrize(("text", "lang"), [
    ("Drones hit Kharkiv overnight.", "en"),
    ("Drones hit Kharkiv (Харків) overnight, the governor said on Telegram.", "en"),
    ("Уночі ворог атакував Харківщину ударними безпілотниками.", "uk"),
    ("Ночью противник атаковал Харьковскую область ударными беспилотниками.", "ru"),
    ("Удар по Сумах: загинули двоє", "uk"),
    ("Из-за обстрела Херсона один человек погиб, еще 12 получили ранения.", "ru"),
    ("Удар по Сумам и области", "ru"),
    ("Зеленський заявив: «Россия атаковала Киев ночью», — і додав, що загинули двоє людей.", "uk"),
    ("", "en"),
], ids=["english", "english-with-cyrillic-name", "ukrainian", "russian", "ukrainian-short",
        "russian-without-telling-letters", "russian-short", "ukrainian-quoting-russian", "empty"])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    # the pipeline hands over the bytes and the lower case it has made already
    assert detect_language(text, encoded=text.encode("utf-8", "surrogatepass"),
                           low=text.lower()) == lang


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("двоє", "uk", 2), ("двох", "uk", 2), ("п'ятеро", "uk", 5), ("п’ятеро", "uk", 5),
    ("одинадцять", "uk", 11), ("двадцять п'ять", "uk", 25), ("сто одинадцять", "uk", 111),
    ("дві тисячі", "uk", 2000), ("1 200", "uk", 1200), ("троих", "ru", 3), ("двое", "ru", 2),
    ("одиннадцать", "ru", 11), ("сорок два", "ru", 42), ("людей", "uk", None),
], ids=lambda v: str(v))
def test_parse_number_words(text: str, lang: str, value: int | None) -> None:
    assert parse_number(text, lang) == value


def test_a_count_in_words_is_found_whole() -> None:
    found = re.findall(number_piece("uk"), "загинули двоє людей, ще двадцять п’ять поранені")
    assert found == ["двоє", "двадцять п’ять"]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_number_word_pattern_matches_exactly_the_word_forms(lang: str) -> None:
    from extract.rules.number_words import _word_alternation, words

    rx = re.compile(rf"(?:{_word_alternation(lang)})")
    forms = set(words(lang))
    assert all(rx.fullmatch(w) for w in forms)
    near_misses = {w[:-1] for w in forms} | {w + "х" for w in forms}
    assert not [w for w in near_misses - forms if rx.fullmatch(w)]
