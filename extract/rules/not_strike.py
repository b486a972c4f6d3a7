"""Not-a-strike contexts: sentences and places that speak of attacks without reporting one.

Sentence readings (lower-cased sentence): diplomacy, negations and alerts, ground fighting,
hypotheticals, background, Russian targets. Place contexts (the text around one place, as
written): where something came from or went to, landmarks, governments, titles, datelines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.rules import Rule, lower_pattern
from extract.rules.date_phrases import MONTH_NAMES
from extract.rules.place_contexts import SETTLEMENT_KIND_AFTER

# --- What a sentence is about -------------------------------------------------------------

DIPLOMACY = Rule(
    "diplomacy",
    "Talks, visits, sanctions, arrests and trials, traded blame: no strike reported.",
    r"\b(?:talks|negotiat\w+|summit|visit(?:ed|ing|s)?|meeting|met\s+with|pact|treaty|"
    r"sanctions|agreement|election|referendum|ceasefire\s+talks|peace\s+(?:plan|deal|talks)|"
    r"press\s+conference|interview|speech|embassy|ambassador|diplomat\w*|"
    # arrests and trials: "detained a man suspected of passing air defence positions"
    r"detained|arrested|suspected\s+of|sentenced|convicted|charged\s+with|treason|espionage|"
    # "Moscow and Kyiv traded blame for shelling around the plant"
    r"traded\s+blame|blamed\s+each\s+other|accused\s+each\s+other)\b",
    matches=("Leaders met with Zelensky in Kyiv to discuss drones.",
             "Police detained a man suspected of spotting targets."),
    rejects=("A drone hit a house in Sumy.", "The visitor centre was damaged."),
)
#: A power, heat or water outage a strike left ("were partially blacked out", "was left without
#: power", "de-energized"): where it is told, not where the strike hit.
_OUTAGE = (r"(?:without\s+(?:\w+\s+)?(?:power|electricity|heating|heat|water|light)|"
           r"blacked\s+out|black-?outs?|de-?energi[sz]ed|power\s+(?:cuts?|outages?)|outages?|"
           r"plunged\s+into\s+(?:\w+\s+)?(?:darkness|blackout))")
#: The strike named as the cause of something else ("due to enemy attacks", "as a result of
#: the strike"), told without a target of its own or on the grid in general ("attacks on energy
#: facilities"): a strike told on its target ("after the attack on Odesa", "due to the attack on
#: energy facilities in the Lviv region", "on the city's grid") says where it hit.
_CAUSE = (r"(?:after|following|because\s+of|due\s+to|as\s+a\s+result\s+of|caused\s+by|"
          r"in\s+the\s+wake\s+of)\s+(?:(?:the|a|an|these|those|this|that|enemy|enemy's|"
          r"russia's|russian|recent|latest|overnight|massive|repeated|night's|last|new|drone|"
          r"missile)\s+){0,3}(?:strikes?|attacks?|shelling|bombardment)\b"
          r"(?!\s+(?:on|against|in|at|near|of)\b(?!\s+(?:the\s+)?(?:(?:energy|power|"
          r"critical|civilian|electricity)\s+)?(?:facilities|infrastructure|grid|system|"
          r"sites?|objects?)\b(?!\s+(?:in|of|near|at|on)\b)))")
#: Words of a strike's own act or harm: an outage told with them is no mere outage.
_HARM = r"\b(?:hit|hits|struck|killed|injured|wounded|damaged|destroyed|shelled|attacked)\b"
NOT_EVIDENCE = Rule(
    "not_evidence",
    "Strike words that are no evidence of a strike here: negations, overflight, air-raid "
    "alerts, traded blame, strikes named as the cause of something else. Blanked first.",
    r"\b(?:(?:was|were|has|have|had|been)\s+not\s+(?:been\s+)?(?:targeted|hit|struck|attacked|"
    r"damaged|shelled)|no\s+(?:\w+\s+)?(?:damage|hits|strikes|impacts?|destruction|casualties|"
    r"injuries|dead|deaths|drones|missiles|attacks)|without\s+(?:\w+\s+)?(?:damage|casualties|"
    r"injuries)|"
    # "said that no one was hurt", "nobody was injured": victims denied, no strike told
    r"(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?"
    r"(?:hurt|injured|wounded|killed|hospitali[sz]ed)|"
    # "drones had crossed its airspace": overflight, no strike
    r"(?:drones?|missiles?|uavs?)\s+(?:had\s+|have\s+|were\s+)?(?:crossed|entered|violated|"
    r"passed\s+through|flew\s+(?:over|through|into))\s+(?:\w+\s+)?airspace|"
    # a drone's course or sighting, the Air Force's lines: "drones in the east of Sumy region -
    # heading for Romny", "shaheds - to/past Chernihiv", "attack drones are still tracked in
    # the air" (fixed shapes right after the drone word: "drones that hit Sumy headed for Romny"
    # keeps its "hit")
    r"(?:(?:attack|strike)\s+)?(?:drones?|uavs?|shaheds?)\s+(?:(?:in|over)\s+(?:the\s+(?:north|"
    r"south|east|west|centre|center)\w*\s+of\s+)?(?:the\s+)?[\w’'-]+\s+(?:region|oblast)\s+)?"
    r"(?:[-–—]\s+(?:to/past|towards?|in\s+the\s+direction)|"
    r"(?:[-–—]\s+)?(?:heading|headed|moving|flying)\s+"
    r"(?:for|to/past|to|towards?|in\s+the\s+direction)|"
    r"fl(?:ew|ying)\s+(?:through|over|across|past)\s+(?!\w*\s*airspace)|"
    r"(?:were|was|are|is|could)\s+(?:still\s+)?(?:being\s+|be\s+)?(?:detected|spotted|tracked)"
    r"\s+(?:in|over)\s+the\s+(?:air|airspace|skies?)|"
    # a sighting, with no strike told by it: "a Russian drone was spotted over the village",
    # "two UAVs were seen flying near the town", "drones observed above the district"
    r"(?:(?:were|was|are|is|been|reportedly)\s+){0,2}(?:spotted|seen|sighted|observed|"
    r"noticed)\s+(?:(?:flying|circling|hovering|loitering)\s+)?(?:over|above|near|around|in\s+"
    r"the\s+(?:sky|skies)\s+(?:over|above|of|near))\b)|"
    r"air[\s-]raid\s+(?:sirens?|alerts?|alarms?|warnings?)|"
    # "Moscow and Kyiv traded blame for shelling around the plant": no strike reported
    r"(?:traded|trading)\s+blame\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:shelling|strikes?|attacks?)|"
    # "Moscow has not commented on the strike on Sumy": a strike told elsewhere, referred to
    r"comment(?:ed|ing)?\s+on\s+(?:the\s+|this\s+|that\s+)?(?:\w+\s+)?(?:strikes?|attacks?|"
    r"shelling)|"
    # an outage and the strike it is told for ("the district spent the night without heat
    # because of enemy strikes on the grid", "after the shelling, three towns were partly
    # blacked out"): the places are where power went out, not where the strike hit
    rf"{_CAUSE}(?=(?:(?!{_HARM})[^.;!?]){{0,120}}?{_OUTAGE})|"
    rf"{_OUTAGE}(?:(?!{_HARM})[^.;!?]){{0,80}}?{_CAUSE}|"
    r"(?:after|following|because\s+of|due\s+to|in\s+response\s+to)\s+(?:the\s+|these\s+|"
    r"those\s+|recent\s+|russia's\s+|russian\s+|overnight\s+|massive\s+|repeated\s+|"
    # "without power after the latest attacks", "following last night's strikes"
    r"latest\s+|last\s+|night's\s+|new\s+|nightly\s+|weekend\s+|morning\s+){0,3}"
    r"(?:strikes|attacks|shelling|bombardment|drone\s+attacks|missile\s+attacks)|"
    # weapons as an army's kit in the ground war, not fired at a place: "a shortage of artillery
    # ammunition", "tank, drone and artillery battles"
    r"(?:shortages?|lack|supplies|supply|stocks?|deliver(?:y|ies))\s+of\s+(?:\w+\s+){0,2}?"
    r"(?:ammunition|shells|munitions)|"
    # shells as aid or output, not fired: "a plan aimed at sending Kyiv 1 million artillery
    # shells", "an effort to source more shells for Ukraine" (not "sent 40 shells at the town")
    r"(?:send(?:s|ing)?|sent|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|"
    r"provid(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|"
    r"buy(?:s|ing)?|bought|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|donat(?:e|es|ed|ing))\s+"
    r"(?:[\w,.-]+\s+){0,5}?(?:(?:artillery|howitzer|tank|\d+mm|\d+-mm)\s+)?"
    r"(?:shells|ammunition|munitions)\b(?!\s+(?:at|on|into|towards?|against)\b)|"
    r"(?:(?:drone|artillery|tank|mortar|infantry)(?:\s*,\s*|\s*,?\s+and\s+))*"
    r"(?:drone|artillery|tank|mortar)\s+(?:battles|duels|combat|clashes))\b",
    matches=("the plant was not targeted", "no casualties were reported",
             "the governor said that no one was hurt", "nobody was injured in the blast",
             "an air-raid alert sounded in Lviv", "power cuts after the strikes",
             "homes had no electricity after the latest attacks",
             "power was cut following last night's strikes",
             "the district spent the night without heat because of enemy strikes on the grid",
             "after the shelling, three towns saw power outages",
             "a town went dark after the night's attacks on energy infrastructure",
             "several uavs - to/past the city of chernihiv",
             "enemy uavs in the south of the region - heading for a town",
             "at dawn enemy attack drones were spotted in the air above the west",
             "a russian drone was spotted over the village",
             "two uavs were seen flying near the town",
             "the ministry has not commented on the strike on the port",
             "the brigade is short of men and faces a shortage of artillery shells",
             "the general described tank, infantry and drone battles near the town",
             "a plan aimed at sending kyiv 1 million artillery shells over the next year",
             "an effort to source more than one million artillery shells for ukraine"),
    rejects=("a missile hit the plant", "the alert ended",
             "air defence shot down two drones over the region",
             # defences at work are an interception there (GUIDE.md's strike_oblasts line)
             "air defence was working in the Poltava region",
             "drones that struck the port were heading for the city",
             "footage seen by reporters shows a drone hitting a house",
             "after the attack, drones hit a substation, leaving the town without power",
             "after the attack on the city's grid, homes were left without power",
             "due to the attack on energy facilities in the region, homes are without heat",
             "the troops sent 40 shells at the village overnight"),
)
GROUND_FIGHTING = Rule(
    "ground_fighting",
    "Ground fighting, front lines, evacuation and repair: no strike unless hard hits are told.",
    r"\b(?:offensive|counteroffensive|counter-offensive|advance[sd]?|advancing|captured?|"
    r"capturing|seized?|took\s+control|encircle\w*|breakthrough|retreat\w*|withdr[ae]w\w*|"
    r"occupied\s+since|liberat\w+|frontline\s+fighting|ground\s+(?:assault|fighting|battle)|"
    r"fighting|battle\s+for|storm(?:ed|ing)|operations|prisoners|assaults|recaptur\w*|"
    r"retak\w+|retook|regain\w*|push\w*|besieg\w*|assault\s+on|made\s+an\s+assault|"
    # evacuation, not an evacuation convoy or bus fired at ("fired at an evacuation bus")
    r"engaged|struggle|defensive|evacuat\w+\b(?!\s+(?:columns?|convoys?|bus(?:es)?|vehicles?|"
    r"cars?|vans?|trains?|crews?))|funding|repair\w*|reconstruct\w*|rebuil[dt]\w*|"
    # an attack held off on the ground: "Ukrainian forces repelled a Russian attack near the
    # village", "Russian forces attacked positions near the town but were repulsed" (not air
    # defence forces holding off a strike)
    r"(?<!defen[cs]e\s)(?:forces|troops|army|military|units|defenders|soldiers|fighters)\s+"
    r"(?:\w+\s+)?(?:repel\w*|repuls\w*|fought\s+off|beat\s+back|held\s+off)|"
    r"(?:were|was|been|being)\s+(?:\w+\s+)?(?:repel\w*|repuls\w*|beaten\s+back|"
    r"pushed\s+back|driven\s+back|held\s+off)|"
    # "the frontline regions of Sumy and Kharkiv": a description of the places struck; so is
    # a distance from the front ("cities 500 km from the front line were hit")
    r"(?<!from\s)(?<!from\sthe\s)"
    r"front[-\s]?lines?(?!\s+(?:regions?|oblasts?|cities|city|towns?|villages?|communit\w+|"
    r"settlements?|provinces?|areas?\s+of)\b)|"
    r"tighten\w*\s+the\s+noose|noose|pressing\s+(?:attacks|its\s+offensive)|"
    # "Ukrainian forces withstood a powerful attack near Yablunivka", "a buffer zone"
    r"withst(?:ood|and\w*)|buffer\s+zone|"
    # the ground war's sectors and gains: "attacks in a dozen sectors, making small gains"
    r"(?:in|across|along|on)\s+(?:\w+\s+){0,3}?sectors|(?:making|made|make|makes)\s+"
    r"(?:\w+\s+){0,3}?gains|territorial\s+gains|"
    # an analyst's list of assaults by their bearing from a town: "attacks on Kupiansk itself,
    # west of the city near Myrne; northwest - near Tyshchenkivka; north - near ..."; and
    # assaults told by the axis they were on ("10 attacks on the Kupiansk axis")
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s*[—–-]+\s*near|"
    r"attacks?\s+(?:on|along|in)\s+the\s+(?:[\w'’]+[-\s]){1,3}?(?:axis|axes|direction))\b",
    matches=("Russian troops advanced near Pokrovsk.", "crews repaired the power line",
             "the city is being rebuilt", "fighting along the frontline",
             "forces withstood a powerful attack near the village",
             "on the front lines, russian forces intensified attacks on the town",
             "the soldiers were honoured for recapturing the city",
             "government troops repulsed an attack on the village",
             "the assault on the hamlet was beaten back",
             "the enemy attacked positions near the town and was repelled",
             "the army has been launching attacks in a dozen different sectors of the front",
             "russian troops attacked near the town, making small but steady gains",
             "isw reported russian attacks on the town itself; northwest — near a village; "
             "north — near two others",
             "the general staff reported 10 russian attacks on the kupiansk axis"),
    rejects=("a drone hit the power line", "the storm passed",
             "a drone hit a house north of the town",
             "air defence forces repelled an attack on the capital",
             "soldiers fired at an evacuation bus near the town",
             "attacks targeted the frontline regions of Sumy and Kharkiv",
             "towns far from the front line were hit too"),
)
#: People a strike's toll could be told of, as ground harm's victims (`GROUND_HARM`).
_VICTIM = (r"(?:civilians?|m[ae]n|wom[ae]n|people|residents?|persons?|boys?|girls?|"
           r"teenagers?|child(?:ren)?|soldiers?|servicem[ae]n|officials?|officers?|drivers?|"
           r"priests?|volunteers?|farmers?|locals?|pensioners?|prisoners?|(?:\w+-)?year-olds?)")
GROUND_HARM = Rule(
    "ground_harm",
    "Harm done on the ground, not by a strike: a clash or firefight, people shot dead, "
    "executed, tortured or stabbed, a vehicle running people over, a road accident. A toll told "
    "with it and with no weapon or act of a strike (`STRIKE_ACT`, these words blanked) is no "
    "strike's; fire opened on a target (\"shot at a minibus\", \"opened fire on a village\") "
    "stays one.",
    r"\b(?:"
    # "clashed with Ukrainian forces, as a result of which about 50 servicemen died", "killed in
    # a firefight", "an exchange of fire near the village left two soldiers wounded"
    r"clash(?:ed|es|ing)?|firefights?|gunfights?|skirmish\w*|"
    r"exchang\w*\s+(?:of\s+)?(?:small[-\s]arms\s+|gun\s*)?fire|"
    # people shot by hand: "soldiers shot dead a civilian", "two men were shot by soldiers",
    # "shot a man at a checkpoint", "a sniper killed a soldier", "gunmen killed an official"
    r"shot\s+(?:dead|and\s+(?:killed|wounded|injured)|to\s+death|in\s+the\s+(?:head|back|"
    r"chest|leg|legs)|by)\b(?<!down\sby)|"
    r"(?:was|were|been|being|got)\s+shot\b(?!\s+(?:down|at)\b)|"
    rf"shot\s+(?!at\b|down\b)(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?{_VICTIM}|"
    r"shooting\s+(?:of|dead)|gunshots?|gun\s+shots?|gunfire|gunm[ae]n|snipers?|"
    # the fire of small arms alone, its verb with it ("fired heavy machine guns and small arms
    # at positions near the village", "opened fire with automatic weapons"): a firefight, no
    # strike's act (mortars or artillery named with them stay one: not blanked)
    r"(?:fir(?:ed|ing|es)(?:\s+(?:with|from))?|opened\s+fire\s+(?:with|from))\s+"
    r"(?:(?:heavy|light|large-calib(?:re|er)|"
    r"automatic|\d+(?:\.\d+)?\s?mm)\s+)?(?:machine[\s-]guns?|small[-\s]arms|rifles?|"
    r"automatic\s+weapons?)(?:\s*(?:,|and|or)\s+(?:(?:heavy|light|automatic)\s+)?"
    r"(?:machine[\s-]guns?|small[-\s]arms|rifles?|automatic\s+weapons?))*|"
    # small arms, and people killed by soldiers' hands ("killed a civilian with small arms
    # fire", "a man was killed by a Russian soldier"; not "by Russian forces", whose fire may
    # be any weapon's)
    r"small[-\s]arms|automatic\s+weapons?|rifles?|"
    r"(?:killed|murdered|shot|wounded|beaten)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:soldiers?|servicem[ae]n|conscripts?|officers?|guards?)|murder\w*|"
    # dead of the ground war itself: "a soldier died of wounds sustained in combat", "two
    # soldiers were killed in the fighting near the town"
    r"(?:in|during|of)\s+(?:the\s+)?(?:combat|battles?|fighting|hostilities|clashes)|"
    r"execut(?:ed|ion|ions|ing)|tortur\w*|(?:beat|beaten|beating)\s+(?:\w+\s+){0,2}?to\s+death|"
    r"stabb\w*|strangl\w*|"
    # a vehicle that ran people over ("a military truck ran over a cyclist", "run over by an
    # APC"), not a mine run over (`blasts.OWN_CAUSE`)
    r"(?:ran|run|runs|running)\s+over\s+(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:mines?|"
    r"landmines?|explosives?|explosive\s+devices?|ordnance|munitions?|shells?|grenades?)\b)|"
    r"run\s+down\s+by|"
    r"hit\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:car|vehicle|truck|lorry|tank|apc|bus|"
    r"armou?red\s+vehicle)|"
    r"(?:road|traffic|car)\s+(?:accident|crash|collision))\b",
    matches=("russian forces clashed with ukrainian forces near the village, as a result of "
             "which about 20 servicemen died",
             "two soldiers were killed in a firefight near the town",
             "an exchange of fire near the bridge left one soldier wounded",
             "russian soldiers shot dead a civilian in the yard",
             "two men were shot by soldiers at a checkpoint",
             "soldiers shot a farmer near his house",
             "a sniper killed a soldier near the river",
             "unidentified gunmen killed a local official",
             "russian forces killed a civilian with small arms fire",
             "ukrainian forces fired heavy machine guns and small arms at positions in the town",
             "troops opened fire with automatic weapons near the checkpoint",
             "russian forces fired from small arms at ukrainian positions near the village",
             "a man was killed by a russian soldier in the yard",
             "a soldier died of wounds sustained in combat near the town",
             "two soldiers were killed in the fighting near the village",
             "a man was tortured and executed by occupying troops",
             "a military truck ran over a civilian car, killing the driver",
             "a woman was hit by an armoured vehicle on the road",
             "a man was killed in a road accident involving a military truck"),
    rejects=("russian soldiers shot at a minibus, wounding two passengers",
             "two drones were shot down by air defence",
             "the drone was shot down over the city",
             "a tractor ran over a russian landmine in a field",
             "a civilian car ran over an explosive near the village",
             "troops opened fire on a village from across the border",
             "rebels fired 120mm mortars and heavy machine guns at positions near the town",
             "the city was hit by a missile", "a man was killed by russian shelling",
             "two people were wounded by russian forces in the town"),
)
#: Armed forces that may be told as a killer (`KILLING_ALONE`).
_ARMED = (r"(?:forces|troops|army|military|lpr|dpr|naf|militants?|rebels?|separatists?|"
          r"occupiers?|invaders?|soldiers?|servicem[ae]n|fighters?|units?|battalions?|"
          r"brigades?|regiments?)")
KILLING_ALONE = Rule(
    "killing_alone",
    "An armed force told as the killer of people, its toll the whole act (\"LPR killed up to "
    "45 Ukrainian soldiers in their area of operation\", \"Russian forces killed about 25 "
    "civilians in the town\", \"the militants wounded two policemen\"): in an event note with "
    "no weapon nor act of a strike (`STRIKE_ACT`, these words blanked) a killing of no "
    "strike, its toll the note's. (News retells a day's strikes so: \"In Donetsk Oblast, "
    "Russian forces killed 6 people\", `events` asks it of notes only.)",
    rf"\b{_ARMED}\s+(?:(?:reportedly|allegedly|also|have|has|had)\s+)?"
    r"(?:killed|murdered|wounded|injured|eliminated)\s+(?!by\b|in\b|when\b|as\b|after\b|"
    r"during\b|while\b|on\b|at\b|near\b|and\b|or\b)",
    matches=("on 3 may, lpr killed up to 40 ukrainian soldiers in their area of operation",
             "russian forces reportedly killed about 20 civilians in the village",
             "the militants wounded two policemen near the checkpoint"),
    rejects=("three soldiers killed in the strike were buried",
             "two soldiers wounded by shelling were taken to hospital",
             "russian forces struck the town, killing two"),
)
#: A strike's own act, told apart from its toll ("killed", "injured" are `STRIKE` words too):
#: where a sentence names ground harm (`GROUND_HARM`, blanked) and none of these nor a weapon,
#: its toll is no strike's.
STRIKE_ACT = Rule(
    "strike_act",
    "A strike's act or what it left, not its toll: hit, struck, an attack, shelled, bombed, "
    "fired at, an "
    "explosion, debris, damage.",
    r"\b(?:strikes?|struck|striking|air\s*strikes?|air\s+raids?|attacks?|attacked|attacking|"
    r"hit|hits|hitting|shell\w*|"
    r"bomb\w*|explosions?|exploded|blasts?|fir(?:ed|ing)|opened\s+fire|shot\s+at|shooting\s+at|"
    r"launched|missiles?|rockets?|drones?|uavs?|artillery|mortars?|grenade\s+launchers?|"
    r"debris|destroyed|damaged|damage|burned|ablaze|on\s+fire)\b",
    matches=("troops fired at the houses", "a house was damaged", "an explosion in the yard",
             "during an overnight attack on the town"),
    rejects=("soldiers clashed near the village", "a civilian was shot dead"),
)
HYPOTHETICAL = Rule(
    "hypothetical",
    "What may happen: threats, plans, warnings (not \"May\" the month).",
    r"\b(?:likely\s+to|could|would|(?<!\d\s)may(?!\s+\d)|might|can|will|"
    r"threat\w*|"
    r"expected\s+to|plans?\s+to|prepar\w+\s+to|warn\w*|fears?|"
    # an aim told, not an act: "an intention to attack the north again", "they intend to
    # strike the port again", "Moscow is intent on hitting the grid"
    r"intend(?:s|ing)?|intentions?|intent\s+on|"
    # "Russia is trying to exhaust air defences before striking cities": an aim, analysis
    r"(?:is|are)\s+(?:still\s+)?trying\s+to|"
    r"if\s+Russia|potential|possible)\b",
    matches=("Russia could strike the grid again.", "officials fear more attacks",
             "moscow made plain its intention to hit the grid", "they intend to hit the port",
             "Moscow is trying to wear down air defences before striking cities"),
    rejects=("a drone hit Odesa on 2 May 2025.", "drones struck the grid"),
)


def alternatives_of(pattern: str) -> tuple[str, ...] | None:
    r"""The alternatives of a pattern written `\b(?:a|b|...)\b`, as `word_first` takes them,
    or None where the pattern is not of that form or holds one."""
    head, tail = "\\b(?:", ")\\b"
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        return None
    parts = _split_at_bars(pattern[len(head):-len(tail)])
    return tuple(parts) if parts is not None and len(parts) > 1 else None


def word_first(rule: Rule, alternatives: tuple[str, ...]) -> tuple[Rule, ...]:
    r"""`rule`, written `\b(?:a|b|...)\b` over `alternatives`, as one rule per alternative, each
    gated by its own words and opening on its first word where it has one: "per(?<!\wper)\s+day"
    for "\bper\s+day", which re finds by that word, not by trying the pattern at every position
    (the whole alternation cost 11 us a sentence that "per", "last" or "target" armed). Some
    alternative matches exactly where the rule does; the look-behind is the `\b` before it."""
    if rule.pattern != rf"\b(?:{'|'.join(alternatives)})\b":
        raise ValueError(f"{rule.name} is not the alternation of the alternatives given")
    parts = []
    for i, alternative in enumerate(alternatives):
        if _split_at_bars(alternative) != [alternative]:
            raise ValueError(f"{rule.name}: {alternative!r} is more than one alternative "
                             "(or no whole one)")
        low = lower_pattern(alternative)
        word = re.match(r"[a-z]*", low).group()  # type: ignore[union-attr]
        if low[len(word):len(word) + 1] in ("?", "*", "+", "{"):
            word = word[:-1]  # "funerals?": the "s" is optional
        pattern = (rf"{word}(?<!\w{word})(?:{low[len(word):]})\b" if word
                   else rf"\b(?:{low})\b")
        parts.append(replace(rule, name=f"{rule.name}.{i}", pattern=pattern))
    return tuple(parts)


def _split_at_bars(pattern: str) -> list[str] | None:
    """`pattern` split at the "|"s outside its groups and classes (its alternatives), or None
    where a group closes that it did not open ("a)|(?:b") or one it opens stays open."""
    out: list[str] = []
    depth, i, start, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if pattern.startswith("^", i + 1) else 0  # "[^...": "^" negates
            i += 1 if pattern.startswith("]", i + 1) else 0  # "[]...]": "]" is a member
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            if depth < 0:  # "\b(?:a)|(?:b)\b": the group closes before the end
                return None
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out if depth == 0 else None


#: BACKGROUND's alternatives, each a single one (no "|" outside brackets): `word_first` makes
#: each its own rule, searched only where its own words occur.
_BACKGROUND_ALTERNATIVES = (
    r"since\s+(?:the\s+(?:start|beginning)|February\s+2022|2014|2022|the\s+full-scale)",
    # "on the third anniversary of the invasion" dates today's strike; "the anniversary" alone
    # recalls the past
    r"last\s+year", r"years?\s+ago", r"(?<!the\s)(?<!th\s)(?<!rd\s)(?<!nd\s)(?<!st\s)anniversary",
    r"in\s+the\s+early\s+days\s+of\s+the\s+war",
    r"at\s+the\s+start\s+of\s+the\s+(?:war|invasion)", r"earlier\s+in\s+the\s+war",
    r"when\s+Russia\s+invaded", r"months\s+ago", r"previously",
    # an institution's name is no history told: "the local history museum in Okhtyrka"
    r"history(?!\s+(?:museum|faculty|department))", r"recalled?",
    # "damaged a historical cathedral": a landmark hit today, not history told
    r"historical(?!\s+(?:\w+\s+)?(?:cathedral|church|centre|center|building|monument|site|"
    r"district|part|quarter|landmark|mansion|museum|house|estate|city|town|core))",
    r"remembered", r"memorial", r"massacre", r"war\s+crimes?",
    # "shells hit the city's pre-trial detention centre": a building, no trial
    r"trial(?<!pre-trial)(?<!pre\strial)", r"court", r"last\s+week",
    # "investigators confirmed 21 fatalities" reports the strike; an investigation recalls it
    r"investigat\w+(?![^.;]{0,60}\b(?:confirm|show|found|establish|indicat)\w*)",
    r"(?:a|one|two|three)\s+weeks?\s+(?:ago|after|before|earlier)", r"earlier\s+this\s+month",
    r"(?:\d+|a\s+few|several|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty)\s+days\s+ago",
    r"last\s+month", r"earlier\s+this\s+year", r"that\s+year",
    r"(?:in|over)\s+the\s+(?:past|last)\s+(?:few\s+|two\s+|three\s+|six\s+)?(?:months?|weeks)",
    r"in\s+recent\s+(?:weeks|months)", r"already\s+been\s+(?:damaged|hit|destroyed)",
    r"the\s+previous\s+(?:week|month|year|(?:\w+\s+){0,2}(?:attacks?|strikes?))",
    *(rf"(?:is|are|has\s+been|have\s+been)\s+(?:a\s+)?{often}\s+targets?"  # its own gate
      for often in ("frequent", "regular", "constant", "common")),
    r"statistics",
    # habitual attacks, analysis rather than a report: "Russia regularly shells Nikopol",
    # "launches most of its drones at Kyiv", "500 drones per day"
    r"regularly", r"routinely", r"constantly", r"frequently", r"almost\s+daily",
    r"every\s+(?:day|night)", r"per\s+day", r"most\s+of\s+its",
    # "Earlier strikes on Luhansk Oblast:", a list of attacks recalled
    r"earlier\s+(?:strikes|attacks|shelling)", r"previous\s+(?:strikes|attacks)",
    # "a funeral was held for a man killed on Wednesday": mourning an earlier strike; a day of
    # mourning is declared for the strike just told ("after a strike killed four")
    r"funerals?", r"buried", r"burial", r"laid\s+to\s+rest",
    r"mourn(?:ed|ing|ers)?(?<!day\sof\smourning)(?<!days\sof\smourning)",
    # "War has killed more than 2,000 civilians in Kharkiv region": the war's toll (where "the
    # war" is, so is "war")
    r"war\s+(?:has\s+|had\s+)?(?:killed|claimed|left)",
)
BACKGROUND = Rule(
    "background",
    "Earlier attacks and history: years ago, last month, since the war began, investigations.",
    rf"\b(?:{'|'.join(_BACKGROUND_ALTERNATIVES)})\b",
    matches=("The city was shelled last month.", "Kharkiv is a frequent target of drones.",
             "ten days ago a missile hit the port", "Russia regularly shells the town",
             "earlier strikes on the oblast:", "a historical grievance",
             "a funeral was held for one of 16 people killed in Kostiantynivka",
             "War has killed more than 2,000 civilians in Kharkiv region"),
    rejects=("A missile hit the port overnight.", "on the third anniversary of the invasion",
             "the strike damaged a historical cathedral",
             "shelling damaged the local history museum",
             "the town declared a day of mourning after the strike killed four",
             "a missile hit the pre-trial detention centre"),
)
#: BACKGROUND one alternative at a time (English extraction speed): it matches where one does.
BACKGROUND_PARTS = word_first(BACKGROUND, _BACKGROUND_ALTERNATIVES)
BACKGROUND_TOLD = Rule(
    "background_told",
    "Background in an English report's own words, apart from `BACKGROUND` so that its narrow "
    "words gate it (written with single spaces: \"as of \", not each month's name): a toll "
    "to a month's date, a weapon's effects in general, habitual attacks, a siege.",
    # "As of early May, 1,900 civilians had been killed in the region": a toll to a month's
    # date, not a day's strike ("as of 9 a.m." is)
    r"\b(?:as of (?:the\s+(?:beginning|start|end|middle)\s+of\s+\w+|(?:early\s+|late\s+|mid-)?"
    rf"(?:{'|'.join(MONTH_NAMES)})\b(?!\s+\d))|"
    # "Such bombs have devastated towns near the front": a weapon's effects in general
    r"such (?:glide\s+|guided\s+|aerial\s+)?(?:bombs|weapons|munitions)\b|"
    # "Russia has repeatedly targeted the grid", unless told of one night ("overnight")
    r"(?:has|have|had)\s+repeatedly\b(?![^.;]*\b(?:overnight|last\s+night|this\s+morning))|"
    # "residents have endured months of shelling": a siege told, not a strike reported
    r"(?:months|weeks|years) of (?:\w+\s+)?(?:shelling|strikes|attacks|bombardment|bombing)\b)",
    matches=("As of the end of June, 900 civilians had been killed in the oblast",
             "as of early may, shelling had damaged 400 homes",
             "Such glide bombs have wrecked whole streets in Kostiantynivka",
             "Russia has repeatedly targeted the port this winter",
             "the town has endured months of artillery shelling"),
    rejects=("as of 9 a.m., two were dead", "as of may 3, four were injured",
             "drones have repeatedly attacked the city overnight", "a missile hit the port"),
)
RUSSIAN_TARGET = Rule(
    "russian_target",
    "A Russian military target (a base, ships, positions): a Ukrainian strike, not ours.",
    # (not "a strike by Russian troops", "fire from Russian forces": the attacker)
    # (the look-behinds after the word: tried only where "Russian" is)
    r"\bRussian(?<!\bby\sRussian)(?<!\bfrom\sRussian)(?:-held|-controlled|-occupied)?\s+"
    r"(?:air\s*base|airfield|"
    r"ammunition|"
    r"(?:arms\s+)?depots?|(?:military\s+)?bases?|warships?|ships?|cruiser|flagship|"
    r"(?:(?:military|army|artillery|firing|defensive)\s+)?positions?|"
    r"command\s+posts?|headquarters|fuel|oil\s+depot|barracks|troops|forces\s+in|"
    r"air\s+defen[cs]e\s+(?:systems?|batter(?:y|ies)|units?)|radars?|patrol\s+(?:ships?|boats?)|"
    r"vessels?|landing\s+ships?|submarines?|helicopters?|logistics|supply\s+(?:lines|routes))\b"
    # "Russian troops struck ...", "have been trying to advance": the actor, not a target
    # (an adverb of how often between: "Russian troops 45 times shelled villages", "Russian
    # forces again struck the city", "... repeatedly shelled")
    r"(?!\s+(?:have\s+been\s+|had\s+been\s+|have\s+|had\s+|also\s+|reportedly\s+|are\s+|were\s+|"
    r"(?:[\d,]+|\w+)\s+times\s+|again\s+|repeatedly\s+|twice\s+|overnight\s+)*"
    r"(?:struck|attacked|shelled|fired|launched|hit|bombed|targeted|pounded|killed|used|dropped|"
    r"trying|tried|advanc\w*|attempt\w*|continu\w*|push\w*|captured|occupied|seized|"
    # "Russian troops carried out an air strike on Sumy": the actor of a strike
    r"carried\s+out|conducted|delivered|launched|made|opened\s+fire|dealt|inflicted|"
    # "Russian troops deployed 38 Shahed drones", "... sent 20 missiles": the weapons' sender
    r"deployed|sent|unleashed|"
    # the same verbs in the present of bulletins and headlines: "Russian troops launch air
    # strikes on a depot near Rivne", "Russian forces shell Kharkiv", "... carry out strikes"
    r"(?:strike|attack|shell|fire|launch|hit|bomb|target|pound|kill|use|drop|conduct|deliver|"
    r"inflict)(?:e?s)?|(?:carry|carries)\s+out|opens?\s+fire)\b)"
    # Russian forces or hardware as the object of a verb of striking: "Ukrainian forces struck
    # Russian military equipment in Polohy", "destroyed Russian artillery positions", "struck
    # Russian forces and air defence in the village" (a note's Ukrainian strike, whose place is
    # no target of Russia's)
    # ("fired mortars at Russian military positions near the village": fire aimed at them)
    r"|\b(?:struck|hit|attacked|shelled|destroyed|targeted|bombed|"
    r"fired\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon))\s+(?:the\s+)?Russian\s+"
    r"(?:\w+\s+){0,2}?(?:forces|troops|military|equipment|artillery|positions?|personnel|"
    r"vehicles|convoys?|columns?|units?|howitzers?|tanks?)\b"
    # a gun or its crew firing at the enemy (a photo's caption: "a mortar crew shoots at Russian
    # positions outside the village", "gunners fire a howitzer towards enemy positions")
    r"|\b(?:fires?|fired|firing|shoots?|shooting)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:at|on|toward|towards)\s+(?:a\s+|the\s+)?(?:Russian|enemy)\s+"
    r"(?:\w+\s+)?(?:targets?|positions?|troops|forces|lines|soldiers)\b",
    matches=("Ukraine struck a Russian airfield in Crimea.", "drones hit Russian positions",
             "a mortar crew shoots at russian positions outside the village",
             "gunners fire a howitzer towards enemy positions in the region",
             "our forces struck russian military equipment near the town",
             "the brigade destroyed russian artillery positions in the region",
             "aircraft struck russian forces and air defence in the village",
             "ukrainian forces fired at russian military positions near the village",
             "the brigade fired 120mm mortars at russian troops in the town"),
    rejects=("Russian troops shelled Kherson.", "a Russian missile hit Kyiv",
             "air defence destroyed 20 russian drones over the region",
             "the strike hit russian-occupied melitopol",
             "Russian troops have also shelled the region",
             "the Russian troops carried out an air strike on the town",
             "five were killed in a strike by Russian troops on a bus stop",
             "air defence fired at a russian drone over the city",
             "russian forces fired artillery at ukrainian positions near the town",
             "russian troops launch air strikes on a depot near rivne",
             "Russian forces shell Kharkiv overnight",
             "russian troops carry out strikes on the port",
             "russian troops 79 times shelled villages and towns of the region",
             "russian forces again struck the city overnight",
             "russian troops deployed 38 shahed drones, targeting infrastructure"),
)
WORLD_WAR = Rule(
    "world_war",
    "The Second World War as the subject: its years date the story, not background.",
    r"\b(?:world\s+war|wwii|nazi|german\s+(?:troops|bombers|forces)|"
    r"luftwaffe|194[1-5])\b",
    matches=("a memorial to the victims of world war two", "bombed in 1943"),
    rejects=("bombed in 2023",),
)
YEAR = Rule(
    "year",
    "A year of this or the last century.",
    r"\b(19\d\d|20\d\d)\b",
    matches=("in 2022 Russia shelled the town", "the 1986 disaster"),
    rejects=("3,000 drones", "21000 people"),
    lower=False,
)
MONTH_ALONE = Rule(
    "month_alone",
    "A month without a day (\"in April\"): months before the report, an earlier strike.",
    rf"\bin\s+(?:early\s+|late\s+|mid-)?(?P<mon>{'|'.join(MONTH_NAMES)})\b(?!\s+\d)",
    matches=("the school was hit in april by a missile", "in early march"),
    rejects=("in april 9 attack", "on 3 april"),
    lower=False,
)

# --- The text around one place ------------------------------------------------------------

HELD_BEFORE = Rule(
    "held_before",
    "\"Russian-held\" or \"occupied\" right before a place: a strike there is Ukraine's (not "
    "\"partially occupied\": an oblast Ukraine holds in part, whose towns Russia strikes).",
    r"(?:Russian-(?:held|occupied|controlled|annexed)|"
    r"(?<!partially\s)(?<!partly\s)(?<!partially-)(?<!partly-)occupied|"
    r"temporarily\s+occupied)\s+(?:\w+\s+)?$",
    matches=("explosions in Russian-held ", "in the temporarily occupied "),
    rejects=("drones hit ", "occupied since 2014 and then ", "in the partially occupied ",
             "the southern, partly occupied "),
    lower=False, flags=re.I,
)
SETTLEMENT_ANAPHOR = Rule(
    "settlement_anaphor",
    "A strike told on a place named only by a word for it (\"mortars fired near the "
    "settlement\", \"guns hit the nearby villages\"): the one town named just before, as a "
    "reference (\"towards Kurakhove\") or in a sentence of fighting near it, is the place struck "
    "(lower-cased sentence).",
    r"\b(?:near|at|on|in|around|struck|hit|shelled|attacked)\s+(?:the\s+)?(?:nearby\s+)?"
    r"(?:settlements?|villages?|towns?)\b(?!\s+of\b)|\bnearby\s+(?:villages|settlements|towns)\b",
    matches=("mortars were fired near the settlement", "guns then hit the nearby villages",
             "drones struck the village overnight"),
    rejects=("shelling hit the village of bilozerka", "the town council said",
             "villagers returned home"),
)
THERE_ANAPHOR = Rule(
    "there_anaphor",
    "A strike told \"there\" (\"... took the town. Artillery later destroyed a fuel store "
    "there.\"): the one town named just before is the place struck, as for "
    "`SETTLEMENT_ANAPHOR`; the adverb after a word, not \"There were\", \"from there\", "
    "\"there was no one hurt\" (lower-cased sentence; asked only of a strike's sentence that "
    "names no place, so the common word adds no sentence to read).",
    r"(?<=[a-z,]\s)(?<!from\s)there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|"
    r"might|could|can|must|seems?|seemed|appears?|appeared|remains?|remained|be|been|exists?|"
    r"existed)\b)",
    matches=("later, artillery destroyed a fuel store there",
             "a drone also hit a warehouse there on monday"),
    rejects=("there were no casualties", "drones were launched from there",
             "and there was damage to a school"),
)
MOVEMENT_BEFORE = Rule(
    "movement_before",
    "Where something came from or went to, or a place visited: not the place struck (not "
    "the \"to\" of \"damage to\": \"Damage to Kharkiv city centre\" tells what was hit).",
    # (not people fired at as they fled: "a car of people evacuating from Izium" was hit there)
    r"\b(?:(?<!evacuating\s)(?<!fleeing\s)(?<!escaping\s)(?<!leaving\s)from|launched\s+from|"
    r"fired\s+from|towards|toward|(?<!damage\s)(?<!damages\s)"
    # (not a report's turn to another place: "Turning to Sumy, the police said ...")
    r"(?<!turning\s)(?<!switching\s)to(?!\s+(?:leave|flee|escape|"
    r"evacuate)\b)|"
    # a drone's course: "heading for Kharkiv", "to/past Chernihiv", "flew through Sumy oblast"
    r"head(?:ing|ed)\s+(?:for|to)|to/past|fl(?:ew|ying)\s+(?:through|over|across|past)|"
    # "shaheds were spotted approaching the town of Izium": a course, not yet a hit
    r"approach(?:ing|ed)(?:\s+the\s+(?:city|town|village|port)\s+of)?|"
    r"(?:bound|making)\s+for|closing\s+in\s+on|"
    r"evacuated\s+to|fled\s+to|moved\s+to|born\s+in|based\s+in|"
    r"(?:evacuated|taken|rushed|transferred)\s+to\s+(?:a\s+)?hospitals?\s+in|"
    r"treated\s+in|"
    # "leaders who visited Kyiv": a visit, not a strike
    r"visited|visiting|visit\s+to|trip\s+to|travell?ed\s+to|"
    r"arrived\s+in|met\s+in|talks\s+in|summit\s+in|"
    # "later met President Zelensky in Kyiv": a meeting's place
    r"met\s+(?:with\s+)?(?:[\w.'’-]+\s+){1,4}?in|"
    # "shelled Nikopol from positions around occupied Enerhodar"
    # "rockets launched from the occupied part of Luhansk oblast"
    r"from\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+|russian-(?:held|occupied)\s+)?"
    r"(?:positions|areas?|parts?|territor(?:y|ies)|the\s+direction)\s+"
    r"(?:around|near|in|of)(?:\s+occupied|\s+russian-(?:held|occupied))?)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    matches=("missiles launched from ", "the wounded were taken to a hospital in ",
             "leaders who visited ", "two drones heading for ", "uavs - to/past ",
             "the drones flew through ", "shaheds were spotted approaching the town of ",
             "a group of shaheds bound for ",
             "rockets were launched from occupied areas of ",
             "who later met President Zelensky in "),
    rejects=("a drone hit ", "shelling in ", "Heavy damage to ", "Damage to the ",
             "troops fired at a car of people evacuating from ",
             "Turning to ", "Switching to the ",
             "troops fired on cars of people trying to leave ",
             "drones hit the city of "),
    lower=False, flags=re.I,
)
REFERENCE_BEFORE = Rule(
    "reference_before",
    "A place named as a reference point (\"north of\", \"km from\", the front line in), or as "
    "the event a note's toll is booked to (\"fatalities coded to Talakivka event\"): another "
    "note's place.",
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|km\s+(?:from|of)|"
    r"kilomet(?:re|er)s\s+(?:from|of)|miles\s+(?:from|of)|between|border\s+with|"
    r"outside\s+of|road\s+to|highway\s+to|route\s+to|routes?\s+from|direction\s+of|"
    r"front\s*-?\s*line\s+in|front\s+in|"
    r"(?:fatalities|casualties|deaths)\s+(?:were\s+|are\s+)?(?:coded|attributed|assigned)\s+to)"
    # "some 200 km west of the capital, Kyiv", "south of the Ukrainian capital, Kyiv": the
    # capital's name after it
    r"\s+(?:the\s+)?(?:(?:[\w'’]+\s+)?capital,?\s+|\w+\s+)?$",
    matches=("a village 20 km from ", "the road to ", "north-west of ",
             "some 300 km west of the capital, ", "(fatalities coded to ",
             "an hour's drive south of the Ukrainian capital, ",
             "the casualties were attributed to the "),
    rejects=("a drone struck ", "shelling hit the centre of "),
    lower=False, flags=re.I,
)
BETWEEN_BEFORE = Rule(
    "between_before",
    "\"between\" right before the first of two places (\"the road between Nikopol and "
    "Marhanets\"): what was hit lies between them, in their oblast if they share one.",
    r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+|villages?\s+of\s+)?$",
    matches=("a car on the road between ", "the bridge between the towns of "),
    rejects=("a drone hit ", "between them, "),
    lower=False, flags=re.I,
)
REFERENCE_CLAUSE = Rule(
    "reference_clause",
    "A landmark's place (\"across the river from\"), or where weapons came from (\"from the "
    "airspace of the temporarily occupied territory of\"): it locates another place.",
    r"\b(?:across\s+the\s+(?:\w+\s+)?(?:river|reservoir|water|bay|border)\s+from|opposite|"
    r"upstream\s+from|downstream\s+from|"
    # the launchers' place in an Air Force tally: "three missiles from S-300 systems located in
    # occupied territory in Ukraine's Donetsk region" (where they came from, not where they hit)
    r"from\s+(?:[\w-]+\s+){0,3}?(?:systems?|launchers?|complexes|batteries|positions|"
    r"installations)\s+(?:located|stationed|positioned|deployed|based)\s+(?:in|on)|"
    r"from\s+(?:the\s+)?(?:airspace|skies|waters|"
    r"direction|territory)\s+(?:over\s+|of\s+)(?:the\s+)?(?:(?:temporarily\s+)?"
    r"(?:occupied|russian-held)\s+)?(?:territory\s+of\s+)?(?:the\s+)?)\b[^,;.()]*$",
    matches=("Nikopol, across the river from the plant in ", "upstream from ",
             "a guided missile Kh-59 from the airspace of the temporarily occupied territory "
             "of the ",
             "launched three missiles from S-300 systems located in occupied territory in the "),
    rejects=("across the river, shelling hit ", "drones struck "),
    lower=False, flags=re.I,
)
ALERT_BEFORE = Rule(
    "alert_before",
    "Where an alert sounded (\"air alerts were sounding in Sumy, Poltava and Cherkasy "
    "oblasts\"), and the rest of that list: no strike told there, though the sentence tells one "
    "elsewhere. (Not air defence at work: an interception there, a strike oblast by GUIDE.md, "
    "`sw.STRIKE`.)",
    r"\b(?:air(?:[\s-]raid)?\s+(?:alerts?|alarms?|sirens?|warnings?)|(?:alerts?|sirens?))"
    r"\s+(?:(?:was|were|is|are|has|have|had|"
    r"been|also|still|then)\s+){0,3}(?:sounding|sounded|sound|declared|announced|issued|"
    r"in\s+effect)\s+"
    r"(?:in|over|across|throughout|for|above)\b"
    # up to the place, no word of a strike: "... in Sumy, and explosions hit Kharkiv" is one
    r"(?:(?!\b(?:hit|hits|struck|strikes?|attack\w*|shell\w*|killed|injured|wounded|damaged|"
    r"explosions?|blasts?|debris|fell|destroyed|shot)\b)[^.;!?()])*$",
    matches=("Air alerts were sounding in ", "Air alerts were sounding in Sumy, Poltava, and ",
             "air raid sirens sounded across ",
             "alerts were declared in Sumy oblast and later over the city of "),
    rejects=("air alerts were sounding in the Kyiv region, and explosions were heard in ",
             "air defense was working in the ", "Air defense at work in ",
             "sirens sounded in Sumy as missiles hit ", "drones attacked "),
    lower=False, flags=re.I,
)
DOWNED_THERE_AFTER = Rule(
    "downed_there_after",
    "After the list of an alert or of air defence at work, the same clause telling drones or "
    "missiles brought down there (\"air defence was active in Sumy and Poltava oblasts, where "
    "20 drones were downed\", \"..., shooting down 12\"): interceptions, struck after all.",
    r"[^.;!?()]*?(?:\bwhere\b[^.;!?()]*?\b(?:shot\s+down|downed|intercepted|destroyed|"
    r"neutrali[sz]ed|brought\s+down)|\b(?:shooting\s+down|downing|intercepting|destroying|"
    r"neutrali[sz]ing|bringing\s+down))\b",
    matches=(" oblasts, where 20 drones were downed overnight",
             " regions, shooting down 12 shaheds", " and Kherson, intercepting all of them"),
    rejects=(" oblasts. Air defence downed 20 drones", " region; drones were shot down over Kyiv",
             " regions for three hours"),
    lower=False, flags=re.I, use="match",
)
GOVERNMENT_AFTER = Rule(
    "government_after",
    "A capital as its government (\"Kyiv said\", \"Kyiv's allies\"): not the city struck.",
    r"(?:'s|’s)?\s+(?:has|have|had|said|says|say|claimed|claims|accused|accuses|denied|denies|"
    r"wants|will|would|hopes|urged|urges|asked|announced|blamed|blames|defen[cs]e|foreign|"
    r"ministry|general\s+staff|president|presidential|envoy|delegation|"
    r"believes|insists|insisted|called|calls|rejected|rejects|warned|warns|and\s+Moscow|"
    # "Kyiv and its allies" (not "Kyiv and its region": the city and the oblast around it)
    r"and\s+its(?!\s+(?:(?:surrounding|wider|whole|entire)\s+)?(?:region|oblast|suburbs|"
    r"surroundings|outskirts)\b)|"
    r"government|authorities|officials|forces|troops|military|allies|partners|"
    # "Kyiv's air force said it shot down 57 drones": the country's armed forces
    r"air\s+force|army|navy|"
    r"regime|leadership|administration|Independent|Post|School|Security|Forum|counteroffensive|"
    r"offensive|western|request|position|could|should|must|may|might|did|does|"
    r"responded|retaliated|argues|argued|stated|confirmed|reported|reports|"
    # "Kyiv is pleading for more air defence", "as Kyiv prepares a counteroffensive"
    r"is\s+(?:pleading|asking|seeking|preparing|pushing|hoping|trying|planning|urging)|"
    r"prepares|prepared|plans|planned|pleads|pleaded|seeks|sought|pushes|pushed|"
    # the capital's clock, a time zone: "at about 3am Kyiv time"
    r"time)\b",
    matches=(" said the attack was a war crime", "’s allies pledged air defence",
             " reported a wave of overnight attacks", " time) a drone fell on a school",
             " is pleading for more air defence", " prepares to launch a counteroffensive",
             "'s air force said it shot down 57 of 92 drones"),
    rejects=(" was hit by drones overnight", " came under attack",
             " and its region came under attack"),
    lower=False,
    use="match",
)
SOURCE_AT_LINE_END = Rule(
    "source_at_line_end",
    "A capital after a headline's colon or dash, ending the line (\"Strike on Odesa kills two: "
    "Kyiv\", \"Russia launches drones at Ukraine - Kyiv\"): who says so, not where it happened "
    "(a field, \"Location: Kyiv\", is shorter than this).",
    r"[^\n]{25,}(?::|\s[-–—])[ \t]*$",
    matches=("Russian drones hit a port near Izmail, three hurt: ",
             "Russia fires missiles and drones at the west overnight - ",
             "Drone attack on Odesa port wounds three — "),
    rejects=("Location: ", "Drones hit a port: ", "Drones hit a port - "),
    lower=False,
)
GOVERNMENT_BEFORE = Rule(
    "government_before",
    "A capital as its government (\"used by Kyiv\", \"urged Kyiv to\").",
    r"\b(?:by|urged|urging|pressed|pressing|told|asked|called\s+on|"
    r"government\s+in|authorities\s+in|leadership\s+in|officials\s+in|"
    r"accused|warned|allowed|supplied|supplying|armed|arming|backed|"
    r"backing|between|with|"
    # "a vocal backer of Kyiv", "support for Kyiv", "Moscow and Kyiv blamed each other": the
    # government, its friends or its foe beside it
    r"(?:backers?|supporters?|allies|ally|friends?)\s+of|(?:support|aid|help)\s+(?:for|to)|"
    r"(?:Moscow|Russia|Washington)\s+and)\s+$",
    matches=("missiles supplied to and used by ", "Washington has urged ",
             "a vocal backer of ", "Moscow and ", "pledged more support for "),
    rejects=("drones attacked ", "explosions rocked "),
    lower=False,
)
TITLE_AFTER = Rule(
    "title_after",
    "A place in a speaker's title (\"Kharkiv region governor\"), not a place struck.",
    r"(?:\s+(?:region|oblast|province))?(?:'s|’s)?\s+(?:regional\s+)?"
    # "Kyiv City State Administration reported": the city's own administration
    r"(?:governor|(?:military|state)\s+administration|administration\s+head)\b",
    matches=(" region governor Oleh Syniehubov said", "'s military administration reported",
             " State Administration said drones flew over the region"),
    rejects=(" was hit overnight", " region, where drones struck"),
    lower=False, flags=re.I,
    use="match",
)
TITLE_OF_BEFORE = Rule(
    "title_of_before",
    "An official's title before the unit it is of (\"governor of the Poltava region\", "
    "\"head of the Sumy military administration\"): the speaker's oblast.",
    r"\b(?:governor|head|chief)(?:\s+of\s+the\s+(?:regional\s+)?(?:military\s+)?"
    r"administration)?\s+of\s+(?:the\s+)?"
    # where the unit lies: "the head of the southern Rostov region"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|border)"
    r"\s+)?$",
    matches=("Ivan Petrenko, governor of the ", "the head of ", "the governor of the western ",
             "the head of the southeastern "),
    rejects=("a drone hit the centre of ", "the governor said the "),
    lower=False, flags=re.I,
)
SPEAKER_GOES_ON = Rule(
    "speaker_goes_on",
    "After the unit of an official's title, the official going on with an account given "
    "before (\"... region, added that\", \"... region, also said\").",
    r"[^.;]{0,50}?,\s+(?:added|also\s+said|also\s+reported|continued|went\s+on\s+to\s+say)\b",
    matches=(" region, added that four more sought help",
             " Regional Military Administration, also said"),
    rejects=(" region, said that", " region was hit"),
    lower=False, flags=re.I, use="match",
)
SPEAKER_QUOTED = Rule(
    "speaker_quoted",
    "A strike told in the words of a speaker named before (\"..., he said\", \"she wrote "
    "on Telegram\").",
    r"\b(?:he|she)\s+(?:said|stated|added|wrote|posted|reported)\b",
    matches=("\"a drone hit a farm,\" he stated.", "she wrote on telegram"),
    rejects=("the governor said", "they said"),
)
OFFICIAL_AFTER = Rule(
    "official_after",
    "A foreign place in its official's title (\"Bryansk Governor ... claimed\").",
    r"(?:\s+(?:region|oblast|province))?(?:'s|’s)?\s+(?:regional\s+)?"
    r"(?:governor|mayor|head|authorities|officials)\b",
    matches=(" Governor Alexander Bogomaz claimed", " region's authorities said"),
    rejects=(" was struck by drones", " oil depot burned"),
    lower=False, flags=re.I,
    use="match",
)
DATELINE_AFTER = Rule(
    "dateline_after",
    "A dateline after a capitalised city (\"KYIV, May 20 (Reuters) -\"): where the "
    "reporter files from.",
    r"(?:/[A-Z][A-Z' -]+)?(?:,\s*[A-Z][A-Za-z]+)?,?\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
    r"(?:\([A-Z][\w./]*(?:\s+[A-Z][\w./]*){0,2}\)\s*)?[-—–]\s",
    matches=(", May 20 (Reuters) - Russia launched", " (AP) — Russian drones"),
    rejects=(" was struck overnight", ", where drones struck"),
    lower=False, examples_lower=False,
    use="match",
)
HELD_CITY_AS_OBLAST = Rule(
    "held_city_as_oblast",
    "A city held since 2014 that shares its oblast's name (Donetsk, Luhansk), named bare in a "
    "sentence on a Russian strike (\"three were killed in Donetsk, one in Kharkiv\"): the "
    "oblast, unless the sentence names it as the city or speaks through the occupation's "
    "officials (then it is a strike on the held city, which is not counted).",
    r"\b(?:city\s+of|occupied|russian-(?:held|occupied|controlled|installed|appointed)|"
    r"moscow-(?:installed|appointed)|separatists?|self-proclaimed|so-called|dpr|lpr|"
    r"donetsk\s+people's|luhansk\s+people's|(?:donetsk|luhansk)\s+city|"
    r"russian\s+state|tass|ria(?:\s+novosti)?|interfax)\b",
    matches=("shelling killed five in donetsk, the russian-installed mayor said",
             "drones hit the city of donetsk", "tass reported explosions in donetsk"),
    rejects=("three people were killed in donetsk and one in kharkiv",),
)
OCCUPATION_VOICE = Rule(
    "occupation_voice",
    "A report that speaks through the occupation (its officials, its media, its name for the "
    "land): a town held since 2014 struck in it is struck by Ukraine. Without these words and "
    "with no attacker named at all (a short note: \"Donetsk city centre damaged by shelling\"), "
    "the town held since 2014 counts as struck, as any other.",
    r"\b(?:occupied|occupation|occupiers|russian-(?:held|occupied|controlled|installed|"
    r"appointed)|moscow-(?:installed|appointed)|separatists?|self-proclaimed|so-called|"
    r"people's\s+republic|russian\s+state|tass|ria(?:\s+novosti)?|interfax)\b|"
    # the proxies' names, but not as a place's label after a comma or in brackets at the end
    # of a clause (a note's "artillery strike in Gorlovka, DPR", "Stakhanov (LPR)"): that only
    # says where the town is, in no one's voice ("DPR officials said" is one)
    r"(?<!,\s)(?<!\()\b(?:dpr|lpr|dnr|lnr)\b|\b(?:dpr|lpr|dnr|lnr)\b(?!\s*(?:[.,;:)]|$))",
    matches=("the russian-installed mayor said", "tass reported explosions",
             "in the self-proclaimed republic", "dpr officials said the market was hit",
             "according to the lpr, shelling damaged a school",
             "shelling of donetsk, dpr officials said"),
    rejects=("shelling damaged the city centre", "a strike on the market killed nine",
             "one civilian was killed in an artillery strike in gorlovka, dpr",
             "shelling hit a school in stakhanov (lpr).", "a market in makiivka, dnr, was hit"),
)
HELD_CITY_PLACE_BEFORE = Rule(
    "held_city_place_before",
    "Before a bare Donetsk or Luhansk that is the place of a strike's toll: \"in\" (\"three "
    "were killed in Donetsk\"), or a list of regions (\"Sumy, Luhansk, Kharkiv\"), its last "
    "member too (\"the regions of Sumy, Kharkiv and Donetsk\").",
    r"(?:\b(?:in|on|at|regions\s+of)\s+|,\s*|[-–—]\s*|,?\s+and\s+)$",
    matches=("three were killed in ", "targeted the regions - Sumy, ",
             "the regions of Sumy, Kharkiv and ", "struck the regions of "),
    rejects=("which together with ", "the road from "),
    lower=False,
)
COUNTRY_DATELINE = Rule(
    "country_dateline",
    "A dateline of a city and its country opening a line, in any case (\"Kyiv, Ukraine – "
    "At least three people ...\"): where the reporter files from.",
    # a colon only after a name in capitals ("KYIV, Ukraine: ..."; the code checks the case)
    r",\s*Ukraine\s*(?:\([A-Z][\w./]*(?:\s+[A-Z][\w./]*){0,2}\)\s*)?(?:[-—–]|(?P<colon>:))\s",
    matches=(", Ukraine – At least three people", ", Ukraine (AP) — Russian drones",
             ", Ukraine: Two drones hit"),
    rejects=(", Ukraine's second city, was hit", ", Ukraine, drones struck"),
    lower=False, examples_lower=False,
    use="match",
)
PAST_EVENT_AFTER = Rule(
    "past_event_after",
    "A place in a past event's name (\"the Chornobyl disaster\").",
    r"(?:'s|’s)?\s+(?:nuclear\s+)?(?:disaster|accident|catastrophe|"
    r"tragedy|massacre|offensive|counteroffensive|operation)\b",
    matches=(" nuclear disaster of 1986", "’s counteroffensive"),
    rejects=(" was shelled", " nuclear plant lost power"),
    lower=False, flags=re.I,
    use="match",
)
FACILITY_AFTER = Rule(
    "facility_after",
    "A dam or power plant named after a place (\"the Kakhovka Hydroelectric Power Plant\"): "
    "when what happened to it is told before it (`DISASTER_BEFORE`), a named event, not a "
    "strike on the place.",
    r"(?:'s|’s)?\s+(?:hydroelectric\s+power\s+(?:plant|station)|hydro(?:electric)?\s+"
    r"(?:power\s+)?(?:plant|dam|station)|hpp|dam|reservoir)\b",
    matches=(" Hydroelectric Power Plant and the shallowing", " HPP explosion", " dam"),
    rejects=(" was hit", " region"),
    lower=False, flags=re.I, use="match",
)
DISASTER_BEFORE = Rule(
    "disaster_before",
    "What happened to a dam or plant, told before its name (\"after the explosion of the\").",
    r"\b(?:explosion|destruction|collapse|breach|blowing\s+up|undermining|bombing|"
    r"shallowing|draining|drying(?:\s+up)?)\s+of\s+(?:the\s+)?$",
    matches=("after the explosion of the ", "the destruction of "),
    rejects=("drones hit the ", "the explosion in "),
    lower=False, flags=re.I,
)
LIST_GAP = Rule(
    "list_gap",
    "The gap between two names of one list (\", and\", \" or the\").",
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?",
    matches=(", and ", " and the ", ", "),
    rejects=(" but ", " near the "),
    lower=False,
    use="fullmatch",
)
LOCATOR_GAP = Rule(
    "locator_gap",
    "Between a settlement and its own oblast (\"Kupiansk, Kharkiv region\", \"in southern\", "
    "\"Stepanivka village, Kherson\").",
    rf"{SETTLEMENT_KIND_AFTER}(?:,\s*(?:the\s+)?|\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?)",
    matches=(", ", " in southern ", " city, the ", " village, ", " settlement in the "),
    rejects=(" and ", " near "),
    lower=False,
    use="fullmatch",
)
EVENT_NOTE = Rule(
    "event_note",
    "The opening of an event note, a dataset's record of one event (\"On 13 September 2022, "
    "...\", \"Interception: On 2 May 2023, ...\", \"Around 30 May 2022 (as reported), ...\"): "
    "the guide counts every attack such a note tells on a place of Ukraine, whichever side "
    "made it, and every toll it tells, soldiers' too (civilians and others); a news report's "
    "Ukrainian strikes and ground-fighting dead are not counted (lower-cased, at the text's "
    "start).",
    r"\s*(?:[a-z][a-z /-]{0,30}:\s*)?(?:on|around|between)\s+(?:or\s+(?:about|around)\s+)?"
    r"(?:the\s+)?(?:(?:night|morning|evening)\s+of\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s*(?:and|-|–)\s*\d{1,2})?\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+\d{4}\b",
    matches=("on 2 march 2023, troops fired rockets at a village",
             "shelling: on the night of 4 may 2022, guns hit a town",
             "around 11 june 2022 (as reported), a school was struck",
             "on or about 3-4 april 2023, drones hit a depot"),
    rejects=("on tuesday, drones hit a depot", "on march 2, 2023, troops fired rockets",
             "officials said on 2 march 2023 that drones hit a depot"),
    use="match",
)
LABEL_END = Rule(
    "label_end",
    "After a bare oblast name that labels the settlement before it, as an event note's admin1 "
    "does even where it slipped (\"shelled near Nikopol, Kherson. Casualties unknown.\": the "
    "city of Dnipropetrovsk oblast): the clause ends or goes on in lower case, no list of "
    "names (\"Nikopol, Kherson and Zaporizhzhia\").",
    r"[ \t]*(?:$|[.;:()\n]|,(?![ \t]*[A-Z])|[ \t]+(?!and\b|or\b)[a-z])",
    matches=(". Casualties unknown.", ", as a result of which", " with mortars", ""),
    rejects=(" and Zaporizhzhia", ", Zaporizhzhia and Odesa", " or Mykolaiv"),
    lower=False, examples_lower=False,
    use="match",
)
BRACKETS_BEFORE = Rule(
    "brackets_before",
    "From a settlement to a name in the brackets after it (\" (\" or \" (Zaporizhzhia, \").",
    r"\s*\((?:[^()]{0,60}?,\s*)?",
    matches=(" (", " (Zaporizhzhia, "),
    rejects=(", ", " (Zaporizhzhia) "),
    lower=False,
    use="fullmatch",
)
AT_UKRAINE = Rule(
    "at_ukraine",
    "An attack aimed at Ukraine: a foreign place in the sentence is then no target.",
    r"\b(?:at|on|against|across|over)\s+Ukraine\b",
    matches=("drones launched at Ukraine from Kursk",),
    rejects=("drones hit Belgorod",),
    lower=False, examples_lower=False,
)
TARGET_BEFORE = Rule(
    "target_before",
    "A foreign place as the target (\"drones hit Belgorod\", \"in the Kursk region\", \"a "
    "drone strike on western Russia's Belgorod region\").",
    r"\b(?:on|in|at|over|near|against|into|across|targeted|hit|struck|"
    r"attacked|shelled)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?"
    r"(?:(?!(?:from|by|and)\b)[\w'’-]+\s+){0,2}$",
    matches=("drones hit ", "explosions in the ", "downed over the territory of the ",
             "a drone strike on western Russia's ", "an attack on southern Russia’s "),
    rejects=("hours before the ", "a delegation from ", "drones hit Sumy from ",
             "a strike on Sumy and "),
    lower=False, flags=re.I,
)
LOCATION_FIELD = Rule(
    "location_field",
    "A note's location field (\"Location: Kryvyi Rih\"): where its event happened.",
    r"(?:location|place|where|settlement)\s*:",
    matches=("location: kryvyi rih, dnipropetrovsk oblast",),
    rejects=("the location of the strike", "drones hit the place: a school"),
    use="match",
)
LOCATION_LINE = Rule(
    "location_line",
    "What is left of a line of nothing but place names once the names are blanked.",
    r"[\s,.;:()\-–—•*·]*(?:(?:oblasts?|regions?|districts?|raion|hromada|city|"
    # "s" is what a plural leaves of a name matched in the singular ("Kherson region|s")
    r"village|town|province|railway\s+station|and\s+other\s+(?:areas|regions|places)|s)\b"
    r"[\s,.;:()\-–—]*)*",
    matches=(",  oblast.", " ,   ,   region", "•          ;",
             "•          regions, and other areas."),
    rejects=("  , drones hit the   ",),
    use="fullmatch",
)

FOREIGN_TOWN = Rule(
    "foreign_town",
    "A town abroad named as such (\"in the Russian town of Shebekino\"): the sentence's strike "
    "is there, not in Ukraine.",
    r"\b(?:in|on|at|near|over)\s+the\s+(?:Russian|Belarusian)\s+(?:border\s+)?"
    r"(?:town|city|village|region|settlement)\s+of\b",
    matches=("a shell hurt a man in the Russian town of Shebekino",),
    rejects=("a drone hit the Ukrainian town of Sumy", "Russian drones hit the town of Izium"),
    lower=False, examples_lower=False,
)
LINK_LINE = Rule(
    "link_line",
    "A line of links to other stories in a web page (\"Read also: ...\", \"See more: ...\", a "
    "bare \"Related\" over a list of headlines): the headlines are other reports, whose tolls "
    "and places are none of this one's strikes (English; lower-cased text, matched at a line's "
    "start; `events._link_lines` takes the rest of the line and the list lines under it).",
    r"[ \t]*(?:read\s+(?:also|more)|see\s+(?:also|more)|also\s+read|"
    r"related(?:\s+(?:news|articles?|stories|posts?))?)[ \t]*(?::|\n|$)",
    matches=("read also: drones hit a depot in the region, two injured",
             "see more: shelling of a village, one dead. photo",
             "read also\n- a missile hit the port", "related:", "  read more:"),
    rejects=("she said she had read more of the reports",
             "see also the map below", "related to the attack, police said",
             "officials will see more damage in the morning"),
    use="match",
)
ABROAD_OPENING = Rule(
    "abroad_opening",
    "A sentence opening on a country abroad (\"In Russia, a woman was killed by a drone ...\", "
    "\"Inside Russia, ...\"): its toll is of a strike there, not on Ukraine.",
    r"^\W*(?:(?:meanwhile|separately|elsewhere),?\s+)?(?:in|inside|across)\s+(?:neighbouring\s+|"
    r"neighboring\s+)?(?:Russia|Belarus)\b(?!n)",
    matches=("In Russia, a woman was killed by a drone strike in the Belgorod region",
             "Meanwhile, in Russia, two people were injured"),
    rejects=("In Russian-occupied Donetsk, ...", "Russia attacked Kharkiv, killing two"),
    lower=False, flags=re.I,
)
CODED_AFTER = Rule(
    "coded_after",
    "A unit an event note codes to a place of its own (\"Ivanivska community (coded to "
    "Ivanivka, Kherson region)\"): the place in the brackets is the event's; the unit's name, "
    "which may be a namesake's in another oblast, is no second strike location.",
    r"(?:\s+(?:territorial\s+)?(?:community|hromada|district|raion|region|oblast|municipality|"
    r"city|village|settlement))?\s*\(\s*coded\s+to\b",
    matches=(" community (coded to Ivanivka, Kherson region)", " (coded to Sumy)",
             " district (coded to Izium, Kharkiv)"),
    rejects=(" (Kherson region)", " community was shelled (coded"),
    lower=False, flags=re.I, use="match",
)
CAPTURED_BEFORE = Rule(
    "captured_before",
    "A place in a clause of ground war (\"after troops took control of the city of\", "
    "\"for recapturing\", \"the fall of\", \"fighting raged on the outskirts of\"): a "
    "place taken or fought over, not one the sentence's strike hit, unless a strike word "
    "stands between.",
    r"\b(?:(?:took|taken|taking|take|seized|seizing|gained|gaining|lost|losing)\s+control\s+of|"
    r"(?:re)?captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|retook|retak(?:e|en|es|ing)|"
    r"liberat(?:e|ed|es|ing|ion\s+of)|occupation\s+of|(?:the\s+)?fall\s+of|"
    r"battles?\s+for|"
    # "as fighting for the strategic city of" (not "fighting for their lives in")
    r"(?:fighting|fight|struggle)\s+for\s+(?!(?:their|his|her|its|our|the)\s+(?:lives?|"
    r"survival|independence|freedom)\b)|"
    r"(?:fighting|battles?|clashes|combat)\s+(?:\w+\s+){0,2}(?:raged|raging|"
    r"continued|continues|went\s+on|under\s+way)\s+(?:on|in|at|around|near|for))"
    r"(?:(?!shell|struck|strik|hit\b|hits\b|bomb|attack|missile|drone|rocket|killed|kill|"
    r"injur|wound)[^,;.()\"“”])*$",
    matches=("a day after Russian forces took control of the port city of ",
             "medals for recapturing ", "while fighting raged on the outskirts of ",
             "after the fall of ", "the strike came as fighting for the strategic city of "),
    rejects=("after troops captured the village, drones hit ",
             "two men are fighting for their lives in a hospital in ",
             "troops captured the hill and then shelled ", "a missile hit "),
    lower=False, flags=re.I,
)
STREET_AFTER = Rule(
    "street_after",
    "A name that is part of a street's or a square's (\"Postova Street\"), or a front's "
    "direction named after a town (\"на Лисичанському напрямку\", \"на Покровском "
    "направлении\", \"a village of the Lysychansk sector\", \"the Volnovakha direction\"): no "
    "place struck.",
    r"\s+(?:Street|St\.?|Avenue|Ave\.?|Boulevard|Square|Lane|Prospekt|Prospect|Embankment|"
    r"напрям\w*|направлени\w*|[Ss]ector|[Dd]irection|[Aa]xis)\b",
    matches=(" Street was hit", " Avenue", " напрямку росіяни", " направлении",
             " sector, where shelling hit two homes", " direction, injured a man"),
    rejects=(" was hit", " street-level"),
    lower=False, examples_lower=False, use="match",
)
COLON_DATELINE = Rule(
    "colon_dateline",
    "A place and a colon opening a line (\"Kyiv: Russia launched ...\"): a dateline when the "
    "sentence goes on to name other places.",
    r"\s?:\s+[A-Z\"“‘']",
    matches=(": Russia has launched", ": A Russian bomb", " : Russia launched"),
    rejects=(" was hit", ":30 am"),
    lower=False, examples_lower=False, use="match",
)
COMMA_DATELINE = Rule(
    "comma_dateline",
    "A place, a comma and a capitalised word that opens a clause of its own, opening a line "
    "(\"Kyiv, Russian drones hit Odesa overnight\", a caption's \"Lviv, Rescuers at a "
    "house in Kharkiv\"): where the report or photo was filed, when the line goes on to name "
    "another place (the code checks that place and that the capital word is no place).",
    r",\s+[A-Z][a-z]+\s+(?!(?:and|or|oblast|region|district)\b)[a-z]",
    matches=(", Russian drones hit", ", Rescuers at a"),
    rejects=(", the second city", ", Sumy and Poltava", ", Ukraine", ", Kharkiv region"),
    lower=False, examples_lower=False, use="match",
)
RANGE_FROM = Rule(
    "range_from",
    "The first end of a range of places (\"from Uzhhorod in the west to Kharkiv\"): both ends were "
    "targets, not where something came from.",
    r"(?:\s+(?:region|oblast))?\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)"
    r"\w*,?\s+to\s+(?:the\s+)?[A-Z]",
    matches=(" in the west to Sumy", " region in the far east to the Kharkiv",
             " in the north, to Odesa in the south"),
    rejects=(" to Sumy", " in the west of the city"),
    lower=False, examples_lower=False, use="match",
)
RANGE_TO = Rule(
    "range_to",
    "The second end of a range of places (\"from Uzhhorod in the west to Kharkiv\"), or either end "
    "of a range the sentence says was targeted (\"the country was targeted - from the Sumy "
    "region and Kyiv to Odesa\").",
    r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast))?\s+in\s+the\s+(?:far\s+)?"
    r"(?:north|south|east|west|centre|center)\w*,?\s+to\s+(?:the\s+)?$|"
    r"\b(?:targeted|attacked|struck|hit|shelled|under\s+(?:attack|fire))(?:\s+\w+){0,2}?"
    r"\s*[-—–,:]?\s*from\s+"
    r"(?:the\s+)?(?:[^.;]{0,60}?\s+to\s+(?:the\s+)?)?$",
    matches=("from Lviv in the west to ", "most of the country was targeted — from the ",
             "from Sumy in the north, to ",
             "most regions were targeted - from the Sumy region and Kyiv to "),
    rejects=("from Kursk to ", "drones flew to ", "drones launched from "),
    lower=False, examples_lower=False,
)
LAUNCH_SITES = Rule(
    "launch_sites",
    "Where the weapons were launched from (\"launched 17 Shahed drones from Cape Chauda "
    "(Crimea)\", \"from the Kursk and Bryansk directions\"): places in Russia or Crimea named "
    "so are no strike there, and the figures told with them stay ours.",
    # "attacked Ukraine with 100 drones ... from Orel, Kursk": an attack told by its weapons
    r"\b(?:launch(?:ed|ing)?|fired|sent|released|attack(?:ed|ing)\s+(?:\w+\s+){0,2}?with)\b"
    r"[^.;]{0,120}?\bfrom\s+(?:the\s+)?"
    # "from bases in Millerovo", "from positions near Kursk": the sites named after their kind
    r"(?:(?:air\s*)?(?:bases?|positions?|sites?|airfields?|airports?)\s+(?:in|near|at)\s+"
    r"(?:the\s+)?)?"
    r"(?:(?:occupied|russian-(?:held|occupied)|temporarily\s+occupied)\s+)?(?:\w+\s+)?"
    r"(?:directions?|area|airspace|territory|regions?|cape|airfield|crimea|kursk|bryansk|"
    r"belgorod|oryol|orel|rostov|millerovo|primorsko-akhtarsk|chauda|shatalovo|"
    r"russia|[a-z'’-]+\s+(?:region|oblast))\b",
    matches=("the enemy launched 17 shahed attack uavs from cape chauda (crimea)",
             "russia launched 80 drones from the kursk, oryol and bryansk directions",
             "the enemy attacked ukraine with 70 attack uavs from kursk and millerovo",
             "they launched 60 attack drones from bases in millerovo and oryol",
             "russia fired 30 drones and decoys from positions near kursk"),
    rejects=("russian drones struck crimea", "drones hit belgorod overnight",
             "ukraine launched 40 drones at the kursk region",
             "russia launched drones at ukraine; from bases in the south"),
)
CAPITAL_AROUND = Rule(
    "capital_around",
    "Before \"the capital\": its surroundings (\"villages around the capital\", \"on the "
    "outskirts of the capital\"), a strike in Kyiv oblast, not in the city.",
    r"\b(?:around|outside|near|outskirts\s+of|suburbs\s+of|approaches\s+to|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+$",
    matches=("in several villages around ", "shelling on the outskirts of "),
    rejects=("drones struck ", "explosions in "),
)
NEAR_CAPITAL_BEFORE = Rule(
    "near_capital_before",
    "Before Kyiv named as the city: near it (\"power stations near Kyiv\", \"a village not far "
    "from Kyiv\"): a strike around the city, in Kyiv oblast (UA-32), since the city is a unit of "
    "its own (UA-30); not \"around\", \"outside\" or \"the suburbs of\", which news also use "
    "for the city's airspace, its districts or the rest of the country.",
    r"\b(?:near|nearby|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of)\s+"
    r"(?:the\s+(?:city|capital)\s+of\s+)?$",
    matches=("power stations near ", "a village not far from ", "close to the city of "),
    rejects=("drones struck ", "in the suburbs of ", "the airspace around ", "outside "),
    lower=False, flags=re.I,
)
CAPITAL_DISTANCE = Rule(
    "capital_distance",
    "Before \"the capital\": a distance from it (\"some 300 km west of\", \"50 miles from\"): the "
    "capital is a landmark for another place, not struck, nor its surroundings.",
    r"(?<![a-z])(?:km|kilomet(?:re|er)s|miles)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+of|from|away\s+from)\s+$",
    matches=("a city 170 miles southwest of ", "about 85km south of ", "some 30 km from "),
    rejects=("villages south of ", "shelling on the outskirts of "),
)
CAPITAL_REGION = Rule(
    "capital_region",
    "Kyiv oblast told through the capital, not by its name (\"the capital region\", \"Kyiv and "
    "its region\", \"the capital and the surrounding region\"; `bare`: \"the wider region\", "
    "which is Kyiv's only right after Kyiv is named): a strike in the oblast, beside the city.",
    r"\b(?:the\s+capital\s+region|(?:kyiv|kiev|the\s+capital)(?:\s+city)?\s+and\s+(?:its|the)\s+"
    r"(?:(?:surrounding|wider|whole|entire)\s+)?(?:region|oblast)|"
    r"(?P<bare>(?:the|its)\s+(?:wider|surrounding|greater)\s+(?:kyiv\s+|capital\s+)?region|"
    # "debris damaged a house in the region", after the capital's strike
    r"(?<=in\s)the\s+region|(?<=across\s)the\s+region|(?<=throughout\s)the\s+region))\b"
    r"(?!\s+of\b)(?!['’]s)",
    matches=("air defence was active in the capital region",
             "kyiv and its region came under attack",
             "drones attacked the capital and the surrounding region",
             "damage in five districts of the wider region",
             "debris damaged two cars in the region"),
    rejects=("the regional capital was hit", "kharkiv and the region", "the capital was hit",
             "the wider region of kharkiv", "the region's governor said",
             "in the region of kharkiv"),
)
CAPITAL = Rule(
    "capital",
    "Kyiv named as the capital (\"strikes on the capital\", \"Ukraine's capital\"), not the "
    "Russian, a regional or another country's capital.",
    r"\b(?:the\s+(?:ukrainian\s+)?|ukraine(?:'s|’s)\s+)capital\b"
    r"(?!\s+(?:of\s+(?!ukraine\b)\w|region|city\s+of\s+(?!kyiv\b)\w))",
    matches=("drones struck the capital overnight", "explosions in ukraine's capital"),
    rejects=("drones struck the russian capital", "the regional capital was hit",
             "the capital of the kharkiv region"),
)
NO_STRIKE_CLAUSE = Rule(
    "no_strike_clause",
    "A clause that denies a strike on the places it names: \"..., while officials in the "
    "Sumy and Poltava regions said there were no hits\", \"no attacks were recorded in the Kyiv "
    "region\", \"Lviv was not hit\", \"the night was calm in Odesa\" (its places are not struck "
    "unless the clause affirms a strike as well, `STRIKE_AFFIRMED`; "
    "`extract.events._denied_clauses`). Not casualties denied: \"no one was hurt in X\" tells a "
    "strike on X.",
    r"\bno\s+(?:direct\s+|further\s+|new\s+|other\s+|drone\s+|missile\s+)?"
    r"(?:hits|strikes|attacks|impacts|explosions)\b"
    r"|\b(?:was|were|been)\s+not\s+(?:hit|struck|attacked|shelled|targeted)\b"
    r"|\b(?:remained|was|were)\s+(?:calm|quiet)\b",
    matches=("while officials in the sumy and poltava regions said there were no hits",
             "no attacks were recorded in the kyiv region",
             "lviv was not hit", "the night was calm in odesa",
             "the mayor reported no direct hits on the port"),
    rejects=("no one was hurt in the city", "no casualties were reported",
             "drones hit the city"),
)
TOLL_DENIED = Rule(
    "toll_denied",
    "A toll or damage denied for the places a sentence names (\"no casualties have been "
    "reported in the regions of Sumy and Poltava\", \"there was no damage in Kherson Oblast\", "
    "\"nobody was hurt in Odesa\"): in a report of an attack, those places were attacked "
    "(GUIDE.md), though `NOT_EVIDENCE` blanks the words as no evidence of a strike of their own "
    "(`extract.events._toll_denied_only`). Not hits denied (`NO_STRIKE_CLAUSE`).",
    r"\bno\s+(?:(?:immediate|civilian|human|serious|major|significant|further|other|new|"
    r"reported|information\s+(?:about|on)|reports?\s+of|word\s+of)\s+){0,2}"
    r"(?:casualties|injuries|injured|victims|dead|deaths|fatalities|damage|destruction)\b"
    r"|\bwithout\s+(?:\w+\s+)?(?:casualties|injuries|victims|damage)\b"
    r"|\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?"
    r"(?:hurt|injured|wounded|killed|hospitali[sz]ed)\b",
    matches=("no casualties have been reported in the regions of sumy and poltava",
             "there was no damage in kherson oblast, the governor said",
             "officials said nobody was hurt in odesa",
             "the attack on the city passed without casualties",
             "there were no reports of injuries in the chernihiv region"),
    rejects=("the governors reported no hits in the sumy region",
             "two people were injured in kharkiv", "no drones reached the city"),
)
STRIKE_AFFIRMED = Rule(
    "strike_affirmed",
    "Beside a denial in one clause, a word that tells a strike there all the same (a hit, a "
    "toll, damage, drones shot down: \"no hits on homes, but debris damaged a car\" in one "
    "clause); the denial's own words blanked first (`NO_STRIKE_CLAUSE`).",
    r"\b(?:hit|hits|struck|killed|killing|injured|injuring|wounded|damaged|damaging|destroyed|"
    r"shelled|attacked|shot\s+down|downed|intercepted|debris|fell|wreckage|fragments|"
    r"fires?|caught\s+fire|burned|burning|ablaze)\b",
    matches=("debris damaged a car", "two drones were shot down over the region",
             "falling wreckage set a shed on fire", "a fire broke out at a warehouse"),
    rejects=("officials in the sumy and poltava regions said there were", "on the port or "
             "casualties"),
)
