"""The dashboard's review tab: widgets only (the logic is `geo.review`, the log
`geo.corrections`). `app.py` calls `render` inside its "Review" tab.

Keyboard: one event at a time, one form. Tab moves through the fields in reading order
(place, date, weapon, the figures, reason); Enter in any field saves the form: what changed
becomes corrections, and an unchanged form confirms the event. Shortcuts (Streamlit's own):
Alt+X rejects, Alt+N / Alt+P go to the next / previous event. After each decision the next
event of the list opens, so a reviewer works through a night's events without the mouse.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from geo import corrections, review
from geo.schema import FIGURES
from geo.view import markdown_text

_WEAPONS = list(corrections.WEAPONS)


def _say(kind: str, text: str) -> None:
    st.session_state["rv_message"] = (kind, text)


def _filters(units: dict[str, str]) -> review.Filters:
    with st.container(horizontal=True, key="rv_filters"):
        unreviewed = st.checkbox("Not yet reviewed", value=True, key="rv_f_unreviewed")
        weak = st.checkbox("Weaker placing or figure", key="rv_f_weak",
                           help="Placed only to an oblast or near a settlement, or a figure "
                                "carried from an earlier sentence or the remainder of a total")
        disagree = st.checkbox("Sources disagree", key="rv_f_disagree")
        rejected = st.checkbox("Show rejected", key="rv_f_rejected")
    left, right = st.columns(2)
    oblast = left.selectbox("Oblast", [None, *units], format_func=lambda k: "All oblasts"
                            if k is None else units[k], key="rv_f_oblast")
    days = right.date_input("Dates", value=(), key="rv_f_dates",
                            help="Leave empty for every date")
    start = end = None
    if isinstance(days, (list, tuple)) and len(days) == 2:
        start, end = sorted(days)
    elif (isinstance(days, (list, tuple)) and len(days) == 1) or isinstance(days, date):
        start = end = days[0] if isinstance(days, (list, tuple)) else days
    return review.Filters(unreviewed=unreviewed, weak=weak, disagree=disagree, oblast=oblast,
                          start=start, end=end, rejected=rejected)


def _write(store: Any, who: str, action: str, event_id: str, next_id: str | None,
           **kw: Any) -> None:
    """Every write of the page: `geo.review.record`, a message, the next event."""
    if not who.strip():
        _say("error", "Enter your name above first: each correction records who made it.")
        return
    try:
        rows = review.record(store, who, action, event_id, **kw)
    except corrections.CorrectionError as exc:
        _say("error", f"Not saved: {exc}")
        return
    _say("success", "Saved: " + "; ".join(corrections.describe(r) for r in rows))
    if next_id is not None:
        st.session_state["rv_current"] = next_id
    st.rerun()  # the map, tables and downloads above are drawn again with the change


def _event_card(store: Any, item: dict[str, Any]) -> None:
    status = item["status"]
    st.markdown(f"**{markdown_text(review.describe_event(item))}** · status: `{status}`")
    notes = []
    if item["weak"]:
        notes.append("weaker reading: " + "; ".join(item["weak"]))
    if item["disagree"]:
        notes.append("sources disagree on " + ", ".join(item["disagree"]))
    if notes:
        st.warning(markdown_text(" · ".join(notes)))
    parts = []
    for i, rep in enumerate(item["reports"], start=1):
        parts.append(f"<p class='rv-report'><b>{i}.</b> {review.source_html(rep)}<br>"
                     f"{review.report_context(store, rep)}</p>")
    st.html("<style>.rv-report mark{background:#ffe58a;padding:0 2px}</style>"
            + "".join(parts))
    st.dataframe(review.figures_table(item["reports"]), hide_index=True,
                 key=f"rv_figs_{item['id']}")
    past = review.history(store, str(item["id"]))
    if past:
        st.caption(markdown_text("History: " + " · ".join(past)))


def render(store: Any, units: dict[str, str], *, who: str | None = None) -> None:
    """The review tab. `who`: the signed-in reviewer (else the page asks for a name)."""
    if store is None:
        st.info("Review needs the store (STRIKEMAP_DB): corrections are kept there.")
        return
    st.caption("Keyboard: Tab through the fields, Enter saves (an unchanged form confirms "
               "the event), Alt+X rejects, Alt+N / Alt+P next / previous event.")
    if who is None:
        who = st.text_input("Your name (recorded with each correction)", key="rv_who")
    message = st.session_state.pop("rv_message", None)
    if message:
        getattr(st, message[0])(markdown_text(message[1]))
    applied = review.corrected(store)
    if applied.problems:
        with st.expander(f"{len(applied.problems)} correction(s) name events no longer "
                         f"in the store"):
            for p in applied.problems:
                st.text(p)
    filters = _filters(units)
    items, matched = review.queue(store, filters)
    if not items:
        st.info("No event to review with these filters.")
        _log_tools(store, who)
        return
    if matched > len(items) and not (filters.weak or filters.disagree):
        st.caption(f"The first {len(items):,} of {matched:,} events.")
    ids = [str(it["id"]) for it in items]
    current = st.session_state.get("rv_current")
    pos = ids.index(current) if current in ids else min(
        st.session_state.get("rv_pos", 0), len(ids) - 1)
    nav = st.columns([5, 1.3, 1.3])
    picked = nav[0].selectbox(f"Event ({len(ids):,} listed)", ids, index=pos,
                              format_func=lambda i: review.describe_event(items[ids.index(i)]),
                              key=f"rv_pick_{hash(tuple(ids))}")
    pos = ids.index(picked)
    if nav[1].button("Previous", shortcut="Alt+P", disabled=pos == 0, key="rv_prev"):
        pos -= 1
    if nav[2].button("Next", shortcut="Alt+N", disabled=pos >= len(ids) - 1, key="rv_next"):
        pos += 1
    st.session_state["rv_current"], st.session_state["rv_pos"] = ids[pos], pos
    item = review.with_reports(store, items[pos])
    event_id = ids[pos]
    next_id = ids[pos + 1] if pos + 1 < len(ids) else None
    _event_card(store, item)

    with st.form(f"rv_form_{event_id}", border=True):
        st.caption("Correct what is wrong, then Enter; leave it as it is and Enter to confirm.")
        c1, c2, c3 = st.columns([3, 2, 2])
        values: dict[str, Any] = {
            "place": c1.text_input("Place", review.form_value(item, "place"),
                                   key=f"rv_place_{event_id}"),
            "date": c2.text_input("Date (YYYY-MM-DD)", review.form_value(item, "date"),
                                  key=f"rv_date_{event_id}"),
            "weapon": c3.selectbox("Weapon", _WEAPONS,
                                   index=_WEAPONS.index(item.get("weapon") or "unknown"),
                                   key=f"rv_weapon_{event_id}"),
        }
        cols = st.columns(len(FIGURES))
        for col, f in zip(cols, FIGURES, strict=True):
            values[f] = col.text_input(review.FIELD_LABELS[f], review.form_value(item, f),
                                       key=f"rv_{f}_{event_id}")
        reason = st.text_input("Reason (optional)", key=f"rv_reason_{event_id}")
        b1, b2 = st.columns(2)
        save = b1.form_submit_button("Save (Enter) · confirms if unchanged", type="primary")
        reject = b2.form_submit_button("Reject: not a strike", shortcut="Alt+X")
    if save:
        _write(store, who, "save", event_id, next_id, changes=values, reason=reason or None)
    if reject:
        _write(store, who, "reject", event_id, next_id, reason=reason or None)

    with st.expander("Merge with another event, or split this one"):
        candidates = review.merge_candidates(store, item)
        with st.form(f"rv_merge_{event_id}"):
            target = st.selectbox("The same strike as", [str(c["id"]) for c in candidates],
                                  format_func=lambda i: review.describe_event(
                                      next(c for c in candidates if str(c["id"]) == i)),
                                  index=None, placeholder="Choose an event",
                                  key=f"rv_target_{event_id}")
            why = st.text_input("Reason (optional)", key=f"rv_mreason_{event_id}")
            if st.form_submit_button("Merge this event into it"):
                _write(store, who, "merge", event_id, next_id, target_id=target,
                       reason=why or None)
        with st.form(f"rv_split_{event_id}"):
            st.caption("A second strike in the same report: what sets it apart (blank "
                       "fields copy this event's values).")
            s1, s2 = st.columns(2)
            split: dict[str, Any] = {"place": s1.text_input("Place", key=f"rv_splace_{event_id}"),
                                     "date": s2.text_input("Date", key=f"rv_sdate_{event_id}")}
            scols = st.columns(len(FIGURES))
            for col, f in zip(scols, FIGURES, strict=True):
                split[f] = col.text_input(review.FIELD_LABELS[f], key=f"rv_s{f}_{event_id}")
            why = st.text_input("Reason (optional)", key=f"rv_sreason_{event_id}")
            if st.form_submit_button("Split off a second event"):
                _write(store, who, "split", event_id, None, changes=split, reason=why or None)

    _log_tools(store, who)


def _import(store: Any, who: str, upload: Any) -> None:
    """Import an uploaded log (`geo.review.import_log`); the report is shown after the rerun
    that redraws the map with the imported corrections."""
    try:
        result = review.import_log(store, who, upload.getvalue(), upload.name)
    except corrections.CorrectionError as exc:
        st.session_state["rv_import_report"] = ([("error", f"Nothing imported: {exc}")], [])
        return
    said = [("success" if not result.refused else "warning",
             f"Imported {upload.name}: {corrections.import_summary(result)}.")]
    said += [("error", f"{m}; skipped") for m in result.refused[:_SHOWN]]
    if len(result.refused) > _SHOWN:
        said.append(("error", f"… and {len(result.refused) - _SHOWN:,} more rows refused"))
    st.session_state["rv_import_report"] = (said, result.missing)
    st.rerun()


#: At most this many refused rows are listed one by one.
_SHOWN = 20


def _log_tools(store: Any, who: str) -> None:
    """The corrections log out (downloads) and in (an upload from another machine)."""
    st.caption("The corrections log, for a team reviewing on several machines: download it "
               "here, import a colleague's below (or `python -m extract review --import FILE`).")
    d1, d2, d3 = st.columns(3)
    d1.download_button("Corrections log (CSV)",
                       data=lambda: corrections.log_bytes(store.corrections(), "csv"),
                       file_name="strikemap-corrections.csv", mime="text/csv",
                       on_click="ignore", key="rv_dl_csv")
    d2.download_button("Corrections log (JSON)",
                       data=lambda: corrections.log_bytes(store.corrections(), "json"),
                       file_name="strikemap-corrections.json", mime="application/json",
                       on_click="ignore", key="rv_dl_json")
    d3.download_button("Every event with its status (CSV)",
                       data=lambda: _all_events_csv(store), file_name="strikemap-reviewed.csv",
                       mime="text/csv", on_click="ignore", key="rv_dl_events")
    upload = st.file_uploader("Import a corrections log (CSV or JSON) exported by another "
                              "machine", type=["csv", "json"], key="rv_import_file",
                              help="Rows this log already has are skipped; a malformed row "
                                   "is refused with its line, the rest applied.")
    if st.button("Import the log", key="rv_import", disabled=upload is None):
        if not who.strip():
            st.error("Enter your name above first: an import is a write.")
        elif upload is not None:
            _import(store, who, upload)
    said, missing = st.session_state.pop("rv_import_report", ([], []))
    for kind, text in said:
        getattr(st, kind)(markdown_text(text))
    if missing:
        with st.expander(f"{len(missing):,} imported correction(s) name events not in this "
                         f"store: kept, each applies once that report is ingested"):
            for m in missing:
                st.text(m)


def _all_events_csv(store: Any) -> bytes:
    from geo.export import events_csv

    return events_csv(review.corrected(store).events)
