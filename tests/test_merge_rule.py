"""One report cannot take over an event: the merge rule (`geo.merge_rule`) and the store."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import adding
from geo import export, merge_rule, view
from geo.settings import SAMPLES_DIR
from geo.store import SQLiteStore, open_store

#: A hostile upload: the seed's strike retold with inflated figures and a borrowed link.
INFLATED = json.dumps([{
    "text": "Russia launched a huge drone assault on Ukraine overnight. At least 1,400 drones "
            "targeted the eastern Dnipro region overnight, killing 450 civilians and injuring "
            "three others, officials said.",
    "url": "https://www.reuters.com/world/europe/borrowed-link-2025-12-03/",
    "published": "2025-12-03"}]).encode()

#: Another outlet's account that agrees with the seed.
AGREEING = ("Overnight, at least 111 drones attacked the Dnipropetrovsk region in the east of "
            "Ukraine, the regional administration said; two people were killed and three "
            "injured.")


def _dnipro(store: SQLiteStore) -> dict:
    frame = store.events_frame()
    rows = frame[(frame["oblast_iso"] == "UA-12") & (frame["weapon"] == "drone")
                 & (frame["place_kind"] == "oblast")]
    assert len(rows) == 1, frame[["place", "weapon", "drones", "killed"]]
    return rows.iloc[0].to_dict()


@pytest.fixture()
def seeded(tmp_path: Path) -> SQLiteStore:
    store = open_store(f"sqlite:///{tmp_path / 'strikemap.gpkg'}")
    adding.save(store, adding.ingest_path(SAMPLES_DIR / "seed.txt"))
    yield store
    store.close()


def test_one_inflated_upload_does_not_take_over_the_seed_event(seeded: SQLiteStore) -> None:
    before = _dnipro(seeded)
    assert (before["drones"], before["killed"]) == (111, 2)
    got = adding.ingest_file(INFLATED, "upload.json")
    assert got.error is None and adding.save(seeded, got) >= 1
    after = _dnipro(seeded)
    assert (after["drones"], after["killed"], after["sources"]) == (111, 2, 2)
    assert after["article_id"] == before["article_id"]
    reports = seeded.event_reports(after["id"])
    assert sorted(r["drones"] for r in reports) == [111, 1400]  # each source's own figures
    assert sorted(r["killed"] for r in reports) == [2, 450]
    disputed = seeded._db.execute("SELECT disputed FROM events WHERE id = ?",
                                  (after["id"],)).fetchone()[0]
    assert set(disputed.split(",")) >= {"drones", "killed"}


def test_the_dispute_reaches_the_table_and_the_export(seeded: SQLiteStore) -> None:
    assert _dnipro(seeded)["disputed"] is None  # one report: nothing to disagree on
    adding.save(seeded, adding.ingest_file(INFLATED, "upload.json"))
    events = seeded.events_frame()
    row = _dnipro(seeded)
    assert set(row["disputed"].split(",")) >= {"drones", "killed"}
    shown = view.event_table(events[events["id"] == row["id"]])
    assert {"drones launched", "killed"} <= set(shown["Sources disagree on"][0].split(", "))
    exported = pd.read_csv(io.BytesIO(export.events_csv(events)))
    assert "disputed" in exported.columns
    assert exported.loc[exported["id"] == row["id"], "disputed"].notna().all()


def test_uploading_the_outlier_again_or_first_does_not_win_with_a_majority(
        seeded: SQLiteStore) -> None:
    """Two agreeing stories outvote one outlier, whatever the order they arrive in."""
    adding.save(seeded, adding.ingest_file(INFLATED, "upload.json"))
    adding.save(seeded, adding.ingest_file(INFLATED, "again.json"))  # same text: no vote
    adding.save(seeded, adding.ingest_text(AGREEING, published="2025-12-03",
                                           source="https://other.example/dnipro"))
    ev = _dnipro(seeded)
    assert (ev["drones"], ev["killed"]) == (111, 2)


def test_two_stories_agreeing_outvote_a_first_outlier(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        adding.save(store, adding.ingest_file(INFLATED, "upload.json"))
        assert _dnipro(store)["drones"] == 1400  # alone, it is the only account
        adding.save(store, adding.ingest_path(SAMPLES_DIR / "seed.txt"))
        adding.save(store, adding.ingest_text(AGREEING, published="2025-12-03",
                                              source="https://other.example/dnipro"))
        ev = _dnipro(store)
        assert (ev["drones"], ev["killed"]) == (111, 2)


def test_a_store_merged_by_the_old_rule_is_merged_again_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    with open_store(f"sqlite:///{path}") as store:
        adding.save(store, adding.ingest_path(SAMPLES_DIR / "seed.txt"))
        adding.save(store, adding.ingest_file(INFLATED, "upload.json"))
        fid = store._db.execute("SELECT fid FROM events WHERE reports > 1").fetchone()[0]
    db = sqlite3.connect(path)  # what the highest-value rule had stored, in schema 5
    db.executescript(f"UPDATE events SET drones = 1400, killed = 450 WHERE fid = {fid}; "
                     "ALTER TABLE articles DROP COLUMN added_by; "
                     "ALTER TABLE article_sources DROP COLUMN added_by; "
                     "ALTER TABLE events DROP COLUMN disputed; "
                     "UPDATE strikemap_meta SET value = '5' WHERE key = 'schema_version';")
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        ev = _dnipro(store)
        assert (ev["drones"], ev["killed"]) == (111, 2)


# -- the rule itself -----------------------------------------------------------------------------

@pytest.mark.parametrize(("votes", "value"), [
    ([], None), ([5], 5), ([111, 1400], 111), ([1400, 111], 1400), ([111, 1400, 111], 111),
    ([111, 1400, 112], 112), ([3, 1, 2], 2), ([10, 20, 30, 40], 20), ([40, 30, 20, 10], 30)])
def test_median_vote(votes: list[int], value: int | None) -> None:
    assert merge_rule.median_vote(votes) == value


def test_a_story_votes_once_with_its_first_value() -> None:
    reports = [("a", None), ("a", 111), ("b", 1400), ("b", 111), ("b", 90), ("c", 1400)]
    assert merge_rule.story_votes(reports) == [111, 1400, 1400]
    assert merge_rule.merge_figure(reports) == (1400, True)  # two stories of three say 1400


def test_a_reviewed_value_comes_first_and_settles_the_dispute() -> None:
    assert merge_rule.merge_figure([("a", 2), ("b", 450)], reviewed=3) == (3, False)
    merged = merge_rule.merge_reports(
        [{"story_id": "a", "killed": 2, "drones": 111}, {"story_id": "b", "killed": 5}],
        reviewed={"drones": None, "killed": 4})
    assert (merged.figures["killed"], merged.figures["drones"]) == (4, 111)
    assert merged.disputed == () and merged.disputed_text is None


def test_disagreement_is_flagged_per_figure() -> None:
    merged = merge_rule.merge_reports([{"story_id": "a", "drones": 111, "killed": 2},
                                       {"story_id": "b", "drones": 111, "killed": 450}])
    assert merged.figures["killed"] == 2 and merged.disputed == ("killed",)
    assert merged.disputed_text == "killed"


@given(st.lists(st.integers(0, 1500), min_size=2, max_size=12), st.integers(0, 10**6),
       st.integers(0, 12))
def test_one_outlier_never_leaves_the_range_of_the_others(others: list[int], outlier: int,
                                                          at: int) -> None:
    votes = [*others[:at], outlier, *others[at:]]
    got = merge_rule.median_vote(votes)
    assert got is not None
    assert min(others) <= got <= max(others)


def _reference_median(votes: list[int]) -> int | None:
    """The rule as written: sort by (value, arrival); odd: the middle; even: of the two
    middle votes the one that arrived first."""
    if not votes:
        return None
    order = sorted(range(len(votes)), key=lambda i: (votes[i], i))
    n = len(order)
    if n % 2:
        return votes[order[n // 2]]
    return votes[min(order[n // 2 - 1], order[n // 2])]


@given(st.lists(st.integers(0, 6), max_size=16))
def test_median_vote_follows_its_definition(votes: list[int]) -> None:
    assert merge_rule.median_vote(votes) == _reference_median(votes)


def _night(i: int, drones: int, killed: int | None) -> dict:
    text = f"Outlet {i}: {drones} drones overnight."
    return {"article": {"id": f"n{i}", "source": f"https://o{i}.example/"}, "mentions": [],
            "events": [{"id": f"n{i}e", "date": "2025-12-03", "place": "Ukraine",
                        "place_kind": "country", "weapon": "drone", "drones": drones,
                        "killed": killed, "sentence": text, "start": 0, "end": len(text)}]}


def test_the_store_merges_as_the_pure_rule_does_even_after_a_rollback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store keeps its events' votes between merges; its figures must stay those
    `merge_reports` gives over every stored report, also after a write rolled back."""
    import random

    from geo import dedup

    rng = random.Random(3)
    with open_store(f"sqlite:///{tmp_path / 'votes.gpkg'}") as store:
        for i in range(40):
            doc = _night(i, rng.choice([100, 111, 111, 120, 1400, 9999]),
                         rng.choice([None, 2, 2, 3, 450]))
            if i in (7, 23):  # this write fails after merging: the article rolls back
                real = store._touch_unless_batched

                def boom(*_a: object) -> None:
                    raise RuntimeError("disk full")

                monkeypatch.setattr(store, "_touch_unless_batched", boom)
                with pytest.raises(RuntimeError):
                    store.add(doc, raw_text=f"text {i} " * 20)
                monkeypatch.setattr(store, "_touch_unless_batched", real)
                continue
            store.add(doc, raw_text=f"text {i} " * 20)
            row = store.events_frame().iloc[0]
            reports = [{"story_id": r["story_id"], **dedup.credible_figures(r)}
                       for r in store.event_reports(row["id"])]
            want = merge_rule.merge_reports(reports)
            assert store.events_count() == 1 and len(reports) == i + 1 - (i > 7) - (i > 23)
            assert {f: (None if pd.isna(row[f]) else int(row[f])) for f in ("drones", "killed")} \
                == {f: want.figures[f] for f in ("drones", "killed")}
            disputed = store._db.execute("SELECT disputed FROM events").fetchone()[0]
            assert disputed == want.disputed_text
