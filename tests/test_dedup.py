"""Deduplication: same article, near-copies of one story, the same strike from several reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import dedup
from geo.store import Store, open_store

STORY = """Russia launched a massive drone attack on Ukraine overnight, the air force said on
Monday. At least 111 drones targeted the eastern Dnipro region, killing two civilians and
injuring three others, according to the regional governor.

Air defence units shot down most of the drones over the central and eastern regions, but
several apartment blocks and a school were damaged in the city of Dnipro, officials said.

In Kharkiv, a drone hit an industrial facility on the outskirts of the city, starting a fire
that emergency crews put out by morning. Nobody was hurt there, the mayor wrote on Telegram.

The attack came hours after talks in Moscow between Russian officials and US envoys ended
without a compromise on the territorial questions at the heart of the war.

European leaders condemned the strikes and promised more air defence systems before winter,
while energy companies warned of further power cuts across the country.

Ukraine's foreign minister said the strikes showed that Moscow was not interested in peace
and urged partners to tighten sanctions on Russian oil exports and shipping."""

OTHER = """Heavy rain flooded several streets in the western city of Lviv on Sunday, the city
council said, urging residents to avoid the old town until the water receded. Trams were
suspended for several hours and a number of basements were pumped out by firefighters.
Forecasters expect the weather to improve by Wednesday, with temperatures rising again."""

SAME_NIGHT = """Ukraine's air force reported on Monday that Russia had sent more than a hundred
attack drones against the country during the night. The Dnipropetrovsk regional administration
said two people died and three were wounded. In Kharkiv an enterprise caught fire after a hit.
Officials in Kyiv said the capital's air defences were not engaged."""


def _event(**over: Any) -> dict[str, Any]:
    ev = {"id": "e", "date": "2025-11-24", "place": "Kharkiv", "place_kind": "settlement",
          "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv", "oblast_iso": "UA-63",
          "geo_precision": 1, "weapon": "drone", "drones": None, "drones_downed": None,
          "missiles": None, "missiles_downed": None, "killed": None, "injured": None,
          "sentence": "A drone hit Kharkiv.", "start": 0, "end": 20}
    ev.update(over)
    return ev


def _doc(article_id: str, source: str, events: list[dict[str, Any]],
         published: str = "2025-11-24") -> dict[str, Any]:
    return {"article": {"id": article_id, "source": source, "published": published,
                        "title": None},
            "mentions": [], "events": events}


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    """A fresh store on each backend (a GeoPackage file, a PostGIS database: conftest)."""
    s = open_store(store_url)
    yield s
    s.close()


# -- same article ------------------------------------------------------------------------------


def test_normalisation_ignores_layout_quotes_and_case() -> None:
    a = "Russia’s   drones hit\nKharkiv — “again”."
    b = "russia's drones hit Kharkiv - \"again\".  "
    assert dedup.content_key(a) == dedup.content_key(b)


def test_other_words_give_another_key() -> None:
    a = "Russia’s   drones hit\nKharkiv — “again”."
    assert dedup.content_key(a) != dedup.content_key("Russia's drones hit Kyiv again.")


@pytest.fixture()
def twice(store: Store) -> tuple[Any, Any]:
    """The same text added from two sources, the second time reflowed and in capitals."""
    first = store.add(_doc("a1", "https://one.example/a", [_event(id="e1")]), raw_text=STORY)
    again = store.add(_doc("a1b", "https://two.example/b", [_event(id="e1b")]),
                      raw_text=STORY.replace("\n", " ").upper())
    return first, again


def test_same_text_from_a_second_source_is_a_duplicate(twice: tuple[Any, Any]) -> None:
    first, again = twice
    assert first.status == "new" and again.status == "duplicate" and again.new_source
    assert again.article_id == "a1"


def test_same_text_from_two_sources_is_stored_once(twice: tuple[Any, Any],
                                                    store: Store) -> None:
    assert store.articles_count() == 1 and store.events_count() == 1


def test_same_text_from_two_sources_keeps_both(twice: tuple[Any, Any],
                                               store: Store) -> None:
    assert store.article_sources("a1") == ["https://one.example/a", "https://two.example/b"]
    assert store.events_frame()["sources"].tolist() == [2]


# -- near-copies ---------------------------------------------------------------------------------


def _trimmed_copy(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "Drones pound Dnipro after failed talks\n\n" + "\n\n".join(paragraphs[:-2])


def test_near_copy_similarity_is_above_threshold() -> None:
    story = dedup.minhash(STORY)
    assert story.jaccard(dedup.minhash(_trimmed_copy(STORY))) >= dedup.NEAR_COPY_THRESHOLD


@pytest.mark.parametrize(("text", "below"), [
    (OTHER, 0.1),
    # Two outlets writing the same night's figures in their own words are not copies.
    (SAME_NIGHT, dedup.NEAR_COPY_THRESHOLD),
], ids=["unrelated", "same-night-own-words"])
def test_other_texts_are_below_the_threshold(text: str, below: float) -> None:
    assert dedup.minhash(STORY).jaccard(dedup.minhash(text)) < below


def test_signature_round_trips_through_bytes() -> None:
    m = dedup.minhash(STORY)
    back = dedup.signature_from_bytes(dedup.signature_bytes(m))
    assert back.jaccard(m) == 1.0


@pytest.fixture()
def story_copy_other(store: Store) -> tuple[Any, Any]:
    store.add(_doc("a1", "https://one.example/a", []), raw_text=STORY)
    copy = store.add(_doc("a2", "https://two.example/b", []), raw_text=_trimmed_copy(STORY))
    other = store.add(_doc("a3", "https://three.example/c", []), raw_text=OTHER)
    return copy, other


def test_near_copy_joins_the_story(story_copy_other: tuple[Any, Any]) -> None:
    copy, _other = story_copy_other
    assert copy.status == "new" and copy.near_copy_of == "a1" and copy.story_id == "a1"


def test_unrelated_text_is_a_story_of_its_own(story_copy_other: tuple[Any, Any]) -> None:
    _copy, other = story_copy_other
    assert other.near_copy_of is None and other.story_id == "a3"


def test_stories_are_counted(story_copy_other: tuple[Any, Any], store: Store) -> None:
    assert store.stories_count() == 2


@pytest.fixture()
def two_outlets(store: Store) -> Any:
    """Two outlets' versions of one story, the second without dates or injuries."""
    events_a = [_event(id="a-dnipro", place="Dnipropetrovsk", place_kind="oblast",
                       oblast="Dnipropetrovsk", oblast_iso="UA-12", geo_precision=3,
                       drones=111, killed=2, injured=3),
                _event(id="a-kharkiv")]
    events_b = [_event(id="b-dnipro", place="Dnipropetrovsk", place_kind="oblast",
                       oblast="Dnipropetrovsk", oblast_iso="UA-12", geo_precision=3,
                       drones=111, killed=2, injured=None, date=None),
                _event(id="b-kharkiv", date=None)]
    store.add(_doc("a", "https://one.example/a", events_a), raw_text=STORY)
    return store.add(_doc("b", "https://two.example/b", events_b, published=None),
                     raw_text=_trimmed_copy(STORY))


def test_two_outlets_versions_of_one_story_add_no_event(two_outlets: Any) -> None:
    assert two_outlets.events_added == 0 and two_outlets.events_merged == 2


def test_two_outlets_versions_of_one_story_give_one_event_with_two_sources(
        two_outlets: Any, store: Store) -> None:
    assert store.events_frame()["sources"].tolist() == [2, 2]


def test_a_merged_event_keeps_the_figures_one_version_lacks(two_outlets: Any,
                                                            store: Store) -> None:
    frame = store.events_frame().set_index("id")
    assert frame.loc["a-dnipro", "drones"] == 111 and frame.loc["a-dnipro", "injured"] == 3


def test_a_merged_event_lists_both_reports(two_outlets: Any, store: Store) -> None:
    reports = store.event_reports("a-dnipro")
    assert [r["source"] for r in reports] == ["https://one.example/a", "https://two.example/b"]


# -- the same strike -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "key"),
    [(_event(), "UA-63|kharkiv"),
     (_event(place="Dnipropetrovsk", place_kind="oblast", oblast_iso="UA-12", geo_precision=3),
      "UA-12"),
     (_event(place="Ukraine", place_kind="country", oblast_iso=None, geo_precision=4), "UA")],
)
def test_match_key(event: dict[str, Any], key: str) -> None:
    assert dedup.match_key(event) == key


@pytest.mark.parametrize(
    ("other", "merges"),
    [(_event(id="x", date="2025-11-25"), True),
     (_event(id="x", date="2025-11-23"), True),
     (_event(id="x", date="2025-11-26"), False),
     (_event(id="x", weapon="missile"), False),
     (_event(id="x", place="Odesa", oblast_iso="UA-51"), False),
     (_event(id="x", place="Kharkiv", place_kind="oblast", geo_precision=3), False)],
)
def test_reports_merge_on_place_weapon_and_date(store: Store, other: dict[str, Any],
                                                merges: bool) -> None:
    store.add(_doc("a", "https://one.example/a", [_event(id="first", drones=10)]),
              raw_text="Report one about a strike. " * 10)
    res = store.add(_doc("b", "https://two.example/b", [other]),
                    raw_text="Quite another text from a second outlet about it. " * 10)
    assert res.events_merged == int(merges)
    assert store.events_count() == (1 if merges else 2)


def test_one_article_never_merges_its_own_events(store: Store) -> None:
    res = store.add(_doc("a", "s", [_event(id="n1"), _event(id="n2", date="2025-11-25")]),
                    raw_text="Two nights of strikes on Kharkiv. " * 10)
    assert res.events_added == 2 and store.events_count() == 2


FIGURE_REPORTS = [
    {"drones": 100, "drones_downed": 80, "killed": 2},
    {"drones": 111, "drones_downed": 90, "killed": 12000},  # war total, not credible
    {"drones": None, "drones_downed": 200, "killed": 3}]  # downed > own launched? no


@pytest.mark.parametrize(("field", "value"), [
    ("drones", 100),  # two stories disagree: the first stays
    ("killed", 2),  # the war total is no vote; of 2 and 3 the first
    ("drones_downed", 90),  # the median of 80, 90, 200
    ("missiles", None)])
def test_figure_policy_takes_the_median_credible_value(field: str, value: int | None) -> None:
    assert dedup.merge_figures(FIGURE_REPORTS)[field] == value


def test_figure_policy_skips_inconsistent_reports() -> None:
    inconsistent = [{"missiles": 10, "missiles_downed": 12}, {"missiles": 8, "missiles_downed": 7}]
    assert dedup.merge_figures(inconsistent)["missiles_downed"] == 7


def test_merged_event_keeps_every_reports_figures(store: Store) -> None:
    store.add(_doc("a", "one", [_event(id="k", killed=2, injured=5)]),
              raw_text="First report of the strike. " * 10)
    store.add(_doc("b", "two", [_event(id="k2", killed=4, injured=None)]),
              raw_text="Second report of the same strike from elsewhere. " * 10)
    row = store.events_frame().iloc[0]
    assert (row["killed"], row["injured"], row["sources"]) == (2, 5, 2)  # 2 came first
    assert [r["killed"] for r in store.event_reports(row["id"])] == [2, 4]


def test_merged_event_lists_each_reports_own_figures(store: Store) -> None:
    store.add(_doc("a", "one", [_event(id="k", killed=2, injured=5)]),
              raw_text="First report of the strike. " * 10)
    store.add(_doc("b", "two", [_event(id="k2", killed=4, injured=None)]),
              raw_text="Second report of the same strike from elsewhere. " * 10)
    assert [(r["killed"], r["injured"]) for r in store.event_reports("k")] == [(2, 5), (4, None)]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P")),
                        min_size=1, max_size=12), min_size=1, max_size=40),
       st.sampled_from([" ", "\n", "  \n\t", "\u00a0"]))
def test_layout_and_case_never_change_the_fingerprint(words: list[str], sep: str) -> None:
    text = " ".join(words)
    reflowed = sep.join(w.upper() for w in words) + sep
    assert dedup.normalize_text(dedup.normalize_text(text)) == dedup.normalize_text(text)
    a, b = dedup.Fingerprint.of(text), dedup.Fingerprint.of(reflowed)
    if text.upper().casefold() == text.casefold():  # case mapping round-trips
        assert a == b


def test_near_copies_are_found_across_connections(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'shared.gpkg'}"
    with open_store(url) as dashboard, open_store(url) as cli:
        dashboard.add(_doc("d1", "https://one.example/a", []), raw_text=OTHER)  # index built
        cli.add(_doc("c1", "https://two.example/b", []), raw_text=STORY)
        res = dashboard.add(_doc("d2", "https://three.example/c", []),
                            raw_text=_trimmed_copy(STORY))
        assert res.near_copy_of == "c1"


# -- the near-copy index ---------------------------------------------------------------------


def _variants(n: int) -> list[str]:
    """Texts that overlap by varying amounts: STORY with paragraphs dropped, swapped or
    reworded, and unrelated ones."""
    import random

    rng = random.Random(5)
    paragraphs = STORY.split("\n\n")
    words = OTHER.split()
    out = []
    for i in range(n):
        kept = [p for p in paragraphs if rng.random() < 0.4 + (i % 5) / 10]
        rng.shuffle(kept)
        if i % 3 == 0:
            kept.append(" ".join(rng.choice(words) for _ in range(60)))
        out.append(f"Version {i}\n\n" + "\n\n".join(kept))
    return out


@pytest.mark.parametrize("run", [4096, 4, 1], ids=["in-the-dict", "runs-of-4", "runs-of-1"])
def test_story_index_finds_what_datasketch_minhash_lsh_finds(run: int) -> None:
    """The index's banding (25 bands of 5) gives the candidates `MinHashLSH` gives at the
    same threshold, so each text's best near-copy is the same under both; whether the band
    keys are still in the dict or sorted into (merged) runs."""
    from datasketch import MinHashLSH

    lsh, theirs = MinHashLSH(threshold=dedup.NEAR_COPY_THRESHOLD, num_perm=dedup.NUM_PERM), {}
    ours = dedup.StoryIndex()
    ours.RUN = run
    found = 0
    for i, text in enumerate(_variants(60)):
        key, sig = f"t{i}", dedup.signature_bytes(dedup.minhash(text))
        m = dedup.signature_from_bytes(sig)
        scored = [(m.jaccard(theirs[k]), k) for k in lsh.query(m)]
        scored = [(s, k) for s, k in scored if s >= dedup.NEAR_COPY_THRESHOLD]
        expected = None if not scored else max(scored)[::-1]
        assert ours.best(sig) == expected
        assert ours.candidates(sig) == set(lsh.query(m))
        found += expected is not None
        lsh.insert(key, m)
        theirs[key] = m
        ours.add(key, sig)
    assert len(ours) == 60 and 10 < found < 60  # both kinds of answer were checked


def test_story_index_ignores_a_key_added_twice() -> None:
    ours = dedup.StoryIndex()
    sig = dedup.signature_bytes(dedup.minhash(STORY))
    ours.add("a", sig)
    ours.add("a", sig)
    assert len(ours) == 1 and ours.candidates(sig) == {"a"}
    assert ours.best(sig) == ("a", 1.0)


def test_a_near_copy_of_an_article_another_connection_stored(tmp_path: Path) -> None:
    """The index this connection built sees what another process stored since (the
    dashboard open while an ingest runs), in a batch and without one."""
    url = f"sqlite:///{tmp_path / 'shared.gpkg'}"
    with open_store(url) as dashboard, open_store(url) as ingest_run:
        dashboard.add(_doc("o1", "https://three.example/c", []), raw_text=OTHER)  # builds it
        ingest_run.add(_doc("s1", "https://one.example/a", []), raw_text=STORY)
        copy = dashboard.add(_doc("s2", "https://two.example/b", []),
                             raw_text=_trimmed_copy(STORY))
        assert copy.near_copy_of == "s1" and copy.story_id == "s1"
        with ingest_run.batch(commit_seconds=3600):
            again = ingest_run.add(_doc("s3", "https://four.example/d", []),
                                   raw_text=_trimmed_copy(STORY) + "\n\nOne more line.")
        assert again.story_id == "s1"


@pytest.mark.parametrize(("text", "digest"), [
    (STORY, "86d4b0b623b0aef941166d29a5548389b74a958c"),
    ("x " * 5000, "ddefb401d143ba3a742bbce803da33c7ab9ff8eb"),  # several numpy blocks
], ids=["story", "long"])
def test_signatures_stay_what_stored_stores_hold(text: str, digest: str) -> None:
    """Stores keep signatures: a faster computation must give the same bits (these digests
    are those of the signatures computed before it was made faster)."""
    import hashlib

    sig = dedup.signature(dedup.normalize_text(text))
    assert sig is not None and hashlib.sha1(sig.tobytes()).hexdigest() == digest


def test_band_keys_stay_what_postgis_stores_hold() -> None:
    """The PostGIS store keeps each article's 25 band keys (`StoryIndex._banded`): plain
    unsigned 64-bit ints, the same whatever the index does with them in memory."""
    import hashlib

    keys = dedup.StoryIndex()._banded(dedup.signature_bytes(dedup.minhash(STORY)))[1]
    assert len(keys) == 25 and all(type(k) is int and 0 <= k < 2**64 for k in keys)
    assert hashlib.sha1(repr(keys).encode()).hexdigest() == \
        "808e9deea6b248d58a740a72cf690e61e7207d22"
