"""PostGIS writers plan an article before taking the writer lock (`PostGISStore._add_checked`);
a plan that another writer's commit made stale must not be written. Each test lets a second
store commit, between the first store's plan and its write, exactly what the plan depended on
(the same strike, the same text, a near-copy), and checks the store ends as if the two
articles had come one after the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from postgis_cluster import table_counts
from test_store_postgis import _strike, _text

from geo.store import open_store
from geo.store_postgis import PostGISStore


@pytest.fixture()
def two(postgis_url: str) -> Iterator[tuple[PostGISStore, PostGISStore]]:
    with open_store(postgis_url) as first, open_store(postgis_url) as second:
        assert isinstance(first, PostGISStore) and isinstance(second, PostGISStore)
        yield first, second


def _between(monkeypatch: pytest.MonkeyPatch, other: PostGISStore, doc: dict[str, Any],
             text: str) -> list[str]:
    """After the next lock-free plan of any store, `other` adds `doc` (once); returns a log of
    the plans made ("checked" or "locked")."""
    real = PostGISStore._plan
    log: list[str] = []

    def plan(self: PostGISStore, *args: Any, check: bool = False, **kwargs: Any) -> Any:
        out = real(self, *args, check=check, **kwargs)
        if self is not other:
            log.append("checked" if check else "locked")
            if check and log.count("checked") == 1:
                other.add(doc, raw_text=text)
        return out

    monkeypatch.setattr(PostGISStore, "_plan", plan)
    return log


def test_a_strike_stored_meanwhile_is_joined_not_duplicated(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two
    log = _between(monkeypatch, second, _strike("b", "https://two.example/b", killed=2),
                   _text(2))
    result = first.add(_strike("a", "https://one.example/a", killed=3), raw_text=_text(1))
    assert log == ["checked", "locked"]  # the stale plan was dropped, planned again
    assert (result.events_added, result.events_merged) == (0, 1)
    counts = table_counts(postgis_url)
    assert (counts["events"], counts["event_reports"], counts["event_sources"]) == (1, 2, 2)
    (row,) = first.events_frame().itertuples()
    assert (row.sources, row.killed) == (2, 2)  # of two stories the first stored stays


def test_the_same_text_stored_meanwhile_makes_a_duplicate(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two
    _between(monkeypatch, second, _strike("a", "https://two.example/a"), _text(1))
    result = first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    assert result.status == "duplicate" and result.new_source
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["article_sources"], counts["event_reports"]) == (1, 2, 1)
    assert first.events_frame()["sources"].tolist() == [2]


def test_a_near_copy_stored_meanwhile_shares_the_story(
        two: tuple[PostGISStore, PostGISStore], monkeypatch: pytest.MonkeyPatch) -> None:
    from test_dedup import STORY, _trimmed_copy

    first, second = two
    elsewhere = _strike("b", "https://two.example/b", place="Odesa")  # no place key shared
    _between(monkeypatch, second, elsewhere, _trimmed_copy(STORY))
    result = first.add(_strike("a", "https://one.example/a"), raw_text=STORY)
    assert result.near_copy_of == "b" and result.story_id == "b"
    assert first.stories_count() == 1


def test_an_unrelated_commit_meanwhile_keeps_the_plan(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is no global lock: another place, text and story leave the plan valid."""
    first, second = two
    log = _between(monkeypatch, second, _strike("b", "https://two.example/b", place="Odesa"),
                   _text(2, "Odesa"))
    first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    assert log == ["checked"]
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["events"], counts["event_reports"]) == (2, 2, 2)


def test_the_check_bands_are_the_near_copy_index_bands() -> None:
    """A near-copy candidate (one band alike in `geo.dedup.StoryIndex`) shares a check key."""
    import numpy as np

    from geo import dedup
    from geo.store_postgis import BANDS, ROWS, band_keys

    assert (BANDS, ROWS) == (dedup._BANDS, dedup._ROWS)
    one = np.arange(128, dtype=np.uint64)
    other = one + 1000
    other[3 * ROWS:4 * ROWS] = one[3 * ROWS:4 * ROWS]  # band 3 alike, the rest not
    index = dedup.StoryIndex()
    index.add("one", one.tobytes())
    assert index.candidates(other.tobytes()) == {"one"}
    shared = set(band_keys(one.tobytes())) & set(band_keys(other.tobytes()))
    assert shared == {band_keys(one.tobytes())[3]}
