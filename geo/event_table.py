"""The event table: extraction results (contract dicts) as one flat DataFrame.

Every consumer of events (maps, static renders, exports, the store) starts from this table, so
the columns are fixed once (`geo.schema.EVENT_COLUMNS`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from geo.schema import EVENT_COLUMNS, FIGURES, web_url


def events_frame(documents: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Flatten extraction documents ({"article", "mentions", "events"}) into the event table.

    Figures are nullable integers (a missing figure stays missing, it is not zero); `date` is a
    datetime64 column; `sources` counts the reports behind an event (1 unless a store merged
    several).
    """
    rows: list[dict[str, Any]] = []
    for doc in documents:
        article = doc.get("article") or {}
        for ev in doc.get("events") or ():
            row = {c: ev.get(c) for c in EVENT_COLUMNS}
            row["article_id"] = article.get("id")
            row["source"] = ev.get("source") or article.get("source")
            row["url"] = ev.get("url") or article.get("url") or row["source"]
            row["title"] = article.get("title")
            row["published"] = article.get("published")
            row["sources"] = ev.get("sources") or 1
            rows.append(row)
    return normalize_events(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)))


def normalize_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Give any event-shaped frame the table's columns and dtypes (a review `status` column,
    `geo.corrections.apply`, is kept when there is one)."""
    out = frame.copy()
    for col in EVENT_COLUMNS:
        if col not in out:
            out[col] = None
    for col in (*FIGURES, "geo_precision", "start", "end", "sources"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    for col in ("lat", "lon"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["date"] = pd.to_datetime(out["date"], errors="coerce")
    out["weapon"] = out["weapon"].fillna("unknown")
    # `url` holds web links only (http/https): whatever else a file or an old store has there
    # is dropped, and the source column keeps it as text.
    urls = out["url"].tolist()
    links = {u: web_url(u) for u in set(urls) if isinstance(u, str)}  # few distinct ones
    out["url"] = pd.Series([links.get(u) if isinstance(u, str) else None for u in urls],
                           index=out.index, dtype=object)
    keep = [*EVENT_COLUMNS, *(["status"] if "status" in out else [])]
    return out[keep].reset_index(drop=True)
