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

from geo.events import events_frame
from geo.inputs import load_events
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


def test_png_has_the_asked_size_and_is_not_blank(events):
    img = _png(render_map(events, metric="drones", dpi=60))
    assert img.shape[:2] == (round(FIGSIZE[1] * 60), round(FIGSIZE[0] * 60))
    rgb = img[..., :3].reshape(-1, 3)
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


@pytest.mark.parametrize("dpi", [100, 150])
def test_top_unit_has_top_colour_and_zero_unit_zero_colour(events, dpi):
    metric = "drones"
    fig = map_figure(events, metric=metric)
    from geo.units import aggregate

    totals = aggregate(events)
    classes = classify(totals[metric])
    top_iso = totals.loc[totals[metric].idxmax(), "iso"]
    assert top_iso == "UA-12"  # Dnipropetrovsk: 111 + 4 drones
    zero_iso = "UA-05"  # Vinnytsia: no events
    assert totals.set_index("iso").loc[zero_iso, metric] == 0
    units = {u.iso: u for u in _units()[0]}
    top_xy = _clear_point(fig, units[top_iso])
    zero_xy = _clear_point(fig, units[zero_iso])

    img = _png(render_map(events, metric=metric, dpi=dpi))
    scale = dpi / fig.dpi
    np.testing.assert_allclose(_pixel(img, *top_xy, scale), colors.to_rgb(classes.top_colour),
                               atol=2 / 255)
    np.testing.assert_allclose(_pixel(img, *zero_xy, scale), colors.to_rgb(ZERO_COLOUR),
                               atol=2 / 255)


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


def test_title_subtitle_attribution_and_legend(events):
    fig = map_figure(events, metric="drones")
    texts = {t.get_gid(): t.get_text() for t in fig.texts}
    assert texts["title"] == "Drones launched by oblast"
    assert texts["subtitle"] == (
        "24 Nov 2025 – 26 Nov 2025 · Total 193 drones launched in 6 of 27 regions"
    )
    attribution = texts["attribution"]
    assert "GeoNames" in attribution and "Natural Earth" in attribution
    assert "3 news reports" in attribution
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "31–115" and legend[-1] == "0 (none reported)"
    labels = {t.get_gid(): t.get_text() for t in ax.texts}
    assert labels["label-UA-12"] == "Dnipropetrovsk\n115"


def test_custom_title_and_subtitle(events):
    fig = map_figure(events, metric="events", title="Strikes", subtitle="Filtered: drones")
    texts = {t.get_gid(): t.get_text() for t in fig.texts}
    assert (texts["title"], texts["subtitle"]) == ("Strikes", "Filtered: drones")


def test_markers_sized_and_largest_labelled(events):
    fig = map_figure(events, metric="drones", markers=True)
    ax = fig.axes[0]
    notes = sorted((t.get_gid(), t.get_text()) for t in ax.texts
                   if (t.get_gid() or "").startswith("marker-label"))
    # Oblast-wide events (Dnipropetrovsk, 111) have no place; Kramatorsk names no drones.
    assert [text for _gid, text in notes] == ["Kyiv 30", "Kharkiv 25", "Odesa 12",
                                              "Zaporizhzhia 8", "Dnipro 4"]
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
    for text in labelled:
        box = text.get_window_extent(renderer)
        (x0, y0), (x1, y1) = to_data.transform([[box.x0, box.y0], [box.x1, box.y1]])
        assert units[text.get_gid()[6:]].geometry.contains(shapely.box(x0, y0, x1, y1))


def test_small_unit_with_a_value_gets_a_callout(events):
    fig = map_figure(events, metric="missiles")
    texts = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert texts["callout-UA-30"] == "Kyiv City 5"  # too small to hold its own label
    assert "label-UA-30" not in texts and "callout-UA-40" not in texts  # Sevastopol: zero


def test_no_events_gives_an_all_zero_map():
    empty = events_frame([])
    fig = map_figure(empty, metric="killed")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["0 (none reported)"]
    assert "0 news reports" in {t.get_gid(): t.get_text() for t in fig.texts}["attribution"]
    assert len(render_map(empty, metric="killed", dpi=30)) > 1000


def test_a_partial_table_is_completed():
    frame = pd.DataFrame({"oblast_iso": ["UA-46", "UA-46"], "killed": [1, 2]})
    fig = map_figure(frame, metric="killed", markers=True)
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert labels["label-UA-46"] == "Lviv\n3"


def test_unknown_metric_and_format_raise(events):
    with pytest.raises(ValueError, match="unknown metric 'tanks'"):
        render_map(events, metric="tanks")
    with pytest.raises(ValueError, match="unknown image format 'gif'"):
        render_map(events, metric="drones", fmt="gif")


def test_classes_suit_skewed_counts():
    values = np.array([0] * 15 + [1, 2, 2, 3, 5, 8, 9, 12, 30, 40, 111, 400])
    classes = classify(values)
    assert classes.labels[0] == "0 (none reported)" and classes.colours[0] == ZERO_COLOUR
    assert len(classes.labels) == 6  # zero + 5
    assert (classes.index[values == 0] == 0).all() and (classes.index[values > 0] > 0).all()
    assert classes.index[values.argmax()] == 5 and classes.labels[-1].endswith("400")
    assert np.all(np.diff(classes.index[np.argsort(values, kind="stable")]) >= 0)
    # contiguous integer ranges: each class starts one above the last one's top
    bounds = [lab.split("–") for lab in classes.labels[1:]]
    assert bounds[0][0] == "1"
    for prev, cur in itertools.pairwise(bounds):
        assert int(cur[0].replace(",", "")) == int(prev[-1].replace(",", "")) + 1


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
        "from geo.inputs import load_events\n"
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
