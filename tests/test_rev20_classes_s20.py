"""Review of session 20 (rev20): the cases where a session-20 rule read more than its class,
each with sentences of our own, end to end (struck oblasts and figures as scored)."""

from __future__ import annotations

from extract_support import struck

# --- rubble: a strike's only where people or bodies are under it (review of 28e6d46) ---------


def test_rubble_of_snow_or_roads_is_no_strike() -> None:
    # "завали" are snowdrifts and blocked roads too; only "з-під завалів" / "під завалами"
    # tells the rubble a strike left
    assert struck("Завали на дорогах Харківщини після снігопаду розчищали всю ніч.") == set()
    assert struck("Завалы на дорогах Харьковщины после снегопада расчищали всю ночь.") == set()
    assert struck("На Харківщині рятувальники дістали з-під завалів тіло чоловіка.") == {
        "UA-63"}
    assert struck("В Харьковской области под завалами нашли тело мужчины.") == {"UA-63"}


# --- ground harm: a strike's murder of people in an attack is still a strike (review of
# 474c96e) ----------------------------------------------------------------------------------


def test_people_murdered_in_an_attack_are_a_strikes_toll() -> None:
    # officials call a strike's dead "murdered"; an attack told with them is a strike's act
    assert struck("Russians murdered two civilians in Kherson during an overnight attack.") == {
        "UA-65"}
    assert struck("The occupiers murdered a man in Nikopol in a morning attack on the town.") == {
        "UA-12"}


# --- rules searched part by part are named by each language's RuleSet (review of 81be9e9) ----


def test_each_language_names_its_rules_searched_part_by_part() -> None:
    from extract import events
    from extract.rules.rulesets import RULESETS

    # no language test in the engine: a RuleSet names the fields of its split rules
    assert RULESETS["en"].split_by_part == ()
    for lang in ("uk", "ru"):
        rules = RULESETS[lang]
        assert "not_evidence" in rules.split_by_part
        for field in rules.split_by_part:
            assert getattr(rules, field).name in events._PARTS, (lang, field)


# --- care sought with a word between the place and the verb (review of 4713118) --------------


def test_care_sought_with_a_word_before_the_verb_is_injury() -> None:
    from extract_support import total

    # the help or the place told first, then an adverb, then the verb: still hurt
    assert total("Після обстрілу Сум до лікарні самостійно звернулися двоє мешканців.",
                 "injured") == 2
    assert total("После обстрела Сум в больницу самостоятельно обратились двое жителей.",
                 "injured") == 2
