"""Name folding shared by the gazetteer and the extractor.

`fold_char` maps one character to one character, so folded text keeps the offsets of the
original; `name_key` is the looser key used for dictionary lookups.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’ʼ`´ʹ‘"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")
_SPACE_RE = re.compile(r"[\s\-‐‑–]+")


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


def fold(text: str, low: str | None = None) -> str:
    """Fold a text character by character (same length as the input). `low`: `text.lower()`,
    if the caller has it already (a report's is lowered once, for its reading too)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):  # "İ" lower-cases to two characters
        return "".join(map(fold_char, text))
    if "`" in low:
        low = low.replace("`", "'")
    if low.isascii():
        return low
    if len(low.encode("utf-8", "surrogatepass")) > 1.25 * len(low):
        # Cyrillic text, where most characters are to fold: one `translate` pass in C (the
        # loop below took a Ukrainian report's tenth); it is slower where they are few
        return low.translate(_FOLD_TABLE)
    if "\0" in low:
        return _SPECIAL.sub(lambda m: fold_char(m.group()), low)
    marks = low.encode("ascii", "strikemap-mark")
    pieces = []
    done = 0
    at = marks.find(0)
    while at >= 0:
        pieces += (low[done:at], fold_char(low[at]))
        done = at + 1
        at = marks.find(0, done)
    pieces.append(low[done:])
    return "".join(pieces)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Lookup key: folded, apostrophes dropped, hyphens and runs of space made one space."""
    key = _APOS_RE.sub("", fold(unicodedata.normalize("NFC", name.strip())))
    key = _SPACE_RE.sub(" ", key).strip()
    return key[4:] if key.startswith("the ") else key
