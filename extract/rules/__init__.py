"""Extraction rules as data: named patterns with a purpose and examples, and their gates.

A rule family is a module of this package (`strike_words`, `not_strike`, `figure_phrases`,
`place_contexts`, `words`); each rule is a `Rule` record, the way Duckling keeps a rule's name,
pattern and corpus together. `tests/test_rules.py` runs every rule's examples.

Why gates are derived, never written: the cheap check that decides whether a rule runs at all
(a substring test, or one Aho-Corasick pass over the article) used to be a hand-copied word
list beside each regex, and the copies drifted from the regexes ("targeted" in the strike
pattern, not in its gate). `Rule.gate` is computed from the pattern itself: a set of lower-case
literals of which every match must contain one (the prefilter idea of RE2 and of trigram
indexes), so a gate can be too wide but never too narrow.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick

from extract import regex_cache
from extract.compiled import PACKAGE
from extract.scan import merge_lookbehinds, twin
from geo.cache import cached_build, pin

__all__ = [
    "Rule", "blank_matches", "holds_any", "lower_pattern", "prime_gates", "required_literals",
    "word_trie",
]

#: This package's folder. Not `Path(__file__).parent`: compiled by mypyc (setup.py), the
#: package's `__file__` and `__path__` are made from the place of the group's shared library
#: (extract/), and name a folder extract/extract/rules that does not exist
_HERE = PACKAGE / "rules"
__path__ = [str(_HERE)]  # (its rule modules are imported from here)


#: Patterns at least this long have their lower case kept in the regex table
#: (`regex_cache.derived`): the figure phrases, ~1 M instructions each to lower-case, which
#: every process did again. Shorter ones cost less than an entry.
LOWER_KEPT = 256


def lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes (\\S) and (?P<name>) alone: matching
    lower-cased text with a case-sensitive pattern is about five times faster than re.I, and
    lower() keeps offsets (checked where it is called)."""
    if len(pattern) < LOWER_KEPT:
        return _lowered(pattern)
    return regex_cache.derived("lower", pattern, 0, lambda: _lowered(pattern), str)


def _lowered(pattern: str) -> str:
    return re.sub(r"\\.|\(\?P[<=>]|[A-Z]",
                  lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), pattern)


@dataclass(frozen=True)
class Rule:
    """One named pattern: what it is for, what it must match and what it must not.

    `lower`: the rule runs on lower-cased text (compiled from `lower_pattern(pattern)`, without
    re.IGNORECASE); else it runs on the text as written, with `flags`. Either way `gate` holds
    lower-case literals, one of which is in the lower-cased text wherever the rule can match
    (None: no literal is required, the rule cannot be gated). `use`: how the code applies it
    (`search`, `match` at a position, `fullmatch` of a span), and so how examples are tried."""

    name: str
    purpose: str
    pattern: str
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()
    lower: bool = True
    flags: int = 0
    examples_lower: bool = field(default=True, repr=False)  # examples are lower-cased first
    use: str = "search"
    #: (pattern, n): the rule can only match where `pattern` (lower-case, one match per
    #: position) is found at least n times, e.g. a roundup's d-th place needs d "next place"
    #: separators; one cheap count per sentence then skips the rules beyond it.
    prescan: tuple[str, int] | None = None
    # `regex`, `prescan_regex` and `gate` once made: plain fields set once, not
    # `cached_property`, so that mypyc can compile the class (setup.py): the engines' calls of
    # `search` and `armed_by`, thousands a report, are then native calls
    _regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _prescan_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _gate: frozenset[str] | None = field(init=False, repr=False, compare=False)
    _gated: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (here, not as the fields' defaults: `__init__` leaves a field it does not take to
        # the class's default, which a class compiled by mypyc does not have)
        object.__setattr__(self, "_regex", None)
        object.__setattr__(self, "_prescan_regex", None)
        object.__setattr__(self, "_gate", None)
        object.__setattr__(self, "_gated", False)

    @property
    def regex(self) -> re.Pattern[str]:
        regex = self._regex
        if regex is None:
            regex = self._compile()
            object.__setattr__(self, "_regex", regex)
        return regex

    def _compile(self) -> re.Pattern[str]:
        # The compiled program kept on disk (`extract.regex_cache`): the English figure phrases
        # cost a process 0.11 s to compile at its first report, 0.015 s read from there. So is
        # the source it is compiled from: lower-cased, with runs of look-behinds merged
        # (`scan.merge_lookbehinds`: the same test), which parses the pattern in Python.
        flags = self.flags & ~re.IGNORECASE if self.lower else self.flags
        return regex_cache.compile(regex_cache.derived(
            "rule lower" if self.lower else "rule", self.pattern, self.flags, self._source, str),
            flags)

    def _source(self) -> str:
        if self.lower:
            return merge_lookbehinds(_lowered(self.pattern), self.flags & ~re.IGNORECASE)
        return merge_lookbehinds(self.pattern, self.flags)

    @property
    def prescan_regex(self) -> re.Pattern[str] | None:
        """`prescan`'s pattern compiled for lower-cased text (None when the rule has none)."""
        if self.prescan is None:
            return None
        regex = self._prescan_regex
        if regex is None:
            regex = re.compile(lower_pattern(self.prescan[0]))
            object.__setattr__(self, "_prescan_regex", regex)
        return regex

    @property
    def gate(self) -> frozenset[str] | None:
        if not self._gated:
            self.set_gate(required_literals(lower_pattern(self.pattern),
                                            self.flags & ~re.IGNORECASE))
        return self._gate

    def set_gate(self, gate: frozenset[str] | None) -> None:
        """Give the rule its gate, as derived before (`prime_gates`' disk cache)."""
        object.__setattr__(self, "_gate", gate)
        object.__setattr__(self, "_gated", True)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)

    def check(self, example: str) -> bool:
        """Whether the rule accepts an example, applied as the code applies it."""
        if self.lower and self.examples_lower:
            example = example.lower()
        return getattr(self.regex, self.use)(example) is not None

    def armed_by(self, low: str) -> bool:
        """Whether the lower-cased `low` holds one of the gate's literals: a substring test each
        for a few, one Aho-Corasick pass for more (`gate_finder`)."""
        gate = self.gate
        if gate is None:
            return True
        if len(gate) < _FINDER_MIN:
            return holds_any(low, gate)
        return next(gate_finder(gate).iter(low), None) is not None


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """Whether `text` holds one of the literals: a loop that mypyc compiles to a substring test
    each (`any(map(text.__contains__, literals))` made a bound method and a call per literal,
    ~7 k instructions a gate of three against a 100-character sentence, compiled)."""
    for literal in literals:  # noqa: SIM110 (a generator is a call a literal again)
        if literal in text:
            return True
    return False


#: From this many literals a gate is looked for in one Aho-Corasick pass over the text, not
#: literal by literal: a Ukrainian sentence took 5 us against the hundred case forms of the
#: number words (`count_word_uk`), 0.3 us in one pass. Below it the substring tests are faster.
_FINDER_MIN = 8
_FINDERS: dict[frozenset[str], ahocorasick.Automaton] = {}


def gate_finder(gate: frozenset[str]) -> ahocorasick.Automaton:
    """An automaton of the gate's literals (made once per gate): its `iter` yields a hit
    wherever one of them occurs, so its first hit tells whether any does."""
    finder = _FINDERS.get(gate)
    if finder is None:
        finder = ahocorasick.Automaton()
        for literal in gate:
            finder.add_word(literal, literal)
        finder.make_automaton()
        _FINDERS[gate] = finder
    return finder


def at_start(rule: Rule, need: str) -> Rule:
    """`rule` tried once per sentence, from its start, and only where `need` occurs: a rule
    that a common verb arms but that rarely matches (ages, "з них") then costs one scan of a
    sentence without `need`, not a search for its verb (Ukrainian and Russian reports' speed)."""
    return replace(rule, pattern=rf"^(?=[\s\S]*?{need})[\s\S]*?(?:{rule.pattern})")


def word_trie(words: Iterable[str]) -> str:
    """A pattern for exactly these literal words, factored by their shared beginnings
    ("жінк(?:а|и|у)"), so the regex engine tests a position against a few first letters, not
    against every word in turn: for a prescan over a long word list. Where several words match
    at one position the engine may take another than the plain alternation would; whether one
    matches does not change."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


# --- Gates: literals every match must contain ------------------------------------------------

def prime_gates(name: str, rules: Iterable[Rule]) -> None:
    """Fill the rules' gates from the disk cache: deriving them parses each pattern again, which
    for the long figure phrases costs a tenth of a second at every start. The cache is keyed by
    the rule modules and the pieces they are built from, so editing a rule rebuilds it."""
    rules = list(rules)
    sources = pin(*sorted(_HERE.glob("*.py")), _HERE.parent / "numbers.py",
                  _HERE.parent / "dates.py")

    def build() -> dict[str, frozenset[str] | None]:
        return {rule.name: rule.gate for rule in rules}

    gates = cached_build(f"gates-{name}", sources, build, dict)
    for rule in rules:
        if rule.name in gates:
            rule.set_gate(gates[rule.name])  # what `gate` would derive


#: Largest set of alternative strings tracked exactly; beyond it a piece stands for itself.
_MAX_EXACT = 256

_Info = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact strings, required literals)
_ANY: _Info = (None, None)
_EMPTY: _Info = (frozenset({""}), None)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literals of which every match of `pattern` contains at least one, or None if the pattern
    can match without any (then it cannot be gated). Sound by construction: a literal is only
    taken from text the pattern consumes as written; anything it cannot follow (classes,
    back-references, optional or repeated pieces) counts as "any text"."""
    _exact, required = _sequence(_p.parse(pattern, flags))
    return None if required is None else minimal_literals(required)


def minimal_literals(literals: Iterable[str]) -> frozenset[str]:
    """Drop literals that contain a shorter one of the set: the shorter fires wherever they do."""
    out: list[str] = []
    for lit in sorted(set(literals), key=len):
        if not any(o in lit for o in out):
            out.append(lit)
    return frozenset(out)


def _required_of(exact: frozenset[str]) -> frozenset[str] | None:
    return None if "" in exact else exact


#: Words in nearly every sentence: a gate of them would let nearly every sentence through.
_COMMON = frozenset({"a", "an", "and", "the", "of", "in", "on", "at", "to", "or", "as", "by", "is",
                     "was", "were", "be", "been", "have", "has", "had", "that", "this", "with",
                     "for", "from", "it", "its", "them", "these", "those", "all", "over", "s"})


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two required sets: no common word, a longer shortest literal,
    then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a

    def key(s: frozenset[str]) -> tuple[bool, int, int]:
        return (not any(w.strip() in _COMMON for w in s), min(map(len, s)), -len(s))

    return a if key(a) >= key(b) else b


def _sequence(items: _p.SubPattern | list) -> _Info:
    run: frozenset[str] = frozenset({""})
    best: frozenset[str] | None = None
    closed = False
    for op, av in items:
        exact, required = item_literals(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
            run = frozenset(a + b for a in run for b in exact)
            continue
        closed = True
        best = _better(best, _required_of(run))
        if exact is not None:
            run = exact
        else:
            best = _better(best, required)
            run = frozenset({""})
    if not closed:
        return run, _required_of(run)
    return None, _better(best, _required_of(run))


def item_literals(op: object, av: Any) -> _Info:
    """(the exact strings, the required literals) of one parsed item of a pattern (`re._parser`
    op and argument), as `required_literals` derives them: None where it cannot tell."""
    if op is _c.LITERAL:
        return frozenset({chr(av)}), frozenset({chr(av)})
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        if len(chars) == len(av) and len(chars) <= 4:
            chosen = frozenset(chars)
            return chosen, chosen
        return _ANY
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY  # zero-width: consumes nothing, requires nothing here
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.BRANCH:
        infos = [_sequence(b) for b in av[1]]
        exacts = [e for e, _r in infos]
        exact: frozenset[str] | None = None
        if all(e is not None for e in exacts) and sum(map(len, exacts)) <= _MAX_EXACT:  # type: ignore[arg-type]
            exact = frozenset().union(*exacts)  # type: ignore[arg-type]
        requireds = [r for _e, r in infos]
        if any(r is None for r in requireds):
            return exact, None
        return exact, frozenset().union(*requireds)  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, required = _sequence(body)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return _ANY
        if exact is not None and low == high and len(exact) ** low <= _MAX_EXACT:
            product = frozenset({""})
            for _ in range(low):
                product = frozenset(a + b for a in product for b in exact)
            return product, _required_of(product)
        return None, required
    return _ANY  # NOT_LITERAL, ANY, CATEGORY, GROUPREF, GROUPREF_EXISTS: any character(s)


# --- Blanking matches one alternative at a time ---------------------------------------------

#: A pattern read as tokens to find its top-level alternatives: an escape, a character class
#: (a "]" right after "[" or "[^" is a literal), a comment, a parenthesis, a bar, other text.
_ALTERNATIVE_TOKENS = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?#[^)]*\)|[()|]|[^\\\[()|]+", re.S)
#: What ties alternatives together, so that none stands alone: a back-reference, a
#: conditional, global inline flags.
_TIED = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def _tokens_with_depth(pattern: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each token of `pattern` (`_ALTERNATIVE_TOKENS`) with the depth of parentheses it
    leaves: 0 after a top-level bar or after the closing of a top-level group."""
    depth = 0
    for m in _ALTERNATIVE_TOKENS.finditer(pattern):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        yield m, depth


def split_alternatives(pattern: str, flags: int = 0) -> list[str] | None:
    """The top-level alternatives of `pattern` as written ("a|b(?:c|d)" -> "a", "b(?:c|d)"),
    each a pattern of its own; None where it has only one, where they are tied together
    (`_TIED`), or in a verbose pattern."""
    if flags & re.VERBOSE or _TIED.search(pattern):
        return None
    out: list[str] = []
    start = 0
    for m, depth in _tokens_with_depth(pattern):
        if m.group() == "|" and depth == 0:
            out.append(pattern[start:m.start()])
            start = m.end()
    out.append(pattern[start:])
    if len(out) < 2 or "|".join(out) != pattern:
        return None
    try:  # the parsed whole: exactly these branches
        parsed = _p.parse(pattern, flags)
        if not (len(parsed) == 1 and parsed[0][0] is _c.BRANCH
                and len(parsed[0][1][1]) == len(out)):
            return None
        for alternative in out:
            re.compile(alternative, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    return out


def split_wrapped_alternatives(pattern: str, flags: int = 0) -> list[str] | None:
    """`split_alternatives` of the pattern, or of the alternatives inside the one
    non-capturing group that is the whole pattern ("(?:a|b)" -> "a", "b"; not "(?:a|b)c",
    "(a|b)" or "(?i:a|b)"): a match of the group is a match of one of them, and unwrapping
    it numbers no group otherwise."""
    parts = split_alternatives(pattern, flags)
    if parts is not None or not (pattern.startswith("(?:") and pattern.endswith(")")):
        return parts
    for m, depth in _tokens_with_depth(pattern):
        if m.group() == ")" and depth == 0:  # the first group closes: at the end, or no wrapper
            return split_alternatives(pattern[3:-1], flags) if m.end() == len(pattern) else None
    return None


#: A word boundary before a group of alternatives, written to open an alternative.
_BOUNDARY_GROUP = "\\b(?:"


def split_rule_parts(pattern: str, flags: int = 0) -> list[str] | None:
    """A pattern as patterns of its own, one of which matches wherever the pattern does and
    each only where it does: its alternatives (`split_wrapped_alternatives`), and the
    alternatives of each that is written as one group after a word boundary,
    "\\b(?:a|b)" and "\\b(?:a|b)\\b", with the boundaries taken into each ("\\b(?:a)\\b",
    "\\b(?:b)\\b"; `\\b` is zero-width, so it tests the same text before and after either).
    None where it is one alternative only."""
    top = split_wrapped_alternatives(pattern, flags) or [pattern]
    out: list[str] = []
    for part in top:
        inner = None
        if part.startswith(_BOUNDARY_GROUP):
            tail = "\\b" if part.endswith(")\\b") else ""
            inner = split_wrapped_alternatives(part[2:len(part) - len(tail)], flags)
        if inner:
            out.extend(f"\\b(?:{alternative}){tail}" for alternative in inner)
        else:
            out.append(part)
    if len(out) < 2:
        return None
    for part in out:
        try:
            re.compile(part, flags)
        except (re.error, RecursionError, OverflowError):
            return None
    return out


def required_literal_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of literals such that every match of `pattern` holds one literal of each set: the
    runs of literal text and the gated pieces of its top-level sequence (and of the groups in
    it), each derived as `required_literals` derives its one set, which is the most selective
    of these. A text that lacks every literal of any one set has no match."""
    sets: list[frozenset[str]] = []

    def walk(items: _p.SubPattern | list) -> None:
        run: frozenset[str] = frozenset({""})
        for op, av in items:
            exact, required = item_literals(op, av)
            if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
                run = frozenset(a + b for a in run for b in exact)
                continue
            if "" not in run:
                sets.append(run)
            if exact is not None:
                run = exact
                continue
            if required is not None:
                sets.append(required)
            if op is _c.SUBPATTERN:
                walk(av[-1])
            elif op is _c.ATOMIC_GROUP:
                walk(av)
            run = frozenset({""})
        if "" not in run:
            sets.append(run)

    try:
        walk(_p.parse(pattern, flags))
    except (re.error, RecursionError, OverflowError):
        return ()
    out: list[frozenset[str]] = []
    for literals in map(minimal_literals, sets):
        if literals not in out:
            out.append(literals)
    return tuple(out)


#: One alternative of a pattern: itself, what to search with in its stead (`scan.twin`), and
#: the sets of literals each of its matches holds one of each (`required_literal_sets`; empty:
#: none known).
_Alternative = tuple[re.Pattern[str], re.Pattern[str], tuple[frozenset[str], ...]]
#: id of a pattern -> (the pattern, its alternatives or None where it is not split)
_ALTERNATIVES: dict[int, tuple[re.Pattern[str], tuple[_Alternative, ...] | None]] = {}


def _alternatives(regex: re.Pattern[str]) -> tuple[_Alternative, ...] | None:
    """A pattern's alternatives (`split_wrapped_alternatives`), made once per pattern; None
    for a case-insensitive one (its literals would be no gate of the text as it is)."""
    hit = _ALTERNATIVES.get(id(regex))
    if hit is None or hit[0] is not regex:
        parts = (None if regex.flags & re.IGNORECASE
                 else split_wrapped_alternatives(regex.pattern, regex.flags))
        built: tuple[_Alternative, ...] | None = None
        if parts is not None:
            compiled = [re.compile(part, regex.flags) for part in parts]
            built = tuple((alt, twin(alt), required_literal_sets(alt.pattern, alt.flags))
                          for alt in compiled)
        hit = _ALTERNATIVES[id(regex)] = (regex, built)
    return hit[1]


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _first_match(alt: re.Pattern[str], finder: re.Pattern[str], text: str,
                 pos: int) -> re.Match[str] | None:
    """The leftmost match of `alt` from `pos`, found by its twin `finder` (where it begins)."""
    m = finder.search(text, pos)
    if m is not None and finder is not alt:
        m = alt.match(text, m.start())
    return m


def blank_matches(regex: re.Pattern[str], text: str) -> str:
    """`text` with every match of `regex` blanked (spaces of its length, offsets kept): what
    `regex.sub(lambda m: " " * len(m.group()), text)` gives. A pattern of alternatives is
    searched one alternative at a time, each only where the text holds one literal of each of
    its literal sets (`required_literal_sets`; "(?:a|b)", one group wrapping them, is split too):
    `re` tries all of a pattern's alternatives at every character where they share no first
    character (figure_contexts.ASIDE: ~280 k instructions a 220-character sentence, its
    alternatives that need "aged" or a dash tried at each one). The match at the leftmost
    start, of the first alternative there, is the one the whole pattern finds; a match that
    is empty is left to `sub`, whose rule for those this does not repeat."""
    alts = _alternatives(regex)
    if alts is None:
        return regex.sub(_spaces, text)
    live = [(alt, finder) for alt, finder, gates in alts
            if all(holds_any(text, gate) for gate in gates)]
    found = [_first_match(alt, finder, text, 0) for alt, finder in live]
    parts: list[str] = []
    pos = 0
    while True:
        best: re.Match[str] | None = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:  # inside the last match: look on after it
                m = found[i] = _first_match(live[i][0], live[i][1], text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            break
        start, end = best.span()
        if start == end:
            return regex.sub(_spaces, text)
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# --- Examples: one sample per alternative ---------------------------------------------------

def alternative_samples(pattern: str, flags: int = 0, limit: int = 400) -> list[str]:
    """Short strings built along each alternative of the pattern (each branch taken once,
    repeats at their minimum), for the test that every alternative switches the gate on.
    Lookarounds are skipped, so a sample may not match; the test keeps those that do."""
    out: list[str] = []

    def walk(items: list, prefix: list[str]) -> list[list[str]]:
        paths = [prefix]
        for op, av in items:
            paths = [q for path in paths for q in step(op, av, path)][:limit]
        return paths

    def step(op: object, av: Any, path: list[str]) -> list[list[str]]:
        if op is _c.LITERAL:
            return [[*path, chr(av)]]
        if op is _c.IN:
            return [[*path, _class_char(av)]]
        if op is _c.CATEGORY:
            return [[*path, _category_char(av)]]
        if op in (_c.ANY, _c.NOT_LITERAL):
            return [[*path, "x"]]
        if op is _c.SUBPATTERN:
            return walk(list(av[-1]), path)
        if op is _c.ATOMIC_GROUP:
            return walk(list(av), path)
        if op is _c.BRANCH:
            return [q for b in av[1] for q in walk(list(b), path)]
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = av
            paths = [path]
            for _ in range(max(low, 1) if low else 0):
                paths = [q for p in paths for q in walk(list(body), p)][:limit]
            return paths
        return [path]  # AT, ASSERT, ASSERT_NOT, GROUPREF: nothing consumed

    for path in walk(list(_p.parse(pattern, flags)), []):
        out.append("".join(path))
    return out


def _class_char(items: list) -> str:
    for op, av in items:
        if op is _c.NEGATE:
            return "x" if all(not (o is _c.LITERAL and v == ord("x")) for o, v in items) else "y"
        if op is _c.LITERAL:
            return chr(av)
        if op is _c.RANGE:
            return chr(av[0])
        if op is _c.CATEGORY:
            return _category_char(av)
    return "x"


def _category_char(cat: object) -> str:
    if cat is _c.CATEGORY_DIGIT:
        return "1"
    if cat is _c.CATEGORY_SPACE:
        return " "
    if cat in (_c.CATEGORY_NOT_WORD, _c.CATEGORY_NOT_SPACE):
        return "-" if cat is _c.CATEGORY_NOT_WORD else "x"
    return "a"
