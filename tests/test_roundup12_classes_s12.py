"""Daily roundups with totals nested at three levels (issue 12, session 12,
/work/snap/dev12/roundup12): a country's total, an oblast's total, the settlements' parts, each
level holding the one below it, not added to it. Sentences of our own, end to end."""

from __future__ import annotations

from extract_support import events, total

# --- a count of oblasts is the country's scope: its toll is the roundup's total --------------


def test_a_toll_over_a_count_of_oblasts_holds_the_parts_told_after_it() -> None:
    # no words of a period or of the country: the count of oblasts makes it the total
    text = ("Russian troops attacked eight oblasts, killing two people and injuring 14.\n\n"
            "In Kharkiv Oblast, a drone killed a man in Kupiansk and injured four residents.\n\n"
            "Shelling of Nikopol killed a woman and injured three people.\n\n"
            "In Kherson Oblast, five people were injured.")
    assert total(text, "killed") == 2
    assert total(text, "injured") == 14
    country = [e for e in events(text) if e.place_kind == "country"]
    assert [e.how.get("injured") for e in country] == ["remainder"]


def test_oblasts_named_one_by_one_are_no_count_of_oblasts() -> None:
    # separate strikes, no total: the figures add up
    text = ("A drone hit a house in Shostka, injuring two people. "
            "Sumy and Chernihiv oblasts also came under fire. "
            "Later, shelling of Kupiansk injured three residents.")
    assert total(text, "injured") == 5
