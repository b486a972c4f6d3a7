"""The page, driven with Streamlit's AppTest (the map itself is tested in test_maps.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from extract import adding
from geo.event_table import events_frame

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT = 120  # a generous ceiling for a busy machine, not a speed test

REPORT = ("Russian drones attacked Kharkiv overnight on 3 December, the regional governor said. "
          "At least 25 drones hit the city, killing four people and injuring 12.")


@pytest.fixture(autouse=True)
def _fresh_caches(monkeypatch: pytest.MonkeyPatch, seed_samples: Path) -> Iterator[None]:
    monkeypatch.setenv("STRIKEMAP_DB", "off")  # these tests set the events themselves
    # The samples are the seed report alone, not the demo (tests/test_demo_events.py).
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def _open_adding(at: AppTest) -> AppTest:
    """Open "Add reports": the section builds its widgets only while open (as a reader's
    click on it does)."""
    at.session_state["v_add"] = True
    return at.run()


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_opens_on_the_bundled_reports() -> None:
    at = _app()
    assert not at.exception
    got = _metrics(at)
    assert int(got["Events"]) >= 1
    assert int(got["Drones launched"].replace(",", "")) >= 111
    assert at.query_params == {}


def test_add_reports_builds_its_widgets_only_while_open() -> None:
    """A closed section sends no widgets (the first page reaches the map sooner)."""
    at = _app()
    assert not at.exception and len(at.text_area) == 0 and len(at.get("file_uploader")) == 0
    _open_adding(at)
    assert [w.key for w in at.text_area] == ["paste_text"]
    assert len(at.get("file_uploader")) == 1 and at.text_input(key="fetch_url")


def test_text_typed_in_add_reports_waits_while_it_is_closed() -> None:
    at = _app()
    _open_adding(at)
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.session_state["v_add"] = False
    at.run()
    assert len(at.text_area) == 0
    _open_adding(at)
    assert at.text_area(key="paste_text").value == REPORT


def test_a_filter_matching_nothing_shows_no_events() -> None:
    at = _app()
    at.multiselect(key="v_weapons").set_value(["missile"]).run()
    assert not at.exception
    assert _metrics(at)["Events"] == "0"
    assert any("No mapped event" in w.value for w in at.warning)


def test_clearing_a_filter_brings_the_figures_back() -> None:
    at = _app()
    before = _metrics(at)["Events"]
    at.multiselect(key="v_weapons").set_value(["missile"]).run()
    at.multiselect(key="v_weapons").set_value([]).run()
    assert _metrics(at)["Events"] == before


def test_oblast_filter_changes_the_figures() -> None:
    at = _app()
    at.multiselect(key="v_oblasts").set_value(["UA-46"]).run()  # Lviv: nothing in the seed
    assert _metrics(at)["Events"] == "0"


def test_query_parameters_set_the_widgets() -> None:
    at = _app(metric="killed", oblast="UA-12", layers="markers", precision="3")
    assert not at.exception
    assert at.selectbox(key="v_metric").value == "killed"
    assert at.multiselect(key="v_oblasts").value == ["UA-12"]
    assert at.multiselect(key="v_precisions").value == [3]
    assert at.radio(key="v_layers").value == "markers"
    assert at.query_params["metric"] == "killed"


def _changed_view() -> AppTest:
    at = _app(metric="killed", oblast="UA-12", layers="markers", precision="3")
    at.selectbox(key="v_metric").set_value("drones").run()
    at.multiselect(key="v_weapons").set_value(["drone"]).run()
    return at


def test_widgets_set_the_query_parameters() -> None:
    at = _changed_view()
    assert at.query_params["metric"] == "drones"
    assert at.query_params["weapon"] == "drone"


def test_query_parameters_round_trip() -> None:
    at = _changed_view()
    # A new session opened on that link shows the same view.
    again = _app(**{k: str(v) for k, v in at.query_params.items()})
    assert again.selectbox(key="v_metric").value == "drones"
    assert again.multiselect(key="v_weapons").value == ["drone"]
    assert _metrics(again) == _metrics(at)


def test_junk_in_the_link_opens_the_default_view() -> None:
    at = _app(metric="<script>alert(1)</script>", oblast="UA-99", **{"from": "yesterday"})
    assert not at.exception
    assert at.selectbox(key="v_metric").value == "events"
    assert at.multiselect(key="v_oblasts").value == []


def test_pasted_report_adds_its_events() -> None:
    at = _app()
    _open_adding(at)
    before = int(_metrics(at)["Events"])
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    assert not at.exception
    assert any("pasted text" in s.value for s in at.success)
    assert int(_metrics(at)["Events"]) > before
    assert int(_metrics(at)["Killed"]) >= 4


def test_pasting_the_same_report_again_changes_nothing() -> None:
    at = _app()
    _open_adding(at)
    before = int(_metrics(at)["Events"])
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    at.button(key="paste_add").click().run()
    assert not at.exception
    assert int(_metrics(at)["Events"]) == before + 1


def test_pasting_a_stored_report_says_so() -> None:
    at = _app()
    _open_adding(at)
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    at.button(key="paste_add").click().run()
    assert any("already stored" in i.value for i in at.info), [i.value for i in at.info]


def test_adding_a_stored_report_says_so_with_a_store(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("STRIKEMAP_DB", f"sqlite:///{tmp_path / 'store.gpkg'}")
    at = _app()
    _open_adding(at)
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    assert not any("already stored" in i.value for i in at.info)
    at.button(key="paste_add").click().run()
    assert any("already stored" in i.value for i in at.info)


def test_one_report_one_event_in_the_singular() -> None:
    at = _app()
    _open_adding(at)
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    assert any(s.value.endswith(r"1 report, 1 event") for s in at.success), \
        [s.value for s in at.success]


def test_a_link_not_understood_gets_a_notice() -> None:
    at = _app(metric="deaths", oblast="UA-99")
    assert any("not understood" in w.value and "UA\\-99" in w.value for w in at.warning), \
        [w.value for w in at.warning]
    assert not any("not understood" in w.value for w in _app(metric="killed").warning)


def test_uploads_are_dated_per_file() -> None:
    at = _app()
    _open_adding(at)
    at.file_uploader(key="upload_files").set_value(
        [("dated.txt", b"KYIV, 6 December 2025 - At least 12 drones attacked Kharkiv "
                       b"overnight, injuring two.", "text/plain"),
         ("undated.txt", b"At least 9 drones attacked Sumy overnight, injuring one.",
          "text/plain")]).run()
    got = {d.label: d.value for d in at.date_input}
    assert got["Published: dated.txt"] == date(2025, 12, 6)
    assert got["Published: undated.txt"] is None
    at.date_input(key="upload_published_1_undated.txt").set_value(date(2025, 12, 4)).run()
    at.button(key="upload_add").click().run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "Sentence" in d.value.columns)
    dates = dict(zip(table["Place"], table["Date"], strict=False))
    assert (dates["Kharkiv"], dates["Sumy"]) == ("2025-12-06", "2025-12-04")


def test_one_oblast_shows_no_country_wide_box(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"article": {"id": "n", "source": "s", "published": "2025-12-03", "title": None},
           "mentions": [], "events": [
               {"id": "1", "date": "2025-12-03", "place": "Ukraine", "place_kind": "country",
                "lat": None, "lon": None, "oblast": None, "oblast_iso": None,
                "geo_precision": 3, "weapon": "drone", "drones": 144, "sentence": "s",
                "start": 0, "end": 1},
               {"id": "2", "date": "2025-12-03", "place": "Kharkiv", "place_kind": "settlement",
                "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv", "oblast_iso": "UA-63",
                "geo_precision": 1, "weapon": "drone", "drones": 1, "sentence": "s",
                "start": 0, "end": 1}]}
    frame = events_frame([doc])
    monkeypatch.setattr(adding, "load_sample_events", lambda folder=None: frame)
    at = _app()
    assert any("Across Ukraine: 144 drones launched" in i.value for i in at.info), \
        [i.value for i in at.info]  # 144 holds Kharkiv's 1: never 145
    one = _app(oblast="UA-63")
    assert not [i.value for i in one.info if "Across Ukraine" in i.value]
    assert _metrics(one)["Drones launched"] == "1"


def test_uploads_load_and_a_bad_file_gets_its_own_message() -> None:
    at = _app()
    _open_adding(at)
    before = int(_metrics(at)["Events"])
    at.file_uploader(key="upload_files").set_value(
        [("kharkiv.txt", REPORT.encode(), "text/plain"),
         ("[x](javascript:alert(1)).json", b"{not json", "application/json")]).run()
    at.button(key="upload_add").click().run()
    assert not at.exception
    # The file name is shown as text: no link is made of it.
    assert any(e.value.startswith(r"\[x\]\(javascript\:alert\(1\)\)\.json\:")
               for e in at.error), [e.value for e in at.error]
    assert all(e.value.count(r"\.json") == 1 for e in at.error)  # the name, once
    assert any(s.value.startswith(r"kharkiv\.txt\:") for s in at.success)
    assert int(_metrics(at)["Events"]) > before


def test_empty_store_shows_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adding, "load_sample_events", lambda folder=None: events_frame([]))
    at = _app()
    assert not at.exception
    assert _metrics(at)["Events"] == "0"
    assert any("No reports yet" in w.value for w in at.warning)


def test_report_text_in_tables_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"article": {"id": "x", "source": "<img src=x onerror=alert(1)>", "published":
                       "2025-11-24", "title": None}, "mentions": [],
           "events": [{"id": "e", "date": "2025-11-24", "place": "Kharkiv",
                       "place_kind": "settlement", "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv",
                       "oblast_iso": "UA-63", "geo_precision": 1, "weapon": "drone",
                       "drones": 5, "sentence": "<script>alert(1)</script>", "start": 0,
                       "end": 1}]}
    monkeypatch.setattr(adding, "load_sample_events", lambda folder=None: events_frame([doc]))
    at = _app()
    assert not at.exception
    # Tables are data grids (cells are text, never HTML); no markdown echoes report text.
    assert all("<script>" not in m.value for m in at.markdown)
    assert not [d for d in at.dataframe if "Sentence" in d.value.columns]  # built when opened
    at.session_state["v_tab"] = "Events"  # the reader opens the Events tab
    at.run()
    assert all("<script>" not in m.value for m in at.markdown)
    tables = [d.value for d in at.dataframe if "Sentence" in d.value.columns]
    assert tables and tables[0].loc[0, "Sentence"] == "<script>alert(1)</script>"


def _two_days() -> object:
    def ev(i: str, day: str, place: str, lat: float, lon: float, iso: str) -> dict[str, object]:
        return {"id": i, "date": day, "place": place, "place_kind": "settlement", "lat": lat,
                "lon": lon, "oblast": None, "oblast_iso": iso, "geo_precision": 1,
                "weapon": "drone", "drones": 3, "sentence": "s", "start": 0, "end": 1}

    doc = {"article": {"id": "d", "source": "s", "published": "2025-11-24", "title": None},
           "mentions": [], "events": [ev("1", "2025-11-20", "Kharkiv", 49.99, 36.23, "UA-63"),
                                      ev("2", "2025-11-24", "Sumy", 50.91, 34.8, "UA-59")]}
    return events_frame([doc])


def test_date_range_from_the_link(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = _two_days()
    monkeypatch.setattr(adding, "load_sample_events", lambda folder=None: frame)
    at = _app(**{"from": "2025-11-21"})
    assert not at.exception
    assert _metrics(at)["Events"] == "1"
    assert [str(d) for d in at.date_input(key="v_dates").value] == ["2025-11-21", "2025-11-24"]
    assert at.query_params["from"] == "2025-11-21"


def test_picking_the_full_date_range_drops_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = _two_days()
    monkeypatch.setattr(adding, "load_sample_events", lambda folder=None: frame)
    at = _app(**{"from": "2025-11-21"})
    at.date_input(key="v_dates").set_value((date(2025, 11, 20), date(2025, 11, 24))).run()
    assert _metrics(at)["Events"] == "2"
    assert "from" not in at.query_params  # the full range is no bound: the link stays valid


def test_added_reports_persist_in_the_store(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """With a store, a pasted report is still there for the next session (a new process)."""
    monkeypatch.setenv("STRIKEMAP_DB", f"sqlite:///{tmp_path / 'store.gpkg'}")
    at = _app()
    _open_adding(at)
    assert not at.exception
    before = int(_metrics(at)["Events"])
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.date_input(key="paste_published").set_value(date(2025, 12, 3)).run()
    at.button(key="paste_add").click().run()
    assert not at.exception
    assert int(_metrics(at)["Events"]) == before + 1
    st.cache_resource.clear()
    st.cache_data.clear()
    again = _app()
    assert int(_metrics(again)["Events"]) == before + 1
    from geo.store import open_store

    assert open_store(f"sqlite:///{tmp_path / 'store.gpkg'}").articles_count() == 2
