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


# --- a pattern of places.py is a named rule (review of e2ea3b5) -----------------------------


def test_the_district_word_of_a_mention_is_a_named_rule() -> None:
    # `_city_just_before`'s test of a mention ending in a district word is the rule's pattern,
    # not one compiled in the engine
    from extract import places
    from extract.rules import place_contexts as contexts

    assert places._DISTRICT_IN_NAME is contexts.DISTRICT_IN_NAME.regex
    text = "Під удар потрапив Центральний район."
    start, end = text.index("Центральний"), text.index(".")
    assert contexts.DISTRICT_IN_NAME.regex.search(text, start, end) is not None
    assert contexts.DISTRICT_IN_NAME.regex.search(text, start, text.index(" район")) is None
