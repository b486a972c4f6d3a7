"""Review of session 17's accuracy commits (rev17): cases the new rules plainly got wrong, each
with sentences of our own, end to end (extract_text: the sum or the largest figure over a
report's events, as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def total(text: str, figure: str, published: str = "2025-06-12") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


def largest(text: str, figure: str, published: str = "2025-06-12") -> int:
    return max((getattr(e, figure) or 0 for e in extract_text(text, published=published).events),
               default=0)


# --- NAMED_PEOPLE (ba4dc57): a place's name after "of" or "near" is no person ---------------

def test_a_place_named_after_a_preposition_is_no_person_told_hurt() -> None:
    text = "Residents of Velyka Novosilka were injured by Russian shelling on Monday."
    assert total(text, "injured") == 0
    text = "Several people near Nova Odesa were hurt when a glide bomb hit a farm."
    assert total(text, "injured") == 0
    # a name told on its own is still one person
    text = "Shelling hit Bilozerka. Anna Koval and Petro Marchuk were killed, the governor said."
    assert total(text, "killed") == 2


# --- DOWNED_LIST_MORE (12b7b14): a drone count with a verb of its own is no part of the list --

def test_drones_that_remained_in_the_air_are_not_shot_down() -> None:
    text = ("Air defence shot down 20 missiles overnight and 40 drones remained in the air for "
            "hours, the air force said.")
    assert largest(text, "drones_downed") == 0
    text = ("Gunners destroyed 11 cruise missiles over the south, and 25 drones continued towards "
            "Lviv, the army said.")
    assert largest(text, "drones_downed") == 0


# --- STRUCK_TARGET (cf7f5a5): a retelling that names the first facility is the same strike ---

def test_a_toll_retold_with_the_first_facility_named_again_does_not_add() -> None:
    text = ("A Russian missile hit a shopping centre in Odesa, killing three people.\n\n"
            "\"The enemy struck a restaurant in the shopping centre. Three people were killed,\" "
            "the governor wrote.")
    assert total(text, "killed") == 3
    text = ("A glide bomb hit a school in Kharkiv, injuring four teachers.\n\n"
            "\"The bomb struck the cafe of the school, four were injured,\" the mayor said.")
    assert total(text, "injured") == 4


# --- 6182fa3: a war's total told today stays no count of the night ----------------------------

def test_a_running_total_told_today_is_no_count_of_the_night() -> None:
    text = ("Russia launched 50 drones at Ukraine overnight. Since the invasion, Russia has "
            "already launched more than 30,000 drones, the president said today.")
    assert largest(text, "drones") == 50
    text = ("Russia launched 50 drones at Ukraine overnight. The enemy has already launched 9,500 "
            "Shaheds at the country, the air force said on Telegram this morning.")
    assert largest(text, "drones") == 50
    # the night's words in the count's own clause: that night's count so far
    text = "Russia launched 60 drones overnight, and air defence has already shot down 45."
    assert largest(text, "drones_downed") == 45


# --- ba4dc57, 7aa91b4: the English-only steps are RuleSet fields, not a language test ---------

def test_named_people_rise_and_relative_clause_are_fields_of_the_english_rules() -> None:
    from extract.rules.rulesets import ruleset
    english, ukrainian = ruleset("en"), ruleset("uk")
    assert english.named_people is not None and english.not_a_person_name is not None
    assert english.rise_from is not None and english.relative_of_one is not None
    assert ukrainian.named_people is None and ukrainian.rise_from is None
    assert total("Shelling hit Kherson. Anna Koval was killed.", "killed") == 1
