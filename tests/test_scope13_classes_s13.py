"""A whole report's figures reconciled by scope (issue 12, session 13, /work/snap/dev13/scope13):
a country roundup's headline total holds its oblasts, and an oblast's toll holds the tolls of
its own places told after it; the headline decides where they are parts and where separate
strikes. Sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

# --- an oblast's toll holds its places' tolls where the headline says so ----------------------


_ROUNDUP = ("Russian troops struck seven oblasts in the last 24 hours, leaving two dead and 11 "
            "wounded, officials said on May 3.\n\n"
            "In Sumy Oblast, Russian attacks wounded five residents, the governor said.\n\n"
            "In the village of Esman, two women and a man were hurt by a guided bomb.\n\n"
            "In Kherson Oblast, shelling left two dead and six wounded, the local administration "
            "reported.")


def test_a_village_told_after_its_oblast_is_within_the_oblasts_toll() -> None:
    # 5 (Sumy Oblast, of which Esman's 3) + 6 = 11, the headline: not 5 + 3 + 6
    assert total(_ROUNDUP, "injured") == 11
    assert total(_ROUNDUP, "killed") == 2


def test_the_oblast_keeps_what_its_places_leave_over() -> None:
    sumy = [e for e in events(_ROUNDUP) if e.place_kind == "oblast" and e.oblast_iso == "UA-59"]
    assert [(e.injured, e.how.get("injured")) for e in sumy] == [(2, "remainder")]


def test_a_place_told_as_one_more_within_its_oblasts_paragraph() -> None:
    # "also" puts the city's one beside the oblast's toll, but the headline counts it in
    text = ("Russian attacks killed a civilian and wounded nine in eight oblasts during the past "
            "day, regional officials reported.\n\n"
            "Shelling of Kherson Oblast wounded seven people, the governor said.\n\n"
            "A bus driver was also injured in the centre of Kherson.\n\n"
            "In Kharkiv Oblast, a drone killed a man and injured two residents of Kupiansk.")
    assert total(text, "injured") == 9
    assert total(text, "killed") == 1


# --- the guards: separate strikes the headline adds up; parts over the total ------------------


def test_a_strike_the_headline_adds_to_its_oblasts_toll_keeps_its_own_toll() -> None:
    # 1 + 1 killed and 6 + 2 + 3 injured = the headline: the village's strike is one more
    text = ("Russian attacks killed two people and injured 11 in six oblasts during the last day, "
            "according to regional authorities.\n\n"
            "In Donetsk Oblast, a civilian died and six were wounded, the governor said.\n\n"
            "In Sloviansk, a missile hit a fire station at night, killing a rescuer and "
            "injuring two more.\n\n"
            "Kherson Oblast reported three residents injured.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 11



def test_parts_over_the_headline_with_no_oblast_to_hold_them_stay_the_larger() -> None:
    text = ("Russian forces struck five oblasts in the last 24 hours, leaving one dead and seven "
            "hurt, officials said.\n\n"
            "In Kharkiv Oblast, shelling injured four residents.\n\n"
            "In Zaporizhzhia Oblast, a drone killed a man and injured four people.")
    assert total(text, "injured") == 8



def test_an_oblast_holds_its_places_where_the_parts_still_exceed_the_headline() -> None:
    # Kharkiv Oblast's four hold Kupiansk's two (2 + 2 + 5 = 9, nearer the headline's seven
    # than 4 + 2 + 5): the headline is dropped, and the oblast keeps what the city leaves over
    text = ("Russian forces struck five oblasts in the last 24 hours, leaving one dead and seven "
            "hurt, officials said.\n\n"
            "In Kharkiv Oblast, shelling injured four residents.\n\n"
            "In Kupiansk, two men were hurt by a drone.\n\n"
            "In Zaporizhzhia Oblast, a drone killed a man and injured five people.")
    assert total(text, "injured") == 9
    kharkiv = [e for e in events(text) if e.place_kind == "oblast" and e.oblast_iso == "UA-63"]
    assert [(e.injured, e.how.get("injured")) for e in kharkiv] == [(2, "remainder")]


def test_a_headline_is_not_dropped_with_a_later_toll_told_for_no_place() -> None:
    # the oblast's three, read for no place, share the headline's key: dropping the headline
    # (parts 3 + 2 + 1 over its 4) dropped them too, leaving the report 3 killed
    text = ("Russian strikes across the country left four dead and six hurt during the past "
            "day, officials reported on May 9.\n\n"
            "In Donetsk Oblast, three residents were killed: two in Kostiantynivka and one in "
            "Pokrovsk. Three more were injured, Governor Petro Petrenko said.\n\n"
            "A 58-year-old man was killed in Mykolaiv Oblast in shelling, Governor Ivan Ivanenko "
            "wrote.")
    assert total(text, "killed") == 4
