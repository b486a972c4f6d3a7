"""Short event notes (issue 12, session 21, notes21): the shapes of note whose strike oblasts and
tolls the retired blind notes read wrong, each class with sentences of our own, end to end
(extract_text: the strike oblasts and the sum over a report's events, as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def oblasts(text: str, published: str = "2022-08-10") -> set[str]:
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


def total(text: str, figure: str, published: str = "2022-08-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


def mentions(text: str, published: str = "2022-08-10") -> set[tuple[str, str | None]]:
    return {(m.name, m.oblast_iso) for m in extract_text(text, published=published).mentions}


# --- an event note counts an attack whichever side made it (GUIDE: every shelling event) -------

def test_an_event_notes_attack_by_ukraine_on_an_occupied_place_is_a_strike() -> None:
    for text, want, killed, injured in (
            ("On 2 July 2022, Ukrainian forces shelled DPR positions in Dokuchaievsk, Donetsk, "
             "damaging a school. Two civilians were killed and three were wounded.",
             {"UA-14"}, 2, 3),
            ("On 2 July 2022, Ukrainian partisans set off an IED near a police station in "
             "Melitopol, Zaporizhia, as a result of which one official was killed.",
             {"UA-23"}, 1, 0),
            ("On 2 July 2022, Ukrainian artillery fired at Russian positions near Nova Kakhovka, "
             "Kherson. Casualties unknown.", {"UA-65"}, 0, 0)):
        assert oblasts(text) == want, text
        assert (total(text, "killed"), total(text, "injured")) == (killed, injured), text
    # no event note (no dated opening): Ukraine's strikes on occupied towns are not Russia's
    for text in ("Ukrainian forces shelled Russian positions in Nova Kakhovka on Tuesday, "
                 "occupation officials said. Two people were killed.",
                 "Ukrainian drones struck a depot in occupied Melitopol overnight, the "
                 "Russian-installed governor said, killing one."):
        assert oblasts(text, "2024-05-03") == set(), text
        assert total(text, "killed", "2024-05-03") == 0, text
    # nor is a long report that opens with its date
    text = ("On 2 July 2022, Ukrainian forces shelled Russian positions near Nova Kakhovka. "
            + "Officials said the front was quiet elsewhere, and talks went on. " * 25)
    assert oblasts(text) == set()


def test_an_event_notes_shelling_of_a_town_held_since_2014_is_a_strike_too() -> None:
    text = ("On 2 July 2022, Ukrainian forces shelled DPR positions in Horlivka, Donetsk. One "
            "civilian was killed.")
    assert (oblasts(text), total(text, "killed")) == ({"UA-14"}, 1)


# --- a note's soldiers' toll after a lead that is no strike (clashes, a town retaken) -----------

def test_an_event_notes_toll_of_soldiers_after_a_clash_counts() -> None:
    for text, want in (
            ("On 2 July 2022, Russian forces clashed with Ukrainian forces near Lyman, Donetsk. "
             "At least 6 Ukrainian soldiers were killed.", 6),
            ("On 2 July 2022, Ukrainian forces retook Vysokopillia, Kherson after fighting with "
             "Russian forces. 12 Ukrainian servicemen died in the fighting.", 12)):
        assert total(text, "killed") == want, text
        assert oblasts(text) == set(), text
    # a news report's dead of ground fighting stay out
    text = ("Russian troops clashed with Ukrainian forces near Lyman on Tuesday. Six Ukrainian "
            "soldiers were killed in the fighting.")
    assert total(text, "killed", "2024-05-03") == 0


# --- a strike told "there", on the town the sentence before named -------------------------------

def test_a_strike_told_there_is_on_the_town_named_just_before() -> None:
    for text, want, killed in (
            ("On 2 July 2022, Ukrainian forces regained control of Kupiansk, Kharkiv, after "
             "clashes. Russian forces also destroyed a fuel depot there. Four Ukrainian "
             "soldiers were killed.", {"UA-63"}, 4),
            ("Russian troops were pushed out of Izium, Kharkiv region, on Monday. Later, "
             "artillery hit a school there, and two teachers were hurt.", {"UA-63"}, 0)):
        assert oblasts(text) == want, text
        assert total(text, "killed") == killed, text
    # "there" as an existential or a source is no strike place
    text = ("On 2 July 2022, Russian forces clashed with Ukrainian forces near Kupiansk, "
            "Kharkiv. There were no casualties.")
    assert oblasts(text) == set()
    text = ("Russian troops were seen massing near Kupiansk, Kharkiv region. Drones launched "
            "from there struck Belgorod.")
    assert oblasts(text) == set()


# --- an oblast's older name as a note's admin1 label ---------------------------------------------

def test_an_older_name_after_a_town_is_its_oblast() -> None:
    for text, oblast in (
            ("On 2 July 2022, Russian forces fired rockets at Znamianka, Kirovograd. A rail "
             "depot was damaged.", ("Kirovohrad", "UA-35")),
            ("On 2 July 2022, Russian forces fired missiles at Nikopol, Dnepropetrovsk. "
             "Casualties unknown.", ("Dnipropetrovsk", "UA-12"))):
        got = mentions(text)
        assert oblast in got, (text, got)
        assert not {"Kropyvnytskyi", "Dnipro"} & {name for name, _iso in got}, (text, got)
