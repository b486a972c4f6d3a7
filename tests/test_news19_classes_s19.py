"""Casualty totals of English news (issue 12, session 19, news19: killed and injured on the
retired blind news sets): each class with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, figures, struck, total


def _tolls(text: str, field: str) -> dict[str | None, int]:
    """Each event's toll `field` by its place (those with one)."""
    return {e.place: getattr(e, field) for e in events(text) if getattr(e, field)}


# --- a toll told one by one with the verb left out: "one in A, another in B, a third in C" ---


def test_an_elided_another_is_one_more_of_the_toll_before_it() -> None:
    for text, field, want in (
            ("Police said one woman died as artillery hit Kupiansk, another in a drone strike "
             "on Lyman, and a third in the town of Orikhiv.", "killed", 3),
            ("One person was killed in Nikopol on Sunday and another in Marhanets.",
             "killed", 2),
            ("Shelling injured one woman in Kupiansk, another near Izium, and a third outside "
             "Balakliia, the governor said.", "injured", 3),
            ("Russian attacks killed two people in Pokrovsk, wounded one civilian in the "
             "village of Rubtsi, and another in the town of Lyman.", "injured", 2)):
        assert total(text, field) == want, text
    # "another" with a verb of its own tells its own figure (or none): the toll before it
    # gains no one
    assert figures("One man was killed in Nikopol, and another in the car was hurt.") == \
        {"killed": 1}
    assert figures("Three drones were shot down over Odesa and another near Izmail.") == \
        {"drones_downed": 3}
    # "another" before a noun of a strike is another attack, no person
    assert figures("Two people were killed in a strike on a school, and another on a "
                   "hospital.") == {"killed": 2}


def test_each_elided_one_more_goes_to_the_place_it_names() -> None:
    text = ("Police said one woman died as artillery hit Kupiansk, another in a drone strike "
            "on Lyman, and a third in the town of Orikhiv.")
    assert _tolls(text, "killed") == {"Kupiansk": 1, "Lyman": 1, "Orikhiv": 1}
    # under a lead total the parts are counted once
    text = ("Russian shelling killed three civilians in Donetsk Oblast on Monday. One man died "
            "in Kostiantynivka, another in Toretsk, and a third in the village of Ivanopillia.")
    assert total(text, "killed") == 3


# --- a person told as wounded before the noun, then dead, is killed and no longer injured ----


def test_a_gravely_wounded_person_who_died_is_killed() -> None:
    for sentence, want in (
            ("Medics reported that one gravely injured driver died overnight.", 1),
            ("A badly wounded pensioner died overnight, the regional police said.", 1),
            ("Doctors said one critically injured man has died.", 1),
            ("Two seriously wounded residents later died in hospital.", 2),
            ("Three injured people died on the way to hospital.", 3)):
        assert figures(sentence) == {"killed_after_wounds": want}, sentence
    # wounded people who are treated stay injured
    assert figures("Five injured people were taken to hospital.") == {"injured": 5}
    assert figures("Two wounded men survived the night in intensive care.") == {"injured": 2}


def test_a_wounded_one_who_died_is_no_more_injured_in_the_report() -> None:
    text = ("Shelling hit a tram depot in Nikopol on Saturday, killing a 52-year-old mechanic. "
            "The mayor added that one badly injured worker had died in hospital.")
    assert total(text, "injured") == 0


# --- the story's own date on a page stamped months later: its figures are the story's --------


def test_a_dated_sentence_that_retells_the_headlines_count_is_the_story() -> None:
    for text, want in (
            ("Air defence shoots down 41 drones overnight\n\nRussia launched 41 Shahed drones at "
             "Ukraine on the night of March 3, the Air Force said. All of them were shot "
             "down.", (41, 41)),
            ("Ukraine downs 27 Russian drones overnight, Air Force says\n\nOn the night of "
             "March 3, air defence destroyed 27 of the 30 drones Russia launched.", (30, 27))):
        evs = events(text, published="2025-09-20")
        got = (max(e.drones or 0 for e in evs), max(e.drones_downed or 0 for e in evs))
        assert got == want, text
    # a dated attack with other counts is an earlier one recalled: its launch count is none of
    # the report's
    text = ("Air defence downed 30 drones overnight, the Air Force said. On May 25, Russia "
            "launched 45 drones against Ukraine.")
    assert max(e.drones or 0 for e in events(text, published="2025-06-20")) == 0


# --- a clause that denies a strike on the places it names: no strike there -------------------


def test_places_of_a_clause_that_denies_a_strike_are_not_struck() -> None:
    for text, want in (
            ("Drones hit Kharkiv overnight and hurt three people, while officials in the "
             "Sumy, Poltava and Chernihiv regions said there were no hits.",
             {"UA-63"}),
            ("Missiles hit Lviv on Tuesday, and Ternopil was not hit, the governor said.",
             {"UA-46"}),
            ("No attacks were recorded in the Kyiv region overnight, but a drone hit a house in "
             "Mykolaiv.", {"UA-48"})):
        assert struck(text) == want, text
    # a clause that affirms a strike all the same keeps its place; casualties denied are no
    # strike denied
    assert struck("Drones attacked Dnipro overnight, while the Poltava region saw no hits but "
                  "debris damaged a barn.") == {"UA-12", "UA-53"}
    assert struck("A missile hit a warehouse in Odesa, but no one was hurt.") == {"UA-51"}


# --- injured told through the care they needed, or as a toll that rose ------------------------


def test_people_who_needed_or_received_medical_care_are_injured() -> None:
    for sentence, want in (
            ("At least 20 people needed medical care after the strike on the market.", 20),
            ("Five people received medical treatment, two of them in hospital.", 5),
            ("Nine residents required medical attention, the mayor said.", 9),
            ("The injured toll climbed to 40 by the evening.", 40),
            ("The injury count in the city has risen to 12, the governor said.", 12)):
        assert figures(sentence) == {"injured": want}, sentence
    # psychological help is no injury
    assert figures("Five people received psychological help.") == {}
