"""Settings for Strikemap: data paths, cache folder, online geocoding, CRS.

Plain typed module globals, read once from the environment, so the app, the CLIs and the tests
share one place to change them (tests may assign to them directly).
"""

from __future__ import annotations

import os
from pathlib import Path

#: Folder with the reference data (units, gazetteer, samples).
DATA_DIR: Path = Path(
    os.environ.get("STRIKEMAP_DATA_DIR", Path(__file__).resolve().parent.parent / "data")
)

#: Folder for caches (Nominatim answers); outside the repository.
CACHE_DIR: Path = Path(os.environ.get("STRIKEMAP_CACHE_DIR", Path.home() / ".cache" / "strikemap"))

#: Online geocoding is off unless the user turns it on: the default path needs no network.
NOMINATIM_ENABLED: bool = os.environ.get("STRIKEMAP_NOMINATIM", "").lower() in (
    "1",
    "true",
    "yes",
    "on",
)

#: Nominatim's usage policy asks for an identifying user agent.
USER_AGENT: str = os.environ.get(
    "STRIKEMAP_USER_AGENT", "strikemap/0.1 (open strike-mapping tool; https://github.com/strikemap)"
)

#: Seconds between Nominatim requests (the policy allows at most one per second).
NOMINATIM_MIN_DELAY: float = 1.0

#: Fetching reports from the web (`extract.fetch`): polite by default. Seconds between two
#: requests to one host, seconds to connect and between bytes, seconds for a whole body,
#: retries (timeouts, connection errors, 5xx) with their first backoff in seconds (doubling),
#: redirects followed, and the largest body read. Tests lower them.
FETCH_MIN_DELAY: float = float(os.environ.get("STRIKEMAP_FETCH_DELAY", "1.0"))
FETCH_TIMEOUT: float = 20.0
FETCH_TOTAL_TIMEOUT: float = 120.0
FETCH_RETRIES: int = 3
FETCH_BACKOFF: float = 1.0
FETCH_MAX_REDIRECTS: int = 5
FETCH_MAX_BYTES: int = 10 * 1024 * 1024

#: Geographic CRS of every output, and an equal-distance CRS for "within 20 km" checks.
CRS: str = "EPSG:4326"
METRIC_CRS: str = "EPSG:3035"

#: Points outside every unit but this close to one join to it (coarse coasts and borders).
NEAREST_UNIT_MAX_M: float = 20_000.0

UNITS_FILE: Path = DATA_DIR / "ua_units.geojson"
PLACES_FILE: Path = DATA_DIR / "ua_places.json"
WORLD_FILE: Path = DATA_DIR / "world_places.json"
#: The codifier's villages that cities500 lacks, at approximate points (data/README.md).
VILLAGES_FILE: Path = DATA_DIR / "ua_villages.json"
SAMPLES_DIR: Path = DATA_DIR / "samples"
