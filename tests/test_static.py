"""Static maps: size, colours where the units are, SVG structure, legends, same bytes."""

from __future__ import annotations

import io
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from matplotlib import colors
from matplotlib.image import imread

from geo.event_files import load_events
from geo.event_table import events_frame
from geo.static import (
    FIGSIZE,
    ZERO_COLOUR,
    _units,
    classify,
    describe,
    map_figure,
    render_map,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return load_events([DATA / "reports.json"])


def _png(data: bytes) -> np.ndarray:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return imread(io.BytesIO(data), format="png")


@pytest.fixture(scope="module")
def png60(events) -> np.ndarray:
    return _png(render_map(events, metric="drones", dpi=60))


def test_png_has_the_asked_size(png60):
    assert png60.shape[:2] == (round(FIGSIZE[1] * 60), round(FIGSIZE[0] * 60))


def test_png_is_not_blank(png60):
    rgb = png60[..., :3].reshape(-1, 3)
    assert len(np.unique(rgb, axis=0)) > 50  # colours, text, lines: not one flat fill
    assert (rgb.min(axis=1) < 0.5).mean() > 0.005  # some dark ink (text, outlines)


def _clear_point(fig, unit) -> tuple[float, float]:
    """Display position (pixels at the figure's DPI) inside `unit`, away from text and edges."""
    ax = next(a for a in fig.axes if a.get_label() == "map")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    blocked = [t.get_window_extent(renderer).expanded(1.2, 1.4)
               for t in [*ax.texts, *fig.texts]]
    blocked.append(ax.get_legend().get_window_extent(renderer))
    inner = unit.geometry.buffer(-15_000)
    x0, y0, x1, y1 = inner.bounds
    for x in np.linspace(x0, x1, 25):
        for y in np.linspace(y0, y1, 25):
            if not inner.contains(shapely.Point(x, y)):
                continue
            px, py = ax.transData.transform((x, y))
            if not any(b.contains(px, py) for b in blocked):
                return px, py
    raise AssertionError(f"no clear point in {unit.iso}")


def _pixel(img: np.ndarray, px: float, py: float, scale: float) -> np.ndarray:
    row = img.shape[0] - 1 - int(py * scale)
    return img[row, int(px * scale), :3]


TOP_ISO = "UA-12"  # Dnipropetrovsk: 111 + 4 drones
ZERO_ISO = "UA-05"  # Vinnytsia: no events


def test_the_sample_has_a_top_unit_and_a_zero_unit(events):
    from geo.units import aggregate

    totals = aggregate(events)
    assert totals.loc[totals["drones"].idxmax(), "iso"] == TOP_ISO
    assert totals.set_index("iso").loc[ZERO_ISO, "drones"] == 0


@pytest.fixture(scope="module")
def drones_fig(events):
    """The drones map's figure, drawn once for the tests that only read it."""
    return map_figure(events, metric="drones")


@pytest.fixture(scope="module")
def drones_pngs(events) -> dict[int, np.ndarray]:
    """The drones map as PNG, drawn once per DPI the tests ask for."""
    return {dpi: _png(render_map(events, metric="drones", dpi=dpi)) for dpi in (100, 150)}


@pytest.mark.parametrize("dpi", [100, 150])
@pytest.mark.parametrize("which", ["top", "zero"])
def test_unit_colours_in_the_png(events, drones_fig, drones_pngs, which, dpi):
    from geo.units import aggregate

    fig = drones_fig
    iso, colour = ((TOP_ISO, classify(aggregate(events)["drones"]).top_colour) if which == "top"
                   else (ZERO_ISO, ZERO_COLOUR))
    xy = _clear_point(fig, {u.iso: u for u in _units()[0]}[iso])
    np.testing.assert_allclose(_pixel(drones_pngs[dpi], *xy, dpi / fig.dpi),
                               colors.to_rgb(colour), atol=2 / 255)


def test_svg_parses_with_27_unit_paths(events):
    svg = render_map(events, metric="killed", fmt="svg")
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    units = [el for el in root.iter() if re.fullmatch(r"UA-\d\d", el.get("id", ""))]
    assert sorted(el.get("id") for el in units) == sorted(u.iso for u in _units()[0])
    assert len(units) == 27
    assert all(el.find(f"{ns}path") is not None for el in units)


def test_pdf_is_a_pdf(events):
    pdf = render_map(events, metric="injured", fmt="pdf")
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_same_input_same_bytes(events, fmt):
    a = render_map(events, metric="drones", markers=True, fmt=fmt, dpi=50)
    b = render_map(events.copy(), metric="drones", markers=True, fmt=fmt, dpi=50)
    assert a == b


@pytest.fixture(scope="module")
def drones_texts(drones_fig) -> dict[str, str]:
    return {t.get_gid(): t.get_text() for t in drones_fig.texts}


def test_title(drones_texts):
    assert drones_texts["title"] == "Drones launched by oblast"


def test_subtitle(drones_texts):
    assert drones_texts["subtitle"] == (
        "24 Nov 2025 – 26 Nov 2025 · Total 193 drones launched in 6 of 27 regions"
    )


@pytest.mark.parametrize("text", ["GeoNames", "Natural Earth", "3 news reports"])
def test_attribution(drones_texts, text):
    assert text in drones_texts["attribution"]


def test_legend(drones_fig):
    ax = drones_fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "31–115" and legend[-1] == "0 (none reported)"


def test_unit_label(drones_fig):
    ax = drones_fig.axes[0]
    labels = {t.get_gid(): t.get_text() for t in ax.texts}
    assert labels["label-UA-12"] == "Dnipropetrovsk\n115"


def test_custom_title_and_subtitle(events):
    fig = map_figure(events, metric="events", title="Strikes", subtitle="Filtered: drones")
    texts = {t.get_gid(): t.get_text() for t in fig.texts}
    assert (texts["title"], texts["subtitle"]) == ("Strikes", "Filtered: drones")


def test_largest_markers_labelled(events):
    fig = map_figure(events, metric="drones", markers=True)
    ax = fig.axes[0]
    notes = sorted((t.get_gid(), t.get_text()) for t in ax.texts
                   if (t.get_gid() or "").startswith("marker-label"))
    # Oblast-wide events (Dnipropetrovsk, 111) have no place; Kramatorsk names no drones.
    assert [text for _gid, text in notes] == ["Kyiv 30", "Kharkiv 25", "Odesa 12",
                                              "Zaporizhzhia 8", "Dnipro 4"]


def test_markers_sized(events):
    ax = map_figure(events, metric="drones", markers=True).axes[0]
    (markers,) = [c for c in ax.collections if c.get_gid() == "markers"]
    sizes = markers.get_sizes()
    assert len(sizes) == 6 and sizes[0] == sizes.max()


def test_labels_lie_inside_their_units(events):
    fig = map_figure(events, metric="drones", markers=True)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    units = {u.iso: u for u in _units()[0]}
    labelled = [t for t in ax.texts if (t.get_gid() or "").startswith("label-")]
    assert len(labelled) >= 20
    outside = []
    for text in labelled:
        box = text.get_window_extent(renderer)
        (x0, y0), (x1, y1) = to_data.transform([[box.x0, box.y0], [box.x1, box.y1]])
        if not units[text.get_gid()[6:]].geometry.contains(shapely.box(x0, y0, x1, y1)):
            outside.append(text.get_gid())
    assert outside == []


@pytest.fixture(scope="module")
def missiles_labels(events) -> dict[str, str]:
    return {t.get_gid(): t.get_text() for t in map_figure(events, metric="missiles").axes[0].texts}


def test_small_unit_with_a_value_gets_a_callout(missiles_labels):
    assert missiles_labels["callout-UA-30"] == "Kyiv City 5"  # too small to hold its own label
    assert "label-UA-30" not in missiles_labels


def test_small_unit_with_zero_gets_no_callout(missiles_labels):
    assert "callout-UA-40" not in missiles_labels  # Sevastopol: zero


def test_no_events_give_a_legend_of_zero_only():
    ax = map_figure(events_frame([]), metric="killed").axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["0 (none reported)"]


def test_no_events_give_an_attribution_of_no_reports():
    fig = map_figure(events_frame([]), metric="killed")
    assert "0 news reports" in {t.get_gid(): t.get_text() for t in fig.texts}["attribution"]


def test_no_events_still_render():
    assert len(render_map(events_frame([]), metric="killed", dpi=30)) > 1000


def test_a_partial_table_is_completed():
    frame = pd.DataFrame({"oblast_iso": ["UA-46", "UA-46"], "killed": [1, 2]})
    fig = map_figure(frame, metric="killed", markers=True)
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert labels["label-UA-46"] == "Lviv\n3"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"metric": "tanks"}, "unknown metric 'tanks'"),
    ({"metric": "drones", "fmt": "gif"}, "unknown image format 'gif'"),
], ids=["metric", "format"])
def test_unknown_metric_and_format_raise(events, kwargs, message):
    with pytest.raises(ValueError, match=message):
        render_map(events, **kwargs)


SKEWED = np.array([0] * 15 + [1, 2, 2, 3, 5, 8, 9, 12, 30, 40, 111, 400])


def test_skewed_counts_zero_class_first():
    classes = classify(SKEWED)
    assert classes.labels[0] == "0 (none reported)" and classes.colours[0] == ZERO_COLOUR


def test_skewed_counts_get_five_classes_and_zero():
    assert len(classify(SKEWED).labels) == 6  # zero + 5


def test_skewed_counts_only_zeros_in_the_zero_class():
    classes = classify(SKEWED)
    assert (classes.index[SKEWED == 0] == 0).all() and (classes.index[SKEWED > 0] > 0).all()


def test_skewed_counts_top_class_holds_the_maximum():
    classes = classify(SKEWED)
    assert classes.index[SKEWED.argmax()] == 5 and classes.labels[-1].endswith("400")


def test_skewed_counts_classes_follow_the_values():
    classes = classify(SKEWED)
    assert np.all(np.diff(classes.index[np.argsort(SKEWED, kind="stable")]) >= 0)


def test_skewed_counts_classes_are_contiguous_integer_ranges():
    # contiguous integer ranges: each class starts one above the last one's top
    bounds = [lab.split("–") for lab in classify(SKEWED).labels[1:]]
    assert bounds[0][0] == "1"
    gaps = [(prev, cur) for prev, cur in itertools.pairwise(bounds)
            if int(cur[0].replace(",", "")) != int(prev[-1].replace(",", "")) + 1]
    assert gaps == []


def test_few_distinct_values_get_a_class_each():
    classes = classify(pd.Series([0, 0, 111, 4, 4]))
    assert classes.labels == ("0 (none reported)", "1–4", "5–111")
    assert list(classes.index) == [0, 0, 2, 1, 1]


def test_describe_with_asked_dates(events):
    text = describe(events, "killed", date_from="2025-11-25", date_to="2025-11-25")
    assert text == "25 Nov 2025 · Total 6 people killed in 3 of 27 regions"


def test_same_bytes_across_processes(events, tmp_path):
    """Another process (another hash seed) draws the same bytes as this one."""
    import hashlib
    import os
    import subprocess
    import sys

    script = (
        "import hashlib\n"
        "from geo.event_files import load_events\n"
        "from geo.static import render_map\n"
        f"ev = load_events([{str(DATA / 'reports.json')!r}])\n"
        "for fmt in ('png', 'svg', 'pdf'):\n"
        "    data = render_map(ev, metric='drones', markers=True, fmt=fmt, dpi=30)\n"
        "    print(fmt, hashlib.sha256(data).hexdigest())\n"
    )
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": seed}, cwd=tmp_path,
                          timeout=120, check=True)
    here = ""
    for fmt in ("png", "svg", "pdf"):
        data = render_map(events, metric="drones", markers=True, fmt=fmt, dpi=30)
        here += f"{fmt} {hashlib.sha256(data).hexdigest()}\n"
    assert proc.stdout == here


def _mostly_undated() -> pd.DataFrame:
    """Eight people killed: one on 6 Dec, seven in events of an undated report."""
    def ev(i, day, place, lat, lon, iso, killed):
        return {"id": i, "date": day, "place": place, "place_kind": "settlement", "lat": lat,
                "lon": lon, "oblast": None, "oblast_iso": iso, "geo_precision": 1,
                "weapon": "drone", "killed": killed, "sentence": "s", "start": 0, "end": 1}

    dated = {"article": {"id": "a", "source": "a", "published": None, "title": None},
             "mentions": [], "events": [ev("1", "2025-12-06", "Kharkiv", 49.99, 36.23,
                                           "UA-63", 1)]}
    undated = {"article": {"id": "b", "source": "b", "published": None, "title": None},
               "mentions": [], "events": [ev("2", None, "Sumy", 50.91, 34.8, "UA-59", 7)]}
    return events_frame([dated, undated])


def test_subtitle_says_how_much_is_undated():
    text = describe(_mostly_undated(), "killed")
    assert text == "6 Dec 2025 · Total 8 people killed (7 of them undated) in 2 of 27 regions"


def test_subtitle_of_only_undated_events():
    ev = _mostly_undated()
    ev = ev[ev["date"].isna()]
    assert describe(ev, "killed") == "Dates not stated · Total 7 people killed in 1 of 27 regions"


@pytest.fixture(scope="module")
def selected_fig(events):
    picked = events[events["oblast_iso"].isin(["UA-12", "UA-63"])]
    return map_figure(picked, metric="drones", oblasts=["UA-12", "UA-63"])


def test_units_outside_the_selection_are_hatched_not_zero(selected_fig):
    from geo.static import UNSELECTED_COLOUR

    ax = next(a for a in selected_fig.axes if a.get_label() == "map")
    patches = {p.get_gid(): p for p in ax.get_children() if p.get_gid()}
    lviv = patches["UA-46"]
    assert lviv.get_hatch() and colors.to_hex(lviv.get_facecolor()) == UNSELECTED_COLOUR
    assert not patches["UA-12"].get_hatch()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "not selected"
    assert "0 (none reported)" not in legend  # both selected units have drones


def test_map_zooms_to_the_selection(selected_fig):
    ax = next(a for a in selected_fig.axes if a.get_label() == "map")
    units = {u.iso: u for u in _units()[0]}
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    view = shapely.box(x0, y0, x1, y1)
    assert view.contains(units["UA-12"].geometry) and view.contains(units["UA-63"].geometry)
    assert not view.intersects(units["UA-07"].geometry)  # Volyn, far west: out of the frame
    texts = {t.get_gid(): t.get_text() for t in selected_fig.texts}
    assert texts["subtitle"].endswith("in 2 of 2 selected regions")


def test_subtitle_of_one_selected_region(events):
    text = describe(events[events["oblast_iso"] == "UA-12"], "drones", oblasts=["UA-12"])
    assert text.endswith("in 1 of 1 selected region")
