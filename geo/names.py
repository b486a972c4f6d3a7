"""Name folding shared by the gazetteer and the extractor.

`fold_char` maps one character to one character, so folded text keeps the offsets of the
original; `name_key` is the looser key used for dictionary lookups.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Final

APOSTROPHES = "'’ʼ`´ʹ‘"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")
_SPACE_RE = re.compile(r"[\s\-‐‑–]+")

#: `str.lower` called through a name: mypyc compiles `text.lower()` in the compiled extraction
#: modules (setup.py) to a primitive of its own, which lowers a capital sigma at a word's end
#: to "σ" where CPython gives "ς" (Unicode's Final_Sigma); called through this name it is
#: CPython's own, so compiled and source read the same lower case.
LOWER: Final[Callable[[str], str]] = str.lower


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Lower-case, strip diacritics (é -> e, ї -> і), unify apostrophes; always one char."""
    if ch in APOSTROPHES:
        return "'"
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low.isascii():
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


_SPECIAL = re.compile(r"[^\x00-\x5f\x61-\x7f]")  # non-ASCII, and the backtick
# Encoding to ASCII with this handler marks every other character with a NUL byte, one byte per
# character: a C-speed way to find the few characters to fold in a long text.
codecs.register_error("strikemap-mark", lambda exc: ("\0" * (exc.end - exc.start), exc.end))


class _FoldTable(dict[int, str]):
    """Code point -> its `fold_char`, for `str.translate`: ASCII filled in (a miss would raise
    and catch a KeyError per character), the rest filled in as first met."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < 65_536:  # bounded: a hostile text may hold any code points
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable({c: chr(c) for c in range(128)})
_FOLD_TABLE[ord("`")] = "'"

#: Characters of a lower-cased Cyrillic text that `fold_char` keeps as they are (ASCII but the
#: backtick, the Cyrillic letters but й, ї, ё and their kin, common punctuation), checked one
#: by one here; `_TO_FOLD` finds the others, the few that `fold` looks up.
_KEPT = "".join(c for c in "".join(map(chr, (*range(0x20, 0x7f), *range(0x430, 0x460))))
                + "\t\n\r\xa0ґ–—«»“”„…№•" if fold_char(c) == c)
_TO_FOLD = re.compile(f"[^{re.escape(_KEPT)}]")


def fold(text: str, low: str | None = None, low_size: int | None = None) -> str:
    """Fold a text character by character (same length as the input). `low`: `text.lower()`,
    if the caller has it already (a report's is lowered once, for its reading too);
    `low_size`: the length of `low`'s UTF-8 (surrogatepass), if the caller knows it (a 4 KB
    text with a character outside ASCII is not encoded again to tell Cyrillic from Latin)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):  # "İ" lower-cases to two characters
        return "".join(map(fold_char, text))
    if "`" in low:
        low = low.replace("`", "'")
    if low.isascii():
        return low
    if low_size is None:
        low_size = len(low.encode("utf-8", "surrogatepass"))
    if low_size > 1.25 * len(low):
        # Cyrillic text: the few distinct characters that fold to another (й, ї, ’), each
        # replaced throughout in C; `translate` looked every character up in a dict (a
        # Python int made for each), ~0.6 M instructions a Ukrainian report of 750 characters
        pairs = [(c, f) for c in set(_TO_FOLD.findall(low)) if (f := _FOLD_TABLE[ord(c)]) != c]
        sources = {c for c, _f in pairs}
        if any(f in sources for _c, f in pairs):
            return low.translate(_FOLD_TABLE)  # one's folding is another's to fold: one pass
        for c, f in pairs:
            low = low.replace(c, f)
        return low
    if "\0" in low:
        return _SPECIAL.sub(lambda m: fold_char(m.group()), low)
    marks = low.encode("ascii", "strikemap-mark")
    # the characters to fold, each replaced throughout in C where no folding is another's to
    # fold: a report's "•" and "—" fold to themselves, and slicing the text around each and
    # joining the pieces again cost more than the rest of the folding (10.2 -> 5.8 us a 4 KB
    # English bench report)
    changed: dict[str, str] = {}
    at = marks.find(0)
    while at >= 0:
        ch = low[at]
        if (folded := _FOLD_TABLE[ord(ch)]) != ch:
            changed[ch] = folded
        at = marks.find(0, at + 1)
    if any(f in changed for f in changed.values()):
        return low.translate(_FOLD_TABLE)
    for ch, folded in changed.items():
        low = low.replace(ch, folded)
    return low


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Lookup key: folded, apostrophes dropped, hyphens and runs of space made one space."""
    key = _APOS_RE.sub("", fold(unicodedata.normalize("NFC", name.strip())))
    key = _SPACE_RE.sub(" ", key).strip()
    return key[4:] if key.startswith("the ") else key


_KMU = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "'": "", "’": "", "ʼ": "", "-": " ", " ": " "}
_KMU_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanized(name: str) -> str:
    """The Ukrainian national romanization (2010) of a name, lower-case, a hyphen as a space
    (for comparison): the gazetteer's build matches Cyrillic names to GeoNames' Latin ones
    with it, the extractor English raion and hromada adjectives to their centres."""
    out = []
    for i, ch in enumerate(name.lower()):
        start = i == 0 or name[i - 1] in " -"
        if ch == "г" and i and name[i - 1].lower() == "з":
            out.append("gh")  # зг: zgh, not zh
        else:
            out.append(_KMU_START[ch] if start and ch in _KMU_START else _KMU.get(ch, ch))
    return "".join(out)
