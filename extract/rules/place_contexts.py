"""Place contexts: what around a gazetteer name makes it a place, a person, a river or a
namesake, which unit it names, and how event notes list raions and oblasts.

`extract.places` runs these on the text as written (so `lower=False`: re.I where case does not
matter, case-sensitive where a capital is the evidence), mostly at a position (`use="match"`
right after a name) or on the few characters before one (patterns ending in `$`). Examples of
`match` rules start where the name ends; those of `$` rules end where the name starts.
"""

from __future__ import annotations

import re

from extract.rules import Rule

# --- After a name: what follows it ------------------------------------------------------------

FOREIGN_UNIT_WORD = Rule(
    "foreign_unit_word",
    "A unit word right after a foreign town (\"Kursk region\"): the mention is that unit.",
    r"\s+(region|oblast|province|republic)\b",
    matches=(" region was hit overnight", " Republic"),
    rejects=(" regional governor said", ", region"),
    lower=False, flags=re.I, use="match",
)
UNIT_WORD_AFTER = Rule(
    "unit_word_after",
    "A unit or settlement word after a name (\"Bar district\", \"Lyman, city\"): a place context.",
    r"(?:\s*,\s*|\s+)(?:and\s+|&\s+)?(?P<word>regions?|oblasts?|provinces?|districts?|raions?"
    r"|area|city|town|village|settlement|urban-type settlement|hromada|community)\b",
    matches=(" district came under fire", ", urban-type settlement", " and oblast"),
    rejects=(" regional council said", " was hit"),
    lower=False, flags=re.I, use="match",
)
PLURAL_UNIT_WORD = Rule(
    "plural_unit_word",
    "A plural unit word after a name (\"the Odesa and Mykolaiv regions\"): the list names units.",
    r"\s+(?:regions|oblasts|provinces)\b",
    matches=(" regions came under attack", " Oblasts"),
    rejects=(" region was hit", "regions"),
    lower=False, flags=re.I, use="match",
)
PLURAL_UNIT_ENDING = Rule(
    "plural_unit_ending",
    "A unit's name ending in its unit word, then \"s\" (\"Kharkiv region\" + \"s\"): a plural "
    "unit word, matched on the eight characters around the mention's end.",
    r"(?:region|oblast|province)s\b",
    matches=("regions", "Oblasts,"),
    rejects=("region s", "regionsx"),
    lower=False, flags=re.I, use="match",
)
NAMESAKE_AFTER = Rule(
    "namesake_after",
    "What makes a town's name no place (\"the Dnipro river\", \"the Kyiv Independent\", "
    "\"Primorsk oil port in Russia\"): a river, paper, body or street, or a Russian namesake.",
    r"(?:'s|’s)?\s+(?:[Rr]iver(?!\s+ports?\b)|Independent|Post|"
    r"Times|Herald|Telegraph|Pravda|Institute|School\s+of|Biennale|Dynamo|Rights|"
    r"[Pp]ipeline|Party|Group|Foundation|Battalion|Brigade|"
    r"[Pp]ark|[Ss]quare|[Ss]treet|[Aa]venue|[Bb]oulevard|"
    # "Khortytsia island", "the Kinburn Spit": an island or a spit, no settlement
    r"[Ii]slands?|[Ss]pit)\b"
    # "the Skhid group of forces", "the Khortytsia (operational-strategic) grouping", "Tavria
    # OSG": an army group named after a region or a landmark, no place (a gloss may stand
    # between: "the Skhid (East) group"); "a Kyiv group of volunteers" keeps its town
    r"|(?:\s+\([^()\n]{1,20}\))?\s+(?:(?:[Oo]perational|[Oo]perative)[- ](?:[Ss]trategic|"
    r"[Tt]actical)\s+[Gg]roup(?:ing)?|[Gg]rouping|[Gg]roup\s+of\s+(?:[A-Z]\w+\s+)?(?:[Ff]orces|[Tt]roops)|"
    r"[Gg]roup(?!\s+of\b)|[Ff]orces\s+[Gg]roup|[Bb]attle\s*[Gg]roup|OSG|OTG|OTU)\b"
    # "Primorsk oil port in Russia's Leningrad region": a namesake
    r"|(?:\s+(?!and\b|or\b|but\b)[a-z][\w-]*){0,3},?\s+in\s+"
    r"(?:Russia|Belarus)(?:'s|’s)?\b",
    matches=(" river, officials said", " Independent reported", "’s Park",
             " oil port in Russia's Leningrad region", " island was hit", " Spit",
             " group of forces said", " group of Russian forces",
             " (East) operational-strategic group reported",
             " grouping's spokesman", " OSG reported", " group spokesman said"),
    rejects=(" river port was hit", " and Kherson were hit", " City",
             " group of volunteers", " groups"),
    lower=False, use="match",
)
SERVICE_AFTER_WORD = Rule(
    "service_after_word",
    "A facility or service noun right after a name that is an everyday English word (\"the Police "
    "station\", \"Police officers\"): the word is the service, not the village so named.",
    r"\s+(?:station|stations|officers?|department|headquarters|patrol|chief)\b",
    matches=(" station of the city", " officers were hurt", " Department"),
    rejects=(" district", ", station", " stationed"),
    lower=False, flags=re.I, use="match",
)
MEDIA_AFTER = Rule(
    "media_after",
    "A media word after a town's name (\"Рівне Онлайн\", \"Одеса Інфо\", \"Kharkiv Online\"): "
    "an outlet that is named after the town, no place.",
    # (a capitalised "Radio" as a station's name: "the office of Vilne Radio", not "Kyiv radio
    # tower")
    r"\s+(?:онлайн|online|інфо|инфо|info|ньюз|news|медіа|медиа|media|(?-i:Radio))(?![\w-])",
    matches=(" Онлайн з посиланням на", " Інфо пише", " Online reported", " Ньюз",
             " Radio broadcasting company"),
    rejects=(" онлайн-зустріч", " області", " Oblast", " was hit", " radio tower"),
    lower=False, flags=re.I, use="match",
)
MEDIA_BEFORE = Rule(
    "media_before",
    "An outlet's name before a town's (\"Суспільне Харків\", \"Общественное Одесса\", "
    "\"Suspilne Sumy\"): the regional newsroom, no place.",
    r"(?:суспільне|суспильне|общественное|suspilne)[ .:|-]*$",
    matches=("за даними Суспільне ", "Suspilne "),
    rejects=("суспільне життя", "Суспільне мовлення і "),
    lower=False, flags=re.I,
)
EN_RAION_WORD_AFTER = Rule(
    "en_raion_word_after",
    "A raion word in English after a town's name or adjective (\"Kupiansk district\", "
    "\"Khersonskyi raion\"): an event note's raion, which names its town's oblast too.",
    r"\s+(?:district|raion|rayon)\b(?!s)",
    matches=(" district, Kharkiv", " raion", " Rayon"),
    rejects=(" districts", ", district", " region"),
    lower=False, flags=re.I, use="match",
)
RAION_WORD_AFTER = Rule(
    "raion_word_after",
    "A raion or hromada word after a name, perhaps after a list of more such names "
    "(\"Нікопольському районі\", \"Межівська, Покровська та Васильківська громади\", "
    "\"Дергачевской громады\"): "
    "the name is the adjective of a raion or hromada, which a town or a city's district names.",
    r"(?:\s*(?:,|і|и|й|та)\s*[А-ЯЁІЇЄҐ][\w'’-]*)*\s+(?:район|р-н|громад|округ|"
    # a front's direction is named after its town ("на Лисичанському напрямку")
    r"напрям|направлени)",
    matches=(" районі", " громади", ", Покровська та Васильківська громади",
             " и Шевченковскому районам", " напрямку", " направлении"),
    rejects=(" області", " — район", " міська рада"),
    lower=False, use="match",
)
HROMADA_WORD_AFTER = Rule(
    "hromada_word_after",
    "A hromada word after a name, perhaps after more such names or 'сільська', 'селищна', "
    "'міська' (\"Миколаївська сільська громада\", \"Боромлянській громаді\", \"Середино-"
    "Будской громаде\", \"Комарської ОТГ\"): the name is the hromada's, and names its centre.",
    r"(?:\s*(?:,|і|и|й|та)\s*[А-ЯЁІЇЄҐ][\w'’-]*)*\s+(?:(?:сільськ|селищн|міськ|сельск|"
    r"поселков|городск)\w*\s+)?(?:територіальн\w*\s+|территориальн\w*\s+)?"
    r"(?:громад|[Оо][Тт][Гг]\b|общин)",
    matches=(" громади", " сільська громада", " селищній громаді", " ОТГ",
             ", Покровська та Васильківська громади", " сельской громады", " городской общины"),
    rejects=(" області", " району", " міська рада", " міської військової адміністрації",
             " ТГ-каналі"),
    lower=False, use="match",
)
#: A hromada word in any case (not "громадянин", "громадський").
_HROMADA_WORD = (r"(?:[Гг]ромад(?:а|и|і|у|ою|ам|ами|ах|ы|е|ой)?|"
                 r"[Оо]бщин(?:а|ы|е|у|ой|ам|ами|ах)?)(?![\w'’])")
#: One name of a list after a hromada word (`HROMADA_LIST_BEFORE`), with a count or note in
#: brackets after it ("Юнаківська (5 обстрілів)").
_HROMADA_ITEM = r"[А-ЯЁІЇЄҐ][\w'’-]*(?:\s*\([^()\n]{0,40}\))?"
#: What parts two names of such a list: a comma or "і"/"та"/"и", or a line break, then perhaps
#: a bullet.
_HROMADA_SEP = (r"(?:\s*[,;]\s*(?:(?:і|и|й|та)\s+)?|\s+(?:і|и|й|та)\s+|\s*\n\s*)"
                r"(?:[•·▪●*–—-]\s*)?")
HROMADA_LIST_BEFORE = Rule(
    "hromada_list_before",
    "A hromada word that a list of hromadas' names follows, from it up to one of the names "
    "(\"громади: Юнаківська, Хотінська\", \"таких громад Сумщини:\\n • Сумська\\n • "
    "Юнаківська\", "
    "\"в громадах Юнаківській, Хотінській та Білопільській\", \"общины: Марганецкая, "
    "Мировская\"): each name is a hromada's, and names its centre, as before a hromada word. "
    "Without a colon or dash the list needs a name before the one asked (a hromada's head "
    "named after \"громади\" is no list).",
    _HROMADA_WORD + r"(?:(?:\s+[А-ЯЁІЇЄҐ][\w'’-]*(?:\s+(?:району|района|області|"
    r"области))?)?\s*[:—–-]\s*(?:[•·▪●*–—-]\s*)?(?:" + _HROMADA_ITEM
    + _HROMADA_SEP + r")*|\s+(?:" + _HROMADA_ITEM + _HROMADA_SEP + r")+)",
    matches=("громади: ", "громад:\n\n  • Сумська\n  • ", "громадах Юнаківській, ",
             "громад Сумщини:\n • ", "громад Сумського району: ",
             "громади Юнаківська, Хотінська та ", "общины: Марганецкая (3 обстрела), ",
             "громады — "),
    rejects=("громади ", "громади. ", "громади Сумського району ", "громада, "),
    lower=False, use="fullmatch",
)
HROMADA_LIST_OPENS = Rule(
    "hromada_list_opens",
    "A hromada word right before a name with no colon (\"громади Юнаківська\"): the name opens "
    "a list of hromadas' names where `HROMADA_LIST_GOES_ON` follows it.",
    _HROMADA_WORD + r"\s+",
    matches=("громади ", "громадах ", "общины "),
    rejects=("громади: ", "громадянин "),
    lower=False, use="fullmatch",
)
HROMADA_LIST_GOES_ON = Rule(
    "hromada_list_goes_on",
    "Another name after a name (\", Хотінська\", \" та Білопільська\"): after a hromada word "
    "(`HROMADA_LIST_OPENS`) the first name of a list of hromadas (\"громади Юнаківська, "
    "Хотінська та Білопільська\"; not \"голова громади Олена Хотінська\").",
    r"(?:\s*[,;]\s*(?:(?:і|и|й|та)\s+)?|\s+(?:і|и|й|та)\s+)[А-ЯЁІЇЄҐ]",
    matches=(", Хотінська", " та Білопільська", ", и Мировская"),
    rejects=(" Хотінська", ", яка", ". Хотінська"),
    lower=False, use="match",
)
ENGLISH_HROMADA_AFTER = Rule(
    "english_hromada_after",
    "An English hromada word after a name, perhaps after more such names (\"the Vasylkiv "
    "community\", \"Krasnopillia, Shalyhyne and Khotin communities\"): each name is a "
    "hromada's, whose centre may be a namesake of another oblast's town (Vasylkivka, not "
    "Vasylkiv).",
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)*"
    r"\s+(?:urban\s+|rural\s+|village\s+|settlement\s+|territorial\s+)?"
    r"(?:communit(?:y|ies)|hromadas?)\b",
    matches=(" community", " hromada", ", Shalyhyne and Khotin communities", " rural community",
             ", Chervonohryhorivka, Tomakivka and Velyka Pysarivka communities"),
    rejects=(" district", " communal services", ", the region"),
    lower=False, use="match",
)
ENGLISH_HROMADA_LIST = Rule(
    "english_hromada_list",
    "An English hromada word before a list of hromadas' names (\"The communities of Khotin, "
    "Yunakivka, Novoslobidske and Esman were shelled\", \"hromadas: Bilopillia, ...\"; "
    "`items`): each name is a hromada's and names its centre, as before \"community\" "
    "(`ENGLISH_HROMADA_AFTER`); the oblast the report names picks the centre.",
    r"\b(?:communities|hromadas)\s*(?:of\s+|:\s*)(?:the\s+)?"
    r"(?P<items>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)+)",
    matches=("The communities of Khotin, Yunakivka, Novoslobidske and Esman were shelled",
             "the hromadas: Bilopillia, Krasnopillia and Velyka Pysarivka"),
    rejects=("the communities of the region were shelled", "the community of Khotin"),
    lower=False, examples_lower=False,
)
CYRILLIC_RAION = Rule(
    "cyrillic_raion",
    "A Ukrainian or Russian raion adjective (`stem` before its -ськ-/-ск- ending), e.g. "
    "\"Днепровском\", \"Шевченківському\": matched on a mention to find a city's district.",
    r"(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+?)(?:ь?ськ|цьк|зьк|ск|цк|зк)"
    r"(?:ий|ого|ому|им|ім|ій|ої|ою|у|а|е|ая|ое|ом|ой|ую|ый|ему|ем|ие|их|ими|ім|им)",
    matches=("Днепровском", "Шевченківському", "Холодногорскому", "Подільський"),
    rejects=("Київ", "Харкові"),
    lower=False, use="fullmatch",
)
SPEECH_VERB_AFTER = Rule(
    "speech_verb_after",
    "A verb of speech or being after a capitalised word (\"Halyna said\"): a speaker, no town.",
    r"(?:'s|’s)?,?\s+(?:said|says|told|added|claimed|accused|has|had|"
    r"was|is|who|insisted|warned|stated|noted|wrote|tweeted)\b",
    matches=(" said on Monday", ", who was born there", " told reporters"),
    rejects=(" region said", " Said"),
    lower=False, use="match",
)
CAPITALISED_WORD = Rule(
    "capitalised_word",
    "A word opening with a capital (Latin or Ukrainian), read right after a name: a neighbour "
    "that may make the name a person's (\"Marco Rubio\").",
    r"[A-ZА-ЯІЇЄҐ][\w'’-]*",
    matches=("Rubio said", "Київ"),
    rejects=("said Rubio", "rubio"),
    lower=False, use="match",
)
NAME_AFTER_COMMA = Rule(
    "name_after_comma",
    "A name after a comma, with its unit word if any (\"Lyman, Donetsk region\"): the unit a "
    "name is placed in, if it is one.",
    r"\s*,\s*(?:the\s+)?([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+(?:region|oblast|province))?)",
    matches=(", Donetsk region", ", Vinnytsia"),
    rejects=(" Donetsk region", ", 2024"),
    lower=False, flags=re.I, use="match",
)
CLOSING_BRACKET = Rule(
    "closing_bracket",
    "A closing bracket right after a name: the name ends an event note's brackets.",
    r"\s*\)",
    matches=(")", " ) was hit"),
    rejects=(", Kyiv)", ""),
    lower=False, use="match",
)

# --- Before a name: the characters up to it ---------------------------------------------------

REGION_NOUN_AFTER = Rule(
    "region_noun_after",
    "After a Cyrillic adjective: a region's or a sea's noun, perhaps after more adjectives "
    "(\"Брянской области\", \"Саратовской и Орловской областях\", \"Краснодарским краем\", "
    "\"Азовского моря\"). An adjective there that names none of Ukraine's units is a foreign "
    "region (Russia's) or a sea, not the raion of a Ukrainian village named like it.",
    # A listed word is a whole word, or one that ends in "і/и/й/та" before a space, that ending
    # read as the "and" of the list ("Миколаївки Херсонської": "Миколаївк" + "и"): the same
    # texts match as with a plain `[\w'’-]*`, which tried every split of every word at each "и"
    # inside it (a list of 25 villages with no region noun after it took 1.5 s a name).
    r"(?:\s*(?:,|і|и|й|та)\s*[А-ЯЁІЇЄҐ](?:[\w'’-]*?(?=(?:і|и|й|та)\s)|[\w'’-]*+))*\s+"
    r"(?:област[іиьейяхю]\w*|обл\.|"
    r"кра[йяюе]\b|краєм|краем|краї|республик\w*|мор[еяію]\b|морей|моря|морем)",
    matches=(" области", " и Орловской областях", " краем", " моря", " області"),
    rejects=(" району", " громади", " областной администрации"),
    lower=False, flags=re.I, use="match",
)
PLACE_WORD_BEFORE = Rule(
    "place_word_before",
    "A preposition, a settlement word, a verb of what is done to places or a comma, and at most "
    "\"the\" and one word, before a name (\"near\", \"shelled\"): a place context.",
    r"(?:\b(?:in|near|around|at|outside|of|to|towards|toward|into|from|over|across|on|"
    r"village|town|city|settlement|hromada|district|outskirts|suburb|suburbs|center|centre|"
    # what is done to places: "entered Lyman", "shelled Bar"
    r"entered|captured|liberated|recaptured|shelled|struck|hit|attacked|bombed|targeted)"
    r"|,)\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
    # Ukrainian and Russian: a preposition or a settlement word ("в Українську", "с. Мирне")
    r"|(?<![\w'’ʼ-])(?:у|в|во|до|біля|поблизу|під|по|на|із|з|зі|від|через|над|біля|около|"
    r"возле|под|из|от|с\.|смт\.?|пгт\.?|м\.|г\.|пос\.|сел[оаіуе]|селищ[ейау]|селищі|"
    r"поселк[еау]|поселок|міст[оаіу]|город[ае]?)\s+$",
    matches=("Drones were shot down near ", "Russian troops shelled ", "a strike on the small ",
             "дрон влучив у будинок в ", "обстріляли с. "),
    rejects=("said Mayor Ihor ", "Drones were shot down near", "Ворог атакував. "),
    # (on the lower-cased text before the name, not with re.IGNORECASE, which lower-cases
    # each character it compares: ~10 -> ~4 us a name, ~2.7 names a news report)
)
ARTICLE_BEFORE = Rule(
    "article_before",
    "\"the\" right before a name: before a river town's name (\"the Dnipro\"), the river.",
    r"\bthe\s+$",
    matches=("on the left bank of the ", "The "),
    rejects=("the bank of ", "bathe "),
    lower=False, flags=re.I,
)
PORT_AROUND = Rule(
    "port_around",
    "A port word right after a name or \"port of\" right before it (\"the Pivdennyi port\", "
    "\"the port of Pivdennyi\"): the port's name, which a village elsewhere may share.",
    r"(?:\s+(?:sea\s*)?(?:port|harbou?r|terminal)\b|(?:\bport|\bharbou?r)\s+of\s+$)",
    matches=(" port was hit", " seaport", "the port of "),
    rejects=(" was hit", " portal", " reported"),
    lower=False, flags=re.I,
)
RIVER_PLANT_AFTER = Rule(
    "river_plant_after",
    "A power plant or dam after a river town's name (\"the Dnipro Hydroelectric Power Plant\", "
    "\"Dnipro HPP\"): named after the river, which is no place (the plant stands elsewhere).",
    r"(?:\s+|-)(?:hydro(?:-?electric|power)?|HPP|HES|dam)\b",
    matches=(" Hydroelectric Power Plant was hit", " hydro-electric power station", " HPP",
             " dam was damaged"),
    rejects=(" was hit", " region", " damaged by shelling"),
    lower=False, flags=re.I, use="match",
)
VILLAGES_BEFORE = Rule(
    "villages_before",
    "\"village(s)\" within 30 characters of the same clause before a word: a village's own "
    "name, no misspelt town (\"the villages of Berdychi\").",
    r"\bvillages?\b[^.;]{0,30}$",
    matches=("shelling of the villages of ", "the Village of Nova "),
    rejects=("in the villagers' ", "a village. Then "),
    lower=False, flags=re.I,
)
VILLAGE_WORD_BEFORE = Rule(
    "village_word_before",
    "A Ukrainian or Russian word for a village or small settlement right before a name (\"у "
    "селі Орел\", \"с. Орел\", \"в поселке\"): a village of Ukraine, not the foreign town "
    "that bears the name (Oryol).",
    r"(?<![\w'’ʼ-])(?:с\.|смт\.?|пгт\.?|сщ\.|пос\.|сел[оаіуе]|селом|селищ[ейау]|селищі|"
    r"поселк[еау]|поселок|хутор[іеау]?)\s*$",
    matches=("у селі ", "обстріляли с. ", "в поселке ", "село "),
    rejects=("з міста ", "Росія атакувала "),
    lower=False, flags=re.I,
)
RIVER_WORD_BEFORE = Rule(
    "river_word_before",
    "A Ukrainian or Russian word for a river right before a name (\"на березі річки Оскіл\", "
    "\"впали в річку Ірпінь\", \"вдоль реки Оскол\", \"через р. Десна\"): the river, whose name "
    "towns and villages bear, no place.",
    r"(?<![\w'’ʼ-])(?:річк[аиуіо]|річкою|рік[аиуі]|рікою|ріці|річечк\w*|"
    r"рек[аиуе]|рекой|речк[аиуе]|речкой|(?<!\d )(?<!\d)р\.)\s*$",
    matches=("на березі річки ", "впали в річку ", "вдоль реки ", "через р. ", "над рікою "),
    rejects=("у березні 2024 р. ", "на річковому ", "з міста ", "в Запоріжжі та "),
    lower=False, flags=re.I,
)
REGION_NOUN_AFTER_ADJECTIVE = Rule(
    "region_noun_after_adjective",
    "\"регион\" or \"регіон\" in any case right after an oblast centre's adjective "
    "(\"Запорожский регион\", \"у Харківському регіоні\"): the oblast, not the centre's raion.",
    r"\s+(?:регион|регіон)(?:а|у|е|ом|і|ом)?\b",
    matches=(" регион. За сутки", " регіоні вночі", " региона"),
    rejects=(" районе", " регионального", " регіональн"),
    lower=False, flags=re.I, use="match",
)
UNIT_HEADING_AFTER = Rule(
    "unit_heading_after",
    "What may follow an oblast's name that opens a line to end its first sentence there: a "
    "unit word, then a full stop or a colon (\"Запорожский регион.\", \"Запорізька область.\", "
    "\"Днепропетровщина.\", \"Kherson region:\"): the name is the heading of the paragraph on "
    "that oblast, whose places it settles as an oblast of their own sentence would.",
    r"\s*(?:(?:регион|область|обл|край|region|oblast)\s*)?[.:](?:\s|$)",
    matches=(" регион. За сутки", ". Ночью", " region: two were", " область.\n"),
    rejects=(" области вечером", ", Харківщина", " регион и Днепр"),
    lower=False, flags=re.I, use="match",
)
ORGANISATION_QUOTE_BEFORE = Rule(
    "organisation_quote_before",
    "A noun of a shop chain, company, military unit or venue, then an opening quotation mark, "
    "right before a name (\"супермаркету «Славутич»\", \"батальйону \"Світязь\"\", \"бригады "
    "«Холодный Яр»\"): the name of that body, which a village may share, no place. (A port is "
    "named after its town and is no such noun: «Южный» is Pivdenne.)",
    r"(?<![\w'’ʼ-])(?:мереж\w*|сет(?:ь|и|ью)|супермаркет\w*|гіпермаркет\w*|гипермаркет\w*|"
    r"магазин\w*|тц|трц|тов|ооо|пат|прат|чао|жк|фк|"
    r"полк(?:у|а|ом|і|е)?|бригад\w*|батальйон\w*|батальон\w*|загін|загон\w*|отряд\w*|"
    r"підрозділ\w*|подразделени\w*|угрупован\w*|группировк\w*|"
    r"компані\w*|компани\w*|фірм\w*|фирм\w*|бренд\w*|завод\w*|підприємств\w*|предприяти\w*|"
    r"клуб\w*|команд[аиуіе]|готел\w*|гостиниц\w*|ресторан\w*|кафе|санатор\w*|табор\w*|табір|"
    r"лагер[ьяюе]|театр\w*|кінотеатр\w*|кинотеатр\w*|телеканал\w*|газет\w*|операці\w*|"
    r"операци\w*)\s*[«\"“„]\s*$",
    matches=("на складах мережі супермаркетів “", "Штурмовий полк \"", "бойцы бригады «",
             "у ТЦ «", "компанії «"),
    rejects=("у місті «", "заявив: «", "мережі супермаркетів ", "порту «"),
    lower=False, flags=re.I,
)
MILITARY_GROUP_BEFORE = Rule(
    "military_group_before",
    "An army group's noun right before a name, in English (\"Operational-Strategic Group "
    "Khortytsia\", \"the group of forces 'Skhid'\", \"OSG Tavria\"): the group's name, which a "
    "town, an island or a region may share, no place.",
    r"(?:(?:[Oo]perational|[Oo]perative)[- ](?:[Ss]trategic|[Tt]actical)\s+[Gg]roup(?:ing)?"
    r"(?:\s+of\s+(?:[Ff]orces|[Tt]roops))?|[Gg]roup(?:ing)?\s+of\s+(?:[Ff]orces|[Tt]roops)|"
    r"\b[Gg]rouping|\bOSG|\bOTG|\bOTU)\s*[\"“'‘«]?\s*$",
    matches=("spokesman for Operational-Strategic Group ", "the group of forces \"",
             "OSG ", "the Russian grouping “"),
    rejects=("a group of ", "the operational situation in ", "groups in "),
    lower=False,
)
VILLAGE_NAME_AFTER = Rule(
    "village_name_after",
    "A Russian or Ukrainian village word and the name after it, one capitalised word (group 1) "
    "or two (to the end of group 2): \"в с. Плещеевка\", \"в селе Великая Новоселка\"; a village "
    "the gazetteer may know in another spelling.",
    r"(?<![\w'’ʼ-])(?:с\.|пгт\.?|сел[оаеуі]|селом|поселк[еау]|поселок|селищ[еаі])\s*"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ'’ʼ]+)?)"
    r"((?:\s[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+)?)",
    matches=("в с. Плещеевка после обстрела", "в селе Великая Новоселка",
             "у селі Іванівка"),
    rejects=("в селе жили", "с. 5", "весело Москалевка"),
    lower=False, use="search",
)
SPEAKER_AFTER = Rule(
    "speaker_after",
    "A verb of speech right after a name (\"Chaus reported\", \"Кобзар заявив\"): a speaker, "
    "not one of the codifier's villages, which are taken on firmer evidence than a capital.",
    r",?\s+(?:said|says|told|added|reported|reports|claimed|stated|noted|wrote|warned|"
    r"insisted|tweeted|announced|сказав|заявив|повідомив|зазначив|написав|додав|"
    r"сказал|заявил|сообщил|отметил|написал|добавил)\b",
    matches=(" reported on Telegram", ", said", " заявив журналістам"),
    rejects=(" was retaken", " district", " reportedly"),
    lower=False, use="match",
)
SPEAKER_BEFORE = Rule(
    "speaker_before",
    "Who is quoted, before a name (\"according to Kobzar\", \"– додав Чаус\"): a speaker, not "
    "one of the codifier's villages.",
    r"(?:\baccording\s+to|[,–—-]\s*(?:додав|додала|заявив|заявила|повідомив|повідомила|"
    r"зазначив|зазначила|наголосив|наголосила|сказав|сказала|написав|написала|розповів|"
    r"розповіла|уточнив|уточнила|добавил|добавила|заявил|заявила|сообщил|сообщила|отметил|"
    r"отметила|сказал|сказала|написал|написала|рассказал|рассказала)|за\s+словами|"
    r"по\s+словам)\s+$",
    matches=("according to ", "”, – додав ", "за словами "),
    rejects=("shelled ", "village of ", "біля "),
    lower=False, flags=re.I,
)
SENTENCE_START = Rule(
    "sentence_start",
    "The start of a text, a sentence, a quotation or a numbered item: a capital there is no "
    "evidence of a name.",
    r"(?:^|[.!?:\n•\"“]\s*|\d\.\s*)$",
    matches=("", "The strike ended. ", "He said: “"),
    rejects=("in the city of ", "said"),
    lower=False,
)
GIVEN_NAME_BEFORE = Rule(
    "given_name_before",
    "A capitalised Latin word and one space before a name (group 1): a given name there makes "
    "the name a surname (\"Taras Shevchenko\").",
    r"\b([A-Z][a-z]+) $",
    matches=("said Taras ", "Oleksandr "),
    rejects=("said taras ", "Taras  ", "in Kyiv, "),
    lower=False,
)
INITIAL_AFTER = Rule(
    "initial_after",
    "A surname's initial right after a name (\"Bohdan K.\", \"named only as Bohuslav T, 58\"): the "
    "name is a person's given name, no place. One capital letter (not the pronoun \"I\"), then "
    "a full stop, a comma or a lower-case word.",
    r" (?!I\b)[A-ZА-ЯІЇЄҐ](?:\.|(?=[,;:)]|\s+[a-zа-яіїєґ]))",
    matches=(" T, aged 58", " K. said", " M is in hospital", " Б., 45 років"),
    rejects=(" I was there", " Oblast", " NPP was hit", " W"),
    lower=False, use="match",
)
CAPITALISED_WORD_BEFORE = Rule(
    "capitalised_word_before",
    "A capitalised word (Latin or Russian) and one space before a name (group 1): a neighbour "
    "that may make the name a person's (\"Vladimir Putin\").",
    r"([A-ZА-Я][\w'’-]+) $",
    matches=("said Marco ", "Путін "),
    rejects=("said marco ", "said Marco, "),
    lower=False,
)
CITYS_BEFORE = Rule(
    "citys_before",
    "\"city's\" right before a raion's name (\"the city's Kyivskyi district\"): a district of "
    "the city named earlier.",
    r"\bcity(?:'s|’s)\s+$",
    matches=("the city's ", "the city’s  "),
    rejects=("the city ", "the city's"),
    lower=False,
)
FROM_BEFORE = Rule(
    "from_before",
    "\"from (the)\" before an oblast (\"redeployed from the Kharkiv region\"): an origin, which "
    "locates nothing.",
    r"\bfrom\s+(?:the\s+)?$",
    matches=("redeployed from the ", "From "),
    rejects=("far from here ", "in the "),
    lower=False, flags=re.I,
)
OPEN_BRACKET_LIST = Rule(
    "open_bracket_list",
    "An open bracket and a comma before a name (\"Bila Tserkva (Bilotserkivskyi, \"): the name "
    "is the last slot of an event note's brackets, its oblast.",
    r"\([^()]*,\s*$",
    matches=("Velyka Pysarivka (Okhtyrskyi, ", "(Sumy, Kharkiv, "),
    rejects=("(Okhtyrskyi) and ", "in Sumy, "),
    lower=False,
)
NAME_BEFORE_UNIT = Rule(
    "name_before_unit",
    "A capitalised name of up to three words after a place context, then a comma, before a "
    "unit (\"shelled Zolota Balka, Kherson region\"): a village the gazetteer lacks (`name`).",
    r"\b(?:shelled|shelling|in|near|at|of|on|struck|hit|attacked|around|outside|targeted|"
    r"towards|village|town|settlement|strikes?\s+(?:at|on))\s+(?:the\s+)?"
    r"(?:(?:village|town|settlement|area)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})\s*,\s*$",
    matches=("Russian forces shelled Zolota Balka, ", "a strike on the village of Nova Sloboda, "),
    rejects=("shelled the area, ", "said Zolota Balka, "),
    lower=False,
)

VILLAGE_OF_NAME = Rule(
    "village_of_name",
    "A settlement word, \"of\" and a capitalised name of up to three words (\"fire reached "
    "the village of Velyka Rohan\"): a village's name, which the gazetteer may lack (`name`).",
    r"\b(?:village|town|settlement|hamlet)\s+of\s+"
    r"(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})\b(?![-'’])",
    matches=("mortar fire reached the village of Velyka Rohan", "the town of Nova Kakhovka"),
    rejects=("the village of the region", "the villagers of Kivsharivka"),
    lower=False,
)
LANDMARK_NAME = Rule(
    "landmark_name",
    "A name that ends in a building's or a site's noun (\"the Assumption Cathedral, Lviv\", "
    "\"Okhmatdyt Hospital, Kyiv\"): a landmark of the unit named after it, no village the "
    "gazetteer lacks.",
    r"\b(?:Cathedral|Church|Monastery|Lavra|Mosque|Synagogue|Temple|Chapel|Hospital|Clinic|"
    r"Station|Terminal|Airport|Theatre|Theater|Opera|Museum|Gallery|Library|Plant|Factory|Works|"
    r"Mall|Centre|Center|Square|Street|Avenue|Boulevard|Embankment|Bridge|Port|University|"
    r"Academy|Institute|School|College|Stadium|Arena|Hotel|Market|Park|Palace|House|Hall|"
    r"Building|Tower|Monument|Memorial|Cemetery|Depot|Base|Dam)s?$",
    matches=("the Assumption Cathedral", "Okhmatdyt Hospital", "Central Railway Station"),
    rejects=("Zolota Balka", "Nova Sloboda", "Stara Stanytsia"),
    lower=False,
)
UNIT_AS_OWNER = Rule(
    "unit_as_owner",
    "A possessive right after a unit's name (\"..., Kherson's main square\"): the name "
    "before the comma is something the unit has, told in apposition, not a village in it.",
    r"['’]s\b",
    matches=("'s largest church", "’s main square"),
    rejects=(" region", ", Kherson"),
    lower=False, use="match",
)


# --- Between names, and around raions ---------------------------------------------------------

LIST_SEPARATOR = Rule(
    "list_separator",
    "All that stands between two names of a list (\", \", \" and \", \", and \", \" & \").",
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$",
    matches=(", ", " and ", ", and ", " & "),
    rejects=(" or ", ", the "),
    lower=False, use="match",
)
ANY_LIST_SEPARATOR = Rule(
    "any_list_separator",
    "All between two names of a list in any of the three languages (\", \", \" and \", \" та \", "
    "\" и \", \" та місто \"): list members vote for the oblast of the list.",
    r"\s*(?:,\s*)?(?:(?:and|та|і|й|и|&)\s+)?(?:(?:місто|село|селище|город|поселок|"
    r"смт|пгт|с\.|м\.|г\.)\s+)?"
    # names the gazetteer lacks, between two it knows ("Олександрівка, Велетенське, Дніпровське")
    r"(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?,\s*){0,3}",
    matches=(", ", " and ", " та місто ", ", с. ", ", Велетенське, "),
    rejects=(" near ", ". ", ", the village of "),
    lower=False, use="fullmatch",
)
#: A word for the kind of settlement a name is, written after it ("Stepanivka village, Kherson",
#: "Bilozerka hromada (Kherson oblast)"): part of the name's link to its oblast (one name).
SETTLEMENT_KIND_AFTER = (r"(?:\s+(?:village|settlement|town|city|hamlet|hromada|community|"
                         r"urban-type\s+settlement|township))?")
#: The same after a list of names, in the plural too ("Vesele and Burhunka villages, Kherson").
SETTLEMENT_KINDS_AFTER = (r"(?:\s+(?:villages?|settlements?|towns?|city|cities|hamlets?|"
                          r"hromadas?|communit(?:y|ies)|urban-type\s+settlements?|townships?))?")
COMMA_BETWEEN = Rule(
    "comma_between",
    "Only a comma between two names (\"Berestove, Kharkiv\"), or a settlement word and a comma "
    "(an event note's \"Stepanivka village, Kherson\"): the second may be the first's unit.",
    # (the plural after a list: "Vesele and Stepanivka villages, Kherson")
    rf"^{SETTLEMENT_KINDS_AFTER}\s*,\s*$",
    matches=(", ", ",", " village, ", " town, ", " settlement, ", " villages, "),
    rejects=(", in ", " ", " village ", " and the village, ", " district, "),
    lower=False, use="match",
)
UNIT_LINK = Rule(
    "unit_link",
    "All that stands between an ambiguous name and an oblast that places it (\", \", \" in the "
    "\", \" (\"; after a settlement word: \" village, \", \" village in \", \" settlement (\").",
    rf"^{SETTLEMENT_KIND_AFTER}\s*(?:,|in|in the|\()\s*$",
    matches=(", ", " in ", " in the ", " (", " village, ", " town in the ", " settlement ("),
    rejects=(" near ", ", in ", " village near ", " villages, "),
    lower=False, use="match",
)
OBLIQUE_UNIT = Rule(
    "oblique_unit",
    "An oblast named in an oblique case (\"Херсонщині\", \"Сумщину\", \"Харьковской "
    "области\"): after a comma it goes on a list (\"по Запоріжжю, Херсонщині\"), never "
    "places the name before it, which a locator names in the nominative (\"Іванівка, "
    "Херсонщина\").",
    r"[\w'’ʼ -]*(?:(?:щин|чин)(?:і|у|и|ою|е|ой)|област(?:і|ю|и|ью))",
    matches=("Херсонщині", "Сумщину", "Донеччини", "Харьковской области", "Київщиною"),
    rejects=("Херсонщина", "Луганська область", "Kherson region"),
    lower=True, use="fullmatch",
)
LIST_UNIT_LINK = Rule(
    "list_unit_link",
    "All between the last name of a list and the oblast that closes it (\"Vesele and Burhunka, "
    "Kherson\", \"... in the Donetsk region\", \"(Kherson)\", \"(Beryslavskyi, Kherson)\", "
    "\"Vesele and Burhunka villages, Kherson\"): each member of that list lies in that oblast.",
    rf"^{SETTLEMENT_KINDS_AFTER}\s*(?:,|in|in the|\((?:[A-Z][\w'’-]+,\s*)?)\s*$",
    matches=(", ", " in ", " in the ", " (", " (Beryslavskyi, ", " villages, ",
             " settlements in the "),
    rejects=(" near ", ", in ", " and ", " (the ", " villages near "),
    lower=False, use="match",
)
UKRAINE_WORD = Rule(
    "ukraine_word",
    "The country's name as a word (\"Novomoskovsk, a town in eastern Ukraine\"): the sentence "
    "places the names it holds in Ukraine (a Soviet name shared with a Russian town is the "
    "Ukrainian one).",
    r"\bUkraine\b",
    matches=("a town in eastern Ukraine", "Ukraine's air force"),
    rejects=("Ukrainian troops", "the ukraine"),
    lower=False,
)
LIST_TO_UNIT_AFTER = Rule(
    "list_to_unit_after",
    "After a name, the rest of a list that ends on a unit word (\"Khreson, Kyiv and Vinnytsia "
    "oblasts\", \"Kyrovohrad region\"): the name is an oblast's, so a misspelling there needs "
    "no agreement with the oblasts named beside it (they are the list).",
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*){0,12}\s+"
    r"(?:[Oo]blasts?|[Rr]egions?|[Pp]rovinces?)\b",
    matches=(", Kyiv, Khmelnytskyi, and Vinnytsia oblasts", " region in the centre",
             " and Sumy regions"),
    rejects=(" in Dnipropetrovsk region", " district of Kharkiv region", ", where drones hit"),
    lower=False, use="match",
)
SENTENCE_END = Rule(
    "sentence_end",
    "A sentence or clause end between two mentions: an oblast beyond it decides less.",
    r"[.!?;]\s",
    matches=("Kharkiv was hit. Then", "done; next"),
    rejects=("3.5 km", "Kharkiv region"),
    lower=False,
)
OF_THE_CITY = Rule(
    "of_the_city",
    "All between a raion's name and a city (\" of \", \" in the city of \"): the city's district.",
    r"\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?",
    matches=(" of ", " in the city of "),
    rejects=(" of the region of ", ", "),
    lower=False, use="fullmatch",
)
#: A town's name as the stem of its adjective, in English transliteration ("Pavlohrad" of
#: "Pavlohradskyi"): lazy, so that the ending is the adjective's; a compound town's stem keeps
#: its first word ("Seredyna-Budska": Seredyna-Buda). `TOWN_STEM_REST` follows its capital.
TOWN_STEM_REST = r"[a-z'’]+?(?:-[A-Z][a-z'’]+?)?"
TOWN_STEM = rf"[A-Z]{TOWN_STEM_REST}"
#: The adjective's endings of a hromada, a plant or a mine named after a town (feminine,
#: masculine, neuter: "Okhtyrska hromada", "Pokrovske coal mine"); a raion's take more spellings
#: (`RAION_NAME`).
TOWN_ADJECTIVE_ENDING = r"s'?ka|s'?kyi|s'?ke"
#: A raion's or hromada's adjective in a list before the noun they share ("Kyivskyi and
#: Obolonskyi", "Bilska and Sadivska"): masculine and feminine, in the spellings met.
RAION_LIST_ENDING = r"s'?kyi|s'?kyy|skiy|sky|s'?ka"
RAION_NAME = Rule(
    "raion_name",
    "A raion or hromada named after its town (\"Pavlohradskyi district\"; `stem`, `suffix`): a "
    "mention of the town.",
    rf"\b(?P<stem>{TOWN_STEM})"
    rf"(?P<suffix>{RAION_LIST_ENDING}|s'?ke|s'kyj)(?:\s+"
    r"(?:districts?|raions?|rayons?|hromadas?|community|communities)\b"
    # the first names of a list that shares the noun ("the Shevchenkivskyi and Kyivskyi
    # districts", "the Bilska, Sadivska and Khotinska communities"): each is a unit of its own
    rf"|(?=(?:\s*,\s*{TOWN_STEM}(?:{RAION_LIST_ENDING}))*"
    rf"\s*(?:,\s*)?(?:and|or)\s+{TOWN_STEM}(?:{RAION_LIST_ENDING})"
    r"\s+(?:districts|raions|rayons|hromadas|communities)\b))",
    matches=("in the Pavlohradskyi district", "Lozivskyi raion", "the Okhtyrska hromada",
             "the Kupianske district", "Kup'yans'ka community",
             "the Shevchenkivskyi and Kyivskyi districts",
             "in the Holosiivskyi, Obolonskyi and Darnytskyi districts",
             "the Novhorod-Siverska hromada",
             "the Sadivska, Bilska and Velyko-Burlutska communities"),
    rejects=("Pavlohradskyi District", "the Kharkiv district", "Lozivskyi and Kupiansk",
             "the Kharkivskyi and Izium"),
    lower=False,
    # Every match's list ends in a suffix's last letters and the noun: found by a scan that
    # skips to each "k", where the pattern itself tries a lazy stem at every capital letter.
    prescan=(r"k(?:y[iyj]?|iy|a|e)\s+(?:districts?|raions?|rayons?|hromadas?|community|"
             r"communities)\b", 1),
)
#: A power plant or a mine after the adjective that names it ("thermal power plant", "TPP").
_PLANT = (r"(?:(?:thermal|hydroelectric|hydro|hydropower|nuclear|coal|combined\s+heat\s+and)\s+)?"
          r"(?:power\s+(?:plants?|stations?)|(?:TPP|HPP|NPP|CHPP?|TES|HES|AES)\b|coal\s+mine\b|"
          r"mine\b)")
INSTALLATION_ADJECTIVE = Rule(
    "installation_adjective",
    "A power plant or mine named by a town's adjective (\"the Burshtynska thermal power "
    "plant\", \"Ladyzhynska TPP\", \"the Kakhovska HPP\"; `stem`, `suffix`): a mention of the "
    "town it is named after, as a raion's or hromada's adjective is (`RAION_NAME`).",
    # (a capital first, no word letter before it, `(?<!\w\w)`, rather than `\b` first: a
    # pattern led by a character class is searched by re's fast prefix scan, one led by an
    # assertion steps the matching engine at every character, twice the time a report)
    rf"(?P<stem>[A-Z](?<!\w\w){TOWN_STEM_REST})(?P<suffix>{TOWN_ADJECTIVE_ENDING})\s+{_PLANT}",
    matches=("the Burshtynska thermal power plant", "Ladyzhynska TPP", "the Kakhovska HPP",
             "the Dobrotvirska power station", "the Zmiivska combined heat and power plant",
             "the Pokrovske coal mine"),
    rejects=("the Burshtyn thermal power plant", "Burshtynska street", "the Ukrainska power "
             "grid", "the Kakhovska HPPs"),
    lower=False,
    # Every match ends in the adjective's last letters and the plant: found by a scan that
    # skips to each "k", where the pattern itself tries a lazy stem at every capital letter
    # (~0.1 ms a 4 KB report that says "power" or "mine").
    prescan=(rf"k(?:a|yi|e)\s+{_PLANT}", 1),
)
#: The second name of a hyphenated pair and what links the two (`HYPHEN_PAIR`, `HYPHEN_AT`).
_HYPHEN_SECOND = (
    r"(?P<second>[A-Z][a-z'’]+)(?=\s+(?:(?:regions?|oblasts?)\s+)?"
    r"(?:highways?|roads?|motorways?|routes?|railways?|axis|axes|directions?|fronts?|sectors?|"
    r"borders?|lines?|corridors?|regions|oblasts)\b)")
HYPHEN_PAIR = Rule(
    "hyphen_pair",
    "Two places joined by a hyphen before what links them (\"the Kupiansk-Shevchenkove "
    "highway\", \"the Izium-Slovyansk axis\", \"the Kherson-Mykolaiv region border\"): each "
    "is a place of its own, as the road, front or border runs between them (`first`, `second`; "
    "not one hyphenated name, \"Ivano-Frankivsk\", which no such word follows).",
    # (a capital first, not `\b`: as in `INSTALLATION_ADJECTIVE`)
    rf"(?P<first>[A-Z](?<!\w\w)[a-z'’]+)-{_HYPHEN_SECOND}",
    matches=("the Kupiansk-Shevchenkove highway", "along the Izium-Slovyansk axis",
             "near the Kherson-Mykolaiv region border", "the Kharkiv-Kupiansk road"),
    rejects=("Ivano-Frankivsk was hit", "Kamianets-Podilskyi region", "the Kyiv–Lviv train"),
    lower=False,
)
HYPHEN_AT = Rule(
    "hyphen_at",
    "The hyphen of a `HYPHEN_PAIR` and what follows it: led by the hyphen, a literal that re "
    "finds in one fast scan, so a report is searched for pairs where one can be, and the pair "
    "is matched there alone (its first name, before the hyphen, cannot lead a fast search).",
    rf"-{_HYPHEN_SECOND}",
    matches=("-Shevchenkove highway", "the Izium-Slovyansk axis", "-Mykolaiv region border"),
    rejects=("Ivano-Frankivsk was hit", "-Podilskyi region", "the Kyiv–Lviv train"),
    lower=False,
)
RAION_SLOT = Rule(
    "raion_slot",
    "The raion slot of an event note's brackets, with no \"district\" (\"Velyka Pysarivka "
    "(Okhtyrskyi, Sumy)\"; `stem`, `suffix`).",
    r"\((?P<stem>[A-Z][a-z'’]+?)(?P<suffix>s'?kyi|s'?kyy|skiy|sky|s'kyj)\s*,",
    matches=("Velyka Pysarivka (Okhtyrskyi, Sumy)",),
    rejects=("Velyka Pysarivka (Sumy, Okhtyrskyi)", "Okhtyrskyi district, Sumy"),
    lower=False,
)

# --- Words on their own -----------------------------------------------------------------------

NAME_FIRST_WORD = Rule(
    "name_first_word",
    "A name's first word (letters and digits, no underscore): what names are looked up by.",
    r"[^\W_]+",
    matches=("kramatorsk", "bila tserkva"),
    rejects=(" kramatorsk", "-ivanivka"),
    lower=False, use="match",
)
MISSPELLING_CANDIDATE = Rule(
    "misspelling_candidate",
    "A capitalised word of five letters or more, not inside a word (maybe hyphenated to a "
    "capitalised part): a candidate misspelling of a sizeable town (\"Krematorsk\").",
    # The capital comes first and the look-behind after it, so the regex engine skips to
    # capitals in C instead of testing the look-behind at every character.
    r"[A-ZА-ЯІЇЄҐ](?<![\w'’-].)[a-zа-яіїєґ'’]{4,}(?:-[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+)?"
    r"(?![\w-])",
    matches=("a strike on Krematorsk overnight", "in Ivano-Frankivsk"),
    rejects=("a strike on Kyiv", "mcDonald"),
    lower=False,
)
ADJECTIVE_ENDING = Rule(
    "adjective_ending",
    "A lower-cased word ending like an adjective or participle (\"southern\", \"russian\", "
    "\"wounded\"): a capitalised one before a name is no person's name.",
    r"(?:ern|ian|an|ish|ese|ed)$",
    matches=("southern", "russian", "polish", "chinese", "wounded"),
    rejects=("kharkiv", "putin"),
)
CODED_UNIT_AFTER = Rule(
    "coded_unit_after",
    "An event note's unit word and its coding (\"Yurivska community (coded to Yurivka, ...)\", "
    "\"Lozivske district (coded to Lozova, ...)\"): the unit is the hromada or raion of the "
    "town it is coded to, so its name is a mention of that town, not of a namesake village or "
    "of a town of another oblast.",
    r"\s+(?:territorial\s+|urban\s+|rural\s+|village\s+|settlement\s+)?"
    r"(?:community|hromada|district|raion|municipality)\s*\(\s*coded\s+to\s+",
    matches=(" community (coded to ", " territorial community (coded to ",
             " district (coded to "),
    rejects=(" (coded to ", " region (coded to ", " community was hit (coded to "),
    lower=False, flags=re.I, use="match",
)
REGION_CODED_AFTER = Rule(
    "region_coded_after",
    "An event note's region and its coding (\"over the Kyiv region (coded to Kyiv, Kyiv)\", "
    "\"in Odesa region (coded to Odesa, Odesa region)\"): a region's event is coded to the "
    "point of its namesake centre, so the centre's name in the brackets is the region again, "
    "not the city (Kyiv city is a unit of its own, UA-30, apart from the region, UA-32).",
    r"\s*\(\s*coded\s+to\s+",
    matches=(" (coded to ", "(coded to "),
    rejects=(" community was hit (coded to ", ", coded to "),
    lower=False, flags=re.I, use="match",
)
CITY_DASH_DISTRICT = Rule(
    "city_dash_district",
    "The gap of an event note's location written as a city, a dash and one of its districts "
    "(\"Donetsk - Petrovskyi\", \"Kharkiv - Shevchenkivskyi\"): the district is the city's, "
    "not a place GeoNames gives the district's name elsewhere.",
    r"\s+[-–—]\s+",
    matches=(" - ", " – "),
    rejects=("-", ", ", " and "),
    lower=False, use="fullmatch",
)
OLD_ROMAN_LETTER = Rule(
    "old_roman_letter",
    "A letter an older romanization (BGN/PCGN, German or Polish habit) writes where the "
    "national one of 2010 writes \"i\" (й, and я, ю, є inside a word): \"Novomykhaylivka\", "
    "\"Vodyane\", \"Nemishajeve\" for Novomykhailivka, Vodiane, Nemishaieve. A capitalised word "
    "the gazetteer lacks is looked up again with each such letter made \"i\" (run on the "
    "folded word; a word-initial \"y\" is kept: Yasynuvata).",
    # (not before "i": "yi" is the 2010 spelling of -ий, Kryvyi)
    r"(?<=[a-z])[yj](?=[aeou])|(?<=[aeiou])[yj](?![aeiou])",
    matches=("novomykhaylivka", "vodyane", "nemishajeve", "mayorsk"),
    rejects=("novomykhailivka", "yasynuvata", "kramatorsk", "sumy", "kryvyi"),
)
OLD_ROMAN_SHCH = Rule(
    "old_roman_shch",
    "The German habit of writing щ \"sch\" where the 2010 romanization writes \"shch\": "
    "\"Schastia\", \"Klischiivka\", \"Scherbynivka\" for Shchastia, Klishchiivka, "
    "Shcherbynivka; made \"shch\" with `old_roman_letter` (run on a folded word the gazetteer "
    "lacks as written, so a name with a true сч is found as written first).",
    r"sch",
    matches=("schastia", "klischiivka", "scherbynivka"),
    rejects=("shchastia", "klishchiivka", "shcherbaky"),
)
OLD_ROMAN_ENDING = Rule(
    "old_roman_ending",
    "An adjective's ending an older or English romanization writes where the 2010 one writes "
    "\"-yi\" (-ий): \"Novhorod-Siversky\", \"Kryviy Rih\", \"Khmelnytskyy\" for "
    "Novhorod-Siverskyi, Kryvyi Rih, Khmelnytskyi; made \"yi\" with `old_roman_letter` (run on "
    "a folded name the gazetteer lacks as written).",
    r"(?<=sk)y(?![a-z])|(?<=[a-z]{2})(?:iy|yy|ij)(?![a-z])",
    matches=("novhorod-siversky", "kryviy rih", "khmelnytskyy", "pokrovskij"),
    rejects=("kryvyi rih", "sumy", "kyiv", "siverskyi"),
)

# --- Lists, adjectives, districts and village words (the engine's own steps) ------------------

LIST_GOES_ON = Rule(
    "list_goes_on",
    "Right after a name in a list: the list goes on or ends (a comma, a closing mark, \"and\", "
    "\"и\", \"та\", the end): an everyday word after a comma is a place only there.",
    r"\s*(?:[,;.:)»\"]|$|(?:и|і|й|та|and|or|или|або)\s)",
    matches=(", Sumy and Poltava", " та Вознесенськ", " and Izium", ".", ""),
    rejects=(" units of the air force", " people were hurt", " andrii"),
    lower=False, flags=re.I, use="match",
)
LAST_IN_LIST = Rule(
    "last_in_list",
    "The gap between the last two names of a list (\"Sadove and Ukrainka\", \"Садове й "
    "Українка\"): only \"and\" and a comma, so a name after another is a place by the list.",
    r"\s*,?\s*(?:and|та|і|й|и)\s+",
    matches=(" and ", ", та ", " й ", ", and "),
    rejects=(", ", " or ", " with "),
    lower=False, use="fullmatch",
)
ADJECTIVE_NAME = Rule(
    "adjective_name",
    "A romanized place name that is itself an adjective (\"Kamianske\", \"Pervomaiskyi\", "
    "\"Pivdenne\"): its Cyrillic adjective forms are its own name's, not its raion's.",
    r"(?:sk|tsk|zk)(?:e|yi|ii|a|yy)$|(?:ov|ev|yn|iv|nn|n)(?:e|yi|ii)$",
    matches=("Zelenodolske", "Krasnopilskyi", "Vyshneve", "Lymanska"),
    rejects=("Izium", "Kupiansk", "Obolon", "Oleksiivka"),
    lower=False,
)
CYRILLIC_ADJECTIVE = Rule(
    "cyrillic_adjective",
    "A Cyrillic adjective's ending (the word lower-cased): the raion form of a place's name, or "
    "a Russian region's or a sea's (\"Брянской\"). After \"-ов\", \"-ев\", \"-ин\", \"-ів\" only "
    "an adjective's own ending, not a noun's case (not \"Киеве\", \"Харкові\": the city).",
    r"(?:(?:ськ|цьк|зьк|ск|цк|жск|вськ)(?:ий|ого|ому|им|ім|ій|а|ої|"
    r"у|ою|е|і|их|ими|ая|ой|ую|ое|ые|ых|ым|ом)|(?:ов|ев|ин|ів)"
    r"(?:ий|ого|ому|им|ім|ій|ої|ою|их|ими|ая|ой|ую|ое|ые|ых|ым))$",
    matches=("золочівського", "курской", "петрової", "бахмутському"),
    rejects=("києве", "харкові", "одесі", "сумах"),
)
REGIONS_HEAD = Rule(
    "regions_head",
    "What opens a list of regions, right before its first name (\"three regions: \", "
    "\"several oblasts, including \", \"the provinces of \", \"five regions – \"): each name of "
    "the list is a unit, not a namesake village.",
    r"\b(?:regions|oblasts|provinces)\b(?:[^.;:]{0,40}?(?::|\s[—–]|"
    r"[—–]\s*including|,?\s+including|\s+such\s+as)|\s+of|\s*[—–])\s*$",
    matches=("drones reached three regions overnight: ", "attacks on several oblasts, including ",
             "the provinces of ", "Russia hit five regions – ", "southern regions such as "),
    rejects=("the region of ", "the regions of Sumy and Poltava", "regions. Later: "),
    lower=False, flags=re.I,
)
REGIONAL_AFTER = Rule(
    "regional_after",
    "\"regional\" right after a city's name (\"the Sumy regional head\"): the name is its "
    "oblast's adjective.",
    r"\s+regional\b",
    matches=(" regional administration said", " Regional Council"),
    rejects=(" region", " regionally", "regional"),
    lower=False, flags=re.I, use="match",
)
REGION_OF_BEFORE = Rule(
    "region_of_before",
    "\"region of\" right before a city's name (\"the eastern region of \"): the name is the "
    "oblast's.",
    r"\b(?:region|province)\s+of\s+$",
    matches=("in the northern region of ", "the Province of "),
    rejects=("the regions of ", "the region of Sumy", "region, of "),
    lower=False, flags=re.I,
)
DISTRICT_NAME = Rule(
    "district_name",
    "A district's name read in full, its stem (group 1) before an adjective's ending and an "
    "optional district word: \"Dniprovskyi\", \"Дніпровський район\", \"Podilskyi District\".",
    r"(.+?)(?:s'?kyi|skyy|skiy|s'kyj|ь?ськ(?:ий|ый)|цьк(?:ий|ый)|"
    r"ск(?:ий|ый)|цк(?:ий|ый))(?: [Dd]istrict| [Rr]a[iy]on| [Рр]айон)?",
    matches=("Holosiivskyi", "Шевченківський район", "Solomianskyi District", "Kirovskiy",
             "Ленинский"),
    rejects=("Obolon", "Kyiv district", "skyi", "Podilskyi quarter"),
    lower=False, use="fullmatch",
)
DISTRICT_GAP = Rule(
    "district_gap",
    "Between a city district's name and the city after it: spaces and a raion word if the name "
    "has none (group 1: \"районі\", \"district\", \"р-н\").",
    r"\s+(?:(район\w*|district|р-н)\s+)?",
    matches=(" ", " районі ", " district ", " р-н "),
    rejects=("", ", ", " city "),
    lower=False, use="fullmatch",
)
DISTRICT_WORD_END = Rule(
    "district_word_end",
    "A name that ends in its raion word (\"Дніпровський район\", \"Podilskyi District\"): a "
    "district, which the city named right after it owns.",
    r"(?:район\w*|district|р-н)$",
    matches=("Дніпровському районі", "Podilskyi District", "Шевченківський р-н"),
    rejects=("Дніпровський", "district of the city"),
    lower=False, flags=re.IGNORECASE,
)
DISTRICT_IN_NAME = Rule(
    "district_in_name",
    "A mention whose name ends in a word for a district, after a space (\"Центральний район\", "
    "\"Заводской район\", \"Shevchenkivskyi District\"): a city's district, which may be the "
    "city's named just before (`extract.places._city_just_before`); searched in the mention.",
    r"\s(?:район|district)\w*$",
    matches=("Центральний район", "Заводской районе", "Shevchenkivskyi District"),
    rejects=("Районне", "Центральний", "район центру"),
    lower=False, flags=re.I,
)
CITY_DISTRICT_AFTER = Rule(
    "city_district_after",
    "\"district\" right after a city's name (\"the Dnipro district\"), not \"districts\": maybe "
    "the district of another city named before.",
    r"\s+[Dd]istrict\b(?!s)",
    matches=(" district was hit", " District"),
    rejects=(" districts", " region", "district", " DISTRICT"),
    lower=False, use="match",
)
DISTRICT_OF_CITY_AFTER = Rule(
    "district_of_city_after",
    "Between a city's name with \"district\" and another city right after it (\"Kyiv District, "
    "Kharkiv\", \"the Kyiv district of Odesa\", \"Dnipro district in Kherson\"): the district "
    "may be that city's, named after the first.",
    r"\s+[Dd]istrict(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?)",
    matches=(" District, ", " district of ", " district in the city of "),
    rejects=(" districts of ", " district ", " region, "),
    lower=False, use="fullmatch",
)
TOWN_DISTRICT = Rule(
    "town_district",
    "A district written as its town's name and a unit word (\"Bohodukhiv district\", \"Izium "
    "raion\"; group 1): maybe the raion of that town, not a city's district so named.",
    r"(.+?)\s+(?:district|raion|rayon)",
    matches=("Bohodukhiv district", "Chuhuiv Raion", "Kupiansk rayon"),
    rejects=("Bohodukhiv", "Bohodukhiv district council", "district"),
    lower=False, flags=re.IGNORECASE, use="fullmatch",
)
VILLAGE_WORD = Rule(
    "village_word",
    "A Russian or Ukrainian village word opening a word of the folded text (\"с.\", \"пгт\", "
    "\"село\", \"поселок\", \"селище\"): where `village_name_after` may find a village the "
    "gazetteer knows in another spelling. Its gate (\"с.\", \"пгт\", \"сел\") is tested first: "
    "the pattern opens with a class, so its search tries every character of a report.",
    r"(?:^|[^\w'’ʼ-])(?:с\.|пгт|сел[оаеуі]|поселк|поселок|селищ)",
    matches=("обстріляли с. вербове", "у селі гаврилівка", "пгт козача лопань",
             "возле поселка", "селище зазнало удару"),
    rejects=("весело було", "ус. біля", "переселення", "the village of sadove"),
)
DIRECTION_NAME = Rule(
    "direction_name",
    "A target that is a direction or a part of the country, no place (\"South\", \"the "
    "north-eastern direction\", \"central regions\"; a dataset's target, `extract.datasets`).",
    r"^(the )?((north|south|east|west|centre|center|central)"
    r"(ern)?[- ]?)+( ukraine| direction| regions?)?$",
    matches=("South", "the north-eastern direction", "Central Ukraine", "western regions",
             "East"),
    rejects=("Southern Bug", "Kharkiv oblast", "Eastern Europe", "northern Kharkiv"),
    lower=False, flags=re.I, use="match",
)
#: A lower-case Cyrillic word of at least two letters before its ending (`ADJECTIVE_BEFORE_NOUN`),
#: not a time word, a unit or settlement word (a raion's, a hromada's, a village's own reading)
_NOUN = (r"(?!(?:вночі|уночі|сьогодні|вчора|учора|вранці|зранку|ввечері|увечері|також|знову|"
         r"ночью|сегодня|вчера|утром|вечером|снова|также|район|р-н|громад|област|округ|напрям|"
         r"регіон|регион|"
         r"направлен|сел[оаіуе]|селищ|міст|город|поселк|хутор|отг)"
         r")[а-яіїєґё'’ʼ-]{2,}")
ADJECTIVE_BEFORE_NOUN = Rule(
    "adjective_before_noun",
    "An adjective form of a place whose own name is an adjective (Holovne, Iziumske, "
    "Pokrovske), then a lower-case noun in the same case (\"Головному управлінні\", "
    "\"Изюмского горсовета\", \"Головным управлением\"): the adjective of that noun, an "
    "institution's or a thing's name, not the village. Tried on the name and what follows it; "
    "the noun's ending agrees with the adjective's (a past-tense verb's \"-ла\", \"-ли\" does "
    "not: \"у Покровському загинула\", \"в Покровском погибли\" keep the village).",
    r"[\w'’ʼ-]*?(?:"
    r"(?:ому|ьому)\s+" + _NOUN + r"(?:і|ї|у|ю|ові|еві)"
    r"|(?<!м)ом\s+" + _NOUN + r"(?:ии|е)"
    r"|(?:ого|ього)\s+" + _NOUN + r"(?<!л)(?:а|я|у|ю)"
    r"|(?:ої|ой)\s+" + _NOUN + r"(?<!л)(?:и|і|ї|ы|е)"
    r"|ій\s+" + _NOUN + r"(?:і|ї)"
    r"|(?:им|ім|ым)\s+" + _NOUN + r"(?:ом|ем|єм|ям)"
    # a neuter's nominative: a noun's ending, never a verb's ("Сумское приграничье", "Сумське
    # прикордоння"; not "Покровське опинилося", "Покровское обстреляли")
    r"|(?:ьке|ське|зьке|ское|цкое|зкое)\s+" + _NOUN + r"(?:ння|ття|ье|ьє|ие|ство|цтво)"
    r")(?![\w'’ʼ-])",
    matches=("Головному управлінні розвідки", "Изюмского горсовета",
             "Головном управлении", "Садовим товариством", "Зеленої зони відпочинку",
             "Сумское приграничье", "Сумське прикордоння"),
    rejects=("Покровське опинилося", "Покровское обстреляли", "Покровське атакували",
             "Покровському загинула жінка", "Покровском погибли двое",
             "Покровському районі", "Головному вночі", "Покровського прилетіла",
             "Покровському Дніпропетровської", "Покровського", "Запорізькому регіоні"),
    lower=False, examples_lower=False, use="match",
)
DIRECTION_ADJECTIVE = Rule(
    "direction_adjective",
    "A front's direction named by an adjective (`stem` up to its -ськ-/-ск- ending), in any "
    "case (\"на Очеретинском направлении\", \"Торецкое направление\", \"на Очеретинському "
    "напрямку\"): searched only for names the gazetteer lacks in that form, which the "
    "hromada named by the same adjective names (its centre).",
    r"(?<![\w'’-])(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+?(?:ьськ|ськ|цьк|ск|цк))"
    r"(?:ом|ое|ого|ому|ий|ый|ім|им|ій|ої|ая|а|е)\s+(?:направлени|напрям)",
    matches=("на Очеретинском направлении", "Торецкое направление",
             "Очеретинському напрямку"),
    rejects=("Очеретинском районе", "в напрямку Очеретиного", "покровском направлении"),
    lower=False,
)
TOWN_LAND = Rule(
    "town_land",
    "A town's land named by the town and '-щина' (\"На Никопольщине\", \"Изюмщину\", "
    "\"Павлоградщиной\"): its raion, which names the town (`stem`) as a raion adjective "
    "does; searched only where the gazetteer lacks the form (Russian writes these as "
    "Ukrainian does, after its own spelling of the town).",
    r"(?<![\w'’-])(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+?)щин(?:а|е|ы|у|ой|ою|і|и)(?![\w'’-])",
    matches=("На Никопольщине", "Изюмщину", "Павлоградщиной"),
    rejects=("общине", "Никопольщинский"),
    lower=False,
)
DIRECTION_WORD_AFTER = Rule(
    "direction_word_after",
    "A front's direction after a town's adjective (\"Покровському напрямку\", \"Лиманском "
    "направлении\"): the direction bears the name of the largest place so named.",
    r"\s+(?:напрям|направлени)",
    matches=(" напрямку", " направлении", " напрямі"),
    rejects=(" районі", " у напрямку"),
    lower=False, use="match",
)
