"""Review of session 18's rules (rev18): a rule that drops a strike must keep the strike's own
place. Sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, struck


def _oblasts(text: str) -> set[str]:
    return {e.oblast_iso for e in events(text) if e.oblast_iso}


# --- an outage told with the strike that caused it: the strike's own target is struck -------


def test_an_outage_after_a_strike_on_a_named_target_keeps_the_target() -> None:
    assert _oblasts("Due to the Russian attack on energy infrastructure in the Kharkiv region, "
                    "40,000 homes are without power.") == {"UA-63"}
    assert _oblasts("As a result of the overnight attack on Odesa, thousands of families were "
                    "left without water and heat.") == {"UA-51"}
    assert _oblasts("Outages were reported in Zaporizhzhia after the Russian attack on the "
                    "city's energy infrastructure.") == {"UA-23"}


def test_an_outage_after_a_strike_on_the_grid_in_general_is_still_no_strike_there() -> None:
    assert _oblasts("Rivne Oblast stayed without light for hours, an outage caused by an "
                    "enemy attack on energy facilities, officials said.") == set()


# --- a weekly roundup's dated strikes are its own; a caption's of weeks before is not ---------


def test_a_weekly_roundups_dated_strikes_stay_struck() -> None:
    text = ("Russia kept up its attacks all week. On March 10, drones hit a grain store in "
            "Lviv. On March 12, a missile hit a depot in Poltava. Overnight, drones struck "
            "Odesa, injuring two.")
    assert struck(text, "2025-03-15") == {"UA-46", "UA-53", "UA-51"}
    text = ("A Shahed drone over Kyiv on March 2, 2025. Overnight, drones struck Odesa, "
            "injuring two.")
    assert struck(text, "2025-03-15") == {"UA-51"}


# --- after "N regions –" only a list names oblasts; one name going on is itself -------------


def test_a_single_name_after_a_dash_after_regions_is_the_city() -> None:
    text = ("Drones struck four regions \u2013 Kyiv was hit hardest, with two killed in the "
            "Darnytskyi district.")
    assert struck(text) == {"UA-30"}
    # a list after the dash still names the oblasts
    assert struck("Russia targeted five regions \u2014 Kyiv, Odesa and Sumy, officials said "
                  "after drones hit homes overnight.") == {"UA-32", "UA-51", "UA-59"}
