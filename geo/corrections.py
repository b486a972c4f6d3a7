"""Corrections are data: reviewers' verdicts and fixes as an append-only log, applied over the
extracted events.

A row of the log (`geo.store.CORRECTION_COLUMNS`; every value text, the JSON ones marked):

- `id`: a hash of the row's content, so the same row imported twice is stored once;
- `event` (JSON): which event, as a *stable reference* (below); `event_id`: its id when the
  row was made, for people reading the log (never used to find the event);
- `action`: `confirm`, `correct`, `reject` (not a strike), `merge` (this event into the one
  in `new_value`), `split` (a second event out of this one, with the fields in `new_value`);
- `field`: for `correct`, one of `CORRECTABLE` (place, date, weapon, each figure);
- `old_value` / `new_value` (JSON): the value seen by the reviewer and the one they gave;
- `who`, `at` (UTC, ISO 8601), `reason` (optional).

Why a stable reference and not the event's id or row number: ids are made when a report is
first stored (the first report's id, or a hash when that is taken) and autoincrement numbers
depend on ingest order, so neither survives rebuilding a store from the same reports or
re-extracting them with a better extractor. The reference names what does survive: the
articles behind the event (article ids are the SHA-1 of the report's text), where it is at its
own precision (`geo.dedup.match_key`: settlement in its oblast, the oblast, or the country),
its weapon, its date and its sentence. An event matches when its article is one of the
reference's articles and its place key and weapon are the reference's (the nearest date
wins); failing that, when its article is one of them and its sentence is the same (a better
extractor that placed the same sentence elsewhere). A reference that matches nothing is
reported ("no longer exists") and stays in the log: it applies again if the event comes back.

`apply` is a pure function of the event table and the log, so every store backend (SQLite,
PostGIS) gets the same result from the same two methods (`add_correction`, `corrections`).
The log is applied in time order (`at`, then `id`), so logs merged from several machines give
the same result everywhere; the reviewer's value wins over whatever is extracted now.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geo.event_table import normalize_events
from geo.safe_csv import FORMULA_STARTS, safe_cell
from geo.schema import FIGURES, iso_date

#: What a reviewer can do to an event.
ACTIONS: tuple[str, ...] = ("confirm", "correct", "reject", "merge", "split")
#: What a `correct` may change.
CORRECTABLE: tuple[str, ...] = ("place", "date", "weapon", *FIGURES)
#: An event's review status, in every export's `status` column.
STATUSES: tuple[str, ...] = ("extracted", "confirmed", "corrected", "rejected")
#: Statuses of events a reviewer has looked at and kept.
REVIEWED: tuple[str, ...] = ("confirmed", "corrected")
#: The weapons an event may have (`extract.model.Weapon`).
WEAPONS: tuple[str, ...] = ("drone", "missile", "glide_bomb", "artillery", "unknown")
#: The columns of a log (the store's `CORRECTION_COLUMNS`; repeated so this module needs no
#: store).
COLUMNS: tuple[str, ...] = ("id", "event", "event_id", "action", "field", "old_value",
                            "new_value", "who", "at", "reason")
#: Fields a place correction sets together.
PLACE_FIELDS: tuple[str, ...] = ("place", "place_kind", "lat", "lon", "oblast", "oblast_iso",
                                 "geo_precision")
#: Largest figure a reviewer may enter (a typo guard: no strike launched ten million drones).
MAX_FIGURE = 1_000_000
_MAX_TEXT = 2_000  # who / reason / a place name


class CorrectionError(ValueError):
    """A correction that cannot be made or read; the message says why and what to do."""


# -- references ---------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return str(value)


def _day(value: Any) -> str | None:
    if isinstance(value, (pd.Timestamp, datetime, date)) and not pd.isna(value):
        return value.strftime("%Y-%m-%d")
    d = iso_date(_text(value))
    return d.isoformat() if d else None


def _match_key(row: Mapping[str, Any]) -> str:
    from geo.dedup import match_key  # deferred: geo.dedup loads datasketch

    return match_key({k: (None if pd.isna(v) else v) if not isinstance(v, (list, dict)) else v
                      for k, v in row.items()})


def event_ref(event: Mapping[str, Any], *, articles: Iterable[str] = ()) -> dict[str, Any]:
    """The stable reference of an event (a row of the *extracted* event table, before
    corrections), naming every article behind it: its own `article_id` plus `articles` (the
    reports' article ids, `Store.event_reports`)."""
    if event.get("split_of"):
        return {"split": str(event["split_of"])}
    ids = {a for a in [_text(event.get("article_id")), *articles] if a}
    return {"articles": sorted(ids), "match_key": _match_key(event),
            "weapon": _text(event.get("weapon")) or "unknown", "date": _day(event.get("date")),
            "sentence": _text(event.get("sentence")) or ""}


class _Index:
    """Finds the events a reference names in one event table (the extracted values). Place
    keys are computed only for the events of the articles asked about: a log of a few hundred
    rows over 100,000 events reads a few hundred rows."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame  # a RangeIndex (`normalize_events`): labels are positions
        codes, uniques = pd.factorize(frame["article_id"].to_numpy(dtype=object))
        self._code = {str(u): c for c, u in enumerate(uniques)}
        self._order = np.argsort(codes, kind="stable")  # rows grouped by article
        self._bounds = np.searchsorted(codes[self._order], np.arange(len(uniques) + 1))
        self._keys: dict[Any, tuple[str, str, str | None, str]] = {}
        self.rows: dict[Any, dict[str, Any]] = {}  # rows read so far, as dicts

    def of_article(self, article_id: Any) -> Any:
        """The rows of one article's events (positions)."""
        code = self._code.get(str(article_id))
        if code is None:
            return ()
        return self._order[self._bounds[code]:self._bounds[code + 1]]

    def prefetch(self, refs: Iterable[Any]) -> None:
        """Read at once every row the references may name (one `iloc`, not one per row)."""
        wanted = {int(i) for ref in refs if isinstance(ref, dict)
                  for a in ref.get("articles") or () for i in self.of_article(a)}
        wanted -= set(self.rows)
        if wanted:
            picked = sorted(wanted)
            for i, row in zip(picked, self.frame.iloc[picked].to_dict("records"), strict=True):
                self.rows[i] = row

    def row(self, i: Any) -> dict[str, Any]:
        if i not in self.rows:
            self.rows[i] = self.frame.loc[i].to_dict()
        return self.rows[i]

    def keys(self, i: Any) -> tuple[str, str, str | None, str]:
        if i not in self._keys:
            row = self.row(i)
            self._keys[i] = (_match_key(row), _text(row.get("weapon")) or "unknown",
                             _day(row.get("date")), _text(row.get("sentence")) or "")
        return self._keys[i]

    def find(self, ref: Mapping[str, Any]) -> int | None:
        rows = sorted({int(i) for a in ref.get("articles") or ()
                       for i in self.of_article(a)})
        if not rows:
            return None
        same = [i for i in rows if self.keys(i)[:2] == (ref.get("match_key"), ref.get("weapon"))]
        if same:
            want = iso_date(ref.get("date"))

            def gap(i: int) -> tuple[int, int]:
                have = iso_date(self.keys(i)[2])
                return (abs((have - want).days) if have and want else
                        (0 if have == want else 999), i)

            return min(same, key=gap)
        sentence = ref.get("sentence")
        by_sentence = [i for i in rows if sentence and self.keys(i)[3] == sentence]
        return by_sentence[0] if by_sentence else None


# -- making rows ----------------------------------------------------------------------------------


def now() -> str:
    """The time of a correction: UTC, ISO 8601."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_id(row: Mapping[str, Any]) -> str:
    """A row's id: the SHA-1 of everything else in it (the same correction made once is one
    row, however many times a log holding it is imported)."""
    body = _dump({c: row.get(c) for c in COLUMNS if c != "id"})
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def _who(who: Any) -> str:
    text = (_text(who) or "").strip()
    if not text:
        raise CorrectionError("who made the correction is missing: give a name or initials")
    if len(text) > 200 or any(ord(c) < 32 for c in text):
        raise CorrectionError("who: at most 200 characters, no control characters")
    return text


def parse_value(field_name: str, value: Any, *, hint: str | None = None) -> Any:
    """A reviewer's value for `field_name`, checked: a figure is a whole number 0..MAX_FIGURE
    (blank: no figure), a date YYYY-MM-DD (blank: undated), a weapon one of `WEAPONS`, a place
    a name the offline gazetteer knows (`hint`: the oblast ISO code that settles namesakes),
    given as the fields a place sets (`PLACE_FIELDS`)."""
    text = _text(value)
    text = text.strip() if text is not None else None
    if field_name in FIGURES:
        if isinstance(value, bool):
            raise CorrectionError(f"{field_name}: {value!r} is not a number")
        if not text:
            return None
        try:
            number = float(text.replace(",", "").replace("\u202f", "").replace(" ", ""))
        except ValueError:
            raise CorrectionError(f"{field_name}: {text!r} is not a number; give a whole "
                                  f"number, or leave it blank for no figure") from None
        if not math.isfinite(number) or number != int(number) or not 0 <= number <= MAX_FIGURE:
            raise CorrectionError(f"{field_name}: {text!r} is not a whole number between 0 "
                                  f"and {MAX_FIGURE:,}")
        return int(number)
    if field_name == "date":
        if not text:
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise CorrectionError(f"date: {text!r} is not a date YYYY-MM-DD") from None
        if not date(2000, 1, 1) <= day <= date.today() + timedelta(days=2):
            raise CorrectionError(f"date: {day} is before 2000 or in the future")
        return day.isoformat()
    if field_name == "weapon":
        if text not in WEAPONS:
            raise CorrectionError(f"weapon: {text!r} is none of {', '.join(WEAPONS)}")
        return text
    if field_name == "place":
        if isinstance(value, Mapping):
            return _place_value(value)
        if not text:
            raise CorrectionError("place: give a place name (a settlement or an oblast)")
        if len(text) > 200:
            raise CorrectionError("place: at most 200 characters")
        return resolve_place(text, hint=hint)
    raise CorrectionError(f"{field_name!r} cannot be corrected; one of {', '.join(CORRECTABLE)}")


def resolve_place(name: str, *, hint: str | None = None) -> dict[str, Any]:
    """The fields a place name sets, from the offline gazetteer (no network: a review works
    offline). Raises `CorrectionError` for a name it does not know or a place abroad."""
    from geo.geocode import Geocoder  # deferred: the gazetteer loads once, on first use

    found = Geocoder(online=False).geocode(name, oblast_hint=hint)
    if found is None:
        raise CorrectionError(f"place: {name!r} is not in the gazetteer; check the spelling, "
                              f"or give its oblast (e.g. Kharkiv oblast)")
    if not found.in_ukraine:
        raise CorrectionError(f"place: {name!r} is {found.name}, outside Ukraine")
    kind = found.kind if found.kind in ("settlement", "oblast", "raion", "country") else "other"
    return _place_value({"place": found.name, "place_kind": kind, "lat": found.lat,
                         "lon": found.lon, "oblast": found.oblast,
                         "oblast_iso": found.oblast_iso,
                         "geo_precision": 3 if kind in ("oblast", "country") else 1})


def _place_value(value: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: value.get(k) for k in PLACE_FIELDS}
    if not _text(out["place"]):
        raise CorrectionError("place: the place has no name")
    for k, bound in (("lat", 90.0), ("lon", 180.0)):
        v = out[k]
        if v is not None and (not isinstance(v, (int, float)) or not math.isfinite(v)
                              or abs(v) > bound):
            raise CorrectionError(f"place: {k} {v!r} is not on the globe")
    return out


def make(action: str, event: Mapping[str, Any], *, who: str, field_name: str | None = None,
         value: Any = None, reason: str | None = None, articles: Iterable[str] = (),
         target: Mapping[str, Any] | None = None, target_articles: Iterable[str] = (),
         current: Mapping[str, Any] | None = None, at: str | None = None) -> dict[str, Any]:
    """One checked log row.

    `event` is the event as extracted (its reference is made from it; see the module
    docstring), `current` as shown with corrections applied (its value is the row's
    `old_value`; default: `event`). `correct` needs `field_name` and `value` (a reviewer's
    text, checked by `parse_value`); `merge` needs `target` (the extracted event this one
    joins); `split` takes `value`, a mapping field -> value for the new event.
    """
    if action not in ACTIONS:
        raise CorrectionError(f"action {action!r} is none of {', '.join(ACTIONS)}")
    shown = current if current is not None else event
    hint = _text(shown.get("oblast_iso"))
    row: dict[str, Any] = {c: None for c in COLUMNS}
    row.update(event=_dump(event_ref(event, articles=articles)), event_id=_text(event.get("id")),
               action=action, who=_who(who), at=at or now())
    if reason is not None and _text(reason) and _text(reason).strip():  # type: ignore[union-attr]
        if len(str(reason)) > _MAX_TEXT:
            raise CorrectionError(f"reason: at most {_MAX_TEXT:,} characters")
        row["reason"] = str(reason).strip()
    if action == "correct":
        if field_name not in CORRECTABLE:
            raise CorrectionError(f"field {field_name!r} cannot be corrected; one of "
                                  f"{', '.join(CORRECTABLE)}")
        new = parse_value(field_name, value, hint=hint)
        old = current_value(shown, field_name)
        if new == old:
            raise CorrectionError(f"{field_name}: {_show(new)} is the value already shown; "
                                  f"nothing to correct (confirm the event instead)")
        row.update(field=field_name, old_value=_dump(old), new_value=_dump(new))
    elif action == "merge":
        if target is None:
            raise CorrectionError("merge: choose the event this one is the same strike as")
        if _text(target.get("id")) == _text(event.get("id")):
            raise CorrectionError("merge: an event cannot be merged into itself")
        row["new_value"] = _dump(event_ref(target, articles=target_articles))
        row["old_value"] = _dump(_text(target.get("id")))
    elif action == "split":
        fields = dict(value or {})
        if not fields:
            raise CorrectionError("split: give at least one value (place, date, weapon or a "
                                  "figure) that sets the second event apart")
        out = {k: parse_value(k, v, hint=hint) for k, v in fields.items()}
        row["new_value"] = _dump(out)
    row["id"] = row_id(row)
    return row


def current_value(event: Mapping[str, Any], field_name: str) -> Any:
    """An event's value of a correctable field, as a log stores it."""
    if field_name == "place":
        return {k: _json_scalar(event.get(k)) for k in PLACE_FIELDS}
    if field_name == "date":
        return _day(event.get("date"))
    return _json_scalar(event.get(field_name))


def _json_scalar(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _show(value: Any) -> str:
    if isinstance(value, Mapping):
        return str(value.get("place"))
    return "blank" if value is None else str(value)


def describe(row: Mapping[str, Any]) -> str:
    """One line about a log row, for messages and the review page."""
    what = row.get("action") or "?"
    if what == "correct":
        try:
            old, new = json.loads(row.get("old_value") or "null"), json.loads(
                row.get("new_value") or "null")
            what = f"{row.get('field')} {_show(old)} -> {_show(new)}"
        except ValueError:
            what = f"correct {row.get('field')}"
    return f"{what} by {row.get('who')} at {str(row.get('at') or '')[:16]}"


# -- applying -------------------------------------------------------------------------------


@dataclass
class Applied:
    """The event table with corrections applied (`status` column added), and what could not
    be applied, one message a row."""

    events: pd.DataFrame
    problems: list[str] = field(default_factory=list)
    #: correction id -> id of the event it applied to, as it is now (after merges): the
    #: review page shows each event's history.
    applied: dict[str, str] = field(default_factory=dict)


def _loads(text: Any, what: str) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        raise CorrectionError(f"{what} is not JSON") from None


def apply(events: pd.DataFrame, log: Sequence[Mapping[str, Any]], *,
          reports: Callable[[str], Sequence[Mapping[str, Any]]] | None = None) -> Applied:
    """The extracted events with the log applied over them (pure: same inputs, same output).

    Adds `status` (`STATUSES`). Rejected events stay in the table with status `rejected`
    (exports say so; the map and totals drop them, `geo.view`); an event merged into another
    leaves the table (the other gains its reports, and its figures follow the store's merge
    rule over both events' reports: `_merge`; `reports` is `Store.event_reports`, without it
    each event counts as one report); a split adds a row,
    after its parent, whose id is the parent's plus `~` and the correction's first 8 hex
    digits. Only the events the log names are copied and changed, so a log of hundreds of
    rows over 100,000 events costs little more than reading them.
    """
    frame = normalize_events(events)
    frame["status"] = "extracted"
    out = Applied(frame)
    if not log:
        return out
    index = _Index(frame)
    rows: dict[Any, dict[str, Any]] = {}  # the events the log touches, as dicts

    def row(i: Any) -> dict[str, Any]:
        if i not in rows:
            rows[i] = dict(index.row(i))
        return rows[i]

    verdict: dict[Any, str] = {}

    def _settled(k: Any) -> dict[str, Any]:
        vals = dict(reviewed.get(k, {}))
        if verdict.get(k) == "confirmed":
            for f in FIGURES:
                if f not in vals and _json_scalar(row(k).get(f)) is not None:
                    vals[f] = row(k).get(f)
        return vals

    corrected: set[Any] = set()
    merged_into: dict[Any, Any] = {}
    members: dict[Any, list[Any]] = {}  # an event -> the events merged into it, itself first
    reviewed: dict[Any, dict[str, Any]] = {}  # an event -> the figures a reviewer set
    splits: dict[str, Any] = {}
    children: dict[Any, list[Any]] = {}  # parent -> its split-off events, in order
    origins: dict[Any, Any] = {}  # split-off event -> the table row it came from
    hits: dict[str, Any] = {}
    order = sorted(log, key=lambda r: (str(r.get("at") or ""), str(r.get("id") or "")))
    refs = []
    for corr in order:
        for col in ("event", "new_value"):
            with suppress(CorrectionError):
                refs.append(_loads(corr.get(col), col))
    index.prefetch(refs)
    for corr in order:
        cid = str(corr.get("id"))
        try:
            ref = _loads(corr.get("event"), "event")
            idx = splits.get(ref.get("split")) if isinstance(ref, dict) and ref.get("split") \
                else index.find(ref) if isinstance(ref, dict) else None
            if idx is None:
                out.problems.append(
                    f"correction {cid[:8]} ({describe(corr)}): event "
                    f"{corr.get('event_id') or ''} {_ref_words(ref)} no longer exists; kept in "
                    f"the log, it applies again if the event comes back")
                continue
            while idx in merged_into:
                idx = merged_into[idx]
            action = corr.get("action")
            new = _loads(corr.get("new_value"), "new_value")
            if action == "confirm":
                verdict[idx] = "confirmed"
            elif action == "reject":
                verdict[idx] = "rejected"
            elif action == "correct":
                _set(row(idx), str(corr.get("field")), new)
                corrected.add(idx)
                if corr.get("field") in FIGURES:  # a reviewer's value settles the figure
                    reviewed.setdefault(idx, {})[str(corr.get("field"))] = new
                    _undispute(row(idx), str(corr.get("field")))
                if verdict.get(idx) == "rejected":  # a corrected event is a strike after all
                    del verdict[idx]
            elif action == "merge":
                into = index.find(new) if isinstance(new, dict) and not new.get("split") \
                    else splits.get((new or {}).get("split"))
                while into in merged_into:
                    into = merged_into[into]
                if into is None or into == idx:
                    out.problems.append(f"correction {cid[:8]} (merge by {corr.get('who')}): "
                                        f"the event to merge into no longer exists; not merged")
                    continue
                both = sorted([*members.get(into, [into]), *members.get(idx, [idx])],
                              key=_stored_order)
                # a reviewer's values first (a confirmed event's figures, corrected ones);
                # the target's win over the merged-away event's
                settled = {**_settled(idx), **_settled(into)}
                _merge(row(into), row(idx),
                       [r for k in both for r in _event_reports(k, row(k), reports)], settled)
                members[into], reviewed[into] = both, settled
                merged_into[idx] = into
                corrected.add(into)
            elif action == "split":
                child = dict(row(idx))
                for k, v in (new or {}).items():
                    _set(child, k, v)
                child["id"] = f"{row(idx)['id']}~{cid[:8]}"
                child["sources"] = 1
                key = ("split", cid)
                rows[key] = child
                splits[cid] = key
                parent = origins.get(idx, idx)  # a split of a split-off: after the first
                origins[key] = parent
                children.setdefault(parent, []).append(key)
                corrected.update((idx, key))
            else:
                out.problems.append(f"correction {cid[:8]}: unknown action {action!r}; "
                                    f"skipped")
                continue
            hits[cid] = idx
        except (CorrectionError, KeyError, TypeError, ValueError, AttributeError) as exc:
            out.problems.append(f"correction {cid[:8]}: cannot be applied ({exc}); skipped")
    for cid, idx in hits.items():
        while idx in merged_into:
            idx = merged_into[idx]
        out.applied[cid] = str(row(idx)["id"])

    def status(k: Any) -> str:
        if verdict.get(k) == "rejected":
            return "rejected"
        if k in corrected:
            return "corrected"
        return "confirmed" if verdict.get(k) == "confirmed" else "extracted"

    # The table: untouched events as they are, changed ones replaced, split-offs after their
    # parent, merged-away ones out; dtypes set again by `normalize_events`.
    labels = np.full(len(frame), "extracted", dtype=object)
    for k in {*verdict, *corrected}:
        if not isinstance(k, tuple):
            labels[k] = status(k)
    changed = [k for k in rows if not isinstance(k, tuple)]
    keep = frame.assign(status=labels, _pos=np.arange(len(frame), dtype=float))
    keep = keep.drop(index=[*changed, *merged_into])
    extra = [{**rows[k], "status": status(k), "_pos": float(k)}
             for k in changed if k not in merged_into]
    for parent, kids in children.items():
        for n, key in enumerate(kids, start=1):
            extra.append({**rows[key], "status": status(key),
                          "_pos": float(parent) + n / (len(kids) + 1)})
    result = keep
    if extra:
        result = pd.concat([keep, pd.DataFrame(extra)], ignore_index=True).sort_values(
            "_pos", kind="stable")
    result = normalize_events(result.drop(columns="_pos"))
    out.events = result
    return out


def _ref_words(ref: Any) -> str:
    if not isinstance(ref, dict):
        return ""
    if ref.get("split"):
        return "(split off by an earlier correction)"
    return f"({ref.get('match_key')}, {ref.get('weapon')}, {ref.get('date') or 'undated'})"


def _set(row: dict[str, Any], field_name: str, value: Any) -> None:
    if field_name == "place":
        if not isinstance(value, dict):
            raise CorrectionError("a place correction holds the place's fields")
        row.update({k: value.get(k) for k in PLACE_FIELDS})
    elif field_name == "date":
        row["date"] = pd.Timestamp(value) if value else pd.NaT
    elif field_name in CORRECTABLE:
        row[field_name] = value
    else:
        raise CorrectionError(f"{field_name!r} cannot be corrected")


def _undispute(row: dict[str, Any], figure: str) -> None:
    text = row.get("disputed")
    left = [f for f in (text if isinstance(text, str) else "").split(",") if f and f != figure]
    row["disputed"] = ",".join(left) or None


def _stored_order(key: Any) -> tuple[float, str]:
    """Events in the order they were stored (table rows), split-offs after every stored one."""
    return (float("inf"), str(key)) if isinstance(key, tuple) else (float(key), "")


def _event_reports(key: Any, event: Mapping[str, Any],
                   reports: Callable[[str], Sequence[Mapping[str, Any]]] | None
                   ) -> list[dict[str, Any]]:
    """One event's reports as merge-rule votes (story, credible figures), in stored order:
    the store's reports when `reports` is given, else the event itself as one story (so is a
    split-off, whose reports are its parent's)."""
    from geo.dedup import credible_figures  # deferred: only a merge needs it

    own = [dict(r) for r in reports(str(event["id"]))] if reports is not None and \
        not isinstance(key, tuple) else []
    if not own:
        own = [{"story_id": f"event:{event['id']}",
                **{f: _json_scalar(event.get(f)) for f in FIGURES}}]
    return [{"story_id": str(r.get("story_id") or f"report:{event['id']}:{i}"),
             **credible_figures(r)} for i, r in enumerate(own)]


def _merge(into: dict[str, Any], other: Mapping[str, Any],
           votes: Sequence[Mapping[str, Any]], settled: Mapping[str, Any]) -> None:
    """Two events a reviewer says are one strike: their figures settled as the store settles
    the reports of one event (`geo.merge_rule`: a reviewer's value first, else the median of
    one vote per story over both events' reports; figures the stories disagree on are
    disputed), both counts of sources, a missing date or point filled. A reviewer corrects
    the merged event like any other."""
    from geo.merge_rule import merge_reports

    merged = merge_reports(votes, reviewed={f: _json_scalar(v) for f, v in settled.items()})
    for f in FIGURES:
        into[f] = merged.figures[f]
    into["disputed"] = merged.disputed_text
    into["sources"] = int(_json_scalar(into.get("sources")) or 1) + int(
        _json_scalar(other.get("sources")) or 1)
    if pd.isna(into.get("date")) and not pd.isna(other.get("date")):
        into["date"] = other.get("date")
    if _json_scalar(into.get("lat")) is None and _json_scalar(other.get("lat")) is not None:
        into.update(lat=other.get("lat"), lon=other.get("lon"))


def reviewed_only(events: pd.DataFrame) -> pd.DataFrame:
    """The events a reviewer confirmed or corrected."""
    if "status" not in events:
        return events.iloc[0:0]
    return events[events["status"].isin(REVIEWED)]


# -- files ----------------------------------------------------------------------------------------


@dataclass
class Imported:
    """What importing a log did: rows added, rows the store already had, rows refused (one
    message each), and rows whose event is not in the store now (kept, with a message)."""

    added: int = 0
    known: int = 0
    refused: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def log_bytes(rows: Sequence[Mapping[str, Any]], fmt: str) -> bytes:
    """A log as CSV (one row a correction, JSON cells as text) or JSON (a list of objects).
    CSV text cells that a spreadsheet would run as a formula get a leading `'`, which
    `read_log` removes again."""
    if fmt == "json":
        return (json.dumps([{c: r.get(c) for c in COLUMNS} for r in rows], ensure_ascii=False,
                           indent=1) + "\n").encode("utf-8")
    if fmt != "csv":
        raise CorrectionError(f"unknown log format {fmt!r}; use csv or json")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else safe_cell(str(r.get(c))) for c in COLUMNS])
    return buf.getvalue().encode("utf-8")


def log_format(path: str | Path) -> str:
    """csv or json, from a file name; a clear error for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".json"):
        return suffix[1:]
    raise CorrectionError(f"{path}: a corrections log is a .csv or .json file "
                          f"(not {suffix or 'a name without an extension'})")


def read_log(data: bytes, fmt: str, *, name: str = "log") -> tuple[list[dict[str, Any]],
                                                                     list[str]]:
    """The rows of a log file and, one message each, the rows refused (the rest go on)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorrectionError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") \
            from None
    raw: list[tuple[str, Any]] = []
    if fmt == "json":
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise CorrectionError(f"{name}: not JSON ({exc})") from None
        if not isinstance(items, list):
            raise CorrectionError(f"{name}: a JSON log is a list of corrections")
        raw = [(f"item {i}", item) for i, item in enumerate(items, start=1)]
    else:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or not {"event", "action", "who"} <= set(reader.fieldnames):
            raise CorrectionError(f"{name}: a CSV log needs a header with at least event, "
                                  f"action, who (the columns are {', '.join(COLUMNS)})")
        raw = [(f"line {i}", {k: _unquote(v) for k, v in item.items() if k})
               for i, item in enumerate(reader, start=2)]
    rows, refused = [], []
    for where, item in raw:
        try:
            rows.append(check_row(item))
        except CorrectionError as exc:
            refused.append(f"{name} {where}: {exc}")
    return rows, refused


def _unquote(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def check_row(item: Any) -> dict[str, Any]:
    """A log row read from a file, checked: known action and field, JSON where JSON belongs,
    a who and a time; `id` recomputed when missing."""
    if not isinstance(item, Mapping):
        raise CorrectionError("a correction is an object with the log's columns")
    row = {c: (None if item.get(c) in (None, "") else str(item.get(c)) if c not in (
        "event", "old_value", "new_value") or isinstance(item.get(c), str) else _dump(item[c]))
        for c in COLUMNS}
    if row["action"] not in ACTIONS:
        raise CorrectionError(f"action {row['action']!r} is none of {', '.join(ACTIONS)}")
    ref = _loads(row["event"], "event")
    if not isinstance(ref, dict) or not (ref.get("articles") or ref.get("split")):
        raise CorrectionError("event is no event reference (it names no articles)")
    row["who"] = _who(row["who"])
    if not row["at"] or _when(row["at"]) is None:
        raise CorrectionError(f"at {row['at']!r} is not a time (ISO 8601, UTC)")
    new = _loads(row["new_value"], "new_value")
    _loads(row["old_value"], "old_value")
    if row["action"] == "correct":
        if row["field"] not in CORRECTABLE:
            raise CorrectionError(f"field {row['field']!r} cannot be corrected; one of "
                                  f"{', '.join(CORRECTABLE)}")
        if row["field"] == "place":
            _place_value(new if isinstance(new, dict) else {})
        else:
            parse_value(row["field"], new)
    if row["action"] == "merge" and not isinstance(new, dict):
        raise CorrectionError("merge: new_value names no event to merge into")
    if row["action"] == "split" and not isinstance(new, dict):
        raise CorrectionError("split: new_value holds no fields for the second event")
    if row["reason"] and len(row["reason"]) > _MAX_TEXT:
        raise CorrectionError(f"reason: at most {_MAX_TEXT:,} characters")
    row["id"] = row["id"] or row_id(row)
    return row


def _when(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def import_rows(store: Any, rows: Sequence[Mapping[str, Any]],
                events: pd.DataFrame | None = None) -> Imported:
    """Append checked rows to the store's log (known ids skipped); with `events` (the
    extracted table), say which rows name an event that is not there (kept all the same)."""
    out = Imported()
    index = _Index(normalize_events(events)) if events is not None else None
    for row in rows:
        if store.add_correction(row):
            out.added += 1
        else:
            out.known += 1
        ref = json.loads(row["event"])
        if index is not None and not ref.get("split") and index.find(ref) is None:
            out.missing.append(f"correction {row['id'][:8]} ({describe(row)}): event "
                               f"{row.get('event_id') or ''} {_ref_words(ref)} is not in "
                               f"this store; kept in the log, it applies once that report is "
                               f"ingested")
    return out


def import_log(store: Any, data: bytes, name: str,
               events: pd.DataFrame | None = None) -> Imported:
    """Import one log file's bytes (`name`'s extension picks CSV or JSON): the one import
    `python -m extract review --import` and the dashboard's Review tab share. Malformed rows
    are refused one message each (their line or item number) and the rest applied; a file
    that is no log at all raises CorrectionError and adds nothing."""
    rows, refused = read_log(data, log_format(name), name=name)
    out = import_rows(store, rows, events)
    out.refused = refused
    return out


def import_summary(result: Imported) -> str:
    """One line saying what an import did, for the command line and the page alike."""
    line = (f"{result.added:,} corrections added, {result.known:,} already in the log, "
            f"{len(result.refused):,} refused")
    if result.missing:
        line += (f"; {len(result.missing):,} name events not in this store (kept: they apply "
                 f"once those reports are ingested)")
    return line
