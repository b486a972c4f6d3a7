"""Ukrainian and Russian forms of the gazetteer's Cyrillic names, for build_gazetteer.py.

Ukrainian and Russian inflect place names (Харків, Харкова, Харкові, Харковом; Суми, Сумах;
Горішні Плавні, в Горішніх Плавнях; Днепр, Днепре). The forms are generated at build time with
pymorphy3 and its Ukrainian and Russian dictionaries (the `build` extra), so the shipped data
holds them and the extractor needs no morphology at run time:

- settlements: each Cyrillic name that is the place's own (its consonants spell the same as its
  romanized name: Харків, Харьков for Kharkiv; not Donetsk's old name Олександрівка), in every
  case of its number, each word of a multi-word name in agreement; for towns of 20,000 people
  or more, also their other names (Днепропетровск, Артемовск, Кировоград, Комсомольськ);
- raions and hromadas named after a town ("Нікопольський район", "Марганецька громада",
  "на Синельниківщині"), in every case, as names of that town (the annotation guide counts a
  raion as its town);
- the 27 units: the adjective alone and with "область"/"обл." in every case, with the plural
  "області/областей/областях" after it ("в Київській, Житомирській областях"), the "-щина"
  names in every case, in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pymorphy3

from geo.names import romanized

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# Russian names of the units, which GeoNames' cities500 does not hold: hand-kept names (like
# units_table.py), not endings. The adjective in the feminine nominative, then the "-щина" and
# other bare names Russian-language news use.
RU_UNITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "UA-05": ("Винницкая", ("Винничина", "Винниччина")),
    "UA-07": ("Волынская", ("Волынь",)),
    "UA-09": ("Луганская", ("Луганщина",)),
    "UA-12": ("Днепропетровская", ("Днепропетровщина", "Днепровщина")),
    "UA-14": ("Донецкая", ("Донетчина", "Донеччина")),
    "UA-18": ("Житомирская", ("Житомирщина",)),
    "UA-21": ("Закарпатская", ("Закарпатье",)),
    "UA-23": ("Запорожская", ()),
    "UA-26": ("Ивано-Франковская", ("Прикарпатье",)),
    "UA-32": ("Киевская", ("Киевщина",)),
    "UA-35": ("Кировоградская", ("Кировоградщина",)),
    "UA-43": ("", ("Крым",)),
    "UA-46": ("Львовская", ("Львовщина",)),
    "UA-48": ("Николаевская", ("Николаевщина",)),
    "UA-51": ("Одесская", ("Одесщина", "Одещина")),
    "UA-53": ("Полтавская", ("Полтавщина",)),
    "UA-56": ("Ровенская", ("Ровенщина", "Ривненская", "Ривненщина")),
    "UA-59": ("Сумская", ("Сумщина",)),
    "UA-61": ("Тернопольская", ("Тернопольщина",)),
    "UA-63": ("Харьковская", ("Харьковщина",)),
    "UA-65": ("Херсонская", ("Херсонщина",)),
    "UA-68": ("Хмельницкая", ("Хмельнитчина",)),
    "UA-71": ("Черкасская", ("Черкасщина", "Черкащина")),
    "UA-74": ("Черниговская", ("Черниговщина",)),
    "UA-77": ("Черновицкая", ("Буковина",)),
}

# The words a unit's adjective goes with: область and its abbreviation, in each language.
OBLAST_NOUN = {"uk": "область", "ru": "область"}

UK_ONLY = set("іїєґ")
RU_ONLY = set("ыэъё")
# Spellings only Russian has: "-ск", "-цк" at a word's end (Ukrainian writes "-ськ", "-цьк":
# Торецк, Армянск) and the soft sign before a vowel (Купьянск; Ukrainian writes an apostrophe).
_RU_SPELLING = re.compile(r"(?<![ь])[сц]к(?:$|[ -])|ь[яюеиё]")
_CYR_OK = re.compile(r"^[А-ЩЬЮЯЄІЇҐЫЭЪЁа-щьюяєіїґыэъё'’ʼ\- ]+$")


@lru_cache(maxsize=2)
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


def versions() -> dict[str, str]:
    from importlib.metadata import version
    return {p: version(p) for p in ("pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru")}


def is_cyrillic_name(name: str) -> bool:
    """Written in the Ukrainian or Russian alphabet only (no Serbian, Belarusian ...)."""
    return bool(_CYR_OK.match(name)) and not name.isupper()


def languages(name: str) -> tuple[str, ...]:
    """The languages a Cyrillic name may be written in, by the letters only one of them has
    (and the Ukrainian "-ськ", "-цьк": Russian writes "-ск", "-цк")."""
    low = set(name.lower())
    if re.search("[сцз]ьк", name.lower()) and not low & RU_ONLY:
        return ("uk",)
    if _RU_SPELLING.search(name.lower()) and not low & UK_ONLY:
        return ("ru",)
    if low & UK_ONLY:
        return () if low & RU_ONLY else ("uk",)
    return ("ru",) if low & RU_ONLY else ("uk", "ru")


# -- own names: a Cyrillic name is the place's own when its consonants are those of the
# romanized name (Харків, Харьков ~ Kharkiv; Олександрівка, Александровка ~ Oleksandrivka).
_CYR_SKELETON = str.maketrans({
    "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ж": "j", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "x", "ц": "q",
    "ч": "c", "ш": "w", "щ": "w"})
_LATIN_DIGRAPHS = (("w", "v"), ("shch", "W"), ("sch", "W"), ("kh", "X"), ("zh", "J"),
                   ("ch", "C"), ("sh", "W"), ("ts", "Q"), ("tz", "Q"), ("h", "g"), ("c", "Q"))


def skeleton(name: str) -> str:
    """The consonants of a name, in a script-neutral code, doubled letters once."""
    low = name.lower()
    if re.search("[a-z]", low):
        for a, b in _LATIN_DIGRAPHS:
            low = low.replace(a, b)
        low = low.lower()
        letters = [c for c in low if c in "bvgdjzklmnprstfxqcw"]
    else:
        letters = [c for c in low.translate(_CYR_SKELETON) if c in "bvgdjzklmnprstfxqcw"]
    return re.sub(r"(.)\1+", r"\1", "".join(letters))


def romanize(name: str) -> str:
    """A Ukrainian name in the national romanization (2010), as a name is written: each word
    capitalised as in Cyrillic, hyphens kept, apostrophes and soft signs dropped (Клебан-Бик ->
    Kleban-Byk, Одрадокам'янка -> Odradokamianka, Золота Балка -> Zolota Balka)."""
    out = []
    for word in re.split(r"([ -])", _plain_apostrophe(name)):
        if word in (" ", "-", ""):
            out.append(word)
            continue
        latin = romanized(word).replace(" ", "")
        out.append(latin[:1].upper() + latin[1:] if word[:1].isupper() else latin)
    return "".join(out)


def own_names(latin: Iterable[str], cyrillic: Iterable[str]) -> list[str]:
    """The Cyrillic names whose consonants are those of a romanized name; and a name Russian
    may write whose consonants are one letter off (one added, dropped or changed: Волчанск for
    Vovchansk, Константиновка for Kostiantynivka), the Russian counterpart of the Ukrainian
    name rather than an old name of another sound (Артемовск, Днепропетровск)."""
    keys = {skeleton(n) for n in latin}
    return [n for n in cyrillic if skeleton(n) in keys or (
        "ru" in languages(n) and len(skeleton(n)) >= 4
        and any(_one_edit(skeleton(n), k) for k in keys))]


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# -- inflection ------------------------------------------------------------------------------
def _number(tag) -> str:
    return "plur" if "plur" in tag else "sing"


def _head_parse(word: str, lang: str):
    """The parse of a name's word in the nominative: a place name (Geox) first, then a noun
    that is no person's name, then an adjective; None for a word pymorphy3 cannot read."""
    best, rank = None, 9
    low = word.lower()
    # a Russian name in -ья that the dictionary does not know is the feminine possessive
    # adjective (Стрелечья, Лисья: в Стрелечьей), not the plural of a guessed neuter in -ье
    possessive = lang == "ru" and low.endswith("ья") and not analyzer(lang).word_is_known(low)
    for p in analyzer(lang).parse(low):
        t = p.tag
        if "nomn" not in t or p.word != low:
            continue
        if possessive and t.POS == "ADJF" and "Poss" in t.grammemes and "femn" in t:
            return p
        if t.POS == "NOUN" and "Geox" in t.grammemes:
            r = 0
        elif t.POS == "NOUN" and not ({"Surn", "Name", "Patr"} & t.grammemes):
            r = 1
        elif t.POS == "ADJF":
            r = 2
        else:
            continue
        if r < rank:
            best, rank = p, r
    return best


_UNCONTRACTED = re.compile("(?:ая|яя|ую|юю|еє|єє|ії)$")


def _modifier_parse(word: str, lang: str, number: str, gender: str | None):
    """The parse of a word before a name's head: as a head (`_head_parse`) where that agrees
    with the head in number and gender (Біла Церква), else the adjective that agrees
    ("Золота Балка": золотий, not the plural of золото)."""
    own = _head_parse(word, lang)
    if own is not None and _number(own.tag) == number and (
            number == "plur" or own.tag.gender in (gender, None)):
        return own
    for p in analyzer(lang).parse(word.lower()):
        t = p.tag
        if (t.POS == "ADJF" and "nomn" in t and p.word == word.lower()
                and _number(t) == number and (number == "plur" or t.gender == gender)):
            return p
    return own


def word_forms(word: str, lang: str, *, number: str | None = None,
               gender: str | None = None, parse=None) -> dict[str, set[str]]:
    """Case -> forms of one word, keeping its number (or `number`) and, for an adjective, its
    gender (or `gender`). Capitalised as the word is. {} when pymorphy3 cannot read it."""
    p = parse or _head_parse(word, lang)
    if p is None:
        return {}
    num = number or _number(p.tag)
    gen = gender or p.tag.gender
    out: dict[str, set[str]] = {}
    for f in p.lexeme:
        t = f.tag
        if t.case not in CASES or _number(t) != num:
            continue
        if t.case == "accs" and not (num == "sing" and gen == "femn"):
            continue  # places are inanimate: the accusative is the nominative (Харків, Суми)
        if t.POS == "ADJF" and num == "sing" and gen and t.gender != gen:
            continue
        if t.POS not in ("NOUN", "ADJF") or {"Supr", "COMP", "Cmp2", "V-oy"} & t.grammemes:
            # Russian lexemes hold the superlatives (величайшая, малейшая) and the bookish
            # instrumental in -ою beside -ой (Николаевкою)
            continue
        out.setdefault(t.case, set()).add(_cap_like(f.word, word))
    if (lang == "uk" and p.tag.POS == "NOUN" and num == "sing" and p.tag.gender == "masc"
            and "loct" in out):
        # the locative of a masculine name in -к, -г, -х with the consonant changed, as
        # names take it beside -у (у Великому Бурлуці, у Новому Бузі, у Кременчуці, у Розі):
        # the dictionary has it for the words it knows only
        out["loct"] = out["loct"] | {
            f[:-2] + _LOCATIVE_ALTERNATION[f[-2]] for f in out["loct"]
            if f[-2:] in ("ку", "гу", "ху") and f[-3:-2] in _BEFORE_ALTERNATION}
    return out


_LOCATIVE_ALTERNATION = {"к": "ці", "г": "зі", "х": "сі"}
#: after a vowel only: "-ськ", "-цьк" keep -у (у Курську, not Курсьці), and so do the suffixes
#: -ик, -ок (у Нальчику, у Ставку)
_BEFORE_ALTERNATION = frozenset("уоа")


def _cap_like(form: str, model: str) -> str:
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def name_forms(name: str, lang: str) -> set[str]:
    """Every case of a name ("Горішні Плавні" -> "Горішніх Плавнях" ...). Each space-separated
    word is inflected in agreement with the last (the head: its number and gender); in a
    hyphenated word only the last part changes ("Івано-Франківська"). Names with lower-case
    words ("Комсомольськ-на-Дніпрі") are left as they are."""
    words = name.split(" ")
    if any(not w[:1].isupper() for w in words):
        return set()
    parts = []
    for w in words:
        prefix, _, last = w.rpartition("-")
        parts.append((prefix + "-" if prefix else "", last))
    head = _head_parse(parts[-1][1], lang)
    if head is None:
        return set()
    if len(words) == 1 and "-" in name:
        return _hyphenated_forms(name, lang, head) | _one_word_forms(parts, lang, head)
    return _one_word_forms(parts, lang, head)


def _hyphenated_forms(name: str, lang: str, head) -> set[str]:
    """A hyphenated name whose parts agree as two words would (Середина-Буда, Куп'янськ-
    Вузловий): every part in the same case (Середину-Буду, Середині-Буді), beside the forms
    with the last part alone inflected ("у Клебан-Бику"). A first part in a linking vowel
    (Олександро-, Івано-) or of another gender (Зноб-Новгородське) does not change."""
    first, _, rest = name.partition("-")
    if (first.lower().endswith(("о", "е")) and lang == "uk") or "-" in rest:
        return set()
    num, gen = _number(head.tag), head.tag.gender
    own = _head_parse(first, lang)
    if own is None or _number(own.tag) != num or (num == "sing" and own.tag.gender != gen):
        return set()
    a = word_forms(first, lang, parse=own, number=num, gender=gen)
    b = word_forms(rest, lang, parse=head, number=num, gender=gen)
    return {f"{x}-{y}" for c in CASES for x in sorted(a.get(c, ())) for y in sorted(b.get(c, ()))}


def _one_word_forms(parts: list[tuple[str, str]], lang: str, head) -> set[str]:
    """`name_forms` with only the last part of a hyphenated word inflected."""
    num, gen = _number(head.tag), head.tag.gender
    per_word = []
    for i, (prefix, w) in enumerate(parts):
        parse = head if i == len(parts) - 1 else _modifier_parse(w, lang, num, gen)
        forms = word_forms(w, lang, parse=parse, number=num, gender=gen)
        if parse is not None and parse.tag.POS == "ADJF" and lang == "uk":
            # the uncontracted forms (золотая, новеє) are poetry, not names
            forms = {c: {f for f in fs if not _UNCONTRACTED.search(f)} for c, fs in forms.items()}
        if not forms:
            return set()
        per_word.append({c: {prefix + f for f in fs} for c, fs in forms.items()})
    out: set[str] = set()
    for case in CASES:
        combos = [""]
        for forms in per_word:
            if case not in forms:
                combos = []
                break
            combos = [f"{c} {f}".strip() for c in combos for f in sorted(forms[case])]
        out.update(combos)
    return out


def _plain_apostrophe(name: str) -> str:
    """pymorphy3's dictionaries write the apostrophe as "'" (Куп’янськ -> Куп'янськ)."""
    return re.sub("[’ʼ`]", "'", name)


# Forms pymorphy3 cannot know for a proper name: Ріг (horn) has the locative "розі" only in the
# city's name. Keep this list small.
EXTRA_FORMS = {"Кривий Ріг": ("Кривому Розі", "Кривім Розі")}


def inflect_any(name: str, siblings: Iterable[str] = ()) -> set[str]:
    """`name_forms` in each language the name may be written in: the one whose letters it
    uses (і, ї, є, ґ; ы, э, ъ, ё), else the one whose dictionary knows its last word (Днепр),
    else the other language of a sibling name of the same place written in one (Донецк beside
    Донецьк is Russian), else both."""
    out: set[str] = set()
    for lang in name_languages(name, siblings):
        out |= name_forms(_plain_apostrophe(name), lang)
    return out | set(EXTRA_FORMS.get(name, ()))


def _plain(latin: str) -> str:
    return re.sub("['’ʼ]", "", latin.lower()).replace("-", " ")


_RU_ADJECTIVE_END = re.compile("(?:ая|яя|ое|ее|ый|ой|ые)$")


def name_languages(name: str, siblings: Iterable[str] = ()) -> tuple[str, ...]:
    """The language(s) of a Cyrillic name, as `inflect_any` decides them."""
    langs = languages(name)
    if len(langs) == 2:
        last = name.split(" ")[-1].rpartition("-")[2].lower()
        known = tuple(lang for lang in langs if analyzer(lang).word_is_known(last))
        if len(known) == 1:
            langs = known
            # an adjective before the last word in a Russian ending (Ukrainian writes the
            # contracted -а, -е, -і) tells the language ("Малая Токмачка", "Белая Церковь")
            if known == ("uk",) and any(_RU_ADJECTIVE_END.search(w.lower())
                                        for w in name.split(" ")[:-1]):
                langs = ("ru",)
            elif known == ("uk",) and _russian_alike(name):
                langs = ("uk", "ru")  # Великий Бурлук: в Великом Бурлуке as well
        elif len(known) == 2:
            pass  # Херсон, Полтава: the same word in both (в Херсоні, в Херсоне)
        elif any(romanized(name) == _plain(s) for s in siblings if s.isascii()):
            # Синельникове for Synelnykove: the Ukrainian name; and the Russian one too where
            # Russian spells it alike (Великий Бурлук: в Великом Бурлуке)
            langs = ("uk", "ru") if _russian_alike(name) else ("uk",)
        elif any(romanized(s) == _plain(n) for s in siblings if not s.isascii()
                 for n in siblings if n.isascii()):
            langs = ("ru",)  # a sibling is the romanized Ukrainian name: Синельниково
        else:
            other = {languages(s) for s in siblings if s != name} - {("uk", "ru")}
            if len(other) == 1:
                langs = ("ru",) if other == {("uk",)} else ("uk",)
    return langs


def _russian_alike(name: str) -> bool:
    """Whether Russian writes a Ukrainian name with the same letters (data/ru_spelling.py)."""
    import ru_spelling  # build time, beside this module
    return ru_spelling.ru_spelling(name) == name


# -- units -------------------------------------------------------------------------------
def unit_forms(adjective: str, lang: str) -> set[str]:
    """A unit's adjective in every case, alone and before область/обл. in the same case, and
    in the singular before the plural область ("в Київській, Житомирській областях")."""
    if not adjective:
        return set()
    a = analyzer(lang)
    adj = {c: {_cap_like(f, adjective) for f in fs}
           for c, fs in word_forms(adjective, lang, number="sing", gender="femn").items()}
    noun = a.parse(OBLAST_NOUN[lang])[0]
    sing = {c: {f.word for f in noun.lexeme if f.tag.case == c and _number(f.tag) == "sing"}
            for c in CASES}
    plur = {c: {f.word for f in noun.lexeme if f.tag.case == c and _number(f.tag) == "plur"}
            for c in CASES}
    out: set[str] = set()
    for case, forms in adj.items():
        for f in forms:
            out.add(f)
            out.update(f"{f} {n}" for n in sing[case] | plur[case])
            out.add(f"{f} обл.")
    return out


# -- raions ------------------------------------------------------------------------------
# pymorphy3 has no word formation for proper names, so the adjective of a town (Нікополь ->
# Нікопольський) is derived by these few Ukrainian and Russian patterns (name ending ->
# adjective ending), and pymorphy3 then inflects the adjective. Irregular ones (Кривий Ріг ->
# Криворізький) come from the short table `IRREGULAR_RAION_ADJ`.
_RAION_ADJ = {
    "uk": (("ський", "ський"), ("цький", "цький"), ("ське", "ський"), ("цьке", "цький"),
           ("ськ", "ський"), ("цьк", "цький"), ("ець", "ецький"), ("ь", "ьський"),
           ("ь", "ський"), ("ове", "івський"), ("еве", "івський"), ("єве", "ївський"),
           ("ова", "івський"), ("івка", "івський"), ("ївка", "ївський"), ("янка", "янський"),
           ("лля", "льський"), ("ня", "нянський"), ("ине", "инський"), ("ка", "ський"),
           ("а", "ський"), ("е", "ський"), ("и", "ський"), ("о", "ський"), ("", "ський")),
    "ru": (("ский", "ский"), ("цкий", "цкий"), ("ское", "ский"), ("цкое", "цкий"),
           ("ск", "ский"), ("цк", "цкий"), ("ец", "ецкий"), ("ь", "ьский"), ("ь", "ский"),
           ("ово", "овский"), ("ево", "евский"), ("овка", "овский"), ("евка", "евский"),
           ("янка", "янский"), ("ая", "ский"), ("яя", "ский"), ("ка", "ский"), ("а", "ский"),
           ("е", "ский"), ("ы", "ский"),
           ("о", "ский"), ("", "ский")),
}
#: Raion adjectives no ending rule derives (a changed stem, a dropped or added syllable, a
#: two-word name): Кривий Ріг -> Криворізький, Дергачі -> Дергачівський, Рівне -> Рівненський.
#: Checked against the names of the raions and hromadas (KATOTTG, 2024).
IRREGULAR_RAION_ADJ = {
    "uk": {"Кривий Ріг": "Криворізький", "Біла Церква": "Білоцерківський",
           "Дніпро": "Дніпровський", "Рівне": "Рівненський", "Кременчук": "Кременчуцький",
           "Дергачі": "Дергачівський", "Ізмаїл": "Ізмаїльський", "Мукачево": "Мукачівський",
           "Запоріжжя": "Запорізький", "Горішні Плавні": "Горішньоплавнівський",
           "Кам'янець-Подільський": "Кам'янець-Подільський", "Ясинувата": "Ясинуватський",
           "Білгород-Дністровський": "Білгород-Дністровський", "Бориспіль": "Бориспільський",
           "Часів Яр": "Часовоярський"},
    "ru": {"Кривой Рог": "Криворожский", "Белая Церковь": "Белоцерковский",
           "Днепр": "Днепровский", "Ровно": "Ровенский", "Кременчуг": "Кременчугский",
           "Дергачи": "Дергачёвский", "Измаил": "Измаильский", "Запорожье": "Запорожский",
           "Мукачево": "Мукачевский", "Горишние Плавни": "Горишнеплавнинский",
           "Часов Яр": "Часовоярский"},
}
#: The Russian of official raion adjectives (KATOTTG) that the respelling of
#: `ru_spelling` misses (a stem Russian writes otherwise: Золотоноша, Роздільна -> Раздельная).
RU_OF_OFFICIAL_ADJ = {"Золотоніський": "Золотоношский", "Євпаторійський": "Евпаторийский",
                      "Роздільнянський": "Раздельнянский", "Новобузький": "Новобугский"}
_RAION_NOUNS = ("район", "громада")
_VOWELS = set("аеєиіїоуюяыэё")


def raion_adjectives(town: str, lang: str) -> list[str]:
    """The adjectives of the raion or hromada named after a town: the irregular table, else
    the first candidate of `raion_candidates` that pymorphy3's dictionary knows (VESUM holds
    most raion and hromada adjectives: Пологівський, Роменський, Юнаківський), else the first.
    A plural name's genitive does not tell whether "-ів" stays (Пологи: Пологівський;
    Черкаси: Черкаський), so it gets each of its genitive candidates the dictionary knows."""
    irregular = IRREGULAR_RAION_ADJ[lang].get(town)
    if irregular is not None:
        return [irregular]
    plural, endings = raion_candidates(town, lang)
    known = analyzer(lang).word_is_known
    hits = [c for c in plural if known(c.lower())]
    if hits:
        return hits
    first = next((c for c in [*plural, *endings] if known(c.lower())), None)
    if first is not None:
        return [first]
    return [(plural or endings)[0]] if plural or endings else []


def raion_adjective(town: str, lang: str) -> str | None:
    """The first of `raion_adjectives`."""
    adjs = raion_adjectives(town, lang)
    return adjs[0] if adjs else None


# Consonant + "ський" as the language writes it: Прилук-ський -> Прилуцький, Черкас-ський ->
# Черкаський, Бахмач-ський -> Бахмацький, Хорол-ський -> Хорольський (the regular
# alternations of the suffix, not names' endings).
_SUFFIX_JOIN = {"uk": (("кськ", "цьк"), ("цськ", "цьк"), ("чськ", "цьк"), ("ськськ", "ськ"),
                       ("сськ", "ськ"), ("гськ", "зьк"), ("зськ", "зьк"), ("хськ", "ськ"),
                       ("шськ", "ськ"), ("лськ", "льськ")),
                "ru": (("кск", "цк"), ("цск", "цк"), ("гск", "жск"), ("ссск", "сск"))}


def raion_candidates(town: str, lang: str) -> tuple[list[str], list[str]]:
    """Candidate adjectives of a town, most likely first: for a plural name those from the
    stem of its genitive plural, bare, with "-ів" and with the fleeting vowel (Пологи, Пологів
    -> Пологівський; Ромни -> Роменський; Суми, Сум -> Сумський; Черкаси -> Черкаський); then
    those of each ending pattern of `_RAION_ADJ` the name ends with."""
    if " " in town:
        return [], []
    low = town.lower()
    if "-" in town and not low.endswith(("ський", "цький", "ский", "цкий")):
        return [], []  # "Новгород-Сіверський" is its own adjective; "Івано-Франківськ" a unit
    suffix = "ський" if lang == "uk" else "ский"
    plural: list[str] = []
    head = _head_parse(town, lang) if low[-1:] in "иіы" else None
    if head is not None and _number(head.tag) == "plur":
        stem = town[:-1]
        stems = [_cap_like(f.word, town) for f in head.lexeme if f.tag.case == "gent"
                 and _number(f.tag) == "plur" and f.word[-1] not in "аеєиіїоуюяыэёй"]
        if stem[-1:] == "ц":
            stems.insert(0, stem[:-1] + "ец")  # Чернівці, Іллінці -> Чернівецький, Іллінецький
        stems.append(stem)
        if len(stem) > 2 and stem[-1].lower() not in _VOWELS and stem[-2].lower() not in _VOWELS:
            stems.append(stem[:-1] + "е" + stem[-1])  # Ромни -> Ромен-, Лубни -> Лубен-
        stems.append(stem + ("ів" if lang == "uk" else "ов"))
        plural = list(dict.fromkeys(_join(st, suffix, lang) for st in stems))
    endings: list[str] = []
    for ending, adj in _RAION_ADJ[lang]:
        if low.endswith(ending):
            if not ending and low[-1] in _VOWELS:
                continue
            st = town[: len(town) - len(ending)] if ending else town
            endings.append(_join(st, adj, lang) if adj in ("ський", "ский") else st + adj)
    return plural, list(dict.fromkeys(endings))


def _join(stem: str, suffix: str, lang: str) -> str:
    """stem + suffix, with the alternation at the junction (Прилук + ський -> Прилуцький)."""
    cut = max(0, len(stem) - 3)
    word = stem + suffix
    for a, b in _SUFFIX_JOIN[lang]:
        if a in word[cut:]:
            return word[:cut] + word[cut:].replace(a, b, 1)
    return word


def raion_forms(town: str, lang: str) -> set[str]:
    """"Нікопольський (район)", "Нікопольському (районі)", "Марганецька (громада)",
    "на Синельниківщині": the raion or hromada of a town, in every case."""
    out: set[str] = set()
    for adj in raion_adjectives(_plain_apostrophe(town), lang):
        if not everyday_adjective(adj, town, lang):
            out |= _raion_adjective_forms(adj, lang)
    return out


def adjective_forms(adj: str, towns: Iterable[str], lang: str) -> set[str]:
    """The forms of one raion or hromada adjective of a town (the codifier's official one:
    Бучанський of Буча), as `raion_forms` makes them, unless it is an everyday word beside
    each of the town's names; each part of a hyphenated one capitalised as it is
    (Івано-Франківської)."""
    if all(everyday_adjective(adj, t, lang) for t in towns):
        return set()
    caps = [part[:1].isupper() for part in adj.split("-")]
    out = set()
    for form in _raion_adjective_forms(_plain_apostrophe(adj), lang):
        head, sep, rest = form.partition(" ")
        parts = head.split("-")
        if len(parts) == len(caps):
            head = "-".join(p[:1].upper() + p[1:] if c else p
                            for p, c in zip(parts, caps, strict=True))
        out.add(head + sep + rest)
    return out


#: An adjective this frequent (wordfreq's Zipf scale) and more frequent than its town's name is
#: an everyday word first (Український, Центральний, Морський, Радянський), not a raion.
EVERYDAY_ZIPF = 4.0


def everyday_adjective(adj: str, town: str, lang: str) -> bool:
    """Whether a raion adjective is an everyday word rather than the town's raion: Український
    (5.6) beside Українськ (2.3) or Українка (4.0), not Харківський (4.3) beside Харків (4.9).
    wordfreq is in the `build` extra, as for english_words.txt."""
    from wordfreq import zipf_frequency
    z = zipf_frequency(adj.lower(), lang)
    return z >= EVERYDAY_ZIPF and z > zipf_frequency(town.lower(), lang)


#: Adjectives whose paradigm a raion adjective pymorphy3 reads as a surname only (Лозовский)
#: follows: its forms are the model's with the stem swapped (pymorphy3's own paradigm).
_MODEL_ADJECTIVES = {"ru": (("цкий", "немецкий"), ("ский", "русский")),
                     "uk": (("цький", "німецький"), ("ський", "український"))}


def _by_analogy(adj: str, lang: str):
    """The ADJF parse of a model adjective of the same suffix, and the stem swap to apply."""
    for suffix, model in _MODEL_ADJECTIVES[lang]:
        if adj.lower().endswith(suffix):
            p = next(p for p in analyzer(lang).parse(model) if p.tag.POS == "ADJF")
            return p, model[: -len(suffix)], adj.lower()[: -len(suffix)]
    return None


def _raion_adjective_forms(adj: str, lang: str) -> set[str]:
    a = analyzer(lang)
    p = next((p for p in a.parse(adj.lower()) if p.tag.POS == "ADJF"), None)
    if p is None:
        model = _by_analogy(adj, lang)
        if model is None:
            return set()
        parse, old, new = model
        out: set[str] = set()
        for noun_word in _RAION_NOUNS:
            gender = a.parse(noun_word)[0].tag.gender
            for fs in word_forms(parse.word, lang, number="sing", gender=gender,
                                 parse=parse).values():
                out |= {_cap_like(new + f[len(old):], adj) for f in fs if f.startswith(old)}
        return out
    out: set[str] = set()
    for noun_word in _RAION_NOUNS:
        # the adjective alone, in the genders of район and громада: "у Нікопольському районі",
        # "Межівська, Покровська ... громади" (the noun after it is left out of the mention, so
        # that the lists and every number and case of the noun need no forms of their own)
        gender = a.parse(noun_word)[0].tag.gender
        for fs in word_forms(adj, lang, number="sing", gender=gender, parse=p).values():
            out |= fs
    # before "міська" ("Київської міської військової адміністрації"): the city, not the unit
    city = next(p for p in a.parse("міська" if lang == "uk" else "городская")
                if p.tag.POS == "ADJF")
    adj_f = word_forms(adj, lang, number="sing", gender="femn", parse=p)
    city_f = word_forms(city.word, lang, number="sing", gender="femn", parse=city)
    for case, fs in adj_f.items():
        out.update(f"{f} {c}" for f in fs for c in city_f.get(case, ()))
    ending = next((e for e in ("цький", "зький", "ський") if adj.endswith(e)), None)
    if lang == "uk" and ending and "-" not in adj:
        # "Синельниківщина": the adjective's stem and -щина (-цький: -ччина, -зький: -жчина,
        # Запоріжчина); none of an adjective of another suffix (Мельничний, Садовий)
        region = adj[:-5] + {"цький": "ччина", "зький": "жчина", "ський": "щина"}[ending]
        for fs in word_forms(region, lang, number="sing", gender="femn").values():
            out |= fs
    return out


def hromada_forms(village: str, official: Iterable[str] = ()) -> set[str]:
    """The hromada of a village too small for `raion_forms` ("Юнаківська громада", "у
    Юнаківській громаді"): the feminine Ukrainian adjective in every case: `official` (the
    codifier's names of the units the village is the centre of, masculine), else the derived
    one only when pymorphy3's dictionary knows it (VESUM lists the hromada adjectives), so no
    guessed word is added."""
    official = [_plain_apostrophe(a) for a in official]
    adjs = [a for a in official or raion_adjectives(_plain_apostrophe(village), "uk")
            if (official or analyzer("uk").word_is_known(a.lower()))
            and not everyday_adjective(a, village, "uk")]
    out: set[str] = set()
    for adj in adjs:
        p = next((p for p in analyzer("uk").parse(adj.lower()) if p.tag.POS == "ADJF"), None)
        if p is not None:
            for fs in word_forms(adj, "uk", number="sing", gender="femn", parse=p).values():
                out |= fs
    return out

