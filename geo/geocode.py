"""Geocoding chain: the offline gazetteer first, geopy's Nominatim only when enabled.

Nominatim is reached through geopy's RateLimiter (one request a second at most) and an on-disk
cache keyed by a hash of the query, so no name is asked twice and reruns work offline. An
exception is never cached; a "not found" answer is.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from geo import settings
from geo.gazetteer import Gazetteer, default_gazetteer

log = logging.getLogger(__name__)


class GeopyGeocoder(Protocol):
    """What we use of a geopy geocoder (tests pass a fake one in)."""

    def geocode(self, query: str, *args: Any, **kwargs: Any) -> Any: ...


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    query: str
    name: str
    kind: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    oblast: str | None
    oblast_iso: str | None
    population: int | None
    match: str
    source: str
    in_ukraine: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Geocoder:
    """Offline gazetteer lookup, then (if enabled) Nominatim, cached on disk."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        online: bool | None = None,
        geocoder: GeopyGeocoder | None = None,
        cache_dir: Path | None = None,
        min_delay_seconds: float | None = None,
    ) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.online = settings.NOMINATIM_ENABLED if online is None else online
        self._geopy = geocoder
        self._limited: Any = None
        self.cache_dir = (cache_dir or settings.CACHE_DIR) / "nominatim"
        self.min_delay = (
            settings.NOMINATIM_MIN_DELAY if min_delay_seconds is None else min_delay_seconds
        )

    def geocode(self, name: str, *, oblast_hint: str | None = None) -> GeocodeResult | None:
        """The best place for a name, or None when nothing places it."""
        found = self.gazetteer.lookup(name, oblast_hint=oblast_hint)
        if found:
            best = found[0]
            p = best.place
            return GeocodeResult(
                query=name,
                name=p.name,
                kind=p.kind,
                geonameid=p.geonameid,
                lat=p.lat,
                lon=p.lon,
                oblast=self.gazetteer.unit_names.get(p.oblast_iso or ""),
                oblast_iso=p.oblast_iso,
                population=p.population,
                match=best.match,
                source="gazetteer",
                in_ukraine=p.in_ukraine,
            )
        if self.online:
            return self._nominatim(name)
        return None

    # -- Nominatim -------------------------------------------------------------------------
    def _nominatim(self, name: str) -> GeocodeResult | None:
        answer = self._cached_query(name)
        if answer is None:
            return None
        from geo.units import load_units, point_unit  # deferred: geopandas, online answers only

        lat, lon = float(answer["lat"]), float(answer["lon"])
        iso = point_unit(lat, lon)
        names = dict(zip(load_units()["iso"], load_units()["name"], strict=True))
        return GeocodeResult(
            query=name,
            name=answer["name"],
            kind=answer.get("kind") or "other",
            geonameid=None,
            lat=lat,
            lon=lon,
            oblast=names.get(iso or ""),
            oblast_iso=iso,
            population=None,
            match="exact",
            source="nominatim",
            in_ukraine=iso is not None,
        )

    def _cached_query(self, name: str) -> dict[str, Any] | None:
        key = hashlib.sha1(f"nominatim|ua|{name.strip().lower()}".encode()).hexdigest()
        path = self.cache_dir / f"{key}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["answer"]
        location = self._rate_limited()(name, country_codes="ua", exactly_one=True)
        answer = None
        if location is not None:
            raw = getattr(location, "raw", {}) or {}
            answer = {
                "name": raw.get("name") or str(location.address).split(",")[0],
                "lat": location.latitude,
                "lon": location.longitude,
                "kind": _nominatim_kind(raw),
            }
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"query": name, "answer": answer}), encoding="utf-8")
        return answer

    def _rate_limited(self) -> Any:
        if self._limited is None:
            from geopy.extra.rate_limiter import RateLimiter

            if self._geopy is None:
                from geopy.geocoders import Nominatim

                self._geopy = Nominatim(user_agent=settings.USER_AGENT, timeout=10)
            # Errors propagate (swallow_exceptions=False) so that a failure is never cached.
            self._limited = RateLimiter(
                self._geopy.geocode,
                min_delay_seconds=self.min_delay,
                max_retries=1,
                swallow_exceptions=False,
            )
        return self._limited


def _nominatim_kind(raw: dict[str, Any]) -> str:
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    if kind in ("city", "town", "village", "hamlet", "suburb"):
        return "settlement"
    if kind == "state":
        return "oblast"
    if kind in ("district", "county"):
        return "raion"
    return "other"
