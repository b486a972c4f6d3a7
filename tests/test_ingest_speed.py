"""Ingest's fast paths (issue 16) store what the plain computation they stand for stores:
they were made for speed alone (the stores stay identical row by row)."""

from __future__ import annotations

import importlib.util
import sqlite3
import unicodedata
import zlib
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from itertools import chain
from pathlib import Path

import numpy as np
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


def _encoded(text: str) -> bytes | type[UnicodeEncodeError]:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return UnicodeEncodeError


def _utf8_path(text: str) -> tuple[bytes, str | None] | type[UnicodeEncodeError]:
    try:
        return dedup.normalized_utf8(text)
    except UnicodeEncodeError:
        return UnicodeEncodeError


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from(["", "Drones hit the city overnight, officials said. " * 3,
                                "• Air alert in Kharkiv ° 5 € 2 ‰ § — ", "Ж"]))
def test_normalized_utf8_is_the_normalised_text_encoded(text: str, prose: str) -> None:
    """The bytes' way (`dedup.normalized_utf8`) gives the bytes of `_plain_normalize`, and
    says None for the text only when no character outside ASCII is a word character."""
    for t in (text, prose + text, text + prose, prose * 3 + text):
        plain = _plain_normalize(t)
        got, encoded = _utf8_path(t), _encoded(plain)
        if encoded is UnicodeEncodeError:  # a lone surrogate: both ways refuse the text
            assert got is UnicodeEncodeError
            continue
        assert got is not UnicodeEncodeError and got[0] == encoded
        assert got[1] == plain or (got[1] is None and not _plain_wide_words(plain))


def _plain_one_space(data: bytes) -> bytes:
    """Runs of spaces made one, as `normalized_utf8` made them before `dedup._one_space`."""
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    return data.strip(b" ")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b" ", b"  ", b"   ", b"    ", b"a", b"bc", b"\xe2\x80\xa2",
                                 b"'"]), max_size=30))
def test_one_space_as_replaced_pair_by_pair(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert dedup._one_space(data) == _plain_one_space(data)
    for edge in (b" " + data, data + b" ", b"  " + data + b"   "):
        assert dedup._one_space(edge) == _plain_one_space(edge)


def test_plain_characters_never_join_the_character_before() -> None:
    """What the bytes' way skips NFKC for (`dedup._PlainChar`): every character that a
    canonical composition takes second (what NFKC may join to the character before it,
    Hangul's vowel and final jamo too) is not plain nor ASCII, and NFKC leaves every plain
    character as it is, over the whole of this Python's Unicode table."""
    seconds = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    for cp in range(0x110000):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    plain = dedup._PlainChar()
    assert len(seconds) > 80
    assert not [c for c in seconds if c.isascii() or plain[c]]
    assert not [cp for cp in range(0x80, 0x110000)
                if plain[chr(cp)] and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)]


def _plain_signature(norm: str) -> np.ndarray | None:
    """The MinHash signature as first written: the regex's words, each word's CRC-32 (0
    taken as 1), each 5-shingle's polynomial of them, and every hash function of the family
    applied to every shingle at once (broadcast), the minimum of each, its high half."""
    words = dedup._WORD_RE.findall(norm)
    if not words:
        return None
    w = np.array([zlib.crc32(x.encode("utf-8")) or 1 for x in words], dtype=np.uint64)
    k = min(dedup.SHINGLE_WORDS, w.size)
    n = w.size - k + 1
    h = w[:n].copy()
    for j in range(1, k):
        h = h * np.uint64(1_000_003) + w[j:j + n]
    h = (h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    a, b = dedup._hash_family()
    return (np.multiply.outer(h, a) + b).min(axis=0) >> np.uint64(32)


@pytest.mark.parametrize("words", [1, 3, 5, 6, 200, 259, 260, 261, 515, 516, 700, 5000])
@pytest.mark.parametrize("shape", ["ascii", "bullets", "cyrillic"])
def test_signature_in_blocks_as_plainly_computed(words: int, shape: str) -> None:
    """`dedup.signature_utf8` (and `signature`) of texts whose shingles fill the blocks of
    `dedup._TILE` exactly, one more, one fewer, several: the plain computation's bits."""
    vocab = {"ascii": ["Drones", "hit", "Kharkiv", "at", "night", "2", "x_y"],
             "bullets": ["• Drones", "hit", "Kharkiv °", "at", "night —", "2", "€"],
             "cyrillic": ["Дрони", "атакували", "Kharkiv", "вночі", "2", "ї"]}[shape]
    text = " ".join(f"{vocab[i % len(vocab)]}{i % 97}" for i in range(words))
    norm = _plain_normalize(text)
    expected = _plain_signature(norm)
    data, got_norm = dedup.normalized_utf8(text)
    for got in (dedup.signature_utf8(data, got_norm), dedup.signature(norm)):
        assert got is not None and expected is not None
        assert got.dtype == np.uint64 and (got == expected).all()
    assert dedup.signature_utf8(b"", None) is None and dedup.signature("") is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), min_size=dedup.NUM_PERM, max_size=dedup.NUM_PERM))
def test_band_keys_as_plainly_computed(values: list[int]) -> None:
    """`StoryIndex._band_keys` (in-place steps against a 0-d multiplier) gives each band's
    key as Python integers compute it: h = (h ^ v) * M modulo 2**64 over the band's values
    from h = 0, and the band's salt mixed in."""
    mul, salts = 0x9E3779B97F4A7C15, [int(s) for s in dedup._BAND_SALTS]
    signature = np.array(values, dtype=np.uint64).tobytes()
    expected = []
    for band in range(dedup._BANDS):
        h = 0
        for v in values[band * dedup._ROWS:(band + 1) * dedup._ROWS]:
            h = ((h ^ v) * mul) % 2**64
        expected.append(h)
    sig, keys, mixed = dedup.StoryIndex()._band_keys(signature)
    assert keys == expected and all(type(k) is int for k in keys)
    assert mixed.dtype == np.uint64
    assert mixed.tolist() == [k ^ s for k, s in zip(expected, salts, strict=True)]
    assert sig.tobytes() == signature


_DAYS = st.dates(datetime(1900, 1, 2).date(), datetime(2100, 1, 1).date())
_TIMES = st.datetimes(datetime(1900, 1, 2), datetime(2100, 1, 1))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(_DAYS.map(str), _TIMES.map(str), st.text(max_size=12), st.none(),
                          _DAYS), max_size=12))
def test_date_window_remembered_as_worked_out(values: list[object]) -> None:
    """`dedup.date_window` (remembered per date text) gives what working it out gives, the
    second time too, for dates, datetimes, malformed text, None and date objects; the memory
    stays within its bound."""
    for value in values + values:
        assert dedup.date_window(value) == dedup._date_window(value)
    assert len(dedup._WINDOWS) <= dedup._WINDOWS_MAX
    assert dedup.date_window("2025-11-24") == ("2025-11-23", "2025-11-25")
    assert dedup.date_window("2025-11-24T23:59:00") == ("2025-11-23", "2025-11-25")
    assert dedup.date_window("soon") is None and dedup.date_window(None) is None


def test_results_pickle_as_they_are() -> None:
    """`_Result` and `_Outcome` (not frozen: cheaper to unpickle) come back from a worker
    equal, of the same types, with the prepared document and fingerprint as they were."""
    import pickle

    from extract.ingest import _Outcome, _Result
    from extract.reading import RawArticle
    from geo.store import prepare

    fp = dedup.Fingerprint.of("Drones hit Kyiv at night.")
    doc = prepare({"article": {"id": "a1", "source": "s"}, "mentions": [], "events": []},
                  "Drones hit Kyiv at night.", None, fp)
    art = RawArticle("Drones hit Kyiv at night.", None, "s", None, None)
    result = _Result("in.txt", (_Outcome(doc, "Drones hit Kyiv at night.", fp),
                                _Outcome(doc, "x", fp, "acled", art)), ("a message",), 2)
    back = pickle.loads(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
    assert back == result and type(back) is _Result
    assert [type(o) for o in back.outcomes] == [_Outcome, _Outcome]
    assert back.outcomes[1].copy_of == art and back.outcomes[0].doc == doc


def test_tasks_and_articles_pickle_as_they_are() -> None:
    """`_Task.__reduce__` (the path as text) and `RawArticle.__reduce__` give back equal
    objects of the same types, for each kind of task a batch sends to its workers."""
    import pickle

    from extract.ingest import _Task
    from extract.reading import RawArticle

    art = RawArticle("Drones hit Kyiv.", "2025-11-24", "feed#3", "Night", "https://x.example/a")
    for task in (_Task("/tmp/r 1/a.txt", path=Path("/tmp/r 1/a.txt")),
                 _Task("feed.xml", article=art), _Task("a.csv", error="bad row"),
                 _Task("relative.txt", path=Path("in/relative.txt"))):
        back = pickle.loads(pickle.dumps((7, task), pickle.HIGHEST_PROTOCOL))[1]
        assert back == task and type(back.path) is type(task.path)
    assert pickle.loads(pickle.dumps(art)) == art


def test_a_batch_journals_its_savepoints_in_memory_and_still_rolls_one_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`SQLiteStore.batch` keeps the savepoints' journals in memory (`temp_store`) while it
    lasts and gives the setting back; an article that fails after its first writes still
    rolls back alone, the batch's others kept."""
    def doc(aid: str, n: int) -> dict[str, object]:
        mentions = [{"text": f"Place {i}", "start": i, "end": i + 5, "name": f"Place {i}",
                     "kind": "settlement", "geonameid": i, "lat": 48.0, "lon": 35.0,
                     "oblast": "Kharkiv", "oblast_iso": "UA-63", "in_ukraine": True,
                     "role": "other"} for i in range(n)]
        event = {"id": f"{aid}-e", "date": "2025-11-24", "place": "Kharkiv",
                 "place_kind": "settlement", "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv",
                 "oblast_iso": "UA-63", "geo_precision": 1, "weapon": "drone", "killed": n,
                 "sentence": "A drone hit Kharkiv.", "start": 0, "end": 20}
        return {"article": {"id": aid, "source": f"{aid}.txt", "published": "2025-11-24"},
                "mentions": mentions, "events": [event]}

    with store_mod.open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        before = store._db.execute("PRAGMA temp_store").fetchone()[0]
        with store.batch(commit_seconds=3600):
            assert store._db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
            store.add(doc("a1", 300), raw_text="First report. " * 400)
            with monkeypatch.context() as m:  # fails after its article and mentions
                m.setattr(store_mod.SQLiteStore, "_add_report",
                          lambda *_a, **_k: (_ for _ in ()).throw(RuntimeError("boom")))
                with pytest.raises(RuntimeError):
                    store.add(doc("a2", 300), raw_text="Second report. " * 400)
            store.add(doc("a3", 5), raw_text="Third report. " * 400)
        assert store._db.execute("PRAGMA temp_store").fetchone()[0] == before
        rows = store._db.execute("SELECT article_id, count(*) FROM mentions "
                                 "GROUP BY article_id ORDER BY 1").fetchall()
        assert rows == [("a1", 300), ("a3", 5)]
        assert store.articles_count() == 2 and store.reports_count() == 2


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


def _speed_doc(aid: str, place: str, killed: int | None, n_mentions: int,
               day: str = "2025-11-24") -> dict[str, object]:
    """An extraction document of our own: `n_mentions` mentions and one strike on `place`."""
    mentions = [{"text": f"{place} {i}", "start": 9 * i, "end": 9 * i + 6, "name": place,
                 "kind": "settlement", "geonameid": 700 + i, "lat": None if i % 3 else 49.5,
                 "lon": 36.1 if i % 2 else None, "oblast": None, "oblast_iso": "UA-63",
                 "in_ukraine": bool(i % 2), "role": "strike"} for i in range(n_mentions)]
    event = {"id": f"{aid}-e", "date": day, "place": place, "place_kind": "settlement",
             "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv", "oblast_iso": "UA-63",
             "geo_precision": 1, "weapon": "drone", "killed": killed, "injured": None,
             "sentence": f"Drones hit {place} at night.", "start": 0, "end": 24}
    return {"article": {"id": aid, "source": f"https://news.example/{aid}",
                        "published": day}, "mentions": mentions, "events": [event]}


def _rows_but_times(store: store_mod.SQLiteStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the written tables, but the columns that hold the time of the write."""
    out = {}
    for table in ("articles", "article_sources", "mentions", "events", "event_reports",
                  "event_sources"):
        cols = [r[1] for r in store._db.execute(f"PRAGMA table_info({table})")
                if r[1] != "added"]
        out[table] = store._db.execute(
            f"SELECT {', '.join(store_mod._quoted(tuple(cols)))} FROM {table} "
            f"ORDER BY 1, 2").fetchall()
    return out


def test_a_batch_stores_without_foreign_key_lookups_what_checked_writes_store(
        tmp_path: Path) -> None:
    """`SQLiteStore.batch` turns the foreign-key look-ups off (every parent row is written
    first by `add` itself) and on again after it: the same rows as articles added one by one
    with every key checked - new articles, an exact copy from another source, a report that
    joins a stored event - and, after the batch, a mention of no article is refused again."""
    texts = ["Drones hit Kharkiv at night; two died. " * 30,
             "A strike on Izium damaged a school overnight. " * 30,
             "Drones hit Kharkiv at night; two died. " * 30,  # the first text again
             "Officials in Kharkiv counted the dead after the drones. " * 30]
    docs = [_speed_doc("a1", "Kharkiv", 2, 7), _speed_doc("a2", "Izium", None, 4),
            _speed_doc("a3", "Kharkiv", 2, 7), _speed_doc("a4", "Kharkiv", 3, 2)]
    stores = []
    for name, batched in (("plain.gpkg", False), ("batch.gpkg", True)):
        store = store_mod.open_store(f"sqlite:///{tmp_path / name}")
        with store.batch(commit_seconds=3600) if batched else nullcontext():
            keys = store._db.execute("PRAGMA foreign_keys").fetchone()[0]
            assert keys == (0 if batched else 1)
            for doc, text in zip(docs, texts, strict=True):
                store.add(doc, raw_text=text)
        stores.append(store)
    plain, batch = (_rows_but_times(s) for s in stores)
    assert plain == batch
    assert len(plain["mentions"]) == 13 and len(plain["events"]) == 2  # a4 joined a1's event
    assert len(plain["article_sources"]) == 4 and len(plain["event_reports"]) == 3
    db = stores[1]._db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO mentions (article_id, text) VALUES ('no such article', 'x')")
    for store in stores:
        store.close()


def test_a_merge_fills_a_missing_date_and_keeps_one_without_assigning_it(
        tmp_path: Path) -> None:
    """A merge's UPDATE assigns the date only to an event that has none (`_merge_into`'s
    `dated`): an undated event takes the date of the first dated report that joins it, a
    dated one keeps its own - as `date = COALESCE(date, ?)` on every merge kept them."""
    undated = [_speed_doc(f"u{i}", "Kupiansk", 1, 1, day) for i, day in
               enumerate((None, None, "2025-11-20", "2025-11-21"))]
    dated = [_speed_doc(f"d{i}", "Izium", 1, 1, day) for i, day in
             enumerate(("2025-11-24", "2025-11-25", None))]
    body = " ".join(f"line{i} of the night's strike report" for i in range(60))
    with store_mod.open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        with store.batch(commit_seconds=3600):
            for n, doc in enumerate(undated + dated):  # near-copies: one story, so the
                doc["article"]["published"] = None     # undated reports join one event
                store.add(doc, raw_text=f"{body} Update {n}.")
        rows = store._db.execute("SELECT place, date, reports FROM events ORDER BY fid")
        assert rows.fetchall() == [("Kupiansk", "2025-11-20", 4), ("Izium", "2025-11-24", 3)]


@pytest.mark.parametrize("column", ["TEXT", "INTEGER", "DOUBLE", "BOOLEAN", "DATE", ""])
def test_nan_binds_as_none_does(column: str) -> None:
    """`store_mod._NULL` (a NaN) stores and compares as None does: in a column of each type
    the GeoPackage declares, untyped, and in the expressions of the writer's statements."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE t (k INTEGER PRIMARY KEY, v {column}, w {column} DEFAULT 5)")
    for value in (None, store_mod._NULL):
        db.execute("INSERT INTO t (v, w) VALUES (?, COALESCE(?, 7))", (value, value))
        db.execute("UPDATE t SET w = CASE WHEN w = 7 AND ? THEN 1 ELSE w END", (value,))
    rows = db.execute("SELECT typeof(v), v, typeof(w), w, v IS NULL FROM t ORDER BY k")
    first, second = rows.fetchall()
    assert first == second  # w's type is its column's affinity's: the same either way
    assert first[:2] == ("null", None) and first[3] in (7, "7") and first[4] == 1


_MENTION_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3),
                            st.sampled_from([0.0, -0.0, 1.0, 48.5, "", "UA-63", "Kharkiv"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(*[_MENTION_VALUES] * len(store_mod._MENTION_FIELDS)),
                min_size=1, max_size=store_mod._MENTION_ROWS))
def test_mention_params_store_what_the_rows_bound_plainly_store(
        rows: list[tuple[object, ...]]) -> None:
    """`_mention_params` (Nones of the common shapes as `_NULL`, `in_ukraine` an integer)
    stores the rows, types and order that the rows' own values store."""
    cols = ", ".join(store_mod._quoted(store_mod._MENTION_FIELDS))
    types = ", ".join(f"typeof({c})" for c in store_mod._quoted(store_mod._MENTION_FIELDS))
    got = []
    for params in (store_mod._mention_params("a1", tuple(rows)),
                   ("a1", *chain.from_iterable(rows))):
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE mentions (fid INTEGER PRIMARY KEY, article_id TEXT, text TEXT, "
                   "start INTEGER, \"end\" INTEGER, name TEXT, kind TEXT, geonameid INTEGER, "
                   "lat DOUBLE, lon DOUBLE, oblast TEXT, oblast_iso TEXT, in_ukraine BOOLEAN, "
                   "role TEXT)")
        db.execute(_insert_mentions_sql(len(rows)), params)
        got.append(db.execute(f"SELECT fid, article_id, {cols}, {types} FROM mentions "
                              f"ORDER BY fid").fetchall())
    assert got[0] == got[1]


def test_writes_without_adapter_lookups_store_what_plain_binding_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GeoPackage writer's statements that bind `_NULL` for None (mentions, events, their
    reports, a merge's UPDATE: `_mention_params`, `_nulls_as_nan`) store the rows that binding
    the values as they are stores: new events, undated ones, merges that fill a date, a
    position or nothing, an exact copy."""
    texts = ["Drones hit Kharkiv at night; two died. " * 30,
             "A strike on Izium damaged a school overnight. " * 30,
             "Drones hit Kharkiv at night; two died. " * 30,
             "Officials in Kharkiv counted the dead after the drones. " * 30,
             "Kharkiv again: a drone at dawn, nobody hurt. " * 30]
    docs = [_speed_doc("a1", "Kharkiv", 2, 7), _speed_doc("a2", "Izium", None, 4),
            _speed_doc("a3", "Kharkiv", 2, 7), _speed_doc("a4", "Kharkiv", 3, 2),
            _speed_doc("a5", "Kharkiv", None, 3)]
    docs[0]["events"][0].update(lat=None, lon=None)  # filled by a merge
    stores = []
    for name, plain in (("fast.gpkg", False), ("plain.gpkg", True)):
        with monkeypatch.context() as m:
            if plain:
                m.setattr(store_mod, "_nulls_as_nan", list)
                m.setattr(store_mod, "_mention_params",
                          lambda aid, rows: (aid, *chain.from_iterable(rows)))
            store = store_mod.open_store(f"sqlite:///{tmp_path / name}")
            with store.batch(commit_seconds=3600):
                for doc, text in zip(docs, texts, strict=True):
                    store.add(doc, raw_text=text)
        stores.append(store)
    fast, plain_rows = (_rows_but_times(s) for s in stores)
    assert fast == plain_rows
    assert len(fast["events"]) == 2 and len(fast["event_reports"]) == 4  # a3 is a copy
    merged = stores[0]._db.execute("SELECT lat, reports, killed, disputed, injured FROM events "
                                   "WHERE id = 'a1-e'").fetchone()
    assert merged == (49.99, 3, 2, "killed", None)  # position filled, killed disputed
    for store in stores:
        store.close()


def _plain_stamp(ns: int) -> str:
    """`store_mod._stamp` as `_now` computed it before: the whole time formatted each call."""
    moment = datetime(1970, 1, 1) + timedelta(microseconds=ns // 1000)
    return moment.isoformat(timespec="microseconds") + "Z"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4_102_444_800 * 10**9), max_size=8))
def test_stamps_as_plainly_formatted(times: list[int]) -> None:
    """`_stamp` (the date and time of day formatted once a second) gives the plain text for
    any time, and for times in the same second, the next one and back again."""
    edge = 1_764_547_199 * 10**9  # the last second of a month
    for ns in (*times, 0, edge, edge + 999_999_999, edge + 10**9, edge - 1, edge + 5):
        assert store_mod._stamp(ns) == _plain_stamp(ns)


def test_the_first_stamp_of_a_process_is_plainly_formatted() -> None:
    """`_stamp`'s cache holds a true pair before its first call: a fresh copy of the module
    stamps any time, the second of the epoch and the one before it too, as plainly."""
    spec = importlib.util.find_spec("geo.store")
    assert spec is not None and spec.loader is not None
    for ns in (-1, 0, 5, -10**9, 10**9):
        fresh = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(fresh)
        assert fresh._stamp(ns) == _plain_stamp(ns), ns


def test_now_is_the_time_of_the_call() -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    got = store_mod._now()
    after = datetime.now(UTC).replace(tzinfo=None)
    assert got.endswith("Z") and len(got) == 27
    moment = datetime.fromisoformat(got[:-1])
    assert before - timedelta(microseconds=1) <= moment <= after


def test_mention_params_reads_the_fields_at_the_positions_it_takes() -> None:
    # `_mention_params` takes lat, lon, oblast, oblast_iso and in_ukraine by position
    assert store_mod._MENTION_FIELDS[6:11] == ("lat", "lon", "oblast", "oblast_iso",
                                               "in_ukraine")


@pytest.mark.parametrize("batched", [False, True])
def test_event_sources_bound_as_the_article_sources_sub_select_gave_them(
        tmp_path: Path, batched: bool) -> None:
    """`SQLiteStore._add_report` binds the article's one source into `event_sources` instead
    of reading it back from `article_sources` (a sub-select a report): every event's sources
    are still those of its reports' articles - a new event, a merge, an article with no
    source (stored as "article:<id>"), an exact copy from another outlet (its source counted
    on the events later) and an article whose id another text took - inside a batch (the kept
    cursor) and outside."""
    texts = ["Drones hit Kharkiv at night; two died. " * 30,
             "A strike on Izium damaged a school overnight. " * 30,
             "Drones hit Kharkiv at night; two died. " * 30,  # the first text again
             "Officials in Kharkiv counted the dead after the drones. " * 30,
             "Another account of drones over Kharkiv before dawn. " * 30]
    docs = [_speed_doc("a1", "Kharkiv", 2, 7), _speed_doc("a2", "Izium", None, 4),
            _speed_doc("a3", "Kharkiv", 2, 7), _speed_doc("a4", "Kharkiv", 3, 2),
            _speed_doc("a1", "Kharkiv", 2, 3)]  # a1's id again, another text
    docs[3]["article"]["source"] = None
    store = store_mod.open_store(f"sqlite:///{tmp_path / 's.gpkg'}")
    with store.batch(commit_seconds=3600) if batched else nullcontext():
        for doc, text in zip(docs, texts, strict=True):
            store.add(doc, raw_text=text)
    db = store._db
    stored = set(db.execute("SELECT event_fid, source FROM event_sources").fetchall())
    plain = set(db.execute("SELECT DISTINCT r.event_fid, s.source FROM event_reports r "
                           "JOIN article_sources s ON s.article_id = r.article_id").fetchall())
    assert stored == plain
    assert len(db.execute("SELECT DISTINCT article_id FROM event_reports").fetchall()) == 4
    assert any(s.startswith("article:") for _fid, s in stored)
    assert db.execute("SELECT sources FROM events ORDER BY fid").fetchall() == [
        (len([1 for fid, _s in stored if fid == f]),)
        for (f,) in db.execute("SELECT fid FROM events ORDER BY fid").fetchall()]
    store.close()


def test_merges_of_reports_without_figures_as_a_merge_of_all_reports(tmp_path: Path) -> None:
    """`SQLiteStore._remerge` skips the figure checks of a report that gives no figure (it
    gains no vote): the events' figures and disputes are those a merge of all their reports
    read back gives (`_remerge` with no kept votes), whatever the order of bare reports and
    reports with figures, in agreement or not."""
    killed = [None, 2, None, None, 3, None, 2, None]
    texts = [" ".join(f"w{i}x{j}" for j in range(200))  # no near-copies: a story each
             for i in range(len(killed))]
    store = store_mod.open_store(f"sqlite:///{tmp_path / 's.gpkg'}")
    with store.batch(commit_seconds=3600):
        for i, (k, text) in enumerate(zip(killed, texts, strict=True)):
            store.add(_speed_doc(f"b{i}", "Kharkiv", k, 2), raw_text=text)
    cols = f"fid, {', '.join(store_mod.FIGURES)}, disputed, reports"
    kept = store._db.execute(f"SELECT {cols} FROM events ORDER BY fid").fetchall()
    assert len(kept) == 1 and kept[0][-1] == len(killed) and kept[0][-2] is not None
    assert len(store._votes) == 1  # the merges went the kept votes' way
    store._votes.clear()
    with store._lock, store._transaction():
        for (fid,) in store._db.execute("SELECT fid FROM events").fetchall():
            store._remerge(fid)
    assert store._db.execute(f"SELECT {cols} FROM events ORDER BY fid").fetchall() == kept
    store.close()


def test_find_event_with_one_candidate_as_ranked(tmp_path: Path) -> None:
    """`SQLiteStore._find_event` returns a lone candidate without ranking it (no dates
    parsed): the same event and date as the ranking of the candidates gives - forced here by
    handing the ranking each candidate twice - for one candidate, two (the nearer date, then
    the first), none, an undated report, and a report of an origin already there."""
    store = store_mod.open_store(f"sqlite:///{tmp_path / 's.gpkg'}")
    two = _speed_doc("x1", "Kharkiv", 2, 1)
    two["events"].append({**two["events"][0], "id": "x1-e2", "date": "2025-11-25"})
    store.add(two, raw_text="Two strikes on Kharkiv, a day apart, in our words. " * 20)
    store.add(_speed_doc("y1", "Izium", None, 1),
              raw_text="One strike on Izium, told in our own words here. " * 20)
    keys = {r[0]: r[1] for r in store._db.execute("SELECT place, match_key FROM events")}
    real_run = store._run

    class Twice:
        def __init__(self, cur: object) -> None:
            self.cur = cur

        def fetchall(self) -> list[object]:
            rows = self.cur.fetchall()  # type: ignore[attr-defined]
            return rows + rows

    for key in keys.values():
        for when in ("2025-11-24", "2025-11-25", "2025-11-26", None):
            for origin in ("z9", "x1"):
                args = (key, "drone", when, "story-z", origin)
                got = store._find_event(*args)
                store._run = lambda *a: Twice(real_run(*a))  # type: ignore[method-assign]
                try:
                    ranked = store._find_event(*args)
                finally:
                    store._run = real_run  # type: ignore[method-assign]
                assert got == ranked, args
    assert store._find_event(keys["Izium"], "drone", "2025-11-24", "s", "z9") is not None
    store.close()
