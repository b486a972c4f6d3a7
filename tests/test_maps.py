"""The folium maps, tested on their rendered HTML: units, classes, markers, escaping, offline."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import folium
import mapclassify
import numpy as np
import pandas as pd
import pytest

from geo import maps, static
from geo.event_table import events_frame
from geo.units import aggregate

EVIL_SCRIPT = "<script>alert('x')</script>"
EVIL_IMG = '<img src=x onerror="alert(1)">'


def _event(**kw: object) -> dict[str, object]:
    base = {"id": "e", "date": "2025-11-24", "place": "Kramatorsk", "place_kind": "settlement",
            "lat": 48.72, "lon": 37.56, "oblast": "Donetsk", "oblast_iso": "UA-14",
            "geo_precision": 1, "weapon": "drone", "drones": None, "drones_downed": None,
            "missiles": None, "missiles_downed": None, "killed": None, "injured": None,
            "sentence": "A drone hit Kramatorsk.", "start": 0, "end": 10}
    base.update(kw)
    return base


def _doc(events: list[dict[str, object]], *, source: str = "https://example.org/report",
         aid: str = "a1") -> dict[str, object]:
    return {"article": {"id": aid, "source": source, "published": "2025-11-24", "title": None},
            "mentions": [], "events": events}


def _sample_events() -> pd.DataFrame:
    return events_frame([_doc([
        _event(id="e1", place="Dnipropetrovsk", place_kind="oblast", lat=48.45, lon=34.98,
               oblast="Dnipropetrovsk", oblast_iso="UA-12", geo_precision=3, drones=111,
               killed=2, injured=3, sentence=f"At least 111 drones {EVIL_SCRIPT} overnight."),
        _event(id="e2", sentence=f"Houses burned in Kramatorsk {EVIL_IMG}."),
        _event(id="e3", place="Dnipro", lat=48.46, lon=35.04, oblast="Dnipropetrovsk",
               oblast_iso="UA-12", weapon="missile", missiles=4, killed=1),
    ])])


@pytest.fixture()
def events() -> pd.DataFrame:
    return _sample_events()


def _html(m: object) -> str:
    return m.get_root().render()  # type: ignore[attr-defined]


def _marker_rows(html: str) -> list[list[object]]:
    raw = re.search(r"var rows = (\[.*?\]);\n", html, re.S)
    assert raw, "marker data not found"
    return json.loads(raw.group(1))


@pytest.fixture(scope="module")
def drones_html() -> str:
    return _html(maps.build_map(_sample_events(), metric="drones"))


def test_map_has_every_unit(drones_html: str) -> None:
    html = drones_html
    missing = [iso for iso in aggregate(_sample_events())["iso"]
               if f'"id": "{iso}"' not in html and f'"id":"{iso}"' not in html]
    assert missing == []


def test_map_has_27_units_and_their_outlines(drones_html: str) -> None:
    html = drones_html
    assert html.count('"type": "Feature"') + html.count('"type":"Feature"') == 2 * 27


@pytest.mark.parametrize("text", ["sm-legend", "0 (none reported)", "Drones launched", "111"])
def test_map_legend_classes(drones_html: str, text: str) -> None:
    assert text in drones_html


def test_zero_units_drawn_apart(events: pd.DataFrame) -> None:
    agg = aggregate(events)
    layer, legend = maps.choropleth_layer(agg, "killed")
    fills = {f["id"]: f["properties"]["fill"] for f in layer.data["features"]}
    assert fills["UA-46"] == maps.ZERO_COLOR  # Lviv: nothing reported
    assert fills["UA-12"] != maps.ZERO_COLOR
    assert legend[0] == (maps.ZERO_COLOR, "0 (none reported)")


def test_units_outside_a_selection_are_not_selected_not_zero(events: pd.DataFrame) -> None:
    picked = events[events["oblast_iso"] == "UA-12"]
    layer, legend = maps.choropleth_layer(aggregate(picked), "killed", oblasts=["UA-12"])
    props = {f["id"]: f["properties"] for f in layer.data["features"]}
    assert props["UA-46"]["unselected"] and props["UA-46"]["fill"] != maps.ZERO_COLOR
    assert props["UA-46"]["killed"] == "not selected"  # what its tooltip says
    assert maps._unit_style({"properties": props["UA-46"]})["className"].endswith(
        "sm-unselected")
    assert not props["UA-12"]["unselected"] and props["UA-12"]["killed"] == 3
    assert [label for _c, label in legend] == ["1–3", "not selected"]


def test_map_zooms_to_the_selected_oblasts(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events[events["oblast_iso"] == "UA-12"], metric="killed",
                                oblasts=["UA-12"]))
    (s, w), (n, e) = maps.selection_bounds(["UA-12"])
    assert 46 < s < 47.7 and 49 < n < 50.5 and 31 < w < 33.5 and 36.2 < e < 38  # not Lviv (24 E)
    assert f"[[{s}, {w}], [{n}, {e}]]" in html
    assert 'id="sm-hatch"' in html and "not selected" in html
    assert maps.selection_bounds() == maps._UA_BOUNDS


@pytest.fixture(scope="module")
def killed_html() -> str:
    return _html(maps.build_map(_sample_events(), metric="killed"))


@pytest.mark.parametrize("label", ["Events", "Drones launched", "Drones shot down",
                                   "Missiles launched", "Missiles shot down", "Killed",
                                   "Injured"])
def test_tooltip_lists_every_figure(killed_html: str, label: str) -> None:
    assert label in killed_html


def test_report_text_is_escaped_in_popups(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events))
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=\"alert" not in html
    popups = " ".join(str(r[6]) for r in _marker_rows(html))
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in popups
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in popups


def test_place_names_and_sources_are_escaped() -> None:
    ev = events_frame([_doc([_event(place="<b onmouseover=alert(1)>X</b>")],
                            source="javascript:alert(1)")])
    places = maps.place_markers(ev, "events")
    assert "<b onmouseover" not in places.loc[0, "popup"]
    assert "<b onmouseover" not in places.loc[0, "tooltip"]
    assert 'href="javascript' not in places.loc[0, "popup"]
    assert "javascript:alert(1)" in places.loc[0, "popup"]  # shown as text, not a link


def test_popup_says_how_many_reports_back_an_event() -> None:
    ev = events_frame([_doc([_event(sources=3)])])
    assert "and 2 more reports<" in maps.place_markers(ev, "events").loc[0, "popup"]


@pytest.mark.parametrize(("precision", "approximate"), [(1, False), (2, True)])
def test_popup_says_when_the_point_is_approximate(precision: int, approximate: bool) -> None:
    """A village known only from the codifier sits at its hromada's centre (precision 2)."""
    ev = events_frame([_doc([_event(place="Kleban-Byk", geo_precision=precision)])])
    popup = maps.place_markers(ev, "events").loc[0, "popup"]
    assert ("approximate point" in popup) is approximate


def test_popup_of_a_single_report_mentions_no_more() -> None:
    single = events_frame([_doc([_event()])])
    assert "more report" not in maps.place_markers(single, "events").loc[0, "popup"]


@pytest.fixture()
def places(events: pd.DataFrame) -> pd.DataFrame:
    """The markers of the sample events and two more Kramatorsk events."""
    more = events_frame([_doc([_event(id="x1"), _event(id="x2", drones=5)], aid="a2")])
    both = pd.concat([events, more], ignore_index=True)
    return maps.place_markers(both, "drones").set_index("name")


def test_one_marker_per_place(places: pd.DataFrame) -> None:
    assert places.loc["Kramatorsk", "events"] == 3
    assert places.loc["Kramatorsk", "value"] == 5


def test_oblast_level_kind(places: pd.DataFrame) -> None:
    assert bool(places.loc["Dnipropetrovsk (oblast)", "oblast_level"])
    assert not bool(places.loc["Dnipro", "oblast_level"])


def test_oblast_level_marker_sits_at_the_units_label_point(places: pd.DataFrame) -> None:
    # Oblast-level events sit at the unit's label point, not at the extractor's coordinates.
    from geo.units import load_units

    label = load_units().set_index("iso").loc["UA-12", ["label_lat", "label_lon"]]
    assert places.loc["Dnipropetrovsk (oblast)", "lat"] == pytest.approx(label["label_lat"])


def test_marker_colour_is_its_weapons(places: pd.DataFrame) -> None:
    assert places.loc["Dnipro", "color"] == maps.WEAPON_COLORS["missile"]


def test_markers_sized_by_metric(events: pd.DataFrame) -> None:
    rows = {r[5].split(":")[0]: r for r in _marker_rows(_html(maps.build_map(events,
                                                                            metric="drones")))}
    assert rows["Dnipropetrovsk (oblast)"][2] > rows["Kramatorsk"][2]
    assert rows["Dnipropetrovsk (oblast)"][4] == 1 and rows["Kramatorsk"][4] == 0


def test_no_clustering_when_few() -> None:
    few = events_frame([_doc([_event()])])
    assert "markerClusterGroup" not in _html(maps.build_map(few))


def test_clustering_when_many() -> None:
    rng = np.random.default_rng(1)
    lats, lons = rng.uniform(46.5, 51, 200), rng.uniform(24, 38, 200)
    many = events_frame([_doc([_event(id=str(i), place=f"P{i}", lat=a, lon=o)
                               for i, (a, o) in enumerate(zip(lats, lons, strict=True))])])
    html = _html(maps.build_map(many))
    assert "L.markerClusterGroup(" in html
    assert "/app/static/leaflet.markercluster/1.5.3/leaflet.markercluster-src.js" in html


def test_no_request_leaves_the_machine(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events))
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/app/static/") for u in urls), urls
    assert "cdn" not in html.lower()
    assert "d3js" not in html
    assert "tile.openstreetmap" not in html


def test_map_without_tiles_has_a_max_zoom(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events))
    assert '"maxZoom": 18' in html or '"maxZoom":18' in html


def test_static_files_exist_for_every_asset(events: pd.DataFrame) -> None:
    root = Path(__file__).resolve().parent.parent
    m = maps.build_map(pd.concat([events] * 1, ignore_index=True))
    links = [u for el in _walk(m) for _n, u in (*getattr(el, "default_js", []),
                                                 *getattr(el, "default_css", []))]
    assert links
    missing = [url for url in links if not (root / url.removeprefix("/app/")).is_file()]
    assert missing == []


def _walk(el: object) -> list[object]:
    out = [el]
    for child in getattr(el, "_children", {}).values():
        out.extend(_walk(child))
    return out


def test_osm_tiles_are_opt_in(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events, tiles=True))
    assert "tile.openstreetmap.org" in html
    assert '"fillOpacity": 0.0' in html or '"fillOpacity":0.0' in html  # outlines let tiles show


def test_unknown_cdn_raises() -> None:
    m = folium.Map(tiles=None)
    m.default_js = [("x", "https://cdn.example.com/x.js")]
    with pytest.raises(ValueError, match="no local copy"):
        maps.use_local_assets(m)


def test_layers_mode_and_control(events: pd.DataFrame) -> None:
    html = _html(maps.build_map(events, layers="choropleth"))
    assert "Places (markers)" in html and "Choropleth: Events" in html
    assert "L.control.layers" in html


def test_unknown_layers_mode_raises(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError):
        maps.build_map(events, layers="nope")


def test_empty_events_give_an_empty_map() -> None:
    html = _html(maps.build_map(events_frame([])))
    assert "var rows = [];" in html
    assert html.count('"type": "Feature"') + html.count('"type":"Feature"') == 2 * 27


def test_choropleth_payload_does_not_grow_with_events() -> None:
    agg_small = aggregate(events_frame([_doc([_event()])]))
    agg_big = agg_small.copy()
    agg_big["drones"] = agg_big["drones"] + 10_000
    small, _ = maps.choropleth_layer(agg_small, "drones")
    big, _ = maps.choropleth_layer(agg_big, "drones")
    assert abs(len(json.dumps(small.data)) - len(json.dumps(big.data))) < 2_000


def test_popups_are_bounded() -> None:
    evs = [_event(id=str(i), sentence="x" * 1000) for i in range(50)]
    places = maps.place_markers(events_frame([_doc(evs)]), "events")
    popup = places.loc[0, "popup"]
    assert popup.count("<li>") == maps.POPUP_MAX
    assert "and 40 more" in popup
    assert len(popup) < maps.POPUP_MAX * (maps.SENTENCE_MAX + 300)


@pytest.mark.parametrize(
    ("values", "bins"),
    [([0, 0, 0], []), ([0, 3, 3, 7], [3.0, 7.0]), ([0, 1, 2, 3, 4, 5, 6, 111], None)],
)
def test_classify(values: list[int], bins: list[float] | None) -> None:
    cls, got = maps.classify(values)
    assert [c == 0 for c in cls] == [v == 0 for v in values]
    if bins is not None:
        assert got == bins
    assert len(got) <= 5
    assert cls[values.index(max(values))] == len(got)


def _static_cases() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    return [np.where(rng.random(27) < 0.4, 0, rng.pareto(1.2, 27) * 10).round()
            for _ in range(20)]


@pytest.mark.parametrize("values", _static_cases(), ids=[f"draw{i}" for i in range(20)])
def test_classes_match_the_static_map(values: np.ndarray) -> None:
    cls, _bins = maps.classify(values)
    assert list(static.classify(values).index) == cls


def test_class_labels_are_integer_ranges() -> None:
    assert maps.class_labels([1.0, 5.0, 111.0]) == ["1", "2–5", "6–111"]


def test_report_text_is_never_a_template() -> None:
    """branca re-reads rendered scripts as Jinja: `{{ }}` in a report must stay text."""
    ev = events_frame([_doc([_event(sentence="Drones {{ 7*7 }} {% if 1 %}hit{% endif %} {# x #}",
                                    place="{{ config }}")], source="{{ 6*6 }}")])
    html = _html(maps.build_map(ev))
    assert "49" not in html.split("var rows = ")[1].split(";\n")[0]
    rows = _marker_rows(html)
    popup = rows[0][6]
    assert "&#123;&#123; 7*7 &#125;&#125;" in popup
    assert "&#123;% if 1 %&#125;hit&#123;% endif %&#125;" in popup
    assert "&#123;&#123; 6*6 &#125;&#125;" in popup
    assert rows[0][5].startswith("&#123;&#123; config &#125;&#125;")


def _fisher_jenks_cases() -> list[tuple[np.ndarray, int]]:
    rng = np.random.default_rng(3)
    cases = []
    for i in range(60):
        n = int(rng.integers(6, 28))
        values = (rng.pareto(1.1, n) * 50).round() + 1 if i % 2 else rng.lognormal(2, 1.5, n)
        k = int(rng.integers(2, 6))
        cases.append((values, k))
    return cases


@pytest.mark.parametrize(("values", "k"), _fisher_jenks_cases(),
                         ids=[f"{'pareto' if i % 2 else 'lognormal'}{i}" for i in range(60)])
def test_fisher_jenks_port_matches_mapclassify(values: np.ndarray, k: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = mapclassify.FisherJenks(values, k=k).bins
    assert maps.fisher_jenks(values, k) == pytest.approx(list(expected))


def test_popup_says_one_more_report_in_the_singular() -> None:
    ev = events_frame([_doc([_event(sources=2)])])
    assert "and 1 more report<" in maps.place_markers(ev, "events").loc[0, "popup"]
