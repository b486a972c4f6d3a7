"""Long texts stay linear (issue 15): one unpunctuated line of strike phrases, the look-ups
that replaced scans checked against the scans, and the per-article size and time budget."""

from __future__ import annotations

import functools
import random
import time
from pathlib import Path

import pytest

from extract import places
from extract.budget import BudgetExceeded
from extract.events import _Here, _Key, _Located
from extract.figures import _Used
from extract.pipeline import extract_text
from extract.reading import MAX_ARTICLE_CHARS

#: Own-written strike phrases with figures and places, joined with no sentence end.
PHRASES = (
    "russian drones struck Kharkiv killing {a} people and injuring {b} others",
    "missiles hit Odesa where {a} civilians were killed",
    "air defence shot down {b} drones over the Sumy region",
    "shelling damaged houses in Nikopol injuring {a} residents, and a strike on Zaporizhzhia "
    "killed {b}",
    "the attack on Dnipro wounded {b} people while {a} drones were launched at Poltava",
)


def long_line(n: int) -> str:
    """`n` characters of strike phrases on one line, no full stop."""
    out, size, i = [], 0, 0
    while size < n:
        phrase = PHRASES[i % len(PHRASES)].format(a=i % 7 + 2, b=i % 11 + 3) + " "
        out.append(phrase)
        size += len(phrase)
        i += 1
    return "".join(out)[:n]


def _seconds(text: str) -> float:
    """CPU seconds of this process: a ratio of wall times swings with the machine's load (a
    1 MB line measured 10.7x its quarter at load 13, 5.3x in CPU)."""
    start = time.process_time()
    extract_text(text, published="2025-12-03", time_budget=None)
    return time.process_time() - start


def test_a_1mb_line_takes_linear_time() -> None:
    """Four times the text may take at most ten times as long (quadratic: sixteen); the
    margin absorbs a busy machine. Before the fix 100 KB took minutes."""
    extract_text("Drones struck Kharkiv, killing 2.")   # rules compiled, gazetteer loaded
    small = min(_seconds(long_line(250_000)) for _ in range(2))
    big = _seconds(long_line(1_000_000))
    assert big < 10 * small + 2.0, (small, big)


def test_a_long_line_keeps_its_events() -> None:
    ex = extract_text(long_line(20_000), published="2025-12-03")
    places_struck = {e.place for e in ex.events}
    assert {"Kharkiv", "Odesa", "Nikopol", "Dnipro"} <= places_struck
    assert max(e.killed or 0 for e in ex.events) == 13


@pytest.mark.parametrize("n", [2_000, 30_000])
@pytest.mark.parametrize("joiner", [" ", ". ", ".\n", "; "])
@pytest.mark.source
def test_layout_equals_the_scans(monkeypatch: pytest.MonkeyPatch, n: int, joiner: str) -> None:
    """Same sentence / same line by numbers (`_Layout`) gives what testing the text between
    each two mentions gave (`_GapLayout`, which answers as scanning it did)."""
    text = long_line(n).replace(" the ", joiner + "The ")
    # (a paragraph's oblast reaching on to the next is no scan's: `_leading_oblasts`)
    monkeypatch.setattr(places._Layout, "_leading_oblasts", lambda self, line: set())
    fast = extract_text(text, published="2025-12-03")
    monkeypatch.setattr(places._Layout, "of", classmethod(
        lambda cls, text, out, named: places._GapLayout(
            places._sentence_ends(text), places._line_breaks(text), out, named)))
    slow = extract_text(text, published="2025-12-03")
    assert fast == slow


def test_here_answers_as_a_scan_would() -> None:
    rng = random.Random(5)
    keys = [_Key("place", k, str(k)) for k in range(4)]
    for _ in range(300):
        here = _Here()
        for pos in sorted(rng.sample(range(200), rng.randint(0, 12))):
            here.append(_Located(pos, rng.choice(keys)))
        at, lo, hi = rng.randrange(220), rng.randrange(220), rng.randrange(220)
        assert here.count_below(at) == sum(pos < at for pos, _k in here)
        assert here.before(at) == sum(pos <= at for pos, _k in here)
        a, b = here.span(lo, hi)
        assert here[a:b] == [x for x in here if lo <= x.start <= hi]
        assert here.several(a, b) == (len({x.key for x in here[a:b]}) > 1)


def test_here_rebuilds_its_index_after_a_change() -> None:
    here = _Here([_Located(5, _Key("place", 1, "a"))])
    assert here.count_below(10) == 1
    here.append(_Located(3, _Key("place", 2, "b")))
    here.sort()
    assert here.count_below(4) == 1 and here.several(0, 2)


def test_used_spans_answer_as_a_scan_would() -> None:
    rng = random.Random(3)
    for _ in range(300):
        used, spans = _Used(), []
        for _ in range(rng.randint(0, 15)):
            s = rng.randrange(100)
            e = s + rng.randint(1, 5)
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                used.add(s, e)
                spans.append((s, e))
        s = rng.randrange(100)
        e = s + rng.randint(1, 8)
        assert used.overlaps(s, e) == any(s < e2 and s2 < e for s2, e2 in spans)


def test_an_overlong_pasted_text_is_refused_with_a_message() -> None:
    from extract.adding import ingest_text

    got = ingest_text("Drones struck Kharkiv. " * (MAX_ARTICLE_CHARS // 20))
    assert got.error is not None and f"more than the {MAX_ARTICLE_CHARS:,}" in got.error
    assert "characters" in got.error and not got.documents


def test_an_article_over_its_time_budget_is_stopped_with_a_message() -> None:
    with pytest.raises(BudgetExceeded, match=r"stopped after the 0 s .* 20,000 characters"):
        extract_text(long_line(20_000), time_budget=0)


def test_the_cli_reports_an_article_over_budget(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import cli, pipeline
    monkeypatch.setattr(pipeline, "extract_text",
                        functools.partial(pipeline.extract_text, time_budget=0))
    (tmp_path / "a.txt").write_text(long_line(5_000), encoding="utf-8")
    assert cli.main([str(tmp_path / "a.txt")]) == 1
    assert "a.txt: extraction stopped after the 0 s one article may take" in \
        capsys.readouterr().err


#: Own-written drone counts told in the perfect ("has already shot down"), which
#: `figures._weapon_period` asks about the report's own night words (`tl.OWN_DAY`).
PERFECT_PHRASES = (
    "air defence has already shot down {a} drones over the Sumy region",
    "russia has already launched {b} drones at the south",
    "the air force has so far destroyed {a} drones overnight",
    "crews have already intercepted {b} drones, the governor said today",
    "the army has now downed {a} drones this morning",
)


def perfect_line(n: int, joiner: str = " and ",
                 phrases: tuple[str, ...] = PERFECT_PHRASES) -> str:
    """`n` characters of drone counts told in the perfect on one line, no full stop."""
    out, size, i = [], 0, 0
    while size < n:
        phrase = phrases[i % len(phrases)].format(a=i % 7 + 2, b=i % 11 + 30)
        out.append(phrase + joiner)
        size += len(phrase) + len(joiner)
        i += 1
    return "".join(out)[:n]


def test_a_long_line_of_counts_told_in_the_perfect_takes_linear_time() -> None:
    """Each such count asked whether the night's words come before its clause's comma: once
    searched from the line's start to the clause's end (80 KB of counts without a comma took 3 s
    from source, 20 KB 0.3 s), now asked of the line once (`figures._own_day_first`)."""
    extract_text("Drones struck Kharkiv, killing 2.")   # rules compiled, gazetteer loaded
    # no night's words, no comma: each count's clause runs to the line's end
    line = perfect_line(200_000, " then ", PERFECT_PHRASES[:2])
    small = min(_seconds(line[:50_000]) for _ in range(2))
    big = _seconds(line)
    assert big < 10 * small + 1.0, (small, big)


def _searched_before_clause_end(low: str, end: int) -> bool:
    """`figures._own_day_before_clause_end` as it was searched at every count: the night's
    words from the sentence's start up to the count's clause's comma."""
    from extract.rules import totals as tl

    clause_end = low.find(",", end)
    return tl.OWN_DAY.regex.search(
        low, 0, len(low) if clause_end == -1 else clause_end) is not None


def test_own_day_before_a_clause_end_answers_as_the_search() -> None:
    from extract.figures import _own_day_before_clause_end

    rng = random.Random(18)
    bits = ("overnight", "today", "this morning", "last night", "the third night in a row",
            "drones", "has already shot down 40", ",", ", ", " , ", "sumy", "tonight,",
            "overnight,", "the early hours", "todays", "earlier")
    for _ in range(400):
        low = " ".join(rng.choice(bits) for _ in range(rng.randint(0, 14)))
        for end in range(len(low) + 1):
            assert _own_day_before_clause_end(low, end) == \
                _searched_before_clause_end(low, end), (low, end)


@pytest.mark.parametrize("joiner", [" and ", ", and ", "; ", ". "])
@pytest.mark.source
def test_a_long_line_of_perfect_counts_reads_as_the_search_did(
        monkeypatch: pytest.MonkeyPatch, joiner: str) -> None:
    """The same figures and events from a long line of counts told in the perfect, the night's
    words asked once a sentence or searched at every count as before."""
    from extract import figures

    text = perfect_line(30_000, joiner)
    fast = extract_text(text, published="2025-12-03")
    monkeypatch.setattr(figures, "_own_day_before_clause_end", _searched_before_clause_end)
    slow = extract_text(text, published="2025-12-03")
    assert fast == slow
