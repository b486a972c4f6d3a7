"""The dashboard's view: state <-> URL query parameters, filters, and the frames the page shows.

Everything here is plain pandas so it is tested without Streamlit; `app.py` only arranges
widgets around these functions. The whole view (metric, filters, map mode) round-trips through
query parameters, so a copied link reopens the same view for anyone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from geo.event_table import events_frame, normalize_events
from geo.schema import FIGURES, METRIC_LABELS, METRICS
from geo.units import aggregate, load_units

log = logging.getLogger(__name__)

WEAPON_LABELS: dict[str, str] = {
    "drone": "Drones",
    "missile": "Missiles",
    "glide_bomb": "Glide bombs",
    "artillery": "Artillery",
    "unknown": "Unknown weapon",
}

#: ACLED-style location precision of an event.
PRECISION_LABELS: dict[int, str] = {
    1: "Settlement",
    2: "Near a settlement",
    3: "Oblast only",
}

#: Which map layers are on when the page opens (both are in the layer control either way).
LAYER_LABELS: dict[str, str] = {
    "both": "Choropleth + markers",
    "choropleth": "Choropleth",
    "markers": "Markers",
}

@dataclass(frozen=True, slots=True)
class View:
    """What the page shows. Empty selections mean "all"; None dates mean "no bound"."""

    metric: str = "events"
    start: date | None = None
    end: date | None = None
    weapons: tuple[str, ...] = ()
    oblasts: tuple[str, ...] = ()
    precisions: tuple[int, ...] = ()
    layers: str = "both"
    tiles: bool = False


# -- query parameters -------------------------------------------------------------------------

_KEYS = ("metric", "from", "to", "weapon", "oblast", "precision", "layers", "tiles")


def _one(params: Mapping[str, Any], key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return None if value is None else str(value)


def _many(params: Mapping[str, Any], key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def view_from_query(params: Mapping[str, Any]) -> View:
    """Read a view from query parameters; unknown or malformed values fall back to defaults.

    A shared link may be old or hand-edited, so nothing here raises. Values are either strings
    (comma-separated lists allowed) or lists of strings, as `st.query_params` gives them.
    """
    metric = _one(params, "metric")
    weapons = tuple(dict.fromkeys(w for w in _many(params, "weapon") if w in WEAPON_LABELS))
    isos = set(load_units()["iso"])
    oblasts = tuple(dict.fromkeys(o.upper() for o in _many(params, "oblast") if o.upper() in isos))
    precisions = tuple(
        dict.fromkeys(int(p) for p in _many(params, "precision") if p in ("1", "2", "3"))
    )
    layers = _one(params, "layers")
    start, end = _date(_one(params, "from")), _date(_one(params, "to"))
    if start and end and start > end:
        start, end = end, start
    return View(
        metric=metric if metric in METRIC_LABELS else "events",
        start=start,
        end=end,
        weapons=tuple(sorted(weapons, key=list(WEAPON_LABELS).index)),
        oblasts=tuple(sorted(oblasts)),
        precisions=tuple(sorted(precisions)),
        layers=layers if layers in LAYER_LABELS else "both",
        tiles=(_one(params, "tiles") or "").lower() in ("1", "osm", "true", "on"),
    )


def view_to_query(view: View) -> dict[str, str]:
    """Query parameters for a view; defaults are left out so links stay short."""
    out: dict[str, str] = {}
    if view.metric != "events":
        out["metric"] = view.metric
    if view.start:
        out["from"] = view.start.isoformat()
    if view.end:
        out["to"] = view.end.isoformat()
    if view.weapons:
        out["weapon"] = ",".join(view.weapons)
    if view.oblasts:
        out["oblast"] = ",".join(view.oblasts)
    if view.precisions:
        out["precision"] = ",".join(str(p) for p in view.precisions)
    if view.layers != "both":
        out["layers"] = view.layers
    if view.tiles:
        out["tiles"] = "osm"
    return out


def query_keys() -> tuple[str, ...]:
    """Every query parameter the view owns (the page leaves others alone)."""
    return _KEYS


def with_dates(view: View, chosen: Sequence[date], bounds: tuple[date, date] | None) -> View:
    """Set the date range from a date widget: the full data range means "no bound".

    Storing None instead of today's data bounds keeps a shared link valid as reports are added.
    """
    if bounds is None or len(chosen) != 2:
        return replace(view, start=None, end=None)
    lo, hi = sorted(chosen)
    return replace(view, start=None if lo <= bounds[0] else lo, end=None if hi >= bounds[1] else hi)


# -- filtering --------------------------------------------------------------------------------


def event_dates(events: pd.DataFrame) -> pd.Series:
    """An event's date, or its article's published date when the text gave none."""
    published = pd.to_datetime(events["published"], errors="coerce")
    return events["date"].fillna(published).dt.normalize()


def date_bounds(events: pd.DataFrame) -> tuple[date, date] | None:
    """First and last event day in the data, or None without any dated event."""
    if len(events) == 0:
        return None
    days = event_dates(events).dropna()
    if days.empty:
        return None
    return days.min().date(), days.max().date()


def is_national(events: pd.DataFrame) -> pd.Series:
    """Events with no unit to draw them in: country-level figures (headline numbers)."""
    return events["place_kind"].eq("country") | events["oblast_iso"].isna()


def filter_events(events: pd.DataFrame, view: View) -> pd.DataFrame:
    """Apply the view's filters to the event table.

    Date and weapon apply to every event. Oblast and precision only make sense for events on
    the map, so national (country-level) rows pass them untouched: they stay headline numbers.
    """
    if len(events) == 0:
        return events
    keep = pd.Series(True, index=events.index)
    if view.start or view.end:
        days = event_dates(events)
        if view.start:
            keep &= days >= pd.Timestamp(view.start)
        if view.end:
            keep &= days <= pd.Timestamp(view.end)
    if view.weapons:
        keep &= events["weapon"].isin(view.weapons)
    national = is_national(events)
    if view.oblasts:
        keep &= national | events["oblast_iso"].isin(view.oblasts)
    if view.precisions:
        keep &= national | events["geo_precision"].isin(view.precisions).fillna(False)
    return events[keep]


def split_national(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events drawn on the map, country-level events shown as headline numbers)."""
    national = is_national(events)
    return events[~national], events[national]


def totals(events: pd.DataFrame) -> dict[str, int]:
    """Sums of every metric over some events (`events` counts rows)."""
    out = {"events": len(events)}
    for col in FIGURES:
        out[col] = int(pd.to_numeric(events[col], errors="coerce").fillna(0).sum())
    return out


# -- frames the page shows --------------------------------------------------------------------


def oblast_table(located: pd.DataFrame) -> pd.DataFrame:
    """Per-unit summary (all 27, zeros kept), largest event counts first."""
    agg = aggregate(located)
    cols = ["iso", "name", "name_uk", *METRICS]
    table = agg[cols].rename(columns={"iso": "ISO", "name": "Unit", "name_uk": "Ukrainian"})
    table = table.rename(columns=METRIC_LABELS)
    return table.sort_values(["Events", "ISO"], ascending=[False, True]).reset_index(drop=True)


def event_table(events: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Events for reading, latest first: date, place, figures, the source sentence and source.

    Text goes out as plain cell values (never HTML): st.dataframe draws them as text. `limit`
    keeps the page light with many events (the CSV download has them all).
    """
    if limit is not None and len(events) > limit:
        order = event_dates(events).sort_values(ascending=False, na_position="last").index
        events = events.loc[order[:limit]]
    out = pd.DataFrame(
        {
            "date": event_dates(events).dt.date,
            "place": events["place"],
            "oblast": events["oblast"],
            "precision": events["geo_precision"].map(PRECISION_LABELS),
            "weapon": events["weapon"],
            **{c: events[c] for c in FIGURES},
            "sentence": events["sentence"],
            "source": events["source"],
            "reports": events["sources"],
        }
    )
    return out.sort_values("date", ascending=False, na_position="last").reset_index(drop=True)


def over_time(events: pd.DataFrame) -> pd.DataFrame:
    """Daily sums of drones (launched, shot down) and casualties, one row per day with events."""
    cols = ["drones", "drones_downed", "killed", "injured"]
    if len(events) == 0:
        return pd.DataFrame(columns=["date", *cols])
    frame = pd.DataFrame({c: pd.to_numeric(events[c], errors="coerce").fillna(0) for c in cols})
    frame["date"] = event_dates(events)
    frame = frame.dropna(subset=["date"])
    daily = frame.groupby("date", as_index=False)[cols].sum()
    return daily.astype({c: "int64" for c in cols}).sort_values("date").reset_index(drop=True)


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def markdown_text(text: str) -> str:
    """Text (a file name, an error naming one) safe to put in Streamlit's Markdown messages.

    Backslash-escapes Markdown, LaTeX (`$`) and shortcode (`:`) characters, so an uploaded
    file called `[x](javascript:...)` reads as that name and links nowhere.
    """
    return _MARKDOWN.sub(r"\\\1", text)


def describe(view: View) -> str:
    """One line naming the view's filters, for map subtitles and captions."""
    parts = [METRIC_LABELS[view.metric]]
    if view.start or view.end:
        parts.append(f"{view.start or '…'} to {view.end or '…'}")
    if view.weapons:
        parts.append(", ".join(WEAPON_LABELS[w] for w in view.weapons))
    if view.oblasts:
        names = dict(zip(load_units()["iso"], load_units()["name"], strict=True))
        parts.append(", ".join(names[o] for o in view.oblasts))
    if view.precisions:
        parts.append("precision " + ", ".join(PRECISION_LABELS[p] for p in view.precisions))
    return " · ".join(parts)


# -- session documents ----------------------------------------------------------------------


def merge_documents(
    documents: Mapping[str, dict[str, Any]], new: Iterable[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Add documents keyed by article id: adding the same article twice changes nothing."""
    out = dict(documents)
    for doc in new:
        key = (doc.get("article") or {}).get("id") or str(len(out))
        out.setdefault(key, doc)
    return out


def combine(base: pd.DataFrame, documents: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The loaded events plus the reports added in the page, without repeating an article."""
    added = events_frame(documents)
    if len(added) == 0:
        return base
    if len(base) == 0:
        return added
    seen = set(base["article_id"].dropna())
    added = added[~added["article_id"].isin(seen)]
    return normalize_events(pd.concat([base, added], ignore_index=True))
