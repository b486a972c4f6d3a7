"""Sentence spans: offsets into the text, so every figure keeps the exact sentence it came from.

A regular-expression splitter: fast, and good enough for news prose; it knows the common
abbreviations of such text (U.S., Mr., Gen., a.m.) and treats line breaks as boundaries
(headlines, list items, captions).
"""

from __future__ import annotations

import re

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "pres", "gov", "sen",
    "rep", "adm", "cmdr", "prof", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])|\n\s*\n|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] in ".!?" and m.group(0).startswith(".") and _is_abbreviation(
                text, m.start()):
            continue
        end = m.end() if m.group(0)[0] in ".!?" else m.start()
        _push(text, start, end, spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """"U.S." or "Gen." before the dot, or a single initial ("J.")."""
    tail = text[max(0, dot - 12):dot].split()
    if not tail:
        return False
    word = tail[-1].lstrip("(\"'“‘").lower().rstrip(".")
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        start += len(segment) - len(segment.lstrip())
        spans.append((start, start + len(stripped)))
