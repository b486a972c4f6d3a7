"""`python -m extract` driven as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[bytes]:
    """A folder of two readable reports and two unreadable files, read once as JSON lines."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"text": "Russian shelling hit Kherson, "
                                               "killing two people.", "published":
                                               "2025-11-20"}), encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.json").write_text("{not json", encoding="utf-8")
    return run("--format", "jsonl", str(folder))


def test_folder_prints_one_line_per_readable_report(
        folder_run: subprocess.CompletedProcess[bytes]) -> None:
    assert folder_run.returncode == 1  # two inputs failed: said by the exit status too
    docs = [json.loads(line) for line in folder_run.stdout.decode().splitlines()]
    assert len(docs) == 2


def test_folder_reports_one_error_line_per_unreadable_file(
        folder_run: subprocess.CompletedProcess[bytes]) -> None:
    assert len(folder_run.stderr.decode().strip().splitlines()) == 2


@pytest.mark.parametrize(("file", "message"), [("c.txt", "empty"), ("d.json", "malformed JSON")])
def test_folder_says_why_a_file_is_unreadable(folder_run: subprocess.CompletedProcess[bytes],
                                              file: str, message: str) -> None:
    errors = folder_run.stderr.decode().strip().splitlines()
    assert any(file in e and message in e for e in errors)


def test_folder_json_report_keeps_its_date(folder_run: subprocess.CompletedProcess[bytes]) -> None:
    docs = [json.loads(line) for line in folder_run.stdout.decode().splitlines()]
    kherson = docs[1]["events"][0]
    assert (kherson["place"], kherson["killed"], kherson["date"]) == ("Kherson", 2, "2025-11-20")


ODESA = b"Russian drones struck Odesa overnight, injuring five people."


def test_stdin_csv() -> None:
    proc = run("-", "--format", "csv", "--published", "2025-11-24", stdin=ODESA)
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [(r["place"], r["injured"], r["weapon"]) for r in rows] == [("Odesa", "5", "drone")]


def test_stdin_geojson() -> None:
    proc = run("-", "--format", "geojson", stdin=ODESA)
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


def test_csv_cells_cannot_run_as_formulas() -> None:
    """A report whose sentence starts like a formula reaches the CSV as text ('=...)."""
    report = b"=HYPERLINK(\"http://evil\",\"x\") Russian drones struck Odesa overnight."
    proc = run("-", "--format", "csv", "--published", "2025-11-24", stdin=report)
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert rows, proc.stderr
    assert rows[0]["sentence"].startswith("'=HYPERLINK")
    assert all(not v.startswith(("=", "+", "@")) for row in rows for v in row.values() if v)


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45", "24.11.2025"])
def test_a_published_date_that_is_no_date_is_refused(value: str) -> None:
    proc = run("-", "--published", value, stdin=ODESA)
    assert proc.returncode == 2
    assert f"{value!r} is not a date" in proc.stderr.decode()


def test_ingest_refuses_a_published_date_that_is_no_date(tmp_path: Path) -> None:
    proc = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.gpkg"), "--published",
               "yesterday")
    assert proc.returncode == 2 and "'yesterday' is not a date" in proc.stderr.decode()


def test_an_unreadable_folder_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import os

    from extract.cli import main

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Russian drones struck Odesa.", encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert main([str(locked)]) == 1
    assert f"error: {locked}: cannot read the folder (Permission denied)" in capsys.readouterr().err


def test_a_damaged_byte_is_said_and_the_rest_extracted(tmp_path: Path) -> None:
    text = ("Російські дрони атакували Одесу вночі, поранені п'ятеро людей. " * 5).encode()
    path = tmp_path / "uk.txt"
    path.write_bytes(text[:40] + b"\xfe" + text[40:])
    proc = run(str(path), "--published", "2025-11-24")
    assert proc.returncode == 0, proc.stderr
    assert "not valid UTF-8" in proc.stderr.decode()
    assert json.loads(proc.stdout)["article"]["lang"] == "uk"


def test_a_fault_on_one_report_is_said_and_the_others_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An extractor fault on one text loses only that text (the run used to end with a
    traceback and no output at all)."""
    import extract.pipeline
    from extract.cli import main

    real = extract.pipeline.extract_text

    def faulty(text: str, **kw: object) -> object:
        if "Odesa" in text:
            raise IndexError("list index out of range")
        return real(text, **kw)

    monkeypatch.setattr(extract.pipeline, "extract_text", faulty)
    for name, city in (("a.txt", "Kherson"), ("b.txt", "Odesa"), ("c.txt", "Sumy")):
        (tmp_path / name).write_text(f"A Russian drone hit {city}, killing one person.",
                                     encoding="utf-8")
    assert main(["--format", "jsonl", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    cities = [json.loads(line)["mentions"][0]["name"] for line in out.splitlines()]
    assert cities == ["Kherson", "Sumy"]
    assert "b.txt: extraction failed (IndexError: list index out of range)" in err
