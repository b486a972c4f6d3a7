"""Figure phrases: how reports count drones and missiles launched and shot down, the killed and
the injured. Tried in this order on the lower-cased sentence; the first phrase to use a number
wins it (`extract.figures.sentence_figures`).

`PHRASES` pairs each rule with the field its count goes to (`*_pair`, `*_list` and the two-weapon
fields give their groups `n` and `m` to several fields: `figures.GROUP_FIELDS`).
"""

from __future__ import annotations

from extract.rules import Rule
from extract.rules.figure_contexts import BARE_NOUN, BARE_START, BARE_WORDS
from extract.rules.figure_words import (
    AGE_DECADE,
    AND_DRONES,
    AND_MISSILES,
    ATTACK_NOUN,
    CGAP,
    DOWN_VERB,
    DRONE_WORD,
    DRONE_WORD_FIRST,
    GAP,
    INCLUDING,
    INJURED_WORD,
    KILLED_WORD,
    MISSILE_WORD,
    N2,
    NOT_A_DRONE_AFTER,
    NOT_AFTER,
    NUMBER,
    NUMBER_WORD,
    OF_WHOM,
    PEOPLE,
    PEOPLE_LIST,
    WGAP,
    N,
)

#: A count that is a part of one told before ("one of the injured"): `N` without `NOT_A_PART`.
PART = rf"{NOT_AFTER}(?P<n>{NUMBER})"
_DOWN = DOWN_VERB.pattern
#: The verb of shooting down after an auxiliary, which may be quoted as a statement's word is
#: ('11 out of 16 drones were "destroyed"'); only after an auxiliary, so that the patterns that
#: open with `_DOWN` keep a literal first character.
_AUX_DOWN = rf"(?:[\"“«'‘](?=\w))?{_DOWN}"
_DRONE = DRONE_WORD.pattern
_MISSILE = MISSILE_WORD.pattern
#: A word that is no count ("several", "decoy"), then a space: the words of a weapon beside a
#: counted one that add no count of their own.
_UNCOUNTED = rf"(?!\d)(?!(?:{NUMBER_WORD}|dozens?|hundreds?|missiles?)\b)[\w-]+\s+"
#: "of various types", "of other kinds" after a drone word.
_TYPES = r"(?:\s+of\s+(?:various|different|several|other|\w+)\s+(?:types|kinds))"
#: Up to three words between "N of M" and "drones", each may be in quotes (any marks): "10 out
#: of 12 “kamikaze” drones", "7 of 9 'Shahed' drones".
_OF_GAP = (r"(?:[\s-]+(?:[\"“«'‘„](?=\w))?[\w-]+(?:[\"”»'’“](?!\w))?){0,3}?")
_KILLED = KILLED_WORD.pattern
_INJURED = INJURED_WORD.pattern
_PEOPLE = PEOPLE.pattern
#: Told through a report between a count and its outcome: "20 people reported as killed", "one
#: man was reported to be wounded", "nine are believed to have been killed", "seven are known
#: to have sustained injuries", "two are feared to have died".
_TOLD_AS = (r"(?:reported|said|believed|feared|thought|known)\s+"
            r"(?:as|to\s+(?:be|have\s+been|have))")

#: A participle of shooting down with no auxiliary (a headline's: "40 drones downed").
_DOWN_PARTICIPLE = r"(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed)"
#: What follows such a participle: a stop, a place or time phrase, an agent; not an object
#: ("five drones destroyed a depot": the active verb).
_PARTICIPLE_END = (r"(?=\s*(?:[.,:;)]|[-—–]\s|$)|\s+(?:over|in|near|across|above|around|by|"
                   r"overnight|on|at|during|within|out\s+of|in\s+total|so\s+far|last|this|"
                   r"after|amid|and)\b)")
#: After a drone word, where the drones came from or went, shortened to a participle's clause
#: of no count or comma ("sent by Moscow in a second wave against the south",
#: "targeting the capital"): who they are, before the verb that tells what became of them.
_SENT_CLAUSE = (r"\s+(?:(?:launched|fired|sent)\s+(?:by|from|at|towards?|overnight|during|on|in|"
                r"into|against)\b|(?:targeting|heading|flying|approaching|attacking)\b)"
                r"[^.;,\d]{0,80}?")

# --- Shot down ---------------------------------------------------------------------------
DOWNED_ALL_BUT = Rule(
    "downed_all_but",
    "All the drones but a few shot down: \"intercepted all but four of the 31 drones\" (27 "
    "of 31, `extract.figures`); without the total (\"downed all but two drones\") the few are "
    "no count of drones shot down.",
    rf"{_DOWN}\s+(?:\w+\s+){{0,2}}?all\s+but\s+{N}(?:\s+(?:of|out\s+of)\s+(?:the\s+)?{N2})?"
    rf"{WGAP}\s+{_DRONE}",
    matches=("air defence intercepted all but four of the 31 drones",
             "ukraine says it downed all but 2 iran-made drones"),
    rejects=("air defence intercepted all 31 drones", "air defence intercepted four of 31 drones"),
)
DOWNED_OF_LAUNCHED_DRONES = Rule(
    "downed_of_launched_drones",
    "Shot down, then of how many drones: \"shot down 88 of 111 drones\".",
    rf"{_DOWN}\s+(?:[^.;]{{0,60}}?\s)??{N}\s+(?:of|out(?:\s+of)?)\s+"
    # (not "24 out of 31 drones and missiles": one tally of both weapons, no drone count)
    rf"(?:the\s+)?{N2}{_OF_GAP}[\s-]+{_DRONE}(?!\w)(?!{AND_MISSILES})",
    matches=("air defence shot down 88 of 111 drones", "managed to destroy 7 out 10 drones",
             "downed six missiles and 61 of 64 iranian-made shahed drones",
             "the army destroyed 5 of 8 \"kamikaze\" drones",
             "they destroyed 30 of 41 drones and two missiles"),
    rejects=("air defence shot down 88 drones",
             "air defence had downed 20 out of 27 enemy drones and missiles"),
)
DRONES_OUT_OF_IN_BRACKETS_WERE_DOWNED = Rule(
    "drones_out_of_in_brackets_were_downed",
    "A count of drones, of how many in brackets, then shot down: \"five drones (out of a total "
    "of 9) were shot down\".",
    rf"{N}{WGAP}\s+{_DRONE}\s*\(\s*(?:out\s+of|of)\s+(?:a\s+total\s+of\s+)?{N2}\s*\)\s*"
    rf"(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("five russian kamikaze drones (out of a total of 9) were shot down",),
    rejects=("five drones (out of a total of 9) hit the port",),
)
DOWNED_DRONES_OUT_OF_LAUNCHED = Rule(
    "downed_drones_out_of_launched",
    "Shot down, the drones, then of how many: \"downed 70 Shahed-type drones and decoys out of "
    "101 launched\".",
    rf"{_DOWN}\s+(?:\w+\s+){{0,2}}?{N}{WGAP}\s+{_DRONE}(?:\s+(?:and|or)\s+(?:decoys?|"
    rf"imitators?|simulators?|[\w-]+\s+drones))?\s+(?:out\s+of|of)\s+(?:the\s+)?{N2}"
    rf"(?:\s+(?:launched|fired|sent|used)|\s+(?:in\s+)?total|\s*[.;,]|$)",
    matches=("ukrainian forces downed 70 shahed-type drones and decoys out of 101 launched",
             "air defence destroyed 40 drones of 52 launched overnight"),
    rejects=("destroyed 40 drones of the 2nd brigade", "downed 70 drones out of 101 missiles"),
)
DOWNED_OF_LAUNCHED_MISSILES = Rule(
    "downed_of_launched_missiles",
    "Shot down, then of how many missiles: \"intercepted 20 of 25 cruise missiles\".",
    rf"{_DOWN}\s+(?:\w+\s+){{0,2}}?{N}\s+(?:of|out\s+of)\s+"
    rf"(?:the\s+)?{N2}(?:\s+\w+){{0,3}}?\s+{_MISSILE}",
    matches=("they intercepted 20 of 25 cruise missiles",),
    rejects=("they intercepted 20 cruise missiles",),
)
DOWNED_MISSILES_THEN_DRONES = Rule(
    "downed_missiles_then_drones",
    "Two weapons shot down in one list: \"shot down six ballistic missiles and 245 drones\".",
    rf"{_DOWN}{INCLUDING}\s+(?:\w+\s+){{0,2}}?{N}{WGAP}\s+"
    rf"{_MISSILE}\s*(?:,\s*|\s+)(?:and\s+)?{N2}{WGAP}\s+{_DRONE}",
    matches=("forces shot down six ballistic missiles and 245 drones",),
    rejects=("forces shot down 245 drones and six missiles",),
)
DOWNED_MISSILE_LIST_THEN_DRONES = Rule(
    "downed_missile_list_then_drones",
    "Missiles of several kinds shot down in one list, the drones last: \"shot down three "
    "Kh-101 or Kh-555 cruise missiles, two Kalibr missiles and 12 attack drones\".",
    rf"{_DOWN}\s+(?:\w+\s+){{0,2}}?{N}(?:[\s-]+[\w-]+){{0,5}}?[\s-]+{_MISSILE}\s*,\s*"
    rf"(?:(?:\d+|{NUMBER_WORD})(?:[\s-]+[\w-]+){{0,5}}?[\s-]+{_MISSILE}\s*,?\s+){{1,3}}"
    rf"(?:and\s+)?{N2}{WGAP}\s+{_DRONE}",
    matches=("forces shot down three kh-101 or kh-555 cruise missiles, two kalibr missiles and "
             "12 attack drones",),
    rejects=("troops shot down four cruise missiles and 9 attack drones",
             "forces shot down three cruise missiles, two kalibrs struck and 12 drones hit"),
)
DOWNED_ONE_MISSILE_THEN_DRONES = Rule(
    "downed_one_missile_then_drones",
    "One missile or several told one by one, then a count of drones, after one verb of shooting "
    "down: \"reported bringing down a ballistic missile and 164 drones\", \"destroyed an "
    "Iskander-M, a Kh-59 missile and 40 drones\": the drones were shot down, not launched.",
    rf"{_DOWN}\s+(?:\w+\s+){{0,2}}?(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{_MISSILE}"
    rf"(?:\s*,\s*(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{_MISSILE}){{0,3}}"
    rf"\s*(?:,\s*|\s+)(?:and\s+)?{N}{WGAP}\s+{_DRONE}(?!\w)(?!{AND_MISSILES})",
    matches=("forces reported bringing down a russian ballistic missile and 164 drones",
             "air defence destroyed an iskander-m missile, a kh-59 missile and 40 drones",
             "they shot down one cruise missile and twelve shahed drones"),
    rejects=("forces shot down a missile while 40 drones hit the city",
             "russia launched a ballistic missile and 164 drones",
             "forces destroyed a missile and 40 drones and missiles"),
)
DOWNED_TARGETS_INCLUDING_DRONES = Rule(
    "downed_targets_including_drones",
    "A count of targets of both weapons shot down, then the drones among them: \"air defence "
    "neutralised 475 aerial targets, including 460 drones\", \"475 targets were shot down, "
    "including 460 drones\": the part is the drones shot down (the whole counts missiles too).",
    rf"{_DOWN}\b[^.;]{{0,40}}?,?\s+including\s+(?:\w+\s+){{0,2}}?{N}{WGAP}[\s-]+{_DRONE}"
    rf"(?!\w)(?!{AND_MISSILES})",
    matches=("air defence neutralised 475 aerial targets, including 460 drones",
             "475 targets were shot down, including 460 shahed drones"),
    rejects=("air defence neutralised 475 aerial targets, including 460 drones and missiles",
             "russia launched 475 aerial targets, including 460 drones"),
)
DOWNED_DRONES_THEN_MISSILES = Rule(
    "downed_drones_then_missiles",
    "Two weapons shot down in one list, drones first.",
    rf"{_DOWN}{INCLUDING}\s+(?:\w+\s+){{0,2}}?{N}{WGAP}\s+"
    rf"{_DRONE}\s*(?:,\s*|\s+)(?:and\s+)?{N2}{WGAP}\s+{_MISSILE}",
    matches=("112 targets were destroyed, including 64 drones and 48 missiles",),
    rejects=("destroyed 48 missiles and 64 drones",),
)
DRONES_THEN_MISSILES_WERE_DOWNED = Rule(
    "drones_then_missiles_were_downed",
    "Two weapons counted, then shot down: \"563 drones and 26 missiles were intercepted\".",
    rf"{N}{WGAP}\s+{_DRONE}\s*(?:,\s*|\s+)(?:and\s+)?{N2}"
    rf"{WGAP}\s+{_MISSILE}\s+(?:(?:which|that|all\s+of\s+which)\s+)?(?:were|had\s+been|"
    rf"have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("563 drones and 26 missiles were intercepted",
             "the attack included six shahed drones and two cruise missiles which were shot down"),
    rejects=("563 drones and 26 missiles were launched",),
)
MISSILES_THEN_DRONES_WERE_DOWNED = Rule(
    "missiles_then_drones_were_downed",
    "Two weapons counted, missiles first, then shot down.",
    rf"{N}{WGAP}\s+{_MISSILE}\s*(?:,\s*|\s+)(?:and\s+)?"
    rf"{N2}{WGAP}\s+{_DRONE}\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    rf"{_AUX_DOWN}",
    matches=("26 missiles and 563 drones had been shot down",),
    rejects=("26 missiles and 563 drones hit the city",),
)
DRONES_OF_LAUNCHED_WERE_DOWNED = Rule(
    "drones_of_launched_were_downed",
    "A part of the drones launched, then shot down: \"40 of 65 drones were shot down\".",
    rf"{N}\s+(?:of|out\s+of)\s+(?:the\s+)?{N2}{_OF_GAP}[\s-]+{_DRONE}(?!\w)(?!{AND_MISSILES})"
    # a few words, or where they came from or went, a participle's clause of no count or comma
    # ("12 of the 20 drones fired at the capital during the night were destroyed")
    rf"(?:(?:\s+[\w-]+){{0,4}}?|{_SENT_CLAUSE})"
    rf"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("40 of 65 drones were shot down", "40 out of 65 shahed drones launched overnight "
             "were intercepted", "nine out of 11 “kamikaze” drones had been shot down",
             "3 of 4 'suicide' drones were destroyed",
             "twelve of the 20 drones fired at the capital during the night were destroyed",
             "eight of the ten uavs sent by russia in a second wave against the south were "
             "shot down"),
    rejects=("40 of 65 drones hit their targets",
             "19 of 23 drones and missiles were shot down",
             "12 of the 20 drones fired at the city hit homes, and 8 were shot down"),
)
DRONES_OF_LAUNCHED_DOWNED = Rule(
    "drones_of_launched_downed",
    "A part of the drones, then a bare participle of shooting down, no auxiliary (a headline's "
    "or a shortened clause's): \"17 out of 25 drones downed over the south\": the "
    "part shot down, the whole launched.",
    rf"{N}\s+(?:of|out\s+of)\s+(?:the\s+)?{N2}{_OF_GAP}[\s-]+{_DRONE}(?!\w)(?!{AND_MISSILES})"
    rf"(?:\s+(?:launched|fired|sent)(?:\s+overnight)?)?\s+{_DOWN_PARTICIPLE}{_PARTICIPLE_END}",
    matches=("military: 17 out of 25 attack drones downed over the south",
             "40 of 52 drones shot down over six regions",
             "ukraine says 30 of 35 drones launched intercepted, two hurt"),
    rejects=("17 out of 25 drones destroyed a depot", "17 of 25 drones and missiles downed",
             "17 out of 25 drones hit the city"),
)
DOWNED_ALL_DRONES = Rule(
    "downed_all_drones",
    "All the drones shot down: \"shot down all 14 drones\", \"all 14 drones were destroyed\": "
    "the count is both launched and shot down.",
    rf"{_DOWN}\s+all\s+{N}{WGAP}\s+{_DRONE}",
    matches=("air defences shot down all 14 russian drones",),
    rejects=("air defences shot down 14 russian drones",),
)
ALL_DRONES_WERE_DOWNED = Rule(
    "all_drones_were_downed",
    "All the drones counted were shot down: \"all 25 drones were destroyed\".",
    rf"\ball\s+(?:of\s+)?(?:the\s+)?{N}{WGAP}\s+{_DRONE}"
    # a clause between: "all of the 30 drones that Russia sent at the city were shot down"
    rf"(?:\s+(?:that|which)\s+[^.;]{{0,80}}?)?"
    rf"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("all 25 drones were destroyed",
             "all of the 30 drones that russia sent at the city were shot down"),
    rejects=("all 25 drones hit the city",
             "all of the 30 drones that russia sent were aimed at kyiv"),
)
ALL_COUNT_WERE_DOWNED = Rule(
    "all_count_were_downed",
    "All of a count shot down, its weapon named only before (\"Russia attacked with Shahed "
    "drones overnight. All 24 were destroyed.\", the drones carried over as for any count "
    "shot down without its weapon, `extract.events`): \"all\" makes the count the whole "
    "attack, launched and shot down.",
    rf"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?{N}(?:\s+of\s+(?:them|these|those))?"
    rf"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("all 24 were destroyed by anti-aircraft units",
             "all of the 18 were reportedly shot down",
             "all 12 had been intercepted over the city"),
    rejects=("all 24 hit their targets", "24 were destroyed", "all were destroyed",
             "all 24 were launched from kursk"),
)
WITH_COUNT_DOWNED = Rule(
    "with_count_downed",
    "A count shot down in a clause after the launch: \"with 58 shot down over the Poltava "
    "and Sumy regions\".",
    rf"\bwith\s+{N}\s+(?:of\s+(?:them|these|those)\s+)?(?:\w+\s+)?{_DOWN}",
    matches=("russia launched 70 drones, with 58 shot down over the poltava region",),
    rejects=("with 58 hitting targets",),
)
DOWNED_DRONES = Rule(
    "downed_drones",
    "Shot down, then a count of drones: \"destroyed 40 Shahed drones\" (not a share of a "
    "count: \"shot down the majority of 90 drones\", \"most of the 90\").",
    # (a hyphen before the drone word: "gunners intercepted 9 hostile kamikaze-drones")
    rf"{_DOWN}\s+(?:(?!(?:majority|most|bulk|half|part|some|many)\b)\w+\s+){{0,3}}?{N}{WGAP}[\s-]+"
    rf"{_DRONE}(?!\w)(?!{AND_MISSILES})",
    matches=("air defence destroyed 40 shahed drones",
             "gunners intercepted 9 hostile kamikaze-drones"),
    rejects=("russia launched 40 shahed drones", "forces shot down the majority of 90 drones",
             "air defence destroyed most of the 90 drones",
             "air defence destroyed 40 drones and missiles"),
)
DOWNED_COUNT_OF_THE_DRONES = Rule(
    "downed_count_of_the_drones",
    "Shot down, a count, then \"of the\" drones of up to three words' kind: \"shot down 26 of "
    "the one-way attack drones\" (the launched drones told before; not a pair with a number "
    "after \"of the\": \"29 of the 41 drones\").",
    rf"{_DOWN}\s+(?:\w+\s+)?{N}\s+of\s+the\s+(?!\d|{NUMBER_WORD}\b(?!-way))"
    rf"(?:[\"“«'‘]?[\w-]+[\"”»'’]?\s+){{1,3}}{_DRONE}(?!\w)(?!{AND_MISSILES})",
    matches=("air defense shot down 26 of the one-way attack drones, the air force said",
             "forces destroyed 40 of the russian 'shahed' attack drones overnight"),
    rejects=("air defense shot down 29 of the 41 attack drones",
             "air defence shot down 26 of the one-way attack drones and missiles",
             "forces destroyed 40 of the twelve attack drones"),
)
DOWNED_MISSILES = Rule(
    "downed_missiles",
    "Shot down, then a count of missiles.",
    rf"{_DOWN}\s+(?:\w+\s+){{0,3}}?{N}{WGAP}\s+{_MISSILE}",
    matches=("they intercepted all 12 kalibr missiles",),
    rejects=("russia fired 12 kalibr missiles",),
)
COUNT_WERE_DOWNED = Rule(
    "count_were_downed",
    "A count that was shot down: \"80 of them were shot down\", \"55 drones were downed\" "
    "(not \"112 targets were shot down\").",
    rf"{N}(?:\s+(?:of\s+(?:them|these|those|which|the\s+\w+)))?"
    rf"(?:{WGAP}\s+{_DRONE}{_TYPES}?"
    # decoys of no count of their own beside them: "and several decoy drones", "and drones of
    # other types"
    rf"(?:\s+and\s+(?:{_UNCOUNTED}){{0,4}}?{_DRONE}{_TYPES}?)?"
    # "60 Shahed and other types of attack UAVs"
    rf"|\s+[\w-]+\s+and\s+other\s+(?:types|kinds)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_DRONE})?"
    # "15 drones that threatened the capital were destroyed": a clause of no count or comma
    rf"(?:\s+(?:that|which)\s+[^.;,\d]{{0,80}}?)?"
    # "20 drones sent by Russia were shot down", "nine uavs launched from the south were
    # destroyed", "about 10 drones targeting the city were downed": the same shortened to a
    # participle (where they came from or went, no count of its own)
    rf"(?:\s+(?:(?:launched|fired|sent)\s+(?:by|from|at|towards?|overnight|during|on|in)\b|"
    rf"(?:targeting|heading|flying|approaching|attacking)\b)[^.;,\d]{{0,80}}?)?"
    # "12 drones in total had been taken out"
    rf"(?:\s+in\s+total)?"
    rf"\s*(?:were|was|had\s+been|have\s+been|being)\s+(?!not\b|never\b)"
    # "were detected and destroyed", "have been confirmed as intercepted", "were confirmed to
    # have been shot down"
    rf"(?:\w+\s+(?:and\s+|or\s+|as\s+|to\s+have\s+been\s+)?)?{_AUX_DOWN}",
    matches=("80 of them were shot down", "55 were downed",
             "17 uavs of different types were shot down",
             "six shahed-type uavs and several decoy drones were shot down",
             "during the night, 90 drones were tracked and intercepted",
             "35 strike uavs and drones of other kinds were confirmed as intercepted",
             "52 shahed and other types of attack uavs were confirmed to have been shot down",
             "the army said 15 drones in total had been taken out",
             "about 20 uavs that approached the city were tracked and destroyed",
             "twelve kamikaze drones sent by russia overnight were shot down",
             "nine uavs launched from the south were destroyed",
             "some 14 drones heading for the capital in two waves were destroyed"),
    rejects=("112 targets were shot down", "55 were launched",
             "30 drones launched by russia, and others, were shot down",
             "40 drones were launched and 30 of them destroyed",
             "40 drones that were launched, and others, were shot down",
             "nobody knows where the three uavs that were not downed fell"),
)
DRONES_THEN_DOWNED_OF_THEM = Rule(
    "drones_then_downed_of_them",
    "Drones, then a count of them shot down: \"attacked with 25 drones; air defence destroyed "
    "19 of them\".",
    rf"{DRONE_WORD_FIRST}\b[^.]{{0,120}}?{_DOWN}\s+(?:\w+\s+){{0,2}}?{N}\s+of\s+"
    rf"(?:them|these|those)\b",
    matches=("attacked with 25 drones; air defence destroyed 19 of them",),
    rejects=("attacked with 25 drones; 19 of them fell",),
)
DOWNED_COUNT_ALONE = Rule(
    "downed_count_alone",
    "Shot down, then a bare count ending the clause or going on with a verb of its own or a "
    "place or time: \"Air defences destroyed 23.\" after a sentence counting drones, \"Of 140 "
    "drones sent, the army shot down 98 and lost sight of 30\", \"intercepted 52 overnight\".",
    rf"{_DOWN}\s+(?:all\s+)?{N}(?:\s+of\s+(?:them|these|those))?"
    rf"(?:\s*(?:[.;,]|$)|\s+(?:and|while|but)\s+(?!\d|{NUMBER_WORD}\b|a\s|an\s)|"
    r"\s+(?:overnight|over|above|across)\b)",
    matches=("air defences destroyed 23.", "forces shot down all 9 of them",
             "of 140 drones sent at night, the army shot down 98 and lost sight of 30",
             "of the 60 drones, the air force intercepted 52 overnight",
             "of 90 drones, air defence destroyed 71 over the northern regions"),
    rejects=("air defences destroyed 23 buildings.", "forces shot down 20 and 5 missiles",
             "troops destroyed 23 and a tank"),
)
COUNT_DRONES_DOWNED = Rule(
    "count_drones_downed",
    "A count of drones, then a bare participle of shooting down, no auxiliary (a headline's or a "
    "shortened clause's: \"40 drones downed over Sumy region\", \"officials report 12 Shaheds "
    "shot down, two hurt\"): shot down, not launched (not \"five drones destroyed a depot\": "
    "the active verb, its object after it).",
    # (not the total of a pair: "42 of 60 drones shot down")
    rf"(?<!\bof\s)(?<!\bof\s\s){N}{WGAP}\s+{_DRONE}(?!\w)(?!{AND_MISSILES})\s+"
    rf"{_DOWN_PARTICIPLE}{_PARTICIPLE_END}",
    matches=("air force says 40 drones downed over sumy region",
             "officials report 12 shahed drones shot down, two hurt",
             "nearly 400 drones downed: kyiv answers the attack"),
    rejects=("five drones destroyed a fuel depot", "40 drones were downed over sumy",
             "12 drones and missiles downed overnight", "42 of 60 drones shot down at night"),
)
DRONES_THEN_COUNT_DOWNED = Rule(
    "drones_then_count_downed",
    "Drones, then after a comma a bare count and a participle of shooting down, no auxiliary (a "
    "headline's shortened clause: \"Russia attacks Ukraine with 85 drones, 60 downed\", \"120 "
    "drones launched; 97 intercepted\"): the count is of those drones, shot down.",
    rf"{DRONE_WORD_FIRST}\b[^.;,\d]{{0,40}}?\s*[,;]\s+{N}\s+{_DOWN_PARTICIPLE}{_PARTICIPLE_END}",
    matches=("russia attacks ukraine with 85 drones, 60 downed",
             "120 drones launched at ukraine overnight; 97 intercepted, air force says"),
    rejects=("russia attacks ukraine with 85 drones, 60 destroyed homes",
             "russia attacks ukraine with 85 drones, 60 people hurt"),
)
COUNT_OF_THE_DRONES_DOWNED = Rule(
    "count_of_the_drones_downed",
    "\"with 78 of the drones shot down\"",
    rf"{N}\s+of\s+the\s+(?:\w+\s+)?{_DRONE}\s+{_DOWN}",
    matches=("with 78 of the drones shot down",),
    rejects=("with 78 of the drones hitting targets",),
)
MISSILES_WERE_DOWNED = Rule(
    "missiles_were_downed",
    "A count of missiles that was shot down: \"14 cruise missiles were intercepted\".",
    rf"{N}{WGAP}\s+{_MISSILE}\s*(?:were|was|"
    rf"had\s+been|have\s+been)\s+(?:\w+\s+)?{_AUX_DOWN}",
    matches=("14 cruise missiles were intercepted",),
    rejects=("14 cruise missiles were launched",),
)
#: One drone by its name, a compound written with a hyphen too ("kamikaze-drone").
_ONE_DRONE = (r"(?:[\w'’]+-)?(?:drone|UAV|Shahed(?:-136)?'?\s+drone|Shahed)\b(?!s)"
              rf"{NOT_A_DRONE_AFTER}")
DOWNED_A_DRONE = Rule(
    "downed_a_drone",
    "One drone shot down: \"air defence downed a Shahed drone\" (an interception is told one by "
    "one; a drone that struck is no launch count).",
    # (no count between: "repelled an attack of 46 Shahed drones" is no one drone)
    rf"{_DOWN}\s+(?P<n>\b[Aa]n?)\s+(?:(?!\d)[\w'’-]+\s+){{0,3}}?{_ONE_DRONE}"
    # "repelled a large drone attack": an attack, not one drone
    r"(?!\s+(?:attacks?|strikes?|raids?|assaults?|swarms?|barrages?|waves?|offensive)\b)",
    matches=("air defence downed a shahed drone",
             "gunners downed a russian kamikaze-drone near the plant"),
    rejects=("air defence downed a dozen drones",
             "russia said it repelled a large ukrainian drone attack",
             "air defence repelled an attack of 46 shahed drones",
             "russian jets hit a ukrainian drone-control point outside the town"),
)
A_DRONE_WAS_DOWNED = Rule(
    "a_drone_was_downed",
    "One drone, then shot down: \"a scout drone that was shot down fell on a shed\", \"a Shahed "
    "was intercepted over the city\".",
    rf"(?P<n>\b[Aa]n?)\s+(?:[\w'’-]+\s+){{0,3}}?{_ONE_DRONE}\s+(?:that\s+|which\s+)?"
    r"(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|intercepted|destroyed)\b",
    matches=("a small scout drone that was shot down fell on a shed",
             "a shahed was quickly intercepted over the city"),
    rejects=("a drone hit a house", "two drones were shot down", "a drone attack was repelled"),
)

# --- Launched ----------------------------------------------------------------------------
#: After a count of drones: they left Ukraine ("flew away toward Belarus", "went into Russian
#: airspace", "left Ukrainian airspace"): a part of the tally, no launch count (not "flew
#: towards Kyiv": drones on their way to a target).
_LEFT_UKRAINE = (r"\s+(?:have\s+|had\s+|also\s+)*(?:(?:flew|went|headed|veered|strayed|crossed)"
                 r"\s+(?:away\s+|off\s+|back\s+)?(?:(?:to|toward|towards|into)\s+)?(?:the\s+)?"
                 r"(?:territory\s+of\s+)?(?:belarus|russia|moldova|romania|poland|russian|"
                 r"belarusian|moldovan|romanian|polish)\b|left\s+(?:the\s+)?(?:ukrainian|"
                 r"ukraine['’]s)\s+airspace)")
COUNT_DRONES = Rule(
    "count_drones",
    "A count of drones (\"111 Shahed attack drones\"; not \"398 drone attacks\", nor \"215 "
    "missiles and drones\").",
    # (not "another 30 drones", "struck by two drones": `figure_contexts.TOLD_BEFORE`)
    rf"{N}"
    # "28 decoy drones", "34 enemy imitator UAVs": decoys, lost or let through, a part of the
    # drones launched and no count of them
    r"(?![\s-]+(?:[\w-]+[\s-]+)?(?:decoys?|imitators?|imitation|dummy|dummies|simulators?|"
    # "500 interceptor drones", "120 FPV interceptor drones": Ukraine's defence, no launch
    r"fake|interceptors?)\b)"
    rf"{CGAP}[\s-]+\[?{_DRONE}\b\]?(?!{AND_MISSILES})(?!\s+(?:attacks|strikes)\b)"
    # "23 drones struck 14 locations", "22 drones disappeared from radar": hits and drones lost
    # track of, no launch count
    # ("31 drones managed to hit 15 locations")
    r"(?!\s+(?:have\s+|had\s+|were\s+|also\s+|managed\s+to\s+)*"
    r"(?:hit|struck|slammed|crashed|disappeared|"
    r"vanished|went\s+missing|failed\s+to\s+reach|did\s+not\s+reach|"
    # "10 drones were lost in the area", "44 drones went astray": lost track of (decoys, jammed)
    r"lost|went\s+astray)\b)"
    # "one drone flew away toward Belarus", "two drones left Ukrainian airspace": drones that
    # left the country, a part of the night's tally and no launch count
    rf"(?!{_LEFT_UKRAINE})",
    matches=("russia launched 111 shahed attack drones", "almost 60 [shaheds] were launched",
             "twelve drones flew towards kyiv"),
    rejects=("398 drone attacks", "215 drones and missiles",
             "another 41 enemy imitator uavs were lost without consequences",
             "while 17 decoy drones caused no damage",
             "the army will get 500 interceptor drones", "1,000 fpv interceptor drones a day",
             "nine drones hit the city", "31 drones managed to hit 15 locations",
             "twelve drones have disappeared from radar",
             "ten more drones were lost in the area", "44 drones went astray",
             "one drone flew away toward belarus", "three drones went into russian airspace",
             "two drones had left ukrainian airspace",
             "the troops dropped four grenades from uavs",
             "more than 12 blasts caused by drones shook the town"),
)
COUNT_DRONES_TWO_KINDS = Rule(
    "count_drones_two_kinds",
    "A count of drones of two kinds joined by \"and\" (\"over 200 attack and decoy drones\", "
    "\"90 strike and dummy drones and 12 missiles\"); not \"215 missiles and drones\".",
    rf"{N}\s+(?!(?:missiles?|rockets?|bombs?|people|civilians)\b)[a-z][\w-]*\s+(?:and|or|&)\s+"
    rf"(?!\d)(?!missiles?\b)(?:[a-z][\w-]*\s+){{1,2}}?{_DRONE}\b(?!{AND_MISSILES})"
    rf"(?!\s+(?:attacks|strikes)\b)",
    matches=("russia sent over 200 attack and decoy drones",
             "the assault involved 90 strike and dummy drones and 12 cruise missiles"),
    rejects=("215 missiles and drones", "12 missiles and five drones",
             "40 explosive and decoy drones and missiles"),
    # only where "and"/"or" is followed by a drone word within two words
    prescan=(rf"\s(?:and|or|&)\s+(?:[a-z][\w-]*\s+){{1,2}}?{_DRONE}", 1),
)
LAUNCHES_RECORDED = Rule(
    "launches_recorded",
    "Launches counted in a report on drones (\"A total of 20 launches were recorded from the "
    "Kursk region\"): the drones launched, read where a sentence just before counts drones "
    "and none counts missiles (`extract.events`).",
    rf"{N}\s+(?:[\w-]+\s+)?launches\s+(?:were|was|have\s+been|had\s+been)\s+"
    rf"(?:recorded|detected|registered|observed|tracked|spotted)",
    matches=("a total of 20 launches were recorded from the kursk region",),
    rejects=("russia launches 20 drones", "20 launches of missiles were planned"),
)
COUNT_MISSILES = Rule(
    "count_missiles",
    "A count of missiles (not \"215 missiles and drones\").",
    rf"{N}{CGAP}[\s-]+{_MISSILE}\b(?!{AND_DRONES})",
    matches=("four ballistic missiles", "russia fired 12 kh-101s"),
    rejects=("215 missiles and drones",),
)

# --- Killed and injured ------------------------------------------------------------------
#: After a list of people: its last member is the subject of a clause of its own ("injuring
#: four people, and 12 others suffered acute stress reactions"), so no member of the list.
_OWN_VERB_AFTER = (r"(?!\s+(?:\w+\s+)?(?:were|was|are|is|have|has|had|suffered|sought|received|"
                   r"got|needed|required|experienced|went|remain|remained)\b)")
#: Right before a list of people, a verb of the other outcome whose object the list's first
#: member is ("killed one person, and eight others are confirmed injured": one dead, eight
#: hurt, no list of nine hurt).
_NOT_AFTER_KILLING = r"(?<!\bkilling\s)(?<!\bkilled\s)(?<!\bkills\s)(?<!\bkill\s)"
_NOT_AFTER_INJURING = (r"(?<!\binjuring\s)(?<!\binjured\s)(?<!\binjures\s)(?<!\bwounding\s)"
                       r"(?<!\bwounded\s)(?<!\bwounds\s)(?<!\bhurting\s)")
PEOPLE_LIST_KILLED = Rule(
    "people_list_killed",
    "People listed together, then killed: \"two women and a child were killed\" (not the object "
    "of a verb of injury before them: \"injuring two men, and a woman was killed\").",
    rf"{_NOT_AFTER_INJURING}{PEOPLE_LIST}\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)*"
    rf"(?:\w+\s+)?{_KILLED}",
    matches=("two women and a child were killed", "a 64-year-old woman and a 58-year-old man died"),
    rejects=("two women and a child were injured",
             "the strike injured two men, and a woman was killed"),
)
KILLING_PEOPLE_LIST = Rule(
    "killing_people_list",
    "Killed, then people listed together: \"killing a man and two women\".",
    rf"(?:killing|killed)\s+{PEOPLE_LIST}{_OWN_VERB_AFTER}",
    matches=("the strike killed a man and two women",),
    rejects=("the strike injured a man and two women",
             "killing a man, and two women were injured"),
)
BODIES_OF_PEOPLE_LIST = Rule(
    "bodies_of_people_list",
    "The bodies of people listed together: \"the bodies of a man and a woman were found\", "
    "\"recovered the bodies of two men and a child\" (as many dead as the list counts).",
    rf"\bbodies\s+of\s+(?:the\s+)?{PEOPLE_LIST}",
    matches=("the bodies of a man and a woman were found under the rubble",
             "rescuers recovered the bodies of two men and a child"),
    rejects=("the bodies of two men were found", "the body of a man and a car"),
)
PEOPLE_LIST_INJURED = Rule(
    "people_list_injured",
    "People listed together, then injured (not the object of a verb of death before them: "
    "\"killed one person, and eight others are confirmed injured\").",
    rf"{_NOT_AFTER_KILLING}{PEOPLE_LIST}\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)*"
    rf"(?:\w+\s+)?{_INJURED}",
    matches=("a 7-year-old girl and two men were wounded",),
    rejects=("a 7-year-old girl and two men were killed",
             "a rocket attack killed one person, and eight others are confirmed injured"),
)
INJURING_PEOPLE_LIST = Rule(
    "injuring_people_list",
    "Injured, then people listed together.",
    rf"(?:injuring|injured|wounding|wounded)\s+{PEOPLE_LIST}{_OWN_VERB_AFTER}",
    matches=("wounding three men and a woman",),
    rejects=("killing three men and a woman",
             "injuring four people, and 12 others suffered acute stress reactions",
             "wounding two, and five people were treated for shock"),
)
#: People named by a plural and their ages, no count before them ("women aged 71 and 53"):
#: as many people as ages (`figures`); a count before the noun ("two women aged 43 and 59")
#: is read by the other phrases instead.
_AGED = (r"(?:^|[,;:(]\s*|\b(?:and|while|where|when|as)\s+)(?:the\s+)?"
         rf"(?:(?!{NUMBER_WORD}\b|both\b|\d)[\w-]+\s+)?"
         r"(?:men|women|people|residents|civilians|children|boys|girls|teenagers|pensioners|"
         r"adults)\s*,?\s+aged\s+(?P<n>\d{1,3}(?:\s*,\s*\d{1,3}){0,8}\s*,?\s+and\s+\d{1,3})"
         r"(?:\s+years(?:\s+old)?)?\s*,?\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?"
         r"(?:\w+\s+)?")
AGES_KILLED = Rule(
    "ages_killed",
    "People named by their ages, then killed: \"men aged 34 and 61 were killed\".",
    rf"{_AGED}{_KILLED}",
    matches=("in the village, men aged 34 and 61 were killed",),
    rejects=("two men aged 34 and 61 were killed", "men aged 34 and 61 were wounded"),
)
AGES_INJURED = Rule(
    "ages_injured",
    "People named by their ages, then injured: \"women aged 71 and 53 were wounded and "
    "hospitalised\".",
    rf"{_AGED}{_INJURED}",
    matches=("in orikhiv, women aged 71 and 53 were wounded and hospitalised",
             "local residents aged 40, 52 and 67 were injured"),
    rejects=("three women aged 71, 53 and 50 were wounded", "women aged 71 and 53 were killed"),
)
#: One person named by an age with no article, right after the verb ("killed 43-year-old man",
#: as a translated report may drop the article): one, whose age is no count.
_AGED_ONE = (r"\s+(?P<n>\d{1,3}-year-old)\s+(?:local\s+)?(?:man|woman|boy|girl|resident|"
             r"civilian|pensioner|person|teenager|driver|farmer|worker)\b")
KILLED_AGED_ONE = Rule(
    "killed_aged_one",
    "Killed, then one person named by an age without an article: \"and killed 43-year-old "
    "man\" (one dead).",
    rf"\b(?:killing|killed|kills|kill){_AGED_ONE}",
    matches=("troops shelled the villages, injured four civilians, and killed 43-year-old man",
             "a drone strike on the town killed 71-year-old woman"),
    rejects=("the strike killed a 43-year-old man", "the strike injured 43-year-old man",
             "the strike killed 43 people"),
)
INJURED_AGED_ONE = Rule(
    "injured_aged_one",
    "Injured, then one person named by an age without an article: \"shelling wounded "
    "67-year-old woman\" (one hurt).",
    rf"\b(?:injuring|injured|injures|wounding|wounded|wounds|hurt|hurting){_AGED_ONE}",
    matches=("the shelling of the suburb wounded 67-year-old woman",
             "a kab hit the village, injuring 15-year-old boy"),
    rejects=("the shelling wounded a 67-year-old woman", "the attack killed 67-year-old woman",
             "the shelling wounded 67 people"),
)
NUMBER_KILLED_ROSE_TO = Rule(
    "number_killed_rose_to",
    "A death toll as it stands: \"the number of people killed in Dnipro has risen to 40\".",
    # not "the number of victims": killed or injured as the report tells (`VICTIMS_ROSE_TO`)
    # the cause may run long: "killed in the overnight missile strike on the port of the
    # Mykolaiv region has increased to 4" (up to 110 characters)
    rf"number\s+of\s+(?:people\s+|civilians\s+|those\s+)?(?:killed|dead|deaths)"
    rf"\b[^.;]{{0,110}}?\b(?:rose|risen|rises|increased|climbed|reached|grew|stands?|stood)\s+"
    rf"(?:to|at)\s+{N}",
    matches=("the number of people killed in dnipro has risen to 40",
             "the number of people killed by the overnight missile strike on the grain "
             "terminal of the mykolaiv region by shahed drones has increased to 4"),
    rejects=("the number of people injured rose to 40",
             "the number of victims of the strike has increased to 24"),
)
NUMBER_INJURED_ROSE_TO = Rule(
    "number_injured_rose_to",
    "An injured toll as it stands: \"and the number of injured to 328\".",
    # the cause may run as long as a death toll's: "injured in the night strike by two
    # missiles on the town's centre on 3-4 May has increased to 12" (up to 110 characters)
    rf"(?:number\s+of\s+(?:people\s+|civilians\s+|those\s+)?(?:the\s+)?(?:injured|wounded)"
    # "the injured toll climbed to 40", "the injury count rose to 12"
    rf"|(?:injured|wounded|injury)\s+(?:toll|count|tally|figure))"
    rf"\b[^.;]{{0,110}}?\b(?:(?:rose|risen|rises|increased|climbed|reached|grew|stands?|stood)"
    rf"\s+)?(?:to|at)\s+{N}",
    matches=("and the number of injured to 328", "the injured toll climbed to 40",
             "the injury count in the city has risen to 12",
             "the number of civilians injured by two missiles in the night strike on the town "
             "centre on 3-4 may has increased to 12"),
    rejects=("and the number of dead to 32",),
)
DIED_OF_WOUNDS = Rule(
    "died_of_wounds",
    "Wounded people who later died: \"one of the injured later died in hospital\" (killed, "
    "and no longer injured).",
    # ("two were wounded, one of whom died in hospital": "whom", the wounded just told)
    rf"{PART}\s+of\s+(?:them|whom|those|the\s+(?:injured|wounded)(?:\s+\w+)?)"
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:later\s+|subsequently\s+|since\s+)?(?:died|succumbed)",
    matches=("one of the injured later died in hospital", "two of them died",
             "two were wounded, one of whom died in hospital"),
    rejects=("one of the injured is in serious condition", "two people died"),
)
#: How badly a person was hurt, before "injured"/"wounded": "one seriously injured man".
_GRAVELY = r"(?:(?:seriously|severely|critically|gravely|badly|fatally|heavily)\s+)?"
#: Then dead, right after the person: "... later died", "... has died", "... succumbed".
_THEN_DEAD = (r"\s+(?:has\s+|have\s+|had\s+)?(?:later\s+|subsequently\s+|since\s+|then\s+)?"
              r"(?:died|dies|succumbed)\b")
WOUNDED_ONE_DIED = Rule(
    "wounded_one_died",
    "One person told as wounded before the noun, then dead: \"the wounded man later died in "
    "hospital\", \"one critically injured pensioner died\", \"a badly hurt pensioner has died\" "
    "(killed, and no longer injured).",
    rf"(?P<one>\b(?:an?|the|one)\s+{_GRAVELY}(?:injured|wounded|hurt)\s+(?:[\w-]+\s+)?"
    r"(?:man|woman|person|child|boy|girl|resident|civilian|teenager|pensioner|driver|worker|"
    rf"volunteer|passenger))\b{_THEN_DEAD}",
    matches=("the wounded man later died", "an injured woman died in hospital",
             "police said one critically injured pensioner died overnight",
             "a badly hurt elderly pensioner has died"),
    rejects=("a man died", "the wounded man is in hospital",
             "one injured man was taken to hospital and a woman died"),
)
COUNT_WOUNDED_PEOPLE_DIED = Rule(
    "count_wounded_people_died",
    "A count of people told as wounded before the noun, then dead: \"two seriously wounded "
    "residents later died\", \"3 injured people died on the way to hospital\" (killed, and no "
    "longer injured).",
    rf"{N}\s+{_GRAVELY}(?:injured|wounded|hurt)\s+(?:[\w-]+\s+)?{_PEOPLE}{_THEN_DEAD}",
    matches=("two seriously wounded residents later died in hospital",
             "3 injured people died on the way to hospital"),
    rejects=("two injured people were taken to hospital", "two wounded men survived",
             "two injured people and one dead"),
)
WOUNDED_PERSON_DIED = Rule(
    "wounded_person_died",
    "One person told as wounded by a relative clause or a participle, then dead: \"a man who "
    "was wounded in the shelling of the town died in hospital\", \"the 46-year-old woman "
    "injured by a drone earlier in the day has died\" (killed, and no longer injured).",
    # (or a headline's bare noun: "woman badly hurt in the raid on the port dies in hospital")
    r"(?P<one>(?:\b(?:an?|the)\s+|^)(?:[\w-]+\s+){0,2}?(?:man|woman|person|child|boy|girl|"
    r"resident|civilian|teenager|pensioner|driver|worker)"
    # where the person lives: "a resident of the town of orikhiv seriously wounded ... has died"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    # "the woman from the city, who was injured ...": the clause may open with a comma
    r"(?:,?\s+who\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?|"
    r"\s+(?:seriously|severely|critically|gravely|badly)\s+|\s+)(?:injured|wounded|hurt)\b)"
    # no clause of its own between: "a man injured ... is in hospital, and his neighbour died";
    # a quote's trailing off ("a man hurt on monday... died today") is no sentence end, nor
    # the periods of a time ("at 11:30 a.m.,")
    r"(?:(?!\b(?:is|are|was|were|and|but|while|said|says)\b)(?:[^.;]|\.\.\.|…|"
    r"\b[ap]\.m\.)){0,120}?"
    r"\b(?:has\s+|had\s+)?(?:later\s+|subsequently\s+|since\s+)?(?:died|dies|succumbed)\b",
    matches=("a man who was wounded in the shelling of the town died in hospital",
             "the 46-year-old woman injured by a drone earlier in the day has died in hospital",
             "a driver who was seriously injured on tuesday later died",
             "a pensioner from the village of bilozerka badly wounded on friday has died",
             "woman critically hurt in the raid on the port dies in hospital",
             "we learnt that a man who was wounded on monday... died this morning",
             "the 70-year-old man from the village, who was wounded by shrapnel at about "
             "9:15 a.m., died in hospital"),
    rejects=("a man was wounded and a woman died", "the wounded man is in hospital",
             "a man injured in the attack is in hospital, and his neighbour died",
             "a man wounded in the strike said two people were killed and one died",
             "a resident of the town was injured, and another died"),
)
DIED_IN_HOSPITAL = Rule(
    "died_in_hospital",
    "One person who died where the wounded are treated: \"a 61-year-old man has died in "
    "hospital\", \"the woman died in the operating theatre\", \"died on the way to hospital\" "
    "(killed, and no longer injured: the dead of a strike are not taken to hospital).",
    # (or a headline's bare noun: "60-year-old Sumy man dies in hospital")
    r"(?P<one>(?:\b(?:an?|the)\s+|^)(?:[\w-]+\s+){0,2}?(?:man|woman|person|child|boy|girl|"
    r"resident|civilian|teenager|pensioner|driver|worker))\s+(?:has\s+|had\s+)?(?:later\s+|"
    r"subsequently\s+|since\s+)?(?:died|dies)\s+(?:later\s+|subsequently\s+)?"
    r"(?:in\s+(?:the\s+)?(?:hospital|intensive\s+care|"
    r"operating\s+(?:room|theatre|table))|on\s+the\s+way\s+to\s+(?:the\s+)?hospital|"
    r"in\s+(?:an?|the)\s+ambulance)\b",
    matches=("a 61-year-old man has died in hospital",
             "officials said the elderly woman died in the operating theatre",
             "a teenager died on the way to hospital",
             "60-year-old sumy man dies in hospital two days after a drone strike",
             "two were killed and a third person died later in hospital"),
    rejects=("a man born in 1950 died in hospital", "the hospital where a man died",
             "a woman died in the strike"),
)
HE_LATER_DIED = Rule(
    "he_later_died",
    "One wounded person told again by a pronoun or \"the man\", then dead: \"a man was "
    "injured; he later died\", \"She died of her wounds in hospital\", \"The woman later "
    "died\" (killed, and no longer injured); a time or the wounds told, not a bare \"he died\".",
    r"(?P<one>\b(?:he|she|the\s+(?:[\w-]+\s+)?(?:man|woman|person|boy|girl|child|civilian|"
    r"resident|pensioner|teenager|driver)))\s+(?:has\s+|had\s+)?(?:(?:later|"
    r"subsequently|since|afterwards|"
    r"eventually|then)\s+(?:died|succumbed)\b|(?:died|succumbed)\s+(?:(?:later\s+)?in\s+"
    r"(?:the\s+)?hospital|(?:of|from|to)\s+(?:his|her|the)\s+(?:wounds|injuries)|on\s+the\s+way"
    r"\s+to\s+(?:the\s+)?hospital|in\s+(?:an?|the)\s+ambulance)\b)",
    matches=("a man was injured; he later died of his wounds", "she later died",
             "he died in hospital the next day", "she died of her injuries",
             "the woman later died"),
    rejects=("he died at the scene", "she said two people died", "the man died at the scene"),
)
#: Wounded, then dead, one clause for both: "and", the time, the verb of dying.
_THEN_DIED = (r"\s+and\s+(?:(?:has|have|had)\s+)?(?:(?:later|subsequently|since|then|"
              r"afterwards)\s+)?(?:died|succumbed)\b")
COUNT_WOUNDED_AND_DIED = Rule(
    "count_wounded_and_died",
    "A count of people told as wounded and then as dead in one clause: \"two men were wounded "
    "and later died\", \"3 civilians were injured and died in hospital\" (killed, and no longer "
    "injured).",
    rf"{N}(?:\s+(?:[\w-]+\s+)?{_PEOPLE})?\s+(?:were|was|had\s+been|have\s+been)\s+"
    rf"(?:\w+\s+)?(?:injured|wounded|hurt){_THEN_DIED}",
    matches=("two men were wounded and later died", "3 civilians were injured and died in hospital",
             "two people were seriously hurt and subsequently died"),
    rejects=("two men were wounded and one died", "two were injured and three died",
             "two men were wounded and later taken to hospital"),
)
WOUNDED_THEN_PART_DIED = Rule(
    "wounded_then_part_died",
    "A part of the wounded just counted told as dying later in the same sentence: \"three "
    "civilians were wounded and one later died\" (killed, and no longer injured; without "
    "\"later\" the one may be another person).",
    rf"(?:injured|wounded|hurt|injuring|wounding)\b(?:[^.;,]{{0,40}}?,)?(?:\s*|\s+and\s+)"
    rf"{PART}\s+(?:of\s+(?:them|whom)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:later|subsequently|since|afterwards)\s+(?:died|succumbed)\b",
    matches=("three civilians were wounded and one later died",
             "five were injured, and two of them subsequently died",
             "the shelling wounded four people, two of whom later died"),
    rejects=("three civilians were wounded and one died", "three were wounded and one later left"),
)
ONE_WOUNDED_AND_DIED = Rule(
    "one_wounded_and_died",
    "One person told as wounded and then as dead in one clause: \"a man was wounded and later "
    "died\", \"an elderly woman was injured and died in hospital\" (killed, not injured).",
    r"(?P<one>\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|child|boy|girl|resident|"
    r"civilian|teenager|pensioner|driver|worker))\s+(?:was|had\s+been|has\s+been)\s+"
    rf"(?:\w+\s+)?(?:injured|wounded|hurt){_THEN_DIED}",
    matches=("a man was wounded and later died of his wounds",
             "an elderly woman was injured and died in hospital"),
    rejects=("a man was wounded and a woman died", "a man was wounded and later taken away"),
)
BODY_OF_ONE = Rule(
    "body_of_one",
    "The body of one person found or recovered (\"rescuers recovered the body of an elderly "
    "man from the debris\", \"a woman's body was pulled out\"): one dead.",
    r"(?P<one>\b(?:the\s+)?body\s+of\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|"
    r"child|boy|girl|resident|civilian|teenager|pensioner|driver|worker)\b|"
    r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:man|woman|child|boy|girl)[’']s\s+body\b|"
    # a body found, told by its article or as dead, not a count ("Dead body found inside a
    # well", "a body was recovered from the ruins"; not "his body was found": one told before)
    # (not "another dead body": `ANOTHER_BODY_FOUND`'s one more)
    r"(?:(?<!another\s)\bdead\s+|\ban?\s+(?:dead\s+)?)body\s+(?:(?:was|has\s+been|had\s+been|"
    r"reportedly|later|also|then)\s+)*(?:found|recovered|pulled|retrieved|discovered|"
    r"uncovered)\b)",
    matches=("rescuers recovered the body of an elderly man from the debris",
             "the body of a 70-year-old woman was found under the ruins",
             "a young man's body was pulled out", "dead body found inside a well",
             "a body was recovered from the ruins of the house",
             "later a dead body was discovered in the yard"),
    rejects=("shrapnel hit the body of a truck", "the body of the drone",
             "a governing body of the city", "his body was found later",
             "[graphic: dead body, blurred]", "a body visible in the photo"),
)
#: Finding a body: the verbs of "found", "pulled out", "recovered".
_FOUND = r"(?:found|recovered|pulled|retrieved|discovered|removed|uncovered|located|extracted)"
#: "another" as one more body (the count's span: `events` then adds it to the toll told before
#: for the same strike, `totals.MORE_BESIDE_BEFORE`).
_ANOTHER_ONE = r"(?:yet\s+)?(?P<one>another)"
ANOTHER_BODY_FOUND = Rule(
    "another_body_found",
    "Another body found after a toll was told (\"another body was pulled from the rubble\"): "
    "one more dead of the same strike, who adds to it.",
    rf"\b{_ANOTHER_ONE}\s+(?:dead\s+)?body\s+(?:(?:was|has\s+been|had\s+been|reportedly|"
    rf"later|also|then)\s+)*{_FOUND}\b",
    matches=("later on monday another body was pulled from the rubble",
             "another dead body was later recovered from the ruins"),
    rejects=("another body of water", "another strike hit the body shop", "a body was found"),
)
FOUND_ANOTHER_BODY = Rule(
    "found_another_body",
    "Another body found, the verb first (\"rescuers pulled another body from the debris\", "
    "\"have found yet another body\"): one more dead of the same strike, who adds to the toll "
    "told before.",
    rf"\b{_FOUND}\s+(?:out\s+)?{_ANOTHER_ONE}\s+(?:dead\s+)?body\b",
    matches=("rescuers pulled another body from the debris",
             "emergency workers have found yet another body"),
    rejects=("rescuers found a body", "found another survivor"),
)
BODY_OF_ANOTHER = Rule(
    "body_of_another",
    "The body of another person or victim found (\"the body of another victim was found under "
    "the debris\"): one more dead of the same strike, who adds to the toll told before.",
    rf"\bbody\s+of\s+{_ANOTHER_ONE}\s+(?:[\w-]+\s+){{0,2}}?(?:victim|person|man|woman|child|"
    r"boy|girl|resident|civilian|teenager|pensioner|driver|worker)\b",
    matches=("workers found the body of another victim under the debris",
             "the body of another elderly woman was recovered"),
    rejects=("the body of another drone", "the body of a victim"),
)
#: A hedge between a word and its count: "what appear to be", "what appears to have been (a)".
_HEDGE = r"what\s+appears?\s+to\s+(?:have\s+been|be)\s+(?:an?\s+)?"
BODIES_OF_HEDGED = Rule(
    "bodies_of_hedged",
    "Bodies counted behind a hedge (\"the bodies of what appear to be three men were "
    "recovered\"): that many dead.",
    rf"\bbodies\s+of\s+{_HEDGE}{N}",
    matches=("the bodies of what appear to be three men were recovered",
             "bodies of what appear to have been a five people were found"),
    rejects=("bodies of what appears to be civilians", "the bodies of two men"),
)
BODIES_OF_PEOPLE_IN_BRACKETS = Rule(
    "bodies_of_people_in_brackets",
    "Bodies counted in brackets after the people they were (\"bodies of residents (4) after "
    "the strike\"): that many dead.",
    rf"\bbodies\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\s*\(\s*{N}\s*\)",
    matches=("bodies of residents (4) after the strike",
             "the bodies of local civilians ( 2 ) lie in the yard"),
    rejects=("bodies of residents after the strike (4 photos)", "bodies of two civilians"),
)
COUNT_BODIES_FOUND = Rule(
    "count_bodies_found",
    "A count of bodies found or recovered, the singular too (\"one body was pulled from the "
    "ruins\", \"at least one body, perhaps more, recovered from a cellar\"): that many dead. "
    "A body seen in a picture (\"[Graphic: one body visible]\") is no count of its own.",
    rf"{N}\s+(?:dead\s+)?bod(?:y|ies)\b(?:\s*,[^,.;]{{1,30}},)?\s+(?:(?:was|were|has\s+been|"
    rf"have\s+been|had\s+been|reportedly|later|also)\s+)*(?:recovered|found|pulled|retrieved|"
    rf"exhumed|discovered|removed|uncovered)\b",
    matches=("one body was pulled from the ruins",
             "at least one body, perhaps more, recovered from a cellar",
             "two bodies have been found under the rubble"),
    rejects=("one body visible in the video", "a body was found"),
)
VICTIMS_ROSE_TO = Rule(
    "victims_rose_to",
    "A toll of victims as it stands (\"the number of victims climbed to 15\"): killed or "
    "injured as the report's earlier toll was (`extract.events`).",
    rf"number\s+of\s+(?:the\s+)?(?:victims|casualties)\b[^.;]{{0,110}}?\b(?:rose|risen|rises|"
    rf"increased|climbed|reached|grew|stands?|stood)\s+(?:to|at)\s+{N}",
    matches=("the number of victims climbed to 15",
             "the number of victims of the drone attack on the energy facilities of kherson "
             "region on the night of may 3 increased to 6"),
    rejects=("the number of victims is unknown",),
)
VICTIMS_NOW = Rule(
    "victims_now",
    "A toll of victims as it stands, told as its present count (\"the number of victims has "
    "grown since - there are now five of them\", \"the number of victims is currently 7\").",
    rf"number\s+of\s+(?:the\s+)?(?:victims|casualties)\b[^.;]{{0,80}}?\b(?:there\s+(?:are|is|"
    rf"were)\s+|(?:is|was|stands\s+at)\s+)?(?:currently|now|already)\s+(?:at\s+)?{N}",
    matches=("the number of victims has grown since the last strike - there are now five of them",
             "the number of victims is currently 7"),
    rejects=("the number of victims is unknown", "the victims are now in hospital"),
)
#: Victims told as known or present ("three victims are known", "we know of 12 victims",
#: "there are already 30 victims"): the toll as it stands, read like `VICTIMS_ROSE_TO`. Not a
#: bare "N victims", which may be the dead ("the bodies of two victims") or a part ("nine
#: victims were hospitalised").
_VICTIMS = r"victims\b"
VICTIMS_KNOWN_OF = Rule(
    "victims_known_of",
    "Victims known of or present, the count after the verb (\"we know of 12 victims\", "
    "\"there are already 30 victims\"): the toll as it stands.",
    rf"(?:(?:know|known|knew|information)\s+(?:about|of)|there\s+(?:are|is|were)"
    rf"(?:\s+(?:already|currently|now))?)\s+{N}\s+{_VICTIMS}",
    matches=("by noon officials knew about 16 victims in sumy",
             "before that it was known about 12 victims",
             "there are already 30 victims at the port",
             "there was information about five victims"),
    rejects=("the bodies of two victims were found", "nine victims were hospitalised",
             "there are 13 wounded"),
)
VICTIMS_ARE_KNOWN = Rule(
    "victims_are_known",
    "A count of victims told as known or reported (\"three victims are known\", \"at least "
    "two victims have been reported\"): the toll as it stands.",
    rf"{N}\s+{_VICTIMS}\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:(?:already|"
    rf"currently|now|so\s+far)\s+)?(?:known|reported|confirmed)\b",
    matches=("as of 10:15, three victims are known", "at least two victims are known",
             "five victims have been reported so far"),
    rejects=("three victims were taken to hospital", "the victims are known to police"),
)
FATALITIES_FIELD = Rule(
    "fatalities_field",
    "The tally event notes end with: \"Fatalities: 2\".",
    rf"\b(?:fatalities|deaths|killed|dead)\s*:\s*{N}",
    matches=("fatalities: 2",),
    rejects=("injured: 3",),
)
INJURED_FIELD = Rule(
    "injured_field",
    "The tally event notes end with: \"Injured: 3\".",
    rf"\b(?:injured|wounded|injuries)\s*:\s*{N}",
    matches=("injured: 3",),
    rejects=("fatalities: 2",),
)
#: An accident or disaster as the cause of deaths: "the plane crash death toll rose to 13",
#: "the death toll from the bus crash", "killed in a road accident" (no strike's toll).
_CRASH = (r"(?:crash(?:es)?|accident|collision|derailment|earthquake|floods?|landslide|"
          r"avalanche|shipwreck)")
_NO_CRASH = r"(?<!crash\s)(?<!accident\s)(?<!collision\s)(?<!earthquake\s)(?<!flood\s)"
_NOT_OF_A_CRASH = rf"(?!(?:from|of|in)\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_CRASH}\b)"
_NOT_IN_A_CRASH = (rf"(?!\s+(?:in|when|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
                   rf"{_CRASH}\b)")
#: People told as victims or casualties of the attack, after their count: "12 victims of the
#: night's strike needed hospital care", "four residents of the shelled block": the attack
#: names what hurt them, not a count of attacks (which `GAP` will not cross).
_OF_THE_ATTACK = (rf"(?:\s+of\s+(?:the|this|that|today['’]s|last\s+night['’]s)\s+"
                  rf"(?:[\w'’-]+\s+){{0,2}}?{ATTACK_NOUN.pattern})?")
COUNT_KILLED = Rule(
    "count_killed",
    "A count, then killed: \"two civilians were killed\".",
    rf"{N}{OF_WHOM}{GAP}{AGE_DECADE}{_OF_THE_ATTACK}\s+(?!among\s)(?:(?:were|was|have\s+been|"
    rf"had\s+been|are|is|has\s+been|have|has|had|reportedly|confirmed|later|also|{_TOLD_AS})\s+)*"
    rf"{_KILLED}"
    # "over 20 cars were found with dead bodies inside": "dead" told of what the things counted
    # held, the count is of the things
    r"(?<!\swith\sdead)"
    # "78 people reported killed or injured": both kinds together, no death toll
    rf"(?!\s+(?:or|and|and/or)\s+(?:injured|wounded|hurt)\b){_NOT_IN_A_CRASH}",
    matches=("two civilians were killed", "three people died",
             "there were 30 civilians, eleven of whom were killed",
             "nine people reported as killed after the strike",
             "at least one man was reported to be killed",
             "six victims of the missile strike have died"),
    rejects=("two civilians were injured", "78 people were reported killed or injured",
             "40 were killed and wounded", "nine people were killed in a bus crash",
             "over 20 cars were found with dead bodies inside",
             "three flats were found with dead residents"),
)
KILLING_COUNT = Rule(
    "killing_count",
    "Killed, then a count: \"killing two\", \"the death toll rose to 21\", \"left 3 dead\".",
    rf"(?:killing|killed|kill|kills|claimed\s+the\s+lives\s+of|"
    # people killed by hand: "soldiers shot dead a civilian"
    rf"shot\s+dead|shooting\s+dead|"
    # "the attack took the life of a 64-year-old man"
    rf"(?:took|taken|take|takes|taking)\s+the\s+li(?:fe|ves)\s+of|"
    # "resulted in fatal injuries to two women": killed
    rf"fatal\s+(?:injuries|wounds)\s+(?:to|for)|"
    # the cause may hold commas: "the death toll from the strike on a school in Lozova, Kharkiv
    # region, has grown to 7" (not "as of": a time, no count)
    rf"deaths?\s+of|{_NO_CRASH}death\s+toll\s+{_NOT_OF_A_CRASH}(?:[\w'’-]+,?\s+){{0,20}}?"
    # "death toll ... reaches 35", a headline's present tense as well as "reached"
    rf"(?:to|at|(?<!\bas\s)of|reach(?:ed|es|ing))|"
    # "the toll from the strike on Kyiv has risen to 23": "the toll" alone, risen, is the dead
    # (not "the injury toll", "the toll of injured": another word before it or after it)
    rf"(?<=\bthe\s)toll\s+(?!of\s+(?:the\s+)?(?:injur|wound|hurt))"
    rf"{_NOT_OF_A_CRASH}(?:[\w'’-]+,?\s+){{0,20}}?(?:(?:has|had|have)\s+)?"
    rf"(?:rose|risen|rises|climbed|climbs|grown|grew|grows|increased|jumped)\s+to|"
    rf"bodies\s+of|(?:killing|killed)\s+(?:a|an|the)\s+family\s+of|"
    # "claimed at least 18 lives"
    rf"(?:claimed|claiming)(?=\s+[^.;,]{{1,25}}?\blives\b)|"
    # "left three dead", not "left 12 people injured" (a death word elsewhere in the sentence
    # arms this rule before the injured ones are tried)
    rf"(?:left|leaving)(?=\s+[^.;,]{{1,40}}?\bdead\b))\s+{N}"
    # not the next count of a pair told without "and": "5 killed 7 injured" (the 7 is hurt)
    rf"(?!\d)(?!\s+(?:injured|wounded|hurt)\b)(?:{GAP}\s+{_PEOPLE}|\s+dead)?",
    matches=("the strike killed two civilians", "the death toll has risen to 21",
             "soldiers shot dead a civilian in the yard",
             "the death toll from the strike on a school in lozova, kharkiv region, has grown "
             "to 7",
             "death toll of the strike on the tower block in the city reaches 35",
             "the attack caused fatal injuries to two women",
             "the shelling took the lives of three residents", "the shelling left 3 dead",
             "the strike left two people dead and nine injured",
             "the blast claimed at least 18 lives",
             "the toll from the missile strike on the city has risen to 23",
             "by evening the toll had climbed to nine"),
    rejects=("the strike injured two civilians", "plane crash death toll rises to 13",
             "a note gave 4 killed 9 injured in the town",
             "a note gave 4 killed 19 injured in the town",
             "the death toll is not yet known, as of 10:00 on monday",
             "the death toll from the bus crash rose to nine",
             "a man was killed and the blast left 12 people injured",
             "the toll of injured has risen to 40", "the injury toll rose to 40",
             "the toll from the bus crash rose to nine"),
)
COUNT_INJURED = Rule(
    "count_injured",
    "A count, then injured: \"five people were wounded\".",
    rf"{N}{OF_WHOM}{GAP}{AGE_DECADE}{_OF_THE_ATTACK}\s+(?!among\s)(?:(?:were|was|have\s+been|"
    rf"had\s+been|are|is|has\s+been|reportedly|also|seriously|slightly|critically|{_TOLD_AS}|"
    # a count confirmed so far: "at least nine people have so far been confirmed injured",
    # "12 are now confirmed injured"
    rf"(?:have|has)\s+(?:so\s+far|now|already)\s+been|so\s+far|now|already|confirmed)\s+)*"
    rf"{_INJURED}",
    matches=("five people were seriously wounded",
             "at least nine people have so far been confirmed injured",
             "eight others are confirmed injured",
             "there were 30 civilians, eleven of whom were wounded",
             "four people were reported as injured",
             "twelve victims of the night's strike were brought to hospitals"),
    rejects=("five people were killed",),
)
#: The second count of a killed-and-injured pair told with its verb left out: "a man was
#: reported as dead and one as hurt", "two reported dead and four as wounded".
COUNT_AS_INJURED_AFTER_AND = Rule(
    "count_as_injured_after_and",
    "\"and\", a count, \"as\", then injured: the second count of a pair whose verb is told "
    "once (\"three reported as killed and two as injured\", \"one child reported dead and "
    "four people as wounded\").",
    rf"\band\s+{N}(?:\s+(?:[\w-]+\s+)?{_PEOPLE})?\s+as\s+{_INJURED}",
    matches=("three people reported as killed and two as injured",
             "one man was reported as dead and one as wounded",
             "a child reported dead and four people as wounded",
             "two men reported killed and three elderly women as injured"),
    rejects=("three people reported as killed and two injured buildings",
             "two killed and as many as 10 injured"),
)
COUNT_AS_KILLED_AFTER_AND = Rule(
    "count_as_killed_after_and",
    "\"and\", a count, \"as\", then killed: the second count of a pair whose verb is told "
    "once (\"five reported as injured and one as killed\", \"... and two women as dead\").",
    rf"\band\s+{N}(?:\s+(?:[\w-]+\s+)?{_PEOPLE})?\s+as\s+(?:killed|dead)\b",
    matches=("five people reported as injured and one as killed",
             "four reported wounded and two women as dead"),
    rejects=("five people reported as injured and one killed later",),
)
INJURING_COUNT = Rule(
    "injuring_count",
    "Injured, then a count: \"injuring 12 people\"; the harm as a noun of the people it is "
    "done to: \"resulted in the wounding of 5 people\", \"inflicting injuries on two "
    "civilians\", \"the injury of a woman\".",
    rf"(?:injuring|injured|injures|wounding|wounded|wounds|injuries\s+to|hurt|"
    rf"hospitali[sz]ing|(?:wounding|injuring|injury|injuries|wounds)\s+(?:of|to|on))\s+{N}"
    rf"(?:{GAP}\s+{_PEOPLE})?",
    matches=("the attack injured 12 people", "strike kills 3 civilians, injures 14",
             "an s-300 strike which resulted in the wounding of 7 people",
             "the shelling, inflicting injuries on two civilians",
             "the attack led to the injury of a woman"),
    rejects=("the attack killed 12 people", "injuries of varying severity"),
)
#: Seeking a doctor's help: "sought medical help", "turned to doctors for assistance".
_SOUGHT_HELP = (r"(?:sought|seek|seeking|sought\s+out|requested|applied\s+for|asked\s+for|"
                # "20 people needed medical care", "five received medical treatment"
                r"needed|needing|required|requiring|received|receiving)\s+"
                r"(?:urgent\s+|emergency\s+)?medical\s+(?:help|assistance|care|aid|attention|"
                r"treatment)|turned\s+to\s+(?:the\s+)?(?:doctors|medics|hospitals?|"
                r"medical\s+(?:workers|staff|facilities|institutions))")
COUNT_SOUGHT_HELP = Rule(
    "count_sought_help",
    "A count of people who sought medical help after a strike (\"22 people sought medical "
    "help\", \"80 residents turned to doctors\"): the people it hurt, as officials count "
    "the victims (the team's ruling: injured, where the text ties them to the strike). Not "
    "people counted apart from the injured told (\"three additional people sought medical "
    "assistance\", \"another six\": the official keeps them out of the injured), those "
    "treated for shock, nor a part of a count (\"two of them sought help\").",
    rf"(?<!another\s)(?<!further\s)(?<!additional\s)(?!another\b)"
    rf"{N}(?!\s+(?:additional|more|other|others|further|of\s+them)\b){GAP}\s+"
    rf"(?:have\s+|has\s+|had\s+)?(?:already\s+|also\s+|since\s+)?(?:{_SOUGHT_HELP})\b"
    # "sought medical attention because of shock": shaken, not hurt
    r"(?!\s+(?:[\w-]+\s+){0,4}?(?:shock|stress|panic|psycholog\w*)\b)",
    matches=("by the morning, 41 people had sought medical help",
             "in total 64 residents have sought medical assistance, of whom 20 were admitted",
             "so far nine people turned to doctors after the blasts",
             "at least 20 people needed medical care", "five people received medical treatment"),
    rejects=("five people were injured and two additional people sought medical assistance",
             "five people received psychological help",
             "two of them sought medical help at a clinic",
             "three more people sought medical care on their own",
             "12 people sought shelter in the metro",
             "a woman was hurt, and another four people sought medical help",
             "eight residents sought medical attention because of acute shock"),
)
#: "another" as one more person, ending its clause: "killed a woman and wounded another".
_ANOTHER_ALONE = r"(?P<n>another)(?=\s*(?:[,.;:)]|$)|\s+(?:and|while|but|in|on|at|near|when)\b)"
KILLING_ANOTHER = Rule(
    "killing_another",
    "Killed, then \"another\" alone: one more person (\"wounded a man and killed another\").",
    rf"\b(?:killing|killed|kills|kill)\s+{_ANOTHER_ALONE}",
    matches=("the shelling wounded a man and killed another, the governor said",),
    rejects=("the shelling killed another five people", "killed another man"),
)
INJURING_ANOTHER = Rule(
    "injuring_another",
    "Injured, then \"another\" alone: one more person (\"killed a woman and wounded another\").",
    rf"\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)\s+{_ANOTHER_ALONE}",
    matches=("a drone killed a 40-year-old woman and wounded another, officials said",
             "the strike killed one and injured another."),
    rejects=("the strike injured another 12 people", "wounded another resident"),
)
ANOTHER_WAS_HURT = Rule(
    "another_was_hurt",
    "\"another\" alone as the subject of being hurt: \"one man died and another was "
    "wounded\".",
    r"\b(?P<n>another)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b",
    matches=("one man died and another was seriously wounded",),
    rejects=("another man was wounded", "another attack was repelled"),
)
#: Where a death is told: in hospital, or of the wounds (after "died"/"succumbed").
_OF_WOUNDS = (r"(?:(?:later\s+)?in\s+(?:the\s+)?hospital|(?:of|from|to)\s+(?:(?:his|her|their|"
              r"the)\s+)?(?:wounds|injuries))\b")
ANOTHER_DIED = Rule(
    "another_died",
    "\"another\" alone as the subject of a death: \"one civilian was killed and another died\", "
    "\"a man was wounded and another was killed\" (one more person killed).",
    r"\b(?P<n>another)\s+(?:(?:was|has\s+been|had\s+been|has|had|later|also|reportedly)\s+)*"
    rf"(?:killed|died|perished)\b(?!\s+{_OF_WOUNDS})",
    matches=("one civilian was killed and another died at the scene",
             "a man was wounded and another was killed"),
    rejects=("another man died", "another attack killed two", "another died of his wounds"),
)
ANOTHER_DIED_OF_WOUNDS = Rule(
    "another_died_of_wounds",
    "\"another\" alone, then dead of the wounds or in hospital: \"one was killed and another "
    "later died of wounds\" (killed, and no longer among any injured told).",
    rf"\b(?P<n>another)\s+(?:(?:has|had|later|subsequently|since|then)\s+)*(?:died|succumbed)"
    rf"\s+{_OF_WOUNDS}",
    matches=("one civilian was killed and another later died of wounds",
             "another died in hospital"),
    rejects=("another man died in hospital", "another died at the scene"),
)
ANOTHER_HURT_AFTER_DEATH = Rule(
    "another_hurt_after_death",
    "\"another\" alone after a death, its verb of being hurt shared with it: \"one civilian "
    "was killed and another injured\" (one more person injured).",
    r"\b(?:killed|died|dead)\s+and\s+(?P<n>another)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b",
    matches=("one civilian was killed and another injured in the village",
             "a man was killed and another seriously wounded"),
    rejects=("a man was killed and another man injured", "one was killed and another 12 injured"),
)
#: People told by where they live, between a count and its outcome: "nine residents of the
#: Kherson region", "three people of the Sumy community".
_PEOPLE_OF_PLACE = (r"\s+(?:residents|people|civilians|inhabitants|locals|villagers)\s+of\s+"
                    r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:region|oblast|district|community|"
                    r"hromada|city|town|village)\s+")
COUNT_OF_PLACE_KILLED = Rule(
    "count_of_place_killed",
    "A count of people told by where they live, then killed: \"two residents of the Sumy "
    "community were killed\".",
    rf"{N}{_PEOPLE_OF_PLACE}(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?{_KILLED}",
    matches=("two residents of the sumy community were killed",),
    rejects=("two residents of the sumy community were injured",),
)
COUNT_OF_PLACE_INJURED = Rule(
    "count_of_place_injured",
    "A count of people told by where they live, then injured: \"nine residents of Kherson "
    "region received injuries\", \"three residents of the Sumy community were wounded\".",
    rf"{N}{_PEOPLE_OF_PLACE}(?:(?:were|was|have\s+been|had\s+been|received|sustained|"
    rf"suffered|got)\s+)?(?:\w+ly\s+)?{_INJURED}",
    matches=("nine residents of kherson region received injuries of varying severity",
             "three residents of the sumy community were wounded"),
    rejects=("nine residents of kherson region were evacuated",
             "two residents of the sumy community were killed"),
)
#: Between a list's outcome and the place of its first count: any words but the other
#: outcome's, which starts a list of its own ("killed one in A, injured two in B, and two
#: others in C": C's two are injured).
_NOT_HURT = r"(?:(?!injur|wound|hurt)[^.;]){0,60}?"
_NOT_DEAD = r"(?:(?!kill|dead|death|died)[^.;]){0,60}?"
KILLING_AND_ONE_MORE_IN = Rule(
    "killing_and_one_more_in",
    "The second count of a killed list by place: \"killed three people in Kostiantynivka and "
    "one in Sloviansk\", \"one in A, and another one in B\".",
    rf"(?:killing|killed|deaths?|died|\bmore)(?::?\s+{_NOT_HURT})??\s(?:in|at|near)\s+[\w'’-]+"
    rf"(?:\s+[\w'’-]+){{0,2}}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+)?{N}\s+"
    rf"(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s",
    matches=("killed three people in kostiantynivka and one in sloviansk",
             "three deaths were reported in the kyiv region, and one in the city of mykolaiv",
             "one person was killed in ivanivka, and another one in lyman",
             "five were killed: three in pokrovsk and two in myrnohrad"),
    rejects=("injured three people in kostiantynivka and one in sloviansk",
             "killed one in ivanivka, injured two in lyman, and two others in siversk"),
)
INJURING_AND_ONE_MORE_IN = Rule(
    "injuring_and_one_more_in",
    "The second count of an injured list by place.",
    rf"(?:injuring|injured|wounding|wounded|injuries|\bmore)(?::?\s+{_NOT_DEAD})??"
    rf"\s(?:in|at|near)\s+"
    rf"[\w'’-]+(?:\s+[\w'’-]+){{0,2}}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+)?{N}\s+"
    rf"(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s",
    matches=("wounded two in kherson and four in nikopol",
             "two were wounded in ivanivka, two more in lyman, and one in siversk",
             "killed one in ivanivka, injured two in lyman, and two others in siversk",
             "russian attacks injured five: two in bilozerske and three in zalizne"),
    rejects=("killed two in kherson and four in nikopol",),
)
#: One item of a list by place ("two in Bilozerske"), its separator before it.
_LIST_PLACE = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_LIST_SEP = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
_LIST_ITEM = (rf"{_LIST_SEP}(?:another\s+)?(?:{NUMBER})\s+(?:more\s+|others?\s+|people\s+)?"
              rf"(?:in|at|near)\s+{_LIST_PLACE}")


def _later_in_list(outcome: str, not_other: str, before: int) -> str:
    """The count of a list by place after `before` + 1 items ("injured five: two in A, two in
    B, and one in C": C's one after two items): a list reads one count a rule, the first two
    by the rules above, each later one by the rule of its depth."""
    return (rf"{outcome}(?::?\s+{not_other})??\s(?:in|at|near)\s+{_LIST_PLACE}"
            rf"(?:{_LIST_ITEM}){{{before}}}{_LIST_SEP}(?:another\s+)?{N}\s+"
            rf"(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s")


_KILLED_WORD = r"(?:killing|killed|deaths?|died|\bmore)"
_INJURED_WORD = r"(?:injuring|injured|wounding|wounded|injuries|\bmore)"
KILLED_THIRD_IN_LIST = Rule(
    "killed_third_in_list",
    "The third count of a killed list by place: \"killed six: three in Pokrovsk, two in "
    "Myrnohrad and one in Rodynske\" (one).",
    _later_in_list(_KILLED_WORD, _NOT_HURT, 1),
    matches=("killed six: three in pokrovsk, two in myrnohrad and one in rodynske",),
    rejects=("killed three in pokrovsk, injured two in myrnohrad and one in rodynske",
             "killed three in pokrovsk and two in myrnohrad"),
)
KILLED_FOURTH_IN_LIST = Rule(
    "killed_fourth_in_list",
    "The fourth count of a killed list by place.",
    _later_in_list(_KILLED_WORD, _NOT_HURT, 2),
    matches=("killed seven: three in pokrovsk, two in myrnohrad, one in rodynske, and one in "
             "bilytske",),
    rejects=("killed six: three in pokrovsk, two in myrnohrad and one in rodynske",),
)
INJURED_THIRD_IN_LIST = Rule(
    "injured_third_in_list",
    "The third count of an injured list by place: \"injured five people: two in Bilozerske, "
    "two in Zalizne, and one in Vovche\" (one).",
    _later_in_list(_INJURED_WORD, _NOT_DEAD, 1),
    matches=("injured five people: two in bilozerske, two in zalizne, and one in vovche",),
    rejects=("injured two in bilozerske, killed two in zalizne, and one in vovche",
             "injured two in bilozerske and two in zalizne"),
)
INJURED_FOURTH_IN_LIST = Rule(
    "injured_fourth_in_list",
    "The fourth count of an injured list by place.",
    _later_in_list(_INJURED_WORD, _NOT_DEAD, 2),
    matches=("wounded nine: four in kupiansk, two in izium, two in balakliia and one in "
             "borova",),
    rejects=("injured five people: two in bilozerske, two in zalizne, and one in vovche",),
)

#: A list's outcome told before a colon, and no word of the other outcome between them.
_UNTIL_COLON_NOT_HURT = r"(?:(?!injur|wound|hurt)[^.:;]){0,70}:\s*"
_UNTIL_COLON_NOT_DEAD = r"(?:(?!kill|dead|death|died)[^.:;]){0,70}:\s*"
KILLED_COLON_FIRST_IN = Rule(
    "killed_colon_first_in",
    "The first count of a killed list by place opened by a colon after the total: \"killed "
    "five residents of the region: three in Ivanivka and two in Lyman\" (three).",
    rf"(?:killing|killed|deaths?|died|lives\s+of){_UNTIL_COLON_NOT_HURT}{N}\s+"
    rf"(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s",
    matches=("russians killed five residents of the region on monday: three in ivanivka and "
             "two in lyman",
             "the shelling took the lives of four civilians in the oblast: 3 in siversk"),
    rejects=("killed one and injured five in the oblast: three in ivanivka",
             "killed five people in ivanivka. two in lyman were hurt"),
    # a sentence without a colon is not tried (its outcome words are in most sentences)
    prescan=(":", 1),
)
INJURED_COLON_FIRST_IN = Rule(
    "injured_colon_first_in",
    "The first count of an injured list by place opened by a colon after the total: "
    "\"six were wounded in the oblast over the day: four in Kupiansk and two in Izium\" (four).",
    rf"(?:injuring|injured|wounding|wounded|injuries|hurt){_UNTIL_COLON_NOT_DEAD}{N}\s+"
    rf"(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s",
    matches=("six were wounded in the oblast over the day: four in kupiansk and two in izium",),
    rejects=("injured five and killed one in the oblast: three in ivanivka",),
    prescan=(":", 1),
)

# --- One person each by a bare noun opening a note or a headline ---------------------------
#: Not among `PHRASES` (their gates, "man", "person", would arm in every article): the spec
#: name BARE_PHRASES, read by `figures` at the start of a sentence that `BARE_FIRST` opens.
#: The bare noun opening the sentence ("Woman killed", "Elderly man and woman killed"); a pair
#: may open with "a", "an" or "one" ("one man and boy were hurt"), which no count phrase reads
#: then. Group `counted`: the words that count the person, which no count phrase may have read.
_BARE_FIRST = (rf"{BARE_START}(?P<counted>(?:(?:an?|one)\s+(?:[a-z][\w-]*\s+)?"
               rf"(?={BARE_NOUN}\s+and\s+(?:an?\s+)?{BARE_NOUN}\b)|{BARE_WORDS})"
               rf"(?P<one>{BARE_NOUN})\b(?:\s+and\s+(?:an?\s+)?{BARE_NOUN}\b)?)")
#: The second of such a pair: "man and woman", the woman ("one woman and child": the child,
#: whom the count phrase reading "one woman" leaves out).
_BARE_SECOND = (rf"{BARE_START}(?:(?:an?|one)\s+)?{BARE_WORDS}{BARE_NOUN}\s+and\s+"
                rf"(?P<counted>(?:an?\s+)?(?P<one>{BARE_NOUN}))\b")
_BARE_AUX = (rf"(?:\s+(?:was|were|is|are|has\s+been|have\s+been|reportedly|later|also|"
             # "Child reported dead", a note's "reported" with no "as"
             rf"{_TOLD_AS}|reported))*")
#: Death or injury of the noun itself: not "civilian deaths", "civilian casualties" (a plural
#: whose count is not told), nor "injured/dead" (which of them is not told).
_BARE_DEAD = (r"(?=" + _BARE_AUX + r"\s+(?:killed|dead|died|dies|slain|perished|"
              r"suffer\w*\s+(?:a\s+)?fatal\s+(?:injur\w*|wounds?))\b(?!/))")
_BARE_HURT = (r"(?=" + _BARE_AUX + r"(?:\s+(?:seriously|slightly|critically|badly|severely))?"
              r"\s+(?:injured|wounded|hurt|hospitali[sz]ed)\b(?!/))")
BARE_KILLED = Rule(
    "bare_killed",
    "A noun for one person opening a note or headline, then killed: \"Woman killed in drone "
    "strike\", \"Civilian suffers fatal injury\", \"Elderly man and woman killed\" (the first).",
    rf"{_BARE_FIRST}{_BARE_DEAD}",
    matches=("woman killed in a drone strike on the village",
             "civilian suffers fatal injury after shelling",
             "elderly man and woman killed in their car",
             "one man and child reported as killed after the strike",
             "child reported dead after the strike on the park",
             "elderly couple killed when a shell hit their house"),
    rejects=("the woman was killed", "a man was killed", "woman injured by shelling",
             "two women were killed", "shelling killed a woman", "civilian deaths rose again",
             "person injured/dead after the blast"),
    use="match",
)
BARE_KILLED_SECOND = Rule(
    "bare_killed_second",
    "The second of a pair of bare nouns opening a note, then killed: \"Elderly man and woman "
    "killed\" (the woman).",
    rf"{_BARE_SECOND}{_BARE_DEAD}",
    matches=("elderly man and woman killed in their car",
             "one man and child reported as killed after the strike"),
    rejects=("woman killed in a drone strike", "two men and a woman were killed"),
    use="match",
)
BARE_INJURED = Rule(
    "bare_injured",
    "A noun for one person opening a note or headline, then injured: \"Individual injured by "
    "shelling\", \"Man and boy wounded\" (the first).",
    rf"{_BARE_FIRST}{_BARE_HURT}",
    matches=("individual injured by shelling, ambulance responds",
             "man and boy wounded by a drone"),
    rejects=("the man was injured", "a man was injured", "woman killed by shelling",
             "civilian casualties at a school"),
    use="match",
)
BARE_INJURED_SECOND = Rule(
    "bare_injured_second",
    "The second of a pair of bare nouns opening a note, then injured: \"Man and boy wounded\" "
    "(the boy).",
    rf"{_BARE_SECOND}{_BARE_HURT}",
    matches=("man and boy wounded by a drone",),
    rejects=("individual injured by shelling", "two men and a boy were wounded"),
    use="match",
)
#: (field, rule) of the bare nouns, each tried once at a sentence's start.
BARE_PHRASES: tuple[tuple[str, Rule], ...] = (
    ("killed", BARE_KILLED), ("killed", BARE_KILLED_SECOND),
    ("injured", BARE_INJURED), ("injured", BARE_INJURED_SECOND),
)

#: (field, rule), in the order they are tried.
PHRASES: tuple[tuple[str, Rule], ...] = (
    ("drones_all_but", DOWNED_ALL_BUT),
    ("drones_pair", DOWNED_OF_LAUNCHED_DRONES),
    ("drones_pair", DOWNED_DRONES_OUT_OF_LAUNCHED),
    ("drones_pair", DRONES_OUT_OF_IN_BRACKETS_WERE_DOWNED),
    ("missiles_pair", DOWNED_OF_LAUNCHED_MISSILES),
    ("missiles_and_drones_downed", DOWNED_MISSILES_THEN_DRONES),
    ("missiles_and_drones_downed", DOWNED_MISSILE_LIST_THEN_DRONES),
    ("drones_downed", DOWNED_ONE_MISSILE_THEN_DRONES),
    ("drones_downed", DOWNED_TARGETS_INCLUDING_DRONES),
    ("drones_and_missiles_downed", DOWNED_DRONES_THEN_MISSILES),
    ("drones_and_missiles_downed", DRONES_THEN_MISSILES_WERE_DOWNED),
    ("missiles_and_drones_downed", MISSILES_THEN_DRONES_WERE_DOWNED),
    ("drones_pair", DRONES_OF_LAUNCHED_WERE_DOWNED),
    ("drones_pair", DRONES_OF_LAUNCHED_DOWNED),
    ("drones_all", DOWNED_ALL_DRONES),
    ("drones_all", ALL_DRONES_WERE_DOWNED),
    ("drones_all", ALL_COUNT_WERE_DOWNED),
    ("drones_downed", DOWNED_DRONES),
    ("drones_downed", DOWNED_COUNT_OF_THE_DRONES),
    ("missiles_downed", DOWNED_MISSILES),
    ("drones_downed", COUNT_WERE_DOWNED),
    ("drones_downed", DRONES_THEN_DOWNED_OF_THEM),
    ("drones_downed", DOWNED_COUNT_ALONE),
    ("drones_downed", COUNT_DRONES_DOWNED),
    ("drones_downed", COUNT_OF_THE_DRONES_DOWNED),
    ("drones_downed", DRONES_THEN_COUNT_DOWNED),
    ("drones_downed", WITH_COUNT_DOWNED),
    ("missiles_downed", MISSILES_WERE_DOWNED),
    ("drones_downed", DOWNED_A_DRONE),
    ("drones_downed", A_DRONE_WAS_DOWNED),
    ("drones", COUNT_DRONES),
    ("drones", COUNT_DRONES_TWO_KINDS),
    ("drones", LAUNCHES_RECORDED),
    ("missiles", COUNT_MISSILES),
    ("killed_list", PEOPLE_LIST_KILLED),
    ("killed_list", KILLING_PEOPLE_LIST),
    ("killed_list", BODIES_OF_PEOPLE_LIST),
    ("injured_list", PEOPLE_LIST_INJURED),
    ("injured_list", INJURING_PEOPLE_LIST),
    ("killed_ages", AGES_KILLED),
    ("injured_ages", AGES_INJURED),
    ("killed_ages", KILLED_AGED_ONE),
    ("injured_ages", INJURED_AGED_ONE),
    ("killed", NUMBER_KILLED_ROSE_TO),
    ("injured", NUMBER_INJURED_ROSE_TO),
    ("killed_after_wounds", DIED_OF_WOUNDS),
    ("killed_after_wounds", WOUNDED_ONE_DIED),
    ("killed_after_wounds", COUNT_WOUNDED_PEOPLE_DIED),
    ("killed_after_wounds", WOUNDED_PERSON_DIED),
    ("killed_after_wounds", DIED_IN_HOSPITAL),
    ("killed_after_wounds", HE_LATER_DIED),
    ("killed_after_wounds", COUNT_WOUNDED_AND_DIED),
    ("killed_after_wounds", ONE_WOUNDED_AND_DIED),
    ("killed_after_wounds", WOUNDED_THEN_PART_DIED),
    ("killed", ANOTHER_BODY_FOUND),
    ("killed", FOUND_ANOTHER_BODY),
    ("killed", BODY_OF_ANOTHER),
    ("killed", BODY_OF_ONE),
    ("killed", BODIES_OF_HEDGED),
    ("killed", BODIES_OF_PEOPLE_IN_BRACKETS),
    ("killed", COUNT_BODIES_FOUND),
    ("victims", VICTIMS_ROSE_TO),
    ("victims", VICTIMS_NOW),
    ("victims", VICTIMS_KNOWN_OF),
    ("victims", VICTIMS_ARE_KNOWN),
    ("killed", FATALITIES_FIELD),
    ("injured", INJURED_FIELD),
    ("killed", COUNT_KILLED),
    ("killed", KILLING_COUNT),
    ("injured", COUNT_INJURED),
    ("injured", COUNT_AS_INJURED_AFTER_AND),
    ("killed", COUNT_AS_KILLED_AFTER_AND),
    ("injured", INJURING_COUNT),
    ("injured", COUNT_SOUGHT_HELP),
    ("killed", KILLING_ANOTHER),
    ("injured", INJURING_ANOTHER),
    ("injured", ANOTHER_WAS_HURT),
    ("killed_after_wounds", ANOTHER_DIED_OF_WOUNDS),
    ("killed", ANOTHER_DIED),
    ("injured", ANOTHER_HURT_AFTER_DEATH),
    ("killed", COUNT_OF_PLACE_KILLED),
    ("injured", COUNT_OF_PLACE_INJURED),
    ("killed", KILLING_AND_ONE_MORE_IN),
    ("injured", INJURING_AND_ONE_MORE_IN),
    ("killed", KILLED_THIRD_IN_LIST),
    ("injured", INJURED_THIRD_IN_LIST),
    ("killed", KILLED_FOURTH_IN_LIST),
    ("injured", INJURED_FOURTH_IN_LIST),
    ("killed", KILLED_COLON_FIRST_IN),
    ("injured", INJURED_COLON_FIRST_IN),
)
