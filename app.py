"""Strikemap dashboard: `streamlit run app.py`.

Thin on purpose: widgets, layout and caching only. Data shaping lives in `geo.view`, the maps
in `geo.maps`, adding reports (extraction, the store) in `extract.adding`; the whole view is
mirrored in the URL's query parameters so a copied link reopens it.
"""

from __future__ import annotations

import importlib.util
from datetime import date

import pandas as pd
import streamlit as st

from extract import adding
from geo import access_page, map_component, maps, review, review_page, view
from geo.event_table import events_frame
from geo.page_style import PAGE_CSS
from geo.schema import FIGURES, METRIC_LABELS
from geo.units import load_units

st.set_page_config(page_title="Strikemap", page_icon="🗺️", layout="wide")

UNITS = load_units()
UNIT_NAMES = dict(zip(UNITS["iso"], UNITS["name"], strict=True))


#: Rows shown in the event table (the CSV download has every event on screen).
EVENT_ROWS = 2_000


@st.cache_resource(show_spinner="Opening the store and reading the bundled reports…")
def opened_store() -> tuple[object | None, str | None]:
    """The persistent store, and why there is none (`adding.open_dashboard_store`)."""
    return adding.open_dashboard_store()


def event_store() -> object | None:
    """The persistent store (None: reports added here last for the session)."""
    return opened_store()[0]


@st.cache_resource(show_spinner="Reading the bundled reports…")
def sample_events() -> pd.DataFrame:
    """Shared by every session, never modified (cache_data would copy it on every rerun)."""
    return adding.load_sample_events()


def base_events() -> pd.DataFrame:
    """Every stored event with reviewers' corrections applied (`geo.review.corrected` caches
    it until the store changes), else the samples."""
    store = event_store()
    return review.corrected(store).events if store is not None else sample_events()


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def map_image(events: pd.DataFrame, current: view.View, fmt: str) -> bytes:
    """The static map of the current view; imported on click (matplotlib is slow to load)."""
    from geo import static

    subtitle = static.describe(
        events, current.metric, date_from=current.start and current.start.isoformat(),
        date_to=current.end and current.end.isoformat(), filters=view.filter_parts(current),
        oblasts=current.oblasts)
    return static.render_map(events, metric=current.metric, subtitle=subtitle,
                             markers=current.layers != "choropleth", fmt=fmt,
                             oblasts=current.oblasts)


@st.cache_data(show_spinner=False, max_entries=64)
def upload_date(data: bytes, name: str) -> date | None:
    """The date an upload gives itself (metadata or first lines), read once per file."""
    return adding.file_date(data, name)


def export_bytes(events: pd.DataFrame, kind: str) -> bytes:
    """Events or per-oblast totals as CSV or GeoJSON, made on click."""
    from geo import export

    return {"events.csv": export.events_csv, "events.geojson": export.events_geojson,
            "oblasts.csv": export.units_csv, "oblasts.geojson": export.units_geojson}[kind](events)


def all_events() -> pd.DataFrame:
    """The stored events; without a store, the samples plus this session's reports, combined
    once per set of reports."""
    store = event_store()
    if store is not None:
        return base_events()  # added reports went into the store
    docs = st.session_state.setdefault("added_docs", {})
    key = (tuple(docs), id(sample_events()))
    cached = st.session_state.get("combined")
    if cached is None or cached[0] != key:
        cached = (key, view.combine(sample_events(), docs.values()))
        st.session_state["combined"] = cached
    return cached[1]


# -- adding reports (first, so the filters below see the new events in this same run) ----------

st.title("Strikemap")
st.caption("Strikes on Ukraine mapped from news reports: places and figures found in the text, "
           "geocoded offline, summed over the 27 oblasts.")
if opened_store()[1]:
    st.warning(view.markdown_text(f"The store could not be opened ({opened_store()[1]}); "
                                  "reports added now last for this session only."))
    opened_store.clear()  # tried again on the next run
ACCESS = access_page.sign_in()  # who edits (None: a visitor, read-only): `geo.access`
# Text typed into a section now closed (Add reports, the Review tab, both built only while
# open) waits for it: Streamlit forgets the state of widgets a run does not build.
for _typed in ("paste_text", "fetch_url", "rv_who"):
    if _typed in st.session_state:
        st.session_state[_typed] = st.session_state[_typed]

if ACCESS.editor is None:
    st.caption(view.markdown_text(f"Adding reports needs an editor: {ACCESS.reason}."))
else:
    # Built only while open (its state tracked): a closed section sends no widgets, so the
    # first script run reaches the map sooner and the browser loads fewer widget chunks.
    adder = st.expander("Add reports", expanded=len(base_events()) == 0, key="v_add",
                        on_change="rerun")
    with adder:
        if adder.open:
            paste_col, upload_col = st.columns(2)
            with paste_col:
                text = st.text_area("Paste a report", height=160, key="paste_text")
                published = st.date_input("Published", value=None, key="paste_published",
                                          help="Dates like 'overnight' are read relative to "
                                               "this day.")
                paste_clicked = st.button("Add pasted report", key="paste_add",
                                          disabled=not text.strip())
            with upload_col:
                uploads = st.file_uploader("Or upload files", type=[s.lstrip(".") for s in
                                                                    adding.READABLE_SUFFIXES],
                                           accept_multiple_files=True, key="upload_files")
                upload_dates: list[date | None] = []
                for i, f in enumerate(uploads or ()):
                    upload_dates.append(st.date_input(
                        f"Published: {f.name}", value=upload_date(f.getvalue(), f.name),
                        key=f"upload_published_{i}_{f.name}",
                        help="Filled from the file's own date (page metadata, or a date in its "
                             "first lines) when it gives one; change it or set one here."))
                upload_clicked = st.button("Add uploaded files", key="upload_add",
                                           disabled=not uploads)
            fetch_url = st.text_input("Or fetch a web page or RSS/Atom feed", key="fetch_url",
                                      placeholder="https://…",
                                      help="Fetched politely (robots.txt, one request a second per "
                                           "site); the page's own metadata gives title and date.")
            fetch_clicked = st.button("Fetch", key="fetch_add", disabled=not fetch_url.strip())

            results: list[adding.Ingested] = []
            if fetch_clicked and fetch_url.strip():
                with st.spinner("Fetching…"):
                    results.append(adding.ingest_url(fetch_url))
            if paste_clicked and text.strip():
                results.append(adding.ingest_text(
                    text, published=published.isoformat() if isinstance(published, date) else None))
            if upload_clicked and uploads:
                bar = st.progress(0.0, text="Reading files…")
                for i, (f, day) in enumerate(zip(uploads, upload_dates, strict=True), start=1):
                    results.append(adding.ingest_file(
                        f.getvalue(), f.name,
                        published=day.isoformat() if isinstance(day, date) else None))
                    bar.progress(i / len(uploads), text=f"{i} of {len(uploads)}: {f.name}")
            if results:
                known = set(all_events()["article_id"].dropna()) | set(
                    st.session_state.setdefault("added_docs", {}))
                stored_before = [sum((d.get("article") or {}).get("id") in known
                                     for d in r.documents) for r in results]
                if event_store() is not None:  # a busy or failing store: a message per report
                    results, dups = adding.store_results(event_store(), results, who=ACCESS.editor)
                    stored_before = [max(n, d) for n, d in zip(stored_before, dups, strict=True)]
                before = set(st.session_state["added_docs"])
                docs = [d for r in results for d in r.documents]
                st.session_state["added_docs"] = view.merge_documents(
                    st.session_state["added_docs"], docs)
                new_ids = [k for k in st.session_state["added_docs"] if k not in before]
                st.session_state["last_added"] = (results, new_ids, stored_before)

            if "last_added" in st.session_state:
                results, new_ids, stored_before = st.session_state["last_added"]
                for r, dup in zip(results, stored_before, strict=True):
                    if r.error:
                        st.error(view.markdown_text(f"{r.name}: {r.error}"))
                    elif dup and dup == len(r.documents):
                        st.info(view.markdown_text(
                            f"{r.name}: already stored, nothing added "
                            f"({view.plural(dup, 'report')} seen before)."))
                    else:
                        n = sum(len(d.get("events") or ()) for d in r.documents)
                        extra = f"; {view.plural(dup, 'report')} already stored" if dup else ""
                        st.success(view.markdown_text(
                            f"{r.name}: {view.plural(len(r.documents), 'report')}, "
                            f"{view.plural(n, 'event')}{extra}"))
                new_docs = [st.session_state["added_docs"][k] for k in new_ids]
                new_events = events_frame(new_docs)
                if len(new_events):
                    st.dataframe(view.blank_missing(view.event_table(new_events)), hide_index=True,
                                 column_config={c: st.column_config.TextColumn(alignment="right")
                                                for c in view.NUMBER_COLUMNS})

events = all_events()
bounds = view.date_bounds(events)

# -- the view: widgets <-> query parameters -----------------------------------------------------

if "v_metric" not in st.session_state:  # a new session: open what the link says
    start = view.view_from_query(st.query_params.to_dict())
    st.session_state["link_problems"] = view.query_problems(st.query_params.to_dict())
    st.session_state.update(
        v_metric=start.metric, v_weapons=list(start.weapons), v_oblasts=list(start.oblasts),
        v_precisions=list(start.precisions), v_layers=start.layers, v_tiles=start.tiles,
        v_reviewed=start.reviewed,
        v_bounds=bounds,
        v_dates=(start.start or bounds[0], start.end or bounds[1]) if bounds else (),
    )
elif st.session_state.get("v_bounds") != bounds:  # reports added: widen an unnarrowed range
    old = st.session_state.get("v_bounds")
    if bounds and (not old or tuple(st.session_state.get("v_dates", ())) == old):
        st.session_state["v_dates"] = bounds
    st.session_state["v_bounds"] = bounds

if st.session_state.get("link_problems"):
    st.warning(view.markdown_text(
        "Parts of the link were not understood and were left at their defaults: "
        + "; ".join(st.session_state["link_problems"]) + "."))

current = view.with_dates(
    view.View(metric=st.session_state["v_metric"],
              weapons=tuple(st.session_state["v_weapons"]),
              oblasts=tuple(st.session_state["v_oblasts"]),
              precisions=tuple(st.session_state["v_precisions"]),
              layers=st.session_state["v_layers"], tiles=st.session_state["v_tiles"],
              reviewed=st.session_state.get("v_reviewed", False)),
    tuple(st.session_state.get("v_dates", ())), bounds)
wanted = view.view_to_query(current)
if {k: st.query_params.get(k) for k in view.query_keys() if k in st.query_params} != wanted:
    for key in view.query_keys():
        if key in st.query_params and key not in wanted:
            del st.query_params[key]
    st.query_params.update(wanted)

# -- headline numbers ------------------------------------------------------------------------

shown = view.filter_events(events, current)
located, national = view.split_national(shown)
on_map = view.totals(located)
st.caption("On the map, with these filters:")
st.html(PAGE_CSS)
# Containers first, filled after the map: the map is sent before the numbers, the notes and
# the sidebar's widgets, so the browser asks for its component code first.
headline = st.container(horizontal=True, key="headline", gap="small")
# Notes that come and go with the filters, in one container: the map after them keeps its
# place in the page, so its frame is updated, never mounted again.
notes = st.container()

# -- the map ---------------------------------------------------------------------------------

# One payload per view of these events, shared by sessions; the frame swaps maps in place.
map_component.strikemap_map(map_component.cached_payload(
    events, current, lambda: maps.build_map(located, metric=current.metric,
                                            layers=current.layers, tiles=current.tiles,
                                            oblasts=current.oblasts, popup_data=True)),
    height=560, key="map")
st.caption(f"{view.describe(current)}. Diamonds: events placed only to an oblast, drawn at its "
           "centre. Boundaries: Natural Earth; places: GeoNames (CC BY 4.0).")

with headline:
    for key in ("events", "drones", "missiles", "killed", "injured"):
        st.metric(METRIC_LABELS[key], f"{on_map[key]:,}", width="content")
with notes:
    if len(national):
        whole = view.country_totals(shown)
        figures = ", ".join(f"{whole[k]:,} {METRIC_LABELS[k].lower()}" for k in FIGURES if whole[k])
        st.info(f"Across Ukraine: {figures or 'no figures'}. Counted from "
                f"{view.plural(len(national), 'country-wide report')} (no oblast named, not on "
                "the map) and the oblasts' figures: a country-wide figure already holds the "
                "oblasts' of its day, so per day the larger of the two counts, never their sum.")
    undated = view.undated_totals(shown)
    if undated["events"] and (current.start or current.end or len(shown) > undated["events"]):
        st.caption(f"{view.plural(undated['events'], 'event')} of these "
                   f"{'is' if undated['events'] == 1 else 'are'} undated: a date filter keeps "
                   "them and the totals include them.")

    if len(events) == 0:
        st.warning("No reports yet. Open **Add reports** above to paste a report or upload .txt, "
                   ".html, .json or .csv files; their strikes appear on the map." if ACCESS.editor
                   else "No reports yet: editors add them.")
    elif len(located) == 0:
        st.warning("No mapped event matches these filters: widen the dates or clear a filter.")

with st.sidebar:
    st.header("View")
    st.selectbox("Metric", list(METRIC_LABELS), format_func=METRIC_LABELS.get,
                 key="v_metric")
    st.radio("Map layers", list(view.LAYER_LABELS), format_func=view.LAYER_LABELS.get,
             key="v_layers", horizontal=True)
    st.toggle("Reviewed events only", key="v_reviewed",
              help="Only events a reviewer confirmed or corrected (Review tab).")
    st.toggle("OpenStreetMap base (online)", key="v_tiles",
              help="Off by default: the map then needs no network.")
    st.header("Filters")
    if bounds:
        st.date_input("Dates", key="v_dates")
    else:
        st.caption("Dates: the reports give none.")
    st.multiselect("Weapon", list(view.WEAPON_LABELS), format_func=view.WEAPON_LABELS.get,
                   key="v_weapons", placeholder="All weapons")
    st.multiselect("Oblast", list(UNIT_NAMES), format_func=UNIT_NAMES.get, key="v_oblasts",
                   placeholder="All oblasts")
    st.multiselect("Location precision", list(view.PRECISION_LABELS),
                   format_func=view.PRECISION_LABELS.get, key="v_precisions",
                   placeholder="Any precision")

# -- downloads of what is on screen ------------------------------------------------------------

st.caption("Download what is on screen:")
dl = st.columns(6)
if _available("geo.static"):
    for col, fmt, mime in ((dl[0], "png", "image/png"), (dl[1], "svg", "image/svg+xml")):
        col.download_button(f"Map ({fmt.upper()})",
                            data=lambda fmt=fmt, ev=located, v=current: map_image(ev, v, fmt),
                            file_name=f"strikemap-{current.metric}.{fmt}", mime=mime,
                            on_click="ignore", key=f"dl_{fmt}")
if _available("geo.export"):
    for col, (label, kind, ev) in zip(dl[2:], (
            ("Events (CSV)", "events.csv", shown), ("Events (GeoJSON)", "events.geojson", shown),
            ("Oblasts (CSV)", "oblasts.csv", located),
            ("Oblasts (GeoJSON)", "oblasts.geojson", located)), strict=True):
        col.download_button(label, data=lambda ev=ev, kind=kind: export_bytes(ev, kind),
                            file_name=f"strikemap-{kind}",
                            mime="text/csv" if kind.endswith("csv") else "application/geo+json",
                            on_click="ignore", key=f"dl_{kind}")

# -- tables and charts ---------------------------------------------------------------------------

# Tabs that track which one is open: the event grid, the charts and the review forms are built
# only in their own tab (in the browser they cost about a second before the map could draw).
by_oblast, by_event, by_time, by_review = st.tabs(["Per oblast", "Events", "Over time",
                                                  "Review"], key="v_tab", on_change="rerun")
with by_review:
    if ACCESS.editor is None:
        st.caption(view.markdown_text(f"Reviewing needs an editor: {ACCESS.reason}."))
    elif by_review.open:  # locally the reviewer gives a name; hosted, the signed-in editor
        review_page.render(event_store(), UNIT_NAMES,
                           who=None if ACCESS.mode == "local" else ACCESS.editor)
with by_oblast:
    st.dataframe(view.oblast_table(located), hide_index=True, key="table_oblasts")
with by_event:
    if by_event.open:
        if len(shown) > EVENT_ROWS:
            st.caption(f"The latest {EVENT_ROWS:,} of {len(shown):,} events; the CSV download "
                       "has them all.")
        table = view.event_table(shown, limit=EVENT_ROWS)
        st.caption("Select a row to read its whole sentence.")
        picked = st.dataframe(view.blank_missing(table), hide_index=True, key="table_events",
                              on_select="rerun",
                              selection_mode="single-row",
                              column_config={**{c: st.column_config.TextColumn(alignment="right")
                                                for c in view.NUMBER_COLUMNS},
                                             "Sentence": st.column_config.TextColumn(width="large"),
                                             "Date": st.column_config.TextColumn(width="small"),
                                             "Link": st.column_config.LinkColumn(
                                                 display_text=r"https?://([^/?#]+)")})
        rows = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
        if rows and rows[0] < len(table):
            st.text(view.event_detail(table, rows[0]))
with by_time:
    if by_time.open:
        daily = view.over_time(shown)
        if len(daily) == 0:
            st.caption("No dated events to chart.")
        else:
            left, right = st.columns(2)
            left.subheader("Drones")
            left.altair_chart(view.over_time_chart(daily, "drones"), use_container_width=True)
            right.subheader("Casualties")
            right.altair_chart(view.over_time_chart(daily, "casualties"), use_container_width=True)
