"""Explosions that are no Russian strike: a blast told with a cause of its own (a grenade, an
explosive device, a gas leak, a terrorist attack, a mine or ordnance left behind or set off
by mishap, demining, a road accident) or as something that happened inside a building while
police establish why, with no attack, weapon or attacker named (English; `extract.events`
drops such a sentence's place and toll, and the toll told right after it)."""

from __future__ import annotations

from extract.rules import Rule

OWN_CAUSE = Rule(
    "blast_own_cause",
    "An explosion with a cause or an inquiry of its own, not an attack's: \"an improvised "
    "explosive device\", \"a grenade\", \"a landmine\", \"a gas explosion\", \"an unknown "
    "object detonated\", \"police are establishing the circumstances\", \"an explosion "
    "occurred in an office building\", a device left by the army, a munition set off by "
    "mishap, deminers at work, a road accident (lower-cased sentence).",
    # (a grenade launcher is a weapon fired at a place: "fired mortars and grenade launchers at
    # positions near the village")
    r"\b(?:(?:improvised\s+)?explosive\s+device|grenades?(?!\s+launchers?)|"
    # a mine or an explosive left behind that someone set off ("a tractor ran over a Russian
    # landmine", "stepped on a mine", "explosives left by the Russians"): no strike of the day;
    # a bare "mine" only as set off or going off, not a coal mine ("injured at the mine")
    r"(?:(?:russian|enemy)\s+|anti[\s-](?:personnel|tank)\s+|land|petal\s+)mines?|"
    r"(?:stepp\w*\s+on|r[au]n\s+over|(?:hit|hits|struck)(?=\s+an?\s)|trigger\w*|"
    r"(?:set|sets|setting)\s+off|detonat\w*|by)\s+(?:an?\s+|the\s+)?"
    # a mine of a kind: "killed by a roadside mine", "hit a naval mine"
    r"(?:(?:roadside|naval|sea|tripwire|butterfly|anti-personnel|anti-tank)\s+)?mines?|"
    r"mines?\s+(?:exploded|explodes|went\s+off|detonated|blast|explosion)|"
    r"explosives?\s+(?:\w+\s+)?(?:left|planted)\s+(?:behind\s+)?by|ordnance|"
    # who left or planted it, named with it, is no attacker of the day ("a device planted by
    # Russian forces", "a mine left behind by retreating Russian troops")
    r"(?:left(?:\s+behind)?|planted|abandoned|laid|placed|booby-trapped)\s+by\s+(?:the\s+)?"
    r"(?:retreating\s+)?(?:russian|enemy)\s+(?:forces|troops|army|military|soldiers|"
    r"servicemen|occupiers)|"
    # a munition that did not go off when fired, the weapon's name with it ("found an
    # unexploded shell", "an unexploded cluster submunition")
    r"unexploded(?:\s+(?:[\w-]+\s+){0,2}?(?:shells?|rockets?|missiles?|bombs?|munitions?|"
    r"submunitions?|projectiles?|mines?|grenades?|warheads?|rounds?))?|"
    # an old munition, or one a person found, picked up or set off ("an old shell he found in
    # a field exploded", "having activated an unknown explosive", "picked up a rocket's
    # warhead"): no attack of the day
    r"(?:old|stray|spent|leftover|left-over|discarded|rusty)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shells?|rockets?|missiles?|bombs?|munitions?|submunitions?|projectiles?|mines?|"
    r"grenades?|warheads?|rounds?|explosives?)|"
    r"(?:found|pick(?:ed|ing|s)?\s+up|discovered|activat\w*|handl\w*|tamper\w*\s+with)\s+"
    r"(?:an?\s+|the\s+|"
    r"some\s+)?(?:[\w-]+\s+){0,2}?(?:shells?|rockets?|munitions?|submunitions?|projectiles?|"
    r"grenades?|warheads?|explosives?|bomblets?)\b|"
        # set off by mishap ("accidentally activated an unidentified explosive", "careless
    # handling of a shell")
    r"accidental(?:ly)?\s+(?:\w+\s+)?(?:activat\w*|detonat\w*|trigger\w*|set\s+off|"
    r"explo\w*|handl\w*|touch\w*|blast)|careless\s+handling|"
    # demining: the munitions it names, their makers and kinds, are no attack; the rest of the
    # clause is the deminers' ("rescuers defused two Russian cluster bomblets and a rocket's
    # tail", "sappers cleared 40 explosive objects")
    r"(?:defus\w*|de-?min(?:ing|ed|ers?)|sappers?|pyrotechnic\w*|bomb\s+(?:disposal|squads?)|"
    r"(?:cleared|removed|neutrali[sz]ed|disposed\s+of|collected)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:explosive\s+(?:objects?|items?|devices?)|ordnance|(?:land)?mines|remnants?))"
    r"[^.;]*|"
    # an accident, no attack ("a car crashed into a bus", "a road accident", "drowned")
    r"(?:road|traffic|car|bus|train|industrial|workplace)\s+(?:accident|crash|collision)|"
    r"(?:crashed|collided)\s+(?:into|with)|drown(?:ed|ing|s)|electrocut\w*|"
    r"terror(?:ist)?\s+(?:attack|act)|act\s+of\s+terror\w*|"
    r"gas\s+(?:leak|explosion|cylinder|canister)|"
    r"(?:unknown|unidentified)\s+(?:object|device)|"
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
             "a man was hurt when a device planted by russian forces went off in the yard",
             "a boy found an unexploded shell in a garden and it went off",
             "a woman was injured after she accidentally set off a stray munition",
             "a man was hurt when an old shell he had dug up exploded in the yard",
             "a teenager was injured, having activated an unidentified explosive in the woods",
             "two boys picked up a cluster bomblet, which went off",
             "rescuers defused two russian cluster bomblets and a rocket's tail",
             "sappers cleared 40 explosive objects in the region",
             "three people died when a car crashed into a bus on the highway"),
    rejects=("an explosion rocked the city during the drone attack",
             "explosions were heard in kharkiv overnight",
             "a russian missile caused an explosion at the plant",
             "the miner said the shelling determined nothing",
             "two workers were injured at the mine, the company said",
             "a coal mine was damaged and one man was killed",
             "separatist forces fired mortars and grenade launchers at the positions",
             "police found fragments of a rocket after the strike on the town",
             "a missile hit an old building in the centre"),
    # every match holds one of these: its gate's words without "cause" (of "cause of the
    # explosion"), which "because" and "caused" arm in nearly every report
    prescan=(r"explosi|grenade|terror|leak|cylinder|canister|unknown|unidentified|blast|"
             r"detonation|establish|investigat|clarif|mine|unexploded|ordnance|left|planted|"
             r"abandoned|laid|placed|booby|accidental|careless|defus|demin|de-min|sapper|"
             r"pyrotechnic|disposal|squad|crash|collid|drown|electrocut|"
             # plain words only, a superset of the found-munition branch's (old, leftover: "left"),
             # so that the cue automaton finds them (`extract.events._PRESCAN_CUES`)
             r"old|stray|spent|discarded|rusty|found|pick|discovered|activat|handl|tamper", 1),
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
