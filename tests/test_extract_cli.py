"""`python -m extract` driven as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "seed.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120)


def test_one_file_prints_one_json_document(tmp_path: Path) -> None:
    report = tmp_path / "seed.txt"
    report.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run(str(report), "--published", "2025-11-24")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"article", "mentions", "events"}
    assert doc["article"]["published"] == "2025-11-24"
    assert doc["article"]["source"] == str(report)
    ev = next(e for e in doc["events"] if e["place_kind"] == "oblast")
    assert (ev["oblast_iso"], ev["drones"], ev["killed"], ev["injured"]) == ("UA-12", 111, 2, 3)


def test_folder_jsonl_and_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": "Russian shelling hit Kherson, "
                                                 "killing two people.", "published":
                                                 "2025-11-20"}), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.json").write_text("{not json", encoding="utf-8")
    proc = run("--format", "jsonl", str(tmp_path))
    assert proc.returncode == 0
    docs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(docs) == 2
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 2
    assert any("c.txt" in e and "empty" in e for e in errors)
    assert any("d.json" in e and "malformed JSON" in e for e in errors)
    kherson = docs[1]["events"][0]
    assert (kherson["place"], kherson["killed"], kherson["date"]) == ("Kherson", 2, "2025-11-20")


def test_stdin_csv_and_geojson() -> None:
    text = b"Russian drones struck Odesa overnight, injuring five people."
    proc = run("-", "--format", "csv", "--published", "2025-11-24", stdin=text)
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [(r["place"], r["injured"], r["weapon"]) for r in rows] == [("Odesa", "5", "drone")]
    proc = run("-", "--format", "geojson", stdin=text)
    collection = json.loads(proc.stdout)
    (feature,) = collection["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert 30 < lon < 31 and 46 < lat < 47


def test_only_failures_exit_1(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"\x00\x00binary")
    proc = run(str(tmp_path / "e.txt"))
    assert proc.returncode == 1
    assert b"binary" in proc.stderr


def test_sidecar_metadata_and_folder_walk() -> None:
    """data/samples/seed.txt carries its date and title in seed.meta.json, which is no report."""
    proc = run(str(SEED.parent))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["article"]["published"] == "2025-12-03"
    assert doc["article"]["title"].startswith("Putin initiates")
    assert {e["date"] for e in doc["events"]} == {"2025-12-03"}
