"""Small multiples: `geo render --by day|week`, one map per period in a grid on one scale."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geo import static
from geo.cli import main
from geo.event_table import events_frame
from tests.test_maps import _doc, _event

#: 15 Nov 2025 is a Saturday: these days fall in the ISO weeks of 10, 17 and 24 Nov.
DAYS = ["2025-11-15", "2025-11-17", "2025-11-18", "2025-11-20", "2025-11-26"]


def _docs() -> list[dict[str, object]]:
    events = [_event(id=f"e{i}", date=day, drones=5 + i) for i, day in enumerate(DAYS)]
    events.append(_event(id="undated", date=None, drones=100))
    doc = _doc(events)
    doc["article"]["published"] = None  # type: ignore[index]
    return [doc]


@pytest.fixture()
def reports(tmp_path: Path) -> Path:
    path = tmp_path / "reports.json"
    path.write_text(json.dumps(_docs()), encoding="utf-8")
    return path


def _render(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_by_week_draws_one_panel_per_week(capsys, reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "weeks.svg"
    code, err = _render(capsys, "render", str(reports), "--metric", "drones", "--by", "week",
                        "--out", str(out))
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert svg.count('id="panel-title-') == 3


def test_by_day_spans_every_day_from_first_to_last(capsys, reports: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "days.svg"
    code, err = _render(capsys, "render", str(reports), "--by", "day", "--out", str(out))
    assert code == 0, err
    assert out.read_text(encoding="utf-8").count('id="panel-title-') == 12  # 15-26 Nov


def test_panels_share_one_scale_and_say_what_was_left_out() -> None:
    fig = static.small_multiples_figure(events_frame(_docs()), metric="drones", by="week")
    panels = [a for a in fig.axes if a.get_label().startswith("panel-")]
    assert [a.get_label() for a in panels] == ["panel-0", "panel-1", "panel-2"]
    texts = {t.get_gid(): t.get_text() for a in [fig, *panels] for t in a.texts}
    assert texts["panel-title-0"] == "Week of 10 Nov 2025"
    assert texts["panel-total-1"] == "21"  # 6 + 7 + 8 drones in the week of 17 Nov
    assert "1 undated event not shown" in texts["subtitle"]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend[0] == "0 (none reported)"


def test_week_starts_on_monday() -> None:
    frame = events_frame(_docs())
    weeks = static.periods(frame, "week").dropna().dt.strftime("%Y-%m-%d").tolist()
    assert sorted(set(weeks)) == ["2025-11-10", "2025-11-17", "2025-11-24"]


def test_too_many_panels_is_a_clear_error(capsys, tmp_path: Path) -> None:
    docs = [_doc([_event(id="a", date="2025-01-01"), _event(id="b", date="2025-12-31")])]
    path = tmp_path / "year.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    code, err = _render(capsys, "render", str(path), "--by", "day",
                        "--out", str(tmp_path / "x.png"))
    assert code == 2
    assert "365 days" in err and "at most 48 panels" in err


def test_undated_only_is_a_clear_error() -> None:
    docs = _docs()
    docs[0]["events"] = [e for e in docs[0]["events"] if e["id"] == "undated"]  # type: ignore
    with pytest.raises(ValueError, match="no dated events"):
        static.render_small_multiples(events_frame(docs), metric="drones", by="day")


def test_markers_and_by_refused(capsys, reports: Path, tmp_path: Path) -> None:
    code, err = _render(capsys, "render", str(reports), "--by", "day", "--markers",
                        "--out", str(tmp_path / "x.png"))
    assert code == 2 and "--markers and --by" in err


def test_unknown_period_refused() -> None:
    with pytest.raises(ValueError, match="unknown period"):
        static.periods(pd.DataFrame({"date": []}), "month")
