"""Publication-quality static maps (PNG, SVG, PDF) of the 27 units, drawn with matplotlib.

No browser and no network: the units come from `geo.units`, fonts are matplotlib's own DejaVu,
and drawing goes through the Agg canvas directly (never pyplot), so the function is safe to call
from the dashboard's threads. The same events give the same bytes: metadata dates are dropped,
SVG ids are salted with a constant, and the layout is computed at a fixed DPI so every format
and resolution shows the same labels.

The map is in ETRS89 LAEA Europe (EPSG:3035), an equal-area projection, so the areas readers
compare are true. Crimea and Sevastopol are drawn as part of Ukraine, as the boundary data has
them; occupied areas are not set apart.
"""

from __future__ import annotations

import io
import logging
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import matplotlib as mpl
import numpy as np
import pandas as pd
import shapely
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path
from shapely.ops import polylabel

from geo.colors import WEAPON_COLORS
from geo.event_table import normalize_events
from geo.schema import EVENT_COLUMNS, METRIC_NOUNS, METRICS
from geo.units import aggregate, load_units

log = logging.getLogger(__name__)

#: Projection of the drawing (equal area; metres).
MAP_CRS: str = "EPSG:3035"
#: Figure size in inches: a PNG at `dpi` is FIGSIZE * dpi pixels.
FIGSIZE: tuple[float, float] = (10.0, 7.5)
FORMATS: tuple[str, ...] = ("png", "svg", "pdf")

#: Legend titles per metric: a printed map stands alone, so it says what was counted
#: ("People killed", not the dashboard's "Killed"); totals use the nouns themselves.
METRIC_TITLES: dict[str, str] = {m: noun.capitalize() for m, noun in METRIC_NOUNS.items()}

#: At most this many classes above zero; FisherJenks needs more distinct values to apply.
MAX_CLASSES: int = 5
ZERO_COLOUR: str = "#e9e9e6"
#: Units outside a selection of oblasts: near white, hatched, "not selected" in the legend.
UNSELECTED_COLOUR: str = "#fafafa"
UNSELECTED_HATCH: str = "////"
_UNSELECTED_EDGE = "#c4c4c4"
_CMAP = "YlOrRd"
#: Place markers: the largest gets this area (points squared); this many get a label.
MARKER_MAX_AREA: float = 700.0
MARKER_LABELS: int = 5

_MARKER_EDGE = (0.04, 0.10, 0.29, 0.85)
#: rcParams are global: renders from the dashboard's threads take turns.
_LOCK = threading.RLock()
_LAYOUT_DPI = 100  # text is measured at this DPI whatever the output's, so layouts match
_INK = "#222222"
_MUTED = "#555555"
_RC = {
    "font.family": "DejaVu Sans",
    "svg.hashsalt": "strikemap",
    "svg.id": "strikemap-map",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "path.simplify": True,
    "text.antialiased": True,
}
_ATTRIBUTION = (
    "Boundaries: Natural Earth (public domain); Crimea and Sevastopol shown as part of Ukraine. "
    "Places: GeoNames (CC BY 4.0). Figures: {sources}, extracted by Strikemap."
)


@dataclass(frozen=True)
class Classes:
    """A classification of unit values: class 0 is zero ("none reported"), then 1..k."""

    bins: tuple[int, ...]
    labels: tuple[str, ...]
    colours: tuple[str, ...]
    index: np.ndarray

    @property
    def top_colour(self) -> str:
        return self.colours[-1]


def classify(values: pd.Series | np.ndarray, *, k: int = MAX_CLASSES) -> Classes:
    """Classes suited to skewed counts: zero apart, then Fisher-Jenks natural breaks.

    Counts of drones or casualties are heavy-tailed (one oblast with 111, most with 0-5), so
    equal intervals would paint every unit but one the same. Fisher-Jenks is exact, hence
    deterministic (unlike k-means NaturalBreaks). With k or fewer distinct positive values
    each gets its own class. Ranges are contiguous integers, as counts are.
    """
    import mapclassify

    vals = np.asarray(values, dtype="float64")
    pos = vals[vals > 0]
    uniq = np.unique(pos)
    if len(uniq) == 0:
        bins: list[int] = []
    elif len(uniq) <= k:
        bins = [int(v) for v in uniq]
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Numba not installed": pure Python is fine for 27
            breaks = mapclassify.FisherJenks(pos, k=k).bins
        bins = [int(np.ceil(b)) for b in breaks]
        bins = sorted(set(bins))
    index = np.zeros(len(vals), dtype="int64")
    if bins:
        index = np.where(vals > 0, np.searchsorted(bins, vals, side="left") + 1, 0)
    labels = ["0 (none reported)"]
    lower = 1
    for upper in bins:
        labels.append(f"{lower:,}" if lower == upper else f"{lower:,}–{upper:,}")
        lower = upper + 1
    return Classes(tuple(bins), tuple(labels), (ZERO_COLOUR, *_ramp(len(bins))), index)


def _ramp(k: int) -> list[str]:
    if k == 0:
        return []
    cmap = mpl.colormaps[_CMAP]
    stops = [0.8] if k == 1 else np.linspace(0.18, 0.95, k)
    return [mpl.colors.to_hex(cmap(s)) for s in stops]


def describe(
    events: pd.DataFrame,
    metric: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    filters: tuple[str, ...] | list[str] = (),
    oblasts: tuple[str, ...] | list[str] = (),
) -> str:
    """A subtitle: the date range (asked for, else the dated events'), filters, and the total.

    Undated events (no date, no published date) are kept by date filters and counted in the
    total, which says how much of it is undated: "Total 8 people killed (7 of them undated)".
    The range of a map of dated and undated events is the dated events' range.
    """
    _check_metric(metric)
    events = _event_table(events)
    dates = _event_dates(events)
    if date_from or date_to:
        span = _span(date_from, date_to)
    else:
        known = dates.dropna()
        span = _span(known.min(), known.max()) if len(known) else "Dates not stated"
    totals = aggregate(events)
    if oblasts:
        totals = totals[totals["iso"].isin(oblasts)]
    value = int(totals[metric].sum())
    total = f"Total {value:,} {METRIC_NOUNS[metric]}"
    undated = int(aggregate(events[dates.isna().to_numpy()])
                  .set_index("iso")[metric].reindex(totals["iso"]).sum()) if len(events) else 0
    if undated and span != "Dates not stated":
        total += " (all undated)" if undated == value else f" ({undated:,} of them undated)"
    n_units = int((totals[metric] > 0).sum())
    total += (f" in {n_units} of {len(totals)} selected region{'s' if len(totals) > 1 else ''}"
              if oblasts else f" in {n_units} of 27 regions")
    return " · ".join([span, *filters, total])


def render_map(
    events: pd.DataFrame,
    *,
    metric: str,
    title: str | None = None,
    subtitle: str | None = None,
    markers: bool = False,
    fmt: str = "png",
    dpi: int = 200,
    oblasts: tuple[str, ...] | list[str] = (),
) -> bytes:
    """The map of `metric` per unit as PNG, SVG or PDF bytes.

    Parameters
    ----------
    events : the event table of `geo.event_table` (rows outside Ukraine are ignored).
    metric : one of `geo.schema.METRICS`.
    title, subtitle : default to "<metric> by oblast" and `describe(events, metric)`.
    markers : add circles per place (area by the metric), the largest labelled.
    fmt : "png", "svg" or "pdf".
    oblasts : a selection of unit ISO codes: the map zooms to them and draws the others
        hatched, as "not selected" (never as "0 (none reported)"); empty means all 27.
    dpi : resolution of a PNG (FIGSIZE * dpi pixels); SVG and PDF are vector.
    """
    return _figure_bytes(
        lambda: map_figure(events, metric=metric, title=title, subtitle=subtitle,
                           markers=markers, oblasts=oblasts), fmt, dpi)


def map_figure(
    events: pd.DataFrame,
    *,
    metric: str,
    title: str | None = None,
    subtitle: str | None = None,
    markers: bool = False,
    oblasts: tuple[str, ...] | list[str] = (),
) -> Figure:
    """The map as a matplotlib Figure on an Agg canvas; its map axes is labelled "map".

    `render_map` saves this; tests use it to find where a unit lands in the image.
    """
    _check_metric(metric)
    events = _event_table(events)
    known = {u.iso for u in _units()[0]}
    selected = frozenset(o for o in oblasts if o in known) or frozenset(known)
    with _LOCK, mpl.rc_context(_RC):
        totals = aggregate(events)
        if len(selected) < len(known):
            totals.loc[~totals["iso"].isin(selected), metric] = 0
        inside = totals["iso"].isin(selected).to_numpy()
        classes = classify(totals[metric].to_numpy()[inside])
        index = np.zeros(len(totals), dtype="int64")
        index[inside] = classes.index
        classes = Classes(classes.bins, classes.labels, classes.colours, index)
        fig = Figure(figsize=FIGSIZE, dpi=_LAYOUT_DPI, facecolor="white")
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.02, 0.075, 0.96, 0.80), label="map")
        _frame(ax, None if len(selected) == len(known) else selected)
        _draw_units(ax, totals, classes, selected)
        obstacles: list[tuple[float, float, float, float]] = []
        size_handles = _draw_markers(fig, ax, events, metric, obstacles) if markers else []
        _draw_labels(fig, ax, totals, metric, classes, obstacles, selected)
        _draw_legends(ax, classes, metric, size_handles,
                      unselected=len(selected) < len(known),
                      zero=bool((index[inside] == 0).any()))
        if subtitle is None and len(selected) < len(known):
            subtitle = describe(events, metric, oblasts=tuple(sorted(selected)))
        _draw_text(fig, events, metric, title, subtitle)
    return fig


# -- private steps -------------------------------------------------------------------------


def _event_table(events: pd.DataFrame | None) -> pd.DataFrame:
    """The event table as given, or completed to its columns when a caller passed a subset."""
    if events is None:
        return normalize_events(pd.DataFrame())
    if set(EVENT_COLUMNS) <= set(events.columns):
        return events
    return normalize_events(events)


def _check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")


def _figure_bytes(build: Callable[[], Figure], fmt: str, dpi: int) -> bytes:
    """`build()`'s figure saved as `fmt` bytes; the format and dpi are checked before any
    drawing, and the figure is drawn under the render lock (rcParams are global)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not 10 <= int(dpi) <= 1200:
        raise ValueError(f"dpi {dpi} out of range 10-1200")
    with _LOCK, mpl.rc_context(_RC):
        fig = build()
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=int(dpi), metadata=_metadata(fmt), facecolor="white")
    return buf.getvalue()


def _metadata(fmt: str) -> dict[str, str | None]:
    if fmt == "png":
        return {"Software": None}
    if fmt == "svg":
        return {"Date": None, "Creator": "Strikemap"}
    return {"CreationDate": None, "ModDate": None, "Creator": "Strikemap", "Producer": None}


@dataclass(frozen=True)
class _Unit:
    iso: str
    name: str
    geometry: shapely.Geometry  # in MAP_CRS
    path: Path
    label_xy: tuple[float, float]


@lru_cache(maxsize=1)
def _units() -> tuple[tuple[_Unit, ...], Path, tuple[float, float, float, float]]:
    """The units projected once per process: patches' paths, label points, outline, extent."""
    units = load_units()
    projected = units.to_crs(MAP_CRS)
    label_pts = gpd.GeoSeries(
        gpd.points_from_xy(units["label_lon"], units["label_lat"]), crs=units.crs
    ).to_crs(MAP_CRS)
    out = []
    for row, geom, pt in zip(units.itertuples(), projected.geometry, label_pts, strict=True):
        geom = shapely.orient_polygons(geom)
        out.append(_Unit(row.iso, row.name, geom, _geometry_path(geom), (pt.x, pt.y)))
    # Only the outer rings: the union's holes are slivers between units (the Dnipro reservoirs
    # in Natural Earth), which as outlines would draw dotted lines across the country.
    union = shapely.union_all(list(projected.geometry))
    outline = shapely.orient_polygons(shapely.MultiPolygon(
        [shapely.Polygon(p.exterior) for p in getattr(union, "geoms", [union])]
    ))
    return tuple(out), _geometry_path(outline), tuple(projected.total_bounds)


def _geometry_path(geom: shapely.Geometry) -> Path:
    """A compound path of every ring; rings are oriented so nonzero filling leaves holes."""
    rings = []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in (poly.exterior, *poly.interiors):
            rings.append(Path(np.asarray(ring.coords)[:, :2], closed=True))
    return Path.make_compound_path(*rings)


def _frame(ax: mpl.axes.Axes, selected: frozenset[str] | None = None) -> None:
    """The whole country, or zoomed to the selected units (their neighbours fill the frame)."""
    units, _o, (x0, y0, x1, y1) = _units()
    pad = 0.02
    if selected:
        x0, y0, x1, y1 = shapely.union_all(
            [u.geometry for u in units if u.iso in selected]).bounds
        pad = 0.12
        # widen the short side to the axes' shape, so the neighbours fill the frame
        fig_w, fig_h = ax.figure.get_size_inches()
        box = ax.get_position()
        ratio = (box.width * fig_w) / (box.height * fig_h)
        cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
        w, h = max(w, h * ratio), max(h, w / ratio)
        x0, x1, y0, y1 = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
    padx, pady = (x1 - x0) * pad, (y1 - y0) * pad
    ax.set_xlim(x0 - padx, x1 + padx)
    ax.set_ylim(y0 - pady, y1 + pady)
    ax.set_aspect("equal", adjustable="box", anchor="C")
    ax.set_axis_off()
    ax.apply_aspect()


def _draw_units(ax: mpl.axes.Axes, totals: pd.DataFrame, classes: Classes,
                selected: frozenset[str]) -> None:
    units, outline, _ext = _units()
    cls = dict(zip(totals["iso"], classes.index, strict=True))
    for unit in units:
        # add_artist, not add_patch: the limits are fixed, and updating them from 20,000
        # vertices is most of the drawing time.
        if unit.iso not in selected:
            ax.add_artist(
                PathPatch(unit.path, facecolor=UNSELECTED_COLOUR, edgecolor=_UNSELECTED_EDGE,
                          hatch=UNSELECTED_HATCH, linewidth=0.4, gid=unit.iso, zorder=1)
            )
            continue
        colour = classes.colours[cls[unit.iso]]
        ax.add_artist(
            PathPatch(unit.path, facecolor=colour, edgecolor="white", linewidth=0.6,
                      gid=unit.iso, zorder=1)
        )
    ax.add_artist(PathPatch(outline, facecolor="none", edgecolor="#8a8a8a", linewidth=0.8,
                            gid="outline", zorder=2))


_HALO = [patheffects.withStroke(linewidth=2.2, foreground="white", alpha=0.85)]
_DARK_HALO = [patheffects.withStroke(linewidth=1.6, foreground="black", alpha=0.45)]


def _label_ink(fill: str) -> tuple[str, list]:
    """Dark text with a white halo on light fills, white text on dark ones."""
    r, g, b = mpl.colors.to_rgb(fill)
    if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45:
        return "white", _DARK_HALO
    return _INK, _HALO


def _draw_labels(
    fig: Figure,
    ax: mpl.axes.Axes,
    totals: pd.DataFrame,
    metric: str,
    classes: Classes,
    obstacles: list,
    selected: frozenset[str] = frozenset(),
) -> None:
    """Name and value of each unit, only where the text fits inside it clear of markers.

    Tries the unit's label point, then nearby shifts and the pole of inaccessibility, at two
    sizes, with and without the value. A unit where nothing fits gets a callout outside if it
    has a value (Kyiv City, Sevastopol), else stays unlabelled.
    """
    units, _o, _e = _units()
    values = dict(zip(totals["iso"], totals[metric], strict=True))
    fills = dict(zip(totals["iso"], classes.index, strict=True))
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    taken = [shapely.box(*b) for b in obstacles]
    unplaced: list[tuple[_Unit, int]] = []
    for unit in units:
        if selected and unit.iso not in selected:
            continue
        value = int(values[unit.iso])
        tries = [f"{unit.name}\n{value:,}"] if value else []
        tries.append(unit.name)
        ink, halo = _label_ink(classes.colours[fills[unit.iso]])
        for size in (7.5, 6.5):
            placed = None
            for text in tries:
                artist = ax.text(*unit.label_xy, text, fontsize=size, ha="center",
                                 va="center", color=ink, linespacing=1.1,
                                 path_effects=halo, zorder=8, gid=f"label-{unit.iso}")
                box = artist.get_window_extent(renderer).expanded(1.04, 1.06)
                (bx0, by0), (bx1, by1) = to_data.transform([[box.x0, box.y0],
                                                            [box.x1, box.y1]])
                placed = _fit(unit, bx1 - bx0, by1 - by0, taken)
                if placed is not None:
                    artist.set_position(placed.centroid.coords[0])
                    taken.append(placed)
                    break
                artist.remove()
            if placed is not None:
                break
        if placed is None and value:
            unplaced.append((unit, value))
    for unit, value in unplaced:
        _callout(fig, ax, unit, f"{unit.name} {value:,}", taken)


#: Where a callout's text goes, in points from the unit's label point.
_CALLOUT_OFFSETS = ((-40, 28), (40, 28), (-40, -28), (40, -28), (0, 40), (0, -40),
                    (-70, 0), (70, 0))


def _callout(fig: Figure, ax: mpl.axes.Axes, unit: _Unit, text: str, taken: list) -> None:
    """A label outside a unit too small for one (Kyiv City, Sevastopol), with a leader line.

    The text is measured once; each offset's box is then arithmetic (measuring an annotation
    with its arrow costs more than the rest of the map).
    """
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    frame = ax.get_window_extent(renderer)
    probe = ax.text(0, 0, text, fontsize=7, path_effects=_HALO)
    extent = probe.get_window_extent(renderer)
    probe.remove()
    w, h = extent.width, extent.height
    px, py = ax.transData.transform(unit.label_xy)
    scale = fig.dpi / 72.0
    for dx, dy in _CALLOUT_OFFSETS:
        cx, cy = px + dx * scale, py + dy * scale
        x0 = cx - w if dx < 0 else cx if dx > 0 else cx - w / 2
        x1, y0, y1 = x0 + w, cy - h / 2, cy + h / 2
        if not (frame.x0 <= x0 and x1 <= frame.x1 and frame.y0 <= y0 and y1 <= frame.y1):
            continue
        (bx0, by0), (bx1, by1) = to_data.transform([[x0, y0], [x1, y1]])
        placed = shapely.box(bx0, by0, bx1, by1)
        if any(placed.intersects(t) for t in taken):
            continue
        ax.annotate(
            text, unit.label_xy, xytext=(dx, dy), textcoords="offset points", fontsize=7,
            ha="right" if dx < 0 else "left" if dx > 0 else "center", va="center",
            color=_INK, path_effects=_HALO, zorder=8, gid=f"callout-{unit.iso}",
            arrowprops={"arrowstyle": "-", "color": _INK, "linewidth": 0.6, "shrinkA": 1,
                        "shrinkB": 0},
        )
        taken.append(placed)
        return


def _fit(unit: _Unit, w: float, h: float, taken: list) -> shapely.Geometry | None:
    """The first box of size w x h near the label point that lies in the unit, clear of others."""
    x, y = unit.label_xy
    centres = [(x + dx * w, y + dy * h) for dx, dy in _SHIFTS]
    centres.append(_pole(unit))
    for cx, cy in centres:
        box = shapely.box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        if unit.geometry.contains(box) and not any(box.intersects(t) for t in taken):
            return box
    return None


_SHIFTS = ((0, 0), (0.15, 0), (-0.15, 0), (0, 0.6), (0, -0.6), (0.3, 0), (-0.3, 0),
           (0.2, 0.8), (-0.2, 0.8), (0.2, -0.8), (-0.2, -0.8), (0, 1.2), (0, -1.2))


@lru_cache(maxsize=32)
def _pole_cached(iso: str) -> tuple[float, float]:
    unit = next(u for u in _units()[0] if u.iso == iso)
    parts = getattr(unit.geometry, "geoms", [unit.geometry])
    pole = polylabel(max(parts, key=lambda g: g.area), tolerance=1000.0)
    return pole.x, pole.y


def _pole(unit: _Unit) -> tuple[float, float]:
    return _pole_cached(unit.iso)


def _draw_markers(fig: Figure, ax: mpl.axes.Axes, events: pd.DataFrame, metric: str,
                  obstacles: list[tuple[float, float, float, float]]) -> list:
    """Circles per place in its weapon's colour (as on the interactive map), area by the metric;
    events known only to their oblast as dashed diamonds at the oblast's centre.

    The largest places are labelled, each name once (a unit label already names an oblast, so
    diamonds get none). Appends the data-space boxes of the larger markers and of the labels
    to `obstacles`, so unit labels keep clear of them. Returns the legend handles.
    """
    places = _place_totals(events, metric)
    if places.empty:
        return []
    pts = gpd.GeoSeries(gpd.points_from_xy(places["lon"], places["lat"]), crs="EPSG:4326")
    xy = shapely.get_coordinates(pts.to_crs(MAP_CRS).to_numpy())
    vmax = float(places["value"].max())
    area = np.maximum(MARKER_MAX_AREA * places["value"].to_numpy() / vmax, 4.0)
    level = places["oblast_level"].to_numpy(dtype=bool)
    colours = places["colour"].to_numpy()
    dots = ~level
    ax.scatter(xy[dots, 0], xy[dots, 1], s=area[dots], facecolor=colours[dots],
               edgecolor=_MARKER_EDGE, alpha=0.8,
               linewidth=np.where(area[dots] < 40.0, 0.3, 0.6), zorder=6, gid="markers")
    if level.any():
        ax.scatter(xy[level, 0], xy[level, 1], s=area[level] * 0.8, marker="D",
                   facecolor=colours[level], edgecolor="#111111", alpha=0.85,
                   linewidth=1.0, linestyle=(0, (2.0, 1.5)), zorder=5, gid="oblast-markers")
    to_data = ax.transData.inverted()
    renderer = fig.canvas.get_renderer()
    pt_to_data = fig.dpi / 72.0 * (to_data.transform([[1, 0]]) - to_data.transform([[0, 0]]))[0, 0]
    # Diamonds are no obstacle: they sit at the unit's label point, and the unit's label
    # over its diamond reads as one ("this oblast, these figures").
    for i in np.flatnonzero((area >= 40.0) & dots)[:200]:
        r = np.sqrt(area[i] / np.pi) * pt_to_data
        obstacles.append((xy[i, 0] - r, xy[i, 1] - r, xy[i, 0] + r, xy[i, 1] + r))
    named: set[str] = set()
    for i in np.flatnonzero(dots):
        if len(named) >= MARKER_LABELS:
            break
        name = places["place"].iat[i]
        if name in named:
            continue
        named.add(name)
        radius_pt = np.sqrt(area[i] / np.pi)
        note = ax.annotate(f"{name} {int(places['value'].iat[i]):,}", xy[i],
                           xytext=(radius_pt + 2, 0), textcoords="offset points", fontsize=7,
                           fontweight="bold", color="#0b1a4a", va="center",
                           path_effects=_HALO, zorder=9, gid=f"marker-label-{len(named) - 1}")
        box = note.get_window_extent(renderer)
        (bx0, by0), (bx1, by1) = to_data.transform([[box.x0, box.y0], [box.x1, box.y1]])
        obstacles.append((bx0, by0, bx1, by1))
    return _size_handles(ax, vmax) + _kind_handles(ax, places)


def _kind_handles(ax: mpl.axes.Axes, places: pd.DataFrame) -> list:
    """Legend entries for the weapons drawn and, when there are any, the oblast diamonds."""
    shown = set(places["colour"])
    handles = [ax.scatter([], [], s=40, facecolor=c, edgecolor=_MARKER_EDGE, linewidth=0.4,
                          alpha=0.8, label=w.replace("_", " "))
               for w, c in WEAPON_COLORS.items() if c in shown]
    if places["oblast_level"].any():
        handles.append(ax.scatter([], [], s=55, marker="D", facecolor="white",
                                  edgecolor="#111111", linewidth=1.0,
                                  linestyle=(0, (2.0, 1.5)), label="oblast only, at its centre"))
    return handles


def _place_totals(events: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The metric summed per place, largest first, with its weapon colour; events known only
    to their oblast (precision 3 or an oblast as place) summed per oblast at its label point,
    with `oblast_level` set."""
    cols = ["place", "lat", "lon", "value", "colour", "oblast_level"]
    if events is None or len(events) == 0:
        return pd.DataFrame(columns=cols)
    ev = events[events["oblast_iso"].notna()]
    level = pd.Series(False, index=ev.index)
    if "place_kind" in ev:
        level |= ev["place_kind"].fillna("").eq("oblast")
    if "geo_precision" in ev:
        level |= pd.to_numeric(ev["geo_precision"], errors="coerce").fillna(1) >= 3
    level |= ev["lat"].isna() | ev["lon"].isna()
    units = load_units().set_index("iso")
    iso = ev["oblast_iso"]
    if metric == "events":
        value = pd.Series(1.0, index=ev.index)
    else:
        value = pd.to_numeric(ev[metric], errors="coerce").fillna(0)
    frame = pd.DataFrame({
        "place": np.where(level, iso.map(units["name"]).fillna("") + " (oblast)",
                          ev["place"].fillna("").astype(str)),
        "lat": np.where(level, iso.map(units["label_lat"]), ev["lat"]).astype("float64")
        .round(4),
        "lon": np.where(level, iso.map(units["label_lon"]), ev["lon"]).astype("float64")
        .round(4),
        "value": value.to_numpy(dtype="float64"),
        "weapon": ev["weapon"].fillna("unknown").astype(str).to_numpy(),
        "oblast_level": level.to_numpy(dtype=bool),
    })
    g = frame.groupby(["place", "lat", "lon", "oblast_level"], sort=True, as_index=False)
    sums = g.agg(value=("value", "sum"), weapons=("weapon", "nunique"),
                 weapon=("weapon", "first"))
    sums["colour"] = np.where(sums["weapons"] > 1, WEAPON_COLORS["mixed"],
                              sums["weapon"].map(WEAPON_COLORS).fillna(WEAPON_COLORS["unknown"]))
    sums = sums[sums["value"] > 0]
    return sums.sort_values(["value", "place"], ascending=[False, True], kind="stable") \
        .reset_index(drop=True)[cols]


def _size_handles(ax: mpl.axes.Axes, vmax: float) -> list:
    """Reference circles for the size legend: the largest value and rounder smaller ones."""
    refs = [vmax]
    for frac in (0.25, 0.05):
        v = _round_nice(vmax * frac)
        if v >= 1 and v < refs[-1]:
            refs.append(v)
    return [
        ax.scatter([], [], s=MARKER_MAX_AREA * v / vmax, facecolor="#d9d9d9",
                   edgecolor=_MARKER_EDGE, linewidth=0.6, label=f"{int(v):,}")
        for v in refs
    ]


def _round_nice(v: float) -> float:
    if v < 1:
        return 0.0
    mag = 10 ** np.floor(np.log10(v))
    return float(min((1, 2, 5, 10), key=lambda m: abs(m * mag - v)) * mag)


def _draw_legends(ax: mpl.axes.Axes, classes: Classes, metric: str, size_handles: list,
                  *, unselected: bool = False, zero: bool = True) -> None:
    handles = [
        Patch(facecolor=c, edgecolor="#9a9a9a", linewidth=0.5, label=lab)
        for c, lab in zip(classes.colours, classes.labels, strict=True)
        if zero or not unselected or lab != classes.labels[0]
    ][::-1]
    if unselected:
        handles.append(Patch(facecolor=UNSELECTED_COLOUR, edgecolor=_UNSELECTED_EDGE,
                             hatch=UNSELECTED_HATCH, linewidth=0.5, label="not selected"))
    legend = ax.legend(handles=handles, title=METRIC_TITLES[metric], loc="lower left",
                       fontsize=8.5, title_fontsize=9.5, frameon=False, borderaxespad=0.2,
                       handlelength=1.6, handleheight=1.1, alignment="left")
    legend.set_gid("legend")
    if size_handles:
        ax.add_artist(legend)
        sizes = ax.legend(handles=size_handles, title="Per place", loc="lower right",
                          fontsize=8, title_fontsize=9, frameon=False, labelspacing=1.4,
                          borderpad=0.8, scatterpoints=1, alignment="left",
                          ncol=2 if len(size_handles) > 4 else 1, columnspacing=1.2)
        sizes.set_gid("size-legend")


def _draw_text(fig: Figure, events: pd.DataFrame, metric: str, title: str | None,
               subtitle: str | None) -> None:
    title = title if title is not None else f"{METRIC_TITLES[metric]} by oblast"
    subtitle = subtitle if subtitle is not None else describe(events, metric)
    fig.text(0.03, 0.965, title, fontsize=17, fontweight="bold", color=_INK, va="top",
             gid="title")
    fig.text(0.03, 0.912, subtitle, fontsize=10.5, color=_MUTED, va="top", gid="subtitle")
    n = _source_count(events)
    sources = f"{n:,} news report{'s' if n != 1 else ''}"
    fig.text(0.03, 0.025, _ATTRIBUTION.format(sources=sources), fontsize=7, color=_MUTED,
             va="bottom", gid="attribution")


def _source_count(events: pd.DataFrame) -> int:
    """Distinct reports behind the events (article id, else source)."""
    if events is None or len(events) == 0:
        return 0
    key = events["article_id"] if "article_id" in events else pd.Series(index=events.index)
    if "source" in events:
        key = key.fillna(events["source"])
    return int(key.dropna().nunique())


def _event_dates(events: pd.DataFrame) -> pd.Series:
    """Each event's date, else its article's publication date."""
    if events is None or len(events) == 0:
        return pd.Series([], dtype="datetime64[ns]")
    date = pd.to_datetime(events["date"], errors="coerce")
    if "published" in events:
        date = date.fillna(pd.to_datetime(events["published"], errors="coerce"))
    return date


def _span(start: object, end: object) -> str:
    a = pd.Timestamp(start) if start is not None and not pd.isna(start) else None
    b = pd.Timestamp(end) if end is not None and not pd.isna(end) else None
    if a is not None and b is not None and a.normalize() == b.normalize():
        return _day(a)
    if a is not None and b is not None:
        return f"{_day(a)} – {_day(b)}"
    if a is not None:
        return f"From {_day(a)}"
    if b is not None:
        return f"Until {_day(b)}"
    return "Dates not stated"


def _day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts.strftime('%b %Y')}"


# -- small multiples ---------------------------------------------------------------------------

#: Periods of `render_small_multiples`, and the most panels one figure holds.
PERIODS: tuple[str, ...] = ("day", "week")
MAX_PANELS: int = 48
_PANEL_ASPECT = 1.45  # Ukraine in EPSG:3035 is about this much wider than high


def periods(events: pd.DataFrame, by: str) -> pd.Series:
    """Each event's period start (its day, or the Monday of its week); NaT when undated.

    An event's day is its own date, else its article's publication date, as everywhere.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    day = _event_dates(events).dt.normalize()
    if by == "week":
        day = day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    return day


def render_small_multiples(
    events: pd.DataFrame,
    *,
    metric: str,
    by: str = "day",
    title: str | None = None,
    subtitle: str | None = None,
    fmt: str = "png",
    dpi: int = 200,
    oblasts: tuple[str, ...] | list[str] = (),
) -> bytes:
    """One small map per day or week, in a grid, on one colour scale: PNG, SVG or PDF bytes.

    Every period from the first to the last dated one gets a panel (a quiet day shows as
    such); classes are computed over every panel's unit values, so a colour means the same
    count in each. Undated events have no panel; the subtitle says how many were left out.
    """
    return _figure_bytes(
        lambda: small_multiples_figure(events, metric=metric, by=by, title=title,
                                       subtitle=subtitle, oblasts=oblasts), fmt, dpi)


def small_multiples_figure(
    events: pd.DataFrame,
    *,
    metric: str,
    by: str = "day",
    title: str | None = None,
    subtitle: str | None = None,
    oblasts: tuple[str, ...] | list[str] = (),
) -> Figure:
    """The grid of `render_small_multiples` as a Figure; panel i's axes is labelled
    "panel-i" and its heading has the gid "panel-title-i"."""
    _check_metric(metric)
    events = _event_table(events)
    period = periods(events, by)
    dated = period.dropna()
    if dated.empty:
        raise ValueError("no dated events: small multiples need dates (--by day|week)")
    step = pd.Timedelta(days=7 if by == "week" else 1)
    starts = pd.date_range(dated.min(), dated.max(), freq=step)
    if len(starts) > MAX_PANELS:
        raise ValueError(f"{len(starts)} {by}s from {_day(starts[0])} to {_day(starts[-1])}: "
                         f"at most {MAX_PANELS} panels; narrow --from/--to or use --by week")
    known = {u.iso for u in _units()[0]}
    selected = frozenset(o for o in oblasts if o in known) or frozenset(known)
    per = []
    for start in starts:
        part = events[(period == start).to_numpy()]
        totals = aggregate(part)
        totals.loc[~totals["iso"].isin(selected), metric] = 0
        per.append(totals)
    inside = per[0]["iso"].isin(selected).to_numpy()
    scale = classify(np.concatenate([t[metric].to_numpy()[inside] for t in per]))
    cols = min(len(starts), 4 if len(starts) > 9 else 3 if len(starts) > 4 else len(starts))
    rows = -(-len(starts) // cols)
    width = 10.0
    panel_w = width / cols
    panel_h = panel_w / _PANEL_ASPECT + 0.3
    head, foot = 1.05, 0.95
    height = head + rows * panel_h + foot
    with _LOCK, mpl.rc_context(_RC):
        fig = Figure(figsize=(width, height), dpi=_LAYOUT_DPI, facecolor="white")
        FigureCanvasAgg(fig)
        for i, (start, totals) in enumerate(zip(starts, per, strict=True)):
            r, c = divmod(i, cols)
            left = c * panel_w / width
            bottom = (foot + (rows - 1 - r) * panel_h) / height
            ax = fig.add_axes((left + 0.005, bottom, panel_w / width - 0.01,
                               (panel_h - 0.3) / height), label=f"panel-{i}")
            _frame(ax, None if len(selected) == len(known) else selected)
            index = np.zeros(len(totals), dtype="int64")
            vals = totals[metric].to_numpy()
            if scale.bins:
                index = np.where(vals > 0, np.searchsorted(scale.bins, vals, side="left") + 1, 0)
            _draw_units(ax, totals, Classes(scale.bins, scale.labels, scale.colours, index),
                        selected)
            value = int(vals[inside].sum())
            when = _day(start) if by == "day" else f"Week of {_day(start)}"
            ax.text(0.02, 1.0, when, transform=ax.transAxes, fontsize=8.5, fontweight="bold",
                    color=_INK, va="bottom", gid=f"panel-title-{i}")
            ax.text(0.98, 1.0, f"{value:,}", transform=ax.transAxes, fontsize=8.5,
                    color=_MUTED, va="bottom", ha="right", gid=f"panel-total-{i}")
        handles = [Patch(facecolor=col, edgecolor="#9a9a9a", linewidth=0.5, label=lab)
                   for col, lab in zip(scale.colours, scale.labels, strict=True)]
        legend = fig.legend(handles=handles, title=f"{METRIC_TITLES[metric]} per {by}",
                            loc="lower center", ncol=len(handles), fontsize=8,
                            title_fontsize=8.5, frameon=False,
                            bbox_to_anchor=(0.5, 0.32 / height))
        legend.set_gid("legend")
        undated = int(period.isna().sum())
        if subtitle is None:
            total = int(sum(t[metric].to_numpy()[inside].sum() for t in per))
            subtitle = (f"{_span(starts[0], starts[-1] + step - pd.Timedelta(days=1))} · "
                        f"one map per {by} · Total {total:,} {METRIC_NOUNS[metric]}")
            if undated:
                subtitle += (f" · {undated:,} undated event{'s' if undated != 1 else ''} "
                             "not shown")
        fig.text(0.03, 1 - 0.3 / height, title or f"{METRIC_TITLES[metric]} by oblast, "
                 f"{'day by day' if by == 'day' else 'week by week'}", fontsize=15,
                 fontweight="bold", color=_INK, va="top", gid="title")
        fig.text(0.03, 1 - 0.72 / height, subtitle, fontsize=9.5, color=_MUTED, va="top",
                 gid="subtitle")
        n = _source_count(events)
        fig.text(0.03, 0.08 / height, _ATTRIBUTION.format(
            sources=f"{n:,} news report{'s' if n != 1 else ''}"), fontsize=6.5, color=_MUTED,
            va="bottom", gid="attribution")
    return fig
