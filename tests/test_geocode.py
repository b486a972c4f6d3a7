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


@pytest.fixture()
def bilozerske() -> FakeNominatim:
    return FakeNominatim(
        {
            "Bilozerske": FakeLocation(
                48.51,
                37.06,
                "Bilozerske, Kramatorsk Raion, Donetsk Oblast",
                {"name": "Bilozerske", "addresstype": "town"},
            ),
        }
    )


def _online(gazetteer: Gazetteer, fake: FakeNominatim, cache_dir: Path) -> Geocoder:
    return Geocoder(gazetteer, online=True, geocoder=fake, cache_dir=cache_dir,
                    min_delay_seconds=0)


def test_nominatim_fallback_is_joined_to_a_unit(tiny_gazetteer: Gazetteer, tmp_path: Path,
                                                bilozerske: FakeNominatim) -> None:
    first = _online(tiny_gazetteer, bilozerske, tmp_path).geocode("Bilozerske")
    assert first is not None
    assert (first.source, first.oblast_iso, first.kind) == ("nominatim", "UA-14", "settlement")


def test_nominatim_finding_nothing_gives_none(tiny_gazetteer: Gazetteer, tmp_path: Path,
                                              bilozerske: FakeNominatim) -> None:
    assert _online(tiny_gazetteer, bilozerske, tmp_path).geocode("Nowhere-at-all") is None


@pytest.mark.parametrize("name", ["Bilozerske", "Nowhere-at-all"], ids=["found", "not-found"])
def test_nominatim_answers_are_cached(tiny_gazetteer: Gazetteer, tmp_path: Path,
                                      bilozerske: FakeNominatim, name: str) -> None:
    first = _online(tiny_gazetteer, bilozerske, tmp_path).geocode(name)
    # A second geocoder with the same cache asks nothing again, found or not.
    again = _online(tiny_gazetteer, bilozerske, tmp_path)
    assert again.geocode(name) == first
    assert bilozerske.calls == [name]


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


CLI_NAMES = [
    # query, oblast_iso, match
    ("Kramatorsk", "UA-14", "exact"),
    ("Krematorsk", "UA-14", "fuzzy"),
    ("Dnipro region", "UA-12", "alternate"),
    ("Lyman", "UA-14", "exact"),
    ("Kiev", "UA-30", "alternate"),
    ("Краматорськ", "UA-14", "exact"),  # its own Ukrainian name (data/name_forms.py)
]


@pytest.fixture(scope="module")
def cli_rows() -> list[dict[str, Any]]:
    """`python -m geo geocode` run once on every name of CLI_NAMES."""
    proc = _cli(*(query for query, _iso, _match in CLI_NAMES))
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_cli_prints_one_line_per_name(cli_rows: list[dict[str, Any]]) -> None:
    assert [r["query"] for r in cli_rows] == [query for query, _iso, _match in CLI_NAMES]


@pytest.mark.parametrize(("index", "iso", "match"),
                         [(i, iso, match) for i, (_q, iso, match) in enumerate(CLI_NAMES)],
                         ids=[query for query, _iso, _match in CLI_NAMES])
def test_cli_places_each_name(cli_rows: list[dict[str, Any]], index: int, iso: str,
                              match: str) -> None:
    assert (cli_rows[index]["oblast_iso"], cli_rows[index]["match"]) == (iso, match)


def test_cli_region_is_an_oblast(cli_rows: list[dict[str, Any]]) -> None:
    assert cli_rows[2]["kind"] == "oblast"


def test_cli_rows_carry_every_field(cli_rows: list[dict[str, Any]]) -> None:
    rows = cli_rows
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
