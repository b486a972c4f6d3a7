"""`python -m extract store copy SRC DST`: a GeoPackage store into PostGIS and back, row for
row (ids, merged figures, reports, sources, corrections), on a throwaway PostGIS cluster."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from postgis_cluster import table_counts
from test_dedup import STORY, _trimmed_copy
from test_store import TEXT, _doc
from test_store_postgis import _strike, _text

from extract.cli import main
from geo.store import Store, StoreError, open_store
from geo.store_copy import copy_store

CORRECTION = {"id": "c1", "event": '{"id": "ev-kharkiv"}', "event_id": "ev-kharkiv",
              "action": "set", "field": "killed", "old_value": "2", "new_value": "3",
              "who": "editor@example.org", "at": "2025-11-25T10:00:00Z", "reason": None}


def _fill(store: Store) -> None:
    """Every kind of row: merges, a mirror, a near-copy, dataset rows, a national event,
    mentions, a correction, who added what."""
    store.add(_doc(), raw_text=TEXT, who="editor@example.org")
    store.add(_doc("mirror", "https://mirror.example/1"), raw_text=TEXT.upper())
    store.add(_strike("s1", "https://one.example/a", killed=2), raw_text=STORY)
    store.add(_strike("s2", "https://two.example/b", killed=9), raw_text=_trimmed_copy(STORY))
    store.add(_strike("s3", "https://three.example/c", killed=3), raw_text=_text(3))
    for n in range(3):
        store.add(_strike(f"row{n}", "acled", "Sumy", killed=n, lat=50.9, lon=34.8),
                  raw_text=f"acled row {n}", dataset="acled")
    store.add_correction(CORRECTION)


def _snapshot(store: Store) -> dict[str, Any]:
    frame = store.events_frame()
    return {"frame": frame,
            "reports": {e: store.event_reports(e) for e in frame["id"]},
            "articles": {a: store.article(a) for a in frame["article_id"]},
            "corrections": store.corrections(),
            "counts": (store.articles_count(), store.events_count(), store.reports_count(),
                       store.stories_count())}


def _same(a: dict[str, Any], b: dict[str, Any]) -> None:
    pd.testing.assert_frame_equal(a["frame"], b["frame"])
    assert a["reports"] == b["reports"] and a["articles"] == b["articles"]
    assert a["corrections"] == b["corrections"] and a["counts"] == b["counts"]


@pytest.fixture()
def gpkg(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'team.gpkg'}"
    with open_store(url) as store:
        _fill(store)
    return url


def test_a_geopackage_into_postgis_and_back(gpkg: str, postgis_url: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(gpkg) as store:
        before = _snapshot(store)
    assert main(["store", "copy", gpkg, postgis_url]) == 0
    assert "copied 7 articles" in capsys.readouterr().out  # the mirror is a source, not one
    assert table_counts(postgis_url) == table_counts(gpkg)
    with open_store(postgis_url) as pg:
        _same(_snapshot(pg), before)
    back = tmp_path / "back.gpkg"
    assert main(["store", "copy", "-q", postgis_url, str(back)]) == 0
    with open_store(str(back)) as store:
        _same(_snapshot(store), before)
    import pyogrio

    events = pyogrio.read_dataframe(back, layer="events")
    point = events.loc[events["id"] == "ev-kharkiv", "geometry"].iloc[0]
    assert (point.x, point.y) == (36.25, 49.98)


def test_postgis_points_are_rebuilt(gpkg: str, postgis_url: str) -> None:
    copy_store(gpkg, postgis_url)
    import psycopg

    with psycopg.connect(postgis_url) as db:
        rows = db.execute("SELECT COUNT(*) FILTER (WHERE geom IS NOT NULL), "
                          "COUNT(*) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
                          "COUNT(*) FILTER (WHERE ST_X(geom) = lon AND ST_Y(geom) = lat) "
                          "FROM events").fetchone()
    assert rows[0] == rows[1] == rows[2] > 0


def test_a_copy_goes_on_growing_like_the_original(gpkg: str, postgis_url: str) -> None:
    """New rows continue after the copied ids, and new reports merge into copied events."""
    copy_store(gpkg, postgis_url)
    with open_store(postgis_url) as pg, open_store(gpkg) as original:
        for store in (pg, original):
            res = store.add(_strike("s4", "https://four.example/d", killed=3), raw_text=_text(4))
            assert (res.events_added, res.events_merged) == (0, 1)
            assert store.add_correction({**CORRECTION, "id": "c2"})
        _same(_snapshot(pg), _snapshot(original))


def test_the_destination_must_be_empty(gpkg: str, postgis_url: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    copy_store(gpkg, postgis_url)
    assert main(["store", "copy", gpkg, postgis_url]) == 1
    assert "already holds data" in capsys.readouterr().err
    with pytest.raises(StoreError, match="same store"):
        copy_store(gpkg, gpkg)


def test_a_failed_copy_leaves_the_destination_empty(gpkg: str, postgis_url: str) -> None:
    path = gpkg.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:  # a report of an event that is not there (no FK check)
        db.execute("INSERT INTO event_reports (event_fid, article_id, story_id, origin, "
                   "match_key) VALUES (99999, 'a1', 'a1', 'x', 'k')")
    with pytest.raises(StoreError, match="copying event_reports failed"):
        copy_store(gpkg, postgis_url)
    assert set(table_counts(postgis_url).values()) == {0}


def test_bad_usage_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["store", "copy", "only-one"])
    assert done.value.code == 2
