"""Review of session 19's commits (rev19): cases the new rules got wrong, with sentences of our
own, end to end."""

from __future__ import annotations

from extract_support import struck

# --- a denial that a "but" clause takes back (review of f604e21) ------------------------------


def test_a_denial_taken_back_by_a_but_clause_naming_no_place_keeps_its_place_struck() -> None:
    # "no hits on homes, but a plant was damaged": the denial was partial, the strike is on the
    # place the denial named
    for text, want in (
            ("Drones attacked Dnipro overnight. In the Poltava region there were no hits on "
             "homes, but a power substation was damaged, the governor said.",
             {"UA-12", "UA-53"}),
            ("Drones hit Sumy overnight. The Zaporizhzhia governor said there were no direct "
             "hits, but falling debris damaged a shed.", {"UA-59", "UA-23"})):
        assert struck(text) == want, text
    # a "but" clause with a place of its own leaves the denial standing
    assert struck("No hits were reported in the Chernihiv region last night, but a drone struck a "
                  "farm near Kherson.") == {"UA-65"}
