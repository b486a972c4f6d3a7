"""Review: the events a reviewer works through, what stands behind each, and the one function
that writes their verdicts and fixes into the corrections log.

Plain functions over a store (`geo.store.Store`: `events_frame`, `event_reports`, `article`,
`add_correction`, `corrections`, `version`), so the page (`geo/review_page.py`) only lays out
widgets and any backend works. Every write goes through `record(store, who, ...)`: one place
where sign-in can gate who may write.
"""

from __future__ import annotations

import html
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from geo import corrections
from geo.corrections import CORRECTABLE, CorrectionError
from geo.schema import FIGURES, METRIC_LABELS, web_url

#: Labels of the correctable fields, in form order.
FIELD_LABELS: dict[str, str] = {"place": "Place", "date": "Date", "weapon": "Weapon",
                                **{f: METRIC_LABELS[f] for f in FIGURES}}
#: How a figure obtained otherwise than stated in its own sentence (`Event.how`): a weaker
#: reading a reviewer should check.
WEAK_HOW: tuple[str, ...] = ("carried", "remainder")
#: At most this many events are listed at once (each needs its reports read).
LIMIT = 300

_cache_lock = threading.Lock()
#: store -> (its version, its corrected events); weak, so a closed store's entry goes with it
#: (an id() could be reused by the next store opened).
_cache: weakref.WeakKeyDictionary[Any, tuple[Any, corrections.Applied]] = (
    weakref.WeakKeyDictionary())


def corrected(store: Any) -> corrections.Applied:
    """The store's events with its corrections applied, recomputed only when the store changed
    (`Store.version`), so a page asking on every rerun pays once per change."""
    version = store.version()
    with _cache_lock:
        hit = _cache.get(store)
        if hit is not None and hit[0] == version:
            return hit[1]
    out = corrections.apply(store.events_frame(), store.corrections(),
                            reports=store.event_reports)
    with _cache_lock:
        _cache[store] = (version, out)
    return out


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events the review lists; each filter narrows (all off: every event)."""

    unreviewed: bool = False  # no verdict or correction yet (status "extracted")
    weak: bool = False  # placed only near a settlement or to an oblast, or a figure carried
    #                     from an earlier sentence or the remainder of a total
    disagree: bool = False  # the reports behind it give different figures
    oblast: str | None = None  # ISO code
    start: date | None = None
    end: date | None = None
    rejected: bool = False  # also list rejected events (to undo a rejection)


def disagreements(reports: Sequence[Mapping[str, Any]]) -> list[str]:
    """The figures the reports behind one event give different values for."""
    out = []
    for f in FIGURES:
        values = {int(r[f]) for r in reports if r.get(f) is not None and not pd.isna(r[f])}
        if len(values) > 1:
            out.append(f)
    return out


def weak_reasons(event: Mapping[str, Any], reports: Sequence[Mapping[str, Any]]) -> list[str]:
    """Why an event's placing or a figure is a weaker reading, in words (empty: none)."""
    out = []
    precision = event.get("geo_precision")
    if precision is not None and not pd.isna(precision) and int(precision) >= 2:
        out.append("placed only to its oblast" if int(precision) >= 3
                   else "placed near a settlement")
    for r in reports:
        for part in str(r.get("how") or "").split(";"):
            name, _, how = part.strip().partition("=")
            if how in WEAK_HOW:
                word = "carried from an earlier sentence" if how == "carried" else \
                    "the remainder of a total"
                reason = f"{METRIC_LABELS.get(name, name).lower()}: {word}"
                if reason not in out:
                    out.append(reason)
    return out


def with_reports(store: Any, item: Mapping[str, Any]) -> dict[str, Any]:
    """An event with the reports behind it (`reports`), the figures they disagree on
    (`disagree`) and why its reading is weaker (`weak`). A split-off event shows its parent's
    reports."""
    if "reports" in item:
        return dict(item)
    reports = store.event_reports(str(item["id"]).split("~")[0])
    return {**item, "reports": reports, "disagree": disagreements(reports),
            "weak": weak_reasons(item, reports)}


#: At most this many events are read for the report-based filters (sources disagree, weaker
#: reading), newest first, on one listing.
SCAN = 3_000
_queue_cache: weakref.WeakKeyDictionary[Any, dict[Any, Any]] = weakref.WeakKeyDictionary()


def queue(store: Any, filters: Filters, *, limit: int = LIMIT) -> tuple[list[dict[str, Any]],
                                                                       int]:
    """The events to review (corrected values, newest first) and how many matched the cheap
    filters (status, oblast, dates). The report-based filters read each candidate's reports
    (at most `SCAN`), and those events carry them (`with_reports`); otherwise only the first
    `limit` events are read, without reports. Cached until the store changes: the page asks on
    every rerun."""
    version = store.version()
    key = (version, filters, limit)
    with _cache_lock:
        cached = _queue_cache.get(store)
        if cached is not None and key in cached:
            return cached[key]
    events = corrected(store).events
    keep = pd.Series(True, index=events.index)
    if not filters.rejected:
        keep &= events["status"] != "rejected"
    if filters.unreviewed:
        keep &= events["status"] == "extracted"
    if filters.oblast:
        keep &= events["oblast_iso"] == filters.oblast
    day = pd.to_datetime(events["date"], errors="coerce").dt.date
    if filters.start:
        keep &= day.notna() & (day >= filters.start)
    if filters.end:
        keep &= day.notna() & (day <= filters.end)
    chosen = events[keep].assign(_day=day[keep]).sort_values(
        ["_day", "id"], ascending=[False, True], na_position="last").drop(columns="_day")
    by_reports = filters.disagree or filters.weak
    out: list[dict[str, Any]] = []
    for row in chosen.head(SCAN if by_reports else limit).to_dict("records"):
        if by_reports:
            row = with_reports(store, row)
            if (filters.disagree and not row["disagree"]) or (filters.weak and not row["weak"]):
                continue
        out.append(row)
        if len(out) >= limit:
            break
    result = (out, int(keep.sum()))
    with _cache_lock:
        _queue_cache[store] = {key: result}  # one listing per store: the latest
    return result


def figures_table(reports: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Every report's figures side by side: one row per figure, one column per report
    ("1: source"), a last column "Disagree" marking figures the reports differ on."""
    cols: dict[str, list[str]] = {}
    for i, r in enumerate(reports, start=1):
        name = f"{i}: {str(r.get('source') or r.get('title') or r.get('article_id'))[:40]}"
        cols[name] = ["" if r.get(f) is None or pd.isna(r.get(f)) else str(int(r[f]))
                      for f in FIGURES]
    table = pd.DataFrame(cols, index=[METRIC_LABELS[f] for f in FIGURES])
    differ = set(disagreements(reports))
    table["Disagree"] = ["⚠ differ" if f in differ else "" for f in FIGURES]
    return table.reset_index(names="Figure")


def context_html(text: str | None, sentence: str | None, *, width: int = 280) -> str:
    """The report's sentence in its context, escaped, the sentence in <mark>: `width`
    characters either side, cut at spaces. Without the text, the sentence alone."""
    sentence = sentence or ""
    where = text.find(sentence) if text and sentence else -1
    if where < 0:
        return f"<mark>{html.escape(sentence)}</mark>"
    assert text is not None
    lo, hi = max(0, where - width), min(len(text), where + len(sentence) + width)
    if lo > 0:
        lo = text.find(" ", lo, where) + 1 or lo
    if hi < len(text):
        cut = text.rfind(" ", where + len(sentence), hi)
        hi = cut if cut > 0 else hi
    before, after = text[lo:where], text[where + len(sentence):hi]
    return ("…" * (lo > 0) + html.escape(before) + "<mark>" + html.escape(sentence)
            + "</mark>" + html.escape(after) + "…" * (hi < len(text)))


def source_html(report: Mapping[str, Any]) -> str:
    """A report's source as HTML: a link (new tab, no referrer) only for an http(s) URL,
    anything else as escaped text."""
    label = str(report.get("title") or report.get("source") or report.get("url") or "source")
    url = web_url(report.get("url")) or web_url(report.get("source"))
    if url is None:
        return html.escape(label)
    return (f'<a href="{html.escape(url, quote=True)}" target="_blank" '
            f'rel="noopener noreferrer nofollow">{html.escape(label)}</a>')


def report_context(store: Any, report: Mapping[str, Any]) -> str:
    """One report's sentence highlighted in its article's text (`context_html`)."""
    article = store.article(report["article_id"]) if report.get("article_id") else None
    return context_html((article or {}).get("text"), report.get("sentence"))


def form_value(event: Mapping[str, Any], field_name: str) -> str:
    """A field's value as a form shows it: text, blank for none."""
    value = corrections.current_value(event, field_name)
    if field_name == "place":
        return "" if not value else str(value.get("place") or "")
    return "" if value is None else str(value)


# -- writing -------------------------------------------------------------------------------------


def _extracted(store: Any, event_id: str) -> tuple[dict[str, Any], list[str]]:
    """The event as extracted (what its reference is made from) and its reports' articles;
    an event split off by a correction is named through that correction."""
    base = store.events_frame()
    rows = base[base["id"] == event_id]
    if len(rows):
        event = rows.iloc[0].to_dict()
        return event, [r["article_id"] for r in store.event_reports(event_id)]
    _parent, sep, short = event_id.partition("~")
    if sep:
        for row in store.corrections():
            if row["action"] == "split" and row["id"].startswith(short):
                return {"id": event_id, "split_of": row["id"]}, []
    raise CorrectionError(f"event {event_id} is not in the store (any more); reload the "
                          f"review list")


def _shown(store: Any, event_id: str) -> dict[str, Any]:
    events = corrected(store).events
    rows = events[events["id"] == event_id]
    if not len(rows):
        raise CorrectionError(f"event {event_id} is not in the store (any more); reload the "
                              f"review list")
    return rows.iloc[0].to_dict()


def record(store: Any, who: str, action: str, event_id: str, *,
           changes: Mapping[str, Any] | None = None, reason: str | None = None,
           target_id: str | None = None) -> list[dict[str, Any]]:
    """Write a reviewer's decision on one event; the rows written (checked first: a bad value
    writes nothing and raises `CorrectionError` saying which).

    - `save`: `changes` maps fields (`CORRECTABLE`) to the form's text; a row for each field
      that differs from the value shown, or a `confirm` when none does;
    - `confirm`, `reject`;
    - `merge`: this event is the same strike as `target_id`;
    - `split`: a second event out of this one, with the values in `changes`.

    The one door for writes: sign-in gates it by `who`.
    """
    event, articles = _extracted(store, event_id)
    shown = _shown(store, event_id)
    rows: list[dict[str, Any]] = []
    if action == "save":
        changed = {}
        for name, text in (changes or {}).items():
            if name not in CORRECTABLE:
                raise CorrectionError(f"{name!r} cannot be corrected")
            if str(text or "").strip() == form_value(shown, name):
                continue
            if name != "place" and corrections.parse_value(name, text) == \
                    corrections.current_value(shown, name):
                continue  # "03" for 3, "1,000" for 1000: the same value
            changed[name] = text
        if not changed:
            rows.append(corrections.make("confirm", event, who=who, reason=reason,
                                         articles=articles, current=shown))
        for name, text in changed.items():
            rows.append(corrections.make("correct", event, who=who, field_name=name,
                                         value=text, reason=reason, articles=articles,
                                         current=shown))
    elif action in ("confirm", "reject"):
        rows.append(corrections.make(action, event, who=who, reason=reason, articles=articles,
                                     current=shown))
    elif action == "merge":
        if not target_id:
            raise CorrectionError("merge: choose the event this one is the same strike as")
        target, target_articles = _extracted(store, target_id)
        _shown(store, target_id)
        rows.append(corrections.make("merge", event, who=who, reason=reason, articles=articles,
                                     target=target, target_articles=target_articles,
                                     current=shown))
    elif action == "split":
        wanted = {k: v for k, v in (changes or {}).items() if str(v or "").strip()}
        rows.append(corrections.make("split", event, who=who, reason=reason, articles=articles,
                                     value=wanted, current=shown))
    else:
        raise CorrectionError(f"unknown review action {action!r}")
    for row in rows:
        store.add_correction(row)
    return rows


def import_log(store: Any, who: str, data: bytes, name: str) -> corrections.Imported:
    """Import a corrections log exported by another machine (`corrections.import_log`, as
    `python -m extract review --import` does): rows the log has are skipped, malformed rows
    refused one message each, rows naming an event not in this store kept and said so.
    Each row keeps the reviewer who made it; `who` (the editor importing) gates the write."""
    if not str(who or "").strip():
        raise CorrectionError("who imports the log? Sign in or enter your name first")
    return corrections.import_log(store, data, name, store.events_frame())


def merge_candidates(store: Any, event: Mapping[str, Any], *, days: int = 2,
                     limit: int = 40) -> list[dict[str, Any]]:
    """Events that may be the same strike as `event`: not itself, not rejected, within
    `days` of its date, in its oblast or country-wide; nearest first."""
    events = corrected(store).events
    events = events[(events["id"] != event.get("id")) & (events["status"] != "rejected")]
    day = pd.to_datetime(event.get("date"), errors="coerce")
    gap = (pd.to_datetime(events["date"], errors="coerce") - day).abs().dt.days
    near = gap.le(days) if not pd.isna(day) else pd.Series(True, index=events.index)
    iso = event.get("oblast_iso")
    same = events["oblast_iso"].eq(iso) | events["oblast_iso"].isna() if isinstance(
        iso, str) else pd.Series(True, index=events.index)
    mask = near & same
    picked = events[mask].assign(_gap=gap[mask].fillna(99)).sort_values(["_gap", "id"])
    return picked.drop(columns="_gap").head(limit).to_dict("records")


def describe_event(event: Mapping[str, Any]) -> str:
    """One line naming an event: place, date, weapon and its figures (plain text)."""
    day = pd.to_datetime(event.get("date"), errors="coerce")
    figs = ", ".join(f"{METRIC_LABELS[f].lower()} {int(event[f])}" for f in FIGURES
                     if event.get(f) is not None and not pd.isna(event[f]))
    return (f"{event.get('place') or '?'} · {'undated' if pd.isna(day) else day.date()} · "
            f"{event.get('weapon') or 'unknown'}" + (f" · {figs}" if figs else ""))


def history(store: Any, event_id: str) -> list[str]:
    """What reviewers did to one event (merges into it included), oldest first, one line
    each."""
    applied = corrected(store).applied
    return [corrections.describe(row) + (f" ({row['reason']})" if row.get("reason") else "")
            for row in store.corrections() if applied.get(row["id"]) == event_id]
