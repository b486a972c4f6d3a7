"""The language of a report, from its letters."""

from __future__ import annotations

import pytest

from extract.language import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Drones hit Kharkiv overnight.", "en"),
    ("Drones hit Kharkiv (Харків) overnight, the governor said on Telegram.", "en"),
    ("Уночі ворог атакував Харківщину ударними безпілотниками.", "uk"),
    ("Ночью противник атаковал Харьковскую область ударными беспилотниками.", "ru"),
    ("Удар по Сумах", "uk"),
    ("Удар по Сумам и области", "ru"),
    ("Зеленський заявив: «Россия атаковала Киев ночью», — і додав, що загинули двоє людей.", "uk"),
    ("", "en"),
], ids=["english", "english-with-cyrillic-name", "ukrainian", "russian", "ukrainian-short",
        "russian-short", "ukrainian-quoting-russian", "empty"])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
