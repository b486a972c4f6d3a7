"""Name folding shared by the gazetteer and the extractor.

`fold_char` maps one character to one character, so folded text keeps the offsets of the
original; `name_key` is the looser key used for dictionary lookups.
"""

from __future__ import annotations

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


def fold(text: str) -> str:
    """Fold a text character by character (same length as the input)."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters
        return "".join(map(fold_char, text))
    if low.isascii() and "`" not in low:
        return low
    return _SPECIAL.sub(lambda m: fold_char(m.group()), low)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Lookup key: folded, apostrophes dropped, hyphens and runs of space made one space."""
    key = _APOS_RE.sub("", fold(unicodedata.normalize("NFC", name.strip())))
    key = _SPACE_RE.sub(" ", key).strip()
    return key[4:] if key.startswith("the ") else key
