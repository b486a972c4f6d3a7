"""A batch ingest into PostGIS stores what the same ingest stores in a GeoPackage, table by
table: articles and their stories, sources, mentions, events with their merged figures, every
report and every event's sources (issue 16: the PostGIS writer's batching and lookups must not
change a row).

The input is made to exercise every path: strikes reported by several articles (merges by the
figure rule, disputes), near-copies (stories), exact copies from other outlets (sources),
another weapon or a day apart (new events), articles without events, mentions with text that
PostgreSQL cannot hold (NUL). Mutating the PostGIS writer's choice among candidate events
(which one a report joins) makes this test fail.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extract.ingest import ingest
from geo.store import open_store

_PLACES = [("Kharkiv", "UA-63", 49.99, 36.23), ("Odesa", "UA-51", 46.48, 30.72),
           ("Sumy", "UA-59", 50.91, 34.80), ("Dnipro", "UA-12", 48.46, 35.05),
           ("Zaporizhzhia", "UA-23", 47.84, 35.14)]
_WORDS = ("crews", "cleared", "debris", "overnight", "residents", "sheltered", "officials",
          "reported", "damage", "windows", "power", "lines", "were", "restored", "by", "noon")


def _corpus(n: int, seed: int = 5) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """`n` report texts and the document of each (what the stub extractor returns)."""
    rng = random.Random(seed)
    texts: list[str] = []
    docs: dict[str, dict[str, Any]] = {}
    for i in range(n):
        if i >= 8 and i % 9 == 0:  # the same text again, from another outlet
            texts.append(texts[rng.randrange(i)])
            continue
        if i >= 8 and i % 7 == 3:  # a near-copy: a new first line, the rest kept
            base = texts[rng.randrange(i)]
            text = f"Update {i}.\n" + base.split("\n", 1)[1]
            doc = docs[base]
            if i % 2:  # dated another day: its story makes the base's events candidates
                doc = {**doc, "events": [{**ev, "date": "2025-11-23"} for ev in doc["events"]]}
            docs[text] = {**doc, "article": {"id": None}}
            texts.append(text)
            continue
        picked = rng.sample(_PLACES, rng.randint(0, 3))
        # Days one apart: a report of the middle day can join either neighbour's event.
        day = rng.choice(("2025-11-20", "2025-11-21", "2025-11-22", "2025-11-24"))
        lines = [f"Report {i} on the night of {day}."]
        events, mentions = [], []
        for k, (place, iso, lat, lon) in enumerate(picked):
            weapon = rng.choice(("drone", "drone", "missile"))
            killed = rng.choice((None, 1, 2, 3, 5))
            sentence = f"A {weapon} hit {place}; {killed or 'no'} people were killed."
            start = sum(len(x) + 1 for x in lines)
            lines.append(sentence)
            events.append({"id": f"r{i}-{k}", "date": day, "place": place,
                           "place_kind": "settlement", "lat": lat, "lon": lon, "oblast": place,
                           "oblast_iso": iso, "geo_precision": 1, "weapon": weapon,
                           "drones": rng.choice((None, 10, 40)) if weapon == "drone" else None,
                           "drones_downed": None, "missiles": None, "missiles_downed": None,
                           "killed": killed, "injured": rng.choice((None, 4)),
                           "sentence": sentence, "start": start, "end": start + len(sentence)})
            name = place if i % 11 else f"{place}\x00"  # a NUL PostgreSQL cannot store
            mentions.append({"text": name, "start": start + 8, "end": start + 8 + len(place),
                             "name": place, "kind": "settlement", "geonameid": 700000 + k,
                             "lat": lat, "lon": lon, "oblast": place, "oblast_iso": iso,
                             "in_ukraine": True, "role": "target"})
        lines.append(" ".join(rng.choice(_WORDS) for _ in range(80)))
        text = "\n".join(lines)
        docs[text] = {"article": {"id": None}, "mentions": mentions, "events": events}
        texts.append(text)
    return texts, docs


def _stub(docs: dict[str, dict[str, Any]]) -> Any:
    def extract(text: str, *, published: str | None = None, source: str | None = None,
                title: str | None = None) -> dict[str, Any]:
        doc = docs[text]
        return {**doc, "article": {"id": hashlib.sha1(text.encode()).hexdigest(),
                                   "source": source, "published": published, "title": title}}
    return extract


#: Each table's columns compared, and the order of its rows (the stores number rows alike).
_TABLES = {
    "articles": "fid, id, content_key, story_id, similarity, dataset, published, title, source, "
                "text, lang, url",
    "article_sources": "fid, article_id, source",
    "mentions": 'fid, article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast, '
                "oblast_iso, in_ukraine, role",
    "events": 'fid, id, date, place, place_kind, lat, lon, oblast, oblast_iso, geo_precision, '
              'weapon, drones, drones_downed, missiles, missiles_downed, killed, injured, '
              'sentence, start, "end", article_id, source, title, published, sources, reports, '
              'match_key, url, disputed',
    "event_reports": 'fid, event_fid, article_id, story_id, origin, report_id, date, place, '
                     'place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon, drones, '
                     'drones_downed, missiles, missiles_downed, killed, injured, sentence, '
                     'start, "end", source, match_key, how, url',
    "event_sources": "event_fid, source"}


def _rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every compared table's rows, NUL characters as PostgreSQL stores them (U+FFFD)."""
    out = {}
    if url.startswith("sqlite"):
        db: Any = sqlite3.connect(url.removeprefix("sqlite:///"))
    else:
        import psycopg

        db = psycopg.connect(url)
    try:
        for table, cols in _TABLES.items():
            rows = db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
            out[table] = [tuple(v.replace("\x00", "\ufffd") if isinstance(v, str)
                                else bool(v) if isinstance(v, bool) else v for v in row)
                          for row in rows]
    finally:
        db.close()
    return out


@pytest.mark.parametrize("jobs, commit", [(1, 0.0), (2, None)],
                         ids=["one-process-each-article", "workers-batched"])
def test_postgis_ingest_stores_what_the_geopackage_stores(
        tmp_path: Path, postgis_url: str, jobs: int, commit: float | None) -> None:
    texts, docs = _corpus(160)
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
    gpkg = f"sqlite:///{tmp_path / 'same.gpkg'}"
    summaries = []
    for url in (gpkg, postgis_url):
        with open_store(url) as store:
            summaries.append(ingest([folder], store, extractor=_stub(docs), jobs=jobs,
                                    published="2025-11-24", commit_seconds=commit).line())
    assert summaries[0] == summaries[1]
    assert "near-copies linked" in summaries[0] and "duplicate 0" not in summaries[0]
    ours, theirs = _rows(postgis_url), _rows(gpkg)
    for table in _TABLES:
        assert ours[table] == theirs[table], table
    merged = [row for row in ours["events"] if row[25] > 1]  # reports > 1
    assert len(merged) > 10 and any(row[-1] for row in merged)  # merges, and a dispute
