"""Ingest's fast paths (issue 16) store what the plain computation they stand for stores:
they were made for speed alone (the stores stay identical row by row)."""

from __future__ import annotations

import sqlite3
import unicodedata
from itertools import chain

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import dedup
from geo import store as store_mod
from geo.store import _insert_mentions_sql


def _plain_bind(value: object) -> tuple[str, object]:
    """How sqlite3 stores `value` without any adapter registered (in a fresh process the
    adapters of `geo.store` are not there): its SQL type and the value read back."""
    saved = dict(sqlite3.adapters)
    try:
        for key in [k for k in sqlite3.adapters if k[0] in (type(None), bool)]:
            del sqlite3.adapters[key]
        db = sqlite3.connect(":memory:")
        return db.execute("SELECT typeof(?1), ?1", (value,)).fetchone()
    finally:
        sqlite3.adapters.clear()
        sqlite3.adapters.update(saved)


@pytest.mark.parametrize("value", [None, True, False, 0, 1, 2.5, "x"])
def test_none_and_bools_bound_as_without_the_adapters(value: object) -> None:
    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters  # geo.store registered
    db = sqlite3.connect(":memory:")
    assert db.execute("SELECT typeof(?1), ?1", (value,)).fetchone() == _plain_bind(value)


def test_mentions_statement_binds_the_article_once() -> None:
    """The numbered INSERT stores the rows the plain one (the article id beside each row's
    values) stores, in the same order: 1 row, a few, and a full statement."""
    width = len(store_mod._MENTION_FIELDS)
    cols = ", ".join(store_mod._quoted(store_mod._MENTION_FIELDS))
    plain_one = f"({', '.join('?' * (1 + width))})"
    for n in (1, 3, store_mod._MENTION_ROWS):
        rows = tuple((f"Place {i}", i, i + 5, f"Name {i}", "settlement", 1000 + i,
                      None if i % 3 else 48.5 + i / 7, 30.25 - i / 9, None, "UA-63",
                      bool(i % 2), "strike") for i in range(n))
        got = []
        for sql, params in (
                (_insert_mentions_sql(n), (f"a{n}", *chain.from_iterable(rows))),
                (f"INSERT INTO mentions (article_id, {cols}) VALUES "
                 f"{', '.join([plain_one] * n)}", [v for m in rows for v in (f"a{n}", *m)])):
            db = sqlite3.connect(":memory:")
            db.execute(f"CREATE TABLE mentions (fid INTEGER PRIMARY KEY, article_id TEXT, "
                       f"{cols})")
            db.execute(sql, params)
            got.append(db.execute(f"SELECT fid, article_id, {cols}, typeof(lat), "
                                  f"typeof(in_ukraine) FROM mentions ORDER BY fid").fetchall())
        assert got[0] == got[1]
        assert len(got[0]) == n


def _plain_normalize(text: str) -> str:
    """`dedup.normalize_text` as it was written before its fast paths."""
    if text.isascii():
        text = text.replace("`", "'")
    else:
        text = dedup._QUOTES_RE.sub(dedup._unquote, unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def _plain_wide_words(norm: str) -> bool:
    return any(m.group().isalnum() for m in dedup._NON_ASCII_RE.finditer(norm))


#: Characters that test the paths: ASCII, the quotes and dashes, signs that fold to
#: themselves, letters that do not (one to two: ß; Turkish İ; title case; Greek sigmas),
#: Cyrillic, a combining accent, compatibility forms (NFKC), Unicode spaces and separators
#: `str.split` knows, a lone surrogate, an emoji.
_CHARS = [*"abcXYZK `'\"\n\t -.,!?09_", "•", "’", "‘", "“", "”", "—", "–", "«", "\u00a0",
          "é", "É", "ß", "İ", "Σ", "σ", "ς", "ǅ", "ﬁ", "Ж", "ж", "ї", "\u0301", "\u2028",
          "\x85", "\x1c", "\u3000", "°", "€", "½", "²", "µ", "ſ", "Ⅷ", "\ud800", "\U0001F600"]
_TEXTS = st.lists(st.sampled_from(_CHARS), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from(["", "Drones hit the city overnight, officials said. " * 3]))
def test_normalize_text_as_plainly_computed(text: str, prose: str) -> None:
    for t in (text, prose + text, text + prose):
        assert dedup.normalize_text(t) == _plain_normalize(t)
        assert dedup._casefold(t) == t.casefold()
        norm = _plain_normalize(t)
        assert dedup._wide_words(norm) == _plain_wide_words(norm)


def test_normalize_text_of_news_shapes() -> None:
    """English with a bullet and curly quotes (the bytes' fold), Ukrainian (casefold),
    a Latin letter that folds to another (ß: casefold again)."""
    for t in ("Last update • 2 hours ago\n\nThe governor said “111 drones” hit Dnipro — "
              "two were killed.", "Уночі ворог атакував Харківщину: «Шахеди» — 12 одиниць.",
              "Straße • Kyiv ’s Mayor", "NO ASCII•ONLY" * 40):
        assert dedup.normalize_text(t) == _plain_normalize(t)
        assert dedup._wide_words(_plain_normalize(t)) == _plain_wide_words(_plain_normalize(t))


_FIGURE_VALUES = st.one_of(st.none(), st.integers(min_value=-5, max_value=2100),
                           st.sampled_from(["12", "x", 3.7, True]))


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: _FIGURE_VALUES for f in dedup.FIGURES}))
def test_credible_figures_as_each_figure_plainly(report: dict[str, object]) -> None:
    assert dedup.credible_figures(report) == {f: dedup.credible(report, f)
                                              for f in dedup.FIGURES}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"),
                          st.fixed_dictionaries({}, optional={
                              f: st.one_of(st.none(), st.integers(0, 9))
                              for f in dedup.FIGURES})), max_size=12))
def test_merge_of_the_figures_that_gained_a_vote_as_a_merge_of_all(
        reports: list[tuple[str, dict[str, int | None]]]) -> None:
    """The store's merge after each report (`_merged_again`: only figures that gained a
    vote) equals `merge_votes` of every vote so far."""
    from geo.merge_rule import merge_votes

    votes: dict[str, dict[str, int]] = {f: {} for f in dedup.FIGURES}
    merged = merge_votes({f: [] for f in dedup.FIGURES})
    for story, figures in reports:
        gained = []
        for fig, value in dedup.credible_figures(figures).items():
            if value is not None and story not in votes[fig]:
                votes[fig][story] = value
                gained.append(fig)
        if gained:
            merged = store_mod._merged_again(merged, votes, gained)
        assert merged == merge_votes({f: list(v.values()) for f, v in votes.items()})
