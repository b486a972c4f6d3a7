"""Sentence spans: offsets into the text, so every figure keeps the exact sentence it came from.

A regular-expression splitter: fast, and good enough for news prose; it knows the common
abbreviations of such text (U.S., Mr., Gen., a.m.) and treats line breaks as boundaries
(headlines, list items, captions).
"""

from __future__ import annotations

import re

try:  # (built by setup.py where a C compiler is: ~0.37 M instructions of a 4 KB report spared)
    from extract import _sentence_scan
except ImportError:  # pragma: no cover - a build without the kernel
    _sentence_scan = None  # type: ignore[assignment]

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "pres", "gov", "sen",
    "rep", "adm", "cmdr", "prof", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft",
    # Ukrainian and Russian: settlement kinds and addresses before a name ("в пос. Прудянка",
    # "смт. Покотилівка", "вул. Сумська"), regions ("Харківської обл.")
    "пос", "пгт", "смт", "сел", "мкр", "мкрн", "вул", "ул", "просп", "пр", "пров", "пер",
    "обл", "ім", "им",
}
# A boundary: end punctuation before a capital or digit, a blank line, or a line break. The
# pattern starts with one character class, so the regex engine skips to candidates in C.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])"
                       r"|(?<=\n)\s*\n|(?<=\n))")
#: `_BOUNDARY` by its first character, each opening with a literal (or, "!" and "?", asked only
#: where the text holds one): `re` skips to a literal in a tight loop, where it tests the class
#: `[.!?\n]` at every character (a 4 KB bench report's scan 19.6 -> 13.3 us). Their matches,
#: in text order, less any that starts inside an earlier one (a "!" after "?"), are
#: `_BOUNDARY`'s: a match that starts inside another's run of marks and quotes ends where it does.
_BOUNDARY_DOT = re.compile(r"\.[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_BOUNDARY_MARK = re.compile(r"[!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_BOUNDARY_BREAK = re.compile(r"\n(?:\s*\n)?")
_START = re.Match.start
#: The kernel finds the boundaries these patterns find (its header says how): an edit to one of
#: them leaves it unused, the regexes splitting, until the kernel is changed to match.
_BY_KERNEL = _sentence_scan is not None and (
    _BOUNDARY_DOT.pattern, _BOUNDARY_MARK.pattern, _BOUNDARY_BREAK.pattern) == (
    r"\.[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])",
    r"[!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])", r"\n(?:\s*\n)?")
#: Longest entry of `_ABBREV`: a word with more letters than this before a dot is no abbreviation.
_LONGEST_ABBREV = max(map(len, _ABBREV))
#: Abbreviated months: a page that wraps its lines after one ("on Oct.\n25 Russian shelling
#: injured two") keeps the date whole, so the sentence stays one and keeps its day.
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                     "dec"})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace, in order: by the
    splitter in C (`extract/_sentence_scan.c`, where setup.py built it), else by the regexes
    (`_spans_by_regex`; tests/test_sentence_scan.py compares both)."""
    if _BY_KERNEL:
        return _sentence_scan.spans(text, _is_abbreviation, _wrapped_date, _LONGEST_ABBREV)
    return _spans_by_regex(text)


def _spans_by_regex(text: str) -> list[tuple[int, int]]:
    """`sentence_spans` by the boundary regexes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        at = m.start()
        first = text[at]
        if first == "." and _is_abbreviation(text, at):
            continue
        if first == "\n" and text[at - 1:at] == "." and _wrapped_date(text, at):
            continue  # "Jan.\n22": a line wrapped inside a date, no boundary
        segment = text[start:at if first == "\n" else m.end()]
        body = segment.lstrip()
        if body:  # inline rather than a call: this runs for every sentence
            begin = start + len(segment) - len(body)
            spans.append((begin, begin + len(body.rstrip())))
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _boundaries(text: str) -> list[re.Match[str]]:
    """`_BOUNDARY.finditer(text)`'s matches: the three patterns' in text order, less a mark's
    that starts inside an earlier match ("!" in "?!"), whose end is that match's (each takes
    the whole run of marks and quotes before a space). A dot's and a line break's never
    overlap (marks and quotes, white space)."""
    found = [*_BOUNDARY_DOT.finditer(text), *_BOUNDARY_BREAK.finditer(text)]
    if "!" in text or "?" in text:
        marks = list(_BOUNDARY_MARK.finditer(text))
        if marks:
            found += marks
            found.sort(key=_START)
            kept = []
            end = 0
            for m in found:
                if m.start() >= end:
                    kept.append(m)
                    end = m.end()
            return kept
    found.sort(key=_START)
    return found


def _is_abbreviation(text: str, dot: int) -> bool:
    """"U.S." or "Gen." before the dot, or a single initial ("J.")."""
    if dot > _LONGEST_ABBREV and text[dot - _LONGEST_ABBREV - 1:dot].isalpha():
        return False  # the usual sentence end: a word too long to be an abbreviation
    tail = text[max(0, dot - 12):dot].split()
    if not tail:
        return False
    word = tail[-1].lstrip("(\"'“‘").lower().rstrip(".")
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _wrapped_date(text: str, newline: int) -> bool:
    """A line break between an abbreviated month and its day ("on Jan.\n22 shelling ...")."""
    if not text[newline + 1:newline + 2].isdigit():
        return False
    words = text[max(0, newline - 6):newline - 1].split()
    return bool(words) and words[-1].istitle() and words[-1].lower() in _MONTHS


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    body = segment.lstrip()
    if body:
        start += len(segment) - len(body)
        spans.append((start, start + len(body.rstrip())))
