"""Totals and where a figure belongs: tolls over a period, an area or the country, tolls as
they stand, and the clause and place a figure is told for (`extract.events`)."""

from __future__ import annotations

import re

from extract.rules import Rule
from extract.rules.figure_words import NUMBER_WORD

TOTAL = Rule(
    "total",
    "A casualty figure given as a total over a period or an area (lower-cased sentence).",
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)|"
    r"in\s+(?:total|all)|"
    r"overall|altogether|nationwide|a\s+total\s+of|during\s+the\s+(?:day|night)|"
    r"(?:across|throughout)\s+(?:the\s+)?(?:region|oblast|country|ukraine)|"
    r"(?:attacks|shelling|strikes)\s+(?:on|across|in)\s+(?:the\s+)?\w+\s+"
    r"(?:region|oblast))\b",
    matches=("over the past day, six people were killed", "attacks on the sumy region killed 3",
             "in the kharkiv region, two people were killed by shelling in the past day"),
    rejects=("a drone killed two in sumy",),
)
REGION_ANAPHOR = Rule(
    "region_anaphor",
    "The oblast told in the sentences before, named again only as \"the region\" (\"One man was "
    "killed and two hurt in the region during the last day\"): a toll for that oblast, not a "
    "total for the country (lower-cased sentence).",
    r"\b(?:in|across|throughout|around)\s+the\s+(?:region|oblast|province)\b(?!\s+of\b)",
    matches=("two were hurt in the region in the last day",
             "shelling across the oblast killed one",
             "19 were injured in further strikes around the region"),
    rejects=("two were injured in the region of sumy", "in the regions"),
)
NATIONAL_BEFORE = Rule(
    "national_before",
    "Country-wide wording shortly before a figure: the figure is the country's toll.",
    r"\b(?:across\s+(?:the\s+country|Ukraine)|nationwide|"
    r"throughout\s+(?:the\s+country|Ukraine))\b[^.;]{0,80}$",
    matches=("Russia hits Kyiv as attack across Ukraine kills ",),
    rejects=("Russia hits Kyiv, killing ", "across Ukraine. Then "),
    lower=False, flags=re.I,
)
RETRACTED = Rule(
    "retracted",
    "A correction that deaths (group `killed`) or injuries (`injured`) told before were not "
    "confirmed (\"the report of the man's death was not confirmed\", \"information about "
    "the dead has not been confirmed\"): the report's figures of that kind told so far are "
    "withdrawn (the English of `lang_uk.RETRACTED`).",
    r"\b(?:information|reports?|news|claims?|data)\s+(?:about|on|of|regarding)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:(?P<killed>deaths?|dead|killed|fatalit(?:y|ies))|"
    r"(?P<injured>injur(?:y|ies|ed)|wounded))\b[^.;]{0,60}?\b(?:was|were|has|have|had)\s+"
    r"(?:been\s+)?not\s+(?:been\s+)?confirmed\b",
    matches=("later information about the driver's death was not confirmed",
             "reports of two dead had not been confirmed",
             "news about the injured woman has not been confirmed by the police"),
    rejects=("information about the dead is being clarified",
             "the death of the driver was confirmed",
             "reports of the deaths were confirmed, not denied"),
)
RISING_TOLL = Rule(
    "rising_toll",
    "A toll as it stands, told later in a report: \"the death toll has risen to 21\".",
    # the cause may run as long as in the figure phrases' tolls (up to 110 characters)
    r"\b(?:toll|number\s+of\s+\w+)\s+[^.;]{0,110}?\b(?:rose|risen|rises|"
    r"climbed|increased|reached|grew|stands\s+at)\b",
    matches=("the death toll has risen to 21",
             "the number of dead from the attack on the city on 9 may has risen",
             "the number of dead in the town stands at five",
             "the death toll from the drone attack by the occupiers on the centre of the town "
             "on monday has increased to four"),
    rejects=("the toll was 21", "prices rose"),
)
SOLDIERS_WIDER = Rule(
    "soldiers_wider",
    "A soldiers' toll told over more than an event note's strike: the day's, the region's or "
    "the front's (\"In total, 28 servicemen were killed in the region that day\", \"During the "
    "day, 30 soldiers were killed in the Donetsk direction\"). After the note's own toll it is "
    "no part of it: the guide counts the event(s) described, not a side's losses of the day "
    "(lower-cased sentence).",
    r"\b(?:in\s+total|overall|altogether|in\s+all|that\s+day|"
    r"(?:on|during|for|over|throughout)\s+(?:that|the|this)\s+(?:day|night|week)|"
    r"(?:in|across|throughout|along)\s+the\s+(?:whole\s+|entire\s+)?(?:region|oblast|"
    r"province|direction|sector|front(?:[-\s]?line)?)|"
    r"in\s+(?:the\s+)?[\w'’-]+\s+(?:region|oblast|province|direction|sector)|"
    r"in\s+(?:their|its|the)\s+area\s+of\s+(?:operations?|responsibility)|"
    r"at\s+unspecified\s+locations)\b",
    matches=("in total, 28 servicemen were killed in the region that day",
             "during the day, 30 soldiers were killed in the donetsk direction",
             "on that day, 12 ukrainian soldiers were killed in donetsk region",
             "two soldiers were killed at unspecified locations"),
    rejects=("two soldiers were killed in the village", "a soldier was wounded near the town",
             "three servicemen were killed in the strike on the base"),
)
NATIONAL_TOLL = Rule(
    "national_toll",
    "A toll told for the whole country or by the president's office.",
    r"\b(?:(?:previous|past|last)\s+24\s+hours|across\s+(?:the\s+country|"
    r"Ukraine)|nationwide|president(?:ial)?'?s?\s+office|"
    r"throughout\s+(?:the\s+country|Ukraine))\b",
    matches=("six civilians were killed in the past 24 hours", "the presidential office said"),
    rejects=("two were killed in Kherson overnight",),
    lower=False, flags=re.I,
)
NATIONAL = Rule(
    "national",
    "The country as the place of a figure (\"Ukraine\", \"several regions\").",
    r"\b(?:Ukraine|the\s+country|nationwide|across\s+Ukraine|"
    r"Ukrainian\s+(?:cities|regions|territory|energy)|several\s+regions|"
    r"regions|"
    # "attacked eight Ukrainian oblasts, killing nine": a count of oblasts is the country's
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)"
    r"\s+(?:Ukrainian\s+)?oblasts)\b",
    matches=("Russia attacked Ukraine, killing nine", "drones hit several regions",
             "troops hit nine oblasts overnight, killing five",
             "troops struck 11 Ukrainian oblasts overnight"),
    rejects=("drones hit Kharkiv", "the Ukrainian army said",
             "Sumy and Chernihiv oblasts also came under fire"),
    lower=False, flags=re.I,
)
CITY_AND_REGION = Rule(
    "city_and_region",
    "A city and the region around it told as one (\"shelled Kharkiv and the region, killing "
    "five\"): a toll told after it is over the oblast, a total its places' tolls fall within.",
    r"\b(?:and|as\s+well\s+as|plus)\s+(?:the\s+|its\s+)?(?:surrounding\s+|wider\s+|whole\s+|"
    r"entire\s+)?(?:region|oblast|province)\b(?!\s+of\b)",
    matches=("russia shelled kharkiv and the region, killing five",
             "drones attacked odesa and the surrounding region"),
    rejects=("drones attacked kharkiv and the region of sumy", "kharkiv region and kyiv"),
)
SEVERAL_PLACES = Rule(
    "several_places",
    "A toll told over many places at once, though the sentence names one (\"an attack on "
    "the capital, Kyiv, and other cities across the country killed 12\"): a headline total "
    "the places told after it fall within.",
    r"\b(?:(?:and|in)\s+(?:several\s+|many\s+|a\s+number\s+of\s+)?other\s+(?:cities|towns|"
    r"regions|oblasts|parts\s+of\s+(?:the\s+country|ukraine))|across\s+(?:the\s+country|ukraine)|"
    r"throughout\s+(?:the\s+country|ukraine)|nationwide|(?:several|multiple|some|various)\s+"
    r"(?:\w+\s+)?(?:cities|regions|oblasts))\b",
    matches=("an attack on the capital, kyiv, and other cities across the country killed 12",
             "the kyiv region and some cities in the south"),
    rejects=("an attack on kyiv killed 12", "other cities were spared"),
    # every match holds one of these (its gate's "other", "country" and "ukraine" are in most
    # sentences with a toll: "injuries to three others")
    prescan=("cities|towns|regions|oblasts|parts|across|throughout|nationwide", 1),
)
PLACE_LIST_GAP = Rule(
    "place_list_gap",
    "From the start of one place's name to the start of the next in a list of places (\"Kherson, "
    "\", \"Donetsk Oblast and \"): a figure told right after such a list is over all of them, "
    "not the last one's.",
    r"(?:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}(?:\s+(?:oblasts?|regions?|provinces?))?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?){1,4}",
    matches=("Kherson, ", "Donetsk, and ", "Donetsk Oblast and the ", "Kherson, Donetsk, and "),
    rejects=("Kherson, where ", "Kyiv overnight, and ", "Odesa"),
    lower=False, examples_lower=False, use="fullmatch",
)
SEPARATE_ATTACK = Rule(
    "separate_attack",
    "Another attack on a place already told of (\"the target of a separate missile attack\", "
    "\"in another strike on the city\"): its toll adds to that place's, not a retelling of it.",
    r"\b(?:a\s+separate|in\s+another)\s+(?:\w+\s+){0,2}?"
    r"(?:attack|strike|shelling|barrage)\b",
    matches=("mykolaiv was the target of a separate missile attack",
             "in another strike on the city, two were hurt"),
    rejects=("the attack on the city injured two", "separately, two died",
             "as a result of another enemy strike on our city, a woman died"),
)
#: The kinds of facility `FACILITY` and `STRUCK_TARGET` tell apart, one named group each.
_FACILITY_KINDS = (
    r"(?:(?P<shop>hypermarket|supermarket|market|shopping\s+(?:centre|center|mall)|mall|store|"
    r"shop)|(?P<transport>station|bus\s+stop|bus|train|depot)|"
    r"(?P<school>school|kindergarten|university|dormitory)|(?P<health>hospital|clinic)|"
    r"(?P<church>church)|(?P<food>cafe|restaurant|bakery)|(?P<hotel>hotel)|"
    r"(?P<industry>factory|plant|warehouse|substation|garage)|(?P<port>port)|"
    r"(?P<post>post\s+office)|(?P<farm>farm))s?\b")
FACILITY = Rule(
    "facility",
    "A facility named by its kind, with or without a verb of striking (\"a restaurant in the "
    "shopping centre\"): a toll told again that names the first toll's kind of facility at all "
    "is that strike retold, not another (`extract.events._separate_attack`).",
    rf"\b{_FACILITY_KINDS}",
    matches=("a restaurant in the shopping centre", "at the bus stop", "the hospital's yard"),
    rejects=("a house in the city", "the transportation of grain"),
)
STRUCK_TARGET = Rule(
    "struck_target",
    "The facility a strike hit, named with its verb (\"shelled the railway station\", \"a "
    "strike on a hypermarket\", \"hit the corner store\"), by its kind (the name of the "
    "group that matched: a mall and a shopping centre are one kind, `shop`): a toll told again "
    "for a place with only facilities of other kinds than its first toll's is of another strike "
    "on it, and adds (`extract.events._separate_attack`).",
    r"\b(?:shell(?:ed|ing)|hit|hits|struck|strikes?\s+on|attacks?\s+on|shelling\s+of|"
    r"targeted|targeting|bombed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _FACILITY_KINDS,
    matches=("the army's shelling of the bus station in the town",
             "as the occupiers shelled a hypermarket in the city",
             "a drone hit a bus in the city", "a drone strike on the shopping center"),
    rejects=("a missile hit a house in the city", "the school was closed"),
)
NEAR_BEFORE = Rule(
    "near_before",
    "Near or around a settlement: the event is placed around it (precision 2).",
    r"\b(?:near|outside|outskirts\s+of|around|suburbs?\s+of|close\s+to|"
    r"in\s+the\s+area\s+of|district\s+of|vicinity\s+of)\s+(?:the\s+)?$",
    matches=("a drone fell near ", "shelling on the outskirts of "),
    rejects=("a drone fell on ", "near the port in "),
    lower=False, flags=re.I,
)
DISTRICT_AFTER = Rule(
    "district_after",
    "A settlement's district or community after its name: placed around it (precision 2).",
    r"^\s+(?:district|raion|area|community|hromada)\b",
    matches=(" district was shelled", " hromada"),
    rejects=(" was shelled", ", district"),
    lower=False, flags=re.I, use="match",
)
DISTRICT_NAME_AFTER = Rule(
    "district_name_after",
    "After a district's name that follows a settlement's (\"с. Колодязне Куп'янського району\", "
    "\"Ковшаровку Купянского района\", \"Kolodiazne, Kupiansk district\"): the settlement's "
    "district, no second place struck.",
    r"\s+(?:district|raion|hromada|community|район[уіае]?|района|р-ну|р-на|громад[иіа]|"
    r"громады|громаде|територіальн\w+\s+громад\w*|территориальн\w+\s+общин\w*)\b",
    matches=(" району пошкоджені будинки", " района Харьковской области", " district was hit"),
    rejects=(" загинув чоловік", ", district"),
    use="match",
)
PLACE_FOLLOWS = Rule(
    "place_follows",
    "Between a count and the place it happened: \"one person in\", \"four people at the\", "
    "\"deaths were reported in Ukraine's western\", \"one in the southern city of\".",
    # (a drone shot down "over" or "above" a place: "two were downed over the Sumy region")
    # (a weapon's name may be capitalised: "11 Shahed drones were downed in"; no
    # other capitalised word, which may be a place not struck: "residents of Donetsk Oblast in")
    # (the count of the pair's other half: "three dead and 9 wounded in the town of")
    r"(?:\s+(?!(?:while|but|whereas|after|before|when)\b)"
    r"(?:[a-z'’-]+|\d[\d,]*|(?:Shahed|Geran)[\w-]*))"
    r"{0,6}?\s+"
    r"(?:in|at|near|on|over|above)\s+"
    r"(?:the\s+)?(?:Ukraine['’]s\s+)?"
    r"(?:(?:north|south|far|central)?[a-z]*(?:north|south|east|west|central)[a-z]*\s+)?"
    r"(?:(?:city|town|village|region)\s+of\s+)?",
    matches=(" people in ", " civilians at the ", " deaths were reported in Ukraine’s western ",
             " in the southern city of ", " more deaths were reported in the ",
             " people were killed by the strikes in ", " drones were shot down over the ",
             " Shahed drones were destroyed in ", " dead and 9 wounded in the town of "),
    rejects=(" people, and then in ", "in", " people were killed while a drone hit ",
             " residents of Donetsk Oblast in "),
    lower=False, use="fullmatch",
)
NATIONAL_TALLY_SOURCE = Rule(
    "national_tally_source",
    "A count of weapons told on the word of the country's air force, military or president "
    "(\"Russia fired almost 500 drones, according to the Ukrainian military\", \"air defence "
    "forces shot down 40 drones, the air force commander said\"): with no place of its own, "
    "the country's tally, not a figure of the strike on a city told just before "
    "(`extract.events`).",
    r"\b(?:according\s+to\s+(?:the\s+)?(?:ukrainian\s+|ukraine['’]s\s+)?(?:air\s+force|military|"
    r"general\s+staff)|(?:ukraine['’]s|ukrainian|the)\s+(?:air\s+force|general\s+staff|"
    r"(?:air\s+)?defen[cs]e\s+forces)\b|air\s+force\s+(?:commander|chief|command)\b|"
    r"zelensk(?:y|yy|iy)\s+(?:said|says|wrote))",
    matches=("russia fired almost 500 drones, according to the ukrainian military",
             "40 drones fell to ukrainian air defence forces, a general said",
             "the air force said 30 drones were shot down", "zelensky said russia used 300 drones"),
    rejects=("about 17 drones were shot down, the governor said",
             "ten drones were destroyed within our territory, the regional head said",
             "our units downed 6 drones near the village"),
)
CLAUSE_BREAK = Rule(
    "clause_break",
    "Where a sentence's next clause begins (\", and\", \";\", a dash; in Ukrainian and Russian "
    "the comma before a roundup's next place and its dash: \", у Широкому – жінку\").",
    r",\s+(?:and|while|but|whereas)\s+|;\s+|\s+[–—]\s+"
    r"|[,:]\s+(?=(?:у|в|во|на)\s+[^,;.]{1,40}?\s[-–—]\s)"
    # an elided one more ("one died when A was shelled, another in B": `ELIDED_ONE_MORE`)
    r"|,\s+(?=(?:another|a\s+(?:second|third|fourth|fifth))(?:\s+one)?\s+(?:in|at|near|"
    r"outside|when|while|during|after|from)\s)",
    matches=("killed two in Kherson, and injured three", "one dead; two hurt",
             "поранено 3 людей, у Широкому – жінку",
             "one died when Lyman was shelled, another in Siversk"),
    rejects=("killed two and injured three",),
    lower=False,
)
BOTH_SIDES_TOLL = Rule(
    "both_sides_toll",
    "A toll told for both sides of the war at once (\"cross-border attacks killed three in "
    "Ukraine and Russia\", \"four killed in Russia and Ukraine as they trade strikes\", "
    "\"wounded on both sides\", \"two deaths in each country\"): told for no place of Ukraine "
    "it is no toll of a strike on Ukraine, whose part the sentence does not tell (lower-cased "
    "sentence).",
    r"\b(?:in|across|for)\s+(?:both\s+)?(?:ukraine\s+and\s+(?:in\s+)?russia|"
    r"russia\s+and\s+(?:in\s+)?ukraine)\b(?!['’]s)"
    r"|\bon\s+(?:both|either)\s+sides?\b(?!\s+of\s+(?:the\s+)?(?:street|road|river|dnipro))"
    r"|\bin\s+(?:each|both)\s+(?:country|countries)\b",
    matches=("cross-border attacks killed three in ukraine and russia yesterday",
             "5 people killed, others injured in russia and ukraine as they trade drone strikes",
             "the night's strikes left two dead and many wounded on both sides",
             "the exchange of fire killed one person in each country",
             "drone attacks across russia and ukraine wounded 12"),
    rejects=("russian strikes killed three in ukraine",
             "two were wounded on both sides of the street",
             "talks between russia and ukraine stalled",
             "the war in ukraine and russia's economy"),
)
LOWER_BOUND = Rule(
    "lower_bound",
    "A count given as a lower bound (\"over 30\", \"at least eight\"), right before its number: "
    "a headline total so given may fall short of the parts a roundup lists after it.",
    r"\b(?:at\s+least|more\s+than|over|no\s+fewer\s+than|upwards\s+of|in\s+excess\s+of)\s+$",
    matches=("injuring over ", "at least "),
    rejects=("injuring ", "about "),
)
IN_DISTRICT_GAP = Rule(
    "in_district_gap",
    "Between a village and the district it lies in (\"Borova in the Izium district\").",
    r"\s+(?:in|of)\s+(?:the\s+)?",
    matches=(" in the ", " of "),
    rejects=(" and ", ", near the "),
    lower=False, use="fullmatch",
)
ALSO = Rule(
    "also",
    "A toll told as one more beside those before (\"three people were also injured in Sumy\"): "
    "no part of the report's headline total.",
    r"\b(?:also|additionally|separately|elsewhere|in\s+addition)\b",
    matches=("three people were also injured in a missile attack in sumy",
             "separately, two died in kherson"),
    rejects=("three people were injured in sumy",),
)
MORE_BEFORE = Rule(
    "more_before",
    "\"Another\"/\"ще\"/\"ещё\" right before a count (lower-cased text before it): more "
    "people beside those told, never a total over them.",
    r"(?:\banother|(?<!\w)ще|(?<!\w)ещ[её])\s+(?:\w+\s+)?$",
    matches=("ще ", "another ", "еще почти "),
    rejects=("за добу ", "of the "),
)
OTHERS_AFTER = Rule(
    "others_after",
    "\"Others\"/\"more\" right after a count (lower-cased text after it): people beside those "
    "a count told before in the same sentence, added to them where both are told for one place "
    "(\"five were injured in attacks on homes, while two others were hurt in a strike on a "
    "depot in the city\"; English).",
    r"\s+(?:others?|more)\b(?!\s+than\b)",
    matches=(" others were injured", " more were wounded"),
    rejects=(" people were injured", " more than ten"),
    use="match",
)
_SAID = r"(?:said|reported|noted|added|stated|wrote|mentioned|specified|clarified)"
MORE_BESIDE_BEFORE = Rule(
    "more_beside_before",
    "A count told as people beside those just told (lower-cased text up to the count's end): "
    "\"another\" as or before the count (\"another man was wounded\", \"another 18 were hurt\"), "
    "one person an official \"also said\" was hurt, or the count the attack \"also\" hurt (\"it "
    "also injured one woman\"); added to the count told before for the same event (English).",
    rf"\b(?:another(?:\s+(?:\d+|{NUMBER_WORD}))?|also\s+{_SAID}\s+(?:that\s+)?(?:an?|one)|"
    rf"also\s+(?:injured|wounded|hurt|killed)\s+(?:an?|{NUMBER_WORD}|\d+))$",
    matches=("according to the governor, another", "officials said another 12",
             "in a later post, she also said that a", "the blast also injured one", "another two",
             "it also wounded two", "the strike also hurt seventeen"),
    rejects=("the governor said that a", "he also said 40", "another strike hit 12",
             "the blast injured one"),
)
MORE_BESIDE_AFTER = Rule(
    "more_beside_after",
    "After a count, its people told as \"also\" hurt or killed (lower-cased text from the "
    "count's end; a few words of who they are between): more people beside those told just "
    "before for the same event, added to them (\"two women from the village had also been "
    "injured\", \"a firefighter was also hurt\"; English).",
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|had|has|have|is|are)\s+(?:been\s+)?also\s+"
    r"(?:been\s+)?(?:\w+\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|killed|dead|died)\b",
    matches=(" pensioners from the village had also been injured", " firefighter was also hurt",
             " more people were also slightly wounded"),
    rejects=(" people were injured", " woman was hurt and also lost her home"),
    use="match",
)
TOLD_AS_MORE = Rule(
    "told_as_more",
    "A sentence telling people beside those told before (lower-cased sentence): \"also\", "
    "\"another\", \"more\", \"other\"; its count is not the last place's toll told again "
    "(`events._told_again_in_oblast`; English).",
    r" also |another| more| other",
    matches=("another man was hurt in the district", "two more were wounded in the region",
             "the governor said two other people were hurt", "the strike also hurt a boy"),
    rejects=("four children were hurt by glass, the head of the council said",),
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SPAN = (r"(?:days|weeks|a\s+week|a\s+fortnight|a\s+few\s+days|several\s+days|(?:one|a)\s+day|"
         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days|weeks))")
RECALL_AFTER = Rule(
    "recall_after",
    "Where a clause recalling an earlier strike begins (\"..., days after shelling of the city "
    "killed five\", \"a week after a strike killed 20\"): its figures and places are that "
    "strike's, not the one reported (English).",
    # "the shelling came the day after drones hit the port": the day after, told of an
    # attack said to come then (not "on the day after Christmas, drones hit ...")
    rf"\b(?:just\s+|only\s+|mere\s+)?(?:{_SPAN}|(?<=\bcame\s)the\s+(?:day|week)|"
    r"(?<=\bcomes\s)the\s+(?:day|week))\s+(?:after|since)\b|"
    # hours after another attack, told as another ("barely 30 hours after a separate barrage
    # killed six"; not "hours after the strike, two more died": the same one)
    rf"\b(?:(?:\d+|twenty-four|forty-eight|a\s+few|several|{_FEW})\s+)?hours\s+"
    r"(?:after|since)\s+(?=another\b|an?\s+(?:separate|previous|earlier|different|other)\b)",
    matches=("injuring seven, a week after a strike on the city killed 20",
             "the shelling came the week after drones hit the port",
             "the attack came just days after shelling killed five",
             "three days after a drone hit the market",
             "the strikes came just one day after russia sent 400 drones",
             "barely 30 hours after a separate barrage killed six",
             "coming just hours after another strike on the city"),
    rejects=("hours after the strike, two more died", "after a strike killed two",
             "12 hours after the strike, the toll rose to five",
             "hours after a strike on the city, rescuers found two more bodies",
             "days of strikes", "on the day after christmas, drones hit the city"),
    prescan=(r"day|week|fortnight|hour", 1),
)
FOLLOWS = Rule(
    "follows",
    "An attack said to follow another (\"the attack follows a strike on Monday that killed "
    "eight\"): a recall when what follows names an earlier day (`EARLIER_DAY`).",
    r"\b(?:(?:follows|followed|came|comes|coming)\s+(?:just\s+|only\s+)?after|"
    r"follows|followed(?!\s+by))\s+(?:a|an|the|another|last|russia)",
    matches=("the attack follows a missile strike on monday",
             "it came after a strike last week"),
    rejects=("the blast was followed by a fire", "two died after the strike"),
)
PREVIOUS_NIGHT = Rule(
    "previous_night",
    "The night or day just before the report's, named as such after an attack said to follow "
    "another (\"the barrage followed a larger one the previous night, when ...\"): that "
    "attack is recalled (`FOLLOWS`; English); so is a toll told with these words alone after "
    "the report's own strike (`events._recall_span`).",
    r"\b(?:the\s+(?:previous|preceding)\s+(?:night|day|evening)|"
    r"the\s+(?:night|day|evening)\s+before|(?:a|one)\s+(?:night|day)\s+earlier)\b",
    matches=("followed a larger attack the previous night, when",
             "came after 300 drones the night before",
             "on the evening before, shelling hit the town"),
    rejects=("drones attacked overnight", "the night of 9 may"),
)
EARLIER_DAY = Rule(
    "earlier_day",
    "A day some days before the report's strike, named as such: \"last Thursday\", \"last "
    "weekend\", \"earlier in the week\", \"four days earlier\" (English).",
    rf"\b(?:last\s+(?:{_WD}|weekend)|(?:the\s+)?previous\s+weekend|earlier\s+(?:in|this)\s+"
    r"(?:the\s+)?week|last\s+week|"
    r"(?:two|three|four|five|six|several|a\s+few|\d+)\s+days\s+(?:earlier|before|prior))\b",
    matches=("last thursday, a strike killed 23", "four days earlier, a drone injured six",
             "earlier in the week, a drone strike", "the previous weekend, glide bombs"),
    rejects=("on thursday a strike killed two", "earlier, a drone injured six",
             "two days of strikes"),
)
EARLIER_WEEKDAY_OPENING = Rule(
    "earlier_weekday_opening",
    "A weekday opening a sentence, alone or in its opening phrase (\"On Monday, a strike ...\", "
    "\"Sunday's attack on Sumy ...\", \"In a separate attack on Saturday, ...\"): the day the "
    "sentence tells of; before the report's own strike, a recall (English).",
    r"^\W*(?:earlier,?\s+)?(?:(?:(?:in|during)\s+)?(?:a|an|another|the)\s+(?:\w+\s+){0,2}?"
    r"(?:attack|strike|shelling|assault|barrage)\s+"
    r"(?:(?:on|in|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?)?"
    rf"(?:on\s+|late\s+|early\s+)?(?P<wd>{_WD})(?:['’]s)?\b",
    matches=("On Monday, a strike on Chernihiv killed four", "Sunday's missile attack on Sumy",
             "In a separate attack on Saturday, a drone injured three",
             "The attack on Monday killed eight", "A strike on Sumy on Monday killed eight",
             "Earlier, on Tuesday, a missile strike on Odesa killed two"),
    rejects=("A missile struck a mall on Friday", "Drones hit Sumy on Monday"),
    lower=False, flags=re.I,
)
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december)")
RECORD_ATTACK = Rule(
    "record_attack",
    "A sentence telling the war's record attack (\"The largest attack so far involved 810 "
    "drones\", \"The previous record was 728 drones\", \"At its peak, Russia sent 800 drones\", "
    "\"Russia has used over 800 drones in a single night\"): after the report told a strike of "
    "its own night with a drone count, and naming no own day itself, the record is another "
    "attack's, recalled (`events._recall_span`; English). Not a ranking told after a comma "
    "(\"..., its largest attack so far\"), which ranks the night's attack.",
    # "Earlier, Russia carried out the largest attack of the war, with 728 drones"
    r"^\W*(?:(?:in|during)\s+|(?:earlier|previously|before\s+that)\s*,?\s+(?:russia|moscow|it)"
    r"\s+(?:carried\s+out|launched|staged|mounted|unleashed|conducted)\s+)?"
    r"(?:the|its|russia['’]s|moscow['’]s)\s+"
    r"(?:(?:previous|earlier|former|current|all-time)\s+)?(?:record\b|(?:single\s+)?"
    r"(?:largest|biggest|heaviest|most\s+massive|most\s+intense|most\s+powerful)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attack|assault|barrage|strike|raid|bombardment)s?\b[^.;]{0,40}?"
    r"\b(?:so\s+far|yet|to\s+date|ever|of\s+the\s+(?:full-scale\s+)?(?:war|invasion)|since|"
    r"on\s+record|in\s+history)\b)|"
    r"^\W*at\s+(?:its|the|their)\s+peak\b|"
    r"\b(?:has|have)\s+(?:(?:already|previously|before|once|even)\s+)?(?:launched|used|fired|"
    r"sent)\s+(?:[\w,+-]+\s+){1,5}?in\s+(?:a\s+single|one)\s+(?:night|day|attack)\b",
    matches=("The largest attack so far involved 810 drones and 13 missiles",
             "Russia's biggest aerial attack of the war saw 810 drones launched",
             "The previous record was 728 drones", "At its peak, Russia sent 800 drones",
             "Russia has used more than 800 drones in a single night",
             "In the heaviest strike since the invasion began, 700 drones were launched",
             "Earlier, Russia carried out the largest attack of the war, with 728 drones"),
    rejects=("Russia launched 810 drones, its largest attack so far",
             "The heaviest strike hit Kharkiv, where three people were killed",
             "Russia launched 810 drones in a single night"),
)
EARLIER_MONTH_OPENING = Rule(
    "earlier_month_opening",
    "A month without a day opening a sentence (\"In early May, a bomb fell on the depot, "
    "killing 12\", \"But in August two drivers died\"): that month's attack; in a report of "
    "another month, an earlier attack recalled (English).",
    rf"^\W*(?:but\s+|and\s+|back\s+)?(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?P<mon>{_MONTHS})\b(?![\s,]+\d)",
    matches=("In early May, a guided bomb on the market killed nine people",
             "But in August two drivers died on the road", "In mid-March drones hit the port"),
    rejects=("In March 2024 a missile hit the port", "On April 8 a missile killed 50",
             "A missile hit the port in April", "In Mayaky drones hit the port"),
    lower=False, flags=re.I,
)
RECALLED_TOLL = Rule(
    "recalled_toll",
    "A running toll (\"strikes have killed 40 people this year\", \"since Sunday\") or one "
    "earlier attack recalled (\"an earlier attack on the city\", \"in the spring\"): background "
    "(English; prescanned by its narrow words).",
    r"\b(?:(?:so\s+far|until\s+now)\s+this\s+(?:year|month|week)|"
    r"(?:have|has)\s+(?:\w+\s+){0,3}?(?=killed|injured|wounded)\w+\s+[^.;]{0,60}?\b"
    r"this\s+(?:year|month)|"
    rf"since\s+(?:(?:last\s+)?{_WD}|"
    r"the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|week))|"
    r"(?:in\s+the|last|this\s+past)\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|winter)|"
    r"(?:an\s+earlier|a\s+previous|the\s+last(?:\s+(?:major|deadly|big|large))?)\s+"
    # the attack words in a look-ahead: the gate is then armed by the narrow words before them
    r"(?=(?:\w+\s+)?(?:attack|strike|shelling|barrage|assault)\b))",
    matches=("Russian strikes on the city have killed 40 people this year",
             "since Sunday, 20 people have been killed in the city",
             "in one strike in the spring, ten people were killed",
             "an earlier attack on the city killed 12 people",
             "in a previous missile attack, 12 people were killed"),
    rejects=("the deadliest attack on the city this year killed 23",
             "the last drones were shot down at dawn", "a drone attack killed two"),
    prescan=(r"this (?:year|month|week)|since|spring|summer|autumn|winter|earlier|previous|"
             r"the last", 1),
)
OWN_DAY = Rule(
    "own_day",
    "Words that date a sentence's strike to the report's own day or the night before it "
    "(\"overnight\", \"this morning\", \"last night\"): a report that has told such a strike "
    "recalls another where it names an earlier weekday (`EARLIER_WEEKDAY`).",
    r"\b(?:overnight|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|"
    r"(?:early|small)\s+hours|"
    # "the port was attacked for a third consecutive night": this night's attack, told beside
    # the ones before it
    r"(?:second|third|fourth|fifth)\s+(?:consecutive\s+|straight\s+)?night(?:\s+in\s+a\s+row)?)\b",
    matches=("drones struck odesa overnight", "a missile hit the city this morning",
             "in the early hours of thursday", "drones hit odesa for the third night in a row",
             "kharkiv was shelled for a second consecutive night"),
    rejects=("on sunday a strike killed five", "the night of the attack"),
)
EARLIER_WEEKDAY = Rule(
    "earlier_weekday",
    "A weekday anywhere in a sentence (\"five people were killed on Sunday when ...\", \"in "
    "Sunday's attack\", \"over the weekend\"): before the report's own strike by two days or "
    "more, the sentence recalls an earlier one (English; `wd` None: the weekend).",
    rf"\b(?:(?:on|late|early|last)\s+(?P<wd>{_WD})\b|(?P<pos>{_WD})['’]s\s+(?:\w+\s+){{0,2}}?"
    r"(?:attack|strike|shelling|barrage|assault|bombardment)|"
    r"(?:over|at|during)\s+the\s+weekend|this\s+past\s+weekend)",
    matches=("five people were killed on sunday when a missile hit",
             "the port city was also hit on sunday, when a missile killed five",
             "two died in sunday's missile strike on the city",
             "over the weekend, strikes killed 12"),
    rejects=("a strike killed five overnight", "sunday was quiet",
             "the weekend was quiet"),
)
REMINDER_EN = Rule(
    "reminder_en",
    "A sentence opening a reminder of earlier news (\"As reported, on December 7, ...\", \"Let "
    "us remind you, ...\"): dated before the report's strike, that day's news, recalled "
    "(English; lower-cased sentence).",
    r"^\W*(?:as\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported(?:\s+earlier|\s+before)?|"
    r"let\s+us\s+remind\s+you|(?:we\s+)?recall\s+that|as\s+a\s+reminder)\b",
    matches=("as reported, on december 7, shelling injured six",
             "let us remind you, on the evening of may 3, a missile hit the port",
             "as previously reported, two were killed"),
    rejects=("the governor reported, on december 7, that six were injured",
             "as the governor reported"),
)
EARLIER_COUNT = Rule(
    "earlier_count",
    "A toll as it was first or earlier told (\"it was initially reported that 12 were "
    "killed\", \"earlier, officials reported\", \"as of the evening of 3 May\"): superseded by "
    "the toll as it stands, not more people (English; lower-cased sentence).",
    r"\b(?:initially|at\s+first)\s+(?:\w+\s+){0,2}?(?:reported|said|announced|stated|"
    r"told|counted|confirmed)|\b(?:earlier|previously),?\s+(?:\w+\s+){0,3}?(?:reported|"
    r"said|announced)|\b(?:reported|said|announced)\s+(?:earlier|previously)\b|"
    r"\bas\s+of\s+the\s+(?:evening|morning|afternoon|night)\s+of\b|"
    r"\b(?:the\s+)?(?:initial|earlier|previous|first)\s+(?:death\s+)?(?:toll|count|figures?)\b",
    matches=("it was initially reported that 12 people had been killed",
             "earlier, the governor reported three dead",
             "as of the evening of 3 may, 14 people were confirmed dead",
             "the initial toll was nine",
             "as the agency reported earlier, one person was killed in the region yesterday"),
    rejects=("the toll has risen to 20", "as of 9:00, four people were killed",
             "the governor reported three dead", "the earlier strike killed two"),
)
TOLL_TIME = Rule(
    "toll_time",
    "The time of day a toll stood at (\"as of 11:00\", \"Updated (18:59):\", \"as of 5:30 "
    "p.m.\"): a toll of the same event told with a later time is the toll as it came to stand, "
    "lower or higher (`extract.events._stamped_revision`; English, lower-cased sentence).",
    r"\b(?:as\s+of|updated\W{0,3}(?:at\s+)?)\s*(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)\b"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\b)?",
    matches=("as of 11:00, eight people had been reported killed",
             "updated (18:59): officials said 30 were dead",
             "as of 5:30 p.m., two were dead", "as of 15.00 six were killed",
             "updated at 09:40: five people were injured"),
    rejects=("at 11:00 a missile hit the port", "as of may 3, four were injured",
             "the page was updated on monday"),
)
LATER_TOLD = Rule(
    "later_told",
    "A toll told as a later word of the same strike (\"Later, the governor reported that three "
    "died\", \"with the mayor later confirming 15 injured\"): where its place is the centre "
    "of an oblast whose toll the report told before, it is that toll as it came to stand "
    "(`extract.events._drop_earlier_counts`; English, lower-cased sentence).",
    # a word of telling or finding within the clause: "Later, a drone injured five" is a new
    # strike told later, not a later word of the toll
    r"\blater\b,?\s+(?:on,?\s+)?(?:[\w'’-]+,?\s+){0,8}?(?:report|say|said|confirm|updat|"
    r"announc|wr[io]t|rais|found|recover)\w*|"
    # the word of telling before it: "the governor said later that 19 had been wounded"
    r"\b(?:said|reported|confirmed|announced|wrote|added|updated)\s+later\b",
    matches=("later, the head of the regional administration reported that three men died",
             "with the mayor later confirming 15 hurt",
             "later on, two more bodies were found",
             "later, the head of the oblast administration, oleh petrenko, reported",
             "the governor said later that 19 people had been wounded",
             "police confirmed later on monday that four had died"),
    rejects=("two were killed, the governor said", "a strike later in the day hit the port",
             "the collateral damage", "later, a drone injured five people in kherson"),
)
TOLD_BEFORE_DATE = Rule(
    "told_before_date",
    "A reporting verb anywhere before a date in its sentence (lower-cased text before the date: "
    "\"the air force reported on telegram on \"), or the time a toll stood at (\"as of 01:30 "
    "on \"): the day it was told, not a strike's day.",
    r"\b(?:said|says|reported|reports|announced|wrote|stated|posted|told|according|"
    r"as\s+of)\b",
    matches=("the air force command reported on the telegram messenger on ",
             "according to the governor on ", "as of 06:00 on "),
    rejects=("russian forces struck the city on the afternoon of ",),
)
DAY_ROUNDUP = Rule(
    "day_roundup",
    "A report over the past day (\"shells nine regions over past day\", \"in the past 24 "
    "hours\"): the day before its publication is within its period (lower-cased text).",
    # not a day's possessive: "in the last day's raid" names a strike, no period
    r"\b(?:(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous)\s+(?:day|24\s+hours)|"
    r"past\s+day)\b(?!['’]s)",
    matches=("enemy shells nine ukrainian regions over past day",
             "during the past day, march 2, the enemy struck eleven times"),
    rejects=("on the previous night", "the past days",
             "two missiles, as in the last day's raid on the port"),
)
REPORTED_ON = Rule(
    "reported_on",
    "A reporting verb right before the words of a day (lower-cased text before them: \"the "
    "governor said \" + \"on monday\", \"officials reported \" + \"this morning\"): the day "
    "it was told, not the day of the strike.",
    r"\b(?:said|says|reported|reports|announced|told\s+\w+|wrote|added|confirmed|stated|"
    r"posted)\s+(?:on\s+)?$",
    matches=("the governor said ", "officials told reporters ", "he wrote on "),
    rejects=("drones struck odesa ", "said the attack came "),
)
RECALL_GOES_ON = Rule(
    "recall_goes_on",
    "A sentence opening on the attack or the time just named (\"The attack killed 18 people\", "
    "\"It killed ...\", \"In that attack, 12 died\", \"Then, ...\"): right after a recall of an "
    "earlier day, it goes on about that day (English).",
    r"^\W*(?:(?:(?:in|during|from|after)\s+)?(?:the|that|this|those|these)\s+(?:\w+\s+){0,2}?"
    r"(?:attack|strike|shelling|barrage|assault|bombardment|explosion|blast|missile|drone)s?\b|"
    # "Then, the occupiers killed 21", "At that time 16 were dead": the time just recalled
    r"it\b|then\b|at\s+that\s+time\b|that\s+(?:day|night|morning|evening)\b)",
    matches=("The attack killed 18 people and injured 78.", "It killed 18 people.",
             "The missile strike left 18 dead.", "In that attack, 12 people died.",
             "Then, the occupiers killed 21 people.", "In those strikes 19 were killed.",
             "At that time nine were dead.", "That night two more died."),
    rejects=("Five people were killed.", "Drones hit Odesa.", "The air force said 40 drones "
             "were shot down.", "Its toll rose.", "In Odesa, a drone hit a house.",
             "Thence the drones flew north."),
    use="match",
)

OTHER_TIME_BREAK = Rule(
    "other_time_break",
    "Where a sentence's next clause or aside begins (a comma, semicolon, dash or bracket): a "
    "clause that tells another time than the report's strike (\"..., as the city mourned an "
    "attack the previous day that killed four\", \"..., a city previously spared such "
    "attacks, ...\") is read apart from the rest (`events._other_time_clause`; English).",
    r",\s+|;\s+|\s+[\u2013\u2014-]{1,2}\s+|\s+\(",
    matches=("a missile hit sumy, wounding four", "one dead; two hurt", "hit lviv - a city",
             "struck uzhhorod (a city spared until now)"),
    rejects=("killed two and injured three", "the well-known city"),
)
PAST_APPOSITION = Rule(
    "past_apposition",
    "An aside about a place or thing, not a clause of its own (\"a city previously spared such "
    "attacks\", \"which until now had rarely been hit\", \"long a haven\"): told between commas "
    "inside a sentence, its past is the place's, not the time of the sentence's strike "
    "(`events._other_time_clause`; English, lower-cased clause).",
    r"(?:a|an|the|which|who|whose|where|once|long|until|previously|hitherto|formerly)\b",
    matches=("a city previously spared such attacks", "which until now had rarely been hit",
             "long a haven for people fleeing the fighting", "the hometown of the president"),
    rejects=("as the city mourned an attack the previous day", "including one last month",
             "days after a strike killed five"),
    use="match",
)
