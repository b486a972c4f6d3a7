"""The offline gazetteer: Ukrainian places and units, and the foreign places news name.

One class holds every name form in an index keyed by `names.name_key`; tests build it from a
handful of places, the app and CLIs load the shipped data once (`default_gazetteer`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

from rapidfuzz.distance import Levenshtein

from geo import names, settings
from geo.cache import cached_build, pin
from geo.names import name_key

log = logging.getLogger(__name__)
#: The code the cached index is built by, as this process loaded it (`geo.cache.pin`).
_CODE = pin(__file__, names.__file__)
_HAS_APOSTROPHE = re.compile(f"[{names.APOSTROPHES}]").search

Match = Literal["exact", "alternate", "fuzzy"]
_MATCH_RANK = {"exact": 0, "alternate": 1, "fuzzy": 2}
_KIND_RANK = {"settlement": 0, "oblast": 1, "raion": 1, "country": 2, "other": 3}


class Place(NamedTuple):
    """A gazetteer entry: a settlement, one of the 27 units, or a foreign place. A named tuple
    rather than a frozen dataclass: the cached gazetteer makes some 30,000 of them at start-up,
    and a tuple is built in a fifth of the time (25 ms less)."""

    geonameid: int | None
    name: str
    kind: str
    lat: float | None
    lon: float | None
    population: int
    oblast_iso: str | None
    country: str = "UA"
    #: geonameid of the city this place is a section of (a district of Kyiv), if any.
    section_of: int | None = None
    #: For a village of the codifier (data/ua_villages.json) the point is approximate: that of
    #: its "hromada", "raion" or "oblast" centre; None for a place's own point.
    approx: str | None = None

    @property
    def in_ukraine(self) -> bool:
        return self.country == "UA"


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    match: Match
    distance: int = 0


class Forms(Mapping[str, list[tuple[int, Match]]]):
    """Name key -> [(place index, match)], stored packed (index * 2 + is-alternate; a lone
    entry as a plain int, no tuple) so that the cached index loads fast; entries are unpacked
    on access."""

    def __init__(self, packed: dict[str, int | tuple[int, ...]]) -> None:
        self.packed = packed

    def __getitem__(self, key: str) -> list[tuple[int, Match]]:
        codes = self.packed[key]
        if type(codes) is int:
            return [(codes >> 1, "alternate" if codes & 1 else "exact")]
        return [(c >> 1, "alternate" if c & 1 else "exact") for c in codes]

    def __contains__(self, key: object) -> bool:
        return key in self.packed

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


class Gazetteer:
    """Name -> places, in any script or case, with or without apostrophes or diacritics."""

    def __init__(self, entries: Iterable[tuple[Place, Iterable[str]]
                                         | tuple[Place, Iterable[str], Iterable[str]]
                                         | tuple[Place, Iterable[str], Iterable[str],
                                                 Iterable[str], Iterable[str]]]) -> None:
        """Each entry: a place, its alternate names, optionally those of them that are
        everyday English words, forms that rank as its own name (the inflected forms of its
        Ukrainian and Russian names: "Харкові", "Харькове") and other forms (of its old names,
        of the raion named after it). The generated forms are looked up, not kept as names."""
        self.places: list[Place] = []
        #: Alternate names of each place, as written.
        self.alternates: list[tuple[str, ...]] = []
        #: Per place, the keys of its names that are also everyday English words.
        self.common: dict[int, frozenset[str]] = {}
        self._building: dict[str, list[tuple[int, Match]]] = {}
        for place, alternates, *rest in entries:
            idx = len(self.places)
            self.places.append(place)
            self.alternates.append(tuple(alternates))
            if rest and rest[0]:
                self.common[idx] = frozenset(name_key(n) for n in rest[0])
            self._add(place.name, idx, "exact")
            for alt in self.alternates[idx]:
                self._add(alt, idx, "alternate")
            for own in rest[1] if len(rest) > 1 else ():
                self._add(own, idx, "exact")
            for other in rest[2] if len(rest) > 2 else ():
                self._add(other, idx, "alternate")
        #: Name key -> [(place index, "exact" or "alternate")].
        self.forms = Forms({k: v[0][0] * 2 + (v[0][1] == "alternate") if len(v) == 1
                            else tuple(i * 2 + (m == "alternate") for i, m in v)
                            for k, v in self._building.items()})
        del self._building
        self.unit_names: dict[str, str] = {
            p.oblast_iso: p.name for p in self.places if p.kind == "oblast" and p.oblast_iso}

    def _add(self, form: str, idx: int, match: Match) -> None:
        key = name_key(form)
        if not key:
            return
        bucket = self._building.setdefault(key, [])
        for i, (other, _m) in enumerate(bucket):
            if other == idx:
                if match == "exact":
                    bucket[i] = (idx, match)
                return
        bucket.append((idx, match))

    def __getstate__(self) -> dict:
        """Compact state: plain tuples pickle and load several times faster than objects."""
        return {"places": [(p.geonameid, p.name, p.kind, p.lat, p.lon, p.population,
                            p.oblast_iso, p.country, p.section_of, p.approx)
                           for p in self.places],
                "alternates": self.alternates, "common": self.common,
                "forms": self.forms.packed}

    def __setstate__(self, state: dict) -> None:
        self.places = list(map(Place._make, state["places"]))
        self.alternates = state["alternates"]
        self.common = state["common"]
        self.forms = Forms(state["forms"])
        self.unit_names = {p.oblast_iso: p.name for p in self.places
                           if p.kind == "oblast" and p.oblast_iso}

    @classmethod
    def from_files(cls, *paths: Path) -> Gazetteer:
        def entries() -> Iterator[tuple[Place, list[str], list[str], list[str], list[str]]]:
            for path in paths:
                for row in json.loads(path.read_text(encoding="utf-8"))["places"]:
                    yield (
                        Place(
                            row["geonameid"],
                            row["name"],
                            row["kind"],
                            row["lat"],
                            row["lon"],
                            row["population"],
                            row.get("oblast_iso"),
                            row.get("country", "UA"),
                            row.get("section_of"),
                            row.get("approx"),
                        ),
                        # generated forms written with an apostrophe ("Куп'янському") are
                        # kept as names too: the matcher looks those up as written
                        [*row["names"], *(f for f in (*row.get("forms", ()),
                                                      *row.get("other_forms", ()))
                                          if _HAS_APOSTROPHE(f))],
                        row.get("common", []),
                        row.get("forms", ()),
                        row.get("other_forms", ()),
                    )

        return cls(entries())

    def by_geonameid(self, geonameid: int) -> Place | None:
        return self._by_id.get(geonameid)

    @cached_property
    def _by_id(self) -> dict[int, Place]:
        return {p.geonameid: p for p in self.places if p.geonameid is not None}

    def unit(self, iso: str) -> Place:
        """The gazetteer entry of one of the 27 units."""
        return self._units[iso]

    @cached_property
    def _units(self) -> dict[str, Place]:
        return {p.oblast_iso: p for p in self.places if p.kind == "oblast" and p.oblast_iso}

    def exact(self, name: str) -> list[Candidate]:
        """Every place one of whose names folds to the same key, unranked."""
        return [Candidate(self.places[i], m) for i, m in self.forms.get(name_key(name), ())]

    def lookup(
        self, name: str, *, oblast_hint: str | None = None, fuzzy: bool = True, limit: int = 10
    ) -> list[Candidate]:
        """Ranked candidates for a name.

        Names rank before near-misses (nearest first); then a place in the hinted oblast, a
        place's own name before another's alternate name (GeoNames lists old and foreign names
        as alternates: "Oleksandrivka" is also an old name of Donetsk), settlements before
        units, then the larger population.
        """
        found = self.exact(name)
        if not found and fuzzy:
            found = self.near(name)
        return sorted(found, key=lambda c: _rank(c, oblast_hint))[:limit]

    def near(self, name: str, *, min_population: int = 0) -> list[Candidate]:
        """Near-misses within a small edit distance (1 up to 8 letters, 2 beyond)."""
        key = name_key(name)
        if len(key) < 5:
            return []
        max_d = 1 if len(key) <= 8 else 2
        out: list[Candidate] = []
        for length in range(len(key) - max_d, len(key) + max_d + 1):
            for form in self._by_length.get(key[0], {}).get(length, ()):
                d = Levenshtein.distance(key, form, score_cutoff=max_d)
                if d > max_d:
                    continue
                for i, _m in self.forms[form]:
                    place = self.places[i]
                    if place.population >= min_population or place.kind == "oblast":
                        out.append(Candidate(place, "fuzzy", d))
        best = min((c.distance for c in out), default=0)
        return [c for c in out if c.distance == best]

    @cached_property
    def _by_length(self) -> dict[str, dict[int, list[str]]]:
        index: dict[str, dict[int, list[str]]] = {}
        for form in self.forms:
            index.setdefault(form[0], {}).setdefault(len(form), []).append(form)
        return index


def _rank(c: Candidate, oblast_hint: str | None) -> tuple[int, int, int, int, int, int]:
    p = c.place
    return (
        c.match == "fuzzy",
        c.distance,
        0 if oblast_hint and p.oblast_iso == oblast_hint else 1,
        _KIND_RANK.get(p.kind, 3),
        -p.population,
        _MATCH_RANK[c.match],
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (Ukraine and foreign places), loaded once per process (from a
    disk cache of the built index after the first run)."""
    files = (settings.PLACES_FILE, settings.WORLD_FILE, *(
        f for f in (settings.VILLAGES_FILE,) if f.exists()))  # a test's data folder may lack it
    return cached_build("gazetteer", [*files, *_CODE],
                        lambda: Gazetteer.from_files(*files), Gazetteer)
