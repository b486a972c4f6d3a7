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

import numpy as np
import pandas as pd

from geo.event_table import events_frame, normalize_events
from geo.schema import FIGURES, METRIC_LABELS, METRICS, web_url
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
    2: "Near a settlement (approximate point)",
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
    #: Only events a reviewer confirmed or corrected (`geo.corrections`).
    reviewed: bool = False


# -- query parameters -------------------------------------------------------------------------

_KEYS = ("metric", "from", "to", "weapon", "oblast", "precision", "layers", "tiles",
         "reviewed")


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
        reviewed=(_one(params, "reviewed") or "").lower() in ("1", "true", "on", "yes"),
    )


def query_problems(params: Mapping[str, Any]) -> list[str]:
    """What a shared link asked for that the page did not understand, one phrase each.

    `view_from_query` falls back to defaults silently; the page shows these so a reader knows
    the view differs from what the link meant ("oblast=UA-99 is no oblast").
    """
    v = view_from_query(params)
    out: list[str] = []

    def note(key: str, values: Iterable[str], what: str) -> None:
        bad = [x for x in values if x]
        if bad:
            out.append(f"{key}={','.join(bad)} ({what})")

    metric = _one(params, "metric")
    if metric is not None and metric != v.metric:
        note("metric", [metric], "no such metric")
    note("weapon", [w for w in _many(params, "weapon") if w not in WEAPON_LABELS],
         "no such weapon")
    note("oblast", [o for o in _many(params, "oblast") if o.upper() not in v.oblasts],
         "no such oblast code")
    note("precision", [p for p in _many(params, "precision") if p not in ("1", "2", "3")],
         "precision is 1, 2 or 3")
    for key in ("from", "to"):
        text = _one(params, key)
        if text and _date(text) is None:
            note(key, [text], "not a date YYYY-MM-DD")
    layers = _one(params, "layers")
    if layers is not None and layers != v.layers:
        note("layers", [layers], "layers is both, choropleth or markers")
    tiles = _one(params, "tiles")
    if tiles and tiles.lower() not in ("1", "osm", "true", "on", "0", "off", "false", "none"):
        note("tiles", [tiles], "tiles is osm or off")
    reviewed = _one(params, "reviewed")
    if reviewed and reviewed.lower() not in ("1", "true", "on", "yes", "0", "off", "false", "no"):
        note("reviewed", [reviewed], "reviewed is 1 or 0")
    return out


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
    if view.reviewed:
        out["reviewed"] = "1"
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
    day = pd.to_datetime(events["date"], errors="coerce")
    return day.fillna(published).dt.normalize()


def is_undated(events: pd.DataFrame) -> pd.Series:
    """Events with neither a date of their own nor a published date for their article."""
    return event_dates(events).isna()


def in_dates(events: pd.DataFrame, start: date | str | None,
             end: date | str | None) -> pd.Series:
    """THE date rule of the dashboard and `geo render/export --from/--to`.

    An event is in the range when its day (else its article's published day) lies in
    [start, end]. Undated events are kept by any date filter (nothing shows they fall outside)
    and counted apart: totals say how much of them is undated.
    """
    keep = pd.Series(True, index=events.index)
    if not start and not end:
        return keep
    days = event_dates(events)
    if start:
        keep &= days >= pd.Timestamp(start)
    if end:
        keep &= days <= pd.Timestamp(end)
    return keep | days.isna()


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

    Date (`in_dates`: undated events stay) and weapon apply to every event. An oblast or
    precision filter narrows the view to events placed on the map: country-wide rows name no
    oblast, so they are out of it (their figures are about the whole country, not the oblasts
    chosen).

    Rejected events (a `status` column, `geo.corrections.apply`) are never kept: not a strike;
    `view.reviewed` keeps only confirmed and corrected ones.
    """
    if len(events) == 0:
        return events
    keep = in_dates(events, view.start, view.end)
    if "status" in events:
        keep &= events["status"].ne("rejected")
        if view.reviewed:
            keep &= events["status"].isin(("confirmed", "corrected"))
    elif view.reviewed:
        keep &= False
    if view.weapons:
        keep &= events["weapon"].isin(view.weapons)
    national = is_national(events)
    if view.oblasts:
        keep &= ~national & events["oblast_iso"].isin(view.oblasts)
    if view.precisions:
        keep &= ~national & events["geo_precision"].isin(view.precisions).fillna(False)
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


def _figures(events: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({c: pd.to_numeric(events[c], errors="coerce").fillna(0)
                         for c in FIGURES}, index=events.index)


def _day_keys(events: pd.DataFrame) -> pd.Series:
    """The day an event counts on, or its article for undated events, as integer group keys
    (day numbers; undated: below any day, one per article). Strings cost 0.1 s per 100,000."""
    days = event_dates(events)
    key = days.to_numpy(dtype="datetime64[D]").astype(np.int64)
    undated = days.isna().to_numpy()
    if undated.any():
        articles = pd.factorize(events["article_id"].astype("string").fillna("?"))[0]
        key = np.where(undated, np.iinfo(np.int64).min + 1 + articles, key)
    return pd.Series(key, index=events.index)


def country_totals(events: pd.DataFrame) -> dict[str, int]:
    """Figures across Ukraine without double counting (README, "Country-wide figures").

    A country-wide report ("Russia launched 111 drones overnight") already contains the
    oblasts' figures of that day, so the two are never added: per day (undated events: per
    article) and per figure, the larger of the country-wide figure and the sum over the
    oblasts counts. `events` counts the events on the map plus the country-wide ones.
    """
    out = {"events": len(events)}
    if len(events) == 0:
        return {**out, **dict.fromkeys(FIGURES, 0)}
    national = is_national(events).to_numpy()  # masks, not copies of 100,000 rows
    keys = _day_keys(events).to_numpy()
    figures = _figures(events)
    regional = figures[~national].groupby(keys[~national]).sum()
    country = figures[national].groupby(keys[national]).sum()
    both = regional.combine(country, np.maximum, fill_value=0)
    for col in FIGURES:
        out[col] = int(both[col].sum())
    return out


def undated_totals(events: pd.DataFrame) -> dict[str, int]:
    """The share of `totals` in undated events (kept by date filters, counted apart)."""
    return totals(events[is_undated(events)]) if len(events) else totals(events)


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """ "1 event", "2 events", "1,204 reports"."""
    return f"{n:,} {noun if n == 1 else plural_form or noun + 's'}"


# -- frames the page shows --------------------------------------------------------------------


def oblast_table(located: pd.DataFrame) -> pd.DataFrame:
    """Per-unit summary (all 27, zeros kept), largest event counts first."""
    agg = aggregate(located)
    cols = ["iso", "name", "name_uk", *METRICS]
    table = agg[cols].rename(columns={"iso": "ISO", "name": "Oblast", "name_uk": "Ukrainian"})
    table = table.rename(columns=METRIC_LABELS)
    return table.sort_values(["Events", "ISO"], ascending=[False, True]).reset_index(drop=True)


#: Headers of the event table, in order (figures take their METRIC_LABELS).
EVENT_HEADERS: dict[str, str] = {
    "date": "Date", "place": "Place", "oblast": "Oblast", "precision": "Located to",
    "weapon": "Weapon", **{c: METRIC_LABELS[c] for c in FIGURES}, "sentence": "Sentence",
    "source": "Source", "url": "Link", "reports": "Reports", "disputed": "Sources disagree on",
    "status": "Review",
}


def _disputed_words(value: object) -> str | None:
    """`drones,killed` as "drones launched, killed" (the figures' labels, for the table)."""
    if not isinstance(value, str) or not value:
        return None
    return ", ".join(METRIC_LABELS.get(f, f).lower() for f in value.split(",") if f)


def event_table(events: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Events for reading, latest first, under human headers (`EVENT_HEADERS`): date, place,
    figures, the source sentence and source.

    Unknowns are blank, never "None": text cells are "", a figure the report did not give is
    an empty cell (a nullable integer; 0 only when the report said none). Text goes out as
    plain cell values (never HTML): st.dataframe draws them as text. `limit` keeps the page
    light with many events (the CSV download has them all).
    """
    if limit is not None and len(events) > limit:
        order = event_dates(events).sort_values(ascending=False, na_position="last").index
        events = events.loc[order[:limit]]
    days = event_dates(events)
    national = is_national(events)

    def text(col: pd.Series) -> pd.Series:
        return col.astype("string").fillna("").astype(object)

    out = pd.DataFrame(
        {
            "date": days.dt.strftime("%Y-%m-%d").astype("string").fillna("").astype(object),
            "place": text(events["place"]),
            "oblast": text(events["oblast"]).where(~national, "(whole country)"),
            "precision": text(events["geo_precision"].map(PRECISION_LABELS)).where(
                ~national, "Country"),
            "weapon": text(events["weapon"].map(WEAPON_LABELS).fillna(events["weapon"])),
            **{c: pd.to_numeric(events[c], errors="coerce").astype("Int64") for c in FIGURES},
            "sentence": text(events["sentence"]),
            "source": text(events["source"]),
            # Web links only (`geo.schema.web_url`): the page draws them as links.
            "url": pd.Series([web_url(u) for u in events["url"]] if "url" in events
                             else [None] * len(events), index=events.index, dtype=object),
            "reports": pd.to_numeric(events["sources"], errors="coerce").astype("Int64"),
            # figure names as the page words them ("killed, injured"), blank when all agree
            "disputed": text(events["disputed"].map(_disputed_words)),
        }
    )
    if "status" in events:  # reviewed events (`geo.corrections.apply`): their status
        out["status"] = text(events["status"])
    out["_day"] = days.to_numpy()
    out = out.sort_values("_day", ascending=False, na_position="last").drop(columns="_day")
    return out.rename(columns=EVENT_HEADERS).reset_index(drop=True)


#: Columns of `event_table` that hold numbers (shown right-aligned).
NUMBER_COLUMNS: tuple[str, ...] = (*(METRIC_LABELS[c] for c in FIGURES), "Reports")


def blank_missing(table: pd.DataFrame) -> pd.DataFrame:
    """The table as st.dataframe shows it: a missing figure is a blank cell (Streamlit writes
    "None" for any null cell, whatever the styling), numbers get thousands separators.

    Number columns become text padded with spaces to one width, so that sorting the column
    in the grid (by text) still sorts by value; the page right-aligns them (`NUMBER_COLUMNS`).
    """
    out = table.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].astype(object).where(out[col].notna(), "")
            continue
        values = pd.to_numeric(out[col], errors="coerce")
        text = [f"{int(v):,}" if not pd.isna(v) else "" for v in values]
        width = max((len(t) for t in text), default=0)
        out[col] = [t.rjust(width) if t else "" for t in text]
    return out


def event_detail(table: pd.DataFrame, row: int) -> str:
    """One event of `event_table` in full, as plain text: where, when, figures, the whole
    sentence and its source (the table's cells cut long sentences)."""
    r = table.iloc[row]
    when = r[EVENT_HEADERS["date"]] or "undated"
    where = ", ".join(x for x in (r[EVENT_HEADERS["place"]], r[EVENT_HEADERS["oblast"]]) if x)
    figs = ", ".join(f"{int(r[METRIC_LABELS[c]]):,} {METRIC_LABELS[c].lower()}"
                     for c in FIGURES if not pd.isna(r[METRIC_LABELS[c]]))
    lines = [f"{where} · {when} · {r[EVENT_HEADERS['weapon']]}" + (f" · {figs}" if figs else ""),
             f"“{r[EVENT_HEADERS['sentence']]}”"]
    if r[EVENT_HEADERS["source"]]:
        lines.append(f"Source: {r[EVENT_HEADERS['source']]}")
    return "\n\n".join(lines)


#: The series of the "Over time" charts: (column, label, colour).
CHART_SERIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "drones": (("drones", "Launched", "#0072b2"), ("drones_downed", "Shot down", "#56b4e9")),
    "casualties": (("killed", "Killed", "#b2182b"), ("injured", "Injured", "#f4a582")),
}
#: Ranges longer than this many days are charted per week.
DAILY_MAX_DAYS = 120


def over_time(events: pd.DataFrame, *, period: str | None = None) -> pd.DataFrame:
    """Sums of drones (launched, shot down) and casualties per day (or per week over long
    ranges), every period of the range present (zeros kept) so bars stand on a regular axis.

    Country-wide and oblast figures of one day are not added (`country_totals`' rule): each
    day counts the larger of the two. Undated events cannot be charted and are left out.
    `period` is "day" or "week" (default: by the range, `DAILY_MAX_DAYS`).
    """
    cols = ["drones", "drones_downed", "killed", "injured"]
    empty = pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"),
                          **{c: pd.Series(dtype="int64") for c in cols}})
    if len(events) == 0:
        return empty
    days = event_dates(events)
    events = events[days.notna()]
    days = days[days.notna()]
    if len(events) == 0:
        return empty
    if period is None:
        period = "day" if (days.max() - days.min()).days < DAILY_MAX_DAYS else "week"
    national = is_national(events).to_numpy()
    figures = _figures(events)[cols]
    regional = figures[~national].groupby(days[~national]).sum()
    country = figures[national].groupby(days[national]).sum()
    daily = regional.combine(country, np.maximum, fill_value=0)
    full = pd.date_range(days.min(), days.max(), freq="D")
    daily = daily.reindex(full, fill_value=0)
    if period == "week":
        daily = daily.resample("W-MON", label="left", closed="left").sum()
    daily.index.name = "date"
    return daily.astype("int64").reset_index()


def over_time_chart(daily: pd.DataFrame, series: str) -> Any:
    """Grouped bars of one chart of `over_time` (Altair): one band per day or week, the series
    side by side in it (never drawn over each other), day ticks ("3 Dec"), never hours."""
    import altair as alt

    parts = CHART_SERIES[series]
    long = daily.melt(id_vars="date", value_vars=[c for c, _l, _c in parts],
                      var_name="series", value_name="count")
    labels = {c: label for c, label, _c in parts}
    long["series"] = long["series"].map(labels)
    weekly = len(daily) > 1 and (daily["date"].iloc[1] - daily["date"].iloc[0]).days == 7
    long["day"] = long["date"].dt.strftime("%Y-%m-%d")
    order = [label for _c, label, _k in parts]
    axis_title = "Week starting" if weekly else "Day"
    label_expr = "timeFormat(toDate(datum.value + 'T00:00:00'), '%-d %b')"
    n = len(daily)
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("day:O", title=axis_title,
                    axis=alt.Axis(labelExpr=label_expr, labelAngle=0 if n <= 14 else -45,
                                  labelOverlap=True)),
            xOffset=alt.XOffset("series:N", sort=order),
            y=alt.Y("count:Q", title=None),
            color=alt.Color("series:N", sort=order, title=None,
                            scale=alt.Scale(domain=order, range=[k for _c, _l, k in parts]),
                            legend=alt.Legend(orient="top")),
            tooltip=[alt.Tooltip("day:O", title=axis_title), alt.Tooltip("series:N", title=""),
                     alt.Tooltip("count:Q", title="Count", format=",")],
        )
        .properties(height=260)
    )


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
    return " · ".join([*parts, *filter_parts(view)])


def filter_parts(view: View) -> list[str]:
    """The view's filters other than the metric and dates, one phrase each."""
    parts: list[str] = []
    if view.weapons:
        parts.append(", ".join(WEAPON_LABELS[w] for w in view.weapons))
    if view.oblasts:
        names = dict(zip(load_units()["iso"], load_units()["name"], strict=True))
        parts.append(", ".join(names[o] for o in view.oblasts))
    if view.precisions:
        parts.append("precision " + ", ".join(PRECISION_LABELS[p] for p in view.precisions))
    if view.reviewed:
        parts.append("reviewed events only")
    return parts


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
