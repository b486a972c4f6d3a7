"""Explosions that are no Russian strike: a blast told with a cause of its own (a grenade, an
explosive device, a gas leak, a terrorist attack, a mine or ordnance left behind) or as
something that happened inside a building while police establish why, with no attack, weapon
or attacker named (English; `extract.events` drops such a sentence's place and toll, and the
toll told right after it)."""

from __future__ import annotations

from extract.rules import Rule

OWN_CAUSE = Rule(
    "blast_own_cause",
    "An explosion with a cause or an inquiry of its own, not an attack's: \"an improvised "
    "explosive device\", \"a grenade\", \"a landmine\", \"a gas explosion\", \"an unknown "
    "object detonated\", \"police are establishing the circumstances\", \"an explosion "
    "occurred in an office building\" (lower-cased sentence).",
    r"\b(?:(?:improvised\s+)?explosive\s+device|grenades?|"
    # a mine or an explosive left behind that someone set off ("a tractor ran over a Russian
    # landmine", "stepped on a mine", "explosives left by the Russians"): no strike of the day;
    # a bare "mine" only as set off or going off, not a coal mine ("injured at the mine")
    r"(?:(?:russian|enemy)\s+|anti[\s-](?:personnel|tank)\s+|land|petal\s+)mines?|"
    r"(?:stepp\w*\s+on|r[au]n\s+over|(?:hit|hits|struck)(?=\s+an?\s)|trigger\w*|"
    r"(?:set|sets|setting)\s+off|detonat\w*|by)\s+(?:an?\s+|the\s+)?"
    # a mine of a kind: "killed by a roadside mine", "hit a naval mine"
    r"(?:(?:roadside|naval|sea|tripwire|butterfly|anti-personnel|anti-tank)\s+)?mines?|"
    r"mines?\s+(?:exploded|explodes|went\s+off|detonated|blast|explosion)|"
    r"explosives?\s+(?:\w+\s+)?(?:left|planted)\s+(?:behind\s+)?by|unexploded|ordnance|"
    r"terror(?:ist)?\s+(?:attack|act)|act\s+of\s+terror\w*|"
    r"gas\s+(?:leak|explosion|cylinder|canister)|"
    r"(?:unknown|unidentified)\s+(?:explosive\s+)?(?:objects?|devices?|items?)|"
    r"(?:unknown|unidentified)\s+explosives?|"
    r"cause\s+of\s+the\s+(?:explosion|blast|detonation)|"
    r"(?:circumstances|causes)\s+(?:of\s+the\s+(?:incident|explosion|blast)\s+)?"
    r"(?:are|is)\s+being\s+(?:established|investigated|clarified)|"
    r"(?:establishing|investigating|clarifying)\s+(?:all\s+)?the\s+(?:circumstances|causes?)|"
    r"explosives\s+(?:experts|technicians|specialists)|"
    r"(?:explosion|blast|detonation)\s+(?:occurred|took\s+place|happened|went\s+off)\s+"
    r"(?:in|at|inside|near)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:office|building|enterprise|"
    r"company|factory|shop|store|cafe|restaurant|car|vehicle|apartment|flat|garage|"
    r"premises|warehouse|dormitory|hostel|bin|can))\b",
    matches=("an explosion occurred in an office building of a transport company in the village",
             "a grenade went off in a flat, injuring two men",
             "police said an improvised explosive device killed an officer",
             "an unknown object detonated in a rubbish bin, injuring a passer-by",
             "the cause of the explosion is being established",
             "a gas explosion destroyed part of a five-storey building",
             "a tractor driver ran over a russian landmine in a field",
             "a man was killed by explosives left by the russians near the river",
             "a boy picked up unexploded ordnance", "a man stepped on a mine near the river",
             "the car hit a mine on a field road", "a mine went off under a tractor",
             "a couple died when their car hit a roadside mine",
             "two fishermen were killed by a naval mine off the coast",
             "a man was killed by the blast of an unknown explosive object",
             "a man activated an unidentified explosive in the woods"),
    rejects=("an explosion rocked the city during the drone attack",
             "explosions were heard in kharkiv overnight",
             "a russian missile caused an explosion at the plant",
             "the miner said the shelling determined nothing",
             "two workers were injured at the mine, the company said",
             "a coal mine was damaged and one man was killed"),
    # every match holds one of these: its gate's words without "cause" (of "cause of the
    # explosion"), which "because" and "caused" arm in nearly every report
    prescan=(r"explosi|grenade|terror|leak|cylinder|canister|unknown|unidentified|blast|"
             r"detonation|establish|investigat|clarif|mine|unexploded|ordnance", 1),
)
ATTACK_NAMED = Rule(
    "blast_attack_named",
    "An attack, its weapon or its attacker named in a sentence (its `OWN_CAUSE` words blanked "
    "first): the explosion it tells of is a strike after all (\"a drone dropped a grenade\", "
    "\"Russia's terrorist attack on the city\").",
    r"\b(?:attack\w*|strikes?|struck|shell\w*|drones?|uavs?|missiles?|shaheds?|rockets?|"
    r"bomb(?:s|ing|ed|ardment)?|artillery|kabs?|russian?|russia['’]s|enemy|occupiers?|"
    r"invaders?|air\s+raid|air\s+defen[cs]e|debris)\b",
    matches=("a russian drone dropped a grenade on a car", "the enemy attacked the village",
             "drone debris fell on a building"),
    rejects=("a grenade went off in a flat", "police are establishing the circumstances"),
)


# --- An explosive left behind, told as a noun phrase: a remnant someone found, handled or
# disposed of, or one told as left, planted or unexploded. The whole phrase is the blast's own
# cause, so the weapon and attacker words inside it ("an unexploded Russian artillery shell",
# "a mine planted by retreating Russian troops", "40 shells and 2 mines defused") name no
# attack of the day (`events._own_cause_blast` blanks them before `ATTACK_NAMED`).

#: What is left behind: explosive objects, ordnance, shells, mines, grenades, cluster elements,
#: a remnant (no drone, no debris: "drone debris fell on a house" is a strike's); the ones
#: that may also lie unexploded after a strike of the day (rockets, missiles, bombs) last.
_DUD_WORDS = (r"explosive\s+(?:objects?|items?|devices?|remnants?)", r"explosives?", "ordnance",
              r"submunitions?", r"munitions?", "ammunition", r"shells?", r"projectiles?",
              r"landmines?", r"mines?", r"grenades?", r"tripwires?", r"bomblets?",
              r"cluster\s+elements?", r"fuzes?", r"remnants?")
#: (Not a warhead: "a cargo warhead found lying in a yard" is what a strike of the day left.)
_REMNANT_WORDS = (*_DUD_WORDS, r"rockets?", r"missiles?", r"bombs?")
_REMNANT = ("(?:" + "|".join(_REMNANT_WORDS) + ")"
            # not a store of them: "a missile struck an ammunition depot" is a strike's target
            r"(?!\s+(?:depots?|warehouses?|dumps?|stores?|stockpiles?|factory|factories|"
            r"plants?)\b)")
#: Before it: a count or an article, then up to three words that are no preposition ("40
#: russian artillery", "an old", "2 anti-tank"; not "hit by russian missiles").
_BEFORE = (r"(?:(?:an?|the|one|two|three|four|five|several|some|\d+)\s+)?"
           r"(?:(?!(?:of|in|on|at|near|from|by|with)\b)[\w'’-]+\s+){0,3}?")
#: After it: what it came from ("of war", "from a rocket of the multiple rocket launcher").
_FROM = (r"(?:\s+(?:of|from)\s+(?:(?!(?:in|near|at)\b)[\w'’-]+\s+){0,5}?"
         r"(?:war|launchers?|systems?|rockets?|missiles?|shells?|munitions?|bombs?))*")
#: A remnant phrase, and a list of them ("40 shells and 2 anti-tank mines").
_PHRASE = _BEFORE + _REMNANT + _FROM
_PHRASES = _PHRASE + r"(?:(?:,\s*|\s+and\s+)" + _PHRASE + r")*"
#: Told as left or found after it: "a shell he had found", "12 rockets ... found in a forest",
#: "a grenade left behind by the occupiers".
_LEFT_AFTER = (r"\s+(?:(?:that|which)\s+)?(?:(?:he|she|they|someone|residents?|villagers?|"
               r"children|locals?)\s+)?(?:(?:was|were|had|has|have)\s+)?(?:been\s+)?"
               r"(?:left|planted|laid|placed|abandoned|found|discovered|hidden|buried)"
               r"(?:\s+behind)?(?:\s+by\s+(?:the\s+)?(?:retreating\s+|fleeing\s+)?"
               r"(?:(?:russian|enemy|occupying)\s+)?(?:forces|troops|army|military|soldiers|"
               r"occupiers|invaders|russians|enemy))?")
#: Told as not having gone off when it fell ("a cluster submunition that had failed to
#: explode"; not a rocket or missile, which may lie unexploded in a strike's own report).
_DUD_AFTER = (r"\s+(?:that|which)\s+(?:had\s+)?(?:failed\s+to|did\s+not|didn['’]t|had\s+not)"
              r"\s+(?:explode|detonate)")
#: The verbs of finding, handling or disposing of a remnant, each opening an alternative.
_HANDLED = (r"picked\s+up", r"picking\s+up", r"pick\s+up", r"stepped\s+on", r"stepping\s+on",
            r"ran\s+over", r"run\s+over", r"running\s+over", "touched", "touching", "handled",
            "handling", r"played\s+with", r"playing\s+with", r"tampered\s+with",
            r"tampering\s+with", "activated", "activating", "found", "finding", "discovered",
            r"came\s+across", r"dug\s+up", "unearthed", "defused", "defusing", "disarmed",
            "disarming", "neutrali[sz]ed", "neutrali[sz]ing", "dismantled", r"disposed\s+of",
            "demined", "removed")
LEFT_BEHIND = Rule(
    "blast_left_behind",
    "An explosive left behind as a noun phrase, the blast's own cause with every word in it: "
    "\"picking up an unexploded shell\", \"sappers defused 40 shells and 2 mines\", \"a "
    "grenade left behind by the occupiers\", \"an explosive object left by russian troops\", "
    "\"a cluster submunition that had failed to explode\" (lower-cased sentence; searched one "
    "alternative at a time, `events._LEFT_PARTS`).",
    r"\b(?:" + "|".join(
        [rf"{w}\s+{_PHRASE}" for w in ("unexploded", "undetonated", "abandoned", "leftover")]
        + [rf"{verb}\s+{_PHRASES}" for verb in _HANDLED]
        # hitting one: only an explosive object or remnant ("his tractor hit an explosive
        # object"; "a missile hit an ammunition store" is a strike)
        + [rf"{verb}\s+(?:an?\s+|the\s+)?explosive\s+(?:objects?|items?|remnants?)"
           for verb in ("hit", "struck")]
        # one alternative a word, each opening on it (`events._LEFT_PARTS`)
        + [rf"{head}{_FROM}{_LEFT_AFTER}" for head in _REMNANT_WORDS]
        + [rf"{head}{_DUD_AFTER}" for head in _DUD_WORDS]
        + [rf"{verb}(?:\s+behind)?\s+by\s+(?:the\s+)?(?:retreating\s+|fleeing\s+)?"
           r"(?:(?:russian|enemy|occupying)\s+(?:forces|troops|army|military|soldiers)|"
           r"russians|occupiers|invaders)" for verb in ("left", "planted", "laid", "abandoned")])
    + r")\b",
    matches=("two boys were hurt after picking up an unexploded russian artillery shell",
             "a farmer's tractor struck an explosive object left by russian troops",
             "sappers defused 40 russian artillery shells and 2 anti-tank mines near a village",
             "an emergency crew neutralised 3 cluster elements and 1 remnant from a rocket of "
             "the multiple rocket launcher system in the region",
             "a pensioner was hurt when a shell he had found in his garden went off",
             "a teenager was wounded while handling a grenade left behind by the occupiers",
             "one person was hurt by a device planted by retreating russian forces",
             "the car hit an explosive remnant of war",
             "deminers destroyed 12 rockets of a grad launcher found in a forest",
             "a child was hurt by a cluster submunition that had failed to explode"),
    rejects=("a russian drone dropped a shell on a car",
             "russian forces fired cluster munitions at the town",
             "investigators found fragments of a russian missile at the site",
             "police found the bodies of two men",
             "a russian missile struck an ammunition depot",
             "an industrial site was hit by russian iskander missiles",
             "the strike left three people dead",
             "an unexploded part of the missile"),
)
#: Right before a remnant `LEFT_BEHIND` finds, its maker and up to two more words: part of the
#: remnant's phrase ("a russian cluster submunition that had failed to explode"), searched
#: in the 40 characters before the remnant, up to where it starts.
MAKER_BEFORE = Rule(
    "blast_maker_before",
    "The maker of a remnant told right before it (\"russian\", \"an enemy\", \"the "
    "occupiers'\"), up to two more words between: part of the remnant, no attacker.",
    r"\b(?:russian|enemy|occupiers['’]?)\s+(?:[\w-]+\s+){0,2}$",
    matches=("a child was hurt by a russian cluster ", "an enemy "),
    rejects=("russian forces shelled the town, and a ",),
)
