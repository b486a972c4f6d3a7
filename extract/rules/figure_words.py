"""Figure words: the named pieces figure phrases are built from (counts, people, outcomes,
weapons, shooting down), and the topic words a sentence must name for a field to be read.

Pieces are regex sources written as if case-insensitive (`figure_phrases` lower-cases them);
the ones with a vocabulary of their own are also `Rule`s, so their examples are tested.
"""

from __future__ import annotations

from extract.numbers import COUPLE, NUMBER, QUALIFIER, RELATIVE
from extract.rules import Rule

#: After a count: what makes it no count of people or weapons (years, distances, money, times).
NOT_A_COUNT = (r"(?![\w,]*\s*(?:-|\s)?(?:years?|yrs?|year-old|km|kilomet|miles?|metres?|meters?|"
               r"m\b|hours?|minutes?|mins?|days?|weeks?|months?|%|per\s?cent|percent|a\.m|"
               r"p\.m|am\b|pm\b|o'clock|tons?|tonnes?|billion|million|bn|euros?|dollars?|"
               r"hryvnias?|times|kg|storeys?|floors?|th\b|st\b|nd\b|rd\b|sq|"
               # "11 Shahed one-way attack drones": a kind of drone, no count
               r"way\b|"
               # a day told before its month: "overnight into 8 November"
               r"(?:january|february|march|april|june|july|august|september|october|"
               r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|"
               r"may\b(?!\s+(?:have|has|be|not|also|still|well|never|yet)\b)))")
#: Before a count: part of a name or a time ("X-22", "Kh-101", "00:38", "Su-25"), a negation
#: ("no one was hurt", "not one drone"), an age ("a child as young as two had died"), or a day
#: of a date ("April 9 - The death toll"). A period before it is a decimal point only after a
#: digit: "shelled the centre.5 people were killed" is a sentence run on without a space. A
#: dash after a space or a bracket opens a wire story's text: "KYIV (Reuters) -A boy was killed".
NOT_AFTER = (r"(?:(?<![\w:,/-])|(?<=[\s)]-))(?<![\d.]\.)"
             r"(?<!\bno\s)(?<!\bnot\s)(?<!\byoung\sas\s)(?<!\bold\sas\s)"
             # "a mother of three was killed": her children, no count of the dead
             r"(?<!\bmother\sof\s)(?<!\bfather\sof\s)(?<!\bparent\sof\s)"
             + "".join(rf"(?<!{m}\s)" for m in ("ary", "rch", "ril", "may", "une", "uly", "ust",
                                                "ber", "jan", "feb", "mar", "apr", "jun", "jul",
                                                "aug", "sep", "oct", "nov", "dec"))
             + "".join(rf"(?<!{m}\.\s)(?<!{m}\s)" for m in ("sept", "jan", "feb", "mar",
                                                               "apr", "aug", "sep", "oct",
                                                               "nov", "dec")))
#: After a count: "Twenty-three of the dead", "18 of the wounded": a part of a count told
#: elsewhere.
NOT_A_PART = (r"(?!\s+of\s+(?:the|them|those)\s+"
              # "one of the children killed was five years old"
              r"(?:(?:children|people|civilians|women|men|residents)\s+)?"
              r"(?:dead|killed|injured|wounded|victims|casualties)\b"
              # "one of the biggest death tolls", "one of the most lethal": a rank, no count
              r"|\s+of\s+the\s+(?:\w+est|most|worst)\b)")
#: A count (group `n`, or `m` for a second one in the same phrase).
#: A plus sign after digits is an open count, its number the figure ("90+ drones": 90, as "more
#: than 90" is).
N = rf"{QUALIFIER}{NOT_AFTER}(?P<n>{NUMBER})(?:(?<=\d)\+)?{NOT_A_COUNT}{NOT_A_PART}"
N2 = rf"{QUALIFIER}{NOT_AFTER}(?P<m>{NUMBER})(?:(?<=\d)\+)?{NOT_A_COUNT}{NOT_A_PART}"
ATTACK_NOUN = Rule(
    "attack_noun",
    "A word for attacks or strikes: a count of them is no count of people (\"58 rocket "
    "attacks, causing injuries to civilians\" gives no injured figure), so no word between a "
    "casualty count and its outcome (`GAP`) may be one.",
    r"(?:(?:air-?)?strikes?|attacks?|raids?|shellings?|bombardments?|barrages?|assaults?|"
    # "in these two events, a man was killed": a count of events, not of people
    r"salvos?|sorties|events|incidents)\b",
    matches=("58 rocket attacks", "twelve airstrikes", "four shellings", "60 air strikes",
             "these two events", "three incidents"),
    rejects=("58 people", "the attackers", "strikers"),
)
#: Up to four words between a number and what it counts, none of them a number or an outcome,
#: nor an attack (`ATTACK_NOUN`: "58 rocket attacks, causing injuries" counts attacks), nor a
#: word that opens another clause or denies the outcome: "hit 14 villages, where a man was
#: hurt" and "9 impacts without casualties" count villages and impacts, not people.
GAP = (r"(?:\s+(?!(?:killed|dead|died|injured|wounded|hurt|and|but|while|including|as|after|"
       # "30 civilians, eleven of whom were wounded": the part is the count (`OF_WHOM`)
       rf"among|whom|where|without)\b)(?!{ATTACK_NOUN.pattern})[\w'’-]+,?){{0,4}}?")
#: The people's ages told by decade between them and what befell them: "a man in his 70s was
#: killed", "a married couple in their 40s were killed", "two women, both in their sixties,
#: were hurt" (`GAP` alone would count its words, and the "40s" would end it).
AGE_DECADE = (r"(?:,?\s+(?:(?:both|all|aged|each)\s+)?in\s+(?:his|her|their)\s+"
              r"(?:early\s+|late\s+|mid-?)?(?:\d0['’]?s|[a-z]+ties)\b,?)?")
#: "eleven of whom were wounded": a part told of people counted before it, the casualty count.
OF_WHOM = r"(?:\s+of\s+whom)?"
#: Up to three words between a count and "drones"/"missiles" ("111 Shahed attack drones"); not
#: "more": "one more drone returned to Russia" is a part of a count told before; nor a
#: preposition or "caused": "three explosive devices from UAVs", "ten blasts caused by drones"
#: count what the drones dropped or did, not drones.
CGAP = (r"(?:[\s-]+(?!(?:of|and|or|with|including|plus|as|a|an|the|after|before|when|killed|"
        r"injured|wounded|dead|hurt|more|from|by|caused|in|on|at|into)\b)(?!\d)[\w-]+){0,3}?")
#: A count in words up to ninety (to tell a word that is no count from one that is).
NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
#: Up to three words between a shot-down count and its weapon, none of them another weapon, a
#: number or a conjunction: "shot down 59 missiles and 54 drones" gives 59 missiles, 54 drones.
#: Nor "of" before a number: "one of four missiles" is a part of a count (`*_of_launched_*`).
WGAP = (r"(?:[\s-]+(?!(?:and|or|plus|missiles?|drones?)\b)(?!\d)"
        rf"(?!of\s+(?:\d|{NUMBER_WORD}\b))"
        # a word in quotes: 'three Shahed "kamikaze" drones'
        r"(?:[\"“«'‘](?=\w))?[\w-]+(?:[\"”»'’](?!\w))?)"
        r"{0,3}?")
#: "112 targets were shot down, including 48 missiles and 64 drones"
INCLUDING = r"(?:,?\s+including)?"
#: "215 missiles and drones": one count for both weapons (not "85 Shahed and decoy drones")
AND_MISSILES = r"\s+(?:and|or|&)\s+missiles?\b"
AND_DRONES = r"\s+(?:and|or|&)\s+(?:attack\s+)?drones?\b"

PEOPLE = Rule(
    "people",
    "People counted by a plural or a noun for one person (civilians, rescuers, a woman).",
    r"(?:people|persons?|civilians?|residents?|children|child|kids|men|women|man|woman|"
    r"(?:security\s+)?guards?|officers?|firefighters?|farmers?|doctors?|nurses?|teachers?|"
    r"boys?|girls?|teenagers?|pensioners?|others?|police(?:m[ae]n|wom[ae]n)|police\s*(?:officers|men)?|"
    r"rescuers?|medics?|workers?|volunteers?|employees?|journalists?|passengers?|"
    r"victims?|individuals?|family members|infants?|babies|baby|elderly|adults?)",
    matches=("three civilians", "two rescuers", "family members", "two children and an adult",
             "a policeman"),
    rejects=("three drones", "two buildings"),
)
PERSON = (rf"(?:{PEOPLE.pattern}|{RELATIVE}s?|\d+-year-olds?|[a-z]+-year-olds?|drivers?|pilots?|"
          r"guards?|pedestrians?|passers-by|passer-by|cyclists?|students?|priests?|shopkeepers?|"
          r"sellers?|vendors?|saleswom[ae]n|salesm[ae]n|janitors?|cleaners?|fisherm[ae]n|"
          r"electricians?|engineers?|couriers?|postm[ae]n|miners?)")
#: Soldiers as a list of people names them beside others ("two Ukrainian soldiers and two
#: civilians were wounded"): a member of the list, whose count `figures` gives to the soldiers'
#: toll (`SOLDIERS`, `OWN_SOLDIERS`), the others' to the strike's.
LIST_SOLDIER = (r"(?:soldiers?|servicem[ae]n|servicewom[ae]n|service\s*members?|troops|"
                r"(?:military\s+)?personnel|border\s+guards?|marines?|defenders)")
#: A member of a list of people: a person (`PERSON`) or a soldier (`LIST_SOLDIER`).
LIST_PERSON = rf"(?:{PERSON}|{LIST_SOLDIER})"
#: "two women and a child", "a 7-year-old girl and a 17-year-old": counted people listed
#: together, their counts added up (`figures._list_total`).
COUNTED = rf"(?:(?:{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?{LIST_PERSON}|{COUPLE})"
#: A member after the first may open with a possessive before its count ("a man and his two
#: daughters", "a woman and her three sons"): the kin of the first, counted with it.
COUNTED_NEXT = rf"(?:(?:his|her|their)\s+)?{COUNTED}"
PEOPLE_LIST = (rf"(?P<n>{COUNTED}(?:\s*,\s*{COUNTED_NEXT}){{0,8}}\s*,?\s+and\s+"
               rf"{COUNTED_NEXT})\b")

KILLED_WORD = Rule(
    "killed_word",
    "A word of death (not \"deadliest\").",
    r"(?:killed|dead|died|dies|die|slain|deaths?|fatalit(?:y|ies)|fatally\s+\w+|"
    # "a man lost his life", "another individual lost their life": one death, in a verb phrase
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|perished|bodies|"
    # "one woman succumbed to her injuries": a death
    r"succumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:injuries|wounds))\b",
    matches=("two people were killed", "three lost their lives", "fatally wounded",
             "a man lost his life", "another individual lost their life",
             "one fatality", "one woman succumbed to her injuries"),
    rejects=("the deadliest attack", "two were wounded"),
)
INJURED_WORD = Rule(
    "injured_word",
    "A word of injury, including being taken to hospital; not \"casualties\", the dead and the "
    "injured together (\"three casualties\" tells no injured count; a toll of casualties as it "
    "stands is read as victims: `figure_phrases.VICTIMS_ROSE_TO`).",
    # "wound" the noun after the verb that gives it ("sustained a shrapnel wound"), one word
    # of its kind between; never "wound" alone, the verb of winding ("wound up")
    r"(?:injured|wounded|wounds|hurt|injuries|injury|hospitali[sz]ed|"
    r"(?:sustain|suffer|receiv)\w*\s+(?:an?\s+)?(?:[\w-]+\s+)?wound|"
    # the harm named after the verb that gives it, up to three words of its kind between: "a
    # man suffered a blast injury", "sustained numerous shrapnel wounds", "suffered burns", "was
    # diagnosed with a concussion"
    r"(?:sustain|suffer|receiv)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:wounds|injury|injuries|"
    r"burns|concussion)|"
    r"diagnosed\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:wounds?|injury|injuries|burns|"
    r"concussion|trauma)|"
    # taken to hospital by any verb of it ("have been sent to the hospital", "were admitted
    # to a hospital"): not "transferred", "discharged" (people already counted)
    # ("brought to district hospitals", "rushed to the city's children's hospital")
    # (the auxiliary may be read before: "have been taken")
    r"(?:(?:were|was|been)\s+(?:\w+\s+)?)?(?:taken|rushed|sent|admitted|brought)\s+to\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?hospitals?)\b",
    matches=("five were injured", "two were rushed to hospital",
             "three have been sent to the hospital", "two men were admitted to a hospital",
             "eleven were brought to two district hospitals",
             "a man sustained a shrapnel wound", "a woman suffered a blast injury",
             "the driver sustained numerous shrapnel wounds", "a boy suffered burns",
             "the teacher was diagnosed with a deep wound"),
    rejects=("two were killed", "the hospital was hit", "the talks wound up",
             "three casualties"),
)
_OPEN_QUOTES = "\"“«'‘"
_DRONE_NAMES = (r"drones?|UAVs?|Shaheds?|Geran(?:-2)?s?|unmanned\s+aerial\s+vehicles?|"
                # "gunners downed 18 unmanned aircraft", "unmanned aerial systems"
                r"unmanned\s+(?:aerial\s+)?(?:aircraft|systems?)|"
                # "17 barrage munitions were launched": loitering munitions by their other name
                r"(?:loitering|barrage)\s+munitions?|kamikaze\s+drones?")
_CLOSE_QUOTE = r"(?:[\"”»'’](?!\w))?"
#: After a drone's name, a noun that makes the compound a place or a crew, not a drone: "a
#: drone-control center", "three drone depots", "drone operators" (no drone shot down or sent).
NOT_A_DRONE_AFTER = (r"(?![-\s]+(?:control|launch(?:ing)?\s+(?:sites?|pads?|points?)|"
                     r"operators?|production|factor(?:y|ies)|plants?|workshops?|depots?|"
                     r"warehouses?|storage|cent(?:er|re)s?|bases?|hubs?|units?|crews?|teams?|"
                     r"schools?|assembly|manufactur\w*)\b)")
DRONE_WORD = Rule(
    "drone_word",
    "An attack drone by any of its names (not a compound that names a place or a crew: \"a "
    "drone-control center\", \"drone depots\").",
    # a name in quotes: "shot down 747 \"Shaheds\"", "40 «Geran» drones"
    rf"(?:[\"“«'‘](?=\w))?(?:{_DRONE_NAMES}){NOT_A_DRONE_AFTER}{_CLOSE_QUOTE}",
    matches=("111 Shahed drones", "20 Geran-2s", "unmanned aerial vehicles",
             "shot down 747 \"shaheds\"", "gunners downed 18 unmanned aircraft",
             "17 barrage munitions"),
    rejects=("missiles", "aircraft", "a drone-control center", "drone depots"),
)
#: `DRONE_WORD` with each opening quote (`_OPEN_QUOTES`, its class) a branch of its own, so
#: that every branch opens on one given character: the same matches, but a pattern that starts
#: with it is searched for by those first characters (re skips ahead to them), which an
#: optional group in front denies it.
DRONE_WORD_FIRST = ("(?:" + "".join(rf"{q}(?=\w)(?:{_DRONE_NAMES})|" for q in _OPEN_QUOTES)
                    + rf"{_DRONE_NAMES}){NOT_A_DRONE_AFTER}{_CLOSE_QUOTE}")
MISSILE_WORD = Rule(
    "missile_word",
    "A missile by any of its names or models.",
    r"(?:[\"“«'‘](?=\w))?(?:missiles?|Iskanders?(?:-[MK])?|Kalibrs?|Kinzhals?|Kh-\d+s?|"
    r"S-300s?|Tochka(?:-U)?s?|Zircons?|Oniks)(?:[\"”»'’](?!\w))?",
    matches=("two Iskander-M", "four Kh-101s", "a cruise missile", "4 “Iskander-K” missiles"),
    rejects=("drones", "rockets"),
)
DOWN_VERB = Rule(
    "down_verb",
    "Shooting down, intercepting or jamming: a count after it is of weapons shot down.",
    r"(?:shot\s+down|shoot\s+down|shooting\s+down|shoots\s+down|downed|downing|intercepted|"
    r"intercepting|intercepts?\b|destroyed|destroying|destroys|destroy|neutrali[sz]ed|"
    # the verb's other forms: "managed to neutralise 98 drones", "forces eliminate 40"
    r"neutrali[sz](?:e|es|ing)|eliminat(?:e|es|ing)|suppress(?:es|ing)?|"
    # a headline's present tense: "Ukraine downs 40 drones" (not "shutdowns", "lockdowns")
    r"downs(?<=\bdowns)|"
    r"suppressed|repelled|jammed|eliminated|"
    # "reported bringing down 164 drones", "brings down 45", "had taken down 60"
    r"(?:took|tak(?:e|es|ing|en)|brought|bring(?:s|ing)?)\s+down|"
    # "12 drones had been taken out", "forces took out 9 drones"
    r"taken\s+out|took\s+out|"
    # "12 were lost locally", "41 drones were lost to location" (electronic warfare)
    r"lost\s+(?:locally|to\s+(?:electronic|location|radar)|from\s+radar)|"
    # the noun ("reported the destruction or suppression of 16 drones", as "the downing of";
    # "destruction of" alone only before a count of drones: "reported the destruction of 35
    # attack drones", not "the destruction of 12 houses")
    r"(?:destruction\s+(?:or|and)\s+suppression|interception|suppression)\s+of|"
    r"destruction\s+of(?=\s+(?:(?:more\s+than|at\s+least|over|about|nearly|almost)\s+)?"
    rf"(?:\d[\d,]*|{NUMBER_WORD})\s+(?:(?!(?:by|from|with|after|in|of)\b)[\w-]+\s+){{0,3}}?"
    r"(?:drones?|uavs?|shaheds?)\b))",
    matches=("air defence shot down 40", "12 were lost locally", "neutralised 30",
             "the destruction or suppression of 16", "confirmed the interception of 12",
             "41 drones were lost to location", "ukraine downs 40 drones",
             "ukraine destroys 30 drones", "they managed to destroy 8 of 12 drones",
             "air defence took out 9 drones", "7 drones had been taken out",
             "officials confirmed the destruction of 30 attack drones",
             "forces managed to neutralise 98 drones", "units were able to eliminate 40",
             "forces reported bringing down 164 drones", "air defence brings down 45",
             "the air force had taken down 60"),
    rejects=("drones struck", "launched 40", "after the shutdowns 40",
             "the destruction of 12", "the destruction of 12 houses by drones",
             # the nouns: a count of interceptions (of any weapon), of interceptor drones
             "the crews logged 70 interceptions that night", "150 interceptor drones"),
)

#: Topic words: a figure of a field is read only in a sentence that names its topic (a drone
#: count needs a drone word, a death toll a word of death). Lower case, substrings.
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "drones": ("drone", "uav", "shahed", "geran", "unmanned", "loitering", "barrage munition"),
    "missiles": ("missile", "iskander", "kalibr", "kinzhal", "kh-", "s-300", "tochka", "zircon",
                 "oniks"),
    "killed": ("kill", "dead", "died", "dies", "die ", "slain", "death", "fatal", "lives",
               "perish", "bodies", "body", "succumb",
               # "a man lost his life" (`KILLED_WORD`)
               "lost his life", "lost her life", "lost their life",
               # "the toll from the strike has risen to 23" (`KILLING_COUNT`)
               "toll"),
    # "sought medical help", "turned to doctors": people a strike hurt (`COUNT_SOUGHT_HELP`)
    "injured": ("injur", "wound", "hurt", "hospital", "casualt", "medical help",
                "medical assist", "medical care", "medical aid", "medical atten",
                "medical treat", "turned to doctors", "turned to medics"),
    # a toll of victims, killed or injured as the report's earlier toll was
    "victims": ("victim", "casualt"),
}
