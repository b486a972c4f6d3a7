"""Places in Ukrainian and Russian reports (issue 12, session 19, names19): raions named by
their adjective in lists and with the noun left out, and names that are no place here.
Sentences of our own, end to end (extract_text: a report's mentions and its events' oblasts,
as scored)."""

from __future__ import annotations

from extract_support import places


# --- raions named by their adjective --------------------------------------------------------

def test_raions_listed_before_one_shared_noun_are_each_their_own_town() -> None:
    # a city with districts named as a raion's adjective in the list ("Нікопольському") is no
    # city whose district the next adjective would be: Kryvyi Rih's raion, not Nikopol
    cases = (
        ("Вночі ворог бив по Нікопольському, Криворізькому та Синельниківському районах. "
         "Постраждала жінка.", ["Nikopol", "Kryvyi Rih", "Synelnykove"]),
        ("Ночью армия РФ атаковала Павлоградский, Синельниковский и Никопольский районы. "
         "Повреждены дома.", ["Pavlohrad", "Synelnykove", "Nikopol"]),
        ("Під обстрілами були Криворізький і Нікопольський райони, пошкоджено лінію "
         "електропередачі.", ["Kryvyi Rih", "Nikopol"]),
    )
    for text, want in cases:
        assert [n for n, _ in places(text)] == want, text


def test_a_raion_adjective_whose_noun_is_left_out_after_a_named_raion() -> None:
    # "у Харківському районі ..., у Богодухівському – ...": the second is Bohodukhiv's raion
    # (not Donetsk's district of that name, nor the village Iziumske of Izium's adjective)
    cases = (
        ("Унаслідок обстрілів у Харківському районі пошкоджено склад, у Богодухівському – "
         "зруйновано гараж.", "Bohodukhiv", "UA-63"),
        ("Через удари у Куп’янському районі згоріли авто, а в Ізюмському – пошкоджено "
         "школу.", "Izium", "UA-63"),
        ("В Купянском районе повреждены дома, в Лозовском – склад.", "Lozova", "UA-63"),
    )
    for text, name, iso in cases:
        assert (name, iso) in places(text), text
    # a city before a district of it keeps the district its own ("Харків: ... Київський район")
    assert places("Харків: вночі обстріляли Київський район, поранено двох людей.") == [
        ("Kharkiv", "UA-63"), ("Kharkiv", "UA-63")]
