"""How Russian spells a Ukrainian place name (build time only; for build_gazetteer.py).

Russian-language news in Ukraine write the villages in Russian ("в селе Степное", "Великая
Писаревка", "Николаевка"); the codifier KATOTTG and most of GeoNames' small places have the
Ukrainian name only. Russian names of Ukrainian places are, with few exceptions, the Ukrainian
name respelt by regular correspondences of the two languages' spelling, so they are generated:

1. the word's ending by its part of speech (pymorphy3's Ukrainian dictionary tells an
   adjective: Велика, Сірий, Степове; not a possessive, Шевченкове of Шевченко):
   -ський/-ська/-ське/-ські -> -ский/-ская/-ское/-ские (-цьк-, -зьк- alike), -ий -> -ый
   (-ий after г, к, х, ж, ш, ч, щ), -ій -> -ий, -а -> -ая, -ня -> -няя, -е -> -ое (-же, -че
   -> -жье, -чье), -і -> -ые/-ие; a noun (and a word ending in a consonant and -е that is no
   possessive: Піщане, Солодке) likewise, and -ове/-еве -> -ово/-ево with -овое/-евое as its
   second spelling (Шестакове -> Шестаково; Берегове -> Береговое and Берегово, both written),
   -ине/-іне -> -ино, -івка -> -овка (-евка after ж, ч, ш, щ, ц, й), -ївка -> -евка, -івці ->
   -овцы, -ів/-їв -> -ов/-ев, -піль -> -поль, -пілля -> -полье, -ськ/-цьк -> -ск/-цк, -ець ->
   -ец, -иця -> -ица, a doubled consonant before -я (-жжя, -лля) -> -жье, -лье, plural -и
   after a hard consonant -> -ы (Бояни -> Бояны), -ці -> -цы;
2. the stem letter by letter: і -> и (о or е first in a closed last syllable of the stem:
   Міст, Брід, Підкамінь -> Мост, Брод, Подкамень), ї -> и, є -> е, ґ -> г, ьо -> е (Верхньо-
   -> Верхне-), и -> и; the apostrophe -> ъ after a prefix (Під'їзне -> Подъездное), nothing
   after a labial (Куп'янськ, Слов'янськ -> Купянск, Славянск), else ь (Мар'їнка ->
   Марьинка); без-, роз- before a voiceless consonant -> бес-, рас-;
3. where a letter is ambiguous (Ukrainian і stands for Russian и, е or о; и for и or ы) the
   spelling pymorphy3's Russian dictionary knows as a word is taken (its place names too:
   Писаревка, Берегово; Серый, Песчаное), else the likeliest;
4. a short table of roots whose Russian form differs beyond one letter (Олександр- ->
   Александр-, Микола- -> Никола-, Володимир- -> Владимир-, біл- -> бел-, ліс- -> лес-, під- ->
   под-, Вовч- -> Волч-, Зоря -> Заря, Перш- -> Перв-), and given-name stems before -івка that
   Russian spells with a soft sign (Василівка -> Васильевка);
5. a second spelling where Russian translates rather than respells: an everyday adjective's
   root (Червона Зоря -> Красная Заря, Залізничне -> Железнодорожное, Солодке -> Сладкое),
   and a feminine adjective in -ча, -жа in both readings, possessive and plain (Козача
   Лопань -> Козачья Лопань beside Козачая Лопань).

`ru_spelling` is measured against the Russian names GeoNames gives the places that have both
(build_gazetteer.py prints the hit rate; data/README.md records it).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import pymorphy3


@lru_cache(maxsize=2)
def _analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


_HARD_AFTER_I = set("гкхжшчщ")  # Russian writes и, not ы, after these
_SOFT_E = set("жчшщцй")        # -івка after these: -евка

#: Roots whose Russian form differs beyond the letter rules, as they open a word (lower case):
#: given names that place names are made of, and common roots with Ukrainian і for Russian е
#: or о (ѣ and the closed syllable).
_ROOTS: tuple[tuple[str, str], ...] = (
    ("олександр", "александр"), ("олекс", "алекс"), ("микола", "никола"), ("гнат", "игнат"),
    ("омелян", "емельян"), ("роз", "раз"), ("від", "от"),
    ("біл", "бел"), ("ліс", "лес"), ("сір", "сер"), ("світл", "светл"), ("річ", "реч"),
    ("сіл", "сел"), ("дніпр", "днепр"), ("хліб", "хлеб"), ("стріл", "стрел"), ("мід", "мед"),
    ("ріпк", "репк"), ("дід", "дед"), ("вовч", "волч"), ("вовк", "волк"), ("жовт", "желт"),
    ("під", "под"), ("рівн", "ровн"), ("кам'ян", "камен"), ("піщан", "песчан"),
    ("володимир", "владимир"), ("костянтин", "константин"), ("слов'ян", "славян"),
    ("знам'ян", "знамен"), ("іллі", "ильи"), ("трьох", "трех"), ("кирил", "кирилл"),
    ("новосіл", "новосел"), ("гір", "гор"), ("зоря", "заря"), ("перш", "перв"),
    ("чорн", "черн"),
    # spelt alike, so that no other reading of their и is tried (Липці: Липцы, not Лыпцы)
    ("зелен", "зелен"), ("черво", "черво"), ("верхн", "верхн"), ("нижн", "нижн"),
    ("нов", "нов"), ("вишн", "вишн"), ("лип", "лип"),
)
#: Roots inside a word (after a prefix such as Ново-, Старо-, Біло-, Під-).
_INNER_ROOTS: tuple[tuple[str, str], ...] = (
    ("олександр", "александр"), ("олекс", "алекс"), ("микола", "никола"), ("гір", "гор"),
    ("піль", "поль"), ("пілл", "поль"), ("річ", "реч"), ("ліс", "лес"), ("сіл", "сел"),
    ("двір", "двор"), ("ріг", "рог"), ("кам'ян", "камен"), ("біл", "бел"),
    ("дніпр", "днепр"), ("олександр", "александр"), ("костянтин", "константин"),
    ("володимир", "владимир"), ("слов'ян", "славян"),
)
#: Roots of everyday adjectives that Russian-language news translate rather than respell
#: (Червона Зоря: Красная Заря; Залізничне: Железнодорожное; Солодке: Сладкое; Чарівне:
#: Волшебное): the Russian root, in Ukrainian letters that respell to it, for a second
#: spelling beside the respelt one (Червоная Заря is written too).
_TRANSLATED_ROOTS: tuple[tuple[str, str], ...] = (
    ("червон", "красн"), ("залізничн", "железнодорожн"), ("солодк", "сладк"),
    ("чарівн", "волшебн"), ("сонячн", "солнечн"), ("щаслив", "счастлив"),
)
#: Translated roots that Ukrainian names use as well (Красне, Красна Поляна are villages of
#: their own): translated only in a name of more words (Червона Зоря: Красная Заря), so that a
#: lone Червоне does not take Красне's Russian name Красное.
_TRANSLATED_IN_PHRASES_ONLY = frozenset({"красн"})
#: Given-name stems before -івка whose Russian keeps a soft sign and -евка.
_SOFT_STEMS = {"васил": "васильевка", "григор": "григорьевка", "юр": "юрьевка",
               "дмитр": "дмитровка", "ігнат": "игнатовка"}


def _is_adjective(word: str) -> bool:
    """Whether Ukrainian reads the word (nominative) as an adjective: Степове, Велика, Сірий;
    not a possessive one (Шевченкове, of Шевченко: the noun Шевченково in Russian)."""
    low = word.lower()
    return any(p.tag.POS == "ADJF" and "nomn" in p.tag and p.word == low
               and p.normal_form.endswith(("ий", "ій")) for p in _analyzer("uk").parse(low))


_CONSONANTS = set("бвгґджзйклмнпрстфхцчшщ")
_POSSESSIVE = re.compile("(?:ов|ев|єв|ин|ін)е$")
_FORM_ADJECTIVE = re.compile(r"(?:[сцз]ьк(?:ий|а|е|і)|[бвгджзклмнпрстфхцчшщ]е)$")


def _ending(low: str, adjective: bool) -> tuple[str, tuple[str, ...]]:
    """(stem, Russian endings, the likeliest first) of a lower-case Ukrainian word."""
    if _FORM_ADJECTIVE.search(low) and not _POSSESSIVE.search(low):
        adjective = True  # -ське, -цька, Піщане, Солодке: adjectives by their form
    if _POSSESSIVE.search(low) and low[-3] in "оеє":
        # Степове (степовий): Степовое; Шестакове, Шевченкове: Шестаково, Шевченково; both
        # are written (Береговое, Берегово), so both are kept (`ru_spellings`)
        ru = "ово" if low[-3] == "о" else "ево"
        return low[:-3], ((ru[:2] + "ое", ru) if adjective else (ru, ru[:2] + "ое"))
    if adjective:
        for uk, ru in (("ський", "ский"), ("цький", "цкий"), ("зький", "зкий"),
                       ("ська", "ская"), ("цька", "цкая"), ("зька", "зкая"),
                       ("ське", "ское"), ("цьке", "цкое"), ("зьке", "зкое"),
                       ("ські", "ские"), ("цькі", "цкие"), ("зькі", "зкие"),
                       ("ій", "ий"), ("нє", "нее"), ("ня", "няя"), ("ні", "ние")):
            if low.endswith(uk):
                return low[: -len(uk)], (ru,)
        if low.endswith("ий"):
            # after ш the root table may have changed the letter (Перший: Первый)
            return low[:-2], ("ий", "ый") if low[-3:-2] in _HARD_AFTER_I else ("ый", "ой")
        if low.endswith("а"):
            # Козача, Вовча (possessive): Казачья, Волчья; Гаряча: Горячая; both are kept
            return low[:-1], ("ья", "ая") if low[-2:-1] in "жч" else ("ая",)
        if low.endswith("е"):  # Лисиче, Леб'яже: Лисичье, Лебяжье
            return low[:-1], ("ье", "ее") if low[-2:-1] in "жчшщ" else ("ое", "ее")
        if low.endswith("і"):
            return low[:-1], ("ие",) if low[-2:-1] in _HARD_AFTER_I else ("ые",)
    for stem, ru in _SOFT_STEMS.items():
        if low == stem + "івка":
            return "", (ru,)
    if low.endswith("'є"):
        return low[:-2], ("ье",)  # Остап'є: Остапье
    for uk, ru in (("ївка", ("евка",)), ("ївці", ("евцы",)), ("ськ", ("ск",)),
                   ("цьк", ("цк",)), ("зьк", ("зк",)), ("ець", ("ец",)),
                   ("пілля", ("полье",)), ("піль", ("поль",)),
                   ("іне", ("ино",)), ("ине", ("ино",)), ("їв", ("ев",)), ("ія", ("ия",)),
                   ("иця", ("ица",)), ("ця", ("ца",))):
        if low.endswith(uk):
            return low[: -len(uk)], ru
    if low.endswith("івка"):
        return low[:-4], (("евка", "овка") if low[-5:-4] in _SOFT_E else ("овка", "евка"))
    if low.endswith("івці"):
        return low[:-4], ("овцы", "евцы")
    if low.endswith("ів"):
        return low[:-2], ("ов", "ев")
    m = re.search(r"([бвгджзклмнпрстфхцчшщ])\1я$", low)
    if m:  # Запоріжжя, Кривопілля: -жье, -лье
        return low[:-3], (m.group(1) + "ье",)
    if low.endswith("'я"):
        return low[:-2], ("ье",)
    if low.endswith("и") and len(low) > 2 and low[-2] not in "аеєиіїоуюяь'":
        return low[:-1], ("и",) if low[-2] in _HARD_AFTER_I else ("ы", "и")
    if low.endswith("ці"):
        return low[:-2], ("цы",)
    if low.endswith("і") and len(low) > 2:
        return low[:-1], ("и",)
    return low, ("",)


_LABIAL = set("бпвмф")
_VOWEL_BEFORE = "аеєиіїоуюя'"


_VOICELESS = set("кпстфхцчшщ")
_PREFIXES = ("з", "роз", "від", "під", "над", "об", "без", "між")


def _apostrophe(stem: str, i: int) -> str:
    if stem[:i] in _PREFIXES:
        return "ъ"  # after a prefix: Під'їзне, Об'єднане
    if stem[i - 1:i] in _LABIAL:
        return ""   # П'ятихатки, Куп'янськ, Слов'янськ, Леб'яже
    return "ь"      # Мар'їнка, Юр'ївка


def _stem_options(stem: str, word: str) -> list[tuple[str, ...]]:
    """The Russian spellings of each letter of a stem (roots first replaced), the likeliest
    first; `word` is the whole Ukrainian word (for the syllable of an і)."""
    out: list[tuple[str, ...]] = []
    i = 0
    roots = _ROOTS
    for uk, ru in (("без", "бес"), ("роз", "рас")):
        if stem.startswith(uk) and stem[3:4] in _VOICELESS:  # Безпальче: Беспальче
            out.extend((c,) for c in ru)
            i, roots = 3, _INNER_ROOTS
    while i < len(stem):
        for uk, ru in roots:
            if stem.startswith(uk, i) and not (uk in ("роз", "від", "без") and i):
                out.extend((c,) for c in ru)
                i += len(uk)
                break
        else:
            ch = stem[i]
            prev = stem[i - 1] if i else ""
            if ch == "'":
                out.append((_apostrophe(stem, i),))
            elif ch == "ь" and stem[i + 1:i + 2] == "о":
                out.append(("е",))  # Верхньо-, Трьох-: Верхне-, Трех-
                i += 1
            elif ch in "єї" and (i == 0 or prev in _VOWEL_BEFORE):
                out.append(("е",) if ch == "є" else ("и",))
            elif ch == "і":
                # in the stem's last syllable, closed: the alternation with о, е (Міст, Брід,
                # Підкамінь, Новояворівськ: Мост, Брод, Подкамень, Новояворовск)
                rest = stem[i + 1:].replace("ь", "")
                closed = i > 0 and 1 <= len(rest) <= 2 and all(c in _CONSONANTS for c in rest)
                out.append(("о", "е", "и") if closed else ("и", "е", "о"))
            else:
                out.append({"и": ("и", "ы"), "ї": ("и",), "є": ("е",), "ґ": ("г",)}.get(
                    ch, (ch,)))
            i += 1
        roots = _INNER_ROOTS
    return out


def _word(word: str, adjective: bool) -> list[str]:
    """The word's Russian spelling, and for a noun in -ове/-еве the other reading (Берегово
    beside Береговое)."""
    low = word.lower()
    stem, endings = _ending(low, adjective)
    options = _stem_options(stem, low)
    known = _analyzer("ru").word_is_known
    best = None
    for combo in itertools.islice(itertools.product(*options, endings), 64):
        cand = "".join(combo)
        if best is None:
            best = cand
        if known(cand):
            best = cand
            break
    out = [best or low]
    if endings == ("ья", "ая"):
        out.append(out[0][:-2] + ("ая" if out[0].endswith("ья") else "ья"))
    if len(endings) == 2 and endings[1].startswith("ов"[:1]) and endings[0][:2] == endings[1][:2]:
        stem_ru = out[0][: len(out[0]) - len(next(e for e in endings if out[0].endswith(e)))]
        out += [stem_ru + e for e in endings if stem_ru + e != out[0]]
    return [o[:1].upper() + o[1:] if word[:1].isupper() else o for o in out]


def _translated(word: str, adjective: bool, phrase: bool) -> list[str]:
    """The adjective's Russian translation where its root is one that Russian translates
    (`_TRANSLATED_ROOTS`: Червона -> Красная), else nothing; `phrase`: whether the name has
    more words than this one."""
    low = word.lower()
    if not (adjective or _FORM_ADJECTIVE.search(low)):
        return []  # a noun made of the root keeps its own name (Червоноград, not Красноград)
    for uk, ru in _TRANSLATED_ROOTS:
        if low.startswith(uk) and (phrase or ru not in _TRANSLATED_IN_PHRASES_ONLY):
            return _word(ru + low[len(uk):], adjective)[:1] if not word[:1].isupper() else [
                w[:1].upper() + w[1:] for w in _word(ru + low[len(uk):], adjective)[:1]]
    return []


def ru_spellings(name: str) -> list[str]:
    """The Russian spellings of a Ukrainian place name, the likeliest first (Степове ->
    Степовое, Степово; Велика Писарівка -> Великая Писаревка; Сірий Яр -> Серый Яр;
    Миколаївка -> Николаевка)."""
    name = re.sub("[’ʼ`]", "'", name)
    words = []
    for w in name.split(" "):
        parts = [_word(p, adj := _is_adjective(p)) + _translated(p, adj, " " in name)
                 if p[:1].isalpha() else [p] for p in w.split("-")]
        words.append(["-".join(c) for c in itertools.product(*parts)])
    return [" ".join(c) for c in itertools.islice(itertools.product(*words), 2)]


def ru_spelling(name: str) -> str:
    """The likeliest of `ru_spellings`."""
    return ru_spellings(name)[0]
