"""Villages beyond GeoNames cities500: the codifier's settlements (data/ua_villages.json, built
by data/build_gazetteer.py with data/katottg.py) at approximate points, and the guards that keep
them from changing how the names the gazetteer knew are read.

The sentences are written for these tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_text
from extract.places import default_matcher
from geo import settings
from geo.names import name_key

DATA = Path(__file__).resolve().parent.parent / "data"


def _mentions(text: str) -> list[dict]:
    return [m.to_dict() for m in extract_text(text).mentions]


def _place(text: str, written: str) -> dict | None:
    return next((m for m in _mentions(text) if m["text"] == written), None)


@pytest.mark.parametrize(("text", "written", "name", "iso"), [
    ("Унаслідок обстрілу Шестакового поранено 70-річну жінку.", "Шестакового", "Shestakove",
     "UA-63"),
    ("Ворожий дрон атакував Моначинівку, пошкоджено два будинки.", "Моначинівку",
     "Monachynivka", "UA-63"),
    ("Під обстрілом опинилися Велетенське та Бургунка.", "Велетенське", "Veletenske", "UA-65"),
    ("Загинув чоловік у Клебан-Бику.", "Клебан-Бику", "Kleban-Byk", "UA-14"),
    ("Внаслідок атаки на Золоту Балку поранено трьох людей.", "Золоту Балку", "Zolota Balka",
     "UA-65"),
    ("Russian forces shelled the village of Robotyne overnight.", "Robotyne", "Robotyne",
     "UA-23"),
    ("A guided bomb hit Khotimlia, injuring two men.", "Khotimlia", "Khotimlia", "UA-63"),
])
def test_codifier_village_has_its_oblast_and_an_approximate_point(
        text: str, written: str, name: str, iso: str) -> None:
    m = _place(text, written)
    assert m is not None, _mentions(text)
    assert (m["name"], m["oblast_iso"], m["kind"]) == (name, iso, "settlement")
    assert m["approx"] in ("hromada", "raion", "oblast")
    assert m["geonameid"] is None and m["lat"] is not None


def test_an_event_at_a_codifier_village_has_precision_two() -> None:
    """ACLED's 2 (near a named place): the point is the hromada's centre, not the village's."""
    events = extract_text("Унаслідок обстрілу Шестакового поранено 70-річну жінку.").events
    assert [(e.place, e.oblast_iso, e.geo_precision) for e in events] == [
        ("Shestakove", "UA-63", 2)]


def test_a_place_with_its_own_point_has_no_approx_key() -> None:
    m = _place("Росіяни атакували Харків.", "Харків")
    assert m is not None and "approx" not in m


def test_hroza_is_in_the_oblast_named_with_it() -> None:
    """Hroza: villages of Kharkiv and Dnipropetrovsk oblasts; the text names which."""
    for text, written, iso in (
            ("Russian troops struck the village of Hroza, Kharkiv region.", "Hroza", "UA-63"),
            ("Вибух пролунав у Грозі на Дніпропетровщині.", "Грозі", "UA-12")):
        m = _place(text, written)
        assert m is not None and m["oblast_iso"] == iso, _mentions(text)


def test_an_everyday_word_needs_a_place_context() -> None:
    """Гроза is a thunderstorm before it is a village."""
    assert _place("Гроза пройшла над містом.", "Гроза") is None


def test_a_known_name_keeps_its_reading_unless_the_oblast_named_picks_the_village() -> None:
    """Новополтавка: a cities500 village of Mykolaiv oblast, and a codifier village of
    Zaporizhzhia oblast. Alone it stays the known one; in a post on Zaporizhzhia oblast it is
    that oblast's village."""
    alone = _place("Обстріл Новополтавки: загинула жінка.", "Новополтавки")
    assert alone is not None and (alone["oblast_iso"], "approx" in alone) == ("UA-48", False)
    named = _place("Запорізька область: ворог атакував Новополтавку, поранено чоловіка.",
                   "Новополтавку")
    assert named is not None
    assert (named["oblast_iso"], named["approx"]) == ("UA-23", "hromada")


def test_a_city_is_not_displaced_by_a_codifier_village_of_its_name() -> None:
    """The codifier has a village named Запоріжжя in Kherson oblast: a paragraph on Kherson
    oblast that names the city still means the city."""
    text = ("In the Kherson region, two people were injured in Beryslav. "
            "Zaporizhzhia was also attacked by drones.")
    m = _place(text, "Zaporizhzhia")
    assert m is not None and m["oblast_iso"] == "UA-23" and "approx" not in m


@pytest.mark.parametrize(("text", "word"), [
    ("Debris fell on a parking lot, the governor said.", "Debri"),
    ("Acting Mayor Artem Kobzar spoke to reporters.", "Kobzar"),
    ("Two houses burned, Chaus reported on Telegram.", "Chaus"),
    ("She tried to call her mother Liubov all night.", "Liubov"),
    ("Russian missiles hit the Odesa Port area.", "Port"),
])
def test_words_and_people_are_no_codifier_villages(text: str, word: str) -> None:
    assert all(m["approx"] is None for m in (m | {"approx": m.get("approx")}
                                             for m in _mentions(text))), _mentions(text)
    assert all(not m["text"].startswith(word) or m["name"] != word for m in _mentions(text))


def test_village_data_file() -> None:
    """Every entry has an approximate point inside Ukraine's box, an oblast, its Ukrainian
    name first among its forms; none is a name its oblast's cities500 places already have."""
    rows = json.loads(settings.VILLAGES_FILE.read_text(encoding="utf-8"))["places"]
    assert len(rows) > 15_000
    known = {(p["oblast_iso"], name_key(n))
             for p in json.loads(settings.PLACES_FILE.read_text(encoding="utf-8"))["places"]
             if p["kind"] == "settlement" for n in (p["name"], *p["names"])}
    for r in rows:
        assert r["approx"] in ("hromada", "raion", "oblast")
        assert 44 < r["lat"] < 53 and 22 < r["lon"] < 41
        assert r["names"] == [] and r["population"] == 0  # the Ukrainian name is forms[0]
        assert (r["oblast_iso"], name_key(r["forms"][0])) not in known


def test_build_helpers() -> None:
    sys.path.insert(0, str(DATA))
    try:
        import katottg
        import name_forms
    finally:
        sys.path.remove(str(DATA))
    assert name_forms.romanize("Клебан-Бик") == "Kleban-Byk"
    assert name_forms.romanize("Одрадокам'янка") == "Odradokamianka"
    assert name_forms.romanize("Золота Балка") == "Zolota Balka"
    assert name_forms.romanize("Згурівка") == "Zghurivka"
    row = katottg.Row
    members = [row("UA1", "UA1-2", "UA1-2-3", c, k, n) for c, k, n in (
        ("a", "C", "Андріївка"), ("b", "C", "Андрієво"), ("c", "C", "Сонячне"))]
    assert katottg.named_after("Андріївська", members).name == "Андріївка"
    assert katottg.named_after("Зоряна", members) is None


def test_centres_of_raions_and_hromadas() -> None:
    # the settlement a raion or hromada is named after, where no ending rule derives its name
    sys.path.insert(0, str(DATA))
    try:
        import katottg
    finally:
        sys.path.remove(str(DATA))
    row = katottg.Row
    rows = [row("O", None, None, "O", "O", "Київська"),
            row("O", "R1", None, "R1", "P", "Бучанський"),
            row("O", "R1", "H1", "H1", "H", "Бучанська"),
            row("O", "R1", "H2", "H2", "H", "Новобузька"),
            row("O", "R1", "H3", "H3", "H", "Вінницька"),
            row("O", "R1", "H1", "s1", "M", "Буча"), row("O", "R1", "H1", "s2", "C", "Бучки"),
            row("O", "R1", "H2", "s3", "C", "Новоантонівка"),
            row("O", "R1", "H2", "s4", "M", "Новий Буг"),
            row("O", "R1", "H3", "s5", "C", "Вінницькі Хутори"),
            row("O", "R1", "H3", "s6", "M", "Вінниця")]
    got = {u.name: (c.name, derived)
           for u, c, derived in katottg.unit_centres(rows, lambda _name, _kind: set())}
    assert got == {"Бучанський": ("Буча", False), "Бучанська": ("Буча", False),
                   "Новобузька": ("Новий Буг", False), "Вінницька": ("Вінниця", False)}


def test_matcher_knows_the_villages() -> None:
    g = default_matcher().gazetteer
    assert any(p.approx for p in g.places)


# -- namesakes: the near-miss margin and the oblast named nearby (issue 12) ------------------

def _found(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(text[f.start:f.end], f.place.name, f.place.oblast_iso, f.match)
            for f in default_matcher().find(text)]


def test_a_misspelling_of_two_towns_alike_in_size_names_neither() -> None:
    """"Ordzhonikidzee" is one letter from Ordzhonikidze, the old name of both Yenakiieve
    (Donetsk) and Pokrov (Dnipropetrovsk): no margin, no place; with an oblast named in its
    sentence, the town there."""
    assert _found("Shelling hit Ordzhonikidzee overnight.") == []
    assert ("Ordzhonikidzee", "Pokrov", "UA-12", "fuzzy") in _found(
        "Shelling hit Ordzhonikidzee in the Dnipropetrovsk region.")


def test_a_misspelling_must_agree_with_the_oblast_of_its_sentence() -> None:
    assert _found("Drones hit Krematorsk overnight.") == [
        ("Krematorsk", "Kramatorsk", "UA-14", "fuzzy")]
    # Pokrovsk is in Donetsk oblast: "Pokrovska" beside the Dnipropetrovsk region is not it
    assert [n for _w, n, _i, how in _found("Strikes hit Pokrovska in Dnipropetrovsk region.")
            if how == "fuzzy"] == []


def test_a_district_named_as_its_town_is_the_towns_raion() -> None:
    """GeoNames also lists a Bohodukhivskyi district of Donetsk city ("Bohodukhiv district"):
    beside the Kharkiv region it is the raion of Bohodukhiv; in a report on Donetsk, the city's."""
    got = _found("A drone hit a house in the Bohodukhiv district of the Kharkiv region.")
    assert got[0][:3] == ("Bohodukhiv district", "Bohodukhiv", "UA-63")
    got = _found("In Donetsk, shells hit the Bohodukhiv district.")
    assert got[-1][1:3] == ("Donetsk", "UA-14")
