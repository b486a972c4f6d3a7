"""`python -m geo render` and `export`: every INPUT form, filters, and one-line errors."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from matplotlib.image import imread

from extract.report_files import load_events, read_documents
from geo.cli import main
from geo.event_files import InputError
from geo.static import FIGSIZE

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SEED = ROOT / "data" / "samples" / "seed.txt"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("name", ["reports.json", "reports.jsonl", "reports.geojson"])
def test_every_extract_format_gives_the_same_events(name):
    want = load_events([DATA / "reports.json"])
    got = load_events([DATA / name])
    cols = ["id", "date", "place", "lat", "lon", "oblast_iso", "drones", "killed", "injured",
            "article_id", "source", "published"]
    pd.testing.assert_frame_equal(got[cols], want[cols])


def test_documents_back_to_back(tmp_path):
    assert len(read_documents([DATA / "reports.json"])) == 3


def test_documents_in_a_list(tmp_path):
    docs = read_documents([DATA / "reports.json"])
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps(docs), encoding="utf-8")
    assert read_documents([listed]) == docs


def test_render_png_of_the_asked_size(capsys, tmp_path):
    out = tmp_path / "map.png"
    code, stdout, err = _run(capsys, "render", str(DATA / "reports.jsonl"), "--metric", "drones",
                             "--out", str(out), "--dpi", "40", "--markers", "--title", "T")
    assert code == 0, err
    assert stdout == ""
    img = imread(io.BytesIO(out.read_bytes()), format="png")
    assert img.shape[:2] == (FIGSIZE[1] * 40, FIGSIZE[0] * 40)


@pytest.mark.parametrize("suffix,magic", [(".svg", b"<?xml"), (".pdf", b"%PDF-")])
def test_render_format_follows_the_extension(capsys, tmp_path, suffix, magic):
    out = tmp_path / f"map{suffix}"
    code, _o, err = _run(capsys, "render", str(DATA / "reports.geojson"), "--metric", "killed",
                         "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(magic)


def test_render_date_filter_in_subtitle(capsys, tmp_path, monkeypatch):
    seen = {}

    def fake_render(events, **kw):
        seen.update(kw, n=len(events))
        return b"png"

    monkeypatch.setattr("geo.render_cli.render_map", fake_render)
    code, _o, err = _run(capsys, "render", str(DATA / "reports.json"), "--metric", "injured",
                         "--from", "2025-11-25", "--to", "2025-11-26",
                         "--out", str(tmp_path / "m.png"))
    assert code == 0, err
    assert seen["n"] == 5 and seen["fmt"] == "png" and seen["dpi"] == 200
    assert seen["subtitle"] == (
        "25 Nov 2025 – 26 Nov 2025 · Total 11 people injured in 2 of 27 regions"
    )


def test_render_and_dashboard_share_one_date_rule(capsys, tmp_path, monkeypatch):
    """--from/--to keep undated events, as the dashboard's date filter does, and the
    subtitle counts them apart."""
    from geo import view
    from geo.event_table import events_frame

    doc = {"article": {"id": "u", "source": "s", "published": None, "title": None},
           "mentions": [], "events": [
               {"id": str(i), "date": day, "place": "Sumy", "place_kind": "settlement",
                "lat": 50.91, "lon": 34.8, "oblast": None, "oblast_iso": "UA-59",
                "geo_precision": 1, "weapon": "drone", "killed": k, "sentence": "s",
                "start": 0, "end": 1}
               for i, (day, k) in enumerate([("2025-12-06", 1), (None, 7), ("2025-11-01", 5)])]}
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    seen = {}

    def fake_render(events, **kw):
        seen.update(kw, ids=sorted(events["id"]))
        return b"png"

    monkeypatch.setattr("geo.render_cli.render_map", fake_render)
    code, _o, err = _run(capsys, "render", str(path), "--metric", "killed", "--from",
                         "2025-12-01", "--out", str(tmp_path / "m.png"))
    assert code == 0, err
    assert seen["ids"] == ["0", "1"]
    shown = view.filter_events(events_frame([doc]), view.View(start=__import__(
        "datetime").date(2025, 12, 1)))
    assert sorted(shown["id"]) == seen["ids"]
    assert seen["subtitle"] == (
        "From 1 Dec 2025 · Total 8 people killed (7 of them undated) in 1 of 27 regions")


def test_render_one_oblast(capsys, tmp_path, monkeypatch):
    seen = {}

    def fake_render(events, **kw):
        seen.update(kw, isos=set(events["oblast_iso"]))
        return b"png"

    monkeypatch.setattr("geo.render_cli.render_map", fake_render)
    code, _o, err = _run(capsys, "render", str(DATA / "reports.json"), "--oblast", "ua-12",
                         "--out", str(tmp_path / "m.png"))
    assert code == 0, err
    assert seen["isos"] == {"UA-12"} and seen["oblasts"] == ("UA-12",)
    assert seen["subtitle"].endswith("in 1 of 1 selected region")


@pytest.mark.parametrize(("name", "read", "rows"), [
    ("e.geojson", gpd.read_file, 8),
    ("e.csv", pd.read_csv, 8),
    ("all.gpkg", lambda path: gpd.read_file(path, layer="oblasts"), 27),
], ids=["geojson", "csv", "geopackage"])
def test_export_every_format(capsys, tmp_path, name, read, rows):
    code, _o, err = _run(capsys, "export", str(DATA / "reports.json"),
                         "--out", str(tmp_path / name))
    assert code == 0, err
    assert len(read(tmp_path / name)) == rows


def test_export_the_oblasts_layer(capsys, tmp_path):
    code, _o, err = _run(capsys, "export", str(DATA / "reports.json"), "--layer", "oblasts",
                         "--out", str(tmp_path / "u.csv"))
    assert code == 0, err
    units = pd.read_csv(tmp_path / "u.csv")
    assert len(units) == 27 and units["drones"].sum() == 193


def test_export_date_filter(capsys, tmp_path):
    out = tmp_path / "day.csv"
    code, _o, err = _run(capsys, "export", str(DATA / "reports.json"), "--from", "2025-11-25",
                         "--to", "2025-11-25", "--out", str(out))
    assert code == 0, err
    assert list(pd.read_csv(out)["place"]) == ["Kharkiv", "Odesa", "Kyiv", "Lviv"]


def test_folder_of_extraction_files(capsys, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(DATA / "reports.jsonl", folder / "a.jsonl")
    (folder / ".hidden.json").write_text("not json", encoding="utf-8")
    events = load_events([folder])
    assert len(events) == 8


@pytest.mark.parametrize(
    "argv,message",
    [
        (["render", "{missing}", "--metric", "drones"], "no such file or folder"),
        (["render", "{bad}", "--metric", "drones"], "malformed JSON at line 1 column"),
        (["render", "{good}", "--metric", "tanks"], "unknown metric 'tanks'"),
        (["render", "{good}", "--metric", "drones", "--from", "24/11/2025"], "not a date"),
        (["render", "{notdoc}", "--metric", "drones"], "not extraction output"),
        (["export", "{missing}"], "no such file or folder"),
        (["export", "{bad}"], "malformed JSON"),
    ],
)
def test_bad_input_gives_one_error_line_and_status_2(capsys, tmp_path, argv, message):
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": {"id": 1}, "events": [', encoding="utf-8")
    notdoc = tmp_path / "other.geojson"
    notdoc.write_text('{"hello": "world"}', encoding="utf-8")
    paths = {"missing": tmp_path / "nope.json", "bad": bad, "good": DATA / "reports.json",
             "notdoc": notdoc}
    args = [a.format(**paths) for a in argv]
    suffix = ".png" if argv[0] == "render" else ".geojson"
    code, out, err = _run(capsys, *args, "--out", str(tmp_path / f"out{suffix}"))
    assert code == 2
    assert message in _one_error_line(err)
    assert out == ""
    assert not (tmp_path / f"out{suffix}").exists()


@pytest.mark.parametrize("out", ["map.gif", "map"])
def test_unknown_output_format(capsys, tmp_path, out):
    code, _o, err = _run(capsys, "render", str(DATA / "reports.json"), "--out",
                         str(tmp_path / out))
    assert code == 2 and "unknown image format" in _one_error_line(err)


def test_the_real_command_reports_a_missing_file(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "render", str(tmp_path / "missing.json"),
         "--metric", "drones", "--out", str(tmp_path / "m.png")],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / 'missing.json'}: no such file or folder"


def test_input_error_names_the_file(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.jsonl: empty file"):
        read_documents([empty])


@pytest.fixture()
def seed_folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    return folder


def test_reports_are_extracted_on_the_fly(seed_folder):
    events = load_events([seed_folder])
    assert "UA-12" in set(events["oblast_iso"])
    top = events.groupby("oblast_iso")["drones"].sum().idxmax()
    assert top == "UA-12"  # Dnipropetrovsk: "at least 111 drones ... Dnipro region"


def test_a_report_is_rendered_straight_away(capsys, tmp_path, seed_folder):
    out = tmp_path / "seed.png"
    code, _o, err = _run(capsys, "render", str(seed_folder / "seed.txt"), "--metric", "drones",
                         "--out", str(out), "--dpi", "30")
    assert code == 0, err
    assert out.stat().st_size > 1000
