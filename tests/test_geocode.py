from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from geo.gazetteer import Gazetteer
from geo.geocode import Geocoder

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class FakeLocation:
    latitude: float
    longitude: float
    address: str
    raw: dict[str, Any]


class FakeNominatim:
    """A geopy-compatible geocoder that records its calls instead of using the network."""

    def __init__(self, answers: dict[str, FakeLocation | None]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def geocode(self, query: str, *args: Any, **kwargs: Any) -> FakeLocation | None:
        self.calls.append(query)
        assert kwargs.get("country_codes") == "ua"
        return self.answers.get(query)


def test_offline_first(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    fake = FakeNominatim({})
    geo = Geocoder(
        tiny_gazetteer, online=True, geocoder=fake, cache_dir=tmp_path, min_delay_seconds=0
    )
    assert geo.geocode("Kramatorsk").source == "gazetteer"
    assert fake.calls == []


def test_online_off_by_default(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    fake = FakeNominatim({"Bilozerske": FakeLocation(48.51, 37.06, "Bilozerske, Ukraine", {})})
    geo = Geocoder(tiny_gazetteer, online=False, geocoder=fake, cache_dir=tmp_path)
    assert geo.geocode("Bilozerske") is None
    assert fake.calls == []


def test_nominatim_fallback_is_cached_and_joined(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    fake = FakeNominatim(
        {
            "Bilozerske": FakeLocation(
                48.51,
                37.06,
                "Bilozerske, Kramatorsk Raion, Donetsk Oblast",
                {"name": "Bilozerske", "addresstype": "town"},
            ),
        }
    )
    geo = Geocoder(
        tiny_gazetteer, online=True, geocoder=fake, cache_dir=tmp_path, min_delay_seconds=0
    )
    first = geo.geocode("Bilozerske")
    assert first is not None
    assert (first.source, first.oblast_iso, first.kind) == ("nominatim", "UA-14", "settlement")
    assert geo.geocode("Nowhere-at-all") is None
    # A second geocoder with the same cache asks nothing again, found or not.
    again = Geocoder(
        tiny_gazetteer, online=True, geocoder=fake, cache_dir=tmp_path, min_delay_seconds=0
    )
    assert again.geocode("Bilozerske") == first
    assert again.geocode("Nowhere-at-all") is None
    assert fake.calls == ["Bilozerske", "Nowhere-at-all"]


def test_failures_are_not_cached(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    class Broken(FakeNominatim):
        def geocode(self, query: str, *args: Any, **kwargs: Any) -> FakeLocation | None:
            self.calls.append(query)
            raise TimeoutError("no network")

    broken = Broken({})
    geo = Geocoder(
        tiny_gazetteer, online=True, geocoder=broken, cache_dir=tmp_path, min_delay_seconds=0
    )
    with pytest.raises(Exception):  # noqa: B017 - geopy wraps the error type
        geo.geocode("Bilozerske")
    assert list(tmp_path.rglob("*.json")) == []


def test_rate_limiter_delay_defaults_to_one_second(tiny_gazetteer: Gazetteer) -> None:
    geo = Geocoder(tiny_gazetteer, online=True, geocoder=FakeNominatim({}))
    assert geo.min_delay >= 1.0


def _cli(*names: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", "geocode", *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "STRIKEMAP_NOMINATIM": "0"},
    )


def test_cli_places_each_name() -> None:
    proc = _cli("Kramatorsk", "Krematorsk", "Dnipro region", "Lyman", "Kiev", "Краматорськ")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["oblast_iso"] for r in rows] == ["UA-14", "UA-14", "UA-12", "UA-14", "UA-30", "UA-14"]
    assert [r["match"] for r in rows] == [
        "exact",
        "fuzzy",
        "alternate",
        "exact",
        "alternate",
        "alternate",
    ]
    assert rows[2]["kind"] == "oblast"
    keys = {
        "query",
        "name",
        "kind",
        "geonameid",
        "lat",
        "lon",
        "oblast",
        "oblast_iso",
        "population",
        "match",
        "source",
    }
    assert all(keys <= set(r) for r in rows)


def test_cli_unknown_name_exits_1() -> None:
    proc = _cli("Kyiv", "Qwxzvbn")
    assert proc.returncode == 1
    last = json.loads(proc.stdout.splitlines()[-1])
    assert last == {"query": "Qwxzvbn", "error": "no place found"}
