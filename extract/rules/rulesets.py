"""One set of rules per language: what the events, figures and dates engines read a report with.

English keeps its rule families (`strike_words`, `not_strike`, `totals`, `figure_*`,
`date_phrases`); Ukrainian and Russian keep theirs in one module each (`lang_uk`, `lang_ru`),
like dateparser's one file per language. The engines are one: they take the `RuleSet` of the
report's language (`extract.language.detect_language`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType, SimpleNamespace
from typing import Any

from extract.numbers import parse_number as parse_english_number
from extract.rules import Rule, lang_ru, lang_uk
from extract.rules import blasts as bl
from extract.rules import date_phrases as dp
from extract.rules import figure_contexts as fc
from extract.rules import figure_phrases as fp
from extract.rules import figure_words as fw
from extract.rules import not_strike as ns
from extract.rules import number_words as nw
from extract.rules import strike_words as sw
from extract.rules import totals as tl


@dataclass(frozen=True)
class RecallRules:
    """How a report's sentences recall an earlier strike than its own (`events._day_before`,
    `_recall_span`, `_own_day`); a language with these rules gets those steps."""

    own_day: Rule        # "overnight", "this morning": the report's own day or night
    reported_on: Rule    # "said this morning" before it: the day of the telling only
    reminder: Rule       # "As reported, ..." opening a reminder of earlier news
    day_roundup: Rule    # "over the past day": a roundup's own period
    recalled_toll: Rule  # "strikes have killed 40 people this year", "an earlier attack"
    recall_after: Rule   # "..., days after shelling killed five"
    follows: Rule        # "the attack follows a strike on Monday"
    earlier_day: Rule    # "last Thursday"
    previous_night: Rule
    earlier_weekday_opening: Rule  # "On Monday, ..." some days back
    earlier_weekday: Rule          # "five were killed on Sunday when ..."
    earlier_month_opening: Rule | None = None  # "In early April, ..." another month's
    #: "The largest attack so far involved 810 drones": the war's record attack, once the
    #: report told a count of its own night (`events._recall_span`)
    record_attack: Rule | None = None
    night_named: Rule | None = None  # "overnight on Feb. 21": a night named by its date
    #: a sentence's clauses and asides, and an aside's opening: a clause of another time than
    #: the report's strike is read apart (`events._other_time_clause`)
    clause_break: Rule | None = None
    apposition: Rule | None = None

    @property
    def gated(self) -> tuple[Rule, ...]:
        """The rules run only where a sentence's words arm their gate."""
        return (self.recalled_toll, self.recall_after, self.follows, self.earlier_day,
                self.earlier_weekday_opening, self.earlier_weekday, self.own_day,
                self.previous_night,
                *((self.earlier_month_opening,) if self.earlier_month_opening else ()),
                *((self.record_attack,) if self.record_attack else ()))


@dataclass(frozen=True)
class SpeakerRules:
    """The official who tells a strike naming no place, by the title in the sentence next to it
    (`events._speaker_oblast`)."""

    title_after: Rule      # "Ivan Petrenko, governor of" ... the oblast then its title
    title_of_before: Rule  # "governor of the" right before the oblast
    goes_on: Rule          # the sentence after: the speaker going on ("added that")
    quoted: Rule           # the sentence before: quoted by a pronoun ("he said")


@dataclass(frozen=True)
class LossClaimRules:
    """What makes a sentence's figures a side's claims of losses, no strike's
    (`figures._without_army_losses`): its tolls where it tells an army's losses (`army_losses`,
    asked where a `loss_word` is) or a dataset's coding of a toll (`coded_toll`), its weapon
    counts where it tallies military hardware (`equipment_tally`)."""

    loss_word: Rule        # "suffered", "losses": the words an army's losses are told with
    army_losses: Rule      # "640 casualties that Russian forces suffered"
    coded_toll: Rule       # "fatalities coded as 10", a side's claim of the other's dead
    equipment_tally: Rule  # "it destroyed two tanks ... and 25 drones"


@dataclass(frozen=True)
class RuleSet:
    """Every rule the engines apply that differs between languages."""

    lang: str
    # what a sentence is about (lower-cased sentence)
    strike: Rule
    weapons: tuple[tuple[str, Rule], ...]
    happened: Rule
    hard_hit: Rule
    ukrainian_attacker: Rule
    russian_attacker: Rule
    russian_strike: Rule
    diplomacy: Rule
    not_evidence: Rule
    ground_fighting: Rule
    hypothetical: Rule
    background: Rule
    russian_target: Rule
    # totals
    total: Rule
    national: Rule
    national_toll: Rule
    rising_toll: Rule
    national_before: Rule
    # figures
    phrases: tuple[tuple[str, Rule], ...]
    topic_words: Mapping[str, tuple[str, ...]]
    down_verb: Rule
    cumulative: Rule
    #: a period opening a sentence ("Over the past week, ..."): all its counts are totals
    period_first: Rule | None
    soldiers: Rule
    count_word: Rule | None      # None: English, whose counts `figures._has_count` finds
    list_one_drone: Rule | None  # a weapon list's line naming one drone ("- fpv-дрон;")
    reminder: Rule | None        # a reminder of earlier news opening a sentence ("Нагадаємо")
    launch_sites: Rule | None    # where weapons were launched from: no strike abroad
    #: a correction that deaths or injuries told before were not confirmed (group `killed` or
    #: `injured` names which)
    retracted: Rule | None
    #: a toll told for a city and its region at once ("в Харькове и области"): over both
    city_and_region: Rule | None
    #: a toll told by an official Russia installed ("the Moscow-installed mayor said"): a
    #: strike of Ukraine's, like `ukrainian_attacker` (`events._installed_official`)
    installed_official: Rule | None
    #: the cause a strike answers ("in retaliation for a Ukrainian attack on its fleet"): a
    #: Ukrainian attacker named only there is no attacker of the sentence
    #: (`events._Sentence.read`)
    retaliation_cause: Rule | None
    # steps a language has rules for (None: the engines skip the step)
    #: the count its figure phrases open with (Ukrainian, Russian; English finds its counts
    #: by `figures._CountStarts`)
    count: str | None
    #: "усі їх збили": the drone count told before was shot down (`events._all_shot_down`);
    #: its `prescan` holds the word "all" of the language
    all_shot_down: Rule | None
    drone_count_before: re.Pattern[str] | None  # the count `all_shot_down` takes
    #: "stopped all but four of them": the drone count told before, less the few
    #: (`events._all_but_downed`); its `prescan` holds the words "all but" of the language
    all_but_downed: Rule | None
    #: right after a shot-down count, a further weapon count joined to its list ("shot down 20
    #: missiles, as well as 12 drones"): shot down too (`figures._downed_list`; group `n`)
    downed_list_more: Rule | None
    #: "the toll has risen from 30 to 35": the old figure of a change, blanked (group `old`)
    rise_from: Rule | None
    #: "a woman who was walking her dog was killed": the clause blanked (group `clause`)
    relative_of_one: Rule | None
    #: a count of people that is no toll ("помощь 252 пострадавшим и их родственникам", people
    #: psychologists helped): blanked, whole match
    not_a_toll: Rule | None
    #: a list's header ending in a word of death or injury ("загинуло:"), and its lines' count
    #: of people ("- 3 людини у Харкові,"): each line a toll for its place (`events._toll_line`)
    toll_list_header: Rule | None
    toll_list_line: Rule | None
    #: a total told with its noun left out right after a toll ("Загалом в області – 21."):
    #: of the field told just before (`events._elliptic_total`)
    elliptic_total: Rule | None
    #: "Anna Koval was killed": people told by their names, one each (`figures._named_people`,
    #: with the language's `not_a_person_name` and `name_separator`, which it then requires)
    named_people: Rule | None
    not_a_person_name: Rule | None
    name_separator: Rule | None
    #: a missile word naming the defence ("anti-aircraft missile troops"): a sentence whose
    #: missile words are all such names no missiles (`events._defence_missiles_only`)
    defence_missile: Rule | None
    #: one count for missiles and drones together ("80 missiles and drones"), and a count of
    #: drones alone: a count shot down of the first is no drone count (`events._mixed_downed`)
    mixed_count: Rule | None
    drones_alone: re.Pattern[str] | None
    approximate_before: Rule | None  # round-figure words before a drone count ("almost")
    #: Ukraine's air force as a sentence's source: its drone tally wins over a round count
    #: within a tenth that someone else told (`events._exact_over_round`)
    air_force_tally: Rule | None
    part_of_count: Rule | None       # "84 дрони, у тому числі 50 Shahed": a part, no sum
    in_relative_clause: Rule | None  # a date inside a relative clause dates that clause only
    #: a count's own qualifiers, read before the figure phrases (`figures.sentence_figures`):
    #: an open compound of a person ("middle aged woman", joined by hyphens), an aside inside
    #: a count ("five people, including a child, were hurt"; blanked), and an apposition after
    #: a count that says who they were with the count it must follow ("two residents, an old
    #: man and his wife, ..."; blanked)
    open_compound: Rule | None
    count_aside: Rule | None
    count_apposition: tuple[Rule, Rule] | None
    #: what makes a count read by a phrase no figure of the strike (`figures.sentence_figures`):
    #: soldiers right after a toll ("killed 600 Ukrainian soldiers"), a period beside a weapon
    #: count ("2,000 drones in October"), hundreds of bombs in the sentence (a week's summary),
    #: words before a drone count that make it none launched ("another 30 drones"), and a
    #: purchase ("has ordered 2,400 drones")
    soldiers_after: Rule | None
    weapon_period: Rule | None
    bombs_total: Rule | None
    drones_told_before: Rule | None
    procured_before: Rule | None
    #: drones counted type by type in one list ("two Geran-2, one FPV and three unknown
    #: drones"): one count, their sum (`figures._drones_by_type`), each item's count read by
    #: `typed_drone_count` (group `n`), which it then requires
    drones_by_type: Rule | None
    typed_drone_count: re.Pattern[str] | None
    #: the steps that read a sentence's figures together, after its phrases
    #: (`figures.sentence_figures`; None: the step is skipped). "One man died in A, another in
    #: B": each clause that leaves out its verb one more of the toll told before it, unless
    #: something else stands between (`figures._elided_one_more`; the clause, what between):
    elided_one_more: tuple[Rule, Rule] | None
    #: "two were killed and the same number injured": a toll told as the count of the toll just
    #: told, for the kind its verb names (`figures._same_number`; group `kind`)
    same_number: Rule | None
    #: "six victims, including two dead": a count of victims with its dead told as a part of
    #: it is the dead (killed) and the rest (injured) (`figures._victims_with_dead`; group `n`)
    victims_dead_part: Rule | None
    #: "repelled an attack by 46 drones, shooting down 39": a shot-down count told as the
    #: attack's size is drones launched (`figures._attack_sizes`)
    attack_size_before: Rule | None
    #: "12 drones were destroyed over Odesa and four over Mykolaiv": the parts after a
    #: shot-down count, shot down too (`figures._downed_parts`; group `n`)
    downed_part: Rule | None
    #: "34 дрони знищено, а ще 78 вдалося збити": a second shot-down count with a verb of its
    #: own, joined by "and" to the first, is the rest of the night's (`figures._downed_sums`;
    #: matched where the first count ends, group `n` the second)
    downed_and_more: Rule | None
    #: "36 drones were intercepted, out of 42 launched": the drones launched
    #: (`figures._out_of_launched`; group `n`)
    out_of_launched: Rule | None
    loss_claims: LossClaimRules | None
    #: a toll's count with no people of its own right after a count of soldiers ("two soldiers
    #: were killed and eighteen were wounded"): soldiers too, no strike's toll
    #: (`figures._soldiers_too`; what may stand between, the people a count names as its own)
    soldiers_too: tuple[Rule, Rule] | None
    #: the fields of sentence rules searched one armed part at a time (`events._split_other`:
    #: one rule per alternative, each gated by its own literals), where the whole rule, armed
    #: by nearly every sentence, was tried at every character; English splits its own
    #: (`events._split`), so names none here
    split_by_part: tuple[str, ...]
    #: "на Запоріжжі": an oblast centre's name after a preposition naming its oblast
    #: (`places._on_the_region`)
    on_the_region: Rule | None
    #: Russia's claims of drones downed over Russia, and Ukraine's air force as a source
    russia_downed_ukrainian: Rule | None
    ukraine_source: Rule | None
    next_clause: Rule | None   # a clause of its own after a count ("а за тиждень")
    place_break: Rule | None   # where a sentence turns to its next place ("...; у Козачій ...")
    hospital_words: tuple[str, ...]  # words of being taken to hospital (people helped on site)
    #: right before a date, words that make it no day of the sentence's ("since", "from 20:00
    #: on"): each rule ends at the date (`$`), tried on the text before it
    not_own_date: tuple[Rule, ...]
    #: right before a date, the telling of the news ("in a statement on July 14"): the day it
    #: was told, so the strike's day at the latest; no day of the sentence's strike unless it
    #: lies before the strike day the report told already (then the sentence recalls)
    telling_date: Rule | None
    #: the word for the capital ("drones struck the capital": Kyiv without its name)
    capital_word: str | None
    # tolls told again or beside those told (None: the language has no such rule; step skipped)
    national_tally_source: Rule | None  # "..., according to the air force": the country's
    hospitalised_only: Rule | None      # "in total, four have been hospitalised": a part
    part_of_toll: Rule | None           # "of the 41 hospitalised, nine ...": within a toll told
    both_sides_toll: Rule | None        # "killed three in Ukraine and Russia": neither side's
    died_told: Rule | None              # a death told with "died" (`events._death_told_again`)
    age_of_one: Rule | None             # the age that names one person ("a 45-year-old")
    others_after: Rule | None           # right after a count: "others", "more" beside it
    more_beside: tuple[Rule, Rule] | None  # "another", "also said a", "were also hurt"
    told_as_more: Rule | None           # a sentence of people beside those told: "also"
    separate_attack: Rule | None        # "in a separate attack": its toll adds
    struck_target: Rule | None          # "shelled the station": another facility, another strike
    facility: Rule | None  # a facility's kind, verb or none: the first toll's named again, retold
    earlier_count: Rule | None          # "it was initially reported that": a toll superseded
    later_told: Rule | None             # "Later, the governor reported": a toll as it came to be
    #: the time of day a toll stood at ("as of 18:00"): a later time revises it
    #: (`events._stamped_revision`)
    toll_time: Rule | None
    #: a language's reporting conventions (False: the step is skipped). A toll carried to the
    #: strike told before makes the sentence after it go on about that strike too ("Загинула
    #: жінка. Пізніше стало відомо, що двоє людей загинули"):
    carried_toll_goes_on: bool
    #: a toll heading a report for no place is the report's total ("Погиб мужчина, восемь
    #: пострадавших" as its first sentence):
    first_toll_is_total: bool
    #: a toll told as risen supersedes the same place's tolls told before it (English revises
    #: by the time of day instead, `toll_time`):
    rising_toll_supersedes: bool
    region_anaphor: Rule | None         # "in the region": the oblast told just before
    recall_goes_on: Rule | None         # a sentence going on about the attack just recalled
    told_before_date: Rule | None       # "as reported on 5 May": no date of the strike
    link_line: Rule | None              # "Read also:": other stories' headlines, not read
    abroad_opening: Rule | None         # "In Russia, ...": a sentence about a place abroad
    #: the occupation's voice: without it and with no attacker named, a town held since 2014
    #: is struck as any other (`events._names_no_attacker`)
    occupation_voice: Rule | None
    #: a strike told on "the settlement", "nearby villages": the one town named just before
    #: is the place struck (`events._anaphor_town`)
    settlement_anaphor: Rule | None
    #: ... and a strike told "there" (asked only where a strike's sentence names no place)
    there_anaphor: Rule | None
    #: a toll or damage denied for the places a sentence names ("no casualties were reported
    #: in the Sumy region"): after an attack told, those places were attacked
    #: (`events._toll_denied_only`)
    toll_denied: Rule | None
    #: the opening of an event note (a dataset's record of one event): in such a short
    #: report every attack on a place of Ukraine and every toll counts, whichever side
    #: (`events._Report.note`)
    event_note: Rule | None
    #: a line splitting a count by place ("У Сумській області - 6, у Харківській - 4"), its
    #: names blanked: after a sentence with a figure, each place is struck
    breakdown_line: Rule | None
    recall: RecallRules | None          # a sentence recalling an earlier day's strike
    speaker: SpeakerRules | None        # the oblast of the official who tells a strike
    #: an explosion with a cause of its own ("a grenade went off in a flat"), and the words that
    #: name an attack all the same
    own_cause_blast: Rule | None
    attack_named: Rule | None
    #: harm done on the ground ("clashed ..., as a result of which 50 died", "shot dead a
    #: civilian", "a truck ran over a car"), and a strike's own act: a toll told with the first
    #: and none of the second nor a weapon is no strike's (`events._ground_harm`)
    ground_harm: Rule | None
    strike_act: Rule | None
    #: an armed force told as a killer, the toll its whole act ("LPR killed 45 soldiers"): in an
    #: event note with no strike's act nor weapon, no strike (`events._killing_alone`)
    killing_alone: Rule | None
    #: the place word before a city held since 2014 that names its oblast ("killed in
    #: Donetsk"); None: such a name is never its oblast
    held_city_place_before: Rule | None
    #: a noun for one person opening a sentence ("Woman killed in ..."), and the phrases that
    #: then count one each, tried once at its start (`figures`); None / (): no such step
    bare_first: Rule | None
    bare_nouns: frozenset[str]          # its nouns, as words (a cheap test before it)
    bare_phrases: tuple[tuple[str, Rule], ...]
    #: such a noun opening a clause of a note after a comma ("..., child reported dead"): group
    #: `at`, where `bare_phrases` are tried as at a start; None: no such step
    bare_after_comma: Rule | None
    #: soldiers of the side attacked (Ukraine's), whose toll counts where it belongs to a strike
    #: told with it (`figures`, `events._place_figure`); None: soldiers' tolls are never read
    own_soldiers: Rule | None
    parse_number: Callable[[str], int | None]
    # dates (as written)
    full_dates: tuple[Rule, ...]   # a day and its month, groups `day`, `mon`, `year`
    months: Mapping[str, int]
    weekday: Rule
    weekdays: Mapping[str, int]
    yesterday: Rule

    @property
    def sentence_rules(self) -> tuple[Rule, ...]:
        """The rules a sentence is read with, each run only where its gate is armed."""
        return (self.strike, *(rule for _w, rule in self.weapons), self.happened, self.hard_hit,
                self.ukrainian_attacker, self.russian_attacker, self.russian_strike,
                self.diplomacy, self.not_evidence, self.ground_fighting, self.hypothetical,
                self.background, self.russian_target)


#: `RuleSet.split_by_part` unless a language names its own: the sentence rules that measured
#: faster part by part on the Ukrainian and Russian development sentences and bench reports
#: (`strike`, the weapons, attackers and targets did not: more parts armed than the whole costs).
_SPLIT_BY_PART = ("not_evidence", "happened", "hard_hit", "diplomacy", "ground_fighting",
                  "hypothetical", "background")


def _from_module(lang: str, m: ModuleType | SimpleNamespace) -> RuleSet:
    """A language's rule set from the module that holds its rules by their spec names."""
    def get(name: str) -> Any:
        return getattr(m, name)

    return RuleSet(
        lang=lang, strike=get("STRIKE"), weapons=tuple(get("WEAPONS")),
        happened=get("HAPPENED"), hard_hit=get("HARD_HIT"),
        ukrainian_attacker=get("UKRAINIAN_ATTACKER"), russian_attacker=get("RUSSIAN_ATTACKER"),
        russian_strike=get("RUSSIAN_STRIKE"), diplomacy=get("DIPLOMACY"),
        not_evidence=get("NOT_EVIDENCE"), ground_fighting=get("GROUND_FIGHTING"),
        hypothetical=get("HYPOTHETICAL"), background=get("BACKGROUND"),
        russian_target=get("RUSSIAN_TARGET"), total=get("TOTAL"), national=get("NATIONAL"),
        national_toll=get("NATIONAL_TOLL"), rising_toll=get("RISING_TOLL"),
        national_before=get("NATIONAL_BEFORE"), phrases=tuple(get("PHRASES")),
        topic_words=get("TOPIC_WORDS"), down_verb=get("DOWN_VERB"),
        cumulative=get("CUMULATIVE"), period_first=getattr(m, "PERIOD_FIRST", None),
        soldiers=get("SOLDIERS"),
        count_word=getattr(m, "COUNT_WORD", None),
        list_one_drone=getattr(m, "LIST_ONE_DRONE", None),
        reminder=getattr(m, "REMINDER", None),
        launch_sites=getattr(m, "LAUNCH_SITES", None),
        retracted=getattr(m, "RETRACTED", None),
        city_and_region=getattr(m, "CITY_AND_REGION", None),
        installed_official=getattr(m, "INSTALLED_OFFICIAL", None),
        retaliation_cause=getattr(m, "RETALIATION_CAUSE", None),
        count=getattr(m, "N", None),
        all_shot_down=getattr(m, "ALL_SHOT_DOWN", None),
        drone_count_before=getattr(m, "DRONE_COUNT_BEFORE", None),
        all_but_downed=getattr(m, "ALL_BUT_DOWNED", None),
        downed_list_more=getattr(m, "DOWNED_LIST_MORE", None),
        rise_from=getattr(m, "RISE_FROM", None),
        relative_of_one=getattr(m, "RELATIVE_OF_ONE", None),
        not_a_toll=getattr(m, "NOT_A_TOLL", None),
        toll_list_header=getattr(m, "TOLL_LIST_HEADER", None),
        toll_list_line=getattr(m, "TOLL_LIST_LINE", None),
        elliptic_total=getattr(m, "ELLIPTIC_TOTAL", None),
        named_people=getattr(m, "NAMED_PEOPLE", None),
        not_a_person_name=getattr(m, "NOT_A_PERSON_NAME", None),
        name_separator=getattr(m, "NAME_SEPARATOR", None),
        defence_missile=getattr(m, "DEFENCE_MISSILE", None),
        mixed_count=getattr(m, "MIXED_COUNT", None),
        drones_alone=getattr(m, "DRONES_ALONE", None),
        approximate_before=getattr(m, "APPROXIMATE_BEFORE", None),
        air_force_tally=getattr(m, "AIR_FORCE_TALLY", None),
        part_of_count=getattr(m, "PART_OF_COUNT", None),
        in_relative_clause=getattr(m, "IN_RELATIVE_CLAUSE", None),
        open_compound=getattr(m, "OPEN_COMPOUND", None),
        count_aside=getattr(m, "COUNT_ASIDE", None),
        count_apposition=getattr(m, "COUNT_APPOSITION", None),
        soldiers_after=getattr(m, "SOLDIERS_AFTER", None),
        weapon_period=getattr(m, "WEAPON_PERIOD", None),
        bombs_total=getattr(m, "BOMBS_TOTAL", None),
        drones_told_before=getattr(m, "DRONES_TOLD_BEFORE", None),
        procured_before=getattr(m, "PROCURED_BEFORE", None),
        drones_by_type=getattr(m, "DRONES_BY_TYPE", None),
        typed_drone_count=getattr(m, "TYPED_DRONE_COUNT", None),
        elided_one_more=getattr(m, "ELIDED_ONE_MORE", None),
        same_number=getattr(m, "SAME_NUMBER", None),
        victims_dead_part=getattr(m, "VICTIMS_DEAD_PART", None),
        attack_size_before=getattr(m, "ATTACK_SIZE_BEFORE", None),
        downed_part=getattr(m, "DOWNED_PART", None),
        downed_and_more=getattr(m, "DOWNED_AND_MORE", None),
        out_of_launched=getattr(m, "OUT_OF_LAUNCHED", None),
        loss_claims=getattr(m, "LOSS_CLAIMS", None),
        soldiers_too=getattr(m, "SOLDIERS_TOO", None),
        split_by_part=getattr(m, "SPLIT_BY_PART", _SPLIT_BY_PART),
        on_the_region=getattr(m, "ON_THE_REGION", None),
        russia_downed_ukrainian=getattr(m, "RUSSIA_DOWNED_UKRAINIAN", None),
        ukraine_source=getattr(m, "UKRAINE_SOURCE", None),
        next_clause=getattr(m, "NEXT_CLAUSE", None),
        place_break=getattr(m, "PLACE_BREAK", None),
        hospital_words=tuple(getattr(m, "HOSPITAL_WORDS", ())),
        not_own_date=tuple(getattr(m, "NOT_OWN_DATE", ())),
        telling_date=getattr(m, "TELLING_DATE", None),
        capital_word=getattr(m, "CAPITAL_WORD", None),
        national_tally_source=getattr(m, "NATIONAL_TALLY_SOURCE", None),
        hospitalised_only=getattr(m, "HOSPITALISED_ONLY", None),
        part_of_toll=getattr(m, "PART_OF_TOLL", None),
        both_sides_toll=getattr(m, "BOTH_SIDES_TOLL", None),
        died_told=getattr(m, "DIED_TOLD", None), age_of_one=getattr(m, "AGE_OF_ONE", None),
        others_after=getattr(m, "OTHERS_AFTER", None),
        more_beside=getattr(m, "MORE_BESIDE", None),
        told_as_more=getattr(m, "TOLD_AS_MORE", None),
        separate_attack=getattr(m, "SEPARATE_ATTACK", None),
        struck_target=getattr(m, "STRUCK_TARGET", None),
        facility=getattr(m, "FACILITY", None),
        earlier_count=getattr(m, "EARLIER_COUNT", None),
        later_told=getattr(m, "LATER_TOLD", None),
        toll_time=getattr(m, "TOLL_TIME", None),
        carried_toll_goes_on=getattr(m, "CARRIED_TOLL_GOES_ON", False),
        first_toll_is_total=getattr(m, "FIRST_TOLL_IS_TOTAL", False),
        rising_toll_supersedes=getattr(m, "RISING_TOLL_SUPERSEDES", False),
        region_anaphor=getattr(m, "REGION_ANAPHOR", None),
        recall_goes_on=getattr(m, "RECALL_GOES_ON", None),
        told_before_date=getattr(m, "TOLD_BEFORE_DATE", None),
        link_line=getattr(m, "LINK_LINE", None),
        abroad_opening=getattr(m, "ABROAD_OPENING", None),
        occupation_voice=getattr(m, "OCCUPATION_VOICE", None),
        settlement_anaphor=getattr(m, "SETTLEMENT_ANAPHOR", None),
        there_anaphor=getattr(m, "THERE_ANAPHOR", None),
        toll_denied=getattr(m, "TOLL_DENIED", None),
        event_note=getattr(m, "EVENT_NOTE", None),
        breakdown_line=getattr(m, "BREAKDOWN_LINE", None),
        recall=getattr(m, "RECALL", None), speaker=getattr(m, "SPEAKER", None),
        own_cause_blast=getattr(m, "OWN_CAUSE_BLAST", None),
        attack_named=getattr(m, "ATTACK_NAMED", None),
        ground_harm=getattr(m, "GROUND_HARM", None), strike_act=getattr(m, "STRIKE_ACT", None),
        killing_alone=getattr(m, "KILLING_ALONE", None),
        held_city_place_before=getattr(m, "HELD_CITY_PLACE_BEFORE", None),
        bare_first=getattr(m, "BARE_FIRST", None),
        bare_nouns=frozenset(getattr(m, "BARE_NOUNS", ())),
        bare_phrases=tuple(getattr(m, "BARE_PHRASES", ())),
        bare_after_comma=getattr(m, "BARE_AFTER_COMMA", None),
        own_soldiers=getattr(m, "OWN_SOLDIERS", None),
        parse_number=getattr(m, "parse_number", None) or (lambda text: nw.parse_number(text,
                                                                                       lang)),
        full_dates=(get("DAY_FIRST"), *([m.MONTH_FIRST] if hasattr(m, "MONTH_FIRST") else [])),
        months=get("MONTHS"), weekday=get("WEEKDAY"),
        weekdays=get("WEEKDAYS"), yesterday=get("YESTERDAY"),
    )


_ENGLISH = SimpleNamespace(
    SPLIT_BY_PART=(),  # English sentence rules are split by `events._split`
    STRIKE=sw.STRIKE, WEAPONS=sw.WEAPONS, HAPPENED=sw.HAPPENED, HARD_HIT=sw.HARD_HIT,
    UKRAINIAN_ATTACKER=sw.UKRAINIAN_ATTACKER, RUSSIAN_ATTACKER=sw.RUSSIAN_ATTACKER,
    INSTALLED_OFFICIAL=sw.INSTALLED_OFFICIAL, RETALIATION_CAUSE=sw.RETALIATION_CAUSE,
    RUSSIAN_STRIKE=sw.RUSSIAN_STRIKE, DIPLOMACY=ns.DIPLOMACY, NOT_EVIDENCE=ns.NOT_EVIDENCE,
    GROUND_FIGHTING=ns.GROUND_FIGHTING, HYPOTHETICAL=ns.HYPOTHETICAL, BACKGROUND=ns.BACKGROUND,
    RUSSIAN_TARGET=ns.RUSSIAN_TARGET, TOTAL=tl.TOTAL, NATIONAL=tl.NATIONAL,
    NATIONAL_TOLL=tl.NATIONAL_TOLL, RISING_TOLL=tl.RISING_TOLL,
    NATIONAL_BEFORE=tl.NATIONAL_BEFORE, PHRASES=fp.PHRASES, TOPIC_WORDS=fw.TOPIC_WORDS,
    DOWN_VERB=fw.DOWN_VERB, CUMULATIVE=fc.CUMULATIVE, PERIOD_FIRST=fc.PERIOD_FIRST,
    SOLDIERS=fc.SOLDIERS, COUNT_WORD=None,
    LAUNCH_SITES=ns.LAUNCH_SITES, ALL_SHOT_DOWN=fc.ALL_SHOT_DOWN,
    DRONE_COUNT_BEFORE=fc.DRONE_COUNT_BEFORE, ALL_BUT_DOWNED=fc.ALL_BUT_DOWNED,
    DOWNED_LIST_MORE=fc.DOWNED_LIST_MORE, DOWNED_AND_MORE=fc.DOWNED_AND_MORE,
    RISE_FROM=fc.RISE_FROM,
    RELATIVE_OF_ONE=fc.RELATIVE_OF_ONE, NAMED_PEOPLE=fc.NAMED_PEOPLE,
    NOT_A_PERSON_NAME=fc.NOT_A_PERSON_NAME, NAME_SEPARATOR=fc.NAME_SEPARATOR,
    APPROXIMATE_BEFORE=fc.APPROXIMATE_BEFORE, AIR_FORCE_TALLY=fc.AIR_FORCE_TALLY,
    DEFENCE_MISSILE=fc.DEFENCE_MISSILE, MIXED_COUNT=fc.MIXED_COUNT, DRONES_ALONE=fc.DRONES_ALONE,
    RUSSIA_DOWNED_UKRAINIAN=fc.RUSSIA_DOWNED_UKRAINIAN, UKRAINE_SOURCE=fc.UKRAINE_SOURCE,
    OPEN_COMPOUND=fc.OPEN_COMPOUND, COUNT_ASIDE=fc.ASIDE,
    COUNT_APPOSITION=(fc.APPOSITION, fc.COUNT_BEFORE_ASIDE), SOLDIERS_AFTER=fc.SOLDIERS_AFTER,
    WEAPON_PERIOD=fc.WEAPON_PERIOD, BOMBS_TOTAL=fc.BOMBS_TOTAL,
    DRONES_TOLD_BEFORE=fc.TOLD_BEFORE, PROCURED_BEFORE=fc.PROCURED_BEFORE,
    DRONES_BY_TYPE=fc.DRONES_BY_TYPE, TYPED_DRONE_COUNT=fc.TYPED_DRONE_COUNT,
    ELIDED_ONE_MORE=(fc.ELIDED_ONE_MORE, fc.ONE_MORE_THING_BETWEEN), SAME_NUMBER=fc.SAME_NUMBER,
    VICTIMS_DEAD_PART=fc.VICTIMS_DEAD_PART,
    ATTACK_SIZE_BEFORE=fc.ATTACK_SIZE_BEFORE, DOWNED_PART=fc.DOWNED_PART,
    OUT_OF_LAUNCHED=fc.OUT_OF_LAUNCHED,
    LOSS_CLAIMS=LossClaimRules(loss_word=fc.LOSS_WORD, army_losses=fc.ARMY_LOSSES,
                               coded_toll=fc.CODED_TOLL, equipment_tally=fc.EQUIPMENT_TALLY),
    SOLDIERS_TOO=(fc.COUNT_ALONE_AFTER, fc.PEOPLE_OF_ITS_OWN),
    NOT_OWN_DATE=(dp.SINCE_BEFORE, dp.NIGHT_START, dp.DECLARED_BEFORE),
    TELLING_DATE=dp.TELLING_BEFORE,
    CAPITAL_WORD="capital",
    NATIONAL_TALLY_SOURCE=tl.NATIONAL_TALLY_SOURCE, HOSPITALISED_ONLY=fc.HOSPITALISED_ONLY,
    PART_OF_TOLL=fc.PART_OF_TOLL, BOTH_SIDES_TOLL=tl.BOTH_SIDES_TOLL,
    DIED_TOLD=fc.DIED_TOLD, AGE_OF_ONE=fc.AGE_OF_ONE, OTHERS_AFTER=tl.OTHERS_AFTER,
    MORE_BESIDE=(tl.MORE_BESIDE_BEFORE, tl.MORE_BESIDE_AFTER), TOLD_AS_MORE=tl.TOLD_AS_MORE,
    SEPARATE_ATTACK=tl.SEPARATE_ATTACK, STRUCK_TARGET=tl.STRUCK_TARGET, FACILITY=tl.FACILITY,
    EARLIER_COUNT=tl.EARLIER_COUNT,
    LATER_TOLD=tl.LATER_TOLD, TOLL_TIME=tl.TOLL_TIME,
    REGION_ANAPHOR=tl.REGION_ANAPHOR,
    RECALL_GOES_ON=tl.RECALL_GOES_ON, TOLD_BEFORE_DATE=tl.TOLD_BEFORE_DATE,
    LINK_LINE=ns.LINK_LINE, RETRACTED=tl.RETRACTED,
    ABROAD_OPENING=ns.ABROAD_OPENING, OCCUPATION_VOICE=ns.OCCUPATION_VOICE,
    SETTLEMENT_ANAPHOR=ns.SETTLEMENT_ANAPHOR, THERE_ANAPHOR=ns.THERE_ANAPHOR,
    TOLL_DENIED=ns.TOLL_DENIED,
    EVENT_NOTE=ns.EVENT_NOTE,
    RECALL=RecallRules(
        own_day=tl.OWN_DAY, reported_on=tl.REPORTED_ON, reminder=tl.REMINDER_EN,
        day_roundup=tl.DAY_ROUNDUP, recalled_toll=tl.RECALLED_TOLL, recall_after=tl.RECALL_AFTER,
        follows=tl.FOLLOWS, earlier_day=tl.EARLIER_DAY, previous_night=tl.PREVIOUS_NIGHT,
        earlier_weekday_opening=tl.EARLIER_WEEKDAY_OPENING, earlier_weekday=tl.EARLIER_WEEKDAY,
        earlier_month_opening=tl.EARLIER_MONTH_OPENING, night_named=dp.NIGHT_NAMED,
        clause_break=tl.OTHER_TIME_BREAK, apposition=tl.PAST_APPOSITION,
        record_attack=tl.RECORD_ATTACK),
    SPEAKER=SpeakerRules(title_after=ns.TITLE_AFTER, title_of_before=ns.TITLE_OF_BEFORE,
                         goes_on=ns.SPEAKER_GOES_ON, quoted=ns.SPEAKER_QUOTED),
    OWN_CAUSE_BLAST=bl.OWN_CAUSE, ATTACK_NAMED=bl.ATTACK_NAMED,
    GROUND_HARM=ns.GROUND_HARM, STRIKE_ACT=ns.STRIKE_ACT, KILLING_ALONE=ns.KILLING_ALONE,
    HELD_CITY_PLACE_BEFORE=ns.HELD_CITY_PLACE_BEFORE,
    BARE_FIRST=fc.BARE_PERSON_FIRST, BARE_NOUNS=fc.BARE_PERSON_NOUNS,
    BARE_PHRASES=fp.BARE_PHRASES, BARE_AFTER_COMMA=fc.BARE_PERSON_AFTER_COMMA,
    OWN_SOLDIERS=fc.OWN_SOLDIERS,
    parse_number=parse_english_number, DAY_FIRST=dp.DAY_FIRST, MONTH_FIRST=dp.MONTH_FIRST,
    MONTHS=dp.MONTHS, WEEKDAY=dp.WEEKDAY,
    WEEKDAYS={d: i for i, d in enumerate(dp.WEEKDAY_NAMES)}, YESTERDAY=dp.YESTERDAY,
)

#: Language code -> its rules.
RULESETS: dict[str, RuleSet] = {
    "en": _from_module("en", _ENGLISH),
    "uk": _from_module("uk", lang_uk),
    "ru": _from_module("ru", lang_ru),
}


def ruleset(lang: str | None) -> RuleSet:
    """The rules of a language; English for anything else."""
    return RULESETS.get(lang or "en", RULESETS["en"])

