"""Twins of regular expressions that the `re` engine can scan for in C.

Why: `re` skips ahead in C only where a pattern opens with a literal or a character class. A
rule that opens with `\\b(?:...)`, a look-behind or an optional qualifier is tried by the
matching engine at every character of the sentence, and most of a sentence's characters can
begin no match at all. The twin of a pattern P is `[K](?<=(?=P).)`, where K holds every
character a match of P can begin with (derived from the parsed pattern, so exact by
construction): `re` jumps from one character of K to the next in C and tries P only there (a
look-ahead at that character, inside a one-character look-behind). The twin matches one
character at p wherever P matches at p and nowhere else, so it answers "does P occur?"
(`search(...) is not None`) and "where do matches of P begin?" (`finditer` starts) exactly as P
does. It is faster where few characters can begin a match or P's own first step is costly
(look-behinds, case-insensitive letters: the Ukrainian national rule 13 -> 4 us a sentence),
slower where many can and P fails at once (re sets up a match at each candidate): `twin` times
both on sample sentences once on a machine (kept in `extract.regex_cache`) and keeps the
faster, `starts` always takes the twin. A pattern whose first characters cannot be listed
(it may match the empty string, opens with `.` or a negated class, a case-insensitive `\\w`),
or that `re` scans for in C already (it opens with a literal or a class), keeps no twin:
`twin` returns it as it is.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import hashlib
import re
import re._compiler as _compiler
import re._constants as _c
import re._parser as _p
import time
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

from extract import regex_cache

#: The characters whose simple lower case is another character than the one whose upper or
#: title case they are (İ, ϴ, ẞ, Ω, K, Å): with a character's upper and title case, every
#: character that `re.IGNORECASE` lower-cases to it (tests/test_scan.py checks this against
#: every code point).
ODD_UPPER = "\u0130\u03f4\u1e9e\u2126\u212a\u212b"

_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
            _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
#: Items that match no character: skipped (a superset of the first characters is still exact).
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


class _Unknown(Exception):
    """The first characters of a pattern cannot be listed."""


def _cased(code: int) -> set[int]:
    """Every character that `re.IGNORECASE` matches where the pattern has `code`: those whose
    simple lower case is code's or one of its extra equivalents (`re._casefix`)."""
    lows = {_sre.unicode_tolower(code)}
    lows |= set(_EXTRA_CASES.get(next(iter(lows)), ()))
    out: set[int] = set()
    for low in lows:
        ch = chr(low)
        for cand in (ch, *ch.upper(), *ch.title(), *ODD_UPPER):
            if _sre.unicode_tolower(ord(cand)) in lows:
                out.add(ord(cand))
    return out


def _first(items: list[tuple[Any, Any]], ci: bool) -> tuple[set[int], set[Any], bool]:
    """(code points, categories, whether the sequence can match the empty string): what the
    parsed sequence `items` can begin a match with. `ci`: matched ignoring case."""
    codes: set[int] = set()
    cats: set[Any] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        nullable = False
        if op is _c.LITERAL:
            codes |= _cased(av) if ci else {av}
        elif op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    codes |= _cased(a) if ci else {a}
                elif o is _c.RANGE and a[1] - a[0] <= 2000:
                    for code in range(a[0], a[1] + 1):
                        codes |= _cased(code) if ci else {code}
                elif o is _c.CATEGORY and not ci and a in _CLASSES:
                    cats.add(a)
                else:
                    raise _Unknown
        elif op is _c.SUBPATTERN:
            _group, add, _delete, sub = av
            more, more_cats, nullable = _first(list(sub), ci or bool(add & re.IGNORECASE))
            codes |= more
            cats |= more_cats
        elif op is _c.ATOMIC_GROUP:
            more, more_cats, nullable = _first(list(av), ci)
            codes |= more
            cats |= more_cats
        elif op is _c.BRANCH:
            for branch in av[1]:
                more, more_cats, empty = _first(list(branch), ci)
                codes |= more
                cats |= more_cats
                nullable = nullable or empty
        elif op in _REPEATS:
            more, more_cats, empty = _first(list(av[2]), ci)
            codes |= more
            cats |= more_cats
            nullable = empty or av[0] == 0
        else:
            raise _Unknown
        if not nullable:
            return codes, cats, False
    return codes, cats, True


def _char_class(codes: set[int], cats: set[Any]) -> str:
    """The body of a character class of these code points (runs as ranges) and categories."""
    parts = []
    run: list[int] = []
    for code in sorted(codes):
        if run and code == run[-1] + 1:
            run.append(code)
            continue
        if run:
            parts.append(_range(run[0], run[-1]))
        run = [code]
    if run:
        parts.append(_range(run[0], run[-1]))
    return "".join(parts) + "".join(sorted(_CLASSES[c] for c in cats))


def _range(lo: int, hi: int) -> str:
    return f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"


def build(regex: re.Pattern[str]) -> re.Pattern[str]:
    """P's twin `[K](?<=(?=P).)` (see the module's doc), or P itself where its first characters
    cannot be listed (or it is verbose: a trailing comment would swallow the twin's end)."""
    flags = regex.flags
    if flags & re.VERBOSE or not isinstance(regex.pattern, str):
        return regex
    try:
        parsed = _p.parse(regex.pattern, flags)
        prefix, _skip, _whole = _compiler._get_literal_prefix(parsed, parsed.state.flags)
        if prefix or _compiler._get_charset_prefix(parsed, parsed.state.flags):
            return regex  # re skips ahead in C already (a twin would lose a literal prefix)
        ci = bool(parsed.state.flags & re.IGNORECASE)
        codes, cats, nullable = _first(list(parsed), ci)
        if nullable or (not codes and not cats):
            return regex
        body = merge_lookbehinds(regex.pattern, flags)
        inner = f"(?i:{body})" if ci else f"(?:{body})"
        return regex_cache.compile(f"[{_char_class(codes, cats)}](?<=(?={inner}).)",
                                   flags & ~re.IGNORECASE)
    except (_Unknown, re.error, RecursionError):
        return regex


#: Sentences of the kind the rules read (written for this purpose), as written and lower-cased:
#: a pattern and its twin are timed on them (`_faster`).
_SAMPLE = [s for text in (
    "Russian forces launched 93 drones and two ballistic missiles at Ukraine overnight, the "
    "Air Force reported on Tuesday, adding that 71 of the drones were shot down or jammed.",
    "A woman was injured when debris fell on a house in the Kharkiv region, the governor "
    "wrote on Telegram, while talks in Geneva went on without a ceasefire deal.",
    "The attack damaged power lines and a school; repair crews restored electricity to "
    "most homes by the evening, officials in the city of Dnipro said.",
    "Вночі росіяни атакували область ударними безпілотниками, внаслідок обстрілу "
    "пошкоджено приватний будинок та автомобіль, загинув чоловік 54 років.",
    "Сили протиповітряної оборони збили 45 дронів над північчю та сходом країни, ще 12 "
    "локаційно втрачені, повідомили у Повітряних силах.",
    "В результате удара по Запорожью пострадали трое человек, среди них ребенок, "
    "повреждены жилые дома и линия электропередачи.")
    for s in (text, text.lower())]


def _faster(regex: re.Pattern[str], built: re.Pattern[str]) -> bool:
    """Whether the twin searches the sample in at most 3/4 of the pattern's time (best of
    three rounds). A twin costs more than the pattern where many characters can begin a
    match and the pattern's own first step is cheap (re sets up a match at each candidate)."""
    def best(rx: re.Pattern[str]) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            for sentence in _SAMPLE:
                rx.search(sentence)
            times.append(time.perf_counter() - start)
        return min(times)

    return best(built) <= 0.75 * best(regex)


#: id of a pattern -> (the pattern, kept so that its id stays its own; the one to search with).
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def twin(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern to search with in its stead: `build(regex)` where that is faster on sample
    sentences, else the pattern itself (either answers alike), chosen once per pattern."""
    hit = _TWINS.get(id(regex))
    if hit is None or hit[0] is not regex:
        hit = _TWINS[id(regex)] = (regex, _chosen(regex))
    return hit[1]


def _chosen(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`twin`'s choice, made once on this machine and kept in the regex table
    (`regex_cache.derived`): later processes skip the parse and the timing (~20 M instructions
    a long phrase) and all search with the same pattern."""
    if not isinstance(regex.pattern, str):
        return regex
    choice = regex_cache.derived("twin", regex.pattern, regex.flags, lambda: _choose(regex),
                                 (tuple, type(None)))
    if choice is None:
        return regex
    try:
        return regex_cache.compile(*choice)
    except (TypeError, ValueError, re.error):  # an entry that is no pattern: chosen afresh
        choice = _choose(regex)
        return regex if choice is None else regex_cache.compile(*choice)


def _choose(regex: re.Pattern[str]) -> tuple[str, int] | None:
    """The twin's pattern and flags where it is faster, else None."""
    built = build(regex)
    return (built.pattern, built.flags) if built is not regex and _faster(regex, built) else None


def opens_with(pattern: str, head: str) -> bool:
    """Whether every match of `pattern` begins with a match of `head` where it begins: parsed,
    its items after any look-behinds (which consume nothing) are those of `head`, then more.
    Kept in the regex table (`regex_cache.derived`, under `head`'s digest): parsing both took
    ~20 M instructions a Ukrainian or Russian phrase, again in each process."""
    kind = "opens with " + hashlib.sha1(head.encode()).hexdigest()
    return regex_cache.derived(kind, pattern, 0, lambda: _opens_with(pattern, head), bool)


def _opens_with(pattern: str, head: str) -> bool:
    items, first = list(_p.parse(pattern)), list(_p.parse(head))
    i = 0
    while i < len(items) and items[i][0] in (_c.ASSERT, _c.ASSERT_NOT) and items[i][1][0] < 0:
        i += 1
    return len(items) > i + len(first) and all(
        repr(a) == repr(b) for a, b in zip(items[i:i + len(first)], first, strict=True))


#: A negative look-behind whose body holds no parenthesis (escapes and classes aside).
_LOOKBEHIND = r"\(\?<!(?:\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^()\\\[])+\)"
#: What a pattern is read as to find runs of such look-behinds: an escape, a character class
#: (a "]" right after "[" or "[^" is a literal), a comment, or two or more look-behinds in a
#: row, not repeated (one look-behind repeated is left alone); other characters are skipped.
_LOOKBEHIND_RUNS = re.compile(
    rf"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?#[^)]*\)|(?P<run>(?:{_LOOKBEHIND}){{2,}})(?![*+?{{])",
    re.S)
_ONE_LOOKBEHIND = re.compile(_LOOKBEHIND, re.S)
#: A look-behind's body -> its width where it is one fixed width, holds no group and opens
#: with a character or a class (else None), parsed once per process: the same bodies recur in
#: dozens of figure phrases. (`re` tries an alternative that opens otherwise, "\\bnot\\s",
#: without first testing the character, which costs more than a look-behind of its own.)
_BODY_WIDTHS: dict[tuple[str, int], int | None] = {}


def _body_width(body: str, flags: int) -> int | None:
    width = _BODY_WIDTHS.get((body, flags), -1)
    if width == -1:
        try:
            parsed = _p.parse(body, flags)
            lo, hi = parsed.getwidth()
            width = lo if lo == hi and parsed.state.groups == 1 and len(parsed) and parsed[0][
                0] in (_c.LITERAL, _c.IN) else None
        except (re.error, RecursionError, OverflowError):
            width = None
        _BODY_WIDTHS[(body, flags)] = width
    return width


def _merged_run(run: str, flags: int) -> str:
    """A run of look-behinds as one per width of body (those of no fixed width kept)."""
    by_width: dict[int, list[str]] = {}
    kept: list[str] = []
    for m in _ONE_LOOKBEHIND.finditer(run):
        body = m.group()[4:-1]
        width = _body_width(body, flags)
        if width is None:
            kept.append(m.group())
        else:
            by_width.setdefault(width, []).append(body)
    for bodies in by_width.values():
        bodies = list(dict.fromkeys(bodies))
        kept.append(f"(?<!{bodies[0]})" if len(bodies) == 1
                    else f"(?<!(?:{'|'.join(bodies)}))")
    return "".join(kept)


def merge_lookbehinds(pattern: str, flags: int = 0) -> str:
    """The pattern with each run of adjacent negative look-behinds of one width made one
    look-behind of their alternation: `(?<!ary\\s)(?<!rch\\s)` -> `(?<!(?:ary|rch)\\s)`.

    Why: `re` enters every look-behind as a match of its own even where its first character
    fails, and a count (`figure_words.N`) runs through 44 of them wherever it is tried; one
    look-behind tries its alternatives' first characters in a loop. The same test: look-behinds
    consume nothing and set no group, so a run of them holds at a position exactly where none
    of their bodies ends there, in any order, and bodies of one fixed width may share one
    look-behind (`re` requires the width). A body of no fixed width or with a group, a
    repeated look-behind and a verbose pattern are left as they are, and so is a pattern that
    ignores case: `re` tries a case-folded alternative without first testing its first
    character, so there one look-behind per body is cheaper (measured on Ukrainian reports)."""
    if (")(?<!" not in pattern or flags & (re.VERBOSE | re.IGNORECASE)
            or re.search(r"\(\?[a-zA-Z]*[ix]", pattern)):
        return pattern
    return _LOOKBEHIND_RUNS.sub(
        lambda m: m.group() if m.group("run") is None else _merged_run(m.group(), flags),
        pattern)


def starts(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern whose matches begin exactly where matches of `pattern` begin, each
    such position once (`finditer`): its twin, else the look-ahead `(?=pattern)`."""
    pattern = merge_lookbehinds(pattern, flags)
    regex = re.compile(pattern, flags)
    built = build(regex)
    return built if built is not regex else re.compile(f"(?=(?:{pattern}))", flags)


def openings(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Literals of which every match of `regex` opens with one (after the zero-width items it
    opens with: look-behinds, `\\b`), or None where the parse cannot tell (a class, an optional
    or repeated piece first, a case-insensitive pattern or group)."""
    if regex.flags & re.IGNORECASE:
        return None

    def heads(items: Any) -> set[str] | None:
        items = list(items)
        i = 0
        while i < len(items) and items[i][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            i += 1
        if i == len(items):
            return None
        op, av = items[i]
        if op is _c.LITERAL:
            text = ""
            while i < len(items) and items[i][0] is _c.LITERAL:
                text += chr(items[i][1])
                i += 1
            return {text}
        if op is _c.SUBPATTERN:
            # (?i:...): its literals match in either case, which str.find would not see
            return None if av[1] & re.IGNORECASE else heads(av[-1])
        if op is _c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                found = heads(branch)
                if found is None:
                    return None
                out |= found
            return out
        return None

    found = heads(_p.parse(regex.pattern, regex.flags))
    if found is None or "" in found:
        return None
    # "ukrain" opens wherever "ukraine" does: the longer would be looked for twice
    return frozenset(h for h in found if not any(o != h and h.startswith(o) for o in found))


def found_at_openings(regex: re.Pattern[str], text: str, heads: frozenset[str]) -> bool:
    """Whether `regex` matches somewhere in `text`, given `openings(regex)`: a match is tried
    only where one of them occurs (`str.find` each, in C), not where a twin's first character
    (any of six letters for `ukrainian_attacker`) sets up its look-behinds."""
    match = regex.match
    for head in heads:
        at = text.find(head)
        while at != -1:
            if match(text, at) is not None:
                return True
            at = text.find(head, at + 1)
    return False

