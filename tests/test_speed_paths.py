"""The extraction's fast paths answer as the plain computation they stand for, on random and
real-shaped text: they were made for speed alone (a report's output stays byte-identical)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from bisect import bisect_left, bisect_right
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract.rules as rules_pkg
from extract import events, places, scan
from extract.places import default_matcher
from extract.rules import Rule
from extract.rules import not_strike as ns
from extract.rules import place_contexts as contexts
from extract.sentences import sentence_spans
from geo import names as geo_names

_REPORT = (
    "Russian drones struck Kharkiv overnight, the governor said. Two people were killed and "
    "five injured in Krematorsk, where a school was damaged.\n\n"
    "Air defence shot down 45 of 60 drones over the Dnipropetrovsk region, the Air Force said; "
    "the talks in Geneva went on.\nУночі ворог атакував Харківщину ударними безпілотниками.")


def _armed_plainly(low: str, starts: list[int]) -> dict[int, set[str]]:
    """Every cue hit's names, added to the sentence its last character falls in."""
    out: dict[int, set[str]] = {}
    for end, names in events._CUES.iter(low):
        out.setdefault(bisect_right(starts, end) - 1, set()).update(names)
    return out


def test_cues_of_each_sentence_as_plainly_gathered() -> None:
    low = _REPORT.lower()
    starts = [a for a, _b in sentence_spans(_REPORT)]
    assert events._armed(low, starts) == _armed_plainly(low, starts)
    assert events._armed(low, starts)  # the report arms gates (the test would be empty else)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["drones ", "killed ", "shot down ", "talks ", ". ", "\n",
                                 "Kharkiv ", "x", "  ", "injured", "overnight"]), max_size=40),
       st.lists(st.integers(min_value=0, max_value=300), max_size=8))
def test_cues_of_random_text_and_sentence_starts(words: list[str], cuts: list[int]) -> None:
    low = "".join(words)
    starts = sorted({c for c in cuts if c <= len(low)})
    assert events._armed(low, starts) == _armed_plainly(low, starts)


def test_near_misses_found_again_once_the_other_words_are_known() -> None:
    """A report with a misspelt town: its capitalised words are judged (names, near misses)
    at the first reading; the next reading, every word known, finds the same mentions."""
    matcher = default_matcher()
    text = ("Drones hit Krematorsk overnight, Governor Vadym Filashkin said. Later, Dnipro "
            "and Krematorsk were hit again, Filashkin added.")
    first = matcher.find(text)
    assert {"filashkin", "krematorsk"} <= matcher._first_kinds.keys()
    assert "krematorsk" in matcher._near_firsts and "filashkin" not in matcher._near_firsts
    assert matcher.find(text) == first
    assert [text[f.start:f.end] for f in first if f.match == "fuzzy"] == ["Krematorsk"] * 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Krematorsk", "Krematorsk's", "Kyiv", "Kyiv’s", "Ivano-", "Frankivsk", "Ivano-Frankivsk",
    "Krematorsk-Kyiv", "KREMATORSK", "KRematorsk", "Zaporizhzha", "Kharkiw", "Poltawa", "_",
    "`", "´", "‘", "'", "’", "-", " ", ", ", "x", "2", "Крематорськ", "Харкiв", "Kharkiwé",
    "Σ", "İ", "Drones", "Filashkin", "Dnipro", "ʼ"]), max_size=30))
def test_near_words_from_the_capitalised_words_are_those_of_every_token(
        parts: list[str]) -> None:
    """The near misses' words as `_TOKEN.findall` gives them, before and after the report's
    words are known to the matcher."""
    matcher = default_matcher()
    text = "".join(parts)
    folded = geo_names.fold(text)
    plain = {w for w in set(places._TOKEN.findall(text)) if matcher._near_place(w) is not None}
    for _ in range(2):
        assert matcher._near_words(text, matcher._words(text, folded)) == plain
    assert places._TOKENS_BY_WORDS  # (the fast path is the one tested)


def test_lines_reuse_the_layouts_line_breaks() -> None:
    matcher = default_matcher()
    text = "Strikes on Izium and Balakliia.\nIn Kupiansk, a shop burned.\n\nLozova too."
    found = matcher.find(text)
    layout = places._Layout.of(text, found, [])
    assert layout is not None
    plain, shared = places._Lines(text, found), places._Lines.of(text, found, layout)
    assert (plain.breaks, plain.counts) == (shared.breaks, shared.counts)
    assert places._Lines.of(text, found, None).breaks == plain.breaks


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Krematorsk", "Kam'yanske", "Ivano-Frankivsk", "Kyiv", " ",
                                 "-", "'", "’", "`", "_", "x", "Krem", "KREMATORSK", ", ",
                                 "Krematorsk-Kyiv", "Харкiв", "Крематорськ"]), max_size=30))
def test_a_words_token_matches_are_those_finditer_gives(parts: list[str]) -> None:
    text = "".join(parts)
    every = list(places._TOKEN.finditer(text))
    for word in {m.group() for m in every} | {"Krematorsk", "Kyiv"}:
        assert [m.span() for m in places._token_matches(text, word)] == [
            m.span() for m in every if m.group() == word]


def _rules_of_big_gates() -> list[Rule]:
    out = []
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        module = importlib.import_module(f"extract.rules.{info.name}")
        out += [v for v in vars(module).values() if isinstance(v, Rule)
                and v.gate is not None and len(v.gate) >= 8]
    return out


_BIG = _rules_of_big_gates()


def test_big_gates_are_armed_as_by_their_literals_on_their_examples() -> None:
    assert any(len(r.gate or ()) >= 100 for r in _BIG)  # the Ukrainian number words among them
    for rule in _BIG:
        for example in (*rule.matches, *rule.rejects):
            low = example.lower()
            assert rule.armed_by(low) == any(lit in low for lit in rule.gate or ()), rule.name


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_big_gates_are_armed_as_by_their_literals_on_random_text(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(_BIG))
    pieces = sorted(rule.gate or ())
    parts = data.draw(st.lists(st.one_of(
        st.sampled_from(pieces).map(lambda w: w[:max(1, len(w) - 1)] if len(w) > 1 else w),
        st.sampled_from(pieces), st.text(alphabet="абвгґдеєжзиіїйк abcdefgh'’ .", max_size=6)),
        max_size=12))
    low = "".join(parts)
    assert rule.armed_by(low) == any(lit in low for lit in rule.gate or ())


_TOLD_AGAIN = (
    "Russian drones kill two in Kharkiv as talks stall\n\n"
    "  1. HOME\n  2. Russian drones kill two in Kharkiv as talks stall\n\n"
    "Russian drones kill two in Kharkiv as talks stall\n\n"
    "Russia launched 93 drones overnight, the Air Force said, and 71 were shot down. Two people "
    "were killed and five injured in Kharkiv, the governor said. On Tuesday a missile hit "
    "Odesa.\n\nRussia launched 93 drones overnight, the Air Force said, and 71 were shot down.")


@pytest.mark.source
def test_a_sentence_told_again_is_read_as_the_first_time(monkeypatch) -> None:
    """A headline told three times and a figure sentence told twice (read once a report, their
    figures moved to where they stand): the same extraction as reading every copy anew."""
    from extract.pipeline import extract_text

    calls: list[str] = []
    read = events._Sentence.read

    def counted(low: str, *args: object, **kwargs: bool) -> events._Sentence:
        calls.append(low)
        return read(low, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(events._Sentence, "read", staticmethod(counted))
    once = extract_text(_TOLD_AGAIN, published="2025-12-02").to_dict()
    read_once = len(calls)
    read_then, figures_then = events._read_once, events._figures_once

    def anew_read(report: events._Report, *args: object):  # type: ignore[no-untyped-def]
        report.read_before.clear()
        return read_then(report, *args)  # type: ignore[arg-type]

    def anew_figures(report: events._Report, *args: object):  # type: ignore[no-untyped-def]
        report.figures_before.clear()
        return figures_then(report, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(events, "_read_once", anew_read)
    monkeypatch.setattr(events, "_figures_once", anew_figures)
    calls.clear()
    assert extract_text(_TOLD_AGAIN, published="2025-12-02").to_dict() == once
    assert read_once < len(calls)  # the copies were read once
    assert once["events"] and any(e["drones"] == 93 for e in once["events"])


#: `place_contexts.REGION_NOUN_AFTER` as first written: each listed word a plain `[\w'’-]*`.
_REGION_NOUN_PLAIN = re.compile(
    r"(?:\s*(?:,|і|и|й|та)\s*[А-ЯЁІЇЄҐ][\w'’-]*)*\s+(?:област[іиьейяхю]\w*|обл\.|"
    r"кра[йяюе]\b|краєм|краем|краї|республик\w*|мор[еяію]\b|морей|моря|морем)", re.I)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["и", "і", "й", "та", "ТА", "И", "т", "а", "Б", "б", "Дн",
                                 " ", ",", ".", "-", "’", "\n", "x", "5", "ь", "обл",
                                 "области", "краї", "море", "Республік"]), max_size=14))
def test_region_noun_after_matches_where_the_plain_pattern_does(parts: list[str]) -> None:
    """The listed words read whole (or with their "и" before a space as the list's "and")
    match at the same places as every split of them tried."""
    text = "".join(parts)
    rule = contexts.REGION_NOUN_AFTER.regex
    for at in range(len(text) + 1):
        assert (rule.match(text, at) is None) == (_REGION_NOUN_PLAIN.match(text, at) is None)


def test_region_noun_after_a_long_list_of_villages_is_quick() -> None:
    villages = ", ".join(["Миколаївка", "Дніпровське", "Софіївка", "Михайлівка", "Зміївка"] * 6)
    assert contexts.REGION_NOUN_AFTER.regex.match(", " + villages + ", Тягин") is None
    assert contexts.REGION_NOUN_AFTER.regex.match(", " + villages + " та Херсонській областях")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["й", "ї", "ё", "Й", "Ї", "’", "ʼ", "`", "'", "і", "є", "ґ", "ў", "á", "é",
                     "и", "е", "ы", "Київ", "обстріл", " ", "\n", "—", "«", "»", "№", "\xa0",
                     "İ", "ß", "ǅ", "x", "5"]),
    st.characters()), max_size=40))
def test_fold_of_a_cyrillic_text_is_the_character_by_character_folding(parts: list[str]) -> None:
    """`fold`'s Cyrillic path (the few characters to fold replaced throughout) gives what
    folding every character does."""
    text = "Сили оборони збили дрони над областю. " + "".join(parts)
    low = text.lower()
    plain = ("".join(map(geo_names.fold_char, text)) if len(low) != len(text)
             else low.replace("`", "'").translate(geo_names._FOLD_TABLE))
    assert geo_names.fold(text) == plain
    assert geo_names.fold(text, low) == plain


def _not_evidence_texts() -> list[tuple[str, str]]:
    from extract.rules.rulesets import RULESETS

    return [(lang, example.lower()) for lang, rules in sorted(RULESETS.items())
            for example in (*rules.not_evidence.matches, *rules.not_evidence.rejects)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_not_evidence_texts()), min_size=1, max_size=3),
       st.sampled_from([" ", ", ", ". ", " and ", " та "]))
def test_evidence_blanks_what_the_plain_substitution_does(parts: list[tuple[str, str]],
                                                         glue: str) -> None:
    """`_evidence` looks for a match (the rule's twin, or the English rule's parts the text's
    cues arm) before substituting: the same text. The cues are the automaton's, as the
    extraction gives them (a hand-made set of the rule's name would arm none of its parts)."""
    from extract.rules.rulesets import RULESETS

    rules = RULESETS[parts[0][0]]
    low = glue.join(text for _lang, text in parts)
    plain = rules.not_evidence.regex.sub(lambda m: " " * len(m.group()), low)
    assert events._evidence(low, _cues_of(low), rules) == plain


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["drones ", "killed ", "shot down ", "talks ", ". ", "\n",
                                 "kharkiv ", "x", "  ", "injured", "overnight", "— ", "’s ",
                                 "“", "é", "monday ", "may ", "yesterday", "uav", "kh-", "ї"]),
                max_size=40),
       st.lists(st.integers(min_value=0, max_value=300), max_size=8))
def test_cues_of_text_without_cyrillic_as_by_the_whole_automaton(words: list[str],
                                                                  cuts: list[int]) -> None:
    """A text without a letter of U+0400..U+04FF is scanned with the smaller Latin automaton:
    the same cues as the automaton of every anchor gives ("ї" picks the whole one)."""
    low = "".join(words)
    starts = sorted({c for c in cuts if c <= len(low)})
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in low)
    assert (events._cue_automaton(low) is events._CUES) == cyrillic
    assert events._armed(low, starts) == _armed_plainly(low, starts)


def test_a_character_is_cyrillic_where_its_lower_case_holds_one() -> None:
    """`events._cue_automaton` chooses by the bytes of the text as written where it is given
    them: every code point is in U+0400..U+04FF exactly where its lower case holds one that is,
    so a text and its lower case choose alike."""
    def cyrillic(s: str) -> bool:
        return any("\u0400" <= c <= "\u04ff" for c in s)
    assert all(cyrillic(chr(c)) == cyrillic(chr(c).lower()) for c in range(0x110000))
    text = "Уночі дрони атакували Харків. Drones hit Kharkiv."
    assert events._cue_automaton(text.lower(), text.encode("utf-8", "surrogatepass")) \
        is events._cue_automaton(text.lower()) is events._CUES
    text = "Drones hit Kharkiv \u2022 the governor said \u2019"
    assert events._cue_automaton(text.lower(), text.encode("utf-8", "surrogatepass")) \
        is events._CUES_LATIN


def _window_rule_found(rule: Rule, text: str) -> bool:
    """Whether a window rule matches the sentence as its callers search it (the text as
    written, or `report.low` for a rule of lower-cased text)."""
    return rule.search(text.lower() if rule.lower else text) is not None


def test_window_rules_are_armed_wherever_they_match_their_examples() -> None:
    """A sentence where a window rule (`events._WINDOW_RULES`) matches arms its name, so the
    searches `_may_match_in` lets go are those that could not match."""
    assert len(events._WINDOW_RULES) >= 4
    for rule in events._WINDOW_RULES:
        for example in (*rule.matches, *rule.rejects):
            for text in (example, example.upper(), f"Drones hit Sumy. {example}, he said."):
                low = text.lower()
                starts = [a for a, _b in sentence_spans(text)]
                armed = events._armed(low, starts)
                m = rule.search(low if rule.lower else text)
                if m is not None:
                    # armed in the sentence the match lies in (any it spans), not just somewhere
                    lo = bisect_right(starts, m.start()) - 1
                    hi = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
                    assert any(rule.name in armed.get(i, ()) for i in range(lo, hi + 1)), (
                        rule.name, text)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_window_rules_are_armed_wherever_they_match_on_random_text(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(events._WINDOW_RULES))
    pieces = ["Russian-", "occupied ", "the ", "Kherson ", "across ", "river ", "from ", "Also ",
              "also", "two ", "were ", "injured ", "in ", "addition ", "Ukraine", " country ",
              ", ", "x", "-", *(lit + " " for lit in sorted(rule.gate or ()))]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=14)))
    if _window_rule_found(rule, text):
        assert rule.name in events._armed(text.lower(), [0]).get(0, set()), (rule.name, text)


def test_latin_automaton_holds_every_anchor_without_a_cyrillic_letter() -> None:
    latin = {anchor for anchor in events._ANCHORS
             if not any("\u0400" <= c <= "\u04ff" for c in anchor)}
    assert set(events._CUES_LATIN.keys()) == latin
    assert set(events._CUES.keys()) == set(events._ANCHORS)
    assert "drone" in latin and "дрон" in events._ANCHORS and "дрон" not in latin


def _dates_read_both_ways(text: str, lang: str) -> None:
    """A text's dates read with the cues its report's automaton found, sentence by sentence,
    are those read by each rule's own gate."""
    from datetime import date

    from extract.dates import absolute_dates, relative_date
    from extract.rules.rulesets import ruleset

    rules, published = ruleset(lang), date(2025, 6, 4)
    spans = sentence_spans(text)
    low = text.lower()
    assert len(low) == len(text)
    armed = events._armed(low, [a for a, _b in spans])
    assert events._DATES_BY_CUES
    for i, (a, b) in enumerate(spans):
        sentence, cues = text[a:b], armed.get(i, set())
        assert absolute_dates(sentence, published, rules, armed=cues) == absolute_dates(
            sentence, published, rules)
        assert relative_date(sentence, published, rules, armed=cues) == relative_date(
            sentence, published, rules)


def test_dates_read_with_the_reports_cues_on_the_rules_examples() -> None:
    from extract.dates import gated_rules
    from extract.rules.rulesets import RULESETS

    for lang, rules in RULESETS.items():
        for rule in gated_rules(rules):
            examples = [*rule.matches, *rule.rejects]
            assert examples, rule.name
            _dates_read_both_ways("\n".join(examples) + ". " + " Then, ".join(examples), lang)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["On Monday ", "on 3 May ", "yesterday", "Вчора ", "у неділю ",
                                 "3 травня ", "в пятницу ", "накануне ", "12.05.2025 ",
                                 "2025-05-03",
                                 ". ", "\n", "  ", "x", "May", "mon", "day", "неділ", "previous ",
                                 "night ", "Drones hit Kyiv", ", "]), max_size=30),
       st.sampled_from(["en", "uk", "ru"]))
def test_dates_read_with_the_reports_cues_on_random_text(words: list[str], lang: str) -> None:
    _dates_read_both_ways("".join(words), lang)


def _all_rules() -> list[Rule]:
    out = []
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        module = importlib.import_module(f"extract.rules.{info.name}")
        out += [v for v in vars(module).values() if isinstance(v, Rule)]
    return out


def _plain(rule: Rule) -> re.Pattern[str]:
    """The rule compiled as written (its look-behinds not merged)."""
    if rule.lower:
        return re.compile(rules_pkg.lower_pattern(rule.pattern), rule.flags & ~re.IGNORECASE)
    return re.compile(rule.pattern, rule.flags)


def test_merged_lookbehinds_of_our_own_patterns() -> None:
    merge = scan.merge_lookbehinds
    assert merge(r"(?<!ary\s)(?<!rch\s)x(?<!a)(?<!bc)(?<!d)") == \
        r"(?<!(?:ary\s|rch\s))x(?<!(?:a|d))(?<!bc)"
    assert merge(r"(?<!a)(?<!b)(?<!c)*") == r"(?<!(?:a|b))(?<!c)*"   # a repeated one stays
    assert merge(r"[(?<!a)(?<!b)]x") == r"[(?<!a)(?<!b)]x"            # a class, no look-behind
    assert merge(r"(?<!(a))(?<!b)(?<!c)") == r"(?<!(a))(?<!(?:b|c))"  # a group stays apart
    assert merge(r"(?<!a)(?<!b)", re.IGNORECASE) == r"(?<!a)(?<!b)"   # ignoring case: as written
    # a body opening with no character ("\b") keeps a look-behind of its own
    assert merge(r"(?<!\bno\s)(?<!ary\s)(?<!rch\s)") == r"(?<!\bno\s)(?<!(?:ary\s|rch\s))"
    rx, plain = re.compile(merge(r"(?<!no\s)(?<!not\s)(?<!jan\s)\d+")), re.compile(
        r"(?<!no\s)(?<!not\s)(?<!jan\s)\d+")
    for text in ("not 5", "no 5", "jan 5", "in 5", "5", "an 5", "xnot 5"):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_rules_with_merged_lookbehinds_answer_their_examples_as_written() -> None:
    merged = [r for r in _all_rules() if r.regex.pattern != _plain(r).pattern]
    assert len(merged) > 40   # the figure phrases' counts among them
    for rule in merged:
        plain = _plain(rule)
        for example in (*rule.matches, *rule.rejects):
            text = example.lower() if rule.lower and rule.examples_lower else example
            for pos in range(len(text) + 1):
                got, want = rule.regex.match(text, pos), plain.match(text, pos)
                assert (got and (got.span(), got.groupdict())) == (
                    want and (want.span(), want.groupdict())), (rule.name, text, pos)


_PIECES = ["no ", "not ", "jan ", "jan. ", "sept ", "young as ", "old as ", "march ", "5 ",
           "twenty ", "people ", "drones ", "were killed", "injured", "решти ", "серед ",
           "них ", "3 ", "дві ", "людей ", "загинули", "x", ", ", ".", "-", " "]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_count_phrases_with_merged_lookbehinds_match_where_written_ones_do(
        parts: list[str]) -> None:
    text = "".join(parts)
    for rule in _MERGED_SAMPLE:
        plain = _plain(rule)
        assert [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], rule.name


#: A few phrases whose look-behinds are merged (English and Ukrainian counts, a Russian one).
_MERGED_SAMPLE = [r for r in _all_rules() if r.name in (
    "count_killed", "count_drones", "killing_count", "count_killed_uk", "count_injured_uk",
    "aged_killed_uk", "national_uk", "count_killed_ru")]


@pytest.mark.parametrize(("old", "new"), [
    ("novomykhaylivka", "novomykhailivka"), ("kryviy rih", "kryvyi rih"),
    ("khmelnytskyy", "khmelnytskyi"), ("boyaro-lezhachi", "boiaro-lezhachi"), ("kyiv", "kyiv")])
def test_newer_spelling_the_2010_way_also_from_the_cache(old: str, new: str) -> None:
    assert places._newer_spelling(old) == new
    assert places._newer_spelling(old) == new  # the second call is the cache's


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", ";", " ", "\n", "\t", "\xa0", "\u2009", "\u3000",
                                 "\x1c", "x", "U.S.", "e.g.", "…", "Kyiv", ":", "\r\n"]),
                max_size=40))
def test_sentence_ends_and_line_breaks_as_the_regex_finds_them(parts: list[str]) -> None:
    text = "".join(parts)
    assert places._sentence_ends(text) == [m.start() for m in places._SENTENCE_END.finditer(text)]
    assert places._line_breaks(text) == [m.start() for m in re.finditer("\n", text)]
    assert places._ENDS_BY_FIND  # (the fast path is the one tested)


def _raw_hits_plainly(matcher: places.PlaceMatcher, text: str,
                      folded: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """`_raw_hits` as written before its loop skipped the words that do nothing and the older
    spelling's look-up without a "y" or "j" in reach: every capitalised word in turn."""
    out: list[tuple[int, int, tuple[int, ...]]] = []
    n, last_end = len(text), -1
    names, longer = matcher.names, matcher.longer
    spans = [word.span() for word in matcher.word_start.finditer(text)]
    firsts = [folded[start:stop] for start, stop in spans]
    opening = {first for first in set(firsts) if first in names or first in longer or (
        first[-1] == "s" and first[:-1] in names and places._WORD.fullmatch(first[:-1]))}
    older = {first: new for first in set(firsts) - opening
             if ("y" in first or "j" in first) and (new := matcher._older_form(first))}
    for (start, stop), first in zip(spans, firsts, strict=True):
        if first not in opening or start < last_end:
            if first in older and start >= last_end:
                hit = matcher._older_hit(folded, start, stop, older[first])
                if hit is not None:
                    out.append(hit)
                    last_end = hit[1]
            continue
        for length in longer.get(first, (stop - start,)):
            end = start + length
            if end < n:
                after = folded[end]
                if (after.isalnum() or after == "-") and not (
                        after == "s" and (end + 1 == n or not folded[end + 1].isalnum())):
                    continue
            elif end > n:
                continue
            ids = names.get(folded[start:end])
            if ids is not None:
                break
        else:
            end = stop - 1
            ids = names.get(first[:-1]) if first[-1] == "s" else None
            if ids is None:
                hit = matcher._older_hit(folded, start, stop, first)
                if hit is not None:
                    out.append(hit)
                    last_end = hit[1]
                continue
        out.append((start, end, (ids,) if type(ids) is int else ids))
        last_end = end
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Russian ", "Russian Federation", "Russia", "Moscows ", "Novhorod-Siversky", "Novhorod-",
    "Siverskyi", "Kryviy Rih", "Kryvyi Rih", "United States", "United ", "Kingdom", "He ",
    "Novomykhaylivka", "Bila Tserkva", "Vladimir Volynskiy", "Volodymyr-Volynskyi", "S ",
    "Pokrovskij", "Khmelnytskyy", "Kyiv", "Kyivs", "-", "'", "’", ", ", ". ", " ", "y", "j",
    "x", "Zolota Balka", "Харків", "Київ", "Києва", "İ", "Σ"]), max_size=30))
def test_raw_hits_as_every_word_in_turn_finds_them(parts: list[str]) -> None:
    matcher = default_matcher()
    text = "".join(parts)
    folded = geo_names.fold(text)
    assert matcher._raw_hits(text, folded) == _raw_hits_plainly(matcher, text, folded)


def test_raw_hits_of_a_report_as_every_word_in_turn_finds_them() -> None:
    matcher = default_matcher()
    text = (_REPORT + " Russian President Vladimir Putin met U.S. envoys in Moscow; He said "
            "Novhorod-Siversky and Kryviy Rih were hit, and the Russian Federation denied it.")
    folded = geo_names.fold(text)
    hits = matcher._raw_hits(text, folded)
    assert hits == _raw_hits_plainly(matcher, text, folded)
    assert {folded[s:e] for s, e, _ids in hits} >= {"kharkiv", "novhorod-siversky", "moscow"}


def _tiers_plainly(text: str, f: places.Found, named: list[tuple[int, int, str | None]]
                   ) -> dict[str, int]:
    """`_Layout.tiers` as the text between a mention and each oblast named was scanned."""
    tiers: dict[str, int] = {}
    for start, end, iso in named:
        if iso is None:
            continue
        lo, hi = (end, f.start) if end <= f.start else (f.end, start)
        tier = 1
        if "\n" not in text[lo:hi]:
            tier = 2 if places._SENTENCE_END.search(text, lo, hi) else 3
        tiers[iso] = max(tier, tiers.get(iso, 0))
    return tiers


def _same_sentence_plainly(text: str, x: places.Found, f: places.Found) -> bool:
    return (not places._SENTENCE_END.search(text, *sorted((x.end, f.start)))
            and not places._SENTENCE_END.search(text, *sorted((f.end, x.start))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=60),
                          st.integers(min_value=1, max_value=12),
                          st.integers(min_value=0, max_value=3)), max_size=8),
       st.lists(st.sampled_from(["Kyiv", ". ", "\n", " ", "x", "; ", "!\n", ".", "U.S. "]),
                max_size=25))
def test_layout_answers_as_scanning_between_the_mentions(
        spans: list[tuple[int, int, int]], parts: list[str]) -> None:
    """`_Layout` (sentence and line numbers) where no mention spans an end or a break, else
    `_GapLayout` (the gaps by bisection): each as the text scans it would replace."""
    text = "".join(parts)
    g = default_matcher().gazetteer
    kinds = [g.unit("UA-63"), g.exact("Kharkiv")[0].place, g.exact("Izium")[0].place,
             g.places[0]]
    out, last = [], -1
    for s, w, k in sorted(spans):
        if s >= last:  # mentions do not overlap
            out.append(places.Found(s, s + w, kinds[k], "exact"))
            last = s + w
    named = [(f.start, f.end, f.place.oblast_iso) for f in out
             if f.place.kind == "oblast" or f.start % 2]
    ends = [m.start() for m in places._SENTENCE_END.finditer(text)]
    breaks = [m.start() for m in re.finditer("\n", text)]
    across = any(bisect_left(ends, f.start - 1) != bisect_left(ends, f.end)
                 or bisect_left(breaks, f.start) != bisect_left(breaks, f.end) for f in out)
    layout = places._Layout.of(text, out, named)
    assert isinstance(layout, places._GapLayout) == across
    layout._text = ""  # (no paragraph leads on to the next: `_leading_oblasts` is no scan's)
    gaps = places._GapLayout(ends, breaks, out, named)
    for i, f in enumerate(out):
        plain = _tiers_plainly(text, f, named)
        towns = {x.place.oblast_iso for x in out if x is not f and places._is_town(x)
                 and _same_sentence_plainly(text, x, f)}
        mates = [x.place for x in out if x is not f and places._is_mate(x)
                 and _same_sentence_plainly(text, x, f)]
        for way in (layout, gaps):
            assert (way.tiers(i), way.towns(out, i), way.mates(out, i)) == (plain, towns, mates)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "region", "regions", "Regional", "region of", "province", "provinces", "province of",
    "oblast", "Oblasts", "sky", "skyi", "skyy", "skiy", "communit", "hromad", "district",
    "raion", "rayon", "coded to", "громад", "отг", "общин", "г", "щ", " ", "s", "al", " of",
    "x", "kyi district", "ka hromada", "kiy raions", "İ", "ſ", "K", "Odesa"]), max_size=20))
def test_gate_words_are_the_words_the_text_holds(parts: list[str]) -> None:
    """`_gate_words` (one scan a stem) as a substring test of each word; the gates it serves
    answer as those tests did."""
    text = "".join(parts)
    folded = geo_names.fold(text)
    held = places._gate_words(folded)
    assert held == {word for word in places._GATE_WORDS if word in folded}
    assert (places._may_name_plural_units(text, folded, held)
            == places._may_name_plural_units(text, folded))
    if places._RAION_PRESCAN.search(folded):
        assert held & places._RAION_WORDS
    assert places._RAION_PRESCAN_BY_WORDS


def test_find_asks_only_gate_words_of_what_the_report_holds() -> None:
    """A word `find` asks `held` about that `_gate_words` does not look for would read as
    absent: every one is among `_GATE_WORDS`."""
    # (from the source file: a compiled module's functions have no source to inspect)
    source = (Path(__file__).resolve().parent.parent / "extract" / "places.py").read_text(
        encoding="utf-8")
    matcher = next(n for n in ast.parse(source).body
                   if isinstance(n, ast.ClassDef) and n.name == "PlaceMatcher")
    find = next(n for n in matcher.body if isinstance(n, ast.FunctionDef) and n.name == "find")
    asked = re.findall(r'"([^"]+)" in held', ast.get_source_segment(source, find) or "")
    assert asked and set(asked) <= places._GATE_WORDS


@pytest.mark.parametrize("first", ["russian", "kyiv", "kyivs", "moscows", "novomykhaylivka",
                                   "boyaro", "putin", "u", "he", "bila", "mayorsk", "x"])
def test_a_words_kind_is_the_plain_tests_of_the_word(first: str) -> None:
    matcher = default_matcher()
    opens = first in matcher.names or first in matcher.longer or (
        first[-1] == "s" and first[:-1] in matcher.names
        and places._WORD.fullmatch(first[:-1]) is not None)
    older = (("y" in first or "j" in first) and matcher._older_form(first)) or False
    assert matcher._first_kind(first) == (True if opens else older)
    assert matcher._first_kind(first) == matcher._first_kind(first)  # judged alike again


def test_a_mention_the_last_step_leaves_is_no_section_of_a_city() -> None:
    """`find` asks `_city_of_section` only of a place with a `section_of` or in Kyiv City."""
    matcher = default_matcher()
    for p in matcher.gazetteer.places:
        if p.section_of is None and p.oblast_iso != "UA-30":
            f = places.Found(0, 1, p, "exact")
            assert matcher._city_of_section(f) is f


def _count_first_phrases() -> list[tuple[Rule, re.Pattern[str]]]:
    """(rule, compiled) of each English phrase `sentence_figures` tries only at counts."""
    from extract import figures
    return [(rule, compiled) for _field, rule, compiled, count_first in figures._compiled("en")
            if count_first and compiled is not None]


_COUNT_FIRST = _count_first_phrases()


def _bounded(rule: Rule, pattern: re.Pattern[str], low: str) -> list[tuple]:
    """The matches `sentence_figures` takes: tried at the counts up to its gate's last literal,
    and (a phrase that opens with `N`) not at a count its failed qualifier's try ran up to."""
    from extract import figures
    counts = figures._CountStarts(low)
    starts = counts.upto(figures._gate_end(low, rule.gate, {}))
    opens_with_n = rules_pkg.lower_pattern(rule.pattern).startswith(figures._N_LOW)
    return [(m.span(), m.groupdict()) for m in figures._overlapping_at(
        pattern, low, starts, "n", counts.qualified if opens_with_n else None)]


def _at_every_count(pattern: re.Pattern[str], low: str) -> list[tuple]:
    from extract import figures
    return [(m.span(), m.groupdict())
            for m in figures._overlapping_at(pattern, low, figures._count_starts(low))]


def test_phrases_tried_up_to_their_gate_find_what_every_start_finds() -> None:
    """A count-first phrase is tried only at counts before its gate's last literal: on every
    such phrase's examples (and each example cut at every offset) it finds the same matches
    as tried at every count, and every match holds a gate literal from its start on."""
    assert len(_COUNT_FIRST) >= 15
    for rule, pattern in _COUNT_FIRST:
        for example in (*rule.matches, *rule.rejects):
            whole = example.lower()
            for cut in range(len(whole) + 1):
                low = whole[:cut]
                assert _bounded(rule, pattern, low) == _at_every_count(pattern, low), (
                    rule.name, low)
            for m in pattern.finditer(whole):
                if rule.gate is not None:
                    assert any(whole.find(lit, m.start()) != -1 for lit in rule.gate), rule.name


def test_phrases_opening_with_look_behinds_are_tried_at_counts() -> None:
    """A phrase whose look-behinds ("not after a verb of injury") come before its count is tried
    only at counts as well: on its examples it finds what a search at every character finds.
    A look-ahead before the count is no look-behind: such a phrase is searched for."""
    from extract import figures
    names = {rule.name for rule, _pattern in _COUNT_FIRST}
    assert {"people_list_killed", "people_list_injured", "count_drones_downed"} <= names
    behind = [(r, p) for r, p in _COUNT_FIRST
              if rules_pkg.lower_pattern(r.pattern).startswith("(?<")]
    assert len(behind) >= 3
    for rule, pattern in behind:
        for example in (*rule.matches, *rule.rejects):
            low = example.lower()
            assert _at_every_count(pattern, low) == [
                (m.span(), m.groupdict()) for m in figures._overlapping(pattern, low)], rule.name
    assert figures._count_first(r"(?<!\bof\s)" + figures._N_LOW + "drones")
    assert not figures._count_first(r"(?!another\b)" + figures._N_LOW + "drones")
    assert not figures._count_first(r"(?<!\bof\s)killed " + figures._N_LOW)


def test_counts_after_a_qualifier_are_skipped_where_its_try_failed() -> None:
    """"at least 245 drones ... deaths of two": "245" is reached from "at" (the qualifier),
    and the phrases that open with `N` are those `sentence_figures` skips it for."""
    from extract import figures
    low = "at least 245 drones hit the city overnight, leaving two dead and three injured."
    counts = figures._CountStarts(low)
    assert counts.upto(len(low)) == [0, 9, 52, 65]
    assert counts.qualified == {9: (0,)}
    names = {rule.name for i, (_f, rule) in enumerate(figures.RULESETS["en"].phrases)
             if i in figures._qualifier_first("en")}
    assert "count_killed" in names and "people_list_killed" not in names
    # no qualifier may open at the count itself: "another" after "over" is tried on its own
    low = "over another woman was hurt"
    counts = figures._CountStarts(low)
    assert counts.upto(len(low)) == [0, 5]
    assert counts.qualified == {}


_FIGURE_PIECES = ["at least ", "5 ", "two ", "111 ", "drones ", "drone", "missiles ", "were ",
                  "shot down", "killed", "deaths", "injured", "people ", "civilians ", "of ",
                  "and ", ", ", ".", "-", " ", "x", "a ", "were killed and ", "three others",
                  "hundred ", "twenty-one ", "(", "were shot down", "injuring "]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_phrases_tried_up_to_their_gate_on_random_text(data: st.DataObject) -> None:
    rule, pattern = data.draw(st.sampled_from(_COUNT_FIRST))
    pieces = [*_FIGURE_PIECES, *(lit + " " for lit in sorted(rule.gate or ()))]
    low = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=16)))
    assert _bounded(rule, pattern, low) == _at_every_count(pattern, low), rule.name


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=16),
       st.lists(st.integers(min_value=-1, max_value=200), max_size=6))
def test_count_starts_asked_for_in_steps_are_the_counts_up_to_there(
        parts: list[str], lasts: list[int]) -> None:
    from extract import figures
    low = "".join(parts)
    every = figures._count_starts(low)
    counts = figures._CountStarts(low)
    for last in lasts:
        assert counts.upto(last) == [at for at in every if at <= last]
    assert counts.upto(len(low)) == every


def test_gated_rules_searched_at_their_openings_find_what_search_finds() -> None:
    """`events._found` by a rule's opening literals answers as a search of the whole sentence,
    on its examples and on each example cut at every offset from either end."""
    assert set(events._BY_OPENINGS) == {"ukrainian_attacker"}
    assert events._BY_OPENINGS["ukrainian_attacker"] >= {"ukrain", "kyiv", "by", "from"}
    for rule in events._GATED_RULES:
        heads = events._BY_OPENINGS.get(rule.name)
        if heads is None:
            continue
        for example in (*rule.matches, *rule.rejects):
            low = example.lower()
            for cut in range(len(low) + 1):
                for text in (low[:cut], low[cut:]):
                    assert scan.found_at_openings(rule.regex, text, heads) == (
                        rule.regex.search(text) is not None), (rule.name, text)


def test_a_whole_report_is_searched_at_the_rules_openings() -> None:
    """`events._in_report` (does the report name an attacker, or speak for the occupation?)
    tried at the rules' opening literals answers as a search of the whole report."""
    from extract.rules.rulesets import RULESETS
    english = RULESETS["en"].ukrainian_attacker
    assert english.name in events._BY_OPENINGS
    reports = ("russia launched 90 drones overnight. all were shot down by the ukrainian "
               "military. kyiv's mayor said debris fell in two districts.",
               "the governor said the city was shelled. ukrainian forces struck a depot in "
               "belgorod overnight, russia claimed.", "", "ukraine")
    for low in reports:
        assert events._in_report(english, low) == (english.search(low) is not None), low
    assert [events._in_report(english, low) for low in reports] == [False, True, False, False]
    reports += ("russian forces shelled the town, the occupation authorities said.",
                "сили оборони україни уразили нафтобазу. вночі росія запустила 40 дронів.",
                "окупаційна влада заявила, що російські війська обстріляли місто.")
    for lang in ("en", "uk", "ru"):
        rules = RULESETS[lang]
        for rule in (rules.ukrainian_attacker, rules.russian_attacker, rules.occupation_voice):
            if rule is None:
                continue
            for low in reports:
                assert events._in_report(rule, low) == (rule.search(low) is not None), (
                    rule.name, low)
    assert events._REPORT_OPENINGS["russian_attacker_uk"] is not None
    assert events._in_report(RULESETS["en"].occupation_voice, reports[-3])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "ukraine ", "ukrainian ", "ukrainians ", "kyiv's ", "kyiv ", "by ", "from ", "accused ",
    "himars", "forces", "drones ", "struck ", "said ", "shot down ", "down by the ",
    "intercepted by ", "military ", "of ", "nearby ", "'s ", " ", ",", "x", "russian ",
    "occupied ", "moscow-", "the kremlin ", "troops ", "ria ", "authorities "]), max_size=14))
def test_gated_rules_at_their_openings_on_random_text(parts: list[str]) -> None:
    from extract.rules.rulesets import RULESETS
    text = "".join(parts)
    for rule in events._GATED_RULES:
        heads = events._BY_OPENINGS.get(rule.name)
        if heads is not None:
            assert scan.found_at_openings(rule.regex, text, heads) == (
                rule.regex.search(text) is not None), (rule.name, text)
    rules = RULESETS["en"]
    for rule in (rules.ukrainian_attacker, rules.russian_attacker, rules.occupation_voice):
        assert events._in_report(rule, text) == (rule.search(text) is not None), (rule.name, text)


@pytest.mark.parametrize("pattern", [r"(?i:kyiv)\b|by\s", r"\bby\s|(?i:ukrain)e", r"(?i)by|from"])
def test_no_openings_where_a_literal_matches_in_either_case(pattern: str) -> None:
    """`scan.openings` gives literals that `str.find` looks up as written: one in a
    case-insensitive group or pattern may open a match in another case ("KYIV"), so none are
    given there, and the rule keeps its plain search."""
    assert scan.openings(re.compile(pattern)) is None
    assert scan.openings(re.compile(r"\b(?:kyiv|by\s)")) == {"kyiv", "by"}


def test_raion_word_letter_is_in_every_match_and_folds_from_either_case() -> None:
    """`_RAION_WORD_LETTER` is in every literal of `_RAION_WORD_AFTER`'s gate, and every
    character whose lower case holds it folds to it: a folded text without it holds no match
    (`_may_hold_raion_word`), so its mentions need not be asked."""
    letter = places._RAION_WORD_LETTER
    assert letter == "р"  # (else the rule is asked of every mention, as before)
    assert all(letter in literal for literal in contexts.RAION_WORD_AFTER.gate or ())
    for code in range(0x110000):
        if letter in chr(code).lower():
            assert geo_names.fold(chr(code)) == letter
    for example in contexts.RAION_WORD_AFTER.matches:
        assert places._may_hold_raion_word(geo_names.fold(example))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Кам'янське", " ", "районі", "Району", "РАЙОН", " громади",
                                 "Громада", ", ", "та ", "Покровська", "р-н", "x", "Kyiv",
                                 " district", "напрямку", "ОКРУГ", "Р", "р"]), max_size=14))
def test_no_raion_word_where_the_folded_text_lacks_its_letter(parts: list[str]) -> None:
    text = "".join(parts)
    if not places._may_hold_raion_word(geo_names.fold(text)):
        assert not any(places._RAION_WORD_AFTER.match(text, at) for at in range(len(text) + 1))


_TEXTS_OF_EVERY_KIND = (
    _REPORT,
    "Russian strikes on Kherson, Mykolaiv and Zaporizhzhia regions. In the Shevchenkivskyi "
    "district of Kharkiv a man was hurt; Ivanivka, Kherson region, came under fire. U.S. envoys "
    "met in Moscow.",
    "Ворог обстріляв Нікопольський район: постраждали Марганецька та Покровська громади. "
    "У Дніпровському районі Херсона пошкоджено будинок. Іванівка, Херсонщина.",
    "Во Львове и в Шевченковском районе Харькова прогремели взрывы; в Николаевке "
    "Пролесненской громады ранен мужчина.")


@pytest.mark.source
def test_find_as_when_every_mention_is_asked_about_raion_words(monkeypatch) -> None:
    """`find` with `_may_hold_raion_word` as with `_RAION_WORD_AFTER` asked at every mention
    (its letter unknown: "")."""
    matcher = default_matcher()
    fast = [matcher.find(t) for t in _TEXTS_OF_EVERY_KIND]
    monkeypatch.setattr(places, "_RAION_WORD_LETTER", "")
    assert [matcher.find(t) for t in _TEXTS_OF_EVERY_KIND] == fast


def test_find_as_when_every_report_is_read_for_case_forms(monkeypatch) -> None:
    """`find` skips `_in_the_texts_language` in a language none of `lang_forms` is in; it
    reads the same as when every report is read for them."""
    matcher = default_matcher()
    assert matcher.form_langs == {lang for lang, _idx in matcher.lang_forms.values()}
    langs = ("en", "uk", "ru", None)
    fast = [matcher.find(t, None, lang) for t in _TEXTS_OF_EVERY_KIND for lang in langs]
    monkeypatch.setattr(matcher, "form_langs", frozenset(langs))
    assert [matcher.find(t, None, lang) for t in _TEXTS_OF_EVERY_KIND for lang in langs] == fast


def test_a_layouts_kept_tiers_and_unit_are_those_computed_afresh() -> None:
    """`_Layout.tiers` and `unit`, kept once asked, as computed at each question."""
    matcher = default_matcher()
    for text in _TEXTS_OF_EVERY_KIND:
        out = matcher.find(text)
        named = [(o.start, o.end, o.place.oblast_iso) for o in out if o.place.kind == "oblast"]
        layout = places._Layout.of(text, out, named)
        for _ in range(2):
            for i in range(len(out)):
                assert layout.tiers(i) == layout._tiers_of(i)
                assert layout.unit(i) == places._named_unit(layout._tiers_of(i), named)


def test_no_city_owns_a_place_outside_kyiv_city_that_is_no_section() -> None:
    """`_district_of_the_city_after` skips a place with no `section_of` outside Kyiv City
    without asking `city_of`: it has no city."""
    matcher = default_matcher()
    assert all(matcher.city_of(p) is None for p in matcher.gazetteer.places
               if p.section_of is None and p.oblast_iso != "UA-30")


def test_ambiguity_leaves_every_mention_of_no_settlement_as_found() -> None:
    """`_resolve_ambiguous` passes a country, an oblast or a unit abroad on as found (its loop
    reads settlements only), beside settlements it does resolve."""
    matcher = default_matcher()
    g = matcher.gazetteer
    for text in _TEXTS_OF_EVERY_KIND:
        found = matcher.find(text)
        others = [f for f in found if f.place.kind != "settlement"]
        out = places._resolve_ambiguous(text, found, g, matcher)
        assert [f for f in out if f.place.kind != "settlement"] == others


def test_raw_hits_with_words_not_met_before_and_then_met() -> None:
    """`_raw_hits` reads a report with a word the process has not met (its kind judged
    there) and, read again, with every word met (kinds looked up in C) as the plain loop."""
    matcher = default_matcher()
    fresh = "Qzv" + "".join(chr(ord("a") + int(d)) for d in str(id(matcher) + len(
        matcher._first_kinds)))  # (a capitalised word no earlier test wrote)
    text = f"{_REPORT} {fresh} and Novhorod-Siversky, Kyivs, Moscows."
    folded = geo_names.fold(text)
    assert fresh.lower() not in matcher._first_kinds
    words = matcher._words(text, folded)
    assert words.new_kinds
    assert matcher._raw_hits(text, folded, words) == _raw_hits_plainly(matcher, text, folded)
    assert not matcher._words(text, folded).new_kinds
    assert matcher._raw_hits(text, folded) == _raw_hits_plainly(matcher, text, folded)


def test_mentions_built_by_tuple_new_are_whole_mentions() -> None:
    """`extract_text` builds each `Mention` by `tuple.__new__`, which fills no default and
    checks no count: every field given, equal to the one its own constructor makes (a field
    added to `Mention` must be added there too)."""
    from extract.model import Mention
    from extract.pipeline import extract_text
    text = ("Drones hit Kharkiv and Odesa overnight; a man was hurt in Sumy.\n"
            "Уночі дрони атакували Харків і Покровськ.")
    mentions = extract_text(text, published="2025-06-12").mentions
    assert len(mentions) >= 4
    for m in mentions:
        assert type(m) is Mention and len(m) == len(Mention._fields)
        assert Mention(*m) == m and m.role in ("strike", "other")


_CAPITAL_REGION_PIECES = ["kyiv ", "kiev ", "the ", "capital ", "city ", "and ", "its ", "region",
                          "oblast", " of ", " offers", "  ", "\n", "wider ", "surrounding ",
                          "greater ", "regional ", ", ", "x", "kharkiv "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CAPITAL_REGION_PIECES), max_size=16))
def test_capital_region_phrase_as_the_plain_search(parts: list[str]) -> None:
    """`events._capital_region_phrase` (tried before each "region"/"oblast" in text order)
    finds the match a search of the whole sentence finds."""
    from extract.rules import not_strike as ns
    low = "".join(parts)
    got, plain = events._capital_region_phrase(low), ns.CAPITAL_REGION.regex.search(low)
    assert (got and (got.span(), got.groupdict())) == (plain and (plain.span(), plain.groupdict()))
    for example in ns.CAPITAL_REGION.matches:
        text = f"air defence was busy near kyiv and its oblast; {example}"
        m = events._capital_region_phrase(text)
        assert m is not None and m.span() == ns.CAPITAL_REGION.regex.search(text).span()


def _cues_of(low: str) -> set[str]:
    """The names the cue automaton gives a text read as one sentence."""
    return events._armed(low, [0]).get(0, set())


def _split_rule_texts() -> list[tuple[str, str]]:
    from extract.rules import alternative_samples, lower_pattern
    from extract.rules.rulesets import RULESETS

    out = []
    for rule in RULESETS["en"].sentence_rules:
        if rule.name in events._PARTS:
            out += [(rule.name, s.lower()) for s in (
                *rule.matches, *rule.rejects, *alternative_samples(lower_pattern(rule.pattern)))]
    return out


def test_english_rules_split_into_parts_find_what_the_whole_rule_finds() -> None:
    """`events._found` of a rule searched one armed alternative at a time (`events._PARTS`)
    answers as the whole rule's search, on its examples and samples of each alternative, whole
    and cut at every fifth offset from either end; `_evidence` blanks what the plain
    substitution does."""
    from extract.rules.rulesets import RULESETS

    en = RULESETS["en"]
    assert {rule.name for rule in en.sentence_rules} & set(events._PARTS) == {
        "not_evidence", "strike", "hypothetical", "diplomacy", "ground_fighting", "happened"}
    by_name = {rule.name: rule for rule in en.sentence_rules}
    for name, text in _split_rule_texts():
        rule = by_name[name]
        for cut in range(0, len(text) + 1, 5):
            for piece in (text, text[:cut], text[cut:], f"{text[cut:]}, {text[:cut]}"):
                cues = _cues_of(piece)
                assert events._found(rule, piece, cues) == (
                    rule.name in cues and rule.regex.search(piece) is not None), (name, piece)
        cues = _cues_of(text)
        assert events._evidence(text, cues, en) == (
            en.not_evidence.regex.sub(lambda m: " " * len(m.group()), text)
            if en.not_evidence.name in cues else text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "no ", "not ", "damage ", "was not hit ", "drones ", "uavs ", "heading for ", "air ",
    "raid ", "sirens ", "defence ", "working ", "after ", "the ", "strikes ", "struck ",
    "attacked ", "could ", "may ", "may 5 ", "will ", "talks ", "visit ", "fighting ",
    "advanced ", "front line ", "killed ", "hit ", "shelling ", "without ", "casualties ",
    "airspace ", "crossed ", ", ", ". ", "-", "x", "s"]), max_size=16))
def test_english_rules_split_into_parts_on_random_text(parts: list[str]) -> None:
    from extract.rules.rulesets import RULESETS

    en = RULESETS["en"]
    text = "".join(parts)
    cues = _cues_of(text)
    for rule in en.sentence_rules:
        if rule.name in events._PARTS:
            assert events._found(rule, text, cues) == (
                rule.name in cues and rule.regex.search(text) is not None), (rule.name, text)
    assert events._evidence(text, cues, en) == (
        en.not_evidence.regex.sub(lambda m: " " * len(m.group()), text)
        if en.not_evidence.name in cues else text)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:a|b\s+c)\b", ("a", r"b\s+c")), (r"\b(?:a(?:x|y)|[|(]b)\b", ("a(?:x|y)", "[|(]b")),
    (r"\b(?:a\||b)\b", (r"a\|", "b")), (r"\b(?:a)|(?:b)\b", None), (r"\b(?:ab)\b", None),
    (r"a|b", None)])
def test_alternatives_of_a_pattern(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert ns.alternatives_of(pattern) == expected


def test_media_before_is_searched_only_where_its_words_may_end_the_text() -> None:
    """`places._media_word_ends` tests the last letter every outlet word of `MEDIA_BEFORE`
    ends in: the rule's words must all end so, and the test must let every match through."""
    shape = re.fullmatch(r"\(\?:([^()]*)\)\[ \.:\|-\]\*\$", contexts.MEDIA_BEFORE.pattern)
    assert shape is not None, "MEDIA_BEFORE changed its shape: change _media_word_ends too"
    assert all(word[-1] in "e\u0435" for word in shape.group(1).split("|"))
    rx = contexts.MEDIA_BEFORE.regex
    pieces = ["Suspilne", "суспільне", "Суспильне", "ОБЩЕСТВЕННОЕ", "SUSPILNE", " ", ".", ":",
              "|", "-", "\n", "x", "е", "E", "Kyiv", "  ", "за даними "]
    texts = [*contexts.MEDIA_BEFORE.matches, *contexts.MEDIA_BEFORE.rejects,
             *("".join(p) for p in zip(pieces, pieces[3:] + pieces[:3], pieces[7:] + pieces[:7],
                                       strict=True)),
             *(a + b + c for a in pieces for b in pieces for c in pieces)]
    for text in texts:
        if rx.search(text) is not None:
            assert places._media_word_ends(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Drones hit KYIV", " ", "\n", "•", "’", "“", "—", "É", "é", "ß", "Σ", "ΑΣ ", "σ", "İ", "ı",
    "K", "ǅ", "ſ", "µ", "\ud800", "Київ", "ї", "Ä", "x", "Q.", "\u00a0", "😀", "ＡＢ"]),
    max_size=30), st.integers(min_value=0, max_value=400))
def test_lower_by_the_bytes_is_str_lower(parts: list[str], ascii_run: int) -> None:
    """`pipeline.lower_sized` (bytes lower-cased where the other characters are their own
    lower case) gives `str.lower`'s string, also with characters whose lower case differs or
    depends on their neighbours (capital sigma), surrogates, and long ASCII runs."""
    from extract.pipeline import lower_sized

    for text in ("".join(parts), "Air Defence " * (ascii_run // 10) + "".join(parts)):
        low, _size = lower_sized(text, text.encode("utf-8", "surrogatepass"))
        assert low == text.lower(), text


_BOUNDARY_PIECES = [".", "!", "?", "?!", "!.", "...", "\n", "\n\n", " \n ", "\t", "'", '"', "”",
                    "’", ")", "]", "(", "“", " ", "  ", "A", "a", "5", "U.S.", "Mr.", "Jan.",
                    "Дім", "x", "!\"", "?)", "\xa0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BOUNDARY_PIECES), max_size=40))
def test_sentence_boundaries_by_their_first_character_as_one_pattern_finds_them(
        parts: list[str]) -> None:
    """`sentences._boundaries` (a pattern per first character, merged) gives the spans of
    `_BOUNDARY.finditer`, marks after marks and quotes included."""
    from extract import sentences

    text = "".join(parts)
    assert [m.span() for m in sentences._boundaries(text)] == [
        m.span() for m in sentences._BOUNDARY.finditer(text)], text


def test_sentence_boundaries_of_reports_as_one_pattern_finds_them() -> None:
    from extract import sentences

    for text in (_REPORT, *(example for rule in _all_rules() for example in rule.matches)):
        assert [m.span() for m in sentences._boundaries(text)] == [
            m.span() for m in sentences._BOUNDARY.finditer(text)], text


def _count_candidates(low: str) -> set[int]:
    from extract.numbers import COUNT_DIGITS, COUNT_WORD_START
    return ({m.start() for m in COUNT_DIGITS.finditer(low)}
            | {m.start() for m in COUNT_WORD_START.finditer(low)})


def test_count_word_starts_hold_every_count_of_the_rules_examples() -> None:
    """`N` (`figures._COUNT_FIRST`) matches only where `COUNT_DIGITS` or `COUNT_WORD_START`
    finds a candidate: at every offset of every English rule's examples."""
    from extract import figures

    checked = 0
    for rule in _all_rules():
        for example in (*rule.matches, *rule.rejects):
            low = example.lower()
            candidates = _count_candidates(low)
            for at in range(len(low) + 1):
                if figures._COUNT_FIRST.match(low, at) is not None:
                    checked += 1
                    assert at in candidates, (rule.name, low[at:at + 30])
    assert checked > 500


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "at least ", "more than ", "moreover ", "over ", "overnight ", "some ", "someone ", "two ",
    "twenty-one ", "twentyone ", "one", "ones ", "done ", "a ", "an ", "another ", "all ",
    "overall ", "a dozen ", "dozens ", "5 ", "x5 ", "-", "(", ")", ",", ".", " ", "the driver ",
    "their son ", "his wife ", "her ", "drones ", "people ", "eleven", "eighteen ", "eight",
    "a total of ", "up to ", "no fewer than ", "nine", "single ", "both ", "zero "]), max_size=14))
def test_count_word_starts_hold_every_count_on_random_text(parts: list[str]) -> None:
    from extract import figures

    low = "".join(parts)
    candidates = _count_candidates(low)
    for at in range(len(low) + 1):
        if figures._COUNT_FIRST.match(low, at) is not None:
            assert at in candidates, (low, at)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["•", "—", "’", "‘", "“", "”", "`", "'", "é", "É", "á", "ß", "İ", "ǅ", "ſ",
                     "ı", "Kyiv", " ", "\n", "\xa0", "x", "5", "ї", "Ї", "…", "№", "\0"]),
    st.characters()), max_size=30))
def test_fold_of_a_latin_text_is_the_character_by_character_folding(parts: list[str]) -> None:
    """`fold`'s Latin path (the few characters to fold replaced throughout, else a table pass)
    gives what folding every character does."""
    text = "Drones struck Kharkiv overnight, the governor said. " * 3 + "".join(parts)
    low = text.lower()
    plain = ("".join(map(geo_names.fold_char, text)) if len(low) != len(text)
             else low.replace("`", "'").translate(geo_names._FOLD_TABLE))
    assert geo_names.fold(text) == plain
    assert geo_names.fold(text, low) == plain


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Taras ", "taras ", "In ", "in ", "the ", "A", "B", "z", "É",
                                 "é", "Öle ", " ", "\n", " \n", "x ", "_", "(", "9", "Ab", "AB ",
                                 "Mr ", "\xa0", "Zz", "-", "'"]), max_size=10))
def test_previous_word_by_its_tail_is_the_regex_search(parts: list[str]) -> None:
    """`places._prev_word` (the capital before the last word's lower-case letters, then the
    pattern from there) gives `_PREV_WORD.search`'s match."""
    before = "".join(parts)
    a, b = places._PREV_WORD.search(before), places._prev_word(before)
    assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), before
    assert places._PREV_WORD_BY_TAIL


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Drones hit KYIV", " ", "\n", "•", "’", "“", "—", "É", "é", "Σ", "σ", "İ", "ı", "K", "ǅ",
    "ſ", "µ", "\ud800", "Київ", "x", "\u00a0", "😀", "Ⱥ"]), max_size=30))
def test_lower_sized_gives_the_utf8_length_fold_would_measure(parts: list[str]) -> None:
    """Where `pipeline.lower_sized` gives a size, it is that of its lower case's UTF-8, and
    `fold` told it folds as it does measuring the size itself."""
    from extract.pipeline import lower_sized

    text = "Air Defence shot down drones " * 8 + "".join(parts)
    low, size = lower_sized(text, text.encode("utf-8", "surrogatepass"))
    assert low == text.lower()
    if size is not None:
        assert size == len(low.encode("utf-8", "surrogatepass"))
    assert geo_names.fold(text, low, size) == geo_names.fold(text, low) == geo_names.fold(text)


def test_ignorecase_odd_characters_are_all_there_are() -> None:
    """Every code point that `re.IGNORECASE` holds equal to an ASCII character lowers
    (`str.lower`) to that character's lower case, or is one of `events._IGNORECASE_ODD`: so
    an ASCII gate holds in the lower-cased text wherever an IGNORECASE regex matches it."""
    ascii_chars = [chr(c) for c in range(128)]
    any_ascii = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    odd = []
    for code in range(128, 0x110000):  # (ASCII characters equal under it are case pairs)
        c = chr(code)
        if 0xD800 <= code < 0xE000 or not any_ascii.fullmatch(c):
            continue
        for x in ascii_chars:
            if re.fullmatch(re.escape(x), c, re.IGNORECASE) and c.lower() != x.lower():
                odd.append(c)
    assert sorted(set(odd)) == sorted(events._IGNORECASE_ODD)


def _says_rules() -> list[Rule]:
    from extract.rules.rulesets import RULESETS

    names = ("national", "national_toll", "total", "rising_toll", "earlier_count",
             "air_force_tally", "national_tally_source")
    return [rule for rs in RULESETS.values() for name in names
            if (rule := getattr(rs, name, None)) is not None]


_SAYS_PIECES = st.sampled_from([
    "Ukraine", "UKRAİNE", "ukraıne", "the country", "nationwide", "regions", "oblasts", "two",
    "5", "Ukrainian", "several", "across", "the toll", "number of", "rose to", "earlier",
    "initially", "air force", "Air Force", "in total", "overall", "the past 24 hours", " ", ",",
    "ſeveral", "Kyiv", "Україна", "по всій країні", "KELVIN K", "K"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_SAYS_PIECES, max_size=12).map(" ".join))
def test_says_is_the_rules_search(text: str) -> None:
    """`events._says` (its gate first) answers as a search of the rule's regex, on the text as
    written, lower-cased and upper-cased."""
    for rule in _says_rules():
        for variant in (text, text.lower(), text.upper()):
            events._twin_says.cache_clear()
            assert events._says(rule, variant) == (rule.regex.search(variant) is not None), (
                rule.name, variant)


def test_says_is_the_rules_search_on_its_examples() -> None:
    rules = _says_rules()
    assert any(events._plain_gate(rule) for rule in rules)  # some are gated
    for rule in rules:
        for text in (*rule.matches, *rule.rejects):
            for variant in (text, text.lower(), text.upper(), f"x {text} y"):
                assert events._says(rule, variant) == (rule.regex.search(variant) is not None)
