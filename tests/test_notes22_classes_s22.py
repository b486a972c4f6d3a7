"""Short event notes (issue 12, session 22, notes22): the shapes of note whose strike oblasts and
tolls the retired blind notes read wrong, each class with sentences of our own, end to end
(extract_text: the strike oblasts and the sum over a report's events, as scored)."""

from __future__ import annotations

from extract_support import struck
from extract_support import total as _total

from extract.pipeline import extract_text

_NOTE_DAY = "2022-08-10"


def oblasts(text: str) -> set[str | None]:
    return struck(text, _NOTE_DAY)


def total(text: str, figure: str) -> int:
    return _total(text, figure, _NOTE_DAY)


# --- an armed force told as the killer, its toll the whole act: no strike, the toll kept --------

def test_an_event_notes_killing_told_by_its_toll_alone_is_no_strike() -> None:
    for text, killed, injured in (
            ("On 10 August 2022, LPR killed up to 30 Ukrainian servicemen in their area of "
             "responsibility (coded to Luhansk, Luhansk region).", 30, 0),
            ("On 10 August 2022, Russian forces reportedly killed about 12 civilians in "
             "Vysokopillia, Kherson.", 12, 0),
            ("On 10 August 2022, DPR militants wounded two policemen in Kurakhove, Donetsk.",
             0, 2)):
        assert oblasts(text) == set(), text
        assert (total(text, "killed"), total(text, "injured")) == (killed, injured), text
    # a weapon or a strike's act told with it: a strike
    for text, want in (
            ("On 10 August 2022, Russian forces killed 3 civilians with artillery fire in "
             "Vysokopillia, Kherson.", {"UA-65"}),
            ("On 10 August 2022, Russian forces shelled Kurakhove, Donetsk, and killed two "
             "civilians.", {"UA-14"})):
        assert oblasts(text) == want, text
    # news retells a day's strikes in the same words: still a strike there
    assert oblasts("In Donetsk Oblast, Russian forces killed 6 people and injured 19 others over "
                   "the past day, local authorities reported.") == {"UA-14"}


# --- fire aimed at a target ("shot at"): an attack ----------------------------------------------

def test_fire_shot_at_vehicles_is_an_attack() -> None:
    for text, want in (
            ("On 10 August 2022, Russian forces shot at a column of civilian cars near Mala "
             "Rohan, Kharkiv.", {"UA-63"}),
            ("On 10 August 2022, Russian soldiers shot at a minibus with evacuees in Huliaipole, "
             "Zaporizhia. Casualties unknown.", {"UA-23"}),
            ("Soldiers shoot at passing cars near the bridge in Kupiansk, Kharkiv region.",
             {"UA-63"})):
        assert oblasts(text) == want, text


# --- a count of the things that held the dead is no toll ------------------------------------------

def test_things_found_with_dead_bodies_are_no_toll() -> None:
    for text in ("On 10 August 2022, Russian forces fired at cars near Izium, Kharkiv. Over 15 "
                 "cars were found with dead bodies inside.",
                 "On 10 August 2022, shelling hit Izium, Kharkiv. Three flats were found with "
                 "dead residents."):
        assert total(text, "killed") == 0, text
    # the dead counted themselves still are
    assert total("On 10 August 2022, Russian forces fired at cars near Izium, Kharkiv. Two "
                 "people were found dead.", "killed") == 2


# --- small arms alone fired at positions: a firefight, no strike ---------------------------------

def test_small_arms_fire_alone_is_no_strike() -> None:
    for text in ("On 10 August 2022, Ukrainian forces fired heavy machine guns and small arms at "
                 "DPR positions in Dokuchaievsk, Donetsk. Casualties unknown.",
                 "On 10 August 2022, Russian forces opened fire with automatic weapons at "
                 "Ukrainian positions near Hulyaipole, Zaporizhia."):
        assert oblasts(text) == set(), text
    # a heavier weapon fired with them: a strike
    assert oblasts("On 10 August 2022, DPR forces fired 120mm mortars and heavy machine guns at "
                   "Ukrainian positions near Svitlodarsk, Donetsk.") == {"UA-14"}


# --- a city's district named after another city ("Kyiv District, Kharkiv") ---------------------

def mentions(text: str) -> set[tuple[str, str | None]]:
    return {(m.name, m.oblast_iso) for m in extract_text(text, published=_NOTE_DAY).mentions}


def test_a_district_named_after_a_city_of_another_oblast_is_the_next_citys() -> None:
    for text, city in (("A school in Kyiv District, Kharkiv damaged by shelling.",
                        ("Kharkiv", "UA-63")),
                       ("A shell hit a house in the Kyiv district of Odesa.", ("Odesa", "UA-51")),
                       ("Drones hit the Dnipro district of Kherson overnight.",
                        ("Kherson", "UA-65"))):
        assert mentions(text) == {city}, text
        assert oblasts(text) == {city[1]}, text
    # a raion named after a town of the oblast that follows stays that town's
    assert ("Pavlohrad", "UA-12") in mentions("Shelling of Pavlohrad district, Dnipropetrovsk "
                                              "region.")
    assert ("Izium", "UA-63") in mentions("A missile hit Izium district, Kharkiv region.")


# --- a body found, told by its article or as dead: one killed ------------------------------------

def test_a_body_found_is_one_dead() -> None:
    for text in ("[Graphic: body, blurred] Dead body found in a cellar.",
                 "A body was recovered from a burnt car on the edge of the village.",
                 "Later a dead body was discovered in the yard of a house."):
        assert total(text, "killed") == 1, text
    # one told before is not counted again; a body only seen is no count
    assert total("Shelling hit Izium, Kharkiv region. A man was killed. His body was found "
                 "later.", "killed") == 1
    assert total("[Graphic: dead body visible] Damage to a house.", "killed") == 0


def test_small_arms_fired_from_is_no_strike() -> None:
    assert oblasts("On 10 August 2022, Russian forces fired from small arms at Ukrainian "
                   "positions near Avdiivka, Donetsk.") == set()
    assert oblasts("On 10 August 2022, Russian forces fired from tanks at Avdiivka, "
                   "Donetsk.") == {"UA-14"}
