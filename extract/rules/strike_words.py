"""Strike words: what makes a sentence speak of an attack, with which weapon, and by whom.

`extract.events` reads each sentence with these (lower-cased); each rule runs only where one of
its gate literals occurs (one automaton pass over the article finds them).
"""

from __future__ import annotations

import re

from extract.rules import Rule

STRIKE = Rule(
    "strike",
    "A word of an attack, its weapons or its outcome: the sentence may report a strike.",
    r"\b(?:attack(?:s|ed|ing)?|strikes?|struck|striking|hit(?:s|ting)?|shell(?:s|ed|ing)|"
    r"bomb(?:s|ed|ing|ardment|arded)?|explosions?|exploded|explosives?|landmines?|blasts?|killed|killing|"
    r"wounded|wounding|injured|injuring|destroyed|damaged|damage|destruction|targeted|targeting|"
    r"intercept(?:ed|ion|s)?|shot\s+down|downed|"
    # air defence at work is an interception (GUIDE.md): "anti-aircraft defence was active"
    r"(?:anti-?aircraft\s+|air[\s-])defen[cs]es?|drones?|missiles?|"
    r"artillery|air\s*strikes?|air\s+raids?|raid|rockets?|barrage|pounded|pounding|hammer(?:ed|ing)|"
    r"fired|firing|launched|shahed|iskander|kinzhal|kalibr|glide\s+bombs?|KABs?|MLRS|"
    r"mortars?|strafed|burned|fire\s+broke\s+out|debris|impact|casualt(?:y|ies)|dead|died|"
    # "A residential building on fire in Bakhmut", "cars set ablaze": what a strike left
    r"on\s+fire|ablaze|"
    # a note that tells only the fire or smoke a strike left, with no strike word: "Fire at
    # an oil depot in Vasylkiv", "satellite images of fires in Izium", "smoke rises over Irpin
    # after the night"
    r"fires?\s+(?:at|in)|(?:plumes?|clouds?|columns?)\s+of\s+(?:\w+\s+)?smoke|"
    r"smoke\s+(?:ris(?:es|ing)|billow(?:s|ed|ing)?)|"
    # ... or told as seen or reported, the strike after it named as its cause ("A fire reported
    # after shelling of a residential area in Donetsk", "smoke seen after the attack": the
    # cause itself is blanked as no evidence, `not_strike.NOT_EVIDENCE`); not "no fire was
    # reported"
    r"(?<!\bno\s)(?:fires?|smoke|blazes?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:reported|seen|observed|recorded|spotted)|"
    # a weapon told by its use, with no verb of striking: "incendiary weapon used on the
    # village", "use of thermite on homes", "a tank shooting at flats"
    r"incendiar(?:y|ies)|thermite|shooting\s+at|"
    # fire aimed at a target, whatever the gun: "troops shot at a column of civilian cars",
    # "soldiers shoot at passing cars", "a car was shot at near the checkpoint"
    r"(?:shot|shoot|shoots)\s+at|"
    # a note's fire and weapons with no other strike word: "opened fire on a village from
    # across the border", "used a Lancet loitering munition against a train"
    r"opened\s+fire|loitering\s+munitions?|lancets?|"
    # a weapon named by its kind or model with no verb: "cluster munitions reportedly used
    # near the station", "thermobaric rounds over the suburb", "a cargo warhead in a yard",
    # "parts of a Smerch rocket left in a park"
    r"cluster\s+(?:munitions?|bombs?)|submunitions?|thermobaric|warheads?|smerch|uragan|tochka|"
    # "Four deaths were reported in the Khmelnytskyi region", "reported three injuries"
    r"deaths|fatalit(?:y|ies)|injur(?:y|ies)|"
    # the other words of a toll ("three people were hurt in Kharkiv", "two were hospitalised",
    # "a woman perished"): victims named with no attack word, as "injured" and "died" are
    r"hurt|hospitali[sz]ed|perished|slain|"
    # "the death of an elderly woman in Lviv has also been confirmed"
    r"death\s+of|"
    r"under\s+(?:\w+\s+)?fire|came\s+under|assault|onslaught|bombard\w*|salvo|UAVs?|"
    # "the rubble of a school in Sumy", "pulled from the rubble": what a strike left; so is a
    # crater ("a large crater in a courtyard in Chernihiv") and a burnt-out shell of a building
    r"rubble|craters?|burn[te]d?-out)\b",
    matches=("A drone targeted Kharkiv overnight.", "Russian forces were firing on Kherson.",
             "The rubble of a bus depot in Poltava.",
             "A deep crater beside a block of flats in Sumy.",
             "Burnt-out shops on the main square of Trostianets.",
             "Shelling damaged three houses.", "Fire broke out at a depot.",
             "Four deaths were reported in the region.", "officials reported three injuries",
             "The death of a woman in Lviv was confirmed.",
             "A warehouse on fire in Sumy after the night.",
             "Big fire at a fuel depot near Vasylkiv.",
             "Satellite images of fires in the Izium rail yard",
             "A column of black smoke rising over Irpin.",
             "A fire reported after shelling of a market in Horlivka.",
             "Smoke was seen over the depot after the attack.",
             "Incendiary munitions used over a village near Bakhmut.",
             "A tank shooting at houses in Vuhledar.",
             "Reported use of cluster munitions over a village near Izium.",
             "Thermobaric weapons reportedly used on a suburb of Sumy.",
             "A cargo warhead found lying in a garden in Ochakiv.",
             "Remains of a Smerch found on a playground.",
             "In Kharkiv, three people were hurt.", "Two residents were hospitalised.",
             "Troops opened fire on a village in the border area.",
             "A loitering munition struck a lorry near the station.",
             "Soldiers shot at a car on the road, wounding the driver.",
             "Troops shot at a column of cars leaving the village.",
             "Soldiers shoot at passing cars near the bridge.",
             "Anti-aircraft defence systems were active over the region."),
    rejects=("The mayor opened a new school.", "Prices rose in November.",
             "No fire was reported at the plant.",
             "A ceasefire in the south was proposed.", "Firefighters trained in Poltava."),
)

WEAPON_GLIDE_BOMB = Rule(
    "weapon_glide_bomb",
    "A guided or aerial bomb.",
    r"\b(?:glide\s+bombs?|guided\s+(?:aerial|air)\s+bombs?|KABs?|"
    r"FABs?|aerial\s+bombs?|air-dropped\s+bombs?|UMPK|bombs?)\b",
    matches=("Russia dropped glide bombs on Kostiantynivka.", "a KAB hit the school"),
    rejects=("a bombardment of the city", "drones hit the port"),
)
WEAPON_DRONE = Rule(
    "weapon_drone",
    "An attack drone.",
    r"\b(?:drones?|UAVs?|shaheds?|gerans?|kamikaze|loitering|barrage\s+munitions?|"
    r"unmanned\s+aerial)\b",
    matches=("A Shahed hit a house.", "unmanned aerial vehicles attacked",
             "17 barrage munitions were launched"),
    rejects=("a missile struck", "the droning noise"),
)
WEAPON_MISSILE = Rule(
    "weapon_missile",
    "A missile, by kind or model.",
    r"\b(?:missiles?|iskanders?|kh-\d+|kalibrs?|kinzhals?|ballistic|"
    r"cruise|S-300|tochka|zircon|oniks|rocket\s+strikes?)\b",
    matches=("an Iskander-M struck the port", "a Kh-101 was shot down", "a rocket strike on Odesa"),
    rejects=("drones struck the port", "rockets fell"),
)
WEAPON_ARTILLERY = Rule(
    "weapon_artillery",
    "Artillery, rocket artillery, mortars or tank fire.",
    r"\b(?:shell(?:s|ed|ing)?|artillery|MLRS|grads?|uragan|smerch|"
    r"mortars?|howitzers?|multiple\s+(?:rocket|launch)|rocket\s+fire|"
    r"tank\s+fire|rockets?|cluster\s+munitions?)\b",
    matches=("Russian troops shelled Nikopol.", "Grad rockets hit the market"),
    rejects=("a drone hit Sumy", "the shellfish market"),
)
#: The weapons a sentence can name, in the order their ties are broken.
WEAPONS = (("glide_bomb", WEAPON_GLIDE_BOMB), ("drone", WEAPON_DRONE),
           ("missile", WEAPON_MISSILE), ("artillery", WEAPON_ARTILLERY))

HAPPENED = Rule(
    "happened",
    "A strike told as done (past tense): a warning in the same sentence does not undo it.",
    r"\b(?:struck|hit|killed|killing|injured|injuring|wounded|wounding|"
    r"destroyed|damaged|shelled|exploded|attacked|came\s+under|"
    r"intercepted|shot\s+down|launched|fired|pounded|bombed|dropped|"
    # a toll told as done ("two have died in shelling ... more could be under the rubble")
    r"died|perished|"
    r"targeted)\b",
    matches=("officials warned after a drone hit the depot", "the town came under fire",
             "two have died in the shelling, and the toll could rise"),
    rejects=("Russia could strike again", "officials warned of more attacks"),
)
HARD_HIT = Rule(
    "hard_hit",
    "Shelling, bombing or casualties: a strike even where ground fighting is mentioned.",
    # fire opened at a target: "fired at a car of people evacuating from the town"
    r"\b(?:shell\w*|strikes?|struck|bomb\w*|killed|injured|wounded|fired\s+(?:at|on|upon)|"
    # air defence at work, an interception: "air defences were engaged over the region"
    r"opened\s+fire|(?:anti-?aircraft\s+|air[\s-])defen[cs]es?|"
    # attacks from the air beside street fighting: "the town is subjected to attacks from air,
    # while street fighting goes on in the next"
    r"attacks?\s+from\s+(?:the\s+)?air|air\s+(?:attacks?|raids?))\b",
    matches=("fighting went on as shelling killed two", "an offensive, and strikes on the city",
             "the town is being subjected to attacks from air, while street fighting goes on",
             "troops fired at a car of people evacuating from the town",
             "air defences were engaged over the region"),
    rejects=("Russian forces advanced near Pokrovsk", "the battle for the town"),
)
UKRAINIAN_ATTACKER = Rule(
    "ukrainian_attacker",
    "Ukraine as the attacker (its forces, drones, strikes), not as a source of a statement.",
    # "all were shot down by the Ukrainian military": the agent of shooting down, no attacker
    r"(?<!down\sby\s)(?<!down\sby\sthe\s)(?<!intercepted\sby\s)(?<!intercepted\sby\sthe\s)"
    r"(?<!destroyed\sby\s)(?<!destroyed\sby\sthe\s)"
    # the defenders named by their force: "shot down by ... mobile fire groups of the
    # Ukrainian army", "mobile defence units of the Ukrainian armed forces"
    r"(?<!groups\sof\sthe\s)(?<!units\sof\sthe\s)"
    r"\b(?:Ukrain(?:e|ian)(?:'s|s)?|Kyiv(?:'s|s)?)\s+(?:(?:long-range|naval|sea|aerial|kamikaze|"
    r"attack|special|military|armed|forces'?)\s+)*(?:forces|military|army|troops|drones?|UAVs?|"
    r"unmanned\s+aerial\s+vehicles|"
    r"strikes?|attacks?|missiles?|artillery|navy|units?|saboteurs|partisans|HIMARS|shelling|"
    r"counterattacks?|fire)\b"
    # the noun phrase whole: "Ukrainian military forces intercepted" is not "Ukrainian
    # military" then a verb-less "forces"
    r"(?!\s+(?:forces|military|army|troops|units?|drones?|UAVs?)\b)"
    # "Ukrainian forces shot down 40", "... managed to neutralise 98 of them", "... have
    # downed", "... were able to destroy": the agent of shooting down, no attacker
    r"(?!\s+(?:(?:have|has|had|also|then|reportedly|successfully)\s+|"
    r"(?:managed|were\s+able|was\s+able)\s+to\s+)*"
    r"(?:shot|shoot|intercept\w*|destroy\w*|down(?:ed|s)?\b|repel\w*|neutrali[sz]\w*|"
    r"eliminat\w*|suppress\w*|jamm?\w*|took\s+down|brought\s+down|"
    # "Ukrainian forces using jamming systems", "... redirected 20 drones": defence
    r"redirect\w*|using\s+(?:its\s+|their\s+)?(?:electronic|radio-electronic|EW|jamming|"
    r"air\s+defen[cs]e)\b))"
    # "Ukraine's military said", "Kyiv's military administration": a source, not an attacker
    # (unless what it says is that it struck: "Ukrainian forces said they hit ...").
    # ("Ukraine's army's Joint Operational Command said": a command's name between)
    r"(?!(?:'s|’s)?\s+(?:(?:southern|northern|eastern|western|central|operational|joint|"
    r"general|ground|air|naval)\s+){0,2}(?:administrations?|officials?|spokes(?:man|woman|person)|"
    r"command|"
    r"sources|intelligence|authorities|(?:has\s+|have\s+)?(?:said|says|say|reported|reports|"
    r"claimed|claims|stated|told|added|confirmed|announced|wrote|"
    # the side that counts the enemy's strikes: "Ukrainian forces recorded 16 missile strikes"
    r"recorded|records|registered|counted|logged|tracked|detected|observed|noted))\b"
    r"(?!,?\s+(?:that\s+)?(?:they|it)\s+(?:had\s+|have\s+)?(?:struck|hit|attacked|destroyed|"
    r"targeted|shelled)))"
    # ("updates from Ukraine's emergency service": a source, no attacker)
    r"|\b(?:by|from)\s+Ukrain(?:e|ian\s+forces)\b(?!['’]s)|"
    # ("Ukraine has struck Russia with 250 drones", "Ukraine, meanwhile, sent 120 drones")
    r"\bUkraine(?:,\s+(?:\w+\s+){0,2}?\w+,)?\s+(?:(?:has|have|had|also|again|reportedly)\s+)*"
    r"(?:struck|"
    r"attacked|hit|launched|targeted|shelled|fired|sent)\b|\bHIMARS\b|"
    r"\bUkrainians\s+(?:had\s+|have\s+)?(?:struck|attacked|hit|shelled|fired|launched|targeted|"
    r"destroyed|sank|sunk)\b|"
    r"\baccus\w+\s+(?:Ukraine|Kyiv|Ukrainian\s+forces)\s+of\b",
    matches=("Ukrainian drones struck a refinery.", "Moscow accused Kyiv of shelling the town",
             "air defence destroyed four Ukrainian unmanned aerial vehicles",
             "Ukrainian forces said they hit a depot",
             "Ukraine has struck Russian refineries with 250 drones",
             "Ukraine, meanwhile, sent 120 drones towards Moscow"),
    rejects=("Ukrainian forces shot down 40 drones", "Ukraine's military said 40 drones came",
             "Ukrainian forces neutralised 98 of them",
             "Ukrainian forces managed to shoot down 98 of them",
             "updates from Ukraine's emergency service put the toll at nine",
             "the Ukrainian military's Joint Operational Command said two were killed",
             "all the drones were shot down by the Ukrainian military",
             "the Ukrainian army using electronic means diverted 12 drones",
             "Ukrainian forces redirected 20 drones with jamming",
             "Ukrainian military forces intercepted 2 Russian drones",
             "Ukrainian forces recorded a further 16 missile strikes overnight",
             "drones were shot down over the region by jets and mobile fire groups of the "
             "ukrainian army"),
)
INSTALLED_OFFICIAL = Rule(
    "installed_official",
    "A toll told by an official Russia put in place (\"the Moscow-installed head of the region "
    "said\"): the occupiers report only Ukraine's strikes on the land they hold, so the sentence "
    "reads as Ukraine's attack (`extract.events`, apart from `UKRAINIAN_ATTACKER` so that the "
    "many sentences naming Ukraine do not pay for it: tried where \"-installed\" or "
    "\"-appointed\" is).",
    r"\b(?:Moscow|Russian?|Kremlin)-(?:appointed|installed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:head|heads|governor|officials?|authorities|mayor|leader|administration)\b",
    matches=("two died at the bus stop, the Moscow-installed head of the city said",
             "shelling hurt nine, according to Russia-appointed regional officials"),
    rejects=("a Russia-backed separatist leader toured the town",
             "the Russian-installed flag flew over the square"),
)
RETALIATION_CAUSE = Rule(
    "retaliation_cause",
    "The cause a strike is told to answer, up to the clause's end (\"in retaliation for what "
    "Moscow called a Ukrainian attack on its fleet\", \"in response to Ukraine's drone "
    "strikes\"): a Ukrainian attack named there is the reason for Russia's strike, not the "
    "sentence's attacker (`extract.events`: tried where \"retaliat\", \"response\", "
    "\"revenge\" or \"reprisal\" is).",
    r"\b(?:in\s+)?(?:retaliation|response|revenge|reprisals?)\s+(?:for|to)\s+[^,.;:]*",
    matches=("missiles hit kyiv and kharkiv in retaliation for what moscow claimed was a "
             "ukrainian attack on its fleet",
             "russia struck the city in response to ukraine's drone strikes, officials said"),
    rejects=("ukraine struck the depot, officials said", "a response team arrived"),
)
RUSSIAN_ATTACKER = Rule(
    "russian_attacker",
    "Russia as the attacker: a sentence naming both sides is no Ukrainian strike.",
    # "a Russian kamikaze-drone": a compound with a hyphen names the weapon too
    r"\b(?:Russia(?:n|'s|s)?|Moscow(?:'s)?|Kremlin)\s+(?:\w+\s+){0,3}?(?:\w+-)?"
    r"(?:forces|troops|army|military|strikes?|attacks?|drones?|missiles?|shelling|bombs?|shells|"
    r"artillery|"
    r"launched|attacked|struck|shelled|fired|hit|bombed|targeted|pounded|invaders|occupiers|"
    r"aircraft|jets|planes|bombers|air\s+force|air\s+strikes?|airstrikes?|assault|onslaught)\b"
    r"|\b(?:by|from)\s+Russia\b|\boccupiers\b|\binvaders\b|\bRussians\b"
    # Russia's proxy forces of Donbas ("DPR forces shelled Ukrainian positions", "the NAF
    # rebel forces fired mortars", "LPR's and Ukrainian units traded fire"), not as the
    # target ("Ukrainian forces fired at DPR positions", "fired at LPR's forces")
    r"|(?<!\bat\s)(?<!\bat\sthe\s)(?<!\bon\s)(?<!\bagainst\s)"
    r"\b(?:DPR|LPR|DNR|LNR|NAF)(?:'s)?\s+(?:\w+\s+){0,2}?"
    r"(?:forces|troops|army|militants|fighters|rebels|units)\b",
    matches=("Russian forces shelled Kherson", "the occupiers fired on the village",
             "gunners downed a Russian kamikaze-drone",
             "dpr forces shelled ukrainian forces near the village",
             "the naf rebel forces fired mortars at the positions",
             "lpr's and ukrainian units traded mortar fire near the village"),
    rejects=("Ukrainian drones hit a depot", "Russia's economy slowed",
             "ukrainian forces fired mortars at dpr positions",
             "ukrainian forces fired artillery at lpr's forces in the town"),
)
RUSSIAN_STRIKE = Rule(
    "russian_strike",
    "A Russian strike named as such: a Russian word before a target is then the attacker's.",
    r"\bRussian\s+(?:\w+\s+){0,2}?(?:strikes?|attacks?|missiles?|drones?|shelling)\b",
    matches=("a Russian missile hit a Russian-held depot", "Russian drone attacks"),
    rejects=("Ukraine struck a Russian airfield", "Russian troops advanced"),
)

# --- A dataset row's weapon (`extract.datasets`: ACLED notes, a missile dataset's model) ------
# Run on the field as written (re.I), each searched on its own: the first to match wins.

DATASET_DRONE = Rule(
    "dataset_drone",
    "A drone word or model in a dataset's notes or weapon field (\"Shahed-136/131\", \"UAV\", "
    "\"Lancet\", \"FPV\"): the row's weapon is a drone.",
    r"\b(drones?|uavs?|shahed|geran|gerbera|lancet|orlan|supercam|merlin|"
    r"zala|italmas|fpv|loitering)",
    matches=("Shahed-136/131", "an FPV drone hit a car", "Geran-2", "UAV"),
    rejects=("Iskander-M", "artillery shelling", "a cruise missile"),
    lower=False, flags=re.I,
)
DATASET_MISSILE = Rule(
    "dataset_missile",
    "A missile word or model in a dataset's notes or weapon field (\"Iskander-M\", \"Kh-101\", "
    "\"S-300\", \"ballistic\"): the row's weapon is a missile.",
    r"\b(missiles?|iskander|kalibr|kinzhal|kh-\d|x-\d|s-300|s-400|onyx|"
    r"oniks|tochka|zircon|kn-23|ballistic|cruise)",
    matches=("Kh-101/Kh-555", "Iskander-M", "an S-300 hit the port", "two cruise missiles"),
    rejects=("Shahed-136/131", "KAB-500", "shelling with a mortar"),
    lower=False, flags=re.I,
)
DATASET_GLIDE_BOMB = Rule(
    "dataset_glide_bomb",
    "A glide or aerial bomb in a dataset's notes or weapon field (\"KAB\", \"FAB-500\", "
    "\"guided aerial bombs\", \"UMPK\"): the row's weapon is a glide bomb.",
    r"\b(glide bombs?|guided (aerial )?bombs?|kabs?|fab-\d|aerial bombs?|"
    r"umpk)\b",
    matches=("two KABs struck the town", "a FAB-500 with UMPK", "guided aerial bombs",
             "a glide bomb"),
    rejects=("kabul", "a bomb shelter", "Shahed-136"),
    lower=False, flags=re.I,
)
