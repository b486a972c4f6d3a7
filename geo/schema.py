"""What an event is, defined once: its figures, the metrics summed over events and their labels,
the event table's columns, and the sidecar file naming a report's metadata.

The extractor writes events with these figures and every geo module (event table, units, maps,
static maps, exports, store) reads them, so they live in geo's core, which `extract` builds on.
Only the standard library: `extract` loads this without pulling in pandas.
"""

from __future__ import annotations

from datetime import date
from typing import Any

#: Event figures, in the contract's order (../shared/DESIGN.md).
FIGURES: tuple[str, ...] = ("drones", "drones_downed", "missiles", "missiles_downed", "killed",
                            "injured")

#: What a map or table can show: `events` counts events, the figures are summed.
METRICS: tuple[str, ...] = ("events", *FIGURES)

#: A metric's label: selectors, table headers, legends and tooltips of the dashboard.
METRIC_LABELS: dict[str, str] = {
    "events": "Events",
    "drones": "Drones launched",
    "drones_downed": "Drones shot down",
    "missiles": "Missiles launched",
    "missiles_downed": "Missiles shot down",
    "killed": "Killed",
    "injured": "Injured",
}

#: A metric in running text, after a number ("6 people killed"): the static maps' titles,
#: legends and totals, which stand alone in a document and so say what was counted.
METRIC_NOUNS: dict[str, str] = {
    "events": "strike events",
    "drones": "drones launched",
    "drones_downed": "drones shot down",
    "missiles": "missiles launched",
    "missiles_downed": "missiles shot down",
    "killed": "people killed",
    "injured": "people injured",
}

#: Columns of the event table, in order: the contract's event fields, then the article's, then
#: how many reports (sources) stand behind the event and which figures they disagree on
#: (`disputed`, comma-separated figure names; `geo.merge_rule`).
EVENT_COLUMNS: tuple[str, ...] = (
    "id", "date", "place", "place_kind", "lat", "lon", "oblast", "oblast_iso", "geo_precision",
    "weapon", *FIGURES, "sentence", "start", "end",
    "article_id", "source", "url", "title", "published", "sources", "disputed",
)

#: Columns of every event export: the event table's, then the review status (`extracted`,
#: `confirmed`, `corrected`, `rejected`; `geo.corrections`).
EXPORT_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, "status")

#: A report `x.txt` may have its metadata (source, published, title) in `x.meta.json`; folder
#: scans skip these sidecars.
META_SUFFIX: str = ".meta.json"


def iso_date(value: Any) -> date | None:
    """An event's or report's date (ISO date or datetime text) as a date; None when missing or
    malformed. One parser for the extractor's published dates and the store's event dates."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def web_url(value: Any) -> str | None:
    """`value` when it is a web link (`http`/`https`, a host, no spaces or control characters),
    else None. Only these become links in popups and tables; any other source (a file name,
    a `javascript:` URL) stays text. One test for the extractor, the store and the page."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    # (a scheme of http or https starts it: a file name, most sources of a batch, is turned
    # away before its characters are tested one by one)
    if text[:4].lower() != "http" or len(text) > 4096 or any(
            c.isspace() or ord(c) < 32 or ord(c) == 127 for c in text):
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def how_text(how: dict[str, str] | None) -> str:
    """An event's `how` (figure -> how it was obtained) as one table cell or store value:
    "drones=stated; drones_downed=carried"."""
    return "; ".join(f"{k}={v}" for k, v in (how or {}).items())
