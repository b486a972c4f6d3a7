"""The dashboard never silently drops the store (issue 15, item 4): while another process (a long
`ingest`) holds the store for writing, the page opens and reads it, its writes wait and retry,
and a write that cannot get the store says so."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from extract import adding
from geo.store import StoreBusy, open_store

APP = str(Path(__file__).resolve().parent.parent / "app.py")
REPORT = ("Russian drones attacked Kharkiv overnight on 3 December, the regional governor said. "
          "At least 25 drones hit the city, killing four people and injuring 12.")

#: A writer in another process, as `ingest` is inside `Store.batch`: one article added, the
#: transaction kept open (the store locked for writing) until a line arrives on stdin.
HOLDER = """
import sys
from geo.store import open_store
store = open_store(sys.argv[1])
with store.batch(commit_seconds=1e9):
    store.add({"article": {"id": "held", "source": "ingest"}, "events": []},
              raw_text="An article the long ingest is adding. " * 5)
    print("locked", flush=True)
    sys.stdin.readline()
print("released", flush=True)
store.close()
"""


class Holder:
    """The writer process; `release()` lets it commit and finish."""

    def __init__(self, url: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=60)

    def close(self) -> None:
        self.release()
        for f in (self.proc.stdin, self.proc.stdout):
            if f is not None:
                f.close()


@pytest.fixture()
def url(tmp_path: Path, seed_samples: Path) -> str:
    """A store that already holds the seed (the dashboard ran before)."""
    url = f"sqlite:///{tmp_path / 'strikemap.gpkg'}"
    store, problem = adding.open_dashboard_store(url)
    assert store is not None and problem is None and store.events_count() >= 1
    store.close()
    return url


@pytest.fixture()
def holder(url: str) -> Iterator[Holder]:
    held = Holder(url)
    yield held
    held.close()


def test_the_store_opens_and_reads_while_another_process_writes(url: str,
                                                               holder: Holder) -> None:
    store, problem = adding.open_dashboard_store(url)
    assert store is not None and problem is None
    try:
        assert store.events_count() >= 1
        assert int(store.events_frame()["drones"].max()) == 111
        assert store.articles_count() == 1  # the holder's article is not committed yet
    finally:
        store.close()


def test_a_new_store_opens_while_locked_and_leaves_the_samples_for_later(
        tmp_path: Path, seed_samples: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.gpkg'}"
    open_store(url).close()  # created, empty
    held = Holder(url)
    try:
        store, problem = adding.open_dashboard_store(url)
        assert store is not None and problem is None and store.events_count() == 0
        store.close()
    finally:
        held.close()
    store, _ = adding.open_dashboard_store(url)  # the next start adds them
    assert store is not None and store.events_count() >= 1
    store.close()


def test_a_write_waits_for_the_writer_and_goes_through(url: str, holder: Holder) -> None:
    store, _ = adding.open_dashboard_store(url)
    assert store is not None
    threading.Timer(1.5, holder.release).start()  # the ingest commits after a while
    try:
        n, dup = adding.store_reports(store, adding.ingest_text(REPORT), who="tester",
                                      retry=60)
        assert (n, dup) == (1, 0)
        assert store.articles_count() == 3  # seed, the holder's, this one
        added_by = store._db.execute("SELECT added_by FROM articles WHERE source = "
                                     "'pasted text'").fetchone()[0]
        assert added_by == "tester"
    finally:
        store.close()


def test_a_write_that_cannot_get_the_store_says_so(url: str, holder: Holder,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adding, "WRITE_RETRY", 1.0)
    store, _ = adding.open_dashboard_store(url)
    assert store is not None
    try:
        with pytest.raises(StoreBusy, match="not saved: another process"):
            adding.store_reports(store, adding.ingest_text(REPORT))
        results, dups = adding.store_results(store, [adding.ingest_text(REPORT)])
        assert results[0].documents == () and "not saved" in (results[0].error or "")
        assert dups == [0] and store.articles_count() == 1
    finally:
        store.close()


def test_the_dashboard_reads_a_locked_store_and_says_when_it_cannot_save(
        url: str, holder: Holder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIKEMAP_DB", url)
    monkeypatch.setattr(adding, "WRITE_RETRY", 1.0)
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(APP, default_timeout=120).run()
        assert not at.exception
        assert int(next(m.value for m in at.metric if m.label == "Drones launched")
                   .replace(",", "")) >= 111
        at.session_state["v_add"] = True  # "Add reports" builds its widgets only while open
        at.run()
        at.text_area(key="paste_text").set_value(REPORT).run()
        at.button(key="paste_add").click().run()
        assert not at.exception
        assert any("not saved" in e.value and "busy" in e.value for e in at.error)
        holder.release()  # the ingest commits: adding again saves it
        at.button(key="paste_add").click().run()
        assert not at.exception and not at.error
        assert any("1 report, 1 event" in s.value for s in at.success)
    finally:
        st.cache_resource.clear()
