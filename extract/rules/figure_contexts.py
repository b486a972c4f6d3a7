"""Figure contexts: what makes a number in a strike sentence no figure of that strike (running
totals, soldiers, asides, ages), what counts one person without a digit, and what only qualifies
a sentence's strike (comparisons, relative clauses), in the lower-cased sentence."""

from __future__ import annotations

import re

from extract.numbers import COUPLE, NUMBER, PERSON_NOUN, RELATIVE, ROLE
from extract.rules import Rule, lower_pattern
from extract.rules.date_phrases import MONTH_NAMES
from extract.rules.figure_words import (
    DOWN_VERB,
    DRONE_WORD,
    LIST_PERSON,
    N2,
    NUMBER_WORD,
    PERSON,
    N,
)

_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
#: Right before a period: an attack it ranks ("the second attack in ten days"), no period's
#: total.
_NOT_RANKED = "".join(rf"(?<!{w}\s)" for w in ("attack", "attacks", "strike", "strikes",
                                                "assault", "barrage", "raid", "time", "night"))
#: More than one of something counted: "seven", "7", "few", "several" (days, weeks).
_SEVERAL = (r"(?:few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fourteen|\d+)")
_DOWN = DOWN_VERB.pattern
_DRONE_WORD = DRONE_WORD.pattern

#: Who keeps a running count of the war's civilian dead: the UN's monitors and rights office.
_MONITOR = (r"\b(?:UN|U\.N\.|United\s+Nations|OHCHR|HRMMU|(?:human\s+rights\s+)?monitor(?:s|ing)?"
            r"(?:\s+mission)?|human\s+rights\s+office)\b")
CUMULATIVE = Rule(
    "cumulative",
    "A running or period total (\"since February 2022\", \"so far this year\", \"in October "
    "alone\", an earlier record attack), or the dead of an occupation exhumed since (\"the "
    "bodies of 120 people were exhumed\", \"a mass grave\"): its counts are no figures of "
    "today's strike.",
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)|(?:February\s+)?20\d\d|19\d\d|"
    r"the\s+full-scale|the\s+invasion|the\s+war|russia's\s+full|"
    # "since Russian invasion", "since Russia's invasion" (a headline's, without its article)
    r"(?:the\s+)?(?:russian|russia['’]s)\s+(?:full-scale\s+)?invasion)|"
    # the perfect's toll told as following the invasion: "have been killed following the
    # Russian invasion"
    r"(?:have|has)\s+(?:been\s+)?(?:killed|died|injured|wounded)\b[^.;]{0,60}?\bfollowing\s+"
    r"(?:the\s+)?(?:russian\s+|russia['’]s\s+)?(?:full-scale\s+)?invasion|so\s+far\s+this\s+(?:year|month)|"
    r"in\s+total\s+since|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months?|years?|weeks)|"
    r"throughout\s+the\s+war|during\s+the\s+war|in\s+(?:the\s+)?(?:first|second)\s+world\s+war|"
    r"death\s+toll\s+(?:of|in)\s+the\s+war|cumulative|altogether\s+since|"
    # the war as the killer, wherever fought: "the war in Ukraine has killed 136 children so
    # far", "Russia's invasion has claimed", "the conflict had killed"
    r"(?:the\s+)?(?:war|invasion|conflict)\s+(?:(?:in|on|against)\s+[\w'’-]+\s+)?"
    r"(?:has\s+|had\s+)?(?:so\s+far\s+)?(?:killed|claimed)|"
    # since a weapon's first use: "has shot down 223 drones since the first day of their use",
    # "since Russia started to use them", "since they were first used"; "downs 300 drones as
    # Russia starts to actively use them"
    r"since\s+(?:the\s+first\s+days?\s+of\s+(?:their|its)\s+use|(?:their|its)\s+first\s+"
    r"(?:use|launch|deployment)|(?:they|it|these|those)\s+(?:were|was)\s+first\s+"
    r"(?:used|launched|deployed)|(?:[\w'’-]+\s+){1,2}(?:started|began|first)\s+"
    r"(?:to\s+use|using|used|to\s+launch|launching|to\s+deploy|deploying))|"
    r"as\s+(?:[\w'’-]+\s+){1,2}(?:starts?|begins?)\s+(?:to\s+)?(?:\w+ly\s+)?"
    r"(?:use|using)\s+them\b|"
    r"this\s+year\s+alone|this\s+week|this\s+month|past\s+week|last\s+week|"
    r"so\s+far\s+(?:in|since|during)\b|each\s+(?:day|night|month)|per\s+(?:day|night|month)|"
    r"(?:daily|monthly|weekly)\s+average|on\s+average|"
    # (not "a night attack": a night as the time of one strike; not "killing five in a day",
    # "within a day": one day's toll)
    # (the look-behinds after the "a": tried only where an "a" starts a word)
    r"a(?<!on\sa)(?<!in\sa)(?<!within\sa)\s+(?:day|night|month)(?!\s+(?:after|before|earlier|later|ago|of|when|"
    r"attacks?|raids?|strikes?|assaults?|shelling|bombardments?|barrages?)\b)(?!-)|"
    # an earlier attack or a longer period: "came days after Russia launched a record 728
    # drones", "3,000 drones in October alone"
    # running tolls told by a monitor or over a period of occupation: "the UN has recorded
    # 227 civilian deaths", "in 40 days of occupation the invaders killed 300"
    r"(?:has|have)\s+(?:so\s+far\s+)?(?:recorded|verified|documented)|"
    r"(?:for|during|over|in)\s+(?:the\s+)?(?:\d+|\w+)\s+(?:days|weeks|months|years)\s+of\s+"
    r"(?:the\s+)?(?:occupation|war|siege|fighting)|during\s+the\s+occupation|"
    # the dead of an occupation dug up since: "the bodies of 120 people were exhumed", "34
    # bodies were retrieved from a mass grave" (not "bodies were pulled from the rubble"; the
    # bodies told with the grave: "a missile killed two near a mass grave" is today's toll)
    r"\b(?:bodies|remains\s+of)\b[^.;]{0,120}?(?:exhum\w+|mass\s+(?:graves?|burials?)|"
    r"burial\s+sites?)|"
    r"(?:exhum\w+|mass\s+(?:graves?|burials?)|burial\s+sites?)[^.;]{0,120}?"
    r"\b(?:bodies|remains\s+of)\b|"
    # "six more bodies were found in the de-occupied Lyman"
    r"bodies\b[^.;]{0,60}?\b(?:found|discovered)\s+in\s+(?:the\s+)?(?:newly\s+)?"
    r"(?:de-?occupied|liberated|recaptured|retaken)|"
    r"(?:days|hours|weeks|a\s+week)\s+after\s+(?:russia|moscow|the\s+kremlin|russian\s+forces)\s+"
    r"(?:had\s+)?(?:launched|fired|sent|used|attacked|struck)|"
    rf"in\s+{_MONTH}\s+alone|"
    # a month as the period of a count, with no day: a monthly tally ("throughout March",
    # "during the month of May"), or a monitor's ("the UN said 209 civilians were killed in
    # Ukraine in April"); not a strike told in a month ("In September, drones hit Lyman"), nor
    # a strike's day ("on 14 April", "April 14")
    rf"(?:throughout|(?:during|over)\s+the\s+month\s+of)\s+{_MONTH}\b|"
    rf"\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?{_MONTH}(?:\s+20\d\d)?\b(?!\s+\d)"
    rf"[^.;]{{0,160}}?{_MONITOR}|{_MONITOR}[^.;]{{0,160}}?\b(?:in|during|for)\s+"
    rf"(?:the\s+month\s+of\s+)?{_MONTH}\b(?!\s+\d)|"
    # the opening days of the war or a year: "on the first day of the full-scale invasion",
    # "in the first 24 hours of the invasion", "in the first five months of the year"
    r"(?:first|opening)\s+(?:[\w-]+\s+)?(?:days?|hours|weeks?|months?)\s+of\s+(?:the\s+|this\s+)?"
    r"(?:full-scale\s+)?(?:invasion|war|year)\b|"
    # a campaign as the killer: "Russia's campaign of strikes on the grid has killed 77"
    r"(?:campaign|offensive|onslaught)\s+(?:[\w'’-]+\s+){0,8}?(?:has|have|had)\s+"
    r"(?:so\s+far\s+)?(?:killed|claimed)|"
    # "July's toll was 286 killed": a month's count
    rf"{_MONTH}(?:'s|’s)\s+(?:\w+\s+)?toll|monthly\s+toll)\b",
    matches=("12,000 civilians have been killed since February 2022",
             "3,000 drones in october alone", "russia launches 100 drones a night",
             "the UN has recorded 300 civilian deaths",
             "in 30 days of occupation, 400 were killed",
             "air defence has downed 150 drones since the first day of their use",
             "over 90 drones shot down since moscow began using them",
             "40 drones destroyed since they were first used in the war",
             "since their first use in the south, 75 were intercepted",
             "ukraine downs over 200 drones as russia starts to actively use them",
             "police exhumed the bodies of 40 people in the town",
             "the bodies of 12 residents were retrieved from a mass grave",
             "four more bodies were found in the liberated village",
             "investigators have exhumed 45 bodies in the town",
             "the war in ukraine has killed 136 children so far",
             "russia's invasion has so far claimed the lives of 500 children",
             "a mass grave holding the bodies of 30 people",
             "the bodies of 120 people, including civilians and soldiers, were exhumed",
             "the un said 209 civilians were killed in ukraine in april",
             "united nations says 406 civilians died in ukraine since russian invasion",
             "406 civilians in ukraine have been killed following the russian invasion",
             "throughout march, drones killed 60 civilians in the region",
             "in april, 209 civilians were killed, the un monitoring mission said",
             "civilian casualties during the month of may reached 1,200",
             "on the first day of the full-scale invasion, 137 ukrainians were killed",
             "651 civilians were killed in the first five months of the year",
             "russia's campaign of air strikes against the energy grid has killed 77"),
    rejects=("russia launched 100 drones overnight", "a day after the attack, 3 died",
             "shelling killed five people and wounded 12 in a day",
             "after a night attack on the town, a man was killed",
             "since the attack began, 30 drones were shot down",
             "russia used 40 drones since midnight",
             "rescuers pulled the bodies of six people from the rubble",
             "a missile killed two people near the site of a mass grave",
             "shelling killed two people at a cemetery during an exhumation",
             "the strike in the war's third year killed two people",
             "a missile killed two people in odesa on 3 may", "in may 2, a drone killed one",
             "on the first day of the attack, two were killed",
             "in september, drones also hit lyman, injuring three"),
    lower=False, flags=re.I,
)
SOLDIERS = Rule(
    "soldiers",
    "Military casualties: the map counts civilian ones (and the attacked side's soldiers where a "
    "strike tells them, `OWN_SOLDIERS`). Not the attacker a toll's cause names "
    "(\"the death toll from a strike by the occupiers on the town has risen to 4\").",
    r"\b(?<!\bby\s)(?<!\bby\sthe\s)(?<!\bby\srussian\s)(?<!\bby\sthe\srussian\s)"
    r"(?:soldiers?|troops|servicem[ae]n|fighters|personnel|"
    r"mercenaries|invaders|occupiers|"
    # "70 members of the Kremlin's forces died", "members of the Russian army": an army's men
    r"members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:forces|army|military|armed\s+forces)|"
    # "putin's forces", "russia's army" (not "Russian forces", which strike)
    r"(?:putin|russia|moscow|kremlin|ukraine|kyiv)(?:'s|’s)\s+(?:forces|army|military))\b",
    matches=("40 russian soldiers were killed", "70 members of the kremlin’s forces died",
             "120 members of the russian armed forces were killed",
             "300 of russia's forces were killed"),
    rejects=("four civilians were killed",
             "the death toll from a strike by russian occupiers on the town has risen to 4"),
    lower=False, flags=re.I,
)
SOLDIERS_AFTER = Rule(
    "soldiers_after",
    "Soldiers named right after a toll's count (\"the strike killed 600 Ukrainian soldiers\", "
    "\"killed 85 military personnel\"): an army's dead, mostly a side's claim, where the toll's "
    "phrase ends at the count and `SOLDIERS` does not see them; matched at the count's end.",
    # "nine gravely wounded soldiers": an outcome told before the soldiers
    r"\s+(?:(?:russian|ukrainian|enemy|military|more|other|foreign|seriously|severely|badly|"
    r"lightly|critically|gravely|wounded|injured|unarmed|captured|surrendered|surrendering|"
    r"young|fellow|off-duty|retired|conscripted|conscript)\s+){0,3}"
    # (not prisoners of war: those killed in a strike on their prison are counted)
    r"(?:soldiers?|troops|servicem[ae]n|personnel|fighters|mercenaries)\b",
    matches=(" ukrainian soldiers were killed", " military personnel and foreign officers",
             " gravely wounded soldiers came back in the swap",
             " severely injured servicemen came home",
             " unarmed soldiers who had been captured"),
    rejects=(" people, including three soldiers", " civilians",
             " ukrainian prisoners of war were killed"),
    use="match",
)
OWN_SOLDIERS = Rule(
    "own_soldiers",
    "Soldiers of the side attacked, named as Ukraine's (\"two Ukrainian soldiers were killed\", "
    "\"15 Ukrainian servicemen\", \"the governmental positions\"' defenders): a strike's dead "
    "and wounded all the same (the guide counts civilians and others), where the toll belongs "
    "to a strike told with it (`events._place_figure`: not to the country's, nor in ground "
    "fighting); searched in a toll's phrase, or right after its count (`SOLDIERS_AFTER`).",
    r"\b(?:ukrainian|ukraine['’]s|governmental|government)\s+(?:[\w-]+\s+)?(?:soldiers?|troops|"
    r"servicem[ae]n|service\s*members?|military\s+personnel|personnel|border\s+guards?|"
    r"marines?|fighters|defenders)\b",
    matches=("two ukrainian soldiers were killed", "up to 30 ukrainian servicemen",
             " ukrainian military personnel", "government troops"),
    rejects=("40 russian soldiers were killed", "ukrainian forces shelled the town",
             "three civilians"),
)
OWN_SOLDIERS_CLAIMED = Rule(
    "own_soldiers_claimed",
    "A report that tells Russia's or its proxies' claims (\"Russia's defence ministry said\", "
    "\"the Kremlin\", \"the people's militia\", \"claimed\"): the Ukrainian soldiers it "
    "says were killed are a side's claim, no strike's toll (`OWN_SOLDIERS`).",
    r"\b(?:russia['’]s|russian|moscow['’]s)\s+(?:defen[cs]e\s+)?(?:ministry|mod|general\s+staff)"
    r"\b|\bministry\s+of\s+defen[cs]e\s+of\s+(?:russia|the\s+russian)|\b(?:moscow|kremlin|"
    r"konashenkov|people['’]s\s+militia)\b|\bclaim(?:s|ed|ing)?\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:russian|dpr|lpr|separatist)",
    matches=("russia's defence ministry said its strikes killed 300 ukrainian soldiers",
             "the lpr people's militia reported", "russian forces claimed to have killed 50"),
    rejects=("russian military forces shelled ukrainian positions near the village",
             "four ukrainian soldiers were killed"),
)
#: A count that names no people of its own after a count of soldiers is one of soldiers too
#: (`figures._soldiers_too`): the words between them, and the people a count names.
COUNT_ALONE_AFTER = Rule(
    "count_alone_after",
    "What may lie between a count of soldiers and the next count of the same people: a "
    "conjunction and a verb of the next outcome, no people and no sentence break (\" and "
    "\", \", wounding \", \" and wounding \").",
    r"[\s,]*(?:(?:and|while|with)\s+)?(?:(?:wounding|injuring|killing|wounded|injured|killed|"
    r"hurting|leaving)\s+)?",
    matches=(" and ", ", wounding ", " and wounding "),
    rejects=(" and a civilian, and wounding ", ". later, "),
    use="fullmatch",
)
PEOPLE_OF_ITS_OWN = Rule(
    "people_of_its_own",
    "People a count names right after it (\"three civilians\", \"four other residents\"), "
    "not \"others\" or \"more\", which take the people of the count before: matched at the "
    "count's end.",
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?!others?\b|more\b){PERSON}\b",
    matches=(" civilians were wounded", " other residents were hurt"),
    rejects=(" were wounded", " others were injured", "."),
    use="match",
)
ARTICLE_COUNT = Rule(
    "article_count",
    "\"a woman\", \"an elderly man\", \"a drone\": what `NUMBER` counts as one, with an article "
    "(the look-behind after the first letter stands for \\b, so the engine scans in C).",
    rf"[Aa](?<!\w.)n?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUN}|couple|(?:[\w'’]+-)?(?:drone|"
    r"UAV|Shahed))",
    matches=("A woman was injured.", "an elderly man died", "a 17-year-old was hurt",
             "intercepted a Russian kamikaze-drone", "an elderly couple died"),
    rejects=("Two women were injured.", "the building was hit"),
    lower=False, examples_lower=False,
)
#: Nouns for one person that open a note or a headline with no article or count before them
#: ("Woman killed in drone strike", "Individual injured by shelling"): one person each.
BARE_PERSON_NOUNS: tuple[str, ...] = (
    "civilian", "person", "individual", "man", "woman", "child", "boy", "girl", "teenager",
    "pensioner", "resident", "pedestrian", "driver", "volunteer", "rescuer", "medic", "worker",
    "farmer", "journalist", "infant", "baby", "newborn", "teacher", "doctor", "nurse",
    "firefighter", "cyclist", "student", "priest", "shopkeeper", "janitor", "passer-by",
    # kin, a note's pair of them ("Mother and son killed", "Child and grandmother injured")
    "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "grandson",
    "granddaughter", "grandmother", "grandfather", "neighbour", "neighbor",
    # "Elderly couple killed in a strike on their home": two people (`BARE_TWO`)
    "couple")
#: The bare nouns that count two people ("Elderly couple killed").
BARE_TWO: frozenset[str] = frozenset({"couple"})
BARE_NOUN = rf"(?:{'|'.join(sorted(BARE_PERSON_NOUNS, key=len, reverse=True))})"
#: A sentence's start, an image caption in brackets first ("[Graphic: ...] Child killed").
BARE_START = r"^\s*(?:\[[^\]]*\]\s*)?"
#: Before the bare noun: up to two words that are no article, count or possessive ("elderly
#: civilian man").
BARE_WORDS = (r"(?:(?!(?:the|this|that|his|her|their|its|our|one|two|three|four|five|six|seven|"
              r"eight|nine|ten|another|no|every|each|any|some|a|an)\b)[a-z][\w-]*\s+){0,2}?")
#: Spec name BARE_FIRST (English only): whether a sentence opens with such a noun, asked by
#: `figures` only of a sentence with a word of death or injury, once, at its start (`match`):
#: the `BARE_PHRASES` then read it. A rule of the report's cue automaton would be armed by
#: every "man" and "person" of every article, so these are no `PHRASES`.
BARE_PERSON_FIRST = Rule(
    "bare_person_first",
    "A noun for one person opening a note or a headline, with no article or count before it "
    "(\"Woman killed in drone strike\", \"Elderly man and woman killed\"): something to count, "
    "one person each (`figure_phrases.BARE_PHRASES`).",
    rf"{BARE_START}(?:(?:an?|one)\s+(?:[a-z][\w-]*\s+)?)?{BARE_WORDS}{BARE_NOUN}\b",
    matches=("woman killed in a drone strike", "[graphic: blood] elderly man and woman killed",
             "individual injured by shelling", "one pensioner and child reported dead"),
    rejects=("the woman was killed", "two women were hurt", "shelling hit the town",
             "the strike wounded a man"),
    use="match",
)
#: Spec name BARE_AFTER_COMMA (English only): a bare noun for one person opening a clause of a
#: telegraphic note after a comma or semicolon, then dead or hurt ("Damage to a park, child
#: reported dead, 11 reported wounded"): group `at`, where `BARE_PHRASES` then read it as they
#: read a sentence's start.
BARE_PERSON_AFTER_COMMA = Rule(
    "bare_person_after_comma",
    "A noun for one person with no article or count, opening a clause of a note after a comma "
    "(\"Damage to a school, child reported dead\", \"shelling of a market; elderly man "
    "wounded\"): one person each, read as at a sentence's start.",
    rf"[,;]\s+(?P<at>{BARE_WORDS}{BARE_NOUN})\b(?=(?:\s+and\s+(?:an?\s+)?{BARE_NOUN}\b)?"
    r"(?:\s+(?:was|were|is|are|reportedly|later|also|"
    r"reported|said|believed)(?:\s+(?:as|to\s+be|to\s+have\s+been))?)*"
    r"(?:\s+(?:seriously|slightly|critically|badly|severely))?"
    r"\s+(?:killed|dead|died|injured|wounded|hurt)\b(?!/))",
    matches=("damage to a school, child reported dead, 6 reported wounded",
             "shelling of a market; elderly man wounded",
             "a strike on a shop, civilian reported as killed",
             "shelling of a market; elderly man and woman killed"),
    rejects=("damage to a school, a child reported dead", "the attack, two men were killed",
             "in the city, the worker said two people were killed",
             "damage to a school, child reported missing"),
)
ONE_PERSON = Rule(
    "one_person",
    "One person without a number: \"another man\", \"her husband\", \"the driver\", a "
    "wounded one told again as dead (\"he later died\", `figure_phrases.HE_LATER_DIED`).",
    rf"\b(?:another\s+(?:[\w'’-]+\s+)?{PERSON}|(?:her|his|their)\s+"
    rf"(?:[\w-]+\s+)?{RELATIVE}|the\s+(?:[\w-]+\s+)?{ROLE}|"
    r"(?:he|she|the\s+(?:[\w-]+\s+)?(?:man|woman|person|boy|girl|child|civilian|resident|"
    r"pensioner|teenager|driver))\s+(?:has\s+|had\s+)?(?:(?:later|subsequently|since|"
    r"afterwards|eventually|then)\s+)?(?:died|succumbed)|"
    # a body found (`figure_phrases.BODY_OF_ONE`): "Dead body found inside a well"; one more
    # (`figure_phrases.ANOTHER_BODY_FOUND`, `FOUND_ANOTHER_BODY`): "pulled another body out"
    r"(?:dead|an?|another)\s+body\s+(?:(?:was|has\s+been|had\s+been|reportedly|later|also|"
    r"then)\s+)*(?:found|recovered|pulled|retrieved|discovered|removed|uncovered|located|"
    r"extracted)|(?:found|recovered|pulled|retrieved|discovered|removed|uncovered|located|"
    r"extracted)\s+(?:out\s+)?(?:yet\s+)?another\s+(?:dead\s+)?body)\b",
    matches=("another man was wounded", "her husband died", "the truck driver was hurt",
             "she later died", "dead body found inside a well",
             "another body was pulled from the rubble", "rescuers found yet another body"),
    rejects=("the house was hit", "his office said"),
)
RECORD_SINCE = Rule(
    "record_since",
    "A comparison that ranks today's strike (\"the largest attack since the war began\"): no "
    "running total or background; blanked.",
    r"\b(?:most|largest|biggest|deadliest|heaviest|worst|strongest|longest|first|record|"
    r"highest|greatest|fiercest|such\s+an?|"
    # an attack counted among the week's: "the third attack this week", "for the second time
    # this month"
    r"second|third|fourth|fifth|sixth|seventh)\b"
    r"[^.,;]{0,60}?\b(?:since|in\s+(?:recent\s+)?(?:weeks|months|years)|"
    r"(?:so\s+far\s+)?this\s+(?:year|week|month)|"
    r"to\s+date)\b"
    r"[^.,;]{0,60}",
    matches=("the largest attack on the city since the start of the war",
             "the highest count of drones since russia's full-scale war began in 2022",
             "one of its fiercest air raids since the war started",
             "the city had not seen such a heavy barrage since the spring",
             "one of the deadliest strikes in recent months",
             "the largest attack on the capital so far this year",
             "its largest aerial attack to date", "the highest number to date",
             "the third large attack this week", "for the second time this month"),
    rejects=("the attack since the start of the war", "the largest attack, since then",
             "russia launched 1,500 drones this year"),
)
RELATIVE_CLAUSE = Rule(
    "relative_clause",
    "A relative clause (\", which ... ,\"): what it recalls dates its noun, not the strike.",
    r",\s+(?:which|who|whom|whose|where)\b[^,;]{0,120},",
    matches=("in kherson, which ukrainian forces recaptured earlier this month, shelling killed",),
    rejects=("in kherson shelling killed four, officials said",),
)
PERIOD_FIRST = Rule(
    "period_first",
    "A period opening the sentence (\"Over the past week, ...\", \"Zelensky said that over the "
    "past week\") governs all its counts.",
    r"(?:[\w'’ -]{0,50}?\b(?:that|said|says|added|wrote|noted|highlighted)\s*,?\s+)?(?:"
    r"\s*(?:over|during|in)\s+the\s+(?:past|last)\s+(?:week|month|year|"
    r"\w+\s+(?:days|weeks|months))|\s*(?:this|last)\s+(?:week|month|year)|"
    r"\s*so\s+far|"
    # "In total since Monday, Russia has launched 1,200 drones", "Since the start of the week"
    r"\s*(?:in\s+total|overall|altogether)\s+since\b|"
    r"\s*since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:week|month|year|war|"
    r"invasion|full-scale))",
    matches=("over the past week, russia launched 800 glide bombs", "this month, 400 drones",
             "zelensky highlighted that over the past week, russia used 300 drones",
             "in total since monday, russia has launched 1,200 drones",
             "since the start of the week, 900 drones hit ukraine"),
    rejects=("russia launched 800 drones over the past week",
             "since the attack began at 2am, 40 drones were shot down"),
    use="match",
)
OPEN_COMPOUND = Rule(
    "open_compound",
    "An age or a compound adjective written open, before the person it qualifies (\"a 70 "
    "year old man\", \"a six month old baby\", \"a middle aged woman\"): read as its "
    "hyphenated form (\"a 70-year-old man\"), the spaces made hyphens, so that its article "
    "counts the person as one.",
    rf"\b(?:\d+|{NUMBER_WORD})\s+(?:year|month|week)\s+old\b|\bmiddle\s+aged\b",
    matches=("a 70 year old man was killed", "a six month old baby was hurt",
             "shelling killed a middle aged woman", "twelve year old"),
    rejects=("a 70-year-old man", "the man, 70 years old, was hurt", "a year old house"),
)
#: One member of a list of people inside an aside: "two teenage girls", "a 10-year-old boy".
_ASIDE_PERSON = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                 r"(?:[\w-]+\s+){0,2}?(?:children|child|minors?|teenagers?|women|woman|men|"
                 r"man|boys?|girls?|babies|baby|infants?|pensioners?|adults?|people|persons?|"
                 r"residents?|workers?|brothers?|sisters?|sons?|daughters?)")
#: A count in words or in digits, for the count written twice and for a range's bounds.
_COUNT_ONCE = rf"(?:\d{{1,3}}|{NUMBER_WORD})"
COUNT_TWICE = Rule(
    "count_twice",
    "A count written in words and again in digits in brackets, or the other way round (\"Two "
    "(2) civilians killed\", \"3 (three) people were injured\", as catalogue descriptions "
    "write them): the bracketed repeat (group `again`) is blanked where it is the same number, "
    "so the count is read once.",
    rf"(?<![\w-])(?P<count>{_COUNT_ONCE})(?P<again>\s*\(\s*{_COUNT_ONCE}\s*\))",
    matches=("two (2) civilians killed", "3 (three) people were injured",
             "reports of four (4) dead"),
    rejects=("two civilians (aged 60) killed", "kh-101 (2) missiles"),
)
#: What a range's count may count: people, or their outcome right after.
_RANGE_OF = (r"(?:people|persons?|civilians?|residents?|children|men|women|soldiers|servicemen|"
             r"others|victims|bodies|killed|dead|died|deaths|injured|wounded|hurt|casualties|"
             r"fatalities)\b")
COUNT_RANGE = Rule(
    "count_range",
    "A count told as a range (\"5-7 injured\", \"between 3 and 5 dead\", \"two to three people "
    "were killed\", \"two or three civilians\"): its lower bound (group `low`) is the figure, "
    "as \"at least N\" gives N (GUIDE.md is silent on ranges; the bound the text vouches for, "
    "as ACLED codes the lowest); the rest of the range (group `rest`, with \"between\") is "
    "blanked. Not \"from N to M\", a toll as it changed (`RISE_FROM`'s), nor a range of "
    "anything but people or their outcome.",
    rf"(?<![\w.,/+-])(?<!from\s)(?P<between>between\s+)?(?P<low>{_COUNT_ONCE})"
    rf"(?P<rest>\s*[-–—]\s*{_COUNT_ONCE}|\s+(?:to|or)\s+{_COUNT_ONCE}|"
    rf"(?(between)\s+and\s+{_COUNT_ONCE}|(?!)))\b"
    rf"(?=\s+(?:[\w-]+\s+){{0,3}}?{_RANGE_OF})",
    matches=("5-7 injured", "between 3 and 5 dead", "two to three people were killed",
             "two or three civilians were wounded", "10–12 people were hurt",
             "between two and four residents died"),
    rejects=("the toll rose from 3 to 5 people", "kh-101 missiles hit", "2022-2023 war dead",
             "5-7 drones were shot down", "killed 2 and injured 5 people"),
)
ASIDE = Rule(
    "aside",
    "Asides within a count (\", including a child,\", \"including 3 children\", a dashed "
    "aside, \"aged 38 and 71\"): part of the count or no count; blanked.",
    # an aside that lists people, however long: ", including two teenage girls, a woman and
    # a 10-year-old boy, were hurt" (no member is a subject of the verb)
    rf",\s+(?:including|among\s+them)\s+{_ASIDE_PERSON}(?:\s*,\s*{_ASIDE_PERSON}){{0,4}}"
    rf"\s*,?\s+and\s+{_ASIDE_PERSON}\b[^,]{{0,20}},"
    r"|,\s+(?:including|among\s+them)\s+(?![^,]*(?:drone|missile|uav|shahed))"
    r"[^,]{1,40},"
    # "27 civilians including 3 children were killed": the part of a total
    r"|,?\s+(?:including|among\s+them)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|a|an)\s+(?:[\w-]+\s+){0,2}?(?:children|child|"
    r"minors?|teenagers?|women|men|boys?|girls?|babies|baby|infants?|police\w*|"
    r"rescuers?|medics?)\b,?"
    # who they are, after a colon or a dash: "including two minors: a girl of 16 and her
    # brother" (the two, not two more)
    rf"(?:\s*[:–—-]\s*{_ASIDE_PERSON}(?:\s*,\s*{_ASIDE_PERSON}){{0,4}}"
    rf"(?:\s*,?\s+and\s+{_ASIDE_PERSON})?\b)?"
    # an aside in brackets: "46 people (including two children) were hurt", "five (among
    # them a boy)", "12 residents (three of them children)": who they were, no count of its own
    # (not a part of the wounded that died: "3 were injured (1 of them later died of wounds)",
    # a death of its own, `figure_phrases.DIED_OF_WOUNDS`)
    r"|\s*\((?:including|incl\.|among\s+them|among\s+whom|"
    r"(?!(?<=injured\s\(|wounded\s\()[^()]*\b(?:died|dies|succumbed)\b)"
    r"[^()]{0,20}\bof\s+(?:them|whom)\b)[^()]{0,60}\)"
    # "a family of three - a man, his wife and their son - were injured"
    r"|\s[-–—]\s(?:(?!\s[-–—]\s).){1,60}?\s[-–—]\s"
    # "two men aged 38 and 71": ages, not counts
    # (or a range: "four men aged between 30 and 65 and a woman were hurt")
    # (or about: "a man aged about 29 suffered fatal wounds")
    r"|,?\s*\baged\s+(?:about\s+|around\s+|approximately\s+)?(?:between\s+|from\s+)?"
    r"\d+(?:\s*(?:,|and|-|–|to)\s*\d+)*,?"
    # "the injured, who include two toddlers, were taken to hospital": a part of the people
    # just named, no count of its own
    r"|,\s+(?:which|who)\s+(?:include[sd]?|included)\s+(?:at\s+least\s+)?(?:\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|a|an)\s+(?:[\w-]+\s+){0,2}?(?:children|child|"
    r"minors?|teenagers?|women|men|boys?|girls?|babies|baby|infants?|toddlers?)\b[^,]{0,30},",
    matches=("five people, including a child, were wounded", "two men aged 38 and 71",
             "six people, including two teenage girls, a woman and a 10-year-old boy, were hurt",
             "a family of three - a man, his wife and their son - were injured",
             "nine were hurt, including three children: two boys and a girl",
             "three men aged between 30 and 65 and a woman were hurt",
             "a man aged about 40 suffered fatal wounds",
             "the wounded, who include two toddlers, were taken to hospital",
             "46 people (including two children) were hurt",
             "12 residents (three of them children) were wounded",
             "five people (among them a boy) were injured"),
    rejects=("five people were wounded", "five people (two in kharkiv) were hurt",
             "3 were injured (1 of them later died of wounds)",
             "100 drones, including 60 shaheds",
             "the drones, which included 20 decoys, came from the south"),
)
LIST_ITEM = Rule(
    "list_item",
    "One count of a list of counted people (\"two women\" in \"two women and a child\").",
    rf"(?:{NUMBER})(?=\s+(?:[\w'’-]+\s+){{0,2}}?{LIST_PERSON}\b)|{COUPLE}",
    matches=("two women and a child", "two ukrainian soldiers and two civilians",
             "an elderly couple and their son"),
    rejects=("two drones and a missile",),
)

LIST_LINE = Rule(
    "list_line",
    "A line of a list (a dash or bullet opening it, on the sentence as written): the weapon "
    "counts of a list told after a header ending in a colon add up (\"the enemy used: - 22 "
    "drones; - 3 drones of a type being established\"). A bullet is any mark of the kinds "
    "pages use, not only the dash: geometric shapes (\"▪\", \"■\", \"►\"), dingbats and "
    "emoji (\"✅\", \"🔹\"), with the emoji variation selector after them.",
    r"(?:[-–—•*·‣⁃■-◿☀-➿]|[\U0001F300-\U0001FAFF])\ufe0f?\s*\S",
    matches=("- 22 БпЛА типу «Герань-2»;", "• 2 cruise missiles", "– fpv-дрон;",
             "▪️ шість БпЛА типу «Шахед»;", "► 3 ракети", "🔹 два fpv-дрони;"),
    rejects=("22 drones were launched", "Kharkiv - a drone hit a house"),
    use="match",
)
LIST_HEADER = Rule(
    "list_header",
    "The line a list follows: it ends in a colon (\"протягом доби по Харківщині прилетіли:\").",
    r":[\s\"'»”]*$",
    matches=("За сутки враг применил следующее оружие:", "The enemy used:"),
    rejects=("The enemy used 22 drones.", "08:30 ворог атакував"),
)

RUSSIA_DOWNED_UKRAINIAN = Rule(
    "russia_downed_ukrainian",
    "Drones Russia says it shot down over its own land (\"Russia's defence ministry said 40 "
    "drones were destroyed\", \"Russian air defences downed 12 drones\", \"Russia's alert air "
    "defence forces\", \"over Russian regions\", \"drones heading for Moscow\", times told "
    "in Moscow time, \"the country's defence ministry\" (Ukraine's tallies come from its air "
    "force), a count of \"Ukrainian drones\" not put near a place): Ukraine's drones over "
    "Russia, whose counts are no figures of a Russian strike on Ukraine (Russian forces that "
    "intercept drones near a Ukrainian town are told without these words).",
    r"\b(?:russia(?:'s|’s|n)?\s+(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)|"
    r"russia(?:'s|’s|n)\s+(?:[a-z-]+\s+)?air\s+defen[cs]es?|"
    r"(?:over|above|across)\s+(?:\w+\s+)?russian\s+"
    r"(?:regions|territory|soil)|(?:over|above)\s+russia\b|"
    r"(?:heading|flying|headed)\s+(?:towards?|for)\s+moscow|approaching\s+moscow|"
    r"moscow(?:'s|’s)?\s+mayor|"
    # ("authorities in Russia say air defences destroyed a drone": Russia's report)
    r"(?:authorities|officials)\s+in\s+russia\s+(?:said|say|says|reported|report)\b|"
    r"moscow\s+time\b|(?:country|nation)(?:'s|’s)\s+defen[cs]e\s+ministry|"
    # ("Russia reports a large attack, claiming 50 drones downed": its report of them)
    r"russia\s+(?:said|says|claimed|claims|reports|reported)\b|"
    # the claim in other words: "Russian military claims", the ministry's full name ("Ministry
    # of Defence of the Russian Federation"), "in several Russian regions", and a count of
    # Ukraine's own drones ("downed 30 Ukrainian fixed-wing drones": Ukraine's drones
    # downed over Russia; not when the sentence puts them near a place, as the notes of Russian
    # forces intercepting drones near a village at the front do)
    r"ministry\s+of\s+defen[cs]e\s+of\s+the\s+russian\s+federation|"
    r"russian\s+(?:military|army)\s+(?:claimed|claims)\b|"
    r"\bin\s+(?:\w+\s+)?russian\s+regions\b|"
    rf"(?<![\d,.])(?:{NUMBER})\s+ukrainian\s+(?:[\w-]+\s+){{0,2}}?{lower_pattern(_DRONE_WORD)}"
    r"(?![^.;]*\bnear\b))",
    matches=("russia's defence ministry said air defences destroyed 40 ukrainian drones",
             "overnight 80 drones were destroyed, according to the russian defense ministry",
             "the mayor said 9 drones heading towards moscow were shot down",
             "officials in russia said gunners hit a drone approaching moscow at dawn",
             "russian forces shot down 70 ukrainian drones over russian regions",
             "russia's standby air defence units brought down 31 drones overnight",
             "russian on-duty air defenses destroyed 12 drones",
             "it said 60 drones were downed from 9 p.m. to 5 a.m. moscow time",
             "air units intercepted 44 drones before dawn, the country's defence ministry said",
             "overnight, air defence units destroyed 57 ukrainian fixed-wing drones, the ministry "
             "said",
             "in three russian regions air defence downed more than 60 drones",
             "the russian military claims to have destroyed 35 drones over the border areas",
             "12 uavs were intercepted, a channel reported citing ministry of defence of the "
             "russian federation",
             "russia reports a drone raid, claiming 30 drones downed over four regions"),
    rejects=("ukrainian air defences shot down 40 of 52 russian drones",
             "the ukrainian air force said 30 drones were destroyed",
             "russia launched 60 drones at ukraine",
             "russian forces intercepted 12 ukrainian drones near a village in the kharkiv region",
             "moscow launched 90 drones at kyiv",
             "the moscow times reported that 90 drones hit ukraine",
             "ukraine's air defence shot down 55 of 70 drones at 4 a.m. kyiv time",
             "ukrainian air defence destroyed 40 russian drones over ukrainian regions",
             "after ukrainian drones hit a refinery, russia sent 90 drones at kyiv"),
)
LOSS_WORD = Rule(
    "loss_word",
    "A word of losses (\"lost\", \"losses\", \"suffered\"): the cheap test before "
    "`ARMY_LOSSES`, whose army names are in most sentences.",
    r"\b(?:lost|losses|suffered|sustained|incurred)\b",
    matches=("russia has lost 1,000 troops", "enemy losses", "casualties the army suffered"),
    rejects=("a drone killed two", "the losing side"),
)
ARMY_LOSSES = Rule(
    "army_losses",
    "An army's losses told (\"Russia has lost 1,100 troops\", \"640 casualties that Russian "
    "forces suffered on Tuesday\", \"enemy losses amounted to 400\"): a General Staff's or a "
    "defence ministry's claim of soldiers put out of action, no strike's toll.",
    r"\b(?:russia|ukraine|the\s+enemy)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?lost\b|"
    r"\b(?:russian|ukrainian|enemy|russia['’]s|ukraine['’]s)\s+(?:\w+\s+)?(?:forces|troops|army|"
    r"military|units)\s+(?:have\s+|has\s+|had\s+)?(?:\w+\s+)?(?:suffered|sustained|lost|"
    r"incurred)\b|"
    r"\b(?:russian|ukrainian|enemy|russia['’]s|ukraine['’]s|enemy['’]s)\s+(?:army\s+|combat\s+|"
    r"military\s+)?losses\b",
    matches=("the figure covers 640 casualties that russian forces suffered on tuesday",
             "russia has lost 447,000 troops since the invasion",
             "the russian army lost another 900 killed and wounded",
             "ukraine's armed forces lost up to 235 people in the kursk direction",
             "enemy losses amounted to 430 killed and wounded"),
    rejects=("three people lost their lives in kharkiv", "a woman suffered shrapnel wounds",
             "russian forces struck kharkiv, killing two",
             "a missile hit a ukrainian forces training ground, killing one serviceman"),
)
CODED_TOLL = Rule(
    "coded_toll",
    "A dataset's own bookkeeping of a toll (\"coded as 4 fatalities split over three events\", "
    "\"5 fatalities split between two towns\", \"2 fatalities coded here\") or a "
    "side's claim of the other's dead (\"the defence ministry reported 300 Ukrainian "
    "fatalities\", \"MoD reported 60 fatalities\"): no strike's toll told by the report. "
    "A defence ministry only: an interior, health or emergencies ministry reporting a toll "
    "tells the strike's.",
    r"\b\d[\d,]*\s+fatalit(?:y|ies)\s+(?:were\s+|was\s+)?(?:coded|split)\b|"
    # (not "coded as 2 events": the note's rows, its toll told before is the note's own)
    r"\b(?:coded|split)\s+as\s+(?:\d[\d,]*\s+(?:fatalit|deaths|dead|killed)|fatalit)|"
    r"\b(?:russian|ukrainian|enemy)\s+fatalities\b|"
    r"\b(?:mod|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\s+(?:reported|claimed)\s+"
    r"(?:up\s+to\s+)?(?:\d[\d,]*|fatalit)",
    matches=("coded as 4 fatalities split over three events", "5 fatalities split between towns",
             "2 fatalities coded here", "[the mod reported 120 ukrainian fatalities.",
             "the defence ministry reported 60 fatalities"),
    rejects=("six fatalities were reported after the strike", "the strike led to 11 fatalities",
             "4 fatalities and three wounded reported",
             "two were killed and five wounded (fatalities coded to another event)",
             "two civilians were killed and one wounded (coded as 2 events)",
             "the interior ministry reported 5 people killed and 12 hurt",
             "the health ministry reported 3 dead in the city"),
)
#: The head nouns of a tally of military equipment (`EQUIPMENT_TALLY`).
_HARDWARE = (r"(?:tanks|armou?red\s+(?:combat\s+|fighting\s+|personnel\s+)?(?:vehicles|carriers)|"
             r"artillery\s+systems|multiple\s+launch\s+rocket\s+systems)")
EQUIPMENT_TALLY = Rule(
    "equipment_tally",
    "Military equipment counted (\"it destroyed two tanks, nine artillery systems and 25 "
    "drones\", \"operational-tactical drones\"): an army's hardware lost at the front, so the "
    "drone and missile counts beside it are no strike's launches or shoot-downs.",
    rf"\b(?:\d[\d,]*|{NUMBER_WORD})\s+(?:more\s+)?{_HARDWARE}\b|"
    r"\boperational[\s-]+tactical\s+(?:level\s+)?(?:drones|uavs)\b",
    matches=("russia has also lost 7,000 tanks, 13,000 armored fighting vehicles and 8,900 drones",
             "the army said it had destroyed two more tanks and 25 operational-tactical drones",
             "two multiple launch rocket systems", "eleven tanks and 30 drones"),
    rejects=("russia launched 80 drones and three missiles", "a tank farm was hit by 12 drones",
             "the fuel tanks caught fire"),
)
WEAPON_PERIOD = Rule(
    "weapon_period",
    "A period beside a count of weapons (\"1,900 drones in March\", \"during the week, 300 "
    "drones\", \"in the last days of December\", \"this year\", \"since January\") or a count "
    "told as reached (\"have already launched 1,961 drones\"): a period's or a running total, "
    "no strike's.",
    rf"\b(?:(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?{_MONTH}\b(?!\s+\d{{1,2}}\b)|"
    r"(?:during|over|in)\s+the\s+(?:past\s+|last\s+)?(?:week|month)\b|"
    r"in\s+the\s+(?:last|first|final)\s+(?:few\s+)?(?:days|weeks)\s+of\b|"
    # several days, weeks or months counted ("over the past seven days", "in the last two
    # weeks", "within a single week", "in just ten days"; not "over the past day", the
    # night's, nor "in 24 hours")
    # (not a ranking of the night's attack: "the third attack in the past ten days")
    rf"{_NOT_RANKED}(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
    rf"{_SEVERAL}\s+(?:days|weeks|months)\b|"
    rf"{_NOT_RANKED}(?:over|in|during|within)\s+(?:just\s+|only\s+)?"
    rf"(?:{_SEVERAL}\s+(?:days|weeks|months)|"
    r"(?:a\s+single|one)\s+(?:week|month)(?!\s+(?:after|before|of|since)\b))\b|"
    # a rate ("some 1,000 drones a week"; not a time: "a week after the summit", "a week ago")
    # ("in a week", "within a week": when, or a ranking: "the second attack in a week")
    r"(?:(?:per|every|each)\s+week|(?<!\bin\s)(?<!within\s)a\s+week"
    r"(?!\s+(?:after|before|earlier|later|ago|since|into|of|on|when)\b)(?!-))\b|"
    # a year's or a war's running total: "1,500 drones Russia launched this year", "since
    # January", "to date", "in 2024" (not a strike ranked: "the largest attack this year"; not
    # "since June 9", a date, whose day may lie past the window `figures._weapon_period` searches)
    r"\bthis\s+year\b|"
    rf"since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year|{_MONTH}\b(?!\s*(?:\d|$)))|"
    r"\bto\s+date\b|\bin\s+20\d\d\b(?!\s*[-–]\s*\d)|"
    # a count told in the perfect as already reached: "the terrorists have already launched
    # at least 1,961 drones", "altogether Russia has used 4,000 drones" (not "Russia has
    # launched 40 drones overnight")
    r"\b(?:has|have)\s+(?:already|so\s+far|now)\s+(?:launched|used|fired|sent|shot\s+down|"
    r"downed|destroyed|intercepted)\b|"
    r"\b(?:altogether|all\s+told|overall),?\s+(?:[\w'’-]+\s+){1,3}?(?:has|have)\s+"
    r"(?:launched|used|fired|sent|shot\s+down|downed|destroyed))",
    matches=("russia launched over 2,000 drones at ukraine in october",
             "during the week, air defence destroyed 300 drones",
             "over the last 7 days, russia has sent 1,500 drones",
             "the enemy fired 2,300 drones in the previous three weeks",
             "russia used 1,700 drones within a single week",
             "in only ten days, russia sent 1,100 drones",
             "russia launched 1,800 drones in one week",
             "200 drones in the last days of december", "some 1,000 drones a week",
             "ukraine has shot down 1,200 of the 1,500 drones russia launched this year",
             "russia has launched 900 drones at ukraine since january, he said",
             "in total, the terrorists have already launched at least 1,961 drones",
             "altogether russia has used more than 4,000 shahed drones",
             "in 2024, russia launched 18,000 drones",
             "air defence has downed 5,000 drones to date"),
    rejects=("russia launched 90 drones on 3 october", "russia launched 90 drones overnight",
             "on october 3 russia launched 90 drones",
             "russia has launched 40 drones at kyiv overnight",
             "in total, russia launched 93 drones overnight",
             "russia launched 93 drones over the past day",
             "russia launched 93 drones in the past 24 hours",
             "russia launched 93 drones overnight, a week after it sent 400",
             "a week ago, russia sent 400 drones; overnight it launched 93",
             "93 drones, the third attack in the past ten days",
             "93 drones, the second large attack within a single week",
             "93 drones overnight, the second large attack in a week",
             "since june 5 russia launched 40 drones"),
)
BOMBS_TOTAL = Rule(
    "bombs_total",
    "Hundreds of guided or aerial bombs counted in the sentence (\"some 980 strike drones, "
    "about 1,200 guided aerial bombs and 40 missiles\"): a week's or a period's summary, "
    "so its drone and missile counts are no night's tally (a night's strike drops a few bombs).",
    r"(?<![\d,.])(?:\d{3,}|\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,2}?(?:guided|glide|aerial|air|"
    r"gliding)[\s-]+(?:aerial\s+)?bombs\b",
    matches=("this week the enemy fired 870 drones, 1,120 glide bombs and 17 missiles",
             "nearly 900 guided bombs, more than 300 shahed drones",
             "more than 660 aerial bombs over the past week"),
    rejects=("russia launched 100 drones and dropped four guided aerial bombs on the city",
             "russia launched 300 drones and 40 missiles"),
)
#: Up to one word that is no count (a kind: "cruise", "attack"), before the second weapon of a
#: count told for both ("80 missiles and attack drones"; not "50 drones and two missiles").
_NO_COUNT = rf"(?:(?!\d)(?!(?:an?|{NUMBER_WORD})\b)[\w-]+\s+)?"
MIXED_COUNT = Rule(
    "mixed_count",
    "One count told for missiles and drones together (\"80 missiles and drones\", \"120 drones "
    "and missiles\"): a count shot down of it (\"of which 70 were shot down\", \"air defence "
    "downed 100 of them\") is no count of drones shot down (`extract.events`).",
    rf"(?<![\d,.])\d[\d,]*\+?\s+(?:[\w-]+\s+){{0,2}}?(?:missiles?\s+(?:and|or|&)\s+{_NO_COUNT}"
    rf"(?:drones?|uavs?)|(?:drones?|uavs?)\s+(?:and|or|&)\s+{_NO_COUNT}missiles?)\b",
    matches=("russia launched 80 missiles and drones", "120 attack drones and cruise missiles",
             "a total of 63 drones and missiles"),
    rejects=("80 missiles and 40 drones", "40 drones and two missiles",
             "50 drones and a missile",
             "50 drones, and missiles too"),
)
#: A count of drones alone ("50 Shahed drones", not "80 missiles and drones", nor "120 drones
#: and missiles"): beside a `MIXED_COUNT`, the drones' own count.
DRONES_ALONE = re.compile(
    rf"(?<![\d,.])\d[\d,]*\+?\s+(?:(?!(?:missiles?|and|or)\b)[\w-]+\s+){{0,3}}?"
    rf"(?:drones?|uavs?|shaheds?)\b(?!\s+(?:and|or|&)\s+{_NO_COUNT}missiles?)")
DEFENCE_MISSILE = Rule(
    "defence_missile",
    "A missile word that names the defence, not a weapon of the attack (\"repelled by aviation, "
    "anti-aircraft missile troops and mobile fire groups\", \"surface-to-air missile units\"): "
    "a sentence whose every missile word is one names no missiles (`extract.events`), so a count "
    "shot down without a weapon word after it still counts the drones told before.",
    r"\b(?:anti-?aircraft|surface-to-air|air[\s-]+defen[cs]e|sam)[\s-]+missile\s+"
    r"(?:troops|units?|forces|systems?|complex(?:es)?|crews?|gunners|battalions?|brigades?|"
    r"regiments?|divisions?|defen[cs]e)\b",
    matches=("the attack was repelled by aviation, anti-aircraft missile troops and mobile "
             "fire groups", "destroyed by surface-to-air missile units",
             "air defence missile systems shot them down"),
    rejects=("russia fired 12 cruise missiles", "an anti-aircraft missile hit a house",
             "a surface-to-air missile fell on the road"),
)
ALL_SHOT_DOWN = Rule(
    "all_shot_down",
    "All of the drones just counted shot down, with no number of its own (\"36 of them flew to "
    "the capital. All were shot down.\", \"Air defence destroyed all the drones over the "
    "city.\"): the count told last before it, in the sentence or the one before, was shot down "
    "(`extract.events`).",
    # "all of them were shot down", "all the drones were reportedly shot down", "12 drones
    # were sent, all of which were reportedly shot down"
    # ("all the projectiles were destroyed", "all aerial targets were shot down" after a count
    # of drones alone: group `generic`, a word for any weapon, read only where no missile is
    # told in the sentence or the one before, `extract.events`)
    rf"\ball\s+(?:of\s+(?:them|these|those|which)\s+|(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DRONE_WORD}|(?P<generic>projectiles|targets|objects))\s+)?"
    rf"(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?{_DOWN}|"
    # (not "shot down all but two": `ALL_BUT_DOWNED`)
    rf"{_DOWN}\s+(?:them\s+)?all\b(?!\s+\d)(?!\s+but\b)(?!\s+(?:of\s+)?(?:the\s+)?"
    rf"(?:\w+\s+){{0,3}}?(?:missiles?|targets|objects|rockets))",
    matches=("all were shot down by air defence", "air defence destroyed all the drones over the "
             "city", "air defence destroyed them all",
             "all the drones were reportedly shot down by the military",
             "nine drones flew at mykolaiv, all of which were reportedly destroyed",
             "all the projectiles were destroyed by anti-aircraft systems",
             "all drones were shot down"),
    rejects=("air defence shot down all 14 drones", "all missiles were shot down",
             "all the cruise missiles were shot down",
             "nine drones flew at mykolaiv, all of which hit the port",
             "air defence destroyed all the cruise missiles",
             "air defence shot down all but two of the cruise missiles"),
    prescan=("all", 1),
)
#: Up to three words and then a missile or rocket word: what "all but N" may count instead of
#: drones ("all but two of the cruise missiles").
_MISSILES_AHEAD = r"(?!\s+(?:of\s+)?(?:the\s+|them\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?)\b)"
ALL_BUT_DOWNED = Rule(
    "all_but_downed",
    "All the drones but a few shot down, with no total of its own (\"Russia launched 48 drones; "
    "air defence stopped all but three of them\", \"all but two of the drones were intercepted\"): "
    "the drone count told last before it, in the sentence or the one before, less the few "
    "(`extract.events`); a total of its own (\"all but four of the 31 drones\") is the figure "
    "phrase `downed_all_but`.",
    # the verb first: "stopped all but four of the drones", "downed all but three of them"
    rf"\b(?:{_DOWN}|stopped|stops|stopping|halted)\s+(?:\w+\s+){{0,2}}?all\s+but\s+{N}"
    rf"(?!\s+(?:of|out\s+of)\s+(?:the\s+)?(?:\d|{NUMBER_WORD}\b)){_MISSILES_AHEAD}|"
    # the verb after: "all but two of the drones were shot down", "all but one were downed"
    rf"\ball\s+but\s+{N2}\s+(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_DRONE_WORD})\s+|(?:[\w-]+\s+)?{_DRONE_WORD}\s+)?(?:were|was|had\s+been|have\s+been)"
    rf"\s+(?:\w+\s+)?{_DOWN}",
    matches=("air defences stopped all but four of the drones",
             "air defence downed all but three of them over the region",
             "all but two of the drones were shot down",
             "all but one were reportedly intercepted",
             "ukraine says it destroyed all but 2 drones"),
    rejects=("air defence intercepted all but four of the 31 drones",
             "air defence shot down all but two of the missiles",
             "all but two missiles were shot down", "air defence shot down all 14 drones",
             "all but two of the drones hit their targets"),
    prescan=("all but", 1),
)
ATTACK_SIZE_BEFORE = Rule(
    "attack_size_before",
    "Right before a count of drones a shooting-down verb governs: the attack it was told of "
    "(\"air defence repelled an attack by 46 drones\", \"intercepted a raid of 60 Shaheds\"): "
    "the count is the attack's size, drones launched, not shot down (`extract.figures`, on up "
    "to 60 characters before the number).",
    r"\b(?:attacks?|raids?|assaults?|waves?|barrages?|strikes?)\s+(?:\w+\s+)?"
    r"(?:by|of|with|involving|using|comprising)\s+(?:(?:up\s+to|more\s+than|at\s+least|about|"
    r"around|nearly|almost|some|over|a\s+total\s+of)\s+)?$",
    matches=("ukrainian forces repelled an attack by ", "air defence repelled an attack of ",
             "intercepted a massive raid involving more than ",
             "fought off a night attack with "),
    rejects=("air defence repelled ", "shot down ", "an attack by drones and "),
)
OUT_OF_LAUNCHED = Rule(
    "out_of_launched",
    "After a count of drones shot down, of how many launched, told last (\"36 drones were "
    "intercepted over the region, out of 42 launched by Russia\", \"..., out of the 42 that "
    "Russia sent\"): the drones launched (`extract.figures`, within 80 characters of the "
    "shot-down count, no missile named between).",
    rf"(?:(?!missiles?\b)[^.;]){{0,80}}?\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?{N}\s+"
    rf"(?:{_DRONE_WORD}\s+)?"
    r"(?:(?:that|which)\s+)?(?:(?!missiles?\b)[\w'’-]+\s+){0,2}?(?:launched|sent|fired|used)\b",
    matches=(" drones were intercepted over the region, out of 42 launched by russia",
             " drones, out of the 42 that russia sent overnight",
             ", out of a total of 60 drones the enemy launched"),
    rejects=(" drones, out of 42 missiles launched", " drones were shot down. out of 42 launched",
             " drones were shot down out of 42"),
    use="match",
)
#: A verb of its own right after a weapon count ("and 12 drones hit the city", "60 drones were
#: launched"): the count is no part of the list a verb before it governs.
_OWN_VERB_AFTER = (r"(?![^.;,]{0,40}?\b(?<!that\s)(?<!which\s)(?:were|was|had|have|are|is|hit|"
                   r"struck|reached|got|slipped|evaded|crashed|exploded|fell|flew|remained|"
                   r"stayed|continued|went|landed|damaged|caused)\b)")
DOWNED_LIST_MORE = Rule(
    "downed_list_more",
    "Right after a count shot down, the rest of its list joined by \"and\", \"as well as\", "
    "\"plus\": a further weapon count with no verb of its own is shot down too (\"shot down 20 "
    "of 25 cruise missiles fired by Russia, as well as 12 Shahed drones\"; `extract.figures`, "
    "matched where the shot-down count ends; group `n`, the further count).",
    # the rest of the clause: no sentence end, no turn to another clause or speaker
    r"(?:(?!\b(?:while|whereas|but|said|says|after|when|before|and\s+(?:russia|moscow|it|they|"
    r"the|its|their)\b))[^.;:!?]){0,100}?"
    r"(?:,\s*|\s+)(?:and\s+(?:also\s+)?|as\s+well\s+as\s+|plus\s+|along\s+with\s+|"
    # "all three missiles were shot down, as were 17 drones"
    rf"together\s+with\s+|as\s+(?:were|was)\s+(?:also\s+)?){N}{_OWN_VERB_AFTER}",
    matches=(" of 25 cruise missiles fired by russia, as well as 12 shahed drones",
             " missiles were shot down, as were 17 drones",
             " missiles over the south and 40 drones over the capital",
             " cruise missiles, plus 14 attack drones"),
    rejects=(" missiles, and russia launched 40 drones", " missiles and 40 drones hit kyiv",
             " missiles while 40 drones were launched", " missiles. and 40 drones",
             " missiles overnight and 40 drones remained in the air"),
    use="match",
)
DOWNED_AND_MORE = Rule(
    "downed_and_more",
    "Right after a count of drones shot down (from its number on), its drone word, then "
    "\"and\", \"as well as\", \"plus\" and another count of drones with no verb or place of "
    "its own (\"destroyed two of the missiles and seven of the drones, as well as four "
    "unmanned aerial vehicles\", \"shot down 30 Shahed drones and 12 Gerbera drones\"): the "
    "parts of one shot-down count, summed (`figures._downed_sums`; a part by place, \"40 drones "
    "over Kyiv and 12 over Odesa\", is no sum: `DOWNED_PART`).",
    rf"(?:\s+of\s+the)?(?:[\s-]+(?![\d,])[\w\"“”'‘’-]+){{0,3}}?[\s-]+{_DRONE_WORD}(?!\w)"
    rf"\s*(?:,\s*|\s+)(?:and\s+(?:also\s+)?|as\s+well\s+as\s+|plus\s+|along\s+with\s+)"
    rf"(?:another\s+)?{N}(?:[\s-]+(?!(?:of|in|over|near|above|and)\b)[\w\"“”'‘’-]+){{0,3}}?"
    rf"[\s-]+{_DRONE_WORD}(?!\w)"
    r"(?!\s+(?:and|or)\s+missiles?\b)"
    r"(?![^.;,]{0,40}?\b(?<!that\s)(?<!which\s)(?:were|was|had|have|are|is|hit|struck|"
    r"reached|got|evaded|crashed|exploded|fell|flew|remained|landed|damaged|caused)\b)",
    matches=(" of the drones, as well as four unmanned aerial vehicles",
             " shahed drones and 12 gerbera drones", " drones plus 5 uavs"),
    rejects=(" drones over kyiv and 12 over odesa", " drones, and 12 drones hit the city",
             " drones and 12 missiles", " drones and 12 drones and missiles"),
    use="match",
)
#: Where a further part of a shot-down count names its place: a name of up to four words,
#: not a time of day ("five in the morning").
_PART_PLACE = (r"(?!(?:morning|evening|night|afternoon|day|past|last|first)\b)"
               r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?")
DOWNED_PART = Rule(
    "downed_part",
    "Right after a count of drones shot down, what is left of its clause, the place it names, "
    "then a further part told without a verb of its own (\"12 drones were destroyed over the "
    "Odesa region and four over Mykolaiv\", \"were shot down in Sumy Oblast, two in Poltava "
    "Oblast\", \"destroyed in the northern regions: 9 drones in Chernihiv Oblast\"): also shot "
    "down, and over the place its own clause names (`extract.figures`, matched where the count "
    "before it ends; group `n`). A list after a colon follows a header of several regions only "
    "(\"downed in the Kyiv region: two in Bucha\" breaks one region down).",
    # the rest of the count's clause: no sentence end, no colon, no count (model numbers such
    # as "Shahed-131/136" may be there)
    r"(?:[^.;:!?\d]|(?<=[\w/-])\d){0,100}?"
    r"\s(?:over|in|above|within)\s+(?:the\s+)?"
    rf"(?:{_PART_PLACE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"|(?:[\w'’-]+\s+){0,2}?(?:oblasts|regions|provinces|areas)\s*:\s*)"
    rf"(?:another\s+|a\s+further\s+)?(?P<n>{NUMBER})\s+(?:more\s+)?"
    r"(?:(?:drones?|uavs?|shaheds?)\s+)?(?:over|in|above|within)\s+"
    r"(?!the\s+(?:morning|evening|night|afternoon)\b)",
    matches=(" drones were destroyed over the odesa region and four over mykolaiv",
             " shahed drones had been downed in sumy oblast, two in poltava oblast",
             " shahed-131/136 uavs were destroyed in the northern regions: 9 drones in chernihiv",
             " over the kherson region and another three over the city"),
    rejects=(" drones were destroyed over the odesa region and four people were injured",
             " drones were downed in the kyiv region: two in bucha",
             " drones were downed in the lviv, rivne and volyn regions",
             " drones were downed over the region, and 20 were lost",
             " drones were destroyed in the night and two in the morning"),
    use="match",
)
UKRAINE_SOURCE = Rule(
    "ukraine_source",
    "Ukraine's own air force or air defence named as a source in a sentence that also tells "
    "Russia's claim of shooting down Ukraine's drones (`RUSSIA_DOWNED_UKRAINIAN`): only the "
    "counts from the claim to this source are Russia's (`extract.figures`).",
    r"\bukrainian\s+air\s+(?:force|defen[cs]e)|\bukraine['’]s\s+air\s+(?:force|defen[cs]e)",
    matches=("russia said it downed 30 drones, while the ukrainian air force said 63 were shot "
             "down", "ukraine’s air force said", "ukrainian air defences destroyed 40"),
    rejects=("russia's air defence destroyed 30 ukrainian drones", "the ukrainian army said"),
)
#: The count a later "all were shot down" takes: "36 of them", "almost 60 [Shaheds]".
DRONE_COUNT_BEFORE = re.compile(
    rf"{lower_pattern(N)}\s+(?:of\s+(?:them|these|those)\b|"
    rf"(?:[\w\[\]-]+\s+){{0,3}}?\[?(?:{lower_pattern(DRONE_WORD.pattern)}))")
TOLD_BEFORE = Rule(
    "told_before",
    "Right before a count of drones: \"another\", \"a further\" (\"another 30 drones did not "
    "reach their targets\": a part of a count told before), \"struck by\" (\"the house was "
    "struck by two drones\": the drones that hit): no launch count (`extract.figures`, on the "
    "text before the number, so that the phrase still opens with its count); not \"another\" "
    "right after a verb of launching (\"March 2 brought another 260 drones\", \"Russia "
    "launched another 90 drones on Friday\": the count of another attack).",
    r"(?:\b(?<!\blaunched\s)(?<!\bsent\s)(?<!\bfired\s)(?<!\bbrought\s)(?<!\bunleashed\s)"
    r"another|\b(?:further|struck\s+by|hit\s+by))\s+$",
    matches=("another ", "a further ", "a building was struck by ", "was hit by ",
             "the air force said another "),
    rejects=("russia launched ", "the other ", "the city was attacked by ",
             "russia launched another ", "march 2 brought another "),
)
PROCURED_BEFORE = Rule(
    "procured_before",
    "Right before a count of weapons, a verb of buying, supplying or making them (\"Russia has "
    "ordered 2,400 drones from Iran\", \"bought as many as 500\", \"plans to produce 300 "
    "drones a month\"): a stock or an order, no launch count (`extract.figures`, on the text "
    "before the number).",
    r"\b(?:order(?:ed|s)?|b(?:ought|uys?|uying)|purchas(?:ed?|es|ing)|acquir(?:ed?|es|ing)|"
    r"receiv(?:ed?|es|ing)|suppl(?:y|ied|ies|ying)|deliver(?:ed|s|ing)?|produc(?:ed?|es|ing)|"
    r"manufactur(?:ed?|es|ing)|buil[dt]s?|building|s(?:old|ells?|elling)|ship(?:ped|s)?|"
    r"transfer(?:red|s)?|stockpiled?|"
    # aid: "the allies pledged 500 interceptor drones", "promised up to 1,000"
    r"pledg(?:ed?|es|ing)|promis(?:ed?|es|ing)|donat(?:ed?|es|ing)|allocat(?:ed?|es|ing))"
    r"\s+(?:(?:as\s+many\s+as|up\s+to|some|about|around|"
    r"nearly|almost|more\s+than|over|at\s+least|roughly|another|a\s+further|an\s+additional|"
    r"the\s+first)\s+)?$",
    matches=("tehran has sold ", "the army ordered as many as ", "the plant can produce ",
             "moscow bought ", "kyiv received up to ", "iran supplied ",
             "the allies pledged ", "berlin promised up to ", "a charity donated "),
    rejects=("russia launched ", "the enemy attacked with ", "air defence shot down ",
             "moscow ordered an attack with "),
)
APPROXIMATE_BEFORE = Rule(
    "approximate_before",
    "Right before a count: a round figure (\"nearly 300 drones\", \"more than 100\"): where the "
    "report also gives an exact count within a tenth of it (\"297 drones\"), that exact one is "
    "the tally and the round one no count of its own (`extract.events`).",
    r"\b(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|over|up\s+to|"
    r"close\s+to)\s+$",
    matches=("launched nearly ", "more than ", "with almost "),
    rejects=("launched ", "at least "),
)
AIR_FORCE_TALLY = Rule(
    "air_force_tally",
    "Ukraine's air force as the source of a sentence's weapon counts (\"the Ukrainian Air Force "
    "wrote that 212 drones had been fired\", \"the air force said\", \"according to the air "
    "force\"): its tally wins over a round count within a tenth of it that someone else told "
    "(\"the president cited an attack of 150 drones\"; `extract.events`).",
    r"\b(?:(?:ukraine['’]s|ukrainian|the)\s+air\s+force|air\s+force\s+(?:commander|command|chief|"
    r"spokes(?:man|woman|person)))\b",
    matches=("the ukrainian air force wrote that 212 drones had been fired at the country",
             "the air force said 60 drones were shot down", "according to the air force",
             "ukraine's air force said"),
    rejects=("the president cited an attack of 150 drones", "russia's air defence said",
             "the russian air force struck"),
)
HOSPITALISED_ONLY = Rule(
    "hospitalised_only",
    "A count of people in hospital told with no word of injury of its own (\"three were taken "
    "to hospital\", \"12 remain in hospital\"): after the report has counted "
    "its injured, a part of them, not more (lower-cased sentence).",
    r"^(?!.*\b(?:injur\w*|wound\w*|hurt|casualt\w*|more|another|other|additional|further)\b)"
    r".*\b(?:hospitali[sz]ed|in\s+(?:the\s+)?hospitals?|(?:taken|rushed|brought)\s+to\s+"
    r"(?:a\s+|the\s+)?hospitals?)\b",
    matches=("so in total, four people have been hospitalized.",
             "two of the victims were hospitalised at the regional clinic",
             "twelve people are currently in hospital, he added"),
    rejects=("four people were injured and hospitalized", "two more people were hospitalized",
             "the hospital was damaged"),
)
#: The people a part of a toll is told of: the dead, the injured, those in hospital.
_TOLL_GROUP = (r"(?:(?:people|persons|civilians|residents)\s+)?(?:dead|killed|injured|wounded|"
               r"hurt|victims|casualties|hospitali[sz]ed|in\s+hospital)\b")
PART_OF_TOLL = Rule(
    "part_of_toll",
    "A part of a toll told after it (\"Of the 41 people in hospital, nine are badly "
    "injured\", \"five of the 20 dead were children\", \"among those hurt, four are in a critical "
    "condition\", \"only seven bodies were identified\"): its counts, the group's as told again "
    "and the part's, are within the toll told before, never more of it (lower-cased sentence).",
    # a sentence opening on the group: "Of the 41 people in hospital, ...", "Among the injured,"
    rf"^\W*(?:of|among)\s+(?:the|those)\s+(?:(?:\d[\d,]*|{NUMBER_WORD})\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_TOLL_GROUP}[^,;.]{{0,30}},"
    # a count of the group: "five of the 20 dead", "three of the injured", "two of those hurt"
    rf"|\b(?:\d[\d,]*|{NUMBER_WORD})\s+of\s+(?:the|those)\s+(?:(?:\d[\d,]*|{NUMBER_WORD})\s+)?"
    rf"{_TOLL_GROUP}"
    # the people just counted told one by one: "One was treated at the scene and the other
    # taken to hospital", "one of them is in a serious condition, the others ..."
    r"|^\W*(?:one|the\s+first)\b(?:\s+of\s+them)?[^.;]{0,80}?\bthe\s+others?\b"
    # the dead identified so far: a part of those killed
    r"|\b(?:bodies|victims|dead)\b[^.;]{0,30}?\b(?:been|were|was)\s+identified\b"
    r"|\bidentified\s+(?:the\s+)?(?:bodies\s+of\s+)?(?:\d[\d,]*|\w+)\s+(?:of\s+the\s+)?"
    r"(?:bodies|victims|dead)\b",
    matches=("of the 41 people in hospital, nine are in a grave state",
             "among those hurt, four are in a critical condition",
             "of the injured, two were children",
             "five of the 20 dead were children", "three of the wounded are in hospital",
             "investigators said only three bodies were identified by noon",
             "investigators have identified 12 of the victims",
             "one received first aid and the other was hospitalized with a leg injury",
             "one of them was hurt badly, the others only slightly"),
    rejects=("of the drones launched, 40 were shot down", "five people were injured",
             "two of them were killed", "the bodies of six people were pulled from the rubble",
             "one of the four missiles hit the town",
             "one man was killed in kharkiv and another in sumy"),
)
RISE_FROM = Rule(
    "rise_from",
    "The old figure of a count told as changed \"from N to M\" (\"the toll has risen from 30 "
    "to 35\", \"the number of injured grew from 12 to 19\", \"was revised from four to "
    "six\"): the figure before the change, no figure of its own; blanked (group `old`), so "
    "that the phrase reads the new one.",
    rf"\b(?:rose|risen|rises|rising|increased|increases|increasing|climbed|climbs|grew|grown|"
    rf"grows|jumped|jumps|went\s+up|gone\s+up|revised|raised|updated|changed|corrected|"
    rf"reached|soared|swelled)\s+(?:(?:upwards?|again|sharply|overnight|further)\s+)?"
    rf"(?P<old>from\s+(?:{NUMBER}))(?=\s+(?:to|at)\s+(?:{NUMBER})\b)",
    matches=("the toll has risen from 30 to 35",
             "the number of injured grew from 12 to 19",
             "the count of the dead was revised upwards from four to six"),
    rejects=("drones flew from 9 p.m. to 5 a.m.", "the toll has risen to 35",
             "people moved from kyiv to lviv"),
)
#: A personal name: two to four capitalised words ("Anna Koval", "Lars Erik Holmqvist").
_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}"
NAMED_PEOPLE = Rule(
    "named_people",
    "People told by their names, then killed or hurt (\"Anna Koval was killed\", \"volunteer "
    "Ivan Sydor and his colleague Petro Marchuk were injured\", \"Oleh Hrytsenko died in the "
    "attack\"): one person each (group `n`: the names; `out`: the outcome). Died only of the "
    "attack or its wounds; the sentence as written (capitals tell a name).",
    # (not a place's name after a preposition: "residents of Stara Vyzhivka were injured")
    r"(?<!\b[Oo]f\s)(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Nn]ear\s)(?<!\b[Ff]rom\s)"
    rf"(?P<n>{_NAME}(?:\s*,\s*(?:[a-z-]+\s+){{0,3}}{_NAME}){{0,4}}"
    rf"(?:\s*,?\s+and\s+(?:[A-Z][a-z]+\s+)?(?:(?:his|her|their|[a-z-]+)\s+){{0,3}}{_NAME})?)"
    # a passive outcome only: "Kryvyi Rih killed 3" is a place's attack, no name's death
    rf"\s+(?:(?:(?:also\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
    rf"(?:(?:seriously|severely|badly|critically|lightly|slightly|fatally)\s+)?"
    rf"(?P<out>killed|injured|wounded|hurt))|(?P<died>died(?=\s+(?:on\s+the\s+spot|instantly|"
    rf"(?:later\s+)?(?:in|during|after|from|of|in\s+the\s+course\s+of)\s+(?:the\s+|a\s+|"
    rf"his\s+|her\s+)?(?:[\w-]+\s+){{0,2}}?(?:attack|strike|shelling|blast|explosion|"
    rf"bombing|wounds|injuries|hospital|rubble)\b))))\b",
    matches=("Anna Koval was killed when the missile hit",
             "volunteer Ivan Sydor and his colleague Petro Marchuk were injured",
             "Canadian volunteer Oleh Hrytsenko died in the attack",
             "Taras Bilyk, Olena Bilyk and Marta Bilyk were wounded"),
    rejects=("Russian forces killed two", "Anna Koval said two were killed",
             "Pope Francis died on Monday", "Three People Killed",
             "the attack on Kryvyi Rih killed three",
             "residents of Stara Vyzhivka were injured", "people near Nova Odesa were hurt"),
    lower=False,
)
NOT_A_PERSON_NAME = Rule(
    "not_a_person_name",
    "Capitalised words that make a run of them no person's name (\"the Kharkiv Regional "
    "Administration\", \"Air Force\", a month or a weekday, a title-case headline's "
    "words): no person counted by `NAMED_PEOPLE`.",
    r"\b(?:The|A|An|In|On|At|Of|And|For|To|By|As|With|Forces?|Army|Office|Service|Police|"
    r"Administration|Ministry|Guard|Council|Defen[cs]e|Command|Emergency|Military|Region|"
    r"Oblast|District|City|Ukraine|Russia|Russian|Ukrainian|Kremlin|President|Governor|Mayor|"
    r"Minister|Head|Chief|General|Strike|Attack|Drone|Missile|People|Civilians?|Children|"
    r"Residents|Soldiers|Troops|Killed|Injured|Dead|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
    r"Ten|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Update|Updated|News|"
    r"Agency|Reuters|Press|Company|Group|University|School|Hospital|Street|Square|Avenue|"
    r"Plant|Station|Centre|Center|Bank|National|State|Regional|Air|Navy|Staff)\b",
    matches=("Kharkiv Regional Military Administration", "Air Force", "Three People"),
    rejects=("Anna Koval", "Lars Erik Holmqvist"),
    lower=False,
)
#: A relative clause after one person's noun, before the verb of the outcome ("a woman who was
#: walking her dog was killed", "a girl who was visiting her grandmother died"): it tells who
#: the one was; blanked (group `clause`) so that the noun reaches its verb. Not a clause that
#: itself tells an outcome ("a man who was wounded ... died": `died_after_wounds`).
RELATIVE_OF_ONE = Rule(
    "relative_of_one",
    "A relative clause between one person's noun and the verb of the outcome (\"a woman who "
    "was walking her dog was killed\", \"a girl who was visiting her grandmother died\"): blanked "
    "(group `clause`).",
    rf"\b(?:an?|another)\s+(?:[a-z-]+\s+)?{PERSON_NOUN}\s+(?P<clause>who\s+(?:(?!killed|died|"
    rf"dead|injured|wounded|hurt|and\b|but\b|said\b|says\b|told\b|that\b)[^,.;:])"
    # the clause ends on no auxiliary of the outcome ("a man who was | wounded")
    rf"{{1,60}}?)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bhad)(?<!\bhas)(?=\s+(?:(?:was|has\s+been|had\s+been|were)\s+)?(?:(?:seriously|"
    rf"severely|badly|critically|fatally)\s+)?(?:killed|died|injured|wounded|hurt)\b)",
    matches=("a woman who was walking her dog was killed",
             "a girl who was visiting her grandmother died",
             "a man who lived on the fifth floor was injured"),
    rejects=("a man who was wounded in the shelling died in hospital",
             "a woman who saw the strike said two were killed"),
)
NAME_SEPARATOR = Rule(
    "name_separator",
    "What stands between two names of a `NAMED_PEOPLE` list (\", \", \" and \", \", and \"): "
    "one more person for each.",
    r"\s*,\s*(?:and\s+)?|\s+and\s+",
    matches=(", ", " and ", ", and "),
    rejects=(" ",),
    lower=False,
)
APPOSITION = Rule(
    "apposition",
    "An aside before a plural verb that tells in a singular's words who the people just "
    "counted were (\"two residents, an old man and his wife, were killed\", \"three men, one "
    "of them a driver, were hurt\"): part of the count, no count of its own; blanked where "
    "`COUNT_BEFORE_ASIDE` ends right before it.",
    # ", many of them elderly,": who the people counted were, by a part of them
    r",\s+(?:(?:a|an|one|both|each)\s+|(?:many|most|some|all|several|half|nearly\s+all|"
    r"almost\s+all)\s+of\s+(?:them|whom)\s+)[^,.;:]{1,60},"
    r"(?=\s+(?:were|have\s+been|had\s+been)\b)",
    matches=("two residents, an old man and his wife, were killed",
             "31 people, some of them pensioners, were injured",
             "40 people, most of them women, have been wounded",
             "three men, one of them a driver, were hurt",
             "two of our neighbours, an old couple, have been injured"),
    rejects=("two people were killed, a man and a woman",
             "a man, 45, was injured", "two drones, one of which hit a house, fell"),
)
COUNT_BEFORE_ASIDE = Rule(
    "count_before_aside",
    "A count of people and up to three more words, ending where an `APPOSITION` aside begins "
    "(\"two residents\", \"two of our neighbours\"): the count the aside is part of.",
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+$",
    matches=("two residents", "three men", "two of our neighbours"),
    rejects=("a man", "the residents", "the homes of two"),
)
DIED_TOLD = Rule(
    "died_told",
    "A death told with \"died\", not \"killed\" (\"one resident died after the shelling\"): "
    "a wounded person's death told right after it is the same death told again "
    "(`extract.events._death_told_again`).",
    r"\b(?:died|dies|has\s+died|passed\s+away)\b",
    matches=("sadly, one resident died after the shelling", "the woman has died in hospital",
             "an elderly man passed away overnight"),
    rejects=("two people were killed", "the diesel depot burned"),
)
AGE_OF_ONE = Rule(
    "age_of_one",
    "The age that names one person (\"a 39-year-old man\"): a death told of a person of the "
    "same age is that person's, not one more (`extract.events._death_told_again`).",
    r"\b\d{1,3}-year-old\b",
    matches=("a 39-year-old man was wounded", "the 52-year-old woman died"),
    rejects=("a man aged 39 was wounded", "he was 39 years old"),
)
PERFECT_COUNT = Rule(
    "perfect_count",
    "A count told in the perfect as reached (\"has already shot down\"), opening a match of "
    "`weapon_period`: its one alternative that the sentence's own night makes that night's "
    "count so far (`extract.figures._weapon_period`).",
    r"(?:has|have)\s",
    matches=("has already shot down", "have so far launched"),
    rejects=("altogether russia has used", "had already launched", "in 2024"),
    use="match",
)
BREAKDOWN_AFTER = Rule(
    "breakdown_after",
    "Right after a casualty count, its breakdown by place opening (a dash or a colon, maybe "
    "after the count's noun: \"троє людей – в Ізюмі двоє, ...\"): the parts stand, the count "
    "goes (`extract.figures._without_breakdown_totals`; on the sentence as written).",
    r"\s*(?:[\w'’ʼ-]+\s*)?(?:[–—:]|\s-\s)",
    matches=(" людей – у Балаклії двоє", ": у Харкові", " осіб - в Ізюмі", " people — two in Sumy"),
    rejects=(" людей у Харкові", ", у Харкові", " were hurt in Sumy"),
    lower=False, use="match",
)
ELIDED_ONE_MORE = Rule(
    "elided_one_more",
    "One more person of the toll just told, its verb left out: \"one man died in the town, "
    "another in the village\", \"..., and a third in the city\", \"injured one civilian in A "
    "and another near B\" (each adds one to that toll, `extract.figures._elided_one_more`); "
    "not a clause with a verb of its own (\"and another in the car was hurt\").",
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<one>another|a\s+(?:second|third|fourth|fifth))"
    r"(?:\s+one)?\s+(?:in|at|near|outside|when|while|during|after|from)\s"
    # the elided clause runs to a comma, a stop or "and": no verb of its own in it
    r"(?![^,.;]*?\b(?:was|were|is|are|has|have|had|been|said|says)\b)",
    matches=("one woman died as the market was shelled, another in a strike on the depot",
             "one person was killed in the city, and another outside it",
             "injured one civilian in the village, and a second near the bridge",
             "one woman was hurt in the market and another at the station"),
    rejects=("one man was killed, and another in the car was hurt",
             "one man was killed, and another was injured",
             "one person was killed and another man in the village was wounded",
             "killed one person and injured another in the city",
             "two were killed in a strike on a school, and another on a hospital"),
)
SAME_NUMBER = Rule(
    "same_number",
    "A toll told as the same count as the other toll just told (\"two people were killed and "
    "the same number were injured\", \"three died and as many were wounded\", \"an equal "
    "number were hurt\"): the count of the toll told last before it in the sentence, for the "
    "kind its verb names (`extract.figures._same_number`). Not a count of anything else "
    "(\"the same number of drones\").",
    r"\b(?:(?:the\s+)?same\s+number|an\s+equal\s+number|as\s+many)"
    r"(?:\s+(?:of\s+)?(?:people|others|civilians|residents))?"
    r"\s+(?:(?:were|was|have\s+been|had\s+been|got|being)\s+)?"
    r"(?:(?:seriously|severely|badly|lightly|slightly|critically)\s+)?"
    r"(?P<kind>injured|wounded|hurt|killed|died)\b",
    matches=("two people were killed and the same number were injured",
             "three died and as many were wounded in the strike",
             "one man was killed and the same number of people hurt",
             "four were killed and an equal number were seriously injured"),
    rejects=("the same number of drones were shot down",
             "as many as 20 people were injured",
             "the strike killed as many people as possible",
             "an equal number were displaced"),
)
VICTIMS_DEAD_PART = Rule(
    "victims_dead_part",
    "Right after a count of victims, its dead told as a part of it (\", including two dead\", "
    "\", of whom two died\", \": among them three killed\"; lower-cased text from the count's "
    "end): the victims are the dead and the injured together, so the dead are killed and the "
    "rest injured (`extract.figures._victims_with_dead`), not all of them injured.",
    rf"\s*(?:victims|casualties)?[^.;]{{0,30}}?[,:(]\s*(?:including|among\s+them|"
    rf"of\s+(?:them|whom))\s+{N}\s+(?:(?:people|persons|civilians)\s+)?(?:(?:who\s+)?"
    r"(?:(?:later\s+)?died|were\s+killed)|dead|killed|fatalities|deaths)\b",
    matches=(" victims, including two dead, the city said", " victims, of whom two died",
             " victims: among them three killed", " (including one killed)"),
    rejects=(" victims, including two children", " victims, of whom two were hospitalised",
             " victims. two of them died"),
    use="match",
)
#: Between a toll and its elided "another in B": a thing told with an indefinite article ("two
#: were hurt when a drone hit a house in A, and another in B"): "another" is that thing (a
#: second house), not a person of the toll (`extract.figures._elided_one_more`).
ONE_MORE_THING_BETWEEN = Rule(
    "one_more_thing_between",
    "A thing told with an indefinite article between a toll and its elided \"another in B\" "
    "(\"when a drone hit a house in A, and another in B\"): \"another\" is one more of that "
    "thing, no person (`extract.figures._elided_one_more`).",
    r"\ban?\s+(?!(?:second|third|fourth|fifth|man|woman|boy|girl|child|person|resident|"
    r"civilian|teenager|pensioner)\b)\w",
    matches=(" were injured when a drone hit a house in the town,",
             " died after an apartment block was struck in the city",
             " was hurt as a missile struck a school"),
    rejects=(" died as the market was shelled,", " was killed in the city,",
             " died when a man was hit in the town,", " in the village,"),
    use="search",
)
#: A drone named by its type or model ("Geran-2s", "Lancets", "FPV", "Shahed-136"), or told
#: as of no known type ("unknown", "unidentified"): an item of a list of drones by type.
_DRONE_TYPE = (r"(?:shahed|geran|gerbera|lancet|molniya|orlan|zala|supercam|italmas|kub|"
               r"forpost|mohajer|fpv|garpiya|unknown|unidentified|unspecified)[\w-]*")
#: A type told as not known: "unknown", "as-yet-unidentified", "other".
_NO_KNOWN_TYPE = r"(?:[\w]+-)*(?:unknown|unidentified|unspecified|other)\s+types?\b"
_TYPED_DRONE = (rf"(?<![\w-])(?:{NUMBER})\s+(?:(?:[\w-]+\s+){{0,2}}?{_DRONE_TYPE}"
                r"(?:[\s-]+(?:type\s+)?(?:attack\s+|strike\s+|kamikaze\s+)?(?:drones?|uavs?)\b)?|"
                # "two more drones of an as-yet-unknown type"
                r"(?:(?:additional|more|further|other)\s+)?(?:drones?|uavs?)\s+of\s+(?:an?\s+)?"
                rf"{_NO_KNOWN_TYPE}|of\s+(?:an?\s+)?{_NO_KNOWN_TYPE})")
#: One item of `DRONES_BY_TYPE` (group `n`, its count), to read the list's counts one by one.
TYPED_DRONE_COUNT = re.compile(_TYPED_DRONE.replace(f"(?:{NUMBER})", f"(?P<n>{NUMBER})", 1))
DRONES_BY_TYPE = Rule(
    "drones_by_type",
    "Drones counted type by type in one list (\"two Geran-2, one FPV and three unknown drones\", "
    "\"3 Lancets, 2 Molniya drones and 4 drones of unidentified type\"): the drones are the sum "
    "of its counts (`extract.figures`), as a list of lines by type is in Ukrainian; not a list "
    "of drones that hit (\"... and three FPV drones struck the village\").",
    rf"{_TYPED_DRONE}(?:\s*,\s*{_TYPED_DRONE}){{0,8}}?\s*,?\s+and\s+{_TYPED_DRONE}"
    r"(?!(?:[\s-]+(?:type|types|drones?|uavs?|attack|strike|kamikaze)\b)*"
    r"\s+(?:have\s+|had\s+|were\s+|also\s+)*(?:hit|struck|slammed|crashed)\b)",
    matches=("the enemy used two geran-2, one fpv and three unknown drones",
             "attacked with 3 lancets, 2 molniya drones and 4 drones of unidentified type",
             "launched one shahed, two gerbera uavs, and five of an unknown type",
             "sent four molniya-type uavs, two fpv drones, and one more drone of a "
             "still-unknown type"),
    rejects=("russia launched 300 shahed drones, 200 decoys and 40 missiles",
             "two shahed drones and three fpv drones hit the village",
             "russia launched 90 drones and 40 missiles"),
)
