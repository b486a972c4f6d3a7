"""Interactive maps: a folium choropleth of the 27 units and a marker layer of struck places.

Built to be embedded in the dashboard (`geo.map_component`) or saved as a page, with no
network:

- every script and stylesheet folium asks for is rewritten to the copies in `static/` (served
  by Streamlit at `/app/static/`); an unknown CDN URL raises instead of leaking a request;
- the legend is a plain Leaflet control (branca colormaps make st_folium fetch d3 from a CDN);
- the default base is the unit outlines (no tiles); OpenStreetMap tiles are opt-in;
- events are aggregated before drawing: the choropleth is always 27 features, the marker layer
  one marker per place with a bounded popup, so the page does not grow with the event count;
- every text that comes from a report is HTML-escaped before it reaches a popup or tooltip:
  here, or (the dashboard's `popup_data`, half the bytes) by the page's `esc` when a popup
  is first opened; only http(s) addresses become links either way.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.utilities import JsCode
from jinja2 import Template

from geo.colors import WEAPON_COLORS
from geo.schema import FIGURES, METRIC_LABELS, METRICS, web_url
from geo.units import aggregate, load_units

#: Where Streamlit serves `static/` (server.enableStaticServing).
ASSET_URL = "/app/static"

#: CDN URLs folium uses -> files under static/ (None: not needed by these maps, dropped).
_LOCAL_ASSETS: dict[str, str | None] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet/1.9.3/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet/1.9.3/leaflet.css",
    # folium's defaults, unused by these maps (plain Leaflet controls and popups): two script
    # loads and a stylesheet fewer before a map draws.
    "https://code.jquery.com/jquery-3.7.1.min.js": None,
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": None,
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": None,
    # Icon fonts and awesome-markers: these maps draw their own markers, so they are not used.
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/"
    "leaflet.awesome-markers.js": None,
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/"
    "leaflet.awesome-markers.css": None,
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": None,
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": None,
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/"
    "leaflet.awesome.rotate.min.css": None,
}

#: Sequential classes for counts (ColorBrewer YlOrRd 5), and the fill of units with zero.
CLASS_COLORS: tuple[str, ...] = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
ZERO_COLOR = "#f4f4f4"
#: Units outside a selection of oblasts: almost transparent, hatched, "not selected".
UNSELECTED_COLOR = "#ffffff"
UNSELECTED_LABEL = "not selected"
#: A hatch pattern (SVG) for unselected units; Leaflet's SVG renderer fills them with it.
_HATCH_SVG = (
    '<svg width="0" height="0" style="position:absolute"><defs>'
    '<pattern id="sm-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#c4c4c4" stroke-width="1.5"/></pattern>'
    "</defs></svg>"
)

#: Markers are clustered above this many places.
CLUSTER_MIN = 60
#: At most this many markers: more distinct points are merged into grid cells of these sizes
#: (degrees), the finest that fits.
MARKER_MAX = 4000
GRID_CELLS: tuple[float, ...] = (0.02, 0.05, 0.1, 0.2, 0.5, 1.0)
#: At most this many events are listed across all popups (each popup at least one, at most
#: `POPUP_MAX`): keeps the page a few MB whatever the number of events.
POPUP_BUDGET = 4000
POPUP_MAX = 10
SENTENCE_MAX = 280

#: A figure after its number in popups ("111 drones launched, 2 killed"), as in the tooltips.
_FIGURE_WORDS: dict[str, str] = {f: METRIC_LABELS[f].lower() for f in FIGURES}
#: Popup and page styles, once in the page header rather than inline in 5,000 popups.
_CSS = """<style>
.leaflet-container { background: #eef2f5; }
.sm-popup { font: 12px/1.4 sans-serif; }
path.sm-unselected { fill: url(#sm-hatch); }
.leaflet-tooltip, .leaflet-control-layers { font: 12px/1.4 sans-serif; }
.leaflet-tooltip th, .leaflet-tooltip td { padding: 0 4px; }
.sm-popup ol { padding-left: 1.2em; margin: .4em 0; }
.sm-popup q { color: #333; }
.sm-oblast { color: #111; }
.sm-cluster div { width: 100%; height: 100%; border-radius: 50%; display: flex;
  align-items: center; justify-content: center; font: 600 11px sans-serif; color: #fff;
  background: rgba(40, 40, 70, .78); border: 2px solid #fff; box-sizing: border-box; }
.sm-legend, .sm-note, .sm-time { background: rgba(255,255,255,.92); color: #222;
  padding: 5px 9px; border-radius: 4px; font: 12px/1.45 sans-serif;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 220px; }
.sm-legend summary { cursor: pointer; }
.sm-legend details[open] summary { margin-bottom: 2px; }
.sm-note { max-width: 260px; border-left: 3px solid #b2182b; }
.sm-time { max-width: 260px; }
.sm-label { width: 0; height: 0; pointer-events: none; }
.sm-label span { position: absolute; white-space: nowrap; color: #333;
  font: 600 11px/1.2 sans-serif; text-shadow: 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }
.sm-label-oblast span { transform: translate(-50%, -50%); color: #4a4a4a; font-weight: 500;
  letter-spacing: .02em; }
.sm-label-place span { transform: translate(7px, -50%); color: #111; }
.sm-time-row { display: flex; align-items: center; gap: 5px; }
.sm-time button { font: 12px sans-serif; min-width: 28px; height: 24px; padding: 0 6px;
  border: 1px solid #999; border-radius: 3px; background: #fff; color: #222; cursor: pointer; }
.sm-time button:disabled { opacity: .45; cursor: default; }
.sm-day-slider { width: 150px; }
@media (prefers-color-scheme: dark) {
  .leaflet-container { background: #1b1f24; }
  path.sm-outline { fill: #2a2f36; stroke: #6b7280; }
  path.sm-zero { fill: #343a42; }
  .sm-zero-row span { background: #343a42 !important; }
  path.sm-unit { stroke: #9aa3ad; }
  #sm-hatch rect { fill: #2a2f36; }
  #sm-hatch line { stroke: #59606a; }
  .sm-legend, .sm-note, .sm-time, .leaflet-control-layers, .leaflet-bar a,
  .leaflet-popup-content-wrapper, .leaflet-popup-tip, .leaflet-tooltip {
    background: rgba(32, 36, 42, .94); color: #e8e8e8; border-color: #555; }
  .leaflet-bar a:hover { background: #3a3f47; }
  .leaflet-container a { color: #8cc4ff; }
  .sm-popup q { color: #d0d0d0; }
  .sm-oblast { color: #f0f0f0; }
  .sm-time button { background: #2f343b; color: #eee; border-color: #666; }
  .sm-label span { color: #eee; text-shadow: 0 0 2px #000, 0 0 3px #000, 0 0 4px #000; }
  .sm-label-oblast span { color: #cfd4da; }
  .leaflet-control-scale-line { background: rgba(32, 36, 42, .8); color: #ddd;
    border-color: #aaa; }
  .leaflet-control-attribution { background: rgba(32, 36, 42, .8) !important; color: #bbb; }
}
@media (max-width: 599px) {
  .sm-legend, .sm-note, .sm-time { font-size: 11px; padding: 4px 7px; max-width: 170px; }
  .sm-day-slider { width: 90px; }
}
</style>"""
_UA_BOUNDS = [[44.3, 22.1], [52.4, 40.3]]


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def _esc(value: Any) -> str:
    """HTML-escape report text, braces too.

    branca re-reads every rendered script as a Jinja template (`Element(script(...))`), so a
    report saying `{{ ... }}` would otherwise be evaluated on the server.
    """
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True).translate(_BRACES)


def _js(value: Any) -> str:
    """JSON for inlining in a <script>: no `</script>`, `<!--` or line separators survive.

    Only `</` and `<!` are rewritten (report text is HTML-escaped already, so the markup left
    is ours); escaping every `<` would add a third to the popup payload.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("</", "<\\/"), ("<!", "\\u003c!"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return text


# -- classes ----------------------------------------------------------------------------------


def classify(values: Sequence[float], *, k: int = 5) -> tuple[list[int], list[float]]:
    """Class of each value (0 for zero, 1..n otherwise) and the classes' upper bounds.

    Counts per unit are heavily skewed (one oblast takes most drones), so classes come from
    Fisher-Jenks natural breaks over the non-zero values only; with few distinct values each
    value is its own class. Zero stays a class of its own so "nothing reported" never looks
    like "little".
    """
    arr = np.asarray(values, dtype=float)
    nonzero = arr[arr > 0]
    uniq = np.unique(nonzero)
    if uniq.size == 0:
        return [0] * len(arr), []
    if uniq.size <= k:
        bins = [float(u) for u in uniq]
    else:
        bins = [float(b) for b in fisher_jenks(nonzero, k)]
    cls = [0 if v <= 0 else int(np.searchsorted(bins, v, side="left")) + 1 for v in arr]
    return cls, bins


def fisher_jenks(values: Sequence[float], k: int) -> list[float]:
    """Upper bounds of `k` Fisher-Jenks classes: `mapclassify.FisherJenks(values, k).bins`.

    A port of mapclassify's `_fisher_jenks_means` (BSD-3-Clause, PySAL developers), float32
    arithmetic and tie-breaking included; tests check it against mapclassify. Importing
    mapclassify pulls in scipy, scikit-learn and matplotlib (1.5 s), a third of the page's
    cold-start budget, to classify 27 numbers.
    """
    x = np.sort(np.asarray(values, dtype="f8"))
    n = len(x)
    mat1 = np.zeros((n + 1, k + 1), dtype=np.int32)
    mat2 = np.zeros((n + 1, k + 1), dtype=np.float32)
    mat1[1, 1:] = 1
    mat2[2:, 1:] = np.inf
    v = np.float32(0)
    for last in range(2, n + 1):
        s1 = s2 = w = np.float32(0)
        for m in range(1, last + 1):
            i3 = last - m + 1
            val = np.float32(x[i3 - 1])
            s2 += val * val
            s1 += val
            w += np.float32(1)
            v = s2 - (s1 * s1) / w
            i4 = i3 - 1
            if i4 != 0:
                for j in range(2, k + 1):
                    if mat2[last, j] >= v + mat2[i4, j - 1]:
                        mat1[last, j] = i3
                        mat2[last, j] = v + mat2[i4, j - 1]
        mat1[last, 1] = 1
        mat2[last, 1] = v
    bounds = [0.0] * (k + 1)
    bounds[k] = float(x[n - 1])
    top = n
    for count in range(k, 1, -1):
        pivot = int(mat1[top, count])
        bounds[count - 1] = float(x[pivot - 2])
        top = pivot - 1
    return bounds[1:]


def class_colors(n: int) -> list[str]:
    """n colours spread over the ramp, light to dark."""
    if n <= 0:
        return []
    idx = np.round(np.linspace(0, len(CLASS_COLORS) - 1, n)).astype(int) if n > 1 else [2]
    return [CLASS_COLORS[i] for i in idx]


def class_labels(bins: Sequence[float]) -> list[str]:
    """Legend labels for integer counts: "1", "2–5", "6–111"."""
    labels: list[str] = []
    lo = 1
    for b in bins:
        hi = int(np.floor(b))
        labels.append(f"{lo:,}" if hi <= lo else f"{lo:,}–{hi:,}")
        lo = hi + 1
    return labels


# -- geometry ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _unit_shapes() -> tuple[dict[str, Any], ...]:
    """Unit outlines simplified for the browser; shared borders stay shared (coverage)."""
    units = load_units()
    simple = shapely.coverage_simplify(units.geometry.to_numpy(), 0.015)
    simple = shapely.transform(simple, lambda xy: np.round(xy, 3))  # ~100 m, short JSON
    return tuple(shapely.geometry.mapping(g) for g in simple)


def _units_geojson(props: list[dict[str, Any]]) -> dict[str, Any]:
    shapes = _unit_shapes()
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": p["iso"], "properties": p, "geometry": g}
            for p, g in zip(props, shapes, strict=True)
        ],
    }


# -- choropleth -------------------------------------------------------------------------------


def choropleth_layer(
    agg: pd.DataFrame, metric: str, *, show: bool = True, oblasts: Sequence[str] = ()
) -> tuple[folium.GeoJson, list[tuple[str, str]]]:
    """The 27 units filled by class of `metric`; returns the layer and its legend rows.

    `agg` is `geo.units.aggregate(...)` (27 rows, in unit order). The tooltip shows every
    figure of the unit, the chosen metric first. With `oblasts` (a selection), the other units
    are hatched and say "not selected", never "0 (none reported)"; classes are over the
    selection.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    selected = agg["iso"].isin(oblasts).to_numpy() if oblasts else np.ones(len(agg), bool)
    cls_sel, bins = classify(agg.loc[selected, metric].tolist())
    cls = np.full(len(agg), -1)
    cls[selected] = cls_sel
    colors = class_colors(len(bins))
    props = []
    for row, c in zip(agg.to_dict("records"), cls, strict=True):
        if c < 0:
            p = {"iso": row["iso"], "name": _esc(row["name"]), "name_uk": _esc(row["name_uk"]),
                 "fill": UNSELECTED_COLOR, "zero": False, "unselected": True}
            p.update({m: UNSELECTED_LABEL for m in METRICS})
        else:
            p = {"iso": row["iso"], "name": _esc(row["name"]), "name_uk": _esc(row["name_uk"]),
                 "fill": colors[c - 1] if c else ZERO_COLOR, "zero": bool(c == 0),
                 "unselected": False}
            p.update({m: int(row[m]) for m in METRICS})
        props.append(p)
    order = [metric, *[m for m in METRICS if m != metric]]
    layer = folium.GeoJson(
        _units_geojson(props),
        name=f"Choropleth: {METRIC_LABELS[metric]}",
        overlay=True,
        show=show,
        style_function=_unit_style,
        highlight_function=lambda _f: {"weight": 2.5, "color": "#222"},
        tooltip=folium.GeoJsonTooltip(
            fields=["name", "name_uk", *order],
            aliases=["Unit", "", *[METRIC_LABELS[m] for m in order]],
            localize=True,
            sticky=True,
        ),
        zoom_on_click=False,
    )
    legend = [(ZERO_COLOR, "0 (none reported)")] if (np.asarray(cls_sel) == 0).any() or \
        not oblasts else []
    legend += list(zip(colors, class_labels(bins), strict=True))
    if not selected.all():
        legend.append(("url(#sm-hatch)", UNSELECTED_LABEL))
    return layer, legend


def _unit_style(feature: dict[str, Any]) -> dict[str, Any]:
    p = feature["properties"]
    if p.get("unselected"):
        return {"fillColor": UNSELECTED_COLOR, "fillOpacity": 0.6, "color": "#b0b0b0",
                "weight": 0.6, "dashArray": None, "className": "sm-unit sm-unselected"}
    return {
        "fillColor": p["fill"],
        "fillOpacity": 0.55 if p["zero"] else 0.8,
        "color": "#7a7a7a",
        "weight": 0.8,
        "dashArray": "3 3" if p["zero"] else None,
        "className": "sm-unit sm-zero" if p["zero"] else "sm-unit",
    }


def outline_layer(*, filled: bool = True) -> folium.GeoJson:
    """The default base: unit outlines on a plain background, no tiles, no network.

    `filled=False` leaves the units transparent, for when tiles are drawn underneath.
    """
    props = [{"iso": iso} for iso in load_units()["iso"]]
    style = {"fillColor": "#ffffff", "fillOpacity": 1.0 if filled else 0.0, "color": "#9a9a9a",
             "weight": 0.8, "className": "sm-outline"}
    return folium.GeoJson(
        _units_geojson(props),
        name="Oblast outlines",
        overlay=False,
        control=False,
        style_function=lambda _f: style,
        interactive=False,
    )


# -- markers ----------------------------------------------------------------------------------


def place_markers(located: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One row per place: see `place_markers_by_day`."""
    return place_markers_by_day(located, metric)[0]


def place_markers_by_day(
    located: pd.DataFrame, metric: str, *, popup_data: bool = False
) -> tuple[pd.DataFrame, list[tuple[str, list[float]]]]:
    """One row per place (position, kind, size value, colour, tooltip and popup HTML), and
    per dated day the places struck that day (`_by_day`), for the playback.

    Settlement-level events (precision 1-2) group by place and point; oblast-level events
    (precision 3, or no point) group by unit and sit at the unit's label point, as their own
    marker kind, so nobody takes them for a city. Popups list the place's latest events, up to
    a total budget, and say how many more the event table holds. With `popup_data`, a popup
    is the raw fields (`_popup_data`) that the page escapes and lays out when it opens
    (`popupHtml` in the marker script): half the bytes of the HTML at 100,000 events.
    """
    cols = ["key", "name", "oblast_level", "lat", "lon", "value", "events", "color", "tooltip",
            "popup"]
    if len(located) == 0:
        return pd.DataFrame(columns=cols), []
    needed = ["place", "lat", "lon", "oblast", "oblast_iso", "geo_precision", "weapon", "date",
              "published", "sentence", "source", "sources", *_FIGURE_WORDS]
    ev = located[needed + ["url"] * ("url" in located)].copy()
    units = load_units().set_index("iso")
    oblast_level = ev["geo_precision"].eq(3).fillna(False) | ev["lat"].isna() | ev["lon"].isna()
    ev["oblast_level"] = oblast_level.astype(bool)
    label_lat = ev["oblast_iso"].map(units["label_lat"])
    label_lon = ev["oblast_iso"].map(units["label_lon"])
    ev["lat"] = np.where(ev["oblast_level"], label_lat, ev["lat"]).astype(float)
    ev["lon"] = np.where(ev["oblast_level"], label_lon, ev["lon"]).astype(float)
    # Integer group keys: string keys over 100,000 rows cost more than the rest together.
    place_code = ev.groupby([ev["place"], ev["lat"].round(3), ev["lon"].round(3)], sort=False,
                            dropna=False).ngroup().to_numpy()
    place_code, merged = _merge_crowded(place_code, ev["lat"].to_numpy(), ev["lon"].to_numpy(),
                                        ev["oblast_level"].to_numpy())
    iso_code = pd.factorize(ev["oblast_iso"])[0]
    ev["key"] = np.where(ev["oblast_level"], -1 - iso_code, place_code)
    day = pd.to_datetime(ev["date"], errors="coerce")
    if day.isna().any():
        missing = day.isna()
        day[missing] = pd.to_datetime(ev.loc[missing, "published"], errors="coerce")
    ev["day"] = day
    ev["value"] = 1 if metric == "events" else pd.to_numeric(ev[metric]).fillna(0).astype(float)

    g = ev.groupby("key", sort=True)
    places = g.agg(lat=("lat", "first"), lon=("lon", "first"),
                   oblast_level=("oblast_level", "first"), place=("place", "first"),
                   oblast=("oblast", "first"),
                   oblast_iso=("oblast_iso", "first"), value=("value", "sum"),
                   events=("value", "size"), weapons=("weapon", "nunique"),
                   weapon=("weapon", "first"), best=("geo_precision", "min"),
                   names=("place", "nunique"), lat_mean=("lat", "mean"),
                   lon_mean=("lon", "mean"))
    if merged:  # a cell of several points: drawn at their mean, named by one and a count
        cell = ~places["oblast_level"].to_numpy(dtype=bool)
        places.loc[cell, "lat"] = places.loc[cell, "lat_mean"]
        places.loc[cell, "lon"] = places.loc[cell, "lon_mean"]
        more = places["names"].fillna(1).astype(int) - 1
        places["place"] = [
            f"{p} and {m:,} place{'s' if m > 1 else ''} nearby" if c and m > 0 else p
            for p, m, c in zip(places["place"], more, cell, strict=True)]
    places["color"] = np.where(places["weapons"] > 1, WEAPON_COLORS["mixed"],
                               places["weapon"].map(WEAPON_COLORS).fillna(WEAPON_COLORS["unknown"]))
    unit_names = units["name"]
    places["name"] = np.where(places["oblast_level"],
                              places["oblast_iso"].map(unit_names).fillna("") + " (oblast)",
                              places["place"].fillna(""))

    per_place = int(np.clip(POPUP_BUDGET // max(len(places), 1), 1, POPUP_MAX))
    order = ev[["key", "day"]].sort_values(["key", "day"], ascending=[True, False],
                                            na_position="last")
    listed = ev.loc[order.index[order.groupby("key").cumcount().to_numpy() < per_place]]
    sentence_max = SENTENCE_MAX if len(places) <= 1000 else SENTENCE_MAX // 2
    lists: dict[int, list[Any]] = {}
    items = (_event_data if popup_data else _event_items)(listed, sentence_max)
    for key, item in zip(listed["key"].tolist(), items, strict=True):
        lists.setdefault(key, []).append(item)

    totals = _figure_texts(g[list(_FIGURE_WORDS)].sum(min_count=1).reindex(places.index))
    where = np.where(places["oblast_level"], "only the oblast is known",
                     np.where(places["best"].eq(1).fillna(False), "settlement",
                              "in or near the settlement (approximate point)"))
    places["popup"] = [
        _popup_data(name, oblast if not level and isinstance(oblast, str) else None, w, int(n),
                    total, lists.get(key, []), per_place) if popup_data else
        _popup(name, oblast if not level and isinstance(oblast, str) else None, w, int(n),
               total, "".join(lists.get(key, ())), per_place)
        for key, name, oblast, level, w, n, total in zip(
            places.index, places["name"], places["oblast"], places["oblast_level"], where,
            places["events"], totals, strict=True)
    ]
    unit = _esc(METRIC_LABELS[metric].lower())
    places["tooltip"] = [f"{_esc(name)}: {_fmt(v)} {unit}"
                         for name, v in zip(places["name"], places["value"], strict=True)]
    places["key"] = [
        f"oblast:{iso}" if level else f"place:{name}@{lat:.3f},{lon:.3f}"
        for iso, level, name, lat, lon in zip(places["oblast_iso"], places["oblast_level"],
                                              places["name"], places["lat"], places["lon"],
                                              strict=True)
    ]
    # Not in DataFrame.attrs: pandas deep-copies attrs on every derived frame (seconds).
    return places[cols].reset_index(drop=True), _by_day(ev, places.index,
                                                        pairs=metric == "events")


def _by_day(ev: pd.DataFrame, keys: pd.Index, *, pairs: bool = False
            ) -> list[tuple[str, list[float]]]:
    """Per dated day, the markers struck that day: (day, [row, value, events, row, ...]), or
    [row, value, ...] with `pairs` (the metric is the event count: value and events agree).

    Rows are positions in `place_markers`'s frame; undated events are left out (a playback
    has no day to show them on).
    """
    dated = ev[ev["day"].notna()]
    if len(dated) == 0:
        return []
    g = pd.DataFrame({
        "day": dated["day"].to_numpy(dtype="datetime64[D]").astype(np.int64),
        "key": dated["key"].to_numpy(),
        "value": dated["value"].to_numpy(dtype=float),
    }).groupby(["day", "key"], sort=True)["value"].agg(["sum", "size"]).reset_index()
    row_of = pd.Series(np.arange(len(keys)), index=keys)
    sums = np.round(g["sum"].to_numpy(dtype=float), 2)
    cols = [row_of.reindex(g["key"]).to_numpy(dtype=float), sums]
    if not pairs:
        cols.append(g["size"].to_numpy(dtype=float))
    flat = np.column_stack(cols)
    if (sums == np.floor(sums)).all():
        flat = flat.astype(np.int64)
    day = g["day"].to_numpy()
    cuts = np.flatnonzero(np.diff(day)) + 1
    return [(str(np.datetime64(int(day[lo]), "D")), flat[lo:hi].ravel().tolist())
            for lo, hi in zip(np.r_[0, cuts], np.r_[cuts, len(day)], strict=True)]


def _merge_crowded(code: np.ndarray, lat: np.ndarray, lon: np.ndarray,
                   oblast_level: np.ndarray) -> tuple[np.ndarray, bool]:
    """Point groups merged into grid cells when there are more than `MARKER_MAX` of them.

    A page of 100,000 markers (every event at its own point) takes the browser 20 s and most
    of a gigabyte; past a few thousand points no reader tells them apart at country zoom.
    The finest grid (0.02 degrees, ~2 km, then coarser) that leaves at most `MARKER_MAX`
    cells is used; oblast-level groups keep their own (negative) codes.
    """
    points = ~oblast_level
    if np.count_nonzero(np.bincount(code[points])) <= MARKER_MAX:
        return code, False
    out = code.copy()
    for size in GRID_CELLS:
        cells = pd.factorize(pd.Series(np.floor(lat[points] / size)).astype(np.int64) * 100_000
                             + np.floor(lon[points] / size).astype(np.int64))[0]
        if cells.max() + 1 <= MARKER_MAX:
            break
    out[points] = cells
    return out, True


def _fmt(value: float) -> str:
    return f"{int(value):,}"


def _figure_texts(frame: pd.DataFrame) -> list[str]:
    """ "111 drones launched, 2 killed" per row; missing figures are left out, not shown as zero."""
    cols = [(frame[c].to_numpy(dtype="float64", na_value=np.nan), label)
            for c, label in _FIGURE_WORDS.items()]
    return [", ".join(f"{int(a[i]):,} {label}" for a, label in cols if not np.isnan(a[i]))
            for i in range(len(frame))]


@lru_cache(maxsize=4096)
def _source_fields(source: str | None, url: str | None = None) -> tuple[str, str]:
    """(label, http(s) link or ""): the report's web address (http/https only), named by the
    source or the site; anything else (a file name, a `javascript:` URL) is a label only."""
    text = (source or "").strip()
    link = web_url(url) or web_url(text)
    if link is not None:
        return (text if text and web_url(text) is None else urlparse(link).netloc), link
    return (text or "unknown source"), ""


def _event_data(listed: pd.DataFrame, sentence_max: int = SENTENCE_MAX) -> list[list[Any]]:
    """One row of raw fields per listed event (escaped by whoever shows them): [date, weapon,
    figures, sentence, source label, its http(s) link or "", reports backing the event]."""
    days = listed["day"].dt.strftime("%Y-%m-%d").fillna("undated").tolist()
    figures = _figure_texts(listed)
    sources = [s if isinstance(s, str) else None for s in listed["source"].tolist()]
    urls = ([u if isinstance(u, str) else None for u in listed["url"].tolist()]
            if "url" in listed else [None] * len(listed))
    counts = (listed["sources"].fillna(1).astype(int).tolist() if "sources" in listed
              else [1] * len(listed))
    out = []
    for day, weapon, fig, sentence, source, url, count in zip(
            days, listed["weapon"].astype(str).tolist(), figures,
            listed["sentence"].fillna("").astype(str).tolist(), sources, urls, counts,
            strict=True):
        if len(sentence) > sentence_max:
            sentence = sentence[: sentence_max - 1].rstrip() + "…"
        out.append([day, weapon.replace("_", " "), fig or "no figures", sentence,
                    *_source_fields(source, url), count])
    return out


def _event_items(listed: pd.DataFrame, sentence_max: int = SENTENCE_MAX) -> list[str]:
    """`_event_data` as one escaped <li> per event, for maps whose popups are inlined (the
    HTML export): date, weapon, figures, the sentence, the source."""
    out = []
    for day, weapon, fig, sentence, label, link, count in _event_data(listed, sentence_max):
        source = (f'<a href="{_esc(link)}" target="_blank" rel="noopener noreferrer">'
                  f"{_esc(label)}</a>" if link else _esc(label))
        backing = (f" and {count - 1:,} more report{'s' if count > 2 else ''}"
                   if count > 1 else "")
        out.append(f"<li><b>{_esc(day)}</b> · {_esc(weapon)}: {_esc(fig)}<br>"
                   f"<q>{_esc(sentence)}</q><br><small>{source}{backing}</small></li>")
    return out


def _popup_data(name: str, oblast: str | None, where: str, n: int, totals: str,
                items: list[list[Any]], per_place: int) -> list[Any]:
    """`_popup` as raw fields: [name, oblast or "", where, events, totals, more, items]."""
    return [name, oblast or "", where, n, totals, n - min(n, per_place), items]


def _popup(name: str, oblast: str | None, where: str, n: int, totals: str, items: str,
           per_place: int) -> str:
    head = f"<b>{_esc(name)}</b>" + (f", {_esc(oblast)}" if oblast else "")
    more = n - min(n, per_place)
    body = (
        f'<div class="sm-popup">{head}<br><small>{_esc(where)}</small><br>'
        f"{n:,} event{'s' if n != 1 else ''}{(': ' + _esc(totals)) if totals else ''}"
        f"<ol>{items}</ol>"
    )
    if more:
        body += f"<small>and {more:,} more in the event table</small>"
    return body + "</div>"


def _radius(values: pd.Series) -> np.ndarray:
    vmax = float(values.max()) if len(values) else 0.0
    if vmax <= 0:
        return np.full(len(values), 5.0)
    return np.round(5.0 + 17.0 * np.sqrt(values.to_numpy(dtype=float) / vmax), 1)


_MARKERS_TEMPLATE = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = {% if this.cluster -%}
    L.markerClusterGroup(Object.assign({{ this.cluster_options }}, {
        // Neutral cluster discs: the default green-yellow-orange reads as choropleth classes.
        iconCreateFunction: function (c) {
            var n = c.getChildCount(), s = n < 10 ? 26 : (n < 100 ? 32 : 40);
            return L.divIcon({html: "<div>" + n + "</div>", className: "sm-cluster",
                              iconSize: [s, s]});
        }}))
{%- else -%}
    L.featureGroup()
{%- endif %};
(function (group, map) {
    // Circles above the oblast diamonds (marker pane), so a city at an oblast's centre stays
    // clickable.
    if (!map.getPane("smPlaces")) { map.createPane("smPlaces").style.zIndex = 650; }
    var rows = {{ this.rows }};
    var circles = [], diamonds = [];
    // Popups fit the map: a phone's 350-px map gets narrower ones.
    var size = map.getSize(), popup = {maxWidth: Math.min(380, Math.max(180, size.x - 70)),
                                       maxHeight: Math.min(320, Math.max(160, size.y - 120))};
    // A popup given as raw fields (the dashboard's payload) is laid out here, every field
    // escaped and only an http(s) address made a link; one given as HTML is escaped already.
    var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"};
    function esc(v) { return String(v).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
    function count(n, noun) { return n.toLocaleString("en") + " " + noun + (n === 1 ? "" : "s"); }
    function popupHtml(p) {
        if (typeof p === "string") { return p; }
        var h = '<div class="sm-popup"><b>' + esc(p[0]) + "</b>" + (p[1] ? ", " + esc(p[1]) : "")
            + "<br><small>" + esc(p[2]) + "</small><br>" + count(p[3], "event")
            + (p[4] ? ": " + esc(p[4]) : "") + "<ol>";
        for (var e = 0; e < p[6].length; e++) {
            var it = p[6][e], link = /^https?:[/][/]/i.test(it[5]) ? it[5] : "";
            h += "<li><b>" + esc(it[0]) + "</b> \u00B7 " + esc(it[1]) + ": " + esc(it[2])
                + "<br><q>" + esc(it[3]) + "</q><br><small>"
                + (link ? "<a href='" + esc(link) + "' target='_blank' rel='noopener noreferrer'>"
                   + esc(it[4]) + "</a>" : esc(it[4]))
                + (it[6] > 1 ? " and " + count(it[6] - 1, "more report") : "")
                + "</small></li>";
        }
        h += "</ol>";
        if (p[5]) {
            h += "<small>and " + p[5].toLocaleString("en") + " more in the event table</small>";
        }
        return h + "</div>";
    }
    // Laid out when first opened or read (a popup's getContent gives the HTML, not the
    // function): building 2,500 popups up front cost the frame ~50 ms before the map showed.
    var LazyPopup = L.Popup.extend({getContent: function () {
        if (typeof this._content === "function") { this._content = this._content(); }
        return this._content;
    }});
    function bindPopup(m, p) {
        if (typeof p === "string") { m.bindPopup(p, popup); return; }
        m.bindPopup(new LazyPopup(popup).setContent(function () { return popupHtml(p); }));
    }
    function diamond(r, color) {
        var s = Math.max(8, Math.round(2 * r + 2));
        return L.divIcon({className: "sm-oblast", iconSize: [s, s],
            html: '<div style="width:' + s + 'px;height:' + s + 'px;transform:rotate(45deg) '
                + 'scale(.72);border:2px dashed currentColor;background:' + color
                + ';opacity:.85"></div>'});
    }
    for (var i = 0; i < rows.length; i++) {
        var r = rows[i], m;
        if (r[4]) {
            m = L.marker([r[0], r[1]], {icon: diamond(r[2], r[3])});
            diamonds.push(m);
        } else {
            m = L.circleMarker([r[0], r[1]], {radius: r[2], color: "#1a1a1a", weight: 1,
                fillColor: r[3], fillOpacity: 0.75, className: "sm-place", pane: "smPlaces"});
            circles.push(m);
        }
        m._smR = r[2];
        m._smC = r[3];
        m.bindTooltip(r[5]);
        bindPopup(m, r[6]);
        group.addLayer(m);
    }
    // Sizes follow the zoom and the screen: a phone's map (350 px) gets markers a third of a
    // desktop's at the same zoom, zooming in grows them.
    function scale() {
        var f = Math.min(1, Math.max(0.4, map.getSize().x / 900))
            * Math.pow(1.35, map.getZoom() - 6);
        return Math.min(2.2, Math.max(0.3, f));
    }
    function resize() {
        var f = scale();
        for (var j = 0; j < circles.length; j++) {
            circles[j].setRadius(Math.max(2.5, circles[j]._smR * f));
        }
        for (var k = 0; k < diamonds.length; k++) {
            diamonds[k].setIcon(diamond(diamonds[k]._smR * f, diamonds[k]._smC));
        }
    }
    group._smResize = resize;
    group._smRows = rows;
    group._smDiamond = diamond;
    group._smScale = scale;
    group._smPopup = popup;
    group._smBindPopup = bindPopup;
    map.on("zoomend resize", resize);
    map.whenReady(resize);
})({{ this.get_name() }}, {{ this._parent.get_name() }});
{% endmacro %}
"""


class PlaceMarkers(JSCSSMixin, Layer):
    """All place markers as one layer: data inlined once, markers made in a loop.

    One element instead of a folium Marker + Popup per place keeps rendering and the page
    small; the strings inside are already HTML-escaped.
    """

    _template = Template(_MARKERS_TEMPLATE)

    def __init__(self, places: pd.DataFrame, *, name: str = "Places (markers)",
                 show: bool = True, cluster: bool | None = None,
                 asset_url: str = ASSET_URL) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceMarkers"
        self.count = len(places)
        self.cluster = self.count > CLUSTER_MIN if cluster is None else cluster
        self.cluster_options = _js({"maxClusterRadius": 40, "showCoverageOnHover": False,
                                    "disableClusteringAtZoom": 10})
        radius = _radius(places["value"]) if len(places) else []
        rows = [
            [round(float(r.lat), 5), round(float(r.lon), 5), float(rad), r.color,
             1 if r.oblast_level else 0, r.tooltip, r.popup, _esc(r.name)]
            for r, rad in zip(places.itertuples(), radius, strict=True)
        ]
        self.rows = _js(rows)
        base = asset_url.rstrip("/") + "/leaflet.markercluster/1.5.3/"
        self.default_js = ([("markercluster", base + "leaflet.markercluster-src.js")]
                           if self.cluster else [])
        self.default_css = ([("markercluster_css", base + "MarkerCluster.css"),
                             ("markercluster_default_css", base + "MarkerCluster.Default.css")]
                            if self.cluster else [])

    def render(self, **kwargs: Any) -> None:
        """Render like folium's layers, minus the re-parse of the script as a Jinja template.

        branca wraps each rendered script in `Element(...)`, which compiles it as a template:
        seconds for megabytes of marker data, and a template injection hole for report text.
        """
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        if self.show:
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        figure.script.add_child(_Raw(self._template.module.script(self, kwargs)),
                                name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class _Raw(Element):
    """Text that goes into the page as is (already escaped), never through Jinja."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


# -- legend -----------------------------------------------------------------------------------

_LEGEND_TEMPLATE = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: "bottomright"});
{{ this.get_name() }}.onAdd = function (map) {
    // A <details> box: open on a wide map, folded to its title on a phone-sized one.
    var div = L.DomUtil.create("div", "sm-legend");
    var box = L.DomUtil.create("details", "sm-legend-box", div);
    box.open = map.getSize().x >= {{ this.open_from }};
    box.innerHTML = "<summary>" + {{ this.title }} + "</summary>" + {{ this.html }};
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""

#: Maps narrower than this (px) open with the legend and the layer control folded.
NARROW_MAP = 600


class Legend(MacroElement):
    """A legend as a plain Leaflet control: no branca colormap, so no d3 from a CDN."""

    _template = Template(_LEGEND_TEMPLATE)

    def __init__(self, title: str, classes: Sequence[tuple[str, str]],
                 weapons: Sequence[str] = (), oblast_marker: bool = False) -> None:
        super().__init__()
        self._name = "Legend"
        sw = ('<span style="display:inline-block;width:14px;height:11px;margin-right:5px;'
              'border:1px solid #888;background:{c}"></span>')
        dot = ('<span style="display:inline-block;width:11px;height:11px;margin-right:5px;'
               'border:1px solid #222;border-radius:50%;background:{c}"></span>')
        self.title = _js(f"<b>{_esc(title)}</b>")
        self.open_from = NARROW_MAP
        parts: list[str] = []
        hatch = ("repeating-linear-gradient(45deg,#c4c4c4 0 1.5px,#fff 1.5px 4px)")
        zero_row = ' class="sm-zero-row"'
        parts += [f"<div{zero_row if c == ZERO_COLOR else ''}>"
                  f"{sw.format(c=hatch if c.startswith('url(') else c)}{_esc(label)}</div>"
                  for c, label in classes]
        if weapons:
            parts.append('<div style="margin-top:4px"><b>Markers</b> (size: metric)</div>')
            parts += [f"<div>{dot.format(c=WEAPON_COLORS[w])}{_esc(w.replace('_', ' '))}</div>"
                      for w in weapons]
        if oblast_marker:
            parts.append('<div><span style="display:inline-block;width:9px;height:9px;'
                         'margin:0 7px 0 2px;transform:rotate(45deg);'
                         'border:2px dashed currentColor">'
                         "</span>oblast only, at its centre</div>")
        self.html = _js("".join(parts))


_BEHAVIOUR_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (map, tiles) {
    // A popup's close button never hides under a control (the layer control, top right):
    // after Leaflet's own auto-pan, pan down by the overlap.
    function clearControls(popup) {
        var el = popup.getElement(), btn = el && el.querySelector(".leaflet-popup-close-button");
        if (!btn || !popup.isOpen()) { return; }
        var b = btn.getBoundingClientRect(), dy = 0;
        map.getContainer().querySelectorAll(".leaflet-top .leaflet-control").forEach(function (c) {
            var r = c.getBoundingClientRect();
            if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) {
                dy = Math.max(dy, r.bottom - b.top + 6);
            }
        });
        if (dy) { map.panBy([0, -dy], {animate: false}); }
    }
    map.on("popupopen", function (e) {
        clearControls(e.popup);
        setTimeout(function () { clearControls(e.popup); }, 350);
    });
    if (tiles) {
        // Offline, or the tile server down: say so; the outlines stay drawn.
        var noted = false;
        tiles.on("tileerror", function () {
            if (noted) { return; }
            noted = true;
            var note = L.control({position: "bottomleft"});
            note.onAdd = function () {
                var d = L.DomUtil.create("div", "sm-note sm-tile-note");
                d.textContent = "The online base map could not load (no network?): "
                    + "the oblast outlines are drawn without it.";
                return d;
            };
            note.addTo(map);
        });
    }
})({{ this._parent.get_name() }}, {{ this.tiles }});
{% endmacro %}
"""


_PLAYBACK_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (map, group, units, days, noun) {
    // Day-by-day playback: a slider over the filtered days, play/pause, and "All" back to
    // the whole period. A day shows its struck places (sizes on one scale for every day)
    // over the faded choropleth of the period.
    if (!days.length || !group._smRows) { return; }
    var rows = group._smRows, layer = L.layerGroup(), current = -1, timer = null, wasOn = false;
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec"];
    var vmax = 0;
    var step = {{ this.stride }};
    days.forEach(function (d) {
        for (var i = 1; i < d[1].length; i += step) { vmax = Math.max(vmax, d[1][i]); }
    });
    function fmt(iso) {
        var p = iso.split("-");
        return (+p[2]) + " " + months[+p[1] - 1] + " " + p[0];
    }
    var ctl = L.control({position: "bottomleft"});
    ctl.onAdd = function () {
        var div = L.DomUtil.create("div", "sm-time");
        div.innerHTML = '<div class="sm-time-row">'
            + '<button type="button" class="sm-play" title="Play day by day">\u25B6</button>'
            + '<input type="range" class="sm-day-slider" min="0" max="' + (days.length - 1)
            + '" value="0" step="1" aria-label="Day">'
            + '<button type="button" class="sm-all" title="Back to the whole period" disabled>'
            + 'All</button></div><div class="sm-day-label"></div>';
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    ctl.addTo(map);
    var div = ctl.getContainer(), play = div.querySelector(".sm-play"),
        slider = div.querySelector(".sm-day-slider"), all = div.querySelector(".sm-all"),
        label = div.querySelector(".sm-day-label");
    function idle() {
        label.textContent = days.length + (days.length === 1 ? " day" : " days") + ", "
            + fmt(days[0][0]) + (days.length > 1 ? " \u2013 " + fmt(days[days.length - 1][0]) : "")
            + ": play day by day";
    }
    idle();
    function show(i) {
        if (current < 0) {
            wasOn = map.hasLayer(group);
            if (wasOn) { map.removeLayer(group); }
            if (units) { units.setStyle({fillOpacity: 0.25}); }
            layer.addTo(map);
            all.disabled = false;
        }
        current = i;
        slider.value = String(i);
        layer.clearLayers();
        var d = days[i][1], f = group._smScale(), n = 0, v = 0;
        for (var j = 0; j < d.length; j += step) {
            var r = rows[d[j]], rad = (4 + 14 * Math.sqrt(d[j + 1] / (vmax || 1))) * f, m;
            n += d[j + step - 1];
            v += d[j + 1];
            if (r[4]) {
                m = L.marker([r[0], r[1]], {icon: group._smDiamond(rad, r[3])});
            } else {
                m = L.circleMarker([r[0], r[1]], {radius: Math.max(2.5, rad), color: "#1a1a1a",
                    weight: 1, fillColor: r[3], fillOpacity: 0.8, className: "sm-place sm-day",
                    pane: "smPlaces"});
            }
            m.bindTooltip(r[7] + ": " + d[j + 1].toLocaleString("en") + " " + noun);
            group._smBindPopup(m, r[6]);
            layer.addLayer(m);
        }
        label.textContent = fmt(days[i][0]) + " \u00B7 " + n.toLocaleString("en")
            + (n === 1 ? " event" : " events")
            + (noun !== "events" ? " \u00B7 " + v.toLocaleString("en") + " " + noun : "");
    }
    function stop() {
        if (timer) { clearInterval(timer); timer = null; }
        play.textContent = "\u25B6";
        play.title = "Play day by day";
    }
    function reset() {
        stop();
        layer.clearLayers();
        map.removeLayer(layer);
        if (wasOn) { map.addLayer(group); }
        if (units) { units.resetStyle(); }
        current = -1;
        all.disabled = true;
        idle();
    }
    play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        if (current < 0 || current >= days.length - 1) { show(0); }
        timer = setInterval(function () {
            if (current >= days.length - 1) { stop(); return; }
            show(current + 1);
        }, {{ this.interval }});
        play.textContent = "\u275A\u275A";
        play.title = "Pause";
    });
    slider.addEventListener("input", function () { stop(); show(+slider.value); });
    all.addEventListener("click", reset);
    map.on("zoomend", function () { if (current >= 0) { show(current); } });
    map._smPlayback = {show: show, reset: reset, days: days};
})({{ this._parent.get_name() }}, {{ this.markers }}, {{ this.units }}, {{ this.days }},
   {{ this.noun }});
{% endmacro %}
"""


class _RawScript(MacroElement):
    """A MacroElement whose script goes into the page as rendered, not re-parsed by Jinja.

    branca wraps a rendered script in `Element(...)`, which compiles it as a template: with
    the playback's days or the labels inlined, a megabyte of template text per render.
    """

    def render(self, **kwargs: Any) -> None:
        self.get_root().script.add_child(_Raw(self._template.module.script(self, kwargs)),
                                         name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Playback(_RawScript):
    """The day-by-day playback control (slider, play/pause, back to all days); no network,
    no plugin: the marker layer's rows and each day's [row, value(, events)] entries."""

    _template = Template(_PLAYBACK_TEMPLATE)

    def __init__(self, markers: PlaceMarkers, units: folium.GeoJson | None,
                 by_day: Sequence[tuple[str, list[float]]], metric: str,
                 interval_ms: int = 800) -> None:
        super().__init__()
        self._name = "Playback"
        self._markers, self._units = markers, units
        self.days = _js([[day, flat] for day, flat in by_day])
        self.noun = _js(_esc(METRIC_LABELS[metric].lower()))
        self.interval = int(interval_ms)
        # [row, value] pairs when the metric is the event count, else [row, value, events]
        self.stride = 2 if metric == "events" else 3

    @property
    def markers(self) -> str:
        return self._markers.get_name()

    @property
    def units(self) -> str:
        return self._units.get_name() if self._units is not None else "null"


_LABELS_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (map, labels) {
    // Oblast names and the larger struck places, each shown from its own zoom on: the
    // country view names the oblasts, zooming in names more places.
    // Text markers, not tooltips: a tooltip centred on its point is placed from its
    // measured width, which is wrong when the map's frame is still being sized (st_folium).
    if (!map.getPane("smLabels")) { map.createPane("smLabels").style.zIndex = 655; }
    var shown = [];
    for (var i = 0; i < labels.length; i++) {
        var l = labels[i], icon = L.divIcon({iconSize: null, iconAnchor: [0, 0],
            className: "sm-label " + (l[4] ? "sm-label-place" : "sm-label-oblast"),
            html: "<span>" + l[2] + "</span>"});
        shown.push([l[3], L.marker([l[0], l[1]], {icon: icon, interactive: false,
                                                  keyboard: false, pane: "smLabels"})]);
    }
    function update() {
        var z = map.getZoom();
        for (var j = 0; j < shown.length; j++) {
            var on = z >= shown[j][0], t = shown[j][1];
            if (on && !map.hasLayer(t)) { t.addTo(map); }
            if (!on && map.hasLayer(t)) { map.removeLayer(t); }
        }
    }
    map.on("zoomend", update);
    map.whenReady(update);
})({{ this._parent.get_name() }}, {{ this.labels }});
{% endmacro %}
"""

#: Zoom from which oblast names show (a desktop's country view is ~6.2, a phone's ~4.8),
#: and the small city units' names later.
OBLAST_LABEL_ZOOM = 5.75
SMALL_UNITS = frozenset({"UA-30", "UA-40"})
#: Place labels: at most this many, the largest first, from these zooms by rank.
PLACE_LABELS = 60
PLACE_LABEL_ZOOMS: tuple[tuple[int, float], ...] = ((6, 6.0), (20, 7.0), (60, 8.5))


class Labels(_RawScript):
    """Oblast names and the largest struck places as text markers, each from its zoom on."""

    _template = Template(_LABELS_TEMPLATE)

    def __init__(self, places: pd.DataFrame) -> None:
        super().__init__()
        self._name = "Labels"
        units = load_units()
        labels: list[list[object]] = [
            [round(float(r.label_lat), 4), round(float(r.label_lon), 4), _esc(r.name),
             8.0 if r.iso in SMALL_UNITS else OBLAST_LABEL_ZOOM, 0]
            for r in units.itertuples()]
        if len(places):
            top = places[~places["oblast_level"].astype(bool) & (places["value"] > 0)]
            top = top.sort_values(["value", "events"], ascending=False).head(PLACE_LABELS)
            for rank, r in enumerate(top.itertuples()):
                zoom = next(z for limit, z in PLACE_LABEL_ZOOMS if rank < limit)
                name = str(r.name).split(" and ")[0] if " nearby" in str(r.name) else r.name
                labels.append([round(float(r.lat), 5), round(float(r.lon), 5), _esc(name),
                               zoom, 1])
        self.labels = _js(labels)


class MapBehaviour(MacroElement):
    """Popups kept clear of the controls; a note when the online base map fails to load."""

    _template = Template(_BEHAVIOUR_TEMPLATE)

    def __init__(self, tiles: Layer | None = None) -> None:
        super().__init__()
        self._name = "MapBehaviour"
        self._tiles = tiles

    @property
    def tiles(self) -> str:
        return self._tiles.get_name() if self._tiles is not None else "null"


# -- the map ----------------------------------------------------------------------------------


def build_map(
    located: pd.DataFrame,
    *,
    metric: str = "events",
    layers: str = "both",
    tiles: bool = False,
    asset_url: str = ASSET_URL,
    oblasts: Sequence[str] = (),
    popup_data: bool = False,
) -> folium.Map:
    """The dashboard map for events that have a unit (country-level rows excluded).

    `layers` picks which overlays are on when the map opens ("both", "choropleth",
    "markers"); both are always in the layer control. `tiles=True` adds OpenStreetMap as an
    online base layer; by default nothing is fetched from the network. `oblasts`, a selection
    of units, draws the others as "not selected" and zooms the map to the selection.
    `popup_data` sends popups as raw fields laid out and escaped in the page when opened
    (the dashboard: half the popups' bytes); the default inlines their escaped HTML.
    """
    if layers not in ("both", "choropleth", "markers"):
        raise ValueError(f"unknown layers {layers!r}")
    m = folium.Map(location=[48.6, 31.3], zoom_start=6, tiles=None, min_zoom=4,
                   control_scale=True, prefer_canvas=False)
    # MarkerCluster needs maxZoom, and folium passes none when tiles=None.
    m.options["maxZoom"] = 18
    # folium hands min_zoom to the tile layer only: without tiles the map zoomed out to 0.
    m.options["minZoom"] = 4
    # Fractional zooms: on a 350-px phone the country fills the width instead of 200 px.
    m.options["zoomSnap"] = 0.25
    m.options["zoomDelta"] = 0.5
    tile_layer = None
    if tiles:
        tile_layer = folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)",
                                      overlay=False, control=True)
        tile_layer.add_to(m)
    outline_layer(filled=not tiles).add_to(m)
    agg = aggregate(located)
    choro, classes = choropleth_layer(agg, metric, show=layers in ("both", "choropleth"),
                                      oblasts=oblasts)
    choro.add_to(m)
    places, by_day = place_markers_by_day(located, metric, popup_data=popup_data)
    markers = PlaceMarkers(places, show=layers in ("both", "markers"), asset_url=asset_url)
    markers.add_to(m)
    if len(by_day) > 1:
        Playback(markers, choro, by_day, metric).add_to(m)
    weapons = sorted(set(places["color"]) & set(WEAPON_COLORS.values()))
    shown = [w for w, c in WEAPON_COLORS.items() if c in weapons]
    Labels(places).add_to(m)
    Legend(METRIC_LABELS[metric], classes, shown,
           oblast_marker=bool(places["oblast_level"].any()) if len(places) else False).add_to(m)
    folium.LayerControl(collapsed=JsCode(f"window.innerWidth < {NARROW_MAP}")).add_to(m)
    MapBehaviour(tile_layer).add_to(m)
    m.get_root().header.add_child(folium.Element(_CSS), name="strikemap_css")
    m.get_root().html.add_child(folium.Element(_HATCH_SVG), name="strikemap_hatch")
    # Opened at the fitted view, not animated to it: a zoom asked for during the opening
    # animation (a click on +, a script) is dropped by Leaflet.
    fit = folium.FitBounds(selection_bounds(oblasts))
    fit.options["animate"] = False
    fit.add_to(m)
    use_local_assets(m, asset_url=asset_url)
    return m


def selection_bounds(oblasts: Sequence[str] = ()) -> list[list[float]]:
    """[[south, west], [north, east]] of the selected units (all of Ukraine without any)."""
    units = load_units()
    picked = units[units["iso"].isin(oblasts)] if oblasts else units.iloc[:0]
    if len(picked) == 0:
        return _UA_BOUNDS
    x0, y0, x1, y1 = picked.total_bounds
    pad = 0.15 * max(x1 - x0, y1 - y0, 0.5)
    return [[round(y0 - pad, 3), round(x0 - pad, 3)], [round(y1 + pad, 3), round(x1 + pad, 3)]]


def use_local_assets(m: folium.Map, *, asset_url: str = ASSET_URL) -> folium.Map:
    """Point every element's scripts and stylesheets at `asset_url`; raise on unknown CDNs.

    Set per instance, never on folium's classes, so other maps in the process are unchanged.
    """
    base = asset_url.rstrip("/")

    def local(links: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        out = []
        for name, url in links:
            if url.startswith(base + "/"):
                out.append((name, url))
                continue
            if url not in _LOCAL_ASSETS:
                raise ValueError(f"{name}: {url} has no local copy in static/")
            path = _LOCAL_ASSETS[url]
            if path is not None:
                out.append((name, f"{base}/{path}"))
        return out

    stack: list[Any] = [m]
    while stack:
        el = stack.pop()
        if isinstance(el, JSCSSMixin):
            el.default_js = local(el.default_js)
            el.default_css = local(el.default_css)
        stack.extend(getattr(el, "_children", {}).values())
    return m
