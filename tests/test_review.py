"""Review (geo.review): the list and its filters, what is shown of each event (escaped), the
one write function; the view's reviewed filter; `python -m extract review`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract import adding
from extract.review_cli import main as review_main
from geo import corrections as C
from geo import review
from geo.store import SQLiteStore, open_store
from geo.view import View, filter_events, query_problems, view_from_query, view_to_query

ROOT = Path(__file__).resolve().parent.parent
# Our own sentences (not from any publisher).
KHARKIV = ("Russian drones struck Kharkiv overnight on 2 December, killing three people and "
           "injuring 12, the regional governor said. In Odesa, a missile hit a port warehouse "
           "overnight; two people were injured.")
KHARKIV_2 = ("Kharkiv mayor: Russian drones hit Kharkiv overnight on 2 December, killing four "
             "people and injuring 12 <b>as the city slept</b>.")
SUMY = ("At least 40 drones attacked Sumy region overnight on 2 December, officials said. "
        "A drone strike on Poltava killed one person and injured four.")


def _add(store: SQLiteStore, text: str, source: str = "pasted text",
         url: str | None = None) -> None:
    got = adding.ingest_text(text, published="2025-12-02", source=source)
    doc = got.documents[0]
    if url:
        doc["article"]["url"] = url
    store.add(doc, raw_text=got.texts[0])


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = open_store(f"sqlite:///{tmp_path / 'store.gpkg'}")
    _add(s, KHARKIV, "https://news.example/kharkiv", "https://news.example/kharkiv")
    _add(s, KHARKIV_2, "javascript:alert(1)")
    _add(s, SUMY, "notes <i>sumy</i>.txt")
    yield s
    s.close()


def _id(store: SQLiteStore, place: str) -> str:
    events = review.corrected(store).events
    return str(events.loc[events["place"] == place, "id"].iloc[0])


def _item(store: SQLiteStore, place: str, **filters: Any) -> dict[str, Any]:
    items, _n = review.queue(store, review.Filters(**filters))
    return review.with_reports(store, next(i for i in items if i["place"] == place))


def test_two_reports_of_one_strike_disagree(store: SQLiteStore) -> None:
    kharkiv = _item(store, "Kharkiv")
    assert len(kharkiv["reports"]) == 2
    assert kharkiv["disagree"] == ["killed"]
    table = review.figures_table(kharkiv["reports"])
    killed = table[table["Figure"] == "Killed"].iloc[0]
    assert list(killed.iloc[1:3]) == ["3", "4"] and killed["Disagree"] == "⚠ differ"
    injured = table[table["Figure"] == "Injured"].iloc[0]
    assert injured["Disagree"] == ""


def test_filters(store: SQLiteStore) -> None:
    def places(**kw: Any) -> list[str]:
        return sorted(i["place"] for i in review.queue(store, review.Filters(**kw))[0])

    assert places() == ["Kharkiv", "Odesa", "Poltava", "Sumy"]
    assert places(disagree=True) == ["Kharkiv"]
    assert places(weak=True) == ["Sumy"]  # placed only to its oblast
    assert places(oblast="UA-59") == ["Sumy"]
    assert places(start=date(2025, 12, 3)) == []
    assert places(start=date(2025, 12, 2), end=date(2025, 12, 2)) == places()
    review.record(store, "ana", "confirm", _id(store, "Sumy"))
    review.record(store, "ana", "reject", _id(store, "Odesa"))
    assert places(unreviewed=True) == ["Kharkiv", "Poltava"]
    assert places() == ["Kharkiv", "Poltava", "Sumy"]
    assert places(rejected=True) == ["Kharkiv", "Odesa", "Poltava", "Sumy"]


def test_a_figure_carried_from_an_earlier_sentence_is_a_weaker_reading() -> None:
    reasons = review.weak_reasons({"geo_precision": 1},
                                  [{"how": "drones=stated; killed=carried"},
                                   {"how": "injured=remainder"}])
    assert reasons == ["killed: carried from an earlier sentence",
                       "injured: the remainder of a total"]


def test_sentence_in_context_is_escaped_and_marked(store: SQLiteStore) -> None:
    kharkiv = _item(store, "Kharkiv")
    second = next(r for r in kharkiv["reports"] if r["killed"] == 4)
    shown = review.report_context(store, second)
    assert "<b>" not in shown and "&lt;b&gt;as the city slept&lt;/b&gt;" in shown
    assert shown.count("<mark>") == 1 and "killing four" in shown.split("<mark>")[1]
    text = "One. " + "x " * 400 + "Drones hit Lviv. " + "y " * 400
    out = review.context_html(text, "Drones hit Lviv.", width=40)
    assert out.startswith("…") and out.endswith("…") and len(out) < 150


def test_only_web_links_are_links(store: SQLiteStore) -> None:
    reports = _item(store, "Kharkiv")["reports"] + _item(store, "Sumy")["reports"]
    shown = [review.source_html(r) for r in reports]
    assert shown[0].startswith('<a href="https://news.example/kharkiv"')
    assert "noopener" in shown[0]
    assert shown[1] == "javascript:alert(1)"  # text, not a link
    assert shown[2] == "notes &lt;i&gt;sumy&lt;/i&gt;.txt"


def test_record_save_confirms_an_unchanged_form_and_corrects_what_changed(
        store: SQLiteStore) -> None:
    sumy = _item(store, "Sumy")
    form = {f: review.form_value(sumy, f) for f in C.CORRECTABLE}
    rows = review.record(store, "ana", "save", sumy["id"], changes={**form, "drones": "040"})
    assert [r["action"] for r in rows] == ["confirm"]
    poltava = _item(store, "Poltava")
    form = {f: review.form_value(poltava, f) for f in C.CORRECTABLE}
    rows = review.record(store, "bo", "save", poltava["id"],
                         changes={**form, "killed": "2", "injured": "5"}, reason="update")
    assert [(r["action"], r["field"]) for r in rows] == [("correct", "killed"),
                                                          ("correct", "injured")]
    after = _item(store, "Poltava")
    assert (after["killed"], after["injured"], after["status"]) == (2, 5, "corrected")
    assert review.history(store, after["id"]) == [
        C.describe(rows[0]) + " (update)", C.describe(rows[1]) + " (update)"]


def test_record_writes_nothing_when_one_value_is_bad(store: SQLiteStore) -> None:
    poltava = _item(store, "Poltava")
    form = {f: review.form_value(poltava, f) for f in C.CORRECTABLE}
    with pytest.raises(C.CorrectionError, match="injured: 'lots' is not a number"):
        review.record(store, "bo", "save", poltava["id"],
                      changes={**form, "killed": "2", "injured": "lots"})
    assert store.corrections() == []
    with pytest.raises(C.CorrectionError, match="not in the store"):
        review.record(store, "bo", "confirm", "no-such-event")
    with pytest.raises(C.CorrectionError, match="who made"):
        review.record(store, "", "confirm", poltava["id"])


def test_record_merge_and_split(store: SQLiteStore) -> None:
    poltava, sumy = _item(store, "Poltava"), _item(store, "Sumy")
    review.record(store, "ana", "merge", poltava["id"], target_id=sumy["id"])
    events = review.corrected(store).events
    assert "Poltava" not in set(events["place"])
    review.record(store, "ana", "split", sumy["id"],
                  changes={"place": "Shostka", "killed": "1", "date": ""})
    events = review.corrected(store).events
    child = events[events["place"] == "Shostka"].iloc[0]
    assert child["oblast_iso"] == "UA-59" and child["killed"] == 1
    review.record(store, "ana", "reject", str(child["id"]))
    assert _item(store, "Shostka", rejected=True)["status"] == "rejected"


def test_merge_candidates_are_near_in_time_and_place(store: SQLiteStore) -> None:
    kharkiv = _item(store, "Kharkiv")
    assert review.merge_candidates(store, kharkiv) == []  # nothing else in Kharkiv oblast
    review.record(store, "ana", "save", _id(store, "Poltava"),
                  changes={"place": "Chuhuiv"})  # now an event in Kharkiv oblast
    assert [c["place"] for c in review.merge_candidates(store, kharkiv)] == ["Chuhuiv"]
    review.record(store, "ana", "save", _id(store, "Chuhuiv"), changes={"date": "2025-11-20"})
    assert review.merge_candidates(store, kharkiv) == []  # too far apart in time


# -- the view ----------------------------------------------------------------------------------


def test_the_reviewed_filter_round_trips_through_a_link() -> None:
    v = view_from_query({"reviewed": "1", "metric": "killed"})
    assert v.reviewed and view_to_query(v) == {"metric": "killed", "reviewed": "1"}
    assert not view_from_query({}).reviewed and "reviewed" not in view_to_query(View())
    assert query_problems({"reviewed": "maybe"}) == ["reviewed=maybe (reviewed is 1 or 0)"]


def test_rejected_events_leave_the_view_and_reviewed_limits_it(store: SQLiteStore) -> None:
    review.record(store, "ana", "reject", _id(store, "Odesa"))
    review.record(store, "ana", "confirm", _id(store, "Sumy"))
    events = review.corrected(store).events
    assert sorted(filter_events(events, View())["place"]) == ["Kharkiv", "Poltava", "Sumy"]
    assert list(filter_events(events, View(reviewed=True))["place"]) == ["Sumy"]
    no_status = events.drop(columns="status")
    assert len(filter_events(no_status, View())) == 4
    assert len(filter_events(no_status, View(reviewed=True))) == 0


# -- python -m extract review -------------------------------------------------------------


def test_cli_exports_and_imports_the_log(store: SQLiteStore, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    review.record(store, "ana", "reject", _id(store, "Odesa"), reason="no strike")
    review.record(store, "ana", "save", _id(store, "Poltava"),
                  changes={"killed": "2"})
    url = store.url
    store.close()
    for fmt in ("csv", "json"):
        out = tmp_path / f"log.{fmt}"
        assert review_main(["--export", str(out), "--db", url]) == 0
        assert "wrote" in capsys.readouterr().err
        other = tmp_path / f"other-{fmt}.gpkg"
        with open_store(f"sqlite:///{other}") as s:
            _add(s, SUMY)
        assert review_main(["--import", str(out), "--db", f"sqlite:///{other}"]) == 0
        err = capsys.readouterr().err
        assert "2 corrections added, 0 already in the log, 0 refused" in err
        assert "warning: correction" in err and "(Odesa" not in err
        assert "is not in this store" in err  # Odesa's report was never ingested there
        assert review_main(["--import", str(out), "--db", f"sqlite:///{other}"]) == 0
        assert "0 corrections added, 2 already" in capsys.readouterr().err
        events = tmp_path / f"events-{fmt}.csv"
        assert review_main(["--events", str(events), "--db", f"sqlite:///{other}"]) == 0
        frame = pd.read_csv(events)
        assert frame.loc[frame["place"] == "Poltava", "killed"].item() == 2
        assert frame.loc[frame["place"] == "Poltava", "status"].item() == "corrected"
        assert "1 corrected" in capsys.readouterr().err


def test_cli_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 's.gpkg'}"
    assert review_main(["--export", str(tmp_path / "log.txt"), "--db", db]) == 2
    assert ".csv or .json" in capsys.readouterr().err
    assert review_main(["--import", str(tmp_path / "missing.json"), "--db", db]) == 2
    assert "No such file" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"action": "approve"}, "x"]), encoding="utf-8")
    assert review_main(["--import", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "bad.json item 1: action 'approve'" in err and "bad.json item 2" in err
    assert "0 corrections added" in err and "2 refused" in err
    (tmp_path / "broken.csv").write_text("who,what\nx,y\n", encoding="utf-8")
    assert review_main(["--import", str(tmp_path / "broken.csv"), "--db", db]) == 2
    assert "needs a header" in capsys.readouterr().err
    assert review_main(["--export", str(tmp_path / "nofolder" / "x.csv"), "--db", db]) == 2
    assert "folder does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        review_main(["--db", db])


def test_python_m_extract_review_runs(tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    run = subprocess.run([sys.executable, "-m", "extract", "review", "--export", str(out),
                          "--db", f"sqlite:///{tmp_path / 's.gpkg'}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_the_event_table_says_each_events_review_status(store: SQLiteStore) -> None:
    from geo.view import event_table

    review.record(store, "ana", "confirm", _id(store, "Sumy"))
    table = event_table(review.corrected(store).events)
    assert dict(zip(table["Place"], table["Review"], strict=True))["Sumy"] == "confirmed"
    assert "Review" not in event_table(store.events_frame()).columns


# -- the Review tab's import (AppTest) ---------------------------------------------------------


@pytest.fixture()
def page_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               seed_samples: Path) -> Iterator[str]:
    """The dashboard's store, opened on the seed report and the Kharkiv/Odesa report."""
    import streamlit as st

    from geo import access
    for var in (access.MODE_VAR, access.PASSWORD_VAR, access.EMAILS_VAR):
        monkeypatch.delenv(var, raising=False)
    url = f"sqlite:///{tmp_path / 'page.gpkg'}"
    with open_store(url) as s:
        _add(s, KHARKIV, "https://news.example/kharkiv", "https://news.example/kharkiv")
    monkeypatch.setenv("STRIKEMAP_DB", url)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()
    st.cache_data.clear()


def _exported_log(store: SQLiteStore) -> bytes:
    """Another machine's log: Odesa rejected, Poltava corrected (a report the page's store
    never ingested), and one malformed row."""
    review.record(store, "ana", "reject", _id(store, "Odesa"), reason="no strike")
    review.record(store, "ana", "save", _id(store, "Poltava"), changes={"killed": "2"})
    items = json.loads(C.log_bytes(store.corrections(), "json"))
    return json.dumps([*items, {"action": "approve", "who": "bo"}]).encode()


def _page_events(at: Any) -> set[str]:
    if at.session_state["v_tab"] != "Events":  # app.py builds the table in its open tab
        at.session_state["v_tab"] = "Events"
        at.run()
    table = next(d.value for d in at.dataframe if "Sentence" in d.value.columns)
    return set(table["Place"])


def test_an_editor_imports_a_log_in_the_review_tab(store: SQLiteStore, page_store: str) -> None:
    from streamlit.testing.v1 import AppTest

    log = _exported_log(store)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert "Odesa" in _page_events(at)
    events_before = int(next(m.value for m in at.metric if m.label == "Events"))
    at.session_state["v_tab"] = "Review"  # app.py builds the review forms in their open tab
    at.run()
    at.text_input(key="rv_who").set_value("olena")
    at.file_uploader(key="rv_import_file").set_value(
        [("team [x](javascript:1).json", log, "application/json")]).run()
    at.button(key="rv_import").click().run()
    assert not at.exception
    said = [w.value for w in at.warning]
    assert any("2 corrections added, 0 already in the log, 1 refused" in w
               and "1 name events not in this store" in w for w in said), said
    assert any(r"json item 3\: action 'approve' is none of" in e.value for e in at.error), \
        [e.value for e in at.error]
    assert all("[x](" not in m.value for m in [*at.warning, *at.error])  # escaped, no link
    notes = [e.label for e in at.expander]
    assert any("applies once that report is ingested" in n for n in notes), notes
    with open_store(page_store) as s:
        log_rows = s.corrections()
        assert [(r["action"], r["who"]) for r in log_rows] == [("reject", "ana"),
                                                               ("correct", "ana")]
        events = review.corrected(s).events
        assert events.loc[events["place"] == "Odesa", "status"].item() == "rejected"
        assert "Odesa" not in set(filter_events(events, View())["place"])
    # the page's map data and table, redrawn after the import
    assert "Odesa" not in _page_events(at)
    assert int(next(m.value for m in at.metric if m.label == "Events")) == events_before - 1
    # the same file again: nothing new, the malformed row refused again
    # (back in the Review tab, built anew: its fields are filled again)
    at.session_state["v_tab"] = "Review"
    at.run()
    at.text_input(key="rv_who").set_value("olena")
    at.file_uploader(key="rv_import_file").set_value(
        [("team [x](javascript:1).json", log, "application/json")]).run()
    at.button(key="rv_import").click().run()
    assert any("0 corrections added, 2 already in the log, 1 refused" in w.value
               for w in at.warning), [w.value for w in at.warning]
    with open_store(page_store) as s:
        assert len(s.corrections()) == 2
    # a file that is no log at all adds nothing and says why
    at.file_uploader(key="rv_import_file").set_value(
        [("notes.csv", b"who,what\nx,y\n", "text/csv")]).run()
    at.button(key="rv_import").click().run()
    assert any("Nothing imported" in e.value and "needs a header" in e.value
               for e in at.error), [e.value for e in at.error]


def test_a_visitor_has_no_import(page_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    from geo import access

    monkeypatch.setenv(access.PASSWORD_VAR, "correct horse")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.session_state["v_tab"] = "Review"  # the tab open, as an editor would have it
    at.run()
    assert not at.exception
    assert [f for f in at.get("file_uploader") if f.key == "rv_import_file"] == []
    assert not [b for b in at.button if b.key == "rv_import"]


def test_import_needs_who_and_shares_the_command_lines_messages(store: SQLiteStore) -> None:
    data = C.log_bytes([], "json")
    with pytest.raises(C.CorrectionError, match="who imports"):
        review.import_log(store, " ", data, "log.json")
    with pytest.raises(C.CorrectionError, match=r"\.csv or \.json"):
        review.import_log(store, "ana", data, "log.txt")
    got = review.import_log(store, "ana", data, "log.json")
    assert C.import_summary(got) == "0 corrections added, 0 already in the log, 0 refused"
