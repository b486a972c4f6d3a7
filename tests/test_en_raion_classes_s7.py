"""Raions and hromadas written in English as the romanized Ukrainian adjective (issue 12,
session 7): "Synelnykivskyi district", "Yunakivska community". Each names the town the unit is
named after, which the adjective's stem need not spell (Synelnykove, Velyka Pysarivka); our own
sentences."""
from __future__ import annotations

import pytest

from extract.places import _english_unit_key, default_matcher
from geo.names import romanized


def named(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[f.start:f.end]: (f.place.name, f.place.oblast_iso)
            for f in default_matcher().find(text)}


def test_romanized_is_the_national_romanization() -> None:
    assert romanized("Куп'янська") == "kupianska"
    assert romanized("Юнаківська") == "yunakivska"
    assert romanized("Згурівська") == "zghurivska"
    assert _english_unit_key("Kup'yans'kyi") == "kupyansk"
    assert _english_unit_key("Synelnykivskyy") == "synelnykivsk"


@pytest.mark.parametrize(("text", "name", "want"), [
    # the stem spells no town: the centre ends otherwise (-e, two words)
    ("Late on Friday artillery fire reached the Synelnykivskyi district once more.",
     "Synelnykivskyi", ("Synelnykove", "UA-12")),
    ("Two farm buildings burned in the Synelnykivska hromada after the raid.",
     "Synelnykivska", ("Synelnykove", "UA-12")),
    ("Residents of the Velykopysarivska community were told to leave their homes.",
     "Velykopysarivska", ("Velyka Pysarivka", "UA-59")),
    # other endings English uses
    ("A power line was cut in the Kupianskyy district, officials said.", "Kupianskyy",
     ("Kupiansk", "UA-63")),
    ("Drone debris fell across the Kupianske district on Sunday.", "Kupianske",
     ("Kupiansk", "UA-63")),
    ("Shelling damaged a school in Bohodukhivskyi raion, Kharkiv oblast.",
     "Bohodukhivskyi", ("Bohodukhiv", "UA-63")),
    ("Three glide bombs landed in the Yunakivska hromada before dawn.", "Yunakivska",
     ("Yunakivka", "UA-59")),
])
def test_english_raion_adjective_names_its_town(
        text: str, name: str, want: tuple[str, str]) -> None:
    assert named(text)[name] == want


@pytest.mark.parametrize(("text", "name", "want"), [
    # a city's name before a raion of its oblast stands for the oblast, not the city
    ("Overnight a drone struck a barn in Kharkiv's Kupianskyi district.", "Kupianskyi",
     ("Kupiansk", "UA-63")),
    ("Sumy's Okhtyrskyi district lost power after the attack.", "Okhtyrskyi",
     ("Okhtyrka", "UA-59")),
    # a district a city has (here or elsewhere) stays that city's
    ("A flat was hit in Kyiv's Podilskyi district late at night.", "Podilskyi",
     ("Kyiv", "UA-30")),
    ("Windows shattered in Kharkiv's Shevchenkivskyi district on Monday.",
     "Shevchenkivskyi", ("Kharkiv", "UA-63")),
    ("Kherson's Dniprovskyi district came under fire again.", "Dniprovskyi",
     ("Kherson", "UA-65")),
])
def test_city_before_an_oblasts_raion(text: str, name: str, want: tuple[str, str]) -> None:
    assert named(text)[name] == want


def test_a_districts_name_with_no_oblast_is_no_hromada() -> None:
    # Kyiv has a Shevchenkivskyi district; Kharkiv oblast a Shevchenkove hromada
    text = "A missile hit a tower block in the capital's Shevchenkivskyi district."
    assert all(place != ("Shevchenkove", "UA-63") for place in named(text).values())
    text = ("Drones hit the Shevchenkivskyi district in the capital; Kyiv's mayor said two "
            "people were hurt.")
    assert all(place != ("Shevchenkove", "UA-63") for place in named(text).values())


def test_an_oblast_of_the_next_sentence_is_no_hint() -> None:
    text = ("A depot burned in the region's Rozdilnianskyi district, the governor said.\n\n"
            "In Kherson Oblast a shop was hit.")
    assert named(text)["Rozdilnianskyi"] == ("Rozdilna", "UA-51")

