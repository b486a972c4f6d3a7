"""Import existing strike datasets as events: ACLED CSV exports and the "Massive Missile
Attacks on Ukraine" daily CSV.

Each row becomes one contract document ({"article", "mentions", "events"}) whose article is
the row itself (its text, its own source), so the store deduplicates re-imports and merges a
row with news reports of the same strike like any other report. Rows of one dataset never
merge with each other (the dataset already lists distinct events).

ACLED (https://acleddata.com; cite it and follow its terms of use when you publish):
- only the strike sub-event types (`STRIKE_SUB_EVENTS`) of Ukraine are imported; other rows
  are skipped and counted;
- `admin1` names ("Zaporizhia", "Kyiv City", "Kyiv" = the oblast) map to our 27 units, with
  the row's point joined to the units when a name is unknown;
- the weapon is the first of drone / missile / glide bomb the notes name, else artillery for
  shelling rows and unknown for air strikes; `fatalities` becomes `killed`.

Massive Missile Attacks on Ukraine (Kaggle, piterfm; from Ukrainian Air Force reports):
- the date is that of `time_end` (an overnight attack is reported the next morning);
- `model` gives the weapon (drone or missile; a row naming both gets "unknown" and no counts);
  `launched` and `destroyed` become drones/drones_downed or missiles/missiles_downed;
- `target` splits on "and", ";" and on commas before another "... oblast": "Kharkiv oblast
  and Sumy oblast" gives one event per unit, and the row's figures are apportioned evenly
  between them (remainder to the first named), so unit totals add up to the row's total;
- "Ukraine", a direction ("south", "north and east") or an unknown target stays national:
  place "Ukraine", place_kind "country", oblast_iso null, geo_precision 4, no coordinates;
- a row whose only targets lie outside Ukraine (e.g. "Kursk oblast") is skipped.

Strikemap event facts (the demo in data/samples/events.csv; data/samples/README.md):
- one row per event, already checked by hand: `date`, `place`, `oblast_iso`, `weapon`, the six
  figures (blank = not stated), `url` of the report it was checked on and a one-line `note`;
  optional `lat`/`lon`;
- `oblast_iso` blank (or "UA") makes a national row (place "Ukraine", no unit): the nightly
  Air Force totals; otherwise it must be one of the 27 units, and `place` is a settlement the
  gazetteer knows in that unit, or blank or "... Oblast" for an oblast-level event;
- a row that breaks these (unknown unit or weapon, a negative or fractional figure, no http(s)
  url) is refused with its line, the rest of the file is imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract.rules import place_contexts as contexts
from extract.rules import strike_words as sw
from geo.dedup import Fingerprint
from geo.gazetteer import default_gazetteer
from geo.schema import web_url

log = logging.getLogger(__name__)

ACLED = "acled"
MISSILE_ATTACKS = "missile_attacks"
EVENT_FACTS = "event_facts"

#: Columns each dataset must have (the rest of its layout is optional).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    ACLED: ("event_date", "sub_event_type", "admin1", "location", "latitude", "longitude",
            "fatalities", "notes", "source"),
    MISSILE_ATTACKS: ("time_start", "time_end", "model", "target", "launched", "destroyed"),
    EVENT_FACTS: ("date", "place", "oblast_iso", "weapon", "url", "note"),
}
#: Columns that mark a CSV as meant to be one of the datasets (then the others are required).
_MARKERS: dict[str, tuple[str, ...]] = {
    ACLED: ("sub_event_type", "event_id_cnty", "admin1", "fatalities"),
    MISSILE_ATTACKS: ("time_start", "time_end", "launched", "destroyed"),
    EVENT_FACTS: ("oblast_iso", "drones_downed", "missiles_downed", "note"),
}
DATASET_NAMES = {ACLED: "ACLED", MISSILE_ATTACKS: "Massive Missile Attacks on Ukraine",
                 EVENT_FACTS: "Strikemap event facts"}

#: ACLED sub-event types that are strikes.
STRIKE_SUB_EVENTS = frozenset({"air/drone strike", "shelling/artillery/missile attack"})

#: ACLED admin1 spellings that differ from our unit names.
ACLED_ADMIN1: dict[str, str] = {
    "zaporizhia": "UA-23", "zaporizhzhia": "UA-23", "zaporozhye": "UA-23",
    "kyiv city": "UA-30", "kiev city": "UA-30", "kyiv": "UA-32", "kiev": "UA-32",
    "kyiv oblast": "UA-32", "crimea": "UA-43", "autonomous republic of crimea": "UA-43",
    "sevastopol": "UA-40", "kirovograd": "UA-35", "kirovohrad": "UA-35",
    "khmelnytskyi": "UA-68", "khmelnytskyy": "UA-68", "khmelnytskyi oblast": "UA-68",
    "ivano-frankivsk": "UA-26", "zakarpattia": "UA-21", "zakarpattya": "UA-21",
    "dnipropetrovsk": "UA-12", "odesa": "UA-51", "odessa": "UA-51", "mykolaiv": "UA-48",
    "nikolaev": "UA-48", "kharkiv": "UA-63", "kherson": "UA-65", "luhansk": "UA-09",
    "lugansk": "UA-09", "donetsk": "UA-14", "chernihiv": "UA-74", "chernivtsi": "UA-77",
    "vinnytsia": "UA-05", "volyn": "UA-07", "zhytomyr": "UA-18", "rivne": "UA-56",
    "ternopil": "UA-61", "lviv": "UA-46", "poltava": "UA-53", "sumy": "UA-59",
    "cherkasy": "UA-71",
}

_DRONE_RE = sw.DATASET_DRONE.regex
_MISSILE_RE = sw.DATASET_MISSILE.regex
_GLIDE_RE = sw.DATASET_GLIDE_BOMB.regex
_DIRECTION_RE = contexts.DIRECTION_NAME.regex


class DatasetError(ValueError):
    """A dataset file that cannot be imported; the message says why (e.g. which columns)."""


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """One dataset row as a contract document, ready for `Store.add`."""

    doc: dict[str, Any]
    raw_text: str
    fingerprint: Fingerprint
    dataset: str


@dataclass(slots=True)
class DatasetRows:
    """The rows of one dataset file: those imported, those skipped as not for this map (not
    a strike, abroad) and those refused as broken (coordinates that are no position on Earth),
    each with (line, reason)."""

    dataset: str
    rows: list[ImportedRow] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)


def detect_dataset(columns: Iterable[str]) -> str | None:
    """Which dataset a CSV header belongs to, or None for another CSV (e.g. articles).

    Raises
    ------
    DatasetError
        When the header carries a dataset's marker columns but lacks some it needs; the
        message names the missing columns.
    """
    cols = {c.strip().lower() for c in columns if c}
    best, best_hits = None, 0
    for name, markers in _MARKERS.items():
        hits = len(cols & set(markers))
        if hits > best_hits:
            best, best_hits = name, hits
    if best is None or best_hits < 2:
        return None
    missing = [c for c in REQUIRED_COLUMNS[best] if c not in cols]
    if missing:
        raise DatasetError(f"looks like a {DATASET_NAMES[best]} CSV but lacks the column(s): "
                           f"{', '.join(missing)}")
    return best


def csv_header(path: Path) -> list[str]:
    """The header row of a CSV file ([] when it has none)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DatasetError(f"cannot read the CSV header ({exc})") from exc


def read_if_dataset(path: Path) -> DatasetRows | None:
    """The rows of a dataset CSV, or None when its header is no dataset's (e.g. articles).

    Raises
    ------
    DatasetError
        Unreadable file, or a dataset's header lacking columns it needs.
    """
    kind = detect_dataset(csv_header(path))
    return None if kind is None else read_dataset(path, kind)


def read_dataset(path: Path, dataset: str | None = None) -> DatasetRows:
    """Read an ACLED or missile-attacks CSV into contract documents.

    Raises
    ------
    DatasetError
        Unreadable file, not one of the datasets, or missing columns.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise DatasetError(f"cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return parse_dataset(text, source_name=str(path), dataset=dataset)


def parse_dataset(text: str, *, source_name: str = "input",
                  dataset: str | None = None) -> DatasetRows:
    """Parse dataset CSV text (see `read_dataset`)."""
    csv.field_size_limit(16 * 1024 * 1024)
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise DatasetError(f"malformed CSV ({exc})") from exc
    found = detect_dataset(header)
    dataset = dataset or found
    if dataset is None:
        raise DatasetError("not an ACLED, missile-attacks or event-facts CSV (needs the columns "
                           + "; or ".join(", ".join(c) for c in REQUIRED_COLUMNS.values()) + ")")
    missing = [c for c in REQUIRED_COLUMNS[dataset]
               if c not in {h.strip().lower() for h in header if h}]
    if missing:
        raise DatasetError(f"{DATASET_NAMES[dataset]} CSV lacks the column(s): "
                           f"{', '.join(missing)}")
    out = DatasetRows(dataset)
    convert = {ACLED: _acled_row, MISSILE_ATTACKS: _missile_row,
               EVENT_FACTS: _fact_row}[dataset]
    try:
        for line, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()
                   if isinstance(v, str) or v is None}
            try:
                docs = convert(row, line, source_name)
            except _Refuse as bad:
                out.refused.append((line, f"line {line}: {bad}; row not imported"))
                continue
            except _Skip as skip:
                out.skipped.append((line, str(skip)))
                continue
            out.rows.extend(docs)
    except csv.Error as exc:
        raise DatasetError(f"malformed CSV at line {reader.line_num} ({exc})") from exc
    if dataset == ACLED:
        _join_unplaced(out)
    log.info("%s: %d %s rows imported, %d skipped", source_name, len(out.rows),
             DATASET_NAMES[dataset], len(out.skipped))
    return out


class _Skip(Exception):
    """A row that is not imported (not a strike, outside Ukraine, no date)."""


class _Refuse(Exception):
    """A broken row: reported to the user as an error, never stored."""


def _coordinates(row: Mapping[str, str]) -> tuple[float | None, float | None]:
    """The row's (lat, lon): both None when it gives none; `_Refuse` when either is no number
    or off the globe (inf, nan, 1e308, latitude 95, longitude 200), which would otherwise be
    stored and break every GeoJSON export."""
    raw_lat, raw_lon = row.get("latitude") or "", row.get("longitude") or ""
    if not raw_lat and not raw_lon:
        return None, None
    out = []
    for name, raw, bound in (("latitude", raw_lat, 90.0), ("longitude", raw_lon, 180.0)):
        value = _float(raw)
        if value is None or not math.isfinite(value) or abs(value) > bound:
            shown = raw if len(raw) <= 40 else raw[:40] + "..."
            raise _Refuse(f"{name} {shown!r} is not a number of degrees within "
                          f"-{bound:g}..{bound:g}")
        out.append(value)
    return out[0], out[1]


# -- ACLED ------------------------------------------------------------------------------------


def _acled_row(row: Mapping[str, str], line: int, source_name: str) -> list[ImportedRow]:
    country = row.get("country")
    if country and country.lower() != "ukraine":
        raise _Skip(f"country {country}")
    sub = row.get("sub_event_type", "")
    if sub.lower() not in STRIKE_SUB_EVENTS:
        raise _Skip(f"not a strike ({sub or 'no sub_event_type'})")
    day = _parse_day(row.get("event_date"))
    if day is None:
        raise _Skip(f"no readable event_date ({row.get('event_date')!r})")
    notes = row.get("notes", "")
    iso = acled_unit(row.get("admin1", ""))
    lat, lon = _coordinates(row)
    precision = _int(row.get("geo_precision")) or (1 if row.get("location") else 3)
    location = row.get("location") or ""
    unit_level = precision >= 3 or not location
    place, kind = location, "settlement"
    if iso and not unit_level:
        place = _canonical_settlement(location, iso) or location
    elif iso:
        place, kind = _unit_name(iso), "oblast"
    weapon = _acled_weapon(notes, sub)
    ident = row.get("event_id_cnty") or ""
    key_text = f"acled:{ident}" if ident else "acled:" + "|".join(f"{k}={v}" for k, v in
                                                                   sorted(row.items()))
    article_id = hashlib.sha1(key_text.encode("utf-8")).hexdigest()
    body = notes or f"{sub} in {location or row.get('admin1')}"
    event = {
        "id": hashlib.sha1(f"{key_text}:event".encode()).hexdigest(),
        "date": day, "place": place, "place_kind": kind, "lat": lat, "lon": lon,
        "oblast": _unit_name(iso) if iso else None, "oblast_iso": iso,
        "geo_precision": min(precision, 3), "weapon": weapon,
        "drones": None, "drones_downed": None, "missiles": None, "missiles_downed": None,
        "killed": _int(row.get("fatalities")), "injured": None,
        "sentence": body, "start": 0, "end": len(body),
    }
    source = f"ACLED {ident or f'{source_name}:{line}'}"
    if row.get("source"):
        source += f" ({row['source']})"
    doc = {"article": {"id": article_id, "source": source, "published": day,
                       "title": f"ACLED: {sub} in {location or row.get('admin1')}",
                       "url": web_url(row.get("source"))},  # a link when the row gives one
           "mentions": [], "events": [event]}
    return [ImportedRow(doc, body, Fingerprint(hashlib.sha1(key_text.encode()).hexdigest(),
                                               None), ACLED)]


def acled_unit(admin1: str) -> str | None:
    """Our unit (ISO 3166-2) for an ACLED admin1 name, or None when unknown."""
    key = admin1.strip().lower()
    if not key:
        return None
    if key in ACLED_ADMIN1:
        return ACLED_ADMIN1[key]
    return _unit_by_name(re.sub(r"\s+(oblast|region|province)$", "", key))


def _acled_weapon(notes: str, sub_event_type: str) -> str:
    found = [(m.start(), w) for w, rx in (("drone", _DRONE_RE), ("missile", _MISSILE_RE),
                                          ("glide_bomb", _GLIDE_RE)) if (m := rx.search(notes))]
    if found:
        return min(found)[1]
    return "artillery" if sub_event_type.lower().startswith("shelling") else "unknown"


def _join_unplaced(out: DatasetRows) -> None:
    """Give rows whose admin1 is unknown the unit their point falls in (one spatial join)."""
    todo = [r for r in out.rows if r.doc["events"][0]["oblast_iso"] is None
            and r.doc["events"][0]["lat"] is not None and r.doc["events"][0]["lon"] is not None]
    if not todo:
        return
    # Deferred: geopandas is slow to load and most rows name their unit.
    import pandas as pd

    from geo.units import join_points

    frame = pd.DataFrame({"lat": [r.doc["events"][0]["lat"] for r in todo],
                          "lon": [r.doc["events"][0]["lon"] for r in todo]})
    joined = join_points(frame)
    for row, iso in zip(todo, joined["oblast_iso"], strict=True):
        if iso:
            ev = row.doc["events"][0]
            ev["oblast_iso"], ev["oblast"] = iso, _unit_name(iso)


# -- Massive Missile Attacks on Ukraine --------------------------------------------------------


def _missile_row(row: Mapping[str, str], line: int, source_name: str) -> list[ImportedRow]:
    day = _parse_day(row.get("time_end")) or _parse_day(row.get("time_start"))
    if day is None:
        raise _Skip(f"no readable time_end or time_start ({row.get('time_end')!r})")
    model = row.get("model", "")
    weapon = missile_weapon(model)
    launched, destroyed = _int(row.get("launched")), _int(row.get("destroyed"))
    target = row.get("target", "")
    places, foreign = split_target(target)
    if not places and foreign:
        raise _Skip(f"target outside Ukraine ({target})")
    key_text = "missile_attacks:" + "|".join(f"{k}={v}" for k, v in sorted(row.items()))
    article_id = hashlib.sha1(key_text.encode("utf-8")).hexdigest()
    body = (f"{row.get('time_start')} to {row.get('time_end')}: {model} - "
            f"{launched if launched is not None else 'unknown number'} launched at "
            f"{target or 'Ukraine'}, {destroyed if destroyed is not None else 'unknown number'} "
            f"destroyed.")
    launched_parts = _apportion(launched, len(places) or 1)
    destroyed_parts = _apportion(destroyed, len(places) or 1)
    events = []
    for i, place in enumerate(places or [None]):
        ev: dict[str, Any] = {
            "id": hashlib.sha1(f"{key_text}:{i}".encode()).hexdigest(), "date": day,
            "weapon": weapon, "drones": None, "drones_downed": None, "missiles": None,
            "missiles_downed": None, "killed": None, "injured": None,
            "sentence": body, "start": 0, "end": len(body),
        }
        if place is None:
            ev.update(place="Ukraine", place_kind="country", lat=None, lon=None, oblast=None,
                      oblast_iso=None, geo_precision=4)
        else:
            ev.update(place)
        if weapon in ("drone", "missile"):
            ev[f"{weapon}s"], ev[f"{weapon}s_downed"] = launched_parts[i], destroyed_parts[i]
        events.append(ev)
    source = f"{DATASET_NAMES[MISSILE_ATTACKS]}, {Path(source_name).name} line {line}"
    if row.get("source"):
        source += f" ({row['source']})"
    doc = {"article": {"id": article_id, "source": source, "published": day,
                       "title": f"{model} attack on {target or 'Ukraine'}",
                       "url": web_url(row.get("source"))},  # a link when the row gives one
           "mentions": [], "events": events}
    return [ImportedRow(doc, body, Fingerprint(hashlib.sha1(key_text.encode()).hexdigest(),
                                               None), MISSILE_ATTACKS)]


def missile_weapon(model: str) -> str:
    """The contract weapon of a dataset `model` ("Shahed-136/131" -> drone)."""
    drone, missile = bool(_DRONE_RE.search(model)), bool(_MISSILE_RE.search(model))
    if drone and not missile:
        return "drone"
    if missile and not drone:
        return "missile"
    if _GLIDE_RE.search(model):
        return "glide_bomb"
    return "unknown"


def split_target(target: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Event places of a target ("Kharkiv oblast and Sumy oblast"), and the parts that lie
    outside Ukraine. National and unknown parts give no place (the row stays national)."""
    parts: list[str] = []
    for chunk in re.split(r"\s+and\s+|\s*;\s*|\s*&\s*", target):
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        # "Dnipropetrovsk oblast, Dnipro raion": a comma qualifies, unless another oblast follows.
        parts.extend(pieces[:1] + [p for p in pieces[1:] if re.search(r"\b(oblast|region)$",
                                                                        p, re.I)])
    places: list[dict[str, Any]] = []
    foreign: list[str] = []
    seen: set[str] = set()
    for part in parts:
        name = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
        if not name or name.lower() == "ukraine" or _DIRECTION_RE.match(name):
            continue
        place = _target_place(name)
        if place is None:
            foreign.append(part)
            continue
        key = f"{place['oblast_iso']}|{place['place']}"
        if key not in seen:
            seen.add(key)
            places.append(place)
    return places, foreign


def _target_place(name: str) -> dict[str, Any] | None:
    unit_level = bool(re.search(r"\b(oblast|region|krai|province)$", name, re.I))
    bare = re.sub(r"\s+(oblast|region|krai|province)$", "", name, flags=re.I)
    if unit_level:
        iso = _unit_by_name(bare.lower()) or ACLED_ADMIN1.get(bare.lower())
        if iso is None:
            return None
        return _unit_place(iso)
    hit = _settlement(bare)
    if hit is not None:
        return hit
    iso = _unit_by_name(bare.lower())
    return _unit_place(iso) if iso else None


def _apportion(total: int | None, n: int) -> list[int | None]:
    if total is None:
        return [None] * n
    base, extra = divmod(total, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


# -- Strikemap event facts ---------------------------------------------------------------------

#: Weapons an event-facts row may name (the contract's, as the page's weapon filter has them).
FACT_WEAPONS: frozenset[str] = frozenset({"drone", "missile", "glide_bomb", "artillery",
                                          "unknown"})
_FIGURE_COLUMNS = ("drones", "drones_downed", "missiles", "missiles_downed", "killed",
                   "injured")


def _fact_row(row: Mapping[str, str], line: int, source_name: str) -> list[ImportedRow]:
    day = _parse_day(row.get("date"))
    if day is None:
        raise _Refuse(f"date {row.get('date')!r} is no date")
    weapon = (row.get("weapon") or "unknown").lower()
    if weapon not in FACT_WEAPONS:
        raise _Refuse(f"weapon {weapon!r} is none of {', '.join(sorted(FACT_WEAPONS))}")
    url = web_url(row.get("url"))
    if url is None:
        raise _Refuse(f"url {row.get('url')!r} is no http(s) link")
    figures: dict[str, int | None] = {}
    for col in _FIGURE_COLUMNS:
        raw = row.get(col) or ""
        if raw and not re.fullmatch(r"\d{1,7}", raw):
            raise _Refuse(f"{col} {raw!r} is no count")
        figures[col] = int(raw) if raw else None
    place = _fact_place(row)
    note = row.get("note") or ""
    key_text = "event_facts:" + "|".join(f"{k}={v}" for k, v in sorted(row.items()))
    digest = hashlib.sha1(key_text.encode("utf-8")).hexdigest()
    event = {"id": hashlib.sha1(f"{key_text}:event".encode()).hexdigest(), "date": day,
             **place, "weapon": weapon, **figures, "sentence": note, "start": 0,
             "end": len(note)}
    host = urlsplit(url).hostname or url
    doc = {"article": {"id": digest, "source": f"{host} (checked by hand, "
                       f"{Path(source_name).name} line {line})", "published": day,
                       "title": note or f"{weapon} strike on {place['place']}", "url": url},
           "mentions": [], "events": [event]}
    return [ImportedRow(doc, f"{day} {place['place']}: {note}", Fingerprint(digest, None),
                        EVENT_FACTS)]


def _fact_place(row: Mapping[str, str]) -> dict[str, Any]:
    """The event's place: national, the unit itself, or a settlement of the unit (its own
    coordinates when the row gives them, else the gazetteer's)."""
    iso = (row.get("oblast_iso") or "").upper()
    name = row.get("place") or ""
    if iso in ("", "UA"):
        return {"place": "Ukraine", "place_kind": "country", "lat": None, "lon": None,
                "oblast": None, "oblast_iso": None, "geo_precision": 4}
    try:
        unit = _unit_place(iso)
    except KeyError:
        raise _Refuse(f"oblast_iso {iso!r} is none of the 27 units") from None
    lat, lon = _coordinates({"latitude": row.get("lat") or "", "longitude": row.get("lon") or ""})
    if not name or re.search(r"\b(oblast|region)$", name, re.I):
        return unit
    canonical = _canonical_settlement(name, iso)
    if lat is None or lon is None:
        hit = _settlement_in(canonical, iso) if canonical else None
        if hit is None:
            raise _Refuse(f"place {name!r} is no settlement of {unit['oblast']} the gazetteer "
                          "knows: give lat and lon")
        lat, lon = hit
    return {"place": canonical or name, "place_kind": "settlement", "lat": lat, "lon": lon,
            "oblast": unit["oblast"], "oblast_iso": iso, "geo_precision": 1}


@lru_cache(maxsize=4096)
def _settlement_in(name: str, iso: str) -> tuple[float, float] | None:
    for cand in default_gazetteer().lookup(name, oblast_hint=iso, fuzzy=True):
        if cand.place.kind == "settlement" and cand.place.oblast_iso == iso:
            return cand.place.lat, cand.place.lon
    return None


# -- shared helpers ----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _unit_by_name(name: str) -> str | None:
    for cand in default_gazetteer().lookup(name, fuzzy=True):
        if cand.place.kind == "oblast" and cand.place.in_ukraine and cand.place.oblast_iso:
            return cand.place.oblast_iso
    return None


@lru_cache(maxsize=64)
def _unit_name(iso: str) -> str:
    return default_gazetteer().unit(iso).name


def _unit_place(iso: str) -> dict[str, Any]:
    unit = default_gazetteer().unit(iso)
    return {"place": unit.name, "place_kind": "oblast", "lat": unit.lat, "lon": unit.lon,
            "oblast": unit.name, "oblast_iso": iso, "geo_precision": 3}


@lru_cache(maxsize=16384)
def _settlement(name: str) -> dict[str, Any] | None:
    for cand in default_gazetteer().lookup(name, fuzzy=True):
        p = cand.place
        if not p.in_ukraine:
            return None
        if p.kind == "settlement" and p.oblast_iso:
            return {"place": p.name, "place_kind": "settlement", "lat": p.lat, "lon": p.lon,
                    "oblast": _unit_name(p.oblast_iso), "oblast_iso": p.oblast_iso,
                    "geo_precision": 1}
    return None


@lru_cache(maxsize=16384)
def _canonical_settlement(name: str, iso: str) -> str | None:
    for cand in default_gazetteer().lookup(name, oblast_hint=iso, fuzzy=True):
        if cand.place.kind == "settlement" and cand.place.oblast_iso == iso:
            return cand.place.name
    return None


_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y", "%m/%d/%Y")


def _parse_day(value: str | None) -> str | None:
    """An ISO date from "2024-01-16", "2024-01-16 19:00", "16 January 2024" and the like."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    """A count, or None for no number ("inf", "nan" and counts past 2**53 are none)."""
    f = _float(value)
    return int(f) if f is not None and math.isfinite(f) and abs(f) < 2**53 else None
