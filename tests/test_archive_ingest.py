"""Archives (JSON Lines, gzipped JSON Lines, Parquet, folders of them) streamed into the store,
bad lines each a message; the same ingest on a Dask LocalCluster of two worker processes
stores exactly what the single-process ingest stores, and resumes where it stopped."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract import archive
from extract.archive import BadRecord, count_articles, iter_archive
from extract.ingest import Progress, ingest
from extract.ingest_cli import main
from geo.store import open_store

_TOWNS = ("Kharkiv", "Odesa", "Sumy", "Dnipro", "Zaporizhzhia", "Poltava", "Mykolaiv", "Kherson")


def _article(n: int) -> dict[str, Any]:
    """An own-written strike report; every fifth repeats an earlier one word for word."""
    k = n - 4 if n % 5 == 4 else n
    town, other = _TOWNS[k % len(_TOWNS)], _TOWNS[(k * 3 + 1) % len(_TOWNS)]
    text = (f"Russian drones struck {town} overnight, killing {k % 6 + 1} people and injuring "
            f"{k % 9 + 2}, the regional governor said. Air defence shot down {k + 10} of "
            f"{k + 14} drones. Later a missile hit {other}, wounding {k % 4 + 1}.")
    return {"text": text, "url": f"https://news.example.org/{n}", "published": "2025-11-0"
            f"{n % 9 + 1}", "title": f"Strike on {town}", "source": f"Outlet {n % 3}"}


def _write_jsonl(path: Path, rows: list[Any], *, gz: bool = False) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)


@pytest.fixture()
def archives(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "2025").mkdir(parents=True)
    _write_jsonl(root / "a.jsonl", [_article(0), _article(1), "{not json", _article(2),
                                    {"title": "no text"}, _article(3)])
    _write_jsonl(root / "2025" / "b.jsonl.gz", [_article(n) for n in range(4, 9)], gz=True)
    rows = [_article(n) for n in range(9, 14)] + [{**_article(14), "text": "   "}]
    pq.write_table(pa.Table.from_pylist(rows), root / "2025" / "c.parquet", row_group_size=2)
    return root


def _events(store: Any) -> pd.DataFrame:
    frame = pd.DataFrame(store.events_frame())
    keep = [c for c in frame.columns if c not in ("geometry", "fid", "added", "updated")]
    return frame[keep].sort_values("id").reset_index(drop=True)


def test_archives_are_ingested_and_each_bad_line_is_a_message(archives: Path,
                                                              tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        summary = ingest([archives], store, jobs=1)
        assert store.articles_count() == 14 - 2   # two of the 14 copy earlier ones
    assert summary.failed == 3, summary.errors
    assert any("a.jsonl line 3: malformed JSON" in e for e in summary.errors)
    assert any("a.jsonl line 5: no \"text\" string" in e for e in summary.errors)
    assert any("c.parquet row 6: no \"text\" string" in e for e in summary.errors)
    assert summary.read == 14 + 3   # 14 articles and 3 bad records
    assert summary.new == 12 and summary.duplicate == 2


def test_a_damaged_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    _write_jsonl(path, [_article(n) for n in range(200)], gz=True)
    path.write_bytes(path.read_bytes()[:-400])   # the end of the stream is lost
    items = list(iter_archive(path))
    good = [i for i in items if not isinstance(i, BadRecord)]
    assert len(good) > 100 and isinstance(items[-1], BadRecord)
    assert "damaged" in items[-1].why


def test_parquet_is_read_a_batch_at_a_time(archives: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    sizes: list[int] = []
    real = pq.ParquetFile.iter_batches

    def spy(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for b in real(self, *args, **kwargs):
            sizes.append(b.num_rows)
            yield b

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", spy)
    monkeypatch.setattr(archive, "BATCH_ROWS", 2)
    path = archives / "2025" / "c.parquet"
    it = iter_archive(path)
    first = next(it)
    assert not isinstance(first, BadRecord) and sizes == [2]   # one batch read, no more
    assert len(list(it)) == 5 and count_articles(path) == 6


def test_a_parquet_file_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), path)
    with pytest.raises(ValueError, match="no \"text\" column"):
        list(iter_archive(path))


def test_progress_shows_reports_per_second_and_time_left() -> None:
    out = io.StringIO()
    bar = Progress(100, stream=out)
    bar.update(50)
    bar.close()
    assert "50/100" in out.getvalue() and "/s" in out.getvalue()
    assert " left" in out.getvalue()


# -- Dask --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """Two worker processes, started as `--dask local` starts them."""
    from extract.ingest_dask import connect

    client, cluster = connect("local", workers=2)
    with cluster, client:
        yield client


def test_local_workers_start_without_dasks_malloc_setting(dask_client: Any) -> None:
    import os

    seen = dask_client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_", "unset"))
    assert list(seen.values()) == ["unset", "unset"]


def test_a_malloc_setting_of_the_users_own_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import dask

    from extract.ingest_dask import local_worker_environment

    key = "MALLOC_TRIM_THRESHOLD_"
    monkeypatch.setenv(key, "999999")  # the user's: workers inherit it (it overrides config)
    with local_worker_environment():
        assert os.environ[key] == "999999"
    monkeypatch.setenv(key, "65536")  # what an earlier LocalCluster's nanny left here
    with local_worker_environment():
        assert key not in os.environ
        assert dask.config.get(f"distributed.nanny.pre-spawn-environ.{key}") is None


def test_a_two_worker_cluster_stores_what_one_process_stores(archives: Path, tmp_path: Path,
                                                             dask_client: Any) -> None:
    from extract.ingest_dask import ingest_dask

    with open_store(f"sqlite:///{tmp_path / 'one.gpkg'}") as one:
        plain = ingest([archives], one, jobs=1)
        expected = _events(one)
    with open_store(f"sqlite:///{tmp_path / 'dask.gpkg'}") as two:
        got = ingest_dask([archives], two, dask_client, batch=3)
        events = _events(two)
    assert len(dask_client.scheduler_info()["workers"]) == 2
    assert got.as_dict() == plain.as_dict()
    assert len(events) > 10
    pd.testing.assert_frame_equal(events, expected)


def test_a_cluster_run_resumes_where_it_stopped(archives: Path, tmp_path: Path,
                                               dask_client: Any) -> None:
    from extract.ingest_dask import ingest_dask

    url = f"sqlite:///{tmp_path / 'r.gpkg'}"
    with open_store(url) as store:   # a first run that stopped after the first file
        ingest_dask([archives / "a.jsonl"], store, dask_client)
        first = store.articles_count()
        summary = ingest_dask([archives], store, dask_client)
        assert store.articles_count() == 12 and first == 4
    assert summary.failed == 3
    assert summary.duplicate == first + 2 and summary.new == 12 - first


def test_the_cli_runs_on_a_cluster_address(archives: Path, tmp_path: Path, dask_client: Any,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.gpkg'}"
    code = main([str(archives), "--db", url, "--dask", dask_client.scheduler.address,
                 "--json"])
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 1 and out["failed"] == 3 and out["articles"] == 12


def test_files_and_bad_files_on_a_cluster_as_in_one_process(tmp_path: Path,
                                                            dask_client: Any) -> None:
    from extract.ingest_dask import ingest_dask

    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.txt").write_text(_article(n)["text"], encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'one.gpkg'}") as one:
        plain = ingest([folder], one, jobs=1)
        expected = _events(one)
    with open_store(f"sqlite:///{tmp_path / 'dask.gpkg'}") as two:
        got = ingest_dask([folder], two, dask_client)
        pd.testing.assert_frame_equal(_events(two), expected)
    assert got.as_dict() == plain.as_dict() and plain.failed == 1
