"""View state <-> query parameters, filters and the page's frames, without Streamlit."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import adding
from geo import view
from geo.event_table import events_frame
from geo.view import View


def _event(**kw: object) -> dict[str, object]:
    base = {"id": "e", "date": "2025-11-24", "place": "Kramatorsk", "place_kind": "settlement",
            "lat": 48.72, "lon": 37.56, "oblast": "Donetsk", "oblast_iso": "UA-14",
            "geo_precision": 1, "weapon": "drone", "sentence": "s", "start": 0, "end": 1}
    base.update(kw)
    return base


@pytest.fixture()
def events() -> pd.DataFrame:
    doc = {"article": {"id": "a1", "source": "r.txt", "published": "2025-11-24", "title": None},
           "mentions": [],
           "events": [
               _event(id="1", drones=10, killed=1),
               _event(id="2", date="2025-11-20", place="Dnipro", lat=48.46, lon=35.04,
                      oblast="Dnipropetrovsk", oblast_iso="UA-12", weapon="missile", missiles=3),
               _event(id="3", date=None, place="Dnipropetrovsk", place_kind="oblast",
                      oblast="Dnipropetrovsk", oblast_iso="UA-12", geo_precision=3, drones=111,
                      killed=2, injured=3),
               _event(id="4", place="Ukraine", place_kind="country", lat=None, lon=None,
                      oblast=None, oblast_iso=None, geo_precision=3, drones=150,
                      drones_downed=120),
           ]}
    return events_frame([doc])


def test_default_view_has_an_empty_query() -> None:
    assert view.view_to_query(View()) == {}
    assert view.view_from_query({}) == View()


def test_query_round_trip() -> None:
    v = View(metric="killed", start=date(2025, 11, 1), end=date(2025, 11, 30),
             weapons=("drone", "missile"), oblasts=("UA-12", "UA-14"), precisions=(1, 3),
             layers="markers", tiles=True)
    q = view.view_to_query(v)
    assert q == {"metric": "killed", "from": "2025-11-01", "to": "2025-11-30",
                 "weapon": "drone,missile", "oblast": "UA-12,UA-14", "precision": "1,3",
                 "layers": "markers", "tiles": "osm"}
    assert view.view_from_query(q) == v


def test_query_accepts_lists_and_ignores_junk() -> None:
    v = view.view_from_query({"metric": "<script>", "weapon": ["missile", "drone", "bogus"],
                              "oblast": "ua-12,UA-99", "precision": "0,3,x", "from": "2025-13-01",
                              "to": "2025-11-02", "layers": "nope", "tiles": "maybe"})
    assert v == View(weapons=("drone", "missile"), oblasts=("UA-12",), precisions=(3,),
                     end=date(2025, 11, 2))


def test_swapped_dates_are_put_in_order() -> None:
    v = view.view_from_query({"from": "2025-11-30", "to": "2025-11-01"})
    assert (v.start, v.end) == (date(2025, 11, 1), date(2025, 11, 30))


@settings(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["metric", "from", "to", "weapon", "oblast", "precision",
                                        "layers", "tiles", "other"]),
                       st.one_of(st.text(max_size=20), st.lists(st.text(max_size=10),
                                                                 max_size=3))))
def test_any_query_reads_without_raising_and_round_trips(params: dict[str, object]) -> None:
    v = view.view_from_query(params)
    assert view.view_from_query(view.view_to_query(v)) == v


def test_with_dates_full_range_means_no_bound() -> None:
    bounds = (date(2025, 11, 1), date(2025, 11, 30))
    assert view.with_dates(View(), bounds, bounds) == View()
    narrowed = view.with_dates(View(), (date(2025, 11, 5), date(2025, 11, 30)), bounds)
    assert (narrowed.start, narrowed.end) == (date(2025, 11, 5), None)
    assert view.with_dates(View(), (date(2025, 11, 5),), bounds) == View()  # half-picked range


def test_national_rows_are_headlines_not_map(events: pd.DataFrame) -> None:
    located, national = view.split_national(events)
    assert list(national["place"]) == ["Ukraine"]
    assert len(located) == 3
    assert view.totals(national)["drones"] == 150


def test_filters(events: pd.DataFrame) -> None:
    assert len(view.filter_events(events, View(weapons=("missile",)))) == 1
    by_oblast = view.filter_events(events, View(oblasts=("UA-14",)))
    assert set(by_oblast["place"]) == {"Kramatorsk", "Ukraine"}  # national rows stay
    assert set(view.filter_events(events, View(precisions=(3,)))["place"]) == {
        "Dnipropetrovsk", "Ukraine"}
    # An undated event falls back to its article's published day.
    dated = view.filter_events(events, View(start=date(2025, 11, 21)))
    assert set(dated["id"]) == {"1", "3", "4"}
    assert list(view.filter_events(events, View(end=date(2025, 11, 20)))["id"]) == ["2"]


def test_date_bounds(events: pd.DataFrame) -> None:
    assert view.date_bounds(events) == (date(2025, 11, 20), date(2025, 11, 24))
    assert view.date_bounds(events_frame([])) is None


def test_tables(events: pd.DataFrame) -> None:
    located, _ = view.split_national(events)
    table = view.oblast_table(located)
    assert len(table) == 27
    assert table.iloc[0]["ISO"] == "UA-12" and table.iloc[0]["Drones launched"] == 111
    ev = view.event_table(events)
    assert {"date", "place", "sentence", "source", "killed"} <= set(ev.columns)
    daily = view.over_time(events)
    assert list(daily["drones"]) == [0, 271]
    assert list(daily.columns) == ["date", "drones", "drones_downed", "killed", "injured"]


def test_describe() -> None:
    text = view.describe(View(metric="killed", oblasts=("UA-12",), weapons=("drone",)))
    assert text == "Killed · Drones · Dnipropetrovsk"


def test_merge_and_combine_do_not_repeat_articles(events: pd.DataFrame) -> None:
    doc = {"article": {"id": "b", "source": "x", "published": None, "title": None},
           "mentions": [], "events": [_event(id="9")]}
    docs = view.merge_documents({}, [doc, doc])
    assert list(docs) == ["b"]
    both = view.combine(events, docs.values())
    assert len(both) == len(events) + 1
    again = {"article": {"id": "a1"}, "events": [_event(id="x")]}
    assert len(view.combine(events, [again])) == len(events)


def test_ingest_file_reports_errors_per_file() -> None:
    pytest.importorskip("extract.reading")
    bad = adding.ingest_file(b"\x00\x01\x02" * 10, "broken.json")
    assert bad.error and not bad.documents
    good = adding.ingest_file(b"At least 12 drones attacked Kharkiv overnight, injuring two.",
                            "note.txt")
    assert good.error is None and len(good.documents) == 1


def test_load_sample_events_reads_the_seed() -> None:
    pytest.importorskip("extract.pipeline")
    ev = adding.load_sample_events()
    assert "UA-12" in set(ev["oblast_iso"])
    assert int(ev["drones"].max()) == 111


def test_sample_files_skip_unknown(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "a.txt").write_text("x")
    (folder / "b.bin").write_bytes(b"x")
    assert [p.name for p in adding.sample_files(folder)] == ["a.txt"]
    assert adding.sample_files(folder / "missing") == []


def test_event_table_limit_keeps_the_latest(events: pd.DataFrame) -> None:
    table = view.event_table(events, limit=2)
    assert len(table) == 2
    assert str(table.loc[0, "date"]) == "2025-11-24"


def test_ingest_text_turns_failures_into_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> dict[str, object]:
        raise RuntimeError("bad input")

    monkeypatch.setattr(adding, "extract_document", boom)
    got = adding.ingest_text("x")
    assert got.error == "extraction failed: bad input" and not got.documents


def test_markdown_text_escapes_links_and_math() -> None:
    assert view.markdown_text("[a](javascript:x) $1$ *b*") == (
        r"\[a\]\(javascript\:x\) \$1\$ \*b\*")


def test_metric_choices_are_the_unit_metrics() -> None:
    from geo.units import METRICS

    assert tuple(view.METRIC_LABELS) == METRICS
