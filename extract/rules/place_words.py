"""Place words: the word lists `extract.places` weighs a gazetteer name's neighbours with (what
may follow or precede a place name, rivers and regions, people's names and titles).

Plain sets for membership tests, each for one decision; words are lower-case (the text's word is
lower-cased or folded before the test) unless a list says otherwise.
"""

from __future__ import annotations

#: Words after a capitalised name that make it no person's name ("Kharkiv Mayor", "Kyiv Post"):
#: unit and landmark words, offices, newspapers, fronts.
NOT_NAME_NEXT = frozenset({
    "region", "regions", "oblast", "oblasts", "province", "city", "district", "raion",
    "mayor", "governor", "post", "independent", "times", "airport", "station", "port",
    "metro", "hospital", "plant", "power", "nuclear", "thermal", "oil", "refinery", "military",
    "regional", "city's", "administration", "council", "police", "says", "said", "on",
    "reservoir", "bridge", "dam", "river", "square", "street", "avenue", "railway", "school",
    "university", "children's", "maternity", "zoo", "mall", "shopping", "cathedral",
    "monastery", "church", "theatre", "theater", "drama", "market", "hotel", "tec", "chp",
    "hpp", "npp", "sea", "bay", "peninsula", "front", "direction", "axis", "sector",
    "offensive", "counteroffensive", "operation", "pocket", "salient", "bridgehead",
    "agglomeration", "mayor's", "head", "chief", "ombudsman", "prosecutor's", "emergency",
    "state", "national", "international", "oblast's", "region's", "city council", "and", "or",
})

#: Romanized Ukrainian nouns of place names ("Pavlove Pole", "Kholodna Hora", "Sarzhyn Yar"):
#: right after a village's name they continue a longer name (a city's district, a park), which
#: the first word alone does not name.
NAME_PART_NEXT = frozenset({"pole", "hora", "yar", "balka", "dolyna", "luka", "maidan"})
#: Names English text uses for rivers and regions, never for the places GeoNames lists.
RIVERS_AND_REGIONS = frozenset({"dnieper", "dniepr", "dniester", "dnister", "donbas", "donbass",
                                "desna", "donets", "siverskyi", "azov", "pripyat", "prypiat"})

#: Towns named like the river they stand on: with "the" before them, the river is meant.
RIVER_TOWNS = frozenset({"dnipro", "desna", "inhulets", "psel", "sula", "vorskla", "oskil", "ros",
                         "sluch", "horyn", "teteriv", "kalmius", "samara", "orel", "prut", "tysa"})

#: Words before a capitalised name that make it no person's name ("in Lyman", "shelled Bar").
NOT_NAME_BEFORE = frozenset({
    "the", "in", "on", "at", "a", "an", "and", "but", "of", "for", "from", "to", "as", "by",
    "with", "after", "before", "during", "near", "when", "while", "this", "that", "its", "his",
    "her", "their", "our", "north", "south", "east", "west", "greater", "central", "upper",
    "lower", "old", "new", "both", "including", "across", "around", "outside", "into", "via",
    "hit", "struck", "shelled", "attacked", "targeted", "city", "town", "village", "region",
    "oblast", "then", "also", "only", "neighbouring", "neighboring", "nearby", "frontline",
    "oblast's", "region's", "city's", "oblast’s", "region’s", "city’s",
    "front-line", "strike", "strikes", "attack", "attacks", "over", "under", "where", "if",
})

#: Titles before a name, as written (case matters; a trailing "." is dropped first): the name
#: after one is a person's ("President Vladimir", "Mayor Lyman").
TITLES = frozenset({"President", "Minister", "Mr", "Mrs", "Ms", "Dr", "Gen", "General", "Prime",
                    "Secretary", "Senator", "Governor", "Mayor", "Chancellor", "spokesman",
                    "spokeswoman", "envoy", "aide"})

#: Given names common in news of the war (Ukrainian, Russian, Western): a place name right after
#: one is a surname, and one followed by a capitalised word is a person.
GIVEN_NAMES = frozenset((
    "bohdan", "taras", "volodymyr", "vladimir", "oleksandr", "olexander", "alexander", "aleksandr",
    "oleksii", "oleksiy", "alexei", "alexey", "oleh", "oleg", "serhii", "serhiy", "sergii",
    "sergei", "sergey", "dmytro", "dmitry", "dmitri", "andrii", "andriy", "andrey", "andrei",
    "yurii", "yuriy", "yuri", "ivan", "mykola", "nikolai", "nikolay", "petro", "pyotr", "viktor",
    "victor", "vitalii", "vitaliy", "vitali", "vitaly", "ihor", "igor", "mykhailo", "mikhail",
    "pavlo", "pavel", "stepan", "ruslan", "maksym", "maxim", "denys", "denis", "vadym", "vadim",
    "valerii", "valeriy", "valery", "anatolii", "anatoliy", "borys", "boris", "hryhorii",
    "grigory", "yevhen", "yevgeny", "evgeny", "kyrylo", "kirill", "arsen", "arseniy", "yaroslav",
    "vasyl", "vasily", "lesya", "lesia", "olena", "yelena", "elena", "iryna", "irina", "yuliia",
    "yulia", "tetiana", "tatiana", "nataliia", "natalia", "nataliya", "mariia", "maria", "hanna",
    "oksana", "svitlana", "svetlana", "liudmyla", "lyudmila", "halyna", "galina", "larysa",
    "daria", "dariia", "sofiia", "kateryna", "yekaterina", "anastasiia", "anastasia", "valentyna",
    "maryna", "marina", "nadiia", "vira", "olha", "olga", "ramzan", "sergiy", "mikheil",
    "emmanuel", "donald", "joe", "kamala", "marco", "keir", "olaf", "friedrich", "ursula", "recep",
    "antony", "rishi", "giorgia", "mark", "justin", "kaja", "annalena", "anton", "max", "artem",
    "artur", "yana", "alina", "inna"
))

#: Ukrainian and Russian given names common in news of the war, in the nominative: a name right
#: after one, or after one of its case forms (`cyrillic_given_forms`), is a surname ("генерал
#: Дмитро Лиманов", "за словами Олега Синєгубова"), not the village that bears it.
CYRILLIC_GIVEN_NAMES = (
    "Олександр", "Александр", "Олексій", "Алексей", "Сергій", "Сергей", "Іван", "Иван", "Вадим",
    "Олег", "Віталій", "Виталий", "Андрій", "Андрей", "Дмитро", "Дмитрий", "Юрій", "Юрий",
    "Микола", "Николай", "Володимир", "Владимир", "Петро", "Петр", "Пётр", "Павло", "Павел",
    "Віктор", "Виктор", "Ігор", "Игорь", "Михайло", "Михаил", "Руслан", "Максим", "Денис",
    "Валерій", "Валерий", "Анатолій", "Анатолий", "Борис", "Євген", "Евгений", "Кирило",
    "Кирилл", "Ярослав", "Василь", "Василий", "Тарас", "Богдан", "Роман", "Артем", "Артём",
    "Геннадій", "Геннадий", "Станіслав", "Станислав", "Владислав", "Святослав", "Григорій",
    "Григорий", "Костянтин", "Константин", "Леонід", "Леонид", "Олена", "Елена", "Ірина",
    "Ирина", "Юлія", "Юлия", "Тетяна", "Татьяна", "Наталія", "Наталья", "Марія", "Мария",
    "Ганна", "Анна", "Оксана", "Світлана", "Светлана", "Людмила", "Галина", "Лариса", "Ольга",
    "Катерина", "Екатерина", "Вікторія", "Виктория", "Анастасія", "Анастасия", "Валентина",
    "Марина", "Інна", "Инна", "Яна", "Аліна", "Алина",
)


def cyrillic_given_forms() -> frozenset[str]:
    """`CYRILLIC_GIVEN_NAMES` in the cases news write before a surname (nominative, genitive,
    dative, instrumental, Russian prepositional), by the endings of their declensions: Олег,
    Олега, Олегу, Олегові, Олегом; Сергій, Сергія, Сергію, Сергієм; Сергей, Сергея; Петро,
    Петра; Микола, Миколи; Олена, Олени, Олені, Оленою; Юлія, Юлії; Игорь, Игоря."""
    out: set[str] = set()
    for name in CYRILLIC_GIVEN_NAMES:
        out.add(name)
        if name.endswith(("ій", "ий")):
            stem = name[:-2]
            out.update(stem + e for e in ("ія", "ію", "ієм", "ия", "ию", "ием", "ии"))
        elif name.endswith("ей"):
            stem = name[:-2]
            out.update(stem + e for e in ("ея", "ею", "еем", "ее"))
        elif name.endswith(("ь", "й")):
            stem = name[:-1]
            out.update(stem + e for e in ("я", "ю", "ем", "ем", "е"))
        elif name.endswith("ія") or name.endswith("ия"):
            stem = name[:-1]
            out.update(stem + e for e in ("ї", "ю", "єю", "и", "ей") if not (
                e == "ї" and name.endswith("ия")))
        elif name.endswith("я"):
            stem = name[:-1]
            out.update(stem + e for e in ("и", "і", "ю", "ею", "ей", "е"))
        elif name.endswith("а"):
            stem = name[:-1]
            out.update(stem + e for e in ("и", "ы", "і", "е", "у", "ою", "ой"))
        elif name.endswith("о"):
            stem = name[:-1]
            out.update(stem + e for e in ("а", "у", "ові", "ом"))
        else:
            out.update(name + e for e in ("а", "у", "ові", "ом", "е"))
    return frozenset(out)


#: Surnames of officials in the news that are one letter from a town ("Lavrov": no Lviv).
PUBLIC_FIGURES = frozenset((
    "lavrov", "peskov", "shoigu", "gerasimov", "zakharova", "medvedev", "belousov", "kadyrov",
    "prigozhin", "ushakov", "budanov", "syrskyi", "zaluzhnyi", "yermak", "umerov", "sybiha",
    "kuleba", "shmyhal", "klitschko", "terekhov", "syniehubov", "prokudin", "filashkin",
    "kozytskyi", "zelensky", "zelenskyy", "zelenskiy"))

#: Non-ASCII letters that re.I matches to ASCII ones (İ, ı with i; ſ with s; the Kelvin sign):
#: a text holding one can match a re.I rule without holding its lower-case gate literal.
IGNORECASE_EXTRA = ("\u0130", "\u0131", "\u017f", "\u212a")
