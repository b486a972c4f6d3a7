"""Tolls of earlier strikes that a report recalls are not the reported strike's (issue 12): "days
after", "the attack follows a strike on Monday", "Last Thursday, ...", "On Monday, ..." in a
later day's report. Every sentence here is written for the test."""

from __future__ import annotations

from extract.pipeline import extract_text

THURSDAY = "2025-06-12"


def totals(text: str, published: str = THURSDAY) -> tuple[int, int]:
    events = extract_text(text, published=published).events
    return (sum(e.killed or 0 for e in events), sum(e.injured or 0 for e in events))


def struck(text: str, published: str = THURSDAY) -> set[str]:
    return {e.place for e in extract_text(text, published=published).events}


def test_a_clause_days_after_an_earlier_strike_keeps_only_the_first_clause() -> None:
    text = ("A drone struck a bus in Kherson on Thursday, killing two people, days after shelling "
            "of the city killed five.")
    assert totals(text) == (2, 0)
    text = ("A missile hit Kryvyi Rih overnight, injuring seven people, a week after a strike on "
            "the city killed 20.")
    assert totals(text) == (0, 7)


def test_a_sentence_that_came_days_after_names_no_strike_of_the_report() -> None:
    text = ("A glide bomb hit Zaporizhzhia overnight, killing two people. The attack came days "
            "after a missile strike on Kryvyi Rih killed 20 people, including nine children.")
    assert totals(text) == (2, 0)
    assert "Kryvyi Rih" not in struck(text)


def test_an_attack_that_follows_one_on_an_earlier_day() -> None:
    text = ("Russian drones killed one person in Odesa overnight. The attack follows a missile "
            "strike on the city on Monday that killed eight people.")
    assert totals(text) == (1, 0)
    # the same words with the night of the report itself are its own strike
    text = ("Russian drones hit Odesa overnight. The attack came after Russia launched 60 drones "
            "at the south, killing one person.")
    assert totals(text) == (1, 0)


def test_an_earlier_day_named_as_such_is_recalled() -> None:
    for recall in ("Last Thursday, a massive attack on the capital killed 23 people.",
                   "Last weekend, an attack on the capital killed 23 people.",
                   "Earlier in the week, a drone strike on the capital killed 23 people.",
                   "Four days earlier, a drone attack on the capital killed 23 people."):
        assert totals("Russian missiles hit Kyiv overnight, injuring nine people. " + recall) \
            == (0, 9), recall


def test_a_sentence_opening_with_an_earlier_weekday_is_recalled() -> None:
    for recall in ("On Monday, a strike on Chernihiv killed four people and injured 20.",
                   "Monday's missile attack on Chernihiv killed four people and injured 20.",
                   "In a separate attack on Monday, drones killed four people and injured 20 in "
                   "Chernihiv."):
        assert totals("A Russian drone struck Kharkiv overnight, injuring three people. "
                      + recall) == (0, 3), recall


def test_earlier_days_stay_when_the_report_has_no_strike_of_its_own_day() -> None:
    # a roundup of the week: each day's strike is one the report tells of
    text = ("Russia launched more than 1,000 drones at Ukraine this week. On Monday, a strike on "
            "Odesa killed two people. On Tuesday, drones injured five in Kharkiv.")
    assert totals(text) == (2, 5)


def test_the_day_before_and_the_reports_own_day_are_not_recalls() -> None:
    text = ("A drone struck Kharkiv overnight, injuring three people. On Wednesday evening, "
            "shelling of Kupiansk killed one person.")
    assert totals(text) == (1, 3)
    text = ("Russian drones struck Poltava overnight, killing two people. On Thursday morning, "
            "a missile hit Kremenchuk, injuring six.")
    assert totals(text) == (2, 6)


def test_others_with_a_verb_of_their_own_are_no_part_of_the_injured_list() -> None:
    # acute stress reactions are no injuries (the guide), nor are people treated for shock
    text = ("A missile hit Dnipro overnight, injuring four people, and 12 others suffered acute "
            "stress reactions.")
    assert totals(text) == (0, 4)
    assert totals("A drone hit Sumy overnight, injuring four people and two children.") == (0, 6)


HEAD = "A Russian drone struck Kharkiv overnight, injuring three people. "


def test_an_attack_named_with_an_earlier_weekday_as_the_subject_is_recalled() -> None:
    for recall in ("The attack on Monday on Sumy killed eight people.",
                   "A strike on Sumy on Monday killed eight people.",
                   "Earlier, on Tuesday, a missile strike on Odesa killed two people."):
        assert totals(HEAD + recall) == (0, 3), recall


def test_running_tolls_and_single_earlier_attacks_are_background() -> None:
    for recall in ("Russian strikes on the city have killed 40 people this year.",
                   "Since Sunday, 20 people have been killed in the city.",
                   "In one strike in the spring, ten people were killed in the city.",
                   "An earlier attack on the city killed 12 people.",
                   "In a previous missile attack on the city, 12 people were killed.",
                   "The last major attack on the city killed 12 people."):
        assert totals(HEAD + recall) == (0, 3), recall
    # the report's own night stays, and so does its toll as updated
    assert totals(HEAD + "Overnight, a drone also killed a man in Sumy.") == (1, 3)
    assert totals(HEAD + "By Thursday evening, the number of injured had risen to five.") == (0, 5)


def test_an_earlier_weekday_anywhere_in_a_sentence_is_recalled() -> None:
    for recall in ("Nine people were killed on Monday when a glide bomb hit a market in the city.",
                   "The city was also shelled on Monday, when a glide bomb killed nine people.",
                   "Russia also struck the city on Monday, killing nine people.",
                   "Nine people died in Monday's missile strike on a market.",
                   "Over the weekend, a glide bomb killed nine people at a market."):
        assert totals("Russian drones hit Zaporizhzhia overnight, injuring four people. "
                      + recall) == (0, 4), recall


def test_an_earlier_weekday_is_kept_without_a_strike_told_for_the_reports_own_day() -> None:
    # nothing dates the first strike to the night before: the report may be about Monday's
    text = ("Russian drones hit Zaporizhzhia, injuring four people. Nine people were killed on "
            "Monday when a glide bomb hit a market in the city.")
    assert totals(text) == (9, 4)
    # "said this morning" dates the telling, not a strike
    text = ("Drones struck a market in Zaporizhzhia, the governor said this morning. Nine people "
            "were killed in Monday's attack on the market.")
    assert totals(text) == (9, 0)


def test_the_day_before_or_a_weekday_beside_overnight_is_no_recall() -> None:
    text = ("Russian drones hit Zaporizhzhia overnight, injuring four people. Two more people "
            "were killed on Wednesday evening in Huliaipole.")
    assert totals(text) == (2, 4)
    text = ("Russian drones hit Zaporizhzhia overnight, injuring four people. The region was "
            "shelled again overnight and on Monday, killing two.")
    assert totals(text) == (2, 4)


def test_the_sentence_after_a_dated_recall_goes_on_about_that_attack() -> None:
    text = ("A missile hit an apartment block in Poltava overnight. Three people were killed "
            "and 11 injured. On 2 June, drones attacked Kremenchuk. The attack killed six "
            "people and injured 30.")
    assert totals(text) == (3, 11)
    # a sentence after the recall that does not open on that attack is the report's again
    text = ("A missile hit an apartment block in Poltava overnight. On 2 June, drones attacked "
            "Kremenchuk. Three were killed and 11 injured in Poltava.")
    assert totals(text) == (3, 11)
