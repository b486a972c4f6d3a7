from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer
from geo.names import fold, name_key


@pytest.mark.parametrize(
    ("query", "name", "iso"),
    [
        ("Kramatorsk", "Kramatorsk", "UA-14"),
        ("Dnipro", "Dnipro", "UA-12"),
        ("Kyiv", "Kyiv", "UA-30"),
        ("Kiev", "Kyiv", "UA-30"),
        ("Sevastopol", "Sevastopol", "UA-40"),
        ("Simferopol", "Simferopol", "UA-43"),
        ("Odessa", "Odesa", "UA-51"),
        ("Краматорськ", "Kramatorsk", "UA-14"),
        ("KHARKOV", "Kharkiv", "UA-63"),
        ("Zaporozhye", "Zaporizhzhia", "UA-23"),
        ("Artemovsk", "Bakhmut", "UA-14"),
        ("Kryvyi Rih", "Kryvyi Rih", "UA-12"),
        ("Bila Tserkva", "Bila Tserkva", "UA-32"),
    ],
)
def test_settlements(gazetteer: Gazetteer, query: str, name: str, iso: str) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.place.name, best.place.oblast_iso, best.place.kind) == (name, iso, "settlement")


@pytest.mark.parametrize(
    "query",
    [
        "Dnipro region",
        "Dnipropetrovsk region",
        "Dnipropetrovsk Oblast",
        "Dnipropetrovshchyna",
        "the Dnipropetrovsk region",
        "DNIPROPETROVSK OBLAST",
        "Дніпропетровська область",
        "Dnepropetrovsk region",
    ],
)
def test_region_forms_resolve_to_the_unit(gazetteer: Gazetteer, query: str) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.place.kind, best.place.oblast_iso) == ("oblast", "UA-12")


@pytest.mark.parametrize(
    ("query", "iso"),
    [
        ("the Odesa region", "UA-51"),
        ("Kyiv Oblast", "UA-32"),
        ("Kiev region", "UA-32"),
        ("Kharkiv region", "UA-63"),
        ("Zaporizhzhia Oblast", "UA-23"),
        ("Crimea", "UA-43"),
        ("Kherson region", "UA-65"),
        ("Київщина", "UA-32"),
        ("Transcarpathia", "UA-21"),
    ],
)
def test_other_units(gazetteer: Gazetteer, query: str, iso: str) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.place.kind, best.place.oblast_iso) == ("oblast", iso)


def test_every_unit_is_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    units = {p.oblast_iso for p in gazetteer.places if p.kind == "oblast"}
    assert len(units) == 27


@pytest.mark.parametrize("hint", ["UA-14", "UA-63"])
def test_oblast_hint_breaks_ties(gazetteer: Gazetteer, hint: str) -> None:
    assert gazetteer.lookup("Lyman", oblast_hint=hint)[0].place.oblast_iso == hint


def test_without_a_hint_population_breaks_ties(gazetteer: Gazetteer) -> None:
    ranked = gazetteer.lookup("Lyman")
    assert ranked[0].place.population >= ranked[1].place.population


@pytest.mark.parametrize(("query", "hint", "geonameid"), [
    ("лиман", None, 1),
    ("Лиман", "UA-63", 2),
], ids=["no-hint-larger-town", "hint-UA-63"])
def test_hint_on_tiny_gazetteer(tiny_gazetteer: Gazetteer, query: str, hint: str | None,
                                geonameid: int) -> None:
    assert tiny_gazetteer.lookup(query, oblast_hint=hint)[0].place.geonameid == geonameid


def test_misspelling_is_a_fuzzy_match(gazetteer: Gazetteer) -> None:
    best = gazetteer.lookup("Krematorsk")[0]
    assert (best.place.name, best.match) == ("Kramatorsk", "fuzzy")


def test_misspelling_is_not_found_without_fuzzy(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Krematorsk", fuzzy=False) == []


@pytest.mark.parametrize(("query", "name"), [
    ("Kramators'k", "Kramatorsk"),
    ("Kramators’k", "Kramatorsk"),
    ("Kramatorsk", "Kramatorsk"),
    ("Kramatorśk", "Kramatorsk"),
    ("Dnipró", "Dnipro"),
])
def test_apostrophes_and_diacritics(gazetteer: Gazetteer, query: str, name: str) -> None:
    assert gazetteer.lookup(query)[0].place.name == name


@pytest.mark.parametrize("query", ["Moscow", "moscow", "Москва"])
def test_moscow_never_resolves_into_ukraine(gazetteer: Gazetteer, query: str) -> None:
    found = gazetteer.lookup(query)
    assert not found or not found[0].place.in_ukraine


def test_no_airport_codes(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("KRQ", fuzzy=False) == []


@pytest.mark.parametrize("text", ["Kramators’k", "Дніпро́", "İstanbul ß", "Ærø",
                                  "• 3 min read: drones hit Kyiv’s Podil `overnight`"])
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)
    # given the lower case the caller made already, the same folding
    assert fold(text, text.lower()) == fold(text)


def test_name_key_drops_article_case_and_hyphens() -> None:
    assert name_key("  The  Ivano-Frankivsk ") == "ivano frankivsk"
