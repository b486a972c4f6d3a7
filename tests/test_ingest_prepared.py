"""Issue 16's ingest speed-ups keep their results: documents prepared in worker processes
(`geo.store.prepare`) store exactly what the documents themselves store, on both backends;
the ASCII word path of the MinHash finds the regex's words; folders resolved once resolve
files as `Path.resolve` does."""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path
from typing import Any

import pytest

from extract import ingest as ingest_module
from geo import dedup
from geo.store import Prepared, StoreError, open_store, prepare

TEXT = ("Russian drones struck Kharkiv overnight, killing two people and injuring five, the "
        "regional governor said on Telegram. Firefighters worked through the night. ") * 4


def _event(n: int, place: str, *, killed: int | None, weapon: str = "drone",
           lat: float | None = 49.98, lon: float | None = 36.25, **extra: Any) -> dict[str, Any]:
    return {"id": f"ev{n}", "date": "2025-11-24", "place": place, "place_kind": "settlement",
            "lat": lat, "lon": lon, "oblast": "Kharkiv", "oblast_iso": "UA-63",
            "geo_precision": 1, "weapon": weapon, "drones": 40 + n, "drones_downed": 30,
            "missiles": None, "missiles_downed": None, "killed": killed, "injured": 5,
            "sentence": f"Drones struck {place}.", "start": 0, "end": 20,
            "how": {"killed": "stated"}, **extra}


def _doc(n: int, source: str, events: list[dict[str, Any]], *, title: str = "Strike",
         url: str | None = None) -> dict[str, Any]:
    return {"article": {"id": None, "source": source, "published": "2025-11-24",
                        "title": title, "url": url, "lang": "en"},
            "mentions": [{"text": "Kharkiv", "start": 22, "end": 29, "name": "Kharkiv",
                          "kind": "settlement", "geonameid": 706483, "lat": 49.98,
                          "lon": 36.25, "oblast": "Kharkiv", "oblast_iso": "UA-63",
                          "in_ukraine": True, "role": "strike"},
                         {"text": "Moscow", "start": 40, "end": 46, "name": "Moscow",
                          "kind": "settlement", "geonameid": 524901, "lat": 55.75,
                          "lon": 37.62, "oblast": None, "oblast_iso": None,
                          "in_ukraine": False, "role": "other"}][: 1 + n % 2],
            "events": events}


def _inputs() -> list[tuple[dict[str, Any], str]]:
    """Articles that exercise every write: new events, merges with other figures, an exact
    copy from another outlet, a near-copy (its own story link), an event without a position
    filled later, a NUL in a title and in a source, an event with its own link."""
    near = TEXT.replace("overnight", "late on Monday") + " Updated."
    return [
        (_doc(1, "https://a.example/1", [_event(1, "Kharkiv", killed=2),
                                         _event(2, "Chuhuiv", killed=None, lat=None,
                                                lon=None)]), TEXT),
        (_doc(2, "https://b.example/2", [_event(3, "Kharkiv", killed=3)],
              url="https://b.example/2?amp"), TEXT + " Other outlet, own words."),
        (_doc(3, "https://c.example/3", [_event(4, "Kharkiv", killed=2)]), TEXT),
        (_doc(4, "https://d.example/4", [_event(5, "Kharkiv", killed=2),
                                         _event(6, "Chuhuiv", killed=1)]), near),
        (_doc(5, "file\x00name.txt", [_event(7, "Izium", killed=4,
                                               url="https://e.example/izium")],
              title="Title with a NUL \x00 in it"), "Izium was hit. " * 30),
        (_doc(6, "https://f.example/6", [_event(8, "Izium", killed=40)]),
         "Another report on Izium. " * 30),
    ]


_TABLES = {
    "articles": "id, content_key, story_id, similarity, dataset, published, title, source, "
                "signature, text, lang, url, added_by",
    "article_sources": "article_id, source, added_by",
    "mentions": 'article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast, '
                "oblast_iso, in_ukraine, role",
    "events": 'id, date, place, place_kind, lat, lon, oblast, oblast_iso, geo_precision, '
              "weapon, drones, drones_downed, missiles, missiles_downed, killed, injured, "
              'sentence, start, "end", article_id, source, title, published, sources, '
              "reports, match_key, url, disputed",
    "event_reports": "event_fid, article_id, story_id, origin, report_id, date, place, "
                     "weapon, drones, killed, injured, sentence, source, match_key, how, url",
    "event_sources": "event_fid, source",
}


def _dump(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table, cols in _TABLES.items():
        order = "event_fid, source" if table == "event_sources" else "fid"
        rows = store._db.execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()
        out[table] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                      for row in rows]
    return out


def test_prepared_documents_store_what_the_documents_store(store_url: str,
                                                           tmp_path: Path) -> None:
    """The same articles added as documents to one store and as `Prepared` (pickled and
    back, as from a worker process) to another: every table row for row the same."""
    if store_url.startswith("sqlite"):
        other_url = f"sqlite:///{tmp_path / 'other.gpkg'}"
    else:
        other_url = _other_database(store_url)
    try:
        _compare(store_url, other_url)
    finally:
        if not store_url.startswith("sqlite"):
            import psycopg

            with psycopg.connect(store_url, autocommit=True) as db:
                name = other_url.partition("?")[0].rsplit("/", 1)[1]
                db.execute(f"DROP DATABASE IF EXISTS {name}")


def _other_database(url: str) -> str:
    """A second fresh PostGIS database beside `url`'s (from the tests' template)."""
    import psycopg
    from postgis_cluster import _TEMPLATE

    name = f"prepared_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {name}")
        db.execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    head, sep, query = url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}{sep}{query}"


def _compare(store_url: str, other_url: str) -> None:
    results: dict[str, list[tuple[str, str, int, int, str | None]]] = {}
    dumps = {}
    for name, url in (("documents", store_url), ("prepared", other_url)):
        with open_store(url) as store:
            got = []
            for doc, text in _inputs():
                item = doc
                if name == "prepared":
                    item = pickle.loads(pickle.dumps(prepare(doc, text)))
                    assert isinstance(item, Prepared)
                r = store.add(item, raw_text=text, who="tester")
                got.append((r.status, r.story_id, r.events_added, r.events_merged,
                            r.near_copy_of))
            results[name] = got
            dumps[name] = _dump(store)
    assert results["prepared"] == results["documents"]
    assert [s for s, *_ in results["documents"]] == ["new", "new", "duplicate", "new", "new",
                                                     "new"]
    assert results["documents"][3][4] is not None  # the near-copy found its story
    assert sum(r[3] for r in results["documents"]) >= 3  # reports merged
    for table in _TABLES:
        assert dumps["prepared"][table] == dumps["documents"][table], table
    assert len(dumps["documents"]["mentions"]) == 7


def test_prepare_refuses_positions_off_the_globe_as_add_does() -> None:
    bad = _doc(1, "https://a.example/1", [_event(1, "Kharkiv", killed=2, lat=95.0)])
    with pytest.raises(StoreError, match=r"latitude 95\.0 is outside"):
        prepare(bad, TEXT)
    worse = _doc(1, "https://a.example/1", [])
    worse["mentions"][0]["lon"] = float("inf")
    with pytest.raises(StoreError, match="mention Kharkiv: longitude inf"):
        prepare(worse, TEXT)


def test_a_worker_leaves_an_unstorable_document_to_the_store_and_its_message(
        tmp_path: Path) -> None:
    """Preparing fails in the worker (a position off the globe): the document goes to the
    store as it is and the store's refusal is the article's message, as before."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_text(TEXT, encoding="utf-8")
    (folder / "good.txt").write_text("Izium was hit. " * 30, encoding="utf-8")

    def extractor(text: str, **_kw: Any) -> dict[str, Any]:
        lat = 95.0 if text == TEXT else 49.2
        return _doc(1, "x", [_event(1, "Izium", killed=1, lat=lat)])

    with open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        summary = ingest_module.ingest([folder], store, extractor=extractor, jobs=1)
        assert (summary.new, summary.failed) == (1, 1)
        assert "bad.txt: not stored (StoreError: event ev1: latitude 95.0" in summary.errors[0]
        assert store.articles_count() == 1


@pytest.mark.parametrize("text", [
    "plain ascii words, with punctuation; and digits 42 and under_scores __ x_1",
    "a bullet \u2022 and a euro sign \u20ac 5, a degree 20\u00b0 and an arrow \u2192 here",
    "caf\u00e9 na\u00efve \u00fcber: letters beyond ascii are word characters",
    "\u041a\u0438\u0457\u0432 \u2013 \u0443\u0434\u0430\u0440, 5 \u0437\u0430\u0433\u0438\u0431"
    "\u043b\u0438\u0445 (Kyiv mixed)",
    "control\x00chars\x01and\x7fdel\ttab\nnewline \u00b2 superscript two and \u00bd half",
    "ideographic \u65e5\u672c\u8a9e and combining e\u0301 and fullwidth \uff21\uff22",
    "", "   ", "_", "\u2022\u2022\u2022",
])
def test_words_found_in_bytes_are_the_regex_words(text: str) -> None:
    """`_word_hash_array`'s byte path must give the CRC-32 of exactly the words of
    `_WORD_RE` (a digit like "\u00b2" or a letter outside ASCII sends a text the regex way)."""
    norm = dedup.normalize_text(text)
    want = [zlib.crc32(w.encode("utf-8")) or 1 for w in dedup._WORD_RE.findall(norm)]
    assert dedup._word_hash_array(norm).tolist() == want
    raw = [zlib.crc32(w.encode("utf-8")) or 1 for w in dedup._WORD_RE.findall(text)]
    assert dedup._word_hash_array(text).tolist() == raw  # not normalised: the same words


def test_folders_resolved_once_resolve_files_as_path_resolve(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt"):
        (real / name).write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text("y", encoding="utf-8")
    (real / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "alias").symlink_to(real)
    folders: dict[str, str] = {}
    paths = [tmp_path / "alias" / "a.txt", tmp_path / "alias" / "sub" / "b.txt",
             real / "link.txt", real / "a.txt", tmp_path / "alias" / "link.txt",
             real / "sub" / ".." / "a.txt", Path("relative.txt"), real / "missing.txt"]
    for p in paths:
        assert ingest_module._resolved(p, folders) == p.resolve(), p
    assert (ingest_module._resolved(tmp_path / "alias" / "link.txt", folders)
            == tmp_path / "elsewhere.txt")


def test_small_batches_give_every_worker_several_tasks() -> None:
    assert ingest_module._chunk_size(100, 2) == 12
    assert ingest_module._chunk_size(10, 2) == 1
    assert ingest_module._chunk_size(100_000, 2) == ingest_module.CHUNK


def test_mentions_straight_from_the_extraction_prepare_as_their_dicts_do() -> None:
    """The extractor's mention records (named tuples) give `prepare` the rows their dicts
    give, and a mention off the globe is refused either way."""
    from extract.model import Extraction
    from extract.pipeline import extract_text

    result = extract_text(TEXT + " Odesa and Lviv were hit too.", published="2025-11-24")
    assert isinstance(result, Extraction) and len(result.mentions) >= 3
    fp = dedup.Fingerprint("k", None)
    direct = prepare(ingest_module._document(result), TEXT, None, fp)
    assert direct == prepare(result.to_dict(), TEXT, None, fp)
    assert pickle.loads(pickle.dumps(direct)) == direct
    off = result.mentions[0]._replace(lat=91.0)
    with pytest.raises(StoreError, match="latitude"):
        prepare({"article": {}, "mentions": [off], "events": []}, TEXT, None, fp)
    with pytest.raises(StoreError, match="latitude"):
        prepare({"article": {}, "mentions": [off._asdict()], "events": []}, TEXT, None, fp)


def test_workers_share_the_texts_they_extracted_with_their_input_positions() -> None:
    """A key claimed in one forked worker is seen by another; only a task after the one that
    extracted the text skips it (results are stored in input order)."""
    import multiprocessing

    shared = ingest_module._SharedSeen()
    key, other = "ab" * 20, "cd" * 20
    child = multiprocessing.get_context("fork").Process(target=shared.claim, args=(key, 5))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert shared.earlier(key, 6) and not shared.earlier(key, 5) and not shared.earlier(key, 4)
    assert not shared.earlier(other, 100)
    shared.claim(key, 2)  # an earlier task extracted it too: the earliest position counts
    assert shared.earlier(key, 3)
    shared.claim(key, 9)  # a later task's claim leaves the earlier one
    assert shared.earlier(key, 3) and not shared.earlier(key, 2)


def test_a_text_another_worker_extracted_earlier_is_not_extracted_again() -> None:
    calls: list[str] = []

    def counting(text: str, **_kw: Any) -> dict[str, Any]:
        calls.append(text)
        return {"article": {"id": None}, "mentions": [], "events": []}

    shared = ingest_module._SharedSeen()
    ctx = ingest_module._Context(counting, frozenset(), None, set(), shared)
    art = ingest_module.Article(TEXT, None, "a.txt", None)
    key = dedup.content_key(TEXT)
    shared.claim(key, 3)  # task 3, in another worker
    later = ingest_module._extract_one(art, ctx, 7)
    assert later.copy_of is art and not calls and later.fingerprint.signature is None
    earlier = ingest_module._extract_one(art, ingest_module._Context(
        counting, frozenset(), None, set(), shared), 1)
    assert earlier.copy_of is None and len(calls) == 1  # task 1 comes first: extracted
    assert shared.earlier(key, 2)  # and claimed for the tasks after it


def test_copies_across_workers_store_what_one_process_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exact copies spread over two workers (tasks of two): the store equals a single
    process's, every copy a duplicate with its source counted."""
    root = tmp_path / "copies"
    root.mkdir()
    for n in range(12):
        text = TEXT.replace("Kharkiv", ("Kharkiv", "Odesa", "Sumy")[n % 3]) + f" Item {n}."
        (root / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
        (root / f"b{n:02d}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(ingest_module, "CHUNK", 2)
    dumps = []
    for jobs in (1, 2):
        with open_store(str(tmp_path / f"jobs{jobs}.gpkg")) as s:
            summary = ingest_module.ingest([root], s, jobs=jobs, published="2025-11-24")
            assert (summary.new, summary.duplicate, summary.failed) == (12, 12, 0)
            dumps.append(_dump(s))
    assert dumps[0] == dumps[1]
