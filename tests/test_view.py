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


def test_empty_query_is_the_default_view() -> None:
    assert view.view_from_query({}) == View()


FULL_VIEW = View(metric="killed", start=date(2025, 11, 1), end=date(2025, 11, 30),
                 weapons=("drone", "missile"), oblasts=("UA-12", "UA-14"), precisions=(1, 3),
                 layers="markers", tiles=True)
FULL_QUERY = {"metric": "killed", "from": "2025-11-01", "to": "2025-11-30",
              "weapon": "drone,missile", "oblast": "UA-12,UA-14", "precision": "1,3",
              "layers": "markers", "tiles": "osm"}


def test_view_to_query() -> None:
    assert view.view_to_query(FULL_VIEW) == FULL_QUERY


def test_query_round_trip() -> None:
    assert view.view_from_query(FULL_QUERY) == FULL_VIEW


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


BOUNDS = (date(2025, 11, 1), date(2025, 11, 30))


def test_with_dates_full_range_means_no_bound() -> None:
    assert view.with_dates(View(), BOUNDS, BOUNDS) == View()


def test_with_dates_keeps_a_narrowed_bound() -> None:
    narrowed = view.with_dates(View(), (date(2025, 11, 5), date(2025, 11, 30)), BOUNDS)
    assert (narrowed.start, narrowed.end) == (date(2025, 11, 5), None)


def test_with_dates_ignores_a_half_picked_range() -> None:
    assert view.with_dates(View(), (date(2025, 11, 5),), BOUNDS) == View()


def test_national_rows_are_headlines_not_map(events: pd.DataFrame) -> None:
    located, national = view.split_national(events)
    assert list(national["place"]) == ["Ukraine"]
    assert len(located) == 3


def test_national_totals(events: pd.DataFrame) -> None:
    _located, national = view.split_national(events)
    assert view.totals(national)["drones"] == 150


def test_filter_by_weapon(events: pd.DataFrame) -> None:
    assert len(view.filter_events(events, View(weapons=("missile",)))) == 1


@pytest.mark.parametrize(("chosen", "places"), [
    (View(oblasts=("UA-14",)), {"Kramatorsk"}),  # the country-wide row is no oblast's
    (View(precisions=(3,)), {"Dnipropetrovsk"}),
], ids=["oblast", "precision"])
def test_oblast_or_precision_filter_leaves_country_rows_out(events: pd.DataFrame, chosen: View,
                                                            places: set[str]) -> None:
    assert set(view.filter_events(events, chosen)["place"]) == places


def test_one_oblast_view_sums_to_that_oblast(events: pd.DataFrame) -> None:
    shown = view.filter_events(events, View(oblasts=("UA-14",)))
    assert view.country_totals(shown)["drones"] == 10
    assert int(shown["drones"].sum()) == 10  # the events CSV of the view


def test_country_totals_never_add_a_national_total_to_its_parts(events: pd.DataFrame) -> None:
    # 24 Nov: 150 drones country-wide, 10 + 111 in two oblasts: the country-wide 150 holds them.
    got = view.country_totals(events)
    assert got["drones"] == 150
    assert got["drones_downed"] == 120
    assert got["missiles"] == 3  # 20 Nov: no country-wide figure, the oblast's counts
    assert got["killed"] == 3  # no country-wide toll: the oblasts' 1 + 2


def test_country_totals_take_the_oblasts_when_they_are_larger() -> None:
    doc = {"article": {"id": "a", "source": "s", "published": "2025-11-24", "title": None},
           "mentions": [], "events": [
               _event(id="1", drones=30),
               _event(id="2", place="Ukraine", place_kind="country", lat=None, lon=None,
                      oblast=None, oblast_iso=None, geo_precision=3, drones=20)]}
    assert view.country_totals(events_frame([doc]))["drones"] == 30


def _undated_doc() -> pd.DataFrame:
    doc = {"article": {"id": "u", "source": "s", "published": None, "title": None},
           "mentions": [], "events": [_event(id="1", date="2025-12-06", killed=1),
                                      _event(id="2", date=None, killed=7)]}
    return events_frame([doc])


def test_a_date_filter_keeps_undated_events() -> None:
    ev = _undated_doc()
    kept = view.filter_events(ev, View(start=date(2025, 12, 10)))
    assert list(kept["id"]) == ["2"]
    assert view.undated_totals(kept)["killed"] == 7


def test_filter_from_a_date_dates_undated_events_by_their_article(events: pd.DataFrame) -> None:
    # An undated event falls back to its article's published day.
    dated = view.filter_events(events, View(start=date(2025, 11, 21)))
    assert set(dated["id"]) == {"1", "3", "4"}


def test_filter_up_to_a_date(events: pd.DataFrame) -> None:
    assert list(view.filter_events(events, View(end=date(2025, 11, 20)))["id"]) == ["2"]


def test_date_bounds(events: pd.DataFrame) -> None:
    assert view.date_bounds(events) == (date(2025, 11, 20), date(2025, 11, 24))


def test_date_bounds_of_no_events() -> None:
    assert view.date_bounds(events_frame([])) is None


def test_oblast_table(events: pd.DataFrame) -> None:
    located, _ = view.split_national(events)
    table = view.oblast_table(located)
    assert len(table) == 27
    assert table.iloc[0]["ISO"] == "UA-12" and table.iloc[0]["Drones launched"] == 111


def test_event_table_columns(events: pd.DataFrame) -> None:
    ev = view.event_table(events)
    assert [c for c in ev.columns if c in view.EVENT_HEADERS.values()] == [
        "Date", "Place", "Oblast", "Located to", "Weapon", "Drones launched", "Drones shot down",
        "Missiles launched", "Missiles shot down", "Killed", "Injured", "Sentence", "Source",
        *(["Link"] if "Link" in ev.columns else []), "Reports", "Sources disagree on"]


def test_event_table_has_blanks_not_none(events: pd.DataFrame) -> None:
    ev = view.event_table(events)
    shown = view.blank_missing(ev)
    assert not shown.isna().any().any()
    assert "None" not in shown.astype(str).to_numpy()
    row = ev[ev["Place"] == "Ukraine"].iloc[0]
    assert row["Oblast"] == "(whole country)" and pd.isna(row["Killed"])
    assert set(ev["Weapon"]) == {"Drones", "Missiles"}


def test_event_detail_has_the_whole_sentence() -> None:
    long = "Drones hit Kramatorsk " + "and more " * 80 + "the end."
    doc = {"article": {"id": "a", "source": "r.txt", "published": "2025-11-24", "title": None},
           "mentions": [], "events": [_event(id="1", sentence=long, drones=1)]}
    table = view.event_table(events_frame([doc]))
    text = view.event_detail(table, 0)
    assert long in text and "1 drones launched" in text and "Source: r.txt" in text


def test_plural() -> None:
    assert [view.plural(n, "event") for n in (0, 1, 2, 1204)] == [
        "0 events", "1 event", "2 events", "1,204 events"]


def test_query_problems_name_what_was_not_understood() -> None:
    got = view.query_problems({"metric": "deaths", "oblast": "UA-12,UA-99", "from": "yesterday",
                               "weapon": "drone"})
    assert got == ["metric=deaths (no such metric)", "oblast=UA-99 (no such oblast code)",
                   "from=yesterday (not a date YYYY-MM-DD)"]
    assert view.query_problems(FULL_QUERY) == []


def test_over_time(events: pd.DataFrame) -> None:
    daily = view.over_time(events)
    # every day of the range, zeros kept; 24 Nov: the country-wide 150, not 150 + 10 + 111
    assert list(daily["drones"]) == [0, 0, 0, 0, 150]
    assert list(daily["killed"]) == [0, 0, 0, 0, 3]
    assert list(daily.columns) == ["date", "drones", "drones_downed", "killed", "injured"]


def test_over_time_weekly_over_long_ranges(events: pd.DataFrame) -> None:
    weekly = view.over_time(events, period="week")
    assert list(weekly["date"].dt.day_name().unique()) == ["Monday"]
    assert int(weekly["drones"].sum()) == 150


def test_casualty_bars_side_by_side_on_day_ticks(events: pd.DataFrame) -> None:
    spec = view.over_time_chart(view.over_time(events), "casualties").to_dict()
    enc = spec["encoding"]
    assert enc["xOffset"]["field"] == "series"  # grouped: killed never hidden behind injured
    assert enc["x"]["type"] == "ordinal"  # a band per day: bars as wide as the band allows
    assert "%-d %b" in enc["x"]["axis"]["labelExpr"]  # "24 Nov", no "12 PM"
    assert spec["mark"]["type"] == "bar" and "stack" not in enc["y"]
    assert enc["color"]["scale"]["domain"] == ["Killed", "Injured"]


def test_describe() -> None:
    text = view.describe(View(metric="killed", oblasts=("UA-12",), weapons=("drone",)))
    assert text == "Killed · Drones · Dnipropetrovsk"


NEW_DOC = {"article": {"id": "b", "source": "x", "published": None, "title": None},
           "mentions": [], "events": [_event(id="9")]}


def test_merge_does_not_repeat_articles() -> None:
    assert list(view.merge_documents({}, [NEW_DOC, NEW_DOC])) == ["b"]


def test_combine_adds_a_new_articles_events(events: pd.DataFrame) -> None:
    docs = view.merge_documents({}, [NEW_DOC, NEW_DOC])
    both = view.combine(events, docs.values())
    assert len(both) == len(events) + 1


def test_combine_does_not_repeat_articles(events: pd.DataFrame) -> None:
    again = {"article": {"id": "a1"}, "events": [_event(id="x")]}
    assert len(view.combine(events, [again])) == len(events)


def test_ingest_file_reports_errors_per_file() -> None:
    bad = adding.ingest_file(b"\x00\x01\x02" * 10, "broken.json")
    assert bad.error and not bad.documents


def test_ingest_file_reads_a_good_file() -> None:
    good = adding.ingest_file(b"At least 12 drones attacked Kharkiv overnight, injuring two.",
                            "note.txt")
    assert good.error is None and len(good.documents) == 1


def test_load_sample_events_reads_the_seed() -> None:
    ev = adding.load_sample_events()
    ev = ev[ev["source"].str.startswith("seed report")]  # beside the demo's event facts
    assert "UA-12" in set(ev["oblast_iso"])
    assert int(ev["drones"].max()) == 111


def test_sample_files_skip_unknown(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "a.txt").write_text("x")
    (folder / "b.bin").write_bytes(b"x")
    assert [p.name for p in adding.sample_files(folder)] == ["a.txt"]


def test_sample_files_of_a_missing_folder(tmp_path: object) -> None:
    from pathlib import Path

    assert adding.sample_files(Path(str(tmp_path)) / "missing") == []


def test_event_table_limit_keeps_the_latest(events: pd.DataFrame) -> None:
    table = view.event_table(events, limit=2)
    assert len(table) == 2
    assert str(table.loc[0, "Date"]) == "2025-11-24"


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


UPLOAD = b"KYIV, 6 December 2025 - At least 12 drones attacked Kharkiv overnight, injuring two."


def _published(got: adding.Ingested) -> str | None:
    return got.documents[0]["article"]["published"]


def test_upload_is_dated_by_its_dateline() -> None:
    got = adding.ingest_file(UPLOAD, "note.txt")
    assert _published(got) == "2025-12-06"
    assert got.documents[0]["events"][0]["date"] == "2025-12-06"  # "overnight" is dated now


def test_upload_is_dated_by_its_metadata() -> None:
    page = (b"<html><head><meta property='article:published_time' content='2025-11-30'>"
            b"<title>Strike</title></head><body><article><p>At least 12 drones attacked "
            b"Kharkiv overnight, injuring two people, the governor said.</p></article>"
            b"</body></html>")
    assert str(adding.file_date(page, "page.html")) == "2025-11-30"
    assert _published(adding.ingest_file(page, "page.html")) == "2025-11-30"


def test_the_users_date_for_an_upload_wins() -> None:
    got = adding.ingest_file(UPLOAD, "note.txt", published="2025-12-07")
    assert _published(got) == "2025-12-07"


def test_the_users_date_dates_an_undated_upload() -> None:
    body = b"At least 12 drones attacked Kharkiv overnight, injuring two."
    assert adding.file_date(body, "n.txt") is None
    assert _published(adding.ingest_file(body, "n.txt", published="2025-12-01")) == "2025-12-01"


def test_first_lines_date_skips_future_and_later_lines() -> None:
    assert adding.first_lines_date("Published 06.12.2025\nx") == "2025-12-06"
    assert adding.first_lines_date("On 1 January 2999 we will see\nx") is None
    late = "\n".join(["line"] * 10 + ["6 December 2025"])
    assert adding.first_lines_date(late) is None


def test_a_read_error_does_not_repeat_the_file_name() -> None:
    bad = adding.ingest_file(b"{not json", "broken.json")
    assert bad.name == "broken.json" and "broken.json" not in (bad.error or "")


def test_storing_a_report_twice_says_it_was_stored(tmp_path: object) -> None:
    from pathlib import Path

    from geo.store import open_store

    store = open_store(f"sqlite:///{Path(str(tmp_path)) / 's.gpkg'}")
    got = adding.ingest_file(UPLOAD, "note.txt")
    assert adding.store_reports(store, got)[1] == 0
    assert adding.store_reports(store, got) == (0, 1)


def test_missing_figures_are_shown_blank(events: pd.DataFrame) -> None:
    shown = view.blank_missing(view.event_table(events))
    assert not shown.isna().any().any()
    col = shown["Drones launched"]
    assert sorted(col.str.strip()) == ["", "10", "111", "150"]
    # text sort of the padded cells is the numeric sort
    assert [c.strip() for c in sorted(col)] == ["", "10", "111", "150"]
    big = view.blank_missing(pd.DataFrame({"n": [4, 12, 1500]}))["n"]
    assert [c.strip() for c in sorted(big)] == ["4", "12", "1,500"]
