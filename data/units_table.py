"""The 27 first-level units of Ukraine: ISO 3166-2, current English name, Ukrainian name,
GeoNames admin1 code, and the forms news use for them.

This is the one hand-kept table of the reference data; the build scripts join it to the
downloaded sources. Region forms cover current romanizations, the Russian-era spellings still
seen in English text, the "-shchyna" colloquial names and the Cyrillic forms.
"""

from __future__ import annotations

# iso, English name, Ukrainian name, GeoNames admin1, extra bare names of the unit
UNITS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("UA-05", "Vinnytsia", "Вінницька", "23", ("Vinnytsya", "Vinnitsa", "Vinnytska")),
    ("UA-07", "Volyn", "Волинська", "24", ("Volhynia", "Volhyn", "Volynska")),
    ("UA-09", "Luhansk", "Луганська", "14", ("Lugansk", "Luhanska")),
    (
        "UA-12",
        "Dnipropetrovsk",
        "Дніпропетровська",
        "04",
        ("Dnipro", "Dnepropetrovsk", "Dnipropetrovska", "Dnepr"),
    ),
    ("UA-14", "Donetsk", "Донецька", "05", ("Donetska",)),
    ("UA-18", "Zhytomyr", "Житомирська", "27", ("Zhitomir", "Zhytomyrska")),
    (
        "UA-21",
        "Zakarpattia",
        "Закарпатська",
        "25",
        ("Zakarpattya", "Zakarpatska", "Transcarpathia", "Transcarpathian", "Zakarpattia"),
    ),
    (
        "UA-23",
        "Zaporizhzhia",
        "Запорізька",
        "26",
        ("Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Zaporizka", "Zaporozhzhia"),
    ),
    (
        "UA-26",
        "Ivano-Frankivsk",
        "Івано-Франківська",
        "06",
        ("Ivano-Frankovsk", "Ivano-Frankivska"),
    ),
    ("UA-30", "Kyiv City", "Київ", "12", ()),
    ("UA-32", "Kyiv", "Київська", "13", ("Kiev", "Kyivska")),
    (
        "UA-35",
        "Kirovohrad",
        "Кіровоградська",
        "10",
        ("Kirovograd", "Kropyvnytskyi", "Kirovohradska"),
    ),
    ("UA-40", "Sevastopol", "Севастополь", "20", ()),
    ("UA-43", "Crimea", "Автономна Республіка Крим", "11", ()),
    ("UA-46", "Lviv", "Львівська", "15", ("Lvov", "Lvivska")),
    (
        "UA-48",
        "Mykolaiv",
        "Миколаївська",
        "16",
        ("Nikolaev", "Nikolayev", "Mykolayiv", "Mykolaivska"),
    ),
    ("UA-51", "Odesa", "Одеська", "17", ("Odessa", "Odeska")),
    ("UA-53", "Poltava", "Полтавська", "18", ("Poltavska",)),
    ("UA-56", "Rivne", "Рівненська", "19", ("Rovno", "Rivnenska")),
    ("UA-59", "Sumy", "Сумська", "21", ("Sumska",)),
    ("UA-61", "Ternopil", "Тернопільська", "22", ("Ternopol", "Ternopilska")),
    ("UA-63", "Kharkiv", "Харківська", "07", ("Kharkov", "Kharkivska")),
    ("UA-65", "Kherson", "Херсонська", "08", ("Khersonska",)),
    (
        "UA-68",
        "Khmelnytskyi",
        "Хмельницька",
        "09",
        ("Khmelnytskyy", "Khmelnitsky", "Khmelnytsky", "Khmelnytska", "Khmelnitskiy"),
    ),
    ("UA-71", "Cherkasy", "Черкаська", "01", ("Cherkassy", "Cherkaska")),
    ("UA-74", "Chernihiv", "Чернігівська", "02", ("Chernigov", "Chernihivska")),
    ("UA-77", "Chernivtsi", "Чернівецька", "03", ("Chernovtsy", "Chernivetska")),
]

# Colloquial "-shchyna" names (Latin, Cyrillic), used on their own without "region".
SHCHYNA: dict[str, tuple[str, ...]] = {
    "UA-05": ("Vinnychchyna", "Вінниччина"),
    "UA-07": ("Volyn", "Волинь"),
    "UA-09": ("Luhanshchyna", "Луганщина"),
    "UA-12": ("Dnipropetrovshchyna", "Dnipropetrovshchina", "Дніпропетровщина", "Дніпровщина"),
    "UA-14": ("Donechchyna", "Донеччина"),
    "UA-18": ("Zhytomyrshchyna", "Житомирщина"),
    "UA-21": ("Zakarpattia", "Закарпаття"),
    "UA-26": ("Prykarpattia", "Прикарпаття"),
    "UA-32": ("Kyivshchyna", "Київщина"),
    "UA-35": ("Kirovohradshchyna", "Кіровоградщина"),
    "UA-43": (
        "Crimea",
        "Crimean peninsula",
        "Крим",
        "Krym",
        "Autonomous Republic of Crimea",
        "Republic of Crimea",
    ),
    "UA-46": ("Lvivshchyna", "Львівщина"),
    "UA-48": ("Mykolaivshchyna", "Миколаївщина"),
    "UA-51": ("Odeshchyna", "Одещина"),
    "UA-53": ("Poltavshchyna", "Полтавщина"),
    "UA-56": ("Rivnenshchyna", "Рівненщина"),
    "UA-59": ("Sumshchyna", "Сумщина"),
    "UA-61": ("Ternopilshchyna", "Тернопільщина"),
    "UA-63": ("Kharkivshchyna", "Харківщина"),
    "UA-65": ("Khersonshchyna", "Херсонщина"),
    "UA-68": ("Khmelnychchyna", "Хмельниччина"),
    "UA-71": ("Cherkashchyna", "Черкащина"),
    "UA-74": ("Chernihivshchyna", "Чернігівщина"),
    "UA-77": ("Bukovyna", "Bukovina", "Буковина"),
}

# Adjectives news give a unit after its centre's new name, taken before область only (not
# alone: "Дніпровська міська", "Дніпровський район" are the city's): (Ukrainian, Russian).
CENTRE_ADJECTIVES: dict[str, tuple[str, str]] = {"UA-12": ("Дніпровська", "Днепровская")}

# Words that follow a unit's name to make it the unit, not its capital (matched without case).
REGION_WORDS = ("region", "oblast", "province")
