"""A batch of articles into the PostGIS store in one transaction (`PostGISStore.add_batch`).

Why: batch ingest added each article on its own (`PostGISStore.add`): its lookups, its write,
its commit, about three round trips and a dozen statements' fixed price on the server an
article. The writer waited on the server for most of its time (issue 16: 309 reports/s end to
end, the cores a quarter idle). Here a batch (ingest sends ~128 prepared articles) costs two
lookups in all, then its rows by COPY and its events by one call.

The same rules decide the same rows, article by article in input order, as if each had been
added on its own: a text stored or seen earlier in the batch is a copy; an id taken is
hashed; a near-copy is the best match among the stored articles (the store's index) and the
batch's earlier ones (an index of the batch: the best of both is the best of all); each
report joins the best candidate event, the batch's own new events and merges included, by
`PostGISStore._add_report` itself. The stored events a batch's reports could join are read
at once (by date window, or by a report of one of the batch's stories) with what the rule
needs of their reports, and kept up to date in memory as the batch's reports join them.

Writers queue on the writer lock as before, held from the lookups to the commit (~tens of ms
a batch). The batch is one transaction: a crash loses the batch, never part of an article;
ingesting again restores it. A batch the server refuses (a value a column cannot hold) is
rolled back and its articles added one by one, so only the bad one fails. Articles the batch
cannot plan exactly as `add` would (a date that is not a plain ISO date, a number or text
where COPY would read it otherwise) go through `add`, in their place in the order.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geo.schema import FIGURES
from geo.store import _MENTION_FIELDS, AddResult, Prepared, StoreError, _now, prepare

if TYPE_CHECKING:
    from geo.store_postgis import PostGISStore

log = logging.getLogger(__name__)

#: Pseudo row numbers of the events and reports a batch makes: above every stored one and in
#: the order they are made, as the real ones will be (a candidate's rank breaks ties by fid).
_NEW = 1 << 62
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_TEXT_MENTION = tuple(i for i, f in enumerate(_MENTION_FIELDS)
                      if f in ("text", "name", "kind", "oblast", "oblast_iso", "role"))
_INT_MENTION = tuple(_MENTION_FIELDS.index(f) for f in ("start", "end", "geonameid"))
_FLOAT_MENTION = tuple(_MENTION_FIELDS.index(f) for f in ("lat", "lon"))
_FLAG = _MENTION_FIELDS.index("in_ukraine")
_NONE = type(None)
_INT_TYPES = frozenset((int, _NONE))
_TEXT_TYPES = frozenset((str, _NONE))
_FLOAT_TYPES = frozenset((int, float, _NONE))
_FLAG_TYPES = frozenset((bool, _NONE))

#: The batch's first lookups: the stored articles with its texts (content key, id, story), the
#: ids taken, and the near-copy index's new rows (fid, id, signature as hex) since it last read.
_LOOKUP_ARTICLES = (
    "SELECT (SELECT json_agg(json_build_array(content_key, id, story_id)) FROM articles "
    "        WHERE content_key = ANY(%s::text[])), "
    "(SELECT json_agg(id) FROM articles WHERE id = ANY(%s::text[])), "
    "(SELECT json_agg(json_build_array(fid, id, encode(signature, 'hex')) ORDER BY fid) "
    " FROM articles WHERE fid BETWEEN %s + 1 AND %s + 1000000000000000 "
    " AND signature IS NOT NULL)")

#: The batch's event lookups. Parameters: the reports (`q`: index, place key, weapon, date
#: window), the batch's own story ids and the stored articles its near-copies copy (their
#: stories), the place keys, the origins, the kept votes (event fids, last report read), the
#: new events' ids. Returns the near-copied articles' stories, the (report index, event) pairs
#: within a window (the server's date comparison, as `_CANDIDATES`), every event a report
#: could join by window or story with its origins and stories among the batch's and its
#: reports since the kept votes, and the new events' ids already taken. The reports of the
#: batch's stories are found by the index on (story_id, match_key), the stories given as one
#: array: as `IN (SELECT ...)` PostgreSQL scanned all of event_reports for them, each batch
#: (3.3 of 3.5 ms at 4,400 reports, growing with the store).
_LOOKUP_EVENTS = (
    "WITH q AS (SELECT * FROM jsonb_to_recordset(%s::jsonb) "
    "           AS q(i integer, key text, weapon text, lo text, hi text)), "
    "st AS (SELECT unnest(%s::text[]) AS story UNION "
    "       SELECT story_id FROM articles WHERE id = ANY(%s::text[])), "
    "bydate AS (SELECT q.i, e.fid FROM q JOIN events e ON e.match_key = q.key "
    "           AND e.weapon = q.weapon AND e.date BETWEEN q.lo AND q.hi), "
    "c AS (SELECT fid FROM bydate UNION SELECT r.event_fid FROM event_reports r "
    "      WHERE r.story_id = ANY(ARRAY(SELECT story FROM st)) "
    "      AND r.match_key = ANY(%s::text[])), "
    "p AS (SELECT %s::text[] AS origins, %s::bigint[] AS kev, %s::bigint[] AS klast) "
    "SELECT (SELECT json_agg(json_build_array(id, story_id)) FROM articles "
    "        WHERE id = ANY(%s::text[])), "
    "(SELECT json_agg(json_build_array(i, fid)) FROM bydate), "
    "(SELECT json_agg(json_build_array(e.fid, e.match_key, e.weapon, e.date, "
    "   (SELECT json_agg(DISTINCT r.origin) FROM event_reports r WHERE r.event_fid = e.fid "
    "    AND r.origin = ANY(p.origins)), "
    "   (SELECT jsonb_agg(DISTINCT jsonb_build_array(r.story_id, r.match_key)) "
    "    FROM event_reports r WHERE r.event_fid = e.fid "
    "    AND r.story_id IN (SELECT story FROM st)), "
    "   (SELECT json_agg(json_build_array(r.fid, r.story_id, "
    f"   {', '.join(f'r.{f}' for f in FIGURES)}) ORDER BY r.fid) "
    "    FROM event_reports r WHERE r.event_fid = e.fid "
    "    AND r.fid > COALESCE(p.klast[array_position(p.kev, e.fid)], 0)))) "
    " FROM c JOIN events e ON e.fid = c.fid, p), "
    "(SELECT json_agg(id) FROM events WHERE id = ANY(%s::text[]))")

#: The batch's two lookups are planned without sequential scans (then the setting as it was,
#: for the rest of the transaction). Why: psycopg prepares a statement run five times, and
#: its plan, made while the store was small, stays until the tables are analyzed again - which
#: a batch ingest outruns: at 6,000 reports the event lookup still read all of event_reports
#: and articles a batch (60 ms of 65, issue 16). Every lookup has an index to use.
_INDEXES_ONLY = ("SELECT set_config('strikemap.seqscan', current_setting('enable_seqscan'), "
                 "true), set_config('enable_seqscan', 'off', true)")
_SCANS_AGAIN = "SELECT set_config('enable_seqscan', current_setting('strikemap.seqscan'), true)"

_ARTICLE_COLUMNS = ("id", "content_key", "story_id", "similarity", "dataset", "published",
                    "title", "source", "added", "signature", "text", "lang", "url", "added_by",
                    "bands")
#: Both COPYs in PostgreSQL's binary format: numbers, flags, the signature and its band keys
#: go as their bytes (no text to write on this side and to parse on the server's: float8in,
#: bytea's hex, array_in), and texts as they are (no escaping, no unescaping of 4 KB of text
#: an article). The values are the same: each is one of these types (`batchable`).
_COPY_ARTICLES = (f"COPY articles ({', '.join(_ARTICLE_COLUMNS)}) FROM STDIN "
                  "(FORMAT BINARY)")
_ARTICLE_TYPES = ("text", "text", "text", "float8", "text", "text", "text", "text", "text",
                  "bytea", "text", "text", "text", "text", "int8[]")
_COPY_MENTIONS = ("COPY mentions (article_id, text, start, \"end\", name, kind, geonameid, lat, "
                  "lon, oblast, oblast_iso, in_ukraine, role) FROM STDIN (FORMAT BINARY)")
_MENTION_TYPES = ("text", "text", "int4", "int4", "text", "text", "int8", "float8", "float8",
                  "text", "text", "bool", "text")


@dataclass(slots=True)
class _Event:
    """An event the batch's reports may join, as the candidate rule sees it."""

    fid: int  # the stored fid, or a pseudo one (`_NEW` and up) for an event of this batch
    key: str
    weapon: str
    date: str | None
    origins: set[str]
    stories: set[tuple[str, str]]  # (story, place key) of its reports, among the batch's
    #: The stored event's reports since the kept votes, then those of this batch (an event of
    #: this batch: all its reports), as `_add_report` reads them.
    since: list[list[Any]] = field(default_factory=list)
    windows: set[int] = field(default_factory=set)  # reports whose window the server matched
    stored_date: bool = True  # its date is the stored one (the server's window test holds)
    id: str | None = None  # an event of this batch: its id


@dataclass(slots=True)
class _Item:
    """One article of the batch as the first phase decided it."""

    doc: Prepared
    raw_text: str
    dataset: str | None
    who: str | None
    result: AddResult | None = None  # a copy: what `add` returns
    copy_of: int | None = None  # a copy of this batch's article at that index
    found: tuple[str, str] | None = None  # a copy of a stored article: its id and story
    article_id: str = ""
    near: tuple[str, float, int | None] | None = None  # near-copy id, similarity, batch index
    story: str = ""


def batchable(doc: Prepared) -> bool:
    """Whether the batch writes `doc` exactly as `add` would: event dates plain ISO dates (the
    client then compares them as the server does), mention numbers whole (COPY reads `2.0` as
    no integer) and mention texts text, the article's metadata text."""
    from geo.store_postgis import _sendable

    for ev, _key, _source, _url in doc.events:
        d = ev.get("date")
        if d is not None and not (type(d) is str and _ISO.fullmatch(d)):
            return False
    if doc.mentions:  # column by column: the types of each field's values at C speed
        try:
            cols = list(zip(*doc.mentions, strict=True))
        except ValueError:  # mentions of unequal length: `add` says what is wrong
            return False
        for fields, allowed in ((_INT_MENTION, _INT_TYPES), (_TEXT_MENTION, _TEXT_TYPES),
                                (_FLOAT_MENTION, _FLOAT_TYPES)):
            for i in fields:
                if not allowed.issuperset(map(type, cols[i])):
                    return False
    for f in ("published", "title", "lang"):
        v = doc.article.get(f)
        if v is not None and type(v) is not str:
            return False
    return (doc.source is None or type(doc.source) is str) and _sendable(doc)


def _plain(mentions: Sequence[Sequence[Any]]) -> bool:
    """Whether a batchable article's mention rows go to COPY as they are: no NUL character
    in a text (the store writes U+FFFD) and each flag a bool or None. Checked a column at a
    time (~26 mentions of 12 values an article of news, each once passed through `_text`)."""
    if not mentions:
        return True
    cols = list(zip(*mentions, strict=True))
    if not _FLAG_TYPES.issuperset(map(type, cols[_FLAG])):
        return False
    return "\x00" not in "".join(filter(None, itertools.chain.from_iterable(
        cols[i] for i in _TEXT_MENTION)))


def add_batch(store: PostGISStore, items: Sequence[tuple[Any, str, str | None, Any, str | None]]
              ) -> list[AddResult | Exception]:
    """`store.add` of each (document, raw text, dataset, fingerprint, who), in order, the
    runs of batchable articles each in one transaction; each article's result or error."""
    out: list[AddResult | Exception] = []
    run: list[_Item] = []
    slots: list[int] = []

    def flush() -> None:
        if run:
            for at, res in zip(slots, _write_run(store, run), strict=True):
                out[at] = res
            run.clear()
            slots.clear()

    for doc, raw_text, dataset, fingerprint, who in items:
        try:
            p = prepare(doc, raw_text, dataset, fingerprint)
        except Exception as exc:  # e.g. a position off the globe: this article only
            out.append(exc)
            continue
        if "\x00" in raw_text:
            raw_text = raw_text.replace("\x00", "\ufffd")
        if batchable(p):
            out.append(StoreError("not written"))  # replaced by the run's result
            slots.append(len(out) - 1)
            run.append(_Item(p, raw_text, dataset, who))
            continue
        flush()
        try:
            out.append(store._add(p, raw_text, dataset, who, defer=False))
        except Exception as exc:
            out.append(exc)
    flush()
    return out


def _write_run(store: PostGISStore, run: list[_Item]) -> list[AddResult | Exception]:
    """The run in one transaction; if the server refuses it (not a lost connection, not a
    busy store), each article again on its own."""
    try:
        return list(_transaction(store, run))
    except Exception as exc:
        if isinstance(exc, store._errors) and store._lost(exc):
            raise
        busy = store._busy(exc)
        if busy is not exc:
            return [busy] * len(run)
        log.warning("%s: a batch of %d articles was refused (%s: %s); adding them one by one",
                    store.url, len(run), type(exc).__name__, str(exc).strip().splitlines()[0]
                    if str(exc).strip() else "")
    out: list[AddResult | Exception] = []
    for item in run:
        try:
            out.append(store._add(item.doc, item.raw_text, item.dataset, item.who,
                                  defer=False))
        except Exception as exc:
            if isinstance(exc, store._errors) and store._lost(exc):
                raise  # `_reconnecting` runs the whole call again on a new connection
            out.append(exc)
    return out


def _transaction(store: PostGISStore, run: list[_Item]) -> list[AddResult]:
    """Plan and write the run holding the writer lock; rolled back on any error."""
    from geo.store_postgis import LOCK_TIMEOUT, WRITER_LOCK, _signed64

    db = store._db
    limit = store._vote_limit
    try:
        with db.pipeline():
            db.execute("BEGIN")
            db.execute("SELECT strikemap_writer_lock(%s, %s, %s)",
                       (max(1, int(store.write_wait * 1000)), _signed64(WRITER_LOCK),
                        LOCK_TIMEOUT))
            # The near-copy index's new rows only when an article has a signature.
            near = any(i.doc.fingerprint.signature is not None for i in run)
            since = (store._stories_fid if store._stories is not None else 0) if near \
                else _NEW
            db.execute(_INDEXES_ONLY)
            cur = db.execute(_LOOKUP_ARTICLES, (
                [i.doc.fingerprint.content_key for i in run], [i.doc.article_id for i in run],
                since, since))
        found, taken, sigs = cur.fetchone()
        store._vote_limit = 1 << 62  # no kept votes dropped while the batch reads them
        newest = _plan_and_write(store, db, run, found, taken, sigs)  # and commits
    except BaseException:
        store._votes.clear()  # they may hold votes of merges rolled back
        store._vote_limit = limit
        if store._in_transaction():
            db.execute("ROLLBACK")
        raise
    store._vote_limit = limit
    # Votes of this batch's events (pseudo fids) are not kept; a later merge reads them.
    for fid in [f for f in store._votes if f >= _NEW]:
        del store._votes[fid]
    while len(store._votes) > limit:
        store._votes.popitem(last=False)
    store._writes += len(run)
    store._last_commit = time.monotonic()
    for item in run:  # committed: later articles may be their near-copies
        r = item.result
        if r is not None and r.status == "new" and item.doc.fingerprint.signature is not None \
                and store._stories is not None:
            store._stories.add(r.article_id, item.doc.fingerprint.signature)
    if near and store._stories is not None and newest is not None:
        # Every article up to `newest` is in the index: read by this batch's lookup (under
        # the writer lock) or written by it. The next batch reads only articles after these
        # (it read this batch's own signatures back, ~1 KB of hex each, for nothing).
        store._stories_fid = max(store._stories_fid, newest)
    return [item.result for item in run]  # type: ignore[misc]


def _plan_and_write(store: PostGISStore, db: Any, run: list[_Item], found: Any, taken: Any,
                    sigs: Any) -> int | None:
    """Decide the run (`found`, `taken`, `sigs`: `_LOOKUP_ARTICLES`'s answer) and write it
    (`_write`), each item's result set; returns the newest article fid at the commit."""
    from geo import dedup
    from geo.store_postgis import _signature_rows, band_keys

    stored = {key: (aid, story) for key, aid, story in found or ()}
    ids_taken = set(taken or ())
    near = any(item.doc.fingerprint.signature is not None for item in run)
    stories = store._story_index(_signature_rows(sigs)) if near else None
    own = dedup.StoryIndex()  # this batch's articles
    keys: dict[str, int] = {}  # content key -> index of the batch's article with that text
    ids: set[str] = set()
    # 1. copies, ids, near-copies, in order.
    for n, item in enumerate(run):
        fp, p = item.doc.fingerprint, item.doc
        if fp.content_key in stored:
            item.found = stored[fp.content_key]
            continue
        if fp.content_key in keys:
            item.copy_of = keys[fp.content_key]
            continue
        article_id = p.article_id
        if article_id in ids_taken or article_id in ids:
            article_id = hashlib.sha1(f"{article_id}:{fp.content_key}".encode()).hexdigest()
        item.article_id = article_id
        if fp.signature is not None:
            best = None
            if stories is not None and len(stories):
                best = stories.best(fp.signature)
            if len(own):
                mine = own.best(fp.signature)
                if mine is not None and (best is None or (mine[1], mine[0]) > (best[1], best[0])):
                    best = mine
            if best is not None:
                near_id, similarity = best
                at = next((k for k, other in enumerate(run[:n])
                           if other.article_id == near_id and other.found is None
                           and other.copy_of is None), None)
                item.near = (near_id, similarity, at)
            own.add(article_id, fp.signature)
        keys[fp.content_key] = n
        ids.add(article_id)
    # 2. stories: a near-copy of a stored article takes its story (read below), of one of
    # the batch its story, else its own id.
    new = [item for item in run if item.found is None and item.copy_of is None]
    near_stored = sorted({item.near[0] for item in new
                          if item.near is not None and item.near[2] is None})
    q, qi = [], {}
    places: set[str] = set()
    origins: set[str] = set()
    for n, item in enumerate(run):
        if item.found is not None or item.copy_of is not None:
            continue
        origins.add(item.dataset or item.doc.article_id)
        for i, (ev, key, _s, _u) in enumerate(item.doc.events):
            lo, hi = dedup.date_window(ev.get("date")) or (None, None)
            qi[(n, i)] = len(q)
            q.append({"i": len(q), "key": key, "weapon": ev.get("weapon") or "unknown",
                      "lo": lo, "hi": hi})
            places.add(key)
    kept = store._kept_votes(places)
    event_ids = []
    for item in new:
        for i, (ev, _key, _s, _u) in enumerate(item.doc.events):
            event_ids.append(str(ev.get("id") or f"{item.article_id}:{i}"))
    with db.pipeline():
        cur = db.execute(_LOOKUP_EVENTS, (
            json.dumps(q, ensure_ascii=False), [item.article_id for item in new], near_stored,
            sorted(places), sorted(origins), *kept, near_stored, event_ids))
        db.execute(_SCANS_AGAIN)
    near_rows, windows, events, ids_of_events = cur.fetchone()
    story_of = {aid: story for aid, story in near_rows or ()}
    for item in new:  # in order: a near-copy of an earlier one of the batch takes its story
        if item.near is None:
            item.story = item.article_id
        else:
            item.story = story_of[item.near[0]] if item.near[2] is None \
                else run[item.near[2]].story
    model: dict[str, list[_Event]] = {}  # place key -> events
    by_fid: dict[int, _Event] = {}
    for fid, key, weapon, date, ev_origins, ev_stories, since in events or ():
        e = _Event(fid, key, weapon, date, set(ev_origins or ()),
                   {(s, k) for s, k in ev_stories or ()}, list(since or ()))
        by_fid[fid] = e
        model.setdefault(key, []).append(e)
    for i, fid in windows or ():
        by_fid[fid].windows.add(i)
    taken_event_ids = set(ids_of_events or ())
    # 3. each new article's reports, in order, by the store's own `_add_report`.
    pseudo = iter(range(_NEW, _NEW * 2))
    reports = iter(range(_NEW, _NEW * 2))
    actions: list[Any] = []
    for n, item in enumerate(run):
        if item.found is not None or item.copy_of is not None:
            actions.append(item)
            continue
        p = item.doc
        article_id, story_id = item.article_id, item.story
        origin = item.dataset or p.article_id
        votes = dict(store._votes)
        taken_here: set[int] = set()
        added = merged = 0
        evs_out: list[dict[str, Any]] = []
        for i, (ev, key, ev_source, ev_url) in enumerate(p.events):
            weapon = ev.get("weapon") or "unknown"
            lo, hi = dedup.date_window(ev.get("date")) or (None, None)
            at = qi[(n, i)]
            cands = []
            for e in model.get(key, ()):
                if e.weapon != weapon or origin in e.origins:
                    continue
                if e.stored_date:
                    dated = at in e.windows
                else:
                    dated = e.date is not None and lo is not None and lo <= e.date <= hi
                if dated or (story_id, key) in e.stories:
                    same = any(s == story_id for s, _k in e.stories)
                    cands.append([e.fid, e.date, same, e.since])
            before = len(evs_out)
            is_new = store._add_report(article_id, story_id, origin, i, ev, p.article, key,
                                       ev_source, ev_url, candidates=cands, taken=taken_here,
                                       votes=votes, items=evs_out)
            entry = evs_out[before]
            if is_new:
                new_ev = entry["new"]
                eid = new_ev["event_id"]
                if eid in taken_event_ids:
                    eid = new_ev["other_id"]
                taken_event_ids.add(eid)
                report = new_ev["report"]
                e = _Event(next(pseudo), key, weapon, new_ev["values"]["date"], {origin},
                           {(story_id, key)}, stored_date=False, id=eid)
                e.since.append([next(reports), story_id, *(report[f] for f in FIGURES)])
                model.setdefault(key, []).append(e)
                by_fid[e.fid] = e
                entry["new"] = {"id": eid, **{k: v for k, v in new_ev.items()
                                              if k not in ("event_id", "other_id")}}
            else:
                m = entry["merge"]
                e = by_fid[m["fid"]]
                if e.fid >= _NEW:
                    m["event_id"] = e.id
                    m["fid"] = None
                    e.since.append([next(reports), story_id,
                                    *(m["report"][f] for f in FIGURES)])
                if e.date is None and m["date"] is not None:
                    e.date, e.stored_date = m["date"], False
                e.origins.add(origin)
                e.stories.add((story_id, key))
            entry["art"] = article_id
            added += is_new
            merged += not is_new
        item.result = AddResult("new", article_id, story_id, added, merged, True,
                                item.near[0] if item.near else None)
        actions.append((item, evs_out))
    return _write(store, db, run, actions, band_keys)


def _events(seg: list[tuple[_Item, list[dict[str, Any]]]]) -> tuple[list[Any], ...]:
    """The arguments of `strikemap_add_events` for a run of new articles' reports (each
    `_add_report`'s item with its article, "art"): the new events in their final state (the
    merges into them applied here, as the server would have one by one), each other event
    merged once with the folded merges (the last figures, the first date, link and point
    given, the number of reports), and every report's event and article, in order."""
    fresh: dict[str, dict[str, Any]] = {}
    merged: dict[Any, dict[str, Any]] = {}
    sources: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    for _item, evs in seg:
        for entry in evs:
            art = entry["art"]
            ref: dict[str, Any]
            if "new" in entry:
                ev = entry["new"]
                ref = {"event_id": ev["id"]}
                fresh[ev["id"]] = {**ev["values"], "n": len(fresh), "id": ev["id"], "art": art,
                                   "source": ev["source"], "title": ev["title"],
                                   "published": ev["published"], "match_key": ev["match_key"],
                                   "url": ev["url"], "disputed": None, "reports": 1}
                report = ev["report"]
            else:
                m = entry["merge"]
                ref = {"fid": m["fid"]} if m["fid"] is not None else {"event_id": m["event_id"]}
                report = m["report"]
                row = fresh.get(m["event_id"]) if m["fid"] is None else None
                if row is None:  # stored, or made by an earlier run: one update
                    row = merged.get(m["fid"] if m["fid"] is not None else m["event_id"])
                    if row is None:
                        row = {**ref, "date": None, "url": None, "has_point": False,
                               "lat": None, "lon": None, "k": 0}
                        merged[m["fid"] if m["fid"] is not None else m["event_id"]] = row
                    row["figures"] = m["figures"]
                    row["k"] += 1
                    point = not row["has_point"]
                else:  # made in this run: its final state
                    row.update(m["figures"])
                    row["reports"] += 1
                    point = row["lat"] is None
                row["disputed"] = m["disputed"]
                if row["date"] is None:
                    row["date"] = m["date"]
                if row["url"] is None:
                    row["url"] = m["url"]
                if point and m["has_point"]:
                    row["lat"], row["lon"] = m["lat"], m["lon"]
                    if "has_point" in row:
                        row["has_point"] = True
            sources.append({**ref, "art": art})
            reports.append({**report, **ref, "n": len(reports)})
    return list(fresh.values()), list(merged.values()), sources, reports


def _write(store: PostGISStore, db: Any, run: list[_Item], actions: list[Any],
           band_keys: Any) -> int | None:
    """The batch's rows in order, and the commit: each run of new articles by COPY (articles,
    mentions) and one call (its sources, events and reports: `strikemap_add_events`), each
    copy by `strikemap_add_copy`. The calls wait in `calls` and go in one pipeline (one round
    trip) before the next COPY, the last with the commit. Returns the newest article fid
    before the commit."""
    from geo.store_postgis import _json_value, _text

    seg: list[tuple[_Item, list[dict[str, Any]]]] = []
    calls: list[tuple[str, tuple[Any, ...], _Item | None]] = []
    newest: list[Any] = []

    def send(*, last: bool = False) -> None:
        sent = []
        with db.pipeline():
            for sql, params, item in calls:
                sent.append((db.execute(sql, params), item))
            if last:
                db.execute("UPDATE strikemap_state SET changes = changes + 1, "
                           "last_change = %s WHERE id = 1", (_now(),))
                newest.append(db.execute("SELECT max(fid) FROM articles"))
                db.execute("COMMIT")
        for cur, item in sent:
            if item is not None:  # a copy: whether its source is new
                r = item.result
                assert r is not None
                item.result = AddResult(r.status, r.article_id, r.story_id,
                                        new_source=bool(cur.fetchone()[0]))
        calls.clear()

    def write_segment() -> None:
        if not seg:
            return
        if calls:
            send()
        with db.cursor() as cur:
            with cur.copy(_COPY_ARTICLES) as copy:
                copy.set_types(_ARTICLE_TYPES)
                for item, _evs in seg:
                    p, fp, a = item.doc, item.doc.fingerprint, item.doc.article
                    copy.write_row((
                        item.article_id, fp.content_key, item.story,
                        None if item.near is None else item.near[1], item.dataset,
                        _text(a.get("published")), _text(a.get("title")), _text(p.source),
                        _now(), None if fp.signature is None else bytes(fp.signature),
                        item.raw_text, _text(a.get("lang")), p.url, _text(item.who),
                        None if fp.signature is None else band_keys(fp.signature)))
            with cur.copy(_COPY_MENTIONS) as copy:
                copy.set_types(_MENTION_TYPES)
                for item, _evs in seg:
                    aid = item.article_id
                    if _plain(item.doc.mentions):
                        for m in item.doc.mentions:
                            copy.write_row((aid, *m))
                        continue
                    for m in item.doc.mentions:
                        row = [_text(v) for v in m]
                        if row[_FLAG] is not None:
                            row[_FLAG] = bool(row[_FLAG])
                        copy.write_row((aid, *row))
        sources = [{"n": n, "article_id": item.article_id,
                    "source": _text(item.doc.source) or f"article:{item.article_id}",
                    "added": _now(), "added_by": _text(item.who)}
                   for n, (item, _evs) in enumerate(seg)]
        calls.append(("SELECT strikemap_add_events(%s::jsonb, %s::jsonb, %s::jsonb, "
                      "%s::jsonb, %s::jsonb)",
                      tuple(json.dumps(part, ensure_ascii=False, default=_json_value)
                            for part in (sources, *_events(seg))), None))
        seg.clear()

    for action in actions:
        if isinstance(action, _Item):  # a copy: of a stored article or one of this batch
            write_segment()
            item = action
            if item.found is not None:
                found_id, found_story = item.found
            else:
                first = run[item.copy_of]  # type: ignore[index]
                found_id, found_story = first.article_id, first.story
            item.result = AddResult("duplicate", found_id, found_story)
            calls.append(("SELECT strikemap_add_copy(%s, %s, %s, %s, %s)", (
                found_id, _text(item.doc.source) or f"article:{found_id}", _now(),
                _text(item.who), item.doc.url), item))
        else:
            seg.append(action)
    write_segment()
    send(last=True)
    return newest[0].fetchone()[0]
