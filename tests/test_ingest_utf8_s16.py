"""A worker's outcome carries its text to the writing process as UTF-8 bytes, which the
GeoPackage store binds as they are: the same TEXT stored as from the text (issue 16)."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from extract.ingest import _Outcome, _raw_text
from geo import dedup
from geo.store import open_store, prepare

TEXT = "Drones hit Kyiv at night \u2022 \u201ctwo injured\u201d \u2014 the governor said."


def _outcome(text: str) -> _Outcome:
    fp = dedup.Fingerprint.of(text)
    doc = prepare({"article": {"id": None, "source": "s"}, "mentions": [], "events": []},
                  text, None, fp)
    return _Outcome(doc, text, fp)


def test_the_text_crosses_as_utf8_and_reads_back_as_text() -> None:
    back = pickle.loads(pickle.dumps(_outcome(TEXT), pickle.HIGHEST_PROTOCOL))
    assert back.raw == TEXT.encode("utf-8")
    assert back.text == TEXT and back == _outcome(TEXT)
    lone = "a lone \ud800 surrogate"  # no UTF-8: sent as the text, as before
    out = _Outcome({"article": {}}, lone, dedup.Fingerprint("k", None))
    assert pickle.loads(pickle.dumps(out, pickle.HIGHEST_PROTOCOL)).raw == lone


def test_the_store_keeps_the_same_text_from_its_bytes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.gpkg'}"
    back = pickle.loads(pickle.dumps(_outcome(TEXT), pickle.HIGHEST_PROTOCOL))
    with open_store(url) as store:
        assert _raw_text(back, store) == TEXT.encode("utf-8")
        store.add(back.doc, raw_text=_raw_text(back, store), fingerprint=back.fingerprint)
        # a document not prepared yet: its id and fingerprint come from the decoded text
        store.add({"article": {"source": "t"}, "mentions": [], "events": []},
                  raw_text=("Other " + TEXT).encode("utf-8"))
    db = sqlite3.connect(tmp_path / "a.gpkg")
    rows = db.execute("SELECT typeof(text), text FROM articles ORDER BY fid").fetchall()
    assert rows == [("text", TEXT), ("text", "Other " + TEXT)]
    assert db.execute("SELECT count(*) FROM articles WHERE content_key = ?",
                      (dedup.content_key("Other " + TEXT),)).fetchone() == (1,)


class _TextOnly:
    """A store without `utf8_text` (PostGIS, a test's): it gets the text."""


def test_other_stores_get_the_text() -> None:
    back = pickle.loads(pickle.dumps(_outcome(TEXT), pickle.HIGHEST_PROTOCOL))
    assert _raw_text(back, _TextOnly()) == TEXT
