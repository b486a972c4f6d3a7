"""Build data/number_words.json: Ukrainian and Russian number words in every case and gender.

Source: num2words (the cardinal words 0-20, the tens, the hundreds, thousand, as the language
writes them) and pymorphy3 with its Ukrainian and Russian dictionaries (every case and gender
form of each word, and the collective numerals двоє/троє/п'ятеро, двое/трое/пятеро), both from
PyPI (`pip install -e '.[build]'`). Run from the repository root:

    python data/build_number_words.py

Each word maps to its value; a count written in words is the sum of its words ("двадцять
п'ять" = 25, "сто одинадцять" = 111), which `extract.rules.number_words` parses.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pymorphy3
from num2words import num2words

OUT = Path(__file__).resolve().parent / "number_words.json"
#: Values written as one word: units, teens, tens, hundreds, thousand.
VALUES = [*range(0, 21), *range(30, 100, 10), *range(100, 1000, 100), 1000]
#: Collective numerals ("двоє людей", "трое погибших"): pymorphy3 knows their forms, num2words
#: does not write them.
COLLECTIVE = {
    "uk": {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
           "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10, "одинадцятеро": 11, "дванадцятеро": 12},
    "ru": {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
           "восьмеро": 8, "девятеро": 9, "десятеро": 10},
}
#: Words for one and two have gender forms num2words does not write.
GENDERED = {"uk": {"одна": 1, "одне": 1, "одно": 1, "дві": 2, "тисяча": 1000},
            "ru": {"одна": 1, "одно": 1, "две": 2, "тысяча": 1000}}


def _forms(morph: pymorphy3.MorphAnalyzer, word: str) -> set[str]:
    """Every form of a numeral (all cases, genders), or the word alone if it is no numeral."""
    out = {word}
    for parse in morph.parse(word):
        if {"NUMR"} & parse.tag.grammemes or parse.normal_form in ("один", "тисяча", "тысяча"):
            out.update(f.word for f in parse.lexeme)
            break
    return out


def words(lang: str) -> dict[str, int]:
    morph = pymorphy3.MorphAnalyzer(lang=lang)
    table: dict[str, int] = {}
    seeds: dict[str, int] = {}
    for value in VALUES:
        text = num2words(value, lang=lang)
        if " " not in text:
            seeds[text] = value
    seeds.update(COLLECTIVE[lang])
    seeds.update(GENDERED[lang])
    for word, value in seeds.items():
        for form in _forms(morph, word):
            if form.replace("'", "").replace("’", "").isalpha():
                table.setdefault(form.replace("’", "'"), value)
    return dict(sorted(table.items()))


def main() -> None:
    data = {
        "meta": {"source": f"num2words {version('num2words')}, pymorphy3 {version('pymorphy3')} "
                           f"with pymorphy3-dicts-uk {version('pymorphy3-dicts-uk')} and "
                           f"pymorphy3-dicts-ru {version('pymorphy3-dicts-ru')}",
                 "license": "package licenses as their metadata gives them: num2words LGPL, "
                            "pymorphy3 MIT, pymorphy3-dicts-uk GPLv3, pymorphy3-dicts-ru MIT "
                            "(OpenCorpora data); this file lists only the word forms",
                 "how": "data/build_number_words.py"},
        "uk": words("uk"),
        "ru": words("ru"),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['uk'])} Ukrainian and {len(data['ru'])} Russian word forms")


if __name__ == "__main__":
    main()
